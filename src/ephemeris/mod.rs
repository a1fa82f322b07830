//! Geocentric apparent positions of the Sun, Moon and planets, from
//! embedded Chebyshev tables fitted to JPL DE421 (1900–2050) and DE405
//! (1600–1900, 2050–2201).
//!
//! Each position is the one skyfield computes from the JPL kernel —
//! light-time, annual aberration, gravitational deflection (Sun, Jupiter,
//! Saturn), IAU 2006 precession and IAU 2000A nutation — in the **true
//! ecliptic and equinox of date**: longitude, latitude, distance and their
//! rates. The tables reproduce it within 1 mas (see `data/ephemeris/README.md`
//! for the fit report and `tests/ephemeris_vs_jpl.rs` for the independent
//! check); rates come from the derivative of the same series.
//!
//! Mars … Pluto are the planet-system barycentres, as the kernels give them
//! (the planet itself differs by under 0.1″ for Mars and Jupiter's moons'
//! reflex motion, more for Pluto–Charon).

mod nodes;
mod table;

use crate::Error;
use crate::enums::closed_enum;
use crate::time::{JulianDayTt, JulianDayUt};
use table::{Basis, Slot, Table};

closed_enum! {
    /// A body (or point) the ephemeris computes.
    pub enum Body: 12 {
        /// The Sun.
        Sun => "Sun",
        /// The Moon.
        Moon => "Moon",
        /// Mercury.
        Mercury => "Mercury",
        /// Venus.
        Venus => "Venus",
        /// Mars (system barycentre).
        Mars => "Mars",
        /// Jupiter (system barycentre).
        Jupiter => "Jupiter",
        /// Saturn (system barycentre).
        Saturn => "Saturn",
        /// Uranus (system barycentre).
        Uranus => "Uranus",
        /// Neptune (system barycentre).
        Neptune => "Neptune",
        /// Pluto (system barycentre).
        Pluto => "Pluto",
        /// The Moon's mean ascending node (mean Rahu).
        MeanNode => "Mean Node",
        /// The Moon's true (osculating) ascending node (true Rahu).
        TrueNode => "True Node",
    }
}

/// The bodies with tables of their own (all but the nodes).
const TABLE_BODIES: usize = 10;

/// A geocentric apparent position in the true ecliptic and equinox of date.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Position {
    /// The body.
    pub body: Body,
    /// Ecliptic longitude, degrees in `[0, 360)`.
    pub longitude: f64,
    /// Ecliptic latitude, degrees.
    pub latitude: f64,
    /// Distance from the geocentre, au (light-time corrected); 0 for the
    /// nodes, which are directions.
    pub distance_au: f64,
    /// Rate of the longitude, degrees per day (negative when retrograde).
    pub longitude_speed: f64,
    /// Rate of the latitude, degrees per day.
    pub latitude_speed: f64,
    /// Rate of the distance, au per day.
    pub distance_speed_au_per_day: f64,
}

impl Position {
    /// A position on the ecliptic with no latitude or distance (the nodes,
    /// or a body whose longitude alone was asked for).
    pub(crate) const fn on_ecliptic(body: Body, longitude: f64, longitude_speed: f64) -> Position {
        Position {
            body,
            longitude,
            latitude: 0.0,
            distance_au: 0.0,
            longitude_speed,
            latitude_speed: 0.0,
            distance_speed_au_per_day: 0.0,
        }
    }

    /// Whether the body moves backwards in longitude (longitude speed < 0).
    #[inline]
    pub fn is_retrograde(&self) -> bool {
        self.longitude_speed < 0.0
    }
}

macro_rules! table {
    ($file:literal, $id:literal) => {
        Table::parse(include_bytes!(concat!("../../data/ephemeris/", $file)), $id)
    };
}

