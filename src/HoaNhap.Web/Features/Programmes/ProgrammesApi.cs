using HoaNhap.Data;
using HoaNhap.Domain.Programmes;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Programmes;

public sealed record TrainingDto(Guid Id, string ProvinceCode, string CommuneCode, DateOnly HeldOn, string Organiser, string Topic, string UnitsTrained, int PeopleTrained);

public static class ProgrammesApi
{
    static TrainingDto Dto(TrainingSession t) => new(t.Id, t.ProvinceCode, t.CommuneCode, t.HeldOn, t.Organiser, t.Topic, t.UnitsTrained, t.PeopleTrained);

    public static void MapProgrammesApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/programmes").WithTags("Chương trình, kế hoạch");
        g.MapGet("/training-sessions", async (HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await TrainingCommands.ListAsync(db, http.Me(), ct), l => Results.Ok(l.Select(Dto).ToList())))
            .WithSummary("Sổ theo dõi tập huấn: cán bộ Công an tỉnh — của tỉnh; cán bộ, lãnh đạo xã — của xã.")
            .Produces<List<TrainingDto>>().ProducesProblem(403);
        g.MapPost("/training-sessions", async (TrainingInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await TrainingCommands.CreateAsync(db, http.Me(), input, ct), t => Results.Created($"/api/v1/programmes/training-sessions/{t.Id}", Dto(t))))
            .WithSummary("Ghi nhận buổi tập huấn: {\"communeCode\" (cán bộ tỉnh),\"heldOn\",\"organiser\",\"topic\",\"unitsTrained\",\"peopleTrained\"}. "
                + "Được tính vào chỉ tiêu “xã, phường được tập huấn”. Ngày sau hôm nay: 422.")
            .Produces<TrainingDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403);
    }
}
