#!/usr/bin/env python3
"""Generate the PyJHora matching fixtures for tests/matching_vs_pyjhora.rs.

PyJHora (AGPL-3.0) is only *called* here to record numbers; none of its code
is copied. It is an oracle with known defects, not the truth: the test
compares jyotish with it koota by koota and checks the documented defects
against the classical rules instead (see tests/data/README.md, "Matching
fixtures").

Writes, from the repository root:
  tests/data/pyjhora_match_pairs.csv   random (boy, girl) nakshatra-pada pairs,
                                       north and south methods of
                                       jhora.horoscope.match.compatibility.Ashtakoota
  tests/data/pyjhora_match_births.csv  random birth pairs: PyJHora's Moon longitude
                                       (Lahiri), the match of the two Moons, and
                                       each chart's signs and raw Manglik flags

Usage (own venv, git-ignored):
  python3 -m venv tools/pyjhora_match/.venv
  tools/pyjhora_match/.venv/bin/pip install -r tools/pyjhora_match/requirements.txt
  tools/pyjhora_match/.venv/bin/python tools/pyjhora_match/gen_match_fixtures.py

Deterministic: random.Random with fixed seeds; regeneration is byte-identical
for the same PyJHora and pyswisseph versions.
"""

import csv
import io
import os
import random
import sys
from contextlib import redirect_stdout

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tests", "data")

with redirect_stdout(io.StringIO()):  # PyJHora prints on import
    from jhora import const, utils
    from jhora.horoscope.chart import charts, dosha
    from jhora.horoscope.match import compatibility as cm
    from jhora.panchanga import drik
    import swisseph as swe

N_PAIRS = 2000
N_BIRTH_PAIRS = 250
SEED_PAIRS = 20261123
SEED_BIRTHS = 20261124


def set_globals():
    """PyJHora's settings are module-global: set them before every call."""
    const.skip_using_girls_varna_for_minimum_tamil_porutham = True
    drik.set_ayanamsa_mode("LAHIRI")


def b(v):
    return "1" if v else "0"


def num(v):
    return repr(float(v))


NORTH_COLS = [
    "varna", "vashya", "vashya_astroyogi", "tara", "yoni", "graha_maitri", "gana",
    "bhakoot", "nadi", "total", "mahendra", "vedha", "rajju", "stree_deergha_13",
]
SOUTH_COLS = [
    "s_varna", "s_vasya", "s_gana", "s_dina", "s_yoni", "s_rasyadhipati", "s_rasi",
    "s_nadi", "s_score", "s_mahendra", "s_vedha", "s_rajju", "s_stree_deergha_7",
    "s_minimum",
]


def match_row(bn, bp, gn, gp):
    set_globals()
    a = cm.Ashtakoota(bn, bp, gn, gp, method="North")
    n = a.compatibility_score()
    set_globals()
    astro = a.vasiya_porutham(use_astroyogi_method=True)[0]
    set_globals()
    s = cm.Ashtakoota(bn, bp, gn, gp, method="South").compatibility_score()
    north = [num(n[0]), num(n[1]), num(astro), num(n[3]), num(n[4]), num(n[5]),
             num(n[2]), num(n[6]), num(n[7]), num(n[8]), b(n[9]), b(n[10]), b(n[11]),
             b(n[12])]
    south = [b(s[0]), b(s[1]), b(s[2]), b(s[3]), b(s[4]), b(s[5]), b(s[6]), b(s[7]),
             str(int(s[8])), b(s[9]), b(s[10]), b(s[11]), b(s[12]), b(s[13])]
    return north + south


HEADER_COMMON = """# Source: PyJHora 4.8.7 (package jhora, AGPL-3.0; called, not copied), pyswisseph 2.10.3.2.
# Generator: tools/pyjhora_match/gen_match_fixtures.py (regenerate with the command in its docstring).
# Calls: a = jhora.horoscope.match.compatibility.Ashtakoota(boy_nak, boy_pada, girl_nak, girl_pada, method=M)
#        and a.compatibility_score(); M = "North" for the unprefixed columns, "South" for the s_ ones;
#        vashya_astroyogi = a.vasiya_porutham(use_astroyogi_method=True)[0].
# Globals set before every call: const.skip_using_girls_varna_for_minimum_tamil_porutham = True;
#        drik.set_ayanamsa_mode("LAHIRI").
# North columns are points (floats); booleans are 0/1. North column names follow the returned list:
#        [varna, vashya, gana, tara, yoni, maitri, bhakoot, nadi, total, mahendra, vedha, rajju, stree(>13)].
# South list: [varna, vasya, gana, dina, yoni, rasyadhipati, rasi, nadi, score(of 10), mahendra, vedha,
#        rajju, stree(>7), minimum_porutham].
# PyJHora is an oracle with known defects (tests/data/README.md, "Matching fixtures"), not the truth.
"""


