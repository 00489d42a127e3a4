using System.Text.RegularExpressions;

namespace HoaNhap.Web.Tests.Architecture;

/// <summary>
/// A page answers a handler's outcome one way, <c>this.Refusal(outcome)</c> (the twin of <c>ApiResults.From</c>): 404 and
/// 403 as the API answers them, errors beside their fields. A page that maps "not found" or copies the errors itself
/// drifts from the API (a 403 where the API says 404) or shows an error twice.
/// </summary>
public sealed class PageOutcomeTests
{
    [Fact]
    public void No_page_maps_an_outcome_itself()
    {
        var features = Path.Combine(RepositoryRoot(), "src", "HoaNhap.Web", "Features");
        Regex[] own =
        [
            new(@"if \(\w+\.(NotFound|Forbidden)\)\s*return (NotFound|Forbid)\(\)"),
            new(@"AddErrors\(\w+\.Errors"),
            new(@"foreach \(var .* in \w+\.Errors\)"),
        ];
        // The pages, and the bases that answer for the forms about a case.
        var bases = Directory.EnumerateFiles(Path.Combine(features, "..", "Shared", "Cases"), "Case*Page.cs");
        var pages = Directory.EnumerateFiles(features, "*.cs", SearchOption.AllDirectories).Concat(bases)
            .Where(f => File.ReadAllText(f).Contains("IActionResult", StringComparison.Ordinal)).ToList();
        Assert.Contains(pages, f => f.EndsWith(Path.Combine("People", "Edit.cshtml.cs"), StringComparison.Ordinal));
        Assert.Contains(pages, f => f.EndsWith("CaseFormPage.cs", StringComparison.Ordinal));
        var found = pages
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => own.Any(r => r.IsMatch(x.line)))
            .Select(x => $"{Path.GetRelativePath(features, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.True(found.Count == 0, "Answer the outcome with this.Refusal(outcome):\n" + string.Join("\n", found));
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "src", "HoaNhap.Web", "Features"))) return dir.FullName;
        throw new InvalidOperationException("The repository was not found above " + AppContext.BaseDirectory);
    }
}
