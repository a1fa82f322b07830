//! Systems that divide the ecliptic itself: equal houses (from the
//! ascendant, from the MC, whole signs, the ascendant as middle of the
//! first house) and the quadrant trisections of Porphyry, Sripati and
//! Pullen. All are closed-form arithmetic on the ascendant and the MC.
//!
//! Each takes the ascendant already turned to the eastern side of the
//! meridian (see [`super::Raw::eastern_asc`]) and returns cusps 1–3 and
//! 10–12 (the caller fills 4–9 with their opposites) or all twelve.

use super::Raw;
use super::sphere::norm;
use crate::math::sqrt;

/// Equal houses of 30° from `first` (cusp 1).
pub(super) fn equal_from(first: f64) -> [f64; 12] {
    core::array::from_fn(|i| norm(first + 30.0 * i as f64))
}

/// Equal houses from the ascendant (Swiss 'A'/'E').
pub(super) fn equal(raw: &Raw) -> [f64; 12] {
    equal_from(raw.asc)
}

/// Equal houses from the MC: cusp 10 = MC, cusp 1 = MC + 90° (Swiss 'D').
pub(super) fn equal_mc(raw: &Raw) -> [f64; 12] {
    equal_from(norm(raw.mc + 90.0))
}

/// The ascendant in the middle of the first house: cusp 1 = Asc − 15°
/// (Swiss 'V', Vehlow; the bhava madhya convention of Vedic equal houses).
pub(super) fn vehlow(raw: &Raw) -> [f64; 12] {
    equal_from(norm(raw.asc - 15.0))
}

/// Whole signs: cusp 1 at 0° of the ascendant's sign (Swiss 'W').
pub(super) fn whole_sign(raw: &Raw) -> [f64; 12] {
    equal_from(sign_start(raw.asc))
}

/// The start of the sign holding `lon` (degrees in [0, 360)): the largest
/// multiple of 30 not above `lon`, exactly (`lon - lon % 30.0` without the
/// slow `fmod`; the quotient can round up to the next integer just below a
/// sign boundary, which the correction undoes).
#[inline]
pub(super) fn sign_start(lon: f64) -> f64 {
    let start = 30.0 * crate::math::floor(lon / 30.0);
    if start > lon { start - 30.0 } else { start }
}

/// Quadrant sizes: q4 = MC → Asc (houses 10–12), q1 = Asc → IC (1–3).
#[inline]
fn quadrants(raw: &Raw) -> (f64, f64) {
    let q4 = norm(raw.asc - raw.mc);
    (q4, 180.0 - q4)
}

/// Porphyry: each quadrant of the ecliptic between the angles trisected
/// (Swiss 'O'). Cusps 1–3 and 10–12.
pub(super) fn porphyry(raw: &Raw, cusps: &mut [f64; 12]) {
    let (q4, q1) = quadrants(raw);
    cusps[0] = raw.asc;
    cusps[1] = norm(raw.asc + q1 / 3.0);
    cusps[2] = norm(raw.asc + q1 / 3.0 * 2.0);
    cusps[9] = raw.mc;
    cusps[10] = norm(raw.mc + q4 / 3.0);
    cusps[11] = norm(raw.mc + q4 / 3.0 * 2.0);
}

/// Sripati: the Porphyry cusps become house middles (bhava madhya) and each
/// cusp (bhava sandhi) lies halfway between two of them — cusp 1 is half a
/// twelfth-house width before the ascendant (Swiss 'S'). Cusps 1–3 and
/// 10–12.
pub(super) fn sripati(raw: &Raw, cusps: &mut [f64; 12]) {
    let (q4, q1) = quadrants(raw);
    let (s1, s4) = (q1 / 3.0, q4 / 3.0);
    cusps[0] = norm(raw.asc - s4 * 0.5);
    cusps[1] = norm(raw.asc + s1 * 0.5);
    cusps[2] = norm(raw.asc + s1 * 1.5);
    cusps[9] = norm(raw.mc - s1 * 0.5);
    cusps[10] = norm(raw.mc + s4 * 0.5);
    cusps[11] = norm(raw.mc + s4 * 1.5);
}

/// Pullen sinusoidal delta ("neo-Porphyry"): in a quadrant of q degrees the
/// three houses measure 30 + d, 30 + 2d, 30 + d with d = (q − 90)/4 — half
/// the excess over 90° goes to the middle house, a quarter to each other;
/// when q ≤ 30° the middle house would have no positive width, so it is
/// empty and the outer two share q (Swiss 'L', after the 2016 agreement
/// between Pullen and Treindl). Cusps 1–3 and 10–12.
pub(super) fn pullen_sd(raw: &Raw, cusps: &mut [f64; 12]) {
    let (q4, q1) = quadrants(raw);
    let split = |start: f64, q: f64| -> (f64, f64) {
        if q <= 30.0 {
            let mid = norm(start + q / 2.0);
            (mid, mid)
        } else {
            let d = (q - 90.0) / 4.0;
            (norm(start + 30.0 + d), norm(start + 60.0 + 3.0 * d))
        }
    };
    cusps[0] = raw.asc;
    cusps[9] = raw.mc;
    (cusps[10], cusps[11]) = split(raw.mc, q4);
    (cusps[1], cusps[2]) = split(raw.asc, q1);
}

