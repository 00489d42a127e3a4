using System.Text;
using HoaNhap.Domain.Rules;

namespace HoaNhap.Domain.Tests;

/// <summary>
/// Working-day deadlines: counting starts the day after the event (BLDS 2015 Điều 147); Saturdays,
/// Sundays and public holidays (Bộ luật Lao động 2019 Điều 112) are skipped.
/// </summary>
public class WorkingDaysTests
{
    static readonly IReadOnlySet<DateOnly> Holidays = HolidayCalendar.Seed.Select(h => h.Date).ToHashSet();
    static readonly IReadOnlySet<DateOnly> None = new HashSet<DateOnly>();

    static DateOnly D(int y, int m, int d) => new(y, m, d);

    // --- Worked cases ---

    [Fact]
    public void Three_working_days_from_29_April_2026_skip_30_April_1_May_and_the_weekend_BLDS_Art147()
        => Assert.Equal(D(2026, 5, 6), WorkingDays.Add(D(2026, 4, 29), 3, Holidays));

    [Fact]
    public void Without_holidays_only_the_weekend_is_skipped()
        => Assert.Equal(D(2026, 5, 4), WorkingDays.Add(D(2026, 4, 29), 3, None));

    [Fact]
    public void Counting_starts_on_the_day_after_the_event_BLDS_Art147()
        => Assert.Equal(D(2026, 3, 3), WorkingDays.Add(D(2026, 3, 2), 1, Holidays));

    [Fact]
    public void One_working_day_after_a_Friday_is_the_Monday()
        => Assert.Equal(D(2026, 3, 9), WorkingDays.Add(D(2026, 3, 6), 1, Holidays));

    [Fact]
    public void One_working_day_after_a_Saturday_is_the_Monday()
        => Assert.Equal(D(2026, 3, 9), WorkingDays.Add(D(2026, 3, 7), 1, Holidays));

    [Fact]
    public void Zero_working_days_is_the_event_day_itself_even_on_a_weekend()
    {
        Assert.Equal(D(2026, 3, 4), WorkingDays.Add(D(2026, 3, 4), 0, Holidays));
        Assert.Equal(D(2026, 3, 7), WorkingDays.Add(D(2026, 3, 7), 0, Holidays));
    }

    [Fact]
    public void A_deadline_running_into_Tet_2026_resumes_after_the_nine_days_off()
    {
        // Tết Bính Ngọ: nghỉ từ thứ Bảy 14/02/2026 đến hết Chủ nhật 22/02/2026.
        Assert.Equal(D(2026, 2, 23), WorkingDays.Add(D(2026, 2, 13), 1, Holidays));
        Assert.Equal(D(2026, 2, 24), WorkingDays.Add(D(2026, 2, 12), 3, Holidays));
    }

    [Fact]
    public void A_deadline_across_Tet_2025_skips_27_to_31_January()
        => Assert.Equal(D(2025, 2, 3), WorkingDays.Add(D(2025, 1, 24), 1, Holidays));

    [Fact]
    public void Hung_Kings_day_on_Sunday_26_April_2026_is_compensated_on_Monday_BLLD_Art112()
        => Assert.Equal(D(2026, 4, 28), WorkingDays.Add(D(2026, 4, 24), 1, Holidays));

    [Fact]
    public void National_Day_2025_skips_1_and_2_September()
        => Assert.Equal(D(2025, 9, 3), WorkingDays.Add(D(2025, 8, 29), 1, Holidays));

    [Fact]
    public void Labour_Day_on_Saturday_1_May_2027_is_compensated_on_Monday_3_May_BLLD_Art112()
        => Assert.Equal(D(2027, 5, 4), WorkingDays.Add(D(2027, 4, 29), 1, Holidays));

    [Fact]
    public void Tet_2027_days_on_the_weekend_are_compensated_the_following_week_BLLD_Art112()
        => Assert.Equal(D(2027, 2, 12), WorkingDays.Add(D(2027, 2, 4), 1, Holidays));

