//! Compatibility matching (melapaka): North Indian Ashtakoota with its dosha
//! exceptions, the South Indian ten poruthams (Dashakoota), and Mangal
//! (Kuja) dosha for each chart and between two charts.
//!
//! The koota and porutham matching needs only each person's Moon: its
//! nakshatra and pada, and — for Vashya — which half (15°) of Sagittarius
//! or Capricorn it is in, since the classical split falls inside a pada
//! (Purva Ashadha 1 and Shravana 2). A [`MoonClass`] carries exactly that;
//! there are 108 padas × 2 halves = 216 classes, so every score can be
//! tabulated once ([`Matcher`]) and a match becomes a table lookup.
//!
//! Given the nakshatra and pada alone ([`MoonClass::new`]), the half of
//! Sagittarius and Capricorn is taken from the pada number as PyJHora does
//! it: padas 1–2 are read as the first half, padas 3–4 as the second. The
//! rule is a convention, not astronomy (Mula 3–4 really lie in the first
//! half of Sagittarius); give the Moon's longitude
//! ([`MoonClass::from_longitude`]) or the half ([`MoonClass::with_half`])
//! when it is known.
//!
//! Schools differ in several tables (Vashya, Yoni, Gana, Graha Maitri) and
//! in the South Indian rules; each choice is an enum in the options, with
//! the default named and each alternative's source documented.
//!
//! # References
//! - Daivajna Rama, *Muhurta Chintamani* (1600), ch. 6 (Vivaha prakarana):
//!   the kootas, their grades and the dosha exceptions.
//! - B. V. Raman, *Muhurtha (Electional Astrology)*, ch. on marriage, and
//!   *Hindu Predictive Astrology*, ch. on marriage compatibility (the ten
//!   kutas of South India, Kuja dosha and its exceptions).
//! - BPHS 3.55 (natural relationships), ch. 4 (rashi lords).
//! - saravali.de (the documentation of the Maitreya program) and Maitreya
//!   7.0 `Partner.cpp` for the tables whose variants are named after them.

mod ashtakoot;
mod kuja;
mod porutham;
mod tables;

pub use ashtakoot::{
    AshtakootMatch, AshtakootOptions, Exception, ExceptionSet, GanaTable, Koota, KootaScore,
    MaitriTable, Matcher, Ranked, Role, VashyaGroup, VashyaTable, YoniTable, ashtakoot,
};
pub use kuja::{
    KujaCancellation, KujaCancellations, KujaDosha, KujaFrom, KujaHouses, KujaInput, KujaMatch,
    KujaOptions, KujaReference, MaleficBalance, kuja_dosha, kuja_match,
};
pub use porutham::{
    DashakootMatch, DashakootOptions, DinaRule, GanaPoruthamRule, Grade, Porutham, PoruthamResult,
    RajjuRule, RasyadhipatiRule, VasyaRule, Verdict, YoniEnmity, dashakoot,
};

use crate::error::Error;
use crate::zodiac::{Nakshatra, PADA_SPAN_DEG, Pada, RASHI_SPAN_DEG, Rashi};
use crate::{Graha, Longitude};

/// Which half of its sign the Moon is in: 0°–15° or 15°–30°.
///
/// Only Sagittarius and Capricorn need it (their Vashya group changes at
/// 15°); elsewhere it is not stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum SignHalf {
    /// 0° to 15° of the sign.
    First,
    /// 15° to 30° of the sign.
    Second,
}

/// Everything the koota and porutham matching reads from one person's
/// chart: the Moon's pada, plus the half of the sign where that matters
/// (Sagittarius and Capricorn).
///
/// There are [`MoonClass::COUNT`] = 216 classes (108 padas × 2 halves; the
/// half is kept only in Sagittarius and Capricorn, so most of the 216 are
/// never produced), indexed by [`MoonClass::index`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(into = "MoonClassRepr", try_from = "MoonClassRepr")
)]
pub struct MoonClass(u8);

impl MoonClass {
    /// Number of classes: 108 padas × 2 halves.
    pub const COUNT: usize = 216;

