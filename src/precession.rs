//! Long-term precession of the equator and the ecliptic (Vondrák,
//! Capitaine & Wallace 2011), the model Swiss Ephemeris 2.10 uses by default.
//!
//! The model gives the ecliptic pole P(t) and the equator pole Q(t) as unit
//! vectors in the J2000.0 mean equatorial frame; the mean equinox of date is
//! their cross product. It agrees with IAU 2006 precession to within 0.1 mas
//! over the 20th and 21st centuries and to a few arcseconds over historical
//! times, and is valid for ±200,000 years.

use crate::math::{ARCSEC_TO_RAD, poly, sin_cos, sqrt};

/// A 3-vector.
pub(crate) type Vec3 = [f64; 3];

/// Obliquity at J2000.0 used to express the ecliptic pole in the equatorial
/// frame, 84381.406″ (IAU 2006).
const EPS0_ARCSEC: f64 = 84381.406;

/// Polynomial parts of P_A and Q_A (arcseconds, powers of T in centuries
/// from J2000.0): Vondrák et al. (2011) Table 1 (with the 2012 corrigendum).
const PQ_POLY: [[f64; 4]; 2] = [
    [5851.607687, -0.1189000, -0.00028913, 0.000000101],
    [-1600.886300, 1.1689818, -0.00000020, -0.000000437],
];

/// Periodic parts of P_A, Q_A: period (centuries), then C_P, C_Q, S_P, S_Q
/// (arcseconds); Vondrák et al. (2011) Table 1.
#[rustfmt::skip]
const PQ_PERIODIC: [[f64; 5]; 8] = [
    [708.15, -5486.751211, -684.661560, 667.666730, -5523.863691],
    [2309.00, -17.127623, 2446.283880, -2354.886252, -549.747450],
    [1620.00, -617.517403, 399.671049, -428.152441, -310.998056],
    [492.20, 413.442940, -356.652376, 376.202861, 421.535876],
    [1183.00, 78.614193, -186.387003, 184.778874, -36.776172],
    [622.00, -180.732815, -316.800070, 335.321713, -145.278396],
    [882.00, -87.676083, 198.296701, -185.138669, -34.744450],
    [547.00, 46.140315, 101.135679, -120.972830, 22.885731],
];

/// Polynomial parts of X_A, Y_A (arcseconds): Vondrák et al. (2011) Table 2.
const XY_POLY: [[f64; 4]; 2] = [
    [5453.282155, 0.4252841, -0.00037173, -0.000000152],
    [-73750.930350, -0.7675452, -0.00018725, 0.000000231],
];

/// Periodic parts of X_A, Y_A: period (centuries), then C_X, C_Y, S_X, S_Y
/// (arcseconds); Vondrák et al. (2011) Table 2.
#[rustfmt::skip]
const XY_PERIODIC: [[f64; 5]; 14] = [
    [256.75, -819.940624, 75004.344875, 81491.287984, 1558.515853],
    [708.15, -8444.676815, 624.033993, 787.163481, 7774.939698],
    [274.20, 2600.009459, 1251.136893, 1251.296102, -2219.534038],
    [241.45, 2755.175630, -1102.212834, -1257.950837, -2523.969396],
    [2309.00, -167.659835, -2660.664980, -2966.799730, 247.850422],
    [492.20, 871.855056, 699.291817, 639.744522, -846.485643],
    [396.10, 44.769698, 153.167220, 131.600209, -1393.124055],
    [288.90, -512.313065, -950.865637, -445.040117, 368.526116],
    [231.10, -819.415595, 499.754645, 584.522874, 749.045012],
    [1610.00, -538.071099, -145.188210, -89.756563, 444.704518],
    [620.00, -189.793622, 558.116553, 524.429630, 235.934465],
    [157.87, -402.922932, -23.923029, -13.549067, 374.049623],
    [220.30, 179.516345, -165.405086, -210.157124, -171.330180],
    [1200.00, -9.814756, 9.344131, -44.919798, -22.899655],
];