static TABLES: [Table; TABLE_BODIES] = [
    table!("sun.bin", 0),
    table!("moon.bin", 1),
    table!("mercury.bin", 2),
    table!("venus.bin", 3),
    table!("mars.bin", 4),
    table!("jupiter.bin", 5),
    table!("saturn.bin", 6),
    table!("uranus.bin", 7),
    table!("neptune.bin", 8),
    table!("pluto.bin", 9),
];

static NUTATION: Table = table!("nutation.bin", 10);

/// First TT Julian day covered: 1600-01-01 0h TT.
pub const FIRST_JD_TT: f64 = 2_305_447.5;
/// End of coverage (exclusive): 2201-01-01 0h TT.
pub const END_JD_TT: f64 = 2_524_958.5;

/// The apparent geocentric position of `body` at a TT instant (for the
/// nodes, their longitude and its rate in the true ecliptic and equinox of
/// date, latitude and distance 0).
///
/// ```
/// use jyotish::{Body, JulianDayTt, ephemeris::position};
/// let sun = position(Body::Sun, JulianDayTt::J2000)?;
/// // skyfield 1.55 + DE421: 280.368 165 265° (apparent, true equinox of date)
/// assert!((sun.longitude - 280.368_165_265).abs() * 3600.0 < 0.001);
/// assert!(!sun.is_retrograde());
/// assert!(position(Body::Moon, JulianDayTt::new(2_600_000.0)?).is_err());
/// # Ok::<(), jyotish::Error>(())
/// ```
///
/// # Errors
/// [`Error::OutsideEphemeris`] before 1600-01-01 or from 2201-01-01 (TT).
pub fn position(body: Body, jd: JulianDayTt) -> Result<Position, Error> {
    // Both tables are on the same 32-day grid: one basis serves the body's
    // table and the nutation table unless a segment is split.
    Ok(position_with(
        &mut Cold(Basis::new()),
        body,
        check_range(jd)?,
    ))
}

fn position_with<E: Eval>(e: &mut E, body: Body, t: f64) -> Position {
    match body {
        Body::MeanNode => nodes::mean_node(e, t),
        Body::TrueNode => nodes::true_node(e, t),
        _ => {
            let [(dpsi, dpsi_rate), ..] = e.eval(NUTATION_INDEX, t, 1);
            from_tables(e, body, t, dpsi, dpsi_rate, 3)
        }
    }
}

/// Every body at one instant, in [`Body::ALL`] order (the nutation series
/// is evaluated once for all of them).
///
/// # Errors
/// As [`position`].
pub fn all_positions(jd: JulianDayTt) -> Result<[Position; 12], Error> {
    Ok(all_positions_with(
        &mut Cold(Basis::new()),
        check_range(jd)?,
    ))
}

fn all_positions_with<E: Eval>(e: &mut E, t: f64) -> [Position; 12] {
    let planets = planets_with(e, t);
    Body::ALL.map(|body| match body {
        Body::MeanNode => nodes::mean_node(e, t),
        Body::TrueNode => nodes::true_node(e, t),
        _ => planets[body.index()],
    })
}

/// Sun … Pluto, in [`Body::ALL`] order, with the nutation series evaluated
/// once for all of them.
fn planets_with<E: Eval>(e: &mut E, t: f64) -> [Position; TABLE_BODIES] {
    let [(dpsi, dpsi_rate), ..] = e.eval(NUTATION_INDEX, t, 1);
    core::array::from_fn(|i| from_tables(e, Body::ALL[i], t, dpsi, dpsi_rate, 3))
}

/// Sun … Pluto (in [`Body::ALL`] order) and one node, `node` being
/// [`Body::MeanNode`] or [`Body::TrueNode`]: what a chart needs, without
/// computing the other node. `dpsi_2000b_deg` is the IAU 2000B Δψ at `jd`
/// if the caller has it (the mean node needs it).
pub(crate) fn planets_and_node(
    jd: JulianDayTt,
    node: Body,
    dpsi_2000b_deg: Option<f64>,
) -> Result<([Position; TABLE_BODIES], Position), Error> {
    let t = check_range(jd)?;
    let mut e = Cold(Basis::new());
    let planets = planets_with(&mut e, t);
    let node = match node {
        Body::MeanNode => nodes::mean_node_with(&mut e, t, dpsi_2000b_deg),
        _ => nodes::true_node(&mut e, t),
    };
    Ok((planets, node))
}

