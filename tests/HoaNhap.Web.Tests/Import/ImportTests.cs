using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Import;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Features.Import;
using HoaNhap.Web.Features.People;
using HoaNhap.Web.Integration;
using HoaNhap.Web.Shared.Imports;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Import;

/// <summary>
/// The import of a commune's register over HTTP: a Windows-1258 CSV with the commune's own headers is read, mapped and
/// previewed with its problems per row and field; nothing is written until the commit, which writes the good rows (the bad
/// one skipped) through the registry's own checks, each person's timeline naming the file and row; the same file again is
/// refused unless confirmed; a row the registry refuses at commit rolls the whole import back.
/// </summary>
public abstract class ImportTests(HoaNhapApp app)
{
    sealed record Register(byte[] Bytes, string[] Ids, string[] Names);

    static Register Make(HoaNhapApp app, string tag)
    {
        var judged = app.Today.AddMonths(-3);
        var effective = judged.AddDays(30);
        var random = new Random();
        var ids = new[]
        {
            PersonalIdNumberRule.Make("025", 1990, Gender.Male, random.Next(1_000_000)),
            PersonalIdNumberRule.Make("025", 1985, Gender.Female, random.Next(1_000_000)),
            PersonalIdNumberRule.Make("025", 1979, Gender.Male, random.Next(1_000_000)),
        };
        var names = new[] { $"Nguyễn Văn Nhập {tag}", $"Trần Thị Sổ {tag}", $"Lê Văn Lỗi {tag}" };
        var csv = new StringBuilder("STT;HỌ VÀ TÊN;NS;Số CCCD;Nơi cư trú;Số BA;Ngày BA;Tòa án;Tội danh;Loại án;Mức án;TGTT;Ngày HL\r\n");
        csv.Append($"1;{names[0].ToUpperInvariant()};5/9/90;{ids[0][..3]} {ids[0][3..6]} {ids[0][6..]};Tổ 5, Phường Tân Hòa;1{tag}/2026/HS-ST;{judged:d/M/yy};TAND khu vực 1 - Phú Thọ;Trộm cắp tài sản;Án treo;2 năm;36;{effective:dd/MM/yyyy}\r\n");
        csv.Append($"2;{names[1]};1985;{ids[1]};Tổ 7, Phường Tân Hòa;2{tag}/2026/HS-ST;{judged:dd-MM-yyyy};TAND khu vực 1 - Phú Thọ;Đánh bạc;CTKGG;12 tháng;;{effective:dd.MM.yyyy}\r\n");
        csv.Append($"3;{names[2]};31/02/1979;{ids[2]};Tổ 9, Phường Tân Hòa;3{tag}/2026/HS-ST;{judged:dd/MM/yyyy};TAND khu vực 1 - Phú Thọ;Đánh bạc;Án treo;48;24;{effective:dd/MM/yyyy}\r\n");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var windows1258 = Encoding.GetEncoding(1258);
        // Windows-1258 writes a toned letter as its base letter and a combining tone mark.
        var text = new StringBuilder();
        foreach (var c in csv.ToString())
        {
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            var tones = new string(d.Where(x => x is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323').ToArray());
            text.Append(new string(d.Where(x => !tones.Contains(x)).ToArray()).Normalize(NormalizationForm.FormC)).Append(tones);
        }
        return new Register(windows1258.GetBytes(text.ToString()), ids, names);
    }

    static MultipartFormDataContent Upload(byte[] content, string unit, bool confirm = false)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "so-xa-tan-hoa.csv");
        form.Add(new StringContent("CommunitySentences"), "kind");
        form.Add(new StringContent(unit), "unitCode");
        if (confirm) form.Add(new StringContent("true"), "confirmReimport");
        return form;
    }

    static async Task<JsonElement> WaitAsync(HttpClient api, Guid id, string status)
    {
        for (var i = 0; i < 300; i++)
        {
            var body = await api.GetFromJsonAsync<JsonElement>($"/api/v1/imports/{id}");
            if (body.GetProperty("status").GetString() == status) return body;
            if (body.GetProperty("status").GetString() is "Done" or "Failed") return body;
            await Task.Delay(100);
        }
        throw new TimeoutException("The import did not finish in 30 s.");
    }

