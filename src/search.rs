//! Event search on angle functions of time: the instants at which an angle
//! (a longitude, an elongation, a sum of longitudes) crosses given values,
//! and the stations at which its rate changes sign.
//!
//! The searched function returns an angle **and its rate** at a TT instant
//! ([`AngleRate`]); the ephemeris gives both from the same Chebyshev series,
//! so every root is refined by Newton's method on exact derivatives, kept
//! inside a bracket (bisection when a step would leave it). Brackets come
//! from what is known about the function, not from stepping on a fixed
//! grid:
//!
//! * **Monotone functions** (the Sun's or the Moon's longitude, the Moon–Sun
//!   elongation of the tithi, the Sun + Moon sum of the yoga) come with
//!   [`RateBounds`]: a target `d` degrees ahead is reached no sooner than
//!   `d / max` and no later than `d / min` days. The first guess uses the
//!   current rate and acceleration, so a crossing typically costs two
//!   evaluations, and the cost of a search grows with the number of events
//!   found, not with the span.
//! * **Functions with stations** (planetary longitudes) come with a
//!   [`StationScan`]: a bound on the acceleration and the shortest time
//!   between two stations. From an instant with rate `v` no station can
//!   come before `|v| / max_accel`, and no two stations come within
//!   `min_gap_days`, so the scan steps by the larger of the two and never
//!   misses a sign change; each station is then refined by a safeguarded
//!   secant on the rate. Between stations the function is monotone and
//!   crossings are found piecewise.
//!
//! Roots are refined to [`TOLERANCE_DAYS`] (under a millisecond); the
//! accuracy of an event is then that of the function itself (for the
//! embedded ephemeris, 1 mas: 2 ms for the Moon, 0.1 s for the Sun).
//!
//! ```
//! use jyotish::search::{self, Grid, RateBounds};
//! use jyotish::{Body, JulianDayTt};
//! // New moons (Moon − Sun = 0°) in 2024.
//! let (start, end) = (JulianDayTt::new(2_460_310.5)?, JulianDayTt::new(2_460_676.5)?);
//! let new_moons = search::crossings(
//!     search::elongation(Body::Moon, Body::Sun),
//!     start,
//!     end,
//!     Grid::new(0.0, 360.0)?,
//!     RateBounds::MOON_MINUS_SUN,
//! )?;
//! assert_eq!(new_moons.len(), 13); // Jan 11 … Dec 1 and Dec 30
//! // 2024-01-11 11:57 UT (USNO), TT = UT + 69 s.
//! assert!((new_moons[0].jd_tt.value() - 2_460_321.0).abs() < 0.001);
//! # Ok::<(), jyotish::Error>(())
//! ```
//!
//! # References
//! Brent (1973), *Algorithms for Minimization without Derivatives*, ch. 4
//! (safeguarded root finding); Meeus, *Astronomical Algorithms*, 2nd ed.,
//! ch. 3 (interpolation) and ch. 49 (phases of the Moon, for the examples).

use alloc::vec::Vec;

use crate::Error;
use crate::ayanamsa::AyanamsaModel;
use crate::ephemeris::{Body, SegmentCache};
use crate::error::check_range;
use crate::math::{norm_deg, round, sqrt};
use crate::time::JulianDayTt;

/// Roots are refined until the next correction is below this, in days
/// (1e-8 day = 0.86 ms).
pub const TOLERANCE_DAYS: f64 = 1e-8;

/// Most function evaluations spent on one root before giving up with the
/// best bracket midpoint (never reached for the functions of this crate:
/// Newton converges in 2–4 steps, the bisection fallback in ≤ 60).
const MAX_ITERATIONS: usize = 100;

/// A Newton step is the last one when the error it leaves, (a/2r)·step²
/// with `a` the acceleration bound, is below this (1e-7 day = 8.6 ms, far
/// inside the 0.1 s goal): it saves an evaluation per root.
const ACCEPT_DAYS: f64 = 1e-7;

/// An angle and its rate at one instant.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct AngleRate {
    /// The angle, degrees (any real; it is reduced modulo 360 where needed).
    pub angle_deg: f64,
    /// Its rate, degrees per day.
    pub rate_deg_per_day: f64,
}

/// What is known about a monotone angle function: its rate stays within
/// `[min, max]` degrees per day (`0 < min ≤ max`, increasing functions
/// only), and its acceleration within `±max_accel` degrees per day².
///
/// The bounds must hold over the whole search; wider bounds only cost
/// evaluations, never correctness, as long as `min` stays positive.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RateBounds {
    min: f64,
    max: f64,
    max_accel: f64,
}

