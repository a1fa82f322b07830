#!/usr/bin/env python3
"""Generate tests/data/pyjhora_varga.csv: PyJHora's varga rashi of random sidereal longitudes.

Every (division, method) pair that PyJHora 4.8.7 offers (`const.varga_option_dict`, plus the
sixth D9 method its `navamsa_chart` implements) is evaluated on the same random sidereal
longitudes, so the Rust test compares the varga rules only: no ephemeris, no ayanamsa, no time.

Each "birth" is one random chart: the ascendant and Sun..Rahu uniform in [0, 360), Ketu exactly
opposite Rahu. PyJHora is given the positions in its own format, `[['L', [sign, deg_in_sign]],
[0, [sign, deg_in_sign]], ..., [8, [...]]]`, with sign = floor(lon / 30) and deg_in_sign =
lon - 30 * sign (the same IEEE operations jyotish performs), and asked for each column with

    jhora.horoscope.chart.charts.divisional_positions_from_rasi_positions(
        positions, divisional_chart_factor=N, chart_method=M)

which dispatches to the named chart function (`hora_chart`, `drekkana_chart`, ...). The column
header is jyotish's name for the pair (`D2:parashara`); the comment lines above the header map each
column to PyJHora's (N, M). Values are 0-based rashi indices (0 = Aries).

Two more columns record, per birth, the lord PyJHora assigns to Scorpio and Aquarius
(`jhora.horoscope.chart.house.house_owner_from_planet_positions(positions, 7)` and `(..., 10)`),
because its Kashinatha hora uses that lord and it may pick Ketu or Rahu (see tests/data/README.md).

PyJHora's settings are global; the ayanamsa is set to Lahiri explicitly
(`drik.set_ayanamsa_mode('LAHIRI')`) although no call here depends on it (the longitudes given are
already sidereal).

Run (from the repository root):
    tools/pyjhora/.venv/bin/python tools/pyjhora/gen_varga_fixtures.py
Setup:
    python3 -m venv tools/pyjhora/.venv
    tools/pyjhora/.venv/bin/pip install -r tools/pyjhora/requirements.txt

PyJHora is AGPL-3.0: it is only called here to produce numbers; none of its code is copied.
Regeneration is byte-identical (fixed seed; floats written with repr()).
"""

import contextlib
import importlib.metadata
import io
import os
import random
import sys

SEED = 20261123
BIRTHS = 500
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "data", "pyjhora_varga.csv")

# (division, jyotish method name, PyJHora chart_method). One row per pair PyJHora offers.
PAIRS = [
    (2, "parivritti_even_reverse", 1), (2, "parashara", 2), (2, "raman", 3),
    (2, "parivritti", 4), (2, "kashinatha", 5), (2, "somanatha", 6),
    (3, "parashara", 1), (3, "parivritti", 2), (3, "somanatha", 3),
    (3, "jagannatha", 4), (3, "parivritti_even_reverse", 5),
    (4, "parashara", 1), (4, "parivritti", 2), (4, "parivritti_even_reverse", 3), (4, "somanatha", 4),
    (5, "parashara", 1), (5, "parivritti", 2), (5, "parivritti_even_reverse", 3), (5, "somanatha", 4),
    (6, "parashara", 1), (6, "parivritti", 2), (6, "parivritti_even_reverse", 3), (6, "somanatha", 4),
    (7, "parashara", 1), (7, "even_backward", 2), (7, "even_from_end", 3),
    (7, "parivritti", 4), (7, "parivritti_even_reverse", 5), (7, "somanatha", 6),
    (8, "parashara", 1), (8, "parivritti", 2), (8, "parivritti_even_reverse", 3), (8, "somanatha", 4),
    (9, "parashara", 1), (9, "parivritti_even_reverse", 2), (9, "kalachakra", 3),
    (9, "krishna_mishra", 4), (9, "parivritti", 5), (9, "somanatha", 6),
    (10, "parashara", 1), (10, "even_backward", 2), (10, "even_reverse", 3),
    (10, "parivritti", 4), (10, "parivritti_even_reverse", 5), (10, "somanatha", 6),
    (11, "parashara", 1), (11, "raman", 2), (11, "parivritti", 3),
    (11, "parivritti_even_reverse", 4), (11, "somanatha", 5),
    (12, "parashara", 1), (12, "even_backward", 2), (12, "parivritti", 3),
    (12, "parivritti_even_reverse", 4), (12, "somanatha", 5),
    (16, "parashara", 1), (16, "parivritti_even_reverse", 2), (16, "parivritti", 3), (16, "somanatha", 4),
    (20, "parashara", 1), (20, "parivritti_even_reverse", 2), (20, "parivritti", 3), (20, "somanatha", 4),
    (24, "parashara", 1), (24, "even_backward", 2), (24, "even_double_reverse", 3),
    (27, "parashara", 1), (27, "parivritti_even_reverse", 2), (27, "somanatha", 3), (27, "parivritti", 4),
    (30, "parashara", 1), (30, "parivritti", 2), (30, "from_sign", 3),
    (30, "parivritti_even_reverse", 4), (30, "somanatha", 5),
    (40, "parashara", 1), (40, "parivritti", 2), (40, "parivritti_even_reverse", 3), (40, "somanatha", 4),
    (45, "parashara", 1), (45, "parivritti", 2), (45, "parivritti_even_reverse", 3), (45, "somanatha", 4),
    (60, "parashara", 1), (60, "parivritti", 2), (60, "somanatha", 3), (60, "even_backward", 4),
    (81, "parashara", 1), (81, "parivritti_even_reverse", 2), (81, "somanatha", 3),
    (108, "parashara", 1), (108, "parivritti", 2), (108, "parivritti_even_reverse", 3), (108, "somanatha", 4),
    (144, "parashara", 1), (144, "parivritti", 2), (144, "parivritti_even_reverse", 3), (144, "somanatha", 4),
]

