using System.Text;
using Astromodels.Internal;

namespace Astromodels;

public sealed partial class Model
{
    /// <summary>Paths longer than this are shortened in the tables, as 3ML does for terminals.</summary>
    private const int DisplayPathWidth = 40;

    /// <summary>The model summary in 3ML's text layout: source counts, free parameters (value, min_value, max_value,
    /// unit), fixed parameters, linked parameters and independent variables.</summary>
    /// <param name="complete">Also list the fixed parameters (3ML's <c>display(complete=True)</c>); otherwise only their count.</param>
    /// <remarks>Numbers are written as Python writes floats ("0.0001", "30.0", "1e-05"), missing bounds as "None" and
    /// units in exponent form ("s-1 cm-2 keV-3", empty when dimensionless).</remarks>
    public string ToString(bool complete)
    {
        var sb = new StringBuilder();
        sb.Append("Model summary:\n==============\n\n");
        sb.Append(TextTable.Render(
            ["N"],
            [
                ["Point sources", PointSourceCount.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                ["Extended sources", "0"],
                ["Particle sources", "0"],
            ]));
        sb.Append("\n\n");

        var free = FreeParameters;
        sb.Append($"Free parameters ({free.Count}):\n--------------------\n\n");
        sb.Append(free.Count == 0 ? "(none)" : ParameterTable(free));
        sb.Append("\n\n");

        var fixedParameters = FixedParameters;
        sb.Append($"Fixed parameters ({fixedParameters.Count}):\n");
        if (complete)
        {
            sb.Append("---------------------\n\n");
            sb.Append(fixedParameters.Count == 0 ? "(none)" : ParameterTable(fixedParameters));
            sb.Append('\n');
        }
        else
        {
            sb.Append("(abridged. Use complete=True to see all fixed parameters)\n");
        }

        var linked = LinkedParameters;
        sb.Append($"\nLinked parameters ({linked.Count}):\n----------------------\n\n");
        if (linked.Count == 0)
        {
            sb.Append("(none)\n\n");
        }

        foreach (var p in linked)
        {
            string[][] rows =
            [
                ["current value", PythonFloat.Repr(p.Value)],
                ["function", p.LinkLaw!.Name],
                ["linked to", p.LinkedTo!.Path],
                ["unit", UnitText(p.Unit)],
            ];
            var labelWidth = rows.Max(r => r[0].Length) + 2;
            sb.Append(p.Path).Append('\n');
            foreach (var r in rows)
            {
                sb.Append((r[0].PadRight(labelWidth) + r[1]).TrimEnd()).Append('\n');
            }

            sb.Append('\n');
        }

        AppendFunctionProperties(sb);
        sb.Append("Independent variables:\n----------------------\n\nNone");
        return sb.ToString();
    }

    /// <summary>Functions' settings that are not parameters (absorbers' abundance tables, PhAbs' cross-sections) by the
    /// paths model files give them; the section is left out when no function has properties, so such summaries stay 3ML's.</summary>
    private void AppendFunctionProperties(StringBuilder sb)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var component in _pointSources.SelectMany(s => s.Components))
        {
            var shape = component.Shape;
            if (shape.Parameters.Count == 0)
            {
                continue;
            }

            var first = shape.Parameters[0].Path;
            var prefix = first[..(first.LastIndexOf('.') + 1)];
            IReadOnlyList<Function1D> leaves = shape is CompositeFunction c ? c.Leaves : [shape];
            for (var i = 0; i < leaves.Count; i++)
            {
                var suffix = shape is CompositeFunction ? $"_{i + 1}" : string.Empty;
                foreach (var (name, value) in leaves[i].DisplayedProperties)
                {
                    rows.Add([TextTable.ShortenPath($"{prefix}{name}{suffix}", DisplayPathWidth), value]);
                }
            }
        }

        if (rows.Count > 0)
        {
            sb.Append($"Function properties ({rows.Count}):\n------------------------\n\n");
            sb.Append(TextTable.Render(["value"], rows)).Append("\n\n");
        }
    }

    private static string ParameterTable(IEnumerable<Parameter> parameters) =>
        TextTable.Render(
            ["value", "min_value", "max_value", "unit"],
            [.. parameters.Select(p => (IReadOnlyList<string>)
            [
                TextTable.ShortenPath(p.Path, DisplayPathWidth),
                PythonFloat.Repr(p.Value),
                Bound(p.MinValue),
                Bound(p.MaxValue),
                UnitText(p.Unit),
            ])]);

    private static string Bound(double? v) => v is { } x ? PythonFloat.Repr(x) : "None";

    private static string UnitText(Unit unit) => unit.IsDimensionless ? "" : unit.ToString(UnitFormat.Exponent);
}
