// Monthly reconciliation at provincial scale, in memory (no database): a generated list of 50,000
// rows, written the way clerks write (no diacritics, capitals, spacing, swapped name order, one
// typo, year of birth only, reformatted judgment numbers and court names, mostly no personal ID),
// against a registry of 150,000 people with one judgment each. The matcher (as the application runs
// it: index the registry once, then match every row) is timed against the exact-key baseline
// (judgment number and court as written) in the same run; precision and recall are printed for both.
//
//   bench/run.sh reconciliation [--rows 50000] [--people 150000]
using System.Diagnostics;
using System.Text;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Domain.Text;
using HoaNhap.Domain.Units;

static class ReconciliationBench
{
    static readonly string[] Families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Hà", "Lò", "Quách"];
    static readonly string[] Middles = ["Văn", "Thị", "Đức", "Minh", "Quang", "Hữu", "Công", "Ngọc", "Thanh", "Xuân"];
    static readonly string[] Givens = ["An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hải", "Hùng", "Khánh", "Lâm", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Việt", "Yến", "Hương", "Lan"];
    static readonly string[] Courts = ["Tòa án nhân dân khu vực 1 - Phú Thọ", "Tòa án nhân dân khu vực 2 - Phú Thọ", "Tòa án nhân dân khu vực 3 - Phú Thọ", "Tòa án nhân dân tỉnh Phú Thọ"];

    public static int Run(int rowsWanted, int peopleWanted)
    {
        var rnd = new Random(2026);
        var province = new Province { Code = "25", Name = "Phú Thọ", Kind = ProvinceKind.Province };
        var communes = Enumerable.Range(0, 148).Select(i => new Commune { Code = (4000 + i).ToString("00000"), Name = $"Xã Số {i} {Givens[i % Givens.Length]}", Kind = CommuneKind.Commune, ProvinceCode = "25" }).ToList();
        string Name() => $"{Families[rnd.Next(Families.Length)]} {Middles[rnd.Next(Middles.Length)]} {Givens[rnd.Next(Givens.Length)]}" + (rnd.Next(10) < 5 ? " " + Givens[rnd.Next(Givens.Length)] : "");

        var sw = Stopwatch.StartNew();
        var people = new List<RegistryPerson>(peopleWanted);
        var judgments = new List<RegistryJudgment>(peopleWanted);
        for (var i = 0; i < peopleWanted; i++)
        {
            var year = 1955 + rnd.Next(50);
            var commune = communes[rnd.Next(communes.Count)].Code;
            var p = new RegistryPerson(Guid.NewGuid(), Name(), rnd.Next(10) < 8 ? new DateOnly(year, 1 + rnd.Next(12), 1 + rnd.Next(28)) : null, year,
                rnd.Next(10) < 7 ? $"025{year % 100:00}{i:0000000}" : null, commune);
            people.Add(p);
            var judged = new DateOnly(2021 + rnd.Next(6), 1 + rnd.Next(12), 1 + rnd.Next(28));
            judgments.Add(new RegistryJudgment(Guid.NewGuid(), p.PersonId, $"{1 + rnd.Next(900)}/{judged.Year}/HS-ST", Courts[rnd.Next(Courts.Length)],
                judged, judged.AddDays(30), 6 + rnd.Next(55), MainPenalty.SuspendedSentence, commune));
        }
        var csv = new StringBuilder(string.Join(';', ListColumns.All) + "\r\n");
        var truth = new List<Guid?>(rowsWanted);
        var byPerson = people.ToDictionary(p => p.PersonId);
        for (var r = 0; r < rowsWanted; r++)
        {
            var known = rnd.Next(10) < 9;
            var j = judgments[rnd.Next(judgments.Count)];
            var p = byPerson[j.PersonId];
            var name = known ? p.FullName : Name();
            var number = known ? j.Number : $"{1000 + rnd.Next(9000)}/2026/HS-ST";
            var court = j.Court;
            var year = known ? p.BirthYear : 1955 + rnd.Next(50);
            if (rnd.Next(10) < 3) name = VietnameseText.Fold(name);
            if (rnd.Next(10) < 2) name = name.ToUpperInvariant();
            if (rnd.Next(100) < 15) name = name.Replace(" ", "  ");
            if (rnd.Next(100) < 15) { var t = name.Split(' ', StringSplitOptions.RemoveEmptyEntries); name = string.Join(' ', t[^1..].Concat(t[..^1])); }
            if (rnd.Next(100) < 15 && name.Length > 4) { var k = 1 + rnd.Next(name.Length - 2); name = name[..k] + name[(k + 1)..]; }
            if (rnd.Next(10) < 3) number = number.ToLowerInvariant().Replace("/", " / ");
            if (rnd.Next(10) < 3) court = court.Replace("Tòa án nhân dân", "TAND");
            var communeCode = known ? p.CommuneCode : communes[rnd.Next(communes.Count)].Code;
            var communeName = communes.First(c => c.Code == communeCode).FullName;
            var birth = known && p.DateOfBirth is { } d && rnd.Next(10) < 8 ? VietnameseDate.Format(d) : year.ToString();
            var id = known && p.PersonalIdNumber is { } pid && rnd.Next(10) < 3 ? pid : "";
            csv.Append($"{number};{VietnameseDate.Format(j.JudgmentDate)};{court};{name};{birth};{id};Nam;Tổ 1, {communeName}, Tỉnh Phú Thọ;Án treo;{j.TermMonths};{VietnameseDate.Format(j.EffectiveOn)}\r\n");
            truth.Add(known ? j.JudgmentId : null);
        }
        Console.WriteLine($"Generated {peopleWanted:N0} people with judgments and a list of {rowsWanted:N0} rows in {sw.Elapsed.TotalSeconds:F1} s.");

        sw.Restart();
        var parsed = ListParser.Parse(CsvTable.Read(csv.ToString()), new CommuneLocator(province, communes));
        var parseMs = sw.Elapsed.TotalMilliseconds;
        if (parsed.Problems.Count > 0) throw new InvalidOperationException(parsed.Problems[0].Reason);

        // Warm-up, then the median of 3 runs of each.
        Matcher.ExactKeyBaseline(judgments, parsed.Rows);
        new Matcher(people, judgments).Run(parsed.Rows, 2026, 10);
        var baselineTimes = new List<double>();
        var matcherTimes = new List<double>();
        MatchReport? baseline = null, matched = null;
        for (var i = 0; i < 3; i++)
        {
            sw.Restart();
            baseline = Matcher.ExactKeyBaseline(judgments, parsed.Rows);
            baselineTimes.Add(sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            matched = new Matcher(people, judgments).Run(parsed.Rows, 2026, 10);
            matcherTimes.Add(sw.Elapsed.TotalMilliseconds);
        }
        var (bp, br) = Quality(baseline!, truth);
        var (mp, mr) = Quality(matched!, truth);
        var b = baselineTimes.Order().ElementAt(1);
        var m = matcherTimes.Order().ElementAt(1);
        Console.WriteLine();
        Console.WriteLine($"Reconciliation, {rowsWanted:N0} rows against {peopleWanted:N0} people / judgments (in memory; reading the CSV: {parseMs:F0} ms).");
        Console.WriteLine($"  baseline (exact judgment number + court): median {b:F0} ms, precision {bp:P2}, recall {br:P2}");
        Console.WriteLine($"  matcher (index + tolerant matching):      median {m:F0} ms, precision {mp:P2}, recall {mr:P2}");
        Console.WriteLine($"  cost of tolerance (matcher / baseline, median): {m / b:F1}x");
        return 0;
    }

    static (double Precision, double Recall) Quality(MatchReport report, List<Guid?> truth)
    {
        int tp = 0, predicted = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            if (report.Rows[i].JudgmentId is not { } got) continue;
            predicted++;
            if (got == truth[i]) tp++;
        }
        return ((double)tp / Math.Max(1, predicted), (double)tp / Math.Max(1, truth.Count(t => t is not null)));
    }
}
