//! Criterion group `varga`: all 23 classical vargas (Parashara) of the
//! ascendant and nine grahas of one chart — rashis only (`named_rashis`,
//! the issue's ≤ 300 ns budget), full charts with varga longitudes and
//! vargottama flags (`VargaChart::named`, and `varga_charts` into a `Vec`)
//! — and one varga rashi of one longitude. The chart is the first random
//! chart of the PyJHora fixture (`tests/data/pyjhora_varga.csv`).

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use jyotish::Longitude;
use jyotish::varga::{Varga, VargaChart, named_rashis, varga_charts, varga_rashi};

const CSV: &str = include_str!("../tests/data/pyjhora_varga.csv");

/// Ascendant and Sun … Ketu of the fixture's first chart.
fn first_chart() -> (Longitude, [Longitude; 9]) {
    let lons: Vec<Longitude> = CSV
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .take(10)
        .map(|l| Longitude::new(l.split(',').nth(2).unwrap().parse().unwrap()).unwrap())
        .collect();
    (lons[0], core::array::from_fn(|i| lons[i + 1]))
}

fn varga(c: &mut Criterion) {
    let mut g = c.benchmark_group("varga");
    let (asc, grahas) = first_chart();
    g.bench_function("named_23_x_10_rashis", |b| {
        b.iter(|| named_rashis(black_box(asc), black_box(&grahas)))
    });
    g.bench_function("named_23_x_10_charts", |b| {
        b.iter(|| VargaChart::named(black_box(asc), black_box(&grahas)))
    });
    g.bench_function("named_23_x_10_charts_vec", |b| {
        b.iter(|| varga_charts(black_box(&Varga::NAMED), black_box(asc), black_box(&grahas)))
    });
    let d9 = Varga::NAMED[8];
    g.bench_function("one_rashi_d9", |b| {
        b.iter(|| varga_rashi(black_box(asc), black_box(d9)))
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = varga
}
criterion_main!(benches);
