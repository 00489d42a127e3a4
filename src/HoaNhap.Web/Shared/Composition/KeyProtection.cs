using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using HoaNhap.Data;
using Microsoft.AspNetCore.DataProtection;

namespace HoaNhap.Web.Shared.Composition;

/// <summary>The application must not start: the message says why and what to set.</summary>
public sealed class StartupRefusedException(string message) : Exception(message);

/// <summary>
/// The data-protection keys (which sign cookies and bearer tokens) are stored in the database, encrypted with
/// a certificate so that a copy of the database or of a backup does not carry usable keys.
/// <list type="bullet">
/// <item><c>DataProtection:Certificate</c> (+ <c>DataProtection:CertificatePassword</c>): a PKCS#12 (.pfx) file
/// with a private key — what production with PostgreSQL uses; every instance of the web tier is given the same one.</item>
/// <item>Otherwise a self-signed certificate is generated once into the data folder
/// (<c>&lt;DataFolder&gt;/data-protection.pfx</c>, mode 0600) — automatically with SQLite (the README's command)
/// and outside Production; with PostgreSQL in Production only when <c>DataProtection:GenerateCertificate=true</c>
/// says so, else the application refuses to start.</item>
/// </list>
/// </summary>
public static class KeyProtection
{
    public const string GeneratedFileName = "data-protection.pfx";

    public static IDataProtectionBuilder ProtectKeys(this IDataProtectionBuilder dp, IConfiguration config, IHostEnvironment env, DatabaseSettings settings) =>
        dp.ProtectKeysWithCertificate(Certificate(config, env, settings));

    public static X509Certificate2 Certificate(IConfiguration config, IHostEnvironment env, DatabaseSettings settings)
    {
        if (config["DataProtection:Certificate"] is { Length: > 0 } path)
        {
            if (!File.Exists(path))
                throw new StartupRefusedException($"Không tìm thấy chứng thư bảo vệ khóa DataProtection:Certificate = {path}.");
            try
            {
                var cert = X509CertificateLoader.LoadPkcs12FromFile(path, config["DataProtection:CertificatePassword"]);
                if (!cert.HasPrivateKey) throw new StartupRefusedException($"Chứng thư {path} không có khóa riêng (private key).");
                return cert;
            }
            catch (CryptographicException e)
            {
                throw new StartupRefusedException($"Không đọc được chứng thư {path} (sai mật khẩu DataProtection:CertificatePassword?): {e.Message}");
            }
        }
        var generate = config.GetValue<bool?>("DataProtection:GenerateCertificate")
            ?? (settings.Provider == DatabaseProvider.Sqlite || !env.IsProduction());
        if (!generate)
            throw new StartupRefusedException(
                "Chưa có chứng thư mã hóa khóa bảo vệ dữ liệu (cookie, token) trong môi trường Production với PostgreSQL. "
                + "Đặt DataProtection__Certificate=/đường/dẫn/tệp.pfx (và DataProtection__CertificatePassword), cùng một tệp cho mọi máy chủ web; "
                + "hoặc, nếu chỉ chạy một máy chủ, DataProtection__GenerateCertificate=true để sinh chứng thư vào thư mục dữ liệu.");
        return LoadOrGenerate(Path.Combine(DataFolder.Ensure(config, Directory.GetCurrentDirectory()), GeneratedFileName));
    }

    static X509Certificate2 LoadOrGenerate(string path)
    {
        if (File.Exists(path))
        {
            DataFolder.Restrict(path);
            return X509CertificateLoader.LoadPkcs12FromFile(path, null);
        }
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest("CN=HoaNhap data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(50));
        var pfx = created.Export(X509ContentType.Pkcs12);
        var tmp = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var f = new FileStream(tmp, options)) f.Write(pfx);
        try
        {
            File.Move(tmp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process generated it first: use theirs.
            File.Delete(tmp);
            return X509CertificateLoader.LoadPkcs12FromFile(path, null);
        }
        return X509CertificateLoader.LoadPkcs12(pfx, null);
    }
}
