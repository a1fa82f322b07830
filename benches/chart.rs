//! Criterion group `chart`: a full D1 chart (ayanamsa, 9 grahas and 3 outer
//! planets with speeds, ascendant, whole-sign houses, nakshatras, KP lords,
//! dignities, drishti, karakas), and the same with Placidus bhavas.

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use jyotish::{BirthData, Chart, ChartConfig, HouseSystem, JulianDayUt};

fn chart(c: &mut Criterion) {
    let mut g = c.benchmark_group("chart");
    // 1990-01-15 14:30 IST, Pune.
    let birth = BirthData::new(
        JulianDayUt::new(2_447_906.875).unwrap(),
        18.5204,
        73.8567,
        0.0,
    )
    .unwrap();
    let d1 = ChartConfig::default();
    g.bench_function("d1_whole_sign", |b| {
        b.iter(|| Chart::new(black_box(&birth), black_box(&d1)).unwrap())
    });
    let placidus = ChartConfig {
        bhava_system: Some(HouseSystem::Placidus),
        ..ChartConfig::default()
    };
    g.bench_function("d1_with_placidus_bhavas", |b| {
        b.iter(|| Chart::new(black_box(&birth), black_box(&placidus)).unwrap())
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = chart
}
criterion_main!(benches);
