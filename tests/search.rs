//! Event search (`jyotish::search`): crossings against an independent dense
//! scan with bisection, stations against JPL DE405/DE421 (skyfield
//! fixture), the rate and acceleration bounds measured over the whole
//! ephemeris range, and the cost per event.

mod common;

use common::Fixture;
use jyotish::search::{
    self, AngleRate, Grid, RateBounds, StationKind, StationScan, crossings,
    crossings_with_stations, next_crossing, previous_crossing, stations,
};
use jyotish::{Ayanamsa, Body, Error, JulianDayTt, ephemeris::position};
use proptest::prelude::*;
use std::cell::Cell;

const FIRST: f64 = 2_305_448.0; // 1600-01-02
const LAST: f64 = 2_524_957.0; // 2200-12-30

fn tt(jd: f64) -> JulianDayTt {
    JulianDayTt::new(jd).unwrap()
}

fn wrap180(x: f64) -> f64 {
    let r = x.rem_euclid(360.0);
    if r > 180.0 { r - 360.0 } else { r }
}

/// The reference: sample `f` every `step` days, and bisect every interval
/// where the angle passes a grid value (60 halvings: below 1 µs).
fn brute_force<F: FnMut(f64) -> f64>(
    mut f: F,
    a: f64,
    b: f64,
    grid_step: f64,
    step: f64,
) -> Vec<(f64, u32)> {
    let n = (360.0 / grid_step).round() as u32;
    let mut out = Vec::new();
    let mut t = a;
    let mut x = f(t);
    while t < b {
        let t1 = (t + step).min(b);
        let x1 = f(t1);
        // Unwrapped change over the interval (|change| < 180° by the step).
        let dx = wrap180(x1 - x);
        let k0 = (x / grid_step).floor();
        let k1 = ((x + dx) / grid_step).floor();
        if k1 != k0 {
            let goal = if dx > 0.0 {
                k1 * grid_step
            } else {
                k0 * grid_step
            };
            let (mut lo, mut hi) = (t, t1);
            for _ in 0..60 {
                let m = 0.5 * (lo + hi);
                let g = wrap180(f(m) - goal);
                if (g < 0.0) == (dx > 0.0) {
                    lo = m;
                } else {
                    hi = m;
                }
            }
            let idx = ((goal / grid_step).round() as i64).rem_euclid(n as i64) as u32;
            out.push((0.5 * (lo + hi), idx));
        }
        t = t1;
        x = x1;
    }
    out
}

fn moon_minus_sun(t: f64) -> f64 {
    let t = tt(t);
    position(Body::Moon, t).unwrap().longitude - position(Body::Sun, t).unwrap().longitude
}

/// Counts the evaluations made by a search.
fn counted<'a, F>(
    mut f: F,
    n: &'a Cell<usize>,
) -> impl FnMut(JulianDayTt) -> Result<AngleRate, Error> + 'a
where
    F: FnMut(JulianDayTt) -> Result<AngleRate, Error> + 'a,
{
    move |t| {
        n.set(n.get() + 1);
        f(t)
    }
}

/// The tithi and karana boundaries (Moon − Sun = 6k°) of 40-day windows
/// spread over 1600–2200 agree with a 0.1-day scan refined by bisection
/// within 0.1 s (measured: ≤ 1 ms), with the same indices and none missing.
#[test]
fn elongation_crossings_match_dense_scan() {
    let grid = Grid::new(0.0, 6.0).unwrap();
    let mut worst = 0.0f64;
    let mut total = 0;
    for i in 0..12 {
        let a = FIRST + 10.0 + i as f64 * 18_000.0 + 0.37 * i as f64;
        let b = a + 40.0;
        let got = crossings(
            search::elongation(Body::Moon, Body::Sun),
            tt(a),
            tt(b),
            grid,
            RateBounds::MOON_MINUS_SUN,
        )
        .unwrap();
        let want = brute_force(moon_minus_sun, a, b, 6.0, 0.1);
        assert_eq!(got.len(), want.len(), "window {a}");
        for (g, (w, k)) in got.iter().zip(&want) {
            assert_eq!(g.index, *k);
            worst = worst.max((g.jd_tt.value() - w).abs() * 86_400.0);
        }
        total += got.len();
    }
    println!("{total} crossings, worst {worst:.4} s");
    assert!(worst < 0.1, "worst {worst} s");
}

