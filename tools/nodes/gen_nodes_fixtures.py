#!/usr/bin/env python3
"""Generate reference fixtures for the lunar nodes (Rahu/Ketu) and the mean lunar apogee.

Writes (relative to the repository root):
  tests/data/nodes_mean_swe.csv    Swiss Ephemeris mean node (SE_MEAN_NODE), with and without nutation
  tests/data/nodes_apogee_swe.csv  Swiss Ephemeris mean apogee (SE_MEAN_APOG, "Lilith")
  tests/data/nodes_true_jpl.csv    true (osculating) node computed the way Swiss Ephemeris defines
                                   it, but from the JPL Moon (DE421 for 1900-2050, DE405 otherwise),
                                   next to pyswisseph's own (Moshier-based) SE_TRUE_NODE

It also prints a report: how far this script's own re-implementation of the Swiss Ephemeris
definitions (written from docs/research/nodes.md, not from SE code) is from pyswisseph.
The numbers quoted in docs/research/nodes.md and tests/data/README.md come from that report.

Run (from the repository root):
  tools/nodes/.venv/bin/python tools/nodes/gen_nodes_fixtures.py [all|mean|apogee|true]
Setup:
  python3 -m venv tools/nodes/.venv && tools/nodes/.venv/bin/pip install -r tools/nodes/requirements.txt

pyswisseph (AGPL) is only *called* here to produce numbers; none of its source is copied.
swe.set_ephe_path() is deliberately NOT called: the wheel ships no ephemeris files, so planetary
positions (and SE_TRUE_NODE) come from the analytic Moshier Moon.
"""

import importlib.metadata
import math
import os
import random
import sys
import tempfile
import warnings
from pathlib import Path

import numpy as np

EXPECTED = {
    "pyswisseph": "2.10.3.2",
    "pyerfa": "2.0.1.5",
    "numpy": "2.4.6",
    "jplephem": "2.24",
    "de405": "1997.1",
    "skyfield": "1.55",
    "skyfield-data": "7.0.0",
}
GENERATION_DATE = "2026-11-23"
SCRIPT = "tools/nodes/gen_nodes_fixtures.py"
REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data"

J2000 = 2451545.0


def jd_of_year(y):
    """'Year Y' as in tests/data/README.md: JD = 2451545.0 + (Y - 2000) * 365.25."""
    return J2000 + (y - 2000.0) * 365.25


JD_1600, JD_1900, JD_2050, JD_2200 = (jd_of_year(y) for y in (1600, 1900, 2050, 2200))
SEED_MEAN = 20261130
SEED_TRUE = 20261131
SEED_TRUE_MODERN = 20261132
N_MEAN = 1000
N_TRUE = 1000
N_TRUE_MODERN = 200
H_SPEED = 0.01  # days, central difference for the JPL-based true node speed

# ---------------------------------------------------------------------------
# Environment: no ephemeris files, no stray SE_EPHE_PATH, SE's default path "." made empty.
os.environ.pop("SE_EPHE_PATH", None)
_EMPTY = tempfile.mkdtemp(prefix="nodes_fixtures_")
os.chdir(_EMPTY)
warnings.filterwarnings("ignore", message=".*has expired.*")

import erfa  # noqa: E402
import swisseph as swe  # noqa: E402
import de405  # noqa: E402
from jplephem.ephem import Ephemeris  # noqa: E402
from skyfield.api import Loader  # noqa: E402
from skyfield_data import get_skyfield_data_path  # noqa: E402

AS2R = math.pi / 648000.0
AUNIT_KM = 149597870.700          # au in km (IAU 2012; also SE's AUNIT and skyfield's)
CLIGHT_KM_S = 299792.458
# Only for the osculating-ellipse quantities in the Moshier self-check (apogee); the node
# direction does not depend on them: G*M_earth (m^3/s^2) and M_earth/M_moon.
GM_EARTH = 3.98600448e14
EARTH_MOON_MASS_RATIO = 1.0 / 0.0123000383
MOON_MEAN_INCL_DEG = 5.1453964     # Astronomical Almanac 1996, D2 (used by SE's mean apogee)


