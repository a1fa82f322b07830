//! Rashis (signs), nakshatras (lunar mansions) and padas, and the classical
//! attributes attached to them.
//!
//! Every lookup from a longitude is arithmetic (a multiplication and a
//! truncation), never a search. The attribute tables are data, one row per
//! rashi or nakshatra, each block citing where it comes from.

use crate::Longitude;
use crate::enums::closed_enum;
use crate::graha::Graha;

/// Width of one rashi: 30°.
pub const RASHI_SPAN_DEG: f64 = 30.0;
/// Width of one nakshatra: 360°/27 = 13°20′.
pub const NAKSHATRA_SPAN_DEG: f64 = 360.0 / 27.0;
/// Width of one pada (quarter of a nakshatra): 3°20′.
pub const PADA_SPAN_DEG: f64 = 360.0 / 108.0;

closed_enum! {
    /// The twelve rashis (sidereal signs), Mesha (Aries) first.
    pub enum Rashi: 12 {
        /// Mesha.
        #[doc(alias = "Mesha")]
        Aries => "Aries",
        /// Vrishabha.
        #[doc(alias = "Vrishabha")]
        Taurus => "Taurus",
        /// Mithuna.
        #[doc(alias = "Mithuna")]
        Gemini => "Gemini",
        /// Karka.
        #[doc(alias = "Karka")]
        Cancer => "Cancer",
        /// Simha.
        #[doc(alias = "Simha")]
        Leo => "Leo",
        /// Kanya.
        #[doc(alias = "Kanya")]
        Virgo => "Virgo",
        /// Tula.
        #[doc(alias = "Tula")]
        Libra => "Libra",
        /// Vrishchika.
        #[doc(alias = "Vrishchika")]
        Scorpio => "Scorpio",
        /// Dhanu.
        #[doc(alias = "Dhanu")]
        Sagittarius => "Sagittarius",
        /// Makara.
        #[doc(alias = "Makara")]
        Capricorn => "Capricorn",
        /// Kumbha.
        #[doc(alias = "Kumbha")]
        Aquarius => "Aquarius",
        /// Meena.
        #[doc(alias = "Meena")]
        Pisces => "Pisces",
    }
}

closed_enum! {
    /// The element (tattva) of a rashi.
    pub enum Element: 4 {
        /// Agni: Aries, Leo, Sagittarius.
        Fire => "Fire",
        /// Prithvi: Taurus, Virgo, Capricorn.
        Earth => "Earth",
        /// Vayu: Gemini, Libra, Aquarius.
        Air => "Air",
        /// Jala: Cancer, Scorpio, Pisces.
        Water => "Water",
    }
}

closed_enum! {
    /// The modality of a rashi.
    pub enum Modality: 3 {
        /// Chara (cardinal): Aries, Cancer, Libra, Capricorn.
        Movable => "Movable",
        /// Sthira: Taurus, Leo, Scorpio, Aquarius.
        Fixed => "Fixed",
        /// Dvisvabhava (mutable): Gemini, Virgo, Sagittarius, Pisces.
        Dual => "Dual",
    }
}

closed_enum! {
    /// Varna (class) of a rashi as used by the Varna koota of Ashtakoot
    /// matching: water signs Brahmin, fire signs Kshatriya, earth signs
    /// Vaishya, air signs Shudra (Muhurta Chintamani, ch. 6).
    pub enum Varna: 4 {
        /// Cancer, Scorpio, Pisces.
        Brahmin => "Brahmin",
        /// Aries, Leo, Sagittarius.
        Kshatriya => "Kshatriya",
        /// Taurus, Virgo, Capricorn.
        Vaishya => "Vaishya",
        /// Gemini, Libra, Aquarius.
        Shudra => "Shudra",
    }
}

/// Lord of each rashi, BPHS ch. 4 (Santhanam): Mars, Venus, Mercury, Moon,
/// Sun, Mercury, Venus, Mars, Jupiter, Saturn, Saturn, Jupiter.
const RASHI_LORD: [Graha; 12] = [
    Graha::Mars,
    Graha::Venus,
    Graha::Mercury,
    Graha::Moon,
    Graha::Sun,
    Graha::Mercury,
    Graha::Venus,
    Graha::Mars,
    Graha::Jupiter,
    Graha::Saturn,
    Graha::Saturn,
    Graha::Jupiter,
];

