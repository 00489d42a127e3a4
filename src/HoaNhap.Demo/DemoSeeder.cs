using System.Globalization;
using Randomizer = Bogus.Randomizer;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Supervision;
using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Data;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Demo;

/// <summary>
/// Demo registry for three communes of Phú Thọ (the former Hòa Bình city and Đà Bắc district):
/// offenders serving community sentences and returnees, with their judgments, enforcement
/// decisions, cases and supervisors. Fictitious people; the same <c>today</c> gives the same data.
/// </summary>
public static class DemoSeeder
{
    public const string ProvinceCode = "25"; // Tỉnh Phú Thọ

    public static readonly IReadOnlyList<string> CommuneCodes = ["04792", "04795", "04831"]; // Phường Tân Hòa, Phường Hòa Bình, Xã Đà Bắc

    const int PeoplePerCommune = 50;
    const int Seed = 2026;

    /// <summary>
    /// Creates about 150 people (50 per commune) with judgments, enforcement decisions, cases and supervisor assignments.
    /// Does nothing and returns 0 when the demo province already has people. Deterministic (fixed random seed).
    /// </summary>
    /// <returns>The number of people created.</returns>
    public static async Task<int> SeedPeopleAsync(HoaNhapDbContext db,
        IReadOnlyDictionary<string, IReadOnlyList<(string UserId, string Name)>> supervisorsByCommune,
        DateOnly today, CancellationToken ct = default)
    {
        if (await db.People.AnyAsync(p => p.ProvinceCode == ProvinceCode, ct)) return 0;

        var g = new Generator(today);
        var people = new List<Person>();
        foreach (var commune in CommuneCodes)
            for (var i = 0; i < PeoplePerCommune; i++)
                people.Add(g.NewPerson(commune));
        g.MarkAbscondedAndTransferred(people);
        g.OpenReturnees(people);

        // Personal ID numbers are unique across the whole registry, not only the demo province.
        var ids = people.Select(p => p.PersonalIdNumber!).ToList();
        var clashing = await db.People.Where(p => p.PersonalIdNumber != null && ids.Contains(p.PersonalIdNumber))
            .Select(p => p.PersonalIdNumber!).ToListAsync(ct);
        if (clashing.Count > 0)
        {
            g.Reserve(clashing);
            foreach (var p in people.Where(p => clashing.Contains(p.PersonalIdNumber!)))
                g.ReissueId(p);
        }

        for (var i = 0; i < CommuneCodes.Count; i++)
        {
            var commune = CommuneCodes[i];
            if (supervisorsByCommune.TryGetValue(commune, out var supervisors) && supervisors.Count > 0)
                g.AssignSupervisors(people.Where(p => p.CommuneCode == commune), supervisors, new Randomizer(Seed + 1 + i));
        }

        g.AddSupervisionRecords(people);
        db.People.AddRange(people);
        var caseOwner = people.SelectMany(p => p.Cases.Select(c => (c.Id, p.Id))).ToDictionary(x => x.Item1, x => x.Item2);
        foreach (var paper in g.Papers) paper.PersonId = caseOwner[paper.CaseId];
        db.AddRange(g.Papers);
        foreach (var record in g.Records)
        {
            switch (record)
            {
                case CheckIn x: x.PersonId = caseOwner[x.CaseId]; break;
                case SelfReport x: x.PersonId = caseOwner[x.CaseId]; break;
            }
            db.Add(record);
        }
        await db.SaveChangesAsync(ct);
        return people.Count;
    }

    sealed class Generator(DateOnly today)
    {
        // Courts before and after the 01/07/2025 reorganisation (district courts became regional
        // courts; Hòa Bình province merged into Phú Thọ). The regional court number is illustrative.
        static readonly DateOnly Reorganised = new(2025, 7, 1);
        const string CityCourt = "Tòa án nhân dân thành phố Hòa Bình";
        const string DaBacCourt = "Tòa án nhân dân huyện Đà Bắc";
        const string OldProvinceCourt = "Tòa án nhân dân tỉnh Hòa Bình";
        const string RegionalCourt = "Tòa án nhân dân khu vực 1 - Phú Thọ";
        const string ProvinceCourt = "Tòa án nhân dân tỉnh Phú Thọ";
        const string DaBac = "04831";

        // Amnesties granted around National Day (2/9); released on about these dates.
        static readonly DateOnly[] AmnestyDates = [new(2021, 9, 1), new(2025, 9, 1)];

        readonly Randomizer r = new(Seed);
        readonly HashSet<string> ids = [];
        readonly HashSet<string> phones = [];
        readonly HashSet<string> names = [];
        readonly HashSet<string> numbers = [];
        readonly Dictionary<Guid, DateOnly> receivedOn = [];
        readonly DateOnly earliest = today.AddYears(-6);

        // ---- people ------------------------------------------------------------------------

