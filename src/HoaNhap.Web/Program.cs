using HoaNhap.Web.Features.AuditLog;
using HoaNhap.Web.Shared.Composition;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

var builder = WebApplication.CreateBuilder(args);
try
{
    builder.AddHoaNhap();
}
catch (StartupRefusedException e)
{
    Console.Error.WriteLine("HoaNhap không khởi động: " + e.Message);
    return 1;
}
var app = builder.Build();

// `dotnet run --project src/HoaNhap.Web -- verify-audit` checks the audit chain and exits.
if (args.Contains("verify-audit"))
    return await AuditVerification.RunCommandAsync(app.Services);
// `dotnet run --project src/HoaNhap.Web -- run-jobs` runs the daily jobs once (worklist, forecast), prints their time and memory, and exits.
if (args.Contains("run-jobs"))
    return await HoaNhap.Web.Shared.Composition.JobsCommand.RunAsync(app.Services);

// `dotnet run --project src/HoaNhap.Web -- archive-month 2025-03` detaches an old month's partitions (PostgreSQL) and prints how to dump them.
if (args.Contains(HoaNhap.Web.Shared.Partitions.ArchiveCommand.Verb))
    return await HoaNhap.Web.Shared.Partitions.ArchiveCommand.RunAsync(app.Services, args, Console.Out);

app.UseHoaNhap();
IReadOnlyList<string> lines;
try
{
    lines = await DatabaseStartup.PrepareAsync(app.Services, app.Configuration, progress: Console.Out);
}
catch (StartupRefusedException e)
{
    Console.Error.WriteLine("HoaNhap không khởi động: " + e.Message);
    return 1;
}
app.Lifetime.ApplicationStarted.Register(() =>
{
    var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    Console.WriteLine();
    Console.WriteLine("HoaNhap đang chạy tại: " + string.Join(", ", addresses));
    foreach (var line in lines) Console.WriteLine(line);
    Console.WriteLine();
});
await app.RunAsync();
return 0;

public partial class Program;
