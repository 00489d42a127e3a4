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
    /// <summary>The mass organisation or association the person belongs to (Đoàn Thanh niên, Hội…), named in the supervision plan.</summary>
    public AssociationKind? Association { get; private set; }
    /// <summary>The organisation's own name, e.g. "Chi đoàn thôn Đông" (required for <see cref="AssociationKind.Other"/>).</summary>
    public string? AssociationName { get; private set; }
    /// <summary>Why the person is in special hardship (hoàn cảnh đặc biệt khó khăn); null when not flagged.</summary>
    public string? HardshipReason { get; private set; }
    public DateOnly? HardshipSince { get; private set; }
    /// <summary>The user who flagged the hardship (full name).</summary>
    public string? HardshipRecordedBy { get; private set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    public bool SpecialHardship => HardshipReason is not null;

    /// <summary>Records (or, with <paramref name="kind"/> null, clears) the person's membership; returns the refusal, if any.</summary>
    public string? SetMembership(AssociationKind? kind, string? name)
    {
        if (kind is null) { (Association, AssociationName) = (null, null); return null; }
        if (kind == AssociationKind.Other && string.IsNullOrWhiteSpace(name)) return "Hãy ghi tên tổ chức, hội mà người này là thành viên.";
        (Association, AssociationName) = (kind, string.IsNullOrWhiteSpace(name) ? null : name.Trim());
        return null;
    }

    /// <summary>Flags special hardship from <paramref name="since"/> (not in the future) for <paramref name="reason"/>; returns the refusal, if any.</summary>
    public string? FlagHardship(string reason, DateOnly since, string by, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(reason)) return "Hãy ghi lý do người này có hoàn cảnh đặc biệt khó khăn.";
        if (since > today) return "Ngày ghi nhận không được sau ngày hôm nay.";
        (HardshipReason, HardshipSince, HardshipRecordedBy) = (reason.Trim(), since, by);
        return null;
    }

    /// <summary>Lifts the flag when the hardship is over; refuses when there is none.</summary>
    public string? ClearHardship()
    {
        if (!SpecialHardship) return "Người này chưa được ghi nhận có hoàn cảnh đặc biệt khó khăn.";
        (HardshipReason, HardshipSince, HardshipRecordedBy) = (null, null, null);
        return null;
    }

    public PersonPhoto? Photo { get; set; }
    public List<Judgment> Judgments { get; set; } = [];
    public List<Case> Cases { get; set; } = [];
    public List<SupervisorAssignment> SupervisorAssignments { get; set; } = [];

    /// <summary>Recomputes the folded search key from the names (the ID number is matched on its own).</summary>
    public void RefreshSearchKey() => SearchKey = Text.VietnameseText.Fold($"{FullName} {OtherNames}");

    public string BirthDateText => DateOfBirth is { } d ? d.ToString("dd/MM/yyyy") : BirthYear.ToString();
}

public enum Gender { Male, Female }

/// <summary>A mass organisation or association a person may belong to (tổ chức chính trị - xã hội, hội).</summary>
public enum AssociationKind { YouthUnion, WomensUnion, FarmersAssociation, VeteransAssociation, TradeUnion, Other }

public static class AssociationText
{
    public static string Kind(AssociationKind k) => k switch
    {
        AssociationKind.YouthUnion => "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        AssociationKind.WomensUnion => "Hội Liên hiệp Phụ nữ",
        AssociationKind.FarmersAssociation => "Hội Nông dân",
        AssociationKind.VeteransAssociation => "Hội Cựu chiến binh",
        AssociationKind.TradeUnion => "Công đoàn",
        _ => "Tổ chức, hội khác",
    };

    /// <summary>The organisation as named to users: its own name when recorded, with the kind.</summary>
    public static string? Of(Person p) => Of(p.Association, p.AssociationName);

    public static string? Of(AssociationKind? kind, string? name) => kind is not { } k ? null
        : name is not null ? (k == AssociationKind.Other ? name : $"{name} ({Kind(k)})") : Kind(k);
}

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