/// Nakshatra ingresses of the sidereal Moon (Lahiri) and sankrantis of the
/// sidereal Sun agree with a dense scan within 0.1 s.
#[test]
fn sidereal_ingresses_match_dense_scan() {
    let model = Ayanamsa::Lahiri.model();
    for (body, step, bounds, days, scan) in [
        (Body::Moon, 360.0 / 27.0, RateBounds::MOON, 60.0, 0.1),
        (Body::Sun, 30.0, RateBounds::SUN, 400.0, 1.0),
    ] {
        let a = 2_451_000.3;
        let b = a + days;
        let got = crossings(
            search::sidereal_longitude(body, model),
            tt(a),
            tt(b),
            Grid::new(0.0, step).unwrap(),
            bounds,
        )
        .unwrap();
        let f = |t: f64| {
            let t = tt(t);
            position(body, t).unwrap().longitude - model.at(t).true_degrees
        };
        let want = brute_force(f, a, b, step, scan);
        assert_eq!(got.len(), want.len());
        let worst = got
            .iter()
            .zip(&want)
            .map(|(g, (w, k))| {
                assert_eq!(g.index, *k);
                (g.jd_tt.value() - w).abs() * 86_400.0
            })
            .fold(0.0, f64::max);
        println!("{body}: {} ingresses, worst {worst:.4} s", got.len());
        assert!(worst < 0.1);
    }
}

/// Next and previous crossings bracket the instant and agree with the
/// full list.
#[test]
fn next_and_previous_agree_with_the_list() {
    let grid = Grid::new(0.0, 12.0).unwrap();
    let a = 2_460_000.5;
    let list = crossings(
        search::elongation(Body::Moon, Body::Sun),
        tt(a),
        tt(a + 30.0),
        grid,
        RateBounds::MOON_MINUS_SUN,
    )
    .unwrap();
    for w in list.windows(2) {
        let mid = 0.5 * (w[0].jd_tt.value() + w[1].jd_tt.value());
        let f = search::elongation(Body::Moon, Body::Sun);
        let n = next_crossing(f, tt(mid), grid, RateBounds::MOON_MINUS_SUN).unwrap();
        let f = search::elongation(Body::Moon, Body::Sun);
        let p = previous_crossing(f, tt(mid), grid, RateBounds::MOON_MINUS_SUN).unwrap();
        assert!((n.jd_tt.value() - w[1].jd_tt.value()).abs() * 86_400.0 < 0.01);
        assert!((p.jd_tt.value() - w[0].jd_tt.value()).abs() * 86_400.0 < 0.01);
        assert_eq!((p.index, n.index), (w[0].index, w[1].index));
    }
}

/// The cost grows with the number of events, not with the span: about two
/// evaluations per crossing, one more per call.
#[test]
fn cost_per_event() {
    let grid = Grid::new(0.0, 12.0).unwrap();
    for days in [30.0, 365.0, 3650.0] {
        let n = Cell::new(0);
        let f = counted(search::elongation(Body::Moon, Body::Sun), &n);
        let list = crossings(
            f,
            tt(2_450_000.5),
            tt(2_450_000.5 + days),
            grid,
            RateBounds::MOON_MINUS_SUN,
        )
        .unwrap();
        let per = n.get() as f64 / list.len() as f64;
        println!(
            "{days} days: {} crossings, {:.2} evaluations each",
            list.len(),
            per
        );
        assert!(per < 2.6, "{per} evaluations per crossing");
    }
}

