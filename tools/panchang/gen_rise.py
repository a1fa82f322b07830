#!/usr/bin/env python3
"""Rise, set and transit fixture: tests/data/rise_swe.csv.

    nice -n 10 tools/panchang/.venv/bin/python tools/panchang/gen_rise.py

For N_PAIRS random (instant, place) pairs, latitudes -60..+60, years
1800-2150, calls pyswisseph 2.10.3.2 swe.rise_trans for the Sun and the Moon:

  def=hindu        rsmi = CALC_RISE|SET | BIT_HINDU_RISING   (disc centre,
                   no refraction, geocentric, ecliptic latitude ignored)
  def=astronomical rsmi = CALC_RISE|SET, atpress 1013.25 hPa, attemp 10 C
                   (upper limb, refraction, topocentric, true position)
  def=transit      rsmi = CALC_MTRANSIT (topocentric right ascension)

All with flags = FLG_SWIEPH and no ephemeris files: Swiss falls back to its
analytic Moshier Sun and Moon (up to ~3" off JPL for the Moon).  To measure
how much of a difference is that, the Hindu events of 1900-2049 are also
root-found independently with skyfield 1.55 + DE421: apparent geocentric
longitude in the true ecliptic of date, latitude set to 0, rotated to the
true equator of date with skyfield's frames (IAU 2006/2000A), hour angle
from skyfield's GAST at UT1 = the Swiss UT, TT = UT + swe.deltat(UT).
Column sky_jd_ut (empty outside 1900-2049).  Column swe_slow_jd_ut is
Swiss's own slow (bisection) method for the same event, which shows where
the fast method used by default at |lat| <= 60 has not converged.

pyswisseph is AGPL and skyfield MIT; both are only called here.
"""
import datetime
import os
import random
import sys
import tempfile

import numpy as np
import swisseph as swe
from skyfield.api import load_file, load
from skyfield.framelib import ecliptic_frame, true_equator_and_equinox_of_date
import skyfield_data

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(REPO, 'tests', 'data', 'rise_swe.csv')
N_PAIRS = 150
SEED = 20261201

# Swiss's default search path includes '.', so run from an empty directory.
os.environ.pop('SE_EPHE_PATH', None)
os.chdir(tempfile.mkdtemp())

BSP = os.path.join(os.path.dirname(skyfield_data.__file__), 'data', 'de421.bsp')
eph = load_file(BSP)
ts = load.timescale(builtin=True)
EARTH = eph['earth']
BODIES = {'Sun': eph['sun'], 'Moon': eph['moon']}
SWE = {'Sun': swe.SUN, 'Moon': swe.MOON}
FORCE_SLOW = 32768  # SE_BIT_FORCE_SLOW_METHOD


def sky_height(body, jd_ut, lat, lon):
    """Hindu height (deg) of `body` for an array of UT instants."""
    jd_ut = np.atleast_1d(jd_ut)
    dt = np.array([swe.deltat(j) for j in jd_ut])
    t = ts.tt_jd(jd_ut + dt)
    lat_e, lon_e, _ = EARTH.at(t).observe(BODIES[body]).apparent().frame_latlon(ecliptic_frame)
    lam = lon_e.radians
    v_ecl = np.array([np.cos(lam), np.sin(lam), np.zeros_like(lam)])
    r_ecl = ecliptic_frame.rotation_at(t)             # ICRS -> ecliptic of date
    r_eq = true_equator_and_equinox_of_date.rotation_at(t)  # ICRS -> equator of date
    v_eq = np.einsum('ij...,jk...,k...->i...', r_eq, np.swapaxes(r_ecl, 0, 1), v_ecl)
    ra = np.arctan2(v_eq[1], v_eq[0])
    dec = np.arctan2(v_eq[2], np.hypot(v_eq[0], v_eq[1]))
    t_ut = ts.ut1_jd(jd_ut)
    ha = np.radians(t_ut.gast * 15.0 + lon) - ra
    phi = np.radians(lat)
    sin_h = np.sin(phi) * np.sin(dec) + np.cos(phi) * np.cos(dec) * np.cos(ha)
    return np.degrees(np.arcsin(sin_h))


def sky_root(body, t_guess, lat, lon):
    """Newton/secant from the Swiss instant (a few seconds away)."""
    t = t_guess
    for _ in range(6):
        d = 2.0 / 86400.0
        h = sky_height(body, np.array([t - d, t, t + d]), lat, lon)
        slope = (h[2] - h[0]) / (2 * d)
        step = -h[1] / slope
        t += step
        if abs(step) < 1e-9:
            break
    return t