def versions():
    out = {}
    for name in EXPECTED:
        out[name] = importlib.metadata.version(name)
    return out


# ---------------------------------------------------------------------------
# Rotations and the frame "true ecliptic and equinox of date" as Swiss Ephemeris builds it.

def r1(a):
    c, s = math.cos(a), math.sin(a)
    return np.array([[1.0, 0.0, 0.0], [0.0, c, s], [0.0, -s, c]])


def r3(a):
    c, s = math.cos(a), math.sin(a)
    return np.array([[c, s, 0.0], [-s, c, 0.0], [0.0, 0.0, 1.0]])


def se_nutation(jd_tt):
    """(mean obliquity, dpsi, deps) in radians, from swe.calc(jd, ECL_NUT): Vondrak 2011 eps_A
    and SE's IAU 2000B nutation (both reproduced independently in docs/research/se-conventions.md)."""
    x, _ = swe.calc(jd_tt, swe.ECL_NUT, 0)
    return math.radians(x[1]), math.radians(x[2]), math.radians(x[3])


BIAS = erfa.bp06(J2000, 0.0)[0]  # IAU 2006 frame bias, ICRS -> mean J2000 (same numbers as SE)


def precession(jd_tt):
    """Vondrak, Capitaine & Wallace (2011) long-term precession matrix, J2000 mean -> mean of date."""
    return erfa.ltp(2000.0 + (jd_tt - J2000) / 365.25)


def icrs_to_true_ecliptic(jd_tt):
    """Rotation ICRS -> true ecliptic and equinox of date (x toward the true equinox)."""
    eps, dpsi, deps = se_nutation(jd_tt)
    nut = r1(-(eps + deps)) @ r3(-dpsi) @ r1(eps)
    return r1(eps + deps) @ nut @ precession(jd_tt) @ BIAS


def mean_ecliptic_to_j2000_equator(jd_tt, eps):
    """Mean ecliptic of date -> mean J2000 equator, obliquity eps given."""
    return precession(jd_tt).T @ r1(-eps)


# ---------------------------------------------------------------------------
# Osculating node (and apogee) from a geocentric lunar state in the ecliptic-of-date frame.

def node_longitude(x, v):
    """Longitude (rad, 0..2pi) of the ascending node of the plane spanned by x and v on the
    x-y plane: direction z x (x cross v)."""
    h = np.cross(x, v)
    return math.atan2(h[0], -h[1]) % (2.0 * math.pi)


def node_vector_se_form(x, v):
    """The same direction written as Swiss Ephemeris writes it: the point where the tangent line
    x + s*v pierces the x-y plane, signed so that it points to the ascending node."""
    vz = v[2] if abs(v[2]) >= 1e-15 else 1e-15
    return (x - x[2] / vz * v) * math.copysign(1.0, vz)


def osc_node_and_apogee(x, v):
    """x (au), v (au/day) in the ecliptic-of-date frame -> (node vector, apogee vector), the node
    vector scaled to the radius of the osculating ellipse at the node (as SE reports it)."""
    gm = GM_EARTH * (1.0 + 1.0 / EARTH_MOON_MASS_RATIO) / (AUNIT_KM * 1e3) ** 3 * 86400.0 ** 2
    nvec = node_vector_se_form(x, v)
    node = math.atan2(nvec[1], nvec[0])
    h = np.cross(x, v)
    c2 = float(h @ h)
    sin_i = math.hypot(h[0], h[1]) / math.sqrt(c2)
    cos_i = math.sqrt(1.0 - sin_i * sin_i)
    u = math.atan2(x[2] / sin_i, x[0] * math.cos(node) + x[1] * math.sin(node))  # arg. of latitude
    r = math.sqrt(float(x @ x))
    a = 1.0 / (2.0 / r - float(v @ v) / gm)
    e = math.sqrt(1.0 - c2 / gm / a)
    cos_ea = (1.0 - r / a) / e
    sin_ea = float(x @ v) / e / math.sqrt(a * gm)
    nu = 2.0 * math.atan(math.sqrt((1 + e) / (1 - e)) * sin_ea / (1 + cos_ea))  # true anomaly
    w = (u - nu + math.pi) % (2.0 * math.pi)  # apogee, counted from the node in the orbit plane
    lam = node + math.atan2(math.sin(w) * cos_i, math.cos(w))
    bet = math.asin(math.sin(w) * sin_i)
    ra = a * (1.0 + e)
    apo = ra * np.array([math.cos(bet) * math.cos(lam), math.cos(bet) * math.sin(lam), math.sin(bet)])
    nu_node = (nu - u) % (2.0 * math.pi)  # true anomaly of the node
    ea_node = 2.0 * math.atan(math.tan(nu_node / 2.0) / math.sqrt((1 + e) / (1 - e)))
    rn = a * (1.0 - e * math.cos(ea_node))
    return nvec * rn / math.sqrt(float(nvec @ nvec)), apo