        public Person NewPerson(string commune)
        {
            var gender = r.Bool(0.8f) ? Gender.Male : Gender.Female;
            var penalty = Pick<MainPenalty>([
                (MainPenalty.SuspendedSentence, 35), (MainPenalty.NonCustodialReform, 22), (MainPenalty.Imprisonment, 37),
                (MainPenalty.Fine, 4), (MainPenalty.Warning, 2)]);
            var offences = Offences(penalty);
            var (term, probation, fine) = Terms(penalty, offences[0]);

            // A few judgments so recent that the commune is still receiving the file.
            var recent = penalty is MainPenalty.SuspendedSentence or MainPenalty.NonCustodialReform && r.Bool(0.08f);
            DateOnly judgmentDate;
            if (recent)
                judgmentDate = today.AddDays(-r.Number(35, 55));
            else if (penalty == MainPenalty.Imprisonment && !r.Bool(0.05f)
                     && today.AddMonths(-term!.Value).AddDays(-46) is var latest && latest > earliest)
                judgmentDate = Between(earliest, latest); // served the term: a returnee
            else
                judgmentDate = Between(earliest, today.AddDays(-90));

            var appeal = !recent && r.Bool(0.08f);
            // BLTTHS 2015: an appeal judgment takes effect when pronounced.
            var effectiveOn = appeal ? judgmentDate : judgmentDate.AddDays(recent ? r.Number(15, 20) : r.Number(15, 45));

            var ageAtJudgment = Pick<(int Min, int Max)>([((18, 25), 30), ((26, 35), 35), ((36, 45), 20), ((46, 60), 15)]);
            var birthYear = Math.Max(judgmentDate.Year - r.Number(ageAtJudgment.Min, ageAtJudgment.Max), today.Year - 65);
            DateOnly? dateOfBirth = null;
            if (!r.Bool(0.1f))
            {
                var first = new DateOnly(birthYear, 1, 1);
                var last = new DateOnly(birthYear, 12, 31);
                var adultBy = judgmentDate.AddYears(-18);
                dateOfBirth = Between(first, last < adultBy ? last : adultBy);
            }

            var (fullName, otherNames) = Name(commune, gender, birthYear);
            var person = new Person
            {
                ProvinceCode = ProvinceCode,
                CommuneCode = commune,
                FullName = fullName,
                OtherNames = otherNames,
                DateOfBirth = dateOfBirth,
                BirthYear = birthYear,
                Gender = gender,
                PersonalIdNumber = NewId(birthYear, gender),
                Address = VietnameseText.Nfc(Address(commune)),
                Phone = r.Bool(0.85f) ? NewPhone() : null,
            };
            SetSearchKey(person);

            var judgment = NewJudgment(person, judgmentDate, effectiveOn, appeal, offences, penalty, term, probation, fine);
            AddAdditionalPenalties(judgment);
            AddCivilObligations(judgment);
            person.Judgments.Add(judgment);
            AddCases(person, judgment);

            var adult = dateOfBirth?.AddYears(18) ?? new DateOnly(birthYear + 19, 1, 1);
            var from = adult > earliest ? adult : earliest;
            if (r.Bool(0.12f) && judgmentDate.AddYears(-1) is var before && before > from)
                AddEarlierJudgment(person, Between(from, before));
            return person;
        }

        static void SetSearchKey(Person p) => p.RefreshSearchKey();

        public void Reserve(IEnumerable<string> taken) => ids.UnionWith(taken);

        public void ReissueId(Person p)
        {
            p.PersonalIdNumber = NewId(p.BirthYear, p.Gender);
            SetSearchKey(p);
        }

        string NewId(int birthYear, Gender gender)
        {
            var province = Pick<string>([("017", 65), ("025", 15), ("001", 6), ("026", 3), ("014", 3), ("038", 3), ("015", 2), ("035", 3)]);
            string id;
            do id = PersonalIdNumberRule.Make(province, birthYear, gender, r.Number(0, 999_999));
            while (!ids.Add(id));
            return id;
        }

        string NewPhone()
        {
            string[] prefixes = ["032", "033", "034", "035", "036", "037", "038", "039", "086", "096", "097", "098",
                "081", "082", "083", "084", "085", "088", "091", "094", "089", "090", "093"];
            string phone;
            do phone = r.ArrayElement(prefixes) + r.Number(0, 9_999_999).ToString("0000000", CultureInfo.InvariantCulture);
            while (!phones.Add(phone));
            return phone;
        }

        // ---- names -------------------------------------------------------------------------

