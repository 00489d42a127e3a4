using Bogus;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Domain.Text;
using Xunit.Abstractions;

namespace HoaNhap.Domain.Tests.Reconciliation;

/// <summary>
/// Precision and recall of the matcher on a generated list with known truth: a registry of 4,000
/// people, a list of 2,000 rows from it written the way clerks write (no diacritics, capitals,
/// stray spaces, swapped name order, one typo, year of birth only, a reformatted judgment number
/// or court, mostly no personal ID), plus 400 rows that are not in the registry — among them
/// namesakes and co-defendants of registered judgments. Fixed seed: the figures never change.
/// </summary>
public sealed class MatcherQualityTests(ITestOutputHelper output)
{
    public sealed record Truth(ListRow Row, Guid? JudgmentId);

    public sealed record Dataset(List<RegistryPerson> People, List<RegistryJudgment> Judgments, List<Truth> List);

    static readonly string[] Families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Hà", "Lò", "Quách"];
    static readonly string[] Middles = ["Văn", "Thị", "Đức", "Minh", "Quang", "Hữu", "Công", "Ngọc", "Thanh", "Xuân"];
    static readonly string[] Givens = ["An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hải", "Hùng", "Khánh", "Lâm", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Việt", "Yến", "Hương", "Lan"];
    static readonly string[] Courts = ["Tòa án nhân dân khu vực 1 - Phú Thọ", "Tòa án nhân dân khu vực 2 - Phú Thọ", "Tòa án nhân dân tỉnh Phú Thọ"];

    public static Dataset Generate(int people, int listed, int strangers, int seed)
    {
        var r = new Randomizer(seed);
        var communes = MatcherTests.Communes.Where(c => c.ProvinceCode == "25").ToArray();
        string Name() => $"{r.ArrayElement(Families)} {r.ArrayElement(Middles)} {r.ArrayElement(Givens)}" + (r.Bool(0.4f) ? " " + r.ArrayElement(Givens) : "");
        var registry = new List<RegistryPerson>();
        var judgments = new List<RegistryJudgment>();
        for (var i = 0; i < people; i++)
        {
            var year = r.Number(1960, 2005);
            DateOnly? dob = r.Bool(0.85f) ? new DateOnly(year, r.Number(1, 12), r.Number(1, 28)) : null;
            var commune = r.ArrayElement(communes).Code;
            var p = new RegistryPerson(Guid.NewGuid(), Name(), dob, year, r.Bool(0.7f) ? $"025{year % 100:00}{i:0000000}" : null, commune);
            registry.Add(p);
            var judged = new DateOnly(2026, r.Number(1, 10), r.Number(1, 28));
            judgments.Add(new RegistryJudgment(Guid.NewGuid(), p.PersonId, $"{r.Number(1, 400)}/{judged.Year}/HS-ST", r.ArrayElement(Courts), judged,
                judged.AddDays(r.Number(15, 40)), r.Number(6, 60), MainPenalty.SuspendedSentence, commune));
        }
        var list = new List<Truth>();
        var chosen = r.Shuffle(judgments).Take(listed).ToList();
        var byPerson = registry.ToDictionary(p => p.PersonId);
        foreach (var j in chosen)
        {
            var p = byPerson[j.PersonId];
            list.Add(new Truth(Noisy(r, list.Count + 1, j, p, j.Number, j.Court, p.FullName, p.DateOfBirth, p.BirthYear, p.CommuneCode), j.JudgmentId));
        }
        for (var i = 0; i < strangers; i++)
        {
            var year = r.Number(1960, 2005);
            var kind = i % 4;
            var template = r.ArrayElement(judgments.ToArray());
            var twin = byPerson[template.PersonId];
            // 0: a co-defendant of a registered judgment; 1: a namesake born another year; 2, 3: someone new.
            var name = kind == 1 ? twin.FullName : Name();
            var number = kind == 0 ? template.Number : $"{r.Number(401, 900)}/2026/HS-ST";
            var court = kind == 0 ? template.Court : r.ArrayElement(Courts);
            var birthYear = kind == 1 ? (twin.BirthYear + r.Number(2, 9)) : year;
            var fake = new RegistryJudgment(Guid.Empty, Guid.Empty, number, court, new DateOnly(2026, 10, r.Number(1, 28)), new DateOnly(2026, 11, r.Number(1, 20)), 12,
                MainPenalty.SuspendedSentence, r.ArrayElement(communes).Code);
            list.Add(new Truth(Noisy(r, list.Count + 1, fake, null, number, court, name, null, birthYear, fake.CommuneCode), null));
        }
        return new Dataset(registry, judgments, list);
    }

    static ListRow Noisy(Randomizer r, int n, RegistryJudgment j, RegistryPerson? p, string number, string court, string name,
        DateOnly? dob, int year, string commune)
    {
        if (r.Bool(0.3f)) name = VietnameseText.Fold(name);
        if (r.Bool(0.2f)) name = name.ToUpperInvariant();
        if (r.Bool(0.15f)) name = name.Replace(" ", "  ");
        if (r.Bool(0.15f)) { var t = name.Split(' ', StringSplitOptions.RemoveEmptyEntries); name = string.Join(' ', t[^1..].Concat(t[..^1])); }
        if (r.Bool(0.15f)) name = Typo(r, name);
        if (r.Bool(0.3f)) number = number.ToLowerInvariant().Replace("/", " / ");
        if (r.Bool(0.05f)) number = Typo(r, number.Replace("/2026/", "/2026/"));
        if (r.Bool(0.3f)) court = court.Replace("Tòa án nhân dân", "TAND").Replace(" - ", ", ");
        var communeName = MatcherTests.Communes.First(c => c.Code == commune);
        var address = $"Tổ {r.Number(1, 20)}, {(r.Bool() ? communeName.FullName : communeName.Name)}, {(r.Bool() ? "Tỉnh Phú Thọ" : "Phú Thọ")}";
        if (r.Bool(0.3f)) address = VietnameseText.Fold(address);
        var birth = dob is { } d && r.Bool(0.85f) ? VietnameseDate.Format(d) : year.ToString();
        var id = p?.PersonalIdNumber is { } pid && r.Bool(0.3f) ? pid : null;
        var term = r.Bool(0.05f) ? j.TermMonths + 6 : j.TermMonths;
        return MatcherTests.Row(n, number, court, name, birth, id, address, term, VietnameseDate.Format(j.JudgmentDate), VietnameseDate.Format(j.EffectiveOn));
    }

    /// <summary>One substitution, deletion, insertion or transposition of letters, away from the first letter.</summary>
    static string Typo(Randomizer r, string s)
    {
        var letters = Enumerable.Range(1, s.Length - 2).Where(i => char.IsLetterOrDigit(s[i]) && char.IsLetterOrDigit(s[i + 1])).ToList();
        if (letters.Count == 0) return s;
        var i = r.ArrayElement(letters.ToArray());
        return r.Number(3) switch
        {
            0 => s[..i] + (s[i] == 'x' ? 'y' : 'x') + s[(i + 1)..],
            1 => s[..i] + s[(i + 1)..],
            2 => s[..i] + 'h' + s[i..],
            _ => s[..i] + s[i + 1] + s[i] + s[(i + 2)..],
        };
    }

    [Fact]
    public void Precision_and_recall_are_at_least_99_percent_on_a_noisy_list_with_known_truth()
    {
        var data = Generate(people: 4000, listed: 2000, strangers: 400, seed: 20261122);
        var report = new Matcher(data.People, data.Judgments).Run(data.List.Select(t => t.Row), 2026, 11);
        int truePositives = 0, predicted = 0, actual = data.List.Count(t => t.JudgmentId is not null);
        var wrong = new List<string>();
        foreach (var (truth, m) in data.List.Zip(report.Rows))
        {
            if (m.JudgmentId is { } got)
            {
                predicted++;
                if (got == truth.JudgmentId) truePositives++;
                else wrong.Add($"row {truth.Row.RowNumber} {truth.Row.FullName}: matched wrongly ({m.Reason})");
            }
            else if (truth.JudgmentId is not null) wrong.Add($"row {truth.Row.RowNumber} {truth.Row.FullName} {truth.Row.JudgmentNumber}: missed ({m.Reason})");
        }
        var precision = (double)truePositives / predicted;
        var recall = (double)truePositives / actual;
        output.WriteLine($"precision {precision:P2} ({truePositives}/{predicted}), recall {recall:P2} ({truePositives}/{actual})");
        foreach (var w in wrong.Take(30)) output.WriteLine(w);
        Assert.True(precision >= 0.99, $"precision {precision:P2}\n" + string.Join("\n", wrong.Take(20)));
        Assert.True(recall >= 0.99, $"recall {recall:P2}\n" + string.Join("\n", wrong.Take(20)));
    }
}
