//! Every house system against Swiss Ephemeris 2.10.03 (`swe_houses_ex`,
//! pyswisseph 2.10.3.2), over the births of `tests/data/swe_houses_births.csv`
//! (1,000 at |latitude| ≤ 66°, 200 at and beyond the polar circles),
//! tropical and Lahiri-sidereal: fixtures `swe_houses.csv` and
//! `swe_houses_gauquelin.csv` from `tools/gen_swe_houses_fixtures.py`.
//! Swiss Ephemeris is the oracle for the *definitions* (its conventions at
//! the poles and in the polar circles), not a truth: where its own
//! iteration stops short (Placidus and Gauquelin within ~0.01° of a polar
//! circle) the test checks that our cusp satisfies the defining equation
//! better than Swiss's does.
//!
//! Tolerances: 0.01″ for every angle (the project requirement; the
//! algorithms agree to ~1e-9″, the fixture is rounded to 3.6e-6″, and our
//! ARMC and obliquity differ from Swiss's by ~2e-5″). Sunshine houses from
//! `houses_at` take the Sun from our JPL-fitted ephemeris while Swiss uses
//! its analytic Moshier Sun (0.08″ apart at most): there the bound is
//! 0.1″ times the cusp's sensitivity to the Sun's declination, + 0.01″.
//!
//! Also: the polar behaviour (error by default, Swiss's Porphyry with
//! the fallback), and proptest properties — cusps in zodiacal order, whole
//! signs at sign starts, finite output for any finite input.

mod common;

use common::{Fixture, MaxErr};
use jyotish::houses::{HouseOptions, HouseSystem, Houses, compute, gauquelin_sectors, houses_at};
use jyotish::{Ayanamsa, Error, JulianDayUt};
use proptest::prelude::*;
use std::collections::HashMap;

/// 0.01″ in degrees.
const TOL_DEG: f64 = 0.01 / 3600.0;

/// Signed difference a − b in arcseconds, wrapped to ±648000″.
fn d_arcsec(a: f64, b: f64) -> f64 {
    ((a - b + 180.0).rem_euclid(360.0) - 180.0) * 3600.0
}

struct Birth {
    set: String,
    jd_ut: f64,
    lat: f64,
    lon: f64,
    eps: f64,
    armc: f64,
    vertex: f64,
    eq_asc: f64,
    sun_dec: f64,
    lahiri: f64,
}

fn births() -> HashMap<String, Birth> {
    let fx = Fixture::load("swe_houses_births.csv");
    fx.rows
        .iter()
        .map(|r| {
            (
                fx.str(r, "id").to_string(),
                Birth {
                    set: fx.str(r, "set").to_string(),
                    jd_ut: fx.f64(r, "jd_ut"),
                    lat: fx.f64(r, "lat_deg"),
                    lon: fx.f64(r, "lon_deg"),
                    eps: fx.f64(r, "true_obliquity_deg"),
                    armc: fx.f64(r, "armc_deg"),
                    vertex: fx.f64(r, "vertex_deg"),
                    eq_asc: fx.f64(r, "equatorial_ascendant_deg"),
                    sun_dec: fx.f64(r, "sun_declination_deg"),
                    lahiri: fx.f64(r, "lahiri_true_ayanamsa_deg"),
                },
            )
        })
        .collect()
}

/// One Swiss row: status, Asc, MC and the twelve cusps (4–9 rebuilt as the
/// opposites of 10–12, 1–3 where the fixture leaves them out, as Swiss
/// sets them).
#[derive(Clone)]
struct SweRow {
    birth: String,
    zodiac: String,
    error: bool,
    asc: f64,
    mc: f64,
    cusps: [f64; 12],
}

fn swe_rows() -> HashMap<char, Vec<SweRow>> {
    let fx = Fixture::load("swe_houses.csv");
    let mut out: HashMap<char, Vec<SweRow>> = HashMap::new();
    for r in &fx.rows {
        let letter = fx.str(r, "hsys").chars().next().unwrap();
        let mut cusps = [f64::NAN; 12];
        let mut independent = true; // c4..c9 present (APC, Sunshine)
        for (i, c) in cusps.iter_mut().enumerate() {
            let s = fx.str(r, &format!("c{}", i + 1));
            if s.is_empty() {
                independent = false;
            } else {
                *c = s.parse().unwrap();
            }
        }
        if !independent {
            for i in 0..3 {
                cusps[i + 3] = (cusps[i + 9] + 180.0).rem_euclid(360.0);
                cusps[i + 6] = (cusps[i] + 180.0).rem_euclid(360.0);
            }
        }
        out.entry(letter).or_default().push(SweRow {
            birth: fx.str(r, "birth").to_string(),
            zodiac: fx.str(r, "zodiac").to_string(),
            error: fx.str(r, "status") == "error",
            asc: fx.f64(r, "asc_deg"),
            mc: fx.f64(r, "mc_deg"),
            cusps,
        });
    }
    out
}

