//! Semi-arc systems: Placidus and Gauquelin sectors (each cusp a point of
//! the ecliptic that has covered a given fraction of its own diurnal or
//! nocturnal semi-arc) and Koch (the ascendants at fractions of the MC
//! degree's semi-arc). Undefined inside the polar circles, where parts of
//! the ecliptic never rise or set; the caller checks that first.
//!
//! # The semi-arc equation
//!
//! An ecliptic point with right ascension α has tan δ = tan ε sin α, and
//! its ascensional difference D (sin D = tan φ tan δ) gives the semi-arcs
//! DSA = 90° + D above and NSA = 90° − D below the horizon. The point that
//! has covered the fraction p of its diurnal semi-arc east of the meridian
//! has α − θ = p·DSA; the one a fraction p of its nocturnal semi-arc from
//! the lower meridian, α − θ = 180° − p·NSA. Both read
//!
//! ```text
//! α − c·asin(K sin α) = T,   K = tan φ tan ε,
//! ```
//!
//! with c = p and T = θ + 90°·p or θ + 180° − 90°·p. Outside the polar
//! circles |K| < 1, so F(α) = α − c·asin(K sin α) − T has
//! F′ = 1 − cK cos α / √(1 − K² sin²α) ∈ [1 − c|K|, 1 + c|K|] — strictly
//! increasing, one root, within T ± c·90°. It is solved by Newton's method
//! (safeguarded by bisection of that bracket) — a Kepler-like equation,
//! instead of the fixed-point iteration on pole heights of the classical
//! hand method (Swiss Ephemeris iterates that until successive cusps agree
//! to 0.01″, which leaves an error of that order close to the polar
//! circles). The cusp is then the ecliptic point with right ascension α.

use super::sphere::{Dir, Sky, trig};
use crate::math::{DEG_TO_RAD, sin_cos, sqrt};
use core::f64::consts::FRAC_PI_2;

/// Solves α − c·asin(K sin α) = T for α (radians); see the module docs.
///
/// Halley's method from α = T, two or three steps on average. With
/// w = 1 − K² sin²α and g = cK(1 − K²)/w^{3/2}, the derivatives come free
/// with F: F′ = 1 − cK cos α/√w, F″ = g sin α, F‴ = g cos α (1 + 2K² sin²α)/w.
/// It stops when the error left after a step, estimated as
/// |(F″/2F′)² − F‴/6F′|·|Δα|³, is below 1e-19 rad — the root then satisfies
/// the equation to ~4e-15 rad (1e-9″) — except where w < 10⁻³ (at the polar
/// circles), where the higher derivatives grow and the steps go on to the
/// last bits. A step that would leave the shrinking bracket is replaced by
/// bisection.
fn semi_arc_ra(t: f64, c: f64, k: f64) -> f64 {
    let (mut lo, mut hi) = (t - c * FRAC_PI_2 - 1e-9, t + c * FRAC_PI_2 + 1e-9);
    let mut a = t;
    for _ in 0..100 {
        let (s, co) = sin_cos(a);
        let u = (k * s).clamp(-1.0, 1.0);
        let f = a - c * trig::asin(u) - t;
        if f == 0.0 {
            break;
        }
        if f > 0.0 {
            hi = a;
        } else {
            lo = a;
        }
        let w = (1.0 - u * u).max(1e-300);
        let rw = sqrt(w);
        // F′ ≥ 1 − c|K| analytically; the clamp guards the rounding of √w
        // when |K sin α| is within an ulp of 1.
        let f1 = 1.0 - c * (k * co / rw).clamp(-1.0, 1.0);
        let g = c * k * (1.0 - k * k) / (w * rw);
        let f2 = g * s;
        let f3 = g * co * (1.0 + 2.0 * k * k * s * s) / w;
        let next = a - 2.0 * f * f1 / (2.0 * f1 * f1 - f * f2);
        let step = next - a;
        let h = f2 / (2.0 * f1);
        let left = (h * h - f3 / (6.0 * f1)).abs() * (step * step * step).abs();
        if (w > 1e-3 && left < 1e-19) || step.abs() < 1e-14 {
            a = next;
            break;
        }
        a = if next > lo && next < hi {
            next
        } else {
            0.5 * (lo + hi)
        };
    }
    a
}

/// The cusp (degrees) at the fraction `p` of the diurnal semi-arc east of
/// the meridian (`upper`), or of the nocturnal semi-arc from the lower
/// meridian towards the ascendant.
fn semi_arc_cusp(sky: &Sky, p: f64, upper: bool) -> f64 {
    let theta = sky.armc_deg * DEG_TO_RAD;
    let t = if upper {
        theta + p * FRAC_PI_2
    } else {
        theta + core::f64::consts::PI - p * FRAC_PI_2
    };
    let a = semi_arc_ra(t, p, sky.tp * sky.te);
    sky.ra_to_lon(Dir::of(a))
}