impl RateBounds {
    /// The Sun's apparent longitude (tropical or sidereal): 0.94–1.03 °/day
    /// (the extremes over 1600–2200 are 0.9532 and 1.0197,
    /// `tests/search.rs`), acceleration ≤ 0.0005 °/day².
    pub const SUN: RateBounds = RateBounds {
        min: 0.94,
        max: 1.03,
        max_accel: 5e-4,
    };
    /// The Moon's apparent longitude: 11.5–15.6 °/day (extremes 11.75 and
    /// 15.39), acceleration ≤ 0.6 °/day² (extreme 0.53).
    pub const MOON: RateBounds = RateBounds {
        min: 11.5,
        max: 15.6,
        max_accel: 0.6,
    };
    /// Moon − Sun, the elongation that counts tithis and karanas:
    /// 10.4–14.7 °/day (extremes 10.73 and 14.43), acceleration ≤ 0.6 °/day².
    pub const MOON_MINUS_SUN: RateBounds = RateBounds {
        min: 10.4,
        max: 14.7,
        max_accel: 0.6,
    };
    /// Moon + Sun, the sum that counts yogas: 12.4–16.7 °/day (extremes
    /// 12.71 and 16.41), acceleration ≤ 0.6 °/day².
    pub const MOON_PLUS_SUN: RateBounds = RateBounds {
        min: 12.4,
        max: 16.7,
        max_accel: 0.6,
    };

    /// Bounds for an increasing angle function.
    ///
    /// ```
    /// use jyotish::search::RateBounds;
    /// assert!(RateBounds::new(0.9, 1.1, 0.001).is_ok());
    /// assert!(RateBounds::new(0.0, 1.1, 0.001).is_err()); // not strictly increasing
    /// ```
    ///
    /// # Errors
    /// [`Error::OutOfRange`] unless `0 < min ≤ max` and `max_accel ≥ 0`;
    /// [`Error::NotFinite`] for NaN or infinity.
    pub fn new(min_deg_per_day: f64, max_deg_per_day: f64, max_accel: f64) -> Result<Self, Error> {
        check_range("maximum rate (deg/day)", max_deg_per_day, 1e-12, 1e6)?;
        check_range(
            "minimum rate (deg/day)",
            min_deg_per_day,
            1e-12,
            max_deg_per_day,
        )?;
        check_range("maximum acceleration (deg/day²)", max_accel, 0.0, 1e6)?;
        Ok(Self {
            min: min_deg_per_day,
            max: max_deg_per_day,
            max_accel,
        })
    }

    /// Smallest rate, degrees per day.
    pub fn min_deg_per_day(&self) -> f64 {
        self.min
    }

    /// Largest rate, degrees per day.
    pub fn max_deg_per_day(&self) -> f64 {
        self.max
    }
}

/// The values sought: `offset + k·step` degrees for k = 0, 1, …, n − 1 with
/// n = 360/step a whole number (12° → the 30 tithis, 360°/27 → the
/// nakshatras, 30° → the rashis, 360° → one value).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Grid {
    offset: f64,
    step: f64,
    count: u32,
}

impl Grid {
    /// A grid of `360/step_deg` values starting at `offset_deg`.
    ///
    /// ```
    /// use jyotish::search::Grid;
    /// assert_eq!(Grid::new(0.0, 12.0)?.count(), 30);
    /// assert_eq!(Grid::new(0.0, 360.0 / 27.0)?.count(), 27);
    /// assert!(Grid::new(0.0, 7.0).is_err()); // 360/7 is not whole
    /// # Ok::<(), jyotish::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::OutOfRange`] unless `step_deg` is in (0, 360] and divides
    /// 360 into a whole number of parts (within 1e-9); [`Error::NotFinite`].
    pub fn new(offset_deg: f64, step_deg: f64) -> Result<Self, Error> {
        check_range("grid offset (degrees)", offset_deg, -1e6, 1e6)?;
        check_range("grid step (degrees)", step_deg, 1e-6, 360.0)?;
        let n = 360.0 / step_deg;
        let count = round(n);
        if (n - count).abs() > 1e-9 * n {
            return Err(Error::OutOfRange {
                what: "grid step (degrees), which must divide 360",
                value: step_deg,
                min: 1e-6,
                max: 360.0,
            });
        }
        Ok(Self {
            offset: norm_deg(offset_deg),
            step: 360.0 / count,
            count: count as u32,
        })
    }

    /// The number of values on the circle.
    pub fn count(&self) -> u32 {
        self.count
    }

