//! Nutation in longitude and obliquity (IAU 2000B) and the obliquity of
//! the ecliptic.
//!
//! IAU 2000B is the 77-term luni-solar abridgement of the IAU 2000A
//! nutation (McCarthy & Luzum 2003), good to about 1 mas over 1995–2050 and
//! a few mas over 1600–2200. It is the model Swiss Ephemeris uses by
//! default, and reproducing Swiss's *true* ayanamsa, sidereal time and house
//! cusps requires the same nutation, so this crate uses it wherever a result
//! is compared with Swiss conventions.

use crate::math::{ARCSEC_TO_RAD, harmonic, poly, rem_euclid, unit_powers};
use crate::time::JulianDayTt;

/// Nutation and obliquity at one instant, all in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Nutation {
    /// Nutation in longitude Δψ, degrees.
    pub longitude_deg: f64,
    /// Nutation in obliquity Δε, degrees.
    pub obliquity_deg: f64,
    /// Mean obliquity of the ecliptic ε_A (Vondrák et al. 2011, which agrees
    /// with IAU 2006 within 1 mas over 1900–2100), degrees.
    pub mean_obliquity_deg: f64,
}

impl Nutation {
    /// Nutation (IAU 2000B) and mean obliquity (Vondrák 2011) at `jd`.
    ///
    /// ```
    /// use jyotish::{JulianDayTt, Nutation};
    /// let n = Nutation::at(JulianDayTt::J2000);
    /// assert!((n.longitude_deg * 3600.0 - -13.932).abs() < 0.001); // Δψ at J2000.0
    /// assert!((n.mean_obliquity_deg - 23.439_279).abs() < 1e-6);
    /// ```
    ///
    /// # References
    /// McCarthy & Luzum (2003), *Cel. Mech. Dyn. Astron.* 85, 37 (the series
    /// and the fixed planetary offsets −0.135 mas, +0.388 mas of Luzum 2001);
    /// Simon et al. (1994) for the Delaunay arguments; Vondrák, Capitaine &
    /// Wallace (2011), *A&A* 534, A22, Table 3 for ε_A.
    pub fn at(jd: JulianDayTt) -> Nutation {
        let t = jd.centuries_since_j2000();
        let (dpsi, deps) = iau2000b_arcsec(t);
        Nutation {
            longitude_deg: dpsi / 3600.0,
            obliquity_deg: deps / 3600.0,
            mean_obliquity_deg: crate::precession::mean_obliquity_arcsec(t) / 3600.0,
        }
    }

    /// True obliquity ε = ε_A + Δε, degrees.
    #[inline]
    pub fn true_obliquity_deg(&self) -> f64 {
        self.mean_obliquity_deg + self.obliquity_deg
    }
}

/// One luni-solar term: multipliers of (l, l′, F, D, Ω), then the
/// coefficients in units of 0.1 µas: longitude sin, t·sin, cos; obliquity
/// cos, t·cos, sin.
type Term = ([i8; 5], [f64; 6]);