impl Rashi {
    /// The rashi containing a sidereal longitude.
    #[inline]
    pub fn of(longitude: Longitude) -> Rashi {
        // longitude < 360, so the index is at most 11.
        Rashi::wrapping((longitude.degrees() / RASHI_SPAN_DEG) as usize)
    }

    /// Longitude of the start of this rashi, degrees.
    #[inline]
    pub fn start_deg(self) -> f64 {
        self.index() as f64 * RASHI_SPAN_DEG
    }

    /// The rashi `n` signs on, counting this one as the first (the texts'
    /// inclusive count: the 7th from Aries is Libra).
    #[inline]
    pub const fn nth(self, n: usize) -> Rashi {
        Rashi::wrapping(self.index() + (n + 11) % 12)
    }

    /// The graha that rules this rashi (BPHS ch. 4).
    #[inline]
    pub const fn lord(self) -> Graha {
        RASHI_LORD[self.index()]
    }

    /// Odd (male) signs are Aries, Gemini, Leo, …; BPHS ch. 4.
    #[inline]
    pub const fn is_odd(self) -> bool {
        self.index() % 2 == 0
    }

    /// The element, cycling fire, earth, air, water from Aries (BPHS ch. 4).
    #[inline]
    pub const fn element(self) -> Element {
        Element::ALL[self.index() % 4]
    }

    /// Movable, fixed and dual in turn from Aries (BPHS ch. 4).
    #[inline]
    pub const fn modality(self) -> Modality {
        Modality::ALL[self.index() % 3]
    }

    /// Varna of the sign for the Varna koota, from its element.
    #[inline]
    pub const fn varna(self) -> Varna {
        match self.element() {
            Element::Water => Varna::Brahmin,
            Element::Fire => Varna::Kshatriya,
            Element::Earth => Varna::Vaishya,
            Element::Air => Varna::Shudra,
        }
    }
}

closed_enum! {
    /// The 27 nakshatras of 13°20′ each, Ashwini first at 0° sidereal.
    ///
    /// Abhijit, used only by the 28-fold schemes of muhurta texts, is not one
    /// of them; see [`Nakshatra::in_abhijit`].
    pub enum Nakshatra: 27 {
        /// Ashwini, 0°00′–13°20′.
        #[doc(alias = "Aswini")]
        #[doc(alias = "Asvini")]
        Ashwini => "Ashwini",
        /// Bharani.
        Bharani => "Bharani",
        /// Krittika.
        #[doc(alias = "Kritika")]
        Krittika => "Krittika",
        /// Rohini.
        Rohini => "Rohini",
        /// Mrigashira.
        #[doc(alias = "Mrigasira")]
        #[doc(alias = "Mrigashirsha")]
        Mrigashira => "Mrigashira",
        /// Ardra.
        #[doc(alias = "Arudra")]
        Ardra => "Ardra",
        /// Punarvasu.
        Punarvasu => "Punarvasu",
        /// Pushya.
        #[doc(alias = "Pushyami")]
        #[doc(alias = "Pooya")]
        Pushya => "Pushya",
        /// Ashlesha.
        #[doc(alias = "Aslesha")]
        Ashlesha => "Ashlesha",
        /// Magha.
        Magha => "Magha",
        /// Purva Phalguni.
        #[doc(alias = "Pubba")]
        PurvaPhalguni => "Purva Phalguni",
        /// Uttara Phalguni.
        UttaraPhalguni => "Uttara Phalguni",
        /// Hasta.
        Hasta => "Hasta",
        /// Chitra.
        #[doc(alias = "Chitta")]
        Chitra => "Chitra",
        /// Swati.
        #[doc(alias = "Svati")]
        Swati => "Swati",
        /// Vishakha.
        #[doc(alias = "Visakha")]
        Vishakha => "Vishakha",
        /// Anuradha.
        Anuradha => "Anuradha",
        /// Jyeshtha.
        #[doc(alias = "Jyeshta")]
        Jyeshtha => "Jyeshtha",
        /// Mula.
        #[doc(alias = "Moola")]
        Mula => "Mula",
        /// Purva Ashadha.
        #[doc(alias = "Poorvashada")]
        PurvaAshadha => "Purva Ashadha",
        /// Uttara Ashadha.
        #[doc(alias = "Uttarashada")]
        UttaraAshadha => "Uttara Ashadha",
        /// Shravana.
        #[doc(alias = "Sravana")]
        Shravana => "Shravana",
        /// Dhanishta.
        #[doc(alias = "Dhanishtha")]
        #[doc(alias = "Shravishtha")]
        Dhanishta => "Dhanishta",
        /// Shatabhisha.
        #[doc(alias = "Satabhisha")]
        Shatabhisha => "Shatabhisha",
        /// Purva Bhadrapada.
        PurvaBhadrapada => "Purva Bhadrapada",
        /// Uttara Bhadrapada.
        UttaraBhadrapada => "Uttara Bhadrapada",
        /// Revati.
        Revati => "Revati",
    }
}

