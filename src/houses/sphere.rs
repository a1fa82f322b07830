//! The celestial sphere of one chart — ARMC θ, latitude φ, obliquity ε with
//! their sines and cosines computed once — and the projections every house
//! system is built from.
//!
//! Angles are radians inside this module and degrees at its edges (the
//! `*_deg` functions). Directions are handled as (sin, cos) pairs wherever
//! possible, so that adding a constant such as 30° to the ARMC is a rotation
//! by multiplication instead of another call to `sin_cos`.
//!
//! The one projection that carries most systems is the *oblique ascendant*
//! (the "ascendant under the pole f"): the point where the ecliptic meets a
//! great circle that crosses the equator at right ascension x and whose pole
//! stands at declination f and right ascension x − 90°, i.e. the horizon of
//! a fictitious place at latitude f when its ARMC is x − 90°. With the pole
//! Z = (cos f sin x, −cos f cos x, sin f) and the ecliptic point
//! u(λ) = (cos λ, sin λ cos ε, sin λ sin ε), Z·u = 0 gives
//!
//! ```text
//! tan λ = cos f sin x / (cos f cos x cos ε − sin f sin ε),
//! ```
//!
//! and λ is taken in the quadrant of the signs of numerator and denominator
//! (`atan2`). This branch is the one used by Swiss Ephemeris (and by
//! the classical hand formulae); where it is the "wrong" one of the two
//! intersections (inside the polar circles) the callers apply Swiss's
//! documented swaps. References: M. P. Munkasey, *An Astrological House
//! Formulary* (NCGR); R. W. Holden, *The Elements of House Division*
//! (Fowler, 1977); Meeus, *Astronomical Algorithms* (2nd ed.), ch. 13.

use crate::math::{DEG_TO_RAD, atan2, sin_cos, sqrt};

/// 1e-10°: how close to a pole Swiss Ephemeris lets the latitude come; a
/// latitude of exactly ±90° is evaluated at ±(90° − 1e-10°) (the horizon is
/// the equator there and the ascendant is the limit along the meridian).
pub(super) const POLE_MARGIN_DEG: f64 = 1e-10;

/// sin and cos of 30° and 60°.
pub(super) const S30: f64 = 0.5;
pub(super) const C30: f64 = 0.866_025_403_784_438_6;

/// Floating-point functions not in `crate::math`, with the same std/libm
/// split.
pub(super) mod trig {
    #[cfg(feature = "std")]
    mod imp {
        #[inline]
        pub fn asin(x: f64) -> f64 {
            x.asin()
        }
        #[inline]
        pub fn atan(x: f64) -> f64 {
            x.atan()
        }
        #[inline]
        pub fn cbrt(x: f64) -> f64 {
            x.cbrt()
        }
    }

    #[cfg(not(feature = "std"))]
    mod imp {
        pub use libm::{asin, atan, cbrt};
    }

    pub(in crate::houses) use imp::*;
}

/// A direction on a great circle as (sin, cos) of its angle.
#[derive(Debug, Clone, Copy)]
pub(super) struct Dir {
    pub s: f64,
    pub c: f64,
}

impl Dir {
    /// The direction of `angle_rad`.
    #[inline]
    pub fn of(angle_rad: f64) -> Dir {
        let (s, c) = sin_cos(angle_rad);
        Dir { s, c }
    }

    /// This direction turned by `by` (angle addition).
    #[inline]
    pub fn rot(self, by: Dir) -> Dir {
        Dir {
            s: self.s * by.c + self.c * by.s,
            c: self.c * by.c - self.s * by.s,
        }
    }

    /// This direction turned back by `by`.
    #[inline]
    pub fn rot_back(self, by: Dir) -> Dir {
        Dir {
            s: self.s * by.c - self.c * by.s,
            c: self.c * by.c + self.s * by.s,
        }
    }

    /// Turned by +90°.
    #[inline]
    pub fn plus90(self) -> Dir {
        Dir {
            s: self.c,
            c: -self.s,
        }
    }

    /// Turned by −90°.
    #[inline]
    pub fn minus90(self) -> Dir {
        Dir {
            s: -self.c,
            c: self.s,
        }
    }

    /// Turned by 180°.
    #[inline]
    pub fn opposite(self) -> Dir {
        Dir {
            s: -self.s,
            c: -self.c,
        }
    }
}

