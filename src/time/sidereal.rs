//! Greenwich sidereal time, as Swiss Ephemeris 2.10 computes it.
//!
//! Between 1850 and 2050 this is the IERS Conventions 2010 sidereal time:
//! the Earth rotation angle plus the IAU 2006 polynomial and the
//! complementary terms, plus the equation of the equinoxes Δψ cos ε. Outside
//! that window Swiss Ephemeris switches to a long-term definition that
//! stays consistent with the Vondrák (2011) precession over millennia: the
//! hour angle of the mean Sun measured on the ecliptic of date. It is
//! reproduced here because house cusps, and so every ascendant, depend on
//! it; at the joins it is offset to be continuous within a few ms at 1850
//! and 0.13 s at 2050 (Swiss's own steps).

use super::{DeltaT, JulianDayUt, SECONDS_PER_DAY};
use crate::math::{
    ARCSEC_TO_RAD, DEG_TO_RAD, atan2, cos, harmonic, norm_deg, poly, rem_euclid, sin_cos,
    unit_powers,
};
use crate::nutation::Nutation;
use crate::precession::{equatorial_frame, mean_obliquity_arcsec};

/// 1850-01-01 0h UT and 2050-01-01 0h UT: the IERS window.
const JD_1850: f64 = 2_396_758.5;
const JD_2050: f64 = 2_469_807.5;

/// Greenwich mean sidereal time in degrees, `[0, 360)` (apparent sidereal
/// time without the equation of the equinoxes).
///
/// # References
/// IERS Conventions 2010, eqs. 5.15 and 5.32 (Capitaine et al. 2003, 2005)
/// and Table 5.2e; outside 1850–2050 the long-term form of Swiss
/// Ephemeris 2.10 (see the module docs).
pub fn mean_sidereal_time_deg(ut: JulianDayUt) -> f64 {
    sidereal_time_deg(ut, false)
}

/// Greenwich apparent sidereal time in degrees, `[0, 360)`: mean sidereal
/// time plus the equation of the equinoxes Δψ cos ε (IAU 2000B nutation, ε
/// the true obliquity, as Swiss Ephemeris has it), with TT from the default
/// Delta T model.
///
/// ```
/// use jyotish::{JulianDayUt, apparent_sidereal_time_deg};
/// let gast_h = apparent_sidereal_time_deg(JulianDayUt::new(2451545.0)?) / 15.0;
/// assert!((gast_h - 18.697_138).abs() < 1e-6); // 18h41m49.70s
/// # Ok::<(), jyotish::Error>(())
/// ```
///
/// # References
/// IERS Conventions 2010, eqs. 5.30–5.32 and Table 5.2e.
pub fn apparent_sidereal_time_deg(ut: JulianDayUt) -> f64 {
    sidereal_time_deg(ut, true)
}

fn sidereal_time_deg(ut: JulianDayUt, apparent: bool) -> f64 {
    let tt = ut.to_tt_with(DeltaT::SwissEphemeris);
    sidereal_time_with(ut, tt, &Nutation::at(tt), apparent)
}

/// Apparent sidereal time, degrees, with TT and the nutation at TT already
/// computed (TT must come from the default Delta T model to match Swiss).
pub(crate) fn apparent_sidereal_time_with(
    ut: JulianDayUt,
    tt: crate::time::JulianDayTt,
    n: &Nutation,
) -> f64 {
    sidereal_time_with(ut, tt, n, true)
}

/// As [`apparent_sidereal_time_with`] without the IERS complementary
/// terms of the equation of the equinoxes (at most 2.7 mas, 0.18 ms of
/// time; the long-term branch has none): for horizon work, where a
/// millisecond is far below what matters.
pub(crate) fn apparent_sidereal_time_for_horizon(
    ut: JulianDayUt,
    tt: crate::time::JulianDayTt,
    n: &Nutation,
) -> f64 {
    let t = tt.centuries_since_j2000();
    let ee_deg = n.longitude_deg * cos(n.true_obliquity_deg() * DEG_TO_RAD);
    let jd = ut.value();
    if jd > JD_1850 && jd < JD_2050 {
        norm_deg(gmst_iers_deg(jd, t, false) + ee_deg)
    } else {
        norm_deg(gmst_long_term_deg(jd, t) + ee_deg)
    }
}

