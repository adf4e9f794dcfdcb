using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace ThreeML.Conventions.Tests;

/// <summary>Which namespaces of one assembly use which others, read from its metadata and IL: base types, interfaces,
/// field, method, property and local signatures, and every type, method and field token in method bodies. A nested or
/// compiler-generated type (closures, iterators, state machines) counts as its outermost declaring type.</summary>
internal static class NamespaceGraph
{
    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    /// <summary>For every namespace of the assembly, the other namespaces of the same assembly its types use.</summary>
    public static Dictionary<string, HashSet<string>> Of(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var provider = new TypeCollector();
        var graph = new Dictionary<string, HashSet<string>>();
        foreach (var handle in reader.TypeDefinitions)
        {
            var from = NamespaceOf(reader, handle);
            if (from.Length == 0)
            {
                continue; // <Module> and compiler-generated types at the top level
            }

            var used = new HashSet<TypeDefinitionHandle>();
            var type = reader.GetTypeDefinition(handle);
            AddType(reader, provider, type.BaseType, used);
            foreach (var i in type.GetInterfaceImplementations())
            {
                AddType(reader, provider, reader.GetInterfaceImplementation(i).Interface, used);
            }

            foreach (var f in type.GetFields())
            {
                used.UnionWith(reader.GetFieldDefinition(f).DecodeSignature(provider, null));
            }

            foreach (var p in type.GetProperties())
            {
                var signature = reader.GetPropertyDefinition(p).DecodeSignature(provider, null);
                used.UnionWith(signature.ReturnType.Concat(signature.ParameterTypes.SelectMany(t => t)));
            }

            foreach (var m in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(m);
                var signature = method.DecodeSignature(provider, null);
                used.UnionWith(signature.ReturnType.Concat(signature.ParameterTypes.SelectMany(t => t)));
                if (method.RelativeVirtualAddress != 0)
                {
                    AddBody(reader, provider, pe.GetMethodBody(method.RelativeVirtualAddress), used);
                }
            }

            var edges = graph.TryGetValue(from, out var set) ? set : graph[from] = [];
            foreach (var u in used)
            {
                var to = NamespaceOf(reader, u);
                if (to.Length > 0 && to != from)
                {
                    edges.Add(to);
                }
            }
        }

        return graph;
    }

    /// <summary>The namespaces that lie on a cycle, one group per strongly connected component (Tarjan).</summary>
    public static List<List<string>> Cycles(Dictionary<string, HashSet<string>> graph)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var cycles = new List<List<string>>();
        var next = 0;

