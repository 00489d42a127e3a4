// Reading a commune's register at provincial scale, in memory (no database): a generated TCVN3 CSV of 50,000 rows with the
// commune's own headers, dates in every form, names in capitals, IDs with spaces. The import's reader (encoding detected,
// header mapping proposed, every row normalised and checked: dates, personal ID structure, penalty limits, commune, offence)
// is timed against the baseline of only decoding the bytes and splitting the CSV (what any reader must do) in the same run.
// The commit (writing into the database through the registry's commands) is not measured here.
//
//   bench/run.sh import [--rows 50000]
using System.Diagnostics;
using System.Text;
using HoaNhap.Domain.Import;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Units;

static class ImportBench
{
    static readonly string[] Families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
    static readonly string[] Givens = ["An", "Bình", "Cường", "Dũng", "Hải", "Hương", "Lan", "Long", "Nam", "Phúc", "Quang", "Sơn", "Tâm", "Thảo"];

    public static int Run(int rowsWanted)
    {
        var rnd = new Random(2026);
        var today = new DateOnly(2026, 12, 7);
        var province = new Province { Code = "25", Name = "Phú Thọ", Kind = ProvinceKind.Province };
        var communes = Enumerable.Range(0, 148).Select(i => new Commune { Code = (4000 + i).ToString("00000"), Name = $"Số {i} {Givens[i % Givens.Length]}", Kind = CommuneKind.Commune, ProvinceCode = "25" }).ToList();
        var locator = new CommuneLocator(province, communes);
        var csv = new StringBuilder("STT,HỌ VÀ TÊN,NS,Số CCCD,Nơi cư trú,Số BA,Ngày BA,Tòa án,Tội danh,Loại án,Mức án,TGTT,Ngày HL\r\n");
        for (var r = 0; r < rowsWanted; r++)
        {
            var male = rnd.Next(2) == 0;
            var born = new DateOnly(1960, 1, 1).AddDays(rnd.Next(45 * 365));
            var name = $"{Families[rnd.Next(Families.Length)]} {(male ? "Văn" : "Thị")} {Givens[rnd.Next(Givens.Length)]}";
            var id = PersonalIdNumberRule.Make("025", born.Year, male ? Gender.Male : Gender.Female, rnd.Next(1_000_000));
            var judged = new DateOnly(2024, 1, 1).AddDays(rnd.Next(900));
            var commune = communes[rnd.Next(communes.Count)];
            csv.Append($"{r + 1},{(rnd.Next(3) == 0 ? name.ToUpperInvariant() : name)},{(rnd.Next(2) == 0 ? born.ToString("d/M/yy") : born.ToString("dd/MM/yyyy"))},")
               .Append($"{id[..3]} {id[3..]},\"Thôn {rnd.Next(20)}, {commune.FullName}\",{r}/{judged.Year}/HS-ST,{judged:dd-MM-yyyy},TAND khu vực 1 - Phú Thọ,")
               .Append($"Trộm cắp tài sản,Án treo,{6 + rnd.Next(30)} tháng,{12 + rnd.Next(48)},{judged.AddDays(30):dd.MM.yyyy}\r\n");
        }
        var bytes = Tcvn3.Encode(csv.ToString());
        Console.WriteLine($"Register: {rowsWanted:N0} rows, {bytes.Length / 1024.0 / 1024.0:0.0} MB, TCVN3.");

        List<double> baseline = [], reader = [];
        int valid = 0;
        for (var run = 0; run < 5; run++)
        {
            var sw = Stopwatch.StartNew();
            var plain = CsvTable.Read(Tcvn3.Decode(bytes));
            baseline.Add(sw.Elapsed.TotalMilliseconds);
            if (plain.Count != rowsWanted + 1) throw new InvalidOperationException("The baseline did not read every row.");

            sw.Restart();
            var (text, encoding) = RegisterText.Decode(bytes);
            var table = CsvTable.Read(text);
            var mapping = RegisterFields.Propose(table[0], RegisterKind.CommunitySentences);
            var rows = RegisterReader.Read(table, mapping, new RegisterReader.Options(RegisterKind.CommunitySentences, locator, today));
            reader.Add(sw.Elapsed.TotalMilliseconds);
            valid = rows.Count(x => x.IsValid);
            if (encoding != RegisterEncoding.Tcvn3) throw new InvalidOperationException("TCVN3 not detected.");
        }
        double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
        Console.WriteLine($"Baseline (decode + split CSV): median {Median(baseline):0} ms");
        Console.WriteLine($"Import reader (detect, map, normalise, check every row): median {Median(reader):0} ms, {valid:N0} of {rowsWanted:N0} rows valid");
        Console.WriteLine($"Ratio reader / baseline: {Median(reader) / Median(baseline):0.0}x");
        return valid == rowsWanted ? 0 : 1;
    }
}
