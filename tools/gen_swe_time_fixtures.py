#!/usr/bin/env python3
"""Generate Swiss Ephemeris reference fixtures for the time/Earth-orientation layer.

Writes (relative to the repository root):
  tests/data/swe_deltat.csv            Delta T, 1600..2200 (grid + random + dense join regions)
  tests/data/swe_deltat_longrange.csv  Delta T, -500..1600 and 2200..3000 (random + century anchors)
  tests/data/swe_nutation.csv          obliquity, nutation, GAST, GMST, 1600..2200

and prints an empirical report (tuple orders, consistency checks, Delta T join scan,
sidereal-time model switch points) to stdout. That report is the source of the numbers
quoted in docs/research/swe-empirical.md.

Run:   tools/.venv/bin/python tools/gen_swe_time_fixtures.py
Setup: python3 -m venv tools/.venv && tools/.venv/bin/pip install -r tools/requirements-swe.txt

pyswisseph (AGPL) is only *called* here to produce numbers; none of its source is copied.
swe.set_ephe_path() is deliberately NOT called: the pip wheel ships no ephemeris files.
"""

import atexit
import importlib.metadata
import math
import os
import random
import sys
import tempfile
from pathlib import Path

EXPECTED_PYSWISSEPH = "2.10.3.2"
GENERATION_DATE = "2026-11-23"
SCRIPT = "tools/gen_swe_time_fixtures.py"
REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"

J2000 = 2451545.0
SEED_DELTAT = 20261123
SEED_DELTAT_LONG = 20261124
SEED_NUTATION = 20261125


def jd_of_year(y):
    """'Year Y' as used throughout these fixtures: Julian years from J2000.0."""
    return J2000 + (y - 2000.0) * 365.25


def year_of_jd(jd):
    return 2000.0 + (jd - J2000) / 365.25


def f(x):
    """Full-precision float text (shortest repr that round-trips exactly)."""
    return repr(float(x))


def load_swe():
    version = importlib.metadata.version("pyswisseph")
    if version != EXPECTED_PYSWISSEPH:
        sys.exit(f"pyswisseph {version} installed, {EXPECTED_PYSWISSEPH} required "
                 f"(pip install -r tools/requirements-swe.txt)")
    # The Swiss Ephemeris default search path contains '.', and SE_EPHE_PATH is honoured if
    # set. Run from an empty directory with the variable unset so that no stray ephemeris or
    # sefstars.txt file can change the numbers. (This is not a set_ephe_path() call.)
    os.environ.pop("SE_EPHE_PATH", None)
    empty = tempfile.mkdtemp(prefix="swe-empty-cwd-")
    os.chdir(empty)
    atexit.register(lambda: os.rmdir(empty))
    import swisseph as swe
    return swe, version


def header_lines(swe, version, extra):
    return [
        f"generator: {SCRIPT} (run: tools/.venv/bin/python {SCRIPT})",
        f"source: pyswisseph {version}; swe.version = {swe.version!r}",
        "ephemeris: swe.set_ephe_path() NOT called; no ephemeris files present "
        "(script runs in an empty temporary cwd, SE_EPHE_PATH unset)",
        f"generated: {GENERATION_DATE}",
        "floats: Python repr() (shortest text that round-trips the IEEE-754 double exactly)",
    ] + extra


def write_csv(path, comments, columns, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="\n") as fh:
        for c in comments:
            fh.write("# " + c + "\n")
        fh.write(",".join(columns) + "\n")
        for r in rows:
            fh.write(",".join(r) + "\n")
    print(f"wrote {path.relative_to(REPO)}: {len(rows)} rows, {path.stat().st_size} bytes")


# ----------------------------------------------------------------------------- Delta T

