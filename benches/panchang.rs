//! Criterion group `panchang`: one full day (sunrise to sunrise, the five
//! limbs with exact start and end, muhurtas, month, moonrise), a year of
//! daily panchangs at one place, and the parts: sunrise alone and one
//! tithi boundary; the upagrahas of a chart (the day's division by sunrise
//! and sunset, and six ascendants).

use chrono::NaiveDate;
use criterion::{Criterion, black_box, criterion_group, criterion_main};
use jyotish::panchang::rise::{self, HorizonEvent, RiseOptions};
use jyotish::panchang::{self, PanchangOptions, Place};
use jyotish::search::{self, Grid, RateBounds};
use jyotish::{Body, JulianDayTt, JulianDayUt, Zone};

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("panchang");
    let place = Place::new(28.6139, 77.2090, 216.0).unwrap();
    let zone = Zone::iana("Asia/Kolkata").unwrap();
    let date = NaiveDate::from_ymd_opt(2024, 3, 20).unwrap();
    let options = PanchangOptions::default();
    g.bench_function("one_day", |b| {
        b.iter(|| panchang::panchang(black_box(date), &zone, &place, &options).unwrap())
    });
    let jan1 = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    g.sample_size(20);
    g.bench_function("year_of_days", |b| {
        b.iter(|| panchang::panchang_days(black_box(jan1), 365, &zone, &place, &options).unwrap())
    });
    g.sample_size(100);
    let midnight = JulianDayUt::new(2_460_389.270_833).unwrap();
    g.bench_function("sunrise", |b| {
        b.iter(|| {
            rise::next(
                Body::Sun,
                HorizonEvent::Rise,
                &place,
                black_box(midnight),
                1.0,
                &RiseOptions::HINDU,
            )
            .unwrap()
        })
    });
    let t = JulianDayTt::new(2_460_389.5).unwrap();
    let grid = Grid::new(0.0, 12.0).unwrap();
    g.bench_function("next_tithi_boundary", |b| {
        b.iter(|| {
            search::next_crossing(
                search::elongation(Body::Moon, Body::Sun),
                black_box(t),
                grid,
                RateBounds::MOON_MINUS_SUN,
            )
            .unwrap()
        })
    });
    // Upagrahas of a Delhi chart (2024-03-20 10:00 IST): sunrise and
    // sunset around the birth, six ascendants, the Sun-based five.
    let chart = jyotish::Chart::new(
        &jyotish::BirthData::new(JulianDayUt::new(2_460_389.687_5).unwrap(), 28.6, 77.2, 0.0)
            .unwrap(),
        &jyotish::ChartConfig::default(),
    )
    .unwrap();
    let up = jyotish::upagraha::UpagrahaOptions::default();
    g.bench_function("upagrahas", |b| {
        b.iter(|| jyotish::upagraha::Upagrahas::of_chart(black_box(&chart), &up).unwrap())
    });
    // What a day is made of (for the cost model in the module docs).
    let model = jyotish::Ayanamsa::Lahiri.model();
    g.bench_function("part_ayanamsa_at", |b| b.iter(|| model.at(black_box(t))));
    g.bench_function("part_nutation_at", |b| {
        b.iter(|| jyotish::Nutation::at(black_box(t)))
    });
    g.bench_function("part_sidereal_time", |b| {
        b.iter(|| jyotish::apparent_sidereal_time_deg(black_box(midnight)))
    });
    g.bench_function("part_moon_and_sun", |b| {
        b.iter(|| {
            (
                jyotish::ephemeris::position(Body::Moon, black_box(t)).unwrap(),
                jyotish::ephemeris::position(Body::Sun, black_box(t)).unwrap(),
            )
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
