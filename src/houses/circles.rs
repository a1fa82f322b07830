//! Systems whose house circles are great circles through the north and
//! south points of the horizon ("position circles"), each cutting the
//! ecliptic at a cusp — Regiomontanus, Campanus, Topocentric, Savard-A, APC
//! and Sunshine — and the two built on other great circles: Horizontal
//! (vertical circles through the zenith) and Krusinski–Pisa–Goelzer (the
//! circle through the ascendant and the zenith). All closed form.
//!
//! A position circle that crosses the equator at right ascension x with
//! pole height f meets the ecliptic at the oblique ascendant
//! `Sky::oblique_asc(x, f)` (see `sphere`).

use super::Raw;
use super::sphere::{C30, Dir, R30, R60, S30, Sky, opp, trig};
use crate::math::{DEG_TO_RAD, sqrt};

/// Regiomontanus: the equator divided into 30° arcs from the meridian;
/// the position circle through ARMC + 30°·k has tan f = tan φ sin(30°·k)
/// (Swiss 'R'). Cusps 2, 3, 11, 12.
pub(super) fn regiomontanus(sky: &Sky, cusps: &mut [f64; 12]) {
    let (t1, t2) = (sky.tp * S30, sky.tp * C30);
    ra_steps(sky, t1, t2, cusps);
}

/// Topocentric (Polich & Page 1961): the Regiomontanus equator crossings
/// with pole heights tan f = (tan φ)/3 for cusps 11 and 3 and (2 tan φ)/3
/// for 12 and 2 (Swiss 'T'). Cusps 2, 3, 11, 12.
pub(super) fn topocentric(sky: &Sky, cusps: &mut [f64; 12]) {
    let (t1, t2) = (sky.tp / 3.0, sky.tp * 2.0 / 3.0);
    ra_steps(sky, t1, t2, cusps);
}

/// Cusps 11, 12, 2, 3 on position circles crossing the equator at ARMC +
/// 30°, 60°, 120°, 150°, with pole tangents `t1` (11, 3) and `t2` (12, 2).
fn ra_steps(sky: &Sky, t1: f64, t2: f64, cusps: &mut [f64; 12]) {
    let x30 = sky.th.rot(R30);
    let x60 = sky.th.rot(R60);
    cusps[10] = sky.oblique_asc_tan(x30, t1);
    cusps[11] = sky.oblique_asc_tan(x60, t2);
    cusps[1] = sky.oblique_asc_tan(x30.plus90(), t2);
    cusps[2] = sky.oblique_asc_tan(x60.plus90(), t1);
}

/// Campanus: the prime vertical divided into 30° arcs from the east point;
/// cusps 11 and 12 on the position circles through its points 60° and
/// 30° above the east point, 2 and 3 through those 30° and 60° below
/// (Swiss 'C'). Cusps 2, 3, 11, 12.
pub(super) fn campanus(sky: &Sky, cusps: &mut [f64; 12]) {
    // sin and cos of the prime-vertical distances 60° (cusps 11, 3) and
    // 30° (cusps 12, 2).
    prime_vertical(sky, (C30, S30), (S30, C30), cusps);
}

/// Savard-A ("Albategnius" after Savard): as Campanus, but the prime
/// vertical is cut where the parallels of declination 2φ/3 (cusps 11, 3)
/// and φ/3 (12, 2) cross it: sin d = sin(kφ/3)/sin φ (at the equator the
/// limits 2/3 and 1/3) (Swiss 'J'). Cusps 2, 3, 11, 12.
pub(super) fn savard_a(sky: &Sky, cusps: &mut [f64; 12]) {
    let (s1, s2) = if sky.lat_deg.abs() < 1e-10 {
        (2.0 / 3.0, 1.0 / 3.0)
    } else {
        let third = Dir::of(sky.lat_deg * DEG_TO_RAD / 3.0);
        let two_thirds = third.rot(third);
        (two_thirds.s / sky.sp, third.s / sky.sp)
    };
    let c = |s: f64| sqrt(1.0 - s * s);
    prime_vertical(sky, (s1, c(s1)), (s2, c(s2)), cusps);
}

