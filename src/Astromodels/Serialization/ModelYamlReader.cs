using Astromodels.Functions;
using Astromodels.Internal;
using Astromodels.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Astromodels.Serialization;

/// <summary>Reads astromodels' YAML model layout (as <c>ModelParser</c> does) into a <see cref="Model"/>, strictly:
/// every problem is a <see cref="ModelFileException"/> naming the file, the YAML path and the line.</summary>
/// <remarks>Supported: point sources (ra/dec or l/b, equinox J2000), any number of spectral components, functions known
/// to <see cref="FunctionFactory"/>, composites given by their expression, priors known to
/// <see cref="Priors.PriorFactory"/>, links ("value: f(path)" with a "law") and external parameters. Extended and
/// particle sources, independent variables, polarization, extra_setup and external_functions are rejected.</remarks>
internal sealed partial class ModelYamlReader
{
    private const string PointSourceSuffix = " (point source)";
    private const string ParameterSuffix = " (Parameter)";
    private readonly string? _file;
    private readonly List<PendingLink> _links = [];
    private readonly Dictionary<string, Unit> _units = new(StringComparer.Ordinal);

    private readonly TableFunctionLoader? _tables;

    private ModelYamlReader(string? file, TableFunctionLoader? tables) => (_file, _tables) = (file, tables);

    /// <summary>Reads a model from YAML text.</summary>
    /// <param name="yaml">The document.</param>
    /// <param name="file">The file it came from, for messages; null for a string.</param>
    /// <param name="tables">Loads the table models the document names; null reports them instead.</param>
    public static Model Read(string yaml, string? file, TableFunctionLoader? tables = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        return new ModelYamlReader(file, tables).ReadDocument(yaml);
    }

    private Model ReadDocument(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new ModelFileException($"the YAML is malformed: {e.Message}", _file, null, (int)e.Start.Line, e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            throw new ModelFileException("the document is empty; expected entries such as '<name> (point source)'.", _file, null, null);
        }

        if (stream.Documents.Count > 1)
        {
            throw Fail("", stream.Documents[1].RootNode, "the file holds more than one YAML document");
        }

        var root = Map(stream.Documents[0].RootNode, "");
        var sources = new List<PointSource>();
        var externals = new List<(Parameter Parameter, string Path, YamlNode Node)>();
        foreach (var (key, node) in Entries(root, ""))
        {
            if (key.EndsWith(PointSourceSuffix, StringComparison.Ordinal))
            {
                sources.Add(ReadPointSource(key[..^PointSourceSuffix.Length].Trim(), node, key));
            }
            else if (key.EndsWith(ParameterSuffix, StringComparison.Ordinal))
            {
                externals.Add((ReadExternalParameter(key[..^ParameterSuffix.Length].Trim(), node, key), key, node));
            }
            else if (key.EndsWith(" (extended source)", StringComparison.Ordinal) || key.EndsWith(" (particle source)", StringComparison.Ordinal)
                     || key.EndsWith(" (IndependentVariable)", StringComparison.Ordinal))
            {
                throw Fail(key, KeyNode(root, key), "extended sources, particle sources and independent variables are not supported");
            }
            else
            {
                throw Fail(key, KeyNode(root, key), "unknown entry; top-level entries are '<name> (point source)' or '<name> (Parameter)'");
            }
        }

        Model model;
        try
        {
            model = new Model([.. sources]);
        }
        catch (ArgumentException e)
        {
            throw new ModelFileException(e.Message, _file, null, null, e);
        }

        foreach (var (parameter, path, node) in externals)
        {
            try
            {
                model.AddExternalParameter(parameter);
            }
            catch (ArgumentException e)
            {
                throw Fail(path, node, e.Message, e);
            }
        }

        ApplyLinks(model);
        return model;
    }

