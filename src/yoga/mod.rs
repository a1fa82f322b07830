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
//! BPHS (Santhanam) ch. 3 (benefics and malefics 3.10–11, natural and
//! temporal friendship 3.55–56, exaltation 3.49–50), ch. 9–10 (Arishta and
//! Balarishta), 28 (Neecha Bhanga), 35 (Nabhasa), 36 (named yogas: Gaja
//! Kesari, Amala, Parvata, Kahala, Chamara, Shankha, Bheri, Mridanga …),
//! 37–38 (Chandra and Surya yogas), 39 (Raja yogas), 41 (Dhana), 42
//! (Daridra), 75 (Pancha Mahapurusha); Phaladeepika ch. 6 (named, lunar,
//! solar and Viparita yogas) and 7 (Neecha Bhanga); Saravali (Nabhasa);
//! B. V. Raman, *Three Hundred Important Combinations* (cited "Raman #n":
//! named yogas #1–107, the bhava, Dhana, Daridra and Arishta yogas
//! #108–299).

mod catalogue;
mod facts;

use alloc::vec::Vec;
use core::fmt;

pub use catalogue::CATALOGUE;
pub use facts::ChartFacts;

use crate::chart::{Chart, Dignity};
use crate::graha::Graha;
use crate::sets::bits;
pub use crate::sets::{GrahaSet, HouseSet};

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
    /// Poverty: lords of gain and wealth in dusthanas and their like
    /// (BPHS ch. 42; Raman #141–153).
    Daridra,
    /// Results for one bhava (body, speech, siblings, home, children,
    /// spouse, fortune …), as B. V. Raman numbers them.
    Bhava,
    /// Affliction: disease, early death (Balarishta), curses and other
    /// doshas (BPHS ch. 9–10; Raman #244–299).
    Arishta,
}

/// Where houses are counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ref {
    /// The lagna's sign is house 1.
    Lagna,
    /// The graha's sign is house 1.
    Graha(Graha),
    /// The sign of the (first, in [`Graha`] order) graha the selector names
    /// is house 1, e.g. `Ref::Of(&Who::Lord(2))`: "from the lord of the 2nd".
    Of(&'static Who),
}

