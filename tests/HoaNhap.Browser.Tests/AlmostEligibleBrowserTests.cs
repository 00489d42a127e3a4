using System.Text.RegularExpressions;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Features.Cases;
using HoaNhap.Web.Features.Judgments;
using HoaNhap.Web.Features.Rules;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>A commune officer opens the "almost eligible" list, finds a person on it and opens their file.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AlmostEligibleBrowserTests(BrowserApp app)
{
    [SkippableFact]
    public async Task Officer_opens_the_30_day_list_sees_a_person_about_to_reach_half_of_the_probation_and_opens_their_file()
    {
        app.EnsureBrowser();
        var today = app.Today;
        var start = today.AddMonths(-12).AddDays(12);
        var halfOn = Periods.FractionReachedOn(start, Periods.EndAfterMonths(start, 24), new Fraction(1, 2));
        var tag = PersonForm.Tag();
        var name = $"Vũ Văn Sắp {char.ToUpperInvariant(tag[0])}{tag[1..]}";
        var id = await SuspendedSentenceAsync(name, start);
        using (var scope = app.Services.CreateScope())
        {
            var p = await scope.ServiceProvider.GetRequiredService<RuleBook>().ParametersAsync(CancellationToken.None);
            await ForecastCommands.ComputeAsync(app.NewDbContext(scope), p, today, CancellationToken.None);
        }

        var (context, page) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A);
        await using var _ = context;
        await page.GetByTestId("nav-almost-eligible").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Rules/AlmostEligible$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Sắp đủ điều kiện");
        await page.Locator("#Days").SelectOptionAsync("30");
        await page.GetByTestId("almost-eligible-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/Rules/AlmostEligible\?days=30"));
        await Expect(page.GetByTestId("computed-on")).ToContainTextAsync($"Danh sách được tính ngày {Display.Date(today)}");

        var row = page.GetByTestId("almost-eligible-row").Filter(new() { HasText = name });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Xét rút ngắn thời gian thử thách (án treo)");
        await Expect(row).ToContainTextAsync(Display.Date(halfOn));
        await Expect(row).ToContainTextAsync($"{halfOn.DayNumber - today.DayNumber} ngày");
        await Expect(row).ToContainTextAsync($"Đủ 1/2 thời gian thử thách ngày {Display.Date(halfOn)}");
        await BrowserApp.ScreenshotAsync(page, "almost-eligible-01-30-day-list");
        await Axe.AssertNoSeriousViolationsAsync(page, "almost-eligible");

        await row.GetByTestId("almost-eligible-person").ClickAsync();
        await page.WaitForURLAsync($"**/People/Details/{id}");
        await Expect(page.GetByTestId("person-name")).ToHaveTextAsync(name);
        await BrowserApp.ScreenshotAsync(page, "almost-eligible-02-person-page");
    }

    /// <summary>A person of commune A with a 24-month suspended sentence that started on <paramref name="start"/>, through the handlers.</summary>
    async Task<Guid> SuspendedSentenceAsync(string name, DateOnly start)
    {
        var officer = await app.CurrentUserAsync(Roles.CommuneOfficer, Unit.A);
        var id = await app.CreatePersonAsync(Unit.A, name);
        using var scope = app.Services.CreateScope();
        var db = app.NewDbContext(scope);
        var judgment = await JudgmentCommands.CreateAsync(db, officer, id, new JudgmentInput
        {
            Number = $"{Random.Shared.Next(1, 999_999)}/HS-ST", Court = "Tòa án nhân dân khu vực 1 - Phú Thọ",
            JudgmentDate = start.ToString("yyyy-MM-dd"), EffectiveOn = start.ToString("yyyy-MM-dd"),
            Offences = ["Điều 173"], MainPenalty = "SuspendedSentence", TermMonths = 12, ProbationMonths = 24,
        }, CancellationToken.None);
        Assert.True(judgment.Succeeded, string.Join(" ", judgment.Errors.SelectMany(e => e.Value)));
        var opened = await CaseCommands.OpenAsync(db, scope.ServiceProvider.GetRequiredService<RuleBook>(), officer, id,
            Intakes.Sentence(HoaNhap.Domain.Cases.SentenceType.SuspendedSentence, start, app.Today, judgment.Value!.Id), CancellationToken.None);
        Assert.True(opened.Succeeded, string.Join(" ", opened.Errors.SelectMany(e => e.Value)));
        return id;
    }
}
