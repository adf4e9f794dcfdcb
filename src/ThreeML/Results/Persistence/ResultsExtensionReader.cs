using System.Globalization;
using Astromodels.Serialization;
using Astromodels.Text;
using Astromodels;
using L = ThreeML.Results.Persistence.ResultsFitsLayout;
using ThreeML.Fits;
using ThreeML.Results;

namespace ThreeML.Results.Persistence;

/// <summary>Reads one ANALYSIS_RESULTS extension: the checks and the header and column parts shared by MLE and
/// Bayesian results; the result-specific parts are in <c>ResultsExtensionReader.Results.cs</c>.</summary>
internal sealed partial class ResultsExtensionReader
{
    private readonly FitsHdu _hdu;
    private readonly FitsHeader _header;
    private readonly string _path;
    private readonly string _label;

    public ResultsExtensionReader(FitsHdu hdu, string path)
    {
        _hdu = hdu;
        _header = hdu.Header;
        _path = path;
        _label = L.ExtensionLabel(hdu.ExtVer);
    }

    public AnalysisResults Read()
    {
        var table = _hdu as BinaryTableHdu
            ?? throw Fail($"the extension is a {_hdu.GetType().Name}; expected a binary table (BINTABLE).", keyword: "XTENSION");
        var type = String(L.ResultType);
        if (type is not (L.Mle or L.Bayesian))
        {
            throw Fail($"unknown result type '{type}'; expected '{L.Mle}' or '{L.Bayesian}'.", keyword: L.ResultType);
        }

        var model = ReadModel();
        foreach (var column in L.StandardColumns)
        {
            if (!table.TryGetColumn(column, out _))
            {
                throw Fail($"the column is missing; 3ML writes {string.Join(", ", L.StandardColumns)}.", column: column);
            }
        }

        var free = FreeParameters(table, model);
        var statistics = ReadStatistics();
        var measures = ReadMeasures();
        return type == L.Mle
            ? ReadMle(table, model, free, statistics, measures)
            : ReadBayesian(table, model, free, statistics, measures);
    }

    private ResultsFileException Fail(string detail, string? keyword = null, string? column = null, int? row = null, Exception? inner = null) =>
        new(detail, _path, _label, keyword, column, row, inner);

    private Model ReadModel()
    {
        var yaml = L.UnescapeYaml(String(L.Model));
        try
        {
            // Table models are re-read from their files (relative paths from the working folder).
            return Model.FromYaml(yaml, TableModels.XspecTableModel.Load);
        }
        catch (ModelFileException e)
        {
            throw Fail($"the model YAML cannot be read: {e.Message}", keyword: L.Model, inner: e);
        }
    }

    /// <summary>The model's parameters named in the NAME column, in row order; every row must be a free parameter of
    /// the model and every free parameter must have a row.</summary>
    private List<Parameter> FreeParameters(BinaryTableHdu table, Model model)
    {
        var names = Column(table, L.Name, table.ReadStrings);
        var free = new List<Parameter>(names.Length);
        for (var row = 0; row < names.Length; row++)
        {
            if (!model.TryGetParameter(names[row], out var p))
            {
                throw Fail($"parameter '{names[row]}' is not in the model of keyword {L.Model}.{NameSuggester.DidYouMean(names[row], model.Parameters.Select(x => x.Path))}",
                    column: L.Name, row: row);
            }

            if (!p.Free)
            {
                throw Fail($"parameter '{names[row]}' is {(p.IsLinked ? "linked" : "fixed")} in the model; every row must be a free parameter.", column: L.Name, row: row);
            }

            if (free.Contains(p))
            {
                throw Fail($"parameter '{names[row]}' appears twice.", column: L.Name, row: row);
            }

            free.Add(p);
        }

        var missing = model.FreeParameters.Where(p => !free.Contains(p)).Select(p => p.Path).ToList();
        if (missing.Count > 0)
        {
            throw Fail($"the model's free parameters {string.Join(", ", missing)} have no row.", column: L.Name);
        }

        return free;
    }

    /// <summary>STATi / PNi pairs in header order (3ML reads every STAT keyword in order).</summary>
    private List<(string Index, string Name, double Value)> ReadStatistics()
    {
        var list = new List<(string, string, double)>();
        foreach (var card in _header.Cards)
        {
            if (IndexOf(card.Key, L.StatPrefix) is { } index)
            {
                list.Add((index, String(L.PluginNamePrefix + index), Real(card.Key)));
            }
        }

        return list;
    }

    /// <summary>MEASi / MVi pairs in header order.</summary>
    private List<(string Index, string Name, double Value)> ReadMeasures()
    {
        var list = new List<(string, string, double)>();
        foreach (var card in _header.Cards)
        {
            if (IndexOf(card.Key, L.MeasurePrefix) is { } index)
            {
                list.Add((index, String(card.Key), Real(L.MeasureValuePrefix + index)));
            }
        }

        return list;
    }

    /// <summary>The digits after <paramref name="prefix"/> (e.g. "3" for STAT3), or null when the key is not of that form.</summary>
    private static string? IndexOf(string key, string prefix) =>
        key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal) && key.AsSpan(prefix.Length).IndexOfAnyExceptInRange('0', '9') < 0
            ? key[prefix.Length..]
            : null;

    private string String(string key)
    {
        if (_header.TryGetString(key, out var value))
        {
            return value;
        }

        throw Fail(_header.TryGetCard(key, out var card)
            ? $"expected a string, found {card.ValueText}."
            : "the keyword is missing.", keyword: key);
    }

    private double Real(string key)
    {
        if (L.TryGetReal(_header, key, out var value))
        {
            return value;
        }

        throw Fail(_header.TryGetCard(key, out var card)
            ? $"expected a number, found '{card.ValueText}'."
            : "the keyword is missing.", keyword: key);
    }

    private double? OptionalReal(string key) => _header.TryGetCard(key, out _) ? Real(key) : null;

    /// <summary>Reads a column, turning a type mismatch into a located error.</summary>
    private T Column<T>(BinaryTableHdu table, string name, Func<string, T> read)
    {
        try
        {
            return read(name);
        }
        catch (Exception e) when (e is ArgumentException or FitsFormatException)
        {
            throw Fail($"the column cannot be read ({table.GetColumn(name).TForm}): {e.Message}", column: name, inner: e);
        }
    }

    /// <summary>A vector column holding one value per sample must have <paramref name="expected"/> values per row.</summary>
    private void RequireRepeat(BinaryTableHdu table, string name, long expected, string why)
    {
        var repeat = table.GetColumn(name).Repeat;
        if (repeat != expected)
        {
            throw Fail($"the column has {repeat.ToString(CultureInfo.InvariantCulture)} values per row but {why}.", column: name);
        }
    }
}
