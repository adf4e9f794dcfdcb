#!/usr/bin/python3
"""Side-by-side comparison of ThreeML.NET's figures with matplotlib renderings of the same data.

Not part of the build or of CI: a tool for looking at our figures beside what 3ML users see every day (corner.py
corner plots, matplotlib log axes). corner.py is not packaged for Debian, so the corner figure is drawn with
matplotlib directly the way corner.py draws it: 2-D histograms smoothed by a Gaussian of one bin and filled between
highest-density levels, 1-D step histograms with the 16/50/84 % quantiles dashed, titles "name = value +err -err".

Needs: python3-matplotlib and python3-astropy (Debian: apt-get install -y python3-matplotlib python3-astropy).

Usage (from the repository root):
  scripts/threeml tutorial flux-examples --out /tmp/tut
  scripts/threeml fit examples/analyses/xmm_pn_absorbed_powerlaw.yml --out /tmp/xmm   # with plots: [count_spectra]
  /usr/bin/python3 tools/compare-figures/compare_figures.py --tutorial /tmp/tut --xmm /tmp/xmm \
      --pha ../shared/data/heacit/XMM-Newton/EPIC-PN/PN.pha --out /tmp/compare

It writes, for each figure, the matplotlib rendering at our figure's pixel size and a side-by-side PNG
(ours left, matplotlib right). See docs/design/0016-readable-figures-and-run-summaries.md for what was compared.
"""
import argparse
import math
import os

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from astropy.io import fits  # noqa: E402
from PIL import Image  # noqa: E402

SIGMA_LEVELS = [1.0 - math.exp(-0.5 * k * k) for k in (1, 2, 3)]  # the mass inside 1, 2, 3 sigma of a 2-D Gaussian


def gaussian_smooth(h, sigma=1.0):
    """Separable Gaussian smoothing (scipy.ndimage.gaussian_filter with mode 'constant', written out)."""
    radius = int(4 * sigma + 0.5)
    x = np.arange(-radius, radius + 1)
    kernel = np.exp(-0.5 * (x / sigma) ** 2)
    kernel /= kernel.sum()
    h = np.apply_along_axis(lambda r: np.convolve(r, kernel, mode="same"), 0, h)
    return np.apply_along_axis(lambda r: np.convolve(r, kernel, mode="same"), 1, h)


def density_levels(h, masses):
    """Thresholds of h enclosing each mass of the total, highest density first (corner.py's hist2d levels)."""
    flat = np.sort(h.ravel())[::-1]
    cumulative = np.cumsum(flat)
    cumulative /= cumulative[-1]
    levels = []
    for m in masses:
        i = np.searchsorted(cumulative, m)
        levels.append(flat[min(i, len(flat) - 1)])
    return sorted(levels)


def title(name, samples):
    q16, q50, q84 = np.quantile(samples, [0.16, 0.5, 0.84])
    return f"{name} = ${q50:.3g}^{{+{q84 - q50:.2g}}}_{{-{q50 - q16:.2g}}}$"


def corner_figure(samples, names, size_px, path, bins=20):
    """A corner plot the way corner.py draws one (its defaults: 20 bins, smooth=1, quantile lines, titles)."""
    k = len(names)
    dpi = 100
    fig, axes = plt.subplots(k, k, figsize=(size_px[0] / dpi, size_px[1] / dpi), dpi=dpi)
    fig.subplots_adjust(left=0.1, bottom=0.1, right=0.97, top=0.95, wspace=0.05, hspace=0.05)
    ranges = [np.quantile(s, [0.0005, 0.9995]) for s in samples]
    for r in range(k):
        for c in range(k):
            ax = axes[r, c]
            if c > r:
                ax.set_axis_off()
                continue
            if c == r:
                ax.hist(samples[c], bins=bins, range=ranges[c], histtype="step", color="k")
                for q in np.quantile(samples[c], [0.16, 0.5, 0.84]):
                    ax.axvline(q, ls="dashed", color="k")
                ax.set_yticks([])
                ax.set_title(title(names[c], samples[c]), fontsize=10)
            else:
                h, xe, ye = np.histogram2d(samples[c], samples[r], bins=bins, range=[ranges[c], ranges[r]])
                h = gaussian_smooth(h.T)
                xc, yc = 0.5 * (xe[1:] + xe[:-1]), 0.5 * (ye[1:] + ye[:-1])
                levels = density_levels(h, SIGMA_LEVELS)
                ax.plot(samples[c], samples[r], ",", color="k", alpha=0.1)
                ax.contourf(xc, yc, h, levels=levels + [h.max() * 1.01], cmap="Greys", alpha=0.6)
                ax.contour(xc, yc, h, levels=levels, colors="k", linewidths=1)
                ax.set_ylim(ranges[r])
            ax.set_xlim(ranges[c])
            ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(4, prune="lower"))
            if c != r:
                ax.yaxis.set_major_locator(matplotlib.ticker.MaxNLocator(4, prune="lower"))
            if r < k - 1:
                ax.set_xticklabels([])
            else:
                ax.set_xlabel(names[c])
                [t.set_rotation(45) for t in ax.get_xticklabels()]
            if c > 0 and c != r:
                ax.set_yticklabels([])
            elif c == 0 and r > 0:
                ax.set_ylabel(names[r])
                [t.set_rotation(45) for t in ax.get_yticklabels()]
    fig.savefig(path, dpi=dpi)
    plt.close(fig)


