using HoaNhap.Data;
using HoaNhap.Domain.Access;
using HoaNhap.Domain.Reintegration;
using HoaNhap.Domain.Text;
using HoaNhap.Web.Shared;
using HoaNhap.Web.Shared.Forms;
using HoaNhap.Web.Shared.Auth;
using Microsoft.EntityFrameworkCore;

namespace HoaNhap.Web.Features.Employment;

/// <summary>An input of a register row edited with the version read.</summary>
public interface IRegisterInput
{
    long? Version { get; set; }
}

public sealed class EmployerInput : IRegisterInput
{
    /// <summary>The commune where the employer operates (a province officer chooses; a commune officer's own commune otherwise).</summary>
    public string? CommuneCode { get; set; }
    public string? Name { get; set; }
    public string? TaxCode { get; set; }
    public string? Address { get; set; }
    public string? Sector { get; set; }
    public string? ContactPerson { get; set; }
    public string? ContactPhone { get; set; }
    public string? JobsOffered { get; set; }
    public int? Places { get; set; }
    public string? WillingSince { get; set; }
    /// <summary>Still willing to hire (new referrals allowed); true when absent.</summary>
    public bool? Active { get; set; }
    /// <summary>The version read before editing (required when editing).</summary>
    public long? Version { get; set; }

    public static EmployerInput From(Employer e) => new()
    {
        CommuneCode = e.CommuneCode, Name = e.Name, TaxCode = e.TaxCode, Address = e.Address, Sector = e.Sector, ContactPerson = e.ContactPerson,
        ContactPhone = e.ContactPhone, JobsOffered = e.JobsOffered, Places = e.Places, WillingSince = Display.Date(e.WillingSince), Active = e.Active,
        Version = e.Version,
    };
}

public sealed class CourseInput : IRegisterInput
{
    public string? CommuneCode { get; set; }
    public string? Trade { get; set; }
    public string? Provider { get; set; }
    public string? Place { get; set; }
    public string? StartsOn { get; set; }
    public string? EndsOn { get; set; }
    public int? Seats { get; set; }
    public bool? FeeWaived { get; set; }
    public string? Support { get; set; }
    public long? Version { get; set; }

    public static CourseInput From(VocationalCourse c) => new()
    {
        CommuneCode = c.CommuneCode, Trade = c.Trade, Provider = c.Provider, Place = c.Place, StartsOn = Display.Date(c.StartsOn),
        EndsOn = Display.Date(c.EndsOn), Seats = c.Seats, FeeWaived = c.FeeWaived, Support = c.Support, Version = c.Version,
    };
}

/// <summary>
/// The registers of employers willing to hire returnees and of vocational courses. Province officers keep them for every commune
/// of the province, commune officers for their own commune; the commune leader reads them. A row outside the caller's scope is not found.
/// </summary>
public static class JobRegisterCommands
{

    public static IQueryable<Employer> Employers(HoaNhapDbContext db, CurrentUser u)
    {
        if (!u.May(Act.UseEmployment)) return db.Set<Employer>().Where(_ => false);
        var q = db.Set<Employer>().Where(x => x.ProvinceCode == u.ProvinceCode);
        return u.CommuneCode is { } c ? q.Where(x => x.CommuneCode == c) : q;
    }

    public static IQueryable<VocationalCourse> Courses(HoaNhapDbContext db, CurrentUser u)
    {
        if (!u.May(Act.UseEmployment)) return db.Set<VocationalCourse>().Where(_ => false);
        var q = db.Set<VocationalCourse>().Where(x => x.ProvinceCode == u.ProvinceCode);
        return u.CommuneCode is { } c ? q.Where(x => x.CommuneCode == c) : q;
    }

