#!/usr/bin/env python3
"""Close approaches to Jupiter and Saturn ("deflection events").

skyfield's apparent place includes the light deflection by Jupiter (16 mas
at its limb) and Saturn (6 mas).  Where a body passes close to one of them
in the sky, that deflection changes within hours, far too fast for the
32-day Chebyshev segments and their node-based error estimate (generate.py
knows the events from here and checks its fits on a dense grid around them).

    nice -n 10 tools/ephemeris/.venv/bin/python tools/ephemeris/events.py \
        [--scan] [--measure DIR] [--json data/ephemeris/events.json]

--scan     find every event in the table range (both kernels, as generate.py
           uses them): a table body within LIMIT_ARCSEC of Jupiter or Saturn
           (geocentric astrometric separation, local minima), plus every
           Jupiter-Saturn conjunction closer than JS_LIMIT_ARCSEC.
--measure  decode the tables in DIR exactly as at run time (verify.evaluate)
           on the dense event grid (every 5 min over +-1 day, every 30 s
           over +-2 h) and compare with skyfield (rates: 5-point differences
           with step TRUTH_H); adds the maximal errors per event as field
           --key (default "err").
"""
import argparse
import json
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import apparent as ap  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

DEFLECTORS = [('Jupiter', 5), ('Saturn', 6)]
# equatorial radii (km) of the deflectors, for the angular radius / occultation flag
RADIUS_KM = {'Jupiter': 71492.0, 'Saturn': 60268.0}
LIMIT_ARCSEC = 600.0        # events: closest approach within 10'
JS_LIMIT_ARCSEC = 3 * 3600.0  # Jupiter-Saturn conjunctions: all within 3 deg
SCAN_STEP = 0.125           # days, coarse scan
AU_KM = 149597870.7
ARCSEC = 180.0 / np.pi * 3600.0

# Dense grid around an event's closest approach (days): every 5 minutes
# over +-1 day, every 30 s over +-2 hours.
GRID = [(1.0, 5.0 / 1440.0), (2.0 / 24.0, 30.0 / 86400.0)]

# Step (days) of the 5-point differences that give the truth rates around
# events (here and in generate.py's checks): small enough for the 10-minute
# deflection spike of a planet behind Jupiter's disc (truncation error
# < 0.1 mas/day), large enough to keep skyfield's rounding noise there
# (~1e-4 mas: 1 + q.e cancels in its deflection formula) below 0.5 mas/day.
TRUTH_H = 2e-4


def pairs():
    """(body, deflector) pairs: the body's light passes the deflector."""
    out = []
    for dname, dcode in DEFLECTORS:
        for bname, bcode in ap.BODIES:
            if bname != dname:
                out.append((bname, bcode, dname, dcode))
    return out


def _kgroups(jd):
    """Indices of jd per kernel (as generate.py/apparent.py choose them)."""
    m = (jd >= ap.JOIN1) & (jd < ap.JOIN2)
    return [('de421', np.nonzero(m)[0]), ('de405', np.nonzero(~m)[0])]


def directions(codes, whole, frac):
    """Geocentric astrometric unit vectors (ICRF) and distances (au):
    dict code -> ((3, N) unit vectors, (N,) distances)."""
    whole = np.asarray(whole, float)
    frac = np.broadcast_to(np.asarray(frac, float), whole.shape)
    out = {c: (np.empty((3,) + whole.shape), np.empty(whole.shape)) for c in codes}
    ts = ap.timescale()
    for kn, idx in _kgroups(whole + frac):
        if not len(idx):
            continue
        k = ap.kernel(kn)
        for s in range(0, len(idx), 50000):
            ii = idx[s:s + 50000]
            e = k[399].at(ts.tt_jd(whole[ii], frac[ii]))
            for c in codes:
                p = e.observe(k[c]).xyz.au
                d = np.sqrt((p * p).sum(axis=0))
                out[c][0][:, ii] = p / d
                out[c][1][ii] = d
    return out