def deltat_fixture(swe, version):
    j1600, j2200 = jd_of_year(1600), jd_of_year(2200)
    jds = set()
    for k in range(0, 1201):                       # every integer and half year 1600..2200
        jds.add(jd_of_year(1600 + k / 2))
    rng = random.Random(SEED_DELTAT)
    for _ in range(2000):
        jds.add(rng.uniform(j1600, j2200))
    for y0, y1 in ((1950, 1958), (2020, 2032)):    # dense, every 10 days
        j, end = jd_of_year(y0), jd_of_year(y1)
        while j <= end + 1e-9:
            jds.add(j)
            j += 10.0
    jds = sorted(jds)
    rows = [(f(j), f(swe.deltat(j) * 86400.0)) for j in jds]
    comments = header_lines(swe, version, [
        "fixture: Delta T = TT - UT as returned by Swiss Ephemeris' default Delta T model",
        "column jd_ut: Julian day (UT) at which Delta T is evaluated [days]",
        "column delta_t_seconds: swe.deltat(jd_ut) * 86400.0 [seconds]",
        "instants: 'year Y' means jd = 2451545.0 + (Y - 2000) * 365.25; every integer and half "
        "year 1600..2200 (1201), 2000 uniform random jd in [year 1600, year 2200] "
        f"(random.Random({SEED_DELTAT}).uniform), every 10 days from year 1950 to 1958 and "
        "from year 2020 to 2032 (start at the year instant); sorted by jd_ut, duplicates removed",
        "note: swe.deltat() equals swe.deltat_ex(jd, swe.FLG_SWIEPH) here (checked for every row)",
    ])
    write_csv(DATA / "swe_deltat.csv", comments, ["jd_ut", "delta_t_seconds"], rows)
    return jds


def deltat_longrange_fixture(swe, version):
    rng = random.Random(SEED_DELTAT_LONG)
    lo_a, hi_a = jd_of_year(-500), jd_of_year(1600)
    lo_b, hi_b = jd_of_year(2200), jd_of_year(3000)
    len_a, len_b = hi_a - lo_a, hi_b - lo_b
    jds = set()
    for _ in range(200):   # uniform over the union of the two ranges (proportional to length)
        u = rng.uniform(0.0, len_a + len_b)
        jds.add(lo_a + u if u < len_a else lo_b + (u - len_a))
    anchors = list(range(-500, 1600, 100)) + list(range(2300, 3001, 100))
    for y in anchors:
        jds.add(jd_of_year(y))
    jds = sorted(jds)
    rows = [(f(j), f(swe.deltat(j) * 86400.0)) for j in jds]
    comments = header_lines(swe, version, [
        "fixture: Delta T = TT - UT, long range, Swiss Ephemeris default model",
        "column jd_ut: Julian day (UT) [days]",
        "column delta_t_seconds: swe.deltat(jd_ut) * 86400.0 [seconds]",
        "instants: 200 jd uniform over the union of [year -500, year 1600) and [year 2200, "
        f"year 3000] (random.Random({SEED_DELTAT_LONG}); 'year Y' = 2451545.0 + (Y-2000)*365.25) "
        f"plus century anchors at years {anchors[0]}..{anchors[len(anchors) - 9]} and "
        "2300..3000 (step 100); sorted by jd_ut",
    ])
    write_csv(DATA / "swe_deltat_longrange.csv", comments, ["jd_ut", "delta_t_seconds"], rows)


# ----------------------------------------------------------------------- nutation / sidtime

GMST_SWITCH_UT = (2396758.5, 2469807.5)   # found empirically, see report


def ecl_nut(swe, jd_tt):
    xx, rf = swe.calc(jd_tt, swe.ECL_NUT, 0)
    return xx, rf


def ut_from_tt(swe, jd_tt):
    u0 = jd_tt - swe.deltat(jd_tt)
    return jd_tt - swe.deltat(u0)