    /// Value number `index` (0-based), degrees in `[0, 360)`.
    pub fn value_deg(&self, index: u32) -> f64 {
        norm_deg(self.offset + f64::from(index) * self.step)
    }

    /// The index of the grid interval that holds `angle_deg`: the `k` with
    /// `offset + k·step ≤ angle < offset + (k+1)·step` (modulo 360).
    pub fn interval_of(&self, angle_deg: f64) -> u32 {
        let k = (norm_deg(angle_deg - self.offset) / self.step) as u32;
        k.min(self.count - 1)
    }

    /// Degrees from `angle_deg` forward to the next grid value, in (0, step].
    fn ahead(&self, angle_deg: f64) -> (f64, u32) {
        let rel = norm_deg(angle_deg - self.offset);
        let k = (rel / self.step) as u32 + 1;
        let d = f64::from(k) * self.step - rel;
        (d.max(0.0), k % self.count)
    }

    /// Degrees from `angle_deg` back to the previous grid value, in (0, step].
    fn behind(&self, angle_deg: f64) -> (f64, u32) {
        let rel = norm_deg(angle_deg - self.offset);
        let mut k = (rel / self.step) as u32;
        let mut d = rel - f64::from(k) * self.step;
        if d <= 0.0 {
            d = self.step;
            k = if k == 0 { self.count - 1 } else { k - 1 };
        }
        (d, k.min(self.count - 1))
    }
}

/// One crossing of a grid value.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Crossing {
    /// The instant, TT.
    pub jd_tt: JulianDayTt,
    /// Which grid value was crossed (0-based, see [`Grid::value_deg`]).
    pub index: u32,
    /// The rate at the crossing, degrees per day (its sign says the
    /// direction: negative when a retrograde planet crosses backwards).
    pub rate_deg_per_day: f64,
}

/// Which way the motion turns at a station.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum StationKind {
    /// The rate turns from positive to negative (the planet turns retrograde).
    Retrograde,
    /// The rate turns from negative to positive (the planet turns direct).
    Direct,
}

/// A station: the rate of the angle passes through zero.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Station {
    /// The instant, TT.
    pub jd_tt: JulianDayTt,
    /// Retrograde or direct.
    pub kind: StationKind,
    /// The angle at the station, degrees in `[0, 360)`.
    pub angle_deg: f64,
}

/// What is known about an angle function that may stop and turn: the
/// largest |rate| (°/day), the largest |acceleration| (°/day²), and the
/// shortest time between two consecutive stations (days).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StationScan {
    max_rate: f64,
    max_accel: f64,
    min_gap: f64,
}

impl StationScan {
    /// Bounds for the apparent geocentric longitude of a planet, measured
    /// over 1600–2200 on the embedded ephemeris and widened by ≥ 20 %
    /// (`tests/search.rs` checks them); `None` for the Sun, the Moon and the
    /// mean node, which never station, and the true node, whose rate turns
    /// within hours (search it with [`StationScan::new`] and tight bounds).
    ///
    /// | body | max rate °/d | max accel °/d² | min gap d |
    /// |---|---|---|---|
    /// | Mercury | 2.7 | 0.24 | 17 |
    /// | Venus | 1.55 | 0.052 | 37 |
    /// | Mars | 0.95 | 0.019 | 54 |
    /// | Jupiter | 0.3 | 0.0043 | 105 |
    /// | Saturn | 0.16 | 0.0023 | 120 |
    /// | Uranus, Neptune, Pluto | 0.085 | 0.0012 | 135 |
    ///
    /// The acceleration is measured away from solar conjunctions: within a
    /// few degrees of the Sun the light-deflection term makes the apparent
    /// rate jump within hours, but there the rate is far from zero, and a
    /// step never exceeds the shortest gap between stations, so no station
    /// can be skipped.
    pub fn for_body(body: Body) -> Option<StationScan> {
        let (max_rate, max_accel, min_gap) = match body {
            Body::Mercury => (2.7, 0.24, 17.0),
            Body::Venus => (1.55, 0.052, 37.0),
            Body::Mars => (0.95, 0.019, 54.0),
            Body::Jupiter => (0.3, 0.0043, 105.0),
            Body::Saturn => (0.16, 0.0023, 120.0),
            Body::Uranus | Body::Neptune | Body::Pluto => (0.085, 0.0012, 135.0),
            _ => return None,
        };
        Some(StationScan {
            max_rate,
            max_accel,
            min_gap,
        })
    }

    /// Largest |rate|, degrees per day.
    pub fn max_rate_deg_per_day(&self) -> f64 {
        self.max_rate
    }

    /// Largest |acceleration|, degrees per day².
    pub fn max_accel_deg_per_day2(&self) -> f64 {
        self.max_accel
    }