def count_spectrum_figure(pha, size_px, path, min_counts=20):
    """Net count rate of an OGIP spectrum on log axes, grouped to min_counts source counts (data only)."""
    with fits.open(pha) as f:
        counts = f["SPECTRUM"].data["COUNTS"].astype(float)
        exposure = f["SPECTRUM"].header["EXPOSURE"]
        folder = os.path.dirname(pha)
        rmf = os.path.join(folder, f["SPECTRUM"].header.get("RESPFILE", "PN.rmf").strip())
    with fits.open(rmf) as f:
        e_lo, e_hi = f["EBOUNDS"].data["E_MIN"], f["EBOUNDS"].data["E_MAX"]
    use = np.where((e_lo >= 0.3) & (e_hi <= 10))[0]
    groups, start, total = [], use[0], 0.0
    for i in use:
        total += counts[i]
        if total >= min_counts:
            groups.append((start, i))
            start, total = i + 1, 0.0
    lo = np.array([e_lo[a] for a, _ in groups])
    hi = np.array([e_hi[b] for _, b in groups])
    n = np.array([counts[a:b + 1].sum() for a, b in groups])
    rate = n / exposure / (hi - lo)
    err = np.sqrt(n) / exposure / (hi - lo)
    dpi = 100
    fig, ax = plt.subplots(figsize=(size_px[0] / dpi, size_px[1] / dpi), dpi=dpi)
    ax.errorbar(np.sqrt(lo * hi), rate, xerr=[np.sqrt(lo * hi) - lo, hi - np.sqrt(lo * hi)], yerr=err, fmt=".", ms=3)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("Energy (keV)")
    ax.set_ylabel("Net rate (counts s$^{-1}$ keV$^{-1}$)")
    fig.tight_layout()
    fig.savefig(path, dpi=dpi)
    plt.close(fig)


def side_by_side(ours, theirs, path):
    a, b = Image.open(ours).convert("RGB"), Image.open(theirs).convert("RGB")
    out = Image.new("RGB", (a.width + b.width, max(a.height, b.height)), "white")
    out.paste(a, (0, 0))
    out.paste(b, (a.width, 0))
    out.save(path)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--tutorial", help="output folder of `threeml tutorial flux-examples` (results.fits, corner.png)")
    p.add_argument("--xmm", help="output folder of the XMM-pn example fit with plots: [count_spectra]")
    p.add_argument("--pha", help="the XMM-pn PHA file the fit used (its RESPFILE beside it)")
    p.add_argument("--out", required=True)
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    if a.tutorial:
        with fits.open(os.path.join(a.tutorial, "results.fits")) as f:
            table = f["ANALYSIS_RESULTS"].data
            names = [n.strip().split(".")[-1] for n in table["NAME"]]
            samples = [np.asarray(row, dtype=float) for row in table["SAMPLES"]]
        ours = os.path.join(a.tutorial, "corner.png")
        theirs = os.path.join(a.out, "corner_matplotlib.png")
        corner_figure(samples, names, Image.open(ours).size, theirs)
        side_by_side(ours, theirs, os.path.join(a.out, "corner_side_by_side.png"))
    if a.xmm and a.pha:
        ours = os.path.join(a.xmm, "count_spectra.png")
        theirs = os.path.join(a.out, "count_spectrum_matplotlib.png")
        count_spectrum_figure(a.pha, Image.open(ours).size, theirs)
        side_by_side(ours, theirs, os.path.join(a.out, "count_spectrum_side_by_side.png"))


if __name__ == "__main__":
    main()