/// Largest deviations of one system, by quantity.
#[derive(Default)]
struct Worst {
    asc: MaxErr,
    mc: MaxErr,
    cusps: MaxErr,
    armc: MaxErr,
    vertex: MaxErr,
    eq_asc: MaxErr,
}

impl Worst {
    fn add(&mut self, ours: &Houses, row: &SweRow, b: Option<&Birth>, at: &str) {
        let tag = || at.to_string();
        self.asc.add(d_arcsec(ours.ascendant, row.asc), tag);
        self.mc.add(d_arcsec(ours.mc, row.mc), tag);
        for i in 0..12 {
            self.cusps.add(d_arcsec(ours.cusps[i], row.cusps[i]), || {
                format!("{at} cusp {}", i + 1)
            });
        }
        if let Some(b) = b {
            self.armc.add(d_arcsec(ours.armc, b.armc), tag);
            self.vertex.add(d_arcsec(ours.vertex, b.vertex), tag);
            self.eq_asc
                .add(d_arcsec(ours.equatorial_ascendant, b.eq_asc), tag);
        }
    }

    fn max(&self) -> f64 {
        [
            &self.asc,
            &self.mc,
            &self.cusps,
            &self.armc,
            &self.vertex,
            &self.eq_asc,
        ]
        .iter()
        .map(|m| m.max)
        .fold(0.0, f64::max)
    }

    fn report(&self, name: &str) -> String {
        format!(
            "{name:>15}: n={:5} asc {:.1e}″ mc {:.1e}″ cusps {:.1e}″ ({}) armc {:.1e}″ vertex {:.1e}″ eqasc {:.1e}″",
            self.asc.count,
            self.asc.max,
            self.mc.max,
            self.cusps.max,
            self.cusps.at,
            self.armc.max,
            self.vertex.max,
            self.eq_asc.max
        )
    }
}

/// Alcabitius and Krusinski are ill-conditioned at exactly ±90° (both are
/// evaluated 1e-10° from the pole): Swiss's cusps there move by up to 5″
/// when the latitude changes by 1e-12° (Alcabitius divides by the
/// ascendant's declination, ~1e-12 rad; Krusinski's circle through the
/// zenith becomes an hour circle and its cusp 4 the direction of the pole),
/// i.e. they are rounding noise. Ours are the limits (`pole_limits` below);
/// those rows are not compared.
fn ill_conditioned_at_pole(system: HouseSystem, lat: f64) -> bool {
    lat.abs() == 90.0 && matches!(system, HouseSystem::Alcabitius | HouseSystem::KrusinskiPisa)
}

/// The Placidus/Gauquelin defining equation at an ecliptic longitude:
/// α − T − c·D (degrees, wrapped), for the cusp at fraction `p` of the
/// diurnal (upper) or nocturnal semi-arc — an independent restatement of
/// the semi-arc condition, to judge which of two cusps is more exact.
fn semi_arc_residual_deg(lon: f64, armc: f64, lat: f64, eps: f64, p: f64, upper: bool) -> f64 {
    let (l, e, f) = (lon.to_radians(), eps.to_radians(), lat.to_radians());
    let ra = (l.sin() * e.cos()).atan2(l.cos()).to_degrees();
    let dec = (e.sin() * l.sin()).asin();
    let ad = (f.tan() * dec.tan()).clamp(-1.0, 1.0).asin().to_degrees();
    let target = if upper {
        armc + p * (90.0 + ad)
    } else {
        armc + 180.0 - p * (90.0 - ad)
    };
    (ra - target + 180.0).rem_euclid(360.0) - 180.0
}