/// A chart-dependent selection of grahas: a fixed set, or grahas named by
/// their role in this chart (lord of a house, dispositor, navamsa lord …).
/// Resolved to a graha set once per condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Who {
    /// A fixed set of grahas (bit `g.index()`), see [`grahas`].
    Set(u16),
    /// The lord of house `n` (1..=12) counted from the lagna.
    Lord(u8),
    /// The lords of the houses of a house set (bit `n − 1`), from the lagna.
    Lords(u16),
    /// The benefics of this chart: Jupiter, Venus, the waxing Moon, and
    /// Mercury unless it shares a sign with a malefic (BPHS 3.10–11;
    /// Phaladeepika 2.21).
    Benefics,
    /// The malefics of this chart: the Sun, Mars, Saturn, Rahu, Ketu, the
    /// waning Moon, and Mercury sharing a sign with one of them.
    Malefics,
    /// The lords of the signs the selected grahas occupy (dispositors).
    Dispositor(&'static Who),
    /// The lords of the navamsa (D9) signs the selected grahas occupy.
    NavamsaDispositor(&'static Who),
    /// The lord of the navamsa lagna (the lagna's D9 sign).
    NavamsaLagnaLord,
    /// The lords of the exaltation signs of the selected grahas (Mars for
    /// the Sun, Venus for the Moon …; BPHS 3.49).
    ExaltationLord(&'static Who),
    /// The lords of the debilitation signs of the selected grahas.
    DebilitationLord(&'static Who),
    /// The grahas in one of the dignities (see [`dignities`]).
    Dignified(u16),
    /// The grahas in both selections.
    Both(&'static Who, &'static Who),
    /// The grahas of the first selection that are not in the second.
    Except(&'static Who, &'static Who),
    /// The grahas in the houses of a house set, from the lagna.
    Placed(u16),
    /// The grahas strong by the criteria of [`Cond::Strong`].
    Strong,
    /// The lord of the sign of the bhava arudha (pada) of house `n`
    /// (1..=12) from the lagna: `ArudhaLord(1)` the arudha lagna's lord,
    /// `ArudhaLord(12)` the upapada's (BPHS ch. 29, with its exception for
    /// the 1st and 7th; [`crate::chart::pada`]).
    ArudhaLord(u8),
    /// The lord of house `n` (1..=12) counted from the navamsa lagna in the
    /// navamsa (D9) chart.
    NavamsaLord(u8),
}

/// How two grahas are related, for [`Cond::LordsRelated`] and
/// [`Cond::Related`].
pub mod relation {
    /// Same sign.
    pub const CONJUNCTION: u8 = 1;
    /// Each in a sign of the other (parivartana).
    pub const EXCHANGE: u8 = 2;
    /// Each aspects the other by graha drishti.
    pub const MUTUAL_ASPECT: u8 = 4;
    /// Any of the three.
    pub const ANY: u8 = 7;
    /// The second aspects the first by graha drishti (one way).
    pub const ASPECTED: u8 = 8;
    /// Conjoined with or aspected by: the texts' "associated with or
    /// aspected by".
    pub const INFLUENCED: u8 = CONJUNCTION | ASPECTED;
    /// Friends: natural friends of each other (BPHS 3.55), or temporal
    /// friends, each in the 2nd, 3rd, 4th, 10th, 11th or 12th from the
    /// other (BPHS 3.56).
    pub const FRIENDS: u8 = 16;
}

/// A yoga condition over [`ChartFacts`]. Graha sets are [`Who`] selectors
/// (a fixed set is `Who::Set`, bit `g.index()`), house sets are bitmasks
/// (bit `n − 1` for house `n`), sign sets are bitmasks (bit = sign index,
/// 0 = Mesha). A condition on an empty selection fails.
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
        /// Graha selection.
        who: Who,
        /// Reference point.
        from: Ref,
        /// House set.
        houses: u16,
    },
    /// Some graha of `who` (other than the reference graha) is in one of
    /// `houses` counted from `from`.
    Occupied {
        /// Graha selection.
        who: Who,
        /// Reference point.
        from: Ref,
        /// House set.
        houses: u16,
    },
    /// Each house of `houses` counted from `from` holds a graha of `who`.
    EachOccupied {
        /// Graha selection.
        who: Who,
        /// Reference point.
        from: Ref,
        /// House set.
        houses: u16,
    },
    /// The grahas of `who` occupy exactly the houses `houses` counted from
    /// `from`: each of them held, none elsewhere (the Akriti shapes).
    Fills {
        /// Graha selection.
        who: Who,
        /// Reference point.
        from: Ref,
        /// House set.
        houses: u16,
    },
    /// Every graha of `who` is in one of `signs`.
    InSigns {
        /// Graha selection.
        who: Who,
        /// Sign set.
        signs: u16,
    },
    /// The grahas of `who` occupy exactly `count` distinct signs.
    SignCount {
        /// Graha selection.
        who: Who,
        /// Number of signs.
        count: u8,
    },
    /// Every graha of `who` has one of the dignities `any_of` (see
    /// [`dignities`]).
    Dignity {
        /// Graha selection.
        who: Who,
        /// Dignity set, see [`dignities`].
        any_of: u16,
    },
    /// Every graha of the selection is combust.
    Combust(Who),
    /// Some graha of `a` and a different graha of `b` share a sign.
    Conjunct {
        /// First selection.
        a: Who,
        /// Second selection.
        b: Who,
    },
    /// Some graha of `by` conjoins or aspects (graha drishti) `target`.
    Influences {
        /// Influencing grahas.
        by: Who,
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
        by: Who,
    },
    /// Some house of `houses` counted from `from` holds at least `count`
    /// grahas of `who`.
    Together {
        /// Graha selection.
        who: Who,
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
    /// Some graha of `a` and a different graha of `b` are related by one of
    /// `how` (see [`relation`]; for [`relation::ASPECTED`] the graha of `b`
    /// aspects the graha of `a`).
    Related {
        /// First selection.
        a: Who,
        /// Second selection.
        b: Who,
        /// Relation set.
        how: u8,
    },
    /// Some graha of `b` is in one of `houses` counted from the sign of some
    /// different graha of `a` (house 1 = the same sign). With the kendras
    /// this is "in mutual kendras", with 1, 5, 9 "in mutual trines".
    Apart {
        /// Reference selection.
        a: Who,
        /// Counted selection.
        b: Who,
        /// House set.
        houses: u16,
    },
    /// The number of grahas of `who` (other than the reference graha) in
    /// the houses `houses` counted from `from` is within `min..=max`.
    Count {
        /// Graha selection.
        who: Who,
        /// Reference point.
        from: Ref,
        /// House set.
        houses: u16,
        /// Fewest allowed.
        min: u8,
        /// Most allowed.
        max: u8,
    },
    /// Some graha of `who` aspects (graha drishti) the sign of some house
    /// of `houses` counted from `from`.
    AspectsHouse {
        /// Aspecting grahas.
        who: Who,
        /// Reference point.
        from: Ref,
        /// House set.
        houses: u16,
    },
    /// The sign of house `house` counted from `from` is one of `signs`.
    HouseIn {
        /// Reference point.
        from: Ref,
        /// House (1..=12).
        house: u8,
        /// Sign set.
        signs: u16,
    },
    /// Every graha of `who` has its navamsa (D9) in one of `signs`.
    NavamsaIn {
        /// Graha selection.
        who: Who,
        /// Sign set.
        signs: u16,
    },
    /// Every graha of `who` is also in `among` (e.g. "the lord of the 5th
    /// is a benefic": `who: Who::Lord(5), among: Who::Benefics`).
    Is {
        /// Graha selection.
        who: Who,
        /// The set it must lie in.
        among: Who,
    },
    /// Every graha of the selection is strong by the simple classical
    /// criteria (until a strength module exists): not combust, not
    /// debilitated, and in its exaltation, moolatrikona or own sign or in a
    /// kendra or trikona from the lagna.
    Strong(Who),
    /// Every graha of the selection is weak: debilitated, combust, in the
    /// 6th, 8th or 12th from the lagna, or under a malefic's graha drishti
    /// (afflicted; the texts leave "weak" undefined, affliction is its
    /// classical mark).
    Weak(Who),
    /// Every graha of the selection is within 1° of its degree of deep
    /// exaltation (paramochcha, BPHS 3.49–50).
    DeepExalted(Who),
    /// Every graha of the selection is within 1° of its degree of deep
    /// debilitation (the point opposite deep exaltation, BPHS 3.49–50).
    DeepDebilitated(Who),
    /// Every graha of the selection has its navamsa in the sign of the
    /// navamsa lagna.
    InNavamsaLagna(Who),
    /// Every graha of the selection is in a cruel shashtiamsa (D60 deity
    /// of [`crate::varga::CRUEL_SHASHTIAMSAS`]; BPHS 6.33–41, the deities
    /// in order in odd signs and reversed in even signs).
    CruelShashtiamsa(Who),
    /// Every graha of `who` is in the shashtiamsa of deity `deity` (1..=60
    /// as numbered in an odd sign, [`crate::varga::SHASHTIAMSA_DEITIES`]),
    /// e.g. 19, Mridu.
    Shashtiamsa {
        /// Graha selection.
        who: Who,
        /// Deity number, 1..=60.
        deity: u8,
    },
    /// Every graha of `who` is in its own or exaltation sign in at least
    /// `min` vargas of `group` (its vaiseshikamsa, BPHS ch. 7: in the
    /// Dashavarga 2 is Parijatamsa, 4 Gopuramsa …; in the Shadvarga 2 is
    /// Kimsukamsa; [`crate::varga::vaiseshikamsa`]).
    Vaiseshikamsa {
        /// Graha selection.
        who: Who,
        /// The group of vargas counted.
        group: crate::varga::VimshopakaGroup,
        /// Fewest good vargas.
        min: u8,
    },
    /// Maandi is in one of `houses` counted from `from` (house 1 = the
    /// reference sign: "joins"). False when Maandi was not supplied
    /// ([`ChartFacts::with_maandi`]).
    MaandiIn {
        /// Reference point.
        from: Ref,
        /// House set.
        houses: u16,
    },
    /// Maandi is in a cruel shashtiamsa (as [`Cond::CruelShashtiamsa`]).
    /// False when Maandi was not supplied.
    MaandiCruelShashtiamsa,
    /// Every graha of `who` is in one of `houses` counted from the navamsa
    /// lagna in the navamsa (D9) chart.
    NavamsaHouse {
        /// Graha selection.
        who: Who,
        /// House set.
        houses: u16,
    },
    /// Some graha of `a` and a different graha of `b` share a navamsa sign.
    NavamsaConjunct {
        /// First selection.
        a: Who,
        /// Second selection.
        b: Who,
    },
    /// The Moon is waxing (shukla paksha: 0°–180° ahead of the Sun).
    Waxing,
    /// Birth by day: the Sun above the horizon (between the descendant and
    /// the ascendant through the midheaven, on the ecliptic).
    DayBirth,
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
///
/// Serialises (feature `serde`) as `{"name", "family", "source", "grahas",
/// "houses"}`, the graha and house sets as JSON lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YogaMatch {
    /// The declaration.
    pub yoga: &'static Yoga,
    /// Grahas that satisfied its conditions, in [`Graha`] order.
    pub grahas: GrahaSet,
    /// Houses (1..=12 from the lagna) those grahas occupy or the condition
    /// named, ascending.
    pub houses: HouseSet,
}

#[cfg(feature = "serde")]
impl serde::Serialize for YogaMatch {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("YogaMatch", 5)?;
        st.serialize_field("name", self.yoga.name)?;
        st.serialize_field("family", &self.yoga.family)?;
        st.serialize_field("source", self.yoga.source)?;
        st.serialize_field("grahas", &self.grahas)?;
        st.serialize_field("houses", &self.houses)?;
        st.end()
    }
}

/// Why a yoga is absent: the first condition (depth first) that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Failure {
    /// The failing condition.
    pub condition: &'static Cond,
    /// The failing condition reads Maandi and Maandi was not supplied
    /// ([`ChartFacts::with_maandi`]), so its Maandi parts were false.
    pub maandi_missing: bool,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "failed: ")?;
        describe(self.condition, f)?;
        if self.maandi_missing {
            write!(f, " (Maandi not supplied)")?;
        }
        Ok(())
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