/// IAU 2000B luni-solar series, McCarthy & Luzum (2003) Table 1 (as
/// distributed by the IAU SOFA service, routine NUT00B).
#[rustfmt::skip]
const TERMS: [Term; 77] = [
    ([0, 0, 0, 0, 1], [-172064161.0, -174666.0, 33386.0, 92052331.0, 9086.0, 15377.0]),
    ([0, 0, 2, -2, 2], [-13170906.0, -1675.0, -13696.0, 5730336.0, -3015.0, -4587.0]),
    ([0, 0, 2, 0, 2], [-2276413.0, -234.0, 2796.0, 978459.0, -485.0, 1374.0]),
    ([0, 0, 0, 0, 2], [2074554.0, 207.0, -698.0, -897492.0, 470.0, -291.0]),
    ([0, 1, 0, 0, 0], [1475877.0, -3633.0, 11817.0, 73871.0, -184.0, -1924.0]),
    ([0, 1, 2, -2, 2], [-516821.0, 1226.0, -524.0, 224386.0, -677.0, -174.0]),
    ([1, 0, 0, 0, 0], [711159.0, 73.0, -872.0, -6750.0, 0.0, 358.0]),
    ([0, 0, 2, 0, 1], [-387298.0, -367.0, 380.0, 200728.0, 18.0, 318.0]),
    ([1, 0, 2, 0, 2], [-301461.0, -36.0, 816.0, 129025.0, -63.0, 367.0]),
    ([0, -1, 2, -2, 2], [215829.0, -494.0, 111.0, -95929.0, 299.0, 132.0]),
    ([0, 0, 2, -2, 1], [128227.0, 137.0, 181.0, -68982.0, -9.0, 39.0]),
    ([-1, 0, 2, 0, 2], [123457.0, 11.0, 19.0, -53311.0, 32.0, -4.0]),
    ([-1, 0, 0, 2, 0], [156994.0, 10.0, -168.0, -1235.0, 0.0, 82.0]),
    ([1, 0, 0, 0, 1], [63110.0, 63.0, 27.0, -33228.0, 0.0, -9.0]),
    ([-1, 0, 0, 0, 1], [-57976.0, -63.0, -189.0, 31429.0, 0.0, -75.0]),
    ([-1, 0, 2, 2, 2], [-59641.0, -11.0, 149.0, 25543.0, -11.0, 66.0]),
    ([1, 0, 2, 0, 1], [-51613.0, -42.0, 129.0, 26366.0, 0.0, 78.0]),
    ([-2, 0, 2, 0, 1], [45893.0, 50.0, 31.0, -24236.0, -10.0, 20.0]),
    ([0, 0, 0, 2, 0], [63384.0, 11.0, -150.0, -1220.0, 0.0, 29.0]),
    ([0, 0, 2, 2, 2], [-38571.0, -1.0, 158.0, 16452.0, -11.0, 68.0]),
    ([0, -2, 2, -2, 2], [32481.0, 0.0, 0.0, -13870.0, 0.0, 0.0]),
    ([-2, 0, 0, 2, 0], [-47722.0, 0.0, -18.0, 477.0, 0.0, -25.0]),
    ([2, 0, 2, 0, 2], [-31046.0, -1.0, 131.0, 13238.0, -11.0, 59.0]),
    ([1, 0, 2, -2, 2], [28593.0, 0.0, -1.0, -12338.0, 10.0, -3.0]),
    ([-1, 0, 2, 0, 1], [20441.0, 21.0, 10.0, -10758.0, 0.0, -3.0]),
    ([2, 0, 0, 0, 0], [29243.0, 0.0, -74.0, -609.0, 0.0, 13.0]),
    ([0, 0, 2, 0, 0], [25887.0, 0.0, -66.0, -550.0, 0.0, 11.0]),
    ([0, 1, 0, 0, 1], [-14053.0, -25.0, 79.0, 8551.0, -2.0, -45.0]),
    ([-1, 0, 0, 2, 1], [15164.0, 10.0, 11.0, -8001.0, 0.0, -1.0]),
    ([0, 2, 2, -2, 2], [-15794.0, 72.0, -16.0, 6850.0, -42.0, -5.0]),
    ([0, 0, -2, 2, 0], [21783.0, 0.0, 13.0, -167.0, 0.0, 13.0]),
    ([1, 0, 0, -2, 1], [-12873.0, -10.0, -37.0, 6953.0, 0.0, -14.0]),
    ([0, -1, 0, 0, 1], [-12654.0, 11.0, 63.0, 6415.0, 0.0, 26.0]),
    ([-1, 0, 2, 2, 1], [-10204.0, 0.0, 25.0, 5222.0, 0.0, 15.0]),
    ([0, 2, 0, 0, 0], [16707.0, -85.0, -10.0, 168.0, -1.0, 10.0]),
    ([1, 0, 2, 2, 2], [-7691.0, 0.0, 44.0, 3268.0, 0.0, 19.0]),
    ([-2, 0, 2, 0, 0], [-11024.0, 0.0, -14.0, 104.0, 0.0, 2.0]),
    ([0, 1, 2, 0, 2], [7566.0, -21.0, -11.0, -3250.0, 0.0, -5.0]),
    ([0, 0, 2, 2, 1], [-6637.0, -11.0, 25.0, 3353.0, 0.0, 14.0]),
    ([0, -1, 2, 0, 2], [-7141.0, 21.0, 8.0, 3070.0, 0.0, 4.0]),
    ([0, 0, 0, 2, 1], [-6302.0, -11.0, 2.0, 3272.0, 0.0, 4.0]),
    ([1, 0, 2, -2, 1], [5800.0, 10.0, 2.0, -3045.0, 0.0, -1.0]),
    ([2, 0, 2, -2, 2], [6443.0, 0.0, -7.0, -2768.0, 0.0, -4.0]),
    ([-2, 0, 0, 2, 1], [-5774.0, -11.0, -15.0, 3041.0, 0.0, -5.0]),
    ([2, 0, 2, 0, 1], [-5350.0, 0.0, 21.0, 2695.0, 0.0, 12.0]),
    ([0, -1, 2, -2, 1], [-4752.0, -11.0, -3.0, 2719.0, 0.0, -3.0]),
    ([0, 0, 0, -2, 1], [-4940.0, -11.0, -21.0, 2720.0, 0.0, -9.0]),
    ([-1, -1, 0, 2, 0], [7350.0, 0.0, -8.0, -51.0, 0.0, 4.0]),
    ([2, 0, 0, -2, 1], [4065.0, 0.0, 6.0, -2206.0, 0.0, 1.0]),
    ([1, 0, 0, 2, 0], [6579.0, 0.0, -24.0, -199.0, 0.0, 2.0]),
    ([0, 1, 2, -2, 1], [3579.0, 0.0, 5.0, -1900.0, 0.0, 1.0]),
    ([1, -1, 0, 0, 0], [4725.0, 0.0, -6.0, -41.0, 0.0, 3.0]),
    ([-2, 0, 2, 0, 2], [-3075.0, 0.0, -2.0, 1313.0, 0.0, -1.0]),
    ([3, 0, 2, 0, 2], [-2904.0, 0.0, 15.0, 1233.0, 0.0, 7.0]),
    ([0, -1, 0, 2, 0], [4348.0, 0.0, -10.0, -81.0, 0.0, 2.0]),
    ([1, -1, 2, 0, 2], [-2878.0, 0.0, 8.0, 1232.0, 0.0, 4.0]),
    ([0, 0, 0, 1, 0], [-4230.0, 0.0, 5.0, -20.0, 0.0, -2.0]),
    ([-1, -1, 2, 2, 2], [-2819.0, 0.0, 7.0, 1207.0, 0.0, 3.0]),
    ([-1, 0, 2, 0, 0], [-4056.0, 0.0, 5.0, 40.0, 0.0, -2.0]),
    ([0, -1, 2, 2, 2], [-2647.0, 0.0, 11.0, 1129.0, 0.0, 5.0]),
    ([-2, 0, 0, 0, 1], [-2294.0, 0.0, -10.0, 1266.0, 0.0, -4.0]),
    ([1, 1, 2, 0, 2], [2481.0, 0.0, -7.0, -1062.0, 0.0, -3.0]),
    ([2, 0, 0, 0, 1], [2179.0, 0.0, -2.0, -1129.0, 0.0, -2.0]),
    ([-1, 1, 0, 1, 0], [3276.0, 0.0, 1.0, -9.0, 0.0, 0.0]),
    ([1, 1, 0, 0, 0], [-3389.0, 0.0, 5.0, 35.0, 0.0, -2.0]),
    ([1, 0, 2, 0, 0], [3339.0, 0.0, -13.0, -107.0, 0.0, 1.0]),
    ([-1, 0, 2, -2, 1], [-1987.0, 0.0, -6.0, 1073.0, 0.0, -2.0]),
    ([1, 0, 0, 0, 2], [-1981.0, 0.0, 0.0, 854.0, 0.0, 0.0]),
    ([-1, 0, 0, 1, 0], [4026.0, 0.0, -353.0, -553.0, 0.0, -139.0]),
    ([0, 0, 2, 1, 2], [1660.0, 0.0, -5.0, -710.0, 0.0, -2.0]),
    ([-1, 0, 2, 4, 2], [-1521.0, 0.0, 9.0, 647.0, 0.0, 4.0]),
    ([-1, 1, 0, 1, 1], [1314.0, 0.0, 0.0, -700.0, 0.0, 0.0]),
    ([0, -2, 2, -2, 1], [-1283.0, 0.0, 0.0, 672.0, 0.0, 0.0]),
    ([1, 0, 2, 2, 1], [-1331.0, 0.0, 8.0, 663.0, 0.0, 4.0]),
    ([-2, 0, 2, 2, 2], [1383.0, 0.0, -2.0, -594.0, 0.0, -2.0]),
    ([-1, 0, 0, 0, 2], [1405.0, 0.0, 4.0, -610.0, 0.0, 2.0]),
    ([1, 1, 2, -2, 2], [1290.0, 0.0, 0.0, -556.0, 0.0, 0.0]),
];

