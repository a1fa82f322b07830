#!/usr/bin/env python3
"""Verify data/ephemeris/<body>.bin against skyfield at random instants.

For the Nutation table the three "coordinates" are delta-psi, delta-epsilon
and the mean obliquity, all compared in mas (reported under lon/lat/dist).

Decodes with the reference decoder (tables.Table, mirroring FORMAT.md) and
compares with the truth sampler (apparent.py).  Rates are compared with a
5-point central difference of the truth.  Prints one JSON line per body.
"""
import argparse
import json
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import apparent as ap  # noqa: E402
import tables  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def truth_with_rates(code, w, f, h):
    """Truth values and 5-point-difference rates (per day); h per point."""
    v0 = ap.sample(code, w, f)
    vs = {s: ap.sample(code, w, f + s * h) for s in (-2, -1, 1, 2)}
    def d(c):
        def diff(a, b):
            x = vs[a][c] - vs[b][c]
            return (x + 180.0) % 360.0 - 180.0 if c == 0 else x
        return (8.0 * diff(1, -1) - diff(2, -2)) / (12.0 * h)
    return v0, [d(0), d(1), d(2)]


def evaluate(tab, nut, t, t2):
    """Runtime evaluation as specified in FORMAT.md: a body's longitude is
    its table value plus delta-psi from the nutation table."""
    (lon, lat, dist), (dlon, dlat, ddist) = tab.evaluate(t, t2)
    if nut is not None:
        (dpsi, _, _), (ddpsi, _, _) = nut.evaluate(t, t2)
        lon = (lon + dpsi) % 360.0
        dlon = dlon + ddpsi
    return lon, lat, dist, dlon, dlat, ddist


def verify(path, nut_path, n_random, seed, extra_per_sub=3):
    tab = tables.Table(open(path, 'rb').read())
    h = tab.h
    body = [b for b, i in tables.BODY_IDS.items() if i == h['body']][0]
    if body == 'Nutation':
        code, nut = ap.NUTATION, None
    else:
        code = dict(ap.BODIES)[body]
        nut = tables.Table(open(nut_path, 'rb').read())
    rng = np.random.default_rng(seed)
    x = rng.uniform(h['valid_start'], h['valid_end'], n_random) - h['epoch']
    kind = np.zeros(n_random, int)
    # extra points inside every split sub-segment (conjunctions, joins)
    if h['n_sub']:
        starts = np.frombuffer(tab.data, '<f8', h['n_sub'], h['off_sub_start'])
        ends = np.append(starts[1:], np.nan)
        fs = np.frombuffer(tab.data, '<u4', h['n_split'] + 1, h['off_first_sub'])
        L = h['base_len']
        for r in range(h['n_split']):
            last = fs[r + 1] - 1
            ends[last] = (np.floor(starts[last] / L) + 1) * L
        xs = starts[:, None] + (ends - starts)[:, None] * rng.uniform(0, 1, (len(starts), extra_per_sub))
        ok = (xs + h['epoch'] >= h['valid_start']) & (xs + h['epoch'] < h['valid_end'])
        xs = xs[ok]
        x = np.concatenate([x, xs])
        kind = np.concatenate([kind, np.ones(len(xs), int)])
    # split into whole + fraction exactly: epoch is k + 0.5
    w = np.floor(x) + h['epoch']
    f = x - np.floor(x)
    seglen = np.array([tab.locate(xx)[3] for xx in x])
    hstep = np.minimum(1e-4, seglen / 256.0)
    t0 = time.time()
    ap.MEAN_EQUINOX = False  # truth: true ecliptic and equinox of date
    tv, td = truth_with_rates(code, w, f, hstep)
    ap.MEAN_EQUINOX = True
    t_truth = time.time() - t0
    got = np.array([evaluate(tab, nut, a, b) for a, b in zip(w, f)])
    e_lon = np.abs((got[:, 0] - tv[0] + 180.0) % 360.0 - 180.0) * 3.6e6
    e_lat = np.abs(got[:, 1] - tv[1]) * 3.6e6
    e_dist = np.abs(got[:, 2] - tv[2]) / (tv[2] if nut is not None else 1 / 3.6e6)
    e_dlon = np.abs(got[:, 3] - td[0])
    e_dlat = np.abs(got[:, 4] - td[1])
    e_ddist = np.abs(got[:, 5] - td[2]) / (tv[2] if nut is not None else 1 / 3.6e6)
    res = dict(body=body, n_random=int(n_random), n_extra=int(kind.sum()),
               seconds_truth=round(t_truth, 1))
    for name, e in (('lon_mas', e_lon), ('lat_mas', e_lat), ('dist_rel', e_dist),
                    ('dlon_deg_per_day', e_dlon), ('dlat_deg_per_day', e_dlat),
                    ('ddist_rel_per_day', e_ddist)):
        er = e[kind == 0]
        res[name] = dict(max=float('%.3g' % er.max()),
                         p99=float('%.3g' % np.percentile(er, 99)),
                         max_all=float('%.3g' % e.max()),
                         at_jd=float('%.5f' % (w[e.argmax()] + f[e.argmax()])))
    return res


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--dir', default=os.path.join(REPO, 'data', 'ephemeris'))
    p.add_argument('--bodies', default=','.join(['Nutation'] + [b for b, _ in ap.BODIES]))
    p.add_argument('-n', type=int, default=20000)
    p.add_argument('--seed', type=int, default=20240601)
    p.add_argument('--json', default=None)
    a = p.parse_args()
    out = []
    for i, body in enumerate(a.bodies.split(',')):
        r = verify(os.path.join(a.dir, body.lower() + '.bin'),
                   os.path.join(a.dir, 'nutation.bin'), a.n, a.seed + i)
        print(json.dumps(r), flush=True)
        out.append(r)
    if a.json:
        with open(a.json, 'w') as f:
            json.dump(out, f, indent=1)


if __name__ == '__main__':
    main()