def _sep(u, v):
    """Angle between unit vectors (arcsec), accurate at small angles."""
    d = np.sqrt(((u - v) ** 2).sum(axis=0))
    return 2.0 * np.arcsin(np.clip(d / 2.0, 0, 1)) * ARCSEC


def scan(start=ap.RANGE_START, end=ap.RANGE_END, step=SCAN_STEP, log=print):
    """Coarse scan + refinement; returns a list of event dicts."""
    codes = [c for _, c in ap.BODIES]
    prs = pairs()
    n = int(np.ceil((end - start) / step)) + 1
    cands = []  # (pair index, bracket lo, bracket hi)
    chunk = 40000
    t0 = time.time()
    prev = None  # last two samples of the previous chunk: (jd, seps, rel)
    for c0 in range(0, n, chunk):
        j = np.arange(c0, min(n, c0 + chunk))
        whole = np.floor(start) + np.floor(j * step)
        frac = (start - np.floor(start)) + (j * step - np.floor(j * step))
        dirs = directions(codes, whole, frac)
        jd = whole + frac
        seps = np.array([_sep(dirs[b][0], dirs[d][0]) for _, b, _, d in prs])
        # relative motion per step (arcsec): chord of the difference vector
        rel = np.array([dirs[b][0] - dirs[d][0] for _, b, _, d in prs])
        if prev is not None:
            jd = np.concatenate([prev[0], jd])
            seps = np.concatenate([prev[1], seps], axis=1)
            rel = np.concatenate([prev[2], rel], axis=2)
        mov = np.sqrt((np.diff(rel, axis=2) ** 2).sum(axis=1)) * ARCSEC  # (P, N-1)
        for p, (bn, _, dn, _) in enumerate(prs):
            lim = JS_LIMIT_ARCSEC if {bn, dn} == {'Jupiter', 'Saturn'} else LIMIT_ARCSEC
            s = seps[p]
            i = np.nonzero((s[1:-1] <= s[:-2]) & (s[1:-1] < s[2:]))[0] + 1
            margin = np.maximum(mov[p][i - 1], mov[p][i])
            for ii in i[s[i] < lim + margin]:
                cands.append((p, jd[ii - 1], jd[ii + 1]))
        prev = (jd[-2:], seps[:, -2:], rel[:, :, -2:])
        log('  scan %.0f%% (%d candidates, %.0fs)' % (
            100.0 * min(n, c0 + chunk) / n, len(cands), time.time() - t0))
    # refine all brackets together: 21 points, keep the neighbours of the min
    lo = np.array([c[1] for c in cands])
    hi = np.array([c[2] for c in cands])
    pi = np.array([c[0] for c in cands], int)
    base = np.floor(lo)
    lo -= base
    hi -= base
    m = 21
    while (hi - lo).max() > 1e-7:
        x = lo[:, None] + (hi - lo)[:, None] * np.linspace(0, 1, m)[None, :]
        s = np.empty(x.shape)
        w = np.broadcast_to(base[:, None], x.shape).ravel()
        for p in set(pi.tolist()):
            sel = pi == p
            _, b, _, d = prs[p]
            ww = np.broadcast_to(base[sel][:, None], x[sel].shape).ravel()
            dd = directions([b, d], ww, x[sel].ravel())
            s[sel] = _sep(dd[b][0], dd[d][0]).reshape(-1, m)
        k = s.argmin(axis=1)
        step_ = (hi - lo) / (m - 1)
        lo, hi = (lo + np.maximum(k - 1, 0) * step_,
                  lo + np.minimum(k + 1, m - 1) * step_)
    tca = (lo + hi) / 2.0
    events = []
    for q in range(len(cands)):
        bn, b, dn, d = prs[pi[q]]
        dd = directions([b, d], [base[q]], [tca[q]])
        sep = float(_sep(dd[b][0], dd[d][0])[0])
        lim = JS_LIMIT_ARCSEC if {bn, dn} == {'Jupiter', 'Saturn'} else LIMIT_ARCSEC
        if sep >= lim:
            continue
        jd = float(base[q] + tca[q])
        if not (start <= jd < end):
            continue
        rb, rd = float(dd[b][1][0]), float(dd[d][1][0])
        rad = RADIUS_KM[dn] / AU_KM / rd * ARCSEC
        # relative motion in the sky at closest approach (arcsec/day)
        h = 0.01
        d2 = directions([b, d], [base[q]] * 2, [tca[q] - h, tca[q] + h])
        r2 = d2[b][0] - d2[d][0]
        speed = float(np.sqrt(((r2[:, 1] - r2[:, 0]) ** 2).sum()) * ARCSEC / (2 * h))
        events.append(dict(body=bn, deflector=dn, tca_jd=round(jd, 6),
                           sep_arcsec=round(sep, 3), radius_arcsec=round(rad, 3),
                           speed_arcsec_per_day=round(speed, 2),
                           body_dist_au=round(rb, 6), defl_dist_au=round(rd, 6),
                           behind=bool(sep < rad and rb > rd)))
    events.sort(key=lambda e: (e['tca_jd'], e['body'], e['deflector']))
    # the same conjunction can be bracketed twice (chunk overlap): dedupe
    out = []
    for e in events:
        if out and any(o['body'] == e['body'] and o['deflector'] == e['deflector']
                       and abs(o['tca_jd'] - e['tca_jd']) < 0.01 for o in out[-20:]):
            continue
        out.append(e)
    return out


