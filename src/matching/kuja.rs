//! Mangal (Kuja) dosha: Mars in the 1st, 2nd, 4th, 7th, 8th or 12th house
//! counted from the lagna, the Moon and Venus; its documented
//! cancellations; and the mutual cancellation between two charts.
//!
//! The input is plain data ([`KujaInput`]): the signs of the lagna and of a
//! few grahas, which the chart module fills in. Houses from the Moon and
//! from Venus are counted by sign; the house from the lagna may be given
//! (a bhava system can put Mars in another house than its sign count).
//!
//! # References
//! - The houses: Muhurta Chintamani ch. 6 commentary and B. V. Raman,
//!   *Muhurtha*, ch. on marriage ("Kuja dosha"), counting from lagna, Moon
//!   and Venus; North Indian usage often drops the 2nd, and Sanjay Rath
//!   notes the lagna is not in the old verse — hence [`KujaHouses`].
//! - The cancellations: the exceptions B. V. Raman lists (*Muhurtha*; also
//!   quoted in *Hindu Predictive Astrology*): Mars in Leo or Aquarius; in
//!   the 2nd in Gemini or Virgo, the 4th in Aries or Scorpio, the 7th in
//!   Cancer or Capricorn, the 8th in Sagittarius or Pisces, the 12th in
//!   Taurus or Libra; Mars associated with or aspected by Jupiter; Mars
//!   retrograde; Cancer and Leo lagnas (Mars a yogakaraka); Jupiter or
//!   Venus in the lagna; Mars with the Moon; Mars in its own or exaltation
//!   sign.
//! - Mutual cancellation (dosha samya): a Kuja dosha in one chart is
//!   matched by one in the other (B. V. Raman, *Muhurtha*); Tamil practice
//!   also lets Saturn, Rahu or Ketu in the same houses of the other chart
//!   balance it ([`MaleficBalance`]).

use super::tables;
use crate::Error;
use crate::zodiac::Rashi;

/// The point Mars's house is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum KujaReference {
    /// The ascendant.
    Lagna,
    /// The Moon.
    Moon,
    /// Venus.
    Venus,
}

impl KujaReference {
    /// All three, lagna first.
    pub const ALL: [KujaReference; 3] = [
        KujaReference::Lagna,
        KujaReference::Moon,
        KujaReference::Venus,
    ];
}

/// The houses (1–12) in which Mars causes the dosha.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct KujaHouses(u16);

impl KujaHouses {
    /// **Default.** 1, 2, 4, 7, 8, 12 (B. V. Raman; South Indian usage).
    pub const CLASSICAL: KujaHouses = KujaHouses(0b1000_1100_1011);
    /// 1, 4, 7, 8, 12: without the 2nd (common North Indian usage).
    pub const WITHOUT_SECOND: KujaHouses = KujaHouses(0b1000_1100_1001);
    /// 2, 4, 7, 8, 12: without the 1st (PyJHora 4.8.7's default, after
    /// Sanjay Rath).
    pub const WITHOUT_FIRST: KujaHouses = KujaHouses(0b1000_1100_1010);

    /// A set of houses given by number.
    ///
    /// # Errors
    /// [`Error::OutOfRange`] for a house outside 1–12.
    ///
    /// ```
    /// use jyotish::matching::KujaHouses;
    /// assert_eq!(KujaHouses::from_houses(&[1, 2, 4, 7, 8, 12])?, KujaHouses::CLASSICAL);
    /// assert!(KujaHouses::from_houses(&[13]).is_err());
    /// # Ok::<(), jyotish::Error>(())
    /// ```
    pub fn from_houses(houses: &[u8]) -> Result<KujaHouses, Error> {
        let mut m = 0u16;
        for &h in houses {
            m |= 1 << (check_house(h)? - 1);
        }
        Ok(KujaHouses(m))
    }

    /// Whether house `h` (1–12) is in the set.
    #[inline]
    pub const fn contains(self, h: u8) -> bool {
        h >= 1 && h <= 12 && self.0 & (1 << (h - 1)) != 0
    }
}

impl Default for KujaHouses {
    fn default() -> Self {
        KujaHouses::CLASSICAL
    }
}

fn check_house(h: u8) -> Result<u8, Error> {
    if (1..=12).contains(&h) {
        Ok(h)
    } else {
        Err(Error::OutOfRange {
            what: "house",
            value: f64::from(h),
            min: 1.0,
            max: 12.0,
        })
    }
}