        // Kinh family names, and in Đà Bắc also the Mường, Tày and Dao names common there.
        static readonly (string, int)[] CityFamilies =
        [
            ("Nguyễn", 26), ("Bùi", 10), ("Trần", 7), ("Đinh", 7), ("Lê", 6), ("Phạm", 6), ("Hoàng", 4), ("Quách", 4),
            ("Hà", 4), ("Vũ", 3), ("Đỗ", 3), ("Đặng", 3), ("Ngô", 2), ("Phan", 2), ("Dương", 2), ("Đào", 2), ("Trịnh", 2),
            ("Lý", 1), ("Hồ", 1), ("Võ", 1), ("Huỳnh", 1), ("Xa", 1), ("Cao", 1),
        ];
        static readonly (string, int)[] DaBacFamilies =
        [
            ("Đinh", 14), ("Bùi", 12), ("Xa", 12), ("Nguyễn", 12), ("Hà", 9), ("Lò", 5), ("Bàn", 5), ("Quách", 4),
            ("Lê", 4), ("Trần", 4), ("Hoàng", 4), ("Triệu", 3), ("Sa", 3), ("Lường", 2), ("Vì", 2), ("Đặng", 2),
        ];
        static readonly (string, int)[] MaleMiddles =
        [
            ("Văn", 55), ("Đức", 7), ("Minh", 6), ("Quang", 5), ("Hữu", 5), ("Công", 5), ("Xuân", 4), ("Thanh", 3),
            ("Ngọc", 3), ("Trọng", 3), ("Duy", 3), ("Mạnh", 2), ("Tiến", 2), ("Hoàng", 2), ("Anh", 2),
        ];
        static readonly string[] FemaleMiddles = ["Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Kim", "Phương", "Thùy", "Hải", "Bích", "Diệu"];
        static readonly string[] MaleGiven =
        [
            "Hùng", "Dũng", "Tuấn", "Hải", "Nam", "Long", "Cường", "Thắng", "Quân", "Sơn", "Trung", "Hiếu", "Đạt", "Phong",
            "Tùng", "Thành", "Bình", "Hưng", "Khánh", "Lâm", "Toàn", "Vinh", "Huy", "Kiên", "Tâm", "Chiến", "Tú", "Việt",
            "Đông", "Hòa", "Lợi", "Phúc", "Thịnh", "Sang", "Quyết", "Nghĩa", "Bảo", "Tài", "Khoa", "Hậu", "Tiến", "Trường",
            "Hiệp", "Lực", "Thuận", "Quý", "Định", "Chính", "Hoàn", "Dương", "Giang", "Luân", "Minh", "Đức", "Hoàng",
            "Anh", "Duy", "Mạnh", "Quang", "Thái", "Thủy", "Vượng", "Doanh", "Khải",
        ];
        static readonly string[] FemaleGiven =
        [
            "Lan", "Hương", "Hoa", "Mai", "Hằng", "Nga", "Thủy", "Hà", "Linh", "Trang", "Huyền", "Nhung", "Thảo", "Yến",
            "Loan", "Oanh", "Hạnh", "Dung", "Liên", "Ngọc", "Phương", "Vân", "Thu", "Hiền", "Thơ", "Xuân", "Tuyết", "Huệ",
            "Lụa", "Hồng", "Nhàn", "Thắm", "Duyên", "Chinh", "Giang", "Quyên", "Trinh",
        ];
        static readonly string[] MaleNicknames = ["Tý", "Tèo", "Tũn", "Bin", "Cu", "Bo", "Tồ", "Bờm", "Sún", "Khoai", "Gấu"];
        static readonly string[] FemaleNicknames = ["Mít", "Bống", "Xù", "Na", "Cún"];
        static readonly string[] Epithets = ["Còi", "Béo", "Đen", "Sẹo", "Lùn", "Ngố"];

        (string FullName, string? OtherNames) Name(string commune, Gender gender, int birthYear)
        {
            for (var attempt = 0; ; attempt++)
            {
                var family = Pick(commune == DaBac ? DaBacFamilies : CityFamilies);
                string middle, given;
                if (gender == Gender.Male)
                {
                    middle = family is "Đinh" or "Quách" && r.Bool(0.35f) ? "Công" : Pick(MaleMiddles);
                    given = r.ArrayElement(MaleGiven);
                }
                else
                {
                    var thi = r.Bool(birthYear >= 1995 ? 0.45f : 0.8f);
                    middle = !thi ? r.ArrayElement(FemaleMiddles)
                        : r.Bool(0.1f) ? "Thị " + r.ArrayElement(FemaleMiddles)
                        : "Thị";
                    given = r.ArrayElement(FemaleGiven);
                }
                if (middle.EndsWith(given, StringComparison.Ordinal) || middle == family) continue;
                var full = VietnameseText.Nfc($"{family} {middle} {given}");
                if (!names.Add(full) && attempt < 20) continue;

                string? other = null;
                if (r.Bool(gender == Gender.Male ? 0.14f : 0.08f))
                    other = r.Bool(0.5f)
                        ? $"{given} {r.ArrayElement(Epithets)}"
                        : r.ArrayElement(gender == Gender.Male ? MaleNicknames : FemaleNicknames);
                return (full, other is null ? null : VietnameseText.Nfc(other));
            }
        }