def polar_lon_speed(x, v):
    """Ecliptic longitude (deg, 0..360) and its rate (deg/day) of a cartesian state."""
    lon = math.degrees(math.atan2(x[1], x[0])) % 360.0
    dlon = math.degrees((x[0] * v[1] - x[1] * v[0]) / (x[0] ** 2 + x[1] ** 2))
    return lon, dlon


def polar_lat(x):
    return math.degrees(math.asin(x[2] / math.sqrt(float(x @ x))))


def angdiff_arcsec(a_deg, b_deg):
    return abs((a_deg - b_deg + 180.0) % 360.0 - 180.0) * 3600.0


# ---------------------------------------------------------------------------
# Mean elements (Moshier's DE404 fit of the ELP2000-85 mean arguments, as used by SE).
# Omega = L - F, perigee = L - l (arcsec; T in Julian centuries TT from J2000).
_L = (785939.95571, 1732564372.83264 - 6.784914260953e-01,
      -5.663161722088e+00, 5.722859298199e-03, -8.466472828815e-05)
_F = (335779.55755, 1739527263.0983 - 2.079419901760e-01,
      -1.312045233711e+01, -1.138215912580e-03, -9.646018347184e-06)
_LP = (485868.28096, 1717915923.4728 - 2.035946368532e-01,
       3.146734198839e+01, 4.768357585780e-02, -3.421689790404e-04)
OMEGA = tuple(a - b for a, b in zip(_L, _F))
PERIGEE = tuple(a - b for a, b in zip(_L, _LP))


def poly_arcsec(c, jd_tt):
    t = (jd_tt - J2000) / 36525.0
    return (((c[4] * t + c[3]) * t + c[2]) * t + c[1]) * t + c[0]


def mean_node_rad(jd_tt):
    """Mean node on the mean ecliptic of date, from the mean equinox of date (valid 0..2900 CE,
    where SE's long-term correction table is zero)."""
    return (poly_arcsec(OMEGA, jd_tt) % 1296000.0) * AS2R


def mean_apogee_rad(jd_tt):
    """(longitude, latitude) of SE's mean apogee on the mean ecliptic of date: the mean perigee + 180 deg
    placed on the mean orbit (inclination 5.1453964 deg to the ecliptic, node = mean node)."""
    om = mean_node_rad(jd_tt)
    u = (poly_arcsec(PERIGEE, jd_tt) % 1296000.0) * AS2R + math.pi - om
    inc = math.radians(MOON_MEAN_INCL_DEG)
    lam = (om + math.atan2(math.sin(u) * math.cos(inc), math.cos(u))) % (2 * math.pi)
    return lam, math.asin(math.sin(u) * math.sin(inc))


# ---------------------------------------------------------------------------
# JPL Moon: geocentric position (au) and velocity (au/day) in the ICRF, argument TT used as TDB
# (as Swiss Ephemeris does).

_DE405 = Ephemeris(de405)
_SF_LOAD = Loader(get_skyfield_data_path())
_DE421 = _SF_LOAD("de421.bsp")
_TS = _SF_LOAD.timescale(builtin=True)
_DE421_MOON = _DE421["moon"] - _DE421["earth"]


