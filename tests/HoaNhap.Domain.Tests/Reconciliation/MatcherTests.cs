using HoaNhap.Domain.Judgments;
using HoaNhap.Domain.Reconciliation;
using HoaNhap.Domain.Units;

namespace HoaNhap.Domain.Tests.Reconciliation;

/// <summary>Worked cases of the matcher, the list reader and the commune found from an address.</summary>
public sealed class MatcherTests
{
    internal static readonly Province PhuTho = new() { Code = "25", Name = "Phú Thọ", Kind = ProvinceKind.Province };
    internal static readonly Commune[] Communes =
    [
        new() { Code = "04792", Name = "Tân Hòa", Kind = CommuneKind.Ward, ProvinceCode = "25" },
        new() { Code = "04795", Name = "Hòa Bình", Kind = CommuneKind.Ward, ProvinceCode = "25" },
        new() { Code = "04801", Name = "Đà Bắc", Kind = CommuneKind.Commune, ProvinceCode = "25" },
        new() { Code = "00004", Name = "Ba Đình", Kind = CommuneKind.Ward, ProvinceCode = "01" },
    ];
    internal static readonly CommuneLocator Locator = new(PhuTho, Communes);

    static readonly Guid An = Guid.NewGuid(), Binh = Guid.NewGuid(), Namesake = Guid.NewGuid(), NoJudgment = Guid.NewGuid();
    static readonly Guid AnJ = Guid.NewGuid(), BinhJ = Guid.NewGuid(), NamesakeJ = Guid.NewGuid(), OldJ = Guid.NewGuid();
    const string Court = "Tòa án nhân dân khu vực 1 - Phú Thọ";

    static Matcher Registry() => new(
        [
            new RegistryPerson(An, "Nguyễn Văn An", new DateOnly(1990, 9, 5), 1990, "025090001234", "04792"),
            new RegistryPerson(Binh, "Trần Thị Bình", null, 1985, null, "04795"),
            new RegistryPerson(Namesake, "Nguyễn Văn An", new DateOnly(1990, 9, 5), 1990, null, "04801"),
            new RegistryPerson(NoJudgment, "Lê Văn Cường", new DateOnly(1978, 1, 2), 1978, "025078000001", "04792"),
        ],
        [
            new RegistryJudgment(AnJ, An, "25/2026/HS-ST", Court, new DateOnly(2026, 9, 15), new DateOnly(2026, 10, 1), 24, MainPenalty.SuspendedSentence, "04792"),
            new RegistryJudgment(BinhJ, Binh, "25/2026/HS-ST", Court, new DateOnly(2026, 9, 15), new DateOnly(2026, 10, 1), 12, MainPenalty.NonCustodialReform, "04795"),
            new RegistryJudgment(NamesakeJ, Namesake, "7/2026/HS-ST", "Tòa án nhân dân khu vực 2 - Phú Thọ", new DateOnly(2026, 9, 20), new DateOnly(2026, 10, 20), 6, MainPenalty.NonCustodialReform, "04801"),
            new RegistryJudgment(OldJ, Namesake, "1/2025/HS-ST", "Tòa án nhân dân khu vực 2 - Phú Thọ", new DateOnly(2025, 1, 20), new DateOnly(2025, 2, 20), 6, MainPenalty.NonCustodialReform, "04801"),
        ]);

    internal static ListRow Row(int n, string number, string court, string name, string birth, string? id, string address,
        int? term, string judged = "15/09/2026", string effective = "01/10/2026")
    {
        var parsed = ListParser.Parse(
        [
            ListColumns.All,
            [number, judged, court, name, birth, id ?? "", "Nam", address, "Án treo", term?.ToString() ?? "", effective],
        ], Locator);
        Assert.True(parsed.Problems.Count == 0, string.Join(" ", parsed.Problems.Select(p => p.Reason)) + parsed.FileError);
        return parsed.Rows[0] with { RowNumber = n };
    }

    [Fact]
    public void Judgment_number_and_court_match_even_written_differently()
    {
        var m = Registry().Match(Row(1, "25 / 2026 / hsst", "TAND khu vực 1, Phú Thọ", "NGUYEN VAN AN", "05/09/1990", null, "Tổ 5, P. Tân Hoà, Phú Thọ", 24));
        Assert.Equal(RowPart.Matched, m.Part);
        Assert.Equal(AnJ, m.JudgmentId);
        Assert.Equal(0.99, m.Confidence);
        Assert.Contains("Trùng số bản án và tòa án", m.Reason);
    }

