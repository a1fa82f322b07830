//! Ashtakoota (Guna Milan), the North Indian eight-fold match out of 36
//! points, with the standard dosha exceptions; and [`Matcher`], which
//! tabulates every pair of Moon classes once so that a match is a lookup
//! and a million candidates rank in milliseconds.
//!
//! Every koota reads the two Moons only. The groom is the "boy" and the
//! bride the "girl", as the texts put it; Varna, Vashya and Gana depend on
//! who is who, the other five do not.

use super::MoonClass;
use super::tables::{
    self, GANA_MAITREYA, GANA_SYMMETRIC, MAITRI_MAITREYA, MAITRI_STANDARD, Rel, VASHYA_ASTROYOGI,
    VASHYA_MAITREYA, VASHYA_SARAVALI, YONI_SARAVALI, YONI_SYMMETRIC,
};
use crate::Error;
use crate::zodiac::Rashi;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

/// The eight kootas, in the classical order of their weight (1 to 8 points).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Koota {
    /// Varna (spiritual class of the Moon sign): 1 point.
    Varna,
    /// Vashya (mutual control, by the Moon sign's group): 2 points.
    Vashya,
    /// Tara or Dina (star count both ways): 3 points.
    Tara,
    /// Yoni (animal of the nakshatra): 4 points.
    Yoni,
    /// Graha Maitri (friendship of the Moon-sign lords): 5 points.
    GrahaMaitri,
    /// Gana (temperament of the nakshatra): 6 points.
    Gana,
    /// Bhakoot or Rashi (relative position of the Moon signs): 7 points.
    Bhakoot,
    /// Nadi (constitution of the nakshatra): 8 points.
    Nadi,
}

impl Koota {
    /// All eight, Varna first.
    pub const ALL: [Koota; 8] = [
        Koota::Varna,
        Koota::Vashya,
        Koota::Tara,
        Koota::Yoni,
        Koota::GrahaMaitri,
        Koota::Gana,
        Koota::Bhakoot,
        Koota::Nadi,
    ];

    /// Position in [`Koota::ALL`], 0-based.
    #[inline]
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Maximum points: the koota's number, 1 (Varna) to 8 (Nadi).
    #[inline]
    pub const fn max_points(self) -> f64 {
        (self as u8 + 1) as f64
    }

    /// The snake_case key used in serde output and on the command line:
    /// `varna`, `vashya`, `tara`, `yoni`, `graha_maitri`, `gana`,
    /// `bhakoot`, `nadi`.
    pub const fn key(self) -> &'static str {
        match self {
            Koota::Varna => "varna",
            Koota::Vashya => "vashya",
            Koota::Tara => "tara",
            Koota::Yoni => "yoni",
            Koota::GrahaMaitri => "graha_maitri",
            Koota::Gana => "gana",
            Koota::Bhakoot => "bhakoot",
            Koota::Nadi => "nadi",
        }
    }

    /// The koota named by its [`Koota::key`].
    ///
    /// # Errors
    /// [`Error::UnknownName`] for any other name.
    ///
    /// ```
    /// use jyotish::matching::Koota;
    /// assert_eq!(Koota::from_key("graha_maitri")?, Koota::GrahaMaitri);
    /// assert!(Koota::from_key("maitri").is_err());
    /// # Ok::<(), jyotish::Error>(())
    /// ```
    pub fn from_key(key: &str) -> Result<Koota, Error> {
        Koota::ALL
            .into_iter()
            .find(|k| k.key() == key)
            .ok_or_else(|| Error::UnknownName {
                what: "koota",
                name: String::from(key),
                allowed: String::from(
                    "varna, vashya, tara, yoni, graha_maitri, gana, bhakoot, nadi",
                ),
            })
    }

    const fn max_half(self) -> u8 {
        (self as u8 + 1) * 2
    }
}

