#!/usr/bin/env python3
"""Generate Swiss Ephemeris reference fixtures for house cusps (swe_houses_ex).

Writes (relative to the repository root):
  tests/data/swe_houses_births.csv     one row per birth: instant, place, and the inputs Swiss
                                       derived from them (ARMC, true obliquity, Sun declination,
                                       Lahiri true ayanamsa) plus the system-independent points
                                       (vertex, equatorial ascendant)
  tests/data/swe_houses.csv            one row per (birth, system, zodiac): status, Asc, MC and
                                       the twelve cusps, for every house system but Gauquelin
  tests/data/swe_houses_gauquelin.csv  one row per (birth, zodiac): status and the 36 sectors

and prints a short report (which calls raised, how often the polar rules fired) to stdout.

Run:   tools/.venv/bin/python tools/gen_swe_houses_fixtures.py
Setup: python3 -m venv tools/.venv && tools/.venv/bin/pip install -r tools/requirements-swe.txt

pyswisseph (AGPL) is only *called* here to produce numbers; none of its source is copied.
swe.set_ephe_path() is deliberately NOT called: the pip wheel ships no ephemeris files, so the
Sun that Sunshine houses need comes from Swiss's analytic Moshier theory, as it does for any
user of the wheel.

Why a script and not a build step: the numbers come from an AGPL library that must never be a
dependency of the crate, and regenerating them is only needed when the fixture design changes.
"""

import atexit
import importlib.metadata
import os
import random
import sys
import tempfile
from pathlib import Path

EXPECTED_PYSWISSEPH = "2.10.3.2"
GENERATION_DATE = "2026-11-23"
SCRIPT = "tools/gen_swe_houses_fixtures.py"
REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"

SEED_MAIN = 20261201
SEED_POLAR = 20261202
J2000 = 2451545.0
N_MAIN = 1000
N_SIDEREAL = 150  # the first N_SIDEREAL main births, and every 5th polar birth, also sidereal

# Swiss letters in HouseSystem order (jyotish's VedicEqual and Vehlow are both 'V').
LETTERS = "PKOSEDWVCRBMTXHUFYIJLQ"  # Gauquelin ('G') has its own file
# Systems whose cusps 4-9 Swiss sets to the exact opposites of 10-12, 1-3 (every one but APC
# and Sunshine): those six columns are left empty to keep the file small.
INDEPENDENT_4_TO_9 = set("YI")


def jd_of_year(y):
    """'Year Y' as used throughout these fixtures: Julian years from J2000.0."""
    return J2000 + (y - 2000.0) * 365.25


def f(x):
    """Full-precision float text (shortest repr that round-trips exactly)."""
    return repr(float(x))


def g(x):
    """An angle in degrees to 1e-9 deg (3.6e-6 arcsec), trailing zeros dropped."""
    s = f"{float(x):.9f}".rstrip("0")
    return s + "0" if s.endswith(".") else s


def load_swe():
    version = importlib.metadata.version("pyswisseph")
    if version != EXPECTED_PYSWISSEPH:
        sys.exit(f"pyswisseph {version} installed, {EXPECTED_PYSWISSEPH} required "
                 f"(pip install -r tools/requirements-swe.txt)")
    # SE's default search path contains '.', and SE_EPHE_PATH is honoured if set: run from an
    # empty directory with the variable unset so no stray ephemeris file can be found.
    os.environ.pop("SE_EPHE_PATH", None)
    empty = tempfile.mkdtemp(prefix="swe-empty-cwd-")
    os.chdir(empty)
    atexit.register(lambda: os.rmdir(empty))
    import swisseph as swe
    return swe, version


def true_obliquity(swe, jd_ut):
    jd_tt = jd_ut + swe.deltat(jd_ut)
    return swe.calc(jd_tt, swe.ECL_NUT, 0)[0][0]


