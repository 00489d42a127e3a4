using System.Diagnostics;
using System.Globalization;
using System.Text;
using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Breaches;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Supervision;
using HoaNhap.Domain.Text;
using HoaNhap.Domain.Worklist;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HoaNhap.Bench.National;

/// <summary>What the generator made, for the load driver: who lives where, and names to search for.</summary>
sealed record NationalSet(
    string BigProvince, string BigProvinceName, List<string> BigProvinceCommunes, string BusyCommune,
    List<Guid> PeopleOfBusyCommune, List<Guid> CasesOfBusyCommune, List<Guid> PeopleOfBigProvince, List<Guid> CasesOfBigProvince,
    List<string> CommonNames, List<string> RareNames, string ReconciliationCsv, int ReconciliationRows, Dictionary<string, long> Counts);

/// <summary>
/// The national data set, deterministic from a seed, written straight into the application's own schema with
/// binary COPY. Scale 1.0: 150,000 people serving community sentences, 300,000 returnees, one judgment and one case
/// each (450,000 cases), and about 10 M events — check-ins (monthly), self-reports (quarterly), breaches, worklist
/// items and audit entries (the rest, a valid hash chain) — over the 34 provinces and 3,321 communes. People are
/// spread over communes with a skew (big cities hold more), so the busiest province is a fair worst case.
/// </summary>
static class NationalData
{
    /// <summary>The audit chains' HMAC key of the generated data; the bench starts the app with it (never a real key).</summary>
    public const string BenchAuditKey = "bench-only-audit-chain-key-0123456789abcdef";
    static readonly string[] Families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Hà", "Lò", "Quách"];
    static readonly string[] RareFamilies = ["Ksor", "Siu", "Rơ Châm", "Thạch", "Mông", "Giàng", "Sùng", "Chamaléa", "Kpă", "Điểu"];
    static readonly string[] Middles = ["Văn", "Thị", "Đức", "Minh", "Quang", "Hữu", "Công", "Ngọc", "Thanh", "Xuân"];
    static readonly string[] Givens = ["An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hải", "Hùng", "Khánh", "Lâm", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trung", "Tuấn", "Việt", "Yến", "Hương", "Lan"];
    static readonly string[] RareGivens = ["Blúp", "H'Hen", "Đrăm", "Y Brơm", "Pơ Loong", "Kơ Sơr"];
    const double EventsAtScaleOne = 10_000_000;

    /// <param name="write">False: the database already holds this set (same seed and scale); only what the driver needs is computed.</param>
    public static async Task<NationalSet> GenerateAsync(string cs, double scale, int seed, Func<HoaNhapDbContext> context, bool write = true)
    {
        var total = Stopwatch.StartNew();
        var rnd = new Random(seed);
        Guid NewId() { Span<byte> b = stackalloc byte[16]; rnd.NextBytes(b); b[7] = (byte)(b[7] & 0x0F | 0x40); b[8] = (byte)(b[8] & 0x3F | 0x80); return new Guid(b); }
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var now = DateTimeOffset.UtcNow;

        await using var db = context();
        var communes = await db.Communes.AsNoTracking().OrderBy(c => c.Code).Select(c => new { c.Code, c.ProvinceCode }).ToListAsync();
        var provinces = await db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Code, p => p.Name);
        // Skewed weights: every commune 1, the communes of the two big cities 3 (they hold the most cases).
        var weights = communes.Select(c => c.ProvinceCode is "01" or "79" ? 3.0 : 1.0).ToArray();
        var cumulative = new double[weights.Length];
        for (double acc = 0, i = 0; i < weights.Length; i++) cumulative[(int)i] = acc += weights[(int)i];
        int PickCommune() { var x = rnd.NextDouble() * cumulative[^1]; var k = Array.BinarySearch(cumulative, x); return k < 0 ? ~k : k; }

        int community = (int)Math.Round(150_000 * scale), returnees = (int)Math.Round(300_000 * scale);
        var people = new List<Person>(community + returnees);
        var cases = new List<Case>(community + returnees);
        var judgments = new List<Judgment>(community + returnees);
        var rare = new List<string>();
        for (var i = 0; i < community + returnees; i++)
        {
            var c = communes[PickCommune()];
            var isRare = rnd.Next(1000) == 0;
            var name = isRare
                ? $"{RareFamilies[rnd.Next(RareFamilies.Length)]} {RareGivens[rnd.Next(RareGivens.Length)]}"
                : $"{Families[rnd.Next(Families.Length)]} {Middles[rnd.Next(Middles.Length)]} {Givens[rnd.Next(Givens.Length)]}" + (rnd.Next(2) == 0 ? " " + Givens[rnd.Next(Givens.Length)] : "");
            if (isRare) rare.Add(name);
            var gender = rnd.Next(6) == 0 ? Gender.Female : Gender.Male;
            var year = 1960 + rnd.Next(45);
            var person = new Person
            {
                Id = NewId(), ProvinceCode = c.ProvinceCode, CommuneCode = c.Code, FullName = name, BirthYear = year, Gender = gender,
                DateOfBirth = rnd.Next(10) < 8 ? new DateOnly(year, 1 + rnd.Next(12), 1 + rnd.Next(28)) : null,
                PersonalIdNumber = rnd.Next(10) < 7 && i < 1_000_000 ? PersonalIdNumberRule.Make("0" + c.ProvinceCode, year, gender, i) : null,
                Address = "Tổ " + rnd.Next(1, 40).ToString(CultureInfo.InvariantCulture), SearchKey = VietnameseText.Fold(name),
                CreatedAt = now, CreatedBy = "bench", UpdatedAt = now, UpdatedBy = "bench",
            };
            people.Add(person);
            var communitySentence = i < community;
            var start = communitySentence ? today.AddDays(-30 - rnd.Next(36 * 30)) : today.AddDays(-rnd.Next(5 * 365));
            var judged = start.AddDays(-30 - rnd.Next(60));
            var term = communitySentence ? 12 + rnd.Next(49) : 24 + rnd.Next(97);
            var penalty = communitySentence ? (rnd.Next(10) < 7 ? MainPenalty.SuspendedSentence : MainPenalty.NonCustodialReform) : MainPenalty.Imprisonment;
            var number = $"{1 + rnd.Next(999)}/{judged.Year}/HS-ST";
            var judgment = new Judgment
            {
                Id = NewId(), PersonId = person.Id, ProvinceCode = c.ProvinceCode, CommuneCode = c.Code, Number = number, NumberKey = VietnameseText.Fold(number),
                Court = $"Tòa án nhân dân khu vực {1 + rnd.Next(8)} - {provinces[c.ProvinceCode]}", JudgmentDate = judged, EffectiveOn = judged.AddDays(30),
                Offences = ["Điều 173"], Intentional = true, Category = CrimeCategory.LessSerious, MainPenalty = penalty, TermMonths = term,
                ProbationMonths = penalty == MainPenalty.SuspendedSentence ? term : null,
                CreatedAt = now, CreatedBy = "bench", UpdatedAt = now, UpdatedBy = "bench",
            };
            judgments.Add(judgment);
            var end = start.AddMonths(term);
            var active = communitySentence ? end > today : rnd.Next(10) < 8;
            cases.Add(new Case
            {
                Id = NewId(), PersonId = person.Id, ProvinceCode = c.ProvinceCode, CommuneCode = c.Code,
                Kind = communitySentence ? CaseKind.CommunitySentence : CaseKind.Reintegration,
                SentenceType = communitySentence ? (penalty == MainPenalty.SuspendedSentence ? SentenceType.SuspendedSentence : SentenceType.NonCustodialReform) : null,
                ReleaseKind = communitySentence ? null : ReleaseKind.SentenceCompleted, JudgmentId = judgment.Id, StartOn = start,
                ExpectedEndOn = communitySentence ? end : null, LegalBasisVersion = "2019", TermMonths = communitySentence ? term : null,
                CreatedAt = now, CreatedBy = "bench", UpdatedAt = now, UpdatedBy = "bench",
            });
            // Opened on its start day (FileOpenedOn), then ended for the completed ones: the same steps as the application's.
            cases[^1].MoveTo(CaseStatus.Active, start);
            if (!active) cases[^1].MoveTo(CaseStatus.Completed, communitySentence ? end : start.AddYears(1));
        }
        // No command timeout: on a loaded machine a COPY that maintains trigram indexes can take minutes to complete.
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(cs) { CommandTimeout = 0 }.ConnectionString);
        await conn.OpenAsync();
        var counts = new Dictionary<string, long>();
        void Put<T>(string name, IEnumerable<T> rows) where T : class
        {
            var sw = Stopwatch.StartNew();
            counts[name] = write ? BulkInsert.CopyAsync(conn, db.Model, rows).GetAwaiter().GetResult() : rows.LongCount();
            Console.WriteLine($"  {name,-22} {counts[name],12:N0} rows in {sw.Elapsed.TotalSeconds,6:F1} s");
        }
        Console.WriteLine($"Generating scale {scale} (seed {seed}) as of {today:dd/MM/yyyy}:");
        Put("People", people);
        Put("Judgments", judgments);
        Put("Cases", cases);

