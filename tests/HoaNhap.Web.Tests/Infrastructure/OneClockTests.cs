using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Cases;
using static HoaNhap.Web.Tests.Breaches.CaseSetup;

namespace HoaNhap.Web.Tests.Infrastructure;

/// <summary>
/// The application takes "today" from one injected clock: when the test moves it, deadlines fall due and the
/// checks on dates follow it, on the pages and in the API alike — nothing reads the machine's day.
/// </summary>
public abstract class OneClockTests(HoaNhapApp app)
{
    [SkippableFact]
    public async Task An_absence_not_decided_by_its_due_day_shows_overdue_once_the_clock_passes_that_day()
    {
        app.EnsureAvailable();
        var today = app.Today;
        var (_, caseId) = await ActiveCaseAsync(app, Unit.A, TestData.Unique("Trần Văn Chờ"), SentenceType.SuspendedSentence, today.AddMonths(-3));
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var created = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/absence-requests", new
        {
            requestedOn = Iso(today), from = Iso(today.AddDays(20)), to = Iso(today.AddDays(25)),
            destination = "Thành phố Hải Phòng", reason = "Dự đám cưới em trai", medicalTreatment = false,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var due = DateOnly.Parse((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("decisionDueOn").GetString()!);

        Assert.False(await OverdueAsync(officer));
        Assert.DoesNotContain("absence-decision-overdue", await (await app.PagesAsync(Roles.CommuneOfficer, Unit.A)).GetStringAsync($"/Cases/Details/{caseId}"));

        using (app.MoveClockTo(due.AddDays(1)))
        {
            Assert.True(await OverdueAsync(await app.ApiAsync(Roles.CommuneOfficer, Unit.A)));
            Assert.Contains("absence-decision-overdue", await (await app.PagesAsync(Roles.CommuneOfficer, Unit.A)).GetStringAsync($"/Cases/Details/{caseId}"));
        }
        Assert.False(await OverdueAsync(await app.ApiAsync(Roles.CommuneOfficer, Unit.A)));

        async Task<bool> OverdueAsync(HttpClient client)
        {
            var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/absence-requests");
            return list.EnumerateArray().Single().GetProperty("decisionOverdue").GetBoolean();
        }
    }

    [SkippableFact]
    public async Task A_day_is_in_the_future_by_the_application_clock_not_by_the_machine()
    {
        app.EnsureAvailable();
        var machineDay = app.Today;
        var (_, caseId) = await ActiveCaseAsync(app, Unit.A, TestData.Unique("Lê Văn Lịch"), SentenceType.SuspendedSentence, machineDay.AddMonths(-3));
        object Breach(DateOnly on) => new
        {
            kind = "ObligationBreach", occurredOn = Iso(on), description = "Không có mặt theo giấy triệu tập.", intentional = false,
            administrativeSanction = false, evidence = "Giấy triệu tập có chữ ký nhận.",
        };

        // Before the move, a day after today is refused, naming the field.
        var officer = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
        var refused = await officer.PostAsJsonAsync($"/api/v1/cases/{caseId}/breaches", Breach(machineDay.AddDays(5)));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Ngày vi phạm không được sau ngày hôm nay", await refused.Content.ReadAsStringAsync());

        using (app.MoveClockTo(machineDay.AddDays(10)))
        {
            // Five days after the machine's day is in the past for the application now.
            var moved = await app.ApiAsync(Roles.CommuneOfficer, Unit.A);
            Assert.Equal(HttpStatusCode.Created, (await moved.PostAsJsonAsync($"/api/v1/cases/{caseId}/breaches", Breach(machineDay.AddDays(5)))).StatusCode);
            var late = await moved.PostAsJsonAsync($"/api/v1/cases/{caseId}/breaches", Breach(machineDay.AddDays(11)));
            Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
            Assert.Contains("Ngày vi phạm không được sau ngày hôm nay", await late.Content.ReadAsStringAsync());
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OneClockTests_Sqlite(SqliteApp app) : OneClockTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OneClockTests_Postgres(PostgresApp app) : OneClockTests(app);

/// <summary>The features take the day and the time of a record from the application's clock (<c>db.Clock</c>, <c>db.Today</c>).</summary>
public sealed class OneClockSourceTests
{
    // Real time on purpose: the calendar file's stamp, Identity's lockout end, and the reconciliation runner's leases.
    static readonly (string File, string Line)[] RealTime =
    [
        ("ContactsApi.cs", "ICalendar.Write(\"Lịch hẹn HoaNhap\", events, DateTimeOffset.UtcNow)"),
        ("UserCommands.cs", "u.LockoutEnd is { } end && end > DateTimeOffset.UtcNow"),
        ("ReconciliationRunner.cs", "var now = DateTimeOffset.UtcNow;"),
    ];

    [Fact]
    public void No_feature_reads_the_machine_clock()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "HoaNhap.Web");
        var clock = new System.Text.RegularExpressions.Regex(@"\bDateTime(Offset)?\.(Now|Today|UtcNow)\b");
        var found = new[] { "Features", "Integration" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(web, d), "*.cs*", SearchOption.AllDirectories))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => clock.IsMatch(x.line) && !RealTime.Any(r => Path.GetFileName(x.f) == r.File && x.line.Contains(r.Line, StringComparison.Ordinal)))
            .Select(x => $"{Path.GetRelativePath(web, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.True(found.Count == 0, "Take the time from db.Clock (or TimeProvider) instead:\n" + string.Join("\n", found));
        Assert.Single(Directory.EnumerateFiles(Path.Combine(web, "Features"), "ReconciliationRunner.cs", SearchOption.AllDirectories));
    }

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "src", "HoaNhap.Web", "Features"))) return dir.FullName;
        throw new InvalidOperationException("The repository was not found above " + AppContext.BaseDirectory);
    }
}
