using System.Runtime.CompilerServices;
using ThreeML.Plotting.Tests.TestSupport;
using ThreeML.Results;

namespace ThreeML.Plotting.Tests;

/// <summary>Each plot type against a committed PNG (Golden/README.md says how to regenerate them).</summary>
public class GoldenImageTests
{
    private const int Width = 600;
    private const int Height = 450;

    public static TheoryData<string> Names => ["view_count_spectrum", "display_spectrum_model_counts", "corner_plot", "plot_spectra"];

    [Theory]
    [MemberData(nameof(Names))]
    public void Renders_like_the_golden_image(string name)
    {
        var png = Build(name).GetPngBytes(Width, Height);
        if (Environment.GetEnvironmentVariable("THREEML_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(Path.Combine(SourceFolder(), "Golden", name + ".png"), png);
            return;
        }

        var goldenPath = Path.Combine(AppContext.BaseDirectory, "Golden", name + ".png");
        Assert.True(File.Exists(goldenPath), $"No golden image {goldenPath}: run THREEML_UPDATE_GOLDEN=1 dotnet test tests/ThreeML.Plotting.Tests");
        using var actual = new ImageProbe(png);
        using var golden = new ImageProbe(File.ReadAllBytes(goldenPath));
        var (differing, mad) = actual.Compare(golden);
        Assert.True(differing <= 0.005 && mad <= 1.0, $"{name}: {differing:P2} of pixels differ, mean absolute difference {mad:F2}");
    }

    internal static PlotFigure Build(string name)
    {
        var a = TutorialAnalysis.Instance;
        return name switch
        {
            "view_count_spectrum" => Plots.ViewCountSpectrum(a.S1),
            "display_spectrum_model_counts" => Plots.DisplaySpectrumModelCounts(a.Fit),
            "corner_plot" => Plots.CornerPlot(a.Results),
            "plot_spectra" => Plots.PlotSpectra(new SpectrumPlotOptions { FluxUnit = "erg2/(keV s cm2)", UseComponents = true, ComponentsToUse = ["total", "Blackbody", "Powerlaw_flux"] }, a.Results),
            _ => throw new ArgumentException(name),
        };
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