def moon_de405(jd):
    p, v = _DE405.position_and_velocity("moon", jd)
    return np.asarray(p).ravel() / AUNIT_KM, np.asarray(v).ravel() / AUNIT_KM


def moon_de421(jd):
    s = _DE421_MOON.at(_TS.tdb_jd(jd))
    return np.array(s.position.au), np.array(s.velocity.au_per_d)


def uses_de421(jd):
    return JD_1900 <= jd <= JD_2050


def true_node_lon(jd_tt, moon, light_time=True):
    """Swiss Ephemeris's true node from an ephemeris Moon: the Moon's geocentric ICRF state, taken
    at t - r/c (r = geometric distance at t) unless light_time is False, rotated (position and
    velocity alike, no frame-rotation term added to the velocity) into the true ecliptic and
    equinox of t; node = ascending node of the plane of (r, v) on that ecliptic. Degrees."""
    x, v = moon(jd_tt)
    if light_time:
        dt = math.sqrt(float(x @ x)) * AUNIT_KM / CLIGHT_KM_S / 86400.0
        x, v = moon(jd_tt - dt)
    m = icrs_to_true_ecliptic(jd_tt)
    return math.degrees(node_longitude(m @ x, m @ v))


def true_node_lon_speed(jd_tt, moon, h=H_SPEED):
    lon = true_node_lon(jd_tt, moon)
    lp = true_node_lon(jd_tt + h, moon)
    lm = true_node_lon(jd_tt - h, moon)
    spd = ((lp - lm + 180.0) % 360.0 - 180.0) / (2.0 * h)
    return lon, spd


def true_node_se_speed_form(jd_tt, moon, h=1e-4):
    """SE's own speed recipe (with an ephemeris file): node vectors at t +- 1e-4 d, each scaled to
    the osculating-ellipse radius, differenced as cartesian vectors. For the report only."""
    vecs = []
    for t in (jd_tt - h, jd_tt + h, jd_tt):
        x, v = moon(t)
        dt = math.sqrt(float(x @ x)) * AUNIT_KM / CLIGHT_KM_S / 86400.0
        x, v = moon(t - dt)
        m = icrs_to_true_ecliptic(t)
        vecs.append(osc_node_and_apogee(m @ x, m @ v)[0])
    return polar_lon_speed(vecs[2], (vecs[1] - vecs[0]) / (2 * h))


# ---------------------------------------------------------------------------
# Moshier self-check: feed SE's own analytic Moon into this script's pipeline.

_FLG_RAW_MOON = (swe.FLG_MOSEPH | swe.FLG_TRUEPOS | swe.FLG_J2000 | swe.FLG_ICRS | swe.FLG_NONUT
                 | swe.FLG_EQUATORIAL | swe.FLG_XYZ | swe.FLG_SPEED)


def moshier_moon_raw(jd):
    """SE's Moshier Moon as SE hands it to the node code: geometric, mean J2000 equator (SE
    converted it from the mean ecliptic of date with the obliquity of jd), au and au/day."""
    m, _ = swe.calc(jd, swe.MOON, _FLG_RAW_MOON)
    return np.array(m[:3]), np.array(m[3:])


def true_node_moshier(jd_tt, quirk=True):
    """Re-implementation of SE_TRUE_NODE / SE_OSCU_APOG with the Moshier Moon: three states at
    t - 0.1, t + 0.1, t (no light-time); SE applies the frame bias (ephemeris number 403 >= 403);
    the node/apogee speeds are cartesian central differences. quirk: SE converts the Moshier Moon
    at t +- 0.1 from ecliptic to equator with the obliquity of t, not of t +- 0.1."""
    h = 0.1
    eps_main = se_nutation(jd_tt)[0]
    res = []
    for t in (jd_tt - h, jd_tt + h, jd_tt):
        x, v = moshier_moon_raw(t)
        if quirk and t != jd_tt:
            eps_t = se_nutation(t)[0]
            fix = mean_ecliptic_to_j2000_equator(t, eps_main) @ np.linalg.inv(
                mean_ecliptic_to_j2000_equator(t, eps_t))
            x, v = fix @ x, fix @ v
        m = icrs_to_true_ecliptic(t)
        res.append(osc_node_and_apogee(m @ x, m @ v))
    node = polar_lon_speed(res[2][0], (res[1][0] - res[0][0]) / (2 * h))
    apo = polar_lon_speed(res[2][1], (res[1][1] - res[0][1]) / (2 * h))
    return node, apo, polar_lat(res[2][1])


