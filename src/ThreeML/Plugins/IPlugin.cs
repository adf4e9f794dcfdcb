using Astromodels;

namespace ThreeML.Plugins;

/// <summary>A data set that turns a model into a log-likelihood (3ML's <c>PluginPrototype</c>).</summary>
public interface IPlugin
{
    /// <summary>The plugin's unique name within a <see cref="DataList"/>.</summary>
    string Name { get; }

    /// <summary>Parameters of the plugin itself (e.g. the effective-area constant <c>cons_&lt;name&gt;</c>), added to the
    /// model as external parameters by the analyses.</summary>
    IReadOnlyList<Parameter> NuisanceParameters { get; }

    /// <summary>Whether the plugin contributes nothing to the total log-likelihood (3ML's <c>exclude_from_fit</c>).</summary>
    bool ExcludedFromFit { get; set; }

    /// <summary>Connects the plugin to a model; must be called before <see cref="GetLogLike"/>.</summary>
    void SetModel(Model model);

    /// <summary>The natural log-likelihood of the data for the model's current parameter values (3ML's convention,
    /// including data-only terms such as −ln o!); 0 when <see cref="ExcludedFromFit"/>.</summary>
    double GetLogLike();

    /// <summary>The number of data points (bins) actually used in the likelihood, for AIC/BIC.</summary>
    int GetNumberOfDataPoints();

    /// <summary>A copy sharing the (immutable) data, with the same settings and its own nuisance parameters and
    /// buffers, not connected to any model: lets analyses evaluate likelihoods on several threads.</summary>
    IPlugin Clone();

    /// <summary>A data set simulated from the model's current values with this plugin's noise, selection and settings
    /// (for goodness of fit and likelihood-ratio tests); needs <see cref="SetModel"/> first.</summary>
    /// <param name="name">The new plugin's name.</param>
    /// <param name="random">The random source.</param>
    IPlugin Simulate(string name, Random random);
}