/// Polynomial parts of p_A and ε_A (arcseconds): Vondrák et al. (2011)
/// Table 3 (only ε_A is used here: the mean obliquity of date).
const PE_POLY: [[f64; 4]; 2] = [
    [8134.017132, 5043.0520035, -0.00710733, 0.000000271],
    [84028.206305, 0.3624445, -0.00004039, -0.000000110],
];

/// Periodic parts of p_A, ε_A: period (centuries), then C_p, C_ε, S_p, S_ε
/// (arcseconds); Vondrák et al. (2011) Table 3.
#[rustfmt::skip]
const PE_PERIODIC: [[f64; 5]; 10] = [
    [409.90, -6908.287473, 753.872780, -2845.175469, -1704.720302],
    [396.15, -3198.706291, -247.805823, 449.844989, -862.308358],
    [537.22, 1453.674527, 379.471484, -1255.915323, 447.832178],
    [402.90, -857.748557, -53.880558, 886.736783, -889.571909],
    [417.15, 1173.231614, -90.109153, 418.887514, 190.402846],
    [288.92, -156.981465, -353.600190, 997.912441, -56.564991],
    [4043.00, 371.836550, -63.115353, -240.979710, -296.222622],
    [306.00, -216.619040, -28.248187, 76.541307, -75.859952],
    [277.00, 193.691479, 17.703387, -36.788069, 67.473503],
    [203.00, 11.891524, 38.911307, -170.964086, 3.014055],
];

/// Mean obliquity of the ecliptic ε_A in the Vondrák model, arcseconds;
/// `t` in Julian centuries TT from J2000.0 (84381.406″ at J2000.0). This is
/// the obliquity Swiss Ephemeris 2.10 uses for all dates.
pub(crate) fn mean_obliquity_arcsec(t: f64) -> f64 {
    series(t, &PE_POLY, &PE_PERIODIC).1
}

/// Sums polynomial and periodic terms: two series (a, b) in arcseconds.
fn series(t: f64, polys: &[[f64; 4]; 2], periodic: &[[f64; 5]]) -> (f64, f64) {
    let w = core::f64::consts::TAU * t;
    let (mut a, mut b) = (poly(t, &polys[0]), poly(t, &polys[1]));
    for row in periodic {
        let (s, c) = sin_cos(w / row[0]);
        a += c * row[1] + s * row[3];
        b += c * row[2] + s * row[4];
    }
    (a, b)
}

/// Ecliptic pole of date in the J2000.0 mean equatorial frame (unit vector);
/// `t` in Julian centuries (Julian epoch − 2000)/100, TT.
///
/// p = (P_A, −Q_A cos ε₀ − √(1−P_A²−Q_A²) sin ε₀, −Q_A sin ε₀ + √(1−P_A²−Q_A²) cos ε₀)
/// (Vondrák et al. 2011, eq. 8).
pub(crate) fn ecliptic_pole(t: f64) -> Vec3 {
    let (p, q) = series(t, &PQ_POLY, &PQ_PERIODIC);
    let (p, q) = (p * ARCSEC_TO_RAD, q * ARCSEC_TO_RAD);
    let w = sqrt((1.0 - p * p - q * q).max(0.0));
    let (s, c) = sin_cos(EPS0_ARCSEC * ARCSEC_TO_RAD);
    [p, -q * c - w * s, -q * s + w * c]
}

/// Equator pole of date in the J2000.0 mean equatorial frame (unit vector):
/// (X_A, Y_A, √(1 − X_A² − Y_A²)) (Vondrák et al. 2011, eq. 9).
pub(crate) fn equator_pole(t: f64) -> Vec3 {
    let (x, y) = series(t, &XY_POLY, &XY_PERIODIC);
    let (x, y) = (x * ARCSEC_TO_RAD, y * ARCSEC_TO_RAD);
    [x, y, sqrt((1.0 - x * x - y * y).max(0.0))]
}

pub(crate) fn cross(a: Vec3, b: Vec3) -> Vec3 {
    [
        a[1] * b[2] - a[2] * b[1],
        a[2] * b[0] - a[0] * b[2],
        a[0] * b[1] - a[1] * b[0],
    ]
}