/// The difference ours − Swiss in arcseconds for a semi-arc cusp (Gauquelin
/// sector `sector`, 1-based; Placidus cusp n + 1 is sector 1 − 3n mod 36),
/// except where it exceeds 0.01″: Swiss iterates only until successive
/// cusps agree to 0.01″, which leaves errors of that order within ~0.01° of
/// the polar circles. There ours must satisfy the defining equation to
/// 1e-11° and better than Swiss's, and the difference stay under 1″; it then
/// counts as 0. `ayanamsa` is added back to sidereal longitudes; `armc`,
/// `eps` are those the cusps were computed with.
#[allow(clippy::too_many_arguments)]
fn semi_arc_diff(
    ours: f64,
    swe: f64,
    sector: usize,
    armc: f64,
    lat: f64,
    eps: f64,
    ayanamsa: f64,
    judged: &mut usize,
    at: &str,
) -> f64 {
    let d = d_arcsec(ours, swe);
    if d.abs() <= 0.01 {
        return d;
    }
    let (p, up, flip) = sector_condition(sector).expect("the angles are exact");
    let tropical = |x: f64| (x + ayanamsa + if flip { 180.0 } else { 0.0 }).rem_euclid(360.0);
    let ro = semi_arc_residual_deg(tropical(ours), armc, lat, eps, p, up);
    let rs = semi_arc_residual_deg(tropical(swe), armc, lat, eps, p, up);
    assert!(
        ro.abs() < 1e-11 && ro.abs() < rs.abs() && d.abs() < 1.0,
        "{at} sector {sector}: ours {ours} Swiss {swe} ({d}″), residuals {ro:e} {rs:e}"
    );
    *judged += 1;
    0.0
}

/// The Gauquelin sector on which Placidus cusp index `i` (0-based) falls.
fn sector_of_house(i: usize) -> usize {
    (36 - 3 * i) % 36 + 1
}

/// Swiss's row with Placidus cusps that `semi_arc_diff` accepts replaced
/// by ours (so that `Worst` records 0 for them).
#[allow(clippy::too_many_arguments)]
fn judged_row(
    system: HouseSystem,
    ours: &Houses,
    row: &SweRow,
    armc: f64,
    lat: f64,
    eps: f64,
    ayanamsa: f64,
    judged: &mut usize,
    at: &str,
) -> SweRow {
    let mut theirs = row.clone();
    if system == HouseSystem::Placidus {
        for i in [1, 2, 4, 5, 7, 8, 10, 11] {
            let d = semi_arc_diff(
                ours.cusps[i],
                row.cusps[i],
                sector_of_house(i),
                armc,
                lat,
                eps,
                ayanamsa,
                judged,
                at,
            );
            if d == 0.0 {
                theirs.cusps[i] = ours.cusps[i];
            }
        }
    }
    theirs
}

/// The pure geometry (`compute` with Swiss's own ARMC, obliquity and Sun
/// declination) against every tropical row.
#[test]
fn compute_matches_swiss_for_every_system() {
    let births = births();
    let rows = swe_rows();
    let mut lines = Vec::new();
    let mut failures = Vec::new();
    for system in HouseSystem::ALL {
        if system == HouseSystem::Gauquelin {
            continue;
        }
        let mut worst = Worst::default();
        let mut errors = 0;
        let mut by_residual = 0;
        for row in rows[&system.swiss_code()]
            .iter()
            .filter(|r| r.zodiac == "tropical")
        {
            let b = &births[&row.birth];
            if ill_conditioned_at_pole(system, b.lat) {
                continue;
            }
            let at = format!("birth {} lat {}", row.birth, b.lat);
            let opts = HouseOptions {
                sun_declination_deg: Some(b.sun_dec),
                ..HouseOptions::default()
            };
            let ours = compute(system, b.armc, b.lat, b.eps, &opts);
            if row.error {
                errors += 1;
                assert!(
                    matches!(ours, Err(Error::HousesUndefined { .. })),
                    "{system} {at}: Swiss failed, we gave {ours:?}"
                );
                let fallback = HouseOptions {
                    polar_fallback: true,
                    ..opts
                };
                let ours = compute(system, b.armc, b.lat, b.eps, &fallback).unwrap();
                assert_eq!(ours.system, HouseSystem::Porphyry);
                worst.add(&ours, row, Some(b), &at);
            } else {
                let ours = ours.unwrap_or_else(|e| panic!("{system} {at}: {e}"));
                assert_eq!(ours.system, system, "{at}");
                let theirs = judged_row(
                    system,
                    &ours,
                    row,
                    b.armc,
                    b.lat,
                    b.eps,
                    0.0,
                    &mut by_residual,
                    &at,
                );
                worst.add(&ours, &theirs, Some(b), &at);
            }
        }
        lines.push(format!(
            "{} (Swiss errors {errors}, Placidus cusps judged by residual {by_residual})",
            worst.report(system.name())
        ));
        if worst.max() > 0.01 {
            failures.push(system.name());
        }
    }
    eprintln!("compute vs swe_houses_ex, max |Δ|:\n{}", lines.join("\n"));
    assert!(failures.is_empty(), "beyond 0.01″: {failures:?}");
}

