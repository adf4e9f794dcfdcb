using System.Reflection;

namespace ThreeML.Conventions.Tests;

/// <summary>A stable text listing of an assembly's public surface: one line per public type and per public or
/// protected member, sorted, so a change of the API shows as a diff of a tracked file.</summary>
internal static class PublicApiListing
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<string> Of(Assembly assembly)
    {
        var lines = new List<string>();
        // C# 14 extension blocks compile to nested grouping types with hashed names ("<G>$..."); the static methods
        // that implement them on the declaring class already list the extension members.
        foreach (var type in assembly.GetExportedTypes().Where(t => !IsExtensionGrouping(t)))
        {
            lines.Add($"{Kind(type)} {Name(type)}");
            foreach (var member in type.GetMembers(Declared).Where(Visible))
            {
                lines.Add($"{Name(type)}::{Describe(member)}");
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static bool IsExtensionGrouping(Type t) =>
        t.Name.StartsWith('<') || (t.DeclaringType is { } outer && IsExtensionGrouping(outer));

    /// <summary>Public classes that can be inherited from (not sealed, not static).</summary>
    public static IEnumerable<string> Unsealed(Assembly assembly) =>
        assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed) && !typeof(Delegate).IsAssignableFrom(t))
            .Select(Name)
            .Order(StringComparer.Ordinal);

    private static bool Visible(MemberInfo member) => member switch
    {
        MethodBase m => (m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly) && !(m is MethodInfo { IsSpecialName: true } && (m.Name.StartsWith("get_", StringComparison.Ordinal) || m.Name.StartsWith("set_", StringComparison.Ordinal) || m.Name.StartsWith("add_", StringComparison.Ordinal) || m.Name.StartsWith("remove_", StringComparison.Ordinal))),
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily),
        Type => false, // nested types are listed as types
        _ => false,
    };

    private static string Kind(Type t) =>
        t.IsInterface ? "interface" : t.IsEnum ? "enum" : t.IsValueType ? "struct" : typeof(Delegate).IsAssignableFrom(t) ? "delegate" :
        t.IsAbstract && t.IsSealed ? "static class" : t.IsAbstract ? "abstract class" : t.IsSealed ? "sealed class" : "class";

    private static string Describe(MemberInfo member) => member switch
    {
        ConstructorInfo c => $".ctor({Parameters(c)})",
        MethodInfo m => $"{(m.IsStatic ? "static " : "")}{(m.IsAbstract ? "abstract " : m.IsVirtual && !m.IsFinal ? "virtual " : "")}{Name(m.ReturnType)} {m.Name}{Generic(m)}({Parameters(m)})",
        PropertyInfo p => $"{Name(p.PropertyType)} {p.Name} {{{(p.GetMethod is { } g && (g.IsPublic || g.IsFamily) ? " get;" : "")}{(p.SetMethod is { } s && (s.IsPublic || s.IsFamily) ? " set;" : "")} }}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}{Name(f.FieldType)} {f.Name}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        _ => member.Name,
    };

    private static string Generic(MethodInfo m) => m.IsGenericMethodDefinition ? $"<{string.Join(", ", m.GetGenericArguments().Select(a => a.Name))}>" : "";

    private static string Parameters(MethodBase m) =>
        string.Join(", ", m.GetParameters().Select(p => $"{(p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : "")}{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : "")}"));

    private static string Name(Type t)
    {
        if (t.IsByRef)
        {
            return Name(t.GetElementType()!);
        }

        if (t.IsArray)
        {
            return Name(t.GetElementType()!) + "[" + new string(',', t.GetArrayRank() - 1) + "]";
        }

        if (t.IsGenericParameter)
        {
            return t.Name;
        }

        var name = t.IsNested ? Name(t.DeclaringType!) + "." + t.Name : (t.Namespace is null ? "" : t.Namespace + ".") + t.Name;
        if (t.IsGenericType)
        {
            var tick = name.IndexOf('`', StringComparison.Ordinal);
            name = (tick < 0 ? name : name[..tick]) + "<" + string.Join(", ", t.GetGenericArguments().Select(Name)) + ">";
        }

        return name;
    }
}
