using HoaNhap.Domain.Absences;
using HoaNhap.Domain.Judgments;

namespace HoaNhap.Domain.Tests.Rules;

/// <summary>The register of people sentenced to prison still at large, and the unauthorised absence: guarded moves that say why they refuse.</summary>
public class AtLargeRecordTests
{
    static DateOnly D(int y, int m, int d) => new(y, m, d);

    static Judgment Prison(MainPenalty penalty = MainPenalty.Imprisonment) => new()
    {
        PersonId = Guid.NewGuid(), ProvinceCode = "25", CommuneCode = "04792", Number = "5/2026/HS-ST", JudgmentDate = D(2026, 6, 1),
        EffectiveOn = D(2026, 7, 1), MainPenalty = penalty, TermMonths = 24,
    };

    [Fact]
    public void Only_a_prison_judgment_is_recorded_and_not_as_already_serving()
    {
        Assert.Contains("phạt tù", AtLargeRecord.Open(Prison(MainPenalty.SuspendedSentence), AtLargeStatus.NotYetServing, D(2026, 7, 1), "").Refusal);
        Assert.NotNull(AtLargeRecord.Open(Prison(), AtLargeStatus.Serving, D(2026, 7, 1), "").Refusal);
        Assert.Contains("01/06/2026", AtLargeRecord.Open(Prison(), AtLargeStatus.Deferred, D(2026, 5, 1), "").Refusal);
        var (record, refusal) = AtLargeRecord.Open(Prison(MainPenalty.LifeImprisonment), AtLargeStatus.Deferred, D(2026, 7, 1), "Hoãn vì con dưới 36 tháng");
        Assert.Null(refusal);
        Assert.Equal(("25", "04792", AtLargeStatus.Deferred), (record!.ProvinceCode, record.CommuneCode, record.Status));
    }

    [Fact]
    public void The_status_moves_forward_in_time_and_ends_when_the_person_is_serving()
    {
        var record = AtLargeRecord.Open(Prison(), AtLargeStatus.NotYetServing, D(2026, 7, 1), "").Record!;
        Assert.Contains("đã là", record.Change(AtLargeStatus.NotYetServing, D(2026, 8, 1), ""));
        Assert.Contains("01/07/2026", record.Change(AtLargeStatus.Absconded, D(2026, 6, 30), ""));
        Assert.Null(record.Change(AtLargeStatus.Absconded, D(2026, 8, 1), "Không có mặt theo quyết định"));
        Assert.Equal((AtLargeStatus.Absconded, D(2026, 8, 1)), (record.Status, record.Since));
        Assert.Null(record.Change(AtLargeStatus.Serving, D(2026, 9, 1), "Bị bắt theo quyết định truy nã"));
        Assert.Contains("kết thúc", record.Change(AtLargeStatus.NotYetServing, D(2026, 10, 1), ""));
    }

    [Fact]
    public void An_unauthorised_absence_ends_once_not_before_it_was_found()
    {
        var a = new UnauthorisedAbsence { NoticedOn = D(2026, 11, 10) };
        Assert.Contains("10/11/2026", a.RecordBack(D(2026, 11, 9)));
        Assert.Null(a.RecordBack(D(2026, 11, 12)));
        Assert.Contains("12/11/2026", a.RecordBack(D(2026, 11, 13)));
    }
}
