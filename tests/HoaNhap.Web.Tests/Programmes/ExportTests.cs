using System.Net;
using System.Net.Http.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace HoaNhap.Web.Tests.Programmes;

/// <summary>Every programme register downloads as .xlsx with the rows the page shows, scoped like the page.</summary>
public abstract class ProgrammeExportTests(HoaNhapApp app)
{
    static List<IDictionary<string, object?>> Rows(byte[] xlsx) =>
        MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();

    [SkippableFact]
    public async Task Registers_download_as_xlsx_with_their_rows()
    {
        app.EnsureAvailable();
        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var name = TestData.Unique("Tổ giám sát");
        var topic = TestData.Unique("Tập huấn thi hành án");
        const int year = 2017;   // a year no other test plans a budget for
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/v1/programmes/commendations", new
        {
            commendedName = name, achievement = "Hoàn thành xuất sắc việc giám sát", proposedOn = Display.Date(app.Today), proposedBy = "UBND xã",
        })).StatusCode);
        var training = await api.PostAsJsonAsync("/api/v1/programmes/training-sessions", new
        {
            communeCode = "04792", heldOn = Display.Date(app.Today), organiser = "Công an tỉnh", topic, unitsTrained = "Công an xã", peopleTrained = 12,
        });
        Assert.True(training.IsSuccessStatusCode, await training.Content.ReadAsStringAsync());
        var budget = await api.PutAsJsonAsync($"/api/v1/programmes/budgets/{year}",
            new { items = new[] { new { item = "Tuyên truyền " + name, amount = 7_000_000L } } });
        Assert.True(budget.StatusCode == HttpStatusCode.OK, await budget.Content.ReadAsStringAsync());

        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var commendations = Rows(await pages.GetByteArrayAsync("/Programmes/Commendations?handler=Export"));
        Assert.Contains(commendations, r => (string?)r["Người, tập thể được đề nghị"] == name && (string?)r["Tình trạng"] != "");
        var sessions = Rows(await pages.GetByteArrayAsync("/Programmes/Training?handler=Export"));
        Assert.Contains(sessions, r => (string?)r["Nội dung"] == topic && Convert.ToInt32(r["Số người được tập huấn"]) == 12);
        var plan = Rows(await pages.GetByteArrayAsync($"/Programmes/Budget?handler=Export&year={year}"));
        Assert.Contains(plan, r => (string?)r["Nội dung chi"] == "Tuyên truyền " + name && Convert.ToInt64(r["Dự toán (đồng)"]) == 7_000_000L);

        // Another province's officer gets nothing of commune A in its file.
        var other = await app.PagesAsync(Roles.CommuneOfficer, Unit.B);
        var theirs = await other.GetAsync("/Programmes/Commendations?handler=Export");
        if (theirs.StatusCode == HttpStatusCode.OK)
            Assert.DoesNotContain(Rows(await theirs.Content.ReadAsByteArrayAsync()), r => (string?)r["Người, tập thể được đề nghị"] == name);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ProgrammeExportTests_Sqlite(SqliteApp app) : ProgrammeExportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ProgrammeExportTests_Postgres(PostgresApp app) : ProgrammeExportTests(app);
