//! Star-based ("true") ayanamsas: the apparent ecliptic longitude of a star
//! (or of the galactic pole) of date, minus the sidereal longitude the
//! system assigns to it.
//!
//! The star's catalogue place is propagated by linear space motion,
//! corrected for annual parallax, gravitational light deflection by the Sun
//! and relativistic annual aberration (all heliocentric, as Swiss
//! Ephemeris does without ephemeris files), rotated by the IAU 2006 frame
//! bias and the Vondrák (2011) precession to the mean equator of date, and
//! projected on the mean ecliptic of date. No nutation: like every mean
//! ayanamsa, nutation is added afterwards as Δψ.
//!
//! Star data are the catalogue values Swiss Ephemeris 2.10 builds in for
//! these systems (Hipparcos-2 / SIMBAD ICRS places; Sgr A* in FK5 J2000;
//! the IAU 1958 galactic pole in FK4 B1950).
//!
//! # References
//! Kaplan et al. (1989), *AJ* 97, 1197 (space motion, deflection,
//! aberration); IERS Conventions 2010 ch. 2 (frame bias); Blaauw et al.
//! (1960), *MNRAS* 121, 123 (the IAU 1958 galactic pole).

use crate::earth::earth_state;
use crate::math::{ARCSEC_TO_RAD, DEG_TO_RAD, atan2, norm_deg, sin_cos, sqrt};
use crate::precession::{Vec3, centuries, dot, equatorial_frame, mean_obliquity_arcsec};

/// Reference frame of a catalogue place.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum CatalogueFrame {
    /// ICRS (Hipparcos).
    Icrs,
    /// FK5, equinox J2000.
    Fk5J2000,
    /// FK4, equinox B1950.
    Fk4B1950,
}

/// A catalogue place: RA (hours, minutes, seconds), Dec (sign, degrees,
/// arcminutes, arcseconds), proper motions (mas/yr; μα* includes cos δ),
/// radial velocity (km/s), parallax (mas).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Star {
    ra_hms: (f64, f64, f64),
    dec_sign: f64,
    dec_dms: (f64, f64, f64),
    pm_ra_mas_yr: f64,
    pm_dec_mas_yr: f64,
    rv_km_s: f64,
    parallax_mas: f64,
    frame: CatalogueFrame,
}

/// α Virginis (Spica, Chitra), Hipparcos-2 (van Leeuwen 2007).
pub(super) const SPICA: Star = Star {
    ra_hms: (13.0, 25.0, 11.579_37),
    dec_sign: -1.0,
    dec_dms: (11.0, 9.0, 40.750_1),
    pm_ra_mas_yr: -42.35,
    pm_dec_mas_yr: -30.67,
    rv_km_s: 1.0,
    parallax_mas: 13.06,
    frame: CatalogueFrame::Icrs,
};

/// ζ Piscium (Revati yogatara).
pub(super) const ZETA_PSC: Star = Star {
    ra_hms: (1.0, 13.0, 43.887_35),
    dec_sign: 1.0,
    dec_dms: (7.0, 34.0, 31.274_5),
    pm_ra_mas_yr: 145.0,
    pm_dec_mas_yr: -55.69,
    rv_km_s: 15.0,
    parallax_mas: 18.76,
    frame: CatalogueFrame::Icrs,
};

/// δ Cancri (Asellus Australis, Pushya yogatara).
pub(super) const DELTA_CNC: Star = Star {
    ra_hms: (8.0, 44.0, 41.099_21),
    dec_sign: 1.0,
    dec_dms: (18.0, 9.0, 15.503_4),
    pm_ra_mas_yr: -17.67,
    pm_dec_mas_yr: -229.26,
    rv_km_s: 17.14,
    parallax_mas: 24.98,
    frame: CatalogueFrame::Icrs,
};

