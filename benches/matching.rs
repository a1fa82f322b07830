//! Criterion group `matching`: one Ashtakoota match (direct and from the
//! precomputed [`Matcher`] table), one Dashakoota match, Kuja dosha for a
//! couple, building the table, and ranking one profile against a million
//! candidates. The (boy, girl) pairs are those of the PyJHora fixture
//! `tests/data/pyjhora_match_pairs.csv`.

use criterion::{BatchSize, Criterion, black_box, criterion_group, criterion_main};
use jyotish::Rashi;
use jyotish::matching::{
    AshtakootOptions, DashakootOptions, KujaInput, KujaOptions, Matcher, MoonClass, Role,
    ashtakoot, dashakoot, kuja_match,
};

/// (boy, girl) Moon classes from the fixture.
fn fixture_pairs() -> Vec<(MoonClass, MoonClass)> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/pyjhora_match_pairs.csv"
    );
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .map(|l| {
            let v: Vec<u8> = l.split(',').take(4).map(|s| s.parse().unwrap()).collect();
            (
                MoonClass::new(v[0], v[1]).unwrap(),
                MoonClass::new(v[2], v[3]).unwrap(),
            )
        })
        .collect()
}

/// A deterministic pseudo-random list of candidates (xorshift64).
fn candidates(n: usize) -> Vec<MoonClass> {
    let mut x = 0x9e37_79b9_7f4a_7c15u64;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            MoonClass::from_index((x % MoonClass::COUNT as u64) as usize).unwrap()
        })
        .collect()
}

fn matching(c: &mut Criterion) {
    let mut g = c.benchmark_group("matching");
    let pairs = fixture_pairs();
    // A power-of-two count, so picking the next pair is a mask, not a division.
    assert!(pairs.len() >= 1024);
    let opts = AshtakootOptions::default();
    let matcher = Matcher::new(opts);

    let mut i = 0usize;
    g.bench_function("ashtakoot_direct", |b| {
        b.iter(|| {
            let (boy, girl) = pairs[i & 1023];
            i += 1;
            ashtakoot(black_box(boy), black_box(girl), &opts)
        })
    });
    let mut i = 0usize;
    g.bench_function("ashtakoot_table", |b| {
        b.iter(|| {
            let (boy, girl) = pairs[i & 1023];
            i += 1;
            matcher.ashtakoot(black_box(boy), black_box(girl))
        })
    });
    let mut i = 0usize;
    g.bench_function("ashtakoot_total_only", |b| {
        b.iter(|| {
            let (boy, girl) = pairs[i & 1023];
            i += 1;
            matcher.total_after_half_points(black_box(boy), black_box(girl))
        })
    });
    let dopts = DashakootOptions::default();
    let mut i = 0usize;
    g.bench_function("dashakoot_direct", |b| {
        b.iter(|| {
            let (boy, girl) = pairs[i & 1023];
            i += 1;
            dashakoot(black_box(boy), black_box(girl), &dopts)
        })
    });
    let chart = KujaInput {
        lagna: Rashi::Aries,
        moon: Rashi::Gemini,
        venus: Rashi::Gemini,
        mars: Rashi::Libra,
        mars_house_from_lagna: None,
        jupiter: Rashi::Taurus,
        saturn: Rashi::Pisces,
        rahu: Rashi::Pisces,
        mars_retrograde: false,
    };
    let kopts = KujaOptions::default();
    g.bench_function("kuja_match", |b| {
        b.iter(|| kuja_match(black_box(&chart), black_box(&chart), &kopts))
    });
    g.sample_size(20);
    g.bench_function("matcher_build", |b| {
        b.iter(|| Matcher::new(black_box(opts)))
    });
    let cands = candidates(1_000_000);
    let profile = pairs[0].0;
    g.bench_function("rank_1m_top100", |b| {
        b.iter_batched(
            || (),
            |_| matcher.rank(black_box(profile), Role::Boy, black_box(&cands), 100),
            BatchSize::SmallInput,
        )
    });
    g.finish();
}

criterion_group!(benches, matching);
criterion_main!(benches);
