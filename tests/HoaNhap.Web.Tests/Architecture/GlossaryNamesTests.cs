using System.Text.RegularExpressions;

namespace HoaNhap.Web.Tests.Architecture;

/// <summary>
/// Each concept has one name (README, "One name per concept"). The names it replaced must not come back in the code,
/// the views or the comments; only the API paths agencies already call keep their published spelling.
/// </summary>
public sealed class GlossaryNamesTests
{
    // Retired name → the one name now used.
    static readonly (Regex Old, string Now)[] Retired =
    [
        (new(@"\b\w*RecordExpiry\w*\b|record[- ]expiry (date|rule|guidance)"), "RecordExpungement (xóa án tích)"),
        (new(@"\b\w*ReformReduction\w*\b"), "SentenceReduction (rút ngắn thời gian chấp hành án)"),
        (new(@"\b\w*PenaltyWaiver\w*\b"), "SentenceRemission (miễn chấp hành án)"),
        (new(@"\bReintegrationReception\w*\b|\bReception(Input|Dto|Commands|Pages)\b"), "ReintegrationIntake (tiếp nhận người chấp hành xong án phạt tù)"),
        (new(@"Features[./](Models|Jobs)\b"), "Features/ReintegrationModels, Features/Employment"),
    ];

    [Fact]
    public void The_replaced_names_do_not_come_back()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var files = Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(files, f => f.EndsWith("RecordExpungement.cs", StringComparison.Ordinal));
        var found = files
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .SelectMany(x => Retired.Where(r => r.Old.IsMatch(x.line))
                .Select(r => $"{Path.GetRelativePath(src, x.f)}:{x.i + 1}: use {r.Now}: {x.line.Trim()}"))
            .ToList();
        Assert.True(found.Count == 0, "Replaced names found:\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_check_finds_a_replaced_name()
    {
        Assert.Contains(Retired, r => r.Old.IsMatch("public sealed class ReformReductionRequest"));
        Assert.Contains(Retired, r => r.Old.IsMatch("/// the record-expiry date of a returnee"));
        Assert.DoesNotContain(Retired, r => r.Old.IsMatch("g.MapPost(\"/record-expiry\", …)"));
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "src", "HoaNhap.Web", "Features"))) return dir.FullName;
        throw new InvalidOperationException("The repository was not found above " + AppContext.BaseDirectory);
    }
}
