namespace Astromodels;

public sealed partial class Model
{
    /// <summary>A <see cref="ParameterVector"/> over the named parameters, in the order given: the way fits, samplers
    /// and result sets write many values per step.</summary>
    /// <param name="paths">Parameter paths of this model.</param>
    /// <exception cref="KeyNotFoundException">A path is not in the model (the message suggests the closest).</exception>
    /// <exception cref="ArgumentException">A path repeats, or names a linked parameter (its value follows another's).</exception>
    public ParameterVector CreateParameterVector(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var parameters = new List<Parameter>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var parameter = this[path];
            if (!seen.Add(path))
            {
                throw new ArgumentException($"The parameter '{path}' appears twice.", nameof(paths));
            }

            if (parameter.IsLinked)
            {
                throw new ArgumentException($"The parameter '{path}' is linked to '{parameter.LinkedTo!.Path}': its value follows that parameter and cannot be set.", nameof(paths));
            }

            parameters.Add(parameter);
        }

        return new ParameterVector([.. parameters]);
    }

    /// <summary>A <see cref="ParameterVector"/> over the free parameters, in <see cref="FreeParameters"/> order.</summary>
    public ParameterVector CreateFreeParameterVector() => CreateParameterVector(FreeParameters.Select(p => p.Path));
}
