namespace HoaNhap.Domain.Rules;

/// <summary>Names of the rule parameters (legal-rules.md §14).</summary>
public static class RuleKeys
{
    public const string ShortenMinServed = "AnTreo.Shorten.MinServed";
    public const string ShortenFloorServed = "AnTreo.Shorten.FloorServed";
    public const string ShortenMinMonths = "AnTreo.Shorten.MinMonths";
    public const string ShortenMaxMonths = "AnTreo.Shorten.MaxMonths";
    public const string ShortenIntervalYears = "AnTreo.Shorten.IntervalYears";
    public const string ShortenWholeRemainderMonths = "AnTreo.Shorten.WholeRemainderMonths";
    public const string CustodyCreditDays = "CTKGG.CustodyCreditDays";
    public const string ReformReduceMinServed = "CTKGG.Reduce.MinServed";
    public const string ReformReduceFloorServed = "CTKGG.Reduce.FloorServed";
    public const string RemissionMinServed = "CamCuTruQuanChe.Waive.MinServed";
    public const string ExpungementAutomaticLight = "AnTich.Automatic.Light";
    public const string ExpungementAutomaticUpTo5 = "AnTich.Automatic.PrisonUpTo5";
    public const string ExpungementAutomaticUpTo15 = "AnTich.Automatic.PrisonUpTo15";
    public const string ExpungementAutomaticOver15 = "AnTich.Automatic.PrisonOver15";
    public const string ExpungementCourtLight = "AnTich.Court.Light";
    public const string ExpungementCourtUpTo5 = "AnTich.Court.PrisonUpTo5";
    public const string ExpungementCourtUpTo15 = "AnTich.Court.PrisonUpTo15";
    public const string ExpungementCourtOver15 = "AnTich.Court.PrisonOver15";
    public const string LoanWindowYears = "Loan.WindowAfterRelease";
    public const string LoanMaxIndividual = "Loan.MaxIndividual";
    public const string LoanMaxBusiness = "Loan.MaxBusiness";
    public const string LoanMaxPerWorker = "Loan.MaxPerWorker";
    public const string LoanMaxTermMonths = "Loan.MaxTerm";
    public const string LoanBusinessMinSharePercent = "Loan.BusinessMinSharePercent";
    public const string CourtIssueDecision = "Court.IssueDecision";
    public const string CourtSendDecision = "Court.SendDecision.AnTreo";
    public const string SummonAfterReceipt = "CQTHAHS.SummonAfterReceipt.AnTreo";
    public const string FileToCommune = "CQTHAHS.FileToCommune";
    public const string ShortenFileDeadlineDays = "AnTreo.Shorten.CQTHAHSFileDeadline";
    public const string AbsenceMaxPerTripDays = "Absence.MaxPerTrip";
    public const string AbsenceMaxTotal = "Absence.MaxTotalFraction";
    public const string AbsenceDecisionDeadline = "Absence.DecisionDeadline";
    public const string PrisonNotifyBeforeReleaseMonths = "Prison.NotifyBeforeRelease";
    public const string ReintegrationVerifyResidence = "Reintegration.CAxaVerifyResidence";
    public const string ReintegrationPersonReport = "Reintegration.PersonReportDeadline";
    public const string AssignSupervisor = "Commune.AssignSupervisor";
    public const string SelfReportIntervalMonths = "SelfReport.IntervalMonths";
    public const string AssessmentIntervalMonths = "Assessment.IntervalMonths";
    public const string CheckInIntervalMonths = "CheckIn.DefaultIntervalMonths";
    public const string IncomeDeductionMinPercent = "CTKGG.IncomeDeduction.MinPercent";
    public const string IncomeDeductionMaxPercent = "CTKGG.IncomeDeduction.MaxPercent";
    public const string LabourMaxHoursPerDay = "CTKGG.CommunityLabour.MaxHoursPerDay";
    public const string LabourMaxDaysPerWeek = "CTKGG.CommunityLabour.MaxDaysPerWeek";
    public const string RevocationThreshold = "AnTreo.RevocationThreshold";
    public const string EarlyReleaseRevocationThreshold = "ThaTu.RevocationThreshold";
    public const string EarlyReleaseSanctionThreshold = "ThaTu.AdministrativeSanctionThreshold";
    public const string AbsenceReturnReportDays = "Absence.ReturnReportDays";
    public const string TransferHandOverFile = "Transfer.HandOverFile";
    public const string TransferReceiverActs = "Transfer.ReceiverActs";
    public const string ReportAfterSummons = "Offender.ReportAfterSummons";
    public const string EscalationSendProposal = "Escalation.SendProposal";
    public const string EarlyReleaseShortenMinMonths = "ThaTu.Shorten.MinMonths";
    public const string EarlyReleaseShortenMaxMonths = "ThaTu.Shorten.MaxMonths";
    public const string EarlyReleaseShortenMinServed = "ThaTu.Shorten.MinServed";
    public const string EarlyReleaseShortenIntervalYears = "ThaTu.Shorten.IntervalYears";
}

