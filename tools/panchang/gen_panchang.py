#!/usr/bin/env python3
"""Panchang fixtures: tests/data/panchang_days.csv, panchang_limbs.csv and
panchang_pyjhora.csv.

    nice -n 10 tools/panchang/.venv/bin/python tools/panchang/gen_panchang.py

Date/place pairs: N_RANDOM random civil dates 1970-2049 at places in
fifteen IANA zones (India, Nepal, Sri Lanka, Singapore, Japan, South
Africa, the UK, Germany, the US east and west coasts, Brazil, Australia,
New Zealand), plus the daylight-saving change days of the DST zones.
Python's zoneinfo (tzdata) turns local midnight of the date into UT.

panchang_days.csv: per pair, the Hindu sunrise after local midnight and the
next one (disc centre on the geometric horizon, no refraction, geocentric,
ecliptic latitude 0): Swiss swe.rise_trans(BIT_HINDU_RISING) refined to the
root of the same definition on skyfield 1.55 + DE421 (apparent longitude of
date, true equator of date, GAST at UT1 = UT, TT = UT + swe.deltat).

panchang_limbs.csv: every tithi (Moon - Sun, 12 deg), karana (6 deg, numbered
1-60), nakshatra (sidereal Moon, 13 deg 20') and yoga (sidereal Moon + Sun,
13 deg 20') span touching [sunrise, next sunrise], start and end root-found by
vectorised bisection (1e-10 day) on skyfield + DE421 apparent longitudes of
date, sidereal = tropical - Lahiri true ayanamsa
(swe.set_sid_mode(SIDM_LAHIRI); swe.get_ayanamsa_ex_ut(jd_ut, 0), which
includes the nutation in longitude).

panchang_pyjhora.csv: PyJHora 4.8.7 on the same pairs, ayanamsa set to LAHIRI
before every call, place = drik.Place(name, lat, lon, utc_offset_hours of the
date, elevation 0), jd = utils.julian_day_number(date, (12, 0, 0)) (PyJHora's
jd arguments are LOCAL time); tithi, nakshatra (+pada), yogam and karana
asked at PyJHora's sunrise jd (they return the limb at the jd given); vaara, lunar_month_date (amanta and purnimanta), sunrise, and its
tithi/nakshatra end times (local hours) to measure its extrapolation.

skyfield is MIT; pyswisseph and PyJHora are AGPL: all are only called here.
"""
import datetime
import os
import random
import sys
import tempfile
import zoneinfo

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
DATA = os.path.join(REPO, 'tests', 'data')

import swisseph as swe  # noqa: E402
from skyfield.api import load_file, load  # noqa: E402
from skyfield.framelib import ecliptic_frame, true_equator_and_equinox_of_date  # noqa: E402
import skyfield_data  # noqa: E402

SEED = 20261202
N_RANDOM = 300

PLACES = [
    ('Delhi', 28.6139, 77.2090, 'Asia/Kolkata'),
    ('Chennai', 13.0827, 80.2707, 'Asia/Kolkata'),
    ('Mumbai', 19.0760, 72.8777, 'Asia/Kolkata'),
    ('Kathmandu', 27.7172, 85.3240, 'Asia/Kathmandu'),
    ('Colombo', 6.9271, 79.8612, 'Asia/Colombo'),
    ('Singapore', 1.3521, 103.8198, 'Asia/Singapore'),
    ('Tokyo', 35.6762, 139.6503, 'Asia/Tokyo'),
    ('Johannesburg', -26.2041, 28.0473, 'Africa/Johannesburg'),
    ('London', 51.5074, -0.1278, 'Europe/London'),
    ('Berlin', 52.5200, 13.4050, 'Europe/Berlin'),
    ('New York', 40.7128, -74.0060, 'America/New_York'),
    ('Los Angeles', 34.0522, -118.2437, 'America/Los_Angeles'),
    ('Sao Paulo', -23.5505, -46.6333, 'America/Sao_Paulo'),
    ('Sydney', -33.8688, 151.2093, 'Australia/Sydney'),
    ('Auckland', -36.8485, 174.7633, 'Pacific/Auckland'),
]
# Clock-change days (spring forward / fall back) in the DST zones.
DST_DAYS = [
    ('London', (2023, 3, 26)), ('London', (2023, 10, 29)),
    ('Berlin', (2021, 3, 28)), ('Berlin', (2021, 10, 31)),
    ('New York', (2021, 3, 14)), ('New York', (2021, 11, 7)),
    ('Los Angeles', (2024, 3, 10)), ('Los Angeles', (2024, 11, 3)),
    ('Sydney', (2022, 4, 3)), ('Sydney', (2022, 10, 2)),
    ('Auckland', (2023, 4, 2)), ('Auckland', (2023, 9, 24)),
    ('Sao Paulo', (2018, 11, 4)), ('Sao Paulo', (2019, 2, 17)),
]