def nutation_fixture(swe, version):
    rng = random.Random(SEED_NUTATION)
    j1600, j2200 = jd_of_year(1600), jd_of_year(2200)
    tts = {J2000}
    while len(tts) < 600:
        tts.add(rng.uniform(j1600, j2200))
    probes = []
    for b in GMST_SWITCH_UT:                 # straddle the sidereal-time model switch points
        for d in (-1.0, -0.01, 0.01, 1.0):
            u = b + d
            probes.append(u + swe.deltat(u))
    tts = sorted(tts | set(probes))
    rows, recs = [], []
    for t in tts:
        (te, me, dpsi, deps, z1, z2), rf = ecl_nut(swe, t)
        u = ut_from_tt(swe, t)
        gast = swe.sidtime(u)
        gmst = swe.sidtime0(u, me, 0.0)
        rows.append((f(t), f(te), f(me), f(dpsi), f(deps), f(u), f(gast), f(gmst)))
        recs.append(dict(tt=t, te=te, me=me, dpsi=dpsi, deps=deps, z=(z1, z2), rf=rf,
                         ut=u, gast=gast, gmst=gmst))
    comments = header_lines(swe, version, [
        "fixture: obliquity and nutation (Swiss Ephemeris defaults), apparent and mean sidereal time",
        "calls: (te, me, dpsi, deps, 0.0, 0.0), retflag = swe.calc(jd_tt, swe.ECL_NUT, 0)",
        "column jd_tt: Julian day, Terrestrial Time [days]",
        "column true_obliquity_deg: swe.calc(jd_tt, swe.ECL_NUT, 0)[0][0] = mean obliquity + "
        "nutation in obliquity [degrees]",
        "column mean_obliquity_deg: swe.calc(jd_tt, swe.ECL_NUT, 0)[0][1] [degrees]",
        "column nutation_longitude_deg: swe.calc(jd_tt, swe.ECL_NUT, 0)[0][2] (dpsi) [degrees]",
        "column nutation_obliquity_deg: swe.calc(jd_tt, swe.ECL_NUT, 0)[0][3] (deps) [degrees]",
        "column jd_ut: u0 = jd_tt - swe.deltat(jd_tt); jd_ut = jd_tt - swe.deltat(u0) "
        "(one iteration; |jd_ut + swe.deltat(jd_ut) - jd_tt| < 1e-9 s here) [days]",
        "column gast_hours: swe.sidtime(jd_ut) = Greenwich apparent sidereal time [hours, 0..24); "
        "SE evaluates it with its own TT = jd_ut + swe.deltat(jd_ut)",
        "column gmst_hours: swe.sidtime0(jd_ut, mean_obliquity_deg, 0.0) = Greenwich mean sidereal "
        "time [hours, 0..24); with nutation = 0 the result does not depend on the obliquity argument "
        "(checked for 10..30 deg), except that eps = 0.0 exactly gives different values outside "
        "1850-01-01..J2050 (long-term model)",
        "relation: gast_hours - gmst_hours = nutation_longitude_deg * cos(true_obliquity) / 15 "
        "(equation of the equinoxes, no complementary terms; < 1e-10 s)",
        "model switch: SE sidereal time jumps at jd_ut 2396758.5 (1850-01-01 0h, ~6.5 ms) and "
        "2469807.5 (J2050.0, ~127 ms); 8 probe rows at jd_ut = switch +-0.01 d and +-1 d are included",
        f"instants: J2000.0 (jd_tt 2451545.0) + 599 uniform random jd_tt in [year 1600, year 2200] "
        f"(random.Random({SEED_NUTATION}); 'year Y' = 2451545.0 + (Y-2000)*365.25) + 8 probes; "
        "sorted by jd_tt",
    ])
    cols = ["jd_tt", "true_obliquity_deg", "mean_obliquity_deg", "nutation_longitude_deg",
            "nutation_obliquity_deg", "jd_ut", "gast_hours", "gmst_hours"]
    write_csv(DATA / "swe_nutation.csv", comments, cols, rows)
    return recs


# ---------------------------------------------------------------------------- analysis