/// One documented cancellation of Kuja dosha (see the module references).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum KujaCancellation {
    /// Mars in its own sign (Aries, Scorpio) or exaltation (Capricorn).
    OwnOrExalted,
    /// Mars in Leo or Aquarius (B. V. Raman).
    LeoOrAquarius,
    /// Mars in the 2nd in Gemini or Virgo, the 4th in Aries or Scorpio, the
    /// 7th in Cancer or Capricorn, the 8th in Sagittarius or Pisces, or the
    /// 12th in Taurus or Libra, counted from the reference in question
    /// (B. V. Raman).
    HouseSign,
    /// Jupiter in the same sign as Mars or aspecting it (Jupiter's 5th, 7th
    /// and 9th signs, BPHS 26).
    JupiterAssociation,
    /// The Moon in the same sign as Mars (Chandra-Mangala yoga).
    MoonConjunction,
    /// Cancer or Leo lagna: Mars rules a kendra and a trikona (yogakaraka).
    LagnaCancerOrLeo,
    /// Jupiter or Venus in the lagna sign.
    JupiterOrVenusInLagna,
    /// Mars retrograde.
    Retrograde,
}

impl KujaCancellation {
    /// All cancellations, in [`KujaCancellations`] bit order.
    pub const ALL: [KujaCancellation; 8] = [
        KujaCancellation::OwnOrExalted,
        KujaCancellation::LeoOrAquarius,
        KujaCancellation::HouseSign,
        KujaCancellation::JupiterAssociation,
        KujaCancellation::MoonConjunction,
        KujaCancellation::LagnaCancerOrLeo,
        KujaCancellation::JupiterOrVenusInLagna,
        KujaCancellation::Retrograde,
    ];

    const fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of [`KujaCancellation`]s. Serialises as a list of names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KujaCancellations(u8);

impl KujaCancellations {
    /// None.
    pub const NONE: KujaCancellations = KujaCancellations(0);
    /// Every cancellation (the default).
    pub const ALL: KujaCancellations = KujaCancellations(u8::MAX);

    /// This set with `c` added.
    #[must_use]
    pub const fn with(self, c: KujaCancellation) -> KujaCancellations {
        KujaCancellations(self.0 | c.bit())
    }

    /// This set with `c` removed.
    #[must_use]
    pub const fn without(self, c: KujaCancellation) -> KujaCancellations {
        KujaCancellations(self.0 & !c.bit())
    }

    /// Whether `c` is in the set.
    #[inline]
    pub const fn contains(self, c: KujaCancellation) -> bool {
        self.0 & c.bit() != 0
    }

    /// Whether the set is empty.
    #[inline]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The members, in [`KujaCancellation::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = KujaCancellation> {
        KujaCancellation::ALL
            .into_iter()
            .filter(move |c| self.contains(*c))
    }
}

impl Default for KujaCancellations {
    fn default() -> Self {
        KujaCancellations::ALL
    }
}

impl FromIterator<KujaCancellation> for KujaCancellations {
    fn from_iter<I: IntoIterator<Item = KujaCancellation>>(iter: I) -> Self {
        iter.into_iter()
            .fold(KujaCancellations::NONE, KujaCancellations::with)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for KujaCancellations {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for KujaCancellations {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v: alloc::vec::Vec<KujaCancellation> = serde::Deserialize::deserialize(d)?;
        Ok(v.into_iter().collect())
    }
}

/// Whether the other chart's malefics may balance a one-sided Kuja dosha.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum MaleficBalance {
    /// **Default.** Only a Kuja dosha in the other chart cancels it.
    #[default]
    Off,
    /// Saturn, Rahu or Ketu in a dosha house of the other chart, counted
    /// from the same reference, balances it too (Tamil practice).
    SaturnRahuKetu,
}

/// The choices of a Kuja dosha evaluation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct KujaOptions {
    /// The dosha houses (default 1, 2, 4, 7, 8, 12).
    pub houses: KujaHouses,
    /// The cancellations to apply (default all).
    pub cancellations: KujaCancellations,
    /// Balance by the other chart's malefics (default off).
    pub malefic_balance: MaleficBalance,
}

