using Mono.Cecil;
using Mono.Cecil.Cil;

namespace HoaNhap.Web.Tests.Architecture;

/// <summary>
/// A feature folder uses only the shared kernel (<c>HoaNhap.Web.Shared</c>), the Domain and the data layer: no feature
/// refers to another feature's types, in its code or its views. Read from the compiled application, so a reference
/// through a fully qualified name, a view or a lambda counts too.
/// </summary>
public sealed class FeatureIndependenceTests
{
    const string Features = "HoaNhap.Web.Features.";

    [Fact]
    public void No_feature_uses_another_feature()
    {
        using var module = ModuleDefinition.ReadModule(typeof(Program).Assembly.Location);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in module.GetTypes())
        {
            var from = FeatureOf(type);
            if (from is null) continue;
            foreach (var used in References(type))
                if (FeatureOf(used) is { } to && to != from)
                    found.Add($"{from} → {to} ({Outer(type).FullName} uses {Outer(used).FullName})");
        }
        Assert.True(found.Count == 0, "Features that use another feature:\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_check_sees_a_use_across_features()
    {
        // The composition root is not a feature, and it names them all: the check must find those uses there.
        using var module = ModuleDefinition.ReadModule(typeof(Program).Assembly.Location);
        var services = module.GetTypes().Single(t => t.Name == "HoaNhapServices");
        Assert.Contains(References(services), t => FeatureOf(t) == "Worklist");
    }

    /// <summary>The feature a type belongs to: its namespace under Features, or the folder of a compiled view (Features_X_Page).</summary>
    static string? FeatureOf(TypeReference t)
    {
        var outer = Outer(t);
        if (outer.Namespace.StartsWith(Features, StringComparison.Ordinal))
            return outer.Namespace[Features.Length..].Split('.')[0];
        if (outer.Namespace == "AspNetCoreGeneratedDocument" && outer.Name.StartsWith("Features_", StringComparison.Ordinal))
        {
            var folder = outer.Name["Features_".Length..].Split('_')[0];
            return folder == "Shared" ? null : folder; // Features/Shared holds the layout and shared partials
        }
        return null;
    }

    static TypeReference Outer(TypeReference t)
    {
        while (t.DeclaringType is not null) t = t.DeclaringType;
        return t;
    }

    static IEnumerable<TypeReference> References(TypeDefinition type)
    {
        IEnumerable<TypeReference> Of(TypeReference? t)
        {
            if (t is null) yield break;
            yield return t.GetElementType();
            if (t is GenericInstanceType g) foreach (var a in g.GenericArguments) foreach (var x in Of(a)) yield return x;
        }
        IEnumerable<TypeReference> Attributes(ICustomAttributeProvider p) =>
            p.CustomAttributes.SelectMany(a => Of(a.AttributeType).Concat(a.ConstructorArguments.Select(c => c.Value).OfType<TypeReference>()));

        foreach (var t in Of(type.BaseType)) yield return t;
        foreach (var i in type.Interfaces) foreach (var t in Of(i.InterfaceType)) yield return t;
        foreach (var t in Attributes(type)) yield return t;
        foreach (var f in type.Fields) foreach (var t in Of(f.FieldType)) yield return t;
        foreach (var p in type.Properties) foreach (var t in Of(p.PropertyType).Concat(Attributes(p))) yield return t;
        foreach (var m in type.Methods)
        {
            foreach (var t in Of(m.ReturnType).Concat(Attributes(m))) yield return t;
            foreach (var p in m.Parameters) foreach (var t in Of(p.ParameterType)) yield return t;
            if (!m.HasBody) continue;
            foreach (var v in m.Body.Variables) foreach (var t in Of(v.VariableType)) yield return t;
            foreach (var ins in m.Body.Instructions)
            {
                switch (ins.Operand)
                {
                    case TypeReference tr: foreach (var t in Of(tr)) yield return t; break;
                    case MethodReference mr:
                        foreach (var t in Of(mr.DeclaringType).Concat(Of(mr.ReturnType))) yield return t;
                        if (mr is GenericInstanceMethod gm) foreach (var a in gm.GenericArguments) foreach (var t in Of(a)) yield return t;
                        break;
                    case FieldReference fr: foreach (var t in Of(fr.DeclaringType).Concat(Of(fr.FieldType))) yield return t; break;
                }
            }
        }
    }
}
