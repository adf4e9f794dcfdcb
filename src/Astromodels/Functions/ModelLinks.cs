namespace Astromodels.Functions;

/// <summary>astromodels' <c>model.link(p1, p2)</c> without a law: the identity <see cref="Line"/> (a = 0, b = 1, both
/// fixed), as <c>model.Link(dependent, independent)</c> (C# extension members).</summary>
/// <remarks>The default law is a function, so it is chosen here, above <see cref="Model"/>, which takes any
/// <see cref="Function1D"/> and knows no concrete one (design record 0019).</remarks>
public static class ModelLinks
{
    /// <summary>The extension members on a model.</summary>
    /// <param name="model">The model.</param>
    extension(Model model)
    {
        /// <summary>Makes <paramref name="dependent"/> equal <paramref name="independent"/> through the identity law
        /// (see <see cref="Model.Link(Parameter, Parameter, Function1D)"/>).</summary>
        /// <param name="dependent">The parameter that stops being free and takes the other's value.</param>
        /// <param name="independent">The parameter it follows.</param>
        public void Link(Parameter dependent, Parameter independent) => model.Link(dependent, independent, Identity());

        /// <summary>Makes several parameters equal <paramref name="independent"/> through the identity law (see
        /// <see cref="Model.Link(IEnumerable{Parameter}, Parameter, Function1D)"/>).</summary>
        /// <param name="dependents">The parameters that follow <paramref name="independent"/>.</param>
        /// <param name="independent">The parameter they follow.</param>
        public void Link(IEnumerable<Parameter> dependents, Parameter independent) => model.Link(dependents, independent, Identity());
    }

    private static Line Identity()
    {
        var line = new Line(a: 0, b: 1);
        line.A.Fixed = true;
        line.B.Fixed = true;
        return line;
    }
}
