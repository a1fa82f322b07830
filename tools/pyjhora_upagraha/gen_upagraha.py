#!/usr/bin/env python3
"""Generate tests/data/pyjhora_upagraha.csv for tests/upagraha.rs.

PyJHora (AGPL-3.0) and pyswisseph are only *called* here to record numbers;
none of their code is copied. PyJHora is an oracle with known defects, not
the truth (see tests/data/README.md, "Upagraha fixture").

For each random birth (latitude within +-60 deg, 1900-2050, a fixed zone of
round(lon/15 * 2)/2 h plus one of -1, -0.5, 0, +0.5, +1 h, local time
uniform over the day, so day and night births both occur), Lahiri set with
drik.set_ayanamsa_mode("LAHIRI") before every call, place =
drik.Place(name, lat, lon, tz, elevation=0):

  * the Sun-based upagrahas (BPHS 3.61-63): drik.solar_upagraha_longitudes
    (sun, name) for dhuma, vyatipaata, parivesha, indrachaapa, upaketu,
    twice: `pj_<name>` from PyJHora's own Sun (drik.sidereal_longitude: its
    default flags are geometric, FLG_TRUEPOS, so that Sun is ~20.5" ahead
    of the apparent one) and `app_<name>` from the apparent sidereal Sun of
    Swiss Ephemeris (swe.calc_ut(jd_ut, SUN, FLG_SWIEPH | FLG_SIDEREAL); the
    wheel has no ephemeris files, so this is its analytic Moshier Sun);
  * the kalavelas: PyJHora's drik.kaala_longitude, mrityu_longitude,
    artha_praharaka_longitude, yama_ghantaka_longitude (middle of the
    part), gulika_longitude (start of Saturn's part) and maandi_longitude
    (middle of Saturn's part), called as its yoga code calls them
    (dob, (h, m, s), place): `pj_<name>`;
  * the rule of BPHS 3.66-70 re-expressed on PyJHora's primitives
    (`rx_<name>`): the day (sunrise to sunset) or the night (sunset to the
    next sunrise) that holds the birth, from PyJHora's own drik.sunrise /
    drik.sunset (its float hours, not its whole-second strings), divided
    into eight; the first seven parts ruled by the weekday lords in weekday
    order from the lord of PyJHora's vedic weekday drik.vaara (by night from
    the fifth lord from it), the eighth lordless; the longitude is
    drik.ascendant at the part's start (Gulika) or middle (the others);
  * `pj_part_<name>` / `rx_part_<name>`: the 0-based part each used.

Why both: PyJHora 4.8.7 departs from the text twice.
  1. Its part lords (const.day_rulers / night_rulers) put the lordless part
     right after Saturn's (Friday: Venus, Saturn, none, Sun, ...), where
     BPHS makes the eighth part lordless; a lord that follows Saturn in the
     day's order gets the next part. Gulika and Maandi (Saturn's part) are
     unaffected. (The almanacs' Yamaganda, Jupiter's part, follows BPHS.)
  2. Its upagraha_longitude is right for day births but not for night
     births. For a birth after sunset it takes the next day's sunrise
     *clock time* on the birth date as the start and |sunset - sunrise| (a
     day's length) as the span, so its "night" parts fall in the birth
     day's daytime; for a birth before sunrise it counts from that
     morning's sunrise forward.
This script checks that reading of its code exactly, for every birth and
kalavela: the ascendant at the instant its code path implies (its part, its
whole-second clock times) equals pj to 1e-9 deg. The Rust test compares
with rx for all births and with pj for day births where the parts agree.

Also recorded: PyJHora's vedic weekday (0 = Sunday), whether the birth is
in the day, the UT Julian days of the start and end of the divided day or
night (PyJHora's float sunrise/sunset), and both Suns.

Births within 120 s of a sunrise or sunset are redrawn (a whole-second
rounding could put them on the other side).

Trap: PyJHora keeps global state (the ayanamsa in swe.set_sid_mode and
const._DEFAULT_AYANAMSA_MODE, lists some functions mutate). Every call
starts from PyJHora's state as it is right after import (PristineState of
tools/pyjhora_yoga/gen_yoga_fixtures.py, restored before each call and
checked at the end of each birth) with Lahiri set again.

Usage (own venv, git-ignored; the same pins as tools/pyjhora_yoga):
  python3 -m venv tools/pyjhora_upagraha/.venv
  tools/pyjhora_upagraha/.venv/bin/pip install -r tools/pyjhora_upagraha/requirements.txt
  tools/pyjhora_upagraha/.venv/bin/python tools/pyjhora_upagraha/gen_upagraha.py

Deterministic: random.Random with a fixed seed. UPAGRAHA_N_BIRTHS makes
fewer births (for trying the script only); UPAGRAHA_OUT writes elsewhere.
"""

