"""Independent reference values for the Statistics tests (mpmath, 50 significant digits).

Run: python3 reference_values.py   (produced with Python 3 and mpmath 1.3.0)
"""
from mpmath import mp, mpf, erfc, sqrt, log, exp, gammainc, loggamma, findroot, nsum, inf, factorial

mp.dps = 50


def q(z):
    return erfc(mpf(z) / sqrt(2)) / 2


def z_of_logq(lq):
    return findroot(lambda z: log(q(z)) - lq, sqrt(-2 * lq))


def poisson_cdf(k, mu):
    # P(X <= k) = Q(k+1, mu), regularized upper incomplete gamma
    return gammainc(k + 1, mu, inf, regularized=True)


def poisson_sf(k, mu):
    return gammainc(k + 1, 0, mu, regularized=True)


def known_background_sigma(o, mu):
    c = poisson_cdf(o, mu)
    if c <= 0.5:
        return -z_of_logq(log(c))
    return z_of_logq(log(poisson_sf(o, mu)))


def li_ma(on, off, a):
    on, off, a = mpf(on), mpf(off), mpf(a)
    t1 = on * log((1 + a) / a * on / (on + off)) if on > 0 else 0
    t2 = off * log((1 + a) * off / (on + off)) if off > 0 else 0
    s = sqrt(2 * (t1 + t2))
    return s if on - a * off > 0 else -s


for z in (3, 5, 10, 20, 30, 40):
    print("Q(%d) =" % z, mp.nstr(q(z), 20), " ln =", mp.nstr(log(q(z)), 20))
print("z(ln p = -1000) =", mp.nstr(z_of_logq(-1000), 20))
print("z(ln p = -5000) =", mp.nstr(z_of_logq(-5000), 20))
for o, mu in ((100, 1), (300, 2), (0, 800), (5, 1000), (10, 10), (25, 10), (3, 10.5), (1000, 900), (2000, 1000)):
    print("known(o=%d, mu=%s) =" % (o, mu), mp.nstr(known_background_sigma(o, mu), 20))
print("LiMa(18, 97, 0.1) =", mp.nstr(li_ma(18, 97, 0.1), 20))
print("LiMa(0, 10, 0.5) =", mp.nstr(li_ma(0, 10, 0.5), 20))
