using System.Reflection;
using HoaNhap.Domain.Cases;
using HoaNhap.Web.Shared.Audit;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace HoaNhap.Web.Tests.Architecture;

/// <summary>
/// A form about one case is written once: <see cref="CaseFormPage{TInput,TResult}"/> finds the case through the user's
/// scope (404), checks the role (403), answers the command's outcome, shows someone else's save and goes back to the
/// case page. A page model that does this by hand drifts (a 403 where the others say 404, a confirmation in the wrong
/// place). Read from the compiled application: a page about a case is one that declares the case of its <c>id</c> as
/// its subject, or looks a case up itself.
/// </summary>
public sealed class CaseFormBaseTests
{
    /// <summary>The forms about a case that keep their own handlers, each with the reason.</summary>
    static readonly Dictionary<Type, string> AllowList = new()
    {
        // Its confirmation step is the same post with a "Confirmed" flag, checked by the page before the command runs (not
        // a dry run of the command): the base's post either saves or shows the command's errors.
        [typeof(Features.Reintegration.EndModel)] = "confirmation step on the same handler",
    };

    static readonly (string Type, string Method)[] CaseLookups =
        [("HoaNhap.Web.Shared.CaseLookup", "FindAsync"), ("HoaNhap.Web.Shared.CaseHeader", "LoadAsync")];

    [Fact]
    public void Every_form_about_a_case_derives_from_the_case_form_base()
    {
        var forms = CaseForms();
        Assert.Contains(typeof(Features.Breaches.ReminderModel), forms);
        Assert.Contains(typeof(Features.Cases.OpenModel), forms);
        Assert.Contains(typeof(Features.Transfers.CreateModel), forms);
        Assert.DoesNotContain(typeof(Features.Cases.CreateModel), forms); // its id is a person's
        Assert.DoesNotContain(typeof(Features.Transfers.ConsentModel), forms); // its id is a transfer's

        var byHand = forms.Where(t => !DerivesFromCaseForm(t) && !AllowList.ContainsKey(t)).Select(t => t.FullName).Order().ToList();
        Assert.True(byHand.Count == 0,
            "Forms about a case that repeat the base's work by hand; derive them from CaseFormPage<TInput, TResult> (or CaseCheckPage):\n"
            + string.Join("\n", byHand));
    }

    [Fact]
    public void The_allow_list_names_only_forms_about_a_case_that_keep_their_own_handlers()
    {
        // The check sees a hand-written case form (the allow-listed ones are), and the list does not outlive a page's move.
        var forms = CaseForms();
        Assert.NotEmpty(AllowList);
        Assert.All(AllowList.Keys, t =>
        {
            Assert.Contains(t, forms);
            Assert.False(DerivesFromCaseForm(t), $"{t.FullName} derives from CaseFormPage now: take it off the allow-list.");
        });
    }

    /// <summary>Page models of a feature whose handlers take the case's <c>id</c> and that post a form.</summary>
    static List<Type> CaseForms()
    {
        using var module = ModuleDefinition.ReadModule(typeof(Program).Assembly.Location);
        return typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(PageModel).IsAssignableFrom(t)
                && t.Namespace?.StartsWith("HoaNhap.Web.Features.", StringComparison.Ordinal) == true)
            .Where(t => Handlers(t).Any(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal))
                && Handlers(t).Any(m => m.GetParameters().Any(p => p.Name == "id" && p.ParameterType == typeof(Guid))))
            .Where(t => t.GetCustomAttribute<PersonalDataAttribute>() is { RouteValue: "id" } d && d.Subject == typeof(Case)
                || LooksUpACase(module.GetType(t.FullName!.Replace('+', '/'))))
            .ToList();
    }

    static IEnumerable<MethodInfo> Handlers(Type t) =>
        t.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.Name.StartsWith("OnGet", StringComparison.Ordinal) || m.Name.StartsWith("OnPost", StringComparison.Ordinal));

    static bool DerivesFromCaseForm(Type t)
    {
        for (var b = t.BaseType; b is not null; b = b.BaseType)
            if (b.IsGenericType && b.GetGenericTypeDefinition() == typeof(CaseFormPage<,>)) return true;
        return false;
    }

    /// <summary>Whether the type's code (its async handlers and lambdas included) finds a case itself.</summary>
    static bool LooksUpACase(TypeDefinition? type) =>
        type is not null && (type.Methods.Where(m => m.HasBody).SelectMany(m => m.Body.Instructions)
            .Where(i => i.OpCode == OpCodes.Call || i.OpCode == OpCodes.Callvirt).Select(i => i.Operand).OfType<MethodReference>()
            .Any(r => CaseLookups.Contains((r.DeclaringType.FullName, r.Name)))
            || type.NestedTypes.Any(LooksUpACase));
}
