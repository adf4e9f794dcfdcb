namespace ThreeML.TableModels;

/// <summary>How XSPEC applies a table model (its <c>atable</c>, <c>mtable</c> and <c>etable</c> commands).</summary>
public enum TableModelKind
{
    /// <summary>atable: the tabulated values are photon fluxes per energy bin, 1/(cm² s), times a normalisation K.</summary>
    Additive,

    /// <summary>mtable: the tabulated values are dimensionless factors multiplying a continuum.</summary>
    Multiplicative,

    /// <summary>etable: the factor is exp(−value) (tables of optical depth).</summary>
    Exponential,
}
