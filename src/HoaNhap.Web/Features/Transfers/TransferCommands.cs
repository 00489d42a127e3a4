using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Domain.Transfers;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Transfers;

/// <summary>The request to change residence, recorded by the current commune (dates dd/MM/yyyy or yyyy-MM-dd).</summary>
public sealed class TransferRequestInput
{
    public string? ToProvinceCode { get; set; }
    public string? ToCommuneCode { get; set; }
    public string? NewAddress { get; set; }
    public string? Reason { get; set; }
    public string? RequestedOn { get; set; }
}

public sealed class TransferConsentInput
{
    public string? ConsentedOn { get; set; }
    public string? ConsentNumber { get; set; }
}

public sealed class TransferAcknowledgeInput
{
    public string? AcknowledgedOn { get; set; }
}

public sealed class TransferRefuseInput
{
    public string? RefusedOn { get; set; }
    public string? Reason { get; set; }
}

/// <summary>
/// Thay đổi nơi cư trú và chuyển hồ sơ (legal-rules §5.4): the commune records the request, the
/// competent body consents (<see cref="ResidenceChangeRules.WhoConsents"/>), the notice is sent, and the
/// receiving commune acknowledges — then the case, the person and their file move in one transaction —
/// or refuses with a reason (the case stays). Used by both the pages and the API.
/// </summary>
public static class TransferCommands
{
    /// <summary>Transfers a user may see: those leaving or entering their unit (not supervisors, who see their people's cases only).</summary>
    public static IQueryable<CaseTransfer> Visible(this IQueryable<CaseTransfer> q, CurrentUser user)
    {
        if (!user.ReadsRegistry || user.Role == Roles.Supervisor) return q.Where(_ => false);
        return user.CommuneCode is { } c
            ? q.Where(t => t.CommuneCode == c || t.ToCommuneCode == c)
            : q.Where(t => t.ProvinceCode == user.ProvinceCode || t.ToProvinceCode == user.ProvinceCode);
    }

    public static Task<CaseTransfer?> FindAsync(HoaNhapDbContext db, CurrentUser user, Guid transferId, CancellationToken ct) =>
        db.Set<CaseTransfer>().Visible(user).FirstOrDefaultAsync(t => t.Id == transferId, ct);

    /// <summary>Whether the user speaks for the body whose consent the law requires (LTHAHS 2019 Điều 68 khoản 2 điểm b as amended).</summary>
    public static bool MayConsent(CurrentUser user, CaseTransfer t) => t.ConsentAuthority switch
    {
        ConsentAuthority.CommunePolice => user.Role == Roles.CommuneOfficer && user.CommuneCode == t.CommuneCode,
        ConsentAuthority.ProvincePolice => user.Role == Roles.ProvinceOfficer && user.ProvinceCode == t.ProvinceCode,
        _ => false,
    };

    /// <summary>The receiving commune's police acknowledge (or refuse) the transfer.</summary>
    public static bool MayAcknowledge(CurrentUser user, CaseTransfer t) =>
        user.Role == Roles.CommuneOfficer && user.CommuneCode == t.ToCommuneCode;

    public static bool MayRefuse(CurrentUser user, CaseTransfer t) => t.Status switch
    {
        TransferStatus.Requested => MayConsent(user, t),
        TransferStatus.Sent => MayAcknowledge(user, t),
        _ => MayConsent(user, t) || MayAcknowledge(user, t),
    };

    /// <summary>
    /// Each step is recorded in the audit log once for the sending and once for the receiving unit, so that
    /// both sides' logs show it (the DbContext audits only the registry's own tables by itself).
    /// </summary>
    static void AuditBothSides(HoaNhapDbContext db, CaseTransfer t, string action, string details)
    {
        db.Record(action, nameof(CaseTransfer), t.Id.ToString(), t.PersonId, t.ProvinceCode, t.CommuneCode, details);
        db.Record(action, nameof(CaseTransfer), t.Id.ToString(), t.PersonId, t.ToProvinceCode, t.ToCommuneCode, details);
    }

    public static async Task<List<CaseTransfer>> ForCaseAsync(HoaNhapDbContext db, Guid caseId, CancellationToken ct) =>
        await db.Set<CaseTransfer>().AsNoTracking().Where(t => t.CaseId == caseId)
            .OrderByDescending(t => t.RequestedOn).ThenByDescending(t => t.CreatedAt).ToListAsync(ct);