/// Placidus: cusps 11 and 12 at 1/3 and 2/3 of their diurnal semi-arcs,
/// 3 and 2 at 1/3 and 2/3 of their nocturnal semi-arcs (Swiss 'P').
/// Cusps 2, 3, 11, 12.
pub(super) fn placidus(sky: &Sky, cusps: &mut [f64; 12]) {
    cusps[10] = semi_arc_cusp(sky, 1.0 / 3.0, true);
    cusps[11] = semi_arc_cusp(sky, 2.0 / 3.0, true);
    cusps[1] = semi_arc_cusp(sky, 2.0 / 3.0, false);
    cusps[2] = semi_arc_cusp(sky, 1.0 / 3.0, false);
}

/// Gauquelin sectors, numbered clockwise (with the diurnal motion) from
/// the ascendant: sector 1 at the ascendant, 10 at the MC, 19 at the
/// descendant, 28 at the IC. Sectors 2–9 lie at (10 − k)/9 of their diurnal
/// semi-arcs east of the meridian, 29–36 at (k − 28)/9 of their nocturnal
/// semi-arcs from the lower meridian, and sector k + 18 is opposite sector
/// k (Swiss 'G').
pub(super) fn gauquelin(sky: &Sky, asc: f64, mc: f64) -> [f64; 36] {
    use super::sphere::opp;
    let mut s = [0.0; 36];
    (s[0], s[18]) = (asc, opp(asc));
    (s[9], s[27]) = (mc, opp(mc));
    for j in 1..=8 {
        let p = j as f64 / 9.0;
        // Sector 10 − j above the horizon and its opposite 28 − j.
        let upper = semi_arc_cusp(sky, p, true);
        (s[9 - j], s[27 - j]) = (upper, opp(upper));
        // Sector 28 + j below the horizon and its opposite 10 + j.
        let lower = semi_arc_cusp(sky, p, false);
        (s[27 + j], s[9 + j]) = (lower, opp(lower));
    }
    s
}

/// Koch (Zanzinger, Specht; "birthplace" houses): the MC degree's diurnal
/// semi-arc DSA = 90° + D (sin D = tan φ tan δ_MC) is divided into
/// thirds; cusps 11 and 12 are the ascendants when the ARMC was
/// θ − 2DSA/3 and θ − DSA/3, cusps 2 and 3 those at θ + DSA/3 and
/// θ + 2DSA/3 (the IC degree's nocturnal semi-arc has the same length)
/// (Swiss 'K'). Cusps 2, 3, 11, 12.
pub(super) fn koch(sky: &Sky, mc: f64, cusps: &mut [f64; 12]) {
    let sin_dec = sky.se * crate::math::sin(mc * DEG_TO_RAD);
    let tan_dec = sin_dec / sqrt(1.0 - sin_dec * sin_dec);
    let d3 = trig::asin((sky.tp * tan_dec).clamp(-1.0, 1.0)) / 3.0;
    // The ascendant for ARMC θ′ is the oblique ascendant of θ′ + 90° under φ;
    // θ′ + 90° = θ + 30° − 2D/3, θ + 60° − D/3, θ + 120° + D/3, θ + 150° + 2D/3.
    let (d1, d2) = {
        let d = Dir::of(d3);
        (d, d.rot(d))
    };
    let x30 = sky.th.rot(super::sphere::R30);
    let x60 = sky.th.rot(super::sphere::R60);
    cusps[10] = sky.oblique_asc_tan(x30.rot_back(d2), sky.tp);
    cusps[11] = sky.oblique_asc_tan(x60.rot_back(d1), sky.tp);
    cusps[1] = sky.oblique_asc_tan(x30.plus90().rot(d1), sky.tp);
    cusps[2] = sky.oblique_asc_tan(x60.plus90().rot(d2), sky.tp);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The solver's root satisfies the equation to rounding (K up to
    /// 0.9999, 0.002° from the polar circle; closer, to ~1e-12 rad), for
    /// every fraction used.
    #[test]
    fn semi_arc_equation_is_solved() {
        for &k in &[-0.999_9, -0.7, -0.2, 0.0, 0.3, 0.9, 0.999_9] {
            for j in 1..=8 {
                let c = j as f64 / 9.0;
                for i in 0..72 {
                    let t = i as f64 * 5.0 * DEG_TO_RAD;
                    let a = semi_arc_ra(t, c, k);
                    let f = a - c * (k * a.sin()).asin() - t;
                    assert!(f.abs() < 1e-14, "k {k} c {c} t {t}: residual {f:e}");
                    // Closer to the circle.
                    let k2 = k.signum() * 0.999_999_999;
                    let a = semi_arc_ra(t, c, k2);
                    let f = a - c * (k2 * a.sin()).asin() - t;
                    assert!(f.abs() < 1e-12, "k {k2} c {c} t {t}: residual {f:e}");
                }
            }
        }
    }
}
