using HoaNhap.Data;
using HoaNhap.Domain.People;
using HoaNhap.Domain.Rules;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Auth;
using HoaNhap.Web.Shared.Forms;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.People;

/// <summary>What a person's form (page or API) sends. Text as typed; the validator parses it.</summary>
public sealed class PersonInput
{
    public string? FullName { get; set; }
    public string? OtherNames { get; set; }
    /// <summary>dd/MM/yyyy or yyyy-MM-dd, or only the year (yyyy).</summary>
    public string? DateOfBirth { get; set; }
    /// <summary>"Male" or "Female".</summary>
    public string? Gender { get; set; }
    public string? PersonalIdNumber { get; set; }
    public string? CommuneCode { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    /// <summary>The version the user started from; required when editing.</summary>
    public long? Version { get; set; }

    public static PersonInput From(Person p) => new()
    {
        FullName = p.FullName, OtherNames = p.OtherNames, DateOfBirth = p.BirthDateText,
        Gender = p.Gender.ToString(), PersonalIdNumber = p.PersonalIdNumber, CommuneCode = p.CommuneCode,
        Address = p.Address, Phone = p.Phone, Version = p.Version,
    };
}

/// <summary>A photo uploaded with the form: JPEG or PNG, at most 2 MB.</summary>
public sealed record PhotoUpload(string ContentType, byte[] Content)
{
    public const int MaxBytes = 2 * 1024 * 1024;

    public static async Task<(PhotoUpload? Photo, string? Error)> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return (null, null);
        if (file.Length > MaxBytes) return (null, "Ảnh chân dung không được lớn hơn 2 MB.");
        using var ms = new MemoryStream();
        await file.CopyToAsync(ms, ct);
        var bytes = ms.ToArray();
        // Trust the bytes, not the declared type.
        var type = bytes is [0xFF, 0xD8, 0xFF, ..] ? "image/jpeg"
            : bytes is [0x89, 0x50, 0x4E, 0x47, ..] ? "image/png" : null;
        return type is null ? (null, "Ảnh chân dung phải là tệp JPEG hoặc PNG.") : (new PhotoUpload(type, bytes), null);
    }
}

/// <summary>The checks of a person's form, each message from <see cref="FormMessages"/> unless it is the person form's own.</summary>
public static class PersonChecks
{
    public const string DuplicatePersonalId = "Số định danh cá nhân này đã được ghi nhận cho một người khác trong hệ thống.";

    /// <summary>Every problem of <paramref name="x"/> by field; empty when it can be saved. <paramref name="editing"/> is the person being changed.</summary>
    public static async Task<Dictionary<string, string[]>> CheckAsync(HoaNhapDbContext db, CurrentUser user, Guid? editing,
        PersonInput x, CancellationToken ct)
    {
        var number = x.PersonalIdNumber?.Trim();
        var taken = !string.IsNullOrEmpty(number) && await db.People.AnyAsync(p => p.PersonalIdNumber == number && p.Id != editing, ct);
        var allowed = !string.IsNullOrWhiteSpace(x.CommuneCode) && await db.Communes.AnyAsync(c => c.Code == x.CommuneCode
            && (user.CommuneCode == null ? c.ProvinceCode == user.ProvinceCode : c.Code == user.CommuneCode), ct);
        return Check(x, db.Today, _ => taken, _ => allowed);
    }

