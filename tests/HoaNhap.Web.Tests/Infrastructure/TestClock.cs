using HoaNhap.Data;

namespace HoaNhap.Web.Tests.Infrastructure;

/// <summary>
/// The application's clock in tests: the real time, moved by an offset a test sets. Time keeps running (timers,
/// leases and sign-in lifetimes behave), but "today" is the day the test chose. A test that moves it puts it back
/// (<see cref="MoveTo"/> returns the scope that does).
/// </summary>
public sealed class TestClock : TimeProvider
{
    TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;

    /// <summary>The day in Vietnam by this clock: what the application takes as today.</summary>
    public DateOnly Today => this.Today();

    /// <summary>Moves the clock so that today is <paramref name="day"/> (same time of day), until the scope is disposed.</summary>
    public IDisposable MoveTo(DateOnly day)
    {
        var before = _offset;
        _offset += TimeSpan.FromDays(day.DayNumber - Today.DayNumber);
        return new Restore(() => _offset = before);
    }

    /// <summary>Moves the clock so that it is now <paramref name="instant"/> (time keeps running from there), until the scope is disposed.</summary>
    public IDisposable MoveTo(DateTimeOffset instant)
    {
        var before = _offset;
        _offset += instant - GetUtcNow();
        return new Restore(() => _offset = before);
    }

    sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
