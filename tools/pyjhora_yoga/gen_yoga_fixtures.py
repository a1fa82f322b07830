#!/usr/bin/env python3
"""Generate tests/data/pyjhora_yoga.csv (54 keys) and tests/data/pyjhora_yoga_all.csv
(all 283 evaluable keys of PyJHora's catalogue) for tests/yoga_vs_pyjhora.rs.

PyJHora (AGPL-3.0) is only *called* here to record numbers; none of its code
is copied. It is an oracle with known defects, not the truth: the test
compares jyotish's yoga catalogue with it cell by cell (birth x yoga) and
the disagreement classes are documented in tests/data/README.md
("Yoga fixtures").

For each random birth: jd = utils.julian_day_number(date, time) (local time),
place = drik.Place("random", lat, lon, tz), Lahiri set explicitly with
drik.set_ayanamsa_mode("LAHIRI"), pp = charts.rasi_chart(jd, place)[:10]
(ascendant + Sun..Ketu, PyJHora's defaults otherwise: geometric positions,
true node). The row records the sidereal longitudes (sign*30 + degrees,
degrees) and, for each yoga, `jhora.horoscope.chart.yoga.<key>_from_planet_positions(pp)`
as 0/1.

pyjhora_yoga_all.csv has the same births and the same first 68 columns, then
(appended; nothing before them changed):
  * PyJHora facts some yogas use beyond the ten longitudes:
    pj_tithi   drik.tithi(jd, place)[0] (1..30, at the birth moment);
    pj_daytime 1 if drik.sunrise <= local birth hour <= drik.sunset (PyJHora's test);
    maandi, gulika  drik.maandi_longitude / drik.gulika_longitude(dob, (fh,0,0), place)
               as sign*30 + degrees (the call the yoga functions make).
  * one column per remaining key of lang/yoga_msgs_en.json (catalogue order):
    `<key>_from_jd_place(jd, place, 1)` as 0/1 -- exactly what get_yoga_details
    reports for D1 (dynamic benefics from the tithi, Maandi/Gulika, navamsa,
    vaiseshikamsa... computed by PyJHora itself). A None result is recorded 0.
  * `<key>@pp` for a new key whose one-argument `<key>_from_planet_positions(pp)`
    disagrees with the jd/place column in at least one birth (it uses the fixed
    natural benefic/malefic lists and no Maandi), and `<key>@jd` for one of the
    first 54 keys whose `_from_jd_place` disagrees with the recorded pp value.
Keys are found by introspection of jhora.horoscope.chart.yoga.

Usage (own venv, git-ignored):
  python3 -m venv tools/pyjhora_yoga/.venv
  tools/pyjhora_yoga/.venv/bin/pip install -r tools/pyjhora_yoga/requirements.txt
  tools/pyjhora_yoga/.venv/bin/python tools/pyjhora_yoga/gen_yoga_fixtures.py

Deterministic: random.Random with a fixed seed.
"""

import csv
import inspect
import io
import json
import os
import random
from contextlib import redirect_stdout

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tests", "data", "pyjhora_yoga.csv")
OUT_ALL = os.path.join(ROOT, "tests", "data", "pyjhora_yoga_all.csv")

with redirect_stdout(io.StringIO()):  # PyJHora prints on import
    from jhora import utils
    from jhora.horoscope.chart import charts
    from jhora.horoscope.chart import yoga as Y
    from jhora.panchanga import drik

N_BIRTHS = 400
SEED = 20261125