        void Visit(string v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in graph.TryGetValue(v, out var e) ? e : [])
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }

            if (low[v] == index[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                if (component.Count > 1)
                {
                    component.Sort(StringComparer.Ordinal);
                    cycles.Add(component);
                }
            }
        }

        foreach (var v in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(v))
            {
                Visit(v);
            }
        }

        return cycles;
    }

    /// <summary>One edge of a cycle explained: a type of <paramref name="from"/> that uses a type of <paramref name="to"/>.</summary>
    public static string Witness(Assembly assembly, string from, string to) =>
        assembly.GetTypes().Where(t => Outermost(t).Namespace == from)
            .Select(t => (t, Uses: UsedTypes(t).FirstOrDefault(u => u.Assembly == assembly && Outermost(u).Namespace == to)))
            .Where(p => p.Uses is not null)
            .Select(p => $"{Outermost(p.t).FullName} uses {Outermost(p.Uses!).FullName}")
            .FirstOrDefault() ?? $"{from} uses {to} (in a method body)";

    private static Type Outermost(Type t) => t.DeclaringType is null ? t : Outermost(t.DeclaringType);

    private static IEnumerable<Type> UsedTypes(Type t)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var types = new List<Type?> { t.BaseType };
        types.AddRange(t.GetInterfaces());
        types.AddRange(t.GetFields(all).Select(f => f.FieldType));
        types.AddRange(t.GetProperties(all).Select(p => p.PropertyType));
        foreach (var m in t.GetMethods(all))
        {
            types.Add(m.ReturnType);
            types.AddRange(m.GetParameters().Select(p => p.ParameterType));
        }

        return types.OfType<Type>().SelectMany(Expand);
    }

    private static IEnumerable<Type> Expand(Type t) =>
        t.HasElementType ? Expand(t.GetElementType()!) :
        t.IsGenericType ? t.GetGenericArguments().SelectMany(Expand).Prepend(t.GetGenericTypeDefinition()) : [t];

    private static string NamespaceOf(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        while (type.GetDeclaringType() is { IsNil: false } outer)
        {
            type = reader.GetTypeDefinition(outer);
        }

        return reader.GetString(type.Namespace);
    }

    private static void AddType(MetadataReader reader, TypeCollector provider, EntityHandle handle, HashSet<TypeDefinitionHandle> used)
    {
        if (handle.IsNil)
        {
            return; // an interface's or <Module>'s base type
        }

        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                used.Add((TypeDefinitionHandle)handle);
                break;
            case HandleKind.TypeSpecification:
                used.UnionWith(reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(provider, null));
                break;
        }
    }

    private static void AddMember(MetadataReader reader, TypeCollector provider, EntityHandle handle, HashSet<TypeDefinitionHandle> used)
    {
        switch (handle.Kind)
        {
            case HandleKind.MethodDefinition:
                used.Add(reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.FieldDefinition:
                used.Add(reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.MemberReference:
                AddType(reader, provider, reader.GetMemberReference((MemberReferenceHandle)handle).Parent, used);
                break;
            case HandleKind.MethodSpecification:
                var spec = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                AddMember(reader, provider, spec.Method, used);
                used.UnionWith(spec.DecodeSignature(provider, null).SelectMany(t => t));
                break;
            default:
                AddType(reader, provider, handle, used);
                break;
        }
    }

    private static void AddBody(MetadataReader reader, TypeCollector provider, MethodBodyBlock body, HashSet<TypeDefinitionHandle> used)
    {
        if (!body.LocalSignature.IsNil)
        {
            used.UnionWith(reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(provider, null).SelectMany(t => t));
        }

        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            short code = il.ReadByte();
            if (code == 0xFE)
            {
                code = (short)(0xFE00 | il.ReadByte());
            }

            switch (Operands[code])
            {
                case OperandType.InlineType or OperandType.InlineTok or OperandType.InlineMethod or OperandType.InlineField:
                    AddMember(reader, provider, MetadataTokens.EntityHandle(il.ReadInt32()), used);
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32(); // read first: `Offset += 4 * ReadInt32()` would take Offset before the read
                    il.Offset += 4 * targets;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.InlineSig or OperandType.InlineString or OperandType.ShortInlineR:
                    il.Offset += 4;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
            }
        }
    }

    /// <summary>Decodes signatures into the type definitions of the assembly they mention.</summary>
    private sealed class TypeCollector : ISignatureTypeProvider<ImmutableArray<TypeDefinitionHandle>, object?>
    {
        public ImmutableArray<TypeDefinitionHandle> GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => [handle];

        public ImmutableArray<TypeDefinitionHandle> GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => [];

        public ImmutableArray<TypeDefinitionHandle> GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public ImmutableArray<TypeDefinitionHandle> GetPrimitiveType(PrimitiveTypeCode typeCode) => [];

        public ImmutableArray<TypeDefinitionHandle> GetGenericInstantiation(ImmutableArray<TypeDefinitionHandle> genericType, ImmutableArray<ImmutableArray<TypeDefinitionHandle>> typeArguments) =>
            [.. genericType, .. typeArguments.SelectMany(t => t)];

        public ImmutableArray<TypeDefinitionHandle> GetArrayType(ImmutableArray<TypeDefinitionHandle> elementType, ArrayShape shape) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetSZArrayType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetByReferenceType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetPointerType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetPinnedType(ImmutableArray<TypeDefinitionHandle> elementType) => elementType;

        public ImmutableArray<TypeDefinitionHandle> GetModifiedType(ImmutableArray<TypeDefinitionHandle> modifier, ImmutableArray<TypeDefinitionHandle> unmodifiedType, bool isRequired) => unmodifiedType;

        public ImmutableArray<TypeDefinitionHandle> GetFunctionPointerType(MethodSignature<ImmutableArray<TypeDefinitionHandle>> signature) =>
            [.. signature.ReturnType, .. signature.ParameterTypes.SelectMany(t => t)];

        public ImmutableArray<TypeDefinitionHandle> GetGenericMethodParameter(object? genericContext, int index) => [];

        public ImmutableArray<TypeDefinitionHandle> GetGenericTypeParameter(object? genericContext, int index) => [];
    }
}