    /// Shortest time between two consecutive stations, days.
    pub fn min_gap_days(&self) -> f64 {
        self.min_gap
    }

    /// Bounds for any angle function.
    ///
    /// # Errors
    /// [`Error::OutOfRange`] unless all three are positive;
    /// [`Error::NotFinite`].
    pub fn new(
        max_rate_deg_per_day: f64,
        max_accel: f64,
        min_gap_days: f64,
    ) -> Result<Self, Error> {
        Ok(Self {
            max_rate: check_range("maximum |rate| (deg/day)", max_rate_deg_per_day, 1e-12, 1e6)?,
            max_accel: check_range("maximum |acceleration| (deg/day²)", max_accel, 1e-15, 1e6)?,
            min_gap: check_range(
                "shortest time between stations (days)",
                min_gap_days,
                1e-6,
                1e6,
            )?,
        })
    }
}

// ---------------------------------------------------------------------------
// Ready-made angle functions.

/// The apparent tropical longitude of `body` and its rate. (The ready-made
/// functions keep their own [`SegmentCache`], so the evaluations of one
/// search decode each ephemeris segment once.)
pub fn longitude(body: Body) -> impl FnMut(JulianDayTt) -> Result<AngleRate, Error> {
    let mut eph = SegmentCache::new();
    move |t| {
        let (angle_deg, rate_deg_per_day) = eph.longitude(body, t)?;
        Ok(AngleRate {
            angle_deg,
            rate_deg_per_day,
        })
    }
}

/// The sidereal longitude of `body` (apparent tropical minus the true
/// ayanamsa of `model`) and its rate (the ayanamsa's rate, under
/// 0.00015 °/day, is taken from a central difference of ±0.5 day).
pub fn sidereal_longitude(
    body: Body,
    model: AyanamsaModel,
) -> impl FnMut(JulianDayTt) -> Result<AngleRate, Error> {
    let mut eph = SegmentCache::new();
    move |t| {
        let (lon, rate) = eph.longitude(body, t)?;
        let (aya, aya_rate) = ayanamsa_and_rate(&model, t)?;
        Ok(AngleRate {
            angle_deg: norm_deg(lon - aya),
            rate_deg_per_day: rate - aya_rate,
        })
    }
}

/// The true ayanamsa at `t` and its rate (°/day) from a central difference.
pub(crate) fn ayanamsa_and_rate(
    model: &AyanamsaModel,
    t: JulianDayTt,
) -> Result<(f64, f64), Error> {
    let a = model.at(t).true_degrees;
    let lo = model.at(JulianDayTt::new(t.value() - 0.5)?).true_degrees;
    let hi = model.at(JulianDayTt::new(t.value() + 0.5)?).true_degrees;
    let mut diff = hi - lo;
    if diff > 180.0 {
        diff -= 360.0;
    } else if diff < -180.0 {
        diff += 360.0;
    }
    Ok((a, diff))
}

/// The elongation `a − b` (apparent tropical longitudes; the same sidereal,
/// since the ayanamsa cancels) and its rate.
pub fn elongation(a: Body, b: Body) -> impl FnMut(JulianDayTt) -> Result<AngleRate, Error> {
    let mut eph = SegmentCache::new();
    move |t| {
        let ((la, ra), (lb, rb)) = (eph.longitude(a, t)?, eph.longitude(b, t)?);
        Ok(AngleRate {
            angle_deg: norm_deg(la - lb),
            rate_deg_per_day: ra - rb,
        })
    }
}

// ---------------------------------------------------------------------------
// Monotone functions.

/// The first crossing of a grid value strictly after `after`.
///
/// # Errors
/// Whatever `f` returns (e.g. [`Error::OutsideEphemeris`]), and
/// [`Error::OutOfRange`] if the search leaves the range of Julian days.
pub fn next_crossing<F>(
    mut f: F,
    after: JulianDayTt,
    grid: Grid,
    bounds: RateBounds,
) -> Result<Crossing, Error>
where
    F: FnMut(JulianDayTt) -> Result<AngleRate, Error>,
{
    let t0 = after.value();
    let s0 = f(after)?;
    let mut m = Monotone::new(&mut f, bounds, 1.0);
    let (t, s, k) = m.next(t0, s0, &grid)?;
    Ok(Crossing {
        jd_tt: JulianDayTt::new(t)?,
        index: k,
        rate_deg_per_day: s.rate_deg_per_day,
    })
}