fn sidereal_time_with(
    ut: JulianDayUt,
    tt: crate::time::JulianDayTt,
    n: &Nutation,
    apparent: bool,
) -> f64 {
    let t = tt.centuries_since_j2000();
    let ee_deg = if apparent {
        n.longitude_deg * cos(n.true_obliquity_deg() * DEG_TO_RAD)
    } else {
        0.0
    };
    let jd = ut.value();
    if jd > JD_1850 && jd < JD_2050 {
        norm_deg(gmst_iers_deg(jd, t, true) + ee_deg)
    } else {
        norm_deg(gmst_long_term_deg(jd, t) + ee_deg)
    }
}

/// IERS 2010 GMST (ERA + polynomial + complementary terms), degrees.
fn gmst_iers_deg(jd_ut: f64, t: f64, complementary: bool) -> f64 {
    let du = jd_ut - 2_451_545.0;
    // ERA = 360° (0.7790572732640 + 1.00273781191135448 Dᵤ); the whole
    // turns of Dᵤ are dropped first so the fraction keeps full precision.
    let era_turns =
        rem_euclid(du, 1.0) + rem_euclid(0.7790572732640 + 0.00273781191135448 * du, 1.0);
    let poly_arcsec = poly(
        t,
        &[
            0.014506,
            4612.156534,
            1.3915817,
            -0.00000044,
            -0.000029956,
            -0.0000000368,
        ],
    );
    let ct = if complementary {
        complementary_terms_arcsec(t)
    } else {
        0.0
    };
    era_turns * 360.0 + (poly_arcsec + ct) / 3600.0
}

/// Long-term GMST of Swiss Ephemeris 2.10 (used before 1850 and after
/// 2050), degrees: the mean longitude of the Sun (Simon et al. 1994, less
/// light time) is carried from the J2000 ecliptic to the ecliptic of date
/// with the Vondrák precession, and the solar hour angle (UT day fraction)
/// is added. A constant brings it onto the IERS branch at the join.
fn gmst_long_term_deg(jd_ut: f64, t: f64) -> f64 {
    let tau = t / 10.0;
    // Light time for 1 au, as a fraction of the mean tropical year, in degrees.
    let light_deg = 1.495_978_707e11 / 299_792_458.0 / SECONDS_PER_DAY * 360.0 / 365.2425;
    let l = 100.466_456_83 + poly(tau, &[0.0, 1_295_977_422.834_29, -2.044_11, -0.005_23]) / 3600.0
        - light_deg;
    // Unit vector on the J2000 ecliptic, to the J2000 equator. Swiss takes
    // ε at J2000.0 + ΔT(J2000.0), i.e. a TT one minute after J2000.0.
    let eps0 = mean_obliquity_arcsec(63.828_9 / SECONDS_PER_DAY / 36_525.0) * ARCSEC_TO_RAD;
    let (sl, cl) = sin_cos(l * DEG_TO_RAD);
    let (se, ce) = sin_cos(eps0);
    let v = [cl, sl * ce, sl * se];
    // J2000 equator → mean equator of date → mean ecliptic of date.
    let p = equatorial_frame(t);
    let d = [dot(p[0], v), dot(p[1], v), dot(p[2], v)];
    let eps = mean_obliquity_arcsec(t) * ARCSEC_TO_RAD;
    let (se, ce) = sin_cos(eps);
    let lambda_deg = atan2(d[1] * ce + d[2] * se, d[0]) / DEG_TO_RAD;
    let offset_deg = if jd_ut <= JD_1850 {
        0.000_378_172
    } else {
        0.001_385_646
    };
    lambda_deg + ((jd_ut - 0.5) % 1.0) * 360.0 - offset_deg
}

