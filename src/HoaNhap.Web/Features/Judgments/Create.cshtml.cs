using HoaNhap.Data;
using HoaNhap.Domain.Judgments;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace HoaNhap.Web.Features.Judgments;

/// <summary>The judgment form: offences typed as text, one additional penalty and the two usual civil obligations.</summary>
[Shared.Audit.PersonalData(typeof(Domain.People.Person))]
public sealed class CreateModel(HoaNhapDbContext db) : PageModel
{
    public sealed class Form
    {
        public string? Number { get; set; }
        public string? Court { get; set; }
        public string? JudgmentDate { get; set; }
        public string? EffectiveOn { get; set; }
        public string? Offences { get; set; }
        /// <summary>"Intentional", "Unintentional" or empty (not stated in the judgment as entered).</summary>
        public string? Fault { get; set; }
        public string? CrimeCategory { get; set; }
        public string? MainPenalty { get; set; }
        public int? TermMonths { get; set; }
        public int? ProbationMonths { get; set; }
        public long? FineAmount { get; set; }
        public string? AdditionalKind { get; set; }
        public int? AdditionalTermMonths { get; set; }
        public long? AdditionalAmount { get; set; }
        public long? CourtFee { get; set; }
        public long? Compensation { get; set; }

        public JudgmentInput ToInput() => new()
        {
            Number = Number, Court = Court, JudgmentDate = JudgmentDate, EffectiveOn = EffectiveOn,
            Offences = (Offences ?? "").Split([';', ',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
            Intentional = Fault switch { "Intentional" => true, "Unintentional" => false, _ => null }, CrimeCategory = CrimeCategory,
            MainPenalty = MainPenalty, TermMonths = TermMonths, ProbationMonths = ProbationMonths, FineAmount = FineAmount,
            AdditionalPenalties = string.IsNullOrEmpty(AdditionalKind) ? [] :
                [new AdditionalPenaltyInput { Kind = AdditionalKind, TermMonths = AdditionalTermMonths, Amount = AdditionalAmount }],
            CivilObligations = [
                .. CourtFee is > 0 ? [new CivilObligationInput { Kind = nameof(CivilObligationKind.CourtFee), Amount = CourtFee }] : Array.Empty<CivilObligationInput>(),
                .. Compensation is > 0 ? [new CivilObligationInput { Kind = nameof(CivilObligationKind.Compensation), Amount = Compensation }] : Array.Empty<CivilObligationInput>(),
            ],
        };
    }

    [BindProperty] public Form Input { get; set; } = new();
    public string PersonName { get; private set; } = "";
    public Guid PersonId { get; private set; }
    public List<SelectListItem> Penalties { get; } = Choices.Of<MainPenalty>(JudgmentText.Penalty);
    public List<SelectListItem> Categories { get; } = Choices.Of<Domain.Rules.CrimeCategory>(JudgmentText.Category, empty: "Chưa xác định");
    public List<SelectListItem> AdditionalKinds { get; } = Choices.Of<AdditionalPenaltyKind>(JudgmentText.Additional, empty: "Không có");

    /// <summary>Fields may be prefilled from the query string (an intake opened from a reconciliation row).</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, string? number, string? court, string? judgmentDate, string? effectiveOn,
        string? mainPenalty, string? termMonths, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var person = await PersonLookup.FindAsync(db, me, id, ct);
        if (person is null) return NotFound();
        if (!me.EditsRegistry) return Forbid();
        (PersonId, PersonName) = (person.Id, person.FullName);
        Input = new Form
        {
            Number = number, Court = court, JudgmentDate = judgmentDate, EffectiveOn = effectiveOn, MainPenalty = mainPenalty,
            TermMonths = int.TryParse(termMonths, out var term) ? term : null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var me = CurrentUser.From(User)!;
        var outcome = await JudgmentCommands.CreateAsync(db, me, id, Input.ToInput(), ct);
        // Errors on nested rows are shown beside the single additional-penalty / obligation fields.
        if (this.Refusal(outcome, field: k => k.Length == 0 ? "" : "Input." + (k.StartsWith("AdditionalPenalties") ? "Additional" + k.Split('.').Last()
                : k.StartsWith("CivilObligations") ? "CourtFee" : k)) is { } refused)
            return refused;
        if (outcome.Succeeded)
        {
            TempData["Message"] = $"Đã ghi nhận bản án số {outcome.Value!.Number}.";
            return Redirect($"/People/Details/{id}");
        }
        var person = (await PersonLookup.FindAsync(db, me, id, ct))!;
        (PersonId, PersonName) = (person.Id, person.FullName);
        return Page();
    }
}
