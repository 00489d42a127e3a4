using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Web.Shared.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.ReintegrationModels;

public sealed record ModelMembership(ReintegrationModelMember Member, ReintegrationModel Model);

public sealed record ModelsSectionModel(Case Case, CurrentUser Me, IReadOnlyList<ModelMembership> Memberships, IReadOnlyList<ExemplaryIndividual> Recognitions,
    bool CommuneHasModel)
{
    public bool Edits => Me.EditsRegistry && Case.Status is CaseStatus.Intake or CaseStatus.Active;
}

/// <summary>The "Mô hình và điển hình" section of a reintegration case: the models the person belongs to and their recognition as an exemplary individual.</summary>
public sealed class ModelsSection(HoaNhapDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid caseId)
    {
        var ct = HttpContext.RequestAborted;
        var me = CurrentUser.From(HttpContext.User)!;
        var c = await CaseLookup.FindAsync(db, me, caseId, ct);
        if (c is null || c.Kind != CaseKind.Reintegration) return Content("");
        var memberships = await db.Set<ReintegrationModelMember>().AsNoTracking().Where(m => m.CaseId == c.Id)
            .Join(db.Set<ReintegrationModel>(), m => m.ModelId, x => x.Id, (m, x) => new ModelMembership(m, x))
            .ToListAsync(ct);
        var recognitions = await db.Set<ExemplaryIndividual>().AsNoTracking().Where(x => x.CaseId == c.Id).OrderByDescending(x => x.RecognisedOn).ToListAsync(ct);
        var communeHasModel = await db.Set<ReintegrationModel>().AnyAsync(m => m.ProvinceCode == c.ProvinceCode && m.CommuneCode == c.CommuneCode && m.StoppedOn == null, ct);
        return View("/Features/ReintegrationModels/_ModelsSection.cshtml", new ModelsSectionModel(c, me, memberships.OrderBy(m => m.Member.LeftOn is null ? 0 : 1).ThenBy(m => m.Member.JoinedOn).ToList(),
            recognitions, communeHasModel));
    }
}
