//! The Moon's ascending node (Rahu), mean and true, as Swiss Ephemeris 2.10
//! defines them. Ketu is the point opposite.
//!
//! * **Mean node**: Ω = L − F from the mean lunar arguments of Moshier's fit
//!   of ELP 2000-85 to JPL DE404 (the polynomial Swiss Ephemeris uses,
//!   which differs from the IERS/Simon 1994 Ω by up to 0.6″ over
//!   1600–2200), referred to the true equinox of date: λ = Ω + Δψ with the
//!   IAU 2000B nutation. Swiss's long-term correction table is zero for
//!   years 0–2900.
//! * **True (osculating) node**: the ascending node, on the true ecliptic
//!   of date, of the plane spanned by the Moon's geocentric position r and
//!   velocity v taken at t − r/c, with v only rotated into the frame of date
//!   (no frame-rotation rate): λ = atan2(hₓ, −h_y), h = r × v. Our Moon comes
//!   from the JPL-fitted tables: its apparent place equals the geocentric
//!   position at t − r/c to first order in v/c, and the rate of the
//!   precession in longitude and of Δψ is taken out of its velocity.
//!
//! # References
//! Swiss Ephemeris documentation §2.2.1–2.2.2; Moshier (1992), *A&A* 262,
//! 613; Chapront-Touzé & Chapront (1988), *A&A* 190, 342; details and
//! verification in `docs/research/nodes.md`.

use super::{Body, Eval, NUTATION_INDEX, Position};
use crate::math::{DEG_TO_RAD, atan2, norm_deg, poly, sin_cos};
use crate::nutation::iau2000b_arcsec;

/// Ω = L − F in arcseconds, powers of T (Julian centuries TT from J2000.0):
/// Moshier's DE404 fit of the ELP 2000-85 mean arguments.
const OMEGA_ARCSEC: [f64; 5] = [
    450_160.398_16,
    -6_962_890.736_209_393,
    7.457_290_615_022,
    0.006_861_075_210_779,
    -0.000_075_018_709_941,
];

/// General precession in longitude, ″ per Julian century at J2000.0, and
/// its change per century (IAU 2006 p_A = 5028.796195 T + 1.1054348 T²):
/// the equinox of date turns at this rate.
const PRECESSION_RATE_ARCSEC_PER_CENTURY: f64 = 5_028.796_195;

/// The mean node at `jd_tt` (inside the tables' range: the rate of Δψ is
/// read from the nutation table, whose IAU 2000A rate differs from 2000B's
/// by under 1e-9 °/day).
pub(super) fn mean_node<E: Eval>(e: &mut E, jd_tt: f64) -> Position {
    let t = (jd_tt - 2_451_545.0) / 36_525.0;
    let omega_deg = poly(t, &OMEGA_ARCSEC) / 3600.0;
    // dΩ/dt from the polynomial, per day.
    let rate_deg = poly(
        t,
        &[
            OMEGA_ARCSEC[1],
            2.0 * OMEGA_ARCSEC[2],
            3.0 * OMEGA_ARCSEC[3],
            4.0 * OMEGA_ARCSEC[4],
        ],
    ) / 3600.0
        / 36_525.0;
    let dpsi = iau2000b_arcsec(t).0 / 3600.0;
    let [(_, dpsi_rate), ..] = e.eval(NUTATION_INDEX, jd_tt, 1);
    Position {
        body: Body::MeanNode,
        longitude: norm_deg(omega_deg + dpsi),
        latitude: 0.0,
        distance_au: 0.0,
        longitude_speed: rate_deg + dpsi_rate,
        latitude_speed: 0.0,
        distance_speed_au_per_day: 0.0,
    }
}

/// Longitude of the osculating ascending node at `jd_tt`, degrees (the
/// caller has checked the range, with a margin for the speed's steps).
fn true_node_longitude<E: Eval>(e: &mut E, jd_tt: f64) -> f64 {
    let [(dpsi, _), ..] = e.eval(NUTATION_INDEX, jd_tt, 1);
    let [(lon, lon_rate), (lat, lat_rate), (dist, dist_rate)] =
        e.eval(Body::Moon.index(), jd_tt, 3);
    let t = (jd_tt - 2_451_545.0) / 36_525.0;
    let precession_rate =
        (PRECESSION_RATE_ARCSEC_PER_CENTURY + 2.0 * 1.105_434_8 * t) / 3600.0 / 36_525.0;
    // Position and inertial velocity in the true ecliptic of date.
    let l = (lon + dpsi) * DEG_TO_RAD;
    let b = lat * DEG_TO_RAD;
    // The table's longitude is counted from the mean equinox of date, so
    // its rate holds the precession but not the Δψ rate: remove the former.
    let l_dot = (lon_rate - precession_rate) * DEG_TO_RAD;
    let b_dot = lat_rate * DEG_TO_RAD;
    let (sl, cl) = sin_cos(l);
    let (sb, cb) = sin_cos(b);
    let r = [dist * cb * cl, dist * cb * sl, dist * sb];
    let v = [
        dist_rate * cb * cl - dist * sb * b_dot * cl - dist * cb * sl * l_dot,
        dist_rate * cb * sl - dist * sb * b_dot * sl + dist * cb * cl * l_dot,
        dist_rate * sb + dist * cb * b_dot,
    ];
    let hx = r[1] * v[2] - r[2] * v[1];
    let hy = r[2] * v[0] - r[0] * v[2];
    norm_deg(atan2(hx, -hy) / DEG_TO_RAD)
}

/// Half the step of the true node's speed (central difference), days.
pub(super) const TRUE_NODE_STEP_DAYS: f64 = 0.01;

/// The true node at `jd_tt`, which must lie at least
/// [`TRUE_NODE_STEP_DAYS`] inside the tables' range.
pub(super) fn true_node<E: Eval>(e: &mut E, jd_tt: f64) -> Position {
    let h = TRUE_NODE_STEP_DAYS;
    let lon = true_node_longitude(e, jd_tt);
    let ahead = true_node_longitude(e, jd_tt + h);
    let behind = true_node_longitude(e, jd_tt - h);
    let diff = (ahead - behind + 540.0) % 360.0 - 180.0;
    Position {
        body: Body::TrueNode,
        longitude: lon,
        latitude: 0.0,
        distance_au: 0.0,
        longitude_speed: diff / (2.0 * h),
        latitude_speed: 0.0,
        distance_speed_au_per_day: 0.0,
    }
}