os.environ.pop('SE_EPHE_PATH', None)
os.chdir(tempfile.mkdtemp())
BSP = os.path.join(os.path.dirname(skyfield_data.__file__), 'data', 'de421.bsp')
eph = load_file(BSP)
ts = load.timescale(builtin=True)
EARTH, SUN, MOON = eph['earth'], eph['sun'], eph['moon']


def tt_of(jd_ut):
    jd_ut = np.atleast_1d(np.asarray(jd_ut, dtype=float))
    return ts.tt_jd(jd_ut + np.array([swe.deltat(j) for j in jd_ut]))


def ecl_lon(body, t):
    _, lon, _ = EARTH.at(t).observe(body).apparent().frame_latlon(ecliptic_frame)
    return lon.degrees


def lahiri(jd_ut):
    swe.set_sid_mode(swe.SIDM_LAHIRI)
    return np.array([swe.get_ayanamsa_ex_ut(j, 0)[1] for j in np.atleast_1d(jd_ut)])


def limb_values(jd_ut):
    """(elongation, sidereal Moon, sidereal Moon + Sun) in degrees [0, 360)."""
    t = tt_of(jd_ut)
    m, s = ecl_lon(MOON, t), ecl_lon(SUN, t)
    a = lahiri(jd_ut)
    return (m - s) % 360.0, (m - a) % 360.0, (m + s - 2 * a) % 360.0


def hindu_height(jd_ut, lat, lon):
    jd_ut = np.atleast_1d(jd_ut)
    t = tt_of(jd_ut)
    lam = np.radians(ecl_lon(SUN, t))
    v = np.array([np.cos(lam), np.sin(lam), np.zeros_like(lam)])
    r = np.einsum('ij...,jk...->ik...', true_equator_and_equinox_of_date.rotation_at(t),
                  np.swapaxes(ecliptic_frame.rotation_at(t), 0, 1))
    v = np.einsum('ij...,j...->i...', r, v)
    ra = np.arctan2(v[1], v[0])
    dec = np.arctan2(v[2], np.hypot(v[0], v[1]))
    ha = np.radians(ts.ut1_jd(jd_ut).gast * 15.0 + lon) - ra
    phi = np.radians(lat)
    return np.degrees(np.arcsin(np.sin(phi) * np.sin(dec) + np.cos(phi) * np.cos(dec) * np.cos(ha)))


def sunrise_after(jd_ut, lat, lon):
    res, tret = swe.rise_trans(jd_ut, swe.SUN, swe.CALC_RISE | swe.BIT_HINDU_RISING, (lon, lat, 0.0), 0.0, 0.0,
                               swe.FLG_SWIEPH)
    t = tret[0]
    for _ in range(5):
        d = 2.0 / 86400.0
        h = hindu_height(np.array([t - d, t, t + d]), lat, lon)
        step = -h[1] / ((h[2] - h[0]) / (2 * d))
        t += step
        if abs(step) < 1e-10:
            break
    return float(t)


GRIDS = [('tithi', 0, 12.0), ('karana', 0, 6.0), ('nakshatra', 1, 360.0 / 27.0), ('yoga', 2, 360.0 / 27.0)]


