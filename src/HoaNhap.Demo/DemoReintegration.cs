using Randomizer = Bogus.Randomizer;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Data;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Demo;

/// <summary>
/// The demo returnees in every state of their reintegration: notice received and residence not yet checked, not living
/// in the commune, waiting to report, reported with a support plan, counselled or not, listed for a loan and each loan
/// state the bank records, referred to a job or a course with each outcome, members of a reintegration model and
/// recognised as exemplary, a law violation and a new offence, and management ended by the record certificate.
/// Runs after <see cref="DemoSeeder.SeedPeopleAsync"/> on its reintegration cases; deterministic for a given <c>today</c>.
/// </summary>
public static class DemoReintegration
{
    const int Seed = 2027;

    /// <param name="officers">The commune police officer of each demo commune (user id, full name).</param>
    /// <returns>The number of reintegration cases given a state.</returns>
    public static async Task<int> SeedAsync(HoaNhapDbContext db, IReadOnlyDictionary<string, (string UserId, string Name)> officers,
        DateOnly today, CancellationToken ct = default)
    {
        var cases = await db.Cases.Where(c => c.ProvinceCode == DemoSeeder.ProvinceCode && c.Kind == CaseKind.Reintegration).ToListAsync(ct);
        if (cases.Count == 0 || await db.Set<ReintegrationIntake>().AnyAsync(x => x.ProvinceCode == DemoSeeder.ProvinceCode, ct)) return 0;
        var ids = cases.Select(c => c.PersonId).ToList();
        var names = await db.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        var terms = await db.Judgments.Where(j => ids.Contains(j.PersonId)).Select(j => new { j.Id, j.TermMonths }).ToDictionaryAsync(j => j.Id, j => j.TermMonths, ct);
        var r = new Randomizer(Seed);
        var w = new Writer(db, r, today);
        var communeIndex = 0;
        foreach (var commune in cases.GroupBy(c => c.CommuneCode).OrderBy(g => g.Key))
        {
            var (officerId, officerName) = officers.TryGetValue(commune.Key, out var o) ? o : ("", "Cán bộ Công an xã");
            // The seeder left at least three returnees of each commune in intake (DemoSeeder's OpenReturnees).
            var intake = commune.Where(c => c.Status == CaseStatus.Intake).OrderByDescending(c => c.StartOn).ToList();
            for (var i = 0; i < intake.Count; i++)
                w.Intake(intake[i], i switch { 0 => Stage.NoticeOnly, 1 => Stage.AwaitingReport, 2 => Stage.NotLivingHere, _ => Stage.AwaitingReport }, officerId, officerName);

            var active = commune.Where(c => c.Status == CaseStatus.Active).OrderBy(c => c.StartOn).ToList();
            // Management ends for one returnee whose short prison term cleared automatically (BLHS 2015 Điều 70 khoản 2 điểm b).
            var cleared = active.FirstOrDefault(c => c.StartOn <= today.AddYears(-2).AddDays(-30) && c.JudgmentId is { } j && terms.GetValueOrDefault(j) is <= 60);
            for (var i = 0; i < active.Count; i++)
            {
                var c = active[i];
                var name = names.GetValueOrDefault(c.PersonId, "");
                var reportedOn = w.Intake(c, i % 9 == 4 ? Stage.ReportedLate : Stage.Reported, officerId, officerName, helper: i % 3 == 0);
                w.Support(c, reportedOn, i);
                if (c == cleared) w.Clear(c);
                if (i % 7 == 5) continue; // not counselled yet: the 100 % target is not met
                var wantsLoan = i % 3 == 1 && c.StartOn >= today.AddYears(-5).AddDays(60);
                var counselledOn = w.Counselling(c, reportedOn, wantsLoan);
                if (wantsLoan) w.Loan(c, name, counselledOn, (i / 3) % 6);
            }
            // One law violation per commune; a new offence in the first commune (the re-offending rate shows red there).
            var recent = active.Where(c => c.StartOn <= today.AddMonths(-4) && c != cleared).ToList();
            if (recent.Count > 0) w.Violation(recent[^1], ReturneeViolationKind.LawViolation);
            if (recent.Count > 1 && commune.Key == DemoSeeder.CommuneCodes[0]) w.Violation(recent[^2], ReturneeViolationKind.NewOffence);
            if (commune.Key == DemoSeeder.CommuneCodes[0]) w.BusinessLoan(commune.Key, today);

            // Jobs and training: the commune's registers and referrals with every outcome.
            var managed = active.Where(c => c.Status == CaseStatus.Active).ToList();
            var (employers, courses) = w.Registers(commune.Key, communeIndex);
            for (var i = 0; i < managed.Count; i++)
            {
                if (i % 3 == 0) w.Referral(managed[i], employers[0], null, (i / 3) % 4);
                // The finished course only for those already back when it opened.
                if (i % 4 == 1) w.Referral(managed[i], null, i % 8 == 5 && courses[1].StartsOn.AddDays(-10) >= managed[i].StartOn ? courses[1] : courses[0], (i / 4) % 4);
            }
            // Models and exemplary individuals: the first commune meets the target, the second has a model but no
            // exemplary individual yet, the third has neither.
            if (communeIndex < 2 && managed.Count > 0)
                w.Model(commune.Key, managed.Take(4).Select(c => (c, names.GetValueOrDefault(c.PersonId, ""))).ToList(), officerName, communeIndex);
            if (communeIndex == 0 && managed.Count > 0) w.Exemplary(managed[0]);
            communeIndex++;
        }
        await db.SaveChangesAsync(ct);
        return cases.Count;
    }

