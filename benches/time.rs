//! Criterion group `time`: civil → TT conversion, Delta T, nutation,
//! sidereal time and ayanamsa, on instants from the Swiss fixtures' range.

use chrono::NaiveDate;
use criterion::{Criterion, black_box, criterion_group, criterion_main};
use jyotish::{
    Ayanamsa, DeltaT, Disambiguation, JulianDayTt, JulianDayUt, Nutation, Zone,
    apparent_sidereal_time_deg,
};

fn time(c: &mut Criterion) {
    let mut g = c.benchmark_group("time");
    let local = NaiveDate::from_ymd_opt(1990, 1, 15)
        .unwrap()
        .and_hms_opt(14, 30, 0)
        .unwrap();
    let zone = Zone::iana("Asia/Kolkata").unwrap();
    g.bench_function("civil_iana_to_tt", |b| {
        b.iter(|| {
            JulianDayUt::from_local(black_box(&local), black_box(&zone), Disambiguation::Reject)
                .unwrap()
                .to_tt()
        })
    });
    let ut = JulianDayUt::new(2_447_906.875).unwrap();
    g.bench_function("delta_t_1990", |b| {
        b.iter(|| DeltaT::SwissEphemeris.seconds_at(black_box(ut)))
    });
    let ut_1850 = JulianDayUt::new(2_396_000.3).unwrap();
    g.bench_function("delta_t_1848_spline", |b| {
        b.iter(|| DeltaT::SwissEphemeris.seconds_at(black_box(ut_1850)))
    });
    let tt = ut.to_tt();
    g.bench_function("nutation_iau2000b", |b| {
        b.iter(|| Nutation::at(black_box(tt)))
    });
    g.bench_function("apparent_sidereal_time", |b| {
        b.iter(|| apparent_sidereal_time_deg(black_box(ut)))
    });
    let model = Ayanamsa::Lahiri.model();
    g.bench_function("ayanamsa_lahiri_mean_prepared", |b| {
        b.iter(|| model.mean_degrees(black_box(tt)))
    });
    g.bench_function("ayanamsa_lahiri_mean_and_true_prepared", |b| {
        b.iter(|| model.at(black_box(tt)))
    });
    g.bench_function("ayanamsa_lahiri_from_scratch", |b| {
        b.iter(|| Ayanamsa::Lahiri.at(black_box(tt)))
    });
    let j2000 = JulianDayTt::J2000;
    g.bench_function("ayanamsa_krishnamurti_from_scratch", |b| {
        b.iter(|| Ayanamsa::Krishnamurti.at(black_box(j2000)))
    });
    let chitra = Ayanamsa::TrueChitra.model();
    g.bench_function("ayanamsa_true_chitra_mean", |b| {
        b.iter(|| chitra.mean_degrees(black_box(tt)))
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = time
}
criterion_main!(benches);
