using Astromodels;
using Astromodels.Functions;

namespace ThreeML.Results;

/// <summary>One row of a flux table or one curve of a spectrum plot, as <see cref="FluxSelection.Resolve"/> selects it:
/// a source total, a component, or a sum over sources.</summary>
public sealed class FluxCurve
{
    private readonly Func<Model, Function1D>[] _terms;

    internal FluxCurve(string label, string? source, string component, Func<Model, Function1D>[] terms)
    {
        Label = label;
        Source = source;
        Component = component;
        _terms = terms;
    }

    /// <summary>The row name 3ML's <c>get_flux</c> gives: "src: total", "src: Component", or "total" / the component
    /// name for a sum over sources.</summary>
    public string Label { get; }

    /// <summary>The source, or null for a sum over sources.</summary>
    public string? Source { get; }

    /// <summary>"total" or the component name.</summary>
    public string Component { get; }

    /// <summary>How many spectra the curve adds (the number of sources summed; 1 otherwise).</summary>
    public int TermCount => _terms.Length;

    internal IEnumerable<Func<Model, Function1D>> Terms => _terms;

    /// <summary>The spectrum of term <paramref name="index"/> in <paramref name="model"/> (a copy of the analysed model).</summary>
    /// <param name="model">A model with the analysed model's sources, e.g. one holding a sample row.</param>
    /// <param name="index">The term, 0 ≤ index &lt; <see cref="TermCount"/>.</param>
    public Function1D Term(Model model, int index) => _terms[index](model);

    /// <summary>The curve's differential photon flux in 1/(cm² keV s) at every energy of <paramref name="energiesKeV"/>: the sum of its terms, each evaluated on the whole grid at once.</summary>
    /// <param name="model">A model with the analysed model's sources, e.g. one holding a sample row.</param>
    /// <param name="energiesKeV">The energies in keV.</param>
    /// <param name="destination">Receives one value per energy.</param>
    /// <param name="scratch">Work space of the same length, used when the curve has several terms.</param>
    /// <remarks>Bit-identical to <see cref="Evaluate(Model, double)"/> at each energy for functions whose span evaluation is
    /// their scalar one; vectorised functions agree to rounding.</remarks>
    public void Evaluate(Model model, ReadOnlySpan<double> energiesKeV, Span<double> destination, Span<double> scratch)
    {
        _terms[0](model).Evaluate(energiesKeV, destination);
        for (var t = 1; t < _terms.Length; t++)
        {
            _terms[t](model).Evaluate(energiesKeV, scratch);
            for (var i = 0; i < destination.Length; i++)
            {
                destination[i] += scratch[i];
            }
        }
    }

    /// <summary>The curve's differential photon flux at <paramref name="energyKeV"/> in 1/(cm² keV s): the sum of its terms.</summary>
    public double Evaluate(Model model, double energyKeV)
    {
        var sum = 0.0;
        foreach (var term in _terms)
        {
            sum += term(model).Evaluate(energyKeV);
        }

        return sum;
    }
}