    private PointSource ReadPointSource(string name, YamlNode node, string path)
    {
        if (!Identifiers.IsValid(name))
        {
            throw Fail(path, node, $"'{name}' is not a valid source name (letters, digits and '_', not starting with a digit)");
        }

        var map = Map(node, path);
        CheckKeys(map, path, ["position", "spectrum"]);
        var positionPath = path + ".position";
        var position = Map(Require(map, "position", path), positionPath);
        CheckKeys(position, positionPath, ["ra", "dec", "l", "b", "equinox"]);
        if (Get(position, "equinox") is { } equinox && Text(equinox, positionPath + ".equinox") != "J2000")
        {
            throw Fail(positionPath + ".equinox", equinox, $"only equinox J2000 is supported (got '{Text(equinox, positionPath + ".equinox")}')");
        }

        var galactic = Get(position, "ra") is null && Get(position, "dec") is null;
        var (first, second) = galactic ? ("l", "b") : ("ra", "dec");
        var firstNode = Require(position, first, positionPath);
        var secondNode = Require(position, second, positionPath);
        if (galactic ? Get(position, "ra") is not null || Get(position, "dec") is not null : Get(position, "l") is not null || Get(position, "b") is not null)
        {
            throw Fail(positionPath, position, "give either ra and dec or l and b, not both");
        }

        var components = new List<SpectralComponent>();
        var spectrumPath = path + ".spectrum";
        var spectrum = Map(Require(map, "spectrum", path), spectrumPath);
        foreach (var (componentName, componentNode) in Entries(spectrum, spectrumPath))
        {
            components.Add(ReadComponent(name, componentName, componentNode, $"{spectrumPath}.{componentName}"));
        }

        PointSource source;
        try
        {
            var v1 = CoordinateValue(firstNode, $"{positionPath}.{first}", 0, 360);
            var v2 = CoordinateValue(secondNode, $"{positionPath}.{second}", -90, 90);
            source = galactic ? new PointSource(name, l: v1, b: v2, components: components) : new PointSource(name, ra: v1, dec: v2, components: components);
        }
        catch (ArgumentException e)
        {
            throw Fail(path, node, e.Message, e);
        }

        ReadCoordinate(source.PositionParameters[0], firstNode, $"{positionPath}.{first}", $"{name}.position.{first}", 0, 360);
        ReadCoordinate(source.PositionParameters[1], secondNode, $"{positionPath}.{second}", $"{name}.position.{second}", -90, 90);
        return source;
    }

    private SpectralComponent ReadComponent(string source, string name, YamlNode node, string path)
    {
        var map = Map(node, path);
        var entries = Entries(map, path).ToList();
        if (entries.Count == 0 || entries[0].Key == "polarization")
        {
            throw Fail(path, node, "the component has no spectral shape; its first entry must be a function name such as 'Powerlaw' or 'composite'");
        }

        foreach (var (key, value) in entries.Skip(1))
        {
            if (key != "polarization")
            {
                throw Fail($"{path}.{key}", KeyNode(map, key), "unexpected entry; a component holds one function and optionally 'polarization'");
            }

            if (value is not YamlMappingNode { Children.Count: 0 } && !IsNull(value))
            {
                throw Fail($"{path}.{key}", value, "polarization is not supported; it must be empty ({})");
            }
        }

        var (functionName, body) = entries[0];
        var shape = ReadFunction(functionName, body, $"{path}.{functionName}", $"{source}.spectrum.{name}", KeyNode(map, functionName));
        try
        {
            return new SpectralComponent(name, shape);
        }
        catch (ArgumentException e)
        {
            throw Fail(path, node, e.Message, e);
        }
    }

    private void ReadCoordinate(Parameter p, YamlNode node, string path, string modelPath, double min, double max)
    {
        ReadParameterInto(p, node, path, modelPath);

        // astromodels' _parse_sky_direction gives an unbounded coordinate its natural range back.
        if (p.Bounds == (null, null))
        {
            p.Bounds = (min, max);
        }
    }

    private double CoordinateValue(YamlNode definition, string path, double min, double max)
    {
        var node = Require(Map(definition, path), "value", path);
        var value = Number(node, path + ".value");
        if (!(value >= min && value <= max))
        {
            throw Fail(path + ".value", node, $"{PythonFloat.Repr(value)} is outside [{PythonFloat.Repr(min)}, {PythonFloat.Repr(max)}] degrees");
        }

        return value;
    }

    private void ApplyLinks(Model model)
    {
        // A link may hang off the law of another link, whose parameters exist only once that link is made.
        var pending = new List<PendingLink>(_links);
        while (pending.Count > 0)
        {
            var ready = pending.Where(l => model.Contains(l.DependentPath) && model.Contains(l.IndependentPath)).ToList();
            if (ready.Count == 0)
            {
                var stuck = pending[0];
                var missing = model.Contains(stuck.DependentPath) ? stuck.IndependentPath : stuck.DependentPath;
                throw Fail(stuck.YamlPath, stuck.Node, $"the link target '{missing}' is not a parameter of the model.{NameSuggester.DidYouMean(missing, model.Parameters.Select(p => p.Path))}");
            }

            foreach (var link in ready)
            {
                try
                {
                    model.Link(model[link.DependentPath], model[link.IndependentPath], link.Law);
                }
                catch (ArgumentException e)
                {
                    throw Fail(link.YamlPath, link.Node, e.Message, e);
                }

                pending.Remove(link);
            }
        }
    }

    private sealed record PendingLink(string DependentPath, string IndependentPath, Function1D Law, string YamlPath, YamlNode Node);
}
