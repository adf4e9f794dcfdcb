using ThreeML.Ogip;
using ThreeML.Plugins;

namespace ThreeML;

/// <summary>The order in which a joint likelihood evaluates its bound plugins: plugins with the public capability
/// <see cref="IResponseFoldedPlugin"/> that share one response (or responses with the same content) are taken two at a
/// time and folded in one sweep over the matrix; every other plugin is evaluated on its own. Pairs are decided here,
/// once, when the plan is built.</summary>
/// <remarks>The fold of a detector response is bound by reading the matrix, so folding two spectra in one sweep costs
/// little more than folding one (the tutorial's two plugins on one 140×128 response). The values are exactly those of
/// the plugins' own <see cref="IPlugin.GetLogLike"/>: the paired fold performs the same operations in the same order.</remarks>
internal sealed class EvaluationPlan
{
    private readonly IPlugin[] _plugins;
    private readonly (IResponseFoldedPlugin First, IResponseFoldedPlugin Second, int FirstIndex, int SecondIndex, InstrumentResponse Response)[] _pairs;
    private readonly int[] _singles;

    /// <summary>Pairs the plugins that can share their folds.</summary>
    /// <param name="plugins">The plugins, in data-list order.</param>
    /// <param name="canonical">Maps a response to the representative of the responses with its content (identity when
    /// null).</param>
    public EvaluationPlan(IPlugin[] plugins, Func<InstrumentResponse, InstrumentResponse>? canonical = null)
    {
        canonical ??= static r => r;
        _plugins = plugins;
        var pairs = new List<(IResponseFoldedPlugin, IResponseFoldedPlugin, int, int, InstrumentResponse)>();
        var paired = new bool[plugins.Length];
        var folded = Enumerable.Range(0, plugins.Length).Where(i => plugins[i] is IResponseFoldedPlugin);
        foreach (var group in folded.GroupBy(i => canonical(((IResponseFoldedPlugin)plugins[i]).Response)))
        {
            var members = group.ToArray();
            for (var k = 0; k + 1 < members.Length; k += 2)
            {
                var (i, j) = (members[k], members[k + 1]);
                pairs.Add(((IResponseFoldedPlugin)plugins[i], (IResponseFoldedPlugin)plugins[j], i, j, group.Key));
                paired[i] = paired[j] = true;
            }
        }

        _pairs = [.. pairs];
        _singles = [.. Enumerable.Range(0, plugins.Length).Where(i => !paired[i])];
    }

    /// <summary>The number of plugin pairs folded together.</summary>
    public int PairCount => _pairs.Length;

    /// <summary>Writes each plugin's log-likelihood, in data-list order.</summary>
    public void Evaluate(Span<double> perPlugin)
    {
        foreach (var (a, b, first, second, response) in _pairs)
        {
            if (a.ExcludedFromFit || b.ExcludedFromFit)
            {
                perPlugin[first] = a.GetLogLike();
                perPlugin[second] = b.GetLogLike();
                continue;
            }

            var photonsA = a.PrepareBinFluxForFold();
            var photonsB = b.PrepareBinFluxForFold();
            response.FoldPair(photonsA, photonsB, a.ChannelRateBuffer, b.ChannelRateBuffer);
            perPlugin[first] = a.LogLikeFromChannelRates();
            perPlugin[second] = b.LogLikeFromChannelRates();
        }

        foreach (var i in _singles)
        {
            perPlugin[i] = _plugins[i].GetLogLike();
        }
    }
}
