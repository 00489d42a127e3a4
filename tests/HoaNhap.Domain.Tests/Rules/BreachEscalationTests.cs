using System.Globalization;
using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests.Rules;

/// <summary>
/// Worked cases for handling breaches: BLHS 2015 Điều 65 khoản 5 (suspended sentence, confirmed),
/// Điều 66 khoản 4 (conditional early release, recalled), LTHAHS 2019 Điều 89 (a shortening does not
/// reset the count), legal-rules §5.7–5.8.
/// </summary>
public class BreachEscalationTests
{
    static DateOnly D(string ddMMyyyy) => DateOnly.ParseExact(ddMMyyyy, "dd/MM/yyyy", CultureInfo.InvariantCulture);
    static BreachFact Intentional(string on, bool sanction = false) => new(BreachKind.ObligationBreach, D(on), true, sanction);
    static BreachFact Unintentional(string on, bool sanction = false) => new(BreachKind.ObligationBreach, D(on), false, sanction);

    static EscalationAdvice Advise(SentenceType type, string start, string asOf, params BreachFact[] breaches) =>
        BreachEscalation.Advise(new EscalationInput(type, D(start), D(asOf), breaches), RuleParameters.Defaults);

    static RuleParameters With(string key, string value, string from = "01/01/2018") =>
        new(RuleParameterDefaults.All.Append(new RuleParameter(key, "test", value, RuleUnits.Times, "test", SourceStatus.ToVerify, D(from))));

    [Fact]
    public void Dieu_65_khoan_5_one_intentional_breach_gives_a_reprimand_not_a_revocation()
    {
        var a = Advise(SentenceType.SuspendedSentence, "15/01/2026", "20/03/2026", Intentional("10/03/2026"));
        Assert.Equal(EscalationStep.Reprimand, a.Step);
        Assert.Equal(1, a.IntentionalCount);
        Assert.Equal(2, a.Threshold);
        Assert.Null(a.Proposal);
        Assert.Contains("chưa đạt mức 2 lần", a.Because);
    }

    [Fact]
    public void Dieu_65_khoan_5_two_intentional_breaches_propose_serving_the_prison_term()
    {
        var a = Advise(SentenceType.SuspendedSentence, "15/01/2026", "20/05/2026", Intentional("10/03/2026"), Intentional("29/04/2026"));
        Assert.Equal(EscalationStep.ProposeSuspensionRevocation, a.Step);
        Assert.Equal(ProposalKind.SuspensionRevocation, a.Proposal);
        Assert.Equal(2, a.IntentionalCount);
        Assert.Equal("BLHS 2015 Điều 65 khoản 5", a.LegalBasis);
        Assert.Contains("cố ý vi phạm nghĩa vụ 2 lần", a.Because);
    }

    [Fact]
    public void Dieu_65_khoan_5_unintentional_breaches_are_not_counted()
    {
        var a = Advise(SentenceType.SuspendedSentence, "15/01/2026", "20/05/2026",
            Intentional("10/03/2026"), Unintentional("01/04/2026"), Unintentional("29/04/2026"));
        Assert.Equal(EscalationStep.Reminder, a.Step);
        Assert.Equal(1, a.IntentionalCount);
        Assert.Contains("không phải do cố ý", a.Because);
    }

    [Fact]
    public void Dieu_65_khoan_5_a_law_violation_counts_as_a_breach_of_obligations()
    {
        var a = Advise(SentenceType.SuspendedSentence, "15/01/2026", "20/05/2026",
            Intentional("10/03/2026"), new BreachFact(BreachKind.LawViolation, D("29/04/2026"), true, true));
        Assert.Equal(EscalationStep.ProposeSuspensionRevocation, a.Step);
    }

    [Fact]
    public void Breaches_before_the_probation_or_after_the_day_examined_are_not_counted()
    {
        var a = Advise(SentenceType.SuspendedSentence, "15/01/2026", "20/05/2026",
            Intentional("14/01/2026"), Intentional("10/03/2026"), Intentional("21/05/2026"));
        Assert.Equal(EscalationStep.Reprimand, a.Step);
        Assert.Equal(1, a.IntentionalCount);
    }

    [Fact]
    public void Dieu_89_a_shortening_then_a_revocation_still_counts_the_breaches_of_the_whole_probation()
    {
        // Probation from 29/02/2024 (leap day), shortened by 6 months on 01/06/2025; one breach before, one after.
        var input = new EscalationInput(SentenceType.SuspendedSentence, D("29/02/2024"), D("15/09/2025"),
            [Intentional("28/02/2025"), Intentional("10/09/2025")], [new PriorShortening(D("01/06/2025"), 6)]);
        var a = BreachEscalation.Advise(input, RuleParameters.Defaults);
        Assert.Equal(EscalationStep.ProposeSuspensionRevocation, a.Step);
        Assert.Equal(2, a.IntentionalCount);
        Assert.Contains("kể cả trước khi được rút ngắn", a.Because);
        Assert.Contains("không được trừ", a.Because);
    }

