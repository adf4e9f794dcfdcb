namespace Astromodels;

public sealed partial class Model
{
    /// <summary>Makes <paramref name="dependent"/> follow <paramref name="independent"/>: dependent = law(independent),
    /// as astromodels' <c>model.link(p1, p2, law)</c>.</summary>
    /// <param name="dependent">The parameter that stops being free and takes the law's value.</param>
    /// <param name="independent">The parameter it follows.</param>
    /// <param name="law">The law (any <see cref="Function1D"/>; <c>Astromodels.Functions</c> adds the two-argument
    /// <c>Link(dependent, independent)</c> whose law is the identity <c>Line(a = 0, b = 1)</c>, astromodels' default).
    /// Its parameters become model parameters at "&lt;dependent path&gt;.&lt;law name&gt;.&lt;parameter&gt;" and may
    /// be freed.</param>
    /// <exception cref="ArgumentException">A parameter is not in this model, the law is already in use, or the link would
    /// create a cycle (the message names the chain).</exception>
    /// <exception cref="InvalidOperationException">The dependent is already linked and other parameters follow its current law.</exception>
    /// <remarks>Linking an already linked parameter replaces its link, as astromodels does.</remarks>
    public void Link(Parameter dependent, Parameter independent, Function1D law)
    {
        ArgumentNullException.ThrowIfNull(dependent);
        Link([dependent], independent, law);
    }

    /// <summary>Links several parameters to the same independent parameter (see <see cref="Link(Parameter, Parameter, Function1D)"/>).</summary>
    /// <param name="dependents">The parameters that follow <paramref name="independent"/>.</param>
    /// <param name="independent">The parameter they follow.</param>
    /// <param name="law">The law for the first dependent; each further dependent gets its own <see cref="Function1D.Clone"/>
    /// of it, so every law has one path (astromodels shares one law object, whose parameters then have an ambiguous path).</param>
    /// <exception cref="ArgumentException">As for the single-parameter overload; nothing is linked when any check fails.</exception>
    /// <exception cref="InvalidOperationException">A dependent is already linked and other parameters follow its current law.</exception>
    public void Link(IEnumerable<Parameter> dependents, Parameter independent, Function1D law)
    {
        ArgumentNullException.ThrowIfNull(dependents);
        ArgumentNullException.ThrowIfNull(independent);
        ArgumentNullException.ThrowIfNull(law);
        var list = dependents.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("At least one parameter to link is needed.", nameof(dependents));
        }

        foreach (var d in list)
        {
            ArgumentNullException.ThrowIfNull(d, nameof(dependents));
            RequireInModel(d, nameof(dependents));
        }

        RequireInModel(independent, nameof(independent));
        if (law.Parent is not null || law.Parameters.Any(_parameters.Contains))
        {
            throw new ArgumentException($"The law {law.Name} is already used in the model or inside a composite function; pass a new function or a Clone().", nameof(law));
        }

        foreach (var d in list)
        {
            ThrowIfCycle(d, independent);
            if (d.IsLinked)
            {
                ThrowIfOthersDependOn(d, LawParametersOf(d), "relink it");
            }
        }

        for (var i = 0; i < list.Count; i++)
        {
            LinkCore(list[i], independent, i == 0 ? law : law.Clone(), freeBeforeLink: null);
        }