    enum Stage { NoticeOnly, AwaitingReport, NotLivingHere, Reported, ReportedLate }

    sealed class Writer(HoaNhapDbContext db, Randomizer r, DateOnly today)
    {
        const string By = "demo";
        static readonly DateTimeOffset At = DateTimeOffset.UtcNow;
        static readonly string[] Prisons = ["Trại giam Thanh Xuân", "Trại giam Ninh Khánh", "Trại giam Tân Lập"];

        DateOnly Cap(DateOnly d) => d > today ? today : d;

        public DateOnly Intake(Case c, Stage stage, string officerId, string officerName, bool helper = false)
        {
            var received = Cap(c.StartOn.AddDays(r.Number(0, 2)));
            var x = new ReintegrationIntake
            {
                CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
                NoticeReceivedOn = received, ReleasedOn = c.StartOn, Sender = c.ReleaseKind == ReleaseKind.Amnesty ? "Hội đồng đặc xá, " + Prisons[r.Number(0, 2)] : Prisons[r.Number(0, 2)],
                CreatedAt = At, CreatedBy = By,
            };
            if (stage != Stage.NoticeOnly)
            {
                x.ResidenceCheckedOn = Cap(received.AddDays(r.Number(1, 3)));
                x.LivesThere = stage != Stage.NotLivingHere;
                x.ResidenceNote = stage == Stage.NotLivingHere
                    ? "Gia đình cho biết người này về sinh sống cùng anh trai tại tỉnh Tuyên Quang; đã thông báo lại nơi gửi."
                    : "Có mặt tại nơi cư trú, sống cùng gia đình.";
            }
            if (stage is Stage.Reported or Stage.ReportedLate)
            {
                x.ReportedOn = Cap(c.StartOn.AddDays(stage == Stage.ReportedLate ? r.Number(12, 20) : r.Number(1, 5)));
                x.Circumstances = "Sống cùng gia đình; " + r.ArrayElement(["chưa có việc làm ổn định.", "làm thuê theo mùa vụ.", "phụ giúp gia đình làm nông nghiệp."]);
                x.Wishes = r.ArrayElement(["Học nghề sửa chữa xe máy, vay vốn chăn nuôi.", "Được giới thiệu việc làm tại khu công nghiệp.", "Làm lại thẻ căn cước, vay vốn mở cửa hàng."]);
                x.OfficerUserId = officerId;
                x.OfficerName = officerName;
                x.OfficerAssignedOn = x.ReportedOn;
                if (helper)
                {
                    x.HelperKind = r.Bool() ? HelperKind.MassOrganisation : HelperKind.Family;
                    x.HelperName = x.HelperKind == HelperKind.MassOrganisation ? r.ArrayElement(["Hà Thị Thu", "Bùi Văn Lực"]) : r.ArrayElement(["Đinh Thị Vân (mẹ)", "Xa Văn Hải (anh trai)"]);
                    x.HelperOrganisation = x.HelperKind == HelperKind.MassOrganisation ? r.ArrayElement(["Hội Liên hiệp Phụ nữ xã", "Hội Cựu chiến binh xã"]) : null;
                }
            }
            db.Add(x);
            return x.ReportedOn ?? received;
        }