import csv
import io
import os
import random
import sys
from contextlib import redirect_stdout

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.environ.get("UPAGRAHA_OUT", os.path.join(ROOT, "tests", "data", "pyjhora_upagraha.csv"))
N_BIRTHS = int(os.environ.get("UPAGRAHA_N_BIRTHS", "400"))
SEED = 20261203

sys.path.insert(0, os.path.join(ROOT, "tools", "pyjhora_yoga"))
with redirect_stdout(io.StringIO()):  # PyJHora prints on import
    import swisseph as swe
    from jhora import const, utils
    from jhora.panchanga import drik
    from gen_yoga_fixtures import PristineState  # also imports the rest of PyJHora up front

SOLAR = ["dhuma", "vyatipaata", "parivesha", "indrachaapa", "upaketu"]
# (column, PyJHora function, graha index 0 = Sun .. 6 = Saturn, fraction of the part)
KALAVELAS = [
    ("kala", "kaala_longitude", 0, 0.5),
    ("mrityu", "mrityu_longitude", 2, 0.5),
    ("ardhaprahara", "artha_praharaka_longitude", 3, 0.5),
    ("yamaghantaka", "yama_ghantaka_longitude", 4, 0.5),
    ("gulika", "gulika_longitude", 6, 0.0),
    ("maandi", "maandi_longitude", 6, 0.5),
]
MARGIN_H = 120.0 / 3600.0

PRISTINE = None


def call(fn, *args):
    PRISTINE.restore()
    drik.set_ayanamsa_mode("LAHIRI")
    with redirect_stdout(io.StringIO()):
        return fn(*args)


def lon(r):
    """[sign, degrees] -> degrees."""
    return float(r[0] * 30.0 + r[1])


def clock(s):
    """PyJHora's 'hh:mm:ss' (24-hour) string -> hours."""
    h, m, sec = (int(x) for x in s.split(":"))
    return h + m / 60.0 + sec / 3600.0


def close(a, b, tol=1e-9):
    d = (a - b + 180.0) % 360.0 - 180.0
    return abs(d) < tol


def birth(rng):
    y = rng.randint(1900, 2050)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    lat = round(rng.uniform(-60.0, 60.0), 4)
    lon_ = round(rng.uniform(-180.0, 180.0), 4)
    tz = round(lon_ / 15.0 * 2) / 2 + rng.choice([-1.0, -0.5, 0.0, 0.5, 1.0])
    return y, m, d, hh, mm, ss, lat, lon_, tz


