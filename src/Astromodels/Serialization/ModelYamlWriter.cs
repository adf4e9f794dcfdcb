using Astromodels.Functions;
using Astromodels.Internal;
using Astromodels.Priors;
using YamlDotNet.Core.Events;
using YamlDotNet.Core;

namespace Astromodels.Serialization;

/// <summary>Writes a model in astromodels' YAML layout (<c>Model.to_dict_with_types</c> dumped by PyYAML, then every
/// line followed by a blank one as <c>Model.save</c> does).</summary>
/// <remarks>Deliberate differences: long strings are never folded across lines (PyYAML folds at 80 columns; both read
/// the same), and prior parameters carry the unit astromodels' <c>set_units</c> would give them but a default step,
/// since priors here do not keep one.</remarks>
internal sealed partial class ModelYamlWriter
{
    private readonly IEmitter _emitter;

    private ModelYamlWriter(IEmitter emitter) => _emitter = emitter;

    /// <summary>The model as astromodels YAML text.</summary>
    public static string Write(Model model)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var emitter = new Emitter(text, new EmitterSettings(2, int.MaxValue, false, 1024, newLine: "\n"));
        new ModelYamlWriter(emitter).WriteModel(model);
        return text.ToString().Replace("\n", "\n\n", StringComparison.Ordinal);
    }

    private void WriteModel(Model model)
    {
        _emitter.Emit(new StreamStart());
        _emitter.Emit(new DocumentStart());
        BeginMap();
        foreach (var source in model.PointSources)
        {
            Key($"{source.Name} (point source)");
            BeginMap();
            Key("position");
            BeginMap();
            foreach (var p in source.PositionParameters)
            {
                Key(p.Name);
                WriteParameter(p);
            }

            Key("equinox");
            String(source.Equinox);
            EndMap();
            Key("spectrum");
            BeginMap();
            foreach (var component in source.Components)
            {
                Key(component.Name);
                BeginMap();
                Key(component.Shape.Name);
                WriteFunctionBody(component.Shape);
                Key("polarization");
                _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Flow));
                EndMap();
                EndMap();
            }

            EndMap();
            EndMap();
        }

        foreach (var p in model.ExternalParameters)
        {
            Key($"{p.Name} (Parameter)");
            WriteParameter(p);
        }

        EndMap();
        _emitter.Emit(new DocumentEnd(true));
        _emitter.Emit(new StreamEnd());
    }

    /// <summary>The parameters of a function, then "expression" for a composite (astromodels' <c>CompositeFunction.to_dict</c>).</summary>
    private void WriteFunctionBody(Function1D function)
    {
        BeginMap();
        foreach (var p in function.Parameters)
        {
            Key(p.Name);
            WriteParameter(p);
        }

        WriteProperties(function);
        if (function is CompositeFunction composite)
        {
            Key("expression");
            String(composite.Expression);
        }

        EndMap();
    }

    /// <summary>astromodels' <c>Parameter.to_dict</c>: value, desc, min_value, max_value, unit, is_normalization,
    /// [law], delta, free, [prior]; a linked parameter's value is "f(&lt;path&gt;)".</summary>
    private void WriteParameter(Parameter p)
    {
        BeginMap();
        Key("value");
        if (p.LinkedTo is { } independent)
        {
            String($"f({independent.Path})");
        }
        else
        {
            Number(p.Value);
        }

        Key("desc");
        String(p.Description);
        Key("min_value");
        Number(p.MinValue);
        Key("max_value");
        Number(p.MaxValue);
        Key("unit");
        String(UnitText(p.Unit));
        Key("is_normalization");
        Bool(p.IsNormalization);
        if (p.LinkLaw is { } law)
        {
            Key("law");
            BeginMap();
            Key(law.Name);
            WriteFunctionBody(law);
            EndMap();
        }

        Key("delta");
        Number(p.Delta);
        Key("free");
        Bool(p.Free);
        if (p.Prior is { } prior)
        {
            Key("prior");
            WritePrior(prior, p.Unit);
        }

        EndMap();
    }

    private void WritePrior(IPrior prior, Unit parameterUnit)
    {
        BeginMap();
        Key(prior.Name);
        BeginMap();
        var defaults = PriorFactory.Create(prior.Name).Parameters;
        foreach (var q in prior.Parameters)
        {
            var initial = defaults.FirstOrDefault(d => d.Name == q.Name)?.Value ?? q.Value;
            Key(q.Name);
            BeginMap();
            Key("value");
            Number(q.Value);
            Key("desc");
            String(q.Description);
            Key("min_value");
            Number(q.MinValue);
            Key("max_value");
            Number(q.MaxValue);
            Key("unit");
            String(PriorUnits.HasParameterUnit(prior.Name, q.Name) ? UnitText(parameterUnit) : "");
            Key("is_normalization");
            Bool(false);
            Key("delta");
            Number(initial == 0 ? 0.1 : Math.Abs(0.1 * initial));
            Key("free");
            Bool(q.Free);
            EndMap();
        }

        EndMap();
        EndMap();
    }

    internal static string UnitText(Unit unit) => unit.IsDimensionless ? "" : unit.ToString(UnitFormat.Exponent);

    private void BeginMap() => _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block));

    private void EndMap() => _emitter.Emit(new MappingEnd());

    private void Key(string key) => String(key);

    private void Number(double? value) => Plain(value is { } v ? PythonFloat.YamlRepr(v) : "null");

    private void Bool(bool value) => Plain(value ? "true" : "false");

    private void Plain(string text) => _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, ScalarStyle.Plain, true, false));

    private void String(string text)
    {
        // Text that would read back as another type is quoted; line breaks and control characters need escapes,
        // and the blank lines added after every line must never land inside a scalar.
        var style = text.Any(char.IsControl) ? ScalarStyle.DoubleQuoted
            : YamlScalars.NeedsQuotes(text) ? ScalarStyle.SingleQuoted
            : ScalarStyle.Plain;
        _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, style, true, true));
    }
}