def limb_spans(rise, next_rise):
    """Spans touching [rise, next_rise] for each limb: (limb, number, start, end)."""
    grid = np.arange(rise - 1.6, next_rise + 1.6, 1.0 / 24.0)
    vals = limb_values(grid)
    crossings = []  # (limb, lo, hi, grid_index_after)
    for limb, which, step in GRIDS:
        idx = np.floor(vals[which] / step).astype(int)
        for i in np.nonzero(idx[1:] != idx[:-1])[0]:
            crossings.append((limb, which, step, grid[i], grid[i + 1], idx[i + 1]))
    lo = np.array([c[3] for c in crossings])
    hi = np.array([c[4] for c in crossings])
    for _ in range(40):
        mid = 0.5 * (lo + hi)
        v = limb_values(mid)
        for k, c in enumerate(crossings):
            _, which, step, _, _, after = c
            cur = int(np.floor(v[which][k] / step))
            if cur == after:
                hi[k] = mid[k]
            else:
                lo[k] = mid[k]
    roots = 0.5 * (lo + hi)
    out = []
    for limb, which, step in GRIDS:
        ts_ = sorted((roots[k], c[5]) for k, c in enumerate(crossings) if c[0] == limb)
        n = int(round(360.0 / step))
        for (t0, k0), (t1, _) in zip(ts_, ts_[1:]):
            if t1 > rise and t0 < next_rise:
                out.append((limb, k0 % n + 1, t0, t1))
    return out


def pyjhora_row(name, lat, lon, date, offset_h):
    from jhora.panchanga import drik
    from jhora import utils
    p = drik.Place(name, lat, lon, offset_h, 0.0)
    jd = utils.julian_day_number(date, (12, 0, 0))
    drik.set_ayanamsa_mode('LAHIRI')
    sr = drik.sunrise(jd, p)
    # The limb functions return the limb at the instant `jd` (local time),
    # not at sunrise: ask at PyJHora's own sunrise.
    jd_rise = sr[2]
    drik.set_ayanamsa_mode('LAHIRI')
    ti = drik.tithi(jd_rise, p)
    drik.set_ayanamsa_mode('LAHIRI')
    nk = drik.nakshatra(jd_rise, p)
    drik.set_ayanamsa_mode('LAHIRI')
    yo = drik.yogam(jd_rise, p)
    drik.set_ayanamsa_mode('LAHIRI')
    ka = drik.karana(jd_rise, p)
    drik.set_ayanamsa_mode('LAHIRI')
    va = drik.vaara(jd, p)
    drik.set_ayanamsa_mode('LAHIRI')
    am = drik.lunar_month_date(jd, p, use_purnimanta_system=False)
    drik.set_ayanamsa_mode('LAHIRI')
    pm = drik.lunar_month_date(jd, p, use_purnimanta_system=True)
    # sunrise local hours -> UT jd
    return dict(pj_sunrise_jd_ut=utils.julian_day_number(date, (0, 0, 0)) + (sr[0] - offset_h) / 24.0,
                pj_tithi=ti[0], pj_tithi_end_h=ti[2], pj_nakshatra=nk[0], pj_pada=nk[1], pj_nakshatra_end_h=nk[3],
                pj_yoga=yo[0], pj_karana=ka[0], pj_vara=va, pj_amanta_month=am[0], pj_amanta_adhika=int(am[3]),
                pj_purnimanta_month=pm[0], pj_lunar_day=am[1])


