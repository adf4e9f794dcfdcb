using Astromodels;

namespace ThreeML.Plugins;

/// <summary>A data set that turns a model into a log-likelihood (3ML's <c>PluginPrototype</c>).</summary>
/// <remarks>
/// <para>A plugin in a <see cref="DataList"/> is data: the analyses never connect it to their model. Each analysis
/// calls <see cref="Bind"/>, which returns its own copy (sharing the immutable data, owning its buffers and its
/// nuisance parameters) connected to the analysis's model, so any number of analyses, worker threads and simulations
/// can share one data list without interference.</para>
/// <para><see cref="SetModel"/> connects this very object to a model, as 3ML's <c>set_model</c>, for direct use
/// (<c>plugin.SetModel(model); plugin.GetLogLike()</c>); it does not affect any analysis.</para>
/// </remarks>
public interface IPlugin
{
    /// <summary>The plugin's unique name within a <see cref="DataList"/>.</summary>
    string Name { get; }

    /// <summary>Parameters of the plugin itself (e.g. the effective-area constant <c>cons_&lt;name&gt;</c>). On a plugin of a
    /// data list they are templates: each analysis's <see cref="Bind"/> puts copies into its own model.</summary>
    IReadOnlyList<Parameter> NuisanceParameters { get; }

    /// <summary>Whether the plugin contributes nothing to the total log-likelihood (3ML's <c>exclude_from_fit</c>).</summary>
    bool ExcludedFromFit { get; set; }

    /// <summary>Connects this plugin to a model (3ML's <c>set_model</c>), for direct use of <see cref="GetLogLike"/>;
    /// analyses use <see cref="Bind"/> instead and never call it on the data list's plugins.</summary>
    void SetModel(Model model);

    /// <summary>A copy of this plugin for one analysis, connected to <paramref name="model"/>: it shares the immutable data,
    /// owns its buffers and its nuisance parameters, which join the model as external parameters.</summary>
    /// <remarks>The default clones the plugin, adds the clone's <see cref="NuisanceParameters"/> to the model (replacing
    /// external parameters of the same name) and calls <see cref="SetModel"/> on the clone. The spectral plugins keep a
    /// nuisance parameter the model already has (from an earlier analysis of the same model, a clone or a YAML file), so
    /// analyses that share a model share its fitted value and links, as in 3ML.</remarks>
    /// <param name="model">The analysis's model.</param>
    IPlugin Bind(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var bound = Clone();
        foreach (var nuisance in bound.NuisanceParameters)
        {
            model.AddExternalParameter(nuisance);
        }

        bound.SetModel(model);
        return bound;
    }

    /// <summary>The natural log-likelihood of the data for the model's current parameter values (3ML's convention,
    /// including data-only terms such as −ln o!); 0 when <see cref="ExcludedFromFit"/>.</summary>
    double GetLogLike();

    /// <summary>The number of data points (bins) actually used in the likelihood, for AIC/BIC.</summary>
    int GetNumberOfDataPoints();

    /// <summary>A copy sharing the (immutable) data, with the same settings and its own nuisance parameters and
    /// buffers, not connected to any model: lets analyses evaluate likelihoods on several threads.</summary>
    IPlugin Clone();

    /// <summary>A data set simulated from the model's current values with this plugin's noise, selection and settings
    /// (for goodness of fit and likelihood-ratio tests); needs a model (<see cref="Bind"/> or <see cref="SetModel"/>) first.</summary>
    /// <param name="name">The new plugin's name.</param>
    /// <param name="random">The random source.</param>
    IPlugin Simulate(string name, Random random);
}