fn who_name(w: &Who, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match *w {
        Who::Set(m) => mask_names(m, f),
        Who::Lord(n) => write!(f, "lord of house {n}"),
        Who::Lords(m) => {
            write!(f, "lords of houses ")?;
            house_list(m, f)
        }
        Who::Benefics => write!(f, "benefics"),
        Who::Malefics => write!(f, "malefics"),
        Who::Dispositor(inner) => {
            write!(f, "dispositor of (")?;
            who_name(inner, f)?;
            write!(f, ")")
        }
        Who::NavamsaDispositor(inner) => {
            write!(f, "navamsa dispositor of (")?;
            who_name(inner, f)?;
            write!(f, ")")
        }
        Who::NavamsaLagnaLord => write!(f, "lord of the navamsa lagna"),
        Who::ExaltationLord(inner) => {
            write!(f, "lord of the exaltation sign of (")?;
            who_name(inner, f)?;
            write!(f, ")")
        }
        Who::DebilitationLord(inner) => {
            write!(f, "lord of the debilitation sign of (")?;
            who_name(inner, f)?;
            write!(f, ")")
        }
        Who::Dignified(m) => {
            write!(f, "grahas in dignity ")?;
            dignity_list(m, f)
        }
        Who::Except(a, b) => {
            write!(f, "(")?;
            who_name(a, f)?;
            write!(f, ") other than (")?;
            who_name(b, f)?;
            write!(f, ")")
        }
        Who::Placed(m) => {
            write!(f, "grahas in houses ")?;
            house_list(m, f)
        }
        Who::Strong => write!(f, "strong grahas"),
        Who::ArudhaLord(n) => write!(f, "lord of the arudha of house {n}"),
        Who::NavamsaLord(n) => write!(f, "lord of navamsa house {n}"),
        Who::Both(a, b) => {
            write!(f, "(")?;
            who_name(a, f)?;
            write!(f, ") that are (")?;
            who_name(b, f)?;
            write!(f, ")")
        }
    }
}