closed_enum! {
    /// Gana (temperament) of a nakshatra, for the Gana koota.
    pub enum Gana: 3 {
        /// Divine.
        Deva => "Deva",
        /// Human.
        Manushya => "Manushya",
        /// Demonic.
        Rakshasa => "Rakshasa",
    }
}

closed_enum! {
    /// Nadi of a nakshatra, for the Nadi koota.
    pub enum Nadi: 3 {
        /// Adi (Vata).
        Adi => "Adi",
        /// Madhya (Pitta).
        Madhya => "Madhya",
        /// Antya (Kapha).
        Antya => "Antya",
    }
}

closed_enum! {
    /// Yoni (animal) of a nakshatra, for the Yoni koota. The fourteen
    /// animals, each shared by a male and a female nakshatra (Mongoose by
    /// Uttara Ashadha and, in 28-fold schemes, Abhijit).
    pub enum Yoni: 14 {
        /// Ashwa.
        Horse => "Horse",
        /// Gaja.
        Elephant => "Elephant",
        /// Mesha (sheep, goat).
        Sheep => "Sheep",
        /// Sarpa.
        Serpent => "Serpent",
        /// Shvana.
        Dog => "Dog",
        /// Marjara.
        Cat => "Cat",
        /// Mushaka.
        Rat => "Rat",
        /// Go.
        Cow => "Cow",
        /// Mahisha.
        Buffalo => "Buffalo",
        /// Vyaghra.
        Tiger => "Tiger",
        /// Mriga (deer, hare).
        Deer => "Deer",
        /// Vanara.
        Monkey => "Monkey",
        /// Nakula.
        Mongoose => "Mongoose",
        /// Simha.
        Lion => "Lion",
    }
}

/// Sex of a nakshatra's yoni animal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum YoniSex {
    /// Male.
    Male,
    /// Female.
    Female,
}

/// One row of nakshatra attributes.
struct NakshatraRow {
    deity: &'static str,
    gana: Gana,
    yoni: Yoni,
    sex: YoniSex,
    nadi: Nadi,
}

const fn row(
    deity: &'static str,
    gana: Gana,
    yoni: Yoni,
    sex: YoniSex,
    nadi: Nadi,
) -> NakshatraRow {
    NakshatraRow {
        deity,
        gana,
        yoni,
        sex,
        nadi,
    }
}

use Gana::{Deva, Manushya, Rakshasa};
use Nadi::{Adi, Antya, Madhya};
use YoniSex::{Female as F, Male as M};

/// Deity (Taittiriya Brahmana 3.1; BPHS ch. 3), gana, yoni and nadi of each
/// nakshatra, as tabulated in Muhurta Chintamani ch. 6 (Vivaha prakarana)
/// and reproduced in B. V. Raman, *Muhurtha*, ch. on marriage.
const NAKSHATRA_ROWS: [NakshatraRow; 27] = [
    row("Ashwini Kumaras", Deva, Yoni::Horse, M, Adi),
    row("Yama", Manushya, Yoni::Elephant, M, Madhya),
    row("Agni", Rakshasa, Yoni::Sheep, F, Antya),
    row("Brahma", Manushya, Yoni::Serpent, M, Antya),
    row("Soma", Deva, Yoni::Serpent, F, Madhya),
    row("Rudra", Manushya, Yoni::Dog, F, Adi),
    row("Aditi", Deva, Yoni::Cat, F, Adi),
    row("Brihaspati", Deva, Yoni::Sheep, M, Madhya),
    row("Sarpas", Rakshasa, Yoni::Cat, M, Antya),
    row("Pitris", Rakshasa, Yoni::Rat, M, Antya),
    row("Bhaga", Manushya, Yoni::Rat, F, Madhya),
    row("Aryaman", Manushya, Yoni::Cow, M, Adi),
    row("Savitr", Deva, Yoni::Buffalo, F, Adi),
    row("Tvashtr", Rakshasa, Yoni::Tiger, F, Madhya),
    row("Vayu", Deva, Yoni::Buffalo, M, Antya),
    row("Indragni", Rakshasa, Yoni::Tiger, M, Antya),
    row("Mitra", Deva, Yoni::Deer, F, Madhya),
    row("Indra", Rakshasa, Yoni::Deer, M, Adi),
    row("Nirriti", Rakshasa, Yoni::Dog, M, Adi),
    row("Apas", Manushya, Yoni::Monkey, M, Madhya),
    row("Vishvedevas", Manushya, Yoni::Mongoose, M, Antya),
    row("Vishnu", Deva, Yoni::Monkey, F, Antya),
    row("Vasus", Rakshasa, Yoni::Lion, F, Madhya),
    row("Varuna", Rakshasa, Yoni::Horse, F, Adi),
    row("Aja Ekapada", Manushya, Yoni::Lion, M, Adi),
    row("Ahir Budhnya", Manushya, Yoni::Cow, F, Madhya),
    row("Pushan", Deva, Yoni::Elephant, F, Antya),
];