        var activeCommunity = cases.Where(c => c.Kind == CaseKind.CommunitySentence && c.Status == CaseStatus.Active).ToList();
        Put("SupervisorAssignments", activeCommunity.Select(c => new SupervisorAssignment
        {
            Id = NewId(), PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
            SupervisorUserId = "bench-supervisor-" + c.CommuneCode, SupervisorName = "Người giám sát " + c.CommuneCode, AssignedOn = c.StartOn,
        }));
        // Monthly check-ins and quarterly self-reports over each community sentence served so far.
        var community_ = cases.Where(c => c.Kind == CaseKind.CommunitySentence).ToList();
        Put("CheckIns", community_.SelectMany(c =>
        {
            var until = c.EndedOn ?? today;
            var list = new List<CheckIn>();
            for (var on = c.StartOn.AddDays(rnd.Next(5)); on <= until; on = on.AddMonths(1))
                list.Add(new CheckIn { Id = NewId(), CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
                    Kind = CheckInKind.CheckIn, On = on, Attended = rnd.Next(20) != 0, CreatedAt = now, CreatedBy = "bench" });
            return list;
        }));
        Put("SelfReports", community_.SelectMany(c =>
        {
            var until = c.EndedOn ?? today;
            var list = new List<SelfReport>();
            var k = 1;
            for (var end = c.StartOn.AddMonths(3); end <= until; end = end.AddMonths(3), k++)
                if (rnd.Next(10) != 0)
                    list.Add(new SelfReport { Id = NewId(), CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
                        PeriodNumber = k, PeriodEndsOn = end, ReceivedOn = end.AddDays(rnd.Next(10)), CreatedAt = now, CreatedBy = "bench" });
            return list;
        }));
        Put("Breaches", cases.Where(_ => rnd.Next(25) == 0).Select(c => new Breach
        {
            Id = NewId(), CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
            Kind = (BreachKind)rnd.Next(3), OccurredOn = c.StartOn.AddDays(rnd.Next(Math.Max(1, (c.EndedOn ?? today).DayNumber - c.StartOn.DayNumber))),
            Description = "Không chấp hành nghĩa vụ trình diện", Intentional = true, CreatedAt = now, CreatedBy = "bench",
        }));
        Put("WorklistItems", activeCommunity.SelectMany(c =>
        {
            var list = new List<WorklistItem>();
            if (rnd.Next(10) < 4)
                list.Add(new WorklistItem { Id = NewId(), ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, Kind = WorklistKind.CheckInDue, PersonId = c.PersonId,
                    CaseId = c.Id, SupervisorUserId = "bench-supervisor-" + c.CommuneCode, DueOn = today.AddDays(-rnd.Next(20)), Title = "Điểm danh, kiểm diện",
                    Link = $"/Cases/Details/{c.Id}#supervision", ComputedOn = today });
            if (rnd.Next(10) < 2)
                list.Add(new WorklistItem { Id = NewId(), ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, Kind = WorklistKind.SelfReportOverdue, PersonId = c.PersonId,
                    CaseId = c.Id, SupervisorUserId = "bench-supervisor-" + c.CommuneCode, DueOn = today.AddDays(-rnd.Next(60)), Title = "Bản tự nhận xét quá hạn",
                    Link = $"/Cases/Details/{c.Id}#supervision", ComputedOn = today });
            return list;
        }));
        // Audit entries: the rest of the events, a valid chain (views and updates of the generated people).
        var audit = (long)Math.Max(0, EventsAtScaleOne * scale - counts["CheckIns"] - counts["SelfReports"] - counts["Breaches"] - counts["WorklistItems"]);
        // One keyed chain per province, as the app writes them (the app is started with the same Audit__ChainKey).
        var key = System.Text.Encoding.UTF8.GetBytes(BenchAuditKey);
        var heads = new Dictionary<string, (long Sequence, string Hash)>();
        var at = AuditChain.Normalize(now.AddDays(-365));
        var step = TimeSpan.FromTicks(Math.Max(1, TimeSpan.FromDays(365).Ticks / Math.Max(1, audit)));
        Put("AuditEntries", Enumerable.Range(0, (int)audit).Select(i =>
        {
            var p = people[rnd.Next(people.Count)];
            var (sequence, previous) = heads.GetValueOrDefault(p.ProvinceCode, (0L, AuditChain.Genesis));
            var e = new AuditEntry
            {
                Id = i + 1, Chain = p.ProvinceCode, Sequence = sequence + 1,
                At = AuditChain.Normalize(at + step * i), UserId = "bench-officer-" + p.CommuneCode, UserName = "bench-officer-" + p.CommuneCode,
                Action = rnd.Next(4) == 0 ? AuditActions.Update : AuditActions.View, EntityType = "Person", EntityId = p.Id.ToString(), PersonId = p.Id,
                ProvinceCode = p.ProvinceCode, CommuneCode = p.CommuneCode, ClientAddress = "127.0.0.1", PreviousHash = previous,
            };
            e.Hash = AuditChain.ComputeHash(e, key);
            heads[p.ProvinceCode] = (e.Sequence, e.Hash);
            return e;
        }));
        Put("AuditChainHeads", heads.Select(h => new AuditChainHead { Chain = h.Key, Sequence = h.Value.Sequence, Hash = h.Value.Hash }).ToList());
        if (write) await Exec(conn, """SELECT setval(pg_get_serial_sequence('"AuditEntries"', 'Id'), COALESCE((SELECT MAX("Id") FROM "AuditEntries"), 0) + 1, false)""");
        var sw = Stopwatch.StartNew();
        foreach (var table in write ? new[] { "People", "Judgments", "Cases", "SupervisorAssignments", "CheckIn", "SelfReport", "Breach", "WorklistItem", "AuditEntries" } : [])
            await Exec(conn, $"VACUUM ANALYZE \"{table}\"");
        Console.WriteLine($"  vacuum analyze in {sw.Elapsed.TotalSeconds:F1} s; events {counts.Where(k => k.Key is "CheckIns" or "SelfReports" or "Breaches" or "WorklistItems" or "AuditEntries").Sum(k => k.Value):N0}; total {total.Elapsed.TotalSeconds:F0} s.");