/// Arcseconds in a full turn.
const TURN_ARCSEC: f64 = 1_296_000.0;

/// IAU 2000B nutation (Δψ, Δε) in arcseconds at `t` Julian centuries TT
/// from J2000.0.
pub(crate) fn iau2000b_arcsec(t: f64) -> (f64, f64) {
    // Delaunay arguments, Simon et al. (1994) / IERS Conventions 2010 eq.
    // 5.43, arcseconds, with their full polynomials.
    let arg = |c: [f64; 5]| rem_euclid(poly(t, &c), TURN_ARCSEC) * ARCSEC_TO_RAD;
    let l = arg([
        485868.249036,
        1717915923.2178,
        31.8792,
        0.051635,
        -0.00024470,
    ]);
    let lp = arg([
        1287104.79305,
        129596581.0481,
        -0.5532,
        0.000136,
        -0.00001149,
    ]);
    let f = arg([
        335779.526232,
        1739527262.8478,
        -12.7512,
        -0.001037,
        0.00000417,
    ]);
    let d = arg([
        1072260.70369,
        1602961601.2090,
        -6.3706,
        0.006593,
        -0.00003169,
    ]);
    let om = arg([450160.398036, -6962890.5431, 7.4722, 0.007702, -0.00005939]);
    // Each term needs sin and cos of φ = Σ mᵢ·argᵢ with |mᵢ| ≤ 4: from
    // e^{ikθ} of each argument, taken once, not 77 sin/cos calls.
    let powers = unit_powers([l, lp, f, d, om]);
    let (mut dp, mut de) = (0.0, 0.0);
    // Smallest terms first, for rounding.
    for (m, c) in TERMS.iter().rev() {
        let (co, s) = harmonic(&powers, m);
        dp += (c[0] + c[1] * t) * s + c[2] * co;
        de += (c[3] + c[4] * t) * co + c[5] * s;
    }
    // 0.1 µas → arcseconds. No planetary offsets (see the module docs).
    (dp * 1e-7, de * 1e-7)
}