/// The last crossing of a grid value at or before `before`.
///
/// # Errors
/// As [`next_crossing`].
pub fn previous_crossing<F>(
    mut f: F,
    before: JulianDayTt,
    grid: Grid,
    bounds: RateBounds,
) -> Result<Crossing, Error>
where
    F: FnMut(JulianDayTt) -> Result<AngleRate, Error>,
{
    let t0 = before.value();
    let s0 = f(before)?;
    let mut m = Monotone::new(&mut f, bounds, -1.0);
    let (t, s, k) = m.next(t0, s0, &grid)?;
    Ok(Crossing {
        jd_tt: JulianDayTt::new(t)?,
        index: k,
        rate_deg_per_day: s.rate_deg_per_day,
    })
}

/// Every crossing of a grid value by an increasing angle function in
/// `[start, end)`, in time order. The cost is about two evaluations of `f`
/// per crossing plus one.
///
/// # Errors
/// As [`next_crossing`].
pub fn crossings<F>(
    mut f: F,
    start: JulianDayTt,
    end: JulianDayTt,
    grid: Grid,
    bounds: RateBounds,
) -> Result<Vec<Crossing>, Error>
where
    F: FnMut(JulianDayTt) -> Result<AngleRate, Error>,
{
    let mut out = Vec::new();
    let end = end.value();
    let mut t = start.value();
    if end <= t {
        return Ok(out);
    }
    let mut s = f(start)?;
    let mut m = Monotone::new(&mut f, bounds, 1.0);
    loop {
        // The next value cannot be reached before d / max: stop early
        // without evaluating past the end.
        let (d, _) = grid.ahead(s.angle_deg);
        if t + d / bounds.max >= end {
            break;
        }
        let (tc, sc, k) = m.next(t, s, &grid)?;
        if tc >= end {
            break;
        }
        out.push(Crossing {
            jd_tt: JulianDayTt::new(tc)?,
            index: k,
            rate_deg_per_day: sc.rate_deg_per_day,
        });
        // Continue from the exact grid value, so that it is not found again.
        t = tc;
        s = AngleRate {
            angle_deg: grid.value_deg(k),
            rate_deg_per_day: sc.rate_deg_per_day,
        };
    }
    Ok(out)
}

/// Newton iteration for a monotone function, forward (`dir = 1`) or
/// backward (`dir = −1`) in time.
pub(crate) struct Monotone<'a, F> {
    f: &'a mut F,
    bounds: RateBounds,
    dir: f64,
    /// The last two (t, rate) samples, for the acceleration estimate of the
    /// first guess.
    prev: Option<(f64, f64)>,
}

impl<'a, F> Monotone<'a, F>
where
    F: FnMut(JulianDayTt) -> Result<AngleRate, Error>,
{
    pub(crate) fn new(f: &'a mut F, bounds: RateBounds, dir: f64) -> Self {
        Self {
            f,
            bounds,
            dir,
            prev: None,
        }
    }

    fn eval(&mut self, t: f64) -> Result<AngleRate, Error> {
        (self.f)(JulianDayTt::new(t)?)
    }

    /// From `(t0, s0)`, the next grid crossing in the direction of travel:
    /// its instant, the sample there (rate exact, angle ≈ the grid value)
    /// and the grid index.
    pub(crate) fn next(
        &mut self,
        mut t0: f64,
        mut s0: AngleRate,
        grid: &Grid,
    ) -> Result<(f64, AngleRate, u32), Error> {
        let RateBounds { min, max, .. } = self.bounds;
        let dir = self.dir;
        let (mut d, k) = if dir > 0.0 {
            grid.ahead(s0.angle_deg)
        } else {
            grid.behind(s0.angle_deg)
        };
        let target = grid.value_deg(k);
        // Far targets: jump by d/max (cannot overshoot) until the target is
        // close enough that the angle error stays within ±180° over the
        // bracket.
        while d * (max / min - 1.0) > 120.0 || d > 120.0 {
            t0 += dir * (d - 30.0_f64.min(d * 0.5)) / max;
            s0 = self.eval(t0)?;
            d = norm_deg(dir * (target - s0.angle_deg));
        }
        // The root lies in [lo, hi] (in time order) by the rate bounds.
        let (mut lo, mut hi) = if dir > 0.0 {
            (t0, t0 + d / min)
        } else {
            (t0 - d / min, t0)
        };
        // First guess: constant acceleration from the rate now and before.
        let r0 = s0.rate_deg_per_day;
        let accel = match self.prev {
            Some((tp, rp)) if (t0 - tp).abs() > 1e-3 => (r0 - rp) / (t0 - tp),
            _ => 0.0,
        };
        let mut t = t0 + dir * travel_time(d, r0, dir * accel).clamp(d / max, d / min);
        let entry = (t0, r0);
        let mut best = (t, s0);
        for _ in 0..MAX_ITERATIONS {
            let s = self.eval(t)?;
            let g = wrap180(s.angle_deg - target);
            let r = s.rate_deg_per_day;
            // The angle increases with time, whichever way the search goes.
            if g < 0.0 {
                lo = t;
            } else {
                hi = t;
            }
            best = (t, s);
            let step = if r > 0.0 { -g / r } else { f64::INFINITY };
            // Accept when the error left after this Newton step,
            // (a/2r)·step², is below ACCEPT_DAYS.
            let quad = 0.5 * self.bounds.max_accel / min * step * step;
            let tn = t + step;
            if step.abs() <= TOLERANCE_DAYS || quad < ACCEPT_DAYS {
                self.prev = Some(entry);
                let sc = AngleRate {
                    angle_deg: target,
                    rate_deg_per_day: r,
                };
                return Ok((tn.clamp(lo, hi), sc, k));
            }
            if (hi - lo) < TOLERANCE_DAYS {
                break;
            }
            t = if tn > lo && tn < hi {
                tn
            } else {
                0.5 * (lo + hi)
            };
        }
        self.prev = Some(entry);
        Ok((0.5 * (lo + hi), best.1, k))
    }
}