impl fmt::Display for Koota {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// The five Vashya groups of the Moon sign (Muhurta Chintamani ch. 6;
/// B. V. Raman, *Muhurtha*).
///
/// Aries and Taurus are quadrupeds; Gemini, Virgo, Libra and Aquarius
/// human; Cancer and Pisces water-dwellers; Leo the wild beast; Scorpio the
/// insect. Sagittarius is human in its first half and quadruped in its
/// second; Capricorn quadruped in its first half and aquatic in its second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum VashyaGroup {
    /// Quadruped.
    Chatushpada,
    /// Human (dvipada, nara).
    Manava,
    /// Water-dwelling.
    Jalachara,
    /// Wild beast of the forest (Leo).
    Vanachara,
    /// Insect (Scorpio).
    Keeta,
}

impl VashyaGroup {
    /// The group of a Moon class.
    pub const fn of(moon: MoonClass) -> VashyaGroup {
        let second = matches!(moon.half(), Some(super::SignHalf::Second));
        match moon.rashi() {
            Rashi::Aries | Rashi::Taurus => VashyaGroup::Chatushpada,
            Rashi::Gemini | Rashi::Virgo | Rashi::Libra | Rashi::Aquarius => VashyaGroup::Manava,
            Rashi::Cancer | Rashi::Pisces => VashyaGroup::Jalachara,
            Rashi::Leo => VashyaGroup::Vanachara,
            Rashi::Scorpio => VashyaGroup::Keeta,
            Rashi::Sagittarius if second => VashyaGroup::Chatushpada,
            Rashi::Sagittarius => VashyaGroup::Manava,
            Rashi::Capricorn if second => VashyaGroup::Jalachara,
            Rashi::Capricorn => VashyaGroup::Chatushpada,
        }
    }
}

/// Which Vashya score table to use (the sources disagree).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum VashyaTable {
    /// **Default.** The table on saravali.de (the Maitreya documentation),
    /// which PyJHora 4.8.7 uses by default.
    #[default]
    Saravali,
    /// astroyogi.com's table, PyJHora 4.8.7's alternative
    /// (`use_astroyogi_method`).
    AstroYogi,
    /// The table in the source of Maitreya 7.0 (`Partner.cpp`).
    Maitreya,
}

/// Which Yoni score table to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum YoniTable {
    /// **Default.** The saravali.de table with its two asymmetric cells
    /// resolved to the lower value (Horse–Deer 1, Buffalo–Lion 1), so that
    /// the koota does not depend on who is the groom. PyJHora 4.8.7 uses
    /// exactly this table.
    #[default]
    Symmetric,
    /// The saravali.de table as published, bride's yoni as row (Horse bride
    /// with Deer groom 3, the reverse 1; Buffalo bride with Lion groom 1,
    /// the reverse 2).
    SaravaliAsPublished,
}

/// Which Gana score table to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum GanaTable {
    /// **Default.** Maitreya 7.0 and PyJHora 4.8.7: same gana 6; groom
    /// Manushya with bride Deva 6, groom Deva with bride Manushya 5; groom
    /// Deva with bride Rakshasa 1, the reverse 0; Manushya with Rakshasa 0
    /// either way.
    #[default]
    Maitreya,
    /// Graded straight from the verse of Muhurta Chintamani ch. 6, the same
    /// both ways: same gana 6, Deva–Manushya 5, Deva–Rakshasa ("quarrel") 1,
    /// Manushya–Rakshasa ("death") 0.
    Symmetric,
}

/// Which Graha Maitri scale to use (both on BPHS 3.55 natural relationships).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum MaitriTable {
    /// **Default.** Mutual friends (or the same lord) 5, friend–neutral 4,
    /// neutral–neutral 3, friend–enemy 1, neutral–enemy ½, mutual enemies 0
    /// (B. V. Raman, *Muhurtha*; saravali.de; PyJHora 4.8.7).
    #[default]
    Standard,
    /// Maitreya 7.0: 5, 4, 2, 2, 1, 0 for the same six cases.
    Maitreya,
}