    /// <summary>
    /// The same checks with what they need of the registry given: whether a personal ID is already recorded for another person,
    /// whether a commune is in the user's unit (an import checks thousands of rows against sets loaded once).
    /// </summary>
    public static Dictionary<string, string[]> Check(PersonInput x, DateOnly today, Func<string, bool> idTaken, Func<string, bool> communeAllowed)
    {
        var errors = new Dictionary<string, string[]>();
        FormChecks.PersonName(errors, nameof(x.FullName), "Họ và tên", FormChecks.Required(x.FullName, nameof(x.FullName), "Họ và tên", 100, errors));
        FormChecks.PersonName(errors, nameof(x.OtherNames), "Tên gọi khác", FormChecks.Optional(x.OtherNames, nameof(x.OtherNames), "Tên gọi khác", 200, errors));
        if (string.IsNullOrWhiteSpace(x.Gender)) FormChecks.Add(errors, nameof(x.Gender), "Hãy chọn giới tính.");
        else if (x.Gender is not ("Male" or "Female")) FormChecks.Add(errors, nameof(x.Gender), "Giới tính phải là Nam hoặc Nữ.");
        CheckBirth(errors, x.DateOfBirth, today);
        if (!string.IsNullOrWhiteSpace(x.PersonalIdNumber))
        {
            var number = x.PersonalIdNumber.Trim();
            int? year = VietnameseDate.TryParseBirthDate(x.DateOfBirth, out _, out var y) ? y : null;
            if (PersonalIdNumberRule.Validate(number, year, FormChecks.Choice<Gender>(x.Gender)) is { } message)
                FormChecks.Add(errors, nameof(x.PersonalIdNumber), message);
            if (idTaken(number)) FormChecks.Add(errors, nameof(x.PersonalIdNumber), DuplicatePersonalId);
        }
        if (string.IsNullOrWhiteSpace(x.CommuneCode)) FormChecks.Add(errors, nameof(x.CommuneCode), FormMessages.Required("Xã, phường nơi cư trú"));
        else if (!communeAllowed(x.CommuneCode))
            FormChecks.Add(errors, nameof(x.CommuneCode), "Mã xã, phường nơi cư trú không đúng hoặc không thuộc địa bàn bạn quản lý.");
        FormChecks.Required(x.Address, nameof(x.Address), "Địa chỉ nơi cư trú", 500, errors);
        if (!string.IsNullOrWhiteSpace(x.Phone) && !System.Text.RegularExpressions.Regex.IsMatch(x.Phone.Trim(), @"^\+?[0-9 .]{8,15}$"))
            FormChecks.Add(errors, nameof(x.Phone), "Số điện thoại chỉ gồm chữ số (8 đến 15 số).");
        return errors;
    }

    // A full date of birth or only the year, as old files often have.
    static void CheckBirth(Dictionary<string, string[]> errors, string? text, DateOnly today)
    {
        const string field = nameof(PersonInput.DateOfBirth);
        if (string.IsNullOrWhiteSpace(text)) FormChecks.Add(errors, field, FormMessages.Required("Ngày sinh"));
        else if (!VietnameseDate.TryParseBirthDate(text, out var full, out var year))
            FormChecks.Add(errors, field, FormMessages.BirthDate("Ngày sinh"));
        else if ((full is { } d && d > today) || year > today.Year) FormChecks.Add(errors, field, FormMessages.NotAfterToday("Ngày sinh"));
        else if (year < 1900) FormChecks.Add(errors, field, "Năm sinh không được trước năm 1900.");
    }
}

public static class PersonCommands
{
    public static async Task<Outcome<Person>> CreateAsync(HoaNhapDbContext db, CurrentUser user, PersonInput input,
        PhotoUpload? photo, CancellationToken ct)
    {
        if (!user.EditsRegistry) return Outcome<Person>.Denied();
        if (await PersonChecks.CheckAsync(db, user, null, input, ct) is { Count: > 0 } errors) return Outcome<Person>.Invalid(errors);
        var person = new Person();
        await ApplyAsync(db, person, input, ct);
        if (photo is not null) person.Photo = new PersonPhoto { PersonId = person.Id, ContentType = photo.ContentType, Content = photo.Content };
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        return Outcome<Person>.Ok(person);
    }

    public static async Task<Outcome<Person>> UpdateAsync(HoaNhapDbContext db, CurrentUser user, Guid id, PersonInput input,
        PhotoUpload? photo, CancellationToken ct)
    {
        var person = await db.People.People(user).Include(p => p.Photo).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return Outcome<Person>.Missing();
        if (!user.EditsRegistry) return Outcome<Person>.Denied();
        if (input.Version is null) return Outcome<Person>.Invalid(nameof(PersonInput.Version), "Thiếu phiên bản của hồ sơ (version) khi sửa.");
        if (await PersonChecks.CheckAsync(db, user, id, input, ct) is { Count: > 0 } errors) return Outcome<Person>.Invalid(errors);
        if (person.Version != input.Version) return Outcome<Person>.Conflicted(ConflictWith(person, input));

        db.Entry(person).Property(p => p.Version).OriginalValue = input.Version.Value;
        var communeChanged = person.CommuneCode != input.CommuneCode;
        await ApplyAsync(db, person, input, ct);
        if (photo is not null)
        {
            if (person.Photo is null) person.Photo = new PersonPhoto { PersonId = person.Id, ContentType = photo.ContentType, Content = photo.Content };
            else { person.Photo.ContentType = photo.ContentType; person.Photo.Content = photo.Content; }
        }
        if (communeChanged) await MovePlacedRowsAsync(db, person, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: report their version.
            db.ChangeTracker.Clear();
            var current = await db.People.AsNoTracking().FirstAsync(p => p.Id == id, ct);
            return Outcome<Person>.Conflicted(ConflictWith(current, input));
        }
        return Outcome<Person>.Ok(person);
    }

