"""Adaptive Chebyshev fitting of apparent positions.

A body's time axis is cut into uniform *base* segments of ``L`` days from
``epoch``.  Each segment is sampled at the 2(n+1) first-kind Chebyshev
nodes of degree 2n+1, interpolated, and the series truncated to degree n
(a near-minimax fit).  The discarded tail gives an error estimate for the
value and its derivative; where either exceeds the fit budget, or where
the segment contains a kernel join, the segment is bisected (at the join
first), recursively, down to ``min_len``.
"""
import numpy as np

import apparent as ap
import cheb

MAS = 3.6e6  # mas per degree


class Segment:
    __slots__ = ('start', 'length', 'base', 'coef', 'est', 'depth')

    def __init__(self, start, length, base, depth):
        self.start = start    # days from epoch (exact binary fraction or join)
        self.length = length  # days
        self.base = base      # index of the base segment it belongs to
        self.depth = depth
        self.coef = None      # list of 3 arrays (lon deg, lat deg, dist au)
        self.est = None       # (pos_err_mas, der_err_mas_per_day, dist_rel)


def _sample_segments(code, epoch, segs, m, f):
    """Sample all ``segs`` at the m first-kind nodes of the fit interval;
    returns 3 arrays (S, m).  The fit interval is the segment widened
    symmetrically so that the segment itself maps to [-f, f]; samples come
    from the kernel of the segment's midpoint (no mixing across a join)."""
    x = cheb.nodes(m - 1) / f
    # whole = integer part of epoch+start, frac = rest + offset (precise)
    starts = np.array([s.start for s in segs])
    lens = np.array([s.length for s in segs])
    whole0 = np.floor(epoch + starts)
    frac0 = (epoch - np.floor(epoch)) + (starts - (whole0 - np.floor(epoch)))
    frac = frac0[:, None] + lens[:, None] * (x[None, :] + 1.0) / 2.0
    whole = np.broadcast_to(whole0[:, None], frac.shape)
    kn = np.array([ap.kernel_for(epoch + s.start + s.length / 2) for s in segs])
    shape = (len(segs), m)
    lon = np.empty(shape)
    lat = np.empty(shape)
    dist = np.empty(shape)
    for k in set(kn.tolist()):
        sel = kn == k
        r = ap.sample(code, whole[sel].ravel(), frac[sel].ravel(), kname=k)
        for o, v in zip((lon, lat, dist), r):
            o[sel] = v.reshape(-1, m)
    shape = (len(segs), m)
    if code != ap.NUTATION:
        lon = np.unwrap(lon.reshape(shape), period=360.0, axis=1)
    return lon, lat.reshape(shape), dist.reshape(shape)


def _tail_matrices(n, m, f):
    """T_k(g) and T'_k(g) for k = n+1 .. m-1 on a dense grid g of [-f, f]."""
    g = f * np.cos(np.pi * np.arange(4 * m + 1) / (4 * m))
    k = np.arange(n + 1, m)
    th = np.arccos(np.clip(g, -1, 1))
    T = np.cos(np.outer(k, th))
    with np.errstate(divide='ignore', invalid='ignore'):
        dT = k[:, None] * np.sin(np.outer(k, th)) / np.sin(th)[None, :]
    # endpoints: T_k'(1) = k^2, T_k'(-1) = (-1)^(k+1) k^2
    if f == 1.0:
        dT[:, 0] = k ** 2.0
        dT[:, -1] = (-1.0) ** (k + 1) * k ** 2.0
    return T, dT


def _fit(segs, samples, n, budgets, f, code_is_angle3=False):
    """Fit degree n, estimate errors; returns mask of segments that pass.

    The error estimate is the discarded tail (degrees n+1 .. m-1 of the
    degree m-1 interpolant) evaluated, with its derivative, on a dense grid.
    """
    lens = np.array([s.length for s in segs])
    m = samples[0].shape[1]
    T, dT = _tail_matrices(n, m, f)
    ok = np.ones(len(segs), bool)
    ests = []
    coefs = []
    for ci, v in enumerate(samples):
        c = cheb.fit(v)
        tail = c[:, n + 1:]
        e_pos = np.abs(tail @ T).max(axis=1)
        e_der = np.abs(tail @ dT).max(axis=1) * 2.0 * f / lens
        if ci < 2:
            e_pos = e_pos * MAS
            e_der = e_der * MAS
            ok &= (e_pos <= budgets['pos']) & (e_der <= budgets['der'])
        else:
            if code_is_angle3:
                e_pos = e_pos * MAS
                e_der = e_der * MAS
            else:
                e_pos = e_pos / v.min(axis=1)
                e_der = e_der / v.min(axis=1)
            ok &= e_pos <= budgets['dist']
        ests.append((e_pos, e_der))
        coefs.append(c[:, :n + 1])
    for i, s in enumerate(segs):
        s.coef = [coefs[0][i], coefs[1][i], coefs[2][i]]
        s.est = (max(ests[0][0][i], ests[1][0][i]),
                 max(ests[0][1][i], ests[1][1][i]), ests[2][0][i])
    return ok