    [Fact]
    public void The_threshold_is_a_parameter()
    {
        var p = With(RuleKeys.RevocationThreshold, "3");
        var a = BreachEscalation.Advise(new EscalationInput(SentenceType.SuspendedSentence, D("15/01/2026"), D("20/05/2026"),
            [Intentional("10/03/2026"), Intentional("29/04/2026")]), p);
        Assert.Equal(EscalationStep.Reprimand, a.Step);
        Assert.Equal(3, a.Threshold);
    }

    [Fact]
    public void Dieu_66_khoan_4_two_administrative_sanctions_propose_revoking_a_conditional_early_release()
    {
        var a = Advise(SentenceType.ConditionalEarlyRelease, "31/01/2026", "31/05/2026",
            Unintentional("28/02/2026", sanction: true), Unintentional("30/04/2026", sanction: true));
        Assert.Equal(EscalationStep.ProposeEarlyReleaseRevocation, a.Step);
        Assert.Equal(ProposalKind.EarlyReleaseRevocation, a.Proposal);
        Assert.Equal(0, a.IntentionalCount);
        Assert.Equal(2, a.SanctionCount);
        Assert.Contains("xử phạt vi phạm hành chính 2 lần", a.Because);
        Assert.Equal("BLHS 2015 Điều 66 khoản 4", a.LegalBasis);
    }

    [Fact]
    public void Dieu_66_khoan_4_two_intentional_breaches_propose_revoking_a_conditional_early_release()
    {
        var a = Advise(SentenceType.ConditionalEarlyRelease, "31/01/2026", "31/05/2026", Intentional("28/02/2026"), Intentional("30/04/2026"));
        Assert.Equal(EscalationStep.ProposeEarlyReleaseRevocation, a.Step);
        Assert.Contains("cố ý vi phạm nghĩa vụ 2 lần", a.Because);
    }

    [Fact]
    public void Dieu_66_khoan_4_one_intentional_breach_and_one_sanction_are_below_both_thresholds()
    {
        var a = Advise(SentenceType.ConditionalEarlyRelease, "31/01/2026", "31/05/2026", Unintentional("28/02/2026", sanction: true), Intentional("30/04/2026"));
        Assert.Equal(EscalationStep.Reprimand, a.Step);
        Assert.Equal(2, a.SanctionThreshold);
    }

    [Fact]
    public void Non_custodial_reform_has_no_revocation_an_intentional_breach_is_reprimanded_and_reported()
    {
        var a = Advise(SentenceType.NonCustodialReform, "15/01/2026", "20/05/2026",
            Intentional("10/03/2026"), Intentional("01/04/2026"), Intentional("29/04/2026"));
        Assert.Equal(EscalationStep.Reprimand, a.Step);
        Assert.Null(a.Proposal);
        Assert.Equal(3, a.IntentionalCount);
        Assert.Contains("không có chế định buộc chấp hành án phạt tù", a.Because);
        Assert.Contains("báo cáo", a.Because);
    }

    [Fact]
    public void Non_custodial_reform_an_unintentional_breach_gets_a_reminder()
    {
        var a = Advise(SentenceType.NonCustodialReform, "15/01/2026", "20/05/2026", Unintentional("10/03/2026"));
        Assert.Equal(EscalationStep.Reminder, a.Step);
    }

    [Fact]
    public void Absconding_proposes_a_wanted_notice_whatever_the_count()
    {
        var a = Advise(SentenceType.NonCustodialReform, "15/01/2026", "20/05/2026",
            new BreachFact(BreachKind.Absconding, D("10/05/2026"), true, false));
        Assert.Equal(EscalationStep.ProposeWantedNotice, a.Step);
        Assert.Equal(ProposalKind.WantedNotice, a.Proposal);
        Assert.Contains("truy nã", a.Because);
    }

    [Fact]
    public void A_new_offence_is_reported_to_the_court()
    {
        var a = Advise(SentenceType.SuspendedSentence, "15/01/2026", "20/05/2026",
            new BreachFact(BreachKind.NewOffence, D("10/05/2026"), true, false));
        Assert.Equal(EscalationStep.ReportNewOffence, a.Step);
        Assert.Equal(ProposalKind.NewOffenceReport, a.Proposal);
        Assert.Contains("Điều 56", a.LegalBasis);
    }

    [Fact]
    public void No_breach_no_step()
    {
        var a = Advise(SentenceType.SuspendedSentence, "15/01/2026", "20/05/2026");
        Assert.Equal(EscalationStep.None, a.Step);
    }

    [Fact]
    public void The_proposal_is_due_the_parameters_working_days_later()
    {
        // Friday 20/11/2026 → Monday 23, Tuesday 24, Wednesday 25/11/2026.
        Assert.Equal(D("25/11/2026"), BreachEscalation.SendProposalBy(D("20/11/2026"), RuleParameters.Defaults, new HashSet<DateOnly>()));
        // Across a holiday (the administrator's table): 24/11 off → 26/11.
        Assert.Equal(D("26/11/2026"), BreachEscalation.SendProposalBy(D("20/11/2026"), RuleParameters.Defaults, new HashSet<DateOnly> { D("24/11/2026") }));
        var p = With(BreachEscalation.SendProposalKey, "5", "01/06/2026");
        Assert.Equal(D("27/11/2026"), BreachEscalation.SendProposalBy(D("20/11/2026"), p, new HashSet<DateOnly>()));
    }
}
