using ThreeML.Fits;

namespace ThreeML.Ogip;

internal sealed partial class PhaReader
{
    /// <summary>A per-spectrum number: a Type II column (one value a row), else the keyword; a Type I column is
    /// accepted only when every row holds the same value (per-channel values are not supported, as in 3ML).</summary>
    private double? SpectrumScalar(string name, int row)
    {
        if (_t.HasColumn(name))
        {
            VariableLengthArrays<double> values = Arrays(name);
            if (IsTypeII)
            {
                ReadOnlySpan<double> cell = values[row];
                return cell.Length == 1 && double.IsFinite(cell[0])
                    ? cell[0]
                    : throw _t.Error($"holds {cell.Length} value(s) ({(cell.Length > 0 ? OgipTable.Format(cell[0]) : "none")}); expected one finite value for the spectrum.", column: name, row: row);
            }

            if (values.Values.Length != _t.RowCount)
            {
                throw _t.Error($"holds {values.Values.Length} values in {_t.RowCount} rows; expected one value for the spectrum.", column: name);
            }

            var first = values.Values[0];
            for (var i = 1; i < values.Values.Length; i++)
            {
                if (values.Values[i] != first)
                {
                    throw _t.Error($"varies between channels ({OgipTable.Format(first)} and {OgipTable.Format(values.Values[i])}); per-channel {name} is not supported, expected one value for the spectrum.", column: name, row: i);
                }
            }

            if (!_t.HasKeyword(name))
            {
                return double.IsFinite(first) ? first : throw _t.Error($"= {OgipTable.Format(first)}; expected a finite value.", column: name, row: 0);
            }
        }

        return _t.OptionalDouble(name);
    }

    private double RequiredPositive(string name, int row)
    {
        double? v = SpectrumScalar(name, row);
        if (v is null)
        {
            throw _t.Error($"is missing (neither a keyword nor a column); expected the {(name == "EXPOSURE" ? "exposure, s" : "scale factor")}.", keyword: name);
        }

        var fromColumn = _t.HasColumn(name) && (IsTypeII || !_t.HasKeyword(name));
        return v.Value > 0
            ? v.Value
            : throw _t.Error($"= {OgipTable.Format(v.Value)}; expected a positive value.", keyword: fromColumn ? null : name, column: fromColumn ? name : null, row: fromColumn && IsTypeII ? row : null);
    }

    /// <summary>A per-spectrum string: a Type II character column, else the keyword.</summary>
    private string? SpectrumString(string name, int row)
    {
        if (IsTypeII && _t.HasColumn(name))
        {
            if (!_strings.TryGetValue(name, out string[]? values))
            {
                values = _t.Strings(name);
                _strings[name] = values;
            }

            return values[row].Trim();
        }

        return _t.OptionalString(name);
    }

    /// <summary>A per-channel column (Type I: one value a row; Type II: a vector a row), or null when absent.</summary>
    private double[]? ChannelValues(string name, int row)
    {
        if (!_t.HasColumn(name))
        {
            return null;
        }

        VariableLengthArrays<double> values = Arrays(name);
        if (IsTypeII)
        {
            ReadOnlySpan<double> cell = values[row];
            return cell.Length == ChannelCount
                ? cell.ToArray()
                : throw _t.Error($"holds {cell.Length} values; expected {ChannelCount} (DETCHANS) for the spectrum.", column: name, row: row);
        }

        return values.Values.Length == ChannelCount
            ? values.Values
            : throw _t.Error($"holds {values.Values.Length} values in {_t.RowCount} rows; expected one value per channel ({ChannelCount}).", column: name);
    }

    private (double[] Counts, double[]? Errors) ReadCounts(int row, double exposure, bool isPoisson)
    {
        double[] data = ChannelValues(_dataColumn, row)!;
        var isRate = _dataColumn == "RATE";
        var counts = new double[data.Length];
        for (var i = 0; i < data.Length; i++)
        {
            var c = isRate ? data[i] * exposure : data[i];
            if (!double.IsFinite(c))
            {
                throw Cell(_dataColumn, row, i, $"= {OgipTable.Format(data[i])}; expected a finite value.");
            }

            if (isPoisson)
            {
                var rounded = Math.Round(c);
                // RATE × EXPOSURE of single-precision columns recovers integers only to ~1e-7 relative.
                var tolerance = isRate ? 1e-5 * Math.Max(1.0, Math.Abs(c)) : 0.0;
                if (c < 0 || Math.Abs(c - rounded) > tolerance)
                {
                    var what = isRate ? $"× EXPOSURE {OgipTable.Format(exposure)} s = {OgipTable.Format(c)} counts" : "";
                    throw Cell(_dataColumn, row, i, $"= {OgipTable.Format(data[i])} {what}; Poisson data (POISSERR = T) need non-negative integer counts.");
                }

                c = rounded;
            }

            counts[i] = c;
        }

        return (counts, isPoisson ? null : StatErrors(row, isRate ? exposure : 1.0));
    }

    private double[] StatErrors(int row, double factor)
    {
        double[] errors = ChannelValues("STAT_ERR", row)
            ?? (_t.OptionalDouble("STAT_ERR") is double e ? Enumerable.Repeat(e, ChannelCount).ToArray()
                : throw _t.Error("is missing; Gaussian data (POISSERR = F) need STAT_ERR errors.", column: "STAT_ERR"));
        var result = new double[errors.Length];
        for (var i = 0; i < errors.Length; i++)
        {
            result[i] = errors[i] * factor;
            if (!double.IsFinite(result[i]) || result[i] < 0)
            {
                throw Cell("STAT_ERR", row, i, $"= {OgipTable.Format(errors[i])}; expected a finite, non-negative error.");
            }
        }

        return result;
    }

    private double[]? SystematicErrors(int row)
    {
        double[]? sys = ChannelValues("SYS_ERR", row);
        if (sys is null)
        {
            var k = _t.OptionalDouble("SYS_ERR");
            return k is null or 0 ? null : k > 0 ? Enumerable.Repeat(k.Value, ChannelCount).ToArray()
                : throw _t.Error($"= {OgipTable.Format(k.Value)}; expected a non-negative fractional error.", keyword: "SYS_ERR");
        }

        for (var i = 0; i < sys.Length; i++)
        {
            if (!double.IsFinite(sys[i]) || sys[i] < 0)
            {
                throw Cell("SYS_ERR", row, i, $"= {OgipTable.Format(sys[i])}; expected a finite, non-negative fractional error.");
            }
        }

        return sys;
    }

    /// <summary>An error located at channel <paramref name="channel"/> of spectrum row <paramref name="row"/>.</summary>
    private OgipFormatException Cell(string column, int row, int channel, string detail) =>
        IsTypeII
            ? _t.Error($"channel index {channel}: {detail}", column: column, row: row)
            : _t.Error(detail, column: column, row: channel);
}