def main():
    import jhora  # noqa: F401  (imported once, prints its banner)
    rng = random.Random(SEED)
    pairs = []
    for _ in range(N_RANDOM):
        pl = rng.choice(PLACES)
        d = datetime.date(1970, 1, 1) + datetime.timedelta(days=rng.randrange(0, 80 * 365))
        pairs.append((pl, (d.year, d.month, d.day)))
    for name, ymd in DST_DAYS:
        pairs.append((next(p for p in PLACES if p[0] == name), ymd))
    days, limbs, pj = [], [], []
    for i, ((name, lat, lon, zone), ymd) in enumerate(pairs):
        tz = zoneinfo.ZoneInfo(zone)
        midnight = datetime.datetime(*ymd, tzinfo=tz)
        off = midnight.utcoffset().total_seconds()
        noon_off = datetime.datetime(*ymd, 12, tzinfo=tz).utcoffset().total_seconds()
        jd0 = swe.julday(*ymd, 0.0) - off / 86400.0
        rise = sunrise_after(jd0, lat, lon)
        nxt = sunrise_after(rise + 0.5, lat, lon)
        days.append((i, '%04d-%02d-%02d' % ymd, zone, lat, lon, jd0, rise, nxt))
        for limb, num, t0, t1 in limb_spans(rise, nxt):
            limbs.append((i, limb, int(num), float(t0), float(t1)))
        r = pyjhora_row(name, lat, lon, ymd, noon_off / 3600.0)
        r['pair'] = i
        pj.append(r)
        if i % 50 == 0:
            print(i, len(pairs), file=sys.stderr)
    today = datetime.date.today()
    head = (f'# generator: tools/panchang/gen_panchang.py, date {today}, seed {SEED}\n'
            f'# python {sys.version.split()[0]}; skyfield 1.55 + DE421 (skyfield-data 7.0.0); pyswisseph {swe.version}; '
            'PyJHora 4.8.7; zoneinfo with tzdata 2026.6\n')
    with open(os.path.join(DATA, 'panchang_days.csv'), 'w') as f:
        f.write('# Date/place pairs and their Hindu sunrises (panchang_days.csv)\n' + head)
        f.write('# midnight_jd_ut: local 00:00 of the date in the zone; sunrise_jd_ut: first Hindu sunrise after it; '
                'next_sunrise_jd_ut: the one after (Swiss BIT_HINDU_RISING refined on skyfield + DE421, see generator)\n')
        f.write('pair,date,zone,lat,lon,midnight_jd_ut,sunrise_jd_ut,next_sunrise_jd_ut\n')
        for r in days:
            f.write(','.join(repr(x) if isinstance(x, float) else str(x) for x in r) + '\n')
    with open(os.path.join(DATA, 'panchang_limbs.csv'), 'w') as f:
        f.write('# Limb spans touching each day, exact roots on skyfield + DE421 + Lahiri (panchang_limbs.csv)\n' + head)
        f.write('# number: tithi 1-30 (floor((Moon-Sun)/12)+1), karana 1-60 (floor((Moon-Sun)/6)+1), nakshatra 1-27 '
                '(sidereal Moon), yoga 1-27 (sidereal Moon + Sun); sidereal = apparent - swe.get_ayanamsa_ex_ut(jd_ut, 0) '
                'with SIDM_LAHIRI; start/end in UT, bisection to 1e-10 day\n')
        f.write('pair,limb,number,start_jd_ut,end_jd_ut\n')
        for r in limbs:
            f.write(','.join(repr(x) if isinstance(x, float) else str(x) for x in r) + '\n')
    cols = ['pair', 'pj_sunrise_jd_ut', 'pj_tithi', 'pj_tithi_end_h', 'pj_nakshatra', 'pj_pada', 'pj_nakshatra_end_h',
            'pj_yoga', 'pj_karana', 'pj_vara', 'pj_amanta_month', 'pj_amanta_adhika', 'pj_purnimanta_month',
            'pj_lunar_day']
    with open(os.path.join(DATA, 'panchang_pyjhora.csv'), 'w') as f:
        f.write('# PyJHora 4.8.7 on the pairs of panchang_days.csv (panchang_pyjhora.csv)\n' + head)
        f.write('# calls (drik.set_ayanamsa_mode("LAHIRI") before each): place = drik.Place(name, lat, lon, utc offset at '
                'local noon in hours, 0.0); jd = utils.julian_day_number(date, (12,0,0)) [local time];\n'
                '# sunrise(jd,p)[0] local hours -> pj_sunrise_jd_ut; jd_rise = sunrise(jd,p)[2] (local); tithi(jd_rise,p)[0,2]; '
                'nakshatra(jd_rise,p)[0,1,3]; yogam(jd_rise,p)[0]; karana(jd_rise,p)[0] (these return the limb AT their jd, '
                'not at the sunrise of its date); vaara(jd,p) (0 = Sunday); lunar_month_date(jd,p,False)[0,1,3] (month 1 = Chaitra); '
                'lunar_month_date(jd,p,True)[0]\n')
        f.write(','.join(cols) + '\n')
        for r in pj:
            f.write(','.join(repr(float(r[c])) if isinstance(r[c], float) else str(r[c]) for c in cols) + '\n')
    print(f'{len(days)} pairs, {len(limbs)} spans', file=sys.stderr)


if __name__ == '__main__':
    main()