# The first 54 columns (kept as they were): from_planet_positions(pp).
KEYS = [
    "ruchaka_yoga", "bhadra_yoga", "hamsa_yoga", "maalavya_yoga", "sasa_yoga",
    "sunaphaa_yoga", "anaphaa_yoga", "duradhara_yoga", "kemadruma_yoga",
    "chandra_mangala_yoga", "adhi_yoga", "gaja_kesari_yoga", "sakata_yoga",
    "vesi_yoga", "vosi_yoga", "ubhayachara_yoga", "nipuna_yoga",
    "harsha_yoga", "sarala_yoga", "vimala_yoga",
    "rajju_yoga", "musala_yoga", "nala_yoga",
    "veenaa_yoga", "daama_yoga", "paasa_yoga", "kedaara_yoga", "soola_yoga",
    "yuga_yoga", "gola_yoga",
    "gadaa_yoga", "vihanga_yoga", "sringaataka_yoga", "kamala_yoga",
    "yoopa_yoga", "sakti_yoga", "danda_yoga",
    "amala_yoga", "chaamara_yoga", "saraswathi_yoga",
    "maalaa_yoga", "sarpa_yoga", "hala_yoga", "vajra_yoga", "yava_yoga", "vaapi_yoga",
    "ishu_yoga", "naukaa_yoga", "koota_yoga", "chatra_yoga", "chaapa_yoga",
    "ardha_chandra_yoga", "chakra_yoga", "samudra_yoga",
]

FACTS = ["pj_tithi", "pj_daytime", "maandi", "gulika"]


def catalogue_keys():
    path = os.path.join(os.path.dirname(Y.__file__), "..", "..", "lang", "yoga_msgs_en.json")
    with open(path, encoding="utf-8") as fh:
        return list(json.load(fh))  # file order


def pp_only(fn):
    """True if fn can be called with the planet positions alone."""
    if fn is None:
        return False
    params = list(inspect.signature(fn).parameters.values())
    if not params or "navamsa" in params[0].name:  # guhyaroga wants the D9 positions
        return False
    return all(p.default is not inspect.Parameter.empty for p in params[1:])


def as01(r):
    if r is None:
        return "0"
    if isinstance(r, (bool, int)) or type(r).__name__ in ("bool_", "bool"):
        return "1" if r else "0"
    raise TypeError(f"unexpected yoga result {r!r}")


def call(fn, *args):
    drik.set_ayanamsa_mode("LAHIRI")
    with redirect_stdout(io.StringIO()):
        return fn(*args)


def try01(fn, *args):
    """0/1, or an 'E:<exception>' marker (the key is then left out)."""
    try:
        return as01(call(fn, *args))
    except Exception as e:  # PyJHora bug for this chart
        return f"E:{type(e).__name__}: {e}"


def facts(jd, place):
    drik.set_ayanamsa_mode("LAHIRI")
    with redirect_stdout(io.StringIO()):
        tithi = drik.tithi(jd, place)[0]
        y, m, d, fh = utils.jd_to_local(jd, place)
        day = drik.sunrise(jd, place)[0] <= fh <= drik.sunset(jd, place)[0]
        dob, tob = drik.Date(y, m, d), (fh, 0, 0)
        md = drik.maandi_longitude(dob, tob, place)
        gu = drik.gulika_longitude(dob, tob, place)
    return [str(int(tithi)), "1" if day else "0",
            repr(float(md[0] * 30.0 + md[1])), repr(float(gu[0] * 30.0 + gu[1]))]