    async Task<List<Person>> PeopleAsync(IEnumerable<string> ids)
    {
        using var scope = app.Services.CreateScope();
        var list = ids.ToList();
        return await app.NewDbContext(scope).People.AsNoTracking().Where(p => list.Contains(p.PersonalIdNumber!)).ToListAsync();
    }

    [SkippableFact]
    public async Task A_legacy_register_is_previewed_with_its_problems_then_committed_skipping_the_bad_row()
    {
        app.EnsureAvailable();
        var tag = TestData.Unique("Sổ").Split(' ')[^1];
        var register = Make(app, tag);
        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var commune = HoaNhapApp.Units[Unit.A].Commune;

        var upload = await api.PostAsync("/api/v1/imports", Upload(register.Bytes, commune));
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var id = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var preview = await api.GetFromJsonAsync<JsonElement>($"/api/v1/imports/{id}");
        Assert.Equal("Ready", preview.GetProperty("status").GetString());
        Assert.Equal("Windows1258", preview.GetProperty("encoding").GetString());
        Assert.Equal(3, preview.GetProperty("rows").GetInt32());
        Assert.Equal(2, preview.GetProperty("valid").GetInt32());
        var mapping = preview.GetProperty("mapping");
        Assert.Equal("FullName", mapping.GetProperty("HỌ VÀ TÊN").GetString());
        Assert.Equal("DateOfBirth", mapping.GetProperty("NS").GetString());
        Assert.Equal("ProbationMonths", mapping.GetProperty("TGTT").GetString());
        Assert.Equal("", mapping.GetProperty("STT").GetString());
        var problems = preview.GetProperty("problems").EnumerateArray().ToList();
        Assert.Contains(problems, p => p.GetProperty("row").GetInt32() == 3 && p.GetProperty("field").GetString() == "DateOfBirth"
            && p.GetProperty("message").GetString()!.Contains("31/02/1979"));
        Assert.Contains(problems, p => p.GetProperty("row").GetInt32() == 3 && p.GetProperty("field").GetString() == "TermMonths"
            && p.GetProperty("message").GetString()!.Contains("Điều 65"));
        Assert.DoesNotContain(problems, p => p.GetProperty("row").GetInt32() is 1 or 2);
        Assert.Empty(await PeopleAsync(register.Ids));

        // All or nothing: not written while a bad row is neither fixed nor skipped.
        var refused = await api.PostAsJsonAsync($"/api/v1/imports/{id}/commit", new { skipBadRows = false });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("bỏ qua các dòng lỗi", await refused.Content.ReadAsStringAsync());

        var commit = await api.PostAsJsonAsync($"/api/v1/imports/{id}/commit", new { skipBadRows = true });
        Assert.Equal(HttpStatusCode.Accepted, commit.StatusCode);
        var done = await WaitAsync(api, id, "Done");
        Assert.Equal("Done", done.GetProperty("status").GetString());
        Assert.Equal(2, done.GetProperty("created").GetInt32());
        Assert.Equal(1, done.GetProperty("skipped").GetInt32());

        var people = await PeopleAsync(register.Ids);
        Assert.Equal(2, people.Count);
        var first = people.Single(p => p.PersonalIdNumber == register.Ids[0]);
        Assert.Equal(RegisterReader.TitleCase(register.Names[0]), first.FullName);
        Assert.Equal(new DateOnly(1990, 9, 5), first.DateOfBirth);
        Assert.Equal(commune, first.CommuneCode);
        var second = people.Single(p => p.PersonalIdNumber == register.Ids[1]);
        Assert.Null(second.DateOfBirth);
        Assert.Equal(1985, second.BirthYear);
        Assert.Equal(Gender.Female, second.Gender);
        using (var scope = app.Services.CreateScope())
        {
            var judgment = await app.NewDbContext(scope).Judgments.AsNoTracking().SingleAsync(j => j.PersonId == first.Id);
            Assert.Equal(["Điều 173"], judgment.Offences);
            Assert.Equal(24, judgment.TermMonths);
            Assert.Equal(36, judgment.ProbationMonths);
        }

        // The source on the person's timeline.
        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var file = WebUtility.HtmlDecode(await pages.GetStringAsync($"/People/Details/{first.Id}"));
        Assert.Contains("Nguồn: tệp so-xa-tan-hoa.csv, dòng 1", file);

        // The same file again: refused unless confirmed; confirmed, its people are now duplicates of the registry.
        var again = await api.PostAsync("/api/v1/imports", Upload(register.Bytes, commune));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("đã được tải lên", await again.Content.ReadAsStringAsync());
        var confirmed = await api.PostAsync("/api/v1/imports", Upload(register.Bytes, commune, confirm: true));
        Assert.Equal(HttpStatusCode.Accepted, confirmed.StatusCode);
        var second_ = await api.GetFromJsonAsync<JsonElement>($"/api/v1/imports/{(await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()}");
        Assert.Equal(0, second_.GetProperty("valid").GetInt32());
        Assert.Contains(second_.GetProperty("problems").EnumerateArray(), p => p.GetProperty("row").GetInt32() == 1
            && p.GetProperty("field").GetString() == "PersonalIdNumber" && p.GetProperty("message").GetString()!.Contains("đã có trong hệ thống"));
    }

