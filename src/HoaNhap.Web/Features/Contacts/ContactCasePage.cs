using HoaNhap.Domain.Access;
using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Contacts;

/// <summary>A form that adds a contact or an appointment to a case; the confirmation shows at the top of the case page.</summary>
public abstract class ContactCasePage<TInput, TResult>(HoaNhapDbContext db) : CaseFormPage<TInput, TResult>(db) where TInput : class, new()
{
    protected override string Section => "contacts";
    protected override bool ConfirmInSection => false;
    protected override bool MayAct(CurrentUser me) => me.May(Act.RecordContact);
    protected sealed override Task<Outcome<TResult>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) => SaveAsync(caseId, ct);
    protected abstract Task<Outcome<TResult>> SaveAsync(Guid caseId, CancellationToken ct);
}
