using ThreeML.Fits;

namespace ThreeML.Ogip;

/// <summary>Reads the spectra of one PHA SPECTRUM extension (OGIP/92-007), Type I (one spectrum, a row per channel) or
/// Type II (a row per spectrum, vector columns), following 3ML's <c>_read_pha_or_pha2_file</c>.</summary>
internal sealed partial class PhaReader
{
    private readonly OgipTable _t;
    private readonly Dictionary<string, VariableLengthArrays<double>> _columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string[]> _strings = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _dataColumn;

    public PhaReader(OgipTable table)
    {
        _t = table;
        _dataColumn = table.HasColumn("COUNTS") ? "COUNTS" : table.HasColumn("RATE") ? "RATE"
            : throw table.Error("has neither a COUNTS nor a RATE column; expected one of them in a PHA spectrum.", column: "COUNTS");
        FitsColumn data = table.Column(_dataColumn);
        if (table.RowCount == 0)
        {
            throw table.Error("has no rows; expected at least one channel and one spectrum.", column: _dataColumn);
        }

        IsTypeII = data.IsVariableLength || data.Repeat > 1
            || string.Equals(table.OptionalString("HDUCLAS4"), "TYPE:II", StringComparison.OrdinalIgnoreCase);
        SpectrumCount = IsTypeII ? table.RowCount : 1;
        ChannelCount = IsTypeII ? (int)Math.Min(data.IsVariableLength ? Arrays(_dataColumn).LengthOf(0) : data.Repeat, int.MaxValue) : table.RowCount;
        if (SpectrumCount == 0 || ChannelCount == 0)
        {
            throw table.Error($"holds no data ({table.RowCount} rows); expected at least one channel and one spectrum.", column: _dataColumn);
        }

        long detChans = table.OptionalInteger("DETCHANS") ?? throw table.Error("is missing; expected the number of detector channels.", keyword: "DETCHANS");
        if (detChans != ChannelCount)
        {
            var where = IsTypeII ? $"{ChannelCount} values a row" : $"{ChannelCount} rows";
            throw table.Error($"= {detChans} but the {_dataColumn} column holds {where}; expected one entry per detector channel.", keyword: "DETCHANS");
        }
    }

    public bool IsTypeII { get; }

    public int SpectrumCount { get; }

    public int ChannelCount { get; }

    public PhaSpectrum Read(int row)
    {
        CheckCorrectionFile(row);
        var isPoisson = IsPoisson();
        var exposure = RequiredPositive("EXPOSURE", row);
        var backScale = RequiredPositive("BACKSCAL", row);
        var areaScale = SpectrumScalar("AREASCAL", row) ?? 1.0;
        if (!(areaScale > 0))
        {
            throw _t.Error($"= {OgipTable.Format(areaScale)}; expected a positive area scaling.", keyword: "AREASCAL");
        }

        var (counts, errors) = ReadCounts(row, exposure, isPoisson);
        var (tStart, tStop) = Times(row);
        return new PhaSpectrum(
            filePath: _t.Path,
            spectrumNumber: IsTypeII ? row + 1 : null,
            counts: counts,
            countErrors: errors,
            systematicErrors: SystematicErrors(row),
            quality: Quality(row),
            grouping: Grouping(row),
            exposure: exposure,
            scaleFactor: backScale,
            areaScale: areaScale,
            isPoisson: isPoisson,
            storedAsRate: _dataColumn == "RATE",
            firstChannel: FirstChannel(row),
            telescope: Text("TELESCOP") ?? "UNKNOWN",
            instrument: Text("INSTRUME") ?? "UNKNOWN",
            filter: Text("FILTER"),
            channelType: Text("CHANTYPE"),
            tStart: tStart,
            tStop: tStop,
            backgroundFile: FileName("BACKFILE", row),
            responseFile: FileName("RESPFILE", row),
            ancillaryFile: FileName("ANCRFILE", row));
    }

    private bool IsPoisson()
    {
        // As 3ML: POISSERR must be a logical; when it is missing a STAT_ERR column means Gaussian errors.
        bool? poisson = _t.OptionalBool("POISSERR");
        if (poisson is bool p)
        {
            return p;
        }

        return _t.HasColumn("STAT_ERR") || _t.HasKeyword("STAT_ERR")
            ? false
            : throw _t.Error("is missing and there is no STAT_ERR column; expected POISSERR = T for Poisson counts, or STAT_ERR errors.", keyword: "POISSERR");
    }

    private void CheckCorrectionFile(int row)
    {
        string? corr = SpectrumString("CORRFILE", row);
        if (!OgipPath.IsNone(corr))
        {
            var inColumn = IsTypeII && _t.HasColumn("CORRFILE");
            throw _t.Error($"= '{corr}': correction files are not supported (as in 3ML); expected 'none' or empty.",
                keyword: inColumn ? null : "CORRFILE", column: inColumn ? "CORRFILE" : null, row: inColumn ? row : null);
        }
    }

    private string? Text(string key)
    {
        string? v = _t.OptionalString(key);
        return string.IsNullOrEmpty(v) ? null : v;
    }

    private string? FileName(string key, int row) => OgipPath.Resolve(SpectrumString(key, row), _t.Path);

    private VariableLengthArrays<double> Arrays(string name)
    {
        if (!_columns.TryGetValue(name, out VariableLengthArrays<double>? values))
        {
            values = _t.Arrays(name);
            _columns[name] = values;
        }

        return values;
    }
}