    /// The class of a nakshatra (1–27, Ashwini = 1) and pada (1–4), as the
    /// texts number them.
    ///
    /// In Sagittarius and Capricorn the half of the sign is taken from the
    /// pada number: padas 1–2 first half, 3–4 second half (PyJHora's rule;
    /// see the module docs).
    ///
    /// # Errors
    /// [`Error::OutOfRange`] for a nakshatra outside 1–27 or a pada outside 1–4.
    ///
    /// ```
    /// use jyotish::matching::{MoonClass, SignHalf};
    /// use jyotish::{Nakshatra, Rashi};
    /// let m = MoonClass::new(20, 3)?; // Purva Ashadha 3
    /// assert_eq!(m.nakshatra(), Nakshatra::PurvaAshadha);
    /// assert_eq!((m.rashi(), m.half()), (Rashi::Sagittarius, Some(SignHalf::Second)));
    /// assert!(MoonClass::new(28, 1).is_err());
    /// assert!(MoonClass::new(1, 5).is_err());
    /// # Ok::<(), jyotish::Error>(())
    /// ```
    pub fn new(nakshatra: u8, pada: u8) -> Result<MoonClass, Error> {
        let n = Nakshatra::from_number(nakshatra).ok_or(Error::OutOfRange {
            what: "nakshatra number",
            value: f64::from(nakshatra),
            min: 1.0,
            max: 27.0,
        })?;
        MoonClass::from_pada(Pada {
            nakshatra: n,
            quarter: pada,
        })
    }

    /// The class of a [`Pada`], with the half of Sagittarius and Capricorn
    /// taken from the pada number as in [`MoonClass::new`].
    ///
    /// # Errors
    /// [`Error::OutOfRange`] when `pada.quarter` is outside 1–4.
    pub fn from_pada(pada: Pada) -> Result<MoonClass, Error> {
        check_quarter(pada.quarter)?;
        let half = if pada.quarter <= 2 {
            SignHalf::First
        } else {
            SignHalf::Second
        };
        Ok(MoonClass::build(pada.index(), half))
    }

    /// The class of a pada whose half of the sign is known (ignored outside
    /// Sagittarius and Capricorn).
    ///
    /// # Errors
    /// [`Error::OutOfRange`] when `pada.quarter` is outside 1–4.
    pub fn with_half(pada: Pada, half: SignHalf) -> Result<MoonClass, Error> {
        check_quarter(pada.quarter)?;
        Ok(MoonClass::build(pada.index(), half))
    }

    /// The class of the Moon at a sidereal longitude: its pada, and the
    /// true half of the sign.
    ///
    /// ```
    /// use jyotish::matching::{MoonClass, SignHalf};
    /// use jyotish::{Longitude, Nakshatra};
    /// // 254° is Purva Ashadha 1, which straddles 15° Sagittarius (255°).
    /// let a = MoonClass::from_longitude(Longitude::new(254.0)?);
    /// let b = MoonClass::from_longitude(Longitude::new(256.0)?);
    /// assert_eq!((a.nakshatra(), a.pada()), (Nakshatra::PurvaAshadha, 1));
    /// assert_eq!((a.half(), b.half()), (Some(SignHalf::First), Some(SignHalf::Second)));
    /// # Ok::<(), jyotish::Error>(())
    /// ```
    pub fn from_longitude(longitude: Longitude) -> MoonClass {
        let deg = longitude.degrees();
        let pada = ((deg / PADA_SPAN_DEG) as usize).min(107);
        let in_sign = deg - (pada / 9) as f64 * RASHI_SPAN_DEG;
        let half = if in_sign < RASHI_SPAN_DEG / 2.0 {
            SignHalf::First
        } else {
            SignHalf::Second
        };
        MoonClass::build(pada, half)
    }

    /// Builds the class; the half is dropped outside Sagittarius (padas
    /// 72–80) and Capricorn (81–89).
    const fn build(pada_index: usize, half: SignHalf) -> MoonClass {
        let h = if pada_index >= 72 && pada_index < 90 {
            half as usize
        } else {
            0
        };
        MoonClass((pada_index * 2 + h) as u8)
    }

    /// The class with index `index` (0..216), or `None` past the end.
    pub const fn from_index(index: usize) -> Option<MoonClass> {
        if index < MoonClass::COUNT {
            Some(MoonClass::build(
                index / 2,
                if index % 2 == 0 {
                    SignHalf::First
                } else {
                    SignHalf::Second
                },
            ))
        } else {
            None
        }
    }

    /// Index 0..216: twice the pada index (Ashwini 1 = 0), plus 1 for the
    /// second half of Sagittarius or Capricorn.
    #[inline]
    pub const fn index(self) -> usize {
        self.0 as usize
    }

    /// Pada index 0..108 from Ashwini 1.
    #[inline]
    const fn pada_index(self) -> usize {
        self.0 as usize / 2
    }