        static readonly (NeedArea Area, string Need, string Action, ResponsibleBody Body, string Outcome)[] Needs =
        [
            (NeedArea.IdentityCard, "Chưa có thẻ căn cước", "Hướng dẫn làm thủ tục cấp thẻ căn cước tại Công an xã", ResponsibleBody.CommunePolice, "Đã được cấp thẻ căn cước."),
            (NeedArea.ElectronicIdentity, "Chưa có tài khoản định danh điện tử mức độ 2", "Hướng dẫn đăng ký định danh điện tử mức độ 2", ResponsibleBody.CommunePolice, "Đã kích hoạt tài khoản định danh điện tử mức độ 2."),
            (NeedArea.Work, "Chưa có việc làm", "Giới thiệu việc làm tại cơ sở sản xuất trên địa bàn", ResponsibleBody.Employer, "Đã ký hợp đồng lao động."),
            (NeedArea.VocationalTraining, "Muốn học nghề sửa chữa xe máy", "Giới thiệu lớp học nghề miễn phí", ResponsibleBody.EducationLabour, "Đã nhập học."),
            (NeedArea.Housing, "Nhà ở xuống cấp", "Vận động hỗ trợ sửa chữa nhà ở", ResponsibleBody.MassOrganisation, "Đã sửa chữa mái nhà."),
            (NeedArea.DebtsAndCivilObligations, "Còn án phí chưa nộp", "Hướng dẫn thủ tục với cơ quan thi hành án dân sự", ResponsibleBody.CivilEnforcement, "Đã nộp xong án phí."),
            (NeedArea.SocialAssistance, "Hoàn cảnh khó khăn, bệnh mãn tính", "Đề nghị xét trợ giúp xã hội", ResponsibleBody.CultureSocialOffice, "Đã được hưởng trợ cấp xã hội hằng tháng."),
            (NeedArea.ResidenceRegistration, "Chưa đăng ký thường trú", "Hướng dẫn đăng ký thường trú", ResponsibleBody.CommunePolice, "Đã đăng ký thường trú."),
        ];

        public void Support(Case c, DateOnly reportedOn, int i)
        {
            for (var k = 0; k < 2; k++)
            {
                var n = Needs[(i * 2 + k) % Needs.Length];
                var due = reportedOn.AddDays(r.Number(20, 60));
                var a = new SupportAction
                {
                    CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, Area = n.Area, Need = n.Need,
                    Action = n.Action, Responsible = n.Body, IdentifiedOn = reportedOn, DueOn = due, CreatedAt = At, CreatedBy = By,
                };
                // Most past actions are settled; a few are left open past their due date so the page shows them overdue.
                if (due < today && (i + k) % 5 != 0)
                {
                    var possible = (i + k) % 11 != 3;
                    a.Close(possible ? SupportStatus.Done : SupportStatus.NotPossible, Cap(due.AddDays(-r.Number(0, 10))),
                        possible ? n.Outcome : "Người được hỗ trợ chuyển đi làm ăn xa, chưa thực hiện được.");
                }
                db.Add(a);
            }
        }

        public DateOnly Counselling(Case c, DateOnly reportedOn, bool wantsLoan)
        {
            var on = Cap(reportedOn.AddDays(r.Number(0, 5)));
            db.Add(new PolicyCounselling
            {
                CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, CounselledOn = on,
                Topics = wantsLoan ? "Vay vốn theo Quyết định 22/2023/QĐ-TTg; giới thiệu việc làm." : "Học nghề, giới thiệu việc làm; chính sách trợ giúp xã hội.",
                WantsLoan = wantsLoan, CreatedAt = At, CreatedBy = By,
            });
            return on;
        }

