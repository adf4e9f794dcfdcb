namespace ThreeML.Plugins;

/// <summary>Shares the integrated model between plugins that use the same energy grid, the same source and the same
/// integration rule during one joint-likelihood evaluation, so the model is evaluated once per distinct grid and source.
/// Responses with the same content count as one grid.</summary>
/// <remarks>The owner (a <see cref="LikelihoodEvaluator"/>) gives each group of plugins that can share a slot once, at
/// construction, so a lookup is an array access. Entries are only valid while an evaluation is in progress (between
/// <see cref="Begin"/> and <see cref="End"/>): outside it, parameters may change between calls and plugins compute
/// their own model.</remarks>
internal sealed class ModelEvaluationCache
{
    private readonly List<double[]> _values = [];
    private readonly List<long> _generations = [];
    private readonly List<int> _users = [];
    private readonly Dictionary<object, int> _userSlots = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(object Grid, string? Source, ModelIntegrationMethod Method), int> _slots = [];
    private readonly Dictionary<(object Grid, ModelIntegrationMethod Method), BinIntegrator> _integrators = [];
    private readonly List<Ogip.InstrumentResponse> _responses = [];
    private long _generation;

    /// <summary>Whether an evaluation is in progress.</summary>
    public bool IsActive { get; private set; }

    /// <summary>The slot of <paramref name="user"/>, shared by every plugin with the same key; a user that asks again
    /// (its key changed) leaves its old slot. Only slots with two or more users keep values.</summary>
    public int SlotFor(object user, (object Grid, string? Source, ModelIntegrationMethod Method) key)
    {
        key = (Canonical(key.Grid), key.Source, key.Method);
        if (!_slots.TryGetValue(key, out var slot))
        {
            slot = _values.Count;
            _slots[key] = slot;
            _values.Add([]);
            _generations.Add(0);
            _users.Add(0);
        }

        if (_userSlots.TryGetValue(user, out var previous))
        {
            _users[previous]--;
        }

        _userSlots[user] = slot;
        _users[slot]++;
        return slot;
    }

    /// <summary>One integrator (and so one energy grid with its memo of shapes) per grid and rule, shared by the plugins
    /// of this evaluation.</summary>
    public BinIntegrator IntegratorFor(object grid, ModelIntegrationMethod method, ReadOnlySpan<double> edges)
    {
        grid = Canonical(grid);
        if (!_integrators.TryGetValue((grid, method), out var integrator))
        {
            integrator = new BinIntegrator(method, edges);
            _integrators[(grid, method)] = integrator;
        }

        return integrator;
    }

    /// <summary>The first response seen with the same content as <paramref name="response"/> (itself when it is new):
    /// responses read twice from one file, as in the tutorial, share their grid, model slots and folds.</summary>
    public Ogip.InstrumentResponse CanonicalResponse(Ogip.InstrumentResponse response)
    {
        foreach (var known in _responses)
        {
            if (known.HasSameContent(response))
            {
                return known;
            }
        }

        _responses.Add(response);
        return response;
    }

    private object Canonical(object grid) => grid is Ogip.InstrumentResponse response ? CanonicalResponse(response) : grid;

    /// <summary>Starts an evaluation: every earlier entry becomes stale.</summary>
    public void Begin()
    {
        _generation++;
        IsActive = true;
    }

    /// <summary>Ends the evaluation.</summary>
    public void End() => IsActive = false;

    /// <summary>Copies the integrals of the slot into <paramref name="destination"/> when this evaluation has them.</summary>
    public bool TryGet(int slot, Span<double> destination)
    {
        if (IsActive && (uint)slot < (uint)_values.Count && _users[slot] > 1 && _generations[slot] == _generation && _values[slot].Length == destination.Length)
        {
            _values[slot].CopyTo(destination);
            return true;
        }

        return false;
    }

    /// <summary>Stores the integrals of the slot for the rest of this evaluation.</summary>
    public void Store(int slot, ReadOnlySpan<double> values)
    {
        if (!IsActive || (uint)slot >= (uint)_values.Count || _users[slot] < 2)
        {
            return; // nobody else would read it
        }

        if (_values[slot].Length != values.Length)
        {
            _values[slot] = new double[values.Length];
        }

        values.CopyTo(_values[slot]);
        _generations[slot] = _generation;
    }
}