/// <summary>
/// The values the team read in the law (legal-rules.md), each with its source and whether that
/// source was seen. Administrators change them on the rule-parameter page, by effective date.
/// </summary>
public static class RuleParameterDefaults
{
    static readonly DateOnly Blhs2015 = new(2018, 1, 1);      // BLHS 2015 (sửa đổi 2017) có hiệu lực
    static readonly DateOnly Lthahs2019 = new(2020, 1, 1);    // LTHAHS 2019 có hiệu lực
    static readonly DateOnly Tt10 = new(2024, 5, 1);          // TT 10/2024/TT-BCA có hiệu lực
    static readonly DateOnly Qd22 = new(2023, 8, 17);         // QĐ 22/2023/QĐ-TTg (ngày ký, cần kiểm tra ngày hiệu lực)
    static readonly DateOnly Lthahs2025 = new(2026, 7, 1);    // LTHAHS 2025 (Luật 127/2025/QH15) có hiệu lực
    const string Law2025Unseen = "LTHAHS 2025 (Luật 127/2025/QH15): chưa xem văn bản, tạm giữ mức của LTHAHS 2019";

    static RuleParameter P(string key, string title, string value, string unit, string source, SourceStatus status, DateOnly from) =>
        new(key, title, value, unit, source, status, from);

    const SourceStatus C = SourceStatus.Confirmed;
    const SourceStatus V = SourceStatus.ToVerify;