def main():
    new_keys = [k for k in catalogue_keys() if k not in KEYS]
    assert len(KEYS) + len(new_keys) == 284, len(new_keys)
    jdp = {k: getattr(Y, k + "_from_jd_place") for k in KEYS + new_keys}
    ppf = {k: getattr(Y, k + "_from_planet_positions", None) for k in KEYS + new_keys}
    ppf = {k: f for k, f in ppf.items() if pp_only(f)}
    rng = random.Random(SEED)
    rows = []
    extra = []  # per row: facts + new keys (jd/place)
    alt = []  # per row: {column: value} for the @pp / @jd variants
    while len(rows) < N_BIRTHS:
        y = rng.randint(1900, 2040)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        hh = rng.randint(0, 23)
        mm = rng.randint(0, 59)
        lat = round(rng.uniform(-55.0, 60.0), 3)
        lon = round(rng.uniform(-180.0, 180.0), 3)
        tz = round(lon / 15.0 * 2) / 2
        jd = utils.julian_day_number((y, m, d), (hh, mm, 0))
        place = drik.Place("random", lat, lon, tz)
        drik.set_ayanamsa_mode("LAHIRI")
        with redirect_stdout(io.StringIO()):
            pp = charts.rasi_chart(jd, place)[:10]
        lons = [p[1][0] * 30.0 + p[1][1] for p in pp]
        flags = []
        for k in KEYS:
            drik.set_ayanamsa_mode("LAHIRI")
            f = getattr(Y, k + "_from_planet_positions")
            with redirect_stdout(io.StringIO()):
                flags.append("1" if f(pp) else "0")
        ex = facts(jd, place)
        ex += [try01(jdp[k], jd, place, 1) for k in new_keys]
        extra.append(ex)
        a = {}
        for i, k in enumerate(KEYS):
            a[k + "@jd"] = try01(jdp[k], jd, place, 1)
        for k in new_keys:
            if k in ppf:
                a[k + "@pp"] = try01(ppf[k], pp)
        alt.append(a)
        rows.append([f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}", lat, lon, tz]
                    + [repr(float(v)) for v in lons] + flags)
    # leave out every key whose jd/place call raised for some birth
    skipped = {}
    for j, k in enumerate(new_keys):
        errs = [e[len(FACTS) + j] for e in extra if e[len(FACTS) + j].startswith("E:")]
        if errs:
            skipped[k] = f"{len(errs)}/{len(extra)} births raise, e.g. {errs[0][2:]}"
    keep = [j for j, k in enumerate(new_keys) if k not in skipped]
    extra = [e[:len(FACTS)] + [e[len(FACTS) + j] for j in keep] for e in extra]
    new_keys = [new_keys[j] for j in keep]
    for k, why in skipped.items():
        print(f"skipped {k}: {why}")
    # keep a variant column only where it differs from the main one somewhere
    main_val = lambda i, k: rows[i][14 + KEYS.index(k)] if k in KEYS else extra[i][len(FACTS) + new_keys.index(k)]
    variants = []
    for col in list(alt[0]):
        k = col.split("@")[0]
        vals = [a[col] for a in alt]
        if k in skipped or any(v.startswith("E:") for v in vals):
            if k not in skipped:
                print(f"no variant column {col}: raises for some birth")
            continue
        if any(v != main_val(i, k) for i, v in enumerate(vals)):
            variants.append(col)
    for col in variants:
        print(f"variant {col}: differs in {sum(a[col] != main_val(i, col.split('@')[0]) for i, a in enumerate(alt))} births")
    print(f"{len(KEYS) + len(new_keys)} keys, {len(variants)} variant columns")
    for i in range(len(rows)):
        rows[i] += extra[i] + [alt[i][c] for c in variants]
    head = ["local_time", "lat", "lon", "tz", "asc", "sun", "moon", "mars", "mercury",
            "jupiter", "venus", "saturn", "rahu", "ketu"]
    # pyjhora_yoga.csv: the 54 keys only, as before (tests/yoga_vs_pyjhora.rs takes
    # every column after the 14th as a yoga alias, so it must not see the rest).
    with open(OUT, "w", newline="") as fh:
        fh.write("# generated by tools/pyjhora_yoga/gen_yoga_fixtures.py: PyJHora 4.8.7 + pyswisseph 2.10.3.2, "
                 "Lahiri, charts.rasi_chart(jd_local, place); yoga.<key>_from_planet_positions(pp). Do not edit.\n")
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(head + KEYS)
        w.writerows(r[:len(head) + len(KEYS)] for r in rows)
    # pyjhora_yoga_all.csv: the same births and first 68 columns, then everything else.
    with open(OUT_ALL, "w", newline="") as fh:
        fh.write("# generated by tools/pyjhora_yoga/gen_yoga_fixtures.py: PyJHora 4.8.7 + pyswisseph 2.10.3.2, "
                 "Lahiri, charts.rasi_chart(jd_local, place); yoga.<key>_from_planet_positions(pp) for the first 54 keys, "
                 f"then facts {'/'.join(FACTS)}, then yoga.<key>_from_jd_place(jd, place, 1) for the other {len(new_keys)} keys, "
                 "then <key>@pp / <key>@jd variant columns. Do not edit.\n")
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(head + KEYS + FACTS + new_keys + variants)
        w.writerows(rows)

if __name__ == "__main__":
    main()