/// One of the standard dosha exceptions (parihara) of Ashtakoota. When an
/// enabled exception applies, the koota it relieves is scored at its
/// maximum in the "after exceptions" score (the dosha is held void).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Exception {
    /// Nadi dosha void: same Moon rashi, different nakshatras (Muhurta
    /// Chintamani ch. 6; B. V. Raman, *Muhurtha*).
    NadiSameRashi,
    /// Nadi dosha void: same nakshatra in different rashis (the nakshatras
    /// that straddle two signs; Muhurta Chintamani ch. 6).
    NadiSameNakshatraDifferentRashi,
    /// Nadi dosha void: same nakshatra, different padas (Muhurta Chintamani
    /// ch. 6: "nakshatraikye padabhede shubham").
    NadiSameNakshatraDifferentPada,
    /// Nadi dosha void: the Moons are in different rashis whose lords are
    /// the same graha or natural friends both ways (BPHS 3.55; B. V. Raman,
    /// *Muhurtha*). The same rashi is [`Exception::NadiSameRashi`]'s case.
    NadiFriendlyLords,
    /// Bhakoot dosha void: both Moon signs have the same lord (Aries–Scorpio,
    /// Taurus–Libra, Capricorn–Aquarius; Muhurta Chintamani ch. 6).
    BhakootSameLord,
    /// Bhakoot dosha void: the Moon-sign lords are natural friends both ways
    /// (Muhurta Chintamani ch. 6; B. V. Raman, *Muhurtha*).
    BhakootFriendlyLords,
    /// Gana dosha (one partner Rakshasa, the other not) relieved by Graha
    /// Maitri: the Moon-sign lords are the same or natural friends both ways
    /// (Muhurta Chintamani ch. 6 commentary; B. V. Raman, *Muhurtha*).
    GanaMaitri,
}

impl Exception {
    /// All exceptions, in the order of [`ExceptionSet`]'s bits.
    pub const ALL: [Exception; 7] = [
        Exception::NadiSameRashi,
        Exception::NadiSameNakshatraDifferentRashi,
        Exception::NadiSameNakshatraDifferentPada,
        Exception::NadiFriendlyLords,
        Exception::BhakootSameLord,
        Exception::BhakootFriendlyLords,
        Exception::GanaMaitri,
    ];

    /// The koota whose dosha this exception relieves.
    pub const fn koota(self) -> Koota {
        match self {
            Exception::NadiSameRashi
            | Exception::NadiSameNakshatraDifferentRashi
            | Exception::NadiSameNakshatraDifferentPada
            | Exception::NadiFriendlyLords => Koota::Nadi,
            Exception::BhakootSameLord | Exception::BhakootFriendlyLords => Koota::Bhakoot,
            Exception::GanaMaitri => Koota::Gana,
        }
    }

    const fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of [`Exception`]s: the ones enabled in the options, or the ones
/// that fired in a match. Serialises as a list of names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ExceptionSet(u8);

impl ExceptionSet {
    /// No exceptions.
    pub const NONE: ExceptionSet = ExceptionSet(0);
    /// Every exception (the default).
    pub const ALL: ExceptionSet = ExceptionSet((1 << 7) - 1);

    /// This set with `e` added.
    #[must_use]
    pub const fn with(self, e: Exception) -> ExceptionSet {
        ExceptionSet(self.0 | e.bit())
    }

    /// This set with `e` removed.
    #[must_use]
    pub const fn without(self, e: Exception) -> ExceptionSet {
        ExceptionSet(self.0 & !e.bit())
    }

    /// Whether `e` is in the set.
    #[inline]
    pub const fn contains(self, e: Exception) -> bool {
        self.0 & e.bit() != 0
    }

    /// Whether the set is empty.
    #[inline]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The members, in [`Exception::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Exception> {
        Exception::ALL
            .into_iter()
            .filter(move |e| self.contains(*e))
    }
}

impl Default for ExceptionSet {
    fn default() -> Self {
        ExceptionSet::ALL
    }
}