def deflection_mas(event):
    """Size of the deflector's own contribution to the body's apparent place
    at closest approach (mas): apparent() with the default deflectors minus
    apparent() without this deflector."""
    b = dict(ap.BODIES)[event['body']]
    d = 599 if event['deflector'] == 'Jupiter' else 699
    jd = event['tca_jd']
    k = ap.kernel(ap.kernel_for(jd))
    t = ap.timescale().tt_jd(np.floor(jd), jd - np.floor(jd))
    a = k[399].at(t).observe(k[b])
    p1 = a.apparent().xyz.au
    p2 = a.apparent(deflectors=tuple(c for c in (10, 599, 699) if c != d)).xyz.au
    u1, u2 = p1 / np.linalg.norm(p1), p2 / np.linalg.norm(p2)
    return float(np.linalg.norm(u1 - u2) * ARCSEC * 1e3)


def grid(tca):
    """Dense grid around tca as (whole, frac) arrays (sorted, unique)."""
    w0 = np.floor(tca)
    f0 = tca - w0
    xs = [np.arange(-h, h + st / 2, st) for h, st in GRID]
    x = np.unique(np.round(np.concatenate(xs) * 86400.0) / 86400.0) + f0
    w = w0 + np.floor(x)
    return w, x - np.floor(x)


def event_tau(e):
    """Time scale (days) of the deflection's change: separation / speed."""
    return max(e['sep_arcsec'], 1.0) / max(e['speed_arcsec_per_day'], 1e-3)


def check_grid(e, start=ap.RANGE_START, end=ap.RANGE_END):
    """Grid for the generator's check of an event (whole, frac arrays).

    tau = separation / relative speed is the time scale on which the
    deflection (~ 1/sqrt(tau^2 + t^2)) changes; the local step is
    sqrt(tau^2 + t^2)/20 clipped to [10 s, 1 h], over +-max(1 d, 10 tau)
    around closest approach, but at most +-4 d: features wider than that
    are seen by the fitter's node-based error estimate anyway."""
    tau = event_tau(e)
    T = max(1.0, min(10.0 * tau, 4.0))
    t, ts = 0.0, [0.0]
    while t < T:
        t += min(max(np.hypot(tau, t) / 20.0, 10.0 / 86400.0), 1.0 / 24.0)
        ts.append(t)
    x = np.array(ts)
    x = np.concatenate([-x[:0:-1], x])
    w0 = np.floor(e['tca_jd'])
    x = x + (e['tca_jd'] - w0)
    w = w0 + np.floor(x)
    f = x - np.floor(x)
    ok = (w + f >= start) & (w + f < end)
    return w[ok], f[ok]


