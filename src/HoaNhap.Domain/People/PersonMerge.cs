namespace HoaNhap.Domain.People;

/// <summary>
/// Gộp hồ sơ trùng: an officer merged two records of one person. The retired record is kept, hidden
/// (<see cref="Person.MergedIntoId"/>); the rows that pointed to it were moved to the kept one. Everything needed to undo
/// the merge exactly is recorded here (JSON): the field choices, both people's values before, and every moved row.
/// Placed at the kept person's unit.
/// </summary>
public sealed class PersonMerge : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public Guid KeptId { get; set; }
    public Guid RetiredId { get; set; }
    /// <summary>JSON: field → "this" (the kept record's value) or "other" (the retired record's value).</summary>
    public string Choices { get; set; } = "{}";
    /// <summary>JSON <see cref="PersonValues"/> of the kept person before the merge.</summary>
    public string KeptBefore { get; set; } = "{}";
    /// <summary>JSON <see cref="PersonValues"/> of the retired person before the merge.</summary>
    public string RetiredBefore { get; set; } = "{}";
    /// <summary>JSON list of <see cref="MovedRow"/>: every row moved, per table, with its place before.</summary>
    public string MovedRows { get; set; } = "[]";
    public DateTimeOffset MergedAt { get; set; }
    public string MergedBy { get; set; } = "";
    public DateTimeOffset? UndoneAt { get; set; }
    public string? UndoneBy { get; set; }
}

/// <summary>The fields an officer chooses between when merging, as they were.</summary>
public sealed record PersonValues(string FullName, string? OtherNames, DateOnly? DateOfBirth, int BirthYear, Gender Gender,
    string? PersonalIdNumber, string Address, string? Phone)
{
    /// <summary>The fields offered for a choice, in the form's order.</summary>
    public static readonly string[] Fields = ["FullName", "OtherNames", "DateOfBirth", "Gender", "PersonalIdNumber", "Address", "Phone"];

    public static PersonValues Of(Person p) => new(p.FullName, p.OtherNames, p.DateOfBirth, p.BirthYear, p.Gender, p.PersonalIdNumber, p.Address, p.Phone);

    /// <summary>Writes one field (the birth date with its year) onto <paramref name="p"/>.</summary>
    public void ApplyTo(Person p, string field)
    {
        switch (field)
        {
            case "FullName": p.FullName = FullName; break;
            case "OtherNames": p.OtherNames = OtherNames; break;
            case "DateOfBirth": p.DateOfBirth = DateOfBirth; p.BirthYear = BirthYear; break;
            case "Gender": p.Gender = Gender; break;
            case "PersonalIdNumber": p.PersonalIdNumber = PersonalIdNumber; break;
            case "Address": p.Address = Address; break;
            case "Phone": p.Phone = Phone; break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, null);
        }
    }

    public void ApplyAll(Person p) { foreach (var f in Fields) ApplyTo(p, f); }

    public string? Text(string field) => field switch
    {
        "FullName" => FullName,
        "OtherNames" => OtherNames,
        "DateOfBirth" => DateOfBirth is { } d ? d.ToString("dd/MM/yyyy") : BirthYear.ToString(),
        "Gender" => Gender == Gender.Male ? "Nam" : "Nữ",
        "PersonalIdNumber" => PersonalIdNumber,
        "Address" => Address,
        "Phone" => Phone,
        _ => null,
    };

    public static string Label(string field) => field switch
    {
        "FullName" => "Họ và tên",
        "OtherNames" => "Tên gọi khác",
        "DateOfBirth" => "Ngày sinh",
        "Gender" => "Giới tính",
        "PersonalIdNumber" => "Số định danh cá nhân",
        "Address" => "Địa chỉ nơi cư trú",
        "Phone" => "Số điện thoại",
        _ => field,
    };
}

/// <summary>A row moved from the retired person to the kept one: its table (entity type), key, and place before.</summary>
public sealed record MovedRow(string Entity, string Key, string? ProvinceCode, string? CommuneCode);
