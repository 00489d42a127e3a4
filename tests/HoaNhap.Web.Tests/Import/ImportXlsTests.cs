using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.People;
using HoaNhap.Web.Features.AuditLog;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Import;

/// <summary>
/// A commune's register saved as Excel 97–2003 (.xls, BIFF8: <c>Fixtures/so-xa-tan-hoa-2003.xls</c>, made with SheetJS) over HTTP:
/// uploaded, previewed (its Vietnamese sheet name and headers read, dates typed as Excel dates and as text, a personal ID typed as a
/// number that lost its leading zero, a name in capitals), committed in bulk; the people and judgments are in the registry as the
/// forms would have written them, each person's timeline names the file, sheet and row, and the audit chain still verifies.
/// </summary>
public abstract class ImportXlsTests(HoaNhapApp app)
{
    const string FileName = "so-xa-tan-hoa-2003.xls";
    static readonly string[] Ids = ["025188771201", "025079771202"];

    static byte[] Fixture()
    {
        using var stream = typeof(ImportXlsTests).Assembly.GetManifestResourceStream(FileName)
            ?? throw new InvalidOperationException($"The fixture {FileName} is not embedded.");
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        return ms.ToArray();
    }

    [SkippableFact]
    public async Task A_register_saved_as_Excel_97_2003_is_uploaded_previewed_and_committed()
    {
        app.EnsureAvailable();
        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var commune = HoaNhapApp.Units[Unit.A].Commune;
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Fixture());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.ms-excel");
        form.Add(file, "file", FileName);
        form.Add(new StringContent("CommunitySentences"), "kind");
        form.Add(new StringContent(commune), "unitCode");
        var upload = await api.PostAsync("/api/v1/imports", form);
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var id = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var preview = await api.GetFromJsonAsync<JsonElement>($"/api/v1/imports/{id}");
        Assert.Equal("Ready", preview.GetProperty("status").GetString());
        Assert.Equal("Sổ theo dõi", preview.GetProperty("sheet").GetString());
        Assert.Equal("", preview.GetProperty("encoding").GetString());
        Assert.Equal(2, preview.GetProperty("rows").GetInt32());
        Assert.Equal(2, preview.GetProperty("valid").GetInt32());
        Assert.Empty(preview.GetProperty("problems").EnumerateArray());
        var mapping = preview.GetProperty("mapping");
        Assert.Equal("", mapping.GetProperty("STT").GetString());
        Assert.Equal("FullName", mapping.GetProperty("Họ và tên").GetString());
        Assert.Equal("Gender", mapping.GetProperty("Giới tính").GetString());
        Assert.Equal("PersonalIdNumber", mapping.GetProperty("Số CCCD").GetString());
        Assert.Equal("JudgmentDate", mapping.GetProperty("Ngày tuyên án").GetString());
        Assert.Equal("TermMonths", mapping.GetProperty("Mức án").GetString());
        Assert.Equal("ProbationMonths", mapping.GetProperty("Thời gian thử thách").GetString());

        var commit = await api.PostAsJsonAsync($"/api/v1/imports/{id}/commit", new { skipBadRows = false });
        Assert.Equal(HttpStatusCode.Accepted, commit.StatusCode);
        JsonElement done = default;
        for (var i = 0; i < 300; i++)
        {
            done = await api.GetFromJsonAsync<JsonElement>($"/api/v1/imports/{id}");
            if (done.GetProperty("status").GetString() is "Done" or "Failed") break;
            await Task.Delay(100);
        }
        Assert.Equal("Done", done.GetProperty("status").GetString());
        Assert.Equal(2, done.GetProperty("created").GetInt32());
        Assert.Equal(0, done.GetProperty("skipped").GetInt32());

        using var scope = app.Services.CreateScope();
        var db = app.NewDbContext(scope);
        var people = await db.People.AsNoTracking().Where(p => Ids.Contains(p.PersonalIdNumber!)).ToListAsync();
        // An Excel date cell, the text of a Vietnamese name in NFC, the ID's leading zero put back.
        var tuyet = Assert.Single(people, p => p.PersonalIdNumber == Ids[0]);
        Assert.Equal("Nguyễn Thị Ánh Tuyết".Normalize(System.Text.NormalizationForm.FormC), tuyet.FullName);
        Assert.Equal(new DateOnly(1988, 3, 14), tuyet.DateOfBirth);
        Assert.Equal(Gender.Female, tuyet.Gender);
        Assert.Equal(commune, tuyet.CommuneCode);
        Assert.Equal("Tổ 3, Phường Tân Hòa", tuyet.Address);
        var huong = Assert.Single(people, p => p.PersonalIdNumber == Ids[1]);
        Assert.Equal("Đặng Văn Hưởng", huong.FullName);
        Assert.Null(huong.DateOfBirth);
        Assert.Equal(1979, huong.BirthYear);
        Assert.Equal(Gender.Male, huong.Gender);

        var first = await db.Judgments.AsNoTracking().SingleAsync(j => j.PersonId == tuyet.Id);
        Assert.Equal("45/2025/HS-ST", first.Number);
        Assert.Equal("Tòa án nhân dân khu vực 1 - Phú Thọ", first.Court);
        Assert.Equal(new DateOnly(2025, 6, 10), first.JudgmentDate);
        Assert.Equal(new DateOnly(2025, 7, 10), first.EffectiveOn);
        Assert.Equal(["Điều 173"], first.Offences);
        Assert.Equal(MainPenalty.SuspendedSentence, first.MainPenalty);
        Assert.Equal(18, first.TermMonths);
        Assert.Equal(36, first.ProbationMonths);
        var second = await db.Judgments.AsNoTracking().SingleAsync(j => j.PersonId == huong.Id);
        Assert.Equal(new DateOnly(2025, 6, 12), second.JudgmentDate);
        Assert.Equal(new DateOnly(2025, 7, 15), second.EffectiveOn);
        Assert.Equal(MainPenalty.NonCustodialReform, second.MainPenalty);
        Assert.Equal(12, second.TermMonths);

        // Audited as a save would audit them: each record's creation by the officer, and the source, in the province's chain.
        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.PersonId == tuyet.Id).ToListAsync();
        Assert.Contains(entries, a => a.Action == "Create" && a.EntityType == nameof(Person) && a.Details!.Contains("Nguyễn Thị Ánh Tuyết"));
        Assert.Contains(entries, a => a.Action == "Create" && a.EntityType == nameof(Judgment) && a.Details!.Contains("45/2025/HS-ST"));
        Assert.All(entries.Where(a => a.Action is "Create" or "Import"), a => Assert.Equal(HoaNhapApp.UserName(Roles.CommuneOfficer, Unit.A), a.UserName));
        var verified = await AuditVerification.VerifyAsync(db, "25");
        Assert.True(verified.Intact, $"Broken at {verified.FirstBadEntry}: {verified.Reason}");

        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var timeline = WebUtility.HtmlDecode(await pages.GetStringAsync($"/People/Details/{tuyet.Id}"));
        Assert.Contains($"Nguồn: tệp {FileName}, trang Sổ theo dõi, dòng 1", timeline);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ImportXlsTests_Sqlite(SqliteApp app) : ImportXlsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ImportXlsTests_Postgres(PostgresApp app) : ImportXlsTests(app);
