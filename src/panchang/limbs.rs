//! The five limbs (pancha anga) as types: tithi, nakshatra (from
//! [`crate::zodiac`]), yoga, karana and vara, and the [`Span`] that gives
//! each its start and end.
//!
//! * tithi: the Moon's elongation from the Sun in steps of 12°, 30 to a
//!   lunar month (15 in the bright half, Shukla paksha, 15 in the dark half);
//! * yoga: the sidereal longitudes of the Sun and Moon added, in steps of
//!   13°20′, 27 yogas;
//! * karana: half a tithi (6° of elongation), 60 to a lunar month: the
//!   first is Kimstughna, the seven movable karanas repeat eight times
//!   (2–57), then Shakuni, Chatushpada and Naga;
//! * vara: the weekday, from sunrise to sunrise.
//!
//! # References
//! Surya Siddhanta ch. 2, 64–69 (tithi, karana, yoga); Muhurta Chintamani
//! ch. 1 (names); B. V. Raman, *Muhurtha*, ch. 2.

use crate::enums::closed_enum;
use crate::graha::Graha;

/// A limb value with the instants at which it begins and ends (UT Julian
/// days, exact roots; the first span of a day began before sunrise and the
/// last ends after the next sunrise).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span<T> {
    /// The value.
    pub value: T,
    /// Start, UT Julian day.
    pub start_jd_ut: f64,
    /// End, UT Julian day.
    pub end_jd_ut: f64,
}

closed_enum! {
    /// The two halves of the lunar month.
    pub enum Paksha: 2 {
        /// The bright half, new moon to full moon (tithis 1–15).
        Shukla => "Shukla",
        /// The dark half, full moon to new moon (tithis 16–30).
        Krishna => "Krishna",
    }
}

closed_enum! {
    /// The 30 tithis of the lunar month; tithi n spans elongations
    /// 12(n − 1)° to 12n°.
    pub enum Tithi: 30 {
        /// 1.
        ShuklaPratipada => "Shukla Pratipada",
        /// 2.
        ShuklaDwitiya => "Shukla Dwitiya",
        /// 3.
        ShuklaTritiya => "Shukla Tritiya",
        /// 4.
        ShuklaChaturthi => "Shukla Chaturthi",
        /// 5.
        ShuklaPanchami => "Shukla Panchami",
        /// 6.
        ShuklaShashthi => "Shukla Shashthi",
        /// 7.
        ShuklaSaptami => "Shukla Saptami",
        /// 8.
        ShuklaAshtami => "Shukla Ashtami",
        /// 9.
        ShuklaNavami => "Shukla Navami",
        /// 10.
        ShuklaDashami => "Shukla Dashami",
        /// 11.
        ShuklaEkadashi => "Shukla Ekadashi",
        /// 12.
        ShuklaDwadashi => "Shukla Dwadashi",
        /// 13.
        ShuklaTrayodashi => "Shukla Trayodashi",
        /// 14.
        ShuklaChaturdashi => "Shukla Chaturdashi",
        /// 15, full moon.
        Purnima => "Purnima",
        /// 16.
        KrishnaPratipada => "Krishna Pratipada",
        /// 17.
        KrishnaDwitiya => "Krishna Dwitiya",
        /// 18.
        KrishnaTritiya => "Krishna Tritiya",
        /// 19.
        KrishnaChaturthi => "Krishna Chaturthi",
        /// 20.
        KrishnaPanchami => "Krishna Panchami",
        /// 21.
        KrishnaShashthi => "Krishna Shashthi",
        /// 22.
        KrishnaSaptami => "Krishna Saptami",
        /// 23.
        KrishnaAshtami => "Krishna Ashtami",
        /// 24.
        KrishnaNavami => "Krishna Navami",
        /// 25.
        KrishnaDashami => "Krishna Dashami",
        /// 26.
        KrishnaEkadashi => "Krishna Ekadashi",
        /// 27.
        KrishnaDwadashi => "Krishna Dwadashi",
        /// 28.
        KrishnaTrayodashi => "Krishna Trayodashi",
        /// 29.
        KrishnaChaturdashi => "Krishna Chaturdashi",
        /// 30, new moon.
        Amavasya => "Amavasya",
    }
}

impl Tithi {
    /// The tithi at a Moon − Sun elongation (degrees, any real):
    /// number = floor(elongation / 12°) + 1.
    ///
    /// ```
    /// use jyotish::panchang::Tithi;
    /// assert_eq!(Tithi::of_elongation(0.0), Tithi::ShuklaPratipada);
    /// assert_eq!(Tithi::of_elongation(179.9), Tithi::Purnima);
    /// assert_eq!(Tithi::of_elongation(-0.1), Tithi::Amavasya);
    /// ```
    pub fn of_elongation(elongation_deg: f64) -> Tithi {
        let e = crate::math::norm_deg(elongation_deg);
        Tithi::wrapping((e / 12.0) as usize)
    }

    /// The half of the month.
    pub const fn paksha(self) -> Paksha {
        if self.index() < 15 {
            Paksha::Shukla
        } else {
            Paksha::Krishna
        }
    }

    /// The day within the paksha, 1–15.
    pub const fn day_in_paksha(self) -> u8 {
        (self.index() % 15) as u8 + 1
    }
}

