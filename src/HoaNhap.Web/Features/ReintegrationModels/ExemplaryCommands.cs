using HoaNhap.Data;
using HoaNhap.Domain.Audit;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Forms;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.ReintegrationModels;

public sealed class ExemplaryInput
{
    public string? RecognisedOn { get; set; }
    /// <summary>CommuneCommittee, CommunePolice, ProvincePolice, ProvinceCommittee, FatherlandFront or Other.</summary>
    public string? RecognisedBy { get; set; }
    public string? DecisionNumber { get; set; }
    public string? Achievements { get; set; }
    public string? Evidence { get; set; }
    /// <summary>API only: the evidence file (JPEG, PNG or PDF, at most 5 MB) as base64, and its name.</summary>
    public string? EvidenceFileName { get; set; }
    public string? EvidenceFileBase64 { get; set; }
}

/// <summary>
/// Exemplary individuals (cá nhân điển hình): a returnee under management recognised by the commune (or another body)
/// for how they rebuilt their life, with the evidence. Read with the case; recorded by the police officers.
/// </summary>
public static class ExemplaryCommands
{
    public static async Task<Outcome<List<ExemplaryIndividual>>> ListAsync(HoaNhapDbContext db, CurrentUser u, Guid caseId, CancellationToken ct, bool audit = true)
    {
        var c = await CaseLookup.FindAsync(db, u, caseId, ct);
        if (c is null) return Outcome<List<ExemplaryIndividual>>.Missing();
        var list = await db.Set<ExemplaryIndividual>().AsNoTracking().Where(x => x.CaseId == c.Id).OrderByDescending(x => x.RecognisedOn).ToListAsync(ct);
        return Outcome<List<ExemplaryIndividual>>.Ok(list);
    }

    public static async Task<Outcome<ExemplaryIndividual>> RecogniseAsync(HoaNhapDbContext db, CurrentUser u, Guid caseId, ExemplaryInput input,
        EvidenceUpload? upload, string? uploadError, CancellationToken ct)
    {
        var c = await CaseLookup.FindAsync(db, u, caseId, ct);
        if (c is null) return Outcome<ExemplaryIndividual>.Missing();
        if (!u.EditsRegistry) return Outcome<ExemplaryIndividual>.Denied();
        var errors = new Dictionary<string, string[]>();
        var on = FormChecks.Past(db.Today, errors, nameof(ExemplaryInput.RecognisedOn), "Ngày công nhận", input.RecognisedOn);
        var by = FormChecks.Choice<RecognitionBody>(input.RecognisedBy);
        if (by is null) errors[nameof(ExemplaryInput.RecognisedBy)] = ["Hãy chọn cơ quan, tổ chức công nhận (UBND xã, Công an xã…)."];
        var number = FormChecks.Optional(input.DecisionNumber, nameof(ExemplaryInput.DecisionNumber), "Số quyết định", 100, errors);
        var achievements = FormChecks.Required(input.Achievements, nameof(ExemplaryInput.Achievements), "Thành tích", 2000, errors);
        var evidence = FormChecks.Required(input.Evidence, nameof(ExemplaryInput.Evidence), "Chứng cứ", 2000, errors);
        if (upload is null && input.EvidenceFileBase64 is not null)
            (upload, uploadError) = EvidenceUpload.FromBase64(input.EvidenceFileName, input.EvidenceFileBase64);
        if (uploadError is not null) errors["EvidenceFile"] = [uploadError];
        if (errors.Count > 0) return Outcome<ExemplaryIndividual>.Invalid(errors);
        if (c.Kind != CaseKind.Reintegration)
            return Outcome<ExemplaryIndividual>.Refused(nameof(ExemplaryInput.RecognisedOn), "Cá nhân điển hình là người chấp hành xong án phạt tù đang được quản lý tái hòa nhập cộng đồng.");
        if (c.Status is not (CaseStatus.Intake or CaseStatus.Active))
            return Outcome<ExemplaryIndividual>.Refused(nameof(ExemplaryInput.RecognisedOn), $"Hồ sơ đang ở trạng thái “{CaseText.Status(c.Status)}”.");
        if (on < c.StartOn)
            return Outcome<ExemplaryIndividual>.Refused(nameof(ExemplaryInput.RecognisedOn), $"Ngày công nhận không được trước ngày bắt đầu quản lý ({Display.Date(c.StartOn)}).");
        if (await db.Set<ExemplaryIndividual>().AnyAsync(x => x.CaseId == c.Id && x.RecognisedOn == on, ct))
            return Outcome<ExemplaryIndividual>.Refused(nameof(ExemplaryInput.RecognisedOn), $"Người này đã được ghi nhận là cá nhân điển hình ngày {Display.Date(on)}.");
        var x = new ExemplaryIndividual
        {
            CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, RecognisedOn = on!.Value, RecognisedBy = by!.Value,
            DecisionNumber = number, Achievements = achievements!, Evidence = evidence!, CreatedAt = db.Clock.GetUtcNow(), CreatedBy = u.UserName,
        };
        if (upload is not null)
        {
            var file = new CaseFileItem
            {
                CaseId = c.Id, PersonId = c.PersonId, ProvinceCode = c.ProvinceCode, CommuneCode = c.CommuneCode, Kind = CaseFileItemKind.Other,
                Title = $"Chứng cứ công nhận cá nhân điển hình ngày {Display.Date(x.RecognisedOn)}", On = x.RecognisedOn, Number = number,
                FileName = upload.FileName, ContentType = upload.ContentType, Content = upload.Content, Generated = false,
                CreatedAt = db.Clock.GetUtcNow(), CreatedBy = u.UserName,
            };
            db.Set<CaseFileItem>().Add(file);
            x.EvidenceFileId = file.Id;
        }
        db.Add(x);
        await db.SaveChangesAsync(ct);
        return Outcome<ExemplaryIndividual>.Ok(x);
    }
}