    /// <summary>Rows that belong to the person follow them to the new commune (they carry its codes).</summary>
    static async Task MovePlacedRowsAsync(HoaNhapDbContext db, Person person, CancellationToken ct)
    {
        foreach (var j in await db.Judgments.Where(x => x.PersonId == person.Id).ToListAsync(ct)) { j.ProvinceCode = person.ProvinceCode; j.CommuneCode = person.CommuneCode; }
        foreach (var d in await db.EnforcementDecisions.Where(x => x.PersonId == person.Id).ToListAsync(ct)) { d.ProvinceCode = person.ProvinceCode; d.CommuneCode = person.CommuneCode; }
        foreach (var c in await db.Cases.Where(x => x.PersonId == person.Id).ToListAsync(ct)) { c.ProvinceCode = person.ProvinceCode; c.CommuneCode = person.CommuneCode; }
        foreach (var a in await db.SupervisorAssignments.Where(x => x.PersonId == person.Id).ToListAsync(ct)) { a.ProvinceCode = person.ProvinceCode; a.CommuneCode = person.CommuneCode; }
    }

    static async Task ApplyAsync(HoaNhapDbContext db, Person p, PersonInput input, CancellationToken ct) =>
        Apply(p, input, await db.Communes.Where(c => c.Code == input.CommuneCode).Select(c => c.ProvinceCode).FirstAsync(ct));

    /// <summary>Sets <paramref name="p"/> from a checked input (<see cref="PersonChecks"/>): names in NFC, birth parsed, search key.</summary>
    public static void Apply(Person p, PersonInput input, string provinceCode)
    {
        VietnameseDate.TryParseBirthDate(input.DateOfBirth, out var full, out var year);
        p.FullName = VietnameseText.Nfc(input.FullName);
        p.OtherNames = NullIfEmpty(VietnameseText.Nfc(input.OtherNames));
        p.DateOfBirth = full;
        p.BirthYear = year;
        p.Gender = Enum.Parse<Gender>(input.Gender!);
        p.PersonalIdNumber = NullIfEmpty(input.PersonalIdNumber?.Trim());
        p.CommuneCode = input.CommuneCode!;
        p.ProvinceCode = provinceCode;
        p.Address = VietnameseText.Nfc(input.Address);
        p.Phone = NullIfEmpty(input.Phone?.Trim());
        p.RefreshSearchKey();
    }

    static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    static Conflict ConflictWith(Person current, PersonInput yours)
    {
        var theirs = PersonInput.From(current);
        var diffs = new List<FieldDifference>();
        void Compare(string field, string label, string? a, string? b)
        {
            if (!string.Equals(a?.Trim() ?? "", b?.Trim() ?? "", StringComparison.Ordinal))
                diffs.Add(new FieldDifference(field, label, a, b));
        }
        Compare(nameof(PersonInput.FullName), "Họ và tên", theirs.FullName, VietnameseText.Nfc(yours.FullName));
        Compare(nameof(PersonInput.OtherNames), "Tên gọi khác", theirs.OtherNames, yours.OtherNames);
        Compare(nameof(PersonInput.DateOfBirth), "Ngày sinh", theirs.DateOfBirth, yours.DateOfBirth);
        Compare(nameof(PersonInput.Gender), "Giới tính", theirs.Gender, yours.Gender);
        Compare(nameof(PersonInput.PersonalIdNumber), "Số định danh cá nhân", theirs.PersonalIdNumber, yours.PersonalIdNumber);
        Compare(nameof(PersonInput.CommuneCode), "Xã, phường", theirs.CommuneCode, yours.CommuneCode);
        Compare(nameof(PersonInput.Address), "Địa chỉ", theirs.Address, VietnameseText.Nfc(yours.Address));
        Compare(nameof(PersonInput.Phone), "Số điện thoại", theirs.Phone, yours.Phone);
        return new Conflict(current.UpdatedBy, current.UpdatedAt, current.Version, diffs);
    }
}