def main_births():
    """1000 births: 900 in 1800-2100, 100 in 1600-1800 or 2100-2200; latitude uniform in
    [-66, 66] (every 50th exactly 0), longitude uniform in [-180, 180]."""
    rng = random.Random(SEED_MAIN)
    out = []
    for i in range(N_MAIN):
        if i % 10 == 9:
            y = rng.choice([rng.uniform(1600, 1800), rng.uniform(2100, 2200)])
        else:
            y = rng.uniform(1800, 2100)
        lat = 0.0 if i % 50 == 25 else rng.uniform(-66.0, 66.0)
        out.append(("main", jd_of_year(y), lat, rng.uniform(-180.0, 180.0)))
    return out


def polar_births(swe):
    """200 births at and beyond the polar circles, 1800-2100:
    60 with |lat| uniform in [67, 90]; 10 at exactly +-90; 10 at exactly 0; 40 at exactly
    +-66.56 (inside or outside the polar circle 90 - eps depending on the date); 40 within
    1e-6..1e-2 deg of +-(90 - eps) on either side; 40 with |lat| uniform in [60, 66.5]."""
    rng = random.Random(SEED_POLAR)
    out = []
    def add(lat_fn):
        jd = jd_of_year(rng.uniform(1800, 2100))
        lat = lat_fn(jd)
        out.append(("polar", jd, lat, rng.uniform(-180.0, 180.0)))
    sign = lambda: rng.choice([-1.0, 1.0])
    for _ in range(60):
        add(lambda jd: sign() * rng.uniform(67.0, 90.0))
    for k in range(10):
        add(lambda jd: 90.0 if k % 2 == 0 else -90.0)
    for _ in range(10):
        add(lambda jd: 0.0)
    for k in range(40):
        add(lambda jd: 66.56 if k % 2 == 0 else -66.56)
    for _ in range(40):
        add(lambda jd: sign() * ((90.0 - true_obliquity(swe, jd))
                                 + sign() * 10 ** rng.uniform(-6, -2)))
    for _ in range(40):
        add(lambda jd: sign() * rng.uniform(60.0, 66.5))
    return out


def houses(swe, jd, lat, lon, letter, flags):
    """(status, cusps, ascmc). On swisseph.Error, Swiss's C function has filled its arrays with
    Porphyry cusps (the 'goto porphyry' fallback); pyswisseph discards them, so the same call
    with 'O' - which runs the identical Porphyry code on the identical Asc and MC - supplies
    them."""
    try:
        cusps, ascmc = swe.houses_ex(jd, lat, lon, letter.encode(), flags)
        return "ok", cusps, ascmc
    except swe.Error:
        cusps, ascmc = swe.houses_ex(jd, lat, lon, b"O", flags)
        return "error", cusps, ascmc