/// λ Scorpii (Shaula, Mula yogatara).
pub(super) const LAMBDA_SCO: Star = Star {
    ra_hms: (17.0, 33.0, 36.520_12),
    dec_sign: -1.0,
    dec_dms: (37.0, 6.0, 13.764_8),
    pm_ra_mas_yr: -8.53,
    pm_dec_mas_yr: -30.8,
    rv_km_s: -3.0,
    parallax_mas: 5.71,
    frame: CatalogueFrame::Icrs,
};

/// Sgr A*, the galactic centre (Reid & Brunthaler 2004), FK5 J2000.
pub(super) const SGR_A: Star = Star {
    ra_hms: (17.0, 45.0, 40.035_99),
    dec_sign: -1.0,
    dec_dms: (29.0, 0.0, 28.169_9),
    pm_ra_mas_yr: -2.755_718_425,
    pm_dec_mas_yr: -5.547,
    rv_km_s: 0.0,
    parallax_mas: 0.125,
    frame: CatalogueFrame::Fk5J2000,
};

/// North galactic pole of the IAU 1958 system: α = 12h49m, δ = +27°24′ (B1950).
pub(super) const GALACTIC_POLE_1958: Star = Star {
    ra_hms: (12.0, 49.0, 0.0),
    dec_sign: 1.0,
    dec_dms: (27.0, 24.0, 0.0),
    pm_ra_mas_yr: 0.0,
    pm_dec_mas_yr: 0.0,
    rv_km_s: 0.0,
    parallax_mas: 0.0,
    frame: CatalogueFrame::Fk4B1950,
};

/// North galactic pole in the ICRS (Liu, Zhu & Zhang 2011).
pub(super) const GALACTIC_POLE_ICRS: Star = Star {
    ra_hms: (12.0, 51.0, 36.715_198_1),
    dec_sign: 1.0,
    dec_dms: (27.0, 6.0, 11.193_172),
    pm_ra_mas_yr: 0.0,
    pm_dec_mas_yr: 0.0,
    rv_km_s: 0.0,
    parallax_mas: 0.0,
    frame: CatalogueFrame::Icrs,
};

/// How a star anchors a system.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct StarAnchor {
    pub star: Star,
    /// Sidereal longitude the system gives the star (or pole), degrees.
    pub longitude_deg: f64,
    /// Apparent place (deflection and aberration) rather than geometric.
    pub apparent: bool,
    /// Use the ecliptic point with the star's right ascension (Wilhelm's
    /// Dhruva system) instead of the star's own longitude.
    pub by_right_ascension: bool,
}

/// IAU 2006 frame bias, ICRS → mean J2000 (IERS Conventions 2010 eq. 5.3
/// with ξ₀ = −0.0166170″, η₀ = −0.0068192″, dα₀ = −0.01460″).
#[allow(clippy::excessive_precision)] // quoted as published
const BIAS: [Vec3; 3] = [
    [
        0.999_999_999_999_994_12,
        -0.000_000_070_783_689_61,
        0.000_000_080_562_139_78,
    ],
    [
        0.000_000_070_783_686_95,
        0.999_999_999_999_997_00,
        0.000_000_033_064_285_53,
    ],
    [
        -0.000_000_080_562_142_12,
        -0.000_000_033_064_279_81,
        0.999_999_999_999_996_34,
    ],
];

/// FK5 J2000 → ICRS rotation (Mignard & Froeschlé 2000; Hipparcos vol. 1).
const FK5_TO_ICRS: [Vec3; 3] = [
    [
        0.999_999_999_999_992_8,
        0.000_000_111_022_328_7,
        0.000_000_044_118_055_7,
    ],
    [
        -0.000_000_111_022_333_0,
        0.999_999_999_999_989_1,
        0.000_000_096_477_917_6,
    ],
    [
        -0.000_000_044_118_045_0,
        -0.000_000_096_477_922_5,
        0.999_999_999_999_994_3,
    ],
];

