namespace Astromodels;

/// <summary>A value cannot be converted between two units; the message names both units and their physical types.</summary>
public sealed class UnitConversionException : InvalidOperationException
{
    /// <summary>Creates the exception for a conversion from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">The unit of the value.</param>
    /// <param name="to">The requested unit.</param>
    /// <param name="detail">An optional sentence appended to the message, e.g. why a spectral conversion failed.</param>
    public UnitConversionException(Unit from, Unit to, string? detail = null)
        : base(Describe(from, to, detail))
    {
        From = from;
        To = to;
    }

    /// <summary>The unit of the value.</summary>
    public Unit From { get; }

    /// <summary>The requested unit.</summary>
    public Unit To { get; }

    private static string Describe(Unit from, Unit to, string? detail)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var message = $"'{from}' ({from.PhysicalType}) and '{to}' ({to.PhysicalType}) are not convertible";
        return detail is null ? message + "." : $"{message}: {detail}";
    }
}
