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
    mean_node_with(e, jd_tt, None)
}

/// As [`mean_node`], with the IAU 2000B Δψ at `jd_tt` (degrees) if the
/// caller has it already.
pub(super) fn mean_node_with<E: Eval>(
    e: &mut E,
    jd_tt: f64,
    dpsi_2000b_deg: Option<f64>,
) -> Position {
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
    let dpsi = dpsi_2000b_deg.unwrap_or_else(|| iau2000b_arcsec(t).0 / 3600.0);
    let [(_, dpsi_rate), ..] = e.eval(NUTATION_INDEX, jd_tt, 1);
    Position::on_ecliptic(
        Body::MeanNode,
        norm_deg(omega_deg + dpsi),
        rate_deg + dpsi_rate,
    )
}

/// Longitude of the osculating ascending node at `jd_tt` and its rate,
/// degrees and degrees per day.
///
/// The rate is the exact derivative of the construction: with h = r × v,
/// Ω = atan2(hₓ, −h_y) and dΩ/dt = (hₓ ḣ_y − h_y ḣₓ)/(hₓ² + h_y²), where
/// ḣ = ṙ × v + r × v̇ needs the Moon's accelerations — the second
/// derivatives of the same Chebyshev series.
fn true_node_and_rate<E: Eval>(e: &mut E, jd_tt: f64) -> (f64, f64) {
    let [(dpsi, dpsi_rate), ..] = e.eval(NUTATION_INDEX, jd_tt, 1);
    let [[lon, lon1, lon2], [lat, lat1, lat2], [dist, dist1, dist2]] =
        e.eval2(Body::Moon.index(), jd_tt);
    let t = (jd_tt - 2_451_545.0) / 36_525.0;
    const DAY_CENTURY: f64 = 36_525.0;
    let precession_rate =
        (PRECESSION_RATE_ARCSEC_PER_CENTURY + 2.0 * 1.105_434_8 * t) / 3600.0 / DAY_CENTURY;
    let precession_accel = 2.0 * 1.105_434_8 / 3600.0 / (DAY_CENTURY * DAY_CENTURY);
    // Position in the true ecliptic of date: L moves at the full rate.
    let (l, l1) = ((lon + dpsi) * DEG_TO_RAD, (lon1 + dpsi_rate) * DEG_TO_RAD);
    let (b, b1, b2) = (lat * DEG_TO_RAD, lat1 * DEG_TO_RAD, lat2 * DEG_TO_RAD);
    // The table's longitude is counted from the mean equinox of date, so
    // its rate holds the precession but not the Δψ rate: the inertial
    // velocity takes the former out.
    let (w, w1) = (
        (lon1 - precession_rate) * DEG_TO_RAD,
        (lon2 - precession_accel) * DEG_TO_RAD,
    );
    let (sl, cl) = sin_cos(l);
    let (sb, cb) = sin_cos(b);
    // The unit vector and its partial derivatives in B and L.
    let u = [cb * cl, cb * sl, sb];
    let u_b = [-sb * cl, -sb * sl, cb];
    let u_l = [-cb * sl, cb * cl, 0.0];
    let u_bb = [-cb * cl, -cb * sl, -sb];
    let u_bl = [sb * sl, -sb * cl, 0.0];
    let u_ll = [-cb * cl, -cb * sl, 0.0];
    let mut r = [0.0; 3];
    let mut v = [0.0; 3];
    let mut r1 = [0.0; 3];
    let mut v1 = [0.0; 3];
    for i in 0..3 {
        let du = b1 * u_b[i] + l1 * u_l[i];
        let du_b = b1 * u_bb[i] + l1 * u_bl[i];
        let du_l = b1 * u_bl[i] + l1 * u_ll[i];
        r[i] = dist * u[i];
        v[i] = dist1 * u[i] + dist * (b1 * u_b[i] + w * u_l[i]);
        r1[i] = dist1 * u[i] + dist * du;
        v1[i] = dist2 * u[i]
            + dist1 * du
            + dist1 * (b1 * u_b[i] + w * u_l[i])
            + dist * (b2 * u_b[i] + b1 * du_b + w1 * u_l[i] + w * du_l);
    }
    let hx = r[1] * v[2] - r[2] * v[1];
    let hy = r[2] * v[0] - r[0] * v[2];
    let hx1 = r1[1] * v[2] - r1[2] * v[1] + r[1] * v1[2] - r[2] * v1[1];
    let hy1 = r1[2] * v[0] - r1[0] * v[2] + r[2] * v1[0] - r[0] * v1[2];
    let node = norm_deg(atan2(hx, -hy) / DEG_TO_RAD);
    let rate = (hx * hy1 - hy * hx1) / (hx * hx + hy * hy) / DEG_TO_RAD;
    (node, rate)
}

/// The true node at `jd_tt` (inside the tables' range).
pub(super) fn true_node<E: Eval>(e: &mut E, jd_tt: f64) -> Position {
    let (longitude, longitude_speed) = true_node_and_rate(e, jd_tt);
    Position::on_ecliptic(Body::TrueNode, longitude, longitude_speed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ephemeris::SegmentCache;

    /// The analytic rate against a central difference of the node's own
    /// longitude (step 0.002 day: truncation error ~1e-9 °/day), at instants
    /// over the whole range, in and out of split segments.
    #[test]
    fn true_node_rate_is_the_derivative_of_its_longitude() {
        let mut cache = SegmentCache::new();
        let h = 0.002;
        let mut worst: f64 = 0.0;
        let mut t = 2_305_460.37;
        while t < 2_524_900.0 {
            let (_, rate) = true_node_and_rate(&mut cache, t);
            let ahead = true_node_and_rate(&mut cache, t + h).0;
            let behind = true_node_and_rate(&mut cache, t - h).0;
            let diff = ((ahead - behind + 540.0) % 360.0 - 180.0) / (2.0 * h);
            worst = worst.max((rate - diff).abs());
            t += 97.3;
        }
        // Measured 3.1e-8 °/day (the difference's rounding: Ω to ~1e-13°
        // over 0.004 day); the node's own speed is of order 0.05–2 °/day.
        assert!(worst < 1e-7, "{worst} °/day");
    }
}