def gen_pairs():
    rng = random.Random(SEED_PAIRS)
    path = os.path.join(OUT, "pyjhora_match_pairs.csv")
    with open(path, "w", newline="") as f:
        f.write(HEADER_COMMON)
        f.write(f"# Pairs: {N_PAIRS} uniform random (boy, girl) nakshatra-pada pairs, random.Random({SEED_PAIRS}).\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["boy_nak", "boy_pada", "girl_nak", "girl_pada"] + NORTH_COLS + SOUTH_COLS)
        for _ in range(N_PAIRS):
            bn, bp = rng.randint(1, 27), rng.randint(1, 4)
            gn, gp = rng.randint(1, 27), rng.randint(1, 4)
            with redirect_stdout(io.StringIO()):
                row = match_row(bn, bp, gn, gp)
            w.writerow([bn, bp, gn, gp] + row)
    return path


# Planet ids in PyJHora's planet_positions: 'L' then 0 Sun … 8 Ketu.
SIGN_KEYS = [("lagna", "L"), ("moon", 1), ("venus", 5), ("mars", 2), ("jupiter", 4),
             ("saturn", 6), ("rahu", 7)]


def chart(rng):
    """One random birth: date 1950–2030, local time, a place in a ±60° band."""
    y = rng.randint(1950, 2029)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    lat = round(rng.uniform(-60.0, 60.0), 4)
    lon = round(rng.uniform(-180.0, 180.0), 4)
    tz = round(lon / 15.0 * 2) / 2
    set_globals()
    jd = utils.julian_day_number((y, m, d), (hh, mm, 0))
    place = drik.Place("random", lat, lon, tz)
    set_globals()
    with redirect_stdout(io.StringIO()):
        pp = charts.rasi_chart(jd, place)
    pos = {p: (s, l) for p, (s, l) in pp}
    moon_sign, moon_in_sign = pos[1]
    moon_lon = moon_sign * 30.0 + moon_in_sign
    nak, pada, _ = drik.nakshatra_pada(moon_lon)
    signs = [pos[k][0] for _, k in SIGN_KEYS]
    manglik = []
    for ref in ("L", 1, 5):
        set_globals()
        with redirect_stdout(io.StringIO()):
            r = dosha.manglik(pp, manglik_reference_planet=ref, include_lagna_house=True,
                              include_2nd_house=True, apply_exceptions=False)
        manglik.append(b(r[0]))
    return [f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}", num(lat), num(lon), num(tz),
            repr(moon_lon), str(nak), str(pada)] + [str(s) for s in signs] + manglik


def gen_births():
    rng = random.Random(SEED_BIRTHS)
    path = os.path.join(OUT, "pyjhora_match_births.csv")
    person = ["local", "lat", "lon", "tz", "moon_lon", "nak", "pada"] + \
             [k + "_sign" for k, _ in SIGN_KEYS] + ["manglik_lagna", "manglik_moon", "manglik_venus"]
    with open(path, "w", newline="") as f:
        f.write(HEADER_COMMON)
        f.write(f"""# Births: {N_BIRTH_PAIRS} pairs of random births, random.Random({SEED_BIRTHS}): local date-time
#        1950-2029 (day 1-28), latitude in [-60, 60], longitude in [-180, 180], zone offset lon/15 rounded
#        to 0.5 h. Chart: jd = utils.julian_day_number(date, time) (local), drik.Place("random", lat, lon, tz),
#        pp = charts.rasi_chart(jd, place) with Lahiri; moon_lon = sign*30 + degrees in sign (sidereal, degrees);
#        nak, pada = drik.nakshatra_pada(moon_lon)[:2]. Signs are 0-based (0 = Aries).
# manglik_REF = dosha.manglik(pp, manglik_reference_planet=REF, include_lagna_house=True,
#        include_2nd_house=True, apply_exceptions=False)[0], REF = 'L', 1 (Moon), 5 (Venus): Mars in houses
#        1, 2, 4, 7, 8, 12 from the reference, counted by sign.
# The match columns are those of pyjhora_match_pairs.csv for (boy nak, pada) and (girl nak, pada).
""")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["b_" + c for c in person] + ["g_" + c for c in person] + NORTH_COLS + SOUTH_COLS)
        for _ in range(N_BIRTH_PAIRS):
            boy, girl = chart(rng), chart(rng)
            with redirect_stdout(io.StringIO()):
                row = match_row(int(boy[5]), int(boy[6]), int(girl[5]), int(girl[6]))
            w.writerow(boy + girl + row)
    return path


if __name__ == "__main__":
    swe.set_ephe_path(None)
    for p in (gen_pairs(), gen_births()):
        print("wrote", os.path.relpath(p, ROOT), file=sys.stderr)
