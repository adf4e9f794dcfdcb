namespace ThreeML.Fitting;

// The global check of a multimodal profile: a verified crossing or a contour point is also refitted globally.
internal sealed partial class ProfileEvaluator
{
    /// <summary>The rise ΔF of the global check (<see cref="GlobalFit"/>) at one value, given the rise <paramref name="local"/>
    /// the local refits found there (+∞ when the objective was not finite).</summary>
    public double GlobalRise(int index, double value, double local) => RiseOf(GlobalFit([index], [value], MinimumValue + local));

    /// <summary>The global check with <paramref name="fixedIndices"/> held at <paramref name="fixedValues"/>: a global
    /// constrained fit started from the best fit over the problem's box joined with the box moved to the best fit
    /// (<see cref="Widened"/>), and refits from points along every other free parameter's box; the lowest joins the branches when it lies below <paramref name="localValue"/> (objective units).</summary>
    public MinimizationResult GlobalFit(ReadOnlySpan<int> fixedIndices, ReadOnlySpan<double> fixedValues, double localValue)
    {
        var specs = new FitParameterSpec[_specs.Length];
        for (int j = 0; j < specs.Length; j++)
        {
            FitParameterSpec spec = _problem.Parameters[j];
            specs[j] = Widened(spec, _best.BestFit[j]) with { Start = Inside(spec, _best.BestFit[j], spec.Start) };
        }

        var constrained = new MinimizationProblem(_problem.Objective, specs, _problem.ErrorDefinition);
        for (int k = 0; k < fixedIndices.Length; k++)
        {
            constrained = constrained.WithFixed(fixedIndices[k], fixedValues[k]);
        }

        MinimizationResult lowest = new GlobalMinimizer(new GlobalOptions { LocalMinimizer = _verifier }).Minimize(constrained, _cancellationToken);
        Calls += lowest.FunctionCalls;
        Watch(lowest);

        // Lines through the best fit along each other parameter's box: a long valley that ends on no design point (a
        // blackbody's temperature running to thousands of keV while its normalization falls by decades) starts on one of them.
        foreach (double[] start in SearchBox.For(constrained).Lines(_best.BestFit, LinePoints))
        {
            MinimizationResult fit = ConstrainedFit(start, fixedIndices, fixedValues);
            lowest = fit.MinimumValue < lowest.MinimumValue ? fit : lowest;
        }

        if (lowest.MinimumValue < localValue)
        {
            _branches.Add(lowest.BestFit);
            LowerValleys++;
        }

        return lowest;
    }

    // Starts per parameter line of the global check.
    private const int LinePoints = 6;

    /// <summary>The search box of <paramref name="spec"/> joined with the same box moved so that it holds <paramref name="best"/>
    /// where it held the start: a box drawn around astromodels' default start (a normalization of 10⁻⁴, a temperature of 30
    /// keV) may not reach the valleys next to a best fit decades away.</summary>
    private static FitParameterSpec Widened(FitParameterSpec spec, double best)
    {
        if (spec.SearchLower is not double lo || spec.SearchUpper is not double hi || !double.IsFinite(best))
        {
            return spec;
        }

        bool logarithmic = SearchBox.IsLogarithmic(lo, hi) && spec.Start > 0 && best > 0;
        (double a, double b) = logarithmic
            ? (lo * (best / spec.Start), hi * (best / spec.Start))
            : (lo + (best - spec.Start), hi + (best - spec.Start));
        a = spec.Lower is double lower ? Math.Max(a, lower) : a;
        b = spec.Upper is double upper ? Math.Min(b, upper) : b;
        return spec with { SearchLower = Math.Min(lo, a), SearchUpper = Math.Max(hi, b) };
    }
}