# ---------------------------------------------------------------------------
# Writing

def fmt(x):
    return repr(float(x))


def header_lines(title, lines, cols):
    vers = versions()
    out = [f"# {title}",
           f"# generator: {SCRIPT} (run: tools/nodes/.venv/bin/python {SCRIPT})",
           "# packages: " + ", ".join(f"{k}=={v}" for k, v in vers.items()),
           f"# swe.version: {swe.version}; no ephemeris files (swe.set_ephe_path not called)",
           f"# generated: {GENERATION_DATE}"]
    out += [f"# {ln}" for ln in lines]
    out.append(",".join(cols))
    return out


def write(path, head, rows):
    with open(path, "w", newline="\n") as f:
        for ln in head:
            f.write(ln + "\n")
        for r in rows:
            f.write(",".join(r) + "\n")
    print(f"wrote {path.relative_to(REPO)}: {len(rows)} rows")


def mean_instants():
    rng = random.Random(SEED_MEAN)
    jds = {round(rng.uniform(JD_1600, JD_2200), 6) for _ in range(N_MEAN)}
    jds |= {jd_of_year(y) for y in range(1600, 2201, 25)}
    return sorted(jds)


def true_instants():
    rng = random.Random(SEED_TRUE)
    jds = {round(rng.uniform(JD_1600, JD_2200), 6) for _ in range(N_TRUE)}
    rng2 = random.Random(SEED_TRUE_MODERN)
    jds |= {round(rng2.uniform(JD_1900, JD_2050), 6) for _ in range(N_TRUE_MODERN)}
    jds.add(J2000)
    return sorted(jds)


FLAGS = swe.FLG_SWIEPH | swe.FLG_SPEED  # pyswisseph's default flags argument
FLAGS_NONUT = FLAGS | swe.FLG_NONUT