/// What Kuja dosha needs from one chart: sidereal signs, Mars's house from
/// the lagna where a bhava system is used, and Mars's motion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct KujaInput {
    /// Lagna sign.
    pub lagna: Rashi,
    /// Moon sign.
    pub moon: Rashi,
    /// Venus sign.
    pub venus: Rashi,
    /// Mars sign.
    pub mars: Rashi,
    /// Mars's house from the lagna, 1–12, when the chart's houses are not
    /// whole signs; `None` counts it by sign.
    pub mars_house_from_lagna: Option<u8>,
    /// Jupiter sign.
    pub jupiter: Rashi,
    /// Saturn sign.
    pub saturn: Rashi,
    /// Rahu sign (Ketu is the 7th from it).
    pub rahu: Rashi,
    /// Whether Mars is retrograde.
    pub mars_retrograde: bool,
}

impl KujaInput {
    /// The sign of a reference point.
    pub const fn reference_sign(&self, r: KujaReference) -> Rashi {
        match r {
            KujaReference::Lagna => self.lagna,
            KujaReference::Moon => self.moon,
            KujaReference::Venus => self.venus,
        }
    }

    fn mars_house(&self, r: KujaReference) -> Result<u8, Error> {
        match (r, self.mars_house_from_lagna) {
            (KujaReference::Lagna, Some(h)) => check_house(h),
            _ => Ok(tables::sign_count(self.reference_sign(r), self.mars) as u8),
        }
    }
}

/// Kuja dosha counted from one reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct KujaFrom {
    /// The reference.
    pub reference: KujaReference,
    /// Mars's house from it, 1–12.
    pub mars_house: u8,
    /// Whether that house is a dosha house.
    pub in_dosha_house: bool,
    /// The enabled cancellations that apply (empty when not in a dosha house).
    pub cancelled_by: KujaCancellations,
    /// In a dosha house and not cancelled.
    pub present: bool,
}

/// Kuja dosha of one chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct KujaDosha {
    /// From the lagna, the Moon and Venus.
    pub from: [KujaFrom; 3],
    /// Mars in a dosha house from any reference, before cancellations.
    pub present_raw: bool,
    /// Present from any reference after cancellations.
    pub present: bool,
}

impl KujaDosha {
    /// The evaluation from one reference.
    pub fn from_reference(&self, r: KujaReference) -> &KujaFrom {
        &self.from[r as usize]
    }
}

/// Evaluates Kuja dosha for one chart.
///
/// # Errors
/// [`Error::OutOfRange`] when `mars_house_from_lagna` is outside 1–12.
///
/// ```
/// use jyotish::Rashi::*;
/// use jyotish::matching::{KujaInput, KujaOptions, KujaReference, kuja_dosha};
/// // Taurus lagna, Mars in Scorpio (7th): dosha by house, but Mars is in
/// // its own sign, so it is cancelled.
/// let chart = KujaInput {
///     lagna: Taurus, moon: Gemini, venus: Gemini, mars: Scorpio,
///     mars_house_from_lagna: None, jupiter: Aries, saturn: Aries, rahu: Aries,
///     mars_retrograde: false,
/// };
/// let k = kuja_dosha(&chart, &KujaOptions::default())?;
/// assert!(k.present_raw && !k.present);
/// assert_eq!(k.from_reference(KujaReference::Lagna).mars_house, 7);
/// # Ok::<(), jyotish::Error>(())
/// ```
pub fn kuja_dosha(input: &KujaInput, options: &KujaOptions) -> Result<KujaDosha, Error> {
    let m = input.mars;
    let jupiter_aspects = matches!(tables::sign_count(input.jupiter, m), 1 | 5 | 7 | 9);
    let mut global = KujaCancellations::NONE;
    let mut add = |c: KujaCancellation, cond: bool| {
        if cond {
            global = global.with(c);
        }
    };
    add(
        KujaCancellation::OwnOrExalted,
        matches!(m, Rashi::Aries | Rashi::Scorpio | Rashi::Capricorn),
    );
    add(
        KujaCancellation::LeoOrAquarius,
        matches!(m, Rashi::Leo | Rashi::Aquarius),
    );
    add(KujaCancellation::JupiterAssociation, jupiter_aspects);
    add(KujaCancellation::MoonConjunction, input.moon == m);
    add(
        KujaCancellation::LagnaCancerOrLeo,
        matches!(input.lagna, Rashi::Cancer | Rashi::Leo),
    );
    add(
        KujaCancellation::JupiterOrVenusInLagna,
        input.jupiter == input.lagna || input.venus == input.lagna,
    );
    add(KujaCancellation::Retrograde, input.mars_retrograde);

    let mut from = [KujaFrom {
        reference: KujaReference::Lagna,
        mars_house: 1,
        in_dosha_house: false,
        cancelled_by: KujaCancellations::NONE,
        present: false,
    }; 3];
    for (slot, r) in from.iter_mut().zip(KujaReference::ALL) {
        let h = input.mars_house(r)?;
        let in_dosha_house = options.houses.contains(h);
        let house_sign = matches!(
            (h, m),
            (2, Rashi::Gemini | Rashi::Virgo)
                | (4, Rashi::Aries | Rashi::Scorpio)
                | (7, Rashi::Cancer | Rashi::Capricorn)
                | (8, Rashi::Sagittarius | Rashi::Pisces)
                | (12, Rashi::Taurus | Rashi::Libra)
        );
        let mut c = global;
        if house_sign {
            c = c.with(KujaCancellation::HouseSign);
        }
        let cancelled_by = if in_dosha_house {
            KujaCancellations(c.0 & options.cancellations.0)
        } else {
            KujaCancellations::NONE
        };
        *slot = KujaFrom {
            reference: r,
            mars_house: h,
            in_dosha_house,
            cancelled_by,
            present: in_dosha_house && cancelled_by.is_empty(),
        };
    }
    Ok(KujaDosha {
        from,
        present_raw: from.iter().any(|f| f.in_dosha_house),
        present: from.iter().any(|f| f.present),
    })
}

