namespace ThreeML.Tests.Results.Persistence;

/// <summary>The MODEL of a 3ML results file before escaping: <c>my_yaml.dump(model.to_dict_with_types())</c> of one
/// Powerlaw point source with a log-uniform prior on K and a uniform prior on the index (no blank lines: results files
/// do not add them as <c>model.save()</c> does). Hand-written in astromodels' layout.</summary>
internal static class ThreeMLModelYaml
{
    public const string Text = """
        grb (point source):
          position:
            ra:
              value: 125.6
              desc: Right Ascension
              min_value: 0.0
              max_value: 360.0
              unit: deg
              is_normalization: false
              delta: 12.56
              free: false
            dec:
              value: -75.3
              desc: Declination
              min_value: -90.0
              max_value: 90.0
              unit: deg
              is_normalization: false
              delta: 7.53
              free: false
            equinox: J2000
          spectrum:
            main:
              Powerlaw:
                K:
                  value: 0.012
                  desc: Normalization (differential flux at the pivot value)
                  min_value: 1.0e-30
                  max_value: 1000.0
                  unit: keV-1 s-1 cm-2
                  is_normalization: true
                  delta: 0.1
                  free: true
                  prior:
                    Log_uniform_prior:
                      lower_bound:
                        value: 1.0e-20
                        desc: Lower bound for the distribution
                        min_value: 1.0e-30
                        max_value: .inf
                        unit: keV-1 s-1 cm-2
                        is_normalization: false
                        delta: 0.1
                        free: false
                      upper_bound:
                        value: 100.0
                        desc: Upper bound for the distribution
                        min_value: 1.0e-30
                        max_value: .inf
                        unit: keV-1 s-1 cm-2
                        is_normalization: false
                        delta: 0.1
                        free: false
                      K:
                        value: 1.0
                        desc: Normalization
                        min_value: null
                        max_value: null
                        unit: keV-1 s-1 cm-2
                        is_normalization: false
                        delta: 0.1
                        free: false
                piv:
                  value: 1.0
                  desc: Pivot value
                  min_value: null
                  max_value: null
                  unit: keV
                  is_normalization: false
                  delta: 0.1
                  free: false
                index:
                  value: -2.1
                  desc: Photon index
                  min_value: -10.0
                  max_value: 10.0
                  unit: ''
                  is_normalization: false
                  delta: 0.20099999999999998
                  free: true
                  prior:
                    Uniform_prior:
                      lower_bound:
                        value: -5.0
                        desc: Lower bound for the distribution
                        min_value: null
                        max_value: null
                        unit: ''
                        is_normalization: false
                        delta: 0.1
                        free: false
                      upper_bound:
                        value: 5.0
                        desc: Upper bound for the distribution
                        min_value: null
                        max_value: null
                        unit: ''
                        is_normalization: false
                        delta: 0.1
                        free: false
                      value:
                        value: 1.0
                        desc: Value in the box
                        min_value: null
                        max_value: null
                        unit: ''
                        is_normalization: false
                        delta: 0.1
                        free: false
              polarization: {}

        """;
}
