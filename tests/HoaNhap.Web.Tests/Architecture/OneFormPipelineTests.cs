using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
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
        var today = app.Today;
        var (_, caseId) = await ActiveCaseAsync(app, Unit.A, TestData.Unique("Hà Văn Định"), SentenceType.SuspendedSentence, today.AddMonths(-3));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var created = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests", new
        {
            requestedOn = Iso(today), from = Iso(today.AddDays(10)), to = Iso(today.AddDays(12)),
            destination = "Thành phố Vinh", reason = "Thăm bố ốm", medicalTreatment = false,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var requestId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var pages = await app.PagesAsync(Roles.CommuneLeader, Unit.A);
        var url = $"/Absences/Decide/{caseId}/{requestId}";
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
