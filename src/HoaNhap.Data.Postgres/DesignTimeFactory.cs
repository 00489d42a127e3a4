using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HoaNhap.Data.Postgres;

/// <summary>Used only by dotnet-ef to build the Postgres migrations.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<HoaNhapDbContext>
{
    public HoaNhapDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<HoaNhapDbContext>();
        new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=hoanhap_design").Apply(options);
        return new HoaNhapDbContext(options.Options);
    }
}