/// Kuja dosha of both partners and whether it cancels between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct KujaMatch {
    /// The groom's dosha.
    pub boy: KujaDosha,
    /// The bride's dosha.
    pub girl: KujaDosha,
    /// Both charts have the dosha (after their own cancellations), so each
    /// cancels the other.
    pub mutual_cancellation: bool,
    /// A one-sided dosha balanced by Saturn, Rahu or Ketu in the other
    /// chart (only with [`MaleficBalance::SaturnRahuKetu`]).
    pub balanced_by_malefics: bool,
    /// Whether a dosha remains for the couple.
    pub dosha_remains: bool,
}

/// Evaluates both charts and the mutual cancellation.
///
/// # Errors
/// As [`kuja_dosha`].
///
/// ```
/// use jyotish::Rashi::*;
/// use jyotish::matching::{KujaInput, KujaOptions, kuja_match};
/// // Groom and bride both with Mars in Capricorn, the 8th from a Gemini
/// // lagna; with every cancellation switched off, each chart has the
/// // dosha, and the two cancel each other.
/// let c = KujaInput {
///     lagna: Gemini, moon: Aries, venus: Aries, mars: Capricorn,
///     mars_house_from_lagna: None, jupiter: Gemini, saturn: Aries, rahu: Aries,
///     mars_retrograde: false,
/// };
/// let mut o = KujaOptions::default();
/// o.cancellations = jyotish::matching::KujaCancellations::NONE;
/// let m = kuja_match(&c, &c, &o)?;
/// assert!(m.boy.present && m.girl.present && m.mutual_cancellation && !m.dosha_remains);
/// # Ok::<(), jyotish::Error>(())
/// ```
pub fn kuja_match(
    boy: &KujaInput,
    girl: &KujaInput,
    options: &KujaOptions,
) -> Result<KujaMatch, Error> {
    let (b, g) = (kuja_dosha(boy, options)?, kuja_dosha(girl, options)?);
    let mutual = b.present && g.present;
    let balanced = !mutual
        && options.malefic_balance == MaleficBalance::SaturnRahuKetu
        && if b.present {
            balances(&b, girl, options)
        } else if g.present {
            balances(&g, boy, options)
        } else {
            false
        };
    Ok(KujaMatch {
        boy: b,
        girl: g,
        mutual_cancellation: mutual,
        balanced_by_malefics: balanced,
        dosha_remains: (b.present || g.present) && !mutual && !balanced,
    })
}

/// Whether every reference with a remaining dosha in `d` is matched by
/// Saturn, Rahu or Ketu in a dosha house of `other` from the same reference.
fn balances(d: &KujaDosha, other: &KujaInput, options: &KujaOptions) -> bool {
    d.from.iter().filter(|f| f.present).all(|f| {
        let r = other.reference_sign(f.reference);
        [other.saturn, other.rahu, other.rahu.nth(7)]
            .iter()
            .any(|&s| options.houses.contains(tables::sign_count(r, s) as u8))
    })
}
