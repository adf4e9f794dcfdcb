using ThreeML.Fits;
using ThreeML.Responses;

namespace ThreeML.Ogip;

/// <summary>Writes an <see cref="InstrumentResponse"/> as an OGIP response file (RSP: redistribution and effective area
/// in one matrix).</summary>
/// <remarks>
/// <para>Layout (OGIP CAL/GEN/92-002, HDUVERS 1.3.0): a primary HDU with no data, then the <c>SPECRESP MATRIX</c>
/// extension (HDUCLAS1 'RESPONSE', HDUCLAS2 'RSP_MATRIX', HDUCLAS3 'FULL') with one row per true-energy bin, and the
/// <c>EBOUNDS</c> extension (HDUCLAS2 'EBOUNDS') with one row per channel.</para>
/// <para>Each matrix row is stored compressed: its groups are the maximal runs of non-zero elements (a zero inside the
/// trimmed run of <see cref="InstrumentResponse"/> splits it), N_GRP (J) counts them, F_CHAN and N_CHAN (J) give the
/// first channel (numbered from <see cref="ResponseWriteOptions.FirstChannel"/>, recorded as TLMIN4) and the length of
/// each, and MATRIX (variable-length E, or D) holds the values of all groups back to back. F_CHAN/N_CHAN are
/// fixed-length vectors of the largest N_GRP (padded with zeros, a scalar when every row has at most one group), as
/// HEASoft's rmf writer does, unless that exceeds <see cref="MaxFixedGroups"/>; then they are variable-length (PJ).
/// A row without non-zero elements has N_GRP = 0.</para>
/// <para>Files are written atomically (temporary file + rename) and an existing file is only replaced on request. The
/// output is deterministic: no DATE or other time-dependent keyword is written.</para>
/// </remarks>
public static class ResponseWriter
{
    /// <summary>The largest number of groups per row stored in fixed-length F_CHAN/N_CHAN vectors.</summary>
    public const int MaxFixedGroups = 8;

    /// <summary>Writes the response to <paramref name="path"/> (conventionally ".rsp").</summary>
    /// <param name="path">The file to create.</param>
    /// <param name="response">The response; its elements are cm².</param>
    /// <param name="options">Labels and precision, or null for <see cref="ResponseWriteOptions.Default"/>.</param>
    /// <param name="overwrite">Whether an existing file may be replaced.</param>
    /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false, or it cannot be written.</exception>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public static void Write(string path, InstrumentResponse response, ResponseWriteOptions? options = null, bool overwrite = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        OgipFileWriter.RefuseExisting(path, overwrite);
        OgipFileWriter.Write(ToFits(response, options), path, overwrite);
    }

    /// <summary>Builds the response file in memory (to write to a stream, or to inspect).</summary>
    /// <param name="response">The response; its elements are cm².</param>
    /// <param name="options">Labels and precision, or null for <see cref="ResponseWriteOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public static FitsFile ToFits(InstrumentResponse response, ResponseWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        options ??= ResponseWriteOptions.Default;
        OgipLabels.CheckFirstChannel(options.FirstChannel, nameof(options));
        var file = new FitsFile();
        file.Add(ImageHdu.CreateEmpty());
        file.Add(BuildMatrix(response, options));
        file.Add(OgipLabels.Ebounds(response.ChannelEdges, options.FirstChannel, options.DoublePrecision, Describe(response, options))
            .SetKeyword("HDUVERS", "1.2.0", "version of the format")
            .Build());
        return file;
    }

    private static OgipLabels Describe(InstrumentResponse response, ResponseWriteOptions options) =>
        new(options.Telescope ?? response.Info.Telescope, options.Instrument ?? response.Info.Instrument, options.Filter, options.ChannelType, response.ChannelCount);

    private static BinaryTableHdu BuildMatrix(InstrumentResponse response, ResponseWriteOptions options)
    {
        var n = response.EnergyBinCount;
        var dense = response.ToDenseMatrix();
        var groups = new List<(int First, int Count)>[n];
        var values = new double[n][];
        for (var j = 0; j < n; j++)
        {
            (groups[j], values[j]) = Compress(dense, j, options.DoublePrecision);
        }

        var maxGroups = groups.Max(g => g.Count);
        var fixedWidth = maxGroups <= MaxFixedGroups;
        var width = Math.Max(1, maxGroups);
        int[][] Column(Func<(int First, int Count), int> pick) => groups
            .Select(g => fixedWidth ? [.. g.Select(pick), .. new int[width - g.Count]] : g.Select(pick).ToArray())
            .ToArray();

        var first = Column(g => g.First + options.FirstChannel);
        var count = Column(g => g.Count);
        var edges = response.EnergyEdges;
        var builder = new BinaryTableBuilder("SPECRESP MATRIX");
        OgipLabels.AddReal(builder, "ENERG_LO", edges[..^1], options.DoublePrecision, "keV");
        OgipLabels.AddReal(builder, "ENERG_HI", edges[1..], options.DoublePrecision, "keV");
        builder.AddColumn("N_GRP", groups.Select(g => g.Count).ToArray());
        if (fixedWidth)
        {
            builder.AddArrayColumn("F_CHAN", first).AddArrayColumn("N_CHAN", count);
        }
        else
        {
            builder.AddVariableLengthColumn("F_CHAN", first).AddVariableLengthColumn("N_CHAN", count);
        }

        if (options.DoublePrecision)
        {
            builder.AddVariableLengthColumn("MATRIX", values, "cm**2");
        }
        else
        {
            builder.AddVariableLengthColumn("MATRIX", values.Select(v => v.Select(x => (float)x).ToArray()).ToArray(), "cm**2");
        }

        var labels = Describe(response, options);
        labels.AddTo(builder, "RSP_MATRIX", "response matrix: redistribution and effective area");
        builder.SetKeyword("HDUCLAS3", "FULL", "includes all efficiencies")
            .SetKeyword("HDUVERS", "1.3.0", "version of the format")
            .SetKeyword("TLMIN4", (long)options.FirstChannel, "first legal channel number")
            .SetKeyword("TLMAX4", (long)(options.FirstChannel + response.ChannelCount - 1), "last legal channel number")
            .SetKeyword("LO_THRES", 0.0, "elements below this were dropped (none: only exact zeros)")
            .SetKeyword("NUMGRP", (long)groups.Sum(g => g.Count), "total number of channel groups")
            .SetKeyword("NUMELT", (long)values.Sum(v => v.Length), "total number of matrix elements stored");
        if (response.Info.CoverageStart is double start && response.Info.CoverageStop is double stop)
        {
            builder.SetKeyword("TSTART", start, "start of the interval the matrix applies to, s")
                .SetKeyword("TSTOP", stop, "end of the interval the matrix applies to, s");
        }

        return builder.Build();
    }

    /// <summary>One matrix row as its groups (0-based first channel, length) and the concatenated non-zero values.</summary>
    private static (List<(int First, int Count)> Groups, double[] Values) Compress(double[,] dense, int row, bool doublePrecision)
    {
        var groups = new List<(int, int)>();
        var values = new List<double>();
        var channels = dense.GetLength(1);
        var c = 0;
        while (c < channels)
        {
            // Zero is judged on the stored value, so a tiny double that rounds to 0f does not become a stored zero.
            bool NonZero(int k) => doublePrecision ? dense[row, k] != 0 : (float)dense[row, k] != 0f;
            if (!NonZero(c))
            {
                c++;
                continue;
            }

            var start = c;
            while (c < channels && NonZero(c))
            {
                values.Add(dense[row, c]);
                c++;
            }

            groups.Add((start, c - start));
        }

        return (groups, [.. values]);
    }
}