fn ref_name(r: Ref, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    match r {
        Ref::Lagna => write!(f, "lagna"),
        Ref::Graha(g) => write!(f, "{}", g.name()),
        Ref::Of(w) => who_name(w, f),
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
            who_name(&who, f)?;
            write!(f, " all in houses ")?;
            house_list(houses, f)?;
            write!(f, " from ")?;
            ref_name(from, f)
        }
        Cond::Occupied { who, from, houses } => {
            write!(f, "one of ")?;
            who_name(&who, f)?;
            write!(f, " in houses ")?;
            house_list(houses, f)?;
            write!(f, " from ")?;
            ref_name(from, f)
        }
        Cond::EachOccupied { who, from, houses } => {
            write!(f, "each of houses ")?;
            house_list(houses, f)?;
            write!(f, " from ")?;
            ref_name(from, f)?;
            write!(f, " holds one of ")?;
            who_name(&who, f)
        }
        Cond::Fills { who, from, houses } => {
            who_name(&who, f)?;
            write!(f, " fill exactly houses ")?;
            house_list(houses, f)?;
            write!(f, " from ")?;
            ref_name(from, f)
        }
        Cond::InSigns { who, signs } => {
            who_name(&who, f)?;
            write!(f, " in signs ")?;
            sign_list(signs, f)
        }
        Cond::SignCount { who, count } => {
            who_name(&who, f)?;
            write!(f, " in exactly {count} signs")
        }
        Cond::Dignity { who, any_of } => {
            who_name(&who, f)?;
            write!(f, " in dignity ")?;
            dignity_list(any_of, f)
        }
        Cond::Combust(w) => {
            who_name(&w, f)?;
            write!(f, " combust")
        }
        Cond::Conjunct { a, b } => {
            who_name(&a, f)?;
            write!(f, " conjunct ")?;
            who_name(&b, f)
        }
        Cond::Influences { by, target } => {
            who_name(&by, f)?;
            write!(f, " conjoins or aspects {}", target.name())
        }
        Cond::LordIn { house, houses } => {
            write!(f, "lord of house {house} in houses ")?;
            house_list(houses, f)
        }
        Cond::LordDignity { house, any_of } => {
            write!(f, "lord of house {house} in dignity ")?;
            dignity_list(any_of, f)
        }
        Cond::LordAspected { house, by } => {
            who_name(&by, f)?;
            write!(f, " aspects the lord of house {house}")
        }
        Cond::Together {
            who,
            from,
            houses,
            count,
        } => {
            write!(f, "{count} of ")?;
            who_name(&who, f)?;
            write!(f, " together in one of houses ")?;
            house_list(houses, f)?;
            write!(f, " from ")?;
            ref_name(from, f)
        }
        Cond::LordsRelated { a, b, how } => {
            write!(f, "lords of houses ")?;
            house_list(a, f)?;
            write!(f, " and ")?;
            house_list(b, f)?;
            write!(f, " ")?;
            relation_list(how, f)
        }
        Cond::Related { a, b, how } => {
            who_name(&a, f)?;
            write!(f, " and ")?;
            who_name(&b, f)?;
            write!(f, " ")?;
            relation_list(how, f)
        }
        Cond::Apart { a, b, houses } => {
            who_name(&b, f)?;
            write!(f, " in houses ")?;
            house_list(houses, f)?;
            write!(f, " from ")?;
            who_name(&a, f)
        }
        Cond::Count {
            who,
            from,
            houses,
            min,
            max,
        } => {
            write!(f, "{min} to {max} of ")?;
            who_name(&who, f)?;
            write!(f, " in houses ")?;
            house_list(houses, f)?;
            write!(f, " from ")?;
            ref_name(from, f)
        }
        Cond::AspectsHouse { who, from, houses } => {
            who_name(&who, f)?;
            write!(f, " aspects one of houses ")?;
            house_list(houses, f)?;
            write!(f, " from ")?;
            ref_name(from, f)
        }
        Cond::HouseIn { from, house, signs } => {
            write!(f, "house {house} from ")?;
            ref_name(from, f)?;
            write!(f, " in signs ")?;
            sign_list(signs, f)
        }
        Cond::NavamsaIn { who, signs } => {
            who_name(&who, f)?;
            write!(f, " in navamsa signs ")?;
            sign_list(signs, f)
        }
        Cond::Is { who, among } => {
            who_name(&who, f)?;
            write!(f, " is among ")?;
            who_name(&among, f)
        }
        Cond::Strong(w) => {
            who_name(&w, f)?;
            write!(f, " strong")
        }
        Cond::Weak(w) => {
            who_name(&w, f)?;
            write!(f, " weak")
        }
        Cond::DeepExalted(w) => {
            who_name(&w, f)?;
            write!(f, " in deep exaltation")
        }
        Cond::DeepDebilitated(w) => {
            who_name(&w, f)?;
            write!(f, " in deep debilitation")
        }
        Cond::InNavamsaLagna(w) => {
            who_name(&w, f)?;
            write!(f, " in the navamsa lagna")
        }
        Cond::CruelShashtiamsa(w) => {
            who_name(&w, f)?;
            write!(f, " in a cruel shashtiamsa")
        }
        Cond::Shashtiamsa { who, deity } => {
            who_name(&who, f)?;
            let name = crate::varga::SHASHTIAMSA_DEITIES
                .get((deity as usize).wrapping_sub(1))
                .copied()
                .unwrap_or("?");
            write!(f, " in the shashtiamsa of {name} ({deity})")
        }
        Cond::Vaiseshikamsa { who, group, min } => {
            who_name(&who, f)?;
            write!(
                f,
                " in own or exaltation signs in at least {min} vargas of the {}",
                group.name()
            )
        }
        Cond::MaandiIn { from, houses } => {
            write!(f, "Maandi in houses ")?;
            house_list(houses, f)?;
            write!(f, " from ")?;
            ref_name(from, f)
        }
        Cond::MaandiCruelShashtiamsa => write!(f, "Maandi in a cruel shashtiamsa"),
        Cond::NavamsaHouse { who, houses } => {
            who_name(&who, f)?;
            write!(f, " all in navamsa houses ")?;
            house_list(houses, f)?;
            write!(f, " from the navamsa lagna")
        }
        Cond::NavamsaConjunct { a, b } => {
            who_name(&a, f)?;
            write!(f, " conjunct ")?;
            who_name(&b, f)?;
            write!(f, " in the navamsa")
        }
        Cond::Waxing => write!(f, "Moon waxing"),
        Cond::DayBirth => write!(f, "birth by day"),
    }
}