/// Stations of Mercury … Pluto against the JPL fixture (stations found by
/// bisection of the skyfield central-difference speed to 1e-8 day). The
/// time of a station is only as sharp as the speed: an error δv in the
/// speed moves it by δv/|acceleration|, and our speeds are within 1e-6
/// °/day of JPL's derivative (`tests/ephemeris_vs_jpl.rs`); the fixture's
/// speed is a central difference of step h = 0.05 day, off the derivative
/// by h²/6 · jerk. The tolerance is (1e-6 + h²/6·|jerk|)/|a| days plus
/// 0.1 s (measured: see the output).
#[test]
fn stations_match_jpl() {
    let fx = Fixture::load("jpl_stations.csv");
    let mut seen = std::collections::BTreeSet::new();
    let mut worst_ratio = 0.0f64;
    let mut worst_s = 0.0f64;
    for r in &fx.rows {
        let truth = fx.f64(r, "station_jd_tt");
        let body_name = fx.str(r, "body");
        if !seen.insert((body_name.to_string(), (truth * 1000.0) as i64)) {
            continue;
        }
        let body = Body::ALL
            .into_iter()
            .find(|b| b.name().eq_ignore_ascii_case(body_name))
            .unwrap();
        let accel = (fx.f64(r, "speed_after") - fx.f64(r, "speed_before")) / 0.02;
        let scan = StationScan::for_body(body).unwrap();
        let found = stations(
            search::longitude(body),
            tt(truth - 3.0),
            tt(truth + 3.0),
            scan,
        )
        .unwrap();
        assert_eq!(found.len(), 1, "{body} station at {truth}");
        let s = found[0];
        let want = if fx.str(r, "station") == "R" {
            StationKind::Retrograde
        } else {
            StationKind::Direct
        };
        assert_eq!(s.kind, want);
        let err_days = (s.jd_tt.value() - truth).abs();
        // The fixture's speed is a central difference of step h = 0.05 day,
        // which differs from the derivative by h²/6 · jerk.
        let v = |d: f64| position(body, tt(truth + d)).unwrap().longitude_speed;
        let jerk = v(1.0) - 2.0 * v(0.0) + v(-1.0);
        let tol = (1e-6 + 0.05f64.powi(2) / 6.0 * jerk.abs()) / accel.abs() + 0.1 / 86_400.0;
        worst_ratio = worst_ratio.max(err_days / tol);
        if matches!(body, Body::Mercury) {
            worst_s = worst_s.max(err_days * 86_400.0);
        }
    }
    println!(
        "{} stations; worst error / tolerance {worst_ratio:.3}; Mercury worst {worst_s:.2} s",
        seen.len()
    );
    assert!(worst_ratio < 1.0);
}

/// Over 1600–2200 (sampled every 0.37 day), the rates of the Sun, the Moon,
/// Moon − Sun and Moon + Sun stay inside the published bounds, and the
/// accelerations inside the acceleration bounds.
#[test]
fn monotone_rate_bounds_hold() {
    let step = 0.37;
    let mut t = FIRST;
    let (mut sun, mut moon, mut diff, mut sum) = (
        [9e9f64, -9e9f64],
        [9e9f64, -9e9f64],
        [9e9f64, -9e9f64],
        [9e9f64, -9e9f64],
    );
    let mut accel_moon = 0.0f64;
    let mut prev: Option<(f64, f64)> = None;
    while t < LAST {
        let s = position(Body::Sun, tt(t)).unwrap().longitude_speed;
        let m = position(Body::Moon, tt(t)).unwrap().longitude_speed;
        for (b, v) in [
            (&mut sun, s),
            (&mut moon, m),
            (&mut diff, m - s),
            (&mut sum, m + s),
        ] {
            b[0] = b[0].min(v);
            b[1] = b[1].max(v);
        }
        if let Some((pt, pm)) = prev {
            accel_moon = accel_moon.max(((m - pm) / (t - pt)).abs());
        }
        prev = Some((t, m));
        t += step;
    }
    println!(
        "sun {sun:?} moon {moon:?} moon-sun {diff:?} moon+sun {sum:?} moon accel {accel_moon}"
    );
    for (b, r) in [
        (sun, RateBounds::SUN),
        (moon, RateBounds::MOON),
        (diff, RateBounds::MOON_MINUS_SUN),
        (sum, RateBounds::MOON_PLUS_SUN),
    ] {
        assert!(b[0] > r.min_deg_per_day() && b[1] < r.max_deg_per_day());
    }
    assert!(accel_moon < 0.6);
}

/// The station-scan bounds of each planet hold over 1600–2200: largest
/// |rate|, largest |acceleration| (from rate differences 0.5 day apart),
/// shortest time between stations.
#[test]
fn station_scan_bounds_hold() {
    let mut ok = true;
    for body in [
        Body::Mercury,
        Body::Venus,
        Body::Mars,
        Body::Jupiter,
        Body::Saturn,
        Body::Uranus,
        Body::Neptune,
        Body::Pluto,
    ] {
        let step = 2.0;
        let (mut max_rate, mut max_acc, mut min_gap) = (0.0f64, 0.0f64, f64::INFINITY);
        let mut last_station: Option<f64> = None;
        let mut t = FIRST;
        let mut prev = position(body, tt(t)).unwrap().longitude_speed;
        while t + step < LAST {
            let p = position(body, tt(t + step)).unwrap();
            let v = p.longitude_speed;
            max_rate = max_rate.max(v.abs());
            let sun = position(Body::Sun, tt(t + step)).unwrap().longitude;
            if wrap180(p.longitude - sun).abs() > 3.0 {
                max_acc = max_acc.max(((v - prev) / step).abs());
            }
            if (v > 0.0) != (prev > 0.0) {
                let ts = t + step * prev / (prev - v);
                if let Some(l) = last_station {
                    min_gap = min_gap.min(ts - l);
                }
                last_station = Some(ts);
            }
            prev = v;
            t += step;
        }
        println!(
            "{body}: max |rate| {max_rate:.4}, max |accel| {max_acc:.5}, min gap {min_gap:.1} d"
        );
        let scan = StationScan::for_body(body).unwrap();
        ok &= max_rate * 1.2 <= scan.max_rate_deg_per_day()
            && max_acc * 1.2 <= scan.max_accel_deg_per_day2()
            && min_gap >= scan.min_gap_days() * 1.1;
    }
    assert!(
        ok,
        "a bound is less than 20 % (gap 10 %) beyond the measured extreme"
    );
}