pub(crate) fn dot(a: Vec3, b: Vec3) -> f64 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

pub(crate) fn unit(a: Vec3) -> Vec3 {
    let n = sqrt(dot(a, a));
    [a[0] / n, a[1] / n, a[2] / n]
}

/// The mean equator and equinox of date as a rotation from J2000.0 mean
/// equatorial coordinates: rows are the equinox direction, the direction
/// 90° east of it on the equator, and the equator pole (Vondrák et al.
/// 2011, eq. 22), without frame bias.
pub(crate) fn equatorial_frame(t: f64) -> [Vec3; 3] {
    let pole = equator_pole(t);
    let equinox = unit(cross(pole, ecliptic_pole(t)));
    [equinox, cross(pole, equinox), pole]
}

/// Julian centuries of TT from J2000.0 as the model counts them.
#[inline]
pub(crate) fn centuries(jd_tt: f64) -> f64 {
    (jd_tt - 2_451_545.0) / 36_525.0
}

/// Obliquity of the ecliptic of date to the mean equator of date in the
/// Vondrák model (the angle between the two poles), radians.
#[cfg(test)]
fn obliquity_rad(t: f64) -> f64 {
    let c = dot(equator_pole(t), ecliptic_pole(t));
    c.clamp(-1.0, 1.0).acos()
}

#[cfg(test)]
mod tests {
    // Reference values are quoted with all the digits SOFA prints.
    #![allow(clippy::excessive_precision)]
    use super::*;

    fn close(v: Vec3, e: Vec3) {
        for i in 0..3 {
            assert!(
                (v[i] - e[i]).abs() < 1e-14,
                "component {i}: {} vs {}",
                v[i],
                e[i]
            );
        }
    }

    /// The IAU SOFA test values for iauLtpecl (epoch −1500), iauLtpequ
    /// (epoch −2500) and iauLtp (epoch 1666.666).
    #[test]
    fn matches_sofa_test_cases() {
        close(
            ecliptic_pole((-1500.0 - 2000.0) / 100.0),
            [
                0.476_862_567_647_709_652_5e-3,
                -0.405_225_953_309_187_511_2,
                0.914_216_440_109_644_801_2,
            ],
        );
        close(
            equator_pole((-2500.0 - 2000.0) / 100.0),
            [
                -0.358_665_256_023_732_665_9,
                -0.199_697_891_077_112_847_5,
                0.911_855_244_225_081_962_4,
            ],
        );
        let m = equatorial_frame((1666.666 - 2000.0) / 100.0);
        close(
            m[0],
            [
                0.996_704_414_115_921_381_9,
                0.743_780_189_319_321_084_0e-1,
                0.323_762_440_934_560_340_1e-1,
            ],
        );
        close(
            m[1],
            [
                -0.743_780_273_181_961_816_7e-1,
                0.997_229_389_445_453_307_0,
                -0.120_576_884_272_359_334_6e-2,
            ],
        );
        close(
            m[2],
            [
                -0.323_762_248_276_657_539_9e-1,
                -0.120_628_603_969_760_900_8e-2,
                0.999_475_024_670_401_091_4,
            ],
        );
    }

    #[test]
    fn obliquity_at_j2000_is_iau2006() {
        let eps = obliquity_rad(0.0) / ARCSEC_TO_RAD;
        assert!((eps - 84381.406).abs() < 0.001, "{eps}");
        let eps = mean_obliquity_arcsec(0.0);
        assert!((eps - 84381.406).abs() < 0.001, "{eps}");
        // Within 1 mas of the IAU 2006 polynomial in the 20th–21st centuries.
        for t in [-1.0, -0.5, 0.5, 1.0] {
            let iau = 84381.406 - 46.836769 * t - 0.0001831 * t * t + 0.00200340 * t * t * t;
            assert!((mean_obliquity_arcsec(t) - iau).abs() < 0.001, "{t}");
        }
    }
}