impl FromIterator<Exception> for ExceptionSet {
    fn from_iter<I: IntoIterator<Item = Exception>>(iter: I) -> Self {
        iter.into_iter()
            .fold(ExceptionSet::NONE, ExceptionSet::with)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for ExceptionSet {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for ExceptionSet {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v: Vec<Exception> = Vec::deserialize(d)?;
        Ok(v.into_iter().collect())
    }
}

/// The choices of an Ashtakoota match. `Default` gives the named default
/// of every table and all exceptions enabled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct AshtakootOptions {
    /// Vashya table.
    pub vashya: VashyaTable,
    /// Yoni table.
    pub yoni: YoniTable,
    /// Gana table.
    pub gana: GanaTable,
    /// Graha Maitri scale.
    pub maitri: MaitriTable,
    /// The exceptions to apply.
    pub exceptions: ExceptionSet,
}

/// Points of one koota.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct KootaScore {
    /// Which koota.
    pub koota: Koota,
    /// Points by the tables, `0..=max` (halves occur in Vashya, Tara and
    /// Graha Maitri).
    pub points: f64,
    /// Points after the enabled exceptions: `max` where an exception voided
    /// this koota's dosha, else `points`.
    pub points_after_exceptions: f64,
    /// The koota's maximum (1 to 8).
    pub max: f64,
}

/// The result of an Ashtakoota match: each koota's points before and after
/// the exceptions, and which exceptions fired.
///
/// A compact value (17 bytes) read through methods; its serde form is the
/// full report: `kootas` (each with `koota`, `points`,
/// `points_after_exceptions`, `max`), `total`, `total_after_exceptions`,
/// `max` and `exceptions_fired`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(into = "AshtakootReport", try_from = "AshtakootReport")
)]
pub struct AshtakootMatch {
    /// Points of each koota in half points, [`Koota::ALL`] order.
    half: [u8; 8],
    /// The same after exceptions.
    after_half: [u8; 8],
    fired: ExceptionSet,
}

impl AshtakootMatch {
    /// The maximum total, 36.
    pub const MAX: f64 = 36.0;

    /// The score of one koota.
    #[inline]
    pub fn koota(&self, k: Koota) -> KootaScore {
        KootaScore {
            koota: k,
            points: f64::from(self.half[k.index()]) * 0.5,
            points_after_exceptions: f64::from(self.after_half[k.index()]) * 0.5,
            max: k.max_points(),
        }
    }

    /// All eight scores, Varna first.
    pub fn kootas(&self) -> [KootaScore; 8] {
        Koota::ALL.map(|k| self.koota(k))
    }

    /// Sum of the kootas' points, out of 36.
    #[inline]
    pub fn total(&self) -> f64 {
        f64::from(self.half.iter().sum::<u8>()) * 0.5
    }

    /// Sum after the exceptions, out of 36.
    #[inline]
    pub fn total_after_exceptions(&self) -> f64 {
        f64::from(self.after_half.iter().sum::<u8>()) * 0.5
    }

    /// The enabled exceptions that applied.
    #[inline]
    pub fn exceptions_fired(&self) -> ExceptionSet {
        self.fired
    }
}

/// Serde form of [`AshtakootMatch`].
#[cfg(feature = "serde")]
#[derive(serde::Serialize, serde::Deserialize)]
struct AshtakootReport {
    kootas: [KootaScore; 8],
    total: f64,
    total_after_exceptions: f64,
    max: f64,
    exceptions_fired: ExceptionSet,
}

#[cfg(feature = "serde")]
impl From<AshtakootMatch> for AshtakootReport {
    fn from(m: AshtakootMatch) -> Self {
        AshtakootReport {
            kootas: m.kootas(),
            total: m.total(),
            total_after_exceptions: m.total_after_exceptions(),
            max: AshtakootMatch::MAX,
            exceptions_fired: m.fired,
        }
    }
}

