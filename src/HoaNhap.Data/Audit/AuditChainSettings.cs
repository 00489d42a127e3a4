using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HoaNhap.Domain.Audit;
using Microsoft.Extensions.Configuration;

namespace HoaNhap.Data.Audit;

/// <summary>
/// What keeps the audit chains honest from outside the database: the HMAC key (<c>Audit:ChainKey</c>,
/// or a key file created 0600 in the data folder on first start) and the append-only anchor file
/// (<c>Audit:AnchorFile</c>) where the head of each chain is written every <c>Audit:AnchorEvery</c>
/// entries and once a day.
/// </summary>
public sealed class AuditChainSettings
{
    public const string KeyFileName = "audit-chain.key";
    public const string AnchorFileName = "audit-anchors.txt";
    public const int DefaultAnchorEvery = 1000;

    readonly Lock _fileLock = new();
    readonly ConcurrentDictionary<string, long> _lastAnchored = new();
    volatile bool _lastAnchoredLoaded;

    public AuditChainSettings(byte[] key, string anchorFile, int anchorEvery, string keySource)
    {
        if (key.Length < 16) throw new InvalidOperationException("Audit:ChainKey: khóa của chuỗi nhật ký phải dài ít nhất 32 ký tự.");
        Key = key;
        AnchorFile = anchorFile;
        AnchorEvery = Math.Max(1, anchorEvery);
        KeySource = keySource;
    }

    public byte[] Key { get; }
    public string AnchorFile { get; }
    public int AnchorEvery { get; }
    /// <summary>Where the key came from (configuration or the key file's path), for the start-up lines; never the key.</summary>
    public string KeySource { get; }

    public static AuditChainSettings From(IConfiguration config, string contentRoot)
    {
        var folder = HoaNhap.Data.DataFolder.Ensure(config, contentRoot);
        var anchorFile = config["Audit:AnchorFile"] is { Length: > 0 } a ? a : Path.Combine(folder, AnchorFileName);
        var every = config.GetValue("Audit:AnchorEvery", DefaultAnchorEvery);
        if (config["Audit:ChainKey"] is { Length: > 0 } configured)
        {
            if (configured.Length < 32) throw new InvalidOperationException("Audit:ChainKey: khóa của chuỗi nhật ký phải dài ít nhất 32 ký tự.");
            return new AuditChainSettings(Encoding.UTF8.GetBytes(configured), anchorFile, every, "Audit:ChainKey");
        }
        var keyFile = config["Audit:ChainKeyFile"] is { Length: > 0 } k ? k : Path.Combine(folder, KeyFileName);
        return new AuditChainSettings(ReadOrCreateKeyFile(keyFile), anchorFile, every, keyFile);
    }

    /// <summary>32 random bytes, base64, in a file only the service account may read (0600).</summary>
    static byte[] ReadOrCreateKeyFile(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                using var stream = new FileStream(path, options);
                using var writer = new StreamWriter(stream);
                writer.WriteLine(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: use theirs.
            }
        }
        var text = File.ReadAllText(path).Trim();
        try { return Convert.FromBase64String(text); }
        catch (FormatException) { return Encoding.UTF8.GetBytes(text); }
    }

    /// <summary>True when the chain has grown by <see cref="AnchorEvery"/> entries since its last anchor.</summary>
    public bool AnchorDue(string chain, long sequence)
    {
        LoadLastAnchored();
        return sequence - _lastAnchored.GetValueOrDefault(chain) >= AnchorEvery;
    }

    /// <summary>Appends one line per anchor to the anchor file (created 0600), flushed to disk.</summary>
    public void Append(IReadOnlyCollection<AuditAnchor> anchors)
    {
        if (anchors.Count == 0) return;
        var text = new StringBuilder();
        foreach (var a in anchors) text.Append(Format(a)).Append('\n');
        lock (_fileLock)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(AnchorFile))!);
            var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.ReadWrite };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using var stream = new FileStream(AnchorFile, options);
            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
            foreach (var a in anchors)
                _lastAnchored.AddOrUpdate(a.Chain, a.Sequence, (_, old) => Math.Max(old, a.Sequence));
        }
    }

    /// <summary>Every anchor in the file, in the order written; lines that do not parse are skipped.</summary>
    public IReadOnlyList<AuditAnchor> ReadAnchors()
    {
        if (!File.Exists(AnchorFile)) return [];
        var list = new List<AuditAnchor>();
        using var stream = new FileStream(AnchorFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
            if (Parse(line) is { } anchor) list.Add(anchor);
        return list;
    }

    /// <summary><c>2026-12-06T13:00:00.000Z chain=25 count=1000 head=9f…</c>: what a province copies and keeps.</summary>
    public static string Format(AuditAnchor a) => string.Create(CultureInfo.InvariantCulture,
        $"{a.At.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ} chain={a.Chain} count={a.Sequence} head={a.Hash}");

    public static AuditAnchor? Parse(string line)
    {
        var parts = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4 || !parts[1].StartsWith("chain=", StringComparison.Ordinal) || !parts[2].StartsWith("count=", StringComparison.Ordinal)
            || !parts[3].StartsWith("head=", StringComparison.Ordinal)) return null;
        if (!DateTimeOffset.TryParse(parts[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)) return null;
        if (!long.TryParse(parts[2]["count=".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var count)) return null;
        return new AuditAnchor(at, parts[1]["chain=".Length..], count, parts[3]["head=".Length..]);
    }

    void LoadLastAnchored()
    {
        if (_lastAnchoredLoaded) return;
        lock (_fileLock)
        {
            if (_lastAnchoredLoaded) return;
            foreach (var a in ReadAnchors())
                _lastAnchored.AddOrUpdate(a.Chain, a.Sequence, (_, old) => Math.Max(old, a.Sequence));
            _lastAnchoredLoaded = true;
        }
    }
}
