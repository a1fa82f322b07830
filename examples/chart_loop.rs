//! Computes the same D1 chart `N` times, for instruction counting:
//! `valgrind --tool=callgrind target/release/examples/chart_loop 1000`
//! minus the same with 0 gives the instructions per chart.

fn main() {
    let n: u32 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1000);
    let config = jyotish::ChartConfig::default();
    let mut sum = 0.0;
    for i in 0..n {
        // 1990-01-15 14:30 IST, Pune, stepping an hour at a time.
        let jd = jyotish::JulianDayUt::new(2_447_906.875 + f64::from(i % 97) / 24.0)
            .expect("valid date");
        let birth = jyotish::BirthData::new(jd, 18.5204, 73.8567, 0.0).expect("valid place");
        sum += jyotish::Chart::new(&birth, &config)
            .expect("inside the tables")
            .ascendant
            .longitude;
    }
    println!("{sum}");
}
