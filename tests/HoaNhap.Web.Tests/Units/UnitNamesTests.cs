using System.Net;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace HoaNhap.Web.Tests.Units;

/// <summary>
/// Names, not codes: the header, the lists, the dashboard and an export show "Phường Tân Hòa" (commune 04792) and
/// "Tỉnh Phú Thọ" (province 25), never the bare code, all read through the one lookup (<see cref="UnitNames"/>).
/// </summary>
public abstract class UnitNamesTests(HoaNhapApp app)
{
    const string Commune = "Phường Tân Hòa";
    const string Province = "Tỉnh Phú Thọ";

    [SkippableFact]
    public void The_lookup_reads_communes_and_provinces_and_leaves_an_unknown_code_as_it_is()
    {
        app.EnsureAvailable();
        var names = app.Services.GetRequiredService<UnitNames>();
        Assert.Equal(Commune, names.Of("04792"));
        Assert.Equal(Province, names.Of("25"));
        Assert.Equal("Thành phố Hà Nội", names.Of("01"));
        Assert.Equal(Commune, names.Of("04792", "25"));
        Assert.Equal(Province, names.Of(null, "25"));
        Assert.Equal("99999", names.Of("99999"));
        Assert.Equal("", names.Of(null));
    }

    [SkippableFact]
    public async Task The_header_shows_the_users_unit_by_name()
    {
        app.EnsureAvailable();
        var commune = await (await app.PagesAsync(Roles.CommuneOfficer, Unit.A)).GetStringAsync("/");
        Assert.Contains($"data-testid=\"my-unit\">{Commune}</span>", commune);
        Assert.DoesNotContain("đơn vị 04792", commune);
        var province = await (await app.PagesAsync(Roles.ProvinceOfficer, Unit.A)).GetStringAsync("/");
        Assert.Contains($"data-testid=\"my-unit\">{Province}</span>", province);
    }

    [SkippableFact]
    public async Task People_list_dashboard_users_and_audit_log_show_names()
    {
        app.EnsureAvailable();
        var people = await (await app.PagesAsync(Roles.CommuneOfficer, Unit.A)).GetStringAsync("/People");
        Assert.Contains(Commune, people);

        var dashboard = await (await app.PagesAsync(Roles.ProvinceOfficer, Unit.A)).GetStringAsync("/Dashboard");
        Assert.Contains($"Chỉ tiêu và số liệu: {Province}", dashboard);

        var admin = await app.PagesAsync(Roles.SystemAdmin, Unit.A);
        var users = await admin.GetStringAsync("/Users");
        Assert.Contains($"<td data-label=\"Đơn vị\">{Commune}</td>", users);
        Assert.Contains("<td data-label=\"Đơn vị\">Thành phố Hà Nội</td>", users);
        Assert.DoesNotContain("<td data-label=\"Đơn vị\">04792</td>", users);
        Assert.DoesNotContain("<td data-label=\"Đơn vị\">25</td>", users);

        var audit = await admin.GetStringAsync("/AuditLog");
        Assert.Contains($"<td data-label=\"Đơn vị\">{Commune}</td>", audit);
        Assert.DoesNotContain("<td data-label=\"Đơn vị\">04792</td>", audit);
    }

    [SkippableFact]
    public async Task Loan_list_and_its_export_name_the_commune()
    {
        app.EnsureAvailable();
        var borrower = TestData.Unique("Hợp tác xã Tên Xã");
        await app.WithDbAsync(async db =>
        {
            db.Add(new ReintegrationLoan
            {
                Kind = LoanKind.Business, ProvinceCode = "25", CommuneCode = "04792", BorrowerName = borrower, Purpose = "Sản xuất.", RequestedAmount = 300_000_000,
                ListedOn = app.Today.AddDays(-3), Workers = 10, EligibleWorkers = 4,
            });
            return await db.SaveChangesAsync();
        });
        var bank = await app.PagesAsync(Roles.BankOfficer, Unit.A);
        var list = await bank.GetStringAsync("/Loans");
        Assert.Contains($"<td data-label=\"Xã, phường\">{Commune}</td>", list);
        Assert.DoesNotContain("<td data-label=\"Xã, phường\">04792</td>", list);

        var response = await (await app.ApiAsync(Roles.BankOfficer, Unit.A)).GetAsync("/api/v1/loans/list.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var xlsx = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var row = MiniExcel.Query(xlsx, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()
            .Single(r => (string?)r["Người vay"] == borrower);
        Assert.Equal(Commune, row["Xã, phường"]);
        Assert.Equal("04792", row["Mã xã, phường"]?.ToString());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class UnitNamesTests_Sqlite(SqliteApp app) : UnitNamesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class UnitNamesTests_Postgres(PostgresApp app) : UnitNamesTests(app);
