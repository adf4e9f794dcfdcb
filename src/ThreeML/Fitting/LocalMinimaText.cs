using System.Globalization;
using System.Text;
using ThreeML.Results;

namespace ThreeML.Fitting;

/// <summary>The sentence that tells a user which other local minima a global fit found: "2 local minima; best reported; the other at −ln L 2585.3 (kT 5.6 keV)".</summary>
internal static class LocalMinimaText
{
    /// <summary>Appends the sentence when more than one minimum was found.</summary>
    /// <param name="sb">The text being built.</param>
    /// <param name="minima">The minima, best first, values in physical units in the order of <paramref name="rows"/>.</param>
    /// <param name="rows">The best-fit parameter table.</param>
    public static void Append(StringBuilder sb, IReadOnlyList<LocalMinimum> minima, IReadOnlyList<ParameterEstimate> rows)
    {
        if (minima.Count <= 1)
        {
            return;
        }

        var names = rows.Select(r => r.Path[(r.Path.LastIndexOf('.') + 1)..]).ToArray();
        for (int i = 0; i < names.Length; i++)
        {
            if (names.Count(n => n == names[i]) > 1)
            {
                names[i] = rows[i].Path;
            }
        }

        sb.Append(CultureInfo.InvariantCulture, $"\n{minima.Count} local minima; best reported; the other{(minima.Count > 2 ? "s" : string.Empty)} at ");
        for (int m = 1; m < minima.Count; m++)
        {
            var differing = new List<string>();
            for (int i = 0; i < rows.Count && i < minima[m].Point.Count; i++)
            {
                double value = minima[m].Point[i];
                double sigma = (rows[i].PositiveError - rows[i].NegativeError) / 2;
                double scale = double.IsFinite(sigma) && sigma > 0 ? 3 * sigma : 0.01 * Math.Abs(rows[i].Value);
                if (Math.Abs(value - rows[i].Value) > scale)
                {
                    string unit = rows[i].Unit.ToString();
                    differing.Add(string.Create(CultureInfo.InvariantCulture, $"{names[i]} {value:G3}{(unit.Length > 0 ? " " + unit : string.Empty)}"));
                }
            }

            sb.Append(m > 1 ? "; " : string.Empty)
                .Append(CultureInfo.InvariantCulture, $"-log(likelihood) {minima[m].Value:F2}")
                .Append(differing.Count > 0 ? $" ({string.Join(", ", differing)})" : string.Empty);
        }

        sb.Append('\n');
    }
}