fn dot(a: [f64; 3], b: [f64; 3]) -> f64 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

/// One complementary term: multipliers of l, l′, F, D, Ω, L_Me, L_Ve, L_E,
/// L_Ma, L_J, L_Sa, L_U, L_Ne, p_A; then sine and cosine amplitudes (µas).
type Term = ([i8; 14], f64, f64);

/// Complementary terms of the equation of the equinoxes, IERS Conventions
/// 2010 Table 5.2e.
#[rustfmt::skip]
const COMPLEMENTARY: [Term; 33] = [
    ([0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], 2640.96, -0.39),
    ([0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0], 63.52, -0.02),
    ([0, 0, 2, -2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0], 11.75, 0.01),
    ([0, 0, 2, -2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], 11.21, 0.01),
    ([0, 0, 2, -2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0], -4.55, 0.0),
    ([0, 0, 2, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0], 2.02, 0.0),
    ([0, 0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], 1.98, 0.0),
    ([0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0], -1.72, 0.0),
    ([0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], -1.41, -0.01),
    ([0, 1, 0, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0], -1.26, -0.01),
    ([1, 0, 0, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0], -0.63, 0.0),
    ([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], -0.63, 0.0),
    ([0, 1, 2, -2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0.46, 0.0),
    ([0, 1, 2, -2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0.45, 0.0),
    ([0, 0, 4, -4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0.36, 0.0),
    ([0, 0, 1, -1, 1, 0, -8, 12, 0, 0, 0, 0, 0, 0], -0.24, -0.12),
    ([0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0.32, 0.0),
    ([0, 0, 2, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0.28, 0.0),
    ([1, 0, 2, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0.27, 0.0),
    ([1, 0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0.26, 0.0),
    ([0, 0, 2, -2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], -0.21, 0.0),
    ([0, 1, -2, 2, -3, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0.19, 0.0),
    ([0, 1, -2, 2, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0.18, 0.0),
    ([0, 0, 0, 0, 0, 0, 8, -13, 0, 0, 0, 0, 0, -1], -0.1, 0.05),
    ([0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0.15, 0.0),
    ([2, 0, -2, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0], -0.14, 0.0),
    ([1, 0, 0, -2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0.14, 0.0),
    ([0, 1, 2, -2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0], -0.14, 0.0),
    ([1, 0, 0, -2, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0.14, 0.0),
    ([0, 0, 4, -2, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0.13, 0.0),
    ([0, 0, 2, -2, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0], -0.11, 0.0),
    ([1, 0, -2, 0, -3, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0.11, 0.0),
    ([1, 0, -2, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0.11, 0.0),
];

/// Σ complementary terms − 0.87 µas t sin Ω, arcseconds.
///
/// 31 of the 33 terms combine only the five Delaunay arguments, with
/// multipliers |m| ≤ 4: their sines and cosines come from products of
/// e^{ikθ} (k = −4…4) of each argument, taken once, instead of 31 sin/cos
/// calls (the same device as [`crate::nutation`]; rounding stays below
/// 1e-12 µas). The two planetary terms are evaluated directly.
fn complementary_terms_arcsec(t: f64) -> f64 {
    // Fundamental arguments, IERS 2010 eqs. 5.43–5.44 (linear forms as in
    // Table 5.2e's source), radians.
    let two_pi = core::f64::consts::TAU;
    let delaunay: [f64; 5] = [
        rem_euclid(2.355_555_98 + 8_328.691_426_955_4 * t, two_pi),
        rem_euclid(6.240_060_13 + 628.301_955 * t, two_pi),
        rem_euclid(1.627_905_234 + 8_433.466_158_131 * t, two_pi),
        rem_euclid(5.198_466_741 + 7_771.377_146_812_1 * t, two_pi),
        rem_euclid(2.182_439_20 - 33.757_045 * t, two_pi),
    ];
    let powers = unit_powers(delaunay);
    // L_Ve, L_E and the general precession p_A, for the two planetary terms.
    let planetary = [
        rem_euclid(3.176_146_697 + 1_021.328_554_621_1 * t, two_pi),
        rem_euclid(1.753_470_314 + 628.307_584_999_1 * t, two_pi),
        0.024_381_75 * t + 0.000_005_386_91 * t * t,
    ];
    let mut sum_uas = 0.0;
    // Smallest terms first, for rounding.
    for (m, s, c) in COMPLEMENTARY.iter().rev() {
        let (sp, cp) = if m[5..].iter().all(|&k| k == 0) {
            let (co, si) = harmonic(&powers, &[m[0], m[1], m[2], m[3], m[4]]);
            (si, co)
        } else {
            let phi = m[..5]
                .iter()
                .zip(delaunay.iter())
                .chain([m[6], m[7], m[13]].iter().zip(planetary.iter()))
                .map(|(&k, &a)| f64::from(k) * a)
                .sum::<f64>();
            sin_cos(phi)
        };
        sum_uas += s * sp + c * cp;
    }
    sum_uas -= 0.87 * t * powers[4][5].1;
    sum_uas * 1e-6
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The planetary terms use only L_Ve, L_E and p_A (the columns the
    /// fast path reads), and the others only the Delaunay arguments with
    /// |m| ≤ 4 (the range of its power table).
    #[test]
    fn complementary_terms_fit_the_fast_path() {
        for (m, _, _) in &COMPLEMENTARY {
            if m[5..].iter().all(|&k| k == 0) {
                assert!(m[..5].iter().all(|k| k.abs() <= 4), "{m:?}");
            } else {
                let used = [6usize, 7, 13];
                for (i, &k) in m.iter().enumerate().skip(5) {
                    assert!(k == 0 || used.contains(&i), "{m:?}");
                }
            }
        }
    }

    /// The products of powers equal one sin/cos per term (IERS 2010
    /// Table 5.2e summed term by term, as the Conventions write it) to
    /// 1e-9 µas over ±6 centuries.
    #[test]
    fn complementary_terms_match_term_by_term_sum() {
        let two_pi = core::f64::consts::TAU;
        for i in 0..=240 {
            let t = -6.0 + 0.05 * f64::from(i) + 0.000_123;
            let args: [f64; 14] = [
                2.355_555_98 + 8_328.691_426_955_4 * t,
                6.240_060_13 + 628.301_955 * t,
                1.627_905_234 + 8_433.466_158_131 * t,
                5.198_466_741 + 7_771.377_146_812_1 * t,
                2.182_439_20 - 33.757_045 * t,
                4.402_608_842 + 2_608.790_314_157_4 * t,
                3.176_146_697 + 1_021.328_554_621_1 * t,
                1.753_470_314 + 628.307_584_999_1 * t,
                6.203_480_913 + 334.061_242_670_0 * t,
                0.599_546_497 + 52.969_096_264_1 * t,
                0.874_016_757 + 21.329_910_496_0 * t,
                5.481_293_871 + 7.478_159_856_7 * t,
                5.321_159_000 + 3.812_777_400_0 * t,
                0.024_381_75 * t + 0.000_005_386_91 * t * t,
            ]
            .map(|a| a.rem_euclid(two_pi));
            let mut direct = -0.87 * t * args[4].sin();
            for (m, s, c) in &COMPLEMENTARY {
                let phi: f64 = m.iter().zip(&args).map(|(&k, a)| f64::from(k) * a).sum();
                direct += s * phi.sin() + c * phi.cos();
            }
            let fast = complementary_terms_arcsec(t) * 1e6;
            assert!(
                (fast - direct).abs() < 1e-9,
                "t {t}: {fast} vs {direct} µas"
            );
        }
    }
}