def main():
    swe, version = load_swe()
    births = main_births() + polar_births(swe)
    swe.set_sid_mode(swe.SIDM_LAHIRI, 0, 0)

    birth_rows, house_rows, gq_rows = [], [], []
    errors = {}
    polar_swaps = {}
    for bid, (kind, jd, lat, lon) in enumerate(births):
        jd_tt = jd + swe.deltat(jd)
        eps = swe.calc(jd_tt, swe.ECL_NUT, 0)[0][0]
        sun_dec = swe.calc_ut(jd, swe.SUN, swe.FLG_SPEED | swe.FLG_EQUATORIAL)[0][1]
        ayan = swe.get_ayanamsa_ex_ut(jd, 0)[1]
        _, ref = swe.houses_ex(jd, lat, lon, b"O", 0)
        birth_rows.append([str(bid), kind, f(jd), f(lat), f(lon), f(jd_tt), f(eps), f(ref[2]),
                           f(ref[3]), f(ref[4]), f(sun_dec), f(ayan)])
        zodiacs = [("tropical", 0)]
        if (kind == "main" and bid < N_SIDEREAL) or (kind == "polar" and bid % 5 == 0):
            zodiacs.append(("sidereal_lahiri", swe.FLG_SIDEREAL))
        for zname, flags in zodiacs:
            for letter in LETTERS:
                status, cusps, ascmc = houses(swe, jd, lat, lon, letter, flags)
                # ARMC, vertex and equatorial ascendant do not depend on the system.
                assert ascmc[2] == ref[2], (bid, letter)
                if flags == 0:
                    # 'H' restores the latitude it swapped (90 - (90 - lat)): last-bit noise.
                    for k in (3, 4):
                        assert abs((ascmc[k] - ref[k] + 180.0) % 360.0 - 180.0) < 1e-9, \
                            (bid, letter, k)
                if status == "error":
                    errors.setdefault((letter, zname), []).append(lat)
                if letter not in INDEPENDENT_4_TO_9:
                    for k in range(6):
                        opp = (cusps[(k + 9) % 12] + 180.0) % 360.0
                        assert abs((cusps[k + 3] - opp + 180.0) % 360.0 - 180.0) < 1e-9, \
                            (bid, letter, k)
                if flags == 0 and abs(((ascmc[1] - ref[1]) + 180.0) % 360.0 - 180.0) > 90:
                    polar_swaps.setdefault(letter, 0)
                    polar_swaps[letter] += 1
                cols = [g(c) for c in cusps]
                if letter not in INDEPENDENT_4_TO_9:
                    cols[3:9] = [""] * 6
                house_rows.append([str(bid), letter, zname, status, g(ascmc[0]), g(ascmc[1])]
                                  + cols)
            status, sectors, ascmc = houses(swe, jd, lat, lon, "G", flags)
            if status == "error":
                errors.setdefault(("G", zname), []).append(lat)
                sectors = [""] * 36
            else:
                assert len(sectors) == 36
                # Swiss sets sector k + 18 to the exact opposite of sector k (k = 1..18).
                for k in range(18):
                    opp = (sectors[k] + 180.0) % 360.0
                    assert abs((sectors[k + 18] - opp + 180.0) % 360.0 - 180.0) < 1e-9, (bid, k)
                sectors = [g(s) for s in sectors[:18]] + [""] * 18
            gq_rows.append([str(bid), zname, status, g(ascmc[0]), g(ascmc[1])] + sectors)

    common = [
        f"generator: {SCRIPT} (run: tools/.venv/bin/python {SCRIPT})",
        f"source: pyswisseph {version}; swe.version = {swe.version!r}",
        "ephemeris: swe.set_ephe_path() NOT called; no ephemeris files (Sun from Moshier); "
        "script runs in an empty temporary cwd with SE_EPHE_PATH unset",
        f"generated: {GENERATION_DATE}",
        f"births: seeds {SEED_MAIN} (main: {N_MAIN}, years 1800-2100 and every 10th in "
        f"1600-1800/2100-2200, lat uniform [-66, 66], every 50th lat exactly 0) and "
        f"{SEED_POLAR} (polar: 200 at |lat| 60-90, exactly +-90, 0, +-66.56 and within 0.01 deg "
        f"of +-(90 - eps)); 'year Y' = JD 2451545.0 + (Y - 2000) * 365.25 (UT)",
        "units: degrees; JD in days",
    ]
    write_csv(DATA / "swe_houses_births.csv", common + [
        "columns: id, set (main|polar), jd_ut, lat_deg, lon_deg (east positive), jd_tt "
        "(= jd_ut + swe.deltat(jd_ut)), true_obliquity_deg (swe.calc(jd_tt, swe.ECL_NUT, 0)[0][0]),"
        " armc_deg, vertex_deg, equatorial_ascendant_deg (ascmc[2], [3], [4] of "
        "swe.houses_ex(jd_ut, lat, lon, b'O', 0); the generator asserts every system returns "
        "the same three values), sun_declination_deg (swe.calc_ut(jd_ut, swe.SUN, "
        "swe.FLG_SPEED | swe.FLG_EQUATORIAL)[0][1], the call swe_houses_ex makes for 'I'), "
        "lahiri_true_ayanamsa_deg (swe.set_sid_mode(swe.SIDM_LAHIRI, 0, 0); "
        "swe.get_ayanamsa_ex_ut(jd_ut, 0)[1])",
        "floats: Python repr() (shortest text that round-trips the IEEE-754 double exactly)",
    ], ["id", "set", "jd_ut", "lat_deg", "lon_deg", "jd_tt", "true_obliquity_deg", "armc_deg",
        "vertex_deg", "equatorial_ascendant_deg", "sun_declination_deg",
        "lahiri_true_ayanamsa_deg"], birth_rows)
    write_csv(DATA / "swe_houses.csv", common + [
        "call: cusps, ascmc = swe.houses_ex(jd_ut, lat, lon, hsys, flags) with flags 0 "
        "(zodiac 'tropical') or swe.FLG_SIDEREAL after swe.set_sid_mode(swe.SIDM_LAHIRI, 0, 0) "
        "(zodiac 'sidereal_lahiri': the first 150 main births and every 5th birth id among "
        "the polar ones)",
        "status: 'ok', or 'error' when pyswisseph raised swisseph.Error (Placidus and Koch "
        "inside the polar circles); the cusps, asc and mc of an error row are those of the same "
        "call with hsys b'O', which is what Swiss's C code leaves in its arrays "
        "(it falls back to Porphyry on the same Asc and MC)",
        "columns: birth (id in swe_houses_births.csv), hsys (Swiss letter), zodiac, status, "
        "asc_deg (ascmc[0]), mc_deg (ascmc[1]), c1..c12 (cusps of houses 1-12). c4..c9 are "
        "empty except for 'Y' (APC) and 'I' (Sunshine): in every other system Swiss sets them "
        "to the exact opposites of c10, c11, c12, c1, c2, c3 (the generator asserts this)",
        "floats: angles printed with 9 decimals (1e-9 deg = 3.6e-6 arcsec), trailing zeros "
        "dropped",
    ], ["birth", "hsys", "zodiac", "status", "asc_deg", "mc_deg"]
       + [f"c{i}" for i in range(1, 13)], house_rows)
    write_csv(DATA / "swe_houses_gauquelin.csv", common + [
        "call: sectors, ascmc = swe.houses_ex(jd_ut, lat, lon, b'G', flags), flags and zodiac "
        "as in swe_houses.csv",
        "status: 'ok', or 'error' when pyswisseph raised swisseph.Error (inside the polar "
        "circles); sectors are then empty (Swiss's fallback has only 12 Porphyry cusps)",
        "columns: birth, zodiac, status, asc_deg, mc_deg, s1..s36 (sector cusps, numbered "
        "clockwise from the ascendant: s10 = MC, s19 = descendant, s28 = IC). s19..s36 are "
        "empty: Swiss sets sector k + 18 to the exact opposite of sector k (the generator "
        "asserts this)",
        "floats: angles printed with 9 decimals, trailing zeros dropped",
    ], ["birth", "zodiac", "status", "asc_deg", "mc_deg"] + [f"s{i}" for i in range(1, 37)],
        gq_rows)

    print("calls that raised swisseph.Error (system, zodiac): count, |lat| range")
    for (letter, z), lats in sorted(errors.items()):
        a = [abs(x) for x in lats]
        print(f"  {letter} {z}: {len(lats)}, |lat| {min(a):.6f} .. {max(a):.6f}")
    print("tropical rows whose MC is the IC of the default (polar MC/IC swap):",
          dict(sorted(polar_swaps.items())))


def write_csv(path, comments, columns, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="\n") as fh:
        for c in comments:
            fh.write("# " + c + "\n")
        fh.write(",".join(columns) + "\n")
        for r in rows:
            fh.write(",".join(r) + "\n")
    print(f"wrote {path.relative_to(REPO)}: {len(rows)} rows, {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