    public static async Task<Outcome<List<Employer>>> ListEmployersAsync(HoaNhapDbContext db, CurrentUser u, string? commune, CancellationToken ct)
    {
        if (!u.May(Act.UseEmployment)) return Outcome<List<Employer>>.Denied();
        var q = Employers(db, u).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(commune)) q = q.Where(x => x.CommuneCode == commune.Trim());
        var list = await q.ToListAsync(ct);
        return Outcome<List<Employer>>.Ok(list.OrderByDescending(x => x.Active).ThenBy(x => x.CommuneCode)
            .ThenBy(x => x.Name, StringComparer.Create(Display.Vi, true)).ToList());
    }

    public static async Task<Outcome<List<VocationalCourse>>> ListCoursesAsync(HoaNhapDbContext db, CurrentUser u, string? commune, CancellationToken ct)
    {
        if (!u.May(Act.UseEmployment)) return Outcome<List<VocationalCourse>>.Denied();
        var q = Courses(db, u).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(commune)) q = q.Where(x => x.CommuneCode == commune.Trim());
        return Outcome<List<VocationalCourse>>.Ok(await q.OrderByDescending(x => x.StartsOn).ThenBy(x => x.CommuneCode).ToListAsync(ct));
    }

    public static async Task<Employer?> FindEmployerAsync(HoaNhapDbContext db, CurrentUser u, Guid id, CancellationToken ct) =>
        await Employers(db, u).FirstOrDefaultAsync(x => x.Id == id, ct);

    public static async Task<VocationalCourse?> FindCourseAsync(HoaNhapDbContext db, CurrentUser u, Guid id, CancellationToken ct) =>
        await Courses(db, u).FirstOrDefaultAsync(x => x.Id == id, ct);

    public static Task<Outcome<Employer>> CreateEmployerAsync(HoaNhapDbContext db, CurrentUser u, EmployerInput input, CancellationToken ct) =>
        SaveEmployerAsync(db, u, null, input, ct);

    public static Task<Outcome<Employer>> UpdateEmployerAsync(HoaNhapDbContext db, CurrentUser u, Guid id, EmployerInput input, CancellationToken ct) =>
        SaveEmployerAsync(db, u, id, input, ct);

    static async Task<Outcome<Employer>> SaveEmployerAsync(HoaNhapDbContext db, CurrentUser u, Guid? id, EmployerInput input, CancellationToken ct)
    {
        if (!u.May(Act.UseEmployment)) return Outcome<Employer>.Denied();
        Employer? e = null;
        if (id is { } existing && (e = await FindEmployerAsync(db, u, existing, ct)) is null) return Outcome<Employer>.Missing();
        if (!u.EditsRegistry) return Outcome<Employer>.Denied();
        var errors = new Dictionary<string, string[]>();
        var commune = await CommuneAsync(db, u, input.CommuneCode, "Hãy chọn xã, phường nơi doanh nghiệp hoạt động.", errors, ct);
        var name = FormChecks.Required(input.Name, nameof(input.Name), "Tên doanh nghiệp, cơ sở", 300, errors);
        var tax = FormChecks.Optional(input.TaxCode, nameof(input.TaxCode), "Mã số thuế", 20, errors);
        if (tax is not null && !tax.All(ch => char.IsAsciiDigit(ch) || ch == '-'))
            errors[nameof(input.TaxCode)] = ["Mã số thuế chỉ gồm chữ số (có thể có dấu gạch ngang), ví dụ 2500123456 hoặc 2500123456-001."];
        var address = FormChecks.Required(input.Address, nameof(input.Address), "Địa chỉ", 500, errors);
        var sector = FormChecks.Required(input.Sector, nameof(input.Sector), "Ngành nghề", 200, errors);
        var contact = FormChecks.Required(input.ContactPerson, nameof(input.ContactPerson), "Người liên hệ", 200, errors);
        var phone = FormChecks.Required(input.ContactPhone, nameof(input.ContactPhone), "Số điện thoại liên hệ", 20, errors);
        if (phone is not null && !System.Text.RegularExpressions.Regex.IsMatch(phone, @"^\+?[0-9 .]{8,15}$"))
            errors[nameof(input.ContactPhone)] = ["Số điện thoại liên hệ chỉ gồm chữ số (8 đến 15 số), ví dụ 0912345678."];
        var jobs = FormChecks.Required(input.JobsOffered, nameof(input.JobsOffered), "Công việc cần tuyển", 2000, errors);
        if (input.Places is not (>= 0 and <= 100_000)) errors[nameof(input.Places)] = ["Hãy nhập số chỗ làm việc có thể nhận (từ 0 đến 100.000)."];
        FormChecks.Past(db.Today, errors, nameof(input.WillingSince), "Ngày nhận lời tiếp nhận", input.WillingSince, out var since);
        if (e is not null && input.Version is null) errors[nameof(input.Version)] = ["Thiếu phiên bản của bản ghi (version) khi sửa."];
        if (errors.Count > 0) return Outcome<Employer>.Invalid(errors);
        if (e is not null && e.Version != input.Version) return Outcome<Employer>.Conflicted(new Conflict(e.UpdatedBy, e.UpdatedAt, e.Version, []));
        if (e is null) db.Add(e = new Employer { ProvinceCode = u.ProvinceCode });
        else db.Entry(e).Property(x => x.Version).OriginalValue = input.Version!.Value;
        e.CommuneCode = commune!;
        e.Name = name!;
        e.TaxCode = tax;
        e.Address = address!;
        e.Sector = sector!;
        e.ContactPerson = contact!;
        e.ContactPhone = phone!;
        e.JobsOffered = jobs!;
        e.Places = input.Places!.Value;
        e.WillingSince = since;
        e.Active = input.Active ?? true;
        return await SaveAsync(db, e, ct);
    }

    public static Task<Outcome<VocationalCourse>> CreateCourseAsync(HoaNhapDbContext db, CurrentUser u, CourseInput input, CancellationToken ct) =>
        SaveCourseAsync(db, u, null, input, ct);

    public static Task<Outcome<VocationalCourse>> UpdateCourseAsync(HoaNhapDbContext db, CurrentUser u, Guid id, CourseInput input, CancellationToken ct) =>
        SaveCourseAsync(db, u, id, input, ct);

    static async Task<Outcome<VocationalCourse>> SaveCourseAsync(HoaNhapDbContext db, CurrentUser u, Guid? id, CourseInput input, CancellationToken ct)
    {
        if (!u.May(Act.UseEmployment)) return Outcome<VocationalCourse>.Denied();
        VocationalCourse? c = null;
        if (id is { } existing && (c = await FindCourseAsync(db, u, existing, ct)) is null) return Outcome<VocationalCourse>.Missing();
        if (!u.EditsRegistry) return Outcome<VocationalCourse>.Denied();
        var errors = new Dictionary<string, string[]>();
        var commune = await CommuneAsync(db, u, input.CommuneCode, "Hãy chọn xã, phường của khóa học (khóa học cấp tỉnh: xã, phường nơi tổ chức học).", errors, ct);
        var trade = FormChecks.Required(input.Trade, nameof(input.Trade), "Nghề đào tạo", 200, errors);
        var provider = FormChecks.Required(input.Provider, nameof(input.Provider), "Cơ sở đào tạo", 300, errors);
        var place = FormChecks.Required(input.Place, nameof(input.Place), "Địa điểm học", 500, errors);
        FormChecks.Date(errors, nameof(input.StartsOn), "Ngày khai giảng", input.StartsOn, out var starts);
        if (FormChecks.Date(errors, nameof(input.EndsOn), "Ngày kết thúc khóa học", input.EndsOn, out var ends)
            && !errors.ContainsKey(nameof(input.StartsOn)) && ends < starts)
            errors[nameof(input.EndsOn)] = [FormMessages.NotBefore("Ngày kết thúc khóa học", "ngày khai giảng")];
        if (input.Seats is not (> 0 and <= 10_000)) errors[nameof(input.Seats)] = ["Hãy nhập số chỗ học (từ 1 đến 10.000)."];
        var support = FormChecks.Optional(input.Support, nameof(input.Support), "Hỗ trợ khác", 1000, errors);
        if (c is not null && input.Version is null) errors[nameof(input.Version)] = ["Thiếu phiên bản của bản ghi (version) khi sửa."];
        if (errors.Count > 0) return Outcome<VocationalCourse>.Invalid(errors);
        if (c is not null && c.Version != input.Version) return Outcome<VocationalCourse>.Conflicted(new Conflict(c.UpdatedBy, c.UpdatedAt, c.Version, []));
        if (c is null) db.Add(c = new VocationalCourse { ProvinceCode = u.ProvinceCode });
        else db.Entry(c).Property(x => x.Version).OriginalValue = input.Version!.Value;
        c.CommuneCode = commune!;
        c.Trade = trade!;
        c.Provider = provider!;
        c.Place = place!;
        c.StartsOn = starts;
        c.EndsOn = ends;
        c.Seats = input.Seats!.Value;
        c.FeeWaived = input.FeeWaived ?? false;
        c.Support = support;
        return await SaveAsync(db, c, ct);
    }

    static async Task<Outcome<T>> SaveAsync<T>(HoaNhapDbContext db, T row, CancellationToken ct) where T : class, Domain.IVersioned
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome<T>.Ok(row);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: report their version.
            var entry = db.Entry(row);
            await entry.ReloadAsync(ct);
            return Outcome<T>.Conflicted(new Conflict(row.UpdatedBy, row.UpdatedAt, row.Version, []));
        }
    }

    /// <summary>A commune officer's own commune; a province officer's choice among the communes of the province.</summary>
    static async Task<string?> CommuneAsync(HoaNhapDbContext db, CurrentUser u, string? chosen, string missing, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        if (u.CommuneCode is { } own) return own;
        var code = chosen?.Trim();
        if (string.IsNullOrEmpty(code)) { errors[nameof(EmployerInput.CommuneCode)] = [missing]; return null; }
        if (!await db.Communes.AnyAsync(c => c.Code == code && c.ProvinceCode == u.ProvinceCode, ct))
        {
            errors[nameof(EmployerInput.CommuneCode)] = ["Xã, phường được chọn không thuộc tỉnh, thành phố của bạn."];
            return null;
        }
        return code;
    }

    /// <summary>Commune names for the codes shown in a list.</summary>
    public static async Task<Dictionary<string, string>> CommuneNamesAsync(HoaNhapDbContext db, IEnumerable<string> codes, CancellationToken ct)
    {
        var list = codes.Distinct().ToList();
        return await db.Communes.AsNoTracking().Where(c => list.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.FullName, ct);
    }
}