#[cfg(feature = "serde")]
impl TryFrom<AshtakootReport> for AshtakootMatch {
    type Error = Error;
    fn try_from(r: AshtakootReport) -> Result<Self, Error> {
        let mut m = AshtakootMatch {
            half: [0; 8],
            after_half: [0; 8],
            fired: r.exceptions_fired,
        };
        for (i, k) in Koota::ALL.into_iter().enumerate() {
            let s = &r.kootas[i];
            if s.koota != k {
                return Err(Error::UnknownName {
                    what: "koota (in Varna … Nadi order)",
                    name: String::from(s.koota.key()),
                    allowed: String::from(k.key()),
                });
            }
            m.half[i] = half_points("koota points", s.points, k)?;
            m.after_half[i] = half_points(
                "koota points after exceptions",
                s.points_after_exceptions,
                k,
            )?;
        }
        Ok(m)
    }
}

#[cfg(feature = "serde")]
fn half_points(what: &'static str, v: f64, k: Koota) -> Result<u8, Error> {
    let h = crate::error::check_range(what, v, 0.0, k.max_points())? * 2.0;
    Ok(crate::math::round(h) as u8)
}

/// Scores one match directly from the tables (no precomputation).
///
/// `boy` is the groom's Moon, `girl` the bride's.
///
/// ```
/// use jyotish::matching::{AshtakootOptions, Koota, MoonClass, ashtakoot};
/// // Groom Moon in Rohini 1, bride Moon in Mrigashira 1: both Taurus,
/// // both Serpent yoni, but Antya and Madhya nadi.
/// let m = ashtakoot(MoonClass::new(4, 1)?, MoonClass::new(5, 1)?, &AshtakootOptions::default());
/// assert_eq!(m.koota(Koota::Yoni).points, 4.0);
/// assert_eq!(m.koota(Koota::Bhakoot).points, 7.0);
/// assert_eq!(m.koota(Koota::Nadi).points, 8.0);
/// assert!(m.total() <= 36.0);
/// # Ok::<(), jyotish::Error>(())
/// ```
pub fn ashtakoot(boy: MoonClass, girl: MoonClass, options: &AshtakootOptions) -> AshtakootMatch {
    decode(score_packed(boy, girl, options))
}

/// Raw half points of each koota.
fn raw_half_points(b: MoonClass, g: MoonClass, o: &AshtakootOptions) -> [u8; 8] {
    let (br, gr) = (b.rashi(), g.rashi());
    let (bn, gn) = (b.nakshatra(), g.nakshatra());

    // Varna (Muhurta Chintamani ch. 6): the groom's varna the same as or
    // higher than the bride's; Brahmin is index 0.
    let varna = if br.varna().index() <= gr.varna().index() {
        2
    } else {
        0
    };

    let (bv, gv) = (VashyaGroup::of(b) as usize, VashyaGroup::of(g) as usize);
    let vashya = match o.vashya {
        VashyaTable::Saravali => VASHYA_SARAVALI[gv][bv],
        VashyaTable::AstroYogi => VASHYA_ASTROYOGI[gv][bv],
        VashyaTable::Maitreya => VASHYA_MAITREYA[bv][gv],
    };

    // Tara: 1½ for each direction whose count is favourable.
    let tara = 3 * (tables::tara_favourable(tables::star_count(gn, bn)) as u8)
        + 3 * (tables::tara_favourable(tables::star_count(bn, gn)) as u8);

    let (by, gy) = (bn.yoni().index(), gn.yoni().index());
    let yoni = 2 * match o.yoni {
        YoniTable::Symmetric => YONI_SYMMETRIC[gy][by],
        YoniTable::SaravaliAsPublished => YONI_SARAVALI[gy][by],
    };

    let maitri = maitri_half_points(br, gr, o.maitri);

    let (bg, gg) = (bn.gana().index(), gn.gana().index());
    let gana = 2 * match o.gana {
        GanaTable::Maitreya => GANA_MAITREYA[bg][gg],
        GanaTable::Symmetric => GANA_SYMMETRIC[bg][gg],
    };

    let bhakoot = 2 * tables::BHAKOOT_BY_COUNT[tables::sign_count(gr, br) - 1];
    let nadi = if bn.nadi() == gn.nadi() { 0 } else { 16 };
    [varna, vashya, tara, yoni, maitri, gana, bhakoot, nadi]
}