/// Cusps 11 and 3 through the prime-vertical points at distance d₁ from
/// the east point (above and below the horizon), 12 and 2 through those at
/// d₂; distances given as (sin, cos).
///
/// The position circle through the north point and the prime-vertical
/// point at distance d crosses the equator x from the east point, with
/// tan x = tan d / cos φ (right triangle east point – crossing – foot of
/// the perpendicular), and has pole height sin f = sin φ cos d.
fn prime_vertical(sky: &Sky, d1: (f64, f64), d2: (f64, f64), cusps: &mut [f64; 12]) {
    let east = sky.th.plus90();
    let circle = |(sd, cd): (f64, f64)| {
        // x in (0°, 90°): (sin x, cos x) ∝ (tan d, cos φ) = (sin d, cos d cos φ).
        let (y, z) = (sd, cd * sky.cp);
        let r = sqrt(y * y + z * z);
        let x = Dir { s: y / r, c: z / r };
        let sin_f = sky.sp * cd;
        let cos_f = sqrt(1.0 - sin_f * sin_f);
        (x, cos_f, sin_f)
    };
    let (x1, cf1, sf1) = circle(d1);
    let (x2, cf2, sf2) = circle(d2);
    cusps[10] = sky.oblique_asc(east.rot_back(x1), cf1, sf1);
    cusps[11] = sky.oblique_asc(east.rot_back(x2), cf2, sf2);
    cusps[1] = sky.oblique_asc(east.rot(x2), cf2, sf2);
    cusps[2] = sky.oblique_asc(east.rot(x1), cf1, sf1);
}

/// Horizontal (azimuthal): the horizon divided into 30° arcs from the east
/// point, cusps on the vertical circles through them; cusp 10 is the MC
/// (Swiss 'H').
///
/// Turning the sphere 90° about the east–west line takes the zenith to the
/// north point and the horizon to the prime vertical, so these are the
/// Campanus circles of a place at the co-latitude φ′ = ±90° − φ (same sign
/// as φ) and ARMC + 180°; the cusps are the far intersections (+180°).
/// Cusp 1 is the antivertex. Cusps 1–3, 10–12.
pub(super) fn horizontal(sky: &Sky, raw: &Raw, cusps: &mut [f64; 12]) {
    let lim = 90.0 - super::sphere::POLE_MARGIN_DEG;
    // Swiss maps latitude 0 to the co-latitude −90° (the south point).
    let co_lat = if sky.lat_deg > 0.0 {
        90.0 - sky.lat_deg
    } else {
        -90.0 - sky.lat_deg
    }
    .clamp(-lim, lim);
    let mut turned = Sky::new(norm180(sky.armc_deg), co_lat, sky.eps_deg);
    // Keep the caller's sin/cos of ε (identical) and build θ + 180° exactly.
    turned.th = sky.th.opposite();
    campanus(&turned, cusps);
    cusps[0] = turned.ascendant();
    for i in [0, 1, 2, 10, 11] {
        cusps[i] = opp(cusps[i]);
    }
    cusps[9] = raw.mc;
}

fn norm180(armc: f64) -> f64 {
    super::sphere::norm(armc + 180.0)
}

/// Krusinski–Pisa–Goelzer: the great circle through the ascendant and the
/// zenith divided into 30° arcs from the ascendant, the points carried to
/// the ecliptic along hour circles; cusp 4 is the nadir's, i.e. the IC
/// (Swiss 'U'). Cusps 1–6 (7–12 are their opposites, filled here).
///
/// The ascendant A lies on the horizon, so A ⟂ Z (zenith) and the circle
/// is P(t) = A cos t − Z sin t (t = 30°·(n − 1) for cusp n, moving below
/// the horizon from the ascendant); its hour circle meets the ecliptic at
/// λ = atan2(P_y, P_x cos ε).
pub(super) fn krusinski(sky: &Sky, raw: &Raw, cusps: &mut [f64; 12]) {
    let l = Dir::of(raw.asc * DEG_TO_RAD);
    let a = [l.c, l.s * sky.ce, l.s * sky.se];
    let z = [sky.cp * sky.th.c, sky.cp * sky.th.s, sky.sp];
    // t = 0° and 90° are the ascendant itself and the nadir, whose hour
    // circle meets the ecliptic at the IC.
    cusps[0] = raw.asc;
    cusps[6] = opp(raw.asc);
    cusps[9] = raw.mc;
    cusps[3] = opp(raw.mc);
    let steps = [(C30, S30), (S30, C30), (-S30, C30), (-C30, S30)];
    for (n, (ct, st)) in [1, 2, 4, 5].into_iter().zip(steps) {
        let px = a[0] * ct - z[0] * st;
        let py = a[1] * ct - z[1] * st;
        let lon = super::sphere::deg_of(crate::math::atan2(py, px * sky.ce));
        cusps[n] = lon;
        cusps[n + 6] = opp(lon);
    }
}

