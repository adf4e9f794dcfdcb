namespace Astromodels.Functions;

/// <summary>A function whose values come from a table file (an XSPEC table model): model files record the file and
/// how it was loaded, and are read back with a <see cref="Serialization.TableFunctionLoader"/>.</summary>
public interface ITabulatedFunction
{
    /// <summary>The table file, as given when the function was loaded (absolute or relative to the working folder).</summary>
    string TableFile { get; }

    /// <summary>How the file is loaded: XSPEC's <c>atable</c>, <c>mtable</c> or <c>etable</c>.</summary>
    string TableKind { get; }
}