        string Address(string commune)
        {
            if (commune == DaBac)
                return r.ArrayElement([
                    "Tiểu khu Thống Nhất", "Tiểu khu Liên Phương", "Tiểu khu Bờ", "Tiểu khu Đúng", "Tiểu khu Tân Lập",
                    "Xóm Mường", "Xóm Bưa", "Xóm Chum", "Xóm Ké", "Xóm Mó La", "Xóm Tày Măng", "Xóm Ráy",
                ]);
            string[] streets = commune == "04792"
                ? ["Hữu Nghị", "Lý Thường Kiệt", "Thịnh Lang", "Trương Hán Siêu", "Nguyễn Văn Trỗi", "Tô Hiệu", "Lê Lợi"]
                : ["Cù Chính Lan", "Trần Hưng Đạo", "Lê Thánh Tông", "Chi Lăng", "Điện Biên Phủ", "Hoàng Văn Thụ", "An Dương Vương", "Phùng Hưng"];
            var group = r.Number(1, 22);
            return Pick<int>([(0, 45), (1, 40), (2, 15)]) switch
            {
                0 => $"Tổ {group}",
                1 => $"Số {r.Number(1, 260)}, đường {r.ArrayElement(streets)}, tổ {group}",
                _ => $"Số {r.Number(1, 40)}, ngõ {r.Number(2, 120)}, đường {r.ArrayElement(streets)}, tổ {group}",
            };
        }

        // ---- judgments ---------------------------------------------------------------------

        // Articles of the Penal Code 2015 by the main penalty their first clause allows.
        string[] Offences(MainPenalty penalty)
        {
            var first = penalty switch
            {
                MainPenalty.SuspendedSentence => Pick<string>([("173", 30), ("134", 15), ("260", 12), ("321", 12), ("174", 10), ("178", 8), ("318", 8), ("249", 5)]),
                MainPenalty.NonCustodialReform => Pick<string>([("134", 20), ("260", 15), ("321", 15), ("318", 15), ("173", 15), ("178", 12), ("174", 8)]),
                MainPenalty.Imprisonment => Pick<string>([("173", 30), ("249", 20), ("251", 15), ("134", 12), ("174", 10), ("178", 5), ("321", 3), ("318", 3), ("260", 2)]),
                MainPenalty.Fine => Pick<string>([("321", 40), ("260", 25), ("318", 20), ("178", 15)]),
                _ => Pick<string>([("318", 35), ("178", 30), ("321", 20), ("260", 15)]),
            };
            // Offences that often go together (drug users stealing, a brawl that injures).
            string? second = first switch { "173" => "249", "249" => "173", "134" => "318", "318" => "134", _ => null };
            return second is not null && penalty is MainPenalty.Imprisonment or MainPenalty.SuspendedSentence && r.Bool(0.1f)
                ? [$"Điều {first}", $"Điều {second}"]
                : [$"Điều {first}"];
        }

        // Within the first (or second) clause of each article and within PenaltyLimits.
        (int? Term, int? Probation, long? Fine) Terms(MainPenalty penalty, string offence)
        {
            switch (penalty)
            {
                case MainPenalty.SuspendedSentence:
                {
                    var term = Months(offence is "Điều 249" or "Điều 260" ? 12 : 6, offence == "Điều 318" ? 24 : PenaltyLimits.SuspendedTermMaxMonths);
                    // Courts usually set the probation at about twice the term.
                    var probation = Math.Clamp(term * 2 + Pick<int>([(0, 70), (-6, 15), (6, 15)]),
                        Math.Max(PenaltyLimits.ProbationMinMonths, term), PenaltyLimits.ProbationMaxMonths);
                    return (term, probation, null);
                }
                case MainPenalty.NonCustodialReform:
                    return (Months(PenaltyLimits.NonCustodialMinMonths, offence == "Điều 318" ? 24 : PenaltyLimits.NonCustodialMaxMonths), null, null);
                case MainPenalty.Imprisonment:
                {
                    var serious = r.Bool(0.2f);
                    var (min, max) = offence switch
                    {
                        "Điều 251" => serious ? (84, 120) : (24, 84),
                        "Điều 249" or "Điều 260" => (12, 60),
                        "Điều 173" or "Điều 174" => serious ? (24, 84) : (6, 36),
                        "Điều 134" => serious ? (24, 72) : (6, 36),
                        "Điều 318" => (6, 24),
                        _ => (6, 36),
                    };
                    return (Months(min, max), null, null);
                }
                case MainPenalty.Fine:
                {
                    var (min, max) = offence switch
                    {
                        "Điều 321" => (20, 100), "Điều 260" => (30, 100), "Điều 318" => (5, 50), _ => (10, 50),
                    };
                    return (null, null, r.Number(min / 5, max / 5) * 5_000_000L);
                }
                default:
                    return (null, null, null);
            }
        }