/// `houses_at` (our ARMC and obliquity) against every row, tropical and
/// Lahiri-sidereal (`to_sidereal` with our true Lahiri ayanamsa). Sunshine
/// is given Swiss's Sun declination here (our own Sun is compared in
/// `sunshine_with_our_sun`).
#[test]
fn houses_at_matches_swiss_tropical_and_sidereal() {
    let births = births();
    let rows = swe_rows();
    let mut lines = Vec::new();
    let mut failures = Vec::new();
    for system in HouseSystem::ALL {
        if system == HouseSystem::Gauquelin {
            continue;
        }
        for zodiac in ["tropical", "sidereal_lahiri"] {
            let mut worst = Worst::default();
            let mut judged = 0;
            for row in rows[&system.swiss_code()]
                .iter()
                .filter(|r| r.zodiac == zodiac)
            {
                let b = &births[&row.birth];
                if ill_conditioned_at_pole(system, b.lat) {
                    continue;
                }
                let at = format!("birth {} ({}) lat {}", row.birth, b.set, b.lat);
                let ut = JulianDayUt::new(b.jd_ut).unwrap();
                let opts = HouseOptions {
                    polar_fallback: row.error,
                    sun_declination_deg: (system == HouseSystem::Sunshine).then_some(b.sun_dec),
                };
                let mut ours = houses_at(system, ut, b.lat, b.lon, &opts)
                    .unwrap_or_else(|e| panic!("{system} {at}: {e}"));
                let sidereal = zodiac != "tropical";
                if sidereal {
                    let aya = Ayanamsa::Lahiri.at(ut.to_tt()).true_degrees;
                    assert!(d_arcsec(aya, b.lahiri).abs() < 1e-6);
                    ours = ours.to_sidereal(aya);
                }
                let birth = (!sidereal).then_some(b);
                if row.error {
                    assert_eq!(ours.system, HouseSystem::Porphyry, "{at}");
                    worst.add(&ours, row, birth, &at);
                } else {
                    let aya = if sidereal { b.lahiri } else { 0.0 };
                    let eps = jyotish::Nutation::at(ut.to_tt()).true_obliquity_deg();
                    let theirs = judged_row(
                        system,
                        &ours,
                        row,
                        ours.armc,
                        b.lat,
                        eps,
                        aya,
                        &mut judged,
                        &at,
                    );
                    worst.add(&ours, &theirs, birth, &at);
                }
            }
            lines.push(format!(
                "{} (Placidus cusps judged by residual {judged})",
                worst.report(&format!("{} {zodiac}", system.name()))
            ));
            if worst.max() > TOL_DEG * 3600.0 {
                failures.push(format!("{system} {zodiac}"));
            }
        }
    }
    eprintln!("houses_at vs swe_houses_ex, max |Δ|:\n{}", lines.join("\n"));
    assert!(failures.is_empty(), "beyond tolerance: {failures:?}");
}

