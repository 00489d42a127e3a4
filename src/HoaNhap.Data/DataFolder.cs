using Microsoft.Extensions.Configuration;

namespace HoaNhap.Data;

/// <summary>
/// The folder of the SQLite database, the generated data-protection certificate and the demo logins:
/// <c>DataFolder</c>, by default <c>data</c> under the working directory. Only its owner may enter it (0700)
/// and read its files (0600), on every start (an older install is tightened too).
/// </summary>
public static class DataFolder
{
    const UnixFileMode Owner = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static string Path(IConfiguration config, string contentRoot) =>
        config["DataFolder"] is { Length: > 0 } f ? f : System.IO.Path.Combine(contentRoot, "data");

    /// <summary>Creates the folder (0700) when missing, tightens it when it exists, and returns it.</summary>
    public static string Ensure(IConfiguration config, string contentRoot)
    {
        var folder = Path(config, contentRoot);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return folder;
        }
        Directory.CreateDirectory(folder, Owner | UnixFileMode.UserExecute);
        File.SetUnixFileMode(folder, Owner | UnixFileMode.UserExecute);
        return folder;
    }

    /// <summary>Makes an existing file readable by its owner only (0600).</summary>
    public static void Restrict(string file)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(file)) File.SetUnixFileMode(file, Owner);
    }

    /// <summary>
    /// Creates an empty SQLite database file with mode 0600 before SQLite opens it (SQLite gives its journal and
    /// WAL files the mode of the database file), and tightens the files of an existing one.
    /// </summary>
    public static void PrepareSqliteFile(string file)
    {
        if (OperatingSystem.IsWindows()) return;
        if (!File.Exists(file))
        {
            using var _ = new FileStream(file, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = Owner });
        }
        foreach (var f in new[] { file, file + "-wal", file + "-shm", file + "-journal" }) Restrict(f);
    }
}
