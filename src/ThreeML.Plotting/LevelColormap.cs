using ScottPlot;

namespace ThreeML.Plotting;

/// <summary>A discrete colormap for credible-region levels: darkest for the innermost region.</summary>
internal sealed class LevelColormap(IReadOnlyList<Color> shades) : IColormap
{
    public string Name => "credible levels";

    /// <summary>Maps a normalised level (0 = innermost, 1 = outermost) to its shade.</summary>
    public Color GetColor(double normalizedIntensity)
    {
        var i = (int)Math.Round(Math.Clamp(normalizedIntensity, 0, 1) * (shades.Count - 1));
        return shades[i];
    }
}