fn check_range(jd: JulianDayTt) -> Result<f64, Error> {
    let t = jd.value();
    if (FIRST_JD_TT..END_JD_TT).contains(&t) {
        Ok(t)
    } else {
        Err(Error::OutsideEphemeris {
            jd_tt: t,
            first: FIRST_JD_TT,
            end: END_JD_TT,
        })
    }
}

/// The position of a table body from its first `coords` coordinates (the
/// others 0), given Δψ and its rate at `t`.
fn from_tables<E: Eval>(
    e: &mut E,
    body: Body,
    t: f64,
    dpsi: f64,
    dpsi_rate: f64,
    coords: usize,
) -> Position {
    let [(lon, lon_rate), (lat, lat_rate), (dist, dist_rate)] = e.eval(body.index(), t, coords);
    // The body tables hold longitude from the mean equinox; Δψ takes it to the true one.
    Position {
        body,
        longitude: crate::math::norm_deg(lon + dpsi),
        latitude: lat,
        distance_au: dist,
        longitude_speed: lon_rate + dpsi_rate,
        latitude_speed: lat_rate,
        distance_speed_au_per_day: dist_rate,
    }
}

/// Index of the nutation table for [`Eval::eval`] (the body tables are
/// indexed by [`Body::index`]).
const NUTATION_INDEX: usize = TABLE_BODIES;

/// Evaluation of table `index` (a body's, or [`NUTATION_INDEX`]) at a TT
/// instant inside the range: the first `coords` coordinates with rates.
trait Eval {
    fn eval(&mut self, index: usize, t: f64, coords: usize) -> [(f64, f64); 3];
    /// All three coordinates with first and second derivatives per day.
    fn eval2(&mut self, index: usize, t: f64) -> [[f64; 3]; 3];
}

/// Decode-and-sum in one pass, nothing kept but the Chebyshev basis.
struct Cold(Basis);

impl Eval for Cold {
    #[inline]
    fn eval(&mut self, index: usize, t: f64, coords: usize) -> [(f64, f64); 3] {
        let table = TABLES.get(index).unwrap_or(&NUTATION);
        table.eval_with(t, coords, &mut self.0)
    }

    fn eval2(&mut self, index: usize, t: f64) -> [[f64; 3]; 3] {
        let table = TABLES.get(index).unwrap_or(&NUTATION);
        table.eval2(t, &mut Slot::new())
    }
}

/// Decoded table segments kept between calls, for many positions close in
/// time: searches, panchangs, ephemeris printouts, transits.
///
/// Each table is stored as quantised Chebyshev coefficients; decoding them
/// is most of the cost of a lone [`position`]. The cache keeps each table's
/// current segment (32 days for most) decoded, so a later instant in the
/// same segment costs only the series sums. Results are bit-identical to
/// [`position`] and [`all_positions`]. About 11 KiB (on the heap); owned by the caller
/// (no global state), `Send + Sync`, cheap to clone.
///
/// ```
/// use jyotish::{Body, JulianDayTt, ephemeris::{SegmentCache, position}};
/// let mut cache = SegmentCache::new();
/// for hour in 0..24 {
///     let t = JulianDayTt::new(2_451_545.0 + f64::from(hour) / 24.0)?;
///     assert_eq!(cache.position(Body::Moon, t)?, position(Body::Moon, t)?);
/// }
/// # Ok::<(), jyotish::Error>(())
/// ```
#[derive(Clone)]
pub struct SegmentCache {
    /// One slot per table (on the heap: the cache is moved around inside
    /// other values, and 11 KiB moves are not free).
    slots: alloc::vec::Vec<Slot>,
    basis: Basis,
}