def gen_mean():
    jds = mean_instants()
    rows = []
    rep = dict(lon=0.0, nonut=0.0, spd=0.0, spd_nonut=0.0, flag0=0.0)
    for jd in jds:
        x, _ = swe.calc(jd, swe.MEAN_NODE, FLAGS)
        xn, _ = swe.calc(jd, swe.MEAN_NODE, FLAGS_NONUT)
        x0, _ = swe.calc(jd, swe.MEAN_NODE, 0)
        assert x[1] == 0.0 and xn[1] == 0.0
        rep["flag0"] = max(rep["flag0"], angdiff_arcsec(x0[0], x[0]))
        rows.append([fmt(jd), fmt(x[0]), fmt(x[1]), fmt(x[3]), fmt(xn[0]), fmt(xn[3])])
        # self-check: Omega(t) + dpsi(t); speed = backward difference over 0.001 d + nutation rate
        om = mean_node_rad(jd)
        eps, dpsi, deps = se_nutation(jd)
        rep["lon"] = max(rep["lon"], angdiff_arcsec(math.degrees(om + dpsi), x[0]))
        rep["nonut"] = max(rep["nonut"], angdiff_arcsec(math.degrees(om), xn[0]))
        dom = ((om - mean_node_rad(jd - 0.001) + math.pi) % (2 * math.pi) - math.pi) / 0.001
        _, dpsi1, _ = se_nutation(jd - 1e-4)
        spd = math.degrees(dom + (dpsi - dpsi1) / 1e-4)
        rep["spd"] = max(rep["spd"], abs(spd - x[3]) * 3600)
        rep["spd_nonut"] = max(rep["spd_nonut"], abs(math.degrees(dom) - xn[3]) * 3600)
    head = header_lines(
        "Swiss Ephemeris mean lunar node (SE_MEAN_NODE = 10), tropical, geocentric",
        [f"calls: (x, ret) = swe.calc(jd_tt, swe.MEAN_NODE, swe.FLG_SWIEPH | swe.FLG_SPEED)  [= {FLAGS}, "
         "pyswisseph's default; flags 0 gives the same position but zero speed]",
         f"       (xn, ret) = swe.calc(jd_tt, swe.MEAN_NODE, swe.FLG_SWIEPH | swe.FLG_SPEED | swe.FLG_NONUT)"
         f"  [= {FLAGS_NONUT}]",
         "columns: jd_tt = Julian day TT; lon_deg = x[0] (true ecliptic and equinox of date, i.e. with "
         "nutation in longitude); lat_deg = x[1] (always 0); lon_speed_deg_per_day = x[3]; "
         "lon_nonut_deg = xn[0] (mean equinox of date); lon_nonut_speed_deg_per_day = xn[3]",
         f"instants: {N_MEAN} uniform random jd_tt in [year 1600, year 2200] (random.Random({SEED_MEAN}), "
         "rounded to 1e-6 d) plus every 25 years 1600..2200; 'year Y' = 2451545.0 + (Y-2000)*365.25; sorted",
         "units: degrees, degrees/day; floats are Python repr() (exact doubles)"],
        ["jd_tt", "lon_deg", "lat_deg", "lon_speed_deg_per_day", "lon_nonut_deg",
         "lon_nonut_speed_deg_per_day"])
    write(DATA / "nodes_mean_swe.csv", head, rows)
    print("  self-check, mean node (this script's formula vs pyswisseph), max over rows:")
    print(f"    |Omega + dpsi - lon| = {rep['lon']:.3g}\"   |Omega - lon_nonut| = {rep['nonut']:.3g}\"")
    print(f"    speed: |mine - swe| = {rep['spd']:.3g}\"/d (with nutation), {rep['spd_nonut']:.3g}\"/d (NONUT)")
    print(f"    flags 0 vs flags {FLAGS}: position differs by at most {rep['flag0']:.3g}\"")


def gen_apogee():
    jds = mean_instants()
    rows = []
    rep = dict(lon=0.0, lat=0.0, nonut=0.0)
    for jd in jds:
        x, _ = swe.calc(jd, swe.MEAN_APOG, FLAGS)
        xn, _ = swe.calc(jd, swe.MEAN_APOG, FLAGS_NONUT)
        rows.append([fmt(jd), fmt(x[0]), fmt(x[1]), fmt(x[2]), fmt(x[3]), fmt(x[4]), fmt(xn[0])])
        lam, bet = mean_apogee_rad(jd)
        _, dpsi, _ = se_nutation(jd)
        rep["lon"] = max(rep["lon"], angdiff_arcsec(math.degrees(lam + dpsi), x[0]))
        rep["nonut"] = max(rep["nonut"], angdiff_arcsec(math.degrees(lam), xn[0]))
        rep["lat"] = max(rep["lat"], abs(math.degrees(bet) - x[1]) * 3600)
    head = header_lines(
        "Swiss Ephemeris mean lunar apogee (SE_MEAN_APOG = 12, 'Lilith'), tropical, geocentric",
        [f"calls: (x, ret) = swe.calc(jd_tt, swe.MEAN_APOG, swe.FLG_SWIEPH | swe.FLG_SPEED)  [= {FLAGS}]",
         f"       (xn, ret) = swe.calc(jd_tt, swe.MEAN_APOG, swe.FLG_SWIEPH | swe.FLG_SPEED | swe.FLG_NONUT)",
         "columns: jd_tt; lon_deg = x[0] (true equinox of date); lat_deg = x[1]; dist_au = x[2]; "
         "lon_speed_deg_per_day = x[3]; lat_speed_deg_per_day = x[4]; lon_nonut_deg = xn[0] (mean equinox)",
         "instants: the same as nodes_mean_swe.csv",
         "units: degrees, au, degrees/day; floats are Python repr() (exact doubles)"],
        ["jd_tt", "lon_deg", "lat_deg", "dist_au", "lon_speed_deg_per_day", "lat_speed_deg_per_day",
         "lon_nonut_deg"])
    write(DATA / "nodes_apogee_swe.csv", head, rows)
    print("  self-check, mean apogee, max over rows:")
    print(f"    |lon| = {rep['lon']:.3g}\"  |lon_nonut| = {rep['nonut']:.3g}\"  |lat| = {rep['lat']:.3g}\"")