        /// <summary>A term in months, multiples of 3, shorter terms more likely.</summary>
        int Months(int min, int max)
        {
            var u = r.Double();
            var m = min + (int)Math.Round((max - min) * u * u / 3) * 3;
            return Math.Clamp(m, min, max);
        }

        Judgment NewJudgment(Person p, DateOnly date, DateOnly effectiveOn, bool appeal, string[] offences,
            MainPenalty penalty, int? term, int? probation, long? fine)
        {
            var court = appeal ? (date < Reorganised ? OldProvinceCourt : ProvinceCourt)
                : date >= Reorganised ? RegionalCourt
                : penalty == MainPenalty.Imprisonment && term >= 84 ? OldProvinceCourt
                : p.CommuneCode == DaBac ? DaBacCourt : CityCourt;
            var number = Number(court, date, appeal ? "HS-PT" : "HS-ST", appeal ? 220 : court == RegionalCourt ? 420 : 160);
            return new Judgment
            {
                ProvinceCode = p.ProvinceCode,
                CommuneCode = p.CommuneCode,
                Number = number,
                NumberKey = VietnameseText.Fold(number),
                Court = court,
                JudgmentDate = date,
                EffectiveOn = effectiveOn,
                Offences = [.. offences],
                // Traffic offences (Điều 260) are unintentional; with a term of up to 3 years, a serious crime (Điều 9).
                Intentional = !offences.All(o => o == "Điều 260"),
                Category = offences.All(o => o == "Điều 260") ? (term is null or <= 36 ? CrimeCategory.Serious : CrimeCategory.VerySerious) : null,
                MainPenalty = penalty,
                TermMonths = term,
                ProbationMonths = probation,
                FineAmount = fine,
            };
        }

        /// <summary>"25/2025/HS-ST": numbered in order through the year at each court.</summary>
        string Number(string issuer, DateOnly date, string suffix, int perYear)
        {
            var n = 1 + (date.DayOfYear - 1) * perYear / 366 + r.Number(0, 3);
            while (!numbers.Add($"{issuer}|{n}/{date.Year}/{suffix}")) n++;
            return $"{n}/{date.Year}/{suffix}";
        }

        void AddAdditionalPenalties(Judgment j)
        {
            var offence = j.Offences[0];
            // BLHS 2015 Điều 260 khoản 5: cấm điều khiển phương tiện, hành nghề… từ 01 năm đến 05 năm.
            if (offence == "Điều 260" && r.Bool(0.4f))
                j.AdditionalPenalties.Add(new AdditionalPenalty { Kind = AdditionalPenaltyKind.OccupationBan, TermMonths = r.Number(1, 3) * 12 });
            if (j.MainPenalty != MainPenalty.Fine && offence is "Điều 173" or "Điều 174" or "Điều 249" or "Điều 251" or "Điều 321" && r.Bool(0.15f))
                j.AdditionalPenalties.Add(new AdditionalPenalty { Kind = AdditionalPenaltyKind.Fine, Amount = r.Number(5, 50) * 1_000_000L });
            if (j.MainPenalty == MainPenalty.Imprisonment)
            {
                if (offence is "Điều 173" or "Điều 249" or "Điều 251" && r.Bool(0.15f))
                    j.AdditionalPenalties.Add(new AdditionalPenalty { Kind = AdditionalPenaltyKind.ResidenceBan, TermMonths = r.Number(12, 24) });
                else if (j.TermMonths >= 36 && r.Bool(0.08f))
                    j.AdditionalPenalties.Add(new AdditionalPenalty { Kind = AdditionalPenaltyKind.ControlledResidence, TermMonths = r.Number(1, 3) * 12 });
            }
        }

        void AddCivilObligations(Judgment j)
        {
            // Án phí hình sự sơ thẩm: 200.000 đồng.
            if (r.Bool(0.9f))
                j.CivilObligations.Add(new CivilObligation { Kind = CivilObligationKind.CourtFee, Amount = 200_000, SettledOn = Settled(j, 0.7f) });
            if (j.Offences[0] is "Điều 173" or "Điều 174" or "Điều 134" or "Điều 178" or "Điều 260" && r.Bool(0.5f))
                j.CivilObligations.Add(new CivilObligation
                {
                    Kind = CivilObligationKind.Compensation,
                    Amount = r.Number(10, 500) * 100_000L,
                    SettledOn = Settled(j, 0.4f),
                });
        }

        DateOnly? Settled(Judgment j, float chance)
        {
            var on = j.EffectiveOn.AddDays(r.Number(10, 240));
            return r.Bool(chance) && on <= today ? on : null;
        }

