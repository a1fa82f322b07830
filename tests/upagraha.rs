//! The upagrahas against PyJHora 4.8.7 on 400 random births
//! (`tests/data/pyjhora_upagraha.csv`, made by
//! `tools/pyjhora_upagraha/gen_upagraha.py`; see tests/data/README.md,
//! "Upagraha fixture"). PyJHora is an oracle, not the truth.
//!
//! * Sun-based (BPHS 3.61–63): ours from our apparent sidereal Sun against
//!   PyJHora's `solar_upagraha_longitudes` given Swiss Ephemeris's apparent
//!   sidereal Sun (`app_*`); and against the same function given PyJHora's
//!   own Sun (`pj_*`), which is geometric (FLG_TRUEPOS): ~20.5″ ahead of
//!   the apparent Sun, the aberration, which these check in sign and size.
//! * Day division: the half (day or night), the weekday and the start and
//!   end of the divided day or night against PyJHora's (`drik.vaara`,
//!   `drik.sunrise` / `drik.sunset` floats).
//! * Kalavelas (Gulika at the start of Saturn's part, the others at the
//!   middle of theirs): against the rule evaluated on PyJHora's own
//!   sunrise, sunset, weekday, part lords and ascendant (`rx_*`) for every
//!   birth; against PyJHora's own functions (`pj_*`) for day births.
//!   PyJHora's night values follow a different (wrong) division, checked
//!   and explained by the generator; they are not compared.
//!
//! Tolerances are the measured maxima with the margins given at each
//! constant.

mod common;

use common::Fixture;
use jyotish::upagraha::{HalfDay, Kalavela, SunUpagraha, UpagrahaOptions, Upagrahas};
use jyotish::{BirthData, Chart, ChartConfig, JulianDayUt};

/// Our sunrise and sunset against PyJHora's (Swiss `swe_rise_trans`, Hindu
/// rising, analytic Moshier Sun): measured max 0.031 s over the 800 bounds;
/// 0.05 s allows for the ~0.07″ between Moshier's Sun and ours (tests/rise.rs
/// bounds the same comparison at 1 s over 1800–2150).
const BOUND_TOLERANCE_S: f64 = 0.05;
/// Sun-based upagrahas against PyJHora's function on Swiss's apparent
/// sidereal Sun: they are the Sun moved or reflected, so this is the Sun's
/// difference, Moshier against our JPL fit: measured max 0.070″.
const SUN_TOLERANCE_ARCSEC: f64 = 0.1;
/// The constant of aberration κ = 20.49552″ (IAU 1976) and the Earth's
/// least and greatest distances from the Sun, au: a geometric Sun is
/// κ/R ahead of the apparent one, 20.16″ to 20.84″.
const KAPPA_ARCSEC: f64 = 20.495_52;
const PERIHELION_AU: f64 = 0.983_29;
const APHELION_AU: f64 = 1.016_71;
/// A kalavela is the ascendant at an instant that is a weighted mean of
/// the bounds of the day or night, so a difference in the bounds of up to
/// `BOUND_TOLERANCE_S` moves it by at most that many seconds of the
/// ascendant's motion; 0.02″ more for the ascendant itself (ours and
/// Swiss's `houses_ex` agree to 0.01″, tests/houses_vs_swiss.rs). Measured
/// against the rule on PyJHora's float sunrise and sunset: max 1.33″,
/// 0.030 s of the ascendant's motion.
const ASC_TOLERANCE_ARCSEC: f64 = 0.02;
/// PyJHora's own functions take sunrise and sunset as whole-second clock
/// times (`hh:mm:ss` strings): each bound off by up to 0.5 s, so its part
/// instants too. Measured on day births: max 9.5″, 0.469 s of the
/// ascendant's motion.
const PYJHORA_ROUNDING_S: f64 = 0.5;

/// Signed difference a − b in arcseconds, wrapped to ±648 000″.
fn diff_arcsec(a: f64, b: f64) -> f64 {
    ((a - b + 540.0).rem_euclid(360.0) - 180.0) * 3600.0
}

const SUN_COLS: [&str; 5] = ["dhuma", "vyatipaata", "parivesha", "indrachaapa", "upaketu"];
const KALAVELA_COLS: [&str; 6] = [
    "kala",
    "mrityu",
    "ardhaprahara",
    "yamaghantaka",
    "gulika",
    "maandi",
];

struct Max {
    what: &'static str,
    value: f64,
    row: usize,
}

impl Max {
    fn new(what: &'static str) -> Max {
        Max {
            what,
            value: 0.0,
            row: 0,
        }
    }
    fn see(&mut self, v: f64, row: usize) {
        if v.abs() > self.value {
            self.value = v.abs();
            self.row = row;
        }
    }
    fn report(&self) {
        println!("{}: max {:.4} (row {})", self.what, self.value, self.row);
    }
}

