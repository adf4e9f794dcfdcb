using Astromodels;
using ThreeML.Plugins;
using ThreeML.Responses;

namespace ThreeML.Analysis;

/// <summary>How a joint likelihood evaluates its bound plugins, decided once when it is built: each distinct (source,
/// energy grid, integration rule) of the <see cref="IIntegratedModelPlugin"/>s is evaluated once per call and its
/// integrals handed to every plugin of the group; <see cref="IResponseFoldedPlugin"/>s on one response (or responses
/// with the same content) are folded two at a time in one sweep over the matrix; every other plugin is evaluated on
/// its own.</summary>
/// <remarks>The plan owns the model evaluation and its buffers (gammapy's <c>MapEvaluator</c> placement): one
/// <see cref="ShapeCache"/> per distinct grid, shared by the groups on it (so the tutorial's two
/// blackbodies of linked kT are one shape per call), no cache with generation counters, nothing stored in the plugins
/// or in the model's types; a worker clone builds its own plan. The values are exactly those of the plugins' own
/// <see cref="IPlugin.GetLogLike"/>: the same operations run in the same order.</remarks>
internal sealed class EvaluationPlan
{
    private readonly Model _model;
    private readonly IPlugin[] _plugins;
    private ModelGroup[] _groups = [];
    private int[] _groupOf = [];
    private (IResponseFoldedPlugin First, IResponseFoldedPlugin Second, int FirstIndex, int SecondIndex, InstrumentResponse Response)[] _pairs = [];
    private int[] _singles = [];
    private (string? Source, ModelIntegrationMethod Method)[] _keys = [];

    /// <summary>Groups and pairs the plugins.</summary>
    /// <param name="model">The model the plugins are bound to.</param>
    /// <param name="plugins">The bound plugins, in data-list order.</param>
    /// <exception cref="KeyNotFoundException">A plugin sees a source the model does not have.</exception>
    public EvaluationPlan(Model model, IPlugin[] plugins)
    {
        _model = model;
        _plugins = plugins;
        Build();
    }

    /// <summary>The number of plugin pairs folded together.</summary>
    public int PairCount => _pairs.Length;

    /// <summary>The number of model evaluations per call (distinct source, grid and rule).</summary>
    public int ModelEvaluationCount => _groups.Length;

    /// <summary>The number of caches of shapes the plan owns (one per distinct grid).</summary>
    public int ShapeCacheCount => _groups.Select(g => g.Shapes).Distinct().Count();

    /// <summary>Writes each plugin's log-likelihood, in data-list order.</summary>
    public void Evaluate(Span<double> perPlugin)
    {
        if (KeysChanged())
        {
            Build();
        }

        foreach (var group in _groups)
        {
            group.Fresh = false;
        }

        foreach (var (a, b, first, second, response) in _pairs)
        {
            if (a.ExcludedFromFit || b.ExcludedFromFit)
            {
                perPlugin[first] = a.ExcludedFromFit ? 0.0 : a.LogLikeFromBinFlux(BinFlux(first));
                perPlugin[second] = b.ExcludedFromFit ? 0.0 : b.LogLikeFromBinFlux(BinFlux(second));
                continue;
            }

            response.FoldPair(BinFlux(first), BinFlux(second), a.ChannelRateBuffer, b.ChannelRateBuffer);
            perPlugin[first] = a.LogLikeFromChannelRates();
            perPlugin[second] = b.LogLikeFromChannelRates();
        }

        foreach (var i in _singles)
        {
            perPlugin[i] = _groupOf[i] < 0
                ? _plugins[i].GetLogLike()
                : _plugins[i].ExcludedFromFit ? 0.0 : ((IIntegratedModelPlugin)_plugins[i]).LogLikeFromBinFlux(BinFlux(i));
        }
    }

    private ReadOnlySpan<double> BinFlux(int plugin)
    {
        var group = _groups[_groupOf[plugin]];
        if (!group.Fresh)
        {
            if (group.Source is not null)
            {
                group.Source.Evaluate(group.Integrator.Grid, group.Shapes, group.FluxOnGrid);
            }
            else
            {
                _model.Evaluate(group.Integrator.Grid, group.Shapes, group.FluxOnGrid);
            }

            group.Integrator.Integrate(group.FluxOnGrid, group.BinFlux);
            group.Fresh = true;
        }

        return group.BinFlux;
    }

    // A bound plugin may be re-assigned to another source or integration rule; the plan regroups before the next call.
    private bool KeysChanged()
    {
        for (var i = 0; i < _plugins.Length; i++)
        {
            if (_plugins[i] is IIntegratedModelPlugin p && (!ReferenceEquals(p.AssignedSource, _keys[i].Source) || p.IntegrationMethod != _keys[i].Method))
            {
                return true;
            }
        }

        return false;
    }

    private void Build()
    {
        var groups = new List<ModelGroup>();
        _groupOf = new int[_plugins.Length];
        _keys = new (string?, ModelIntegrationMethod)[_plugins.Length];
        for (var i = 0; i < _plugins.Length; i++)
        {
            _groupOf[i] = -1;
            if (_plugins[i] is not IIntegratedModelPlugin p)
            {
                continue;
            }

            _keys[i] = (p.AssignedSource, p.IntegrationMethod);
            var index = 0;
            while (index < groups.Count && !groups[index].Serves(p))
            {
                index++;
            }

            if (index == groups.Count)
            {
                var sameGrid = groups.Find(g => g.SharesGridWith(p));
                groups.Add(new ModelGroup(p.AssignedSource, ResolveSource(p), p.IntegrationMethod, p.ModelEnergyEdges, sameGrid));
            }

            _groupOf[i] = index;
        }

        _groups = [.. groups];
        var pairs = new List<(IResponseFoldedPlugin, IResponseFoldedPlugin, int, int, InstrumentResponse)>();
        var paired = new bool[_plugins.Length];
        var responses = new List<InstrumentResponse>();
        var folded = Enumerable.Range(0, _plugins.Length).Where(i => _plugins[i] is IResponseFoldedPlugin);
        foreach (var group in folded.GroupBy(i => Canonical(((IResponseFoldedPlugin)_plugins[i]).Response, responses)))
        {
            var members = group.ToArray();
            for (var k = 0; k + 1 < members.Length; k += 2)
            {
                var (i, j) = (members[k], members[k + 1]);
                pairs.Add(((IResponseFoldedPlugin)_plugins[i], (IResponseFoldedPlugin)_plugins[j], i, j, group.Key));
                paired[i] = paired[j] = true;
            }
        }

        _pairs = [.. pairs];
        _singles = [.. Enumerable.Range(0, _plugins.Length).Where(i => !paired[i])];
    }

    private PointSource? ResolveSource(IIntegratedModelPlugin plugin)
    {
        if (plugin.AssignedSource is null)
        {
            return null;
        }

        return _model.Sources.TryGetValue(plugin.AssignedSource, out var source)
            ? source
            : throw new KeyNotFoundException($"Plugin '{plugin.Name}' is assigned to source '{plugin.AssignedSource}', which is not in the model (sources: {string.Join(", ", _model.Sources.Keys)}).");
    }

    // Responses read twice from one file (the tutorial) are one response for the paired fold.
    private static InstrumentResponse Canonical(InstrumentResponse response, List<InstrumentResponse> known)
    {
        foreach (var k in known)
        {
            if (ReferenceEquals(k, response) || k.HasSameContent(response))
            {
                return k;
            }
        }

        known.Add(response);
        return response;
    }
}
