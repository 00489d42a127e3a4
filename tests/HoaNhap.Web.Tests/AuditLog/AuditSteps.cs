using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Data.Identity;
using HoaNhap.Domain.Access;
using HoaNhap.Web.Features.Users;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.AuditLog;

/// <summary>Officers in provinces of their own, so that each test has an audit chain to itself.</summary>
public static class AuditSteps
{
    /// <summary>A commune officer of the first commune of <paramref name="province"/> (created once) and that commune's code.</summary>
    public static async Task<(HttpClient Api, string Commune)> CommuneOfficerInAsync(HoaNhapApp app, string province)
    {
        using var scope = app.Services.CreateScope();
        var db = app.NewDbContext(scope);
        var commune = await db.Communes.AsNoTracking().Where(c => c.ProvinceCode == province).OrderBy(c => c.Code).Select(c => c.Code).FirstAsync();
        var userName = $"audit.{province}";
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is null)
        {
            var outcome = await UserCommands.CreateAsync(db, users, new UserInput
            {
                UserName = userName, Password = HoaNhapApp.Password, FullName = "Người Thử Nhật Ký", Role = Roles.CommuneOfficer, UnitCode = commune,
            }, CancellationToken.None);
            if (!outcome.Succeeded) throw new InvalidOperationException(string.Join(" ", outcome.Errors.SelectMany(e => e.Value)));
        }
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", await HoaNhapApp.TokenAsync(client, userName, HoaNhapApp.Password));
        return (client, commune);
    }

    /// <summary>Registers a person in the commune and opens their file: two entries in the province's chain.</summary>
    public static async Task<Guid> CreateAndViewAsync(HttpClient api, string commune, string name)
    {
        var response = await api.PostAsJsonAsync("/api/v1/people", TestData.PersonJson(TestData.Unique(name), commune));
        response.EnsureSuccessStatusCode();
        var id = Guid.Parse((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        (await api.GetAsync($"/api/v1/people/{id}")).EnsureSuccessStatusCode();
        return id;
    }
}
