#!/usr/bin/env python3
"""Generate the embedded apparent-position tables data/ephemeris/<body>.bin.

    nice -n 10 tools/ephemeris/.venv/bin/python tools/ephemeris/generate.py \
        [--bodies Sun,Moon,...] [--start JD --end JD] [--out DIR]

Per body: fit (cached in --cache as .npz), quantise, write.  Then run
verify.py for the error report.
"""
import argparse
import json
import math
import os
import pickle
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import apparent as ap  # noqa: E402
import events as evmod  # noqa: E402
import fitter  # noqa: E402
import tables  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

# Error budgets (angles in mas, rates in mas/day, distance relative).
# Fit: maximum of the truncation error on a dense grid, per segment.
# Quantisation: 6 standard deviations of the rounding error (see
# tables.choose_scales).  A body's true-equinox longitude is its table value
# plus delta-psi from the Nutation table, so the two budgets add up:
#   value: 0.45 + 0.3 (body) + 0.1 + 0.1 (nutation) = 0.95 mas   <= 1 mas
#   rate : 1.8 + 1.0 (body) + 0.3 + 0.3 (nutation) = 3.4 mas/day <= 3.6 mas/day
#   distance: 5e-9 + 4e-9 <= 1e-8 relative
FIT_BUDGET = dict(pos=0.45, der=1.8, dist=5e-9)
Q_POS_MAS = 0.3 / 6
Q_DER_MAS = 1.0 / 6
Q_DIST_REL = 4e-9 / 6
NUT_FIT_BUDGET = dict(pos=0.1, der=0.3, dist=0.1)
NUT_Q_POS_MAS = 0.1 / 6
NUT_Q_DER_MAS = 0.3 / 6

# Step (days) of the 5-point differences for the truth rates on the dense
# grids around deflection events (see events.TRUTH_H).
CHECK_H = evmod.TRUTH_H

# Each segment is fitted on an interval widened so that the segment itself
# maps to [-TAU_SCALE, TAU_SCALE]: the derivative of a Chebyshev series is far
# better behaved inside (-1, 1) than at the ends (|T_k'| <= k/sqrt(1-x^2)
# instead of k^2).
TAU_SCALE = 0.9

# Sub-segments shorter than base_len / 2**DEEP_LEVEL (only found around the
# rare conjunctions where a planet passes almost centrally behind the Sun)
# get their own record class, so that their large high-order coefficients
# do not widen the fields of all other records.
DEEP_LEVEL = 8

# Per body: base segment length (days, power of two), Chebyshev degree n
# (n+1 coefficients per coordinate), maximal bisection depth.
CONFIG = {
    'Nutation': dict(L=32, n=24, depth=16),
    'Sun':      dict(L=32, n=18, depth=16),
    'Moon':     dict(L=32, n=36, depth=16),
    'Mercury':  dict(L=32, n=26, depth=16),
    'Venus':    dict(L=32, n=20, depth=16),
    'Mars':     dict(L=32, n=18, depth=16),
    'Jupiter':  dict(L=32, n=16, depth=16),
    'Saturn':   dict(L=32, n=16, depth=16),
    'Uranus':   dict(L=32, n=12, depth=16),
    'Neptune':  dict(L=32, n=12, depth=16),
    'Pluto':    dict(L=32, n=12, depth=16),
}


def deflection_events(start, end, cache_dir, log=print):
    """Close approaches to Jupiter / Saturn (events.scan), cached."""
    key = 'events_%.1f_%.1f_%g_%g_%g.json' % (
        start, end, evmod.LIMIT_ARCSEC, evmod.JS_LIMIT_ARCSEC, evmod.SCAN_STEP)
    path = os.path.join(cache_dir, key)
    if os.path.exists(path):
        with open(path) as f:
            return json.load(f)
    t0 = time.time()
    ev = evmod.scan(start, end, log=lambda s: None)
    log('  deflection events: %d found in %.0fs' % (len(ev), time.time() - t0))
    os.makedirs(cache_dir, exist_ok=True)
    with open(path, 'w') as f:
        json.dump(ev, f, indent=0)
    return ev