def needs_check(e):
    """Events whose deflection matters: the body is behind the deflector
    (the deflection of a body in front of it is < 1e-5 mas, see README)."""
    return e['body_dist_au'] > e['defl_dist_au']


def measure(events, d, log=print, key='err'):
    """Maximal errors of the tables in directory d on each event's grid
    (the body's table; for Jupiter-Saturn conjunctions both tables are
    listed as separate events).  Adds e['err'] = dict(lon_mas, lat_mas,
    dlon, dlat (deg/day), at_jd) (or e[key])."""
    import tables
    from verify import evaluate, truth_with_rates
    nut = tables.Table(open(os.path.join(d, 'nutation.bin'), 'rb').read())
    tabs = {}
    t0 = time.time()
    for q, e in enumerate(events):
        name = e['body']
        if name not in tabs:
            tabs[name] = tables.Table(open(os.path.join(d, name.lower() + '.bin'), 'rb').read())
        tab = tabs[name]
        w, f = grid(e['tca_jd'])
        hstep = np.full(w.shape, TRUTH_H)
        ap.MEAN_EQUINOX = False
        tv, td = truth_with_rates(dict(ap.BODIES)[name], w, f, hstep)
        ap.MEAN_EQUINOX = True
        got = np.array([evaluate(tab, nut, a, b) for a, b in zip(w, f)])
        el = np.abs((got[:, 0] - tv[0] + 180.0) % 360.0 - 180.0) * 3.6e6
        eb = np.abs(got[:, 1] - tv[1]) * 3.6e6
        edl = np.abs(got[:, 3] - td[0])
        edb = np.abs(got[:, 4] - td[1])
        worst = int(np.argmax(np.maximum(el, eb)))
        e[key] = dict(lon_mas=float('%.3g' % el.max()), lat_mas=float('%.3g' % eb.max()),
                        dlon=float('%.3g' % edl.max()), dlat=float('%.3g' % edb.max()),
                        at_jd=float('%.6f' % (w[worst] + f[worst])))
        if q % 20 == 0 or max(el.max(), eb.max()) > 0.9:
            log('  %d/%d %s-%s %.4f sep %.1f" err %s (%.0fs)' % (
                q + 1, len(events), name, e['deflector'], e['tca_jd'],
                e['sep_arcsec'], e[key], time.time() - t0))
    return events


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--scan', action='store_true')
    p.add_argument('--measure', default=None, help='table directory')
    p.add_argument('--json', default=os.path.join(REPO, 'data', 'ephemeris', 'events.json'))
    p.add_argument('--out', default=None, help='write here instead of --json')
    p.add_argument('--key', default='err', help='field for the measured errors')
    p.add_argument('--start', type=float, default=ap.RANGE_START)
    p.add_argument('--end', type=float, default=ap.RANGE_END)
    a = p.parse_args()
    if a.scan:
        t0 = time.time()
        ev = scan(a.start, a.end)
        for e in ev:
            e['deflection_mas'] = float('%.3g' % deflection_mas(e))
        print('scan: %d events in %.0fs' % (len(ev), time.time() - t0), file=sys.stderr)
    else:
        ev = json.load(open(a.json))
    if a.measure:
        ev = measure(ev, a.measure, log=lambda s: print(s, file=sys.stderr, flush=True),
                     key=a.key)
    write(ev, a.out or a.json)


def write(ev, path):
    """One event per line (compact)."""
    with open(path, 'w') as f:
        f.write('[\n')
        f.write(',\n'.join(json.dumps(e, sort_keys=True) for e in ev))
        f.write('\n]\n')


if __name__ == '__main__':
    main()
