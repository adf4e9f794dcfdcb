namespace ThreeML.Plotting;

/// <summary>The font every figure of this assembly uses, DejaVu Sans, shipped as embedded resources.</summary>
/// <remarks>
/// ScottPlot draws no text at all when it finds no usable font, which is the case on minimal servers and containers,
/// so the figures never rely on system fonts. The one process-wide side effect of this assembly is here: on the first
/// figure created (or an explicit <see cref="EnsureRegistered"/>), a resolver for "DejaVu Sans" is put first in
/// ScottPlot's own font registry (<c>ScottPlot.Fonts.FontResolvers</c>). It happens once, under a lock, and only adds
/// a family name; other ScottPlot users in the process can use it too.
/// </remarks>
public static class PlotFonts
{
    /// <summary>The family name the embedded fonts are registered under.</summary>
    public const string Family = "DejaVu Sans";

    private static readonly Lazy<bool> Registration = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Registers the embedded fonts with ScottPlot if not done yet (idempotent, thread-safe).</summary>
    public static void EnsureRegistered() => _ = Registration.Value;

    private static bool Register()
    {
        ScottPlot.Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());
        return true;
    }
}