        /// <summary>A minor earlier conviction: a fine or warning, or non-custodial reform served before the later judgment.</summary>
        void AddEarlierJudgment(Person p, DateOnly date)
        {
            var effectiveOn = date.AddDays(r.Number(15, 45));
            var penalty = Pick<MainPenalty>([(MainPenalty.Fine, 60), (MainPenalty.Warning, 10), (MainPenalty.NonCustodialReform, 30)]);
            int? term = penalty == MainPenalty.NonCustodialReform ? r.Number(2, 4) * 3 : null;
            if (term is { } t && effectiveOn.AddDays(14).AddMonths(t) >= p.Judgments[0].JudgmentDate)
                (penalty, term) = (MainPenalty.Fine, null);
            var offences = Offences(penalty);
            var fine = penalty == MainPenalty.Fine ? Terms(penalty, offences[0]).Fine : null;
            var judgment = NewJudgment(p, date, effectiveOn, false, offences, penalty, term, null, fine);
            judgment.CivilObligations.Add(new CivilObligation { Kind = CivilObligationKind.CourtFee, Amount = 200_000, SettledOn = Settled(judgment, 1f) });
            p.Judgments.Insert(0, judgment);
            if (penalty != MainPenalty.NonCustodialReform) return;
            AddCases(p, judgment);
            foreach (var c in p.Cases.Where(c => c.JudgmentId == judgment.Id && c.Status != CaseStatus.Completed))
                Move(c, CaseStatus.Completed, c.ExpectedEndOn!.Value); // served long before the later judgment
        }

        // ---- enforcement decisions and cases ------------------------------------------------

        EnforcementDecision NewDecision(Person p, Judgment j, DateOnly issuedOn)
        {
            // Issued by the chief judge of the first-instance court, or of its successor after the reorganisation.
            var court = issuedOn < Reorganised
                ? j.Court is OldProvinceCourt ? (p.CommuneCode == DaBac ? DaBacCourt : CityCourt) : j.Court
                : RegionalCourt;
            var received = issuedOn.AddDays(r.Number(1, 3));
            var d = new EnforcementDecision
            {
                PersonId = p.Id,
                ProvinceCode = p.ProvinceCode,
                CommuneCode = p.CommuneCode,
                Number = Number(court, issuedOn, "QĐ-CA", court == RegionalCourt ? 380 : 150),
                IssuedOn = issuedOn,
                IssuedBy = court,
                ReceivedOn = received <= today ? received : null,
            };
            j.EnforcementDecisions.Add(d);
            return d;
        }

        void AddCases(Person p, Judgment j)
        {
            switch (j.MainPenalty)
            {
                case MainPenalty.SuspendedSentence:
                {
                    var decision = NewDecision(p, j, j.EffectiveOn.AddDays(r.Number(3, 10)));
                    // Probation runs from the first-instance judgment (NQ 02/2018/NQ-HĐTP).
                    AddCase(p, j, CaseKind.CommunitySentence, SentenceType.SuspendedSentence, null,
                        j.JudgmentDate, j.JudgmentDate.AddMonths(j.ProbationMonths!.Value), decision.ReceivedOn ?? decision.IssuedOn,
                        decision: decision, termMonths: j.ProbationMonths);
                    break;
                }
                case MainPenalty.NonCustodialReform:
                {
                    var decision = NewDecision(p, j, j.EffectiveOn.AddDays(r.Number(3, 7)));
                    var start = j.EffectiveOn.AddDays(r.Number(10, 14));
                    AddCase(p, j, CaseKind.CommunitySentence, SentenceType.NonCustodialReform, null,
                        start, start.AddMonths(j.TermMonths!.Value), decision.ReceivedOn ?? decision.IssuedOn,
                        decision: decision, termMonths: j.TermMonths);
                    break;
                }
                case MainPenalty.Imprisonment:
                {
                    var end = j.EffectiveOn.AddMonths(j.TermMonths!.Value);
                    // Luật Đặc xá 2018 Điều 11: eligible after serving at least one third of the term.
                    var amnesty = AmnestyDates.Where(d => d <= today && d < end
                        && d >= j.EffectiveOn.AddMonths((j.TermMonths.Value + 2) / 3)).Cast<DateOnly?>().LastOrDefault();
                    var released = amnesty is not null && r.Bool(0.25f) ? amnesty : null;
                    var releasedOn = released ?? end;
                    if (releasedOn > today) break; // still in prison
                    AddCase(p, j, CaseKind.Reintegration, null,
                        released is null ? ReleaseKind.SentenceCompleted : ReleaseKind.Amnesty,
                        releasedOn, null, releasedOn,
                        released is { } on ? $"Được đặc xá năm {on.Year}." : null);
                    foreach (var extra in j.AdditionalPenalties)
                    {
                        var type = extra.Kind switch
                        {
                            AdditionalPenaltyKind.ResidenceBan => SentenceType.ResidenceBan,
                            AdditionalPenaltyKind.ControlledResidence => SentenceType.ControlledResidence,
                            _ => (SentenceType?)null,
                        };
                        if (type is not null)
                            AddCase(p, j, CaseKind.CommunitySentence, type, null,
                                releasedOn, releasedOn.AddMonths(extra.TermMonths!.Value), releasedOn, termMonths: extra.TermMonths);
                    }
                    break;
                }
            }
        }

