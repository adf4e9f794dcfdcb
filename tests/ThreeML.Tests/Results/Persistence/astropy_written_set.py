"""Makes AstropyWrittenSet.cs's file: a results set laid out as threeML's AnalysisResultsFITS writes it (io/fits_file.py
FITSExtension and analysis_results.py ANALYSIS_RESULTS / SEQUENCE, followed step by step), written by astropy.
Run with Debian's python3-astropy and python3-yaml; prints the gzip-compressed file as base64."""
import base64
import gzip
import io

import numpy as np
from astropy.io import fits

SOURCE = open("ThreeMLModelYaml.cs").read()
YAML = "\n".join(line[8:] for line in SOURCE.split('"""')[1].split("\n")[1:-2]) + "\n"
SUBS = (("\n", "_NEWLINE_"), ("'", "_QUOTE1_"), ('"', "_QUOTE2_"), ("{", "_PARO_"), ("}", "_PARC_"))
K, INDEX = "grb.spectrum.main.Powerlaw.K", "grb.spectrum.main.Powerlaw.index"


def escape(text):
    for raw, escaped in SUBS:
        text = text.replace(raw, escaped)
    return text


def extension(data_tuple, header_tuple):
    columns = []
    for name, data in data_tuple:
        first = data[0]
        if isinstance(first, str):
            fmt = "%iA" % max(len(max(data, key=len)), 1)
        elif np.isscalar(first):
            fmt = "D"
        else:
            fmt = "%iD" % len(first)
        columns.append(fits.Column(name=name, format=fmt, unit=None, array=data))
    hdu = fits.BinTableHDU.from_columns(fits.ColDefs(columns), header=fits.Header(header_tuple))
    hdu.header.set("CREATOR", "3ML v.4.0.0", "(G.Vianello, giacomov@slac.stanford.edu)")
    return hdu


def results(kind):
    n = 2
    if kind == "MLE":
        covariance, samples, dummy = np.array([[4e-4, 1e-4], [1e-4, 2.5e-3]]), np.zeros(n), np.zeros(n)
    else:
        covariance = np.zeros(n)
        k = [0.012 if i == 3 else 0.011 + 0.0001 * i for i in range(20)]
        index = [-2.1 if i == 3 else -2.2 + 0.01 * i for i in range(20)]
        samples = np.vstack([k, index])
        dummy = np.zeros(samples.shape)
        dummy[0] = [-100.0 if i == 3 else -101.0 - 0.1 * i for i in range(20)]
    data = [("NAME", [K, INDEX]), ("VALUE", np.array([0.012, -2.1])), ("NEGATIVE_ERROR", np.array([-0.0005, -0.05])),
            ("POSITIVE_ERROR", np.array([0.0006, 0.05])), ("ERROR", np.array([0.00055, 0.05])),
            ("UNIT", np.array(["1 / (cm2 keV s)", ""], np.str_)), ("COVARIANCE", covariance), ("LOG_PROB", dummy),
            ("SAMPLES", samples)]
    header = [("EXTNAME", "ANALYSIS_RESULTS", "Extension name"), ("MODEL", None, "A pseudo-yaml serialization of the model"),
              ("ORIGIN", "3ML", "Multi-Mission Max. Likelihood v. 4.0.0"),
              ("RESUTYPE", None, "Analysis producing results (MLE or Bayesian)")]
    hdu = extension(data, header)
    hdu.header.set("MODEL", escape(YAML))
    hdu.header.set("RESUTYPE", kind)
    hdu.header.set("STAT0", 123.4 if kind == "MLE" else -95.5, comment="Stat. value for plugin 0")
    hdu.header.set("PN0", "xrt", comment="Name of plugin 0")
    for i, measure in enumerate(["AIC", "BIC"] if kind == "MLE" else ["AIC", "BIC", "DIC", "PDIC", "log(Z)"]):
        hdu.header.set("MEAS%i" % i, measure, comment="Measure type %i" % i)
        hdu.header.set("MV%i" % i, 250.0 + i, comment="Measure value %i" % i)
    return hdu


sequence = extension([("VALUE", np.array([1.0, 2.0]))], [("EXTNAME", "SEQUENCE", "Extension name"),
                     ("ORIGIN", "3ML", "Multi-Mission Max. Likelihood v. 4.0.0"), ("SEQ_TYPE", None, "Description of sequence type")])
sequence.header.set("SEQ_TYPE", "unspecified")
analyses = [results("MLE"), results("Bayesian")]
for i, hdu in enumerate(analyses):
    hdu.header.set("EXTVER", i + 1)
primary = fits.PrimaryHDU()
primary.header.set("DATE", "2025-06-01T12:00:00.000000")
primary.header.set("ORIGIN", "3ML", comment="Multi-Mission Max. Likelihood v. 4.0.0")
buffer = io.BytesIO()
fits.HDUList([primary, sequence] + analyses).writeto(buffer)
print(base64.b64encode(gzip.compress(buffer.getvalue(), 9, mtime=0)).decode())
