//! Dasha structure against PyJHora 4.8.7 (an oracle, not the truth):
//! `tests/data/dasha_pyjhora_{births,structure}.csv`, made by
//! `tools/dasha/gen_pyjhora_structure.py`. For every one of the eleven
//! systems, 30 births at mahadasha depth, 4 at antardasha depth and one at
//! pratyantardasha depth (Vimshottari, Ashtottari, Yogini); each period is
//! stored relative to the birth with the seed longitude PyJHora used, so
//! PyJHora's analytic Moon plays no part.
//!
//! Known differences, each reproduced here with an option:
//! - PyJHora divides sub-periods *equally* in every system but Vimshottari
//!   and Ashtottari ([`SubPeriods::Equal`]); we divide in proportion to the
//!   years, as BPHS does for Vimshottari.
//! - PyJHora reckons the Shashtihayani balance nakshatra by nakshatra
//!   ([`BalanceRule::Nakshatra`]); we spread the lord's years over its group.

mod common;
use common::{Fixture, MaxErr};
use jyotish::dasha::{BalanceRule, Dasha, DashaLevel, DashaOptions, DashaSystem, SubPeriods};
use jyotish::{Graha, JulianDayUt, Longitude};
use std::collections::BTreeMap;

struct Birth {
    jd: f64,
    seed: f64,
}

/// PyJHora's settings as options of ours.
fn pyjhora_options(system: DashaSystem) -> DashaOptions {
    DashaOptions {
        sub_periods: match system {
            DashaSystem::Vimshottari | DashaSystem::Ashtottari => SubPeriods::Proportional,
            _ => SubPeriods::Equal,
        },
        balance: (system == DashaSystem::Shashtihayani).then_some(BalanceRule::Nakshatra),
        ..DashaOptions::default()
    }
}

/// (lords, start offset days, duration years) per period.
type Rows = Vec<(Vec<Graha>, f64, f64)>;
/// Periods by (system key, birth, depth).
type Groups = BTreeMap<(String, usize, u8), Rows>;

fn load() -> (Vec<Birth>, Groups) {
    let b = Fixture::load("dasha_pyjhora_births.csv");
    let births = b
        .rows
        .iter()
        .map(|r| Birth {
            jd: b.f64(r, "jd_local"),
            seed: b.f64(r, "seed_deg"),
        })
        .collect();
    let s = Fixture::load("dasha_pyjhora_structure.csv");
    let mut groups = Groups::new();
    for r in &s.rows {
        let key = (
            s.str(r, "system").to_string(),
            s.str(r, "birth").parse().unwrap(),
            s.str(r, "depth").parse().unwrap(),
        );
        let lords = s
            .str(r, "lords")
            .split('-')
            .map(|x| Graha::from_index(x.parse().unwrap()).unwrap())
            .collect();
        groups.entry(key).or_default().push((
            lords,
            s.f64(r, "start_offset_days"),
            s.f64(r, "duration_years"),
        ));
    }
    (births, groups)
}

/// With PyJHora's options, every period of every system at every depth:
/// the same lords in the same order, starts within 1 ms, durations within
/// 1e-9 years.
#[test]
fn structure_matches_pyjhora() {
    let (births, groups) = load();
    assert_eq!(
        groups
            .keys()
            .map(|k| &k.0)
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        11
    );
    let mut start = MaxErr::default();
    let mut years = MaxErr::default();
    let mut rows = 0;
    for ((key, b, depth), want) in &groups {
        let system = DashaSystem::from_name(key).unwrap();
        let birth = &births[*b];
        let jd = JulianDayUt::new(birth.jd).unwrap();
        let d = Dasha::new(
            system,
            Longitude::new(birth.seed).unwrap(),
            jd,
            pyjhora_options(system),
        )
        .unwrap();
        let level = DashaLevel::try_from(*depth).unwrap();
        let to = JulianDayUt::new(d.epoch().value() + 200.0 * 365.25).unwrap();
        let got: Vec<_> = d
            .periods_between(d.epoch(), to, level)
            .unwrap()
            .take(want.len())
            .collect();
        assert_eq!(got.len(), want.len());
        for (i, (p, (lords, offset, dur))) in got.iter().zip(want).enumerate() {
            let at = || format!("{key} birth {b} depth {depth} row {i}");
            assert_eq!(p.lords().as_slice(), lords.as_slice(), "{}", at());
            start.add((p.start().value() - birth.jd - offset) * 86_400.0, at);
            years.add(p.duration_years() - dur, at);
            rows += 1;
        }
    }
    println!(
        "PyJHora structure, {rows} periods: start max {:.2e} s ({}), duration max {:.1e} y ({})",
        start.max, start.at, years.max, years.at
    );
    assert!(start.max < 1e-3, "{start:?}");
    assert!(years.max < 1e-9, "{years:?}");
}

/// With our defaults the lords and their order are PyJHora's everywhere;
/// mahadasha starts agree except Shashtihayani's (balance rule); antardasha
/// lengths agree for Vimshottari and Ashtottari only (the others are
/// proportional here, equal in PyJHora).
#[test]
fn default_differences_are_the_documented_ones() {
    let (births, groups) = load();
    let mut differ: BTreeMap<(String, u8), usize> = BTreeMap::new();
    for ((key, b, depth), want) in &groups {
        let system = DashaSystem::from_name(key).unwrap();
        let birth = &births[*b];
        let jd = JulianDayUt::new(birth.jd).unwrap();
        let d = Dasha::new(
            system,
            Longitude::new(birth.seed).unwrap(),
            jd,
            DashaOptions::default(),
        )
        .unwrap();
        let level = DashaLevel::try_from(*depth).unwrap();
        let to = JulianDayUt::new(d.epoch().value() + 200.0 * 365.25).unwrap();
        for (p, (lords, offset, _)) in d.periods_between(d.epoch(), to, level).unwrap().zip(want) {
            assert_eq!(p.lords().as_slice(), lords.as_slice());
            if ((p.start().value() - birth.jd) - offset).abs() > 1e-6 {
                *differ.entry((key.clone(), *depth)).or_default() += 1;
            }
        }
    }
    println!("start differences with default options: {differ:?}");
    for (key, depth) in differ.keys() {
        let system = DashaSystem::from_name(key).unwrap();
        let expected = system == DashaSystem::Shashtihayani
            || (*depth >= 2
                && !matches!(system, DashaSystem::Vimshottari | DashaSystem::Ashtottari));
        assert!(expected, "{key} depth {depth} differs from PyJHora");
    }
}