/// Vimshottari lords in nakshatra order from Ashwini, repeating every nine
/// (BPHS ch. 46): Ketu, Venus, Sun, Moon, Mars, Rahu, Jupiter, Saturn, Mercury.
pub const VIMSHOTTARI_LORDS: [Graha; 9] = [
    Graha::Ketu,
    Graha::Venus,
    Graha::Sun,
    Graha::Moon,
    Graha::Mars,
    Graha::Rahu,
    Graha::Jupiter,
    Graha::Saturn,
    Graha::Mercury,
];

/// Vimshottari years of each lord in [`VIMSHOTTARI_LORDS`] order (BPHS ch. 46):
/// Ketu 7, Venus 20, Sun 6, Moon 10, Mars 7, Rahu 18, Jupiter 16, Saturn 19,
/// Mercury 17; 120 in all.
pub const VIMSHOTTARI_YEARS: [f64; 9] = [7.0, 20.0, 6.0, 10.0, 7.0, 18.0, 16.0, 19.0, 17.0];

/// The Krishnamurti (KP) lords of a sidereal longitude: star (nakshatra)
/// lord, sub-lord and sub-sub-lord.
///
/// Each nakshatra is divided among the nine Vimshottari lords in
/// proportion to their years, starting from the nakshatra's own lord; each
/// sub is divided again the same way starting from the sub's lord (K. S.
/// Krishnamurti, *Fundamental Principles of Astrology*, KP Reader I).
///
/// ```
/// use jyotish::{Graha, Longitude, zodiac::kp_lords};
/// // 0°00′–0°46′40″ Aries: Ketu star, Ketu sub (7/120 of 13°20′).
/// let l = kp_lords(Longitude::new(0.5)?);
/// assert_eq!((l.star, l.sub), (Graha::Ketu, Graha::Ketu));
/// let l = kp_lords(Longitude::new(1.0)?); // just past 0°46′40″
/// assert_eq!(l.sub, Graha::Venus);
/// # Ok::<(), jyotish::Error>(())
/// ```
pub fn kp_lords(longitude: Longitude) -> KpLords {
    let nak = Nakshatra::of(longitude);
    // Position inside the nakshatra in "years" of the 120-year cycle.
    let within = (longitude.degrees() - nak.start_deg()) / NAKSHATRA_SPAN_DEG * 120.0;
    let start = nak.index() % 9;
    let (sub, rest) = divide(start, within.clamp(0.0, 120.0));
    // The sub spans VIMSHOTTARI_YEARS[sub] years; scale its fraction to 120.
    let (sub_sub, _) = divide(
        sub,
        (rest / VIMSHOTTARI_YEARS[sub] * 120.0).clamp(0.0, 120.0),
    );
    KpLords {
        star: VIMSHOTTARI_LORDS[start],
        sub: VIMSHOTTARI_LORDS[sub],
        sub_sub: VIMSHOTTARI_LORDS[sub_sub],
    }
}

