namespace HoaNhap.Domain;

/// <summary>A row that belongs to a place: its codes scope access and are the sharding key.</summary>
public interface IPlaced
{
    string ProvinceCode { get; }
    string CommuneCode { get; }
}

/// <summary>A row edited by people: the version detects concurrent edits.</summary>
public interface IVersioned
{
    long Version { get; set; }
    DateTimeOffset UpdatedAt { get; set; }
    string UpdatedBy { get; set; }
}
