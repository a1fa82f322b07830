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

Time is kept in two parts.  skyfield hands a segment TDB as ``t.whole`` (the
Julian date, ~2.4e6) plus ``t.tdb_fraction`` (the small offset, light time,
TDB-TT).  jplephem's old-format ``position_and_velocity(name, tdb, tdb2)``
forms ``(tdb - jalpha) + tdb2`` in one double, which rounds the instant to the
spacing of doubles near 2e5 d (2.9e-11 d, 2.5 us).  The Earth-Moon barycentre
moves ~2.6e6 km/day, so that moves the Earth and the Moon by up to ~1e-4 km,
*differently* at the observation and the light-time-retarded instant: ~0.02 mas
of noise in the geocentric Moon, ~1e-6 deg/day in a 0.02-day central
difference.  ``ChebyshevArray`` below therefore evaluates the records itself
and never adds whole + fraction in one float:

    a      = whole - jalpha                      exact (same binade)
    i0     = floor(a / L), r = a - i0*L          exact (L = record length, a
                                                 power of two: 4, 8, 16, 32 d)
    k      = floor((r + fraction) / L)           carry into the next records
    record = i0 + k,  offset = (r - k*L) + fraction     one rounding, at ~1e-15 d
    x      = 2*offset/L - 1

then Clenshaw sums for the position (sum c_n T_n(x)) and the velocity
(d/dx = sum n c_n U_{n-1}(x), times 2/L), in km and km/day.  ``split_time=False``
restores jplephem's summed-time evaluation; it is kept only so the validation
can show the before/after jitter.
"""

import math

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


class ChebyshevArray(object):
    """One old-format coefficient array, shape (records, 3, ncoef), with records
    of equal length tiling [jalpha, jomega] TDB; evaluated at two-part times."""

    def __init__(self, coefficients, jalpha, jomega, name):
        self.coefficients = np.asarray(coefficients, dtype=float)
        self.name = name
        self.start = float(jalpha)
        self.end = float(jomega)
        n = self.coefficients.shape[0]
        span = self.end - self.start
        length = span / n
        # exact index arithmetic needs a power-of-two record length that tiles
        # the span exactly (true for DE405 and DE421: 4, 8, 16 or 32 days)
        assert length * n == span, (name, length, n, span)
        assert length == 2.0 ** round(math.log2(length)), (name, length)
        self.length = length
        self.count = n

    def locate(self, whole, fraction):
        """record index and offset (days from the record start) of whole + fraction,
        without ever forming whole + fraction."""
        whole = np.asarray(whole, dtype=float)
        fraction = np.asarray(fraction, dtype=float)
        length = self.length
        # whole and start lie within a factor 2 of each other: exact (Sterbenz)
        ok = (whole >= 0.5 * self.start) & (whole <= 2.0 * self.start)
        if not ok.all():
            raise ValueError('%s: whole part %r far outside the ephemeris'
                             % (self.name, whole[~ok][:3]))
        a = whole - self.start
        i0 = np.floor(a / length)          # a / length: exact (power of two)
        r = a - i0 * length                # exact, in [0, length)
        k = np.floor((r + fraction) / length)
        offset = (r - k * length) + fraction   # r - k*length exact; one rounding
        index = i0 + k
        last = index == self.count         # the end point jomega itself
        index = np.where(last, self.count - 1, index)
        offset = np.where(last, offset + length, offset)
        bad = (index < 0) | (index >= self.count)
        if bad.any():
            raise ValueError('%s: TDB %r outside the ephemeris JD %.1f..%.1f'
                             % (self.name, (whole[bad] + fraction[bad])[:3],
                                self.start, self.end))
        return index.astype(np.intp), offset

    def position_velocity(self, whole, fraction):
        """km and km/day, each of shape (n, 3), for 1-D whole and fraction."""
        index, offset = self.locate(whole, fraction)
        x = (offset * (2.0 / self.length) - 1.0)[:, None]        # (n, 1)
        c = self.coefficients[index]                               # (n, 3, m)
        m = c.shape[2]
        two_x = x + x
        # position: Clenshaw for sum_{j=0}^{m-1} c_j T_j(x)
        b1 = np.zeros(c.shape[:2])
        b2 = np.zeros(c.shape[:2])
        for j in range(m - 1, 0, -1):
            b1, b2 = c[:, :, j] + two_x * b1 - b2, b1
        pos = c[:, :, 0] + x * b1 - b2
        # velocity: d/dx sum c_j T_j = sum_{j=1}^{m-1} j c_j U_{j-1}(x);
        # Clenshaw for sum_i a_i U_i(x) with a_i = (i+1) c_{i+1}: result b_0
        b1 = np.zeros(c.shape[:2])
        b2 = np.zeros(c.shape[:2])
        for i in range(m - 2, -1, -1):
            b1, b2 = (i + 1) * c[:, :, i + 1] + two_x * b1 - b2, b1
        vel = b1 * (2.0 / self.length)
        return pos, vel


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
        pos_km, vel_km_d = self.ephemeris.position_and_velocity(
            self.array_name, whole.ravel(), frac.ravel())
        scale = self.factor / AU_KM
        shape = (3,) + np.shape(t.tt)
        p = (pos_km * scale).reshape(shape)
        v = (vel_km_d * scale).reshape(shape)
        return p, v, None, None


class OldFormatKernel(object):
    """Stands where skyfield expects a SpiceKernel: ``kernel[code or name]``,
    ``code in kernel``."""

    def __init__(self, module, split_time=True):
        self.eph = Ephemeris(module)
        self.name = self.eph.name
        self.split_time = split_time
        self.arrays = {}
        self.path = self.name  # skyfield prints ``ephemeris.path`` in reprs
        factors = {None: 1.0,
                   'earth': -self.eph.earth_share,
                   'moon': self.eph.moon_share}
        self.segments = [OldFormatSegment(self, c, tg, n, factors[f])
                         for c, tg, n, f in _SEGMENTS]
        self.codes = {s.target for s in self.segments} | {0}

    def array(self, array_name):
        arr = self.arrays.get(array_name)
        if arr is None:
            arr = ChebyshevArray(self.eph.load(array_name), self.eph.jalpha,
                                 self.eph.jomega, array_name)
            self.arrays[array_name] = arr
        return arr

    def position_and_velocity(self, array_name, whole, fraction):
        """km, km/day, each of shape (3, n), of array `array_name` at TDB
        whole + fraction (1-D arrays)."""
        if not self.split_time:
            # jplephem: (whole - jalpha) + fraction in one double (validation only)
            return self.eph.position_and_velocity(array_name, whole, fraction)
        pos, vel = self.array(array_name).position_velocity(whole, fraction)
        return pos.T, vel.T

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
        return '<OldFormatKernel {0} JD {1}..{2}{3}>'.format(
            self.name, self.eph.jalpha, self.eph.jomega,
            '' if self.split_time else ' (jplephem summed time)')