/// Whether a condition (or one inside it) reads Maandi.
fn reads_maandi(c: &Cond) -> bool {
    match *c {
        Cond::MaandiIn { .. } | Cond::MaandiCruelShashtiamsa => true,
        Cond::All(list) | Cond::Any(list) => list.iter().any(reads_maandi),
        Cond::Not(inner) => reads_maandi(inner),
        _ => false,
    }
}

fn sign_list(m: u16, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let mut first = true;
    for r in crate::zodiac::Rashi::ALL {
        if m & (1 << r.index()) != 0 {
            write!(f, "{}{}", if first { "" } else { "/" }, r.name())?;
            first = false;
        }
    }
    Ok(())
}

fn dignity_list(m: u16, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let all = Dignity::ALL;
    let mut first = true;
    for d in all {
        if m & (1 << d as u16) != 0 {
            write!(f, "{}{:?}", if first { "" } else { "/" }, d)?;
            first = false;
        }
    }
    Ok(())
}

fn relation_list(how: u8, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    let names = [
        (relation::CONJUNCTION, "conjoined"),
        (relation::EXCHANGE, "in exchange"),
        (relation::MUTUAL_ASPECT, "in mutual aspect"),
        (relation::ASPECTED, "aspected (second on first)"),
        (relation::FRIENDS, "friends"),
    ];
    let mut first = true;
    for (bit, name) in names {
        if how & bit != 0 {
            write!(f, "{}{}", if first { "" } else { " or " }, name)?;
            first = false;
        }
    }
    Ok(())
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

/// The witness of a condition on the graha set `g`, if it held (computed
/// only when `W`: presence checks skip it).
#[inline]
fn held<const W: bool>(
    b: bool,
    c: &'static Cond,
    f: &ChartFacts,
    g: u16,
) -> Result<Witness, &'static Cond> {
    if !b {
        Err(c)
    } else if W {
        Ok(Witness::of(f, g))
    } else {
        Ok(Witness::default())
    }
}

