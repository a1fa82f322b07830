//! Criterion group `ephemeris`: one body's full position with rates, and all
//! twelve bodies (ten tables and the two nodes) at one instant.

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use jyotish::{Body, JulianDayTt, ephemeris::position};

fn ephemeris(c: &mut Criterion) {
    let mut g = c.benchmark_group("ephemeris");
    // A birth instant: 1990-01-15 09:00 UT.
    let t = JulianDayTt::new(2_447_906.875_658).unwrap();
    for body in [
        Body::Sun,
        Body::Moon,
        Body::Mercury,
        Body::Jupiter,
        Body::Pluto,
        Body::MeanNode,
        Body::TrueNode,
    ] {
        g.bench_function(
            format!("position_{}", body.name().to_lowercase().replace(' ', "_")),
            |b| b.iter(|| position(black_box(body), black_box(t)).unwrap()),
        );
    }
    g.bench_function("all_12_bodies", |b| {
        b.iter(|| jyotish::ephemeris::all_positions(black_box(t)).unwrap())
    });
    // Through a SegmentCache, stepping an hour each call within a day (the
    // segment stays decoded): what searches and panchangs pay per position.
    for body in [Body::Sun, Body::Moon] {
        let mut cache = jyotish::ephemeris::SegmentCache::new();
        let mut hour = 0u32;
        g.bench_function(
            format!("cached_hourly_{}", body.name().to_lowercase()),
            |b| {
                b.iter(|| {
                    hour = (hour + 1) % 24;
                    let t = JulianDayTt::new(t.value() + f64::from(hour) / 24.0).unwrap();
                    cache.position(black_box(body), t).unwrap()
                })
            },
        );
        let mut cache = jyotish::ephemeris::SegmentCache::new();
        g.bench_function(
            format!("cached_hourly_longitude_{}", body.name().to_lowercase()),
            |b| {
                b.iter(|| {
                    hour = (hour + 1) % 24;
                    let t = JulianDayTt::new(t.value() + f64::from(hour) / 24.0).unwrap();
                    cache.longitude(black_box(body), t).unwrap()
                })
            },
        );
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = ephemeris
}
criterion_main!(benches);