/// Walks the Vimshottari sequence from lord `start` through `years` (0–120):
/// the lord whose share contains it and how far into that share it is.
fn divide(start: usize, years: f64) -> (usize, f64) {
    let mut rest = years;
    for k in 0..9 {
        let lord = (start + k) % 9;
        if rest < VIMSHOTTARI_YEARS[lord] || k == 8 {
            return (lord, rest.min(VIMSHOTTARI_YEARS[lord]));
        }
        rest -= VIMSHOTTARI_YEARS[lord];
    }
    (start, 0.0)
}

/// Star lord, sub-lord and sub-sub-lord of a longitude (KP).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct KpLords {
    /// Nakshatra (star) lord.
    pub star: Graha,
    /// Sub-lord.
    pub sub: Graha,
    /// Sub-sub-lord.
    pub sub_sub: Graha,
}

/// Abhijit spans the last quarter of Uttara Ashadha and the first 1/15 of
/// Shravana: 276°40′ to 280°53′20″ (Muhurta Chintamani; Surya Siddhanta 8).
const ABHIJIT_START_DEG: f64 = 276.0 + 40.0 / 60.0;
const ABHIJIT_END_DEG: f64 = 280.0 + 53.0 / 60.0 + 20.0 / 3600.0;

impl Nakshatra {
    /// The nakshatra containing a sidereal longitude.
    #[inline]
    pub fn of(longitude: Longitude) -> Nakshatra {
        Nakshatra::wrapping((longitude.degrees() / NAKSHATRA_SPAN_DEG) as usize)
    }

    /// Longitude of the start of this nakshatra, degrees.
    #[inline]
    pub fn start_deg(self) -> f64 {
        self.index() as f64 * NAKSHATRA_SPAN_DEG
    }

    /// Vimshottari dasha lord (BPHS ch. 46).
    #[inline]
    pub const fn lord(self) -> Graha {
        VIMSHOTTARI_LORDS[self.index() % 9]
    }

    /// Presiding deity.
    pub const fn deity(self) -> &'static str {
        NAKSHATRA_ROWS[self.index()].deity
    }

    /// Gana (temperament).
    pub const fn gana(self) -> Gana {
        NAKSHATRA_ROWS[self.index()].gana
    }

    /// Yoni animal.
    pub const fn yoni(self) -> Yoni {
        NAKSHATRA_ROWS[self.index()].yoni
    }

    /// Sex of the yoni animal.
    pub const fn yoni_sex(self) -> YoniSex {
        NAKSHATRA_ROWS[self.index()].sex
    }

    /// Nadi.
    pub const fn nadi(self) -> Nadi {
        NAKSHATRA_ROWS[self.index()].nadi
    }

    /// Whether a sidereal longitude lies in Abhijit, the 28th nakshatra of
    /// the muhurta texts (276°40′ to 280°53′20″).
    pub fn in_abhijit(longitude: Longitude) -> bool {
        (ABHIJIT_START_DEG..ABHIJIT_END_DEG).contains(&longitude.degrees())
    }
}

/// A pada: one of the four quarters (3°20′ each) of a nakshatra.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Pada {
    /// The nakshatra.
    pub nakshatra: Nakshatra,
    /// Quarter 1–4.
    pub quarter: u8,
}

impl Pada {
    /// The pada containing a sidereal longitude.
    ///
    /// ```
    /// use jyotish::{Longitude, Nakshatra, Pada, Rashi};
    /// let p = Pada::of(Longitude::new(45.0)?); // 15° Taurus
    /// assert_eq!((p.nakshatra, p.quarter), (Nakshatra::Rohini, 2));
    /// assert_eq!(p.rashi(), Rashi::Taurus);
    /// # Ok::<(), jyotish::Error>(())
    /// ```
    #[inline]
    pub fn of(longitude: Longitude) -> Pada {
        let i = ((longitude.degrees() / PADA_SPAN_DEG) as usize).min(107);
        Pada {
            nakshatra: Nakshatra::wrapping(i / 4),
            quarter: (i % 4) as u8 + 1,
        }
    }

    /// Index 0..108 counting padas from Ashwini 1.
    #[inline]
    pub const fn index(self) -> usize {
        self.nakshatra.index() * 4 + self.quarter as usize - 1
    }

    /// The rashi this pada lies in: nine padas make a sign, so no pada straddles two.
    #[inline]
    pub const fn rashi(self) -> Rashi {
        Rashi::wrapping(self.index() / 9)
    }