        RebuildIndex();
    }

    /// <summary>Removes the link of <paramref name="parameter"/>, which keeps its last value (clamped into its bounds) and
    /// gets back the free state it had before it was linked; its law's parameters leave the model.</summary>
    /// <returns>True when a link was removed, false when the parameter was not linked (astromodels only warns).</returns>
    /// <exception cref="ArgumentException">The parameter is not in this model.</exception>
    /// <exception cref="InvalidOperationException">Other parameters are linked to parameters of its law.</exception>
    public bool Unlink(Parameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        RequireInModel(parameter, nameof(parameter));
        if (!parameter.IsLinked)
        {
            return false;
        }

        ThrowIfOthersDependOn(parameter, LawParametersOf(parameter), "unlink it");
        UnlinkCore(parameter);
        RebuildIndex();
        return true;
    }

    /// <summary>Unlinks several parameters (see <see cref="Unlink(Parameter)"/>).</summary>
    /// <returns>The number of links removed.</returns>
    public int Unlink(IEnumerable<Parameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return parameters.ToList().Count(Unlink);
    }

    private void LinkCore(Parameter dependent, Parameter independent, Function1D law, bool? freeBeforeLink)
    {
        // Relinking keeps the free state from before the first link, as astromodels' _old_free would not.
        var before = freeBeforeLink ?? (_freeBeforeLink.TryGetValue(dependent, out var kept) ? kept : dependent.Free);
        if (dependent.IsLinked)
        {
            UnlinkCore(dependent);
        }

        law.SetUnits(independent.Unit, dependent.Unit);
        dependent.SetLink(independent, law);
        _freeBeforeLink[dependent] = before;
    }

    private void UnlinkCore(Parameter parameter)
    {
        foreach (var q in LawParametersOf(parameter))
        {
            q.Path = q.Name;
        }

        parameter.RemoveLink();
        if (_freeBeforeLink.Remove(parameter, out var free))
        {
            parameter.Free = free;
        }
    }

    /// <summary>The parameters of the law of <paramref name="parameter"/> and, recursively, of their own laws.</summary>
    private static List<Parameter> LawParametersOf(Parameter parameter)
    {
        var result = new List<Parameter>();
        if (parameter.LinkLaw is { } law)
        {
            foreach (var q in law.Parameters)
            {
                result.Add(q);
                result.AddRange(LawParametersOf(q));
            }
        }

        return result;
    }

    private void RequireInModel(Parameter p, string paramName)
    {
        if (!Contains(p))
        {
            throw new ArgumentException($"Parameter '{p.Path}' is not contained in this model.", paramName);
        }
    }

    /// <summary>Rejects a link dependent → independent when the independent's value already depends on the dependent.</summary>
    private static void ThrowIfCycle(Parameter dependent, Parameter independent)
    {
        var chain = new List<Parameter> { dependent };
        if (ReferenceEquals(dependent, independent) || Reaches(independent, dependent, chain, new HashSet<Parameter>(ReferenceEqualityComparer.Instance)))
        {
            if (ReferenceEquals(dependent, independent))
            {
                chain.Add(independent);
            }

            throw new ArgumentException(
                $"Linking '{dependent.Path}' to '{independent.Path}' would create a cycle: {string.Join(" -> ", chain.Select(p => p.Path))}.",
                nameof(independent));
        }
    }

    /// <summary>Depth-first search along "value depends on" edges (linked-to parameter and law parameters), recording the chain.</summary>
    private static bool Reaches(Parameter from, Parameter target, List<Parameter> chain, HashSet<Parameter> visited)
    {
        chain.Add(from);
        if (ReferenceEquals(from, target))
        {
            return true;
        }

        if (visited.Add(from) && from.LinkedTo is { } next)
        {
            foreach (var q in (IEnumerable<Parameter>)[next, .. from.LinkLaw!.Parameters])
            {
                if (Reaches(q, target, chain, visited))
                {
                    return true;
                }
            }
        }

        chain.RemoveAt(chain.Count - 1);
        return false;
    }

    private void ThrowIfOthersDependOn(Parameter owner, IReadOnlyCollection<Parameter> targets, string action)
    {
        var dependents = _parameters
            .Where(p => p.LinkedTo is { } t && targets.Contains(t) && !ReferenceEquals(p, owner) && !targets.Contains(p))
            .Select(p => $"'{p.Path}' (linked to '{p.LinkedTo!.Path}')")
            .ToList();
        if (dependents.Count > 0)
        {
            throw new InvalidOperationException($"Cannot {action}: '{owner.Path}' has parameters that others follow: {string.Join(", ", dependents)}. Unlink those first.");
        }
    }
}
