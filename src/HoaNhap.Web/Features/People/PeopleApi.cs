using HoaNhap.Web.Shared.Audit;
using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.People;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.ReadReplica;

namespace HoaNhap.Web.Features.People;

public sealed record PersonDto(Guid Id, string FullName, string? OtherNames, string DateOfBirth, string Gender,
    string? PersonalIdNumber, string ProvinceCode, string CommuneCode, string Address, string? Phone,
    long Version, DateTimeOffset UpdatedAt, string UpdatedBy)
{
    public static PersonDto From(Person p) => new(p.Id, p.FullName, p.OtherNames,
        p.DateOfBirth?.ToString("yyyy-MM-dd") ?? p.BirthYear.ToString(), p.Gender.ToString(), p.PersonalIdNumber,
        p.ProvinceCode, p.CommuneCode, p.Address, p.Phone, p.Version, p.UpdatedAt, p.UpdatedBy);
}

public sealed record PersonListItem(Guid Id, string FullName, string? OtherNames, string DateOfBirth, string Gender,
    string? PersonalIdNumber, string CommuneCode, string CommuneName, string Address);

/// <summary><c>capped</c>: more than 500 people match; <c>total</c> is then 500 and the caller should narrow the search.</summary>
public sealed record PersonList(IReadOnlyList<PersonListItem> Items, int Total, int Page, int PageCount, bool Capped = false);

public sealed record MergeCreated(Guid MergeId);

public static class PeopleApi
{
    public static void MapPeopleApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/people").WithTags("Người");
        g.MapPost("/", async (PersonInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await PersonCommands.CreateAsync(db, http.Me(), input, null, ct),
                    p => Results.Created($"/api/v1/people/{p.Id}", PersonDto.From(p))))
            .WithSummary("Thêm một người vào sổ quản lý.")
            .Produces<PersonDto>(201).ProducesValidationProblem().ProducesProblem(403);
        g.MapGet("/", async (string? q, string? communeCode, SentenceType? sentenceType, CaseStatus? status, int? page,
                HttpContext http, HoaNhapDbContext db, AuditWriter audit, CancellationToken ct) =>
                ApiResults.From(await PeopleQueries.SearchAsync(db, http.Me(), new PeopleFilter(q, communeCode, sentenceType, status, page ?? 1), ct, audit),
                    r => Results.Ok(new PersonList(r.Items.Select(i => new PersonListItem(i.Id, i.FullName, i.OtherNames,
                        i.BirthDate, i.Gender, i.PersonalIdNumber, i.CommuneCode, i.CommuneName, i.Address)).ToList(), r.Total, r.Page, r.PageCount, r.Capped))))
            .WithSummary("Tìm người trong phạm vi quản lý (không phân biệt dấu, hoa thường), 20 người mỗi trang.")
            .Produces<PersonList>().ProducesProblem(403)
            .ReadOnlyWork()
            .ReadsPersonalDataList<Person>();
        g.MapGet("/duplicates", async (string? commune, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await DuplicateQueries.ListAsync(db, http.Me(), commune, ct),
                    list => Results.Ok(list.Select(d => new DuplicateDto(d.Pair.PersonId, d.Pair.OtherId, d.Pair.Score, d.Pair.Reason)).ToList())))
            .WithSummary("Những hồ sơ có thể trùng nhau trong phạm vi quản lý (tùy chọn commune: của một xã, phường): score 1,0 trùng số định danh; "
                + "0,9 trùng họ tên và ngày sinh; 0,7 trùng họ tên, năm sinh và xã, phường; reason nói rõ lý do.")
            .Produces<List<DuplicateDto>>().ProducesProblem(403)
            .ReadOnlyWork()
            .ReadsPersonalDataList<Person>();
        g.MapGet("/{id:guid}", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                await PersonLookup.FindAsync(db, http.Me(), id, ct) is { } person
                    ? Results.Ok(PersonDto.From(person)) : ApiResults.NotFound())
            .WithSummary("Xem thông tin một người (được ghi nhật ký).")
            .Produces<PersonDto>().ProducesProblem(404)
            .ReadsPersonalData<Person>();
        g.MapPut("/{id:guid}", async (Guid id, PersonInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await PersonCommands.UpdateAsync(db, http.Me(), id, input, null, ct),
                    p => Results.Ok(PersonDto.From(p))))
            .WithSummary("Sửa thông tin một người; gửi kèm version đã đọc. Trả 409 nếu người khác đã sửa trước.")
            .Produces<PersonDto>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        g.MapPost("/{id:guid}/merge", async (Guid id, MergeInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await PersonMergeCommands.MergeAsync(db, http.Me(), id, input, ct),
                    m => Results.Ok(new MergeCreated(m.Id))))
            .WithSummary("Gộp hồ sơ trùng otherId vào hồ sơ này; keep: trường → \"this\" (giữ giá trị hồ sơ này) hoặc \"other\". "
                + "Hồ sơ kia được giữ lại nhưng ẩn; bản án, hồ sơ chấp hành và mọi dữ liệu gắn với nó chuyển sang hồ sơ này.")
            .Produces<MergeCreated>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(422);

        var merges = api.MapGroup("/merges").WithTags("Người");
        merges.MapGet("/", async (HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await PersonMergeCommands.HistoryAsync(db, http.Me(), ct), Results.Ok))
            .WithSummary("Lịch sử gộp hồ sơ trong phạm vi quản lý, mới nhất trước.")
            .Produces<List<MergeView>>().ProducesProblem(403)
            .ReadsPersonalDataList<Person>();
        merges.MapPost("/{mergeId:guid}/undo", async (Guid mergeId, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await PersonMergeCommands.UndoAsync(db, http.Me(), mergeId, ct), _ => Results.NoContent()))
            .WithSummary("Hoàn tác một lần gộp: dữ liệu chuyển về hồ sơ cũ, giá trị các trường trở lại như trước, hồ sơ bị gộp hiện lại. "
                + "422 khi không hoàn tác được (đã hoàn tác, hoặc hồ sơ được giữ lại đã được gộp tiếp).")
            .Produces(204).ProducesProblem(404).ProducesProblem(422);
    }
}