    [Fact]
    public void A_co_defendant_of_a_registered_judgment_is_told_apart_by_name()
    {
        var matcher = Registry();
        var binh = matcher.Match(Row(1, "25/2026/HS-ST", Court, "Trần Thị Bình", "1985", null, "Phường Hòa Bình, Tỉnh Phú Thọ", 12));
        Assert.Equal(BinhJ, binh.JudgmentId);
        var stranger = matcher.Match(Row(2, "25/2026/HS-ST", Court, "Phạm Văn Dũng", "1991", null, "Phường Hòa Bình, Tỉnh Phú Thọ", 12));
        Assert.Equal(RowPart.MissingInRegistry, stranger.Part);
        Assert.Null(stranger.PersonId);
    }

    [Fact]
    public void Personal_id_finds_the_person_when_the_judgment_number_is_mistyped()
    {
        var m = Registry().Match(Row(1, "26/2026/HS-ST", "Tòa án khác", "Nguyễn Văn An", "05/09/1990", "025090001234", "Phường Tân Hòa, Tỉnh Phú Thọ", 24));
        Assert.Equal(RowPart.Conflict, m.Part);
        Assert.Equal(AnJ, m.JudgmentId);
        Assert.Contains(m.Conflicts, c => c.Field == ListColumns.JudgmentNumber && c.InRegistry == "25/2026/HS-ST");
    }

    [Theory]
    [InlineData("nguyen van an", NameAgreement.Exact)]
    [InlineData("An Nguyễn Văn", NameAgreement.Reordered)]
    [InlineData("Nguyễn  VănAn", NameAgreement.Spacing)]
    [InlineData("Nguyễn Văn Na", NameAgreement.Typo)]
    [InlineData("Ngyuễn Văn An", NameAgreement.Typo)]
    [InlineData("Nguyễn Vn An", NameAgreement.Typo)]
    [InlineData("Văn Ann Nguyễn", NameAgreement.Typo)]
    [InlineData("Nguyễn Văn Anh Tú", NameAgreement.None)]
    [InlineData("Trần Văn An", NameAgreement.None)]
    public void Names_agree_despite_diacritics_case_spacing_order_and_one_typo(string listed, NameAgreement expected) =>
        Assert.Equal(expected, Matcher.CompareNames(listed, "Nguyễn Văn An"));

    [Fact]
    public void Name_and_birth_with_the_commune_choose_between_namesakes()
    {
        var m = Registry().Match(Row(1, "7/2026/HS-ST", "Tòa án nhân dân tỉnh Phú Thọ", "nguyen van an", "05/09/1990", null, "Thôn 2, Xã Đà Bắc, Tỉnh Phú Thọ", 6,
            judged: "20/09/2026", effective: "20/10/2026"));
        Assert.Equal(RowPart.Matched, m.Part);
        Assert.Equal(NamesakeJ, m.JudgmentId);
        Assert.Contains("xã, phường cư trú", m.Reason);
    }

    [Fact]
    public void Namesakes_without_anything_else_to_tell_them_apart_are_not_guessed()
    {
        var m = Registry().Match(Row(1, "99/2026/HS-ST", "Tòa án khác", "Nguyễn Văn An", "05/09/1990", null, "Không rõ", 6));
        Assert.Equal(RowPart.MissingInRegistry, m.Part);
        Assert.Null(m.PersonId);
        Assert.Contains("2 người trùng", m.Reason);
    }

    [Fact]
    public void A_registered_person_without_that_judgment_is_a_missed_judgment_with_the_person_known()
    {
        var m = Registry().Match(Row(1, "40/2026/HS-ST", Court, "Lê Văn Cường", "02/01/1978", "025078000001", "Phường Tân Hòa, Tỉnh Phú Thọ", 12));
        Assert.Equal(RowPart.MissingInRegistry, m.Part);
        Assert.Equal(NoJudgment, m.PersonId);
        Assert.Null(m.JudgmentId);
    }

    [Fact]
    public void Conflicting_term_dates_and_commune_are_listed()
    {
        var m = Registry().Match(Row(1, "25/2026/HS-ST", Court, "Nguyễn Văn An", "05/09/1990", "025090001234", "Xã Đà Bắc, Phú Thọ", 36,
            judged: "14/09/2026", effective: "02/10/2026"));
        Assert.Equal(RowPart.Conflict, m.Part);
        Assert.Equal([ListColumns.TermMonths, ListColumns.JudgmentDate, ListColumns.EffectiveOn, ListColumns.Address], m.Conflicts.Select(c => c.Field));
        Assert.Equal(new ConflictField(ListColumns.TermMonths, "36", "24"), m.Conflicts[0]);
    }

    [Fact]
    public void The_registry_side_of_the_month_is_every_judgment_effective_that_month_and_not_in_the_list()
    {
        var report = Registry().Run([Row(1, "25/2026/HS-ST", Court, "Nguyễn Văn An", "05/09/1990", null, "Phường Tân Hòa, Phú Thọ", 24)], 2026, 10);
        Assert.Equal([BinhJ, NamesakeJ], report.MissingInList.Select(j => j.JudgmentId));
    }

