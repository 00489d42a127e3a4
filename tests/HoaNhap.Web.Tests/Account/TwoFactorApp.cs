using HoaNhap.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HoaNhap.Web.Tests.Account;

/// <summary>A clock that can be moved forward: lets a test live through minutes without waiting for them.</summary>
public sealed class MovableClock : TimeProvider
{
    public TimeSpan Offset { get; set; }
    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}

/// <summary>
/// An application of its own for tests that change role-wide settings (two-factor required for a
/// role) or that need time to pass: the clock of the cookie's security-stamp check (every minute in
/// HoaNhap) can be moved forward, so that "one minute later" is an instant away. Nothing else reads it.
/// </summary>
public abstract class TwoFactorApp : HoaNhapApp
{
    public MovableClock StampClock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.Configure<SecurityStampValidatorOptions>(o => o.TimeProvider = StampClock));
    }

    /// <summary>As if <paramref name="by"/> had passed since every cookie was issued (the security-stamp check is due).</summary>
    public void LetTimePass(TimeSpan by) => StampClock.Offset = by;

    public void ResetClock() => StampClock.Offset = TimeSpan.Zero;
}

public sealed class TwoFactorSqliteApp : TwoFactorApp
{
    public override bool IsPostgres => false;
}

public sealed class TwoFactorPostgresApp : TwoFactorApp
{
    public override bool IsPostgres => true;
}

[CollectionDefinition(Name)]
public sealed class TwoFactorSqliteCollection : ICollectionFixture<TwoFactorSqliteApp> { public const string Name = "SQLite-2fa"; }

[CollectionDefinition(Name)]
public sealed class TwoFactorPostgresCollection : ICollectionFixture<TwoFactorPostgresApp> { public const string Name = "Postgres-2fa"; }
