//! Criterion group `houses`: `compute` for every system (closed form and
//! iterative), the 36 Gauquelin sectors, and `houses_at` (sidereal time,
//! nutation and, for Sunshine, the Sun) — on a birth from
//! `tests/data/swe_houses_births.csv` (id 3: 2066, 43.25° N, 122.96° E).

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use jyotish::JulianDayUt;
use jyotish::houses::{HouseOptions, HouseSystem, compute, gauquelin_sectors, houses_at};

/// (jd_ut, lat, lon, true obliquity, ARMC, Sun declination) of the birth.
fn birth() -> (f64, f64, f64, f64, f64, f64) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/swe_houses_births.csv"
    );
    let text = std::fs::read_to_string(path).expect("fixture");
    let row = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .find(|l| l.starts_with("3,"))
        .expect("birth 3");
    let f: Vec<f64> = row
        .split(',')
        .map(|s| s.parse().unwrap_or(f64::NAN))
        .collect();
    (f[2], f[3], f[4], f[6], f[7], f[10])
}

fn houses(c: &mut Criterion) {
    let mut g = c.benchmark_group("houses");
    let (jd, lat, lon, eps, armc, dec) = birth();
    let opts = HouseOptions {
        sun_declination_deg: Some(dec),
        ..HouseOptions::default()
    };
    for system in HouseSystem::ALL {
        g.bench_function(format!("compute_{}", system.name()), |b| {
            b.iter(|| {
                compute(
                    black_box(system),
                    black_box(armc),
                    black_box(lat),
                    black_box(eps),
                    &opts,
                )
                .unwrap()
            })
        });
    }
    g.bench_function("gauquelin_36_sectors", |b| {
        b.iter(|| gauquelin_sectors(black_box(armc), black_box(lat), black_box(eps)).unwrap())
    });
    let ut = JulianDayUt::new(jd).unwrap();
    let plain = HouseOptions::default();
    for system in [
        HouseSystem::Placidus,
        HouseSystem::WholeSign,
        HouseSystem::Sunshine,
    ] {
        g.bench_function(format!("houses_at_{}", system.name()), |b| {
            b.iter(|| houses_at(black_box(system), black_box(ut), lat, lon, &plain).unwrap())
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_millis(300))
        .measurement_time(std::time::Duration::from_secs(1));
    targets = houses
}
criterion_main!(benches);
