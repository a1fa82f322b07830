"""Present a jplephem *old-format* ephemeris package (PyPI ``de405``,
``de421``, ...) to skyfield as if it were an SPK kernel.

skyfield 1.55 reads SPK files only.  The old-format packages hold the raw
JPL Chebyshev records as numpy arrays, read with
``jplephem.ephem.Ephemeris(module).position_and_velocity(name, tdb, tdb2)``
(km, km/day, TDB).  This module wraps those calls in skyfield
``VectorFunction`` objects with the same (center, target) codes that the
real ``de421.bsp`` uses, so that ``kernel['earth'].at(t).observe(...)
.apparent()`` runs skyfield's own light-time / deflection / aberration /
precession-nutation code unchanged.

Segments provided (codes as in de421.bsp):

    0 -> 1..9   planet (system) barycentres   old names mercury .. pluto
    0 -> 3      Earth-Moon barycentre         old name earthmoon
    0 -> 10     Sun                           old name sun
    3 -> 399    Earth    = -moon * 1/(1+EMRAT)
    3 -> 301    Moon     = +moon * EMRAT/(1+EMRAT)

where ``moon`` is the old format's geocentric Moon vector.  (jplephem names
1/(1+EMRAT) ``earth_share`` and EMRAT/(1+EMRAT) ``moon_share``.)
The reduction is skyfield's.  The Chebyshev records are read with
jplephem's ``Ephemeris.load`` and evaluated here (``OldSeries``), with the
time kept as whole day + fraction down to the record: jplephem's own
``position_and_velocity`` adds both into one float of days since the start
of the ephemeris (resolution 2.9e-11 d = 2.5 us at 1.8e5 days), which puts
~1e-4 km of noise on the Earth-Moon barycentre and so 0.02-0.04 mas of noise
on the apparent Moon.  ``OldSeries`` agrees with ``position_and_velocity``
to that noise level (see check_adapter.py).
"""
import numpy as np
from jplephem.ephem import Ephemeris
from skyfield.constants import AU_KM
from skyfield.jpllib import SpiceKernel
from skyfield.vectorlib import VectorFunction

_BARY = {1: 'mercury', 2: 'venus', 3: 'earthmoon', 4: 'mars', 5: 'jupiter',
         6: 'saturn', 7: 'uranus', 8: 'neptune', 9: 'pluto', 10: 'sun'}


class OldSeries:
    """One old-format series (N records of 3 x K Chebyshev coefficients,
    uniform records from jalpha to jomega), evaluated in km and km/day."""

    def __init__(self, eph, name):
        self.coef = eph.load(name)
        self.n_rec, _, self.ncoef = self.coef.shape
        self.jalpha = float(eph.jalpha)
        self.rec_len = (float(eph.jomega) - self.jalpha) / self.n_rec

    def position_and_velocity(self, whole, frac):
        whole = np.atleast_1d(np.asarray(whole, float))
        frac = np.atleast_1d(np.asarray(frac, float))
        d = whole - self.jalpha              # exact: both are k/2 days
        i = np.floor((d + frac) / self.rec_len).astype(np.int64)
        i = np.clip(i, 0, self.n_rec - 1)
        off = (d - i * self.rec_len) + frac  # d - i*rec_len is exact
        if np.any(off < -1e-9) or np.any(off > self.rec_len + 1e-9):
            raise ValueError('date outside the old-format ephemeris')
        x = 2.0 * off / self.rec_len - 1.0
        c = self.coef[i]                     # (n, 3, K)
        # T_k(x) and T_k'(x) by the three-term recurrences
        T = np.empty((self.ncoef,) + x.shape)
        D = np.empty_like(T)
        T[0], D[0] = 1.0, 0.0
        T[1], D[1] = x, 1.0
        for k in range(2, self.ncoef):
            T[k] = 2.0 * x * T[k - 1] - T[k - 2]
            D[k] = 2.0 * T[k - 1] + 2.0 * x * D[k - 1] - D[k - 2]
        pos = np.einsum('nak,kn->an', c, T)
        vel = np.einsum('nak,kn->an', c, D) * (2.0 / self.rec_len)
        return pos, vel


class OldFormatSegment(VectorFunction):
    """One skyfield vector function backed by an old-format series."""

    def __init__(self, kernel, center, target, name, factor=1.0):
        self.ephemeris = kernel
        self.center = center
        self.target = target
        self._name = name
        self._factor = factor

    @property
    def vector_name(self):
        return '{0!r} old-format segment'.format(self.ephemeris.path)

    def _at(self, t):
        series = self.ephemeris.series(self._name)
        # Same whole/fraction split of TDB that skyfield's SPK segments use.
        p, v = series.position_and_velocity(t.whole, t.tdb_fraction)
        if np.ndim(t.tdb) == 0:
            p = p.reshape(3)
            v = v.reshape(3)
        f = self._factor / AU_KM
        return p * f, v * f, None, None


class OldFormatKernel(SpiceKernel):
    """A skyfield ``SpiceKernel`` look-alike over an old-format package."""

    def __init__(self, module):
        self.eph = Ephemeris(module)
        self._series = {}
        self.path = module.__name__ + ' (jplephem old format)'
        self.filename = module.__name__
        self.spk = None
        segs = [OldFormatSegment(self, 0, code, name)
                for code, name in _BARY.items()]
        segs.append(OldFormatSegment(self, 3, 399, 'moon',
                                     -self.eph.earth_share))
        segs.append(OldFormatSegment(self, 3, 301, 'moon',
                                     self.eph.moon_share))
        self.segments = segs
        self.comments = lambda: ''

    def series(self, name):
        s = self._series.get(name)
        if s is None:
            s = self._series[name] = OldSeries(self.eph, name)
        return s

    def close(self):
        pass

    def __str__(self):
        return '\n'.join(s.arrow_str() for s in self.segments)
