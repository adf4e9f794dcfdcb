# Expected strings for UncertaintyFormatterTests: 3ML's uncertainty_formatter logic (threeML/io/uncertainty_formatter.py)
# evaluated with Debian 12 python3-uncertainties 3.1.6:  /usr/bin/python3 uncertainty_reference_values.py
import re
import numpy as np
import uncertainties


def fmt(v, lo, hi):
    em, ep = v - lo, hi - v
    oom = lambda x: 10 ** np.floor(np.log10(abs(x)))
    o = max(oom(v), oom(em), oom(ep))

    def tok(x):
        s = str(x).replace('+/-', ' ').replace('nan', '0')
        return re.match(r'\(?(\-?[0-9]+\.?[0-9]*) ([0-9]+\.?[0-9]*)\)?(e[\+|\-][0-9]+)?', s).groups()

    n1, u1, _ = tok(uncertainties.ufloat(v / o, abs(em / o)))
    n2, u2, _ = tok(uncertainties.ufloat(v / o, abs(ep / o)))
    num = n1 if len(n1) > len(n2) else n2
    e = int(np.log10(o))
    sm = '-' if lo - v < 0 else '+'
    sp = '-' if hi - v < 0 else '+'
    r = '%s %s%s %s%s' % (num, sm, u1, sp, u2) if u1 != u2 else '%s +/- %s' % (num, u1)
    return r if e == 0 else ('(%s) x 10' % r if e == 1 else '(%s) x 10^%s' % (r, e))


for case in [(4.5e-8, 4.1e-8, 4.9e-8), (1.13e-7, 0.87e-7, 1.40e-7), (518.3, 503.1, 532.2), (200.13, 199.95, 200.32),
             (-1.5005, -1.501, -1.5), (1.0, 0.99, 91.0), (2.0654165302561176, 1.8964285540774903, 2.258351181083906),
             (0.007246983827522666, 0.007231956504681066, 0.007261898656460714), (123456.0, 123000.0, 124000.0),
             (3.0, 2.0, 4.0), (0.96, 0.0, 1.96)]:
    print(case, '=>', fmt(*case))
