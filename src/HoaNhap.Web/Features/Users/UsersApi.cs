using HoaNhap.Web.Shared.Audit;
using HoaNhap.Data;
using HoaNhap.Data.Identity;
using HoaNhap.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Users;

public sealed record RoleSettingInput(bool RequireTwoFactor);

/// <summary>User administration for system administrators; everyone else gets 403.</summary>
public static class UsersApi
{
    public static void MapUsersApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("").WithTags("Tài khoản");
        g.MapPost("/users", async (UserInput input, HttpContext http, HoaNhapDbContext db, UserManager<AppUser> users, CancellationToken ct) =>
                !http.Me().IsAdmin ? ApiResults.Forbidden()
                : ApiResults.From(await UserCommands.CreateAsync(db, users, input, ct), u => Results.Created($"/api/v1/users/{u.Id}", u)))
            .WithSummary("Tạo tài khoản (chỉ quản trị hệ thống). role: SystemAdmin, ProvinceOfficer, CommuneOfficer, CommuneLeader, Supervisor, CourtReader, ProcuracyReader, BankOfficer, PartnerBody; unitCode: mã tỉnh (2 số) hoặc mã xã (5 số); body (chỉ với PartnerBody): LabourDepartment, HealthDepartment, EducationDepartment, CultureDepartment, JusticeDepartment, FinanceDepartment, SocialPolicyBank, FatherlandFront, YouthUnion, WomensUnion, FarmersAssociation, VeteransAssociation, MilitaryCommand, CommuneCommittee.")
            .Produces<UserView>(201).ProducesValidationProblem().ProducesProblem(403);
        g.MapGet("/users", async (HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                !http.Me().IsAdmin ? ApiResults.Forbidden()
                : Results.Ok((await db.Users.AsNoTracking().Where(u => u.Role != HoaNhap.Domain.Access.Roles.Person).OrderBy(u => u.UserName).ToListAsync(ct)).Select(UserView.From).ToList()))
            .WithSummary("Danh sách tài khoản (chỉ quản trị hệ thống).").Produces<List<UserView>>().ProducesProblem(403)
            .ReadsPersonalDataList<AppUser>();
        g.MapGet("/users/{id}", async (string id, HttpContext http, UserManager<AppUser> users) =>
                !http.Me().IsAdmin ? ApiResults.Forbidden()
                : await users.FindByIdAsync(id) is { } u && u.Role != HoaNhap.Domain.Access.Roles.Person ? Results.Ok(UserView.From(u)) : ApiResults.NotFound())
            .WithSummary("Một tài khoản (chỉ quản trị hệ thống).").Produces<UserView>().ProducesProblem(403).ProducesProblem(404)
            .ReadsPersonalData<AppUser>();
        g.MapPut("/users/{id}", async (string id, UserInput input, HttpContext http, HoaNhapDbContext db, UserManager<AppUser> users, CancellationToken ct) =>
                !http.Me().IsAdmin ? ApiResults.Forbidden()
                : ApiResults.From(await UserCommands.UpdateAsync(db, users, id, input, ct), u => Results.Ok(u)))
            .WithSummary("Sửa vai trò, đơn vị, trạng thái; đặt lại mật khẩu nếu gửi password (chỉ quản trị hệ thống).")
            .Produces<UserView>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404);
        g.MapGet("/roles", async (HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                !http.Me().IsAdmin ? ApiResults.Forbidden() : Results.Ok(await RoleSettingCommands.ListAsync(db, ct)))
            .WithSummary("Các vai trò và yêu cầu xác thực hai lớp.").Produces<List<RoleSettingDto>>().ProducesProblem(403)
            .NoPersonalData();
        g.MapPut("/roles/{role}", async (string role, RoleSettingInput input, HttpContext http, HoaNhapDbContext db, CancellationToken ct) =>
                !http.Me().IsAdmin ? ApiResults.Forbidden()
                : ApiResults.From(await RoleSettingCommands.SetAsync(db, role, input.RequireTwoFactor, ct), r => Results.Ok(r)))
            .WithSummary("Bắt buộc hoặc bỏ bắt buộc xác thực hai lớp cho một vai trò.").Produces<RoleSettingDto>().ProducesProblem(403).ProducesProblem(404);
    }
}