        /// <param name="state">0 listed, 1 approved, 2 disbursed and repaying, 3 overdue, 4 rejected, 5 repaid.</param>
        public void Loan(Case c, string name, DateOnly counselledOn, int state)
        {
            var listed = Cap(counselledOn.AddDays(r.Number(3, 15)));
            var amount = r.Number(3, 10) * 10_000_000L;
            var loan = new ReintegrationLoan
            {
                Kind = LoanKind.Individual, CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
                BorrowerName = name, Purpose = r.ArrayElement(["Chăn nuôi lợn, gà", "Mở cửa hàng sửa chữa xe máy", "Mua máy cày phục vụ sản xuất nông nghiệp"]),
                RequestedAmount = amount, ListedOn = listed, SentenceCompletedOn = c.StartOn, CreatedAt = At, CreatedBy = By,
            };
            db.Add(loan);
            // Each event goes through the loan's own transition, as the bank's would.
            void Event(LoanEventKind kind, DateOnly on, long? value, string? note = null)
            {
                on = Cap(on);
                if (loan.Record(kind, on, value, note) is { } refusal) throw new InvalidOperationException(refusal);
                db.Add(new LoanEvent { LoanId = loan.Id, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, Kind = kind, On = on, Amount = value, Note = note, CreatedAt = At, CreatedBy = "nganhang" });
            }
            if (state == 0) return;
            if (state == 4)
            {
                Event(LoanEventKind.Rejected, listed.AddDays(20), null, "Còn dư nợ quá hạn tại tổ chức tín dụng khác.");
                return;
            }
            Event(LoanEventKind.Approved, listed.AddDays(15), amount);
            if (state == 1) return;
            Event(LoanEventKind.Disbursed, listed.AddDays(25), amount);
            var repaid = state == 5 ? amount : amount / 5;
            Event(state == 5 ? LoanEventKind.Repaid : LoanEventKind.Repayment, listed.AddDays(120), repaid);
            if (state == 3) Event(LoanEventKind.Overdue, listed.AddDays(200), amount - repaid, "Quá hạn trả nợ kỳ thứ hai.");
        }

        public void BusinessLoan(string commune, DateOnly on)
        {
            var listed = on.AddMonths(-3);
            var loan = new ReintegrationLoan
            {
                Kind = LoanKind.Business, ProvinceCode = DemoSeeder.ProvinceCode, CommuneCode = commune, BorrowerName = "Hợp tác xã Mây tre đan Tân Hòa",
                Purpose = "Mở rộng xưởng mây tre đan, tuyển thêm lao động", RequestedAmount = 500_000_000, ListedOn = listed, Workers = 20, EligibleWorkers = 7,
                CreatedAt = At, CreatedBy = By,
            };
            loan.Record(LoanEventKind.Approved, listed.AddDays(20), 400_000_000, null);
            db.Add(loan);
            db.Add(new LoanEvent { LoanId = loan.Id, ProvinceCode = loan.ProvinceCode, CommuneCode = commune, Kind = LoanEventKind.Approved, On = listed.AddDays(20), Amount = 400_000_000, CreatedAt = At, CreatedBy = "nganhang" });
        }

        public void Violation(Case c, ReturneeViolationKind kind)
        {
            var on = today.AddDays(-r.Number(30, 90));
            var v = new ReturneeViolation
            {
                CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, Kind = kind, OccurredOn = on,
                CreatedAt = At, CreatedBy = By,
            };
            if (kind == ReturneeViolationKind.LawViolation)
            {
                v.Description = "Đánh bạc dưới hình thức đánh bài ăn tiền tại nhà riêng.";
                v.AdministrativeSanction = true;
                v.SanctionDecision = $"Quyết định xử phạt vi phạm hành chính ngày {on.AddDays(3):dd/MM/yyyy} của Trưởng Công an xã";
            }
            else
            {
                v.Description = "Trộm cắp tài sản (01 xe máy) của người dân trong thôn.";
                v.Evidence = "Biên bản bắt người phạm tội quả tang của Công an xã.";
                v.ProsecutedOn = on.AddDays(5);
                v.ProsecutingBody = "Cơ quan Cảnh sát điều tra Công an tỉnh Phú Thọ";
                v.HandlingRecordedAt = At;
                v.HandlingRecordedBy = By;
            }
            db.Add(v);
        }