def main():
    rng = random.Random(SEED)
    rows = []
    for i in range(N_PAIRS):
        year = rng.uniform(1800.0, 2150.0)
        if i % 3 == 0:
            year = rng.uniform(1900.0, 2049.0)  # a third inside DE421 for the skyfield check
        jd = 2451545.0 + (year - 2000.0) * 365.25
        lat = rng.uniform(-60.0, 60.0)
        lon = rng.uniform(-180.0, 180.0)
        elev = rng.choice([0.0, rng.uniform(0.0, 2500.0)])
        geopos = (lon, lat, elev)
        for body in ('Sun', 'Moon'):
            for definition, bits, press, temp in (
                ('hindu', swe.BIT_HINDU_RISING, 0.0, 0.0),
                ('astronomical', 0, 1013.25, 10.0),
            ):
                for event, calc in (('rise', swe.CALC_RISE), ('set', swe.CALC_SET)):
                    res, tret = swe.rise_trans(jd, SWE[body], calc | bits, geopos, press, temp, swe.FLG_SWIEPH)
                    if res != 0:
                        continue
                    t = tret[0]
                    sky = ''
                    if definition == 'hindu' and 2415020.5 <= t < 2469807.5:
                        sky = repr(float(sky_root(body, t, lat, lon)))
                    res2, tret2 = swe.rise_trans(jd, SWE[body], calc | bits | FORCE_SLOW, geopos, press, temp, swe.FLG_SWIEPH)
                    slow = repr(tret2[0]) if res2 == 0 else ''
                    rows.append((body, definition, event, repr(jd), repr(lat), repr(lon), repr(elev), repr(t), slow, sky))
            res, tret = swe.rise_trans(jd, SWE[body], swe.CALC_MTRANSIT, geopos, 0.0, 0.0, swe.FLG_SWIEPH)
            if res == 0:
                rows.append((body, 'transit', 'upper_transit', repr(jd), repr(lat), repr(lon), repr(elev), repr(tret[0]), '', ''))
    with open(OUT, 'w') as f:
        f.write('# Rising, setting and transit of the Sun and Moon (rise_swe.csv)\n')
        f.write(f'# generator: tools/panchang/gen_rise.py, date {datetime.date.today()}, seed {SEED}\n')
        f.write(f'# python {sys.version.split()[0]}; pyswisseph {swe.version} (pyswisseph 2.10.3.2), no ephemeris files '
                '(Moshier Sun and Moon); skyfield 1.55 + DE421 (skyfield-data 7.0.0)\n')
        f.write('# call: swe.rise_trans(start_jd_ut, body, rsmi, (lon, lat, elev), atpress, attemp, swe.FLG_SWIEPH)[1][0]\n')
        f.write('#   def=hindu: rsmi = CALC_RISE or CALC_SET | BIT_HINDU_RISING, atpress = attemp = 0\n')
        f.write('#   def=astronomical: rsmi = CALC_RISE or CALC_SET (upper limb, refraction, topocentric), atpress 1013.25, attemp 10\n')
        f.write('#   def=transit: rsmi = CALC_MTRANSIT (topocentric right ascension)\n')
        f.write('# swe_slow_jd_ut: the same call with rsmi | SE_BIT_FORCE_SLOW_METHOD (32768): Swiss\'s bisection method '
                '(2-hour scan, 20 halvings) instead of its fast Newton method used for |lat| <= 60 (Sun 65)\n')
        f.write('# sky_jd_ut: the hindu event root-found with skyfield + DE421 (apparent longitude of date, latitude 0, '
                'true equator of date, GAST at UT1 = UT, TT = UT + swe.deltat); empty outside 1900-2049\n')
        f.write('# instants: start_jd_ut = 2451545 + (year - 2000) * 365.25, year uniform in 1800-2150 (every third pair 1900-2049); '
                'latitude uniform -60..60, longitude -180..180, elevation 0 or uniform 0..2500 m\n')
        f.write('body,def,event,start_jd_ut,lat,lon,elev,swe_jd_ut,swe_slow_jd_ut,sky_jd_ut\n')
        for r in rows:
            f.write(','.join(r) + '\n')
    print(f'{len(rows)} rows -> {OUT}')


if __name__ == '__main__':
    main()