#[cfg(test)]
mod tests {
    // Reference values are quoted with all the digits SOFA prints.
    #![allow(clippy::excessive_precision)]
    use super::*;

    /// SOFA's published test value for iauNut00b at 2400000.5 + 53736.0 TT:
    /// Δψ = −0.9632552291148362783e-5 rad, Δε = 0.4063197106621159367e-4 rad.
    /// SOFA adds the fixed planetary offsets (−0.135 mas, +0.388 mas) and
    /// uses linear Delaunay arguments; at this date (t = 0.06) the latter
    /// changes the sum by about 2 µas (the Ω² term), hence the 5 µas tolerance.
    #[test]
    fn matches_sofa_test_case_up_to_the_planetary_offsets() {
        let t = (2400000.5 + 53736.0 - 2451545.0) / 36525.0;
        let (dp, de) = iau2000b_arcsec(t);
        let sofa_dp = -0.963_255_229_114_836_3e-5 / ARCSEC_TO_RAD;
        let sofa_de = 0.406_319_710_662_115_9e-4 / ARCSEC_TO_RAD;
        assert!((dp - 0.000_135 - sofa_dp).abs() < 5e-6, "{}", dp - sofa_dp);
        assert!((de + 0.000_388 - sofa_de).abs() < 5e-6, "{}", de - sofa_de);
    }
}