BODIES = ["ascendant", "sun", "moon", "mars", "mercury", "jupiter", "venus", "saturn", "rahu", "ketu"]


def main():
    # PyJHora prints a banner on import; keep stdout for the report only.
    with contextlib.redirect_stdout(io.StringIO()):
        from jhora import const
        from jhora.horoscope.chart import charts, house
        from jhora.panchanga import drik

    version = importlib.metadata.version("PyJHora")
    assert version == "4.8.7", version
    # The pair list must cover const.varga_option_dict exactly (97 pairs), plus D9 method 6.
    offered = {(d, m) for d, (count, _) in const.varga_option_dict.items() for m in range(1, count + 1)}
    ours = {(d, m) for d, _, m in PAIRS}
    assert offered | {(9, 6)} == ours, sorted(offered ^ ours)
    assert len(offered) == 97

    rng = random.Random(SEED)
    rows = []
    for birth in range(BIRTHS):
        lons = [rng.uniform(0.0, 360.0) for _ in range(9)]  # asc, Sun..Rahu
        lons.append((lons[8] + 180.0) % 360.0)  # Ketu
        positions = []
        for i, lon in enumerate(lons):
            sign = int(lon // 30.0)
            positions.append(["L" if i == 0 else i - 1, [sign, lon - 30.0 * sign]])
        drik.set_ayanamsa_mode("LAHIRI")
        scorpio_lord = house.house_owner_from_planet_positions(positions, 7)
        aquarius_lord = house.house_owner_from_planet_positions(positions, 10)
        columns = []
        for d, _, m in PAIRS:
            drik.set_ayanamsa_mode("LAHIRI")
            out = charts.divisional_positions_from_rasi_positions(
                positions, divisional_chart_factor=d, chart_method=m)
            assert [p for p, _ in out] == [p for p, _ in positions]
            columns.append([int(r) % 12 for _, (r, _) in out])
        for b, lon in enumerate(lons):
            rows.append([str(birth), BODIES[b], repr(lon), str(scorpio_lord), str(aquarius_lord)]
                        + [str(col[b]) for col in columns])

    header = ["birth", "body", "longitude_deg", "pyjhora_scorpio_lord", "pyjhora_aquarius_lord"] + [
        f"D{d}:{name}" for d, name, _ in PAIRS]
    with open(OUT, "w", newline="\n") as f:
        f.write("# Generated by tools/pyjhora/gen_varga_fixtures.py -- do not edit.\n")
        f.write(f"# Source: PyPI PyJHora {version} (package jhora), called, not copied (AGPL-3.0).\n")
        f.write(f"# {BIRTHS} random charts, seed {SEED}: ascendant and Sun..Rahu uniform in [0,360) deg "
                "sidereal, Ketu = Rahu + 180.\n")
        f.write("# longitude_deg: the sidereal longitude given to both PyJHora and jyotish "
                "(Python repr, round-trips exactly).\n")
        f.write("# pyjhora_*_lord: house.house_owner_from_planet_positions(positions, 7 | 10); "
                "0..8 = Sun..Ketu.\n")
        f.write("# Each varga column: 0-based rashi (0 = Aries) from charts.divisional_positions_from_rasi_positions("
                "positions, divisional_chart_factor=N, chart_method=M) with:\n")
        for d, name, m in PAIRS:
            f.write(f"#   D{d}:{name} = (N={d}, M={m}) {charts.divisional_chart_functions[d]}\n")
        f.write("# drik.set_ayanamsa_mode('LAHIRI') before every call (not used: inputs are sidereal).\n")
        f.write(",".join(header) + "\n")
        for r in rows:
            f.write(",".join(r) + "\n")
    print(f"wrote {len(rows)} rows x {len(PAIRS)} varga columns to {os.path.normpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
