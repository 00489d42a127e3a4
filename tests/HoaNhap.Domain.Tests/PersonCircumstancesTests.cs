using HoaNhap.Domain.People;

namespace HoaNhap.Domain.Tests;

/// <summary>The person's membership of an association and the special-hardship flag change only through their guarded methods.</summary>
public class PersonCircumstancesTests
{
    static readonly DateOnly Today = new(2026, 12, 7);

    [Fact]
    public void Membership_names_the_organisation_and_another_association_needs_its_name()
    {
        var p = new Person { FullName = "Lê Văn Về" };
        Assert.Null(p.SetMembership(AssociationKind.YouthUnion, "Chi đoàn thôn Đông"));
        Assert.Equal("Chi đoàn thôn Đông (Đoàn Thanh niên Cộng sản Hồ Chí Minh)", AssociationText.Of(p));
        Assert.NotNull(p.SetMembership(AssociationKind.Other, " "));
        Assert.Equal(AssociationKind.YouthUnion, p.Association);
        Assert.Null(p.SetMembership(AssociationKind.Other, "Hội Khuyến học xã"));
        Assert.Equal("Hội Khuyến học xã", AssociationText.Of(p));
        Assert.Null(p.SetMembership(null, null));
        Assert.Null(AssociationText.Of(p));
    }

    [Fact]
    public void Hardship_needs_a_reason_and_a_day_not_in_the_future_and_can_be_lifted_once()
    {
        var p = new Person { FullName = "Lê Văn Về" };
        Assert.NotNull(p.FlagHardship("", Today, "Cán bộ A", Today));
        Assert.NotNull(p.FlagHardship("Mồ côi, không nơi nương tựa", Today.AddDays(1), "Cán bộ A", Today));
        Assert.False(p.SpecialHardship);
        Assert.Null(p.FlagHardship(" Mồ côi, không nơi nương tựa ", Today, "Cán bộ A", Today));
        Assert.True(p.SpecialHardship);
        Assert.Equal(("Mồ côi, không nơi nương tựa", Today, "Cán bộ A"), (p.HardshipReason, p.HardshipSince, p.HardshipRecordedBy));
        Assert.Null(p.ClearHardship());
        Assert.False(p.SpecialHardship);
        Assert.NotNull(p.ClearHardship());
    }
}