pub(crate) fn maitri_half_points(a: Rashi, b: Rashi, t: MaitriTable) -> u8 {
    let (la, lb) = (a.lord(), b.lord());
    let table = match t {
        MaitriTable::Standard => &MAITRI_STANDARD,
        MaitriTable::Maitreya => &MAITRI_MAITREYA,
    };
    if la == lb {
        return table[0][0];
    }
    table[rel_index(tables::natural(la, lb))][rel_index(tables::natural(lb, la))]
}

const fn rel_index(r: Rel) -> usize {
    match r {
        Rel::Friend => 0,
        Rel::Neutral => 1,
        Rel::Enemy => 2,
    }
}

/// The exceptions that apply to this pair (whether enabled or not), given
/// the raw points.
fn applicable(b: MoonClass, g: MoonClass, raw: &[u8; 8]) -> ExceptionSet {
    let (br, gr) = (b.rashi(), g.rashi());
    let (bn, gn) = (b.nakshatra(), g.nakshatra());
    let friendly = tables::lords_friendly(br.lord(), gr.lord());
    let mut s = ExceptionSet::NONE;
    if raw[Koota::Nadi.index()] == 0 {
        if br == gr && bn != gn {
            s = s.with(Exception::NadiSameRashi);
        }
        if bn == gn && br != gr {
            s = s.with(Exception::NadiSameNakshatraDifferentRashi);
        }
        if bn == gn && b.pada() != g.pada() {
            s = s.with(Exception::NadiSameNakshatraDifferentPada);
        }
        if friendly && br != gr {
            s = s.with(Exception::NadiFriendlyLords);
        }
    }
    if raw[Koota::Bhakoot.index()] == 0 {
        if br.lord() == gr.lord() {
            s = s.with(Exception::BhakootSameLord);
        }
        if friendly {
            s = s.with(Exception::BhakootFriendlyLords);
        }
    }
    // Gana dosha: one partner Rakshasa and the other not.
    let rakshasa = |n: crate::Nakshatra| n.gana() == crate::zodiac::Gana::Rakshasa;
    if rakshasa(bn) != rakshasa(gn) && friendly {
        s = s.with(Exception::GanaMaitri);
    }
    s
}

// Packed layout of one match, 64 bits: byte `i` holds koota `i`'s raw half
// points (0–16, bits 0–4), and bit 7 of byte `i` (i < 7) says whether
// exception `i` fired. The scores after exceptions follow from those.
const RAW_MASK: u64 = 0x1F1F_1F1F_1F1F_1F1F;
const FIRED_MASK: u64 = 0x0080_8080_8080_8080;
/// Adds the eight bytes of a word into its top byte (every sum here ≤ 72).
const BYTE_SUM: u64 = 0x0101_0101_0101_0101;

const NADI_EXCEPTIONS: u8 = Exception::NadiSameRashi.bit()
    | Exception::NadiSameNakshatraDifferentRashi.bit()
    | Exception::NadiSameNakshatraDifferentPada.bit()
    | Exception::NadiFriendlyLords.bit();
const BHAKOOT_EXCEPTIONS: u8 =
    Exception::BhakootSameLord.bit() | Exception::BhakootFriendlyLords.bit();
const GANA_EXCEPTIONS: u8 = Exception::GanaMaitri.bit();

fn score_packed(b: MoonClass, g: MoonClass, o: &AshtakootOptions) -> u64 {
    let raw = raw_half_points(b, g, o);
    let fired = applicable(b, g, &raw).0 & o.exceptions.0;
    let mut p = u64::from_le_bytes(raw);
    for i in 0..7 {
        if fired & (1 << i) != 0 {
            p |= 1 << (8 * i + 7);
        }
    }
    p
}