impl core::fmt::Debug for SegmentCache {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("SegmentCache").finish_non_exhaustive()
    }
}

impl Default for SegmentCache {
    fn default() -> Self {
        Self::new()
    }
}

impl SegmentCache {
    /// An empty cache.
    pub fn new() -> SegmentCache {
        SegmentCache {
            slots: alloc::vec![Slot::new(); TABLE_BODIES + 1],
            basis: Basis::new(),
        }
    }

    /// As [`position`], keeping the decoded segments.
    ///
    /// # Errors
    /// As [`position`].
    pub fn position(&mut self, body: Body, jd: JulianDayTt) -> Result<Position, Error> {
        let t = check_range(jd)?;
        Ok(position_with(self, body, t))
    }

    /// The apparent longitude of `body` (degrees in `[0, 360)`, true
    /// ecliptic and equinox of date) and its rate (degrees per day) alone:
    /// bit-identical to those of [`SegmentCache::position`], at about a
    /// third of the cost for the Sun, Moon and planets (only the longitude
    /// series is summed), for searches that need nothing else.
    ///
    /// # Errors
    /// As [`position`].
    pub fn longitude(&mut self, body: Body, jd: JulianDayTt) -> Result<(f64, f64), Error> {
        let t = check_range(jd)?;
        if matches!(body, Body::MeanNode | Body::TrueNode) {
            let p = position_with(self, body, t);
            return Ok((p.longitude, p.longitude_speed));
        }
        let [(dpsi, dpsi_rate), ..] = self.eval(NUTATION_INDEX, t, 1);
        let p = from_tables(self, body, t, dpsi, dpsi_rate, 1);
        Ok((p.longitude, p.longitude_speed))
    }

    /// Nutation in longitude and obliquity (IAU 2000A) and the mean
    /// obliquity (IAU 2006) from the embedded nutation table, degrees: the
    /// values skyfield used for the positions. Within 2.8 mas (Δψ) and 2.0
    /// mas (ε) of [`Nutation::at`](crate::Nutation::at) (IAU 2000B, Vondrák
    /// ε_A) over 1600–2200, measured at 59,000 instants, at a fraction of
    /// its cost; for work where that difference is immaterial (horizon
    /// frames for rise and set, ayanamsa nodes of the panchang).
    pub(crate) fn nutation(&mut self, jd: JulianDayTt) -> Result<crate::Nutation, Error> {
        let t = check_range(jd)?;
        let [(dpsi, _), (deps, _), (eps_a, _)] = self.eval(NUTATION_INDEX, t, 3);
        Ok(crate::Nutation {
            longitude_deg: dpsi,
            obliquity_deg: deps,
            mean_obliquity_deg: eps_a,
        })
    }

    /// As [`all_positions`], keeping the decoded segments.
    ///
    /// # Errors
    /// As [`position`].
    pub fn all_positions(&mut self, jd: JulianDayTt) -> Result<[Position; 12], Error> {
        let t = check_range(jd)?;
        Ok(all_positions_with(self, t))
    }
}

impl Eval for SegmentCache {
    #[inline]
    fn eval(&mut self, index: usize, t: f64, coords: usize) -> [(f64, f64); 3] {
        let table = TABLES.get(index).unwrap_or(&NUTATION);
        let slot = &mut self.slots[index.min(TABLE_BODIES)];
        table.eval_cached(t, coords, slot, &mut self.basis)
    }

    fn eval2(&mut self, index: usize, t: f64) -> [[f64; 3]; 3] {
        let table = TABLES.get(index).unwrap_or(&NUTATION);
        table.eval2(t, &mut self.slots[index.min(TABLE_BODIES)])
    }
}

