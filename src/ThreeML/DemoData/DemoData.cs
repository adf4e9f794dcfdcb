using ThreeML.Ogip;
using ThreeML.Responses;

namespace ThreeML;

/// <summary>Data shipped with the library for tutorials and tests: a demo instrument response of a BGO scintillator
/// (128 channels, 110 keV–50 MeV; 140 true-energy bins, 100 keV–200 MeV), the counterpart of the GBM BGO response
/// used by 3ML's tutorials.</summary>
/// <remarks>
/// <para>The response is computed by project code (see <see cref="GenerateResponse"/> for the physics), written once
/// with <see cref="ResponseWriter"/> to <c>src/ThreeML/DemoData/demo_bgo.rsp</c> and embedded in the assembly; a test
/// proves that regenerating it gives the same bytes. <c>src/ThreeML/DemoData/README.md</c> says how to regenerate it.</para>
/// <para>The only shared state is the embedded file's bytes, loaded once through a thread-safe
/// <see cref="Lazy{T}"/>; the extracted copy is checked on every access to <see cref="ResponsePath"/>.</para>
/// </remarks>
public static class DemoData
{
    internal const string ResponseResourceName = "ThreeML.DemoData.demo_bgo.rsp";
    internal const string ResponseFileName = "demo_bgo.rsp";

    private static readonly Lazy<byte[]> EmbeddedResponse = new(ReadEmbeddedResponse, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The path of the demo response file (OGIP RSP), extracted from the assembly into a per-user cache folder
    /// (<c>&lt;temp&gt;/threeml-&lt;version&gt;-&lt;user&gt;/demo_bgo.rsp</c>) on first use, and again whenever that
    /// copy is missing or differs from the embedded one.</summary>
    /// <exception cref="IOException">The cache folder cannot be written.</exception>
    public static string ResponsePath => ExtractResponse(CacheFolder());

    /// <summary>Opens the embedded demo response file (OGIP RSP) for reading; the caller disposes the stream.</summary>
    public static Stream OpenResponseStream() => new MemoryStream(EmbeddedResponse.Value, writable: false);

    /// <summary>Computes the demo response in memory (about 0.2 s): the same values as the embedded file.</summary>
    /// <remarks>
    /// <para>A 12.7 cm × 12.7 cm cylindrical BGO crystal (geometric area 126.7 cm²) seen face-on. Interaction
    /// probability 1 − exp(−ρμL) with photoelectric, Compton (Klein–Nishina) and pair coefficients of BGO; the first
    /// interaction deposits the full energy (photoelectric, or Compton/pair with the secondary photons absorbed), a
    /// Klein–Nishina Compton continuum (scattered photon escapes), or single/double escape peaks at E − 511 keV and
    /// E − 1022 keV; escape probabilities come from straight-line attenuation to the crystal surface. Each
    /// deposit is smeared by a Gaussian with FWHM = 12 % at 1 MeV ∝ E^−½ and integrated over the channels. Formulas
    /// and sources: <c>BgoResponseGenerator</c> and <c>BgoAttenuation</c> in <c>src/ThreeML/DemoData/</c>.</para>
    /// <para>Measured on the result: effective area (sum over channels) 42 cm² in the 100–106 keV bin (most of it
    /// falls below the 110 keV threshold), 124 cm² at 1 MeV and at 10 MeV, at most 126 cm²; full-energy fraction
    /// 0.99 at 150 keV, 0.92 at 1 MeV, 0.85 at 10 MeV; FWHM 12 % at 1 MeV once the widths of the true-energy bin and
    /// of the channels are removed (12.9 % as seen in the matrix row).</para>
    /// </remarks>
    public static InstrumentResponse GenerateResponse() => BgoResponseGenerator.Generate();

    /// <summary>How the demo file is written: TELESCOP 'DEMO', INSTRUME 'BGO', single precision.</summary>
    internal static ResponseWriteOptions WriteOptions { get; } = new() { Telescope = "DEMO", Instrument = "BGO" };

    /// <summary>Regenerates the demo response file at <paramref name="path"/> (replacing it).</summary>
    internal static void WriteResponse(string path) =>
        ResponseWriter.Write(path, GenerateResponse(), WriteOptions, overwrite: true);

    /// <summary>Makes sure <paramref name="folder"/> holds an exact copy of the embedded response; returns its path.</summary>
    internal static string ExtractResponse(string folder)
    {
        var bytes = EmbeddedResponse.Value;
        var path = Path.Combine(folder, ResponseFileName);
        if (IsIntact(path, bytes))
        {
            return path;
        }

        Directory.CreateDirectory(folder);
        try
        {
            ThreeML.Fits.AtomicFile.WriteAllBytes(path, bytes);
        }
        catch (IOException) when (IsIntact(path, bytes))
        {
            // Another process extracted the same file at the same time (Windows refuses to replace an open file).
        }

        return path;
    }

    private static bool IsIntact(string path, byte[] bytes) =>
        File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);

    private static string CacheFolder()
    {
        var version = typeof(DemoData).Assembly.GetName().Version?.ToString() ?? "0";
        var user = string.Concat(Environment.UserName.Where(char.IsAsciiLetterOrDigit));
        return Path.Combine(Path.GetTempPath(), $"threeml-{version}-{(user.Length > 0 ? user : "user")}");
    }

    private static byte[] ReadEmbeddedResponse()
    {
        using var stream = typeof(DemoData).Assembly.GetManifestResourceStream(ResponseResourceName)
            ?? throw new InvalidOperationException($"The assembly {typeof(DemoData).Assembly.GetName().Name} has no embedded resource '{ResponseResourceName}'; it was built without src/ThreeML/DemoData/demo_bgo.rsp.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