    [SkippableFact]
    public async Task The_next_file_of_the_same_shape_starts_from_the_mapping_the_officer_settled_on()
    {
        app.EnsureAvailable();
        var tag = TestData.Unique("Dạng").Split(' ')[^1];
        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var commune = HoaNhapApp.Units[Unit.A].Commune;
        byte[] File(string name) => Encoding.UTF8.GetBytes($"Họ và tên;Ngày sinh;Nơi cư trú;Ghi chú {tag}\r\n{name} {tag};01/02/1990;Tổ 1, Phường Tân Hòa;x\r\n");
        async Task<JsonElement> UploadAsync(byte[] content, string? mapping)
        {
            var form = Upload(content, commune);
            if (mapping is not null) form.Add(new StringContent(mapping), "mapping");
            var response = await api.PostAsync("/api/v1/imports", form);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            return await api.GetFromJsonAsync<JsonElement>($"/api/v1/imports/{(await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()}");
        }

        // The proposal maps "Nơi cư trú" to the address; this officer keeps that column out.
        var first = await UploadAsync(File("Phạm Văn Một"), """{"Nơi cư trú": ""}""");
        Assert.Equal("", first.GetProperty("mapping").GetProperty("Nơi cư trú").GetString());
        Assert.Equal("FullName", first.GetProperty("mapping").GetProperty("Họ và tên").GetString());

        // Another file with the same columns (headers typed without diacritics and in capitals count as the same) starts from it.
        var second = await UploadAsync(Encoding.UTF8.GetBytes($"HO VA TEN;NGAY SINH;NOI CU TRU;GHI CHU {VietnameseText.Fold(tag).ToUpperInvariant()}\r\nPham Van Hai {tag};02/03/1991;To 2;y\r\n"), null);
        Assert.Equal("", second.GetProperty("mapping").GetProperty("NOI CU TRU").GetString());
        Assert.Equal("FullName", second.GetProperty("mapping").GetProperty("HO VA TEN").GetString());
        // A file of another shape still gets the proposal.
        var other = await UploadAsync(Encoding.UTF8.GetBytes($"Họ và tên;Ngày sinh;Nơi cư trú\r\nPhạm Văn Ba {tag};03/04/1992;Tổ 3\r\n"), null);
        Assert.Equal("Address", other.GetProperty("mapping").GetProperty("Nơi cư trú").GetString());
    }

