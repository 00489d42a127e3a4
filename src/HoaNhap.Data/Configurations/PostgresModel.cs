using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Data.Configurations;

/// <summary>
/// The parts of the model only PostgreSQL has, applied after the configurations: trigram (GIN) indexes for searching
/// names and judgment numbers by a fragment, and the keys of the tables partitioned by month.
/// </summary>
static class PostgresModel
{
    public static void Configure(ModelBuilder m)
    {
        m.HasPostgresExtension("pg_trgm");
        m.Entity<Person>().HasIndex(x => x.SearchKey).HasMethod("gin").HasOperators("gin_trgm_ops");
        m.Entity<Judgment>().HasIndex(x => x.NumberKey).HasMethod("gin").HasOperators("gin_trgm_ops");
        Partitioning.PostgresPartitioning.ConfigureModel(m);
    }
}
