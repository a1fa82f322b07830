//! Divisions of the day and night: Rahu kalam, Yamaganda, Gulika kalam,
//! Abhijit, Brahma muhurta, durmuhurtas, the 30 muhurtas, choghadiyas and
//! planetary horas.
//!
//! All are fractions of the day (sunrise to sunset) or of the night (sunset
//! to the next sunrise), so they need a sunrise and a sunset: at polar
//! latitudes where there is none the day has no muhurtas.
//!
//! # References
//! Muhurta Chintamani ch. 1 (Shubhashubha prakarana: the 15 + 15
//! muhurtas, their deities and the durmuhurtas); Kalaprakashika (Rahu
//! kalam, Yamaganda, Gulika); the choghadiya and hora tables of North-Indian almanacs (the planetary
//! hours in the descending Chaldean order Saturn, Jupiter, Mars, Sun, Venus,
//! Mercury, Moon). The weekday tables agree with Jagannatha Hora and
//! PyJHora (`drik.trikalam`, `drik.durmuhurtam`, `const.gauri_choghadiya_*`)
//! except the Saturday durmuhurtas, which follow the text (see
//! [`Muhurtas::durmuhurtas`]).

use alloc::vec::Vec;

use super::limbs::Vara;
use crate::enums::closed_enum;
use crate::graha::Graha;

/// A stretch of time, UT Julian days.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Interval {
    /// Start, UT Julian day.
    pub start_jd_ut: f64,
    /// End, UT Julian day.
    pub end_jd_ut: f64,
}

closed_enum! {
    /// The 30 muhurtas of a day and night, each 1/15 of the day or of the
    /// night, named after their deities (Muhurta Chintamani 1.45–47).
    pub enum MuhurtaName: 30 {
        /// Day 1.
        Rudra => "Rudra",
        /// Day 2.
        Ahi => "Ahi",
        /// Day 3.
        Mitra => "Mitra",
        /// Day 4.
        Pitri => "Pitri",
        /// Day 5.
        Vasu => "Vasu",
        /// Day 6.
        Varaha => "Varaha",
        /// Day 7.
        Vishvedeva => "Vishvedeva",
        /// Day 8: Abhijit (Vidhi).
        #[doc(alias = "Vidhi")]
        Abhijit => "Abhijit",
        /// Day 9.
        Satamukhi => "Satamukhi",
        /// Day 10.
        Puruhuta => "Puruhuta",
        /// Day 11.
        Vahni => "Vahni",
        /// Day 12.
        Naktanchara => "Naktanchara",
        /// Day 13.
        Varuna => "Varuna",
        /// Day 14.
        Aryaman => "Aryaman",
        /// Day 15.
        Bhaga => "Bhaga",
        /// Night 1.
        Girisha => "Girisha",
        /// Night 2.
        Ajapada => "Ajapada",
        /// Night 3.
        Ahirbudhnya => "Ahirbudhnya",
        /// Night 4.
        Pushya => "Pushya",
        /// Night 5.
        Ashvini => "Ashvini",
        /// Night 6.
        Yama => "Yama",
        /// Night 7.
        Agni => "Agni",
        /// Night 8.
        Vidhatri => "Vidhatri",
        /// Night 9.
        Chanda => "Chanda",
        /// Night 10.
        Aditi => "Aditi",
        /// Night 11.
        Jiva => "Jiva",
        /// Night 12.
        Vishnu => "Vishnu",
        /// Night 13.
        Dyumadgadyuti => "Dyumadgadyuti",
        /// Night 14: Brahma muhurta.
        Brahma => "Brahma",
        /// Night 15.
        Samudra => "Samudra",
    }
}

closed_enum! {
    /// The seven choghadiya kinds.
    pub enum Choghadiya: 7 {
        /// Inauspicious (Sun).
        Udveg => "Udveg",
        /// Neutral, good for travel (Venus).
        Char => "Char",
        /// Gain (Mercury).
        Labh => "Labh",
        /// Best (Moon).
        Amrit => "Amrit",
        /// Inauspicious (Saturn).
        Kaal => "Kaal",
        /// Auspicious (Jupiter).
        Shubh => "Shubh",
        /// Inauspicious (Mars).
        Rog => "Rog",
    }
}

/// One named division with its interval.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Named<T> {
    /// The name (a muhurta, a choghadiya kind, a graha for a hora).
    pub name: T,
    /// Start, UT Julian day.
    pub start_jd_ut: f64,
    /// End, UT Julian day.
    pub end_jd_ut: f64,
}

