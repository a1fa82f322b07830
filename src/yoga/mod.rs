//! Yogas as data: a catalogue of [`Yoga`] declarations, each a name, its
//! aliases, family, classical source and a [`Cond`] written in a small
//! combinator vocabulary over precomputed [`ChartFacts`].
//!
//! Adding a yoga is adding one declaration to [`CATALOGUE`]; there is no
//! per-yoga function. [`evaluate`] returns every yoga present with the grahas
//! and houses that satisfied it; [`explain`] says which condition failed.
//!
//! ```
//! use jyotish::yoga::{ChartFacts, evaluate, explain, find};
//! // Lagna Mesha; Jupiter in Karka (4th, exalted): Hamsa yoga.
//! let facts = ChartFacts::from_longitudes(
//!     5.0,
//!     &[40.0, 200.0, 150.0, 55.0, 95.0, 70.0, 300.0, 10.0, 190.0],
//! );
//! let found = evaluate(&facts);
//! assert!(found.iter().any(|m| m.yoga.name == "Hamsa"));
//! // Ruchaka needs Mars in Mesha, Vrishchika or Makara: it says why not.
//! let why = explain(find("Ruchaka").unwrap(), &facts).unwrap_err();
//! assert!(why.to_string().contains("Mars"));
//! ```
//!
//! # References
//! BPHS (Santhanam) ch. 35 (Nabhasa), 36–38 (Chandra and Surya yogas), 39
//! (Raja yogas), 75 (Pancha Mahapurusha); Phaladeepika ch. 6; B. V. Raman,
//! *Three Hundred Important Combinations* (cited as "Raman #n").

mod catalogue;
mod facts;

use alloc::vec::Vec;
use core::fmt;

pub use catalogue::CATALOGUE;
pub use facts::ChartFacts;

use crate::chart::{Chart, Dignity};
use crate::graha::Graha;

/// Family of a yoga.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Family {
    /// The five great-person yogas of Mars … Saturn (BPHS ch. 75).
    PanchaMahapurusha,
    /// Yogas counted from the Moon (BPHS ch. 37).
    Chandra,
    /// Yogas counted from the Sun (BPHS ch. 38).
    Surya,
    /// Lords of dusthanas in dusthanas (Phaladeepika ch. 6).
    ViparitaRaja,
    /// Exchange of signs between two house lords (Phaladeepika ch. 6).
    Parivartana,
    /// Kendra–trikona lord relations (BPHS ch. 39).
    Raja,
    /// Wealth: lords of the 2nd and 11th with the lagna and trikona lords
    /// (BPHS ch. 41).
    Dhana,
    /// Shapes of the seven grahas' placement (BPHS ch. 35).
    Nabhasa,
    /// Cancellation of a graha's debilitation (Phaladeepika ch. 7).
    NeechaBhanga,
    /// Individually named yogas of BPHS and Phaladeepika (Amala, …).
    Named,
}

/// Where houses are counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ref {
    /// The lagna's sign is house 1.
    Lagna,
    /// The graha's sign is house 1.
    Graha(Graha),
}

/// How two house lords are related, for [`Cond::LordsRelated`].
pub mod relation {
    /// Same sign.
    pub const CONJUNCTION: u8 = 1;
    /// Each in the other's sign.
    pub const EXCHANGE: u8 = 2;
    /// Each aspects the other by graha drishti.
    pub const MUTUAL_ASPECT: u8 = 4;
    /// Any of the three.
    pub const ANY: u8 = 7;
}