def deflection_checks(body, code, epoch, start, end, cache_dir, log=print):
    """Dense truth around the body's deflection events (events.needs_check)
    for fitter._check: (x days from epoch, values (3, N), rates (3, N),
    floor (N,)), and a tag for the cache key; (None, '') if there are none.

    Rates are 5-point differences with step CHECK_H.  floor = tau/2 of the
    event (events.event_tau): the check does not bisect below it.  A
    segment of tau/2 resolves the deflection's profile (~ 1/sqrt(tau^2 +
    t^2)); only behind a deflector's disc (tau of minutes) does the check
    reach it, and there skyfield's deflection carries ~1e-4 mas of rounding
    noise (1 + q.e cancels), which shorter segments would only follow."""
    evs = [e for e in deflection_events(start, end, cache_dir, log)
           if e['body'] == body and evmod.needs_check(e)]
    if not evs:
        return None, ''
    ws, fs, ms = [], [], []
    for e in evs:
        w, f = evmod.check_grid(e, start, end)
        ws.append(w)
        fs.append(f)
        ms.append(np.full(w.shape, evmod.event_tau(e) / 2.0))
    w = np.concatenate(ws)
    f = np.concatenate(fs)
    m = np.concatenate(ms)
    x = (w - epoch) + f
    o = np.argsort(x, kind='stable')
    w, f, x, m = w[o], f[o], x[o], m[o]
    keep = np.concatenate([[True], np.diff(x) > 0])
    w, f, x, m = w[keep], f[keep], x[keep], m[keep]
    import hashlib
    tag = hashlib.sha256(x.tobytes() + m.tobytes() + repr(CHECK_H).encode()
                         ).hexdigest()[:12]
    path = os.path.join(cache_dir, 'checks_%s_%s.npz' % (body, tag))
    if os.path.exists(path):
        z = np.load(path)
        return (z['x'], z['v'], z['r'], z['m']), tag
    t0 = time.time()
    from verify import truth_with_rates
    v, r = truth_with_rates(code, w, f, np.full(x.shape, CHECK_H))  # mean equinox
    v, r = np.array(v), np.array(r)
    os.makedirs(cache_dir, exist_ok=True)
    np.savez(path, x=x, v=v, r=r, m=m)
    log('  %s: %d deflection events, %d check points, truth in %.0fs' % (
        body, len(evs), len(x), time.time() - t0))
    return (x, v, r, m), tag


def fit_body(body, start, end, cache_dir, chunk=256, log=print):
    cfg = CONFIG[body]
    code = ap.NUTATION if body == 'Nutation' else dict(ap.BODIES)[body]
    budget = NUT_FIT_BUDGET if body == 'Nutation' else FIT_BUDGET
    L, n = cfg['L'], cfg['n']
    i0 = math.floor((start - ap.RANGE_START) / L)
    epoch = ap.RANGE_START + i0 * L
    n_base = math.ceil((end - epoch) / L)
    f = cfg.get('f', TAU_SCALE)
    checks, tag = (None, '') if body == 'Nutation' else deflection_checks(
        body, code, epoch, start, end, cache_dir, log)
    key = '%s_L%d_n%d_d%d_f%g_%.1f_%d' % (body, L, n, cfg['depth'], f, epoch, n_base)
    if tag:
        key += '_chk' + tag
    path = os.path.join(cache_dir, key + '.pkl')
    if os.path.exists(path):
        with open(path, 'rb') as f:
            return pickle.load(f)
    t0 = time.time()
    fitted = []
    min_len = L / 2.0 ** cfg['depth']
    for c0 in range(0, n_base, chunk):
        cnt = min(chunk, n_base - c0)
        res = fitter.fit_range(code, epoch, L, n, c0, cnt, budget, min_len,
                               f=cfg.get('f', TAU_SCALE), checks=checks)
        assert [i for i, _ in res] == list(range(c0, c0 + cnt))
        for i, subs in res:
            fitted.append([(s.start, s.length, s.coef, s.est) for s in subs])
        done = c0 + cnt
        el = time.time() - t0
        log('  %s %d/%d base segments, %.0fs elapsed, ETA %.0fs' % (
            body, done, n_base, el, el / done * (n_base - done)))
    out = dict(body=body, epoch=epoch, L=L, n=n, f=f, n_base=n_base,
               valid_start=max(start, epoch), valid_end=end,
               fitted=fitted, fit_seconds=time.time() - t0)
    os.makedirs(cache_dir, exist_ok=True)
    with open(path, 'wb') as f:
        pickle.dump(out, f)
    return out


