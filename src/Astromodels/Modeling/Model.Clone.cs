namespace Astromodels;

public sealed partial class Model
{
    /// <summary>A deep copy: new sources, functions, external parameters and link laws with the same values, bounds,
    /// steps, free states and priors, and the same links re-established between the copies.</summary>
    public Model Clone()
    {
        var copy = new Model([.. _pointSources.Select(s => s.Clone())]);
        foreach (var p in _external)
        {
            copy._external.Add(CloneParameter(p));
        }

        copy.RebuildIndex();

        // A link may hang off a law parameter of another link; re-create links once both ends exist in the copy.
        var pending = _parameters.Where(p => p.IsLinked).ToList();
        while (pending.Count > 0)
        {
            var ready = pending.Where(p => copy.Contains(p.Path) && copy.Contains(p.LinkedTo!.Path)).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException($"Cannot clone the links of {string.Join(", ", pending.Select(p => p.Path))}: their independent parameters are not in the model.");
            }

            foreach (var p in ready)
            {
                var wasFree = _freeBeforeLink.TryGetValue(p, out var f) ? f : (bool?)null;
                copy.LinkCore(copy[p.Path], copy[p.LinkedTo!.Path], p.LinkLaw!.Clone(), wasFree);
                pending.Remove(p);
            }

            copy.RebuildIndex();
        }

        return copy;
    }

    /// <summary>A copy of a free-standing parameter (an external one) with the same state and no link.</summary>
    internal static Parameter CloneParameter(Parameter p)
    {
        // Built unbounded at a harmless value, then given the exact stored state (bounds included).
        var copy = new Parameter(p.Name, 1.0, null, null, p.Delta, p.Description, p.Unit, p.Free, p.IsNormalization, p.Transformation);
        copy.CopyStateFrom(p);
        return copy;
    }
}