/// A yoga condition over [`ChartFacts`]. Graha sets are bitmasks (bit
/// `g.index()`), house sets are bitmasks (bit `n − 1` for house `n`), sign
/// sets are bitmasks (bit = sign index, 0 = Mesha).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cond {
    /// Every condition holds.
    All(&'static [Cond]),
    /// At least one condition holds (the first that does is the witness).
    Any(&'static [Cond]),
    /// The condition does not hold.
    Not(&'static Cond),
    /// Every graha of `who` is in one of `houses` counted from `from`.
    In {
        /// Graha set.
        who: u16,
        /// Reference point.
        from: Ref,
        /// House set.
        houses: u16,
    },
    /// Some graha of `who` (other than the reference graha) is in one of
    /// `houses` counted from `from`.
    Occupied {
        /// Graha set.
        who: u16,
        /// Reference point.
        from: Ref,
        /// House set.
        houses: u16,
    },
    /// Each house of `houses` counted from `from` holds a graha of `who`.
    EachOccupied {
        /// Graha set.
        who: u16,
        /// Reference point.
        from: Ref,
        /// House set.
        houses: u16,
    },
    /// Every graha of `who` is in one of `signs`.
    InSigns {
        /// Graha set.
        who: u16,
        /// Sign set.
        signs: u16,
    },
    /// The grahas of `who` occupy exactly `count` distinct signs.
    SignCount {
        /// Graha set.
        who: u16,
        /// Number of signs.
        count: u8,
    },
    /// The graha's dignity is one of `any_of` (bit = [`Dignity`] as `u8`).
    Dignity {
        /// The graha.
        graha: Graha,
        /// Dignity set, see [`dignities`].
        any_of: u16,
    },
    /// The graha is combust.
    Combust(Graha),
    /// Some graha of `a` and a different graha of `b` share a sign.
    Conjunct {
        /// First set.
        a: u16,
        /// Second set.
        b: u16,
    },
    /// Some graha of `by` conjoins or aspects (graha drishti) `target`.
    Influences {
        /// Influencing grahas.
        by: u16,
        /// The influenced graha.
        target: Graha,
    },
    /// The lord of house `house` (from the lagna) is in one of `houses`.
    LordIn {
        /// House whose lord is meant (1..=12).
        house: u8,
        /// House set.
        houses: u16,
    },
    /// The lord of house `house` (from the lagna) has one of the dignities
    /// `any_of` (see [`dignities`]).
    LordDignity {
        /// House whose lord is meant (1..=12).
        house: u8,
        /// Dignity set.
        any_of: u16,
    },
    /// Some graha of `by` aspects (graha drishti, not conjunction) the lord
    /// of house `house`.
    LordAspected {
        /// House whose lord is meant (1..=12).
        house: u8,
        /// Aspecting grahas.
        by: u16,
    },
    /// Some house of `houses` counted from `from` holds at least `count`
    /// grahas of `who`.
    Together {
        /// Graha set.
        who: u16,
        /// Reference point.
        from: Ref,
        /// House set.
        houses: u16,
        /// Minimum number in one house.
        count: u8,
    },
    /// The lords of some house of `a` and some house of `b` are different
    /// grahas related by one of `how` (see [`relation`]).
    LordsRelated {
        /// First house set.
        a: u16,
        /// Second house set.
        b: u16,
        /// Relation set.
        how: u8,
    },
}

/// Bitmask of a set of [`Dignity`] values, for [`Cond::Dignity`].
pub const fn dignities(list: &[Dignity]) -> u16 {
    let mut m = 0;
    let mut i = 0;
    while i < list.len() {
        m |= 1 << list[i] as u16;
        i += 1;
    }
    m
}

/// Bitmask of houses (1-based), for the conditions.
pub const fn houses(list: &[u8]) -> u16 {
    let mut m = 0;
    let mut i = 0;
    while i < list.len() {
        m |= 1 << (list[i] - 1);
        i += 1;
    }
    m
}

/// Bitmask of grahas, for the conditions.
pub const fn grahas(list: &[Graha]) -> u16 {
    let mut m = 0;
    let mut i = 0;
    while i < list.len() {
        m |= 1 << list[i].index();
        i += 1;
    }
    m
}

/// Bitmask of signs (0 = Mesha), for the conditions.
pub const fn signs(list: &[crate::zodiac::Rashi]) -> u16 {
    let mut m = 0;
    let mut i = 0;
    while i < list.len() {
        m |= 1 << list[i].index();
        i += 1;
    }
    m
}

/// One yoga declaration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Yoga {
    /// Name, transliterated without diacritics.
    pub name: &'static str,
    /// Other spellings and names, including PyJHora's key where it has the
    /// yoga (e.g. `sunaphaa_yoga`).
    pub aliases: &'static [&'static str],
    /// Family.
    pub family: Family,
    /// Classical source with chapter (and verse where the numbering is
    /// settled across translations).
    pub source: &'static str,
    /// The condition.
    pub condition: Cond,
}

