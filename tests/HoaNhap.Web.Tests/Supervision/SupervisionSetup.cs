using HoaNhap.Data.Identity;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Features.Cases;
using HoaNhap.Web.Features.Users;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Supervision;

/// <summary>People and cases for the supervision tests, made through the application's own handlers.</summary>
public static class SupervisionSetup
{

    /// <summary>A person of unit A supervised by the seeded supervisor of unit A, with an active case started on <paramref name="start"/>.</summary>
    public static async Task<(Guid Person, Guid Case)> ActiveCaseAsync(HoaNhapApp app, SentenceType type, DateOnly start,
        Action<Case>? terms = null, bool assignSupervisor = true)
    {
        var person = await app.CreatePersonAsync(Unit.A, TestData.Unique("Lê Văn Giám"), assignSupervisor);
        var officer = await app.CurrentUserAsync(Roles.CommuneOfficer, Unit.A);
        using var scope = app.Services.CreateScope();
        var db = app.NewDbContext(scope);
        var opened = await CaseCommands.OpenAsync(db, scope.ServiceProvider.GetRequiredService<RuleBook>(), officer, person,
            Intakes.Sentence(type, start, app.Today, termMonths: 24), CancellationToken.None);
        if (!opened.Succeeded) throw new InvalidOperationException(string.Join(" ", opened.Errors.SelectMany(e => e.Value)));
        var c = await db.Cases.FirstAsync(x => x.Id == opened.Value!.Id);
        c.TermMonths = 24;
        c.ExpectedEndOn = start.AddMonths(24);
        terms?.Invoke(c);
        if (c.MoveTo(CaseStatus.Active, start) is { } refusal) throw new InvalidOperationException(refusal);
        await db.SaveChangesAsync();
        return (person, c.Id);
    }

    /// <summary>A second supervisor account in the commune of unit A; returns its id and user name.</summary>
    public static async Task<(string Id, string UserName)> NewSupervisorAsync(HoaNhapApp app, string fullName)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var userName = "gs." + Guid.NewGuid().ToString("N")[..8];
        var outcome = await UserCommands.CreateAsync(app.NewDbContext(scope), users, new UserInput
        {
            UserName = userName, Password = HoaNhapApp.Password, FullName = fullName, Role = Roles.Supervisor, UnitCode = HoaNhapApp.Units[Unit.A].Commune,
        }, CancellationToken.None);
        if (!outcome.Succeeded) throw new InvalidOperationException(string.Join(" ", outcome.Errors.SelectMany(e => e.Value)));
        return ((await users.FindByNameAsync(userName))!.Id, userName);
    }

    public static async Task<HttpClient> ApiAsync(HoaNhapApp app, string userName)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", await HoaNhapApp.TokenAsync(client, userName, HoaNhapApp.Password));
        return client;
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