        void AddCase(Person p, Judgment j, CaseKind kind, SentenceType? type, ReleaseKind? release,
            DateOnly start, DateOnly? expectedEnd, DateOnly received, string? notes = null,
            EnforcementDecision? decision = null, int? termMonths = null)
        {
            if (start > today || received > today) return;
            var c = new Case
            {
                ProvinceCode = p.ProvinceCode,
                CommuneCode = p.CommuneCode,
                Kind = kind,
                SentenceType = type,
                ReleaseKind = release,
                JudgmentId = j.Id,
                StartOn = start,
                ExpectedEndOn = expectedEnd,
                LegalBasisVersion = LegalBasis.For(start),
                Notes = notes,
            };
            // A few that ended in the last two months are still awaiting the completion certificate.
            if (expectedEnd < today && (expectedEnd < today.AddDays(-60) || r.Bool(0.7f)))
                Move(c, CaseStatus.Completed, expectedEnd.Value);
            else if (received > today.AddDays(-30) && !(expectedEnd < today))
            {
                // file still being received
            }
            else if (kind == CaseKind.CommunitySentence)
                Move(c, CaseStatus.Active, start); // includes a few past their end, awaiting the completion certificate
            // A returnee's case is opened by OpenReturnees, once every commune's returnees are known.
            receivedOn[c.Id] = received;
            if (kind == CaseKind.CommunitySentence)
            {
                // The intake as an officer records it: the decision, the term, the papers received.
                c.DecisionNumber = decision?.Number;
                c.DecisionDate = decision?.IssuedOn;
                c.DecisionReceivedOn = decision is null ? null : received;
                c.TermMonths = termMonths;
                if (c.Status != CaseStatus.Intake) c.FileOpenedOn = Between(received.AddDays(2), received.AddDays(6));
                Paper(c, CaseFileItemKind.JudgmentCopy, received, j.Number);
                if (decision is not null) Paper(c, CaseFileItemKind.EnforcementDecision, received, decision.Number);
                if (c.Status != CaseStatus.Intake || r.Bool(0.5f))
                {
                    Paper(c, CaseFileItemKind.Summons, Between(received.AddDays(1), received.AddDays(3)), null);
                    if (c.Status != CaseStatus.Intake) Paper(c, CaseFileItemKind.Undertaking, Between(received.AddDays(3), received.AddDays(6)), null);
                }
            }
            p.Cases.Add(c);
        }

        /// <summary>
        /// Moves a case the way the law allows (<see cref="Case.MoveTo"/>), through Active when it is still in intake:
        /// the demo's history is made of the same steps as a real one.
        /// </summary>
        static void Move(Case c, CaseStatus to, DateOnly on)
        {
            if (c.Status == CaseStatus.Intake && to != CaseStatus.Active) Move(c, CaseStatus.Active, c.StartOn);
            if (c.MoveTo(to, on) is { } refusal) throw new InvalidOperationException($"Demo case {c.Id}: {refusal}");
        }

        /// <summary>
        /// Opens the returnees' cases released more than a month ago, except that every commune keeps its three latest
        /// returnees in intake, so that every intake stage shows (their residence check or report then shows overdue).
        /// </summary>
        public void OpenReturnees(IEnumerable<Person> people)
        {
            foreach (var commune in people.SelectMany(p => p.Cases).Where(c => c.Kind == CaseKind.Reintegration && c.Status == CaseStatus.Intake)
                         .GroupBy(c => c.CommuneCode))
            {
                var recent = commune.Count(c => receivedOn[c.Id] > today.AddDays(-30));
                foreach (var c in commune.Where(c => receivedOn[c.Id] <= today.AddDays(-30)).OrderByDescending(c => c.StartOn).Skip(Math.Max(0, 3 - recent)))
                    Move(c, CaseStatus.Active, c.StartOn);
            }
        }

        /// <summary>Check-ins and self-reports of the demo's supervised cases, monthly, with a few missed.</summary>
        public List<object> Records { get; } = [];

