using HoaNhap.Domain.People;

namespace HoaNhap.Domain.Tests;

public sealed class DuplicateFinderTests
{
    static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid(), D = Guid.NewGuid(), E = Guid.NewGuid();

    [Fact]
    public void Same_id_same_name_and_birth_date_and_same_name_year_and_commune_are_found_with_their_reason()
    {
        var found = DuplicateFinder.Find(
        [
            new(A, "Nguyễn Văn An", new DateOnly(1990, 9, 5), 1990, "025090001234", "04792"),
            new(B, "NGUYEN VAN  AN", new DateOnly(1990, 9, 5), 1990, null, "04795"),
            new(C, "Trần Thị Bình", null, 1985, "025185000001", "04792"),
            new(D, "Lê Văn Cường", null, 1978, "025185000001", "04801"),
            new(E, "Trần thị bình", new DateOnly(1985, 1, 2), 1985, null, "04792"),
        ]);

        Assert.Equal(3, found.Count);
        Assert.Equal(1.0, found[0].Score);
        Assert.Equal(new HashSet<Guid> { C, D }, new HashSet<Guid> { found[0].PersonId, found[0].OtherId });
        Assert.Contains(found, d => d.Score == 0.9 && new[] { d.PersonId, d.OtherId }.Order().SequenceEqual(new[] { A, B }.Order()) && d.Reason.Contains("05/09/1990"));
        Assert.Contains(found, d => d.Score == 0.7 && new[] { d.PersonId, d.OtherId }.Order().SequenceEqual(new[] { C, E }.Order()));
    }

    [Fact]
    public void Namesakes_born_in_other_years_or_communes_are_not_duplicates() =>
        Assert.Empty(DuplicateFinder.Find(
        [
            new(A, "Nguyễn Văn An", new DateOnly(1990, 9, 5), 1990, null, "04792"),
            new(B, "Nguyễn Văn An", new DateOnly(1991, 9, 5), 1991, null, "04792"),
            new(C, "Nguyễn Văn An", null, 1990, null, "04795"),
        ]));
}