/// A yoga found in a chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YogaMatch {
    /// The declaration.
    pub yoga: &'static Yoga,
    /// Grahas that satisfied its conditions.
    pub grahas: Vec<Graha>,
    /// Houses (1..=12 from the lagna) those grahas occupy or the condition
    /// named.
    pub houses: Vec<u8>,
}

/// Why a yoga is absent: the first condition (depth first) that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failure {
    /// The failing condition.
    pub condition: &'static Cond,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "failed: ")?;
        describe(self.condition, f)
    }
}

fn mask_names(m: u16, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let mut first = true;
    for g in Graha::ALL {
        if m & (1 << g.index()) != 0 {
            write!(f, "{}{}", if first { "" } else { "/" }, g.name())?;
            first = false;
        }
    }
    Ok(())
}

fn house_list(m: u16, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let mut first = true;
    for n in 1..=12u8 {
        if m & (1 << (n - 1)) != 0 {
            write!(f, "{}{}", if first { "" } else { "," }, n)?;
            first = false;
        }
    }
    Ok(())
}

fn ref_name(r: Ref) -> &'static str {
    match r {
        Ref::Lagna => "lagna",
        Ref::Graha(g) => g.name(),
    }
}

fn describe(c: &Cond, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match *c {
        Cond::All(_) => write!(f, "all of"),
        Cond::Any(_) => write!(f, "none of the alternatives held"),
        Cond::Not(inner) => {
            write!(f, "not (")?;
            describe(inner, f)?;
            write!(f, ")")
        }
        Cond::In { who, from, houses } => {
            mask_names(who, f)?;
            write!(f, " all in houses ")?;
            house_list(houses, f)?;
            write!(f, " from {}", ref_name(from))
        }
        Cond::Occupied { who, from, houses } => {
            write!(f, "one of ")?;
            mask_names(who, f)?;
            write!(f, " in houses ")?;
            house_list(houses, f)?;
            write!(f, " from {}", ref_name(from))
        }
        Cond::EachOccupied { who, from, houses } => {
            write!(f, "each of houses ")?;
            house_list(houses, f)?;
            write!(f, " from {} holds one of ", ref_name(from))?;
            mask_names(who, f)
        }
        Cond::InSigns { who, signs } => {
            mask_names(who, f)?;
            write!(f, " in signs {signs:#014b} (bit 0 = Mesha)")
        }
        Cond::SignCount { who, count } => {
            mask_names(who, f)?;
            write!(f, " in exactly {count} signs")
        }
        Cond::Dignity { graha, .. } => write!(f, "{} in the required dignity", graha.name()),
        Cond::Combust(g) => write!(f, "{} combust", g.name()),
        Cond::Conjunct { a, b } => {
            mask_names(a, f)?;
            write!(f, " conjunct ")?;
            mask_names(b, f)
        }
        Cond::Influences { by, target } => {
            mask_names(by, f)?;
            write!(f, " conjoins or aspects {}", target.name())
        }
        Cond::LordIn { house, houses } => {
            write!(f, "lord of house {house} in houses ")?;
            house_list(houses, f)
        }
        Cond::LordDignity { house, .. } => {
            write!(f, "lord of house {house} in the required dignity")
        }
        Cond::LordAspected { house, by } => {
            mask_names(by, f)?;
            write!(f, " aspects the lord of house {house}")
        }
        Cond::Together {
            who,
            from,
            houses,
            count,
        } => {
            write!(f, "{count} of ")?;
            mask_names(who, f)?;
            write!(f, " together in one of houses ")?;
            house_list(houses, f)?;
            write!(f, " from {}", ref_name(from))
        }
        Cond::LordsRelated { a, b, .. } => {
            write!(f, "lords of houses ")?;
            house_list(a, f)?;
            write!(f, " and ")?;
            house_list(b, f)?;
            write!(f, " related")
        }
    }
}