/// Time to cover `d` degrees starting at rate `r` with acceleration `a`
/// (both along the direction of travel): the positive root of
/// d = r·τ + a·τ²/2, i.e. τ = 2d / (r + √(r² + 2ad)).
fn travel_time(d: f64, r: f64, a: f64) -> f64 {
    let disc = r * r + 2.0 * a * d;
    if r <= 0.0 || disc <= 0.0 {
        return if r > 0.0 { d / r } else { f64::NAN };
    }
    2.0 * d / (r + sqrt(disc))
}

/// Reduces an angle difference to (−180, 180].
#[inline]
pub(crate) fn wrap180(x: f64) -> f64 {
    let r = norm_deg(x);
    if r > 180.0 { r - 360.0 } else { r }
}

// ---------------------------------------------------------------------------
// Functions with stations.

/// Every station of an angle function in `[start, end)`, in time order.
///
/// ```
/// use jyotish::search::{self, StationKind, StationScan};
/// use jyotish::{Body, JulianDayTt};
/// // Mercury's stations in 2024: three retrograde periods.
/// let (start, end) = (JulianDayTt::new(2_460_310.5)?, JulianDayTt::new(2_460_676.5)?);
/// let st = search::stations(search::longitude(Body::Mercury), start, end,
///     StationScan::for_body(Body::Mercury).unwrap())?;
/// assert_eq!(st.len(), 7); // D (Jan 2), then R/D in Apr, Aug and Nov-Dec
/// assert_eq!(st[1].kind, StationKind::Retrograde);
/// # Ok::<(), jyotish::Error>(())
/// ```
///
/// # Errors
/// Whatever `f` returns, and [`Error::OutOfRange`] outside the range of
/// Julian days.
pub fn stations<F>(
    mut f: F,
    start: JulianDayTt,
    end: JulianDayTt,
    scan: StationScan,
) -> Result<Vec<Station>, Error>
where
    F: FnMut(JulianDayTt) -> Result<AngleRate, Error>,
{
    let mut out = Vec::new();
    let end = end.value();
    let mut t = start.value();
    if end <= t {
        return Ok(out);
    }
    let mut s = f(start)?;
    let step_floor = 0.45 * scan.min_gap;
    while t < end {
        let v = s.rate_deg_per_day;
        // No zero of the rate before |v|/max_accel; no two zeros within
        // min_gap, so a step below it brackets at most one.
        let t1 = (t + (v.abs() / scan.max_accel).max(step_floor)).min(end);
        let s1 = f(JulianDayTt::new(t1)?)?;
        let v1 = s1.rate_deg_per_day;
        if (v > 0.0 && v1 <= 0.0) || (v < 0.0 && v1 >= 0.0) {
            let (ts, ss) = refine_station(&mut f, (t, s), (t1, s1))?;
            if ts < end {
                out.push(Station {
                    jd_tt: JulianDayTt::new(ts)?,
                    kind: if v > 0.0 {
                        StationKind::Retrograde
                    } else {
                        StationKind::Direct
                    },
                    angle_deg: norm_deg(ss.angle_deg),
                });
            }
        }
        t = t1;
        s = s1;
    }
    Ok(out)
}

