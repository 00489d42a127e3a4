namespace HoaNhap.Domain.Rules;

/// <summary>The prison term a revoked suspended sentence leaves to serve, and why.</summary>
public sealed record RevocationTerm(int PrisonMonths, string Explanation);

/// <summary>
/// When a suspended sentence is revoked (BLHS 2015 Điều 65 khoản 5, confirmed), the person serves
/// the prison term that was suspended. Probation cut earlier by the court is not credited against
/// that term (LTHAHS 2019 Điều 89, confirmed, legal-rules.md §5.7): a shortening followed by a
/// revocation leaves the whole prison term to serve.
/// </summary>
public static class SuspensionRevocation
{
    public static RevocationTerm PrisonToServe(int suspendedPrisonMonths, int probationShortenedMonths)
    {
        if (suspendedPrisonMonths < 1) throw new ArgumentOutOfRangeException(nameof(suspendedPrisonMonths));
        var explanation = $"Nếu bị buộc chấp hành, người này phải chấp hành {suspendedPrisonMonths} tháng tù của bản án đã cho hưởng án treo "
            + "(Bộ luật Hình sự 2015, Điều 65 khoản 5)";
        explanation += probationShortenedMonths > 0
            ? $"; {probationShortenedMonths} tháng thời gian thử thách đã được rút ngắn không được trừ vào thời hạn chấp hành hình phạt tù "
              + "(Luật Thi hành án hình sự 2019, Điều 89)."
            : ".";
        return new RevocationTerm(suspendedPrisonMonths, explanation);
    }
}
