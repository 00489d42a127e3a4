using HoaNhap.Data;
using HoaNhap.Domain.Cases;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Transfers;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Transfers;

/// <summary>
/// The commune records a request to change residence. Without JavaScript the destination is chosen in two
/// steps: the province (the page reloads with its communes), then the commune from the official list.
/// </summary>
[Shared.Audit.PersonalData(typeof(Domain.Cases.Case))]
public sealed class CreateModel(HoaNhapDbContext db) : CaseCheckPage<TransferRequestInput, CaseTransfer>(db)
{
    public Person Person { get; private set; } = null!;
    public List<SelectListItem> Provinces { get; private set; } = [];
    public List<SelectListItem> Communes { get; private set; } = [];
    public string ProvinceName { get; private set; } = "";
    public string? AuthorityNote { get; private set; }
    /// <summary>The province chosen in the first step: the page reloads with <c>?province=</c>.</summary>
    [BindProperty(SupportsGet = true, Name = "province")] public string? ChosenProvince { get; set; }

    // The request is followed on its own page, with the confirmation at its top.
    protected override string Section => CasePage.Transfers;
    protected override bool ConfirmInSection => false;
    protected override string AfterSave(Guid caseId, CaseTransfer t) => $"/Transfers/Details/{t.Id}";
    protected override bool MayAct(CurrentUser me) => me.EditsRegistry;
    protected override void Prefill() => Input.RequestedOn = Display.Date(Today);
    protected override Task<Outcome<CaseTransfer>> SaveAsync(CurrentUser me, Guid caseId, CancellationToken ct) =>
        TransferCommands.RequestAsync(Db, me, caseId, Input, ct);
    protected override string Done(CaseTransfer t) =>
        $"Đã ghi nhận đề nghị thay đổi nơi cư trú; chờ {ResidenceChangeRules.Title(t.ConsentAuthority)} đồng ý.";

    protected override async Task<bool> LoadMoreAsync(Case c, CancellationToken ct)
    {
        // The province: chosen in the first step, else the form's answer (on the way back from the check page, still in the query).
        var province = ChosenProvince ?? Input.ToProvinceCode ?? Request.Query[$"Input.{nameof(TransferRequestInput.ToProvinceCode)}"].FirstOrDefault();
        Person = await Db.People.AsNoTracking().FirstAsync(p => p.Id == c.PersonId, ct);
        var provinces = await Db.Provinces.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        var chosen = provinces.FirstOrDefault(p => p.Code == province) ?? provinces.First(p => p.Code == Person.ProvinceCode);
        Input.ToProvinceCode = chosen.Code;
        ProvinceName = chosen.FullName;
        Provinces = provinces.Select(p => new SelectListItem(p.FullName, p.Code, p.Code == chosen.Code)).ToList();
        Communes = [new SelectListItem("— Chọn xã, phường, đặc khu —", ""), .. (await Db.Communes.AsNoTracking()
            .Where(x => x.ProvinceCode == chosen.Code && x.Code != Person.CommuneCode).OrderBy(x => x.Name).ToListAsync(ct))
            .Select(x => new SelectListItem($"{x.FullName} ({x.Code})", x.Code))];
        AuthorityNote = ResidenceChangeRules.WhoConsents(Person.ProvinceCode, chosen.Code, Today) is var w
            ? $"{(w.WithinProvince ? "Chuyển trong tỉnh" : "Chuyển ra ngoài tỉnh")}: cần sự đồng ý của {w.AuthorityTitle} ({w.Source})." : null;
        return true;
    }

    /// <summary>The answers with "Thay đổi" links, and who must consent.</summary>
    protected override async Task<CheckAnswers> ReviewAsync(Guid caseId, CancellationToken ct)
    {
        var commune = await Db.Communes.AsNoTracking().Where(x => x.Code == Input.ToCommuneCode).Select(x => x.FullName).FirstOrDefaultAsync(ct);
        return new CheckAnswers("Kiểm tra trước khi ghi nhận đề nghị",
            [
                new Answer("Nơi cư trú mới", $"{commune}, {ProvinceName}", nameof(TransferRequestInput.ToCommuneCode)),
                new Answer("Địa chỉ", Input.NewAddress ?? "", nameof(TransferRequestInput.NewAddress)),
                new Answer("Lý do", Input.Reason ?? "", nameof(TransferRequestInput.Reason)),
                new Answer("Ngày đề nghị", Input.RequestedOn ?? "", nameof(TransferRequestInput.RequestedOn)),
            ],
            $"/Transfers/Create/{caseId}",
            new Dictionary<string, string?>
            {
                [nameof(TransferRequestInput.ToProvinceCode)] = Input.ToProvinceCode, [nameof(TransferRequestInput.ToCommuneCode)] = Input.ToCommuneCode,
                [nameof(TransferRequestInput.NewAddress)] = Input.NewAddress, [nameof(TransferRequestInput.Reason)] = Input.Reason,
                [nameof(TransferRequestInput.RequestedOn)] = Input.RequestedOn,
            },
            "Ghi nhận đề nghị",
            AuthorityNote);
    }
}