/// Zero of the rate between two samples of opposite sign: secant steps
/// (the Illinois variant of regula falsi, which keeps superlinear
/// convergence), with bisection whenever the bracket fails to halve.
fn refine_station<F>(
    f: &mut F,
    a: (f64, AngleRate),
    b: (f64, AngleRate),
) -> Result<(f64, AngleRate), Error>
where
    F: FnMut(JulianDayTt) -> Result<AngleRate, Error>,
{
    let (mut ta, mut sa) = a;
    let (mut tb, mut sb) = b;
    let (mut va, mut vb) = (sa.rate_deg_per_day, sb.rate_deg_per_day);
    let mut side = 0i8;
    for _ in 0..MAX_ITERATIONS {
        if (tb - ta).abs() < TOLERANCE_DAYS {
            break;
        }
        let width = (tb - ta).abs();
        let mut t = (ta * vb - tb * va) / (vb - va);
        if !(t > ta.min(tb) && t < ta.max(tb)) {
            t = 0.5 * (ta + tb);
        }
        let s = f(JulianDayTt::new(t)?)?;
        let v = s.rate_deg_per_day;
        if v == 0.0 {
            return Ok((t, s));
        }
        if (v > 0.0) == (va > 0.0) {
            ta = t;
            sa = s;
            va = v;
            if side == -1 {
                vb *= 0.5;
            }
            side = -1;
        } else {
            tb = t;
            sb = s;
            vb = v;
            if side == 1 {
                va *= 0.5;
            }
            side = 1;
        }
        // Guard against a stalled secant: bisect once the bracket shrinks
        // by less than half.
        if (tb - ta).abs() > 0.5 * width && (tb - ta).abs() > TOLERANCE_DAYS {
            let tm = 0.5 * (ta + tb);
            let sm = f(JulianDayTt::new(tm)?)?;
            let vm = sm.rate_deg_per_day;
            if (vm > 0.0) == (sa.rate_deg_per_day > 0.0) {
                ta = tm;
                sa = sm;
                va = vm;
            } else {
                tb = tm;
                sb = sm;
                vb = vm;
            }
            side = 0;
        }
    }
    // Linear interpolation of the rate inside the final bracket.
    let (ra, rb) = (sa.rate_deg_per_day, sb.rate_deg_per_day);
    let t = if rb != ra {
        (ta * rb - tb * ra) / (rb - ra)
    } else {
        0.5 * (ta + tb)
    };
    let s = if (t - ta).abs() < (t - tb).abs() {
        sa
    } else {
        sb
    };
    Ok((t, s))
}

/// Every crossing of a grid value in `[start, end)` by an angle function
/// that may station and move backwards (a planet's longitude entering a
/// rashi, possibly three times around a retrograde loop), in time order.
///
/// The span is cut at the stations, then into pieces over which the angle
/// moves less than 300°; on each piece the angle is monotone and its
/// crossings are refined by bracketed Newton steps.
///
/// ```
/// use jyotish::search::{self, Grid, StationScan};
/// use jyotish::{Body, JulianDayTt};
/// // Mercury's tropical sign ingresses in 2024.
/// let (start, end) = (JulianDayTt::new(2_460_310.5)?, JulianDayTt::new(2_460_676.5)?);
/// let ingress = search::crossings_with_stations(search::longitude(Body::Mercury),
///     start, end, Grid::new(0.0, 30.0)?, StationScan::for_body(Body::Mercury).unwrap())?;
/// assert!(ingress.len() >= 12);
/// assert!(ingress.iter().any(|c| c.rate_deg_per_day < 0.0)); // a backward ingress
/// # Ok::<(), jyotish::Error>(())
/// ```
///
/// # Errors
/// As [`stations`].
pub fn crossings_with_stations<F>(
    mut f: F,
    start: JulianDayTt,
    end: JulianDayTt,
    grid: Grid,
    scan: StationScan,
) -> Result<Vec<Crossing>, Error>
where
    F: FnMut(JulianDayTt) -> Result<AngleRate, Error>,
{
    let mut out = Vec::new();
    if end.value() <= start.value() {
        return Ok(out);
    }
    let st = stations(&mut f, start, end, scan)?;
    let mut cuts: Vec<f64> = Vec::with_capacity(st.len() + 2);
    cuts.push(start.value());
    cuts.extend(st.iter().map(|s| s.jd_tt.value()));
    cuts.push(end.value());
    let chunk = 300.0 / scan.max_rate;
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        // The rate keeps one sign between stations: read it in the middle
        // (at the ends it is zero).
        let sign = if f(JulianDayTt::new(0.5 * (a + b))?)?.rate_deg_per_day >= 0.0 {
            1.0
        } else {
            -1.0
        };
        let mut t = a;
        let mut s = f(JulianDayTt::new(t)?)?;
        while t < b {
            let t1 = (t + chunk).min(b);
            let s1 = f(JulianDayTt::new(t1)?)?;
            monotone_piece(&mut f, sign, (t, s), (t1, s1), &grid, &mut out)?;
            t = t1;
            s = s1;
        }
    }
    out.sort_by(|x, y| x.jd_tt.value().total_cmp(&y.jd_tt.value()));
    // A crossing exactly at a cut can be found from both sides.
    out.dedup_by(|x, y| x.index == y.index && (x.jd_tt.value() - y.jd_tt.value()).abs() < 1e-6);
    Ok(out)
}

