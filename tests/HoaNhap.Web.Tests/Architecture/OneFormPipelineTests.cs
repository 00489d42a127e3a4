using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Forms;
using HoaNhap.Web.Tests.Infrastructure;
using static HoaNhap.Web.Tests.Breaches.CaseSetup;

namespace HoaNhap.Web.Tests.Architecture;

/// <summary>
/// One way to check and show typed input: each check's message is written once (FormMessages), a field is drawn by
/// one tag helper (label, hint, the error beside it, dd/MM/yyyy for a date), and a form's outcome is answered once.
/// </summary>
public abstract class OneFormPipelineTests(HoaNhapApp app)
{
    [SkippableFact]
    public async Task A_wrong_date_is_shown_beside_its_field_with_the_format_and_read_out_by_screen_readers()
    {
        app.EnsureAvailable();
        var (pages, url) = await AbsenceToDecideAsync("Hà Văn Định");
        var response = await HoaNhapApp.PostFormAsync(pages, url, url, new()
        {
            ["Input.Approved"] = "true", ["Input.DecidedOn"] = "31/02/2026", ["Input.DecisionNumber"] = "12/QĐ-UBND",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        var field = Regex.Match(html, @"<div class=""field""><label for=""Input_DecidedOn"">Ngày quyết định</label>.*?</div>", RegexOptions.Singleline);
        Assert.True(field.Success, "The date field is drawn by the field helper.");
        Assert.Contains($@"<span class=""hint"" id=""Input_DecidedOn-hint"">{FieldTagHelper.DateHint}</span>", field.Value);
        Assert.Matches(@"<span class=""error-message[^""]*""[^>]*id=""Input_DecidedOn-error""[^>]*>" + Regex.Escape(FormMessages.DateFormat("Ngày quyết định")), field.Value);
        var input = Regex.Match(field.Value, @"<input [^>]*name=""Input.DecidedOn""[^>]*>").Value;
        Assert.Contains(@"aria-invalid=""true""", input);
        Assert.Contains(@"aria-describedby=""Input_DecidedOn-hint Input_DecidedOn-error""", input);
        Assert.Contains(@"inputmode=""numeric""", input);
        Assert.Contains(@"value=""31/02/2026""", input); // what was typed is kept
        // The other fields keep what was typed and carry no error.
        Assert.DoesNotContain(@"aria-invalid=""true"" data-testid=""decision-number""", html);
        Assert.Contains(@"value=""12/QĐ-UBND""", html);
    }

    [SkippableFact]
    public async Task A_yes_no_choice_shows_its_error_beside_it_and_keeps_what_was_chosen()
    {
        app.EnsureAvailable();
        var today = app.Today;
        var (pages, url) = await AbsenceToDecideAsync("Lò Văn Chọn");
        static string Group(string html) =>
            Regex.Match(html, @"<fieldset class=""field radios"" id=""Input_Approved""[^>]*>.*?</fieldset>", RegexOptions.Singleline).Value;

        // Nothing chosen: the error is inside the group, under its question, and the group is described by it.
        var none = await HoaNhapApp.PostFormAsync(pages, url, url, new() { ["Input.DecidedOn"] = Display.Date(today) });
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        var group = Group(WebUtility.HtmlDecode(await none.Content.ReadAsStringAsync()));
        Assert.True(group.Length > 0, "The yes/no choice is drawn by the field helper.");
        Assert.Contains(@"aria-describedby=""Input_Approved-error""", group);
        Assert.Matches(@"<legend>Quyết định của UBND xã</legend><span class=""error-message[^""]*""[^>]*id=""Input_Approved-error""[^>]*>Hãy chọn đồng ý hoặc không đồng ý.</span>", group);
        var radios = Regex.Matches(group, @"<input [^>]*>").Select(m => m.Value).ToList();
        Assert.Equal(2, radios.Count);
        Assert.All(radios, r => Assert.Contains(@"type=""radio""", r));
        Assert.All(radios, r => Assert.Contains(@"aria-invalid=""true""", r));
        Assert.DoesNotContain("checked", group);

        // "Không đồng ý" without a reason: the other field is wrong, the choice stays made.
        var refused = await HoaNhapApp.PostFormAsync(pages, url, url, new() { ["Input.Approved"] = "false", ["Input.DecidedOn"] = Display.Date(today) });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        group = Group(WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        var yes = Regex.Match(group, @"<label>(<input [^>]*>) Đồng ý</label>").Groups[1].Value;
        var no = Regex.Match(group, @"<label>(<input [^>]*>) Không đồng ý</label>").Groups[1].Value;
        Assert.Contains(@"data-testid=""approve-yes""", yes);
        Assert.Contains(@"data-testid=""approve-no""", no);
        Assert.Contains(@"checked=""checked""", no);
        Assert.DoesNotContain("checked", yes);
        Assert.DoesNotContain("aria-invalid", group);
        Assert.DoesNotContain("Hãy chọn đồng ý hoặc không đồng ý.", group);
    }

    [Fact]
    public void No_feature_writes_the_message_of_a_common_check_itself()
    {
        var features = Path.Combine(RepositoryRoot(), "src", "HoaNhap.Web");
        string[] copies = ["dạng ngày/tháng/năm", @"không được sau (ngày )?hôm nay\.", "không được để trống", @"không được dài quá \d+ ký tự"];
        var found = Directory.EnumerateFiles(features, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "FormChecks.cs" && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => copies.Any(c => Regex.IsMatch(x.line, c)))
            .Select(x => $"{Path.GetRelativePath(features, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.True(found.Count == 0, "Use FormMessages instead:\n" + string.Join("\n", found));
        Assert.Equal("Ngày quyết định không được để trống.", FormMessages.Required("Ngày quyết định"));
        Assert.Equal("Bản án thứ 2 không được để trống.", FormMessages.Required("bản án thứ 2"));
    }

    /// <summary>The fields not drawn by the field helper, with the reason; every other input, select or textarea of a page is one.</summary>
    static readonly Dictionary<string, (int Count, string Why)> DrawnByHand = new()
    {
        ["Contacts/BatchCheckIn.cshtml"] = (5, "a grid: one row per person, columns headed once (each input named by aria-label), "
            + "each row's error looked up by the row it was posted as, which may not be the row it is drawn in"),
        ["Import/Details.cshtml"] = (1, "the column mapping: one select per column of the uploaded file (a list as long as the file's header), "
            + "each labelled by its column's header; a problem of the mapping is the form's, shown at the top"),
        ["People/Merge.cshtml"] = (2, "the two records side by side: a pair of radios per differing field, each labelled by the value it keeps "
            + "in its record's column; a problem of the merge is the form's, shown at the top"),
        ["Privacy/Retention.cshtml"] = (3, "a small form in each row of a table, all rows sending the same names: "
            + "an error beside the field would show in every row, so it is shown once at the top"),
    };

    [Fact]
    public void Every_field_of_a_page_is_drawn_by_the_field_helper()
    {
        var features = Path.Combine(RepositoryRoot(), "src", "HoaNhap.Web", "Features");
        var byHand = Directory.EnumerateFiles(features, "*.cshtml", SearchOption.AllDirectories)
            .Select(f => (File: Path.GetRelativePath(features, f).Replace('\\', '/'), Text: File.ReadAllText(f)))
            .SelectMany(x => Regex.Matches(x.Text, @"<(input|select|textarea)\b[^>]*>")
                .Select(m => (x.File, Line: x.Text[..m.Index].Count(c => c == '\n') + 1, Tag: m.Value)))
            .Where(x => !Regex.IsMatch(x.Tag, @"^<input\b[^>]*\btype=""(hidden|submit)"""))
            .ToList();
        var unexpected = byHand.GroupBy(x => x.File)
            .Where(g => g.Count() != DrawnByHand.GetValueOrDefault(g.Key).Count)
            .SelectMany(g => g.Select(x => $"{x.File}:{x.Line}: {x.Tag}"))
            .ToList();
        Assert.True(unexpected.Count == 0, "Draw these with <field …/> (or list them in DrawnByHand with the reason):\n" + string.Join("\n", unexpected));
        var gone = DrawnByHand.Keys.Where(f => byHand.All(x => x.File != f)).ToList();
        Assert.True(gone.Count == 0, "No longer drawn by hand, take off DrawnByHand: " + string.Join(", ", gone));
    }

    /// <summary>An absence request waiting for the commune leader's decision: the leader's pages and the decision form's address.</summary>
    async Task<(HttpClient Leader, string Url)> AbsenceToDecideAsync(string name)
    {
        var today = app.Today;
        // No supervisor: the person would crowd the supervisor's own list, which other tests read.
        var (_, caseId) = await ActiveCaseAsync(app, Unit.A, TestData.Unique(name), SentenceType.SuspendedSentence, today.AddMonths(-3), assignSupervisor: false);
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var created = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests", new
        {
            requestedOn = Iso(today), from = Iso(today.AddDays(10)), to = Iso(today.AddDays(12)),
            destination = "Thành phố Vinh", reason = "Thăm bố ốm", medicalTreatment = false,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var requestId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        return (await app.PagesAsync(Roles.CommuneLeader, Unit.A), $"/Absences/Decide/{caseId}/{requestId}");
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "src", "HoaNhap.Web", "Features"))) return dir.FullName;
        throw new InvalidOperationException("The repository was not found above " + AppContext.BaseDirectory);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OneFormPipelineTests_Sqlite(SqliteApp app) : OneFormPipelineTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OneFormPipelineTests_Postgres(PostgresApp app) : OneFormPipelineTests(app);
