"""Truth sampler: geocentric apparent ecliptic-of-date positions via skyfield.

``sample(code, jd_tt)`` returns (lon_deg, lat_deg, dist_au) for TT Julian
dates, computed exactly as

    earth.at(t).observe(body).apparent().frame_latlon(ecliptic_frame)

with ``t = ts.tt_jd(...)`` and the kernel chosen by date:
DE421 (``de421.bsp`` from PyPI skyfield-data 7.0.0) on [JOIN1, JOIN2),
DE405 (PyPI ``de405`` through :mod:`oldformat`) elsewhere.
"""
import os
import sys
import warnings

import numpy as np

warnings.filterwarnings('ignore', message='.*finals2000A.all has expired.*')

from skyfield.api import load, load_file  # noqa: E402
from skyfield.framelib import ecliptic_frame  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from oldformat import OldFormatKernel  # noqa: E402

# 1900-01-01 00:00 TT and 2050-01-01 00:00 TT
JOIN1 = 2415020.5
JOIN2 = 2469807.5
# Declared table range: 1600-01-01 00:00 TT .. 2201-01-01 00:00 TT
RANGE_START = 2305447.5
RANGE_END = 2524958.5

BODIES = [  # (name, skyfield/NAIF code)
    ('Sun', 10), ('Moon', 301), ('Mercury', 1), ('Venus', 2), ('Mars', 4),
    ('Jupiter', 5), ('Saturn', 6), ('Uranus', 7), ('Neptune', 8),
    ('Pluto', 9),
]

# Pseudo-body: (delta psi, delta epsilon, mean obliquity) in degrees, as
# skyfield uses them (IAU 2000A nutation, IAU 2006 mean obliquity).
NUTATION = 'nutation'

_ts = None
MEAN_EQUINOX = True
_kernels = {}


def timescale():
    global _ts
    if _ts is None:
        _ts = load.timescale(builtin=True)
    return _ts


def kernel(name):
    k = _kernels.get(name)
    if k is None:
        if name == 'de421':
            from skyfield_data import get_skyfield_data_path
            k = load_file(os.path.join(get_skyfield_data_path(), 'de421.bsp'))
        elif name == 'de405':
            import de405
            k = OldFormatKernel(de405)
        elif name == 'de421old':
            import de421
            k = OldFormatKernel(de421)
        else:
            raise ValueError(name)
        _kernels[name] = k
    return k


def kernel_for(jd):
    """Kernel name used as truth at TT Julian date ``jd`` (scalar)."""
    return 'de421' if JOIN1 <= jd < JOIN2 else 'de405'


def sample_kernel(kname, code, whole, frac=None):
    """Apparent (lon deg in [0,360), lat deg, dist au) from one kernel.

    With MEAN_EQUINOX (the tables' convention) the longitude is counted
    from the mean equinox of date: lon_true - delta_psi."""
    k = kernel(kname)
    ts = timescale()
    whole = np.atleast_1d(np.asarray(whole, dtype=float))
    if frac is None:
        frac = np.zeros_like(whole)
    t = ts.tt_jd(whole, frac)
    if code == NUTATION:
        dpsi, deps = t._nutation_angles_radians
        return (np.degrees(dpsi), np.degrees(deps),
                np.degrees(t._mean_obliquity_radians))
    a = k[399].at(t).observe(k[code]).apparent()
    lat, lon, dist = a.frame_latlon(ecliptic_frame)
    if MEAN_EQUINOX:
        # Longitude from the mean equinox of date: the true ecliptic-of-date
        # frame is the nutation-free mean ecliptic frame turned by dpsi about
        # the ecliptic pole, so lon_true = lon_mean + dpsi exactly.
        dpsi = np.degrees(t._nutation_angles_radians[0])
        return (lon.degrees - dpsi) % 360.0, lat.degrees, dist.au
    return lon.degrees, lat.degrees, dist.au


def sample(code, whole, frac=None, kname=None, chunk=20000):
    """Truth for arbitrary TT dates (``whole + frac``); chooses kernels by
    date unless ``kname`` is given.  Arrays of any length (chunked)."""
    whole = np.atleast_1d(np.asarray(whole, dtype=float))
    if frac is None:
        frac = np.zeros_like(whole)
    frac = np.broadcast_to(frac, whole.shape)
    out = [np.empty(whole.shape) for _ in range(3)]
    jd = whole + frac
    if kname is None:
        groups = [('de421', (jd >= JOIN1) & (jd < JOIN2))]
        groups.append(('de405', ~groups[0][1]))
    else:
        groups = [(kname, np.ones(whole.shape, bool))]
    for kn, mask in groups:
        idx = np.nonzero(mask)[0]
        for s in range(0, len(idx), chunk):
            ii = idx[s:s + chunk]
            r = sample_kernel(kn, code, whole[ii], frac[ii])
            for o, v in zip(out, r):
                o[ii] = v
    return out
