using System.Collections.Concurrent;

namespace HoaNhap.Web.Shared.Forms;

/// <summary>
/// The order of a page's fields, read from its bound properties in declaration order
/// ("Input.FullName", "Input.DateOfBirth", …), so the error summary lists errors as the form does.
/// </summary>
public static class FormOrder
{
    static readonly ConcurrentDictionary<Type, List<string>> Cache = new();

    public static List<string> Of(Type? pageModel) => pageModel is null ? [] : Cache.GetOrAdd(pageModel, t =>
    {
        var keys = new List<string>();
        foreach (var p in t.GetProperties())
        {
            if (p.PropertyType.IsClass && p.PropertyType != typeof(string) && p.PropertyType.Namespace?.StartsWith("HoaNhap") == true)
                keys.AddRange(p.PropertyType.GetProperties().Select(inner => $"{p.Name}.{inner.Name}"));
            else keys.Add(p.Name);
        }
        return keys;
    });
}