#[inline]
fn fired_of(p: u64) -> ExceptionSet {
    let mut f = 0u8;
    let hi = p & FIRED_MASK;
    for i in 0..7 {
        f |= (((hi >> (8 * i + 7)) & 1) as u8) << i;
    }
    ExceptionSet(f)
}

/// The raw bytes with a voided dosha's koota raised to its maximum.
#[inline]
fn after_exceptions(raw: u64, fired: ExceptionSet) -> u64 {
    let set = |w: u64, k: Koota| {
        let shift = 8 * k.index() as u32;
        (w & !(0xFF << shift)) | (u64::from(k.max_half()) << shift)
    };
    let mut w = raw;
    if fired.0 & NADI_EXCEPTIONS != 0 {
        w = set(w, Koota::Nadi);
    }
    if fired.0 & BHAKOOT_EXCEPTIONS != 0 {
        w = set(w, Koota::Bhakoot);
    }
    if fired.0 & GANA_EXCEPTIONS != 0 {
        w = set(w, Koota::Gana);
    }
    w
}

#[inline]
fn decode(p: u64) -> AshtakootMatch {
    let raw = p & RAW_MASK;
    let fired = fired_of(p);
    AshtakootMatch {
        half: raw.to_le_bytes(),
        after_half: after_exceptions(raw, fired).to_le_bytes(),
        fired,
    }
}

/// Total after exceptions of a packed match, in half points.
#[inline]
fn total_after_of(p: u64) -> u8 {
    (after_exceptions(p & RAW_MASK, fired_of(p)).wrapping_mul(BYTE_SUM) >> 56) as u8
}

/// Who the fixed profile is when ranking candidates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Role {
    /// The profile is the groom; the candidates are brides.
    Boy,
    /// The profile is the bride; the candidates are grooms.
    Girl,
}

/// One ranked candidate.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Ranked {
    /// Position of the candidate in the slice given to [`Matcher::rank`].
    pub index: usize,
    /// Its Ashtakoota total after exceptions, out of 36.
    pub total_after_exceptions: f64,
}

/// Every Ashtakoota match between two [`MoonClass`]es, computed once for a
/// set of options: 216 × 216 results packed in 8 bytes each (about 370 KB),
/// built in about 2 ms. Immutable once built, so it can be shared between threads.
///
/// ```
/// use jyotish::matching::{AshtakootOptions, Matcher, MoonClass, Role, ashtakoot};
/// let opts = AshtakootOptions::default();
/// let m = Matcher::new(opts);
/// let (boy, girl) = (MoonClass::new(1, 1)?, MoonClass::new(13, 2)?);
/// assert_eq!(m.ashtakoot(boy, girl), ashtakoot(boy, girl, &opts));
/// let brides = [MoonClass::new(2, 1)?, girl, MoonClass::new(27, 4)?];
/// let top = m.rank(boy, Role::Boy, &brides, 2);
/// assert_eq!(top.len(), 2);
/// assert!(top[0].total_after_exceptions >= top[1].total_after_exceptions);
/// # Ok::<(), jyotish::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Matcher {
    options: AshtakootOptions,
    /// `packed[boy * 216 + girl]`.
    packed: Vec<u64>,
}

impl Matcher {
    /// Tabulates every pair of classes for `options`.
    pub fn new(options: AshtakootOptions) -> Matcher {
        let n = MoonClass::COUNT;
        let mut packed = alloc::vec![0u64; n * n];
        for bi in 0..n {
            let b = MoonClass(bi as u8);
            for gi in 0..n {
                packed[bi * n + gi] = score_packed(b, MoonClass(gi as u8), &options);
            }
        }
        Matcher { options, packed }
    }

    /// The options the table was built with.
    pub fn options(&self) -> &AshtakootOptions {
        &self.options
    }

    /// The full match of a groom and a bride, from the table.
    #[inline]
    pub fn ashtakoot(&self, boy: MoonClass, girl: MoonClass) -> AshtakootMatch {
        decode(self.packed[boy.index() * MoonClass::COUNT + girl.index()])
    }

