using ThreeML.Plugins;

namespace ThreeML.Tests.TestSupport;

/// <summary>The Fermi GBM data lists of ../shared/data that the fit, error and sampler batteries share.</summary>
public static class GbmDataLists
{
    /// <summary>GRB 090217206: NaI n6 and n9 ("10-900" keV) and BGO b1 ("250-30000" keV), each with its background and weighted response.</summary>
    /// <param name="effectiveAreaConstants">Whether n9 and b1 get a free effective-area constant in [0.8, 1.2] (n6 is the reference).</param>
    public static DataList Bn090217206(bool effectiveAreaConstants = false)
    {
        OgipLike Detector(string det, string selection)
        {
            string prefix = SharedData.Data($"ogip/bn090217206/bn090217206_{det}_");
            var plugin = new OgipLike(det, prefix + "srcspectra.pha", prefix + "bkgspectra.bak", prefix + "weightedrsp.rsp");
            plugin.SetActiveMeasurements(selection);
            if (effectiveAreaConstants && det != "n6")
            {
                plugin.UseEffectiveAreaCorrection(0.8, 1.2);
            }

            return plugin;
        }

        return new DataList(Detector("n6", "10-900"), Detector("n9", "10-900"), Detector("b1", "250-30000"));
    }

    /// <summary>GRB 080916009, NaI n3 over 0–10 s, "9-900" keV, with its background and response.</summary>
    public static DataList Bn080916009N3()
    {
        string stem = SharedData.Data("gbm_bn080916009_0-10s/gbm_bn080916009_n3_0-10s");
        var n3 = new OgipLike("n3", stem + ".pha", stem + "_bak.pha", stem + ".rsp");
        n3.SetActiveMeasurements("9-900");
        return new DataList(n3);
    }
}
