#!/usr/bin/env python3
"""Fill the generated section of data/ephemeris/README.md from
build-info.json, verify-report.json, joins.json and the .bin files."""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
D = os.path.join(REPO, 'data', 'ephemeris')
BEGIN = '<!-- BEGIN GENERATED (tools/ephemeris/report.py) -->'
END = '<!-- END GENERATED -->'
ORDER = ['Nutation', 'Sun', 'Moon', 'Mercury', 'Venus', 'Mars', 'Jupiter',
         'Saturn', 'Uranus', 'Neptune', 'Pluto']


def main():
    bi = json.load(open(os.path.join(D, 'build-info.json')))
    vr = {r['body']: r for r in json.load(open(os.path.join(D, 'verify-report.json')))}
    jn = json.load(open(os.path.join(D, 'joins.json')))
    L = []
    a = L.append
    a('### Segment scheme and sizes\n')
    a('| table | base segment (days) | degree | split base segments | sub-segments (class 1 / class 2) | record bytes (class 0/1/2) | shortest sub-segment (days) | bytes |')
    a('| --- | --- | --- | --- | --- | --- | --- | --- |')
    total = 0
    for b in ORDER:
        x = bi[b]
        size = os.path.getsize(os.path.join(D, b.lower() + '.bin'))
        total += size
        a('| %s | %g | %d | %d of %d | %d / %d | %s | %.3g | %d |' % (
            b, x['L'], x['degree'], x['n_split'], x['n_base'], x['n_rec'][1],
            x['n_rec'][2], '/'.join(str(v) for v in x['rec_bytes']),
            x['min_sub_len'], size))
    a('| **total** | | | | | | | **%d** (%.2f MiB) |\n' % (total, total / 2 ** 20))
    a('### Measured errors (reference decoder vs skyfield)\n')
    a('Random instants uniform over the whole range (`n` per table), plus 3 extra '
      'instants in every sub-segment (`extra`; these concentrate on conjunctions '
      'and the joins).  Longitude includes the Δψ from nutation.bin, exactly as at '
      'run time.  Columns: max / 99th percentile over the random instants; '
      '"max incl. extra" over all.  For the Nutation table the three columns are '
      'Δψ, Δε, ε_A, all in mas.\n')
    a('| table | n + extra | λ mas max / p99 | β mas max / p99 | distance rel. max / p99 | dλ/dt °/day max / p99 | dβ/dt °/day max / p99 | max incl. extra: λ, β (mas), dλ/dt, dβ/dt (°/day) |')
    a('| --- | --- | --- | --- | --- | --- | --- | --- |')
    for b in ORDER:
        r = vr[b]
        f = lambda k: '%.3g / %.3g' % (r[k]['max'], r[k]['p99'])
        a('| %s | %d + %d | %s | %s | %s | %s | %s | %.3g, %.3g, %.3g, %.3g |' % (
            b, r['n_random'], r['n_extra'], f('lon_mas'), f('lat_mas'),
            f('dist_rel'), f('dlon_deg_per_day'), f('dlat_deg_per_day'),
            r['lon_mas']['max_all'], r['lat_mas']['max_all'],
            r['dlon_deg_per_day']['max_all'], r['dlat_deg_per_day']['max_all']))
    a('')
    a('### Exceptions\n')
    a('Sub-segments whose fit estimate still exceeds the budget at the shortest '
      'allowed length (L/2^16 = 42 s), grouped into events.  All are '
      'near-central superior conjunctions: the planet passes geometrically '
      'within about an arcsecond of the Sun\'s centre (hidden behind the disc), '
      'and skyfield\'s point-mass light deflection throws its image around the '
      'Einstein ring, 40″ (Mercury) to 80″ (outer planets) from the centre, '
      'within minutes.  Values stay within budget there ("est. value error"); '
      'only the rates miss, by the amount shown.  The extra verification points '
      'inside these sub-segments are the source of the large rate errors in the '
      '"max incl. extra" column.\n')
    events = [dict(ev, body=b) for b in ORDER for ev in bi[b]['exceptions']]
    if not events:
        a('None.\n')
    else:
        a('| table | from (TT JD) | to (TT JD) | sub-segments | est. value error max (mas) | est. rate error max (°/day) |')
        a('| --- | --- | --- | --- | --- | --- |')
        for ev in events:
            a('| %s | %.4f | %.4f | %d | %.2g | %.2g |' % (
                ev['body'], ev['start_jd'], ev['end_jd'], ev['n_sub'],
                ev['est_pos_mas'], ev['est_rate_mas_per_day'] / 3.6e6))
        a('')
    a('### Step at the kernel joins (DE405 − DE421, apparent place)\n')
    a('| body | 1900-01-01 Δλ, Δβ (mas), ΔΔ/Δ | 2050-01-01 Δλ, Δβ (mas), ΔΔ/Δ |')
    a('| --- | --- | --- |')
    for r in jn:
        g = lambda k: '%.2f, %.2f, %.2g' % (r[k]['dlon_mas'], r[k]['dlat_mas'], r[k]['ddist_rel'])
        a('| %s | %s | %s |' % (r['body'], g('1900'), g('2050')))
    a('')
    a('### Checksums (sha256)\n')
    a('```')
    for b in ORDER:
        p = os.path.join(D, b.lower() + '.bin')
        a('%s  %s' % (hashlib.sha256(open(p, 'rb').read()).hexdigest(), b.lower() + '.bin'))
    a('```')
    text = '\n'.join(L)
    rp = os.path.join(D, 'README.md')
    s = open(rp).read()
    i, j = s.index(BEGIN), s.index(END)
    s = s[:i + len(BEGIN)] + '\n' + text + '\n' + s[j:]
    open(rp, 'w').write(s)
    print(text)


if __name__ == '__main__':
    main()
