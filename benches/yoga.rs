//! Criterion group `yoga`: the whole catalogue on one chart — building
//! [`ChartFacts`] from longitudes, evaluating every yoga into matches
//! (`evaluate`, allocating), and presence only (`is_present`, no
//! allocation). The budget is ≤ 5 µs for the catalogue. The chart is
//! the first birth of the PyJHora yoga fixture (`tests/data/pyjhora_yoga.csv`).

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use jyotish::yoga::{CATALOGUE, ChartFacts, evaluate, is_present};

const CSV: &str = include_str!("../tests/data/pyjhora_yoga.csv");

/// Ascendant and Sun … Ketu of the fixture's first birth.
fn first_birth() -> (f64, [f64; 9]) {
    let line = CSV.lines().filter(|l| !l.starts_with('#')).nth(1).unwrap();
    let f: Vec<f64> = line
        .split(',')
        .skip(4)
        .take(10)
        .map(|x| x.parse().unwrap())
        .collect();
    (f[0], core::array::from_fn(|i| f[i + 1]))
}

fn yoga(c: &mut Criterion) {
    let mut g = c.benchmark_group("yoga");
    let (asc, grahas) = first_birth();
    let facts = ChartFacts::from_longitudes(asc, &grahas);
    g.bench_function("facts_from_longitudes", |b| {
        b.iter(|| ChartFacts::from_longitudes(black_box(asc), black_box(&grahas)))
    });
    g.bench_function("evaluate_catalogue", |b| {
        b.iter(|| evaluate(black_box(&facts)))
    });
    g.bench_function("presence_catalogue", |b| {
        b.iter(|| {
            CATALOGUE
                .iter()
                .filter(|y| is_present(y, black_box(&facts)))
                .count()
        })
    });
    g.bench_function("facts_and_evaluate", |b| {
        b.iter(|| {
            evaluate(&ChartFacts::from_longitudes(
                black_box(asc),
                black_box(&grahas),
            ))
        })
    });
    g.finish();
}

criterion_group!(benches, yoga);
criterion_main!(benches);
