using System.Collections;
using System.Globalization;
using System.Text;
using Astromodels.Text;

namespace ThreeML.Results;

/// <summary>The result of <c>GetFlux</c>: rows indexed by name ("src1: total"), with Quantity cells, as 3ML's DataFrame
/// with columns flux, low bound, hi bound.</summary>
public sealed class FluxTable : IReadOnlyList<FluxRow>
{
    private readonly FluxRow[] _rows;

    /// <summary>Creates a table.</summary>
    public FluxTable(IEnumerable<FluxRow> rows, double confidenceLevel)
    {
        _rows = [.. rows];
        ConfidenceLevel = confidenceLevel;
    }

    /// <summary>The confidence level of the bounds.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Why the fit the fluxes come from is not valid, or null for a valid fit (or a Bayesian result).</summary>
    public string? InvalidFitReason { get; init; }

    /// <summary>Whether the fluxes come from a fit that is valid (or from a Bayesian result).</summary>
    public bool FromValidFit => InvalidFitReason is null;

    /// <summary>The number of rows.</summary>
    public int Count => _rows.Length;

    /// <summary>The row at <paramref name="index"/>.</summary>
    public FluxRow this[int index] => _rows[index];

    /// <summary>The row named <paramref name="name"/> (e.g. "src1: total").</summary>
    /// <exception cref="KeyNotFoundException">No such row; the message lists the rows and suggests the closest.</exception>
    public FluxRow this[string name] =>
        _rows.FirstOrDefault(r => r.Name == name)
        ?? throw new KeyNotFoundException($"The flux table has no row '{name}'.{NameSuggester.DidYouMean(name, _rows.Select(r => r.Name))} Rows: {string.Join(", ", _rows.Select(r => r.Name))}.");

    /// <summary>The row names in order.</summary>
    public IEnumerable<string> Names => _rows.Select(r => r.Name);

    /// <inheritdoc />
    public IEnumerator<FluxRow> GetEnumerator() => ((IEnumerable<FluxRow>)_rows).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The table as aligned text (name, flux, low bound, hi bound).</summary>
    public override string ToString()
    {
        var cells = _rows.Select(r => new[] { r.Name, Format(r.Flux), Format(r.LowBound), Format(r.HighBound) }).ToList();
        cells.Insert(0, ["", "flux", "low bound", "hi bound"]);
        var widths = Enumerable.Range(0, 4).Select(c => cells.Max(row => row[c].Length)).ToArray();
        var sb = new StringBuilder();
        if (InvalidFitReason is not null)
        {
            sb.Append("FROM A FIT THAT IS NOT VALID (").Append(InvalidFitReason).Append("): these numbers are not trustworthy\n");
        }

        foreach (var row in cells)
        {
            sb.Append(row[0].PadRight(widths[0]));
            for (var c = 1; c < 4; c++)
            {
                sb.Append("  ").Append(row[c].PadLeft(widths[c]));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The table as CSV with a header (name, flux, low_bound, hi_bound, unit), invariant culture; from a fit
    /// that is not valid, a last column fit_valid (false) marks every row.</summary>
    public string ToCsv()
    {
        var marked = InvalidFitReason is not null;
        var sb = new StringBuilder(marked ? "name,flux,low_bound,hi_bound,unit,fit_valid\n" : "name,flux,low_bound,hi_bound,unit\n");
        foreach (var r in _rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\"{r.Name}\",{r.Flux.Value:R},{r.LowBound.Value:R},{r.HighBound.Value:R},\"{r.Flux.Unit}\"");
            sb.Append(marked ? ",false\n" : "\n");
        }

        return sb.ToString();
    }

    private static string Format(Astromodels.Quantity q) => q.ToString("R", CultureInfo.InvariantCulture);
}
