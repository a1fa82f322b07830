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
use table::Table;

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
    let t = check_range(jd)?;
    Ok(match body {
        Body::MeanNode => nodes::mean_node(t),
        Body::TrueNode => nodes::true_node(clamp_for_node(t)),
        _ => {
            let [(dpsi, dpsi_rate), ..] = NUTATION.eval(t, 1);
            from_tables(body, t, dpsi, dpsi_rate)
        }
    })
}

/// The true node's speed needs the Moon a step either side; at the very
/// ends of the range the node is evaluated that step inside (it moves
/// under 0.1″ in 0.01 day).
fn clamp_for_node(t: f64) -> f64 {
    let h = nodes::TRUE_NODE_STEP_DAYS;
    t.clamp(FIRST_JD_TT + h, END_JD_TT - h - 1e-9)
}

/// Every body at one instant, in [`Body::ALL`] order (the nutation series
/// is evaluated once for all of them).
///
/// # Errors
/// As [`position`].
pub fn all_positions(jd: JulianDayTt) -> Result<[Position; 12], Error> {
    let t = check_range(jd)?;
    let [(dpsi, dpsi_rate), ..] = NUTATION.eval(t, 1);
    Ok(Body::ALL.map(|body| match body {
        Body::MeanNode => nodes::mean_node(t),
        Body::TrueNode => nodes::true_node(clamp_for_node(t)),
        _ => from_tables(body, t, dpsi, dpsi_rate),
    }))
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

fn from_tables(body: Body, t: f64, dpsi: f64, dpsi_rate: f64) -> Position {
    let [(lon, lon_rate), (lat, lat_rate), (dist, dist_rate)] = TABLES[body.index()].eval(t, 3);
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
    fn tables_cover_the_same_range() {
        for t in TABLES.iter().chain(core::iter::once(&NUTATION)) {
            assert_eq!((t.valid_start, t.valid_end), (FIRST_JD_TT, END_JD_TT));
        }
    }
}
