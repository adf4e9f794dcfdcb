namespace Astromodels.Serialization;

/// <summary>Loads the function a model file names by its table file (see <see cref="Functions.ITabulatedFunction"/>), e.g.
/// ThreeML's <c>XspecTableModel.Load</c>.</summary>
/// <param name="kind">XSPEC's loader name: <c>atable</c>, <c>mtable</c> or <c>etable</c>.</param>
/// <param name="path">The table file, resolved against the model file's folder when relative.</param>
/// <returns>The table function with its default parameters.</returns>
public delegate Function1D TableFunctionLoader(string kind, string path);