        public void AddSupervisionRecords(IEnumerable<Person> people)
        {
            foreach (var p in people)
            foreach (var c in p.Cases.Where(c => c.SentenceType is SentenceType.SuspendedSentence or SentenceType.NonCustodialReform
                         && c.Status is CaseStatus.Active or CaseStatus.Completed && c.FileOpenedOn is not null))
            {
                var until = c.EndedOn ?? today;
                foreach (var due in CheckInSchedule.DueDates(c.StartOn, c.ExpectedEndOn, 1, until).Where(d => d >= c.FileOpenedOn))
                {
                    // The last check-in of an active case is sometimes still to do: it shows on the worklist.
                    if (c.Status == CaseStatus.Active && due > today.AddDays(-25) && r.Bool(0.4f)) continue;
                    var attended = r.Bool(0.96f);
                    Records.Add(new CheckIn
                    {
                        CaseId = c.Id, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, Kind = CheckInKind.CheckIn,
                        On = Between(due.AddDays(-3), due), Attended = attended, Note = attended ? null : "Vắng mặt không có lý do.",
                    });
                }
                var periods = SelfReportSchedule.Periods(c.StartOn, c.ExpectedEndOn, 1, until);
                foreach (var period in periods.Where(x => x.EndsOn <= until))
                {
                    if (c.Status == CaseStatus.Active && period.EndsOn > today.AddDays(-45) && r.Bool(0.3f)) continue; // overdue
                    var received = period.EndsOn.AddDays(r.Bool(0.85f) ? -r.Number(0, 3) : r.Number(1, 6));
                    Records.Add(new SelfReport
                    {
                        CaseId = c.Id, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, PeriodNumber = period.Number,
                        PeriodEndsOn = period.EndsOn, ReceivedOn = received > today ? today : received,
                        Summary = "Chấp hành nghiêm pháp luật, tích cực lao động, tham gia sinh hoạt tại khu dân cư.",
                    });
                }
            }
        }

        /// <summary>Papers of the demo case files (no file content: received on paper).</summary>
        public List<CaseFileItem> Papers { get; } = [];

        void Paper(Case c, CaseFileItemKind kind, DateOnly on, string? number)
        {
            if (on > today) on = today;
            Papers.Add(new CaseFileItem
            {
                CaseId = c.Id, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, Kind = kind,
                Title = CaseFileText.Kind(kind), On = on, Number = number,
            });
        }

        public void MarkAbscondedAndTransferred(List<Person> people)
        {
            var candidates = people.SelectMany(p => p.Cases).Where(c =>
                    c.Status == CaseStatus.Active && c.SentenceType is SentenceType.SuspendedSentence or SentenceType.NonCustodialReform
                    && receivedOn[c.Id] <= today.AddDays(-120) && c.ExpectedEndOn > today.AddDays(30))
                .ToList();
            for (var i = 0; i < 3 && candidates.Count > 0; i++)
            {
                var c = candidates[r.Number(0, candidates.Count - 1)];
                candidates.Remove(c);
                var on = Between(receivedOn[c.Id].AddDays(60), today.AddDays(-10));
                if (i < 2)
                {
                    Move(c, CaseStatus.Absconded, on);
                    c.Notes = $"Bỏ trốn khỏi nơi cư trú từ ngày {on.ToString(VietnameseDate.DisplayFormat, CultureInfo.InvariantCulture)}; đã báo cáo Công an tỉnh.";
                }
                else
                {
                    Move(c, CaseStatus.Transferred, on);
                    c.Notes = "Chuyển hồ sơ do thay đổi nơi cư trú.";
                }
            }
        }

        // ---- supervisors -------------------------------------------------------------------

        public void AssignSupervisors(IEnumerable<Person> people, IReadOnlyList<(string UserId, string Name)> supervisors, Randomizer pick)
        {
            foreach (var p in people)
            {
                var c = p.Cases.Where(c => c.Kind == CaseKind.CommunitySentence
                        && c.Status is CaseStatus.Active or CaseStatus.Absconded
                        && c.SentenceType is SentenceType.SuspendedSentence or SentenceType.NonCustodialReform or SentenceType.ControlledResidence)
                    .OrderByDescending(c => c.StartOn).FirstOrDefault();
                if (c is null) continue;
                var from = receivedOn[c.Id] > c.StartOn ? receivedOn[c.Id] : c.StartOn;
                var assignedOn = from.AddDays(pick.Number(2, 10));
                if (assignedOn > today) assignedOn = today;
                var (userId, name) = supervisors[pick.Number(0, supervisors.Count - 1)];
                var n = 1 + (assignedOn.DayOfYear - 1) * 480 / 366 + pick.Number(0, 4);
                while (!numbers.Add($"{p.CommuneCode}|{n}/{assignedOn.Year}/QĐ-UBND")) n++;
                p.SupervisorAssignments.Add(new SupervisorAssignment
                {
                    ProvinceCode = p.ProvinceCode,
                    CommuneCode = p.CommuneCode,
                    SupervisorUserId = userId,
                    SupervisorName = name,
                    DecisionNumber = $"{n}/QĐ-UBND",
                    AssignedOn = assignedOn,
                });
            }
        }

        // ---- helpers -----------------------------------------------------------------------

        DateOnly Between(DateOnly from, DateOnly to) =>
            to <= from ? from : from.AddDays(r.Number(0, to.DayNumber - from.DayNumber));

        T Pick<T>((T Value, int Weight)[] items)
        {
            var roll = r.Number(1, items.Sum(i => i.Weight));
            foreach (var (value, weight) in items)
                if ((roll -= weight) <= 0) return value;
            return items[^1].Value;
        }
    }
}
