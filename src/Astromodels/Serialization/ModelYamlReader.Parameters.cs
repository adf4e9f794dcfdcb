using System.Text.RegularExpressions;
using Astromodels.Functions;
using Astromodels.Internal;
using Astromodels.Priors;
using YamlDotNet.RepresentationModel;

namespace Astromodels.Serialization;

internal sealed partial class ModelYamlReader
{
    private static readonly string[] ParameterKeys = ["value", "desc", "min_value", "max_value", "unit", "is_normalization", "law", "delta", "free", "prior"];

    /// <summary>Creates a function by name (or from its expression for "composite") and reads every parameter of it.</summary>
    /// <param name="name">The function name as written ("Powerlaw", "composite", "Line").</param>
    /// <param name="node">The mapping of its parameters.</param>
    /// <param name="path">The YAML path of the function entry.</param>
    /// <param name="modelPrefix">The model path the function's parameters hang from (e.g. "src1.spectrum.main").</param>
    /// <param name="at">The node errors about the function itself point at (its key).</param>
    private Function1D ReadFunction(string name, YamlNode node, string path, string modelPrefix, YamlNode at)
    {
        var body = Map(node, path);
        Function1D function;
        if (name == "composite" || Get(body, "expression") is not null)
        {
            var expressionNode = Require(body, "expression", path);
            if (name != "composite")
            {
                throw Fail(path, at, $"a function with an 'expression' must be called 'composite' (got '{name}')");
            }

            var expression = Text(expressionNode, path + ".expression");
            var leaf = 0;
            try
            {
                // Leaves are created in the order they appear, which is their {N} numbering in files we and astromodels write.
                function = FunctionExpressionParser.Parse(expression, n => CreateFunction(n, body, $"{ModelYamlWriter.TableProperty}_{++leaf}", path));
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                throw Fail(path + ".expression", expressionNode, e.Message, e);
            }

            if (function is not CompositeFunction)
            {
                throw Fail(path + ".expression", expressionNode, $"the expression '{expression}' has a single component; write that function's name instead of 'composite'");
            }
        }
        else
        {
            try
            {
                function = CreateFunction(name, body, ModelYamlWriter.TableProperty, path);
            }
            catch (ArgumentException e)
            {
                throw Fail(path, at, e.Message, e);
            }
        }

        var names = function.Parameters.Select(p => p.Name).ToList();
        var properties = PropertyNames(function);
        CheckKeys(body, path, function is CompositeFunction ? [.. names, .. properties.Keys, .. TableKeys(function), "expression"] : [.. names, .. properties.Keys, .. TableKeys(function)]);
        ReadProperties(body, path, properties);
        foreach (var p in function.Parameters)
        {
            var definition = Get(body, p.Name) ?? throw Fail(path, at, $"function {name} lacks the definition of parameter '{p.Name}'");
            ReadParameterInto(p, definition, $"{path}.{p.Name}", $"{modelPrefix}.{function.Name}.{p.Name}");
        }

        return function;
    }

    /// <summary>A function by its model-file name: a <see cref="FunctionFactory"/> name, or <c>{name}_eflux</c> /
    /// <c>{name}_flux</c> for that function re-parametrised by its energy / photon flux in a band (<see cref="BandFlux"/>,
    /// whose band and flux are its parameters <c>a</c>, <c>b</c> and <c>F</c>).</summary>
    /// <exception cref="ArgumentException">An unknown name (the message suggests the closest).</exception>
    private Function1D CreateFunction(string name, YamlMappingNode body, string tableKey, string path)
    {
        if (Get(body, tableKey) is { } table)
        {
            return LoadTable(name, table, $"{path}.{tableKey}");
        }

        return CreateFunction(name);
    }

    /// <summary>The <c>table</c> keys a function's entry may hold: one per tabulated leaf.</summary>
    private static IEnumerable<string> TableKeys(Function1D function)
    {
        IReadOnlyList<Function1D> leaves = function is CompositeFunction c ? c.Leaves : [function];
        for (var i = 0; i < leaves.Count; i++)
        {
            if (leaves[i] is ITabulatedFunction)
            {
                yield return function is CompositeFunction ? $"{ModelYamlWriter.TableProperty}_{i + 1}" : ModelYamlWriter.TableProperty;
            }
        }
    }

