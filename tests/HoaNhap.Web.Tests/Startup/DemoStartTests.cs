using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Shared;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Data.Identity;
using HoaNhap.Demo;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Startup;

/// <summary>What `dotnet run` gives a new user: migrations, the official units, the demo province and its logins.</summary>
public abstract class DemoStartTests(HoaNhapApp app)
{
    [SkippableFact]
    public async Task Official_list_of_34_provinces_and_3321_communes_is_loaded()
    {
        app.EnsureAvailable();
        using var scope = app.Services.CreateScope();
        var db = app.NewDbContext(scope);
        Assert.Equal(34, await db.Provinces.CountAsync());
        Assert.Equal(3321, await db.Communes.CountAsync());
        Assert.Equal(9, await db.Provinces.CountAsync(p => p.Kind == Domain.Units.ProvinceKind.City));
        Assert.Equal("Ba Chẽ", (await db.Communes.FindAsync("06970"))!.Name);
        Assert.Equal("Phường Tân Hòa", (await db.Communes.FindAsync("04792"))!.FullName);
    }

    [SkippableFact]
    public async Task Migrations_match_the_model()
    {
        app.EnsureAvailable();
        using var scope = app.Services.CreateScope();
        var db = app.NewDbContext(scope);
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration for this provider.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [SkippableFact]
    public async Task Demo_province_has_about_150_people_with_valid_records_in_three_communes()
    {
        app.EnsureAvailable();
        using var scope = app.Services.CreateScope();
        var db = app.NewDbContext(scope);
        var people = await db.People.AsNoTracking().Where(p => p.ProvinceCode == DemoSeeder.ProvinceCode).ToListAsync();
        Assert.InRange(people.Count, 140, 160);
        Assert.Equal(DemoSeeder.CommuneCodes.Order(), people.Select(p => p.CommuneCode).Distinct().Order());
        Assert.All(people.Where(p => p.PersonalIdNumber is not null),
            p => Assert.Null(PersonalIdNumberRule.Validate(p.PersonalIdNumber, p.BirthYear, p.Gender)));
        var types = await db.Cases.Where(c => c.ProvinceCode == DemoSeeder.ProvinceCode && c.SentenceType != null)
            .Select(c => c.SentenceType).Distinct().CountAsync();
        Assert.True(types >= 3, "several sentence types");
        Assert.True(await db.Cases.AnyAsync(c => c.Kind == Domain.Cases.CaseKind.Reintegration));
        Assert.True(await db.SupervisorAssignments.AnyAsync());
        // Community-sentence cases carry their intake, their papers and a supervision record.
        Assert.True(await db.Cases.AnyAsync(c => c.ProvinceCode == DemoSeeder.ProvinceCode && c.DecisionNumber != null && c.TermMonths != null));
        Assert.True(await db.Set<Domain.Cases.CaseFileItem>().AnyAsync(i => i.ProvinceCode == DemoSeeder.ProvinceCode && i.Kind == Domain.Cases.CaseFileItemKind.Undertaking));
        Assert.True(await db.Set<Domain.Supervision.CheckIn>().AnyAsync(i => i.ProvinceCode == DemoSeeder.ProvinceCode));
        Assert.True(await db.Set<Domain.Supervision.SelfReport>().AnyAsync(i => i.ProvinceCode == DemoSeeder.ProvinceCode));
    }

    [SkippableFact]
    public async Task Demo_returnees_are_in_every_state_of_reintegration()
    {
        app.EnsureAvailable();
        using var scope = app.Services.CreateScope();
        var db = app.NewDbContext(scope);
        const string P = DemoSeeder.ProvinceCode;
        var intakes = await db.Set<ReintegrationIntake>().AsNoTracking().Where(x => x.ProvinceCode == P).ToListAsync();
        foreach (var commune in DemoSeeder.CommuneCodes)
        {
            var here = intakes.Where(x => x.CommuneCode == commune).ToList();
            Assert.Contains(here, x => x.ResidenceCheckedOn is null);                              // notice received, residence not yet checked
            Assert.Contains(here, x => x.LivesThere == false);                                     // does not live there: sender notified
            Assert.Contains(here, x => x.LivesThere == true && x.ReportedOn is null);             // waiting for the person to report
            Assert.Contains(here, x => x.ReportedOn is not null && x.OfficerName is not null);     // reported, officer assigned
        }
        Assert.Contains(intakes, x => x.HelperKind is not null);
        var today = app.Today;
        var support = await db.Set<SupportAction>().AsNoTracking().Where(x => x.ProvinceCode == P).ToListAsync();
        Assert.Contains(support, a => a.Overdue(today));
        Assert.Contains(support, a => a.Status == SupportStatus.Done);
        var reported = intakes.Where(x => x.ReportedOn is not null).Select(x => x.CaseId).ToList();
        var counselled = await db.Set<PolicyCounselling>().AsNoTracking().Where(x => x.ProvinceCode == P).Select(x => x.CaseId).ToListAsync();
        Assert.Contains(reported, id => !counselled.Contains(id));
        var states = await db.Set<ReintegrationLoan>().AsNoTracking().Where(x => x.ProvinceCode == P).Select(x => x.Status).Distinct().ToListAsync();
        Assert.Superset(new HashSet<LoanState> { LoanState.Listed, LoanState.Approved, LoanState.Repaying, LoanState.Overdue }, states.ToHashSet());
        Assert.True(await db.Set<ReintegrationLoan>().AnyAsync(x => x.ProvinceCode == P && x.Kind == LoanKind.Business));
        var kinds = await db.Set<ReturneeViolation>().AsNoTracking().Where(x => x.ProvinceCode == P).Select(x => x.Kind).Distinct().ToListAsync();
        Assert.Equal(2, kinds.Count);
        var outcomes = await db.Set<JobReferral>().AsNoTracking().Where(x => x.ProvinceCode == P).Select(x => new { x.Kind, x.Outcome }).Distinct().ToListAsync();
        Assert.Superset(new HashSet<ReferralOutcome> { ReferralOutcome.Pending, ReferralOutcome.Hired, ReferralOutcome.Declined, ReferralOutcome.NoShow },
            outcomes.Select(x => x.Outcome).ToHashSet());
        Assert.Equal(2, outcomes.Select(x => x.Kind).Distinct().Count());
        Assert.True(await db.Set<ReintegrationModelMember>().AnyAsync(x => x.ProvinceCode == P && x.Role == MemberRole.Returnee));
        Assert.True(await db.Set<ReintegrationModelActivity>().AnyAsync(x => x.ProvinceCode == P));
        Assert.True(await db.Set<ExemplaryIndividual>().AnyAsync(x => x.ProvinceCode == P));
        var closed = await db.Set<RecordClearance>().AsNoTracking().Where(x => x.ProvinceCode == P).Select(x => x.CaseId).ToListAsync();
        Assert.NotEmpty(closed);
        Assert.All(await db.Cases.AsNoTracking().Where(c => closed.Contains(c.Id)).ToListAsync(), c => Assert.Equal(Domain.Cases.CaseStatus.Completed, c.Status));
    }

    [SkippableFact]
    public async Task The_administrator_signs_in_with_the_password_given_by_HOANHAP_ADMIN_PASSWORD()
    {
        app.EnsureAvailable();
        var client = app.CreateClient();
        var token = await HoaNhapApp.TokenAsync(client, "admin", HoaNhapApp.AdminPassword);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/api/v1/users")).StatusCode);
        var wrong = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = HoaNhapApp.Password });
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [SkippableFact]
    public async Task Every_role_has_a_demo_login_that_works()
    {
        app.EnsureAvailable();
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var demo = await users.Users.Where(u => u.UserName != "admin" && !u.UserName!.EndsWith(".a") && !u.UserName!.EndsWith(".b")).ToListAsync();
        Assert.Equal(Roles.All.Where(r => r != Roles.SystemAdmin).Order(), demo.Select(u => u.Role).Distinct().Order());
        var client = app.CreateClient();
        var token = await HoaNhapApp.TokenAsync(client, "ca.tanhoa", HoaNhapApp.Password);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/people");
        Assert.True(list.GetProperty("total").GetInt32() > 20);
        Assert.NotNull(await users.FindByNameAsync("admin"));
    }
}

public sealed class DemoSqliteApp : HoaNhapApp
{
    public override bool IsPostgres => false;
    protected override bool SeedDemo => true;
}

public sealed class DemoPostgresApp : HoaNhapApp
{
    public override bool IsPostgres => true;
    protected override bool SeedDemo => true;
}

public sealed class DemoStartTests_Sqlite(DemoSqliteApp app) : DemoStartTests(app), IClassFixture<DemoSqliteApp>;

public sealed class DemoStartTests_Postgres(DemoPostgresApp app) : DemoStartTests(app), IClassFixture<DemoPostgresApp>;
