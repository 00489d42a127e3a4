namespace HoaNhap.Domain.People;

using HoaNhap.Domain.Cases;
using HoaNhap.Domain.Judgments;

/// <summary>A person on the registry: an offender serving a community sentence or a returnee.</summary>
public sealed class Person : IPlaced, IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public string FullName { get; set; } = "";
    public string? OtherNames { get; set; }
    /// <summary>Full date when known; null when only the year of birth is known.</summary>
    public DateOnly? DateOfBirth { get; set; }
    public int BirthYear { get; set; }
    public Gender Gender { get; set; }
    public string? PersonalIdNumber { get; set; }
    public string Address { get; set; } = "";
    public string? Phone { get; set; }
    /// <summary>Name and other names folded (no diacritics, lower case) for searching.</summary>
    public string SearchKey { get; set; } = "";
    /// <summary>The day a province officer decided to archive the file after its retention period (it leaves the lists; nothing is deleted).</summary>
    public DateOnly? ArchivedOn { get; set; }
    /// <summary>Set when an officer merged this record into another (<see cref="PersonMerge"/>): the record is kept, hidden, pointing to the kept one.</summary>
    public Guid? MergedIntoId { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    public PersonPhoto? Photo { get; set; }
    public List<Judgment> Judgments { get; set; } = [];
    public List<Case> Cases { get; set; } = [];
    public List<SupervisorAssignment> SupervisorAssignments { get; set; } = [];

    /// <summary>Recomputes the folded search key from the names (the ID number is matched on its own).</summary>
    public void RefreshSearchKey() => SearchKey = Text.VietnameseText.Fold($"{FullName} {OtherNames}");

    public string BirthDateText => DateOfBirth is { } d ? d.ToString("dd/MM/yyyy") : BirthYear.ToString();
}

public enum Gender { Male, Female }

public sealed class PersonPhoto
{
    public Guid PersonId { get; set; }
    public string ContentType { get; set; } = "image/jpeg";
    public byte[] Content { get; set; } = [];
}

/// <summary>Phân công giám sát, giáo dục: decided by the commune People's Committee (LTHAHS 2019 Điều 84 khoản 1).</summary>
public sealed class SupervisorAssignment : IPlaced
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public string ProvinceCode { get; set; } = "";
    public string CommuneCode { get; set; } = "";
    public string SupervisorUserId { get; set; } = "";
    public string SupervisorName { get; set; } = "";
    public string? DecisionNumber { get; set; }
    /// <summary>Date of the People's Committee's decision (may precede the day supervision starts).</summary>
    public DateOnly? DecisionDate { get; set; }
    public DateOnly AssignedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    /// <summary>Why the assignment ended (a change of supervisor requires one).</summary>
    public string? EndReason { get; set; }
    /// <summary>The generated decision kept in the case file, when the person had an open community-sentence case.</summary>
    public Guid? DecisionFileItemId { get; set; }
}