    public static IReadOnlyList<RuleParameter> All { get; } =
    [
        P(RuleKeys.ShortenMinServed, "Án treo: phần thời gian thử thách phải chấp hành trước khi xét rút ngắn", "1/2", RuleUnits.Fraction, "BLHS 2015 Điều 65 khoản 4; LTHAHS 2019 Điều 89", C, Lthahs2019),
        P(RuleKeys.ShortenFloorServed, "Án treo: phần thời gian thử thách phải thực chấp hành sau các lần rút ngắn", "3/4", RuleUnits.Fraction, "LTHAHS 2019 Điều 89", C, Lthahs2019),
        P(RuleKeys.ShortenMinMonths, "Án treo: mức rút ngắn tối thiểu mỗi lần", "1", RuleUnits.Months, "LTHAHS 2019 Điều 89", C, Lthahs2019),
        P(RuleKeys.ShortenMaxMonths, "Án treo: mức rút ngắn tối đa mỗi lần", "12", RuleUnits.Months, "LTHAHS 2019 Điều 89", C, Lthahs2019),
        P(RuleKeys.ShortenIntervalYears, "Án treo: khoảng cách tối thiểu giữa hai lần rút ngắn (mỗi năm một lần)", "1", RuleUnits.Years, "LTHAHS 2019 Điều 89", C, Lthahs2019),
        P(RuleKeys.ShortenWholeRemainderMonths, "Án treo: thời gian thử thách còn lại tối đa để được rút ngắn hết", "1", RuleUnits.Months, "LTHAHS 2019 Điều 89", C, Lthahs2019),
        P(RuleKeys.CustodyCreditDays, "Cải tạo không giam giữ: số ngày được trừ cho mỗi ngày bị tạm giữ, tạm giam", "3", RuleUnits.Days, "BLHS 2015 Điều 36 khoản 2", C, Blhs2015),
        P(RuleKeys.ReformReduceMinServed, "Cải tạo không giam giữ: phần thời hạn phải chấp hành trước khi xét giảm", "1/3", RuleUnits.Fraction, "BLHS 2015 Điều 63 khoản 1", V, Blhs2015),
        P(RuleKeys.ReformReduceFloorServed, "Cải tạo không giam giữ: phần thời hạn phải thực chấp hành sau các lần giảm", "1/2", RuleUnits.Fraction, "BLHS 2015 Điều 63 khoản 2", V, Blhs2015),
        P(RuleKeys.RemissionMinServed, "Cấm cư trú, quản chế: phần thời hạn phải chấp hành trước khi xét miễn phần còn lại", "1/2", RuleUnits.Fraction, "BLHS 2015 Điều 62 khoản 6", C, Blhs2015),
        P(RuleKeys.ExpungementAutomaticLight, "Đương nhiên xóa án tích: cảnh cáo, phạt tiền, cải tạo không giam giữ, án treo", "1", RuleUnits.Years, "BLHS 2015 Điều 70 khoản 2 điểm a", C, Blhs2015),
        P(RuleKeys.ExpungementAutomaticUpTo5, "Đương nhiên xóa án tích: tù đến 5 năm", "2", RuleUnits.Years, "BLHS 2015 Điều 70 khoản 2 điểm b", C, Blhs2015),
        P(RuleKeys.ExpungementAutomaticUpTo15, "Đương nhiên xóa án tích: tù trên 5 năm đến 15 năm", "3", RuleUnits.Years, "BLHS 2015 Điều 70 khoản 2 điểm c", C, Blhs2015),
        P(RuleKeys.ExpungementAutomaticOver15, "Đương nhiên xóa án tích: tù trên 15 năm, chung thân, tử hình được ân giảm", "5", RuleUnits.Years, "BLHS 2015 Điều 70 khoản 2 điểm d", C, Blhs2015),
        P(RuleKeys.ExpungementCourtLight, "Xóa án tích theo quyết định của Tòa án: cảnh cáo, phạt tiền, cải tạo không giam giữ, án treo", "1", RuleUnits.Years, "BLHS 2015 Điều 71 khoản 2 điểm a", C, Blhs2015),
        P(RuleKeys.ExpungementCourtUpTo5, "Xóa án tích theo quyết định của Tòa án: tù đến 5 năm", "3", RuleUnits.Years, "BLHS 2015 Điều 71 khoản 2 điểm b", C, Blhs2015),
        P(RuleKeys.ExpungementCourtUpTo15, "Xóa án tích theo quyết định của Tòa án: tù trên 5 năm đến 15 năm", "5", RuleUnits.Years, "BLHS 2015 Điều 71 khoản 2 điểm c", C, Blhs2015),
        P(RuleKeys.ExpungementCourtOver15, "Xóa án tích theo quyết định của Tòa án: tù trên 15 năm, chung thân, tử hình được ân giảm", "7", RuleUnits.Years, "BLHS 2015 Điều 71 khoản 2 điểm d", C, Blhs2015),
        P(RuleKeys.LoanWindowYears, "Vay vốn: thời gian tối đa từ khi chấp hành xong án đến khi vay", "5", RuleUnits.Years, "QĐ 22/2023/QĐ-TTg", C, Qd22),
        P(RuleKeys.LoanMaxIndividual, "Vay vốn: mức cho vay tối đa với cá nhân", "100000000", RuleUnits.Vnd, "QĐ 22/2023/QĐ-TTg (chưa xem văn bản)", V, Qd22),
        P(RuleKeys.LoanMaxBusiness, "Vay vốn: mức cho vay tối đa với cơ sở sản xuất, kinh doanh mỗi phương án", "2000000000", RuleUnits.Vnd, "QĐ 22/2023/QĐ-TTg (chưa xem văn bản)", V, Qd22),
        P(RuleKeys.LoanMaxPerWorker, "Vay vốn: mức tối đa cho mỗi lao động là người chấp hành xong án", "100000000", RuleUnits.Vnd, "QĐ 22/2023/QĐ-TTg (chưa xem văn bản)", V, Qd22),
        P(RuleKeys.LoanMaxTermMonths, "Vay vốn: thời hạn cho vay tối đa", "120", RuleUnits.Months, "QĐ 22/2023/QĐ-TTg (chưa xem văn bản)", V, Qd22),
        P(RuleKeys.LoanBusinessMinSharePercent, "Vay vốn: tỷ lệ lao động là người chấp hành xong án tối thiểu của cơ sở (phần trăm)", "10", "%", "QĐ 22/2023/QĐ-TTg", C, Qd22),
        P(RuleKeys.CourtIssueDecision, "Chánh án Tòa án đã xét xử sơ thẩm ra quyết định thi hành án sau khi bản án có hiệu lực pháp luật", "7", RuleUnits.Days, "BLTTHS 2015 Điều 364 khoản 1 (chưa xem văn bản)", V, Blhs2015),
        P(RuleKeys.CourtSendDecision, "Tòa án gửi quyết định thi hành án treo", "3", RuleUnits.WorkingDays, "LTHAHS 2019 Điều 84 khoản 2", C, Lthahs2019),
        P(RuleKeys.SummonAfterReceipt, "Triệu tập người được hưởng án treo sau khi nhận quyết định", "3", RuleUnits.WorkingDays, "LTHAHS 2019 Điều 85 khoản 1", C, Lthahs2019),
        P(RuleKeys.FileToCommune, "Lập và chuyển hồ sơ thi hành án cho UBND cấp xã", "5", RuleUnits.WorkingDays, "LTHAHS 2019 Điều 85 khoản 2 (chưa xem văn bản)", V, Lthahs2019),
        P(RuleKeys.ShortenFileDeadlineDays, "Cơ quan THAHS lập hồ sơ đề nghị rút ngắn sau báo cáo của UBND xã", "7", RuleUnits.Days, "LTHAHS 2019 Điều 90 khoản 2", C, Lthahs2019),
        P(RuleKeys.AbsenceMaxPerTripDays, "Vắng mặt tại nơi cư trú: tối đa mỗi lần", "60", RuleUnits.Days, "LTHAHS 2019 Điều 92, 100 (chưa xem văn bản)", V, Lthahs2019),
        P(RuleKeys.AbsenceMaxTotal, "Vắng mặt tại nơi cư trú: tổng thời gian tối đa so với thời hạn", "1/3", RuleUnits.Fraction, "LTHAHS 2019 Điều 92, 100 (chưa xem văn bản)", V, Lthahs2019),
        P(RuleKeys.AbsenceDecisionDeadline, "UBND xã quyết định về đơn xin vắng mặt", "3", RuleUnits.WorkingDays, "Chưa xác định được văn bản", V, Lthahs2019),
        P(RuleKeys.PrisonNotifyBeforeReleaseMonths, "Trại giam thông báo trước khi người chấp hành án ra trại", "2", RuleUnits.Months, "LTHAHS 2019 Điều 46 khoản 1", C, Lthahs2019),
        P(RuleKeys.ReintegrationVerifyResidence, "Công an xã kiểm tra nơi cư trú sau khi nhận thông báo ra trại", "3", RuleUnits.WorkingDays, "TT 10/2024/TT-BCA Điều 8 khoản 1", C, Tt10),
        P(RuleKeys.ReintegrationPersonReport, "Người chấp hành xong án trình diện UBND xã sau khi về nơi cư trú", "5", RuleUnits.WorkingDays, "LTHAHS 2019 Điều 46; Luật Đặc xá 2018 Điều 18 (chưa xem văn bản)", V, Lthahs2019),
        // From 01/07/2026 the 2025 law governs new events; its deadlines were not seen, so the 2019 values carry on as "to verify".
        P(RuleKeys.CourtSendDecision, "Tòa án gửi quyết định thi hành án treo", "3", RuleUnits.WorkingDays, Law2025Unseen, V, Lthahs2025),
        P(RuleKeys.SummonAfterReceipt, "Triệu tập người được hưởng án treo sau khi nhận quyết định", "3", RuleUnits.WorkingDays, Law2025Unseen, V, Lthahs2025),
        P(RuleKeys.FileToCommune, "Lập và chuyển hồ sơ thi hành án cho UBND cấp xã", "5", RuleUnits.WorkingDays, Law2025Unseen, V, Lthahs2025),
        P(RuleKeys.AssignSupervisor, "UBND xã phân công người trực tiếp giám sát, giáo dục sau khi nhận hồ sơ", "3", RuleUnits.WorkingDays, "LTHAHS 2019 Điều 86 (chưa xem văn bản)", V, Lthahs2019),
        P(RuleKeys.SelfReportIntervalMonths, "Người chấp hành án nộp bản tự nhận xét định kỳ", "1", RuleUnits.Months, "LTHAHS 2019 Điều 87, 99 (tần suất chưa xác định)", V, Lthahs2019),
        P(RuleKeys.AssessmentIntervalMonths, "Người giám sát, giáo dục nhận xét định kỳ", "3", RuleUnits.Months, "LTHAHS 2019 Điều 86 (tần suất chưa xác định)", V, Lthahs2019),
        P(RuleKeys.CheckInIntervalMonths, "Định kỳ điểm danh, kiểm diện mặc định (UBND xã có thể quyết định khác cho từng người)", "1", RuleUnits.Months, "Chưa xác định được văn bản", V, Lthahs2019),
        P(RuleKeys.IncomeDeductionMinPercent, "Cải tạo không giam giữ: mức khấu trừ thu nhập tối thiểu (phần trăm)", "5", "%", "BLHS 2015 Điều 36 khoản 3", C, Blhs2015),
        P(RuleKeys.IncomeDeductionMaxPercent, "Cải tạo không giam giữ: mức khấu trừ thu nhập tối đa (phần trăm)", "20", "%", "BLHS 2015 Điều 36 khoản 3", C, Blhs2015),
        P(RuleKeys.LabourMaxHoursPerDay, "Cải tạo không giam giữ: lao động phục vụ cộng đồng tối đa mỗi ngày (giờ)", "4", "giờ", "BLHS 2015 Điều 36 khoản 4 (chưa xem văn bản)", V, Blhs2015),
        P(RuleKeys.LabourMaxDaysPerWeek, "Cải tạo không giam giữ: lao động phục vụ cộng đồng tối đa mỗi tuần (ngày)", "5", RuleUnits.Days, "BLHS 2015 Điều 36 khoản 4 (chưa xem văn bản)", V, Blhs2015),
        P(RuleKeys.RevocationThreshold, "Án treo: số lần cố ý vi phạm nghĩa vụ để đề nghị buộc chấp hành án phạt tù", "2", RuleUnits.Times, "BLHS 2015 Điều 65 khoản 5", C, Blhs2015),
        P(RuleKeys.EarlyReleaseRevocationThreshold, "Tha tù trước thời hạn có điều kiện: số lần cố ý vi phạm nghĩa vụ để đề nghị hủy quyết định", "2", RuleUnits.Times, "BLHS 2015 Điều 66 khoản 4 (chưa xem văn bản)", V, Blhs2015),
        P(RuleKeys.EarlyReleaseSanctionThreshold, "Tha tù trước thời hạn có điều kiện: số lần bị xử phạt vi phạm hành chính để đề nghị hủy quyết định", "2", RuleUnits.Times, "BLHS 2015 Điều 66 khoản 4 (chưa xem văn bản)", V, Blhs2015),
        P(RuleKeys.AbsenceReturnReportDays, "Trình diện Công an xã sau khi hết thời gian vắng mặt", "1", RuleUnits.WorkingDays, "Chưa xác định được văn bản", V, Lthahs2019),
        P(RuleKeys.TransferHandOverFile, "Thay đổi nơi cư trú: chuyển giao hồ sơ cho nơi cư trú mới", "3", RuleUnits.WorkingDays, "Thông tư hướng dẫn (chưa xác định số hiệu), Điều 9 khoản 4", V, Lthahs2019),
        P(RuleKeys.ReportAfterSummons, "Người chấp hành án có mặt theo giấy triệu tập và lập bản cam kết", "3", RuleUnits.WorkingDays, "LTHAHS 2019 Điều 85 khoản 1 (theo bản tóm tắt thứ cấp, chưa xem văn bản)", V, Lthahs2019),
        P(RuleKeys.EscalationSendProposal, "Công an xã gửi văn bản đề nghị xử lý vi phạm (buộc chấp hành án phạt tù, truy nã) sau khi đủ căn cứ", "3", RuleUnits.WorkingDays, "Chưa xác định được văn bản", V, Lthahs2019),
        P(RuleKeys.EarlyReleaseShortenMinMonths, "Tha tù trước thời hạn có điều kiện: mức rút ngắn thời gian thử thách tối thiểu mỗi lần", "3", RuleUnits.Months, "Nghị quyết 01/2018/NQ-HĐTP (nguồn độ tin cậy thấp, chưa xem văn bản)", V, Blhs2015),
        P(RuleKeys.EarlyReleaseShortenMaxMonths, "Tha tù trước thời hạn có điều kiện: mức rút ngắn thời gian thử thách tối đa mỗi lần", "24", RuleUnits.Months, "Nghị quyết 01/2018/NQ-HĐTP (nguồn độ tin cậy thấp, chưa xem văn bản)", V, Blhs2015),
        P(RuleKeys.EarlyReleaseShortenMinServed, "Tha tù trước thời hạn có điều kiện: phần thời gian thử thách phải chấp hành trước khi xét rút ngắn", "1/2", RuleUnits.Fraction, "BLHS 2015 Điều 66 khoản 4 (chưa xem văn bản)", V, Blhs2015),
        P(RuleKeys.EarlyReleaseShortenIntervalYears, "Tha tù trước thời hạn có điều kiện: khoảng cách tối thiểu giữa hai lần rút ngắn", "1", RuleUnits.Years, "Nghị quyết 01/2018/NQ-HĐTP (nguồn độ tin cậy thấp, chưa xem văn bản)", V, Blhs2015),
        P(RuleKeys.TransferReceiverActs, "Thay đổi nơi cư trú: nơi cư trú mới tiếp nhận sau khi nhận thông báo", "7", RuleUnits.Days, "Thông tư hướng dẫn (chưa xác định số hiệu), Điều 9 khoản 4", V, Lthahs2019),
        .. ReportingDefaults.All,
        .. ModelCoverageDefaults.All,
        .. RetentionDefaults.All,
        .. GradingDefaults.All,
        .. HoaNhap.Domain.Alerts.AlertDefaults.All,
        .. CaseloadDefaults.All,
        .. JobRetentionDefaults.All,
    ];
}
