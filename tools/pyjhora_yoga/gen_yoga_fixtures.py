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

Trap: PyJHora keeps mutable module-level state that some yoga functions
change in place. `adhi_yoga` and `maalaa_yoga` (and `srik_yoga`, which calls
it), when given no benefic list, take `const.natural_benefics` itself and
append Mercury to it whenever Mercury is benefic in that chart; every later
call in the process (any key, any birth: `charts.benefics_and_malefics`
starts from that list) then sees Mercury as a natural benefic. A fixture made
by calling every key for every birth in one process therefore depends on the
call order. This generator snapshots PyJHora's module state once, right
after import (`PristineState`: every module-level list/dict/set/scalar of
every loaded `jhora.*` module, mutable function defaults and class
attributes, each by identity and by deep copy) and restores it before EVERY
yoga call and every fact call, so each call sees PyJHora's pristine defaults,
as in a fresh process. Found by comparing that state before and after each
call on several births: only `const.natural_benefics` is actually changed
(by adhi/maalaa/srik); PyJHora's `drik._elevation_lookup` lru_cache also
fills, harmlessly (elevation is 0 unless fetched from the internet, which
const disables). Modules PyJHora imports lazily (`arudhas`) are imported up
front so that they are in the snapshot; the run stops if a new `jhora`
module appears later. `YOGA_CHECK_STATE=1` also asserts after every call
that the restore left nothing changed, and `YOGA_REVERSE=1` makes every
call of a birth in reverse order (the output must not change);
`YOGA_OUT_DIR` writes the two files elsewhere, `YOGA_N_BIRTHS` makes fewer
births (for trying the script only).

Usage (own venv, git-ignored):
  python3 -m venv tools/pyjhora_yoga/.venv
  tools/pyjhora_yoga/.venv/bin/pip install -r tools/pyjhora_yoga/requirements.txt
  tools/pyjhora_yoga/.venv/bin/python tools/pyjhora_yoga/gen_yoga_fixtures.py

