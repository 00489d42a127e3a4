using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HoaNhap.Browser.Tests;

/// <summary>
/// Runs axe-core on the page as it is, writes everything it found to artifacts/axe/NAME.txt, and fails
/// on any violation of impact "critical" or "serious", listing rule ids and targets.
/// "color-contrast" is asserted too: the pages have no animations, transitions, background images or web
/// fonts that load late, and the rule gave the same answer (pass, nothing "incomplete") on every run.
/// </summary>
public static class Axe
{
    static readonly string[] Blocking = ["critical", "serious"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page, string name)
    {
        var problems = await SeriousViolationsAsync(page, name);
        Assert.True(problems.Length == 0, problems);
    }

    /// <summary>Runs axe-core, writes the report, and describes the critical and serious violations ("" when none).</summary>
    public static async Task<string> SeriousViolationsAsync(IPage page, string name)
    {
        var result = await page.RunAxe();
        var folder = Path.Combine(TestEnvironment.Artifacts, "axe");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, name + ".txt"),
            $"{page.Url}\naxe-core {result.TestEngine?.Version}; rules passed: {string.Join(", ", result.Passes.Select(r => r.Id))}\n\n" +
            $"Violations:\n{Describe(result.Violations)}\nNeeds review (incomplete):\n{Describe(result.Incomplete)}");

        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        return blocking.Count == 0 ? "" : $"axe-core on {name} ({page.Url}):\n{Describe(blocking)}";
    }

    static string Describe(IEnumerable<AxeResultItem> items)
    {
        var text = new StringBuilder();
        foreach (var v in items)
        {
            text.AppendLine($"[{v.Impact}] {v.Id}: {v.Help} ({v.HelpUrl})");
            foreach (var node in v.Nodes)
                text.AppendLine($"    {node.Target}  {node.Html}{Why(node)}");
        }
        return text.ToString();
    }

    static string Why(AxeResultNode node) => string.Concat(
        new[] { node.Any, node.All, node.None }.Where(c => c is not null).SelectMany(c => c!)
            .Select(c => c.Message).Where(m => !string.IsNullOrEmpty(m)).Distinct().Select(m => "\n      " + m));
}
