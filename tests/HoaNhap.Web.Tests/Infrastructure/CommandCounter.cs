using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HoaNhap.Web.Tests.Infrastructure;

/// <summary>Counts the SQL commands EF sends to this test's database while it lives.</summary>
public sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    readonly string _database;
    readonly List<IDisposable> _subscriptions = [];
    readonly System.Collections.Concurrent.ConcurrentQueue<string> _commands = new();
    public int Count => _commands.Count;
    /// <summary>How many of the commands sent contain <paramref name="text"/>.</summary>
    public int CountOf(string text) => _commands.Count(c => c.Contains(text, StringComparison.Ordinal));
    /// <summary>The commands' text, in the order sent: what a failing count prints.</summary>
    public override string ToString() => string.Join("\n---\n", _commands);

    public CommandCounter(HoaNhapApp app)
    {
        _database = app.PostgresDatabase ?? app.DataFolder;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name) _subscriptions.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> e)
    {
        if (e.Key == RelationalEventId.CommandExecuting.Name && e.Value is CommandEventData { Command.Connection: DbConnection c }
            && (c.Database == _database || c.DataSource.Contains(_database, StringComparison.Ordinal))
            && !Background(((CommandEventData)e.Value).Command.CommandText))
            _commands.Enqueue(((CommandEventData)e.Value).Command.CommandText);
    }

    /// <summary>The export worker polls its queue on its own clock, whatever the request being counted.</summary>
    static bool Background(string sql) => sql.Contains("FROM \"ExportJobs\"", StringComparison.Ordinal) && sql.Contains("'Queued'", StringComparison.Ordinal);

    public void OnCompleted() { }
    public void OnError(Exception error) { }
    public void Dispose() { foreach (var s in _subscriptions) s.Dispose(); }
}