Deterministic: random.Random with a fixed seed.
"""

import copy
import csv
import inspect
import pickle
import sys
import types
import io
import json
import os
import random
from contextlib import redirect_stdout

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# YOGA_OUT_DIR: write elsewhere (e.g. to compare two runs); default tests/data.
OUT_DIR = os.environ.get("YOGA_OUT_DIR", os.path.join(ROOT, "tests", "data"))
OUT = os.path.join(OUT_DIR, "pyjhora_yoga.csv")
OUT_ALL = os.path.join(OUT_DIR, "pyjhora_yoga_all.csv")
REVERSE = os.environ.get("YOGA_REVERSE") == "1"

with redirect_stdout(io.StringIO()):  # PyJHora prints on import
    from jhora import utils
    from jhora.horoscope.chart import arudhas  # noqa: F401  (imported lazily by PyJHora; in the snapshot)
    from jhora.horoscope.chart import charts
    from jhora.horoscope.chart import yoga as Y
    from jhora.panchanga import drik

N_BIRTHS = int(os.environ.get("YOGA_N_BIRTHS", "400"))  # fewer only for trying the script
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


class PristineState:
    """PyJHora's module-level state as it is right after import, restorable.

    Covers, for every loaded `jhora.*` module: each module-level binding
    that is not a module, function or class (lists, dicts, sets, scalars,
    anything else), the defaults of its functions and the data attributes
    of its classes. Each entry keeps the original object (so rebinding is
    undone and other modules' references stay valid) and a deep copy of its
    value (so in-place mutation is undone, in place).
    """

    def __init__(self):
        self.modules = self._jhora_modules()
        self.entries = []  # (owner, attribute, original object, deep copy)
        for m in self.modules.values():
            for name, v in list(vars(m).items()):
                if name.startswith("__") or isinstance(v, (types.ModuleType, types.BuiltinFunctionType)):
                    continue
                if isinstance(v, types.FunctionType):
                    if v.__module__ == m.__name__:
                        for attr in ("__defaults__", "__kwdefaults__"):
                            d = getattr(v, attr)
                            if d is not None:
                                self.entries.append((v, attr, d, copy.deepcopy(d)))
                    continue
                if isinstance(v, type):
                    if v.__module__ == m.__name__:
                        for cn, cv in list(vars(v).items()):
                            if cn.startswith("__") or callable(cv) or isinstance(cv, (staticmethod, classmethod, property)):
                                continue
                            self.entries.append((v, cn, cv, copy.deepcopy(cv)))
                    continue
                if callable(v):  # e.g. functools.lru_cache wrappers: caches, not settings
                    continue
                self.entries.append((m, name, v, copy.deepcopy(v)))

    @staticmethod
    def _jhora_modules():
        return {n: m for n, m in sys.modules.items() if m is not None and (n == "jhora" or n.startswith("jhora."))}

    @staticmethod
    def _same(a, b):
        if a is b:
            return True
        try:
            if type(a) is type(b) and bool(a == b):
                return True
        except Exception:  # e.g. numpy arrays
            pass
        try:  # objects without value equality (e.g. __future__ features)
            return pickle.dumps(a) == pickle.dumps(b)
        except Exception:
            return False

    def restore(self):
        """Undo every rebinding and in-place change since the snapshot."""
        for owner, name, orig, pristine in self.entries:
            if getattr(owner, name) is not orig:
                setattr(owner, name, orig)
            if self._same(orig, pristine):
                continue
            fresh = copy.deepcopy(pristine)
            if isinstance(orig, list):
                orig[:] = fresh
            elif isinstance(orig, (dict, set)):
                orig.clear()
                orig.update(fresh)
            else:
                raise RuntimeError(f"PyJHora changed {owner.__name__}.{name} in place and it cannot be restored")

    def check(self):
        """Raise if PyJHora state differs from the snapshot (call after restore)."""
        new = set(self._jhora_modules()) - set(self.modules)
        if new:
            raise RuntimeError(f"PyJHora imported {sorted(new)} after the snapshot: import it up front")
        for owner, name, orig, pristine in self.entries:
            if getattr(owner, name) is not orig or not self._same(orig, pristine):
                raise RuntimeError(f"{owner.__name__}.{name} differs from its pristine value")


PRISTINE = None  # set in main(), after the ayanamsa is set once
CHECK_STATE = os.environ.get("YOGA_CHECK_STATE") == "1"


def call(fn, *args):
    PRISTINE.restore()
    drik.set_ayanamsa_mode("LAHIRI")
    with redirect_stdout(io.StringIO()):
        r = fn(*args)
    if CHECK_STATE:
        PRISTINE.restore()
        PRISTINE.check()
    return r


def try01(fn, *args):
    """0/1, or an 'E:<exception>' marker (the key is then left out)."""
    try:
        return as01(call(fn, *args))
    except Exception as e:  # PyJHora bug for this chart
        return f"E:{type(e).__name__}: {e}"


def facts(jd, place):
    PRISTINE.restore()
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
    global PRISTINE
    drik.set_ayanamsa_mode("LAHIRI")
    PRISTINE = PristineState()
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
        pp = call(charts.rasi_chart, jd, place)[:10]
        lons = [p[1][0] * 30.0 + p[1][1] for p in pp]
        # Every call below starts from PyJHora's pristine state, so their order
        # cannot matter; YOGA_REVERSE=1 runs them backwards to check that.
        jobs = [("pp", k, lambda k=k: "1" if call(getattr(Y, k + "_from_planet_positions"), pp) else "0")
                for k in KEYS]
        jobs.append(("facts", None, lambda: facts(jd, place)))
        jobs += [("new", k, lambda k=k: try01(jdp[k], jd, place, 1)) for k in new_keys]
        jobs += [("alt", k + "@jd", lambda k=k: try01(jdp[k], jd, place, 1)) for k in KEYS]
        jobs += [("alt", k + "@pp", lambda k=k: try01(ppf[k], pp)) for k in new_keys if k in ppf]
        done = {}
        for kind, k, job in (reversed(jobs) if REVERSE else jobs):
            done[(kind, k)] = job()
        flags = [done[("pp", k)] for k in KEYS]
        ex = done[("facts", None)] + [done[("new", k)] for k in new_keys]
        extra.append(ex)
        a = {k: v for (kind, k), v in done.items() if kind == "alt"}
        a = {c: a[c] for c in [k + "@jd" for k in KEYS] + [k + "@pp" for k in new_keys if k in ppf]}
        alt.append(a)
        PRISTINE.restore()
        PRISTINE.check()  # also catches a jhora module imported after the snapshot
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
