#!/usr/bin/env python3
"""Write data/ephemeris/testvectors.json: reference-decoder outputs at fixed
instants, for checking the Rust decoder against tables.py / FORMAT.md.

Each entry: table, t, t2, raw = the table's own three coordinate values and
rates (step 7 of FORMAT.md), and for bodies combined = (lon, lat, dist,
lon_rate, lat_rate, dist_rate) after adding nutation (step 8)."""
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import apparent as ap  # noqa: E402
import tables  # noqa: E402
from verify import evaluate  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, 'data', 'ephemeris')
    nut = tables.Table(open(os.path.join(d, 'nutation.bin'), 'rb').read())
    rng = np.random.default_rng(42)
    out = []
    for name in ['Nutation'] + [b for b, _ in ap.BODIES]:
        tab = tables.Table(open(os.path.join(d, name.lower() + '.bin'), 'rb').read())
        h = tab.h
        ts = [(h['valid_start'], 0.0), (h['valid_end'] - 1e-6, 0.0),
              (ap.JOIN1 - 1e-6, 0.0), (ap.JOIN1, 0.0), (ap.JOIN2 - 1e-6, 0.0),
              (ap.JOIN2, 0.0), (2451545.0, 0.0), (2451545.0, 0.123456789)]
        ts += [(float(np.floor(v)), float(v - np.floor(v)))
               for v in rng.uniform(h['valid_start'], h['valid_end'], 8)]
        if h['n_sub']:
            starts = np.frombuffer(tab.data, '<f8', h['n_sub'], h['off_sub_start'])
            for q in rng.choice(h['n_sub'], min(6, h['n_sub']), replace=False):
                ts.append((float(h['epoch'] + starts[q]), 1e-3))
            # the shortest sub-segments (class 2) if any
            lens = np.diff(starts)
            for q in np.argsort(np.where(lens > 0, lens, np.inf))[:2]:
                ts.append((float(h['epoch'] + starts[q]), float(lens[q] / 3)))
        for t, t2 in ts:
            raw = tab.evaluate(t, t2)
            e = dict(table=name, t=t, t2=t2,
                     raw=dict(values=list(raw[0]), rates=list(raw[1])),
                     locate=list(tab.locate((t - h['epoch']) + t2)))
            if name != 'Nutation':
                e['combined'] = list(evaluate(tab, nut, t, t2))
            out.append(e)
    with open(os.path.join(d, 'testvectors.json'), 'w') as f:
        json.dump(out, f, indent=0)
        f.write('\n')
    print(len(out), 'test vectors')


if __name__ == '__main__':
    main()
