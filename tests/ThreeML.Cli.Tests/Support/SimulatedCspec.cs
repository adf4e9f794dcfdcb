using MathNet.Numerics.Distributions;
using ThreeML.Fits;

namespace ThreeML.Cli.Tests.Support;

/// <summary>A CSPEC-like PHA Type II file drawn from known rates: a flat background of <see cref="BackgroundRate"/>
/// counts/s per channel, and from 0 s a power law whose index changes at each of <see cref="Epochs"/>, folded through
/// <see cref="SyntheticData.WriteResponse"/>'s matrix. Bins of 1 s from −60 to 80 s, live fraction 0.95.</summary>
internal static class SimulatedCspec
{
    public const double BackgroundRate = 20.0;
    public const double Trigger = 2.5e8;
    public const double K = 0.1;
    public const double Pivot = 100.0;

    /// <summary>(start, stop, index) of each source epoch, s from the trigger.</summary>
    public static readonly (double Start, double Stop, double Index)[] Epochs = [(0, 10, -1.5), (10, 20, -2.2)];

    /// <summary>Writes sim.pha (the series) and sim.rsp into <paramref name="folder"/>.</summary>
    public static void Write(string folder, int seed)
    {
        var response = SyntheticData.WriteResponse(Path.Combine(folder, "sim.rsp"));
        var matrix = Matrix(response, out var channelEdges);
        var random = new Random(seed);
        var channels = SyntheticData.Channels;
        const int Bins = 140;
        var time = new double[Bins];
        var end = new double[Bins];
        var exposure = new double[Bins];
        var counts = new int[Bins][];
        for (var b = 0; b < Bins; b++)
        {
            var t0 = -60.0 + b;
            time[b] = Trigger + t0;
            end[b] = Trigger + t0 + 1;
            exposure[b] = 0.95;
            var source = Epochs.FirstOrDefault(e => t0 >= e.Start && t0 + 1 <= e.Stop);
            var rates = source.Stop > 0 ? Fold(matrix, source.Index) : new double[channels];
            counts[b] = [.. Enumerable.Range(0, channels).Select(c => Poisson.Sample(random, 0.95 * (BackgroundRate + rates[c])))];
        }

        var spectrum = new BinaryTableBuilder("SPECTRUM")
            .AddArrayColumn("COUNTS", counts, "count")
            .AddColumn("EXPOSURE", exposure, "s")
            .AddColumn("TIME", time, "s")
            .AddColumn("ENDTIME", end, "s")
            .SetKeyword("TRIGTIME", Trigger)
            .Build();
        var ebounds = new BinaryTableBuilder("EBOUNDS")
            .AddColumn("CHANNEL", Enumerable.Range(0, channels).ToArray())
            .AddColumn("E_MIN", channelEdges[..^1], "keV")
            .AddColumn("E_MAX", channelEdges[1..], "keV")
            .Build();
        var file = new FitsFile();
        var primary = ImageHdu.CreateEmpty();
        primary.Header.Set("TRIGTIME", Trigger);
        primary.Header.Set("DATATYPE", "CSPEC");
        file.Add(primary);
        file.Add(ebounds);
        file.Add(spectrum);
        file.Write(Path.Combine(folder, "sim.pha"));
    }

    /// <summary>The response as dense weights [energy bin][channel] with its photon energy edges (the matrix's
    /// energies equal its channel edges).</summary>
    private static (double[] Edges, double[][] Weights) Matrix(string path, out double[] channelEdges)
    {
        var fits = FitsFile.Read(path);
        var table = (BinaryTableHdu)fits.Hdus.First(h => h.ExtName == "SPECRESP MATRIX");
        var lo = table.ReadDoubles("ENERG_LO");
        var hi = table.ReadDoubles("ENERG_HI");
        var edges = lo.Append(hi[^1]).ToArray();
        channelEdges = edges;
        var n = SyntheticData.Channels;
        var weights = new double[lo.Length][];
        for (var j = 0; j < lo.Length; j++)
        {
            // The same spread as SyntheticData.WriteResponse: 80 cm² in the bin's own channel, 10 in each neighbour.
            weights[j] = new double[n];
            for (var c = Math.Max(0, j - 1); c <= Math.Min(n - 1, j + 1); c++)
            {
                weights[j][c] = c == j ? 80.0 : 10.0;
            }
        }

        return (edges, weights);
    }

    /// <summary>Counts/s per channel of K (E/piv)^index: the photon flux of each energy bin by the closed-form
    /// integral, times the matrix.</summary>
    private static double[] Fold((double[] Edges, double[][] Weights) m, double index)
    {
        var rates = new double[SyntheticData.Channels];
        for (var j = 0; j < m.Weights.Length; j++)
        {
            var photons = K * Pivot / (index + 1) * (Math.Pow(m.Edges[j + 1] / Pivot, index + 1) - Math.Pow(m.Edges[j] / Pivot, index + 1));
            for (var c = 0; c < rates.Length; c++)
            {
                rates[c] += photons * m.Weights[j][c];
            }
        }

        return rates;
    }
}
