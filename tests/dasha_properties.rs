//! Invariants of the dasha trees for every system and option: children tile
//! their parent to the nanosecond, cycles last exactly their documented
//! years, the path at an instant is a chain of parent and child that
//! contains it, and streaming agrees with walking the tree.

use jyotish::dasha::{
    BalanceRule, Dasha, DashaLevel, DashaOptions, DashaSystem, Period, SubPeriods, YearLength,
};
use jyotish::{Error, JulianDayUt, Longitude};
use proptest::prelude::*;

fn options() -> impl Strategy<Value = DashaOptions> {
    (0..5usize, any::<bool>(), 0..3usize).prop_map(|(y, eq, b)| DashaOptions {
        year: YearLength::ALL[y],
        sub_periods: if eq {
            SubPeriods::Equal
        } else {
            SubPeriods::Proportional
        },
        balance: [None, Some(BalanceRule::Nakshatra), Some(BalanceRule::Group)][b],
    })
}

fn dasha() -> impl Strategy<Value = Dasha> {
    (
        0..11usize,
        0.0..360.0f64,
        2_300_000.0..2_600_000.0f64,
        options(),
    )
        .prop_map(|(s, lon, jd, o)| {
            Dasha::new(
                DashaSystem::ALL[s],
                Longitude::new(lon).unwrap(),
                JulianDayUt::new(jd).unwrap(),
                o,
            )
            .unwrap()
        })
}

/// Checks that `p`'s children tile it exactly, recursing `depth` more levels
/// along one child chosen by `pick`.
fn check_tiling(p: &Period<'_>, depth: u8, pick: usize) {
    let kids: Vec<_> = p.children().collect();
    let n = p_lords(p);
    assert_eq!(kids.len(), n);
    assert_eq!(kids[0].start_ns(), p.start_ns());
    assert_eq!(
        kids[0].lord(),
        p.lord(),
        "the first sub-period is the parent's own lord"
    );
    assert_eq!(kids[n - 1].end_ns(), p.end_ns());
    for w in kids.windows(2) {
        assert_eq!(w[0].end_ns(), w[1].start_ns());
        assert!(w[0].start_ns() < w[1].start_ns());
    }
    let sum: u64 = kids.iter().map(|k| k.end_ns() - k.start_ns()).sum();
    assert_eq!(sum, p.end_ns() - p.start_ns());
    if depth > 0 {
        check_tiling(&kids[pick % n], depth - 1, pick / 3 + 1);
    }
}

fn p_lords(p: &Period<'_>) -> usize {
    p.children().len()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn children_tile_parents(d in dasha(), pick in 0usize..10_000) {
        for maha in d.mahadashas() {
            check_tiling(&maha, 4, pick);
        }
    }

    #[test]
    fn cycles_last_their_documented_years(d in dasha()) {
        let year_ns = d.options().year.nanoseconds();
        let mahas: Vec<_> = d.mahadashas().collect();
        let total = u64::from(d.system().total_years());
        prop_assert_eq!(mahas.len(), d.system().lords().len());
        prop_assert_eq!(mahas[0].start_ns(), 0);
        prop_assert_eq!(mahas.last().unwrap().end_ns(), total * year_ns);
        for m in &mahas {
            let y = u64::from(d.system().years_of(m.lord()).unwrap());
            prop_assert_eq!(m.end_ns() - m.start_ns(), y * year_ns);
        }
        // The next cycle starts where this one ends, with the same lord.
        let next = d.cycle(1).unwrap().next().unwrap();
        prop_assert_eq!(next.start_ns(), total * year_ns);
        prop_assert_eq!(next.lord(), mahas[0].lord());
        // Birth lies in the first mahadasha, at the balance.
        let b = d.balance();
        prop_assert_eq!(b.lord, mahas[0].lord());
        let birth_in = (d.birth().value() - mahas[0].start().value()) / d.options().year.days();
        prop_assert!((birth_in - b.elapsed_years).abs() < 1e-9);
    }

    #[test]
    fn path_at_an_instant_is_a_chain_containing_it(d in dasha(), frac in 0.0..1.0f64) {
        let t = JulianDayUt::new(d.epoch().value() + frac * (d.span_end().value() - d.epoch().value())).unwrap();
        let path = d.at(t, DashaLevel::Deha).unwrap();
        prop_assert_eq!(path.len(), 6);
        let mut parent: Option<Period<'_>> = None;
        for p in path.iter() {
            // Containment at the resolution of a JD in f64.
            prop_assert!(p.start().value() <= t.value() + 1e-9 && t.value() < p.end().value() + 1e-9);
            if let Some(q) = parent {
                prop_assert!(q.children().any(|c| c == p));
            }
            parent = Some(p);
        }
        prop_assert_eq!(path.deepest().level(), DashaLevel::Deha);
    }

    #[test]
    fn streaming_matches_the_tree(d in dasha(), frac in 0.0..0.3f64, level in 1u8..=4) {
        let level = DashaLevel::try_from(level).unwrap();
        let span = d.span_end().value() - d.epoch().value();
        let from = JulianDayUt::new(d.epoch().value() + frac * span).unwrap();
        let to = JulianDayUt::new(from.value() + 400.0).unwrap();
        let got: Vec<_> = d.periods_between(from, to, level).unwrap().collect();
        prop_assert!(!got.is_empty());
        prop_assert!(got[0].start() <= from && from < got[0].end());
        prop_assert!(got.last().unwrap().start() < to && to <= got.last().unwrap().end());
        for w in got.windows(2) {
            prop_assert_eq!(w[0].end_ns(), w[1].start_ns());
            prop_assert_eq!(w[0].level(), level);
        }
        // Each streamed period is the one `at` finds at its start.
        for p in got.iter().take(20) {
            let mid = JulianDayUt::new(p.start().value() + 0.5 * p.duration_days()).unwrap();
            prop_assert_eq!(d.at(mid, level).unwrap().deepest(), *p);
        }
    }
}