/// 30° and 60°, and their multiples used as rotations.
pub(super) const R30: Dir = Dir { s: S30, c: C30 };
pub(super) const R60: Dir = Dir { s: C30, c: S30 };

/// ARMC, latitude and obliquity of one chart with their functions.
#[derive(Debug, Clone, Copy)]
pub(super) struct Sky {
    /// ARMC θ, degrees in [0, 360).
    pub armc_deg: f64,
    /// Direction of the ARMC.
    pub th: Dir,
    /// Latitude φ, degrees, kept within ±(90° − 1e-10°).
    pub lat_deg: f64,
    /// sin φ, cos φ, tan φ.
    pub sp: f64,
    pub cp: f64,
    pub tp: f64,
    /// Obliquity ε, degrees.
    pub eps_deg: f64,
    /// sin ε, cos ε, tan ε.
    pub se: f64,
    pub ce: f64,
    pub te: f64,
}

impl Sky {
    /// The sphere for a (normalised) ARMC, a latitude within ±90° and an
    /// obliquity, all degrees.
    pub fn new(armc_deg: f64, lat_deg: f64, eps_deg: f64) -> Sky {
        let lim = 90.0 - POLE_MARGIN_DEG;
        let lat_deg = lat_deg.clamp(-lim, lim);
        let th = Dir::of(armc_deg * DEG_TO_RAD);
        let (sp, cp) = sin_cos(lat_deg * DEG_TO_RAD);
        let (se, ce) = sin_cos(eps_deg * DEG_TO_RAD);
        Sky {
            armc_deg,
            th,
            lat_deg,
            sp,
            cp,
            tp: sp / cp,
            eps_deg,
            se,
            ce,
            te: se / ce,
        }
    }

    /// Whether the latitude is on or inside a polar circle, |φ| ≥ 90° − ε,
    /// where some of the ecliptic never rises (the test Swiss Ephemeris
    /// applies, on the latitude after the pole margin).
    #[inline]
    pub fn is_polar(&self) -> bool {
        self.lat_deg.abs() >= 90.0 - self.eps_deg
    }

    /// Longitude (degrees) of the ecliptic point with right ascension `a`:
    /// the point where the hour circle through `a` meets the ecliptic,
    /// tan λ = tan α / cos ε, same quadrant as α.
    #[inline]
    pub fn ra_to_lon(&self, a: Dir) -> f64 {
        deg_of(atan2(a.s, a.c * self.ce))
    }

    /// Longitude (degrees) of the ecliptic point with the ecliptic
    /// longitude of the equator point `a` (its projection along a circle of
    /// ecliptic latitude): tan λ = tan α cos ε.
    #[inline]
    pub fn equator_point_to_lon(&self, a: Dir) -> f64 {
        deg_of(atan2(a.s * self.ce, a.c))
    }

    /// Right ascension of the ecliptic point at longitude `l` (β = 0).
    #[inline]
    pub fn lon_to_ra(&self, l: Dir) -> Dir {
        let (y, x) = (l.s * self.ce, l.c);
        let r = sqrt(y * y + x * x);
        Dir { s: y / r, c: x / r }
    }

    /// The oblique ascendant (see the module docs) for the equator crossing
    /// `x` and a pole height given by its tangent, degrees.
    #[inline]
    pub fn oblique_asc_tan(&self, x: Dir, tan_f: f64) -> f64 {
        deg_of(atan2(x.s, x.c * self.ce - tan_f * self.se))
    }

    /// The oblique ascendant for the equator crossing `x` and a pole height
    /// given by its cosine (≥ 0) and sine, degrees. Unlike the tangent form
    /// it reaches the poles f = ±90° (λ = 180° and 0°).
    #[inline]
    pub fn oblique_asc(&self, x: Dir, cos_f: f64, sin_f: f64) -> f64 {
        deg_of(atan2(cos_f * x.s, cos_f * x.c * self.ce - sin_f * self.se))
    }

