//! Evaluates one body's position `N` times, for instruction counting:
//! `valgrind --tool=callgrind target/release/examples/ephemeris_loop moon 1000`
//! minus the same with 0 gives the instructions per evaluation.

fn main() {
    let mut args = std::env::args().skip(1);
    let name = args.next().unwrap_or_else(|| "moon".into());
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1000);
    let body = jyotish::Body::ALL
        .into_iter()
        .find(|b| b.name().replace(' ', "_").eq_ignore_ascii_case(&name))
        .unwrap_or(jyotish::Body::Moon);
    let t0 = 2_447_906.875_658;
    let mut sum = 0.0;
    for i in 0..n {
        // Step through a few days so the lookups are realistic.
        let t = jyotish::JulianDayTt::new(t0 + (i % 97) as f64 * 0.37).expect("valid date");
        sum += jyotish::ephemeris::position(body, t)
            .expect("inside the tables")
            .longitude;
    }
    println!("{sum}");
}