/// All 36 Gauquelin sectors (`gauquelin_sectors` with Swiss's inputs), and
/// the twelve house-order sectors of `houses_at`, tropical and sidereal.
#[test]
fn gauquelin_sectors_match_swiss() {
    let births = births();
    let fx = Fixture::load("swe_houses_gauquelin.csv");
    let (mut sectors, mut houses) = (MaxErr::default(), MaxErr::default());
    let (mut judged, mut errors) = (0, 0);
    for r in &fx.rows {
        let b = &births[fx.str(r, "birth")];
        let at = format!("birth {} lat {}", fx.str(r, "birth"), b.lat);
        let sidereal = fx.str(r, "zodiac") != "tropical";
        let ut = JulianDayUt::new(b.jd_ut).unwrap();
        let ours = houses_at(
            HouseSystem::Gauquelin,
            ut,
            b.lat,
            b.lon,
            &HouseOptions::default(),
        );
        if fx.str(r, "status") == "error" {
            errors += 1;
            assert!(matches!(
                gauquelin_sectors(b.armc, b.lat, b.eps),
                Err(Error::HousesUndefined { .. })
            ));
            assert!(matches!(ours, Err(Error::HousesUndefined { .. })));
            continue;
        }
        let mut swe = [0.0; 36];
        for k in 0..18 {
            swe[k] = fx.f64(r, &format!("s{}", k + 1));
            swe[k + 18] = (swe[k] + 180.0) % 360.0;
        }
        if !sidereal {
            let ours = gauquelin_sectors(b.armc, b.lat, b.eps).unwrap();
            for k in 0..36 {
                let d = if k % 9 == 0 {
                    d_arcsec(ours[k], swe[k]) // the four angles
                } else {
                    semi_arc_diff(
                        ours[k],
                        swe[k],
                        k + 1,
                        b.armc,
                        b.lat,
                        b.eps,
                        0.0,
                        &mut judged,
                        &at,
                    )
                };
                sectors.add(d, || format!("{at} sector {}", k + 1));
            }
        }
        let mut ours = ours.unwrap();
        let aya = if sidereal { b.lahiri } else { 0.0 };
        if sidereal {
            ours = ours.to_sidereal(Ayanamsa::Lahiri.at(ut.to_tt()).true_degrees);
        }
        let eps = jyotish::Nutation::at(ut.to_tt()).true_obliquity_deg();
        for n in 0..12 {
            let s = sector_of_house(n);
            let d = if n % 3 == 0 {
                d_arcsec(ours.cusps[n], swe[s - 1])
            } else {
                semi_arc_diff(
                    ours.cusps[n],
                    swe[s - 1],
                    s,
                    ours.armc,
                    b.lat,
                    eps,
                    aya,
                    &mut judged,
                    &at,
                )
            };
            houses.add(d, || format!("{at} sidereal {sidereal} house {}", n + 1));
        }
        houses.add(d_arcsec(ours.ascendant, fx.f64(r, "asc_deg")), || {
            at.clone()
        });
        houses.add(d_arcsec(ours.mc, fx.f64(r, "mc_deg")), || at.clone());
    }
    eprintln!(
        "gauquelin: 36 sectors max {:.1e}″ ({}), houses_at {:.1e}″ ({}); {judged} judged by residual; Swiss errors {errors}",
        sectors.max, sectors.at, houses.max, houses.at
    );
    assert!(sectors.max < 0.01 && houses.max < 0.01);
}

/// The semi-arc condition of Gauquelin sector `s` (1-based): fraction,
/// upper (diurnal) or not, and whether the sector is the opposite of the
/// one the condition describes. `None` for the four angles.
fn sector_condition(s: usize) -> Option<(f64, bool, bool)> {
    match s {
        2..=9 => Some(((10 - s) as f64 / 9.0, true, false)),
        20..=27 => Some(((28 - s) as f64 / 9.0, true, true)),
        29..=36 => Some(((s - 28) as f64 / 9.0, false, false)),
        11..=18 => Some(((s - 10) as f64 / 9.0, false, true)),
        _ => None,
    }
}

/// Polar behaviour: undefined systems fail with the typed error (carrying
/// the limit 90° − ε) and fall back to Swiss's Porphyry when asked; the
/// others are defined everywhere, including exactly at the poles.
#[test]
fn polar_behaviour() {
    let o = HouseOptions::default();
    for system in [
        HouseSystem::Placidus,
        HouseSystem::Koch,
        HouseSystem::Gauquelin,
    ] {
        for lat in [66.6, -66.6, 80.0, 90.0, -90.0] {
            match compute(system, 200.0, lat, 23.44, &o) {
                Err(Error::HousesUndefined {
                    system: name,
                    latitude_deg,
                    max_latitude_deg,
                }) => {
                    assert_eq!(name, system.name());
                    assert_eq!(latitude_deg, lat);
                    assert!((max_latitude_deg - 66.56).abs() < 1e-9);
                }
                other => panic!("{system} at {lat}: {other:?}"),
            }
            let fb = compute(
                system,
                200.0,
                lat,
                23.44,
                &HouseOptions {
                    polar_fallback: true,
                    ..o
                },
            )
            .unwrap();
            let porphyry = compute(HouseSystem::Porphyry, 200.0, lat, 23.44, &o).unwrap();
            assert_eq!(fb, porphyry);
        }
        assert!(compute(system, 200.0, 66.55, 23.44, &o).is_ok());
    }
    let sun = HouseOptions {
        sun_declination_deg: Some(10.0),
        ..o
    };
    for system in HouseSystem::ALL {
        if system.undefined_in_polar_circles() {
            continue;
        }
        for lat in [90.0, -90.0, 89.0, 70.0, 66.56, 0.0] {
            for armc in [0.0, 45.0, 90.0, 180.0, 270.0, 359.999] {
                let h = compute(system, armc, lat, 23.44, &sun).unwrap();
                assert!(
                    h.cusps.iter().all(|c| (0.0..360.0).contains(c)),
                    "{system} {lat} {armc}"
                );
            }
        }
    }
}

