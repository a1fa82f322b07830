#!/usr/bin/env python3
"""Generate Swiss Ephemeris reference fixtures for ayanamsas (sidereal modes).

Writes (relative to the repository root):
  tests/data/swe_ayanamsa.csv              every built-in sidereal mode x 520 UT instants, 1600..2200
  tests/data/swe_ayanamsa_modes.csv        one row per mode: empirical summary (kind, epoch, J2000 values)
  tests/data/swe_sidereal_positions.csv    Sun tropical vs Lahiri-sidereal longitude, 50 instants

and prints an empirical report (which call includes nutation, star-based behaviour, mode
differences vs Lahiri, fitted reference epochs) to stdout. That report is the source of the
numbers quoted in docs/research/swe-empirical.md.

Run:   tools/.venv/bin/python tools/gen_swe_ayanamsa_fixtures.py
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
SCRIPT = "tools/gen_swe_ayanamsa_fixtures.py"
REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"

J2000 = 2451545.0
B1950 = 2433282.42345905
SEED_AYANAMSA = 20261126
SEED_SIDEREAL = 20261127
LAHIRI = 1
SIDM_USER = 255


def jd_of_year(y):
    """'Year Y' as used throughout these fixtures: Julian years from J2000.0."""
    return J2000 + (y - 2000.0) * 365.25


def f(x):
    """Full-precision float text (shortest repr that round-trips exactly); '' for None."""
    return "" if x is None else repr(float(x))


def q(s):
    """RFC-4180 quoting, always applied to the free-text name column."""
    return '"' + s.replace('"', '""') + '"'


def wrap180(x):
    return (x + 180.0) % 360.0 - 180.0


def load_swe():
    version = importlib.metadata.version("pyswisseph")
    if version != EXPECTED_PYSWISSEPH:
        sys.exit(f"pyswisseph {version} installed, {EXPECTED_PYSWISSEPH} required "
                 f"(pip install -r tools/requirements-swe.txt)")
    # SE's default search path contains '.', and SE_EPHE_PATH is honoured if set: run from an
    # empty directory with the variable unset so no stray sefstars.txt / *.se1 can be found.
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
        "ephemeris: swe.set_ephe_path() NOT called; no ephemeris files and no sefstars.txt present "
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


def builtin_modes(swe):
    consts = {getattr(swe, n): n for n in dir(swe) if n.startswith("SIDM_")}
    consts.pop(SIDM_USER, None)
    hi = max(consts)
    assert sorted(consts) == list(range(hi + 1)), "SIDM_ constants are not contiguous"
    return [(m, consts[m], swe.get_ayanamsa_name(m)) for m in range(hi + 1)]


FIXED_INSTANTS = [  # (label, jd_ut)
    ("year 1600", jd_of_year(1600)), ("year 1650", jd_of_year(1650)),
    ("year 1700", jd_of_year(1700)), ("year 1750", jd_of_year(1750)),
    ("year 1800", jd_of_year(1800)), ("year 1850", jd_of_year(1850)),
    ("J1900", jd_of_year(1900)), ("year 1925", jd_of_year(1925)),
    ("J1950", jd_of_year(1950)), ("year 1956", jd_of_year(1956)),
    ("1956-03-21 0h (Lahiri epoch)", 2435553.5), ("year 1975", jd_of_year(1975)),
    ("J2000", J2000), ("year 2025", jd_of_year(2025)), ("year 2026", jd_of_year(2026)),
    ("J2050", jd_of_year(2050)), ("year 2075", jd_of_year(2075)), ("J2100", jd_of_year(2100)),
    ("year 2150", jd_of_year(2150)), ("year 2200", jd_of_year(2200)),
]


def instants():
    rng = random.Random(SEED_AYANAMSA)
    lo, hi = jd_of_year(1600), jd_of_year(2200)
    jds = {j for _, j in FIXED_INSTANTS}
    assert len(jds) == 20
    while len(jds) < 520:
        jds.add(rng.uniform(lo, hi))
    return sorted(jds)


def evaluate(swe, mode, jd_ut):
    """All calls for one (mode, instant). Returns a dict; errors are caught and recorded."""
    swe.set_sid_mode(mode, 0, 0)
    r = {"mode": mode, "ut": jd_ut, "tt": jd_ut + swe.deltat(jd_ut), "errors": []}
    def attempt(key, fn):
        try:
            r[key] = fn()
        except Exception as e:  # record, never abort
            r[key] = None
            r["errors"].append(f"{key}: {type(e).__name__}: {e}")
    attempt("mean", lambda: swe.get_ayanamsa_ut(jd_ut))
    attempt("ex0", lambda: swe.get_ayanamsa_ex_ut(jd_ut, 0))
    attempt("exnonut", lambda: swe.get_ayanamsa_ex_ut(jd_ut, swe.FLG_NONUT))
    attempt("exmos", lambda: swe.get_ayanamsa_ex_ut(jd_ut, swe.FLG_MOSEPH))
    attempt("mean_et", lambda: swe.get_ayanamsa(r["tt"]))
    attempt("ex_et", lambda: swe.get_ayanamsa_ex(r["tt"], 0))
    return r


# ------------------------------------------------------------------ reference-epoch fitting

FIT_GRID = [jd_of_year(y) for y in range(1600, 2201, 20)]


def fit_error(swe, target, t0_tt, a0):
    """Max |SIDM_USER(t0, a0) - target| over FIT_GRID (TT), arcsec."""
    swe.set_sid_mode(SIDM_USER, t0_tt, a0)
    return max(abs(wrap180(swe.get_ayanamsa(j) - v)) for j, v in zip(FIT_GRID, target)) * 3600


def mode_value_tt(swe, mode, jd_tt):
    swe.set_sid_mode(mode, 0, 0)
    return swe.get_ayanamsa(jd_tt)


def ut_of_tt(swe, t):
    u = t - swe.deltat(t)
    for _ in range(4):
        u = t - swe.deltat(u)
    return u


def fit_reference_epoch(swe, mode, zero):
    """Find t0 (TT) such that SIDM_USER with (t0, ayanamsa_mode(t0)) reproduces the mode.

    Coarse scan of t0 over years -3000..2600, then golden-section refinement, then snapping to
    candidates (TT or UT multiples of 0.5 day, B1950, the zero crossing of the mode).
    Returns (t0_tt, basis, a0, err)."""
    swe.set_sid_mode(mode, 0, 0)
    target = [swe.get_ayanamsa(j) for j in FIT_GRID]
    def err(t0):
        return fit_error(swe, target, t0, mode_value_tt(swe, mode, t0))
    best = min((err(jd_of_year(y)), y) for y in range(-3000, 2601, 25))
    lo, hi = jd_of_year(best[1] - 25), jd_of_year(best[1] + 25)
    g = (math.sqrt(5) - 1) / 2
    for _ in range(90):
        a, b = hi - g * (hi - lo), lo + g * (hi - lo)
        if err(a) < err(b):
            hi = b
        else:
            lo = a
    t0 = (lo + hi) / 2
    cands = [(round(t0 * 2) / 2, "TT")]
    ur = round(ut_of_tt(swe, t0) * 2) / 2
    cands.append((ur + swe.deltat(ur), "UT"))
    cands.append((B1950, "TT"))
    if zero is not None:
        cands.append((zero, "zero"))
    scored = sorted((err(c), c, basis) for c, basis in cands)
    e_fit = err(t0)
    if scored[0][0] <= max(2 * e_fit, 1e-9):
        e, t0, basis = scored[0]
    else:
        e, basis = e_fit, "fit"
    return t0, basis, mode_value_tt(swe, mode, t0), e


def zero_epoch(swe, mode):
    """TT jd where the mean ayanamsa (wrapped to -180..180) crosses zero, years -3000..3000."""
    def val(j):
        return wrap180(mode_value_tt(swe, mode, j))
    prev = None
    for y in range(-3000, 3001, 50):
        j = jd_of_year(y)
        v = val(j)
        if prev is not None and prev[1] < 0 <= v and v - prev[1] < 10:
            lo, hi = prev[0], j
            for _ in range(80):
                mid = (lo + hi) / 2
                if val(mid) < 0:
                    lo = mid
                else:
                    hi = mid
            return (lo + hi) / 2
        prev = (j, v)
    return None


# ----------------------------------------------------------------------------- fixtures

def ayanamsa_fixture(swe, version, modes, jds):
    rows, recs = [], {}
    for mode, const, name in modes:
        for j in jds:
            r = evaluate(swe, mode, j)
            recs[(mode, j)] = r
            true_val = r["ex0"][1] if r["ex0"] else None
            retflag = str(r["ex0"][0]) if r["ex0"] else ""
            status = "ok" if not r["errors"] else "error:" + "|".join(r["errors"]).replace(",", ";")
            rows.append((str(mode), f(j), f(r["tt"]), f(r["mean"]), f(true_val), retflag, status,
                         q(name)))
    comments = header_lines(swe, version, [
        "fixture: ayanamsa of every built-in sidereal mode (SIDM_USER = 255 excluded)",
        "per row: swe.set_sid_mode(mode, 0, 0) is called first",
        "column mode: sidereal mode number (swe.SIDM_* value, 0..%d)" % modes[-1][0],
        "column jd_ut: Julian day, UT [days]",
        "column jd_tt: jd_ut + swe.deltat(jd_ut) [days]",
        "column mean_deg: swe.get_ayanamsa_ut(jd_ut) = mean ayanamsa, no nutation [degrees]; "
        "identical to swe.get_ayanamsa(jd_tt) and to swe.get_ayanamsa_ex_ut(jd_ut, swe.FLG_NONUT)[1]",
        "column true_deg: swe.get_ayanamsa_ex_ut(jd_ut, 0)[1] = true ayanamsa = mean_deg + nutation "
        "in longitude dpsi(jd_tt) from swe.calc(jd_tt, swe.ECL_NUT, 0)[0][2] [degrees]",
        "column retflag: swe.get_ayanamsa_ex_ut(jd_ut, 0)[0] (2 = FLG_SWIEPH)",
        "column status: 'ok', or 'error:' + the exception text(s) of the failing call(s) "
        "(no mode failed in this run)",
        "column name: swe.get_ayanamsa_name(mode); LAST column, always double-quoted, embedded quotes "
        "doubled (RFC 4180): some names contain ',' or '\"'",
        "modes 17, 27..33, 35, 36, 39, 40 are star/galactic-based (see swe_ayanamsa_modes.csv, kind)",
        "instants: 20 fixed (years 1600,1650,1700,1750,1800,1850,1900,1925,1950,1956,1975,2000,2025,"
        "2026,2050,2075,2100,2150,2200 where 'year Y' = 2451545.0 + (Y-2000)*365.25, and jd 2435553.5 "
        f"= 1956-03-21 0h) + 500 uniform random jd_ut in [year 1600, year 2200] "
        f"(random.Random({SEED_AYANAMSA})); sorted by mode then jd_ut",
    ])
    cols = ["mode", "jd_ut", "jd_tt", "mean_deg", "true_deg", "retflag", "status", "name"]
    write_csv(DATA / "swe_ayanamsa.csv", comments, cols, rows)
    return recs


def modes_fixture(swe, version, modes, jds, recs):
    lahiri = {j: recs[(LAHIRI, j)]["mean"] for j in jds}
    rows, summary = [], []
    for mode, const, name in modes:
        swe.set_sid_mode(mode, 0, 0)
        mean_j2000 = swe.get_ayanamsa(J2000)
        rf_true, true_j2000 = swe.get_ayanamsa_ex(J2000, 0)
        rf_nonut = swe.get_ayanamsa_ex_ut(J2000, swe.FLG_NONUT)[0]
        diffs = [wrap180(recs[(mode, j)]["mean"] - lahiri[j]) * 3600 for j in jds]
        var = max(diffs) - min(diffs)
        zero = zero_epoch(swe, mode)
        t0, basis, a0, err = fit_reference_epoch(swe, mode, zero)
        fixed = err < 1e-8
        kind = "fixed_epoch" if fixed else "star_based"
        summary.append(dict(mode=mode, const=const, name=name, kind=kind, mean_j2000=mean_j2000,
                            true_j2000=true_j2000, rf_nonut=rf_nonut, var=var,
                            offset_j2000=wrap180(mean_j2000 - mode_value_tt(swe, LAHIRI, J2000)) * 3600,
                            t0=t0 if fixed else None, basis=basis if fixed else "",
                            t0_ut=ut_of_tt(swe, t0) if fixed else None,
                            a0=a0 if fixed else None, err=err, zero=zero))
        rows.append((str(mode), const, kind, f(mean_j2000), f(true_j2000), str(rf_nonut), f(var),
                     f(t0) if fixed else "", f(ut_of_tt(swe, t0)) if fixed else "",
                     basis if fixed else "", f(a0) if fixed else "",
                     f(err), f(zero), q(name)))
    comments = header_lines(swe, version, [
        "fixture: one row per built-in sidereal mode, empirical summary",
        "column mode: sidereal mode number; column sidm_constant: pyswisseph constant name",
        "column kind: fixed_epoch if SIDM_USER (255) with (t0, ayan_t0) reproduces the mode to < 1e-8 "
        "arcsec over years 1600..2200, else star_based (true position of a star / galactic point)",
        "column mean_j2000_tt_deg: swe.get_ayanamsa(2451545.0) after swe.set_sid_mode(mode, 0, 0) "
        "[degrees] (argument is TT)",
        "column true_j2000_tt_deg: swe.get_ayanamsa_ex(2451545.0, 0)[1] [degrees]",
        "column retflag_nonut: swe.get_ayanamsa_ex_ut(2451545.0, swe.FLG_NONUT)[0] "
        "(66 = FLG_NONUT|FLG_SWIEPH; star-based modes return 2)",
        "column variation_vs_lahiri_arcsec: max - min over the 520 instants of swe_ayanamsa.csv of "
        "(mean_deg(mode) - mean_deg(Lahiri)) [arcsec]",
        "column t0_jd_tt: reference epoch reproduced with swe.set_sid_mode(255, t0_jd_tt, ayan_t0_deg) "
        "(t0 passed as TT); empty for star_based",
        "column t0_jd_ut: the same instant in UT (t0_jd_ut + swe.deltat(t0_jd_ut) = t0_jd_tt)",
        "column t0_basis: TT = t0_jd_tt is a round julian day (x.0/x.5); UT = t0_jd_ut is a round julian "
        "day; zero = t0 is the instant where the mode's ayanamsa is 0 (ayan_t0 = 0); fit = golden-section "
        "optimum, no candidate fitted better (t0 then uncertain by ~0.003 day)",
        "column ayan_t0_deg: swe.get_ayanamsa(t0_jd_tt) for this mode [degrees]",
        "column fit_max_error_arcsec: max |SIDM_USER(t0, ayan_t0) - mode| over TT years 1600..2200 "
        "step 20 [arcsec]",
        "column zero_jd_tt: TT julian day at which the mean ayanamsa crosses 0 (searched -3000..3000)",
        "column name: swe.get_ayanamsa_name(mode); LAST column, always double-quoted (RFC 4180)",
    ])
    cols = ["mode", "sidm_constant", "kind", "mean_j2000_tt_deg", "true_j2000_tt_deg",
            "retflag_nonut", "variation_vs_lahiri_arcsec", "t0_jd_tt", "t0_jd_ut", "t0_basis", "ayan_t0_deg",
            "fit_max_error_arcsec", "zero_jd_tt", "name"]
    write_csv(DATA / "swe_ayanamsa_modes.csv", comments, cols, rows)
    return summary


def sidereal_positions_fixture(swe, version):
    rng = random.Random(SEED_SIDEREAL)
    fixed = [jd_of_year(y) for y in (1900, 1950, 2000, 2050, 2100)]
    jds = set(fixed)
    while len(jds) < 50:
        jds.add(rng.uniform(jd_of_year(1600), jd_of_year(2200)))
    jds = sorted(jds)
    swe.set_sid_mode(swe.SIDM_LAHIRI, 0, 0)
    rows, recs = [], []
    for j in jds:
        trop, rf_t = swe.calc_ut(j, swe.SUN, 0)
        sid, rf_s = swe.calc_ut(j, swe.SUN, swe.FLG_SIDEREAL)
        a_true = swe.get_ayanamsa_ex_ut(j, 0)[1]
        a_mos = swe.get_ayanamsa_ex_ut(j, swe.FLG_MOSEPH)[1]
        a_mean = swe.get_ayanamsa_ut(j)
        rows.append((f(j), f(trop[0]), f(sid[0]), f(trop[1]), f(sid[1]), str(rf_t), str(rf_s),
                     f(a_true), f(a_mos), f(a_mean)))
        recs.append(dict(ut=j, tl=trop[0], sl=sid[0], tb=trop[1], sb=sid[1], tr=trop[2], sr=sid[2],
                         rf_t=rf_t, rf_s=rf_s, true=a_true, mos=a_mos, mean=a_mean))
    comments = header_lines(swe, version, [
        "fixture: geocentric apparent Sun, tropical vs sidereal (Lahiri), to verify "
        "sidereal = tropical - true ayanamsa",
        "setup: swe.set_sid_mode(swe.SIDM_LAHIRI, 0, 0) once",
        "column jd_ut: Julian day, UT [days]",
        "column tropical_lon_deg / tropical_lat_deg: swe.calc_ut(jd_ut, swe.SUN, 0)[0][0] / [0][1] [degrees]",
        "column sidereal_lon_deg / sidereal_lat_deg: swe.calc_ut(jd_ut, swe.SUN, swe.FLG_SIDEREAL)[0][0] "
        "/ [0][1] [degrees]",
        "column retflag_tropical / retflag_sidereal: the [1] element of those calls; 4 = FLG_MOSEPH: "
        "without ephemeris files SE silently falls back to the Moshier ephemeris; 65604 = "
        "FLG_SIDEREAL|FLG_NONUT|FLG_MOSEPH",
        "column ayanamsa_true_deg: swe.get_ayanamsa_ex_ut(jd_ut, 0)[1] [degrees]",
        "column ayanamsa_true_moseph_deg: swe.get_ayanamsa_ex_ut(jd_ut, swe.FLG_MOSEPH)[1] [degrees] "
        "(the flag that matches the fallback ephemeris; differs from the previous column by < 1e-5 "
        "arcsec before 1955 because Delta T depends on the ephemeris' tidal acceleration)",
        "column ayanamsa_mean_deg: swe.get_ayanamsa_ut(jd_ut) [degrees]",
        "finding: (tropical_lon - sidereal_lon) mod 360 = ayanamsa_true_moseph_deg to < 1e-9 arcsec; "
        "latitudes identical",
        f"instants: J1900, J1950, J2000, J2050, J2100 (UT jd 2451545.0 + (Y-2000)*365.25) + 45 uniform "
        f"random jd_ut in [year 1600, year 2200] (random.Random({SEED_SIDEREAL})); sorted by jd_ut",
    ])
    cols = ["jd_ut", "tropical_lon_deg", "sidereal_lon_deg", "tropical_lat_deg", "sidereal_lat_deg",
            "retflag_tropical", "retflag_sidereal", "ayanamsa_true_deg", "ayanamsa_true_moseph_deg",
            "ayanamsa_mean_deg"]
    write_csv(DATA / "swe_sidereal_positions.csv", comments, cols, rows)
    return recs


# ------------------------------------------------------------------------------- report

def gregorian(swe, jd):
    """Calendar date: Julian calendar before 1582-10-15, Gregorian after (astronomical years)."""
    if jd < 2299160.5:
        y, m, d, h = swe.revjul(jd, swe.JUL_CAL)
        return f"{y}-{m:02d}-{d:02d} {h:.4f}h jul"
    y, m, d, h = swe.revjul(jd, swe.GREG_CAL)
    return f"{y}-{m:02d}-{d:02d} {h:.4f}h"


def report(swe, modes, jds, recs, summary, sid):
    print("\n## Modes")
    print(f"built-in modes: 0..{modes[-1][0]} ({len(modes)}); SIDM_USER = {SIDM_USER}")
    for probe in (modes[-1][0] + 1, modes[-1][0] + 10):
        try:
            nm = swe.get_ayanamsa_name(probe)
        except Exception as e:
            nm = f"<{type(e).__name__}: {e}>"
        try:
            swe.set_sid_mode(probe, 0, 0)
            v = swe.get_ayanamsa_ut(J2000)
        except Exception as e:
            v = f"<{type(e).__name__}: {e}>"
        print(f"  probe mode {probe}: name {nm!r}, get_ayanamsa_ut(J2000) = {v!r}")
    errs = [(k, r["errors"]) for k, r in recs.items() if r["errors"]]
    print(f"calls that raised: {len(errs)}" + (f" e.g. {errs[:3]}" if errs else ""))

    print("\n## Which call includes nutation")
    d_et = d_nonut = d_nut = d_exet = 0.0
    rf0, rfn = set(), {}
    for (mode, j), r in recs.items():
        dpsi = swe.calc(r["tt"], swe.ECL_NUT, 0)[0][2]
        d_et = max(d_et, abs(r["mean"] - r["mean_et"]))
        d_nonut = max(d_nonut, abs(r["mean"] - r["exnonut"][1]))
        d_nut = max(d_nut, abs(r["ex0"][1] - r["mean"] - dpsi))
        d_exet = max(d_exet, abs(r["ex0"][1] - r["ex_et"][1]))
        rf0.add(r["ex0"][0])
        rfn.setdefault(r["exnonut"][0], set()).add(mode)
    print(f"max |get_ayanamsa_ut(ut) - get_ayanamsa(ut + deltat(ut))| = {d_et * 3600!r} arcsec")
    print(f"max |get_ayanamsa_ut(ut) - get_ayanamsa_ex_ut(ut, FLG_NONUT)| = {d_nonut * 3600!r} arcsec")
    print(f"max |get_ayanamsa_ex_ut(ut, 0) - get_ayanamsa_ut(ut) - dpsi(ut + deltat(ut))| = "
          f"{d_nut * 3600!r} arcsec")
    print(f"max |get_ayanamsa_ex_ut(ut, 0) - get_ayanamsa_ex(ut + deltat(ut), 0)| = {d_exet * 3600!r} arcsec")
    print(f"retflags of ex_ut(ut, 0): {sorted(rf0)}; of ex_ut(ut, FLG_NONUT): "
          + "; ".join(f"{k} for modes {sorted(v)}" for k, v in sorted(rfn.items())))
    mos = {}
    for (mode, j), r in recs.items():
        mos[mode] = max(mos.get(mode, 0.0), abs(r["exmos"][1] - r["ex0"][1]) * 3600)
    print("max |ex_ut(ut, FLG_MOSEPH) - ex_ut(ut, 0)| per mode [arcsec] (nonzero only): "
          + ", ".join(f"{m}:{v:.2e}" for m, v in sorted(mos.items()) if v > 0))

    print("\n## Star-based modes vs swe.fixstar2_ut (built-in star data, no sefstars.txt)")
    for mode, star in ((27, "Spica"), (28, "Revati"), (29, "Pushya"), (35, "Mula"), (39, "Pushya")):
        try:
            found = swe.fixstar2_ut(star, J2000, 0)[1]
        except Exception as e:
            print(f"  mode {mode}: fixstar2_ut({star!r}) raised {e}")
            continue
        c_true, c_mean, c_noab = [], [], []
        for j in jds:
            r = recs[(mode, j)]
            c_true.append(wrap180(swe.fixstar2_ut(star, j, 0)[0][0] - r["ex0"][1]))
            c_mean.append(wrap180(swe.fixstar2_ut(star, j, swe.FLG_NONUT)[0][0] - r["mean"]))
            c_noab.append(wrap180(swe.fixstar2_ut(star, j, swe.FLG_NOABERR | swe.FLG_NOGDEFL)[0][0]
                                  - r["ex0"][1]))
        def spread(c):
            d = [wrap180(x - c[0]) for x in c]
            return (max(d) - min(d)) * 3600
        print(f"  mode {mode} ({star!r} -> {found!r}): apparent star lon - true ayanamsa = "
              f"{c_true[0] % 360:.10f} deg, spread {spread(c_true):.2e}\"; "
              f"(NONUT star lon - mean ayanamsa) spread {spread(c_mean):.2e}\"; "
              f"with NOABERR|NOGDEFL spread {spread(c_noab):.1f}\"")
    for star in ("Gal. Center", "GP1958"):
        try:
            print(f"  fixstar2_ut({star!r}): {swe.fixstar2_ut(star, J2000, 0)}")
        except Exception as e:
            print(f"  fixstar2_ut({star!r}) raised: {e}")

    print("\n## Per-mode summary")
    print("mode kind         mean@J2000TT [deg]      true@J2000TT [deg]      "
          "offset vs Lahiri@J2000 [\"]  var vs Lahiri 1600-2200 [\"]  t0 TT (basis)   t0 UT   t0 date (UT)   "
          "ayan_t0 [deg]         fit err [\"]  zero-crossing (TT)   name")
    for s in summary:
        t0 = f"{s['t0']:.6f} ({s['basis']})  {s['t0_ut']:.6f}" if s["t0"] else "-"
        t0d = gregorian(swe, s["t0_ut"]) if s["t0"] else "-"
        a0 = f"{s['a0']:.12f}" if s["a0"] is not None else "-"
        z = gregorian(swe, s["zero"]) if s["zero"] else "-"
        print(f"{s['mode']:>3}  {s['kind']:<11}  {s['mean_j2000']:<22.15f}  {s['true_j2000']:<22.15f}  "
              f"{s['offset_j2000']:>14.6f}  {s['var']:>14.6g}  {t0:<38}  {t0d:<24}  {a0:<20}  "
              f"{s['err']:.2e}  {z:<22}  {s['name']}")

    print("\n## Sidereal positions (Lahiri, Sun)")
    dt_true = max(abs(wrap180(r["tl"] - r["sl"] - r["true"])) for r in sid) * 3600
    dt_mos = max(abs(wrap180(r["tl"] - r["sl"] - r["mos"])) for r in sid) * 3600
    dt_mean = max(abs(wrap180(r["tl"] - r["sl"] - r["mean"])) for r in sid) * 3600
    dlat = max(abs(r["tb"] - r["sb"]) for r in sid) * 3600
    drad = max(abs(r["tr"] - r["sr"]) for r in sid)
    print(f"retflags tropical {sorted({r['rf_t'] for r in sid})}, sidereal {sorted({r['rf_s'] for r in sid})}")
    print(f"max |(trop - sid) - ayanamsa_ex_ut(ut, FLG_MOSEPH)| = {dt_mos!r} arcsec")
    print(f"max |(trop - sid) - ayanamsa_ex_ut(ut, 0)|          = {dt_true!r} arcsec")
    print(f"max |(trop - sid) - get_ayanamsa_ut(ut)| (mean)     = {dt_mean!r} arcsec")
    print(f"max |lat_trop - lat_sid| = {dlat!r} arcsec; max |dist_trop - dist_sid| = {drad!r} au")


def main():
    swe, version = load_swe()
    print(f"# {SCRIPT}: pyswisseph {version}, swe.version {swe.version!r}")
    modes = builtin_modes(swe)
    jds = instants()
    recs = ayanamsa_fixture(swe, version, modes, jds)
    summary = modes_fixture(swe, version, modes, jds, recs)
    sid = sidereal_positions_fixture(swe, version)
    report(swe, modes, jds, recs, summary, sid)


if __name__ == "__main__":
    main()