#[test]
fn upagrahas_against_pyjhora() {
    let fx = Fixture::load("pyjhora_upagraha.csv");
    assert_eq!(fx.rows.len(), 400);
    let opts = UpagrahaOptions::default();
    let cfg = ChartConfig::default();
    let mut sun_app = Max::new("Sun-based vs Swiss apparent Sun (arcsec)");
    let mut sun_geo = (f64::INFINITY, f64::NEG_INFINITY);
    let mut bounds = Max::new("sunrise/sunset vs PyJHora (s)");
    let mut rx = Max::new("kalavelas vs the rule on PyJHora's sunrise/ascendant (arcsec)");
    let mut rx_time = Max::new("  the same as time (s)");
    let mut pj_day = Max::new("kalavelas vs PyJHora, day births (arcsec)");
    let mut pj_day_time = Max::new("  the same as time (s)");
    let (mut days, mut nights, mut shifted) = (0, 0, 0);
    for (i, row) in fx.rows.iter().enumerate() {
        let f = |c: &str| fx.f64(row, c);
        let ut = JulianDayUt::new(f("jd_ut")).unwrap();
        let birth = BirthData::new(ut, f("lat"), f("lon"), 0.0).unwrap();
        let chart = Chart::new(&birth, &cfg).unwrap();
        let u = Upagrahas::of_chart(&chart, &opts).unwrap();
        let d = &u.division;
        let day = fx.str(row, "day") == "1";
        assert_eq!(d.half == HalfDay::Day, day, "row {i}: day or night");
        if day {
            days += 1;
        } else {
            nights += 1;
        }
        assert_eq!(
            d.vara.index().to_string(),
            fx.str(row, "pj_vara"),
            "row {i}: weekday"
        );
        for (ours, col) in [(d.start_jd_ut, "start_jd_ut"), (d.end_jd_ut, "end_jd_ut")] {
            let e = (ours - f(col)) * 86_400.0;
            assert!(e.abs() <= BOUND_TOLERANCE_S, "row {i} {col}: {e:.3} s");
            bounds.see(e, i);
        }
        let saturn = d.part_of(jyotish::Graha::Saturn).unwrap() as u8;

        for (k, col) in SUN_COLS.iter().enumerate() {
            let ours = u.sun_based(SunUpagraha::ALL[k]).point.longitude;
            let e = diff_arcsec(ours, f(&format!("app_{col}")));
            assert!(e.abs() <= SUN_TOLERANCE_ARCSEC, "row {i} {col}: {e:.4}″");
            sun_app.see(e, i);
            // Vyatipata and Parivesha run against the Sun.
            let sign = if k == 1 || k == 2 { -1.0 } else { 1.0 };
            let g = sign * diff_arcsec(ours, f(&format!("pj_{col}")));
            assert!(
                (-KAPPA_ARCSEC / PERIHELION_AU - SUN_TOLERANCE_ARCSEC
                    ..=-KAPPA_ARCSEC / APHELION_AU + SUN_TOLERANCE_ARCSEC)
                    .contains(&g),
                "row {i} {col}: {g:.3}″ from PyJHora's geometric Sun"
            );
            sun_geo = (sun_geo.0.min(g), sun_geo.1.max(g));
        }

        for (k, col) in KALAVELA_COLS.iter().enumerate() {
            let kv = u.kalavela(Kalavela::ALL[k]);
            let ours = kv.point.longitude;
            // The ascendant's rate at that moment (arcsec per second), to
            // express a difference as time.
            let rate = {
                let a = |dt: f64| {
                    let t = JulianDayUt::new(kv.rises_jd_ut + dt / 86_400.0).unwrap();
                    let c = Chart::new(&BirthData::new(t, f("lat"), f("lon"), 0.0).unwrap(), &cfg)
                        .unwrap();
                    c.ascendant.longitude
                };
                diff_arcsec(a(30.0), a(-30.0)) / 60.0
            };
            assert_eq!(
                kv.part.to_string(),
                fx.str(row, &format!("rx_part_{col}")),
                "row {i} {col}: part"
            );
            let e = diff_arcsec(ours, f(&format!("rx_{col}")));
            assert!(
                e.abs() <= rate.abs() * BOUND_TOLERANCE_S + ASC_TOLERANCE_ARCSEC,
                "row {i} {col}: {e:.3}″ from the rule on PyJHora's sunrise ({:.3} s)",
                e / rate
            );
            rx.see(e, i);
            rx_time.see(e / rate, i);
            let pj_part: u8 = fx.str(row, &format!("pj_part_{col}")).parse().unwrap();
            // PyJHora puts the lordless part right after Saturn's, so a lord
            // that follows Saturn in the day's order rules the next part
            // there: exactly those differ.
            let after_saturn = kv.part > saturn;
            assert_eq!(
                pj_part,
                kv.part + u8::from(after_saturn),
                "row {i} {col}: PyJHora's part"
            );
            if after_saturn {
                shifted += 1;
                continue;
            }
            if day {
                let e = diff_arcsec(ours, f(&format!("pj_{col}")));
                assert!(
                    e.abs()
                        <= rate.abs() * (PYJHORA_ROUNDING_S + BOUND_TOLERANCE_S)
                            + ASC_TOLERANCE_ARCSEC,
                    "row {i} {col}: {e:.3}″ from PyJHora ({:.3} s)",
                    e / rate
                );
                pj_day.see(e, i);
                pj_day_time.see(e / rate, i);
            }
        }
    }
    println!(
        "{days} day births, {nights} night births; {shifted} kalavelas in another part in PyJHora"
    );
    assert!(
        days >= 150 && nights >= 150,
        "{days} day, {nights} night births"
    );
    bounds.report();
    sun_app.report();
    println!(
        "Sun-based vs PyJHora's geometric Sun (arcsec, signed): {:.3} .. {:.3}",
        sun_geo.0, sun_geo.1
    );
    rx.report();
    rx_time.report();
    pj_day.report();
    pj_day_time.report();
}