def gregorian(swe, jd):
    y, m, d, h = swe.revjul(jd, swe.GREG_CAL)
    return f"{y:5d}-{m:02d}-{d:02d} {h:7.4f}h"


def lagrange3(ts, vs, x):
    """Value and derivative at x of the quadratic through three points."""
    (t0, t1, t2), (v0, v1, v2) = ts, vs
    def basis(a, b, c):
        return (x - b) * (x - c) / ((a - b) * (a - c)), ((x - b) + (x - c)) / ((a - b) * (a - c))
    b0, b1, b2 = basis(t0, t1, t2), basis(t1, t0, t2), basis(t2, t0, t1)
    return v0 * b0[0] + v1 * b1[0] + v2 * b2[0], v0 * b0[1] + v1 * b1[1] + v2 * b2[1]


def scan_joins(fun, j0, j1, threshold):
    """Locate points where fun (smooth between joins) jumps in value or first derivative.

    Daily samples; a cubic extrapolation of the previous four samples (4th difference) flags
    candidates; each candidate group is refined on a 0.001-day grid (max |second difference|),
    and the value/slope jumps are measured with quadratics fitted 0.5..1.5 days on either side.
    """
    n = int(j1 - j0) + 1
    jds = [j0 + i for i in range(n)]
    v = [fun(j) for j in jds]
    cand = [i for i in range(3, n - 1)
            if abs(v[i + 1] - (4 * v[i] - 6 * v[i - 1] + 4 * v[i - 2] - v[i - 3])) > threshold]
    groups = []
    for i in cand:
        if groups and i - groups[-1][-1] <= 5:
            groups[-1].append(i)
        else:
            groups.append([i])
    events = []
    for g in groups:
        a, b = jds[g[0]] - 3.0, jds[g[-1]] + 1.0
        h = 0.001
        m = int((b - a) / h) + 1
        ts = [a + k * h for k in range(m)]
        vs = [fun(t) for t in ts]
        k = max(range(1, m - 1), key=lambda k: abs(vs[k + 1] - 2 * vs[k] + vs[k - 1]))
        tb = ts[k]
        left = [tb - 1.5, tb - 1.0, tb - 0.5]
        right = [tb + 0.5, tb + 1.0, tb + 1.5]
        lv, ld = lagrange3(left, [fun(t) for t in left], tb)
        rv, rd = lagrange3(right, [fun(t) for t in right], tb)
        events.append((tb, rv - lv, (rd - ld) * 365.25))
    return events


def report_deltat(swe, fixture_jds):
    print("\n## Delta T")
    print(f"swe.get_tid_acc() at this point: {swe.get_tid_acc()!r} (state-dependent; see below)")
    mism = max(abs(swe.deltat(j) - swe.deltat_ex(j, swe.FLG_SWIEPH)) for j in fixture_jds)
    print(f"max |deltat(jd) - deltat_ex(jd, FLG_SWIEPH)| over swe_deltat.csv rows: {mism * 86400!r} s")
    print("key years ('year Y' = 2451545 + (Y-2000)*365.25):")
    print("  year  jd_ut          deltat [s]            deltat_ex(MOSEPH) [s]")
    for y in (1600, 1620, 1700, 1800, 1900, 1950, 1955, 2000, 2020, 2025, 2026, 2027, 2028,
              2030, 2050, 2100, 2200):
        j = jd_of_year(y)
        print(f"  {y}  {j:<13}  {swe.deltat(j) * 86400:<20.12f}  "
              f"{swe.deltat_ex(j, swe.FLG_MOSEPH) * 86400:.12f}")
    # robustness: a Moshier computation (the wheel's fallback) must not change swe.deltat()
    before = [swe.deltat(jd_of_year(y)) for y in (1600, 1800, 1900, 1950)]
    swe.calc_ut(J2000, swe.SUN, 0)
    after = [swe.deltat(jd_of_year(y)) for y in (1600, 1800, 1900, 1950)]
    print(f"swe.deltat unchanged after a Moshier-fallback calc_ut: {before == after}; "
          f"get_tid_acc now {swe.get_tid_acc()!r}")

    def fun(j):
        return swe.deltat(j) * 86400.0
    for lo, hi, label in ((1600, 2200, "1600..2200"), (-500, 1600, "-500..1600"),
                          (2200, 3000, "2200..3000")):
        ev = scan_joins(fun, jd_of_year(lo) - 5, jd_of_year(hi) + 5, 1e-9)
        print(f"\nDelta T joins {label} (daily scan, 4th-difference threshold 1e-9 s): {len(ev)} events")
        print("  jd_ut          gregorian UT            year(Julian)   d(value) [s]   d(slope) [s/yr]")
        for tb, dv, ds in ev:
            print(f"  {tb:<13.3f}  {gregorian(swe, tb)}  {year_of_jd(tb):11.5f}  {dv:+.3e}     {ds:+.3e}")


