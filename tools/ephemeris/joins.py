#!/usr/bin/env python3
"""Step of the tables at the kernel joins: DE405 - DE421 apparent position
per body at 1900-01-01 00:00 TT and 2050-01-01 00:00 TT (JSON on stdout)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import apparent as ap  # noqa: E402

ap.MEAN_EQUINOX = False
out = []
for name, code in ap.BODIES:
    row = dict(body=name)
    for label, jd in (('1900', ap.JOIN1), ('2050', ap.JOIN2)):
        a = ap.sample_kernel('de405', code, [jd])
        b = ap.sample_kernel('de421', code, [jd])
        dl = ((a[0][0] - b[0][0] + 180.0) % 360.0 - 180.0) * 3.6e6
        row[label] = dict(dlon_mas=round(float(dl), 3),
                          dlat_mas=round(float((a[1][0] - b[1][0]) * 3.6e6), 3),
                          ddist_rel=float('%.3g' % ((a[2][0] - b[2][0]) / b[2][0])))
    out.append(row)
print(json.dumps(out, indent=1))
