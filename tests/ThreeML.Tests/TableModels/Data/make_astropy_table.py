"""Writes astropy_powerlaw_table.fits, an OGIP/92-009 additive table written independently of ThreeML.NET
(astropy 5.2.1, /usr/bin/python3 make_astropy_table.py). Interpolation parameter alpha (1, 2, 3; linear), a
frozen second parameter beta (0.5, 1.5; logarithmic) that the spectra do not depend on, one additional parameter
'line' whose ADDSP001 spectrum is 1 photon/cm^2/s in bin 4, REDSHIFT = T. INTPSPEC holds the closed form
int E^-alpha dE over each bin, in double precision (the memo allows any numeric type)."""
import numpy as np
from astropy.io import fits

lo = np.arange(1.0, 10.0)
hi = lo + 1.0

def band(alpha):
    return np.log(hi / lo) if alpha == 1 else (lo ** (1 - alpha) - hi ** (1 - alpha)) / (alpha - 1)

alphas = [1.0, 2.0, 3.0]
betas = [0.5, 1.5]
primary = fits.PrimaryHDU()
for k, v in [("HDUCLASS", "OGIP"), ("HDUCLAS1", "XSPEC TABLE MODEL"), ("HDUVERS", "1.0.0"), ("MODLNAME", "plaw"),
             ("MODLUNIT", "photons/cm^2/s"), ("REDSHIFT", True), ("ADDMODEL", True)]:
    primary.header[k] = v
params = fits.BinTableHDU.from_columns([
    fits.Column(name="NAME", format="12A", array=["alpha", "beta", "line"]),
    fits.Column(name="METHOD", format="J", array=[0, 1, 0]),
    fits.Column(name="INITIAL", format="E", array=[2.0, 1.0, 0.0]),
    fits.Column(name="DELTA", format="E", array=[0.01, -0.1, 0.01]),
    fits.Column(name="MINIMUM", format="E", array=[1.0, 0.5, 0.0]),
    fits.Column(name="BOTTOM", format="E", array=[1.0, 0.5, 0.0]),
    fits.Column(name="TOP", format="E", array=[3.0, 1.5, 10.0]),
    fits.Column(name="MAXIMUM", format="E", array=[3.0, 1.5, 10.0]),
    fits.Column(name="NUMBVALS", format="J", array=[3, 2, 0]),
    fits.Column(name="VALUE", format="3E", array=[alphas, betas + [0.0], [0.0, 0.0, 0.0]]),
], name="PARAMETERS")
params.header["HDUCLASS"] = "OGIP"; params.header["HDUCLAS1"] = "XSPEC TABLE MODEL"; params.header["HDUCLAS2"] = "PARAMETERS"
params.header["NINTPARM"] = 2; params.header["NADDPARM"] = 1
energies = fits.BinTableHDU.from_columns([
    fits.Column(name="ENERG_LO", format="E", array=lo, unit="keV"),
    fits.Column(name="ENERG_HI", format="E", array=hi, unit="keV"),
], name="ENERGIES")
rows = [(a, b) for a in alphas for b in betas]
# written in reverse order: a reader must place rows by PARAMVAL, not by position
rows.reverse()
line = np.zeros(9); line[4] = 1.0
spectra = fits.BinTableHDU.from_columns([
    fits.Column(name="PARAMVAL", format="2E", array=np.array(rows)),
    fits.Column(name="INTPSPEC", format="9D", array=np.array([band(a) for a, b in rows])),
    fits.Column(name="ADDSP001", format="9D", array=np.array([line for _ in rows])),
], name="SPECTRA")
fits.HDUList([primary, params, energies, spectra]).writeto("astropy_powerlaw_table.fits", overwrite=True)

# Malformed variants for the error messages: a missing column, a spectrum off the grid, a grid not increasing.
no_hi = fits.BinTableHDU.from_columns([energies.columns["ENERG_LO"]], name="ENERGIES")
fits.HDUList([primary, params, no_hi, spectra]).writeto("bad_missing_energ_hi.fits", overwrite=True)
off = spectra.copy()
off.data["PARAMVAL"][2] = [2.25, 1.5]
fits.HDUList([primary, params, energies, off]).writeto("bad_paramval_off_grid.fits", overwrite=True)
unsorted = params.copy()
unsorted.data["VALUE"][0] = [1.0, 3.0, 2.0]
fits.HDUList([primary, unsorted, energies, spectra]).writeto("bad_value_not_increasing.fits", overwrite=True)
