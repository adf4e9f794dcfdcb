using Astromodels.Functions;
using Astromodels;
using ThreeML.Fits;

namespace ThreeML.TableModels;

/// <summary>Tabulates any spectral function over a parameter grid into an OGIP/92-009 XSPEC table model file, so that
/// slow models can be fitted from a table (by this library, XSPEC, Sherpa or astromodels).</summary>
/// <remarks>Additive tables store ∫ f dE over each energy bin (1/(cm² s)); multiplicative tables store the bin average
/// ∫ f dE / ΔE. Grid points are written with the last parameter varying fastest; columns are single precision as the
/// memo specifies. The file is written atomically (temporary file, then rename).</remarks>
public static class XspecTableWriter
{
    /// <summary>Writes the table of <paramref name="function"/> over the grid of <paramref name="parameters"/>.</summary>
    /// <param name="path">The output FITS file.</param>
    /// <param name="modelName">MODLNAME (at most 12 characters are kept by XSPEC).</param>
    /// <param name="function">The function; each table parameter is set on its parameter of the same name, and restored afterwards.</param>
    /// <param name="parameters">The interpolation parameters and their grids.</param>
    /// <param name="energyEdges">The n + 1 energy-bin edges of the table, keV, increasing.</param>
    /// <param name="kind">Additive (atable) or multiplicative (mtable).</param>
    /// <param name="redshift">Set REDSHIFT = T: readers add a redshift parameter (the table is then the rest-frame spectrum).</param>
    /// <param name="energyScale">Set ESCALE = T: readers add XSPEC's energy-scale parameter <c>Escale</c>.</param>
    /// <exception cref="ArgumentException">An empty grid, a parameter the function does not have, or edges not increasing.</exception>
    public static void Write(string path, string modelName, Function1D function, IReadOnlyList<TableParameter> parameters, ReadOnlySpan<double> energyEdges, TableModelKind kind = TableModelKind.Additive, bool redshift = false, bool energyScale = false)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(parameters);
        if (kind == TableModelKind.Exponential)
        {
            throw new ArgumentException("Write exponential tables as multiplicative ones of the optical depth; etable is chosen when loading.", nameof(kind));
        }

        if (parameters.Count == 0 || energyEdges.Length < 2)
        {
            throw new ArgumentException($"A table needs at least one parameter and one energy bin (got {parameters.Count} parameters, {energyEdges.Length} edges).", nameof(parameters));
        }

        for (var i = 1; i < energyEdges.Length; i++)
        {
            if (!(energyEdges[i] > energyEdges[i - 1]))
            {
                throw new ArgumentException($"Energy edges must increase (edge {i} is {energyEdges[i]} after {energyEdges[i - 1]} keV).", nameof(energyEdges));
            }
        }

        var targets = parameters.Select(p => function[p.Name]).ToArray();
        var saved = targets.Select(t => t.Value).ToArray();
        var bins = energyEdges.Length - 1;
        var total = parameters.Aggregate(1, (n, p) => n * p.Values.Count);
        var paramVal = new float[total][];
        var spectra = new float[total][];
        var buffer = new double[bins];
        try
        {
            for (var s = 0; s < total; s++)
            {
                paramVal[s] = new float[parameters.Count];
                var rest = s;
                for (var i = parameters.Count - 1; i >= 0; i--)
                {
                    var v = parameters[i].Values[rest % parameters[i].Values.Count];
                    rest /= parameters[i].Values.Count;
                    targets[i].Value = v;
                    paramVal[s][i] = (float)v;
                }

                function.Integrate(energyEdges, buffer);
                spectra[s] = new float[bins];
                for (var b = 0; b < bins; b++)
                {
                    spectra[s][b] = (float)(kind == TableModelKind.Additive ? buffer[b] : buffer[b] / (energyEdges[b + 1] - energyEdges[b]));
                }
            }
        }
        finally
        {
            for (var i = 0; i < targets.Length; i++)
            {
                targets[i].Value = saved[i];
            }
        }

        TableModelFile.Build(modelName, kind, parameters, energyEdges, paramVal, spectra, redshift, energyScale).Write(path);
    }
}
