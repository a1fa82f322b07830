//! The lunar (luni-solar) calendar: the month in the amanta and purnimanta
//! reckonings, adhika and kshaya months, ritu, ayana, the 60-year
//! samvatsara cycle and the Shaka and Vikram years.
//!
//! **Month.** An amanta month runs from new moon to new moon and is named
//! after the sign the Sun occupies at the new moon that begins it, plus
//! one: the month that begins with the Sun in Meena (Pisces) is Chaitra. A
//! month in which the Sun enters no sign (the Sun in the same sign at both
//! new moons) is *adhika* and takes the name of the month that follows it;
//! a month in which the Sun enters two signs swallows the second name,
//! which is *kshaya* (lost) that year. The purnimanta month runs from full
//! moon to full moon: in the dark half it is one name ahead of the amanta
//! month. Signs are sidereal (the chosen ayanamsa).
//!
//! **Year.** The luni-solar year begins with Chaitra Shukla Pratipada. The
//! Shaka year is the Gregorian year in which the current year began, less
//! 78; the Vikram year is the Shaka year plus 135.
//!
//! # References
//! Surya Siddhanta ch. 1, 14 and ch. 14 (months, adhika); Sewell &
//! Dikshit, *The Indian Calendar* (1896), §§ 22–45; Indian Calendar Reform
//! Committee Report (1955), ch. 5.

use crate::enums::closed_enum;

closed_enum! {
    /// The twelve lunar months, Chaitra first.
    pub enum Masa: 12 {
        /// Begins with the Sun in Meena.
        Chaitra => "Chaitra",
        /// Begins with the Sun in Mesha.
        #[doc(alias = "Vaisakha")]
        Vaishakha => "Vaishakha",
        /// Begins with the Sun in Vrishabha.
        Jyeshtha => "Jyeshtha",
        /// Begins with the Sun in Mithuna.
        Ashadha => "Ashadha",
        /// Begins with the Sun in Karka.
        #[doc(alias = "Sravana")]
        Shravana => "Shravana",
        /// Begins with the Sun in Simha.
        Bhadrapada => "Bhadrapada",
        /// Begins with the Sun in Kanya.
        #[doc(alias = "Ashwin")]
        Ashvina => "Ashvina",
        /// Begins with the Sun in Tula.
        Kartika => "Kartika",
        /// Begins with the Sun in Vrishchika.
        Margashirsha => "Margashirsha",
        /// Begins with the Sun in Dhanu.
        Pausha => "Pausha",
        /// Begins with the Sun in Makara.
        Magha => "Magha",
        /// Begins with the Sun in Kumbha.
        Phalguna => "Phalguna",
    }
}

closed_enum! {
    /// The six seasons, two lunar months each from Chaitra.
    pub enum Ritu: 6 {
        /// Spring: Chaitra, Vaishakha.
        Vasanta => "Vasanta",
        /// Summer: Jyeshtha, Ashadha.
        Grishma => "Grishma",
        /// Rains: Shravana, Bhadrapada.
        Varsha => "Varsha",
        /// Autumn: Ashvina, Kartika.
        Sharad => "Sharad",
        /// Pre-winter: Margashirsha, Pausha.
        Hemanta => "Hemanta",
        /// Winter: Magha, Phalguna.
        Shishira => "Shishira",
    }
}

closed_enum! {
    /// The Sun's half-year.
    pub enum Ayana: 2 {
        /// The Sun's sidereal longitude in Makara … Mithuna (270°–90°):
        /// from Makara sankranti to Karka sankranti.
        Uttarayana => "Uttarayana",
        /// Karka … Dhanu (90°–270°).
        Dakshinayana => "Dakshinayana",
    }
}