/// Planet ingresses with retrograde loops agree with a dense scan.
#[test]
fn planet_ingresses_with_loops() {
    for body in [Body::Mercury, Body::Mars, Body::Saturn] {
        let a = 2_455_000.5;
        let b = a + 800.0;
        let got = crossings_with_stations(
            search::longitude(body),
            tt(a),
            tt(b),
            Grid::new(0.0, 30.0).unwrap(),
            StationScan::for_body(body).unwrap(),
        )
        .unwrap();
        let f = |t: f64| position(body, tt(t)).unwrap().longitude;
        let want = brute_force(f, a, b, 30.0, 0.25);
        assert_eq!(got.len(), want.len(), "{body}");
        for (g, (w, k)) in got.iter().zip(&want) {
            assert_eq!(g.index, *k);
            assert!((g.jd_tt.value() - w).abs() * 86_400.0 < 0.1, "{body} {w}");
        }
    }
}

#[test]
fn bad_input_is_an_error_or_empty() {
    assert!(Grid::new(f64::NAN, 12.0).is_err());
    assert!(Grid::new(0.0, 0.0).is_err());
    assert!(RateBounds::new(2.0, 1.0, 0.1).is_err());
    assert!(StationScan::new(1.0, 0.0, 10.0).is_err());
    // An empty span has no events; a span outside the ephemeris is an error.
    let g = Grid::new(0.0, 12.0).unwrap();
    let f = search::elongation(Body::Moon, Body::Sun);
    assert!(
        crossings(
            f,
            tt(2_451_000.0),
            tt(2_450_000.0),
            g,
            RateBounds::MOON_MINUS_SUN
        )
        .unwrap()
        .is_empty()
    );
    let f = search::elongation(Body::Moon, Body::Sun);
    assert!(matches!(
        crossings(
            f,
            tt(2_600_000.0),
            tt(2_600_010.0),
            g,
            RateBounds::MOON_MINUS_SUN
        ),
        Err(Error::OutsideEphemeris { .. })
    ));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// Between two consecutive crossings the tithi index is constant and
    /// equals the crossing's index (floor((Moon − Sun)/12°)).
    #[test]
    fn tithi_constant_between_crossings(start in 2_400_000.0f64..2_500_000.0, frac in 0.01f64..0.99) {
        let grid = Grid::new(0.0, 12.0).unwrap();
        let list = crossings(search::elongation(Body::Moon, Body::Sun), tt(start), tt(start + 5.0), grid, RateBounds::MOON_MINUS_SUN).unwrap();
        prop_assert!(list.len() >= 3);
        for w in list.windows(2) {
            prop_assert!(w[1].jd_tt.value() > w[0].jd_tt.value());
            let t = w[0].jd_tt.value() + frac * (w[1].jd_tt.value() - w[0].jd_tt.value());
            let e = moon_minus_sun(t).rem_euclid(360.0);
            prop_assert_eq!((e / 12.0).floor() as u32, w[0].index);
        }
    }
}

#[test]
fn debug_ingress() {
    let body = Body::Mercury;
    let a = 2_455_000.5;
    let b = a + 300.0;
    let got = crossings_with_stations(
        search::longitude(body),
        tt(a),
        tt(b),
        Grid::new(0.0, 30.0).unwrap(),
        StationScan::for_body(body).unwrap(),
    )
    .unwrap();
    for g in &got {
        println!(
            "{:.6} {} {:.4}",
            g.jd_tt.value(),
            g.index,
            g.rate_deg_per_day
        );
    }
    let st = stations(
        search::longitude(body),
        tt(a),
        tt(b),
        StationScan::for_body(body).unwrap(),
    )
    .unwrap();
    for s in &st {
        println!(
            "station {:.6} {:?} {:.4}",
            s.jd_tt.value(),
            s.kind,
            s.angle_deg
        );
    }
}