        // What the driver needs: the province with the most cases, its busiest commune, names to search for.
        var big = cases.GroupBy(c => c.ProvinceCode).OrderByDescending(g => g.Count()).First().Key;
        var busy = cases.Where(c => c.ProvinceCode == big).GroupBy(c => c.CommuneCode).OrderByDescending(g => g.Count()).First().Key;
        var common = Enumerable.Range(0, 20).Select(_ => $"{Families[rnd.Next(5)]} {Givens[rnd.Next(Givens.Length)]}").ToList();
        var (csv, rows) = ReconciliationList(rnd, people.Where(p => p.ProvinceCode == big).ToDictionary(p => p.Id), judgments.Where(j => j.ProvinceCode == big).ToList(),
            communes.Where(c => c.ProvinceCode == big).Select(c => c.Code).ToList(), provinces[big], Math.Max(200, (int)Math.Min(50_000, 50_000 * scale * 10)));
        return new NationalSet(big, provinces[big], communes.Where(c => c.ProvinceCode == big).Select(c => c.Code).ToList(), busy,
            people.Where(p => p.CommuneCode == busy).Select(p => p.Id).ToList(), cases.Where(c => c.CommuneCode == busy).Select(c => c.Id).ToList(),
            people.Where(p => p.ProvinceCode == big).Select(p => p.Id).ToList(), cases.Where(c => c.ProvinceCode == big).Select(c => c.Id).ToList(),
            common, rare.Count > 0 ? rare.Distinct().Take(20).ToList() : ["Ksor Blúp"], csv, rows, counts);
    }

    /// <summary>A court's list for the province: its judgments as clerks write them (no diacritics, capitals, a typo), then unknown rows.</summary>
    static (string Csv, int Rows) ReconciliationList(Random rnd, Dictionary<Guid, Person> people, List<Judgment> judgments, List<string> communes, string province, int rows)
    {
        var csv = new StringBuilder(string.Join(';', ListColumns.All) + "\r\n");
        for (var r = 0; r < rows; r++)
        {
            var known = r < judgments.Count;
            var j = judgments[known ? r : rnd.Next(judgments.Count)];
            var p = people[j.PersonId];
            var name = known ? p.FullName : $"{Families[rnd.Next(Families.Length)]} {Middles[rnd.Next(Middles.Length)]} {Givens[rnd.Next(Givens.Length)]}";
            var number = known ? j.Number : $"{1000 + rnd.Next(9000)}/2026/HS-ST";
            if (rnd.Next(10) < 3) name = VietnameseText.Fold(name);
            if (rnd.Next(10) < 2) name = name.ToUpperInvariant();
            if (rnd.Next(10) < 3) number = number.ToLowerInvariant().Replace("/", " / ");
            var court = rnd.Next(10) < 3 ? j.Court.Replace("Tòa án nhân dân", "TAND") : j.Court;
            var birth = known && p.DateOfBirth is { } d ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : p.BirthYear.ToString(CultureInfo.InvariantCulture);
            var penalty = j.MainPenalty switch { MainPenalty.SuspendedSentence => "Án treo", MainPenalty.NonCustodialReform => "Cải tạo không giam giữ", _ => "Tù có thời hạn" };
            csv.Append(CultureInfo.InvariantCulture,
                $"{number};{j.JudgmentDate:dd/MM/yyyy};{court};{name};{birth};{(known && rnd.Next(10) < 3 ? p.PersonalIdNumber : "")};{(p.Gender == Gender.Female ? "Nữ" : "Nam")};{p.Address}, {province};{penalty};{j.TermMonths};{j.EffectiveOn:dd/MM/yyyy}\r\n");
        }
        return (csv.ToString(), rows);
    }

    static async Task Exec(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
        await cmd.ExecuteNonQueryAsync();
    }
}