/// The day's muhurtas.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Muhurtas {
    /// Rahu kalam: one eighth of the day, the 8th, 2nd, 7th, 5th, 6th, 4th
    /// or 3rd from Sunday to Saturday.
    pub rahu_kalam: Interval,
    /// Yamaganda: the 5th, 4th, 3rd, 2nd, 1st, 7th or 6th eighth.
    pub yamaganda: Interval,
    /// Gulika kalam: the 7th, 6th, 5th, 4th, 3rd, 2nd or 1st eighth.
    pub gulika_kalam: Interval,
    /// Abhijit: the 8th of the 15 day muhurtas (around local noon).
    pub abhijit: Interval,
    /// Brahma muhurta: the 14th of the 15 muhurtas of the night that ends
    /// at this sunrise (`None` without the previous sunset).
    pub brahma_muhurta: Option<Interval>,
    /// Durmuhurtas, in time order: day muhurtas 14 (Sunday); 9, 12
    /// (Monday); 4 and night muhurta 7, a *night* muhurta long (Tuesday); 8
    /// (Wednesday); 6, 12 (Thursday); 4, 9 (Friday); 1, 2 (Saturday: Rudra,
    /// the text's Girisha, and Ahi) — the durmuhurta verse of Muhurta
    /// Chintamani ch. 1, as drikpanchang.com prints it. PyJHora 4.8.7
    /// (`drik.durmuhurtam`) differs twice: on Saturday it takes the 3rd
    /// muhurta, and its Tuesday night durmuhurta lasts a *day* muhurta.
    pub durmuhurtas: Vec<Interval>,
    /// The 15 day and 15 night muhurtas.
    pub muhurtas: Vec<Named<MuhurtaName>>,
    /// The eight day choghadiyas.
    pub choghadiya_day: Vec<Named<Choghadiya>>,
    /// The eight night choghadiyas.
    pub choghadiya_night: Vec<Named<Choghadiya>>,
    /// The 24 planetary horas: 12 of the day, 12 of the night, the first
    /// ruled by the weekday's lord.
    pub horas: Vec<Named<Graha>>,
}

/// Eighth of the day (0-based) of Rahu kalam, Yamaganda and Gulika, Sunday first.
const RAHU: [u8; 7] = [7, 1, 6, 4, 5, 3, 2];
const YAMAGANDA: [u8; 7] = [4, 3, 2, 1, 0, 6, 5];
const GULIKA: [u8; 7] = [6, 5, 4, 3, 2, 1, 0];
/// Durmuhurtas: (day muhurta numbers, night muhurta numbers), 1-based,
/// Sunday first (Muhurta Chintamani ch. 1, the durmuhurta verse).
const DURMUHURTA: [(&[u8], &[u8]); 7] = [
    (&[14], &[]),
    (&[9, 12], &[]),
    (&[4], &[7]),
    (&[8], &[]),
    (&[6, 12], &[]),
    (&[4, 9], &[]),
    (&[1, 2], &[]),
];
/// Descending Chaldean order of the planetary hours.
const CHALDEAN: [Graha; 7] = [
    Graha::Saturn,
    Graha::Jupiter,
    Graha::Mars,
    Graha::Sun,
    Graha::Venus,
    Graha::Mercury,
    Graha::Moon,
];

