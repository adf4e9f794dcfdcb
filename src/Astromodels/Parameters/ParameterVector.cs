namespace Astromodels;

/// <summary>A fixed, ordered set of a model's settable parameters whose physical values (in each parameter's unit) are
/// set and read together, as fits and samplers do at every step; handed out by
/// <see cref="Model.CreateParameterVector(IEnumerable{string})"/>.</summary>
/// <remarks>The model checks once, when it hands the vector out, that every parameter belongs to it and is not linked
/// (a linked parameter's value follows another's). <see cref="TrySet"/> then only checks each value against its
/// bounds, in one pass, before writing any of them: it allocates nothing and never throws for a value, so an engine can
/// treat points outside the bounds as impossible.</remarks>
public sealed class ParameterVector
{
    private readonly Parameter[] _parameters;

    internal ParameterVector(Parameter[] parameters)
    {
        _parameters = parameters;
        Paths = [.. parameters.Select(p => p.Path)];
    }

    /// <summary>The number of parameters.</summary>
    public int Count => _parameters.Length;

    /// <summary>The parameters, in vector order.</summary>
    public IReadOnlyList<Parameter> Parameters => _parameters;

    /// <summary>The parameters' paths, in vector order.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>Sets every parameter when every value is finite and within its parameter's bounds.</summary>
    /// <param name="physical">One physical value per parameter, in vector order.</param>
    /// <returns>False, with nothing changed, when a value is not finite or outside its bounds.</returns>
    /// <exception cref="ArgumentException">The number of values differs from <see cref="Count"/>.</exception>
    public bool TrySet(ReadOnlySpan<double> physical)
    {
        if (physical.Length != _parameters.Length)
        {
            throw new ArgumentException($"The vector has {_parameters.Length} parameters but {physical.Length} values were given.", nameof(physical));
        }

        for (var i = 0; i < physical.Length; i++)
        {
            if (!double.IsFinite(physical[i]) || !_parameters[i].IsWithinBounds(physical[i]))
            {
                return false;
            }
        }

        for (var i = 0; i < physical.Length; i++)
        {
            _parameters[i].SetValueTrusted(physical[i]);
        }

        return true;
    }

    /// <summary>Copies the current physical values, in vector order.</summary>
    /// <param name="destination">Receives <see cref="Count"/> values.</param>
    /// <exception cref="ArgumentException">The destination is shorter than <see cref="Count"/>.</exception>
    public void Get(Span<double> destination)
    {
        if (destination.Length < _parameters.Length)
        {
            throw new ArgumentException($"The vector has {_parameters.Length} parameters but room for {destination.Length} values.", nameof(destination));
        }

        for (var i = 0; i < _parameters.Length; i++)
        {
            destination[i] = _parameters[i].Value;
        }
    }
}