/// B1950.0 as a Julian date (TT).
const B1950: f64 = 2_433_282.423_459_05;
const J2000: f64 = 2_451_545.0;
/// Arcseconds per radian, as au per parsec.
const AU_PER_PARSEC: f64 = 206_264.806_247_1;
/// km/s → au per Julian century.
const KM_S_TO_AU_CY: f64 = 21.095;
/// Heliocentric gravitational constant (m³/s², TDB-compatible), speed of
/// light (m/s) and the au (m), IAU 2009/2012.
const GM_SUN: f64 = 1.327_124_400_179_87e20;
const C_LIGHT: f64 = 299_792_458.0;
const AU_M: f64 = 1.495_978_707e11;

fn mat_vec(m: &[Vec3; 3], v: Vec3) -> Vec3 {
    [dot(m[0], v), dot(m[1], v), dot(m[2], v)]
}

fn mat_t_vec(m: &[Vec3; 3], v: Vec3) -> Vec3 {
    [
        m[0][0] * v[0] + m[1][0] * v[1] + m[2][0] * v[2],
        m[0][1] * v[0] + m[1][1] * v[1] + m[2][1] * v[2],
        m[0][2] * v[0] + m[1][2] * v[1] + m[2][2] * v[2],
    ]
}

fn norm(v: Vec3) -> f64 {
    sqrt(dot(v, v))
}

fn scale(v: Vec3, k: f64) -> Vec3 {
    [v[0] * k, v[1] * k, v[2] * k]
}