    /// The total after exceptions, in half points (0..=72), from the table.
    #[inline]
    pub fn total_after_half_points(&self, boy: MoonClass, girl: MoonClass) -> u8 {
        total_after_of(self.packed[boy.index() * MoonClass::COUNT + girl.index()])
    }

    /// The `top` best candidates for `profile` by total after exceptions,
    /// best first; ties keep the candidates' order. `role` says whether the
    /// profile is the groom or the bride.
    ///
    /// Two passes over the candidates (a histogram of the 73 possible
    /// scores, then collection above the cut-off), so the cost is linear in
    /// the number of candidates and independent of `top`.
    pub fn rank(
        &self,
        profile: MoonClass,
        role: Role,
        candidates: &[MoonClass],
        top: usize,
    ) -> Vec<Ranked> {
        let n = MoonClass::COUNT;
        // This profile's row: score (half points) against each class.
        let mut row = [0u8; MoonClass::COUNT];
        for (c, r) in row.iter_mut().enumerate() {
            let idx = match role {
                Role::Boy => profile.index() * n + c,
                Role::Girl => c * n + profile.index(),
            };
            *r = total_after_of(self.packed[idx]);
        }
        let top = top.min(candidates.len());
        if top == 0 {
            return Vec::new();
        }
        let mut hist = [0usize; 73];
        for c in candidates {
            hist[usize::from(row[c.index()])] += 1;
        }
        // The lowest score that still makes the cut, and how many of it fit.
        let mut above = 0usize;
        let mut cut = 0usize;
        for s in (0..73).rev() {
            if above + hist[s] >= top {
                cut = s;
                break;
            }
            above += hist[s];
        }
        let mut at_cut = top - above;
        let mut out: Vec<(u8, usize)> = Vec::with_capacity(top);
        for (i, c) in candidates.iter().enumerate() {
            let s = row[c.index()];
            if usize::from(s) > cut {
                out.push((s, i));
            } else if usize::from(s) == cut && at_cut > 0 {
                out.push((s, i));
                at_cut -= 1;
            }
        }
        // Stable: equal scores stay in candidate order.
        out.sort_by_key(|e| core::cmp::Reverse(e.0));
        out.into_iter()
            .map(|(s, index)| Ranked {
                index,
                total_after_exceptions: f64::from(s) * 0.5,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mc(n: u8, p: u8) -> MoonClass {
        MoonClass::new(n, p).unwrap()
    }

    #[test]
    fn table_equals_direct() {
        let o = AshtakootOptions::default();
        let m = Matcher::new(o);
        for b in 0..MoonClass::COUNT {
            for g in (0..MoonClass::COUNT).step_by(7) {
                let (b, g) = (MoonClass(b as u8), MoonClass(g as u8));
                assert_eq!(m.ashtakoot(b, g), ashtakoot(b, g, &o));
            }
        }
    }

    #[test]
    fn same_pada_scores() {
        // Same nakshatra and pada: Varna, Vashya, Yoni, Maitri, Gana, Bhakoot
        // full; Tara: count 1 both ways is favourable (remainder 1) → 3;
        // Nadi 0 with no exception → 28 raw.
        let m = ashtakoot(mc(1, 1), mc(1, 1), &AshtakootOptions::default());
        assert_eq!(m.total(), 28.0);
        assert!(m.exceptions_fired().is_empty());
    }

    #[test]
    fn exceptions_set_ops() {
        let s = ExceptionSet::NONE
            .with(Exception::GanaMaitri)
            .with(Exception::NadiSameRashi);
        assert!(s.contains(Exception::GanaMaitri));
        assert_eq!(s.iter().count(), 2);
        assert!(
            s.without(Exception::GanaMaitri)
                .contains(Exception::NadiSameRashi)
        );
        assert_eq!(ExceptionSet::ALL.iter().count(), 7);
    }
}