def encode(fit):
    L, n = fit['L'], fit['n']
    ncoef = n + 1
    fitted = fit['fitted']
    min_sub = min((s[1] for subs in fitted if len(subs) > 1 for s in subs),
                  default=L)
    # lower bound of the distance: smallest c0 - sum |c_k|, k >= 1
    rmin = min(float(s[2][2][0] - np.abs(s[2][2][1:]).sum())
               for subs in fitted for s in subs)
    deg = 1.0 / 3.6e6
    f = fit['f']
    if fit['body'] == 'Nutation':
        ang = tables.choose_scales(ncoef, NUT_Q_POS_MAS * deg,
                                   NUT_Q_DER_MAS * deg, f)
        rules = [ang, ang, ang]
    else:
        ang = tables.choose_scales(ncoef, Q_POS_MAS * deg, Q_DER_MAS * deg, f)
        # distance: value budget only (rates of distance are not specified)
        sd = Q_DIST_REL * rmin * math.sqrt(12.0 / ncoef)
        rules = [ang, ang, (np.full(ncoef, sd), np.full(ncoef, np.inf))]
    data, info = tables.build(
        fit['body'], fit['epoch'], L, f, L / 2.0 ** DEEP_LEVEL, fit['n_base'],
        fit['valid_start'], fit['valid_end'],
        [[(s[0], s[1], s[2]) for s in subs] for subs in fitted],
        (ncoef, ncoef, ncoef), rules)
    info['min_sub_len'] = min_sub
    budget = NUT_FIT_BUDGET if fit['body'] == 'Nutation' else FIT_BUDGET
    # sub-segments over budget, grouped into events (gaps < 1 day)
    events = []
    for subs in fitted:
        for s in subs:
            e = s[3]
            if not (e[0] > budget['pos'] or e[1] > budget['der']
                    or e[2] > budget['dist']):
                continue
            a, b = fit['epoch'] + s[0], fit['epoch'] + s[0] + s[1]
            if events and a - events[-1]['end_jd'] < 1.0:
                ev = events[-1]
                ev['end_jd'] = max(ev['end_jd'], b)
                ev['n_sub'] += 1
                ev['est_pos_mas'] = max(ev['est_pos_mas'], float('%.3g' % e[0]))
                ev['est_rate_mas_per_day'] = max(ev['est_rate_mas_per_day'],
                                                 float('%.3g' % e[1]))
                ev['est_dist'] = max(ev['est_dist'], float('%.3g' % e[2]))
            else:
                events.append(dict(start_jd=a, end_jd=b, n_sub=1,
                                   est_pos_mas=float('%.3g' % e[0]),
                                   est_rate_mas_per_day=float('%.3g' % e[1]),
                                   est_dist=float('%.3g' % e[2])))
    info['exceptions'] = events
    info['worst_est'] = max((s[3] for subs in fitted for s in subs),
                            key=lambda e: e[0])
    return data, info


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--bodies', default=','.join(['Nutation'] + [b for b, _ in ap.BODIES]))
    p.add_argument('--start', type=float, default=ap.RANGE_START)
    p.add_argument('--end', type=float, default=ap.RANGE_END)
    p.add_argument('--out', default=os.path.join(REPO, 'data', 'ephemeris'))
    p.add_argument('--cache', default=os.path.expanduser('~/.cache/jyotish-ephemeris'),
                   help='fitted segments (pickles); delete to refit')
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    build_info = {}
    info_path = os.path.join(a.out, 'build-info.json')
    if os.path.exists(info_path):
        with open(info_path) as f:
            build_info = json.load(f)
    for body in a.bodies.split(','):
        t0 = time.time()
        fit = fit_body(body, a.start, a.end, a.cache)
        data, info = encode(fit)
        fn = os.path.join(a.out, body.lower() + '.bin')
        with open(fn, 'wb') as f:
            f.write(data)
        print('%-8s L=%g n=%d bases=%d split=%d subs=%d (deep %d) min_sub=%.3g d '
              'rec=%d/%d/%d B size=%d B fit=%.0fs total=%.0fs worst_est=%s' % (
                  body, fit['L'], fit['n'], info['n_base'], info['n_split'],
                  info['n_sub'], info['n_rec2'], info['min_sub_len'],
                  info['rec_bytes0'], info['rec_bytes1'], info['rec_bytes2'],
                  len(data), fit['fit_seconds'],
                  time.time() - t0, tuple(float('%.3g' % v) for v in info['worst_est'])),
              flush=True)
        print('   widths', info['widths'])
        build_info[body] = dict(
            L=fit['L'], degree=fit['n'], tau_scale=fit['f'],
            max_depth=CONFIG[body]['depth'], n_base=info['n_base'],
            n_split=info['n_split'], n_sub=info['n_sub'],
            n_rec=[info['n_rec0'], info['n_rec1'], info['n_rec2']],
            rec_bytes=[info['rec_bytes0'], info['rec_bytes1'], info['rec_bytes2']],
            size=len(data), min_sub_len=info['min_sub_len'],
            fit_seconds=round(fit['fit_seconds'], 1),
            worst_fit_estimate=[float('%.3g' % v) for v in info['worst_est']],
            exceptions=info['exceptions'])
        with open(info_path, 'w') as f:
            json.dump(build_info, f, indent=1, sort_keys=True)
            f.write('\n')


if __name__ == '__main__':
    main()