    /// The Moon's nakshatra.
    #[inline]
    pub const fn nakshatra(self) -> Nakshatra {
        Nakshatra::ALL[self.pada_index() / 4]
    }

    /// The pada, 1–4.
    #[inline]
    pub const fn pada(self) -> u8 {
        (self.pada_index() % 4) as u8 + 1
    }

    /// The Moon's rashi.
    #[inline]
    pub const fn rashi(self) -> Rashi {
        Rashi::ALL[self.pada_index() / 9]
    }

    /// The half of the sign, for Sagittarius and Capricorn only.
    #[inline]
    pub const fn half(self) -> Option<SignHalf> {
        let p = self.pada_index();
        if p >= 72 && p < 90 {
            Some(if self.0 % 2 == 0 {
                SignHalf::First
            } else {
                SignHalf::Second
            })
        } else {
            None
        }
    }

    /// The lord of the Moon's rashi.
    #[inline]
    pub const fn rashi_lord(self) -> Graha {
        self.rashi().lord()
    }
}

fn check_quarter(q: u8) -> Result<(), Error> {
    if (1..=4).contains(&q) {
        Ok(())
    } else {
        Err(Error::OutOfRange {
            what: "pada",
            value: f64::from(q),
            min: 1.0,
            max: 4.0,
        })
    }
}

/// Serde form of a [`MoonClass`]: nakshatra name, pada and (in Sagittarius
/// and Capricorn) the half of the sign.
#[cfg(feature = "serde")]
#[derive(serde::Serialize, serde::Deserialize)]
struct MoonClassRepr {
    nakshatra: Nakshatra,
    pada: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    half: Option<SignHalf>,
}

#[cfg(feature = "serde")]
impl From<MoonClass> for MoonClassRepr {
    fn from(m: MoonClass) -> Self {
        MoonClassRepr {
            nakshatra: m.nakshatra(),
            pada: m.pada(),
            half: m.half(),
        }
    }
}

#[cfg(feature = "serde")]
impl TryFrom<MoonClassRepr> for MoonClass {
    type Error = Error;
    fn try_from(r: MoonClassRepr) -> Result<Self, Error> {
        let pada = Pada {
            nakshatra: r.nakshatra,
            quarter: r.pada,
        };
        match r.half {
            Some(h) => MoonClass::with_half(pada, h),
            None => MoonClass::from_pada(pada),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_round_trip() {
        let mut produced = 0;
        for i in 0..MoonClass::COUNT {
            let m = MoonClass::from_index(i).unwrap();
            if m.index() == i {
                produced += 1;
                let p = Pada {
                    nakshatra: m.nakshatra(),
                    quarter: m.pada(),
                };
                assert_eq!(p.rashi(), m.rashi());
                assert_eq!(
                    MoonClass::with_half(p, m.half().unwrap_or(SignHalf::First)).unwrap(),
                    m
                );
            }
        }
        // 108 padas, and a second class for the 18 padas of Sagittarius and Capricorn.
        assert_eq!(produced, 126);
        assert!(MoonClass::from_index(216).is_none());
    }

    #[test]
    fn longitude_halves() {
        let at = |d: f64| MoonClass::from_longitude(Longitude::new(d).unwrap());
        // Sagittarius 0–15 first half even in Mula 3–4 (which PyJHora's pada rule calls second).
        assert_eq!(at(250.0).half(), Some(SignHalf::First));
        assert_eq!(
            MoonClass::new(19, 3).unwrap().half(),
            Some(SignHalf::Second)
        );
        // Capricorn: Shravana 2 straddles 285°.
        assert_eq!(at(284.0).half(), Some(SignHalf::First));
        assert_eq!(at(286.0).half(), Some(SignHalf::Second));
        assert_eq!(at(286.0).nakshatra(), Nakshatra::Shravana);
        assert_eq!(at(10.0).half(), None);
        assert_eq!(at(359.999_999).pada(), 4);
    }

    #[test]
    fn bad_numbers_are_typed_errors() {
        assert_eq!(
            MoonClass::new(0, 1).unwrap_err(),
            Error::OutOfRange {
                what: "nakshatra number",
                value: 0.0,
                min: 1.0,
                max: 27.0
            }
        );
        assert_eq!(
            MoonClass::new(27, 0).unwrap_err(),
            Error::OutOfRange {
                what: "pada",
                value: 0.0,
                min: 1.0,
                max: 4.0
            }
        );
    }
}
