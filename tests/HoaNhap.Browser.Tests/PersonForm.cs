using System.Text.RegularExpressions;
using HoaNhap.Domain.People;
using Microsoft.Playwright;

namespace HoaNhap.Browser.Tests;

/// <summary>What a person types into the "Thêm người" / "Sửa thông tin" form.</summary>
public sealed record PersonFormInput(
    string FullName, string DateOfBirth, Gender Gender, string PersonalIdNumber, string CommuneCode, string Address, string? Phone = null);

public static partial class PersonForm
{
    /// <summary>Fills the form fields (the page must show the person form).</summary>
    public static async Task FillAsync(IPage page, PersonFormInput input)
    {
        await page.GetByTestId("full-name").FillAsync(input.FullName);
        await page.GetByTestId("date-of-birth").FillAsync(input.DateOfBirth);
        await page.GetByTestId(input.Gender == Gender.Female ? "gender-female" : "gender-male").CheckAsync();
        await page.GetByTestId("personal-id").FillAsync(input.PersonalIdNumber);
        await page.GetByTestId("commune").SelectOptionAsync(input.CommuneCode);
        await page.GetByTestId("address").FillAsync(input.Address);
        if (input.Phone is not null) await page.GetByLabel("Số điện thoại (nếu có)").FillAsync(input.Phone);
    }

    /// <summary>Saves and waits for the person's page; returns the person's id from its address.</summary>
    public static async Task<Guid> SaveAndOpenPersonAsync(IPage page)
    {
        await page.GetByTestId("save").ClickAsync();
        await page.WaitForURLAsync(DetailsUrl());
        return Guid.Parse(DetailsUrl().Match(page.Url).Groups[1].Value);
    }

    /// <summary>Creates a person through "Thêm người" and lands on their page.</summary>
    public static async Task<Guid> CreateAsync(IPage page, PersonFormInput input)
    {
        await page.GotoAsync("/People/Create");
        await FillAsync(page, input);
        return await SaveAndOpenPersonAsync(page);
    }

    /// <summary>Letters only (names may not contain digits), so that each run's names are its own.</summary>
    public static string Tag(int length = 6) =>
        new(Enumerable.Range(0, length).Select(_ => (char)('a' + Random.Shared.Next(26))).ToArray());

    [GeneratedRegex(@"/People/Details/([0-9a-f\-]{36})$")]
    public static partial Regex DetailsUrl();
}
