using BenchmarkDotNet.Attributes;
using ThreeML.Benchmarks.Analysis;
using ThreeML.Fitting;
using ThreeML.Plotting;

namespace ThreeML.Benchmarks.Plotting;

/// <summary>Building and rendering (to PNG bytes, 800×600) the tutorial's figures: view_count_spectrum,
/// display_spectrum_model_counts, corner_plot and plot_spectra, from the tutorial problem on the 140×128 response
/// fitted once with 2000 samples. Target: all four ≤ 300 ms.</summary>
[MemoryDiagnoser]
public class FigureRenderBenchmarks
{
    private JointLikelihood _fit = null!;
    private MLEResults _results = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (model, data) = TutorialFixture.Build(ThreeML.Ogip.OgipResponse.Read(DemoData.ResponsePath));
        _fit = new JointLikelihood(model, data);
        _results = _fit.Fit(samples: 2000, random: new Random(1));

        // The first figure registers the fonts and warms ScottPlot's caches; the measurements exclude that one-off.
        _ = AllFour();
    }

    /// <summary>view_count_spectrum of the first plugin.</summary>
    [Benchmark]
    public byte[] ViewCountSpectrum() => Plots.ViewCountSpectrum((ThreeML.Plugins.SpectrumLike)_fit.Data[0]).GetPngBytes();

    /// <summary>Data vs folded model of both plugins with the residual panel.</summary>
    [Benchmark]
    public byte[] DisplaySpectrumModelCounts() => Plots.DisplaySpectrumModelCounts(_fit).GetPngBytes();

    /// <summary>Corner plot of the five free parameters.</summary>
    [Benchmark]
    public byte[] CornerPlot() => Plots.CornerPlot(_results).GetPngBytes();

    /// <summary>plot_spectra with 3ML's defaults (100 energies, 68 % band, both sources).</summary>
    [Benchmark]
    public byte[] PlotSpectra() => Plots.PlotSpectra(_results).GetPngBytes();

    /// <summary>All four figures, the figure compared with the 300 ms target.</summary>
    [Benchmark(Baseline = true)]
    public int AllFour() =>
        ViewCountSpectrum().Length + DisplaySpectrumModelCounts().Length + CornerPlot().Length + PlotSpectra().Length;
}
