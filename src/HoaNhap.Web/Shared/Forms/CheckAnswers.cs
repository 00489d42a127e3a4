using HoaNhap.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Shared.Forms;

/// <summary>One answer on a "check your answers" page: what was asked, what was answered, and the form field to change it.</summary>
public sealed record Answer(string Label, string Value, string Field);

/// <summary>
/// A "check your answers" page (GOV.UK pattern) for a consequential action: the answers with a
/// "Thay đổi" link each (back to the form, prefilled, at the field), what will happen, and one
/// button that saves. The answers travel as hidden fields named like the form's (Input.X), so the
/// confirming POST is the same request a direct POST of the form would be.
/// </summary>
public sealed record CheckAnswers(string Heading, IReadOnlyList<Answer> Rows, string FormUrl,
    IReadOnlyDictionary<string, string?> Fields, string ConfirmText, string? WhatHappens = null, string? Warning = null)
{
    /// <summary>The form again with these answers filled in, at the field to change.</summary>
    public string ChangeUrl(string field) =>
        FormUrl + QueryString.Create(Fields.Where(f => f.Value is not null)
            .Select(f => new KeyValuePair<string, string?>("Input." + f.Key, f.Value))) + "#Input_" + field;
}

/// <summary>Runs a command inside a transaction that is rolled back: the law's checks answer as if it were saved, and nothing is.</summary>
public static class DryRun
{
    public static async Task<Outcome<T>> CheckAsync<T>(HoaNhapDbContext db, Func<Task<Outcome<T>>> command, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try { return await command(); }
        finally
        {
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
        }
    }
}