    /// The ascensional difference a of the ascendant, radians: it rises at
    /// right ascension θ + 90° + a, and sin a = tan φ tan δ_Asc. From
    /// sin a = K sin α_Asc = K cos(θ + a) (tan δ = tan ε sin α on the
    /// ecliptic, K = tan φ tan ε): tan a = K cos θ / (1 + K sin θ). Taken
    /// as an arctangent in (−90°, 90°), so that inside the polar circles,
    /// where the ascendant formula gives the setting point, a belongs to the
    /// rising point instead (the one the systems keep). Well conditioned up
    /// to the poles, unlike acos(−tan φ tan δ) there.
    #[inline]
    pub fn asc_ascensional_difference(&self) -> f64 {
        let k = self.tp * self.te;
        let num = k * self.th.c;
        let den = 1.0 + k * self.th.s;
        if den == 0.0 {
            if num == 0.0 {
                0.0
            } else {
                core::f64::consts::FRAC_PI_2.copysign(num)
            }
        } else {
            trig::atan(num / den)
        }
    }

    /// The ascendant: the oblique ascendant of the east point (right
    /// ascension θ + 90°) under the pole φ.
    #[inline]
    pub fn ascendant(&self) -> f64 {
        self.oblique_asc_tan(self.th.plus90(), self.tp)
    }

    /// The midheaven: the ecliptic point on the meridian, λ = atan2(sin θ,
    /// cos θ cos ε).
    #[inline]
    pub fn midheaven(&self) -> f64 {
        self.ra_to_lon(self.th)
    }

    /// Longitude (degrees) where the ecliptic meets the great circle
    /// through the north and south points of the horizon and the point of
    /// right ascension `a` whose declination δ enters as
    /// `t = tan δ tan φ`.
    ///
    /// With the north point N = (−sin φ cos θ, −sin φ sin θ, cos φ) and the
    /// point P, the circle's pole is n = N × P; divided by cos φ cos δ > 0,
    ///
    /// ```text
    /// n ∝ (−(t sin θ + sin α), t cos θ + cos α, tan φ sin(θ − α)),
    /// ```
    ///
    /// and of the two ecliptic points u(λ) with n·u = 0 this takes
    /// λ = atan2(−nₓ, n_y cos ε + n_z sin ε): the oblique ascendant of the
    /// circle oriented with pole P × N, i.e. crossing the equator at its
    /// upper point when P is above the horizon and at its lower point when
    /// P is below (the convention of Swiss's APC formula).
    #[inline]
    pub fn position_circle(&self, a: Dir, t: f64) -> f64 {
        let (minus_nx, ny, nz) = self.position_circle_pole(a, t);
        deg_of(atan2(minus_nx, ny * self.ce + nz * self.se))
    }

    /// |n| cos φ for [`Sky::position_circle`]: sin(angle between P and the
    /// north point) / cos δ, 0 when P is the north or south point and the
    /// circle is undefined.
    #[inline]
    pub fn position_circle_size(&self, a: Dir, t: f64) -> f64 {
        let (minus_nx, ny, nz) = self.position_circle_pole(a, t);
        sqrt(minus_nx * minus_nx + ny * ny + nz * nz) * self.cp
    }

    #[inline]
    fn position_circle_pole(&self, a: Dir, t: f64) -> (f64, f64, f64) {
        (
            t * self.th.s + a.s,
            t * self.th.c + a.c,
            self.tp * (self.th.s * a.c - self.th.c * a.s),
        )
    }
}

/// Radians (from `atan2`, in (−π, π]) to degrees in [0, 360).
#[inline]
pub(super) fn deg_of(rad: f64) -> f64 {
    norm(rad / DEG_TO_RAD)
}

/// Degrees to [0, 360), without `fmod` for the usual small excursions, and
/// with −0 mapped to +0.
#[inline]
pub(super) fn norm(x: f64) -> f64 {
    let r = if (0.0..360.0).contains(&x) {
        x
    } else if (-360.0..0.0).contains(&x) {
        x + 360.0
    } else if (360.0..720.0).contains(&x) {
        x - 360.0
    } else {
        crate::math::norm_deg(x)
    };
    // x + 360 can round up to exactly 360 for tiny negative x.
    if r >= 360.0 { 0.0 } else { r + 0.0 }
}

/// `b − a` reduced to [−180°, 180°) (Swiss's `swe_difdeg2n(b, a)`), degrees.
#[inline]
pub(super) fn diff(b: f64, a: f64) -> f64 {
    let d = norm(b - a);
    if d >= 180.0 { d - 360.0 } else { d }
}

/// Adds 180° (the opposite point), degrees in [0, 360).
#[inline]
pub(super) fn opp(x: f64) -> f64 {
    norm(x + 180.0)
}
