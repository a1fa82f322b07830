//! Systems that divide the celestial equator into 30° arcs and carry the
//! division points to the ecliptic: Meridian (along hour circles, from the
//! ARMC), Morinus (along circles of ecliptic latitude, from the ARMC),
//! Carter's poli-equatorial (along hour circles, from the ascendant's right
//! ascension) and Alcabitius (the ascendant's diurnal and nocturnal
//! semi-arcs trisected on the equator, then along hour circles). All are
//! closed form.

use super::Raw;
use super::sphere::{Dir, R30, R60, Sky};
use crate::math::DEG_TO_RAD;

/// Meridian (axial rotation, Zariel): cusp n is the ecliptic point whose
/// right ascension is ARMC + 30°·(n − 10) (Swiss 'X'); cusp 10 is the MC
/// and cusp 1 the equatorial ascendant. Cusps 1–3, 10–12.
pub(super) fn meridian(sky: &Sky, raw: &Raw, cusps: &mut [f64; 12]) {
    each_thirty(sky.th, false, |i, a| cusps[i] = sky.ra_to_lon(a));
    cusps[9] = raw.mc;
    cusps[0] = sky.ra_to_lon(sky.th.plus90());
}

/// Morinus: the equator point at ARMC + 30°·(n − 10) taken to ecliptic
/// coordinates (its ecliptic longitude) (Swiss 'M'). Cusps 1–3, 10–12.
pub(super) fn morinus(sky: &Sky, cusps: &mut [f64; 12]) {
    each_thirty(sky.th, true, |i, a| cusps[i] = sky.equator_point_to_lon(a));
}

/// Calls `f(index, direction)` for cusps 11, 12, 2, 3 at 30°, 60°, 120°
/// and 150° from `start`, and with `all` also for cusps 10 and 1 at
/// `start` and 90° from it.
fn each_thirty(start: Dir, all: bool, mut f: impl FnMut(usize, Dir)) {
    let d30 = start.rot(R30);
    let d60 = start.rot(R60);
    if all {
        f(9, start);
        f(0, start.plus90());
    }
    f(10, d30);
    f(11, d60);
    f(1, d30.plus90());
    f(2, d60.plus90());
}

/// Carter's poli-equatorial houses: the equator divided into 30° arcs from
/// the ascendant's right ascension, carried to the ecliptic along hour
/// circles; cusp 1 is the ascendant itself (Swiss 'F'). Cusps 1–3, 10–12.
pub(super) fn carter(sky: &Sky, raw: &Raw, cusps: &mut [f64; 12]) {
    let ra_asc = sky.lon_to_ra(Dir::of(raw.asc * DEG_TO_RAD));
    // Cusp n at RA(Asc) + 30°(n − 1): cusp 10 at +270° = −90°.
    each_thirty(ra_asc.minus90(), false, |i, a| cusps[i] = sky.ra_to_lon(a));
    cusps[0] = raw.asc;
    cusps[9] = sky.ra_to_lon(ra_asc.minus90());
}

/// Alcabitius: the ascendant's diurnal semi-arc DSA and nocturnal
/// semi-arc NSA = 180° − DSA, measured on the equator, are trisected from
/// the meridian, and the points carried to the ecliptic along hour circles:
/// cusps 11, 12 at ARMC + DSA/3, + 2DSA/3; cusps 2, 3 at
/// ARMC + 180° − 2NSA/3, − NSA/3 (Swiss 'B'). Cusps 1–3, 10–12.
///
/// cos DSA = −tan φ tan δ_Asc = −sin a, with a the ascendant's ascensional
/// difference, so DSA = 90° + a (computed from the ARMC, which stays well
/// conditioned at the poles, where δ_Asc → 0 and tan φ → ∞).
pub(super) fn alcabitius(sky: &Sky, raw: &Raw, cusps: &mut [f64; 12]) {
    let dsa3 = (core::f64::consts::FRAC_PI_2 + sky.asc_ascensional_difference()) / 3.0;
    let nsa3 = core::f64::consts::FRAC_PI_3 - dsa3;
    let (d1, n1) = (Dir::of(dsa3), Dir::of(nsa3));
    let d2 = d1.rot(d1);
    let n2 = n1.rot(n1);
    let ic = sky.th.opposite();
    cusps[0] = raw.asc;
    cusps[9] = raw.mc;
    cusps[10] = sky.ra_to_lon(sky.th.rot(d1));
    cusps[11] = sky.ra_to_lon(sky.th.rot(d2));
    cusps[1] = sky.ra_to_lon(ic.rot_back(n2));
    cusps[2] = sky.ra_to_lon(ic.rot_back(n1));
}