    /// The navamsha (D9) sign of this pada: padas run through the signs from
    /// Aries in turn (BPHS ch. 6).
    #[inline]
    pub const fn navamsha(self) -> Rashi {
        Rashi::wrapping(self.index())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lon(d: f64) -> Longitude {
        Longitude::new(d).unwrap()
    }

    #[test]
    fn boundaries_are_exact() {
        assert_eq!(Rashi::of(lon(29.999_999)), Rashi::Aries);
        assert_eq!(Rashi::of(lon(30.0)), Rashi::Taurus);
        assert_eq!(Rashi::of(lon(359.999_999_999)), Rashi::Pisces);
        assert_eq!(Nakshatra::of(lon(13.0 + 1.0 / 3.0)), Nakshatra::Bharani);
        assert_eq!(Nakshatra::of(lon(359.9)), Nakshatra::Revati);
        assert_eq!(Pada::of(lon(359.999_999_999_9)).quarter, 4);
    }

    #[test]
    fn classical_facts() {
        // Chitra: Spica at 180° Lahiri sits at the Virgo/Libra cusp, in Chitra pada 3.
        let p = Pada::of(lon(180.0));
        assert_eq!((p.nakshatra, p.quarter), (Nakshatra::Chitra, 3));
        assert_eq!(Nakshatra::Magha.lord(), Graha::Ketu);
        assert_eq!(Nakshatra::Revati.lord(), Graha::Mercury);
        assert_eq!(Rashi::Aries.nth(7), Rashi::Libra);
        assert_eq!(Rashi::Pisces.nth(2), Rashi::Aries);
        assert_eq!(Rashi::Capricorn.lord(), Graha::Saturn);
        assert_eq!(Rashi::Scorpio.varna(), Varna::Brahmin);
        assert_eq!(Rashi::Virgo.modality(), Modality::Dual);
        // Each gana and nadi has nine nakshatras; each yoni animal two.
        for g in Gana::ALL {
            assert_eq!(Nakshatra::ALL.iter().filter(|n| n.gana() == g).count(), 9);
        }
        for n in Nadi::ALL {
            assert_eq!(Nakshatra::ALL.iter().filter(|k| k.nadi() == n).count(), 9);
        }
        for y in Yoni::ALL {
            let c = Nakshatra::ALL.iter().filter(|k| k.yoni() == y).count();
            assert_eq!(c, if y == Yoni::Mongoose { 1 } else { 2 }, "{y}");
        }
        assert!(Nakshatra::in_abhijit(lon(278.0)));
        assert!(!Nakshatra::in_abhijit(lon(281.0)));
    }

    #[test]
    fn kp_sub_boundaries() {
        // Sub boundaries in Ashwini: Ketu 0°46′40″, Venus to 3°00′00″, Sun to 3°40′.
        let at = |d: f64| kp_lords(lon(d));
        assert_eq!(at(46.0 / 60.0 + 39.0 / 3600.0).sub, Graha::Ketu);
        assert_eq!(at(46.0 / 60.0 + 41.0 / 3600.0).sub, Graha::Venus);
        assert_eq!(at(2.999).sub, Graha::Venus);
        assert_eq!(at(3.001).sub, Graha::Sun);
        // Bharani (Venus star) starts with a Venus sub at 13°20′.
        let b = at(13.0 + 1.0 / 3.0 + 1e-6);
        assert_eq!(
            (b.star, b.sub, b.sub_sub),
            (Graha::Venus, Graha::Venus, Graha::Venus)
        );
        // The last sub of Revati is Saturn's (Mercury, Ketu, …, Saturn); its last sub-sub Jupiter.
        let r = at(359.999_999);
        assert_eq!(
            (r.star, r.sub, r.sub_sub),
            (Graha::Mercury, Graha::Saturn, Graha::Jupiter)
        );
        let total: f64 = VIMSHOTTARI_YEARS.iter().sum();
        assert_eq!(total, 120.0);
    }

    #[test]
    fn pada_navamsha_cycles_from_aries() {
        assert_eq!(Pada::of(lon(0.0)).navamsha(), Rashi::Aries);
        // Rohini 2 = 15° Taurus is the 14th pada: 13 mod 12 → Taurus (the
        // vargottama middle navamsha of a fixed sign).
        assert_eq!(Pada::of(lon(45.0)).navamsha(), Rashi::Taurus);
        assert_eq!(Pada::of(lon(359.0)).navamsha(), Rashi::Pisces);
    }
}
