using HoaNhap.Domain.Access;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HoaNhap.Browser.Tests;

/// <summary>Two officers at two browsers edit the same person at the same time.</summary>
[Collection(BrowserCollection.Name)]
public sealed class Two_officers_editing_the_same_person(BrowserApp app)
{
    [SkippableFact]
    public async Task The_second_save_shows_the_first_officers_change_instead_of_overwriting_it()
    {
        app.EnsureBrowser();
        var id = await app.CreatePersonAsync(Unit.A, TestData.Unique("Hoàng Văn Sửa"));
        var firstUser = HoaNhapApp.UserName(Roles.CommuneOfficer, Unit.A);
        var (firstContext, first) = await app.SignedInAsync(Roles.CommuneOfficer, Unit.A);
        await using var _ = firstContext;
        var (secondContext, second) = await app.SignedInAsync(Roles.ProvinceOfficer, Unit.A);
        await using var __ = secondContext;
        var phone = first.GetByLabel("Số điện thoại (nếu có)");
        var secondPhone = second.GetByLabel("Số điện thoại (nếu có)");

        // Both open the edit form of the same version.
        await first.GotoAsync($"/People/Edit/{id}");
        await second.GotoAsync($"/People/Edit/{id}");
        await Expect(phone).ToHaveValueAsync("0912345678");
        await Expect(secondPhone).ToHaveValueAsync("0912345678");

        // The first saves.
        await phone.FillAsync("0911111111");
        await BrowserApp.ScreenshotAsync(first, "conflict-01-first-officer-edits");
        await first.GetByTestId("save").ClickAsync();
        await first.WaitForURLAsync($"**/People/Details/{id}");
        await Expect(first.GetByTestId("flash")).ToHaveTextAsync("Đã lưu thay đổi.");
        await Expect(first.GetByTestId("person-summary")).ToContainTextAsync("0911111111");
        await BrowserApp.ScreenshotAsync(first, "conflict-02-first-officer-saved");

        // The second, still on the old version, saves too: they are shown the first officer's change.
        await secondPhone.FillAsync("0922222222");
        await second.GetByTestId("save").ClickAsync();
        var conflict = second.GetByTestId("conflict");
        await Expect(conflict).ToBeVisibleAsync();
        await Expect(second).ToHaveURLAsync($"{app.BaseUrl}/People/Edit/{id}");
        await Expect(conflict).ToContainTextAsync($"Hồ sơ này vừa được {firstUser} sửa lúc");
        await Expect(conflict).ToContainTextAsync("Thay đổi của bạn chưa được lưu.");
        var phoneRow = conflict.Locator("tbody tr").Filter(new() { HasText = "Số điện thoại" });
        await Expect(phoneRow).ToHaveCountAsync(1);
        await Expect(phoneRow.Locator("td").Nth(1)).ToHaveTextAsync("0911111111");   // theirs
        await Expect(phoneRow.Locator("td").Nth(2)).ToHaveTextAsync("0922222222");   // yours
        await Expect(conflict.Locator("tbody tr")).ToHaveCountAsync(1);              // nothing else differs
        await Expect(secondPhone).ToHaveValueAsync("0922222222");                    // their input is kept
        await BrowserApp.ScreenshotAsync(second, "conflict-03-second-officer-sees-the-conflict");
        await Axe.AssertNoSeriousViolationsAsync(second, "edit-form-with-conflict");

        // Nothing was overwritten.
        Assert.Equal("0911111111", await PhoneInDatabaseAsync(id));
        await first.ReloadAsync();
        await Expect(first.GetByTestId("person-summary")).ToContainTextAsync("0911111111");

        // Saving again, having seen the other change, is a deliberate choice and replaces it.
        await second.GetByTestId("save").ClickAsync();
        await second.WaitForURLAsync($"**/People/Details/{id}");
        await Expect(second.GetByTestId("person-summary")).ToContainTextAsync("0922222222");
        Assert.Equal("0922222222", await PhoneInDatabaseAsync(id));
        await BrowserApp.ScreenshotAsync(second, "conflict-04-second-officer-saved-after-review");
    }

    async Task<string?> PhoneInDatabaseAsync(Guid id)
    {
        using var scope = app.Services.CreateScope();
        return await app.NewDbContext(scope).People.AsNoTracking().Where(p => p.Id == id).Select(p => p.Phone).SingleAsync();
    }
}