/// Pullen sinusoidal ratio: in the smaller quadrant q the houses measure
/// r x, x, r x, in the larger one r³x, r⁴x, r³x, with
/// x (2r + 1) = q and x r³ (r + 2) = 180° − q (Swiss 'Q'). Cusps 1–3 and
/// 10–12.
///
/// Dividing the two conditions gives the quartic r⁴ + 2r³ − 2cr − c = 0
/// with c = (180 − q)/q ≥ 1. With s = r + ½ it is depressed to
/// s⁴ − (3/2)s² + (1 − 2c)s − 3/16 = 0, and Ferrari's resolvent cubic
/// 8m³ − 12m² + 6m − (1 − 2c)² = 0 is (2m − 1)³ = 4(c² − c), so
/// 2m = 1 + ∛(4(c² − c)) in closed form. The quartic then splits into
/// s² ∓ √(2m)·s + (m − ¾ ± (1 − 2c)/(2√(2m))) = 0, and the root with
/// r ≥ 1 is s = ½√(2m) + ½√(3 − 2m − 2(1 − 2c)/√(2m)).
pub(super) fn pullen_sr(raw: &Raw, cusps: &mut [f64; 12]) {
    let (q4, _) = quadrants(raw);
    let q = if q4 > 90.0 { 180.0 - q4 } else { q4 };
    // House widths: x (middle of the small quadrant), r x, r³ x, r⁴ x.
    let (x, rx, r3x, r4x) = if q < 1e-30 {
        (0.0, 0.0, 0.0, 180.0)
    } else {
        let c = (180.0 - q) / q;
        // 2m − 1 = ∛(4(c² − c))
        let two_m = 1.0 + super::sphere::trig::cbrt(4.0 * (c * c - c));
        let root_two_m = sqrt(two_m);
        let s = 0.5 * root_two_m + 0.5 * sqrt(3.0 - two_m - 2.0 * (1.0 - 2.0 * c) / root_two_m);
        let r = s - 0.5;
        let x = q / (2.0 * r + 1.0);
        let r3x = x * r * r * r;
        (x, r * x, r3x, r3x * r)
    };
    cusps[0] = raw.asc;
    cusps[9] = raw.mc;
    if q4 > 90.0 {
        cusps[10] = norm(raw.mc + r3x);
        cusps[11] = norm(cusps[10] + r4x);
        cusps[1] = norm(raw.asc + rx);
        cusps[2] = norm(cusps[1] + x);
    } else {
        cusps[10] = norm(raw.mc + rx);
        cusps[11] = norm(cusps[10] + x);
        cusps[1] = norm(raw.asc + r3x);
        cusps[2] = norm(cusps[1] + r4x);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `sign_start` is `lon - lon % 30` (the exact remainder) for every
    /// longitude, including the last representable values below each sign
    /// boundary, where `lon / 30` rounds up to the next integer.
    #[test]
    fn sign_start_is_exact_at_boundaries() {
        let mut probes = vec![0.0, f64::MIN_POSITIVE, 359.999_999_999_999_94];
        for k in 1..12 {
            let b = 30.0 * f64::from(k);
            let below = f64::from_bits(b.to_bits() - 1);
            probes.extend([below, b, f64::from_bits(b.to_bits() + 1)]);
            probes.extend((1..200).map(|i| f64::from_bits(b.to_bits() - i)));
        }
        probes.extend((0..36_000).map(|i| f64::from(i) * 0.01 + 0.003_7));
        for lon in probes {
            assert_eq!(sign_start(lon), lon - lon % 30.0, "{lon:e}");
        }
    }

    /// Pullen SR house widths satisfy both defining equations.
    #[test]
    fn pullen_ratio_widths() {
        for q4 in [1.0_f64, 10.0, 29.5, 45.0, 60.0, 89.0, 90.0, 120.0, 170.0] {
            let raw = Raw {
                asc: norm(100.0 + q4),
                mc: 100.0,
            };
            let mut c = [0.0; 12];
            pullen_sr(&raw, &mut c);
            let w = |a: f64, b: f64| norm(b - a);
            let (h10, h11, h12) = (w(c[9], c[10]), w(c[10], c[11]), w(c[11], c[0]));
            let (h1, h2, h3) = (w(c[0], c[1]), w(c[1], c[2]), w(c[2], norm(c[9] + 180.0)));
            assert!((h10 + h11 + h12 - q4).abs() < 1e-9, "q4 {q4}");
            assert!((h1 + h2 + h3 - (180.0 - q4)).abs() < 1e-9, "q4 {q4}");
            let (small, big) = if q4 <= 90.0 {
                ((h10, h11), (h1, h2))
            } else {
                ((h1, h2), (h10, h11))
            };
            let r = small.0 / small.1;
            assert!(r >= 1.0 - 1e-12, "q4 {q4}: r {r}");
            // r x, x in the small quadrant; r³x, r⁴x in the large one.
            assert!((big.0 - r * r * r * small.1).abs() < 1e-9, "q4 {q4}");
            assert!((big.1 - r * r * r * r * small.1).abs() < 1e-9, "q4 {q4}");
        }
    }
}
