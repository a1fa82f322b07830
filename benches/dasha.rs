//! Criterion group `dasha`: the running maha→prana path at an instant, all
//! 729 pratyantardashas of a Vimshottari cycle (nested and streamed),
//! building a tree from a birth (ephemeris Moon included) and an owned
//! report. Births are the first rows of `tests/data/dasha_vimshottari_jpl.csv`.

use criterion::{Criterion, black_box, criterion_group, criterion_main};
use jyotish::dasha::{Dasha, DashaLevel, DashaOptions, DashaSystem};
use jyotish::{Ayanamsa, JulianDayUt, Longitude};

/// (JD UT, sidereal Moon) of the first `n` fixture births.
fn births(n: usize) -> Vec<(f64, f64)> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/dasha_vimshottari_jpl.csv"
    );
    let text = std::fs::read_to_string(path).expect("fixture");
    let mut lines = text.lines().filter(|l| !l.starts_with('#'));
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (jd, moon) = (col("jd_ut"), col("moon_sidereal_deg"));
    lines
        .take(n)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[jd].parse().unwrap(), f[moon].parse().unwrap())
        })
        .collect()
}

fn dasha(c: &mut Criterion) {
    let mut g = c.benchmark_group("dasha");
    let trees: Vec<Dasha> = births(16)
        .into_iter()
        .map(|(jd, moon)| {
            Dasha::new(
                DashaSystem::Vimshottari,
                Longitude::new(moon).unwrap(),
                JulianDayUt::new(jd).unwrap(),
                DashaOptions::default(),
            )
            .unwrap()
        })
        .collect();
    // An instant 40 years after each birth.
    let instants: Vec<JulianDayUt> = trees
        .iter()
        .map(|d| JulianDayUt::new(d.birth().value() + 40.0 * 365.25).unwrap())
        .collect();

    let mut i = 0;
    g.bench_function("at_maha_to_prana", |b| {
        b.iter(|| {
            i = (i + 1) & 15;
            let p = trees[i]
                .at(black_box(instants[i]), DashaLevel::Prana)
                .unwrap();
            black_box(p.deepest().start())
        })
    });
    let mut i = 0;
    g.bench_function("at_maha_to_deha", |b| {
        b.iter(|| {
            i = (i + 1) & 15;
            let p = trees[i]
                .at(black_box(instants[i]), DashaLevel::Deha)
                .unwrap();
            black_box(p.deepest().start())
        })
    });

    let d = &trees[0];
    g.bench_function("pratyantardashas_729_nested", |b| {
        b.iter(|| {
            let mut acc = 0.0;
            for m in black_box(d).mahadashas() {
                for a in m.children() {
                    for p in a.children() {
                        acc += p.start().value();
                    }
                }
            }
            black_box(acc)
        })
    });
    let end = d.mahadashas().last().unwrap().end();
    g.bench_function("pratyantardashas_729_streamed", |b| {
        b.iter(|| {
            let mut acc = 0.0;
            for p in black_box(d)
                .periods_between(d.epoch(), end, DashaLevel::Pratyantardasha)
                .unwrap()
            {
                acc += p.start().value();
            }
            black_box(acc)
        })
    });
    let birth = d.birth();
    g.bench_function("from_moon_lahiri", |b| {
        b.iter(|| {
            Dasha::from_moon(
                DashaSystem::Vimshottari,
                black_box(birth),
                Ayanamsa::Lahiri,
                DashaOptions::default(),
            )
            .unwrap()
        })
    });
    g.bench_function("report_to_pratyantardasha", |b| {
        b.iter(|| black_box(d).report(DashaLevel::Pratyantardasha))
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = dasha
}
criterion_main!(benches);