/// Evaluates `c`; `Ok` carries the witness (when `W`), `Err` the first
/// failing leaf.
fn eval<const W: bool>(c: &'static Cond, f: &ChartFacts) -> Result<Witness, &'static Cond> {
    match *c {
        Cond::All(list) => {
            let mut w = Witness::default();
            for x in list {
                w = w.union(eval::<W>(x, f)?);
            }
            Ok(w)
        }
        Cond::Any(list) => {
            for x in list {
                if let Ok(w) = eval::<W>(x, f) {
                    return Ok(w);
                }
            }
            Err(c)
        }
        Cond::Not(inner) => {
            if eval::<W>(inner, f).is_err() {
                Ok(Witness::default())
            } else {
                Err(c)
            }
        }
        Cond::In { who, from, houses } => {
            let who = f.resolve(&who);
            let allowed = facts::rotate_left(houses, f.base(from));
            held::<W>(who != 0 && f.signs_held(who) & !allowed == 0, c, f, who)
        }
        Cond::Occupied { who, from, houses } => {
            let s = facts::rotate_left(houses, f.base(from));
            let g = f.grahas_in_signs(s) & f.resolve(&who) & !f.ref_mask(from);
            held::<W>(g != 0, c, f, g)
        }
        Cond::EachOccupied { who, from, houses } => {
            let s = facts::rotate_left(houses, f.base(from));
            let g = f.grahas_in_signs(s) & f.resolve(&who) & !f.ref_mask(from);
            held::<W>(f.signs_held(g) == s, c, f, g)
        }
        Cond::Fills { who, from, houses } => {
            let who = f.resolve(&who);
            let s = facts::rotate_left(houses, f.base(from));
            held::<W>(who != 0 && f.signs_held(who) == s, c, f, who)
        }
        Cond::InSigns { who, signs } => {
            let who = f.resolve(&who);
            held::<W>(who != 0 && f.signs_held(who) & !signs == 0, c, f, who)
        }
        Cond::SignCount { who, count } => {
            let who = f.resolve(&who);
            held::<W>(f.signs_held(who).count_ones() == count as u32, c, f, who)
        }
        Cond::Dignity { who, any_of } => {
            let who = f.resolve(&who);
            let ok = who != 0 && bits(who).all(|i| any_of & (1 << f.dignity[i] as u16) != 0);
            held::<W>(ok, c, f, who)
        }
        Cond::Combust(w) => {
            let who = f.resolve(&w);
            held::<W>(who != 0 && who & !f.combust == 0, c, f, who)
        }
        Cond::Conjunct { a, b } => {
            let b = f.resolve(&b);
            let mut hit = 0u16;
            for i in bits(f.resolve(&a)) {
                let with = f.occupants[f.sign[i] as usize] & b & !(1 << i);
                if with != 0 {
                    hit |= (1 << i) | with;
                }
            }
            held::<W>(hit != 0, c, f, hit)
        }
        Cond::Influences { by, target } => {
            let t = target.index();
            let by = f.resolve(&by) & !(1 << t);
            let conj = f.occupants[f.sign[t] as usize] & by;
            let mut asp = 0u16;
            for i in bits(by) {
                if f.aspects[i] & (1 << t) != 0 {
                    asp |= 1 << i;
                }
            }
            let g = conj | asp;
            held::<W>(g != 0, c, f, g | (1 << t))
        }
        Cond::LordIn { house, houses } => {
            let lord = f.lord(house);
            let allowed = facts::rotate_left(houses, f.lagna);
            if allowed & (1 << f.sign[lord.index()]) != 0 {
                Ok(Witness {
                    grahas: 1 << lord.index(),
                    signs: (1 << f.sign[lord.index()]) | (1 << f.house_sign(house)),
                })
            } else {
                Err(c)
            }
        }
        Cond::LordDignity { house, any_of } => {
            let lord = f.lord(house).index();
            held::<W>(any_of & (1 << f.dignity[lord] as u16) != 0, c, f, 1 << lord)
        }
        Cond::LordAspected { house, by } => {
            let lord = f.lord(house).index();
            let mut asp = 0u16;
            for i in bits(f.resolve(&by) & !(1 << lord)) {
                if f.aspects[i] & (1 << lord) != 0 {
                    asp |= 1 << i;
                }
            }
            held::<W>(asp != 0, c, f, asp | (1 << lord))
        }
        Cond::Together {
            who,
            from,
            houses,
            count,
        } => {
            let who = f.resolve(&who) & !f.ref_mask(from);
            for i in bits(facts::rotate_left(houses, f.base(from))) {
                let g = f.occupants[i] & who;
                if g.count_ones() >= count as u32 {
                    return Ok(Witness::of(f, g));
                }
            }
            Err(c)
        }
        Cond::LordsRelated { a, b, how } => {
            // Each lord of a house of `a` against the lords of `b`: same
            // sign, exchange of these two houses, mutual aspect.
            let lords_b = f.lords_of_houses(b);
            for ha in bits(a & 0xfff) {
                let la = f.house_lord[ha] as usize;
                let others = lords_b & !(1 << la);
                if others == 0 {
                    continue;
                }
                let sa = f.sign[la];
                let mut hit = 0u16;
                if how & relation::CONJUNCTION != 0 {
                    hit |= f.occupants[sa as usize] & others;
                }
                if how & relation::EXCHANGE != 0 {
                    let hb = ((sa + 12 - f.lagna) % 12) as usize;
                    let lb = f.house_lord[hb] as usize;
                    if b & (1 << hb) != 0 && lb != la && f.sign[lb] == f.house_sign(ha as u8 + 1) {
                        hit |= 1 << lb;
                    }
                }
                if how & relation::MUTUAL_ASPECT != 0 {
                    for lb in bits(f.aspects[la] & others) {
                        if f.aspects[lb] & (1 << la) != 0 {
                            hit |= 1 << lb;
                        }
                    }
                }
                if how & relation::ASPECTED != 0 {
                    for lb in bits(others) {
                        if f.aspects[lb] & (1 << la) != 0 {
                            hit |= 1 << lb;
                        }
                    }
                }
                if hit != 0 {
                    let lb = hit.trailing_zeros() as usize;
                    return Ok(Witness {
                        grahas: (1 << la) | (1 << lb),
                        signs: (1 << sa) | (1 << f.sign[lb]),
                    });
                }
            }
            Err(c)
        }
        Cond::Related { a, b, how } => {
            let b = f.resolve(&b);
            for la in bits(f.resolve(&a)) {
                for lb in bits(b) {
                    if let Some(w) = f.related(la, lb, how) {
                        return Ok(w);
                    }
                }
            }
            Err(c)
        }
        Cond::Apart { a, b, houses } => {
            let b = f.resolve(&b);
            for i in bits(f.resolve(&a)) {
                let s = facts::rotate_left(houses, f.sign[i]);
                let g = f.grahas_in_signs(s) & b & !(1 << i);
                if g != 0 {
                    return Ok(Witness::of(f, g | (1 << i)));
                }
            }
            Err(c)
        }
        Cond::Count {
            who,
            from,
            houses,
            min,
            max,
        } => {
            let s = facts::rotate_left(houses, f.base(from));
            let g = f.grahas_in_signs(s) & f.resolve(&who) & !f.ref_mask(from);
            let n = g.count_ones();
            held::<W>(n >= min as u32 && n <= max as u32, c, f, g)
        }
        Cond::AspectsHouse { who, from, houses } => {
            let s = facts::rotate_left(houses, f.base(from));
            let mut g = 0u16;
            for i in bits(f.resolve(&who)) {
                if f.sign_aspects[i] & s != 0 {
                    g |= 1 << i;
                }
            }
            held::<W>(g != 0, c, f, g)
        }
        Cond::HouseIn { from, house, signs } => {
            let s = (f.base(from) + (house.clamp(1, 12) - 1)) % 12;
            if signs & (1 << s) != 0 {
                Ok(Witness {
                    grahas: 0,
                    signs: 1 << s,
                })
            } else {
                Err(c)
            }
        }
        Cond::NavamsaIn { who, signs } => {
            let who = f.resolve(&who);
            let ok = who != 0 && bits(who).all(|i| signs & (1 << f.d9[i]) != 0);
            held::<W>(ok, c, f, who)
        }
        Cond::Is { who, among } => {
            let who = f.resolve(&who);
            held::<W>(who != 0 && who & !f.resolve(&among) == 0, c, f, who)
        }
        Cond::Strong(w) => {
            let who = f.resolve(&w);
            held::<W>(who != 0 && who & !f.strong == 0, c, f, who)
        }
        Cond::Weak(w) => {
            let who = f.resolve(&w);
            held::<W>(who != 0 && who & !f.weak == 0, c, f, who)
        }
        Cond::DeepExalted(w) => {
            let who = f.resolve(&w);
            held::<W>(who != 0 && who & !f.deep_exalted == 0, c, f, who)
        }
        Cond::DeepDebilitated(w) => {
            let who = f.resolve(&w);
            held::<W>(who != 0 && who & !f.deep_debilitated == 0, c, f, who)
        }
        Cond::InNavamsaLagna(w) => {
            let who = f.resolve(&w);
            let ok = who != 0 && bits(who).all(|i| f.d9[i] == f.d9_lagna);
            held::<W>(ok, c, f, who)
        }
        Cond::CruelShashtiamsa(w) => {
            let who = f.resolve(&w);
            let ok = who != 0
                && bits(who).all(|i| {
                    crate::varga::is_cruel_shashtiamsa(crate::varga::shashtiamsa_deity(f.lon(i)))
                });
            held::<W>(ok, c, f, who)
        }
        Cond::Shashtiamsa { who, deity } => {
            let who = f.resolve(&who);
            let ok =
                who != 0 && bits(who).all(|i| crate::varga::shashtiamsa_deity(f.lon(i)) == deity);
            held::<W>(ok, c, f, who)
        }
        Cond::Vaiseshikamsa { who, group, min } => {
            let who = f.resolve(&who);
            let ok = who != 0
                && bits(who)
                    .all(|i| crate::varga::vaiseshikamsa(Graha::ALL[i], f.lon(i), group) >= min);
            held::<W>(ok, c, f, who)
        }
        Cond::MaandiIn { from, houses } => match f.maandi() {
            Some(m) if facts::rotate_left(houses, f.base(from)) & (1 << m.index()) != 0 => {
                Ok(Witness {
                    grahas: 0,
                    signs: 1 << m.index(),
                })
            }
            _ => Err(c),
        },
        Cond::MaandiCruelShashtiamsa => {
            let ok = f.maandi_lon().is_some_and(|l| {
                crate::varga::is_cruel_shashtiamsa(crate::varga::shashtiamsa_deity(l))
            });
            held::<W>(ok, c, f, 0)
        }
        Cond::NavamsaHouse { who, houses } => {
            let who = f.resolve(&who);
            let allowed = facts::rotate_left(houses, f.d9_lagna);
            let ok = who != 0 && bits(who).all(|i| allowed & (1 << f.d9[i]) != 0);
            held::<W>(ok, c, f, who)
        }
        Cond::NavamsaConjunct { a, b } => {
            let b = f.resolve(&b);
            let mut hit = 0u16;
            for i in bits(f.resolve(&a)) {
                for j in bits(b & !(1 << i)) {
                    if f.d9[i] == f.d9[j] {
                        hit |= (1 << i) | (1 << j);
                    }
                }
            }
            held::<W>(hit != 0, c, f, hit)
        }
        Cond::Waxing => held::<W>(f.waxing, c, f, 1 << Graha::Moon.index()),
        Cond::DayBirth => held::<W>(f.day_birth, c, f, 1 << Graha::Sun.index()),
    }
}

fn to_match(yoga: &'static Yoga, w: Witness, f: &ChartFacts) -> YogaMatch {
    YogaMatch {
        yoga,
        grahas: GrahaSet::from_bits(w.grahas),
        houses: HouseSet::from_bits(ChartFacts::houses_of(f.lagna, w.signs)),
    }
}

/// Every yoga of [`CATALOGUE`] present in the facts, in catalogue order.
pub fn evaluate(facts: &ChartFacts) -> Vec<YogaMatch> {
    // One pass with witnesses: a failing condition stops at its first
    // failing leaf either way, and the matches are held inline.
    let mut out = Vec::with_capacity(96);
    out.extend(CATALOGUE.iter().filter_map(|y| {
        eval::<true>(&y.condition, facts)
            .ok()
            .map(|w| to_match(y, w, facts))
    }));
    out
}

/// Every yoga of [`CATALOGUE`] present in a chart.
///
/// The chart alone does not place Maandi (it needs the birth's sunrise and
/// sunset), so the yogas that read Maandi do not fire here. To include
/// them, supply Maandi from [`crate::upagraha`]:
///
/// ```
/// use jyotish::upagraha::{Kalavela, UpagrahaOptions, kalavela_of};
/// use jyotish::yoga::{ChartFacts, evaluate};
/// use jyotish::{BirthData, Chart, ChartConfig, JulianDayUt};
/// let birth = BirthData::new(JulianDayUt::new(2_447_906.875)?, 18.52, 73.86, 0.0)?;
/// let chart = Chart::new(&birth, &ChartConfig::default())?;
/// let maandi = kalavela_of(&chart, Kalavela::Maandi, &UpagrahaOptions::default())?
///     .point
///     .longitude;
/// let facts = ChartFacts::from_chart(&chart).with_maandi(maandi);
/// assert!(facts.maandi().is_some());
/// let with_maandi = evaluate(&facts);
/// assert!(with_maandi.len() >= jyotish::yoga::evaluate_chart(&chart).len());
/// # Ok::<(), jyotish::Error>(())
/// ```
pub fn evaluate_chart(chart: &Chart) -> Vec<YogaMatch> {
    evaluate(&ChartFacts::from_chart(chart))
}

/// Whether one yoga is present (no allocation).
pub fn is_present(yoga: &'static Yoga, facts: &ChartFacts) -> bool {
    eval::<false>(&yoga.condition, facts).is_ok()
}

/// The match if `yoga` is present, otherwise the condition that failed.
///
/// # Errors
/// [`Failure`] naming the first failing condition, depth first.
pub fn explain(yoga: &'static Yoga, facts: &ChartFacts) -> Result<YogaMatch, Failure> {
    eval::<true>(&yoga.condition, facts)
        .map(|w| to_match(yoga, w, facts))
        .map_err(|condition| Failure {
            condition,
            maandi_missing: facts.maandi_bits.is_none() && reads_maandi(condition),
        })
}

/// A yoga of the catalogue by name or alias (case-insensitive ASCII).
pub fn find(name: &str) -> Option<&'static Yoga> {
    CATALOGUE.iter().find(|y| {
        y.name.eq_ignore_ascii_case(name) || y.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
    })
}