/// What satisfied a condition: grahas (mask) and signs (mask).
#[derive(Debug, Clone, Copy, Default)]
struct Witness {
    grahas: u16,
    signs: u16,
}

impl Witness {
    fn of(facts: &ChartFacts, grahas: u16) -> Witness {
        Witness {
            grahas,
            signs: facts.signs_held(grahas),
        }
    }
    fn union(self, o: Witness) -> Witness {
        Witness {
            grahas: self.grahas | o.grahas,
            signs: self.signs | o.signs,
        }
    }
}

fn ref_mask(r: Ref) -> u16 {
    match r {
        Ref::Lagna => 0,
        Ref::Graha(g) => 1 << g.index(),
    }
}

/// Evaluates `c`; `Ok` carries the witness, `Err` the first failing leaf.
fn eval(c: &'static Cond, f: &ChartFacts) -> Result<Witness, &'static Cond> {
    let ok = |b: bool, w: Witness| if b { Ok(w) } else { Err(c) };
    match *c {
        Cond::All(list) => {
            let mut w = Witness::default();
            for x in list {
                w = w.union(eval(x, f)?);
            }
            Ok(w)
        }
        Cond::Any(list) => {
            for x in list {
                if let Ok(w) = eval(x, f) {
                    return Ok(w);
                }
            }
            Err(c)
        }
        Cond::Not(inner) => ok(eval(inner, f).is_err(), Witness::default()),
        Cond::In { who, from, houses } => {
            let allowed = facts::rotate_left(houses, f.base(from));
            ok(f.signs_held(who) & !allowed == 0, Witness::of(f, who))
        }
        Cond::Occupied { who, from, houses } => {
            let s = facts::rotate_left(houses, f.base(from));
            let g = f.grahas_in_signs(s) & who & !ref_mask(from);
            ok(g != 0, Witness::of(f, g))
        }
        Cond::EachOccupied { who, from, houses } => {
            let s = facts::rotate_left(houses, f.base(from));
            let g = f.grahas_in_signs(s) & who & !ref_mask(from);
            ok(f.signs_held(g) == s, Witness::of(f, g))
        }
        Cond::InSigns { who, signs } => ok(f.signs_held(who) & !signs == 0, Witness::of(f, who)),
        Cond::SignCount { who, count } => ok(
            f.signs_held(who).count_ones() == count as u32,
            Witness::of(f, who),
        ),
        Cond::Dignity { graha, any_of } => ok(
            any_of & (1 << f.dignity[graha.index()] as u16) != 0,
            Witness::of(f, 1 << graha.index()),
        ),
        Cond::Combust(g) => ok(
            f.combust & (1 << g.index()) != 0,
            Witness::of(f, 1 << g.index()),
        ),
        Cond::Conjunct { a, b } => {
            let mut hit = 0u16;
            let mut m = a & 0x1ff;
            while m != 0 {
                let i = m.trailing_zeros() as usize;
                let with = f.occupants[f.sign[i] as usize] & b & !(1 << i);
                if with != 0 {
                    hit |= (1 << i) | with;
                }
                m &= m - 1;
            }
            ok(hit != 0, Witness::of(f, hit))
        }
        Cond::Influences { by, target } => {
            let t = target.index();
            let conj = f.occupants[f.sign[t] as usize] & by & !(1 << t);
            let mut asp = 0u16;
            let mut m = by & 0x1ff & !(1 << t);
            while m != 0 {
                let i = m.trailing_zeros() as usize;
                if f.aspects[i] & (1 << t) != 0 {
                    asp |= 1 << i;
                }
                m &= m - 1;
            }
            let g = conj | asp;
            ok(g != 0, Witness::of(f, g | (1 << t)))
        }
        Cond::LordIn { house, houses } => {
            let lord = f.lord(house);
            let allowed = facts::rotate_left(houses, f.lagna);
            let w = Witness {
                grahas: 1 << lord.index(),
                signs: (1 << f.sign[lord.index()]) | (1 << f.house_sign(house)),
            };
            ok(allowed & (1 << f.sign[lord.index()]) != 0, w)
        }
        Cond::LordDignity { house, any_of } => {
            let lord = f.lord(house).index();
            ok(
                any_of & (1 << f.dignity[lord] as u16) != 0,
                Witness::of(f, 1 << lord),
            )
        }
        Cond::LordAspected { house, by } => {
            let lord = f.lord(house).index();
            let mut asp = 0u16;
            let mut m = by & 0x1ff & !(1 << lord);
            while m != 0 {
                let i = m.trailing_zeros() as usize;
                if f.aspects[i] & (1 << lord) != 0 {
                    asp |= 1 << i;
                }
                m &= m - 1;
            }
            ok(asp != 0, Witness::of(f, asp | (1 << lord)))
        }
        Cond::Together {
            who,
            from,
            houses,
            count,
        } => {
            let mut s = facts::rotate_left(houses, f.base(from));
            while s != 0 {
                let i = s.trailing_zeros() as usize;
                let g = f.occupants[i] & who & !ref_mask(from);
                if g.count_ones() >= count as u32 {
                    return Ok(Witness::of(f, g));
                }
                s &= s - 1;
            }
            Err(c)
        }
        Cond::LordsRelated { a, b, how } => {
            for ha in 1..=12u8 {
                if a & (1 << (ha - 1)) == 0 {
                    continue;
                }
                for hb in 1..=12u8 {
                    if b & (1 << (hb - 1)) == 0 || ha == hb {
                        continue;
                    }
                    let (la, lb) = (f.lord(ha).index(), f.lord(hb).index());
                    if la == lb {
                        continue;
                    }
                    let (sa, sb) = (f.sign[la], f.sign[lb]);
                    let conj = sa == sb;
                    let exch = sa == f.house_sign(hb) && sb == f.house_sign(ha);
                    let mutual = f.aspects[la] & (1 << lb) != 0 && f.aspects[lb] & (1 << la) != 0;
                    let held = (how & relation::CONJUNCTION != 0 && conj)
                        || (how & relation::EXCHANGE != 0 && exch)
                        || (how & relation::MUTUAL_ASPECT != 0 && mutual);
                    if held {
                        return Ok(Witness {
                            grahas: (1 << la) | (1 << lb),
                            signs: (1 << sa) | (1 << sb),
                        });
                    }
                }
            }
            Err(c)
        }
    }
}

fn to_match(yoga: &'static Yoga, w: Witness, f: &ChartFacts) -> YogaMatch {
    let houses_mask = ChartFacts::houses_of(f.lagna, w.signs);
    YogaMatch {
        yoga,
        grahas: Graha::ALL
            .into_iter()
            .filter(|g| w.grahas & (1 << g.index()) != 0)
            .collect(),
        houses: (1..=12u8)
            .filter(|n| houses_mask & (1 << (n - 1)) != 0)
            .collect(),
    }
}

/// Every yoga of [`CATALOGUE`] present in the facts, in catalogue order.
pub fn evaluate(facts: &ChartFacts) -> Vec<YogaMatch> {
    CATALOGUE
        .iter()
        .filter_map(|y| {
            eval(&y.condition, facts)
                .ok()
                .map(|w| to_match(y, w, facts))
        })
        .collect()
}

/// Every yoga of [`CATALOGUE`] present in a chart.
pub fn evaluate_chart(chart: &Chart) -> Vec<YogaMatch> {
    evaluate(&ChartFacts::from_chart(chart))
}

/// Whether one yoga is present (no allocation).
pub fn is_present(yoga: &'static Yoga, facts: &ChartFacts) -> bool {
    eval(&yoga.condition, facts).is_ok()
}

/// The match if `yoga` is present, otherwise the condition that failed.
///
/// # Errors
/// [`Failure`] naming the first failing condition, depth first.
pub fn explain(yoga: &'static Yoga, facts: &ChartFacts) -> Result<YogaMatch, Failure> {
    eval(&yoga.condition, facts)
        .map(|w| to_match(yoga, w, facts))
        .map_err(|condition| Failure { condition })
}

/// A yoga of the catalogue by name or alias (case-insensitive ASCII).
pub fn find(name: &str) -> Option<&'static Yoga> {
    CATALOGUE.iter().find(|y| {
        y.name.eq_ignore_ascii_case(name) || y.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
    })
}