    [SkippableFact]
    public async Task A_row_the_registry_refuses_at_commit_rolls_the_whole_import_back()
    {
        app.EnsureAvailable();
        var tag = TestData.Unique("Sổ").Split(' ')[^1];
        var register = Make(app, tag);
        var api = await app.ApiAsync(Roles.ProvinceOfficer, Unit.A);
        var upload = await api.PostAsync("/api/v1/imports", Upload(register.Bytes, HoaNhapApp.Units[Unit.A].Province));
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var id = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        // Between the preview and the commit, someone records row 2's person by hand.
        using (var scope = app.Services.CreateScope())
        {
            var officer = await app.CurrentUserAsync(Roles.CommuneOfficer, Unit.A);
            var input = TestData.Person(TestData.Unique("Người Nhập Tay"), HoaNhapApp.Units[Unit.A].Commune);
            input.PersonalIdNumber = register.Ids[1];
            input.DateOfBirth = "1985";
            input.Gender = "Female";
            var made = await PersonCommands.CreateAsync(app.NewDbContext(scope), officer, input, null, CancellationToken.None);
            Assert.True(made.Succeeded, string.Join(" ", made.Errors.SelectMany(e => e.Value)));
        }

        var commit = await api.PostAsJsonAsync($"/api/v1/imports/{id}/commit", new { skipBadRows = true });
        Assert.Equal(HttpStatusCode.Accepted, commit.StatusCode);
        var failed = await WaitAsync(api, id, "Failed");
        Assert.Equal("Failed", failed.GetProperty("status").GetString());
        Assert.Contains("Dòng 2", failed.GetProperty("error").GetString());
        Assert.Empty(await PeopleAsync([register.Ids[0]]));
    }

    [SkippableFact]
    public async Task A_commit_stopped_after_writing_its_rows_leaves_nothing_and_is_written_again_from_nothing_at_the_next_start()
    {
        app.EnsureAvailable();
        var register = Make(app, TestData.Unique("Dừng").Split(' ')[^1]);
        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var upload = await api.PostAsync("/api/v1/imports", Upload(register.Bytes, HoaNhapApp.Units[Unit.A].Commune));
        var id = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var scope = app.Services.CreateScope();
        var db = app.NewDbContext(scope);
        // Queued for the commit (as the API does), but the background worker of this instance never hears of it.
        var queued = await ImportCommands.CommitAsync(db, await app.CurrentUserAsync(Roles.CommuneOfficer, Unit.A), id, true, new ImportQueue(), CancellationToken.None);
        Assert.True(queued.Succeeded);
        var import = await db.Set<RegisterImport>().AsNoTracking().FirstAsync(i => i.Id == id);

        // The process stops once the rows, their judgments and their audit entries are written, before the transaction commits.
        await Assert.ThrowsAsync<IOException>(() => RegisterImportCommitter.WriteAsync(db, import, _ => throw new IOException("stopped"), CancellationToken.None));
        db.ChangeTracker.Clear();
        Assert.Empty(await PeopleAsync(register.Ids));
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.Action == "Import" && a.Details!.Contains(id.ToString())));
        Assert.Equal(ImportStatus.Committing, (await db.Set<RegisterImport>().AsNoTracking().FirstAsync(i => i.Id == id)).Status);

        // At the next start the worker takes up what was left Committing and writes it from nothing.
        await app.Services.GetRequiredService<IImportCommitter>().RunAsync(id, CancellationToken.None);
        var done = await api.GetFromJsonAsync<JsonElement>($"/api/v1/imports/{id}");
        Assert.Equal("Done", done.GetProperty("status").GetString());
        Assert.Equal(2, done.GetProperty("created").GetInt32());
        Assert.Equal(2, (await PeopleAsync(register.Ids)).Count);
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == "Import" && a.Details!.Contains(id.ToString())));
    }

    [SkippableFact]
    public async Task Another_unit_gets_not_found_and_a_supervisor_may_not_import()
    {
        app.EnsureAvailable();
        var register = Make(app, TestData.Unique("Sổ").Split(' ')[^1]);
        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var upload = await api.PostAsync("/api/v1/imports", Upload(register.Bytes, HoaNhapApp.Units[Unit.A].Commune));
        var id = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var other = await app.ApiAsync(Roles.ProvinceOfficer, Unit.B);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/imports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/imports/{id}/commit", new { skipBadRows = true })).StatusCode);
        var foreign = await other.PostAsync("/api/v1/imports", Upload(register.Bytes, HoaNhapApp.Units[Unit.A].Commune, confirm: true));
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains("unitCode", await foreign.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        var supervisor = await app.ApiAsync(Roles.Supervisor, Unit.A);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync($"/api/v1/imports/{id}")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ImportTests_Sqlite(SqliteApp app) : ImportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ImportTests_Postgres(PostgresApp app) : ImportTests(app);
