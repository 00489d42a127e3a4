namespace HoaNhap.Domain.Units;

/// <summary>Tỉnh / thành phố trực thuộc trung ương (official list, QĐ 19/2025/QĐ-TTg codes).</summary>
public sealed class Province
{
    public required string Code { get; init; }          // 2 digits, kept as text
    public required string Name { get; init; }
    public required ProvinceKind Kind { get; init; }

    public string FullName => Kind == ProvinceKind.City ? $"Thành phố {Name}" : $"Tỉnh {Name}";
}

public enum ProvinceKind { Province, City }

/// <summary>Xã / phường / đặc khu.</summary>
public sealed class Commune
{
    public required string Code { get; init; }          // 5 digits, kept as text
    public required string Name { get; init; }
    public required CommuneKind Kind { get; init; }
    public required string ProvinceCode { get; init; }

    public string FullName => Kind switch
    {
        CommuneKind.Ward => $"Phường {Name}",
        CommuneKind.SpecialZone => $"Đặc khu {Name}",
        _ => $"Xã {Name}",
    };
}

public enum CommuneKind { Commune, Ward, SpecialZone }

public static class UnitCode
{
    public static bool IsProvinceCode(string? code) => code is { Length: 2 } && code.All(char.IsAsciiDigit);
    public static bool IsCommuneCode(string? code) => code is { Length: 5 } && code.All(char.IsAsciiDigit);
}
