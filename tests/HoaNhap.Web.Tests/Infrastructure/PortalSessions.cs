using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Tests.Infrastructure;

/// <summary>A person's way into the portal, as the commune police and the person do it: invitation, activation, sign-in.</summary>
public static class PortalSessions
{
    public const string Pin = "246813";

    public static Task<string> IdNumberAsync(HoaNhapApp app, Guid person) =>
        app.WithDbAsync(db => db.People.Where(p => p.Id == person).Select(p => p.PersonalIdNumber!).FirstAsync());

    /// <summary>The commune officer of <paramref name="unit"/> issues an invitation: the one-time code.</summary>
    public static async Task<string> InviteAsync(HoaNhapApp app, Unit unit, Guid person)
    {
        var officer = await app.ApiAsync(Roles.CommuneOfficer, unit);
        var response = await officer.PostAsync($"/api/v1/people/{person}/portal-invitation", null);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"Invitation: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }

    public static HttpClient Anonymous(HoaNhapApp app, bool cookies = false) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = app.ClientOptions.BaseAddress, AllowAutoRedirect = false, HandleCookies = cookies });

    /// <summary>Invited and activated with <see cref="Pin"/>; the personal ID number to sign in with.</summary>
    public static async Task<string> ActivateAsync(HoaNhapApp app, Unit unit, Guid person, string pin = Pin)
    {
        var code = await InviteAsync(app, unit, person);
        var idNumber = await IdNumberAsync(app, person);
        var response = await Anonymous(app).PostAsJsonAsync("/api/v1/me/activate", new { personalIdNumber = idNumber, code, pin });
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"Activation: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return idNumber;
    }

    public static async Task<HttpClient> ApiAsync(HoaNhapApp app, string idNumber, string pin = Pin)
    {
        var client = Anonymous(app);
        var response = await client.PostAsJsonAsync("/api/v1/me/token", new { personalIdNumber = idNumber, pin });
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"Portal token: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<HttpClient> PagesAsync(HoaNhapApp app, string idNumber, string pin = Pin)
    {
        var client = Anonymous(app, cookies: true);
        var response = await HoaNhapApp.PostFormAsync(client, "/Cong-dan/Dang-nhap", "/Cong-dan/Dang-nhap",
            new() { ["Input.PersonalIdNumber"] = idNumber, ["Input.Pin"] = pin });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Portal sign-in answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return client;
    }
}
