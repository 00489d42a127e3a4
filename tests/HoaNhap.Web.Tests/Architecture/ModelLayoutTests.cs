using HoaNhap.Data;
using HoaNhap.Data.Identity;
using HoaNhap.Data.Jobs;
using Microsoft.EntityFrameworkCore;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace HoaNhap.Web.Tests.Architecture;

/// <summary>
/// Where a newcomer finds a table: its row class in the Domain, its mapping as one <see cref="IEntityTypeConfiguration{T}"/>
/// in the data layer's Configurations folder — never written inline in the context.
/// </summary>
public sealed class ModelLayoutTests
{
    // The data layer's own plumbing: the signed-in user extends ASP.NET Identity's, and a job lease only says which
    // instance runs a background job.
    static readonly Type[] Plumbing = [typeof(AppUser), typeof(JobLease)];

    static IReadOnlyList<Type> Entities()
    {
        using var db = new HoaNhapDbContext(new DbContextOptionsBuilder<HoaNhapDbContext>().UseSqlite("Data Source=:memory:").Options);
        return db.Model.GetEntityTypes().Where(t => !t.HasSharedClrType).Select(t => t.ClrType)
            .Where(t => t.Namespace?.StartsWith("Microsoft.", StringComparison.Ordinal) != true).Distinct().ToList();
    }

    [Fact]
    public void Every_entity_lives_in_the_Domain()
    {
        var entities = Entities();
        Assert.Contains(typeof(Domain.Cases.Case), entities);
        var elsewhere = entities.Where(t => t.Assembly != typeof(Domain.IPlaced).Assembly && !Plumbing.Contains(t)).Select(t => t.FullName);
        Assert.Empty(elsewhere);
    }

    [Fact]
    public void Every_entity_is_mapped_by_one_configuration_in_the_data_layer()
    {
        var configurations = typeof(HoaNhapDbContext).Assembly.GetTypes()
            .SelectMany(t => t.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>))
                .Select(i => (Entity: i.GetGenericArguments()[0], Configuration: t)))
            .ToList();
        Assert.All(configurations, c => Assert.Equal("HoaNhap.Data.Configurations", c.Configuration.Namespace));
        var unmapped = Entities().Where(e => configurations.Count(c => c.Entity == e) != 1).Select(e => e.FullName);
        Assert.Empty(unmapped);
    }

    [Fact]
    public void The_context_writes_no_mapping_inline()
    {
        using var module = ModuleDefinition.ReadModule(typeof(HoaNhapDbContext).Assembly.Location);
        var context = module.GetType(typeof(HoaNhapDbContext).FullName);
        var inline = context.Methods.Where(m => m.HasBody)
            .SelectMany(m => m.Body.Instructions.Where(i => i.OpCode == OpCodes.Callvirt || i.OpCode == OpCodes.Call)
                .Select(i => i.Operand).OfType<MethodReference>()
                .Where(r => r.DeclaringType.Name == "ModelBuilder" && r.Name == "Entity")
                .Select(_ => m.Name))
            .ToList();
        Assert.Empty(inline);
    }
}
