using HoaNhap.Web.Shared.Audit;
using HoaNhap.Data;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Shared;

namespace HoaNhap.Web.Features.Employment;

public sealed record EmployerDto(Guid Id, string ProvinceCode, string CommuneCode, string Name, string? TaxCode, string Address, string Sector,
    string ContactPerson, string ContactPhone, string JobsOffered, int Places, DateOnly WillingSince, bool Active, long Version)
{
    public static EmployerDto Of(Employer e) => new(e.Id, e.ProvinceCode, e.CommuneCode, e.Name, e.TaxCode, e.Address, e.Sector, e.ContactPerson,
        e.ContactPhone, e.JobsOffered, e.Places, e.WillingSince, e.Active, e.Version);
}

public sealed record CourseDto(Guid Id, string ProvinceCode, string CommuneCode, string Trade, string Provider, string Place, DateOnly StartsOn,
    DateOnly EndsOn, int Seats, bool FeeWaived, string? Support, bool Finished, long Version)
{
    public static CourseDto Of(VocationalCourse c, DateOnly today) => new(c.Id, c.ProvinceCode, c.CommuneCode, c.Trade, c.Provider, c.Place, c.StartsOn, c.EndsOn,
        c.Seats, c.FeeWaived, c.Support, c.Finished(today), c.Version);
}

public sealed record ReferralDto(Guid Id, Guid CaseId, Guid PersonId, string CommuneCode, string Kind, string KindTitle, Guid? EmployerId, Guid? CourseId,
    string TargetName, DateOnly ReferredOn, string? Note, string Outcome, string OutcomeTitle, DateOnly? OutcomeOn, string? DeclinedBy,
    string? DeclineReason, string? OutcomeNote, string? CorrectionReason)
{
    public static ReferralDto Of(JobReferral r) => new(r.Id, r.CaseId, r.PersonId, r.CommuneCode, r.Kind.ToString(), JobText.Kind(r.Kind), r.EmployerId,
        r.CourseId, r.TargetName, r.ReferredOn, r.Note, r.Outcome.ToString(), JobText.Describe(r), r.OutcomeOn, r.DeclinedBy?.ToString(),
        r.DeclineReason, r.OutcomeNote, r.CorrectionReason);
}

public sealed record RetentionCheckDto(Guid Id, int Checkpoint, int Months, DateOnly DueOn, DateOnly CheckedOn, bool StillEmployed, string? Employer,
    string? ReasonNotEmployed, string? Note, string ByName)
{
    public static RetentionCheckDto Of(JobRetentionCheck x) => new(x.Id, x.Checkpoint, x.Months, x.DueOn, x.CheckedOn, x.StillEmployed, x.Employer,
        x.ReasonNotEmployed, x.Note, x.ByName);
}

public sealed record RetentionStepDto(int Checkpoint, int Months, DateOnly DueOn, bool Due, RetentionCheckDto? Check);

public sealed record RetentionDto(Guid ReferralId, Guid CaseId, string Employer, DateOnly HiredOn, List<RetentionStepDto> Steps)
{
    public static RetentionDto Of(RetentionView v) => new(v.Referral.Id, v.Referral.CaseId, v.Referral.TargetName, v.Referral.OutcomeOn!.Value,
        v.Steps.Select(s => new RetentionStepDto(s.Checkpoint.Number, s.Checkpoint.Months, s.Checkpoint.DueOn, s.Due,
            s.Check is { } x ? RetentionCheckDto.Of(x) : null)).ToList());
}

