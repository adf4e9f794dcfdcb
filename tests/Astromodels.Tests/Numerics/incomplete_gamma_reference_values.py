# Reference values for IncompleteGammaReferenceTests: I(s, u1, u2) = ∫ t^(s−1) e^(−t) dt over [u1, u2] by mpmath's
# gammainc at 50 digits, for the arguments as the binary doubles written (repr round-trips them exactly).
# Produced with Debian's python3-mpmath 1.3.0:  /usr/bin/python3 incomplete_gamma_reference_values.py > Data/incomplete_gamma_reference.csv
import random
from mpmath import mp, gammainc, mpf

mp.dps = 50
random.seed(20261207)
print("# kind,s,u1,u2,integral: mpmath gammainc at 50 digits, rounded to 25 (incomplete_gamma_reference_values.py)")


def row(kind, s, u1, u2):
    print(f"{kind},{s!r},{u1!r},{u2!r},{mp.nstr(gammainc(mpf(s), mpf(u1), mpf(u2)), 25)}")


# Band integrals of cut-off power laws as flux propagation makes them: s = index + k + 1 (k = 0 photon, 1 energy,
# 2 the νFν moment), x_c from 3 keV to 30 MeV, band edges from 0.1 keV to 300 keV and up to three decades wide.
for _ in range(300):
    index, k = random.uniform(-3.0, 1.0), random.choice([0, 1, 2])
    xc = 10 ** random.uniform(0.5, 4.5)
    a = 10 ** random.uniform(-1, 2.5)
    b = a * 10 ** random.uniform(0.01, 3)
    row("flux", index + k + 1, a / xc, b / xc)

# Broad: any order from −10 to 15, limits from 1e-6 to 100, widths from 1e-4 to 1000 times the lower limit.
for _ in range(300):
    s = random.uniform(-10, 15)
    u1 = 10 ** random.uniform(-6, 2)
    row("broad", s, u1, u1 * (1 + 10 ** random.uniform(-4, 3)))
