using Astromodels;
using Astromodels.Functions;
using ThreeML.Plugins;

namespace ThreeML.Plotting.Tests.TestSupport;

/// <summary>Three simulated plugins "n1", "n2", "n3" on the small response, each with a blackbody model set (the
/// second ten times brighter than the first, the third in between), for tests that split plugins over figures.</summary>
internal static class ThreePlugins
{
    public static DispersionSpectrumLike[] Create()
    {
        var response = TutorialAnalysis.SmallResponse();
        return [Make("n1", 5e-5, 21), Make("n2", 5e-4, 22), Make("n3", 2e-4, 23)];

        DispersionSpectrumLike Make(string name, double k, int seed)
        {
            var plugin = DispersionSpectrumLike.FromFunction(name, new Blackbody(K: k, kT: 150.0), response, new Random(seed),
                backgroundFunction: new Powerlaw(K: 1, index: -1.5, piv: 1e3), exposure: 10.0);
            plugin.SetModel(new Model(new PointSource("src", ra: 0, dec: 0, new Blackbody(K: k, kT: 150.0))));
            return plugin;
        }
    }
}