/// Crossings on a piece over which the angle moves monotonically (forward
/// if `sign` is 1, backward if −1) by less than 360°. Progress u(t) = sign·(angle(t) − angle(a)) mod 360 runs from 0
/// to its value at b.
fn monotone_piece<F>(
    f: &mut F,
    sign: f64,
    (ta, sa): (f64, AngleRate),
    (tb, sb): (f64, AngleRate),
    grid: &Grid,
    out: &mut Vec<Crossing>,
) -> Result<(), Error>
where
    F: FnMut(JulianDayTt) -> Result<AngleRate, Error>,
{
    let base = sa.angle_deg;
    let progress = |angle: f64| norm_deg(sign * (angle - base));
    let total = progress(sb.angle_deg);
    if total > 359.0 {
        // Moved backwards a hair (a station at the end): nothing crossed.
        return Ok(());
    }
    let mut from = 0.0;
    let mut lo = ta;
    loop {
        let angle_now = norm_deg(base + sign * from);
        let (d, k) = if sign > 0.0 {
            grid.ahead(angle_now)
        } else {
            grid.behind(angle_now)
        };
        let goal = from + d;
        if goal > total {
            return Ok(());
        }
        // Bracket [lo, tb] with u(lo) < goal ≤ u(tb): bisection-safeguarded
        // Newton on u(t) − goal.
        let (mut l, mut h) = (lo, tb);
        let mut t = if total > from {
            lo + (tb - lo) * (goal - from) / (total - from)
        } else {
            0.5 * (lo + tb)
        };
        let mut found = None;
        for _ in 0..MAX_ITERATIONS {
            let s = f(JulianDayTt::new(t)?)?;
            let g = progress(s.angle_deg) - goal;
            let g = if g > 180.0 { g - 360.0 } else { g };
            if g < 0.0 {
                l = t;
            } else {
                h = t;
            }
            let r = sign * s.rate_deg_per_day;
            let step = if r > 0.0 { -g / r } else { f64::INFINITY };
            if step.abs() <= TOLERANCE_DAYS || h - l <= TOLERANCE_DAYS {
                let tc = if step.is_finite() {
                    (t + step).clamp(l, h)
                } else {
                    0.5 * (l + h)
                };
                found = Some((tc, s));
                break;
            }
            let mut tn = t + step;
            if !(tn > l && tn < h) {
                tn = 0.5 * (l + h);
            }
            t = tn;
        }
        let (tc, s) = found.unwrap_or((0.5 * (l + h), sb));
        out.push(Crossing {
            jd_tt: JulianDayTt::new(tc)?,
            index: k,
            rate_deg_per_day: s.rate_deg_per_day,
        });
        from = goal;
        lo = tc;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_steps() {
        let g = Grid::new(0.0, 12.0).unwrap();
        assert_eq!(g.ahead(0.0), (12.0, 1));
        assert_eq!(g.ahead(359.0).1, 0);
        assert!((g.ahead(359.0).0 - 1.0).abs() < 1e-12);
        assert_eq!(g.behind(12.0), (12.0, 0));
        assert!((g.behind(0.5).0 - 0.5).abs() < 1e-12);
        assert_eq!(g.behind(0.5).1, 0);
        assert_eq!(g.behind(0.0).1, 29);
        assert_eq!(g.interval_of(359.99), 29);
        assert_eq!(g.interval_of(12.0), 1);
    }

    #[test]
    fn travel_time_is_the_root() {
        let tau = travel_time(12.0, 12.0, 0.4);
        assert!((12.0 * tau + 0.2 * tau * tau - 12.0).abs() < 1e-12);
        assert_eq!(travel_time(12.0, 12.0, 0.0), 1.0);
    }

    #[test]
    fn wrap() {
        assert_eq!(wrap180(190.0), -170.0);
        assert_eq!(wrap180(-190.0), 170.0);
        assert_eq!(wrap180(180.0), 180.0);
    }
}
