//! A compact analytic heliocentric Earth, for the annual aberration and
//! parallax of stars (the star-based ayanamsas).
//!
//! The Earth–Moon barycentre moves on a Keplerian orbit with the mean
//! elements of Standish (JPL, "Keplerian Elements for Approximate Positions
//! of the Major Planets", Table 1, 1800–2050; J2000 ecliptic and equinox),
//! and the Earth is offset from it by 1/82.3 of the Moon's geocentric
//! position, taken from the principal terms of the lunar theory (Meeus,
//! *Astronomical Algorithms*, 2nd ed., ch. 47, Table 47.A/B: the terms above
//! 0.1° in longitude and latitude and 500 km in distance).
//!
//! Precision: about 20″ in direction and 1·10⁻⁴ in velocity over 1600–2200
//! (the planetary perturbations are left out). Aberration (20.5″) scales
//! with the velocity, so its error stays under ~3 mas; parallax (≤ 0.04″
//! for the stars used) and light deflection are insensitive to it. Swiss
//! Ephemeris, used without files, takes the Earth from its Moshier theory
//! for the same purpose.

use crate::math::{DEG_TO_RAD, cos, rem_euclid, sin, sin_cos, sqrt};

/// Heliocentric position (au) and velocity (au/day) of the Earth in the
/// J2000.0 mean equatorial frame.
#[derive(Debug, Clone, Copy)]
pub(crate) struct EarthState {
    pub position_au: [f64; 3],
    pub velocity_au_per_day: [f64; 3],
}

/// Obliquity of the J2000 ecliptic the elements refer to: 84381.448″.
const EPS_J2000_RAD: f64 = 84_381.448 / 3600.0 * DEG_TO_RAD;
/// Moon / (Earth + Moon) mass ratio (IAU 2009: Earth/Moon = 81.30057).
const MOON_FRACTION: f64 = 1.0 / (1.0 + 81.300_57);
/// Kilometres per au (IAU 2012).
const AU_KM: f64 = 149_597_870.7;

/// Heliocentric ecliptic-J2000 position of the Earth, au, at `t` Julian
/// centuries TT from J2000.0.
fn earth_ecliptic_au(t: f64) -> [f64; 3] {
    // Earth–Moon barycentre, Standish Table 1: a, e, I, L, ϖ, Ω and rates
    // per century (au, degrees).
    let a = 1.000_002_61 + 0.000_005_62 * t;
    let e = 0.016_711_23 - 0.000_043_92 * t;
    let i = (-0.000_015_31 - 0.012_946_68 * t) * DEG_TO_RAD;
    let l = 100.464_571_66 + 35_999.372_449_81 * t;
    let varpi = 102.937_681_93 + 0.323_273_64 * t;
    let node = 0.0_f64;
    let m = rem_euclid((l - varpi) * DEG_TO_RAD, core::f64::consts::TAU);
    // Kepler's equation E − e sin E = M by Newton's method (e < 0.02: three
    // steps reach 1e-15).
    let mut ecc = m + e * sin(m);
    for _ in 0..4 {
        ecc -= (ecc - e * sin(ecc) - m) / (1.0 - e * cos(ecc));
    }
    let (se, ce) = sin_cos(ecc);
    let xp = a * (ce - e);
    let yp = a * sqrt(1.0 - e * e) * se;
    let w = (varpi - node) * DEG_TO_RAD;
    let (sw, cw) = sin_cos(w);
    let (so, co) = sin_cos(node * DEG_TO_RAD);
    let (si, ci) = sin_cos(i);
    let emb = [
        (cw * co - sw * so * ci) * xp + (-sw * co - cw * so * ci) * yp,
        (cw * so + sw * co * ci) * xp + (-sw * so + cw * co * ci) * yp,
        (sw * si) * xp + (cw * si) * yp,
    ];
    let moon = moon_ecliptic_au(t);
    [
        emb[0] - MOON_FRACTION * moon[0],
        emb[1] - MOON_FRACTION * moon[1],
        emb[2] - MOON_FRACTION * moon[2],
    ]
}

