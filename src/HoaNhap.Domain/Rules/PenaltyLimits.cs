using System.Globalization;
using HoaNhap.Domain.Judgments;

namespace HoaNhap.Domain.Rules;

/// <summary>
/// The limits the Penal Code (BLHS 2015) sets on the term, the probation and the fine of a main
/// penalty, so that a judgment is not recorded with a sentence the law does not allow.
/// </summary>
public static class PenaltyLimits
{
    public const string TermField = "TermMonths";
    public const string ProbationField = "ProbationMonths";
    public const string FineField = "FineAmount";

    // BLHS 2015 Điều 65 khoản 1: án treo chỉ khi phạt tù không quá 03 năm; thử thách từ 01 năm đến 05 năm.
    public const int SuspendedTermMaxMonths = 36;
    public const int ProbationMinMonths = 12;
    public const int ProbationMaxMonths = 60;

    // BLHS 2015 Điều 36 khoản 1: cải tạo không giam giữ từ 06 tháng đến 03 năm.
    public const int NonCustodialMinMonths = 6;
    public const int NonCustodialMaxMonths = 36;

    // BLHS 2015 Điều 38 khoản 1: tù có thời hạn từ 03 tháng đến 20 năm.
    public const int ImprisonmentMinMonths = 3;
    public const int ImprisonmentMaxMonths = 240;

    // BLHS 2015 Điều 35 khoản 2: mức phạt tiền không thấp hơn 1.000.000 đồng.
    public const long FineMinAmount = 1_000_000;

    /// <summary>
    /// Each problem as (field name, Vietnamese message); nothing when the values are lawful for
    /// <paramref name="penalty"/>.
    /// </summary>
    public static IEnumerable<(string Field, string Message)> Check(
        MainPenalty penalty, int? termMonths, int? probationMonths, long? fineAmount)
    {
        var problems = new List<(string Field, string Message)>();
        var name = JudgmentText.Penalty(penalty).ToLowerInvariant();

        switch (penalty)
        {
            case MainPenalty.SuspendedSentence:
                if (termMonths is not { } suspendedTerm)
                    problems.Add((TermField, "Cần nhập Thời hạn (tháng) của hình phạt tù được cho hưởng án treo."));
                else if (suspendedTerm is < 1 or > SuspendedTermMaxMonths)
                    problems.Add((TermField, "Thời hạn (tháng) của hình phạt tù được cho hưởng án treo phải từ 1 đến 36 tháng: "
                        + "chỉ cho hưởng án treo khi xử phạt tù không quá 03 năm (Bộ luật Hình sự 2015, Điều 65 khoản 1)."));

                if (probationMonths is not { } probation)
                    problems.Add((ProbationField, "Cần nhập Thời gian thử thách (tháng) của án treo."));
                else if (probation is < ProbationMinMonths or > ProbationMaxMonths)
                    problems.Add((ProbationField, "Thời gian thử thách (tháng) của án treo phải từ 12 đến 60 tháng, "
                        + "tức từ 01 năm đến 05 năm (Bộ luật Hình sự 2015, Điều 65 khoản 1)."));
                break;

            case MainPenalty.NonCustodialReform:
                if (termMonths is not { } reformTerm)
                    problems.Add((TermField, "Cần nhập Thời hạn (tháng) của hình phạt cải tạo không giam giữ."));
                else if (reformTerm is < NonCustodialMinMonths or > NonCustodialMaxMonths)
                    problems.Add((TermField, "Thời hạn (tháng) của hình phạt cải tạo không giam giữ phải từ 6 đến 36 tháng, "
                        + "tức từ 06 tháng đến 03 năm (Bộ luật Hình sự 2015, Điều 36 khoản 1)."));
                break;

            case MainPenalty.Imprisonment:
                if (termMonths is not { } prisonTerm)
                    problems.Add((TermField, "Cần nhập Thời hạn (tháng) của hình phạt tù có thời hạn."));
                else if (prisonTerm is < ImprisonmentMinMonths or > ImprisonmentMaxMonths)
                    problems.Add((TermField, "Thời hạn (tháng) của hình phạt tù có thời hạn phải từ 3 đến 240 tháng, "
                        + "tức từ 03 tháng đến 20 năm (Bộ luật Hình sự 2015, Điều 38 khoản 1)."));
                break;

            case MainPenalty.Fine:
                if (fineAmount is not { } fine)
                    problems.Add((FineField, "Cần nhập Số tiền phạt (đồng)."));
                else if (fine < FineMinAmount)
                    problems.Add((FineField, $"Số tiền phạt không được thấp hơn {Dong(FineMinAmount)} đồng "
                        + "(Bộ luật Hình sự 2015, Điều 35 khoản 2)."));
                // A fine has no term; a term entered here is a data-entry mistake.
                if (termMonths is not null)
                    problems.Add((TermField, $"Hình phạt {name} không có thời hạn; vui lòng để trống Thời hạn (tháng)."));
                break;

            case MainPenalty.Warning:
            case MainPenalty.LifeImprisonment:
            case MainPenalty.DeathCommuted:
                if (termMonths is not null)
                    problems.Add((TermField, $"Hình phạt {name} không có thời hạn; vui lòng để trống Thời hạn (tháng)."));
                break;
        }

        // BLHS 2015 Điều 65: thời gian thử thách chỉ đặt ra đối với người được hưởng án treo.
        if (penalty != MainPenalty.SuspendedSentence && probationMonths is not null)
            problems.Add((ProbationField, "Thời gian thử thách (tháng) chỉ áp dụng cho hình phạt tù được cho hưởng án treo; "
                + "vui lòng để trống trường này."));

        return problems;
    }

    /// <summary>Vietnamese grouping: 1.000.000.</summary>
    private static string Dong(long amount) =>
        amount.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');
}