def gmst_iau2006(jd_ut, jd_tt):
    """IAU 2006 GMST (ERA + Capitaine et al. 2003 polynomial), UT1 := UT; hours."""
    du = jd_ut - J2000
    era_turns = (0.7790572732640 + 0.00273781191135448 * du + (jd_ut % 1.0) + (J2000 % 1.0)) % 1.0
    t = (jd_tt - J2000) / 36525.0
    poly = (0.014506 + 4612.156534 * t + 1.3915817 * t ** 2 - 0.00000044 * t ** 3
            - 0.000029956 * t ** 4 - 0.0000000368 * t ** 5)
    return (era_turns * 24.0 + poly / 15.0 / 3600.0) % 24.0


def eps_iau2006(jd_tt):
    t = (jd_tt - J2000) / 36525.0
    return (84381.406 - 46.836769 * t - 0.0001831 * t ** 2 + 0.00200340 * t ** 3
            - 0.000000576 * t ** 4 - 0.0000000434 * t ** 5) / 3600.0


def wrap_h(x):
    return (x + 12.0) % 24.0 - 12.0


def report_nutation(swe, recs):
    print("\n## Nutation / obliquity / sidereal time")
    r0 = next(r for r in recs if r["tt"] == J2000)
    print(f"swe.calc(2451545.0, swe.ECL_NUT, 0) = {swe.calc(J2000, swe.ECL_NUT, 0)!r}")
    print("  tuple order: (true obliquity, mean obliquity, nutation in longitude, nutation in "
          "obliquity, 0, 0) in degrees; second element = retflag")
    print(f"  retflags seen: {sorted({r['rf'] for r in recs})}; slots 4,5 always zero: "
          f"{all(r['z'] == (0.0, 0.0) for r in recs)}")
    print(f"  max |true - mean - deps| = {max(abs(r['te'] - r['me'] - r['deps']) for r in recs) * 3600!r} arcsec")
    print(f"  J2000: dpsi = {r0['dpsi'] * 3600!r} arcsec, deps = {r0['deps'] * 3600!r} arcsec, "
          f"mean eps = {r0['me']!r} deg")
    res = max(abs(r["ut"] + swe.deltat(r["ut"]) - r["tt"]) for r in recs) * 86400
    print(f"max |jd_ut + deltat(jd_ut) - jd_tt| after one iteration: {res!r} s")
    # GMST = sidtime0 with zero nutation, independent of eps
    dep = max(max(abs(wrap_h(swe.sidtime0(r["ut"], e, 0.0) - r["gmst"])) for e in (10.0, 23.0, 24.0, 30.0))
              for r in recs) * 3600
    print(f"sidtime0(jd_ut, eps, 0.0) for eps in 10,23,24,30 deg vs eps = mean obliquity: max change {dep!r} s")
    out = [r for r in recs if not (GMST_SWITCH_UT[0] <= r["ut"] < GMST_SWITCH_UT[1])]
    dep0_in = max(abs(wrap_h(swe.sidtime0(r["ut"], 0.0, 0.0) - r["gmst"])) for r in recs
                  if GMST_SWITCH_UT[0] <= r["ut"] < GMST_SWITCH_UT[1]) * 3600
    dep0_out = max(abs(wrap_h(swe.sidtime0(r["ut"], 0.0, 0.0) - r["gmst"])) for r in out) * 3600
    print(f"  BUT eps = 0.0 exactly is special: max change {dep0_in!r} s inside 1850..J2050, "
          f"{dep0_out!r} s outside (do not pass 0.0 as obliquity)")
    # GAST = sidtime0(ut, eps_true, dpsi) with nutation evaluated at SE's own TT
    d1 = d2 = d3 = 0.0
    for r in recs:
        tt_se = r["ut"] + swe.deltat(r["ut"])
        (te, me, dpsi, deps, _, _), _ = ecl_nut(swe, tt_se)
        d1 = max(d1, abs(wrap_h(r["gast"] - swe.sidtime0(r["ut"], te, dpsi))))
        d2 = max(d2, abs(wrap_h(r["gast"] - r["gmst"]) - dpsi * math.cos(math.radians(te)) / 15.0))
        d3 = max(d3, abs(wrap_h(r["gast"] - r["gmst"]) -
                         r["dpsi"] * math.cos(math.radians(r["te"])) / 15.0))
    print(f"max |sidtime(ut) - sidtime0(ut, eps_true, dpsi)| (nutation at ut+deltat(ut)): {d1 * 3600!r} s")
    print(f"max |(gast-gmst) - dpsi*cos(eps_true)/15| (nutation at ut+deltat(ut)): {d2 * 3600!r} s")
    print(f"max |(gast-gmst) - dpsi*cos(eps_true)/15| (nutation at the row's jd_tt): {d3 * 3600!r} s")
    # comparison with IAU 2006 formulas (public IERS Conventions expressions)
    inside = [r for r in recs if GMST_SWITCH_UT[0] <= r["ut"] < GMST_SWITCH_UT[1]]
    outside = [r for r in recs if not (GMST_SWITCH_UT[0] <= r["ut"] < GMST_SWITCH_UT[1])]
    def gres(r):
        return wrap_h(r["gmst"] - gmst_iau2006(r["ut"], r["ut"] + swe.deltat(r["ut"]))) * 3600e3
    print(f"GMST(SE) - GMST(IAU2006, UT1=UT): max |.| for 1850-01-01 <= ut < J2050: "
          f"{max(abs(gres(r)) for r in inside):.4f} ms; outside: max |.| "
          f"{max(abs(gres(r)) for r in outside):.4f} ms")
    for b in GMST_SWITCH_UT:
        vals = []
        for d in (-1.0, -1e-5, 1e-5, 1.0):
            u = b + d
            vals.append(wrap_h(swe.sidtime0(u, 23.4, 0.0) -
                               gmst_iau2006(u, u + swe.deltat(u))) * 3600e3)
        print(f"  around jd_ut {b}: GMST(SE)-IAU2006 at -1d, -1e-5d, +1e-5d, +1d = "
              + ", ".join(f"{v:.4f}" for v in vals) + f" ms  -> jump {vals[2] - vals[1]:+.4f} ms")
    de = [(r["me"] - eps_iau2006(r["tt"])) * 3600e3 for r in recs]
    print(f"mean obliquity(SE) - IAU2006 polynomial: min {min(de):.4f} mas, max {max(de):.4f} mas")


def main():
    swe, version = load_swe()
    print(f"# {SCRIPT}: pyswisseph {version}, swe.version {swe.version!r}")
    # Delta T first: a fresh library state before any planetary calculation.
    jds = deltat_fixture(swe, version)
    deltat_longrange_fixture(swe, version)
    recs = nutation_fixture(swe, version)
    report_deltat(swe, jds)
    report_nutation(swe, recs)


if __name__ == "__main__":
    main()