#[test]
fn whole_first_cycle_streams_like_nested_children() {
    for s in DashaSystem::ALL {
        let birth = JulianDayUt::new(2_451_545.0).unwrap();
        let d = Dasha::new(
            s,
            Longitude::new(77.7).unwrap(),
            birth,
            DashaOptions::default(),
        )
        .unwrap();
        let nested: Vec<_> = d
            .mahadashas()
            .flat_map(|m| m.children().collect::<Vec<_>>())
            .flat_map(|a| a.children().collect::<Vec<_>>())
            .collect();
        let n = s.lords().len();
        assert_eq!(nested.len(), n * n * n);
        let end = nested.last().unwrap().end();
        let streamed: Vec<_> = d
            .periods_between(d.epoch(), end, DashaLevel::Pratyantardasha)
            .unwrap()
            .collect();
        assert_eq!(streamed.len(), nested.len(), "{s}");
        assert_eq!(streamed, nested, "{s}");
    }
}

#[test]
fn typed_errors() {
    assert!(matches!(
        DashaLevel::try_from(0),
        Err(Error::OutOfRange {
            what: "dasha level",
            ..
        })
    ));
    assert!(matches!(
        DashaLevel::try_from(7),
        Err(Error::OutOfRange {
            what: "dasha level",
            ..
        })
    ));
    let e = DashaSystem::from_name("kalachakra").unwrap_err();
    assert!(matches!(
        e,
        Error::UnknownName {
            what: "dasha system",
            ..
        }
    ));
    assert!(e.to_string().contains("vimshottari"), "{e}");
    let birth = JulianDayUt::new(2_451_545.0).unwrap();
    let d = Dasha::new(
        DashaSystem::Vimshottari,
        Longitude::new(1.0).unwrap(),
        birth,
        DashaOptions::default(),
    )
    .unwrap();
    let late = JulianDayUt::new(d.span_end().value() + 1.0).unwrap();
    assert!(d.at(late, DashaLevel::Mahadasha).is_err());
    assert!(
        d.periods_between(birth, late, DashaLevel::Mahadasha)
            .is_err()
    );
    // Before the epoch there is nothing: streaming starts at the epoch.
    let early = JulianDayUt::new(d.epoch().value() - 100.0).unwrap();
    let first = d
        .periods_between(early, birth, DashaLevel::Mahadasha)
        .unwrap()
        .next()
        .unwrap();
    assert_eq!(first.start(), d.epoch());
    // An empty interval yields nothing.
    assert_eq!(
        d.periods_between(birth, birth, DashaLevel::Deha)
            .unwrap()
            .count(),
        0
    );
    // Outside the ephemeris: the ephemeris's own error.
    let old = JulianDayUt::new(2_000_000.0).unwrap();
    assert!(matches!(
        Dasha::from_moon(
            DashaSystem::Vimshottari,
            old,
            jyotish::Ayanamsa::Lahiri,
            DashaOptions::default()
        ),
        Err(Error::OutsideEphemeris { .. })
    ));
}

#[cfg(feature = "serde")]
#[test]
fn report_round_trips_through_json() {
    use jyotish::dasha::DashaReport;
    let birth = JulianDayUt::new(2_451_545.0).unwrap();
    let d = Dasha::new(
        DashaSystem::Yogini,
        Longitude::new(200.0).unwrap(),
        birth,
        DashaOptions::default(),
    )
    .unwrap();
    let r = d.report(DashaLevel::Antardasha);
    assert_eq!(r.periods.len(), 8);
    assert_eq!(r.periods[0].sub_periods.len(), 8);
    let json = serde_json::to_string(&r).unwrap();
    assert!(json.contains("\"system\":\"Yogini\""), "{}", &json[..200]);
    assert!(json.contains("\"yogini\":"));
    assert!(json.contains("\"sub_periods\":["));
    // serde_json's default float parser may miss the last bit: compare the
    // re-serialised text instead.
    let back: DashaReport = serde_json::from_str(&json).unwrap();
    assert_eq!(back.periods.len(), r.periods.len());
    assert_eq!(
        back.periods[3].sub_periods[5].lord,
        r.periods[3].sub_periods[5].lord
    );
    assert!((back.periods[3].end.value() - r.periods[3].end.value()).abs() < 1e-9);
    // Leaves carry no empty sub_periods array.
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(
        v["periods"][0]["sub_periods"][0]
            .get("sub_periods")
            .is_none()
    );
    assert!(v["balance"]["remaining_years"].as_f64().unwrap() > 0.0);
}
