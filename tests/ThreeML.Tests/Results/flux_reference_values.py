# Reference values for FluxTests, by mpmath quadrature at 40 significant digits (independent of our code).
# Produced with Debian 12 python3-mpmath 1.2.1:  /usr/bin/python3 flux_reference_values.py
from mpmath import mp, mpf, quad, expm1

mp.dps = 40
kev_to_erg = mpf('1.602176634e-9')
K, kT = mpf('5e-8'), mpf(500)
bb = lambda E, k: K * E**(2 + k) / expm1(E / kT)
print('blackbody energy flux 1 keV-1 MeV, erg/(cm2 s):', quad(lambda E: bb(E, 1), [1, 10, 100, 1000]) * kev_to_erg)
print('blackbody photon flux 10-500 keV, 1/(cm2 s):   ', quad(lambda E: bb(E, 0), [10, 100, 500]))
print('blackbody nuFnu 10-500 keV, erg2/(cm2 s):      ', quad(lambda E: bb(E, 2), [10, 100, 500]) * kev_to_erg**2)
F, g, a, b = mpf(200), mpf('-1.5'), mpf(10), mpf(500)
norm = F * (g + 1) / (b**(g + 1) - a**(g + 1))
print('Powerlaw_flux photon flux 10-500 keV:          ', quad(lambda E: norm * E**g, [10, 500]))
print('Powerlaw_flux energy flux 10-500 keV, erg:     ', quad(lambda E: norm * E**(g + 1), [10, 500]) * kev_to_erg)