/// Every latitude from pole to pole, twelve dates, day and night: either a
/// division that holds the instant, tiles it in eight parts and puts every
/// kalavela in its lord's part at its point, or the typed polar error —
/// never a panic.
#[test]
fn division_invariants_at_every_latitude() {
    use jyotish::Graha;
    use jyotish::upagraha::PartPoint;
    let cfg = ChartConfig::default();
    let opts = UpagrahaOptions::default();
    let (mut ok, mut polar) = (0, 0);
    for lat in (-89_i32..=89).step_by(2) {
        for month in 0..12 {
            for hour in [3.0, 15.0] {
                // 2024-01-05 0h UT plus whole months, at `hour` UT, 40° E.
                let jd = 2_460_314.5 + 30.4 * f64::from(month) + hour / 24.0;
                let ut = JulianDayUt::new(jd).unwrap();
                let birth = BirthData::new(ut, f64::from(lat), 40.0, 0.0).unwrap();
                let chart = Chart::new(&birth, &cfg).unwrap();
                let u = match Upagrahas::of_chart(&chart, &opts) {
                    Ok(u) => u,
                    Err(jyotish::Error::NoSunriseOrSunset { .. }) => {
                        assert!(lat.abs() > 60, "no sunrise at {lat}°");
                        polar += 1;
                        continue;
                    }
                    Err(e) => panic!("{lat}° {jd}: {e}"),
                };
                ok += 1;
                let d = &u.division;
                assert!(d.start_jd_ut <= jd && jd < d.end_jd_ut, "{lat}° {jd}");
                assert!(d.end_jd_ut - d.start_jd_ut < 1.0, "{lat}° {jd}");
                assert_eq!(d.parts[0].start_jd_ut, d.start_jd_ut);
                assert!((d.parts[7].end_jd_ut - d.end_jd_ut).abs() < 1e-9);
                for w in d.parts.windows(2) {
                    assert_eq!(w[0].end_jd_ut, w[1].start_jd_ut);
                }
                let lords: Vec<_> = d.parts.iter().filter_map(|p| p.lord).collect();
                assert_eq!(lords.len(), 7);
                assert_eq!(d.parts[7].lord, None);
                assert_eq!(
                    d.parts[0].lord,
                    Some(match d.half {
                        HalfDay::Day => d.vara.lord(),
                        // BPHS 3.66–69: the fifth lord from the day's.
                        HalfDay::Night => Graha::ALL[(d.vara.index() + 4) % 7],
                    })
                );
                for k in &u.kalavelas {
                    let p = &d.parts[usize::from(k.part)];
                    assert_eq!(p.lord, Some(k.kalavela.lord()));
                    let frac = (k.rises_jd_ut - p.start_jd_ut) / (p.end_jd_ut - p.start_jd_ut);
                    let want = match k.part_point {
                        PartPoint::Start => 0.0,
                        PartPoint::Middle => 0.5,
                        PartPoint::End => 1.0,
                        PartPoint::KeralaGhatis => unreachable!("not a default"),
                    };
                    assert!((frac - want).abs() < 1e-6, "{:?}: {frac}", k.kalavela);
                }
            }
        }
    }
    println!("{ok} divisions, {polar} polar errors");
    assert!(ok > 1500 && polar > 200, "{ok} / {polar}");
}
