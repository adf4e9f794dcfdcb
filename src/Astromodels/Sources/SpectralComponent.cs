using Astromodels.Internal;

namespace Astromodels;

/// <summary>A named spectral component of a source (astromodels' <c>SpectralComponent</c>): a shape such as
/// <c>Blackbody</c> or a <see cref="CompositeFunction"/>, evaluated in keV and returning 1/(cm² keV s).</summary>
public sealed class SpectralComponent
{
    /// <summary>Creates a component.</summary>
    /// <param name="name">A name usable in a parameter path: letters, digits and '_', not starting with a digit (e.g. "main").</param>
    /// <param name="shape">The spectral shape; a function that is an operand of a composite cannot be used on its own.</param>
    /// <exception cref="ArgumentException">The name is not a valid identifier, or the shape belongs to a composite function.</exception>
    public SpectralComponent(string name, Function1D shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        Identifiers.Check(name, "spectral component", nameof(name));
        if (shape.Parent is not null)
        {
            throw new ArgumentException($"The shape {shape.Name} of component '{name}' is an operand of a composite function; use the composite, or Clone() the operand.", nameof(shape));
        }

        Name = name;
        Shape = shape;
    }

    /// <summary>The component's name, as it appears in parameter paths ("src.spectrum.&lt;name&gt;...").</summary>
    public string Name { get; }

    /// <summary>The spectral shape.</summary>
    public Function1D Shape { get; }

    /// <summary>The differential photon flux at <paramref name="energyKeV"/>, in 1/(cm² keV s).</summary>
    public double Evaluate(double energyKeV) => Shape.Evaluate(energyKeV);

    /// <summary>The differential photon flux at each energy, in 1/(cm² keV s), without allocating.</summary>
    /// <param name="energiesKeV">Energies in keV.</param>
    /// <param name="destination">Receives the fluxes; at least as long as <paramref name="energiesKeV"/>.</param>
    public void Evaluate(ReadOnlySpan<double> energiesKeV, Span<double> destination) => Shape.Evaluate(energiesKeV, destination);

    /// <summary>"name: Shape(...)".</summary>
    public override string ToString() => $"{Name}: {Shape}";
}