    /// <summary>The transfers entering (incoming) or leaving (outgoing) the user's unit, newest first.</summary>
    public static async Task<Outcome<List<CaseTransfer>>> ListAsync(HoaNhapDbContext db, CurrentUser user, string? direction, CancellationToken ct)
    {
        if (!user.ReadsRegistry || user.Role == Roles.Supervisor) return Outcome<List<CaseTransfer>>.Denied();
        if (direction is not (null or "" or "incoming" or "outgoing"))
            return Outcome<List<CaseTransfer>>.Invalid("Direction", "Hướng chuyển phải là incoming (chuyển đến) hoặc outgoing (chuyển đi).");
        var q = db.Set<CaseTransfer>().AsNoTracking();
        q = (direction, user.CommuneCode) switch
        {
            ("outgoing", { } c) => q.Where(t => t.CommuneCode == c),
            ("outgoing", null) => q.Where(t => t.ProvinceCode == user.ProvinceCode),
            (_, { } c) => q.Where(t => t.ToCommuneCode == c),
            (_, null) => q.Where(t => t.ToProvinceCode == user.ProvinceCode),
        };
        var list = await q.ToListAsync(ct);
        return Outcome<List<CaseTransfer>>.Ok(list.OrderBy(t => t.IsOpen ? 0 : 1).ThenByDescending(t => t.RequestedOn).ThenByDescending(t => t.CreatedAt).ToList());
    }

    public static async Task<Outcome<CaseTransfer>> RequestAsync(HoaNhapDbContext db, CurrentUser user, Guid caseId, TransferRequestInput input, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, user, caseId, ct);
        if (c is null) return Outcome<CaseTransfer>.Missing();
        if (!user.EditsRegistry) return Outcome<CaseTransfer>.Denied();
        var person = await db.People.FirstAsync(p => p.Id == c.PersonId, ct);

        var errors = new Dictionary<string, string[]>();
        var province = string.IsNullOrWhiteSpace(input.ToProvinceCode) ? null
            : await db.Provinces.AsNoTracking().FirstOrDefaultAsync(p => p.Code == input.ToProvinceCode, ct);
        if (province is null) errors[nameof(TransferRequestInput.ToProvinceCode)] = ["Hãy chọn tỉnh, thành phố nơi cư trú mới trong danh mục đơn vị hành chính."];
        var commune = province is null || string.IsNullOrWhiteSpace(input.ToCommuneCode) ? null
            : await db.Communes.AsNoTracking().FirstOrDefaultAsync(x => x.Code == input.ToCommuneCode && x.ProvinceCode == province.Code, ct);
        if (province is not null && commune is null)
            errors[nameof(TransferRequestInput.ToCommuneCode)] = ["Hãy chọn xã, phường, đặc khu nơi cư trú mới thuộc tỉnh, thành phố đã chọn."];
        else if (commune is not null && commune.Code == person.CommuneCode)
            errors[nameof(TransferRequestInput.ToCommuneCode)] = ["Nơi cư trú mới phải ở xã, phường khác với nơi đang cư trú; thay đổi địa chỉ trong cùng xã thì sửa địa chỉ của người này."];
        if (string.IsNullOrWhiteSpace(input.NewAddress))
            errors[nameof(TransferRequestInput.NewAddress)] = ["Hãy nhập địa chỉ nơi cư trú mới (số nhà, đường, thôn, tổ dân phố)."];
        else if (input.NewAddress.Length > 500)
            errors[nameof(TransferRequestInput.NewAddress)] = [FormMessages.TooLong("Địa chỉ nơi cư trú mới", 500)];
        if (string.IsNullOrWhiteSpace(input.Reason))
            errors[nameof(TransferRequestInput.Reason)] = ["Hãy nhập lý do thay đổi nơi cư trú."];
        else if (input.Reason.Length > 1000)
            errors[nameof(TransferRequestInput.Reason)] = [FormMessages.TooLong("Lý do", 1000)];
        if (FormChecks.Past(db.Today, errors, nameof(TransferRequestInput.RequestedOn), "Ngày đề nghị", input.RequestedOn, out var on) && on < c.StartOn)
            errors[nameof(TransferRequestInput.RequestedOn)] = ["Ngày đề nghị không được trước ngày bắt đầu của hồ sơ."];
        if (errors.Count > 0) return Outcome<CaseTransfer>.Invalid(errors);