    [Fact]
    public void Matching_is_deterministic()
    {
        var rows = Enumerable.Range(1, 5).Select(i => Row(i, "25/2026/HS-ST", Court, i % 2 == 0 ? "Trần Thị Bình" : "Nguyễn Văn An", i % 2 == 0 ? "1985" : "05/09/1990", null, "Tân Hòa", 24)).ToList();
        Assert.Equal(Registry().Run(rows, 2026, 10).Rows.Select(r => (r.Part, r.Confidence, r.Reason)), Registry().Run(rows, 2026, 10).Rows.Select(r => (r.Part, r.Confidence, r.Reason)));
    }

    [Theory]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "acb", 1)]
    [InlineData("abc", "ab", 1)]
    [InlineData("abc", "xbc", 1)]
    [InlineData("abcd", "bacd", 1)]
    [InlineData("abc", "cba", 2)]
    [InlineData("an", "anh", 1)]
    public void Damerau_Levenshtein(string a, string b, int distance)
    {
        Assert.Equal(distance, Matcher.Distance(a, b));
        Assert.Equal(distance <= 1, Matcher.WithinOneEdit(a, b));
        Assert.Equal(distance <= 1, Matcher.WithinOneEdit(b, a));
    }

    [Theory]
    [InlineData("Tổ 5, Phường Tân Hòa, Tỉnh Phú Thọ", "04792")]
    [InlineData("to 5 - phuong tan hoa - phu tho", "04792")]
    [InlineData("Thôn 2, xã Đà Bắc", "04801")]
    [InlineData("Số 1, P. Hòa Bình, TP Phú Thọ", "04795")]
    [InlineData("Tổ 1, Phường Ba Đình, Hà Nội", null)]
    [InlineData("", null)]
    public void The_commune_is_read_from_the_end_of_the_address(string address, string? code) => Assert.Equal(code, Locator.Find(address));

    [Fact]
    public void Csv_with_semicolons_quotes_and_a_bom_is_read_and_bad_rows_are_listed_with_their_number_and_reason()
    {
        var csv = "\uFEFFso_ban_an;ngay_ban_an;toa_an;ho_ten;ngay_sinh;so_dinh_danh;gioi_tinh;noi_cu_tru;hinh_phat;thoi_han_thang;ngay_hieu_luc\r\n"
            + "25/2026/HS-ST;15/09/2026;\"Tòa án; khu vực 1\";Nguyễn Văn An;05/09/1990;;Nam;\"Tổ 5, Phường Tân Hòa, Tỉnh Phú Thọ\";Án treo;24;01/10/2026\r\n"
            + "26/2026/HS-ST;31/02/2026;TAND;;1990;12345;Khác;Tân Hòa;Tù treo;abc;01/10/2026\r\n"
            + ";;;;;;;;;;\r\n";
        var table = CsvTable.Read(csv);
        Assert.Equal(';', CsvTable.DetectSeparator(csv));
        var parsed = ListParser.Parse(table, Locator);
        Assert.Null(parsed.FileError);
        var row = Assert.Single(parsed.Rows);
        Assert.Equal(1, row.RowNumber);
        Assert.Equal("Tòa án; khu vực 1", row.Court);
        Assert.Equal("04792", row.CommuneCode);
        Assert.Equal(MainPenalty.SuspendedSentence, row.Penalty);
        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(2, problem.RowNumber);
        Assert.Contains("ngày bản án (ngay_ban_an) “31/02/2026”", problem.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Thiếu họ tên (ho_ten)", problem.Reason);
        Assert.Contains("12 chữ số", problem.Reason);
        Assert.Contains("Nam hoặc Nữ", problem.Reason);
        Assert.Contains("số tháng", problem.Reason);
    }

    [Fact]
    public void Csv_cells_keep_line_breaks_and_doubled_quotes_inside_quotes_and_short_rows_are_kept()
    {
        var table = CsvTable.Read("a,b,c\r\n\"Tổ 5,\r\nPhường Tân Hòa\",\"Tòa \"\"khu vực 1\"\"\",x\r\nchỉ một ô\r\n");
        Assert.Equal(3, table.Count);
        Assert.Equal(["Tổ 5,\r\nPhường Tân Hòa", "Tòa \"khu vực 1\"", "x"], table[1]);
        Assert.Equal(["chỉ một ô"], table[2]);
    }

    [Fact]
    public void A_file_without_the_expected_columns_is_refused_whole()
    {
        var parsed = ListParser.Parse(CsvTable.Read("a,b,c\r\n1,2,3\r\n"), Locator);
        Assert.Contains("thiếu cột: so_ban_an", parsed.FileError);
    }
}
