namespace Astromodels.Tests.Serialization;

/// <summary>A model file as astromodels' <c>model.save()</c> writes it (PyYAML dump with a blank line after every
/// line; layout of astromodels/docs/md/my_model.yml), hand-written for reading tests.</summary>
/// <remarks>Written compactly here; <see cref="Text"/> adds the blank lines as <c>model.save()</c> does.</remarks>
internal static class AstromodelsYaml
{
    public static readonly string Text = Compact.Replace("\n", "\n\n", StringComparison.Ordinal);

    private const string Compact = """
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
                  value: 1.2
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
                  value: f(gal.spectrum.main.composite.index_2)
                  desc: Photon index
                  min_value: -10.0
                  max_value: 10.0
                  unit: ''
                  is_normalization: false
                  law:
                    Line:
                      a:
                        value: 0.5
                        desc: intercept
                        min_value: null
                        max_value: null
                        unit: ''
                        is_normalization: false
                        delta: 0.1
                        free: true
                      b:
                        value: 1.0
                        desc: coeff
                        min_value: null
                        max_value: null
                        unit: ''
                        is_normalization: false
                        delta: 0.1
                        free: false
                  delta: 0.2
                  free: false
              polarization: {}
        gal (point source):
          position:
            l:
              value: 11.25
              desc: Galactic longitude
              min_value: 0.0
              max_value: 360.0
              unit: deg
              is_normalization: false
              delta: 1.125
              free: false
            b:
              value: -22.5
              desc: Galactic latitude
              min_value: -90.0
              max_value: 90.0
              unit: deg
              is_normalization: false
              delta: 2.25
              free: true
            equinox: J2000
          spectrum:
            main:
              composite:
                K_1:
                  value: 1.0e-07
                  desc: ''
                  min_value: 0.0
                  max_value: null
                  unit: keV-3 s-1 cm-2
                  is_normalization: true
                  delta: 1.0e-05
                  free: true
                kT_1:
                  value: 500.0
                  desc: temperature of the blackbody
                  min_value: 0.0
                  max_value: null
                  unit: keV
                  is_normalization: false
                  delta: 3.0
                  free: true
                  prior:
                    Log_normal:
                      F:
                        value: 1.0
                        desc: ''
                        min_value: null
                        max_value: null
                        unit: ''
                        is_normalization: false
                        delta: 0.1
                        free: true
                      mu:
                        value: 5.703782474656201
                        desc: ''
                        min_value: null
                        max_value: null
                        unit: keV
                        is_normalization: false
                        delta: 0.1
                        free: true
                      sigma:
                        value: 2.0
                        desc: ''
                        min_value: 1.0e-12
                        max_value: null
                        unit: keV
                        is_normalization: false
                        delta: 0.1
                        free: true
                      piv:
                        value: 1.0
                        desc: ''
                        min_value: null
                        max_value: null
                        unit: keV
                        is_normalization: false
                        delta: 0.1
                        free: false
                F_2:
                  value: 200.0
                  desc: Integral between a and b
                  min_value: 1.0e-30
                  max_value: 1000.0
                  unit: s-1 cm-2
                  is_normalization: true
                  delta: 0.1
                  free: true
                index_2:
                  value: -1.5
                  desc: Photon index
                  min_value: null
                  max_value: null
                  unit: ''
                  is_normalization: false
                  delta: 0.2
                  free: true
                  prior:
                    Gaussian:
                      F:
                        value: 1.0
                        desc: ''
                        min_value: null
                        max_value: null
                        unit: ''
                        is_normalization: false
                        delta: 0.1
                        free: true
                      mu:
                        value: -1.0
                        desc: ''
                        min_value: null
                        max_value: null
                        unit: ''
                        is_normalization: false
                        delta: 0.1
                        free: true
                      sigma:
                        value: 1.0
                        desc: ''
                        min_value: 1.0e-12
                        max_value: null
                        unit: ''
                        is_normalization: false
                        delta: 0.1
                        free: true
                a_2:
                  value: 10.0
                  desc: lower bound for the band in which computing the integral
                    F
                  min_value: null
                  max_value: null
                  unit: keV
                  is_normalization: false
                  delta: 0.1
                  free: false
                b_2:
                  value: 500.0
                  desc: upper bound for the band in which computing the integral F
                  min_value: null
                  max_value: null
                  unit: keV
                  is_normalization: false
                  delta: 10.0
                  free: false
                expression: (Blackbody{1} + Powerlaw_flux{2})
              polarization: {}
        cons_s1 (Parameter):
          value: 1.0
          desc: ''
          min_value: 0.8
          max_value: 1.2
          unit: ''
          is_normalization: false
          delta: 0.1
          free: false
        """;
}
