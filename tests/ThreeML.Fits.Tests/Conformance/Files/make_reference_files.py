# Writes the reference files read by ExternalWriterConformanceTests, with writers independent of ours.
# (TSCAL/TZERO scaling of a J column is covered by hand-built bytes instead: astropy 5.2.1 fails to write it.)
# Produced with Debian 12 python3-astropy 5.2.1 (numpy 1.24):
#   /usr/bin/python3 make_reference_files.py
import numpy as np
from astropy.io import fits

primary = fits.PrimaryHDU()
primary.header['OBJECT'] = ("GRB 080916C", "target")
primary.header['LONGSTR'] = "This is a long string value that needs CONTINUE cards: " + "it's " * 20
primary.header['HISTORY'] = "written by make_reference_files.py"
primary.header['COMMENT'] = "reference file for ThreeML.Fits"
primary.header['DVALUE'] = 1.25e-7
primary.header['BIGINT'] = 1234567890123

vla = np.array([np.array([1.5, 2.5]), np.array([], dtype=np.float64), np.array([3.5, 4.5, 5.5])], dtype=object)
cols = [
    fits.Column('L', 'L', array=np.array([True, False, True])),
    fits.Column('X', '10X', array=np.array([[1, 0, 1, 0, 0, 0, 0, 0, 1, 1]] * 3, dtype=bool)),
    fits.Column('B', 'B', array=np.array([0, 128, 255], dtype=np.uint8)),
    fits.Column('I', 'I', array=np.array([-32768, 0, 32767], dtype=np.int16)),
    fits.Column('J', 'J', array=np.array([-2147483648, 0, 2147483647], dtype=np.int32)),
    fits.Column('K', 'K', array=np.array([-9223372036854775808, 0, 9223372036854775807], dtype=np.int64)),
    fits.Column('E', 'E', unit='keV', array=np.array([1.25, -2.0, 3.0e30], dtype=np.float32)),
    fits.Column('D', 'D', array=np.array([0.1, -1.0e-300, 2.0])),
    fits.Column('A', '6A', array=np.array(['abc', '', "it's"])),
    fits.Column('C', 'C', array=np.array([1 + 2j, -1j, 0], dtype=np.complex64)),
    fits.Column('M', 'M', array=np.array([3 - 4j, 1, 0], dtype=np.complex128)),
    fits.Column('U16', 'I', bzero=32768, array=np.array([0, 32768, 65535], dtype=np.uint16)),
    fits.Column('U32', 'J', bzero=2147483648, array=np.array([0, 1, 4294967295], dtype=np.uint32)),
    fits.Column('NULLED', 'J', null=-999, array=np.array([1, -999, 3], dtype=np.int32)),
    fits.Column('MAT', '6D', dim='(3,2)', array=np.arange(18, dtype=np.float64).reshape(3, 2, 3)),
    fits.Column('VLA', 'PD()', array=vla),
    fits.Column('VLAJ', 'QJ()', array=np.array([np.array([1], dtype=np.int32), np.array([2, 3], dtype=np.int32), np.array([], dtype=np.int32)], dtype=object)),
]
table = fits.BinTableHDU.from_columns(cols, name='ALLTYPES')

ascii = fits.TableHDU.from_columns([
    fits.Column('NAME', 'A6', array=np.array(['alpha', 'beta'])),
    fits.Column('COUNT', 'I5', array=np.array([42, -7])),
    fits.Column('FIXED', 'F8.2', array=np.array([3.25, 12.34])),
    fits.Column('EXP', 'E10.3', array=np.array([150.0, -0.025])),
    fits.Column('DEXP', 'D12.4', array=np.array([0.25, -1.0e10])),
], name='ASCII')

u16 = fits.ImageHDU(np.array([[0, 1, 65535], [32768, 2, 3]], dtype=np.uint16), name='U16IMG')
i8 = fits.ImageHDU(np.array([-128, 0, 127], dtype=np.int8), name='I8IMG')
f32 = fits.ImageHDU(np.array([[1.5, -2.5], [np.nan, 4.0]], dtype=np.float32), name='F32IMG')
i64 = fits.ImageHDU(np.array([-(2 ** 62), 5], dtype=np.int64), name='I64IMG')
f64 = fits.ImageHDU(np.arange(24, dtype=np.float64).reshape(2, 3, 4), name='F64IMG')

hdus = fits.HDUList([primary, table, ascii, u16, i8, f32, i64, f64])
hdus.writeto('astropy_all.fits', overwrite=True, checksum=True)
hdus.writeto('astropy_all.fits.gz', overwrite=True)
