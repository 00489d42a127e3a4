using HoaNhap.Web.Shared.Audit;
using HoaNhap.Data;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Units;

public sealed record ProvinceDto(string Code, string Name, string FullName);
public sealed record CommuneDto(string Code, string Name, string FullName, string ProvinceCode);

/// <summary>The official list of provinces and communes (two-level local government, from 01/07/2025).</summary>
public static class UnitsApi
{
    public static void MapUnitsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/units").WithTags("Đơn vị hành chính");
        g.MapGet("/provinces", async (HoaNhapDbContext db, CancellationToken ct) =>
                (await db.Provinces.AsNoTracking().OrderBy(p => p.Code).ToListAsync(ct))
                    .Select(p => new ProvinceDto(p.Code, p.Name, p.FullName)).ToList())
            .WithSummary("Danh mục 34 tỉnh, thành phố.")
            .NoPersonalData();
        g.MapGet("/provinces/{code}/communes", async (string code, HoaNhapDbContext db, CancellationToken ct) =>
            {
                var list = await db.Communes.AsNoTracking().Where(c => c.ProvinceCode == code).OrderBy(c => c.Code).ToListAsync(ct);
                return list.Count == 0 ? Shared.ApiResults.NotFound()
                    : Results.Ok(list.Select(c => new CommuneDto(c.Code, c.Name, c.FullName, c.ProvinceCode)).ToList());
            })
            .WithSummary("Các xã, phường, đặc khu của một tỉnh.").Produces<List<CommuneDto>>().ProducesProblem(404)
            .NoPersonalData();
    }
}