def gen_true():
    jds = true_instants()
    rows = []
    rep = dict(sw=0.0, sw_jd=None, sw_spd=0.0, lt=0.0, e405=0.0, e405_spd=0.0, seform=0.0,
               moshq=0.0, moshq_spd=0.0, mosh_spd_noquirk=0.0, apo=0.0, apo_lat=0.0, dirform=0.0,
               sw_modern=0.0, sw_old=0.0)
    for i, jd in enumerate(jds):
        src = moon_de421 if uses_de421(jd) else moon_de405
        lon, spd = true_node_lon_speed(jd, src)
        lon_geo = true_node_lon(jd, src, light_time=False)
        lon405 = true_node_lon(jd, moon_de405)
        x, _ = swe.calc(jd, swe.TRUE_NODE, FLAGS)
        rows.append([fmt(jd), "de421" if src is moon_de421 else "de405", fmt(lon), fmt(spd), fmt(lon_geo),
                     fmt(lon405), fmt(x[0]), fmt(x[3])])
        d = angdiff_arcsec(lon, x[0])
        if d > rep["sw"]:
            rep["sw"], rep["sw_jd"] = d, jd
        if uses_de421(jd):
            rep["sw_modern"] = max(rep["sw_modern"], d)
            rep["e405"] = max(rep["e405"], angdiff_arcsec(lon, lon405))
        else:
            rep["sw_old"] = max(rep["sw_old"], d)
        rep["sw_spd"] = max(rep["sw_spd"], abs(spd - x[3]) * 3600)
        rep["lt"] = max(rep["lt"], angdiff_arcsec(lon, lon_geo))
        if i % 4 == 0:  # the costlier checks on a quarter of the rows
            l2, s2 = true_node_se_speed_form(jd, src)
            rep["seform"] = max(rep["seform"], abs(s2 - spd) * 3600)
            rep["dirform"] = max(rep["dirform"], angdiff_arcsec(l2, lon))
            (ml, ms), (al, aspd), alat = true_node_moshier(jd)
            xa, _ = swe.calc(jd, swe.OSCU_APOG, FLAGS)
            rep["moshq"] = max(rep["moshq"], angdiff_arcsec(ml, x[0]))
            rep["moshq_spd"] = max(rep["moshq_spd"], abs(ms - x[3]) * 3600)
            rep["apo"] = max(rep["apo"], angdiff_arcsec(al, xa[0]))
            rep["apo_lat"] = max(rep["apo_lat"], abs(alat - xa[1]) * 3600)
            (_, ms0), _, _ = true_node_moshier(jd, quirk=False)
            rep["mosh_spd_noquirk"] = max(rep["mosh_spd_noquirk"], abs(ms0 - x[3]) * 3600)
    head = header_lines(
        "True (osculating) lunar node per Swiss Ephemeris's definition, from the JPL Moon",
        ["lon_deg: ascending node of the plane spanned by the Moon's geocentric position and velocity "
         "on the true ecliptic of date, longitude from the true equinox of date. Moon state: JPL "
         "geocentric Moon (ICRF, km, km/day; TT used as TDB) taken at t - r/c (one light-time step, "
         "r = geometric distance at t, no aberration or deflection), then ICRS -> mean J2000 (IAU 2006 "
         "frame bias, erfa.bp06), precession to the mean equator of t (Vondrak et al. 2011, erfa.ltp), "
         "nutation (SE's IAU 2000B: eps_A, dpsi, deps = swe.calc(t, swe.ECL_NUT)), rotation about x by "
         "eps_A + deps. Velocity rotated by the same matrix (no frame-rate term). "
         "Node longitude = atan2(h_x, -h_y), h = r x v.",
         "ephemeris: 'de421' = skyfield 1.55 (de421.bsp from skyfield-data 7.0.0, vector moon - earth, "
         "ts.tdb_jd(jd_tt)) for year 1900..2050; 'de405' = PyPI de405 via jplephem.ephem.Ephemeris, "
         "array 'moon' (geocentric), position_and_velocity('moon', jd_tt), otherwise",
         f"lon_speed_deg_per_day: (lon(t+h) - lon(t-h)) / 2h with h = {H_SPEED} d, each side computed "
         "in full (own light-time and frame)",
         "lon_geometric_deg: as lon_deg without the light-time step (Moon at t)",
         "lon_de405_deg: as lon_deg, always from DE405 (differs from lon_deg only on de421 rows)",
         f"swe_lon_deg, swe_lon_speed_deg_per_day: x[0], x[3] of swe.calc(jd_tt, swe.TRUE_NODE, "
         f"swe.FLG_SWIEPH | swe.FLG_SPEED) [= {FLAGS}]; without files SE falls back to its analytic "
         "Moshier Moon (return flag 260): a sanity column, NOT the reference",
         f"instants: {N_TRUE} uniform random jd_tt in [year 1600, year 2200] (random.Random({SEED_TRUE})) + "
         f"{N_TRUE_MODERN} in [year 1900, year 2050] (random.Random({SEED_TRUE_MODERN})), rounded to 1e-6 d, "
         "plus J2000.0; 'year Y' = 2451545.0 + (Y-2000)*365.25; sorted",
         "units: degrees, degrees/day; floats are Python repr() (exact doubles)"],
        ["jd_tt", "ephemeris", "lon_deg", "lon_speed_deg_per_day", "lon_geometric_deg", "lon_de405_deg",
         "swe_lon_deg", "swe_lon_speed_deg_per_day"])
    write(DATA / "nodes_true_jpl.csv", head, rows)
    print("  true node report, max over rows:")
    print(f"    |JPL-based - swe TRUE_NODE (Moshier)| = {rep['sw']:.2f}\" (at jd {rep['sw_jd']}); "
          f"1900-2050: {rep['sw_modern']:.2f}\", elsewhere: {rep['sw_old']:.2f}\"")
    print(f"    speed |JPL-based - swe| = {rep['sw_spd']:.2f}\"/d")
    print(f"    light-time effect |lon - lon_geometric| = {rep['lt']:.4f}\"")
    print(f"    ephemeris effect |DE421 - DE405| (1900-2050) = {rep['e405']:.4f}\"")
    print(f"    speed recipe: |SE-style (cartesian, h=1e-4) - central diff (h={H_SPEED})| = {rep['seform']:.3g}\"/d;"
          f" SE-form vs h-form direction {rep['dirform']:.3g}\"")
    print("  self-check, Moshier Moon through this script's pipeline vs swe (every 4th row):")
    print(f"    TRUE_NODE lon {rep['moshq']:.3g}\", speed {rep['moshq_spd']:.3g}\"/d "
          f"(speed without the obliquity quirk: {rep['mosh_spd_noquirk']:.3g}\"/d)")
    print(f"    OSCU_APOG lon {rep['apo']:.3g}\", lat {rep['apo_lat']:.3g}\"")


def main():
    vers = versions()
    for k, v in EXPECTED.items():
        if vers[k] != v:
            print(f"warning: {k} {vers[k]} installed, fixtures were made with {v}", file=sys.stderr)
    what = sys.argv[1] if len(sys.argv) > 1 else "all"
    if what not in ("all", "mean", "apogee", "true"):
        sys.exit("usage: gen_nodes_fixtures.py [all|mean|apogee|true]")
    if what in ("all", "mean"):
        gen_mean()
    if what in ("all", "apogee"):
        gen_apogee()
    if what in ("all", "true"):
        gen_true()


if __name__ == "__main__":
    main()