def one(y, m, d, hh, mm, ss, lat, lon_, tz):
    """One row, or None if the birth is within MARGIN_H of a sunrise or sunset."""
    place = drik.Place("random", lat, lon_, tz, 0.0)
    dob, tob = drik.Date(y, m, d), (hh, mm, ss)
    jd_local = utils.julian_day_number((y, m, d), tob)
    jd0 = swe.julday(y, m, d, 0.0)  # 0h UT of the date: PyJHora's hours count from its local midnight
    to_ut = lambda hours: jd0 + (hours - tz) / 24.0
    jd_ut = jd_local - tz / 24.0
    tob_h = hh + mm / 60.0 + ss / 3600.0

    rise, set_ = call(drik.sunrise, jd0, place), call(drik.sunset, jd0, place)
    prev_set, next_rise = call(drik.sunset, jd0 - 1, place), call(drik.sunrise, jd0 + 1, place)
    if min(abs(tob_h - rise[0]), abs(tob_h - set_[0])) < MARGIN_H:
        return None
    vara = int(call(drik.vaara, jd_local, place))
    if rise[0] <= tob_h <= set_[0]:
        day, start_h, end_h = True, rise[0], set_[0]
    elif tob_h > set_[0]:
        day, start_h, end_h = False, set_[0], next_rise[0] + 24.0
    else:
        day, start_h, end_h = False, prev_set[0] - 24.0, rise[0]
    # PyJHora's part lords (graha index 0 = Sun .. 6 = Saturn, -1 lordless):
    # the lordless part right after Saturn's.
    pj_rulers = (const.day_rulers if day else const.night_rulers)[vara]
    # BPHS 3.66-68: seven parts from the weekday's lord (by night from the
    # fifth lord from it) in weekday order, the eighth part lordless.
    first = vara if day else vara + 4
    rulers = [(first + k) % 7 for k in range(7)] + [-1]

    row = {
        "local": f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}",
        "tz": tz, "lat": lat, "lon": lon_, "jd_ut": jd_ut,
        "pj_vara": vara, "day": int(day),
        "start_jd_ut": to_ut(start_h), "end_jd_ut": to_ut(end_h),
    }

    pj_sun = call(drik.sidereal_longitude, jd_ut, const._SUN)
    app_sun = call(lambda: swe.calc_ut(jd_ut, swe.SUN, swe.FLG_SWIEPH | swe.FLG_SIDEREAL)[0][0])
    row["pj_sun"], row["app_sun"] = pj_sun, app_sun
    for name in SOLAR:
        row["pj_" + name] = lon(call(drik.solar_upagraha_longitudes, pj_sun, name))
        row["app_" + name] = lon(call(drik.solar_upagraha_longitudes, app_sun, name))

    # drik.ascendant takes a local-time Julian day (it subtracts tz/24 itself).
    asc_at = lambda hours: lon(call(drik.ascendant, swe.julday(y, m, d, hours), place))
    for col, fn, graha, frac in KALAVELAS:
        pj = lon(call(getattr(drik, fn), dob, tob, place))
        k, pk = rulers.index(graha), pj_rulers.index(graha)
        # The rule as the texts state it, on PyJHora's float sunrise/sunset.
        span = end_h - start_h
        rx = asc_at(start_h + (k + frac) * span / 8.0)
        # Check our reading of PyJHora's code path (its part pk, whole-second
        # clock times).
        r_s, s_s = clock(rise[1]), clock(set_[1])
        if day:
            implied = r_s + (pk + frac) * (s_s - r_s) / 8.0
        elif tob_h > set_[0]:
            n_s = clock(next_rise[1])
            implied = n_s + (pk + frac) * abs(s_s - n_s) / 8.0
        else:
            p_s = clock(prev_set[1])
            implied = r_s + (pk + frac) * abs(p_s - r_s) / 8.0
        got = asc_at(implied)
        if not close(got, pj):
            raise RuntimeError(f"{row['local']} {col}: PyJHora {pj} but its implied instant gives {got}")
        row["pj_" + col], row["rx_" + col] = pj, rx
        row["pj_part_" + col], row["rx_part_" + col] = pk, k
    PRISTINE.restore()
    PRISTINE.check()
    return row


def main():
    global PRISTINE
    drik.set_ayanamsa_mode("LAHIRI")
    PRISTINE = PristineState()
    rng = random.Random(SEED)
    rows = []
    redrawn = 0
    while len(rows) < N_BIRTHS:
        r = one(*birth(rng))
        if r is None:
            redrawn += 1
        else:
            rows.append(r)
    cols = (["local", "tz", "lat", "lon", "jd_ut", "pj_vara", "day", "start_jd_ut", "end_jd_ut",
             "pj_sun", "app_sun"]
            + [p + n for n in SOLAR for p in ("pj_", "app_")]
            + [p + c for c, *_ in KALAVELAS for p in ("pj_", "rx_", "pj_part_", "rx_part_")])
    with open(OUT, "w", newline="") as fh:
        fh.write("# generated by tools/pyjhora_upagraha/gen_upagraha.py: PyJHora 4.8.7 + pyswisseph 2.10.3.2 "
                 "(Moshier, no ephemeris files), Lahiri; degrees sidereal, Julian days UT. Do not edit.\n")
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([r[c] if isinstance(r[c], str) else repr(r[c]) if isinstance(r[c], float) else r[c]
                        for c in cols])
    days = sum(r["day"] for r in rows)
    print(f"{len(rows)} births ({days} by day, {len(rows) - days} by night), {redrawn} redrawn near sunrise/sunset")


if __name__ == "__main__":
    main()
