using MathNet.Numerics.Distributions;
using ThreeML.Fits;
using ThreeML.Responses;

namespace ThreeML.Tests.TimeSeries;

/// <summary>GBM-like TTE data drawn from known rates, written in the GBM TTE layout (PRIMARY with TRIGTIME, TSTART,
/// TSTOP; EBOUNDS; EVENTS with TIME in MET s and PHA 0-based, 1I; GTI with START/STOP in MET s).</summary>
/// <remarks>Channel c has the background rate Σ_k Background[c][k] tᵏ (counts/s) everywhere and, from
/// <see cref="PulseStart"/> to <see cref="PulseStop"/>, a further constant Pulse[c]. Events are drawn by thinning a
/// homogeneous Poisson process; dead-time losses are not simulated (2 µs per event costs &lt; 0.1 % here).</remarks>
internal static class SimulatedTte
{
    public const double TriggerTime = 250_000_000.25;
    public const double Start = -40;
    public const double Stop = 160;
    public const double PulseStart = 0;
    public const double PulseStop = 10;

    public static readonly double[] ChannelEdges = [10, 20, 40, 80, 160, 320, 640, 1000];

    public static int Channels => ChannelEdges.Length - 1;

    public static (double[] Times, int[] Channels) Draw(int seed, double[][] background, double[] pulse)
    {
        var random = new Random(seed);
        var events = new List<(double T, int C)>();
        for (var c = 0; c < Channels; c++)
        {
            var a = background[c];
            var s = pulse[c];
            double Rate(double t)
            {
                var r = 0.0;
                for (var k = a.Length - 1; k >= 0; k--)
                {
                    r = (r * t) + a[k];
                }

                return r + (t is >= PulseStart and < PulseStop ? s : 0);
            }

            var max = 0.0;
            for (var t = Start; t <= Stop; t += 0.5)
            {
                max = Math.Max(max, Rate(t));
            }

            max *= 1.01;
            var n = Poisson.Sample(random, max * (Stop - Start));
            for (var i = 0; i < n; i++)
            {
                var t = Start + (random.NextDouble() * (Stop - Start));
                if (random.NextDouble() * max < Rate(t))
                {
                    events.Add((t, c));
                }
            }
        }

        events.Sort((a, b) => a.T.CompareTo(b.T));
        return ([.. events.Select(e => e.T)], [.. events.Select(e => e.C)]);
    }

    /// <summary>Writes the events (times s relative to the trigger) as a GBM TTE file. Times are stored as absolute MET,
    /// as in GBM's continuous TTE files (trigger files store them relative to TZERO = TRIGTIME, which the FITS reader
    /// adds back; the project's writer has no TZERO for floating-point columns).</summary>
    public static void Write(string path, double[] times, int[] channels, bool withTrigger = true, IReadOnlyList<(double Start, double Stop)>? gti = null)
    {
        var primary = ImageHdu.CreateEmpty();
        primary.Header.Set("FILETYPE", "GBM PHOTON LIST");
        primary.Header.Set("TELESCOP", "GLAST");
        primary.Header.Set("INSTRUME", "GBM");
        primary.Header.Set("DETNAM", "NAI_03");
        primary.Header.Set("DATATYPE", "TTE");
        primary.Header.Set("TSTART", TriggerTime + Start, "[GLAST MET] Observation start time");
        primary.Header.Set("TSTOP", TriggerTime + Stop, "[GLAST MET] Observation stop time");
        if (withTrigger)
        {
            primary.Header.Set("TRIGTIME", TriggerTime, "Trigger time relative to MJDREF");
        }

        var ebounds = new BinaryTableBuilder("EBOUNDS")
            .AddColumn("CHANNEL", Enumerable.Range(0, Channels).Select(i => (short)i).ToArray())
            .AddColumn("E_MIN", ChannelEdges[..^1].Select(e => (float)e).ToArray(), "keV")
            .AddColumn("E_MAX", ChannelEdges[1..].Select(e => (float)e).ToArray(), "keV")
            .Build();
        var events = new BinaryTableBuilder("EVENTS")
            .AddColumn("TIME", times.Select(t => t + TriggerTime).ToArray(), "s")
            .AddColumn("PHA", channels.Select(c => (short)c).ToArray())
            .Build();
        var intervals = gti ?? [(Start, Stop)];
        var gtiTable = new BinaryTableBuilder("GTI")
            .AddColumn("START", intervals.Select(g => g.Start + TriggerTime).ToArray(), "s")
            .AddColumn("STOP", intervals.Select(g => g.Stop + TriggerTime).ToArray(), "s")
            .Build();

        var file = new FitsFile();
        file.Add(primary);
        file.Add(ebounds);
        file.Add(events);
        file.Add(gtiTable);
        file.Write(path);
    }

    /// <summary>A diagonal response on the simulated channels.</summary>
    public static InstrumentResponse Response() => InstrumentResponse.Diagonal(ChannelEdges);

    /// <summary>∫ Σ a_k t^k dt from a to b.</summary>
    public static double Integral(double[] a, double from, double to) => SimulatedSeries.TrueIntegral(a, from, to);
}