        static readonly string[][] EmployerNames =
        [
            ["Công ty TNHH May mặc Tân Hòa", "Xưởng cơ khí Hòa Bình"],
            ["Công ty Cổ phần Gạch Tuynel Hòa Bình", "Hợp tác xã Rau sạch Thái Bình"],
            ["Hợp tác xã Chè Đà Bắc", "Cơ sở chế biến lâm sản Tu Lý"],
        ];

        public (List<Employer> Employers, List<VocationalCourse> Courses) Registers(string commune, int index)
        {
            var names = EmployerNames[index % EmployerNames.Length];
            var employers = names.Select((name, k) => new Employer
            {
                ProvinceCode = DemoSeeder.ProvinceCode, CommuneCode = commune, Name = name, Address = "Địa bàn xã", Sector = k == 0 ? "Sản xuất" : "Nông, lâm nghiệp",
                ContactPerson = k == 0 ? "Nguyễn Văn Tuấn" : "Bùi Thị Hạnh", ContactPhone = k == 0 ? "0912345678" : "0987654321",
                JobsOffered = k == 0 ? "Công nhân may, phụ kho" : "Lao động phổ thông theo mùa vụ", Places = k == 0 ? 10 : 5,
                WillingSince = today.AddYears(-1), Active = k == 0 || index != 2, CreatedAt = At, CreatedBy = By, UpdatedAt = At, UpdatedBy = By,
            }).ToList();
            var courses = new List<VocationalCourse>
            {
                new() { ProvinceCode = DemoSeeder.ProvinceCode, CommuneCode = commune, Trade = "Sửa chữa xe máy", Provider = "Trường Cao đẳng Nghề Hòa Bình",
                    Place = "Nhà văn hóa xã", StartsOn = today.AddMonths(-1), EndsOn = today.AddMonths(2), Seats = 20, FeeWaived = true,
                    Support = "Miễn học phí; hỗ trợ tiền ăn 30.000 đồng/ngày.", CreatedAt = At, CreatedBy = By, UpdatedAt = At, UpdatedBy = By },
                new() { ProvinceCode = DemoSeeder.ProvinceCode, CommuneCode = commune, Trade = "Kỹ thuật chăn nuôi", Provider = "Trung tâm Khuyến nông tỉnh",
                    Place = "Hội trường UBND xã", StartsOn = today.AddMonths(-8), EndsOn = today.AddMonths(-6), Seats = 30, FeeWaived = true,
                    CreatedAt = At, CreatedBy = By, UpdatedAt = At, UpdatedBy = By },
            };
            db.AddRange(employers);
            db.AddRange(courses);
            return (employers, courses);
        }

        /// <param name="outcome">0 hired, 1 declined, 2 no-show, 3 pending.</param>
        public void Referral(Case c, Employer? employer, VocationalCourse? course, int outcome)
        {
            var on = course is { } k ? (k.StartsOn.AddDays(-10) < c.StartOn ? c.StartOn : k.StartsOn.AddDays(-10)) : Cap(today.AddDays(-r.Number(20, 120)));
            if (on < c.StartOn) on = c.StartOn;
            var x = new JobReferral
            {
                CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode,
                Kind = employer is null ? ReferralKind.Training : ReferralKind.Job, EmployerId = employer?.Id, CourseId = course?.Id,
                TargetName = employer?.Name ?? $"{course!.Trade} ({course.Provider})", ReferredOn = Cap(on), CreatedAt = At, CreatedBy = By,
            };
            if (outcome < 3)
            {
                x.Outcome = outcome switch { 0 => ReferralOutcome.Hired, 1 => ReferralOutcome.Declined, _ => ReferralOutcome.NoShow };
                x.OutcomeOn = Cap(x.ReferredOn.AddDays(r.Number(3, 10)));
                if (x.Outcome == ReferralOutcome.Declined)
                {
                    x.DeclinedBy = DeclinedBy.Person;
                    x.DeclineReason = "Muốn làm việc gần nhà để chăm sóc mẹ già.";
                }
            }
            db.Add(x);
        }