closed_enum! {
    /// The 27 yogas (nitya yoga) of 13°20′ of the sidereal Sun + Moon.
    pub enum Yoga: 27 {
        /// 1.
        Vishkambha => "Vishkambha",
        /// 2.
        Priti => "Priti",
        /// 3.
        Ayushman => "Ayushman",
        /// 4.
        Saubhagya => "Saubhagya",
        /// 5.
        Shobhana => "Shobhana",
        /// 6.
        Atiganda => "Atiganda",
        /// 7.
        Sukarma => "Sukarma",
        /// 8.
        Dhriti => "Dhriti",
        /// 9.
        Shula => "Shula",
        /// 10.
        Ganda => "Ganda",
        /// 11.
        Vriddhi => "Vriddhi",
        /// 12.
        Dhruva => "Dhruva",
        /// 13.
        Vyaghata => "Vyaghata",
        /// 14.
        Harshana => "Harshana",
        /// 15.
        Vajra => "Vajra",
        /// 16.
        Siddhi => "Siddhi",
        /// 17.
        Vyatipata => "Vyatipata",
        /// 18.
        Variyana => "Variyana",
        /// 19.
        Parigha => "Parigha",
        /// 20.
        Shiva => "Shiva",
        /// 21.
        Siddha => "Siddha",
        /// 22.
        Sadhya => "Sadhya",
        /// 23.
        Shubha => "Shubha",
        /// 24.
        Shukla => "Shukla",
        /// 25.
        Brahma => "Brahma",
        /// 26.
        Indra => "Indra",
        /// 27.
        Vaidhriti => "Vaidhriti",
    }
}

closed_enum! {
    /// The eleven karana names: seven movable (chara) ones that repeat, and
    /// four fixed (sthira) ones at the new moon.
    pub enum KaranaName: 11 {
        /// Movable 1.
        Bava => "Bava",
        /// Movable 2.
        Balava => "Balava",
        /// Movable 3.
        Kaulava => "Kaulava",
        /// Movable 4.
        Taitila => "Taitila",
        /// Movable 5.
        Garaja => "Garaja",
        /// Movable 6.
        Vanija => "Vanija",
        /// Movable 7 (Bhadra).
        #[doc(alias = "Bhadra")]
        Vishti => "Vishti",
        /// Fixed: second half of Krishna Chaturdashi (karana 58).
        Shakuni => "Shakuni",
        /// Fixed: first half of Amavasya (59).
        Chatushpada => "Chatushpada",
        /// Fixed: second half of Amavasya (60).
        Naga => "Naga",
        /// Fixed: first half of Shukla Pratipada (1).
        Kimstughna => "Kimstughna",
    }
}

/// A karana: its number 1–60 in the lunar month and its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Karana {
    /// 1–60: floor(elongation / 6°) + 1.
    pub number: u8,
    /// Its name.
    pub name: KaranaName,
}

impl Karana {
    /// The karana with a number 1–60 (`None` outside).
    ///
    /// ```
    /// use jyotish::panchang::{Karana, KaranaName};
    /// assert_eq!(Karana::from_number(1).unwrap().name, KaranaName::Kimstughna);
    /// assert_eq!(Karana::from_number(2).unwrap().name, KaranaName::Bava);
    /// assert_eq!(Karana::from_number(8).unwrap().name, KaranaName::Vishti);
    /// assert_eq!(Karana::from_number(57).unwrap().name, KaranaName::Vishti);
    /// assert_eq!(Karana::from_number(60).unwrap().name, KaranaName::Naga);
    /// assert!(Karana::from_number(61).is_none());
    /// ```
    pub const fn from_number(number: u8) -> Option<Karana> {
        let name = match number {
            1 => KaranaName::Kimstughna,
            2..=57 => KaranaName::ALL[(number as usize - 2) % 7],
            58 => KaranaName::Shakuni,
            59 => KaranaName::Chatushpada,
            60 => KaranaName::Naga,
            _ => return None,
        };
        Some(Karana { number, name })
    }

    /// The karana at a Moon − Sun elongation, degrees.
    pub fn of_elongation(elongation_deg: f64) -> Karana {
        let e = crate::math::norm_deg(elongation_deg);
        let n = ((e / 6.0) as u8).min(59) + 1;
        match Karana::from_number(n) {
            Some(k) => k,
            None => Karana {
                number: 1,
                name: KaranaName::Kimstughna,
            },
        }
    }
}

closed_enum! {
    /// The weekday (vara), counted from sunrise to sunrise.
    pub enum Vara: 7 {
        /// Ravivara, the Sun's day.
        #[doc(alias = "Ravivara")]
        Sunday => "Sunday",
        /// Somavara, the Moon's day.
        #[doc(alias = "Somavara")]
        Monday => "Monday",
        /// Mangalavara, Mars's day.
        #[doc(alias = "Mangalavara")]
        Tuesday => "Tuesday",
        /// Budhavara, Mercury's day.
        #[doc(alias = "Budhavara")]
        Wednesday => "Wednesday",
        /// Guruvara, Jupiter's day.
        #[doc(alias = "Guruvara")]
        Thursday => "Thursday",
        /// Shukravara, Venus's day.
        #[doc(alias = "Shukravara")]
        Friday => "Friday",
        /// Shanivara, Saturn's day.
        #[doc(alias = "Shanivara")]
        Saturday => "Saturday",
    }
}

impl Vara {
    /// The graha that rules the day (and its first hora).
    pub const fn lord(self) -> Graha {
        match self {
            Vara::Sunday => Graha::Sun,
            Vara::Monday => Graha::Moon,
            Vara::Tuesday => Graha::Mars,
            Vara::Wednesday => Graha::Mercury,
            Vara::Thursday => Graha::Jupiter,
            Vara::Friday => Graha::Venus,
            Vara::Saturday => Graha::Saturn,
        }
    }

    /// The weekday of a civil date.
    pub fn of_date(date: chrono::NaiveDate) -> Vara {
        use chrono::Datelike;
        Vara::wrapping(date.weekday().num_days_from_sunday() as usize)
    }
}