def _check(segs, ok, checks, budgets, f, code_is_angle3=False):
    """Dense check against truth (deflection events, see events.py).

    ``checks`` = (x, values, rates, floor): sorted times in days from
    epoch, truth (3, N) in the fitted coordinates, their rates per day, and
    per point the shortest segment length the check may ask for.  For every
    segment containing check points, evaluate the (unquantised) fit there;
    fold the maximal errors into ``s.est`` and fail the segment if they
    exceed the budget and its halves would not be shorter than the floor.
    The node-based estimate of _fit cannot see a feature much narrower than
    the node spacing (Jupiter's deflection changing within hours); this
    can."""
    x, vals, rates, floor = checks
    for i, s in enumerate(segs):
        a, b = np.searchsorted(x, [s.start, s.start + s.length])
        if a == b:
            continue
        xx = x[a:b]
        tau = f * (2.0 * (xx - s.start) / s.length - 1.0)
        e = []
        for c in range(3):
            v, d = cheb.evaluate(np.asarray(s.coef[c])[None, :], tau)
            d = d * (2.0 * f / s.length)
            dv = v - vals[c, a:b]
            if c == 0 and not code_is_angle3:
                dv = (dv + 180.0) % 360.0 - 180.0
            dd = d - rates[c, a:b]
            if c < 2 or code_is_angle3:
                e.append((np.abs(dv).max() * MAS, np.abs(dd).max() * MAS))
            else:
                e.append((np.abs(dv / vals[c, a:b]).max(), 0.0))
        e_pos = max(e[0][0], e[1][0])
        e_der = max(e[0][1], e[1][1])
        s.est = (max(s.est[0], e_pos), max(s.est[1], e_der), max(s.est[2], e[2][0]))
        if (e_pos > budgets['pos'] or e_der > budgets['der']
                or e[2][0] > budgets['dist']) and s.length / 2.0 >= floor[a:b].max():
            ok[i] = False


def _bisect(s, epoch, joins):
    """Split a segment: at a join inside it if any, else in half."""
    a, b = s.start, s.start + s.length
    for j in joins:
        jj = j - epoch
        if a < jj < b:
            return [Segment(a, jj - a, s.base, s.depth + 1),
                    Segment(jj, b - jj, s.base, s.depth + 1)]
    h = s.length / 2.0
    return [Segment(a, h, s.base, s.depth + 1),
            Segment(a + h, h, s.base, s.depth + 1)]


def fit_range(code, epoch, L, n, base_first, base_count, budgets,
              min_len, f=1.0, joins=(ap.JOIN1, ap.JOIN2), log=None,
              checks=None):
    """Fit base segments base_first .. base_first+base_count-1.

    Returns a list of (base_index, [Segment, ...]) with sub-segments sorted;
    an unsplit base segment has exactly one Segment of length L.
    Segments that cannot meet the budget at ``min_len`` are kept (flagged by
    their ``est``) and reported by the caller.  ``checks``: optional dense
    truth (see _check) that the fits must also meet.
    """
    m = 2 * (n + 1)
    pending = []
    for i in range(base_first, base_first + base_count):
        s = Segment(i * L, float(L), i, 0)
        pj = [j for j in joins if s.start < j - epoch < s.start + s.length]
        if pj:
            pending.extend(_bisect(s, epoch, joins))
        else:
            pending.append(s)
    done = []
    while pending:
        samples = _sample_segments(code, epoch, pending, m, f)
        ok = _fit(pending, samples, n, budgets, f, code == ap.NUTATION)
        if checks is not None:
            _check(pending, ok, checks, budgets, f, code == ap.NUTATION)
        nxt = []
        for s, good in zip(pending, ok):
            has_join = any(s.start < j - epoch < s.start + s.length
                           for j in joins)
            if has_join or (not good and s.length / 2.0 >= min_len):
                nxt.extend(_bisect(s, epoch, joins))
            else:
                done.append(s)
        if log and nxt:
            log('  split %d segments (depth %d)' % (len(nxt) // 2,
                                                    max(s.depth for s in nxt)))
        pending = nxt
    by_base = {}
    for s in done:
        by_base.setdefault(s.base, []).append(s)
    out = []
    for i in sorted(by_base):
        subs = sorted(by_base[i], key=lambda s: s.start)
        out.append((i, subs))
    return out