        if (c.Status is not (CaseStatus.Intake or CaseStatus.Active))
            return Outcome<CaseTransfer>.Refused(nameof(TransferRequestInput.ToCommuneCode),
                $"Hồ sơ đang ở trạng thái “{CaseText.Status(c.Status)}”: chỉ chuyển được hồ sơ đang tiếp nhận hoặc đang chấp hành.");
        if (await db.Set<CaseTransfer>().AnyAsync(t => t.PersonId == c.PersonId
                && (t.Status == TransferStatus.Requested || t.Status == TransferStatus.Sent), ct))
            return Outcome<CaseTransfer>.Refused(nameof(TransferRequestInput.ToCommuneCode),
                "Người này đang có một đề nghị thay đổi nơi cư trú chưa giải quyết xong; hãy giải quyết đề nghị đó trước.");

        var consent = ResidenceChangeRules.WhoConsents(person.ProvinceCode, province!.Code, on);
        var t = new CaseTransfer
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = person.ProvinceCode, CommuneCode = person.CommuneCode,
            ToProvinceCode = province.Code, ToCommuneCode = commune!.Code,
            FromAddress = person.Address, NewAddress = VietnameseText.Nfc(input.NewAddress!.Trim()), Reason = VietnameseText.Nfc(input.Reason!.Trim()),
            RequestedOn = on, RequestedBy = user.UserName,
            ConsentAuthority = consent.Authority, LegalBasisVersion = consent.LegalBasisVersion, LegalSource = consent.Source,
        };
        db.Set<CaseTransfer>().Add(t);
        AuditBothSides(db, t, AuditActions.Create, $"Đề nghị thay đổi nơi cư trú đến xã {t.ToCommuneCode} (tỉnh {t.ToProvinceCode}); cần sự đồng ý của {ResidenceChangeRules.Title(t.ConsentAuthority)}.");
        await db.SaveChangesAsync(ct);
        return Outcome<CaseTransfer>.Ok(t);
    }

    public static async Task<Outcome<CaseTransfer>> ConsentAsync(HoaNhapDbContext db, CurrentUser user, Guid transferId, TransferConsentInput input, CancellationToken ct)
    {
        var t = await FindAsync(db, user, transferId, ct);
        if (t is null) return Outcome<CaseTransfer>.Missing();
        if (!MayConsent(user, t)) return Outcome<CaseTransfer>.Denied();
        var errors = new Dictionary<string, string[]>();
        FormChecks.Past(db.Today, errors, nameof(TransferConsentInput.ConsentedOn), "Ngày đồng ý", input.ConsentedOn, out var on);
        if (input.ConsentNumber is { Length: > 100 })
            errors[nameof(TransferConsentInput.ConsentNumber)] = [FormMessages.TooLong("Số văn bản đồng ý", 100)];
        if (errors.Count > 0) return Outcome<CaseTransfer>.Invalid(errors);

        var book = new RuleBook(db);
        var p = await book.ParametersAsync(ct);
        var holidays = await book.HolidaysAsync(ct);
        var number = string.IsNullOrWhiteSpace(input.ConsentNumber) ? null : VietnameseText.Nfc(input.ConsentNumber.Trim());
        if (t.Consent(on, user.UserName, number, ResidenceChangeRules.HandOverFileBy(on, p, holidays), ResidenceChangeRules.ReceiverActsBy(on, p)) is { } refusal)
            return Outcome<CaseTransfer>.Refused(nameof(TransferConsentInput.ConsentedOn), refusal);

        var c = await db.Cases.FirstAsync(x => x.Id == t.CaseId, ct);
        var notice = await TransferNotice.DraftAsync(db, c, t, ct);
        t.NoticeFileItemId = CaseDocuments.Add(db, c, notice).Id;
        AuditBothSides(db, t, AuditActions.Update, $"Đồng ý thay đổi nơi cư trú ngày {Display.Date(on)}; đã gửi thông báo chuyển giao hồ sơ, nơi nhận tiếp nhận chậm nhất ngày {Display.Date(t.ReceiverDueOn)}.");
        await db.SaveChangesAsync(ct);
        return Outcome<CaseTransfer>.Ok(t);
    }

    public static async Task<Outcome<CaseTransfer>> AcknowledgeAsync(HoaNhapDbContext db, CurrentUser user, Guid transferId, TransferAcknowledgeInput input, CancellationToken ct)
    {
        var t = await FindAsync(db, user, transferId, ct);
        if (t is null) return Outcome<CaseTransfer>.Missing();
        if (!MayAcknowledge(user, t)) return Outcome<CaseTransfer>.Denied();
        var errors = new Dictionary<string, string[]>();
        if (!FormChecks.Past(db.Today, errors, nameof(TransferAcknowledgeInput.AcknowledgedOn), "Ngày tiếp nhận", input.AcknowledgedOn, out var on))
            return Outcome<CaseTransfer>.Invalid(errors);
        if (t.Acknowledge(on, user.UserName) is { } refusal)
            return Outcome<CaseTransfer>.Refused(nameof(TransferAcknowledgeInput.AcknowledgedOn), refusal);

        var person = await db.People.FirstAsync(p => p.Id == t.PersonId, ct);
        var c = await db.Cases.FirstAsync(x => x.Id == t.CaseId, ct);
        // Counted before the transaction (for the record); the rows themselves move inside it.
        var moving = await CaseRelocation.CountAsync(db, person.Id, ct);
        t.MovedSummary = CaseRelocation.Describe(moving);

        person.ProvinceCode = t.ToProvinceCode;
        person.CommuneCode = t.ToCommuneCode;
        person.Address = t.NewAddress;
        c.ProvinceCode = t.ToProvinceCode;
        c.CommuneCode = t.ToCommuneCode;
        // The supervisors of the old commune stop; the new commune assigns its own.
        foreach (var a in await db.SupervisorAssignments.Where(a => a.PersonId == person.Id && a.EndedOn == null).ToListAsync(ct))
            a.EndedOn = on;
        AuditBothSides(db, t, AuditActions.Update,
            $"Nơi cư trú mới đã tiếp nhận ngày {Display.Date(on)}; hồ sơ chuyển từ xã {t.CommuneCode} (tỉnh {t.ProvinceCode}) đến xã {t.ToCommuneCode} (tỉnh {t.ToProvinceCode}): {t.MovedSummary}");

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            // Tracked changes (and their audit entries) first, then every other row of the person in bulk,
            // so that the audit lock is never awaited while this transaction holds the database's write lock.
            await db.SaveChangesAsync(ct);
            await CaseRelocation.MoveAsync(db, person.Id, t.ToProvinceCode, t.ToCommuneCode, ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return Outcome<CaseTransfer>.Refused(nameof(TransferAcknowledgeInput.AcknowledgedOn),
                "Hồ sơ chuyển đến này vừa được người khác xử lý; hãy tải lại trang để xem trạng thái mới.");
        }
        return Outcome<CaseTransfer>.Ok(t);
    }

    public static async Task<Outcome<CaseTransfer>> RefuseAsync(HoaNhapDbContext db, CurrentUser user, Guid transferId, TransferRefuseInput input, CancellationToken ct)
    {
        var t = await FindAsync(db, user, transferId, ct);
        if (t is null) return Outcome<CaseTransfer>.Missing();
        if (!MayRefuse(user, t)) return Outcome<CaseTransfer>.Denied();
        var errors = new Dictionary<string, string[]>();
        FormChecks.Past(db.Today, errors, nameof(TransferRefuseInput.RefusedOn), "Ngày từ chối", input.RefusedOn, out var on);
        if (string.IsNullOrWhiteSpace(input.Reason))
            errors[nameof(TransferRefuseInput.Reason)] = ["Hãy nêu rõ lý do từ chối."];
        else if (input.Reason.Length > 1000)
            errors[nameof(TransferRefuseInput.Reason)] = [FormMessages.TooLong("Lý do từ chối", 1000)];
        if (errors.Count > 0) return Outcome<CaseTransfer>.Invalid(errors);
        if (t.Refuse(on, user.UserName, VietnameseText.Nfc(input.Reason!.Trim())) is { } refusal)
            return Outcome<CaseTransfer>.Refused(nameof(TransferRefuseInput.RefusedOn), refusal);
        AuditBothSides(db, t, AuditActions.Update, $"{TransferText.Status(t.Status)} ngày {Display.Date(on)}. Lý do: {t.RefusalReason}");
        await db.SaveChangesAsync(ct);
        return Outcome<CaseTransfer>.Ok(t);
    }
}