public static class EmploymentApi
{
    public static void MapEmploymentApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/jobs").WithTags("Việc làm và học nghề");
        g.MapGet("/employers", async (string? communeCode, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await JobRegisterCommands.ListEmployersAsync(db, http.Me(), communeCode, ct), l => Results.Ok(l.Select(EmployerDto.Of).ToList())))
            .WithSummary("Sổ doanh nghiệp nhận người chấp hành xong án phạt tù vào làm việc (?communeCode= để lọc theo xã): cán bộ Công an tỉnh — của tỉnh; cán bộ, lãnh đạo xã — của xã.")
            .Produces<List<EmployerDto>>().ProducesProblem(403)
            .NoPersonalData();
        g.MapPost("/employers", async (EmployerInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await JobRegisterCommands.CreateEmployerAsync(db, http.Me(), input, ct), e => Results.Created($"/api/v1/jobs/employers/{e.Id}", EmployerDto.Of(e))))
            .WithSummary("Thêm doanh nghiệp vào sổ: {\"communeCode\" (cán bộ tỉnh),\"name\",\"taxCode\"?,\"address\",\"sector\",\"contactPerson\",\"contactPhone\",\"jobsOffered\",\"places\",\"willingSince\",\"active\"?}.")
            .Produces<EmployerDto>(201).ProducesValidationProblem().ProducesProblem(403);
        g.MapPut("/employers/{employerId:guid}", async (Guid employerId, EmployerInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await JobRegisterCommands.UpdateEmployerAsync(db, http.Me(), employerId, input, ct), e => Results.Ok(EmployerDto.Of(e))))
            .WithSummary("Sửa thông tin doanh nghiệp (cùng các trường như khi thêm, kèm \"version\" đã đọc); \"active\": false — ngừng nhận giới thiệu mới. Người khác đã sửa trước: 409.")
            .Produces<EmployerDto>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        g.MapGet("/courses", async (string? communeCode, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await JobRegisterCommands.ListCoursesAsync(db, http.Me(), communeCode, ct), l => Results.Ok(l.Select(c => CourseDto.Of(c, db.Today)).ToList())))
            .WithSummary("Sổ khóa học nghề (?communeCode= để lọc theo xã): cán bộ Công an tỉnh — của tỉnh; cán bộ, lãnh đạo xã — của xã.")
            .Produces<List<CourseDto>>().ProducesProblem(403)
            .NoPersonalData();
        g.MapPost("/courses", async (CourseInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await JobRegisterCommands.CreateCourseAsync(db, http.Me(), input, ct), c => Results.Created($"/api/v1/jobs/courses/{c.Id}", CourseDto.Of(c, db.Today))))
            .WithSummary("Thêm khóa học nghề: {\"communeCode\" (cán bộ tỉnh),\"trade\",\"provider\",\"place\",\"startsOn\",\"endsOn\",\"seats\",\"feeWaived\",\"support\"?}.")
            .Produces<CourseDto>(201).ProducesValidationProblem().ProducesProblem(403);
        g.MapPut("/courses/{courseId:guid}", async (Guid courseId, CourseInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await JobRegisterCommands.UpdateCourseAsync(db, http.Me(), courseId, input, ct), c => Results.Ok(CourseDto.Of(c, db.Today))))
            .WithSummary("Sửa khóa học nghề (cùng các trường như khi thêm, kèm \"version\" đã đọc). Người khác đã sửa trước: 409.")
            .Produces<CourseDto>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);

        g.MapGet("/counts", async (string? from, string? to, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await JobCounts.ForAsync(db, http.Me(), from, to, ct), v => Results.Ok(v)))
            .WithSummary("Số liệu việc làm, học nghề theo xã trong kỳ (?from=&to=, mặc định từ 01/01 năm nay đến hôm nay): doanh nghiệp đang nhận, khóa học đang mở, "
                + "giới thiệu việc làm / học nghề, được nhận, từ chối, không đến, chờ kết quả, người đang được quản lý; cán bộ tỉnh thấy mọi xã có số liệu và tổng cộng.")
            .Produces<JobCountsView>().ProducesValidationProblem().ProducesProblem(403)
            .NoPersonalData();

        var c = api.MapGroup("/cases/{id:guid}/reintegration/referrals").WithTags("Việc làm và học nghề");
        c.MapGet("", async (Guid id, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ReferralCommands.ListAsync(db, http.Me(), id, ct), l => Results.Ok(l.Select(ReferralDto.Of).ToList())))
            .WithSummary("Các lần giới thiệu việc làm, học nghề của người chấp hành xong án phạt tù và kết quả (người giám sát: chỉ người mình được phân công).")
            .Produces<List<ReferralDto>>().ProducesProblem(404)
            .ReadsPersonalData<Domain.Cases.Case>();
        c.MapPost("", async (Guid id, ReferralInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ReferralCommands.ReferAsync(db, http.Me(), id, input, ct),
                    r => Results.Created($"/api/v1/cases/{id}/reintegration/referrals/{r.Id}", ReferralDto.Of(r))))
            .WithSummary("Giới thiệu việc làm ({\"kind\":\"Job\",\"employerId\"}) hoặc học nghề ({\"kind\":\"Training\",\"courseId\"}), kèm \"referredOn\", \"note\"?, "
                + "cho người chấp hành xong án phạt tù và cả người đang chấp hành án tại cộng đồng. Hồ sơ đã đóng, doanh nghiệp ngừng nhận hoặc khóa học đã kết thúc: 422.")
            .Produces<ReferralDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        c.MapPost("/{referralId:guid}/outcome", async (Guid id, Guid referralId, ReferralOutcomeInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                ApiResults.From(await ReferralCommands.RecordOutcomeAsync(db, http.Me(), id, referralId, input, ct), r => Results.Ok(ReferralDto.Of(r))))
            .WithSummary("Kết quả giới thiệu: {\"outcome\":\"Hired|Declined|NoShow\",\"declinedBy\":\"Person|Employer\" (khi từ chối),\"declineReason\",\"outcomeOn\",\"note\"?}. "
                + "Ghi một lần; sửa kết quả đã ghi phải có \"correctionReason\" (không có: 422).")
            .Produces<ReferralDto>().ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
        c.MapGet("/{referralId:guid}/retention", async (Guid id, Guid referralId, HttpContext http, HoaNhapDbContext db, RuleBook book, CancellationToken ct) =>
                ApiResults.From(await RetentionCommands.ForReferralAsync(db, await book.ParametersAsync(ct), http.Me(), id, referralId, ct), v => Results.Ok(RetentionDto.Of(v))))
            .WithSummary("Theo dõi duy trì việc làm của một lần được tuyển dụng: các mốc (mặc định 1, 3, 6, 12 tháng sau ngày tuyển dụng; tham số JobRetention.Checkpoint1–4), "
                + "mốc nào đã đến hạn (\"due\") và kết quả đã ghi (\"check\"). Giới thiệu chưa được tuyển dụng: 404.")
            .Produces<RetentionDto>().ProducesProblem(404)
            .ReadsPersonalData<Domain.Cases.Case>();
        c.MapPost("/{referralId:guid}/retention", async (Guid id, Guid referralId, RetentionInput input, HttpContext http, HoaNhapDbContext db, RuleBook book, CancellationToken ct) =>
                ApiResults.From(await RetentionCommands.RecordAsync(db, await book.ParametersAsync(ct), http.Me(), id, referralId, input, ct),
                    x => Results.Created($"/api/v1/cases/{id}/reintegration/referrals/{referralId}/retention", RetentionCheckDto.Of(x))))
            .WithSummary("Ghi kết quả theo dõi tại một mốc: {\"checkpoint\":1,\"checkedOn\",\"stillEmployed\":true,\"employer\" (khi còn làm việc),"
                + "\"reasonNotEmployed\" (khi không còn),\"note\"?}. Chưa đến mốc, mốc đã ghi, giới thiệu chưa được tuyển dụng: 422.")
            .Produces<RetentionCheckDto>(201).ProducesValidationProblem().ProducesValidationProblem(422).ProducesProblem(403).ProducesProblem(404);
    }
}
