//! Daily panchangs at one place, for instruction counting:
//! `valgrind --tool=callgrind target/release/examples/panchang_loop 365`
//! (one `panchang_days` call for a year) or `… 365 single` (365 separate
//! `panchang` calls, each starting cold); minus the same with 0 gives the
//! instructions of the work.

fn main() {
    let mut args = std::env::args().skip(1);
    let days: u32 = args.next().and_then(|s| s.parse().ok()).unwrap_or(365);
    let single = args.next().as_deref() == Some("single");
    let place = jyotish::panchang::Place::new(28.6139, 77.2090, 216.0).expect("valid place");
    let zone = jyotish::Zone::iana("Asia/Kolkata").expect("known zone");
    let start = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).expect("valid date");
    let options = jyotish::panchang::PanchangOptions::default();
    let n = if single {
        (0..days)
            .map(|i| {
                let date = start + chrono::Days::new(u64::from(i));
                jyotish::panchang::panchang(date, &zone, &place, &options)
                    .expect("inside the tables")
                    .tithis
                    .len()
            })
            .sum::<usize>()
    } else {
        jyotish::panchang::panchang_days(start, days, &zone, &place, &options)
            .expect("inside the tables")
            .len()
    };
    println!("{n}");
}