fn add(a: Vec3, b: Vec3) -> Vec3 {
    [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
}

/// Barycentric-J2000-frame position (au) and velocity (au/day) of a star at
/// its catalogue epoch, and that epoch (TT Julian date).
fn catalogue_state(star: &Star) -> (Vec3, Vec3, f64) {
    let mut ra_deg = 15.0 * (star.ra_hms.0 + star.ra_hms.1 / 60.0 + star.ra_hms.2 / 3600.0);
    let dec_deg =
        star.dec_sign * (star.dec_dms.0 + star.dec_dms.1 / 60.0 + star.dec_dms.2 / 3600.0);
    if star.frame == CatalogueFrame::Fk4B1950 {
        // FK4 → FK5 equinox correction at B1950: +0.035 s of RA (Fricke 1982).
        ra_deg += 0.035 * 15.0 / 3600.0;
    }
    let (sa, ca) = sin_cos(ra_deg * DEG_TO_RAD);
    let (sd, cd) = sin_cos(dec_deg * DEG_TO_RAD);
    // Rates per day: proper motions mas/yr → rad/day, μα* ÷ cos δ.
    let mas_yr_to_rad_day = ARCSEC_TO_RAD / 1000.0 / 365.25;
    let ra_dot = star.pm_ra_mas_yr / cd * mas_yr_to_rad_day;
    let dec_dot = star.pm_dec_mas_yr * mas_yr_to_rad_day;
    let r = if star.parallax_mas > 0.0 {
        AU_PER_PARSEC / (star.parallax_mas / 1000.0)
    } else {
        1.0e9
    };
    let r_dot = star.rv_km_s * KM_S_TO_AU_CY / 36_525.0;
    let pos = [r * cd * ca, r * cd * sa, r * sd];
    // d/dt of (r cos δ cos α, r cos δ sin α, r sin δ).
    let rho_dot = cd * r_dot - sd * r * dec_dot;
    let vel = [
        ca * rho_dot - sa * ra_dot * r * cd,
        sa * rho_dot + ca * ra_dot * r * cd,
        sd * r_dot + cd * r * dec_dot,
    ];
    match star.frame {
        CatalogueFrame::Icrs => (pos, vel, J2000),
        CatalogueFrame::Fk5J2000 => {
            // FK5 → ICRS, then the frame bias once more (Swiss applies the
            // bias to FK5 places here and again below; reproduced as is).
            let p = mat_vec(&BIAS, mat_vec(&FK5_TO_ICRS, pos));
            let v = mat_vec(&BIAS, mat_vec(&FK5_TO_ICRS, vel));
            (p, v, J2000)
        }
        CatalogueFrame::Fk4B1950 => {
            // Precess B1950 → J2000 (Vondrák), then as FK5.
            let p1950 = equatorial_frame(centuries(B1950));
            let p = mat_t_vec(&p1950, pos);
            let p = mat_vec(&BIAS, mat_vec(&FK5_TO_ICRS, p));
            (p, [0.0; 3], B1950)
        }
    }
}

/// Mean ayanamsa of a star-anchored system at a TT Julian date, degrees.
pub(super) fn mean_ayanamsa_deg(anchor: &StarAnchor, jd_tt: f64) -> f64 {
    let (pos0, vel, epoch) = catalogue_state(&anchor.star);
    let earth = earth_state(jd_tt);
    // Space motion, then annual parallax (geocentric place).
    let x = add(pos0, scale(vel, jd_tt - epoch));
    let mut x = add(x, scale(earth.position_au, -1.0));
    if anchor.apparent {
        x = deflect(x, earth.position_au);
        x = aberrate(x, earth.velocity_au_per_day);
    }
    // ICRS → mean J2000 → mean equator of date.
    let t = centuries(jd_tt);
    let x = mat_vec(&equatorial_frame(t), mat_vec(&BIAS, x));
    let eps = mean_obliquity_arcsec(t) * ARCSEC_TO_RAD;
    let (se, ce) = sin_cos(eps);
    let lambda_deg = if anchor.by_right_ascension {
        // The ecliptic point with the star's right ascension α:
        // tan λ = tan α / cos ε, in α's quadrant.
        let (sa, ca) = sin_cos(atan2(x[1], x[0]));
        atan2(sa / ce, ca) / DEG_TO_RAD
    } else {
        atan2(x[1] * ce + x[2] * se, x[0]) / DEG_TO_RAD
    };
    norm_deg(lambda_deg - anchor.longitude_deg)
}

/// Gravitational deflection of light by the Sun for a star at geocentric
/// position `x` seen from the Earth at heliocentric `earth` (Kaplan et al.
/// 1989 eq. 12 with the light time to the star infinite). Within the solar
/// disc the deflection is held at its limb value.
fn deflect(x: Vec3, earth: Vec3) -> Vec3 {
    let r = norm(earth);
    let d = norm(x);
    let u = scale(x, 1.0 / d);
    let q = {
        let s = add(x, earth);
        scale(s, 1.0 / norm(s))
    };
    let e = scale(earth, 1.0 / r);
    let g1 = 2.0 * GM_SUN / (C_LIGHT * C_LIGHT * AU_M * r);
    // 1 + q·e ≥ its value at the solar limb (radius 959.63″ at 1 au).
    let limb = 959.63 * ARCSEC_TO_RAD / r;
    let g2 = (1.0 + dot(q, e)).max(limb * limb / 2.0);
    let uq = dot(u, q);
    let ue = dot(u, e);
    let k = g1 / g2;
    scale(
        [
            u[0] + k * (uq * e[0] - ue * q[0]),
            u[1] + k * (uq * e[1] - ue * q[1]),
            u[2] + k * (uq * e[2] - ue * q[2]),
        ],
        d,
    )
}

/// Relativistic annual aberration for an observer moving with `v_au_day`
/// (Kaplan et al. 1989 eq. 14).
fn aberrate(x: Vec3, v_au_day: Vec3) -> Vec3 {
    let d = norm(x);
    let beta = scale(v_au_day, AU_M / 86_400.0 / C_LIGHT);
    let inv_gamma = sqrt(1.0 - dot(beta, beta));
    let f1 = dot(scale(x, 1.0 / d), beta);
    let f2 = 1.0 + f1 / (1.0 + inv_gamma);
    scale(
        add(scale(x, inv_gamma), scale(beta, f2 * d)),
        1.0 / (1.0 + f1),
    )
}
