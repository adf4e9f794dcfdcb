using Astromodels.Internal;
using Astromodels.Text;

namespace Astromodels;

public sealed partial class Model
{
    /// <summary>Adds a parameter that belongs to no source, such as a plugin's calibration constant <c>cons_s1</c>;
    /// its path is its name. A previous external parameter with the same name is replaced, as astromodels does.</summary>
    /// <exception cref="ArgumentException">The name is not a valid identifier, is a source name, or the parameter already belongs to the model.</exception>
    /// <exception cref="InvalidOperationException">The external parameter being replaced has parameters linked to it.</exception>
    public void AddExternalParameter(Parameter parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        Identifiers.Check(parameter.Name, "external parameter", nameof(parameter));
        if (_sources.ContainsKey(parameter.Name))
        {
            throw new ArgumentException($"External parameter '{parameter.Name}' has the name of a source of the model.", nameof(parameter));
        }

        var existing = _external.FindIndex(p => p.Name == parameter.Name);
        if (existing >= 0 && ReferenceEquals(_external[existing], parameter))
        {
            return;
        }

        if (_parameters.Contains(parameter))
        {
            throw new ArgumentException($"Parameter '{parameter.Path}' already belongs to the model.", nameof(parameter));
        }

        if (existing >= 0)
        {
            RemoveExternalParameter(parameter.Name);
        }

        _external.Add(parameter);
        RebuildIndex();
    }

    /// <summary>Removes an external parameter by name; if it is linked, its link goes with it.</summary>
    /// <exception cref="KeyNotFoundException">No external parameter has this name (the message suggests the closest).</exception>
    /// <exception cref="InvalidOperationException">Other parameters are linked to it; unlink them first.</exception>
    public void RemoveExternalParameter(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var index = _external.FindIndex(p => p.Name == name);
        if (index < 0)
        {
            throw new KeyNotFoundException($"The model has no external parameter '{name}'.{NameSuggester.DidYouMean(name, _external.Select(p => p.Name))}");
        }

        var parameter = _external[index];
        ThrowIfOthersDependOn(parameter, [parameter, .. LawParametersOf(parameter)], "remove it");
        if (parameter.IsLinked)
        {
            UnlinkCore(parameter);
        }

        _external.RemoveAt(index);
        parameter.Path = parameter.Name;
        RebuildIndex();
    }
}