/// Sunshine through `houses_at` with our Sun (JPL-fitted tables) against
/// Swiss with its analytic Moshier Sun. The two declinations differ by up
/// to 0.077″ (rms 0.02″) over the fixture; each cusp inherits that times
/// its sensitivity ∂cusp/∂δ☉, which is below ~1.3 at |φ| ≤ 60° and grows
/// to ~20 near the polar circles, where the house circles graze the
/// ecliptic. Check: |Δcusp| ≤ 0.1″·|∂cusp/∂δ☉| + 0.01″ (the sensitivity
/// from a ±0.5″ difference), and report the maxima.
#[test]
fn sunshine_with_our_sun() {
    let births = births();
    let rows = swe_rows();
    let (mut mid, mut high) = (MaxErr::default(), MaxErr::default());
    let mut worst_ratio: f64 = 0.0;
    for row in rows[&'I'].iter() {
        let b = &births[&row.birth];
        let ut = JulianDayUt::new(b.jd_ut).unwrap();
        let mut ours = houses_at(
            HouseSystem::Sunshine,
            ut,
            b.lat,
            b.lon,
            &HouseOptions::default(),
        )
        .unwrap_or_else(|e| panic!("birth {}: {e}", row.birth));
        if row.zodiac != "tropical" {
            ours = ours.to_sidereal(Ayanamsa::Lahiri.at(ut.to_tt()).true_degrees);
        }
        let at_dec = |dec: f64| {
            let o = HouseOptions {
                sun_declination_deg: Some(dec),
                ..HouseOptions::default()
            };
            compute(HouseSystem::Sunshine, b.armc, b.lat, b.eps, &o).unwrap()
        };
        let (lo, hi) = (
            at_dec(b.sun_dec - 0.25 / 3600.0),
            at_dec(b.sun_dec + 0.25 / 3600.0),
        );
        let m = if b.lat.abs() <= 60.0 {
            &mut mid
        } else {
            &mut high
        };
        for i in 0..12 {
            let d = d_arcsec(ours.cusps[i], row.cusps[i]);
            let sensitivity = d_arcsec(hi.cusps[i], lo.cusps[i]) / 0.5;
            let bound = 0.1 * sensitivity.abs() + 0.01;
            assert!(
                d.abs() <= bound,
                "birth {} lat {} cusp {}: {d}″ > {bound}″",
                row.birth,
                b.lat,
                i + 1
            );
            worst_ratio = worst_ratio.max(d.abs() / bound);
            m.add(d, || {
                format!(
                    "birth {} lat {} {} cusp {}",
                    row.birth,
                    b.lat,
                    row.zodiac,
                    i + 1
                )
            });
        }
    }
    eprintln!(
        "sunshine with our Sun: |φ| ≤ 60°: {:.3}″ ({}); beyond: {:.3}″ ({}); worst |Δ|/bound {worst_ratio:.2}",
        mid.max, mid.at, high.max, high.at
    );
}

/// At the poles (1e-10° from them) Alcabitius and Krusinski are the limits
/// of their values as the latitude approaches ±90°.
#[test]
fn pole_limits() {
    let o = HouseOptions::default();
    for system in [HouseSystem::Alcabitius, HouseSystem::KrusinskiPisa] {
        for pole in [90.0, -90.0] {
            for armc in [0.0, 33.3, 121.16, 200.0, 300.0] {
                let at = compute(system, armc, pole, 23.44, &o).unwrap();
                let near = compute(system, armc, pole * (1.0 - 1e-11), 23.44, &o).unwrap();
                for i in 0..12 {
                    let d = d_arcsec(at.cusps[i], near.cusps[i]);
                    assert!(
                        d.abs() < 1e-3,
                        "{system} {pole} {armc} cusp {}: {d}″",
                        i + 1
                    );
                }
            }
        }
    }
}

