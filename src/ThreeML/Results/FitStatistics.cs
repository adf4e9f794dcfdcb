using Astromodels.Text;

namespace ThreeML.Results;

/// <summary>The likelihood of an analysis at its best fit (MLE) or MAP (Bayesian): −ln L per plugin and in total,
/// with the number of bins the likelihood used.</summary>
/// <remarks>One sign convention for every kind of result: −ln L (natural log), as 3ML's MLE results print it. 3ML's
/// Bayesian results keep the log posterior per plugin instead ([Q5]); the results file still stores that for 3ML's
/// readers, and the reader turns it back into −ln L.</remarks>
public sealed record FitStatistics
{
    private readonly PluginStatistic[] _plugins;

    /// <summary>Creates the statistics.</summary>
    /// <param name="plugins">−ln L of every plugin, in data-list order.</param>
    /// <param name="minusLogLikelihood">The total −ln L (the sum over plugins taking part in the fit).</param>
    /// <param name="binsUsed">The number of bins the likelihood used (n of AIC and BIC), or null when unknown (a
    /// results file written by 3ML does not record it).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="binsUsed"/> is negative.</exception>
    public FitStatistics(IEnumerable<PluginStatistic> plugins, double minusLogLikelihood, int? binsUsed)
    {
        ArgumentNullException.ThrowIfNull(plugins);
        if (binsUsed < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(binsUsed), binsUsed, "The number of bins used cannot be negative.");
        }

        _plugins = [.. plugins];
        MinusLogLikelihood = minusLogLikelihood;
        BinsUsed = binsUsed;
    }

    /// <summary>−ln L of every plugin, in data-list order.</summary>
    public IReadOnlyList<PluginStatistic> Plugins => _plugins;

    /// <summary>The total −ln L (natural log, dimensionless).</summary>
    public double MinusLogLikelihood { get; }

    /// <summary>The total ln L (the opposite of <see cref="MinusLogLikelihood"/>).</summary>
    public double LogLikelihood => -MinusLogLikelihood;

    /// <summary>The number of bins the likelihood used (channels actually in the fit), or null when unknown.</summary>
    public int? BinsUsed { get; }

    /// <summary>−ln L of the plugin named <paramref name="plugin"/>.</summary>
    /// <exception cref="KeyNotFoundException">No plugin of that name (the message suggests the closest).</exception>
    public double this[string plugin]
    {
        get
        {
            foreach (var p in _plugins)
            {
                if (p.Name == plugin)
                {
                    return p.MinusLogLikelihood;
                }
            }

            throw new KeyNotFoundException($"No plugin '{plugin}' in the statistics.{NameSuggester.DidYouMean(plugin, _plugins.Select(p => p.Name))}");
        }
    }

    /// <inheritdoc />
    public bool Equals(FitStatistics? other) =>
        other is not null && MinusLogLikelihood.Equals(other.MinusLogLikelihood) && BinsUsed == other.BinsUsed && _plugins.AsSpan().SequenceEqual(other._plugins);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(MinusLogLikelihood, BinsUsed, _plugins.Length);
}
