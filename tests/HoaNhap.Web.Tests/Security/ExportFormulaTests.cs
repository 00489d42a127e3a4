using System.Net;
using System.Net.Http.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace HoaNhap.Web.Tests.Security;

/// <summary>No .xlsx or .csv the system hands out carries a cell that a spreadsheet would run as a formula.</summary>
public abstract class ExportFormulaTests(HoaNhapApp app)
{
    const string Formula = "=HYPERLINK(\"http://evil.example/\",\"Bấm vào đây\")";

    static async Task<List<string>> CellsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var cells = new List<string>();
        using var stream = new MemoryStream(bytes);
        foreach (var sheet in MiniExcel.GetSheetNames(stream))
        {
            stream.Position = 0;
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, sheetName: sheet, excelType: ExcelType.XLSX))
                cells.AddRange(row.Values.OfType<string>());
        }
        return cells;
    }

    [SkippableFact]
    public async Task A_formula_typed_into_a_register_is_exported_as_text_in_every_xlsx()
    {
        app.EnsureAvailable();
        var api = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var created = await api.PostAsJsonAsync("/api/v1/models", new
        {
            name = Formula, establishedOn = DateTime.Today.AddMonths(-1).ToString("yyyy-MM-dd"), lead = "CommunePolice", goal = "+1+1 @SUM(A1) -2",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var fromApi = await CellsAsync(await api.GetAsync("/api/v1/models/list.xlsx"));
        Assert.Contains("'" + Formula, fromApi);
        Assert.Contains("'+1+1 @SUM(A1) -2", fromApi);

        var pages = await app.PagesAsync(Roles.CommuneOfficer, Unit.A);
        var province = await app.PagesAsync(Roles.ProvinceOfficer, Unit.A);
        var exports = new (HttpClient Client, string Url)[]
        {
            (pages, "/ReintegrationModels?handler=Xlsx"), (pages, "/Loans?handler=Xlsx"), (pages, "/Employment/Employers?handler=Xlsx"), (pages, "/Employment/Courses?handler=Xlsx"),
            (pages, "/Employment/Counts?handler=Xlsx"), (pages, "/Programmes/Training?handler=Export"), (pages, "/Programmes/Awareness?handler=Export"),
            (pages, "/Programmes/Commendations?handler=Export"), (pages, "/Programmes/Budget?handler=Export&year=2026"),
            (province, "/Dashboard?handler=Export"), (province, "/Reconciliation/Template?format=xlsx"),
        };
        Assert.Contains("'" + Formula, await CellsAsync(await pages.GetAsync("/ReintegrationModels?handler=Xlsx")));
        foreach (var (client, url) in exports)
        {
            var cells = await CellsAsync(await client.GetAsync(url));
            Assert.DoesNotContain(cells, c => SpreadsheetText.LooksLikeFormula(c));
        }
        Assert.DoesNotContain(await CellsAsync(await api.GetAsync("/api/v1/loans/list.xlsx")), c => SpreadsheetText.LooksLikeFormula(c));
    }

    [Fact]
    public void Csv_cells_that_would_start_a_formula_are_neutralised()
    {
        var csv = CsvTable.Write([["=1+1", "+A1", "-2", "@SUM(A1)", "\tx", "\rx", "Nguyễn Văn An", "2026-01-01"]]);
        var cells = CsvTable.Read(csv)[0];
        Assert.Equal(["'=1+1", "'+A1", "'-2", "'@SUM(A1)", "'\tx", "'\rx", "Nguyễn Văn An", "2026-01-01"], cells);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ExportFormulaTests_Sqlite(SqliteApp app) : ExportFormulaTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ExportFormulaTests_Postgres(PostgresApp app) : ExportFormulaTests(app);
