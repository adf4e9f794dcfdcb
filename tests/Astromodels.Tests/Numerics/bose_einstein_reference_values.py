# Reference values for BoseEinsteinIntegralTests: mpmath quadrature at 40 digits.
# Produced with Debian 12 python3-mpmath 1.2.1:  /usr/bin/python3 bose_einstein_reference_values.py
from mpmath import mp, quad, expm1, inf

mp.dps = 40
for n, a, b in [(2, 0.002, 2.0), (3, 0.002, 2000.0), (4, 0.02, 1.0), (2, 1.5, 3.5), (3, 5.0, 40.0), (1, 0.0, 0.5), (2, 30.0, 31.0), (4, 0.0, inf)]:
    v = quad(lambda t: t**n / expm1(t), [a, min(b, 2), b] if a < 2 < b else [a, b])
    print(n, a, b, mp.nstr(v, 20))