/// The |latitude| range in which a system's cusps run in zodiacal order
/// (in Swiss's output too): every non-polar latitude, except that
/// Horizontal reverses in the tropics and Topocentric folds above ~65°.
fn ordered_range(system: HouseSystem, eps: f64) -> (f64, f64) {
    match system {
        HouseSystem::Horizontal => (eps + 0.5, 89.5 - eps),
        HouseSystem::Topocentric => (0.0, 60.0),
        _ => (0.0, 89.5 - eps),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Cusps 1 → 12 → 1 go once round the zodiac, each house of width in
    /// [0°, 180°) (Pullen SD allows empty houses).
    #[test]
    fn cusps_in_zodiacal_order(
        armc in 0.0f64..360.0,
        u in 0.0f64..1.0,
        south in any::<bool>(),
        eps in 22.0f64..24.5,
        dec in -1.0f64..1.0,
        k in 0usize..24,
    ) {
        let system = HouseSystem::ALL[k];
        let (lo, hi) = ordered_range(system, eps);
        let lat = (lo + u * (hi - lo)) * if south { -1.0 } else { 1.0 };
        let opts = HouseOptions { sun_declination_deg: Some(dec * eps), ..HouseOptions::default() };
        let h = compute(system, armc, lat, eps, &opts).unwrap();
        let mut total = 0.0;
        for i in 0..12 {
            let w = (h.cusps[(i + 1) % 12] - h.cusps[i]).rem_euclid(360.0);
            prop_assert!(w < 180.0, "{} house {} width {}", system, i + 1, w);
            total += w;
        }
        prop_assert!((total - 360.0).abs() < 1e-9, "{} total {}", system, total);
    }

    /// Whole-sign cusps are the sign starts from the ascendant's sign,
    /// tropical and sidereal.
    #[test]
    fn whole_signs_at_sign_starts(armc in -1e4f64..1e4, lat in -90.0f64..90.0, aya in 0.0f64..40.0) {
        let h = compute(HouseSystem::WholeSign, armc, lat, 23.44, &HouseOptions::default()).unwrap();
        for (label, h) in [("tropical", h), ("sidereal", h.to_sidereal(aya))] {
            let first = (h.ascendant / 30.0).floor() * 30.0;
            for (i, c) in h.cusps.iter().enumerate() {
                prop_assert_eq!(c % 30.0, 0.0, "{}", label);
                prop_assert_eq!(*c, (first + 30.0 * i as f64) % 360.0, "{}", label);
            }
        }
    }

    /// Any finite input gives finite values in [0, 360) or a typed error,
    /// never a panic or NaN.
    #[test]
    fn finite_for_any_finite_input(
        armc in prop::num::f64::NORMAL | prop::num::f64::SUBNORMAL | prop::num::f64::ZERO,
        lat in prop_oneof![-90.0f64..=90.0, Just(90.0), Just(-90.0), Just(0.0), Just(66.56)],
        eps in prop_oneof![0.0f64..=45.0, Just(0.0), Just(45.0), Just(23.44)],
        dec in -1.0f64..=1.0,
        k in 0usize..24,
        fallback in any::<bool>(),
    ) {
        let system = HouseSystem::ALL[k];
        let opts = HouseOptions { polar_fallback: fallback, sun_declination_deg: Some(dec * (eps + 1.0)) };
        match compute(system, armc, lat, eps, &opts) {
            Ok(h) => {
                let all = h.cusps.iter().chain([&h.ascendant, &h.mc, &h.armc, &h.vertex, &h.equatorial_ascendant]);
                for x in all {
                    prop_assert!((0.0..360.0).contains(x), "{} {:?}", system, h);
                }
            }
            Err(Error::HousesUndefined { .. }) => prop_assert!(!fallback),
            Err(e) => prop_assert!(false, "{}: {}", system, e),
        }
        if let Ok(s) = gauquelin_sectors(armc, lat, eps) {
            prop_assert!(s.iter().all(|x| (0.0..360.0).contains(x)));
        }
    }
}
