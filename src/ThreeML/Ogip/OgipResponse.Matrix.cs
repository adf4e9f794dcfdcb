using ThreeML.Fits;
using ThreeML.Responses;

namespace ThreeML.Ogip;

public static partial class OgipResponse
{
    /// <summary>Decompresses a MATRIX/SPECRESP MATRIX table (N_GRP, F_CHAN, N_CHAN, MATRIX as scalar, fixed-vector or
    /// variable-length columns) into a response, multiplied by an ARF when given.</summary>
    private static InstrumentResponse ReadMatrix(OgipTable table, double[] channelEdges, string? arfPath)
    {
        var channels = channelEdges.Length - 1;
        long detChans = table.OptionalInteger("DETCHANS") ?? throw table.Error("is missing; expected the number of detector channels.", keyword: "DETCHANS");
        if (detChans != channels)
        {
            throw table.Error($"= {detChans} but EBOUNDS has {channels} channels; expected them to agree.", keyword: "DETCHANS");
        }

        double[] energyEdges = ReadEdges(table, "ENERG_LO", "ENERG_HI", strict: true);
        double[]? arf = arfPath is null ? null : ReadArf(arfPath, table, energyEdges);
        VariableLengthArrays<double> matrix = table.Arrays("MATRIX");
        // Without an ARF the groups are runs of the decoded column as they stand, so the builder reads them in place
        // (a copy of the whole matrix less per response read; the same values).
        var builder = arf is null
            ? ResponseBuilder.OverValues(energyEdges, channelEdges, matrix.Values)
            : new ResponseBuilder(energyEdges, channelEdges, matrix.Values.Length);
        AddGroups(table, matrix, builder, arf);
        var info = new ResponseInfo(
            Telescope: table.OptionalString("TELESCOP") ?? "UNKNOWN",
            Instrument: table.OptionalString("INSTRUME") ?? "UNKNOWN",
            SourcePath: table.Path,
            CoverageStart: table.OptionalDouble("TSTART"),
            CoverageStop: table.OptionalDouble("TSTOP"));
        return builder.Build(info);
    }

    private static void AddGroups(OgipTable table, VariableLengthArrays<double> matrix, ResponseBuilder builder, double[]? arf)
    {
        var channels = builder.ChannelCount;
        long tlmin = table.TlMin("F_CHAN") ?? 1;
        VariableLengthArrays<double> nGrp = table.Arrays("N_GRP");
        VariableLengthArrays<double> fChan = table.Arrays("F_CHAN");
        VariableLengthArrays<double> nChan = table.Arrays("N_CHAN");
        var variableMatrix = table.Column("MATRIX").IsVariableLength;
        var scratch = new double[channels];
        for (var row = 0; row < table.RowCount; row++)
        {
            ReadOnlySpan<double> groups = nGrp[row];
            if (groups.Length != 1)
            {
                throw table.Error($"holds {groups.Length} values; expected one group count a row.", column: "N_GRP", row: row);
            }

            var g = Integer(table, "N_GRP", row, groups[0]);
            ReadOnlySpan<double> firsts = fChan[row];
            ReadOnlySpan<double> counts = nChan[row];
            ReadOnlySpan<double> values = matrix[row];
            if (g > firsts.Length || g > counts.Length)
            {
                throw table.Error($"= {g} but F_CHAN holds {firsts.Length} and N_CHAN {counts.Length} entries in this row; expected at least N_GRP of each.", column: "N_GRP", row: row);
            }

            var used = 0L;
            for (var k = 0; k < g; k++)
            {
                var first = Integer(table, "F_CHAN", row, firsts[k]) - tlmin;
                var n = Integer(table, "N_CHAN", row, counts[k]);
                if (first < 0 || first + n > channels)
                {
                    throw table.Error($"group {k + 1}: F_CHAN = {first + tlmin}, N_CHAN = {n} addresses channels {first + tlmin}..{first + tlmin + n - 1}; expected channels within {tlmin}..{tlmin + channels - 1} (TLMIN {tlmin}, DETCHANS {channels}).", column: "F_CHAN", row: row);
                }

                if (used + n > values.Length)
                {
                    throw table.Error($"holds {values.Length} values but the N_CHAN of groups 1..{k + 1} add up to {used + n}; expected at least the sum of N_CHAN.", column: "MATRIX", row: row);
                }

                var factor = arf?[row] ?? 1.0;
                for (var i = 0; i < n; i++)
                {
                    var v = values[(int)used + i] * factor;
                    if (!double.IsFinite(v))
                    {
                        throw table.Error($"element {used + i} = {OgipTable.Format(values[(int)used + i])}; expected a finite matrix element.", column: "MATRIX", row: row);
                    }

                    scratch[i] = v;
                }

                if (arf is null)
                {
                    builder.AddRun(row, (int)first, matrix.Offsets[row] + (int)used, (int)n);
                }
                else
                {
                    builder.Add(row, (int)first, scratch.AsSpan(0, (int)n));
                }

                used += n;
            }

            if (variableMatrix && used != values.Length)
            {
                throw table.Error($"holds {values.Length} values but the N_CHAN of its {g} group(s) add up to {used}; a variable-length MATRIX row must hold exactly the sum of N_CHAN.", column: "MATRIX", row: row);
            }
        }
    }

    private static long Integer(OgipTable table, string column, int row, double value) =>
        value == Math.Floor(value) && value >= 0 && value <= int.MaxValue
            ? (long)value
            : throw table.Error($"= {OgipTable.Format(value)}; expected a non-negative integer.", column: column, row: row);
}
