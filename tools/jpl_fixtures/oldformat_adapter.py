"""Expose a jplephem *old-format* ephemeris (PyPI `de405`, `de421`, ...) to skyfield.

skyfield 1.55 reads only SPK (.bsp) files.  The old-format packages hold the JPL
Chebyshev coefficients as numpy arrays, read by ``jplephem.ephem.Ephemeris``:

* ``mercury`` ... ``pluto``: solar-system barycentre (SSB) -> planet (system barycentre)
* ``earthmoon``: SSB -> Earth-Moon barycentre (EMB)
* ``sun``: SSB -> Sun
* ``moon``: Earth -> Moon (geocentric)

all in km and km/day, as functions of TDB.  This module wraps them as skyfield
vector functions with the same centre/target codes as the segments of an SPK
planetary kernel, so that ``kernel['earth'].at(t).observe(kernel['moon'])
.apparent()`` runs skyfield's own apparent-place pipeline on them:

    0 -> 1..9   SSB -> Mercury .. Pluto barycentre
    0 -> 3      SSB -> EMB
    0 -> 10     SSB -> Sun
    3 -> 399    EMB -> Earth = -moon * earth_share
    3 -> 301    EMB -> Moon  = +moon * moon_share

with earth_share = 1/(1+EMRAT) (the Moon's mass fraction, ~0.0122: the Earth's
offset from the EMB) and moon_share = EMRAT/(1+EMRAT) (~0.9878).

Like de421.bsp, the adapter holds no 599/699 (Jupiter/Saturn body) segments, so
skyfield's ``apparent()`` uses the system barycentres 5 and 6 as light deflectors,
exactly as it does with the SPK file.
"""

import numpy as np
from jplephem.ephem import Ephemeris
from skyfield.constants import AU_KM
from skyfield.vectorlib import VectorFunction, VectorSum

# (center, target, old-format array name, factor key)
_SEGMENTS = (
    (0, 1, 'mercury', None),
    (0, 2, 'venus', None),
    (0, 3, 'earthmoon', None),
    (0, 4, 'mars', None),
    (0, 5, 'jupiter', None),
    (0, 6, 'saturn', None),
    (0, 7, 'uranus', None),
    (0, 8, 'neptune', None),
    (0, 9, 'pluto', None),
    (0, 10, 'sun', None),
    (3, 399, 'moon', 'earth'),
    (3, 301, 'moon', 'moon'),
)

_NAMES = {
    'mercury barycenter': 1, 'venus barycenter': 2, 'earth barycenter': 3,
    'earth-moon barycenter': 3, 'mars barycenter': 4,
    'jupiter barycenter': 5, 'saturn barycenter': 6, 'uranus barycenter': 7,
    'neptune barycenter': 8, 'pluto barycenter': 9, 'sun': 10,
    'moon': 301, 'earth': 399,
}


class OldFormatSegment(VectorFunction):
    """One centre->target vector read from the old-format arrays."""

    def __init__(self, kernel, center, target, array_name, factor):
        self.ephemeris = kernel
        self.center = center
        self.target = target
        self.array_name = array_name
        self.factor = factor  # scale applied to the km vector (before km -> au)

    @property
    def vector_name(self):
        return 'old-format {0} array {1!r}'.format(self.ephemeris.name,
                                                    self.array_name)

    def _at(self, t):
        whole = np.atleast_1d(np.asarray(t.whole, dtype=float))
        frac = np.atleast_1d(np.asarray(t.tdb_fraction, dtype=float))
        whole, frac = np.broadcast_arrays(whole, frac)
        pos_km, vel_km_d = self.ephemeris.eph.position_and_velocity(
            self.array_name, whole.ravel(), frac.ravel())
        scale = self.factor / AU_KM
        shape = (3,) + np.shape(t.tt)
        p = (pos_km * scale).reshape(shape)
        v = (vel_km_d * scale).reshape(shape)
        return p, v, None, None


class OldFormatKernel(object):
    """Stands where skyfield expects a SpiceKernel: ``kernel[code or name]``,
    ``code in kernel``."""

    def __init__(self, module):
        self.eph = Ephemeris(module)
        self.name = self.eph.name
        self.path = self.name  # skyfield prints ``ephemeris.path`` in reprs
        factors = {None: 1.0,
                   'earth': -self.eph.earth_share,
                   'moon': self.eph.moon_share}
        self.segments = [OldFormatSegment(self, c, tg, n, factors[f])
                         for c, tg, n, f in _SEGMENTS]
        self.codes = {s.target for s in self.segments} | {0}

    def decode(self, name):
        code = name if isinstance(name, int) else _NAMES.get(name.lower())
        if code is None or code not in self.codes:
            raise KeyError('old-format kernel {0} has no target {1!r}'
                           .format(self.name, name))
        return code

    def __contains__(self, name):
        try:
            self.decode(name)
        except KeyError:
            return False
        return True

    def __getitem__(self, name):
        target = self.decode(name)
        by_target = {s.target: s for s in self.segments}
        chain = []
        code = target
        while code != 0:
            seg = by_target[code]
            chain.append(seg)
            code = seg.center
        chain.reverse()
        if len(chain) == 1:
            return chain[0]
        return VectorSum(0, target, tuple(chain))

    def __repr__(self):
        return '<OldFormatKernel {0} JD {1}..{2}>'.format(
            self.name, self.eph.jalpha, self.eph.jomega)
