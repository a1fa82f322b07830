//! Computes one house system `N` times, for instruction counting:
//! `valgrind --tool=callgrind target/release/examples/houses_loop 1000 regiomontanus`
//! minus the same with 0 gives the instructions per call.

fn main() {
    let n: u32 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1000);
    let sys = std::env::args().nth(2).unwrap_or_else(|| "equal".into());
    let system = jyotish::HouseSystem::from_name(&sys).expect("a house system name");
    let opts = jyotish::HouseOptions {
        sun_declination_deg: Some(-20.0),
        ..Default::default()
    };
    let mut s = 0.0;
    for i in 0..n {
        let h = jyotish::houses::compute(system, 123.4 + f64::from(i % 7), 43.25, 23.44, &opts)
            .expect("defined at 43° N");
        s += h.cusps[3];
    }
    println!("{s}");
}