        public void Model(string commune, IReadOnlyList<(Case Case, string Name)> returnees, string officerName, int index)
        {
            var established = today.AddMonths(-10);
            var m = new ReintegrationModel
            {
                ProvinceCode = DemoSeeder.ProvinceCode, CommuneCode = commune, Name = index == 0 ? ModelText.SuggestedName : "Tổ tự quản giúp đỡ người lầm lỗi",
                EstablishedOn = established, DecisionNumber = $"{r.Number(20, 90)}/QĐ-UBND", DecisionDate = established,
                Lead = index == 0 ? LeadOrganisation.CommunePolice : LeadOrganisation.WomenUnion,
                Goal = "Giúp người chấp hành xong án phạt tù ổn định cuộc sống, có việc làm, không tái phạm.", CreatedAt = At, CreatedBy = By,
            };
            db.Add(m);
            db.Add(new ReintegrationModelMember { ModelId = m.Id, ProvinceCode = m.ProvinceCode, CommuneCode = commune, Role = MemberRole.Officer,
                Name = officerName, JoinedOn = established, CreatedAt = At, CreatedBy = By });
            db.Add(new ReintegrationModelMember { ModelId = m.Id, ProvinceCode = m.ProvinceCode, CommuneCode = commune, Role = MemberRole.MassOrganisation,
                Name = "Hà Thị Thu", Note = "Hội Liên hiệp Phụ nữ xã", JoinedOn = established, CreatedAt = At, CreatedBy = By });
            foreach (var (c, name) in returnees)
            {
                var joined = c.StartOn > established ? c.StartOn.AddDays(15) : established;
                db.Add(new ReintegrationModelMember { ModelId = m.Id, ProvinceCode = m.ProvinceCode, CommuneCode = commune, Role = MemberRole.Returnee,
                    CaseId = c.Id, PersonId = c.PersonId, Name = name, JoinedOn = Cap(joined), CreatedAt = At, CreatedBy = By });
            }
            for (var k = 3; k >= 1; k--)
                db.Add(new ReintegrationModelActivity { ModelId = m.Id, ProvinceCode = m.ProvinceCode, CommuneCode = commune, HeldOn = today.AddMonths(-3 * k + 1),
                    Content = k == 1 ? "Thăm hỏi, tặng quà gia đình người chấp hành xong án phạt tù có hoàn cảnh khó khăn." : "Sinh hoạt định kỳ; trao đổi về việc làm, vay vốn.",
                    Participants = r.Number(8, 20), ReturneesHelped = r.Number(2, returnees.Count + 1), Result = "Các thành viên nắm được chính sách, 01 người có việc làm mới.",
                    CreatedAt = At, CreatedBy = By });
        }

        public void Exemplary(Case c) => db.Add(new ExemplaryIndividual
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, RecognisedOn = today.AddMonths(-2),
            RecognisedBy = RecognitionBody.CommuneCommittee, DecisionNumber = $"{r.Number(100, 200)}/QĐ-UBND",
            Achievements = "Chấp hành tốt pháp luật, mở xưởng sửa chữa xe máy, tạo việc làm cho 02 lao động địa phương.",
            Evidence = "Giấy khen của Chủ tịch UBND xã; xác nhận của Trưởng thôn.", CreatedAt = At, CreatedBy = By,
        });

        public void Clear(Case c)
        {
            var on = today.AddDays(-r.Number(5, 40));
            if (c.MoveTo(CaseStatus.Completed, on) is { } refusal) throw new InvalidOperationException(refusal);
            db.Add(new RecordClearance
            {
                CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, Kind = ClearanceKind.Certificate,
                DocumentNumber = $"{r.Number(1000, 9999)}/LLTP", DocumentDate = on, Issuer = "Sở Tư pháp tỉnh Phú Thọ", CreatedAt = At, CreatedBy = By,
            });
        }
    }
}