/// As [`position`], at a UT instant (TT from the default Delta T model).
///
/// # Errors
/// As [`position`].
pub fn position_ut(body: Body, jd: JulianDayUt) -> Result<Position, Error> {
    position(body, jd.to_tt())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_positions_equal_single_ones() {
        let t = JulianDayTt::new(2_451_000.25).unwrap();
        let all = all_positions(t).unwrap();
        for (i, p) in all.iter().enumerate() {
            assert_eq!(*p, position(Body::ALL[i], t).unwrap());
        }
    }

    #[test]
    fn cache_is_bit_identical_to_lone_positions() {
        // Hours across a segment boundary (base segments start at
        // 2305447.5 + 32 k) and a split segment of Mercury's, in and out of
        // time order.
        let mut cache = SegmentCache::new();
        let mut times: Vec<f64> = (0..200)
            .map(|h| 2_451_540.0 + f64::from(h) * 0.37)
            .collect();
        times.extend([
            2_451_545.0,
            2_451_530.0,
            2_451_560.25,
            2_400_000.5,
            2_451_545.0,
        ]);
        for &t in &times {
            let jd = JulianDayTt::new(t).unwrap();
            for body in Body::ALL {
                assert_eq!(
                    cache.position(body, jd).unwrap(),
                    position(body, jd).unwrap(),
                    "{body:?} {t}"
                );
            }
            assert_eq!(cache.all_positions(jd).unwrap(), all_positions(jd).unwrap());
            for body in [Body::Moon, Body::Sun, Body::Mercury, Body::TrueNode] {
                let p = position(body, jd).unwrap();
                let l = cache.longitude(body, jd).unwrap();
                assert_eq!(l, (p.longitude, p.longitude_speed), "{body:?} {t}");
            }
        }
        let outside = JulianDayTt::new(2_600_000.0).unwrap();
        assert!(cache.position(Body::Sun, outside).is_err());
    }

    /// The table nutation (IAU 2000A) against the IAU 2000B series the
    /// ayanamsas and sidereal time use: the bound quoted on
    /// `SegmentCache::nutation` (2.8 mas in Δψ, 2.0 mas in ε at 59,000
    /// instants; here every 3.7 days from a different start).
    #[test]
    fn table_nutation_is_within_three_mas_of_iau2000b() {
        let mut cache = SegmentCache::new();
        let (mut dpsi, mut deps) = (0.0f64, 0.0f64);
        let mut t = FIRST_JD_TT + 1.9;
        while t < END_JD_TT {
            let jd = JulianDayTt::new(t).unwrap();
            let a = cache.nutation(jd).unwrap();
            let b = crate::Nutation::at(jd);
            dpsi = dpsi.max((a.longitude_deg - b.longitude_deg).abs() * 3.6e6);
            deps = deps.max((a.true_obliquity_deg() - b.true_obliquity_deg()).abs() * 3.6e6);
            t += 3.7;
        }
        assert!(dpsi < 3.0 && deps < 2.2, "{dpsi} {deps} mas");
        assert!(dpsi > 1.0, "the bound is not vacuous: {dpsi} mas");
    }

    #[test]
    fn chart_positions_equal_all_positions() {
        let jd = JulianDayTt::new(2_447_906.875_658).unwrap();
        let all = all_positions(jd).unwrap();
        let dpsi = crate::Nutation::at(jd).longitude_deg;
        for (node, with) in [
            (Body::TrueNode, None),
            (Body::MeanNode, None),
            (Body::MeanNode, Some(dpsi)),
        ] {
            let (planets, n) = planets_and_node(jd, node, with).unwrap();
            assert_eq!(planets[..], all[..TABLE_BODIES]);
            assert_eq!(n, all[node.index()]);
        }
    }

    #[test]
    fn tables_cover_the_same_range() {
        for t in TABLES.iter().chain(core::iter::once(&NUTATION)) {
            assert_eq!((t.valid_start, t.valid_end), (FIRST_JD_TT, END_JD_TT));
        }
    }
}