    /// <summary>A table function from its entry <c>table: {kind: atable, file: path}</c>, through the caller's loader.</summary>
    private Function1D LoadTable(string name, YamlNode node, string path)
    {
        var map = Map(node, path);
        CheckKeys(map, path, ["kind", "file"]);
        var kindNode = Require(map, "kind", path);
        var fileNode = Require(map, "file", path);
        var kind = Text(kindNode, path + ".kind");
        var file = Text(fileNode, path + ".file");
        if (_tables is null)
        {
            throw Fail(path, node, $"'{name}' is a table model ({kind} {file}); read this model with Model.Load(path, XspecTableModel.Load) or Model.FromYaml(text, XspecTableModel.Load)");
        }

        var resolved = System.IO.Path.IsPathRooted(file) || _file is null
            ? file
            : System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(_file)) ?? ".", file);
        Function1D function;
        try
        {
            function = _tables(kind, resolved);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or ModelFileException))
        {
            // The loader is the caller's (e.g. a FITS reader with its own exception types): say where in the model file.
            throw Fail(path + ".file", fileNode, $"cannot load the table '{resolved}': {e.Message}", e);
        }

        if (function.Name != name)
        {
            throw Fail(path + ".file", fileNode, $"the table '{resolved}' holds the model '{function.Name}', not '{name}'");
        }

        return function;
    }

    private static Function1D CreateFunction(string name)
    {
        if (!FunctionFactory.Contains(name))
        {
            foreach (var (suffix, kind) in new[] { ("_eflux", BandFluxKind.Energy), ("_flux", BandFluxKind.Photon) })
            {
                if (name.EndsWith(suffix, StringComparison.Ordinal) && FunctionFactory.Contains(name[..^suffix.Length]))
                {
                    return new BandFlux(FunctionFactory.Create(name[..^suffix.Length]), kind: kind);
                }
            }
        }

        return FunctionFactory.Create(name);
    }

    private Parameter ReadExternalParameter(string name, YamlNode node, string path)
    {
        if (!Identifiers.IsValid(name))
        {
            throw Fail(path, node, $"'{name}' is not a valid parameter name (letters, digits and '_', not starting with a digit)");
        }

        var map = Map(node, path);
        var isNormalization = Get(map, "is_normalization") is { } n && Bool(n, path + ".is_normalization");
        var start = Get(map, "value") is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: { } text } && YamlScalars.TryParseNumber(text, out var v) && double.IsFinite(v) ? v : 1.0;
        var parameter = new Parameter(name, start, isNormalization: isNormalization);
        ReadParameterInto(parameter, node, path, name);
        return parameter;
    }

    /// <summary>Applies a parameter definition (astromodels' <c>Parameter.to_dict</c>) to an existing parameter, in
    /// astromodels' order: bounds, delta, free, unit, then value (or a link), then prior.</summary>
    private void ReadParameterInto(Parameter p, YamlNode node, string path, string modelPath)
    {
        var map = Map(node, path);
        CheckKeys(map, path, ParameterKeys);
        var minNode = Get(map, "min_value");
        var maxNode = Get(map, "max_value");
        var min = minNode is null ? p.MinValue : NullableNumber(minNode, path + ".min_value");
        var max = maxNode is null ? p.MaxValue : NullableNumber(maxNode, path + ".max_value");
        Apply(path + ".min_value", minNode ?? maxNode ?? node, () => p.Bounds = (min, max));
        if (Get(map, "delta") is { } delta)
        {
            var d = Number(delta, path + ".delta");
            Apply(path + ".delta", delta, () => p.Delta = d);
        }

        if (Get(map, "free") is { } free)
        {
            p.Free = Bool(free, path + ".free");
        }

        if (Get(map, "unit") is { } unitNode)
        {
            // PyYAML may fold a long unit across lines; astromodels joins it back with spaces.
            var text = Text(unitNode, path + ".unit").Replace('\n', ' ');
            Apply(path + ".unit", unitNode, () => p.Unit = ParseUnit(text));
        }

        if (Get(map, "desc") is { } desc)
        {
            p.Description = IsNull(desc) ? "" : Text(desc, path + ".desc");
        }

        if (Get(map, "is_normalization") is { } norm)
        {
            _ = Bool(norm, path + ".is_normalization");
        }

        ReadValue(p, map, path, modelPath);
        if (Get(map, "prior") is { } prior)
        {
            var instance = ReadPrior(prior, path + ".prior");
            p.Prior = instance;
        }
    }

    private void ReadValue(Parameter p, YamlMappingNode map, string path, string modelPath)
    {
        var valueNode = Require(map, "value", path);
        var lawNode = Get(map, "law");
        if (valueNode is YamlScalarNode { Style: not YamlDotNet.Core.ScalarStyle.Plain, Value: { } quoted } && !LinkPattern().IsMatch(quoted)
            || valueNode is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: { } plain } && YamlScalars.TryParseNumber(plain, out _))
        {
            if (lawNode is not null)
            {
                throw Fail(path + ".law", lawNode, "a 'law' is only allowed on a linked parameter (value: f(<path>))");
            }

            var value = Number(valueNode, path + ".value");
            Apply(path + ".value", valueNode, () => p.Value = value);
            return;
        }

        var match = valueNode is YamlScalarNode { Value: { } raw } && !IsNull(valueNode) ? LinkPattern().Match(raw) : Match.Empty;
        if (!match.Success)
        {
            throw Fail(path + ".value", valueNode, $"expected a number or f(<parameter path>), got {Describe(valueNode)}");
        }

        var target = match.Groups[1].Value.Trim();
        if (lawNode is null)
        {
            throw Fail(path, map, $"the parameter is linked to '{target}' but lacks a 'law' entry");
        }

        var lawMap = Map(lawNode, path + ".law");
        var lawEntries = Entries(lawMap, path + ".law").ToList();
        if (lawEntries.Count != 1)
        {
            throw Fail(path + ".law", lawNode, $"expected exactly one law function, found {lawEntries.Count}");
        }

        var (lawName, lawBody) = lawEntries[0];
        var law = ReadFunction(lawName, lawBody, $"{path}.law.{lawName}", modelPath, KeyNode(lawMap, lawName));
        _links.Add(new PendingLink(modelPath, target, law, path + ".value", valueNode));
    }

    private IPrior ReadPrior(YamlNode node, string path)
    {
        var entries = Entries(Map(node, path), path).ToList();
        if (entries.Count != 1)
        {
            throw Fail(path, node, $"expected exactly one prior, found {entries.Count}");
        }

        var (name, body) = entries[0];
        var priorMap = (YamlMappingNode)node;
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (parameter, definition) in Entries(Map(body, $"{path}.{name}"), $"{path}.{name}"))
        {
            var parameterPath = $"{path}.{name}.{parameter}";
            var valueNode = definition is YamlMappingNode m ? Require(m, "value", parameterPath) : definition;
            values[parameter] = Number(valueNode, definition is YamlMappingNode ? parameterPath + ".value" : parameterPath);
        }

        try
        {
            return PriorFactory.Create(name, values);
        }
        catch (ArgumentException e)
        {
            throw Fail($"{path}.{name}", KeyNode(priorMap, name), e.Message, e);
        }
    }

    private void Apply(string path, YamlNode node, Action action)
    {
        try
        {
            action();
        }
        catch (ArgumentException e)
        {
            // Also covers UnitParseException and ArgumentOutOfRangeException from bounds checks.
            throw Fail(path, node, e.Message, e);
        }
    }

    /// <summary>Parses a unit once per distinct text: a file repeats a handful of units many times and parsing is
    /// the bulk of reading time.</summary>
    private Unit ParseUnit(string text)
    {
        if (text.Length == 0)
        {
            return Unit.Dimensionless;
        }

        if (!_units.TryGetValue(text, out var unit))
        {
            unit = Unit.Parse(text);
            _units[text] = unit;
        }

        return unit;
    }

    [GeneratedRegex(@"^\s*f\((.+)\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();
}
