using HoaNhap.Domain.Access;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HoaNhap.Browser.Tests;

/// <summary>
/// Every role walks its main pages — the home page, every link of its menu, and a person's file where it reads the
/// registry — on a phone (390 px) and a desktop (1280 px). On each page axe-core finds no critical or serious problem,
/// and the page weighs under 100 KB; a full-page screenshot of each is kept in artifacts/screenshots/roles/.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Main_pages_of_every_role_are_accessible_and_light(BrowserApp app)
{
    public const int MaxPageBytes = 100 * 1024;

    public static TheoryData<string, int> RolesAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var role in Roles.All)
            foreach (var width in new[] { 390, 1280 })
                data.Add(role, width);
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(RolesAndWidths))]
    public async Task Main_pages_pass_axe_and_stay_under_100_KB(string role, int width)
    {
        app.EnsureBrowser();
        var phone = width < 800;
        var viewport = new ViewportSize { Width = width, Height = phone ? 844 : 900 };
        var (context, page) = await app.SignedInAsync(role, Unit.A, viewport, mobile: phone);
        await using var _ = context;

        var pages = new List<string> { "/" };
        pages.AddRange(await page.Locator("nav.main-nav a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        var me = await app.CurrentUserAsync(role, Unit.A);
        if (me.ReadsRegistry) pages.Add($"/People/Details/{app.PersonA}");
        Assert.True(pages.Count >= 3, $"{role} has a menu");

        var problems = new List<string>();
        foreach (var path in pages.Distinct())
        {
            var response = await page.GotoAsync(path);
            Assert.NotNull(response);
            var name = $"{role}-{width}{path.Replace('/', '_').Replace('?', '_')}";
            if (!response!.Ok) { problems.Add($"{path}: HTTP {response.Status}"); continue; }
            var bytes = (await response.BodyAsync()).Length;
            if (bytes >= MaxPageBytes) problems.Add($"{path}: {bytes / 1024} KB (more than 100 KB)");
            await ScreenshotAsync(page, name);
            var axe = await Axe.SeriousViolationsAsync(page, "roles-" + name);
            if (axe.Length > 0) problems.Add(axe);
        }
        Assert.True(problems.Count == 0, $"{role} at {width} px:\n" + string.Join("\n", problems));
    }

    static async Task ScreenshotAsync(IPage page, string name)
    {
        var dir = Path.Combine(BrowserApp.Screenshots, "roles");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new() { Path = Path.Combine(dir, name + ".png"), FullPage = true });
    }
}