closed_enum! {
    /// The 60 years of the Jovian (Barhaspatya) cycle, Prabhava first.
    pub enum Samvatsara: 60 {
        /// 1.
        Prabhava => "Prabhava",
        /// 2.
        Vibhava => "Vibhava",
        /// 3.
        Shukla => "Shukla",
        /// 4.
        Pramoda => "Pramoda",
        /// 5.
        Prajapati => "Prajapati",
        /// 6.
        Angirasa => "Angirasa",
        /// 7.
        Shrimukha => "Shrimukha",
        /// 8.
        Bhava => "Bhava",
        /// 9.
        Yuva => "Yuva",
        /// 10.
        Dhatri => "Dhatri",
        /// 11.
        Ishvara => "Ishvara",
        /// 12.
        Bahudhanya => "Bahudhanya",
        /// 13.
        Pramathi => "Pramathi",
        /// 14.
        Vikrama => "Vikrama",
        /// 15.
        Vrisha => "Vrisha",
        /// 16.
        Chitrabhanu => "Chitrabhanu",
        /// 17.
        Subhanu => "Subhanu",
        /// 18.
        Tarana => "Tarana",
        /// 19.
        Parthiva => "Parthiva",
        /// 20.
        Vyaya => "Vyaya",
        /// 21.
        Sarvajit => "Sarvajit",
        /// 22.
        Sarvadhari => "Sarvadhari",
        /// 23.
        Virodhi => "Virodhi",
        /// 24.
        Vikriti => "Vikriti",
        /// 25.
        Khara => "Khara",
        /// 26.
        Nandana => "Nandana",
        /// 27.
        Vijaya => "Vijaya",
        /// 28.
        Jaya => "Jaya",
        /// 29.
        Manmatha => "Manmatha",
        /// 30.
        Durmukhi => "Durmukhi",
        /// 31.
        Hevilambi => "Hevilambi",
        /// 32.
        Vilambi => "Vilambi",
        /// 33.
        Vikari => "Vikari",
        /// 34.
        Sharvari => "Sharvari",
        /// 35.
        Plava => "Plava",
        /// 36.
        Shubhakrit => "Shubhakrit",
        /// 37.
        Shobhakrit => "Shobhakrit",
        /// 38.
        Krodhi => "Krodhi",
        /// 39.
        Vishvavasu => "Vishvavasu",
        /// 40.
        Parabhava => "Parabhava",
        /// 41.
        Plavanga => "Plavanga",
        /// 42.
        Kilaka => "Kilaka",
        /// 43.
        Saumya => "Saumya",
        /// 44.
        Sadharana => "Sadharana",
        /// 45.
        Virodhikrit => "Virodhikrit",
        /// 46.
        Paridhavi => "Paridhavi",
        /// 47.
        Pramadi => "Pramadi",
        /// 48.
        Ananda => "Ananda",
        /// 49.
        Rakshasa => "Rakshasa",
        /// 50.
        Nala => "Nala",
        /// 51.
        Pingala => "Pingala",
        /// 52.
        Kalayukti => "Kalayukti",
        /// 53.
        Siddharthi => "Siddharthi",
        /// 54.
        Raudra => "Raudra",
        /// 55.
        Durmati => "Durmati",
        /// 56.
        Dundubhi => "Dundubhi",
        /// 57.
        Rudhirodgari => "Rudhirodgari",
        /// 58.
        Raktakshi => "Raktakshi",
        /// 59.
        Krodhana => "Krodhana",
        /// 60.
        Akshaya => "Akshaya",
    }
}

impl Samvatsara {
    /// The South-Indian (luni-solar) samvatsara of a Shaka year: index
    /// (Shaka + 11) mod 60, so Shaka 1946 (from Ugadi 2024) is Krodhi.
    ///
    /// ```
    /// use jyotish::panchang::Samvatsara;
    /// assert_eq!(Samvatsara::south_of_shaka(1946), Samvatsara::Krodhi);
    /// assert_eq!(Samvatsara::north_of_shaka(1946), Samvatsara::Pingala);
    /// ```
    pub fn south_of_shaka(shaka: i32) -> Samvatsara {
        Samvatsara::wrapping((shaka + 11).rem_euclid(60) as usize)
    }

    /// The North-Indian samvatsara of a Shaka year as current North-Indian
    /// almanacs give it: thirteen names ahead of the southern one (Vikram
    /// Samvat 2080 Nala, 2081 Pingala). The Barhaspatya cycle of the Surya
    /// Siddhanta, reckoned from Jupiter's mean motion, drops a name about
    /// every 86 years; this fixed offset does not model those drops, so for
    /// dates far from the present it is a convention, not a computation.
    pub fn north_of_shaka(shaka: i32) -> Samvatsara {
        Samvatsara::wrapping((shaka + 24).rem_euclid(60) as usize)
    }
}

/// The lunar-calendar facts of a day (at its sunrise, or at its start for
/// the civil-midnight fallback).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct LunarCalendar {
    /// The amanta month (new moon to new moon).
    pub amanta_month: Masa,
    /// The purnimanta month (full moon to full moon): the amanta name in
    /// the bright half, the next one in the dark half.
    pub purnimanta_month: Masa,
    /// Whether the month is adhika (the Sun enters no sign during it).
    pub adhika: bool,
    /// The month name lost this year, when the Sun enters two signs during
    /// the current lunar month.
    pub kshaya: Option<Masa>,
    /// The new moon that began the amanta month, UT Julian day.
    pub month_start_jd_ut: f64,
    /// The new moon that ends it, UT Julian day.
    pub month_end_jd_ut: f64,
    /// Bright or dark half.
    pub paksha: super::Paksha,
    /// The season of the amanta month.
    pub ritu: Ritu,
    /// The Sun's half-year (sidereal).
    pub ayana: Ayana,
    /// South-Indian samvatsara ([`Samvatsara::south_of_shaka`]).
    pub samvatsara_south: Samvatsara,
    /// North-Indian samvatsara ([`Samvatsara::north_of_shaka`]).
    pub samvatsara_north: Samvatsara,
    /// Shaka year (begins at Chaitra Shukla Pratipada).
    pub shaka_year: i32,
    /// Vikram Samvat year (Shaka + 135, begun at the same new moon).
    pub vikram_year: i32,
}

impl Ritu {
    /// The season of an amanta month.
    pub const fn of_masa(masa: Masa) -> Ritu {
        Ritu::ALL[masa.index() / 2]
    }
}

impl Ayana {
    /// The half-year of a sidereal solar longitude (degrees).
    pub fn of_sun(sidereal_sun_deg: f64) -> Ayana {
        let l = crate::math::norm_deg(sidereal_sun_deg);
        if (90.0..270.0).contains(&l) {
            Ayana::Dakshinayana
        } else {
            Ayana::Uttarayana
        }
    }
}
