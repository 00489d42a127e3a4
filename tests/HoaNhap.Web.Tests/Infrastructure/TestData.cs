using HoaNhap.Domain.Cases;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Rules;
using HoaNhap.Web.Features.People;

namespace HoaNhap.Web.Tests.Infrastructure;

public static class TestData
{
    static int _serial = Random.Shared.Next(100_000, 800_000);

    /// <summary>A valid, unique personal ID number for a man born in 1990 (birth registered in Hòa Bình, 017).</summary>
    public static string NewPersonalId(int birthYear = 1990, Gender gender = Gender.Male) =>
        PersonalIdNumberRule.Make("017", birthYear, gender, Interlocked.Increment(ref _serial));

    public static PersonInput Person(string fullName, string communeCode, string? address = null) => new()
    {
        FullName = fullName, DateOfBirth = "15/06/1990", Gender = "Male", PersonalIdNumber = NewPersonalId(),
        CommuneCode = communeCode, Address = address ?? "Tổ 3", Phone = "0912345678",
    };

    /// <summary>The same person as JSON for the API.</summary>
    public static object PersonJson(string fullName, string communeCode, string? personalId = null, string dateOfBirth = "1990-06-15") => new
    {
        fullName, otherNames = (string?)null, dateOfBirth, gender = "Male",
        personalIdNumber = personalId ?? NewPersonalId(), communeCode, address = "Tổ 5, khu Đồng Tiến", phone = "0987654321",
    };

    public static string Unique(string baseName) => $"{baseName} {Names[Interlocked.Increment(ref _nameIndex) % Names.Length]}{Suffix()}";

    static int _nameIndex;
    static readonly string[] Names = ["Hùng", "Dũng", "Lâm", "Sơn", "Tùng", "Nam", "Quang", "Hải", "Long", "Phúc"];

    /// <summary>Letters only (names may not contain digits): a base-26 tag from a counter.</summary>
    static string Suffix()
    {
        var n = Interlocked.Increment(ref _suffix);
        var chars = new List<char>();
        do { chars.Add((char)('a' + n % 26)); n /= 26; } while (n > 0);
        return " " + new string(chars.ToArray());
    }

    static int _suffix = Random.Shared.Next(1000, 100000);
}

/// <summary>Intakes as the form and the API take them.</summary>
public static class Intakes
{
    /// <summary>
    /// A community sentence: the sentence type as the kind, the enforcement decision (made five days before the start, or
    /// before today when the start is ahead, and received two days later), the start, and the term when there is no judgment.
    /// </summary>
    public static HoaNhap.Web.Features.Cases.CaseInput Sentence(SentenceType type, DateOnly start, DateOnly today, Guid? judgmentId = null,
        int? termMonths = null)
    {
        var decided = (start < today ? start : today).AddDays(-5);
        return new()
        {
            Kind = type.ToString(), JudgmentId = judgmentId, StartsOn = Iso(start), TermMonths = termMonths,
            DecisionNumber = "15/2025/QĐ-CA", DecisionDate = Iso(decided), DecisionReceivedOn = Iso(decided.AddDays(2)),
        };
    }

    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Test cases reach their state the way the law allows, through <see cref="Case.MoveTo"/>.</summary>
public static class CaseStates
{
    /// <summary>
    /// Moves a new case to <paramref name="status"/>: opened (Active) on its start day, then moved on
    /// <paramref name="on"/> (the start day when not given). Throws when the law does not allow the move.
    /// </summary>
    public static Case InState(this Case c, CaseStatus status, DateOnly? on = null)
    {
        if (status == CaseStatus.Intake) return c;
        Move(c, CaseStatus.Active, c.StartOn);
        if (status != CaseStatus.Active) Move(c, status, on ?? c.StartOn);
        return c;
    }

    static void Move(Case c, CaseStatus to, DateOnly on)
    {
        if (c.Status != to && c.MoveTo(to, on) is { } refusal) throw new InvalidOperationException(refusal);
    }
}