/// Computes the muhurtas from sunrise, sunset, the next sunrise and (for
/// Brahma muhurta) the previous sunset, all UT Julian days.
pub(crate) fn muhurtas(
    vara: Vara,
    sunrise: f64,
    sunset: f64,
    next_sunrise: f64,
    prev_sunset: Option<f64>,
) -> Muhurtas {
    let day = sunset - sunrise;
    let night = next_sunrise - sunset;
    let w = vara.index();
    let part = |start: f64, len: f64, n: f64, k: f64| Interval {
        start_jd_ut: start + len * k / n,
        end_jd_ut: start + len * (k + 1.0) / n,
    };
    let eighth = |k: u8| part(sunrise, day, 8.0, f64::from(k));
    let day_m = |k: u8| part(sunrise, day, 15.0, f64::from(k) - 1.0);
    let night_m = |k: u8| part(sunset, night, 15.0, f64::from(k) - 1.0);
    let mut durmuhurtas: Vec<Interval> = DURMUHURTA[w].0.iter().map(|&k| day_m(k)).collect();
    durmuhurtas.extend(DURMUHURTA[w].1.iter().map(|&k| night_m(k)));
    let muhurtas = MuhurtaName::ALL
        .iter()
        .enumerate()
        .map(|(i, &name)| {
            let iv = if i < 15 {
                day_m(i as u8 + 1)
            } else {
                night_m(i as u8 - 14)
            };
            Named {
                name,
                start_jd_ut: iv.start_jd_ut,
                end_jd_ut: iv.end_jd_ut,
            }
        })
        .collect();
    // Day choghadiyas start at (3·weekday) mod 7 and step by one; night
    // ones start at (5 + 3·weekday) mod 7 and step by five.
    let chog = |start: f64, len: f64, first: usize, step: usize| -> Vec<Named<Choghadiya>> {
        (0..8)
            .map(|k| {
                let iv = part(start, len, 8.0, k as f64);
                Named {
                    name: Choghadiya::ALL[(first + step * k) % 7],
                    start_jd_ut: iv.start_jd_ut,
                    end_jd_ut: iv.end_jd_ut,
                }
            })
            .collect()
    };
    let first_lord = CHALDEAN.iter().position(|&g| g == vara.lord()).unwrap_or(0);
    let horas = (0..24)
        .map(|k| {
            let iv = if k < 12 {
                part(sunrise, day, 12.0, k as f64)
            } else {
                part(sunset, night, 12.0, (k - 12) as f64)
            };
            Named {
                name: CHALDEAN[(first_lord + k) % 7],
                start_jd_ut: iv.start_jd_ut,
                end_jd_ut: iv.end_jd_ut,
            }
        })
        .collect();
    Muhurtas {
        rahu_kalam: eighth(RAHU[w]),
        yamaganda: eighth(YAMAGANDA[w]),
        gulika_kalam: eighth(GULIKA[w]),
        abhijit: day_m(8),
        brahma_muhurta: prev_sunset.map(|ps| part(ps, sunrise - ps, 15.0, 13.0)),
        durmuhurtas,
        muhurtas,
        choghadiya_day: chog(sunrise, day, (3 * w) % 7, 1),
        choghadiya_night: chog(sunset, night, (5 + 3 * w) % 7, 5),
        horas,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables() {
        // Sunday: Rahu kalam is the last eighth, 16:30–18:00 for a 6–18 day.
        let m = muhurtas(Vara::Sunday, 0.25, 0.75, 1.25, Some(-0.25));
        assert!((m.rahu_kalam.start_jd_ut - (0.25 + 0.5 * 7.0 / 8.0)).abs() < 1e-12);
        assert_eq!(m.choghadiya_day[0].name, Choghadiya::Udveg);
        assert_eq!(m.choghadiya_night[0].name, Choghadiya::Shubh);
        assert_eq!(m.choghadiya_night[1].name, Choghadiya::Amrit);
        assert_eq!(m.horas[0].name, Graha::Sun);
        assert_eq!(m.horas[1].name, Graha::Venus);
        // The first hora of Monday follows the 24th of Sunday.
        assert_eq!(CHALDEAN[(3 + 24) % 7], Graha::Moon);
        let m = muhurtas(Vara::Tuesday, 0.25, 0.75, 1.25, None);
        assert_eq!(m.choghadiya_day[0].name, Choghadiya::Rog);
        assert_eq!(m.choghadiya_night[0].name, Choghadiya::Kaal);
        assert_eq!(m.durmuhurtas.len(), 2);
        assert!(m.brahma_muhurta.is_none());
        assert_eq!(m.muhurtas.len(), 30);
        assert_eq!(m.muhurtas[7].name, MuhurtaName::Abhijit);
        // Tuesday's second durmuhurta is the 7th night muhurta, night-long
        // (a 13.2 h day, a 10.8 h night).
        let m = muhurtas(Vara::Tuesday, 0.2, 0.75, 1.2, None);
        assert!((m.durmuhurtas[1].start_jd_ut - (0.75 + 0.45 * 6.0 / 15.0)).abs() < 1e-12);
        assert!((m.durmuhurtas[1].end_jd_ut - (0.75 + 0.45 * 7.0 / 15.0)).abs() < 1e-12);
        // Saturday: the first two day muhurtas (Girisha/Rudra and Ahi).
        let m = muhurtas(Vara::Saturday, 0.25, 0.75, 1.25, None);
        assert_eq!(m.durmuhurtas.len(), 2);
        assert_eq!(m.durmuhurtas[0].start_jd_ut, 0.25);
        assert!((m.durmuhurtas[1].end_jd_ut - (0.25 + 0.5 * 2.0 / 15.0)).abs() < 1e-12);
    }
}
