#!/usr/bin/env python3
"""Sankranti fixture: tests/data/panchang_sankranti.csv.

    nice -n 10 tools/panchang/.venv/bin/python tools/panchang/gen_sankranti.py   # ~15 s

Every entry of the sidereal Sun into a rashi from 1950-01-01 to 2050-01-01
(UT): the roots of floor(sidereal Sun / 30 deg), with the sidereal Sun as in
gen_panchang.py's panchang_limbs.csv -- skyfield 1.55 + DE421 apparent
longitude of date (ecliptic of date, TT = UT + swe.deltat(UT)) minus Swiss's
true Lahiri ayanamsa (swe.set_sid_mode(SIDM_LAHIRI);
swe.get_ayanamsa_ex_ut(jd_ut, 0), which includes the nutation in
longitude). Crossings are bracketed on a 1-day grid and bisected to 1e-10
day (vectorised).

skyfield is MIT, pyswisseph AGPL: both are only called here.
"""
import datetime
import os
import sys
import tempfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(REPO, 'tests', 'data')

import swisseph as swe  # noqa: E402
from skyfield.api import load_file, load  # noqa: E402
from skyfield.framelib import ecliptic_frame  # noqa: E402
import skyfield_data  # noqa: E402

os.environ.pop('SE_EPHE_PATH', None)
os.chdir(tempfile.mkdtemp())
BSP = os.path.join(os.path.dirname(skyfield_data.__file__), 'data', 'de421.bsp')
eph = load_file(BSP)
ts = load.timescale(builtin=True)
EARTH, SUN = eph['earth'], eph['sun']
RASHIS = ['Mesha', 'Vrishabha', 'Mithuna', 'Karka', 'Simha', 'Kanya', 'Tula', 'Vrishchika', 'Dhanu', 'Makara',
          'Kumbha', 'Meena']


def sidereal_sun(jd_ut):
    jd_ut = np.atleast_1d(np.asarray(jd_ut, dtype=float))
    t = ts.tt_jd(jd_ut + np.array([swe.deltat(j) for j in jd_ut]))
    _, lon, _ = EARTH.at(t).observe(SUN).apparent().frame_latlon(ecliptic_frame)
    swe.set_sid_mode(swe.SIDM_LAHIRI)
    aya = np.array([swe.get_ayanamsa_ex_ut(j, 0)[1] for j in jd_ut])
    return (lon.degrees - aya) % 360.0


def main():
    start, end = swe.julday(1950, 1, 1, 0.0), swe.julday(2050, 1, 1, 0.0)
    grid = np.arange(start, end + 1.0, 1.0)
    sign = np.floor(sidereal_sun(grid) / 30.0).astype(int)
    i = np.nonzero(sign[1:] != sign[:-1])[0]
    lo, hi, after = grid[i], grid[i + 1], sign[i + 1]
    for _ in range(40):
        mid = 0.5 * (lo + hi)
        now = np.floor(sidereal_sun(mid) / 30.0).astype(int)
        past = now == after
        hi = np.where(past, mid, hi)
        lo = np.where(past, lo, mid)
    roots = 0.5 * (lo + hi)
    keep = (roots >= start) & (roots < end)
    roots, after = roots[keep], after[keep]
    with open(os.path.join(DATA, 'panchang_sankranti.csv'), 'w') as f:
        f.write('# Sankrantis 1950-2049: the sidereal Sun (Lahiri) enters each rashi (panchang_sankranti.csv)\n'
                f'# generator: tools/panchang/gen_sankranti.py, date {datetime.date.today()}; python '
                f'{sys.version.split()[0]}; skyfield 1.55 + DE421 (skyfield-data 7.0.0); pyswisseph {swe.version}\n'
                '# sidereal Sun = skyfield apparent ecliptic longitude of date (TT = UT + swe.deltat) - '
                'swe.get_ayanamsa_ex_ut(jd_ut, 0)[1] with SIDM_LAHIRI (true ayanamsa); jd_ut: root of floor(sidereal Sun / '
                '30) stepping to rashi (1 = Mesha), 1-day brackets bisected to 1e-10 day\n')
        f.write('rashi,name,jd_ut\n')
        for t, k in zip(roots, after):
            f.write(f'{k % 12 + 1},{RASHIS[k % 12]},{float(t)!r}\n')
    print(f'{len(roots)} sankrantis', file=sys.stderr)


if __name__ == '__main__':
    main()