    [Fact]
    public void Holidays_and_weekends_are_not_working_days()
    {
        Assert.False(WorkingDays.IsWorkingDay(D(2026, 4, 30), Holidays));
        Assert.False(WorkingDays.IsWorkingDay(D(2026, 5, 1), Holidays));
        Assert.False(WorkingDays.IsWorkingDay(D(2026, 5, 2), Holidays));
        Assert.False(WorkingDays.IsWorkingDay(D(2026, 5, 3), Holidays));
        Assert.True(WorkingDays.IsWorkingDay(D(2026, 5, 4), Holidays));
        Assert.True(WorkingDays.IsWorkingDay(D(2026, 4, 30), None));
    }

    [Fact]
    public void A_negative_number_of_working_days_is_refused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.Add(D(2026, 1, 5), -1, Holidays));

    // --- The seeded holiday table ---

    [Fact]
    public void Seed_covers_2025_to_2027_with_the_fixed_holidays_of_BLLD_Art112_each_year()
    {
        Assert.All(HolidayCalendar.Seed, h => Assert.InRange(h.Date.Year, 2025, 2027));
        Assert.Equal(HolidayCalendar.Seed.Count, HolidayCalendar.Seed.Select(h => h.Date).Distinct().Count());
        foreach (var year in new[] { 2025, 2026, 2027 })
        {
            foreach (var (m, d) in new[] { (1, 1), (4, 30), (5, 1), (9, 2) })
                Assert.Contains(D(year, m, d), Holidays);
            Assert.Equal(5, HolidayCalendar.Seed.Count(h => h.Date.Year == year && h.Name.StartsWith("Tết Âm lịch", StringComparison.Ordinal)));
            Assert.Single(HolidayCalendar.Seed, h => h.Date.Year == year && h.Name.StartsWith("Giỗ Tổ", StringComparison.Ordinal));
            Assert.Equal(2, HolidayCalendar.Seed.Count(h => h.Date.Year == year && h.Name.StartsWith("Quốc khánh", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Seed_names_are_Vietnamese_text_in_NFC()
        => Assert.All(HolidayCalendar.Seed, h =>
        {
            Assert.False(string.IsNullOrWhiteSpace(h.Name));
            Assert.True(h.Name.IsNormalized(NormalizationForm.FormC));
        });

    [Fact]
    public void Seed_dates_set_matches_the_seed()
        => Assert.True(HolidayCalendar.SeedDates.SetEquals(Holidays));

    // --- Properties ---

    static IEnumerable<(DateOnly From, int N, int M)> Generated()
    {
        var random = new Random(20260429);
        for (var i = 0; i < 2000; i++)
            yield return (D(2025, 1, 1).AddDays(random.Next(0, 3 * 365)), random.Next(0, 40), random.Next(0, 40));
    }

    [Fact]
    public void Property_the_result_is_a_working_day_strictly_after_the_event_for_one_day_or_more()
    {
        foreach (var (from, n, _) in Generated())
        {
            var end = WorkingDays.Add(from, n + 1, Holidays);
            Assert.True(end > from, $"{from} + {n + 1}");
            Assert.True(WorkingDays.IsWorkingDay(end, Holidays), $"{from} + {n + 1} = {end}");
        }
    }

    [Fact]
    public void Property_exactly_n_working_days_lie_after_the_event_up_to_the_result()
    {
        foreach (var (from, n, _) in Generated())
        {
            var end = WorkingDays.Add(from, n, Holidays);
            var counted = Enumerable.Range(1, end.DayNumber - from.DayNumber).Select(from.AddDays).Count(d => WorkingDays.IsWorkingDay(d, Holidays));
            Assert.Equal(n, counted);
        }
    }

    [Fact]
    public void Property_adding_n_then_m_working_days_equals_adding_n_plus_m()
    {
        foreach (var (from, n, m) in Generated())
            Assert.Equal(WorkingDays.Add(from, n + m, Holidays), WorkingDays.Add(WorkingDays.Add(from, n, Holidays), m, Holidays));
    }
}