/// Geocentric Moon, ecliptic J2000, au: principal terms of Meeus ch. 47,
/// with the mean-of-date longitude carried back to J2000 by the general
/// precession (1.3969713° per century).
fn moon_ecliptic_au(t: f64) -> [f64; 3] {
    let deg = |c0: f64, c1: f64| (c0 + c1 * t) * DEG_TO_RAD;
    let lp = deg(218.316_447_7, 481_267.881_234_21);
    let d = deg(297.850_192_1, 445_267.111_403_4);
    let m = deg(357.529_109_2, 35_999.050_290_9);
    let mp = deg(134.963_396_4, 477_198.867_505_5);
    let f = deg(93.272_095_0, 483_202.017_523_3);
    let lon = lp
        + (6.288_774 * sin(mp)
            + 1.274_027 * sin(2.0 * d - mp)
            + 0.658_314 * sin(2.0 * d)
            + 0.213_618 * sin(2.0 * mp)
            - 0.185_116 * sin(m)
            - 0.114_332 * sin(2.0 * f)
            - 1.396_971_3 * t)
            * DEG_TO_RAD;
    let lat = (5.128_122 * sin(f)
        + 0.280_602 * sin(mp + f)
        + 0.277_693 * sin(mp - f)
        + 0.173_237 * sin(2.0 * d - f))
        * DEG_TO_RAD;
    let dist = (385_000.56
        - 20_905.355 * cos(mp)
        - 3_699.111 * cos(2.0 * d - mp)
        - 2_955.968 * cos(2.0 * d)
        - 569.925 * cos(2.0 * mp))
        / AU_KM;
    let (sl, cl) = sin_cos(lon);
    let (sb, cb) = sin_cos(lat);
    [dist * cb * cl, dist * cb * sl, dist * sb]
}

/// Ecliptic J2000 → equatorial J2000.
fn to_equatorial(v: [f64; 3]) -> [f64; 3] {
    let (s, c) = sin_cos(EPS_J2000_RAD);
    [v[0], c * v[1] - s * v[2], s * v[1] + c * v[2]]
}

/// The Earth's heliocentric state at a TT Julian date; the velocity is the
/// central difference over ±0.05 day (truncation error ~1e-9 relative).
pub(crate) fn earth_state(jd_tt: f64) -> EarthState {
    let t = |jd: f64| (jd - 2_451_545.0) / 36_525.0;
    let h = 0.05;
    let p = to_equatorial(earth_ecliptic_au(t(jd_tt)));
    let a = to_equatorial(earth_ecliptic_au(t(jd_tt + h)));
    let b = to_equatorial(earth_ecliptic_au(t(jd_tt - h)));
    EarthState {
        position_au: p,
        velocity_au_per_day: [
            (a[0] - b[0]) / (2.0 * h),
            (a[1] - b[1]) / (2.0 * h),
            (a[2] - b[2]) / (2.0 * h),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::math::atan2;

    /// Meeus, Example 25.a: 1992-10-13 0h TD, the Sun's geometric longitude
    /// 199°54′26.18″ (mean equinox of date), radius 0.99760775 au.
    #[test]
    fn sun_direction_matches_meeus_example() {
        let jd = 2_448_908.5;
        let t = (jd - 2_451_545.0) / 36_525.0;
        let e = earth_ecliptic_au(t);
        let r = sqrt(e[0] * e[0] + e[1] * e[1] + e[2] * e[2]);
        // Sun = −Earth; back to the equinox of date by +1.3969713°·T.
        let lon = (atan2(-e[1], -e[0]) / DEG_TO_RAD + 1.396_971_3 * t).rem_euclid(360.0);
        let expected = 199.0 + 54.0 / 60.0 + 26.18 / 3600.0;
        assert!(((lon - expected) * 3600.0).abs() < 40.0, "{lon}");
        // VSOP87 gives 0.99760775 au; the omitted planetary perturbations
        // are worth a few 1e-5 au.
        assert!((r - 0.997_607_75).abs() < 5e-5, "{r}");
        let v = earth_state(jd).velocity_au_per_day;
        let speed = sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        // Mean orbital speed 29.78 km/s = 0.0172 au/day, within 1.7 % for e = 0.0167.
        assert!((speed - 0.017_202).abs() < 0.000_35, "{speed}");
    }
}