/// APC (Knegt, Ram school): the parallel of declination through the
/// ascendant divided into six equal parts below the horizon (rising point
/// to setting point) and six above; cusps on the position circles through
/// the division points (Swiss 'Y'). All twelve cusps; cusps 4 and 10 are
/// then the IC and MC, and 7 is not opposite 1 in general.
///
/// The ascendant rises at right ascension ARMC + 90° + a, a its
/// ascensional difference (`Sky::asc_ascensional_difference`; at the poles
/// Swiss takes a = 0). Its semi-arcs are 90° ± a, and the parallel's
/// declination enters the position circles as tan δ tan φ = sin a.
pub(super) fn apc(sky: &Sky, cusps: &mut [f64; 12]) {
    let (a, t) = if sky.lat_deg.abs() > 90.0 - super::sphere::POLE_MARGIN_DEG - 1e-12 {
        (0.0, 0.0)
    } else {
        let a = sky.asc_ascensional_difference();
        (a, crate::math::sin(a))
    };
    let rising = sky.th.plus90().rot(Dir::of(a));
    let below = Dir::of((core::f64::consts::FRAC_PI_2 - a) / 3.0);
    let above = Dir::of((core::f64::consts::FRAC_PI_2 + a) / 3.0);
    let mut p = rising;
    for cusp in cusps.iter_mut().take(7) {
        *cusp = sky.position_circle(p, t);
        p = p.rot(below);
    }
    let mut p = rising;
    for n in (7..12).rev() {
        p = p.rot_back(above);
        cusps[n] = sky.position_circle(p, t);
    }
}

/// Sunshine (Makransky 1988, as computed by Treindl): the Sun's diurnal
/// and nocturnal semi-arcs DSA = 90° + a and NSA = 90° − a (a its
/// ascensional difference, sin a = tan φ tan δ☉, held just inside ±90°
/// when the Sun does not rise or set) are trisected from the meridian and
/// the cusps put on the position circles through the points of the Sun's
/// parallel at those hour angles: 11 and 12 at ARMC + DSA/3, + 2DSA/3,
/// 9 and 8 at ARMC − DSA/3, − 2DSA/3, 3, 2, 5, 6 at ARMC + 180° ∓ NSA/3,
/// ∓ 2NSA/3 (Swiss 'I'). Cusps 2, 3, 5, 6, 8, 9, 11, 12.
///
/// Returns `false` when a division point falls on the north or south point
/// of the horizon (within 1e-6°), where the circle is undefined; Swiss
/// then reports an error and gives Porphyry cusps.
pub(super) fn sunshine(sky: &Sky, sun_dec_deg: f64, cusps: &mut [f64; 12]) -> bool {
    let (sd, cd) = crate::math::sin_cos(sun_dec_deg * DEG_TO_RAD);
    let t = sd / cd * sky.tp;
    let lim = (90.0 - super::sphere::POLE_MARGIN_DEG) * DEG_TO_RAD;
    let a = if t >= 1.0 {
        lim
    } else if t <= -1.0 {
        -lim
    } else {
        trig::asin(t)
    };
    let d = Dir::of((core::f64::consts::FRAC_PI_2 + a) / 3.0);
    let n = Dir::of((core::f64::consts::FRAC_PI_2 - a) / 3.0);
    let (d2, n2) = (d.rot(d), n.rot(n));
    let ic = sky.th.opposite();
    let points = [
        (10, sky.th.rot(d)),
        (11, sky.th.rot(d2)),
        (8, sky.th.rot_back(d)),
        (7, sky.th.rot_back(d2)),
        (2, ic.rot_back(n)),
        (1, ic.rot_back(n2)),
        (4, ic.rot(n)),
        (5, ic.rot(n2)),
    ];
    // sin(1e-6°), divided by cos δ to compare with |n| cos φ.
    let degenerate = 1.745_329_251_994_3e-8 / cd;
    let mut ok = true;
    for (k, (i, p)) in points.into_iter().enumerate() {
        let lon = sky.position_circle(p, t);
        ok &= sky.position_circle_size(p, t) >= degenerate;
        // `position_circle` takes the intersection on P's side of the
        // horizon. Treindl's construction takes the circle's upper equator
        // crossing for the diurnal points and the lower one for the
        // nocturnal points; the two differ when the Sun never sets (the
        // nocturnal points are above the horizon) or never rises.
        // Altitude of P: sin h ∝ tan φ tan δ + cos(θ − α).
        let above = t + (sky.th.c * p.c + sky.th.s * p.s) > 0.0;
        let diurnal = k < 4;
        cusps[i] = if above == diurnal {
            lon
        } else {
            super::sphere::opp(lon)
        };
    }
    ok
}
