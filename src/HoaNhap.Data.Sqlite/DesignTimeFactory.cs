using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HoaNhap.Data.Sqlite;

/// <summary>Used only by dotnet-ef to build the Sqlite migrations.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<HoaNhapDbContext>
{
    public HoaNhapDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<HoaNhapDbContext>();
        new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design.db").Apply(options);
        return new HoaNhapDbContext(options.Options);
    }
}
