//! The eleven nakshatra dasha systems as data: lord sequence, years per
//! lord, which nakshatra starts which lord, how the balance at birth is
//! reckoned, and when the texts say the system applies.
//!
//! Every table is a `const` built from the counting rule the texts state
//! (“count from Pushya to the birth star and divide by 8 …”), not typed out
//! nakshatra by nakshatra, so the rule in the comment is the rule in the code.
//!
//! # Sources
//! Brihat Parashara Hora Shastra (BPHS) ch. 46, “Dashas of the grahas”
//! (R. Santhanam's translation, vol. 1; G. C. Sharma's numbers the same
//! chapter 46), states the periods, lords, starting nakshatras and the
//! conditions of applicability of all of them; ch. 47–53 give their effects.
//! Where a school reads a rule differently the variant is named at the
//! table.

use crate::graha::Graha;
use crate::zodiac::{Nakshatra, Rashi};
use crate::{Longitude, enums::closed_enum};

closed_enum! {
    /// A nakshatra-based graha dasha system.
    ///
    /// Each starts from the nakshatra of a seed longitude (the Moon's, by
    /// default) and runs through a fixed sequence of lords; the periods and
    /// the rules are in [`DashaSystem::lords`], [`DashaSystem::years`] and
    /// [`DashaSystem::lord_of`], their sources in each variant's docs.
    pub enum DashaSystem: 11 {
        /// Vimshottari, 120 years: Ketu 7, Venus 20, Sun 6, Moon 10, Mars 7,
        /// Rahu 18, Jupiter 16, Saturn 19, Mercury 17, the lords of the
        /// nakshatras from Ashwini in turn. Universal (BPHS ch. 46).
        #[doc(alias = "Vimsottari")]
        Vimshottari => "Vimshottari",
        /// Ashtottari, 108 years: Sun 6, Moon 15, Mars 8, Mercury 17,
        /// Saturn 10, Jupiter 19, Rahu 12, Venus 21 (no Ketu). From Ardra,
        /// groups of 4, 3, 4, 3, … nakshatras (28 with Abhijit) go to the
        /// lords in turn. Applies when Rahu, not in the lagna, is in a kendra
        /// or trikona from the lagna lord (BPHS ch. 46).
        #[doc(alias = "Astottari")]
        Ashtottari => "Ashtottari",
        /// Yogini, 36 years: the eight yoginis Mangala (Moon) 1, Pingala
        /// (Sun) 2, Dhanya (Jupiter) 3, Bhramari (Mars) 4, Bhadrika (Mercury)
        /// 5, Ulka (Saturn) 6, Siddha (Venus) 7, Sankata (Rahu) 8. Add 3 to
        /// the birth nakshatra's number and divide by 8: the remainder
        /// counts the yogini from Mangala (0 is Sankata). Universal (BPHS
        /// ch. 46 in the Sharma recension).
        Yogini => "Yogini",
        /// Shodasottari, 116 years: Sun 11, Mars 12, Jupiter 13, Saturn 14,
        /// Ketu 15, Moon 16, Mercury 17, Venus 18 (no Rahu); count from
        /// Pushya to the birth nakshatra, divide by 8. Applies when the lagna
        /// is in the Sun's hora in Shukla paksha or the Moon's hora in Krishna
        /// paksha (BPHS ch. 46).
        #[doc(alias = "Shodashottari")]
        Shodasottari => "Shodasottari",
        /// Dwadasottari, 112 years: Sun 7, Jupiter 9, Ketu 11, Mercury 13,
        /// Rahu 15, Mars 17, Saturn 19, Moon 21 (no Venus); count from the
        /// birth nakshatra to Revati, divide by 8. Applies when the lagna is
        /// in a navamsha of Venus (Taurus or Libra) (BPHS ch. 46).
        #[doc(alias = "Dwadashottari")]
        Dwadasottari => "Dwadasottari",
        /// Panchottari, 105 years: Sun 12, Mercury 13, Saturn 14, Mars 15,
        /// Venus 16, Moon 17, Jupiter 18; count from Anuradha, divide by 7.
        /// Applies when the lagna is Cancer in the Cancer dwadashamsha
        /// (BPHS ch. 46).
        Panchottari => "Panchottari",
        /// Shatabdika, 100 years: Sun 5, Moon 5, Venus 10, Mercury 10,
        /// Jupiter 20, Mars 20, Saturn 30; count from Revati, divide by 7.
        /// Applies when the lagna is vargottama (same sign in rashi and
        /// navamsha) (BPHS ch. 46).
        #[doc(alias = "Satabdika")]
        Shatabdika => "Shatabdika",
        /// Chaturashiti-sama, 84 years: Sun, Moon, Mars, Mercury, Jupiter,
        /// Venus, Saturn, 12 years each; count from Swati, divide by 7.
        /// Applies when the 10th lord is in the 10th (BPHS ch. 46).
        #[doc(alias = "Chaturaseeti Sama")]
        ChaturashitiSama => "Chaturashiti-sama",
        /// Dwisaptati-sama, 72 years: Sun, Moon, Mars, Mercury, Jupiter,
        /// Venus, Saturn, Rahu, 9 years each; count from Mula, divide by 8.
        /// Applies when the lagna lord is in the 7th or the 7th lord in the
        /// lagna (BPHS ch. 46).
        #[doc(alias = "Dwisaptati Sama")]
        DwisaptatiSama => "Dwisaptati-sama",
        /// Shashtihayani (Shashti-sama), 60 years: Jupiter, Sun, Mars 10
        /// each; Moon, Mercury, Venus, Saturn, Rahu 6 each. From Ashwini,
        /// groups of 3, 4, 3, 4, … nakshatras go to the lords in turn, and
        /// the balance is reckoned over the lord's group as in Ashtottari
        /// (PyJHora 4.8.7 reckons it nakshatra by nakshatra:
        /// [`BalanceRule::Nakshatra`]). Applies when the Sun is in the lagna
        /// (BPHS ch. 46).
        #[doc(alias = "Shastihayani")]
        #[doc(alias = "Shashti Sama")]
        Shashtihayani => "Shashtihayani",
        /// Shat-trimsha-sama, 36 years: Moon 1, Sun 2, Jupiter 3, Mars 4,
        /// Mercury 5, Saturn 6, Venus 7, Rahu 8; count from Shravana, divide
        /// by 8. Applies to a day birth with the lagna in the Sun's hora or a
        /// night birth with the lagna in the Moon's hora (BPHS ch. 46).
        #[doc(alias = "Shattrimsha Sama")]
        ShatTrimshaSama => "Shat-trimsha-sama",
    }
}

/// How the part of the first mahadasha already elapsed at birth is reckoned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum BalanceRule {
    /// Each nakshatra carries its lord's whole term: the elapsed part is the
    /// fraction of the birth nakshatra the seed has crossed (Vimshottari and
    /// every system where one nakshatra maps to one lord in a repeating count).
    Nakshatra,
    /// The lord's term is spread evenly over the arc of its whole group of
    /// consecutive nakshatras (Ashtottari, Shashtihayani): the elapsed part
    /// is the fraction of the group's arc crossed.
    Group,
}

/// One system as data.
pub(crate) struct Table {
    /// Lords in dasha order.
    pub lords: &'static [Graha],
    /// Years of each lord, same order.
    pub years: &'static [u32],
    /// Sum of `years`.
    pub total: u32,
    /// For each nakshatra (Ashwini first), the position in `lords` of the
    /// lord whose dasha is running when the seed is in it.
    pub map: [u8; 27],
    /// The classical balance rule.
    pub balance: BalanceRule,
}

/// Lord positions by remainder counting: the k-th nakshatra counted from
/// `from` (forward, or backward when `backward`), plus `offset`, modulo the
/// number of lords.
const fn count_map(from: usize, backward: bool, offset: usize, n: usize) -> [u8; 27] {
    let mut map = [0u8; 27];
    let mut i = 0;
    while i < 27 {
        let k = if backward {
            (from + 27 - i) % 27
        } else {
            (i + 27 - from) % 27
        };
        map[i] = ((k + offset) % n) as u8;
        i += 1;
    }
    map
}

/// Lord positions by groups: from `from`, `sizes[p]` consecutive
/// nakshatras go to the lord at position `p`; the count stops at 27.
const fn group_map(from: usize, sizes: &[u8]) -> [u8; 27] {
    let mut map = [0u8; 27];
    let mut k = 0;
    let mut p = 0;
    while p < sizes.len() {
        let mut c = 0;
        while c < sizes[p] && k < 27 {
            map[(from + k) % 27] = p as u8;
            k += 1;
            c += 1;
        }
        p += 1;
    }
    map
}

const fn sum(years: &[u32]) -> u32 {
    let mut s = 0;
    let mut i = 0;
    while i < years.len() {
        s += years[i];
        i += 1;
    }
    s
}

use Graha::{Jupiter, Ketu, Mars, Mercury, Moon, Rahu, Saturn, Sun, Venus};

// BPHS ch. 46: Vimshottari. Lords of the nakshatras from Ashwini (Krittika,
// Uttara Phalguni and Uttara Ashadha are the Sun's), the sequence repeating.
const VIMSHOTTARI_LORDS: [Graha; 9] =
    [Ketu, Venus, Sun, Moon, Mars, Rahu, Jupiter, Saturn, Mercury];
const VIMSHOTTARI_YEARS: [u32; 9] = [7, 20, 6, 10, 7, 18, 16, 19, 17];

// BPHS ch. 46: Ashtottari. From Ardra: Sun 4 nakshatras, Moon 3 (from
// Magha), Mars 4 (from Hasta), Mercury 3 (from Anuradha), Saturn 4 (Purva
// Ashadha, Uttara Ashadha, Abhijit, Shravana), Jupiter 3 (from Dhanishta),
// Rahu 4 (from Uttara Bhadrapada), Venus 3 (from Krittika). In the 27-fold
// zodiac Abhijit lies inside Uttara Ashadha–Shravana, so Saturn's group is
// the 40° arc of those three, as in PyJHora.
const ASHTOTTARI_LORDS: [Graha; 8] = [Sun, Moon, Mars, Mercury, Saturn, Jupiter, Rahu, Venus];
const ASHTOTTARI_YEARS: [u32; 8] = [6, 15, 8, 17, 10, 19, 12, 21];
const ASHTOTTARI_GROUPS: [u8; 8] = [4, 3, 4, 3, 3, 3, 4, 3];

// BPHS ch. 46 (Sharma): Yogini. Mangala, Pingala, Dhanya, Bhramari,
// Bhadrika, Ulka, Siddha, Sankata, ruled by Moon, Sun, Jupiter, Mars,
// Mercury, Saturn, Venus, Rahu; (nakshatra number + 3) mod 8 → yogini.
const YOGINI_LORDS: [Graha; 8] = [Moon, Sun, Jupiter, Mars, Mercury, Saturn, Venus, Rahu];
const YOGINI_YEARS: [u32; 8] = [1, 2, 3, 4, 5, 6, 7, 8];

// BPHS ch. 46: Shodasottari, count from Pushya.
const SHODASOTTARI_LORDS: [Graha; 8] = [Sun, Mars, Jupiter, Saturn, Ketu, Moon, Mercury, Venus];
const SHODASOTTARI_YEARS: [u32; 8] = [11, 12, 13, 14, 15, 16, 17, 18];

// BPHS ch. 46: Dwadasottari, count from the birth star to Revati.
const DWADASOTTARI_LORDS: [Graha; 8] = [Sun, Jupiter, Ketu, Mercury, Rahu, Mars, Saturn, Moon];
const DWADASOTTARI_YEARS: [u32; 8] = [7, 9, 11, 13, 15, 17, 19, 21];

// BPHS ch. 46: Panchottari, count from Anuradha.
const PANCHOTTARI_LORDS: [Graha; 7] = [Sun, Mercury, Saturn, Mars, Venus, Moon, Jupiter];
const PANCHOTTARI_YEARS: [u32; 7] = [12, 13, 14, 15, 16, 17, 18];

// BPHS ch. 46: Shatabdika, count from Revati.
const SHATABDIKA_LORDS: [Graha; 7] = [Sun, Moon, Venus, Mercury, Jupiter, Mars, Saturn];
const SHATABDIKA_YEARS: [u32; 7] = [5, 5, 10, 10, 20, 20, 30];

// BPHS ch. 46: Chaturashiti-sama, count from Swati.
const SEVEN_LORDS: [Graha; 7] = [Sun, Moon, Mars, Mercury, Jupiter, Venus, Saturn];
const CHATURASHITI_YEARS: [u32; 7] = [12; 7];

// BPHS ch. 46: Dwisaptati-sama, count from Mula.
const EIGHT_LORDS: [Graha; 8] = [Sun, Moon, Mars, Mercury, Jupiter, Venus, Saturn, Rahu];
const DWISAPTATI_YEARS: [u32; 8] = [9; 8];

// BPHS ch. 46: Shashtihayani. From Ashwini: Jupiter 3, Sun 4, Mars 3, Moon 4,
// Mercury 3, Venus 4, Saturn 3, Rahu 4 — 28 with Abhijit; in the 27-fold
// count (PyJHora's) Rahu keeps Purva Bhadrapada, Uttara Bhadrapada, Revati.
const SHASHTIHAYANI_LORDS: [Graha; 8] = [Jupiter, Sun, Mars, Moon, Mercury, Venus, Saturn, Rahu];
const SHASHTIHAYANI_YEARS: [u32; 8] = [10, 10, 10, 6, 6, 6, 6, 6];
const SHASHTIHAYANI_GROUPS: [u8; 8] = [3, 4, 3, 4, 3, 4, 3, 4];

// BPHS ch. 46: Shat-trimsha-sama, count from Shravana.
const SHAT_TRIMSHA_LORDS: [Graha; 8] = YOGINI_LORDS;
const SHAT_TRIMSHA_YEARS: [u32; 8] = YOGINI_YEARS;

const fn table(
    lords: &'static [Graha],
    years: &'static [u32],
    map: [u8; 27],
    balance: BalanceRule,
) -> Table {
    Table {
        lords,
        years,
        total: sum(years),
        map,
        balance,
    }
}

// Nakshatra indices (Ashwini = 0).
const ASHWINI: usize = 0;
const ARDRA: usize = 5;
const PUSHYA: usize = 7;
const SWATI: usize = 14;
const ANURADHA: usize = 16;
const MULA: usize = 18;
const SHRAVANA: usize = 21;
const REVATI: usize = 26;

/// The tables, in [`DashaSystem::ALL`] order.
pub(crate) static TABLES: [Table; 11] = [
    table(
        &VIMSHOTTARI_LORDS,
        &VIMSHOTTARI_YEARS,
        count_map(ASHWINI, false, 0, 9),
        BalanceRule::Nakshatra,
    ),
    table(
        &ASHTOTTARI_LORDS,
        &ASHTOTTARI_YEARS,
        group_map(ARDRA, &ASHTOTTARI_GROUPS),
        BalanceRule::Group,
    ),
    table(
        &YOGINI_LORDS,
        &YOGINI_YEARS,
        count_map(ASHWINI, false, 3, 8),
        BalanceRule::Nakshatra,
    ),
    table(
        &SHODASOTTARI_LORDS,
        &SHODASOTTARI_YEARS,
        count_map(PUSHYA, false, 0, 8),
        BalanceRule::Nakshatra,
    ),
    table(
        &DWADASOTTARI_LORDS,
        &DWADASOTTARI_YEARS,
        count_map(REVATI, true, 0, 8),
        BalanceRule::Nakshatra,
    ),
    table(
        &PANCHOTTARI_LORDS,
        &PANCHOTTARI_YEARS,
        count_map(ANURADHA, false, 0, 7),
        BalanceRule::Nakshatra,
    ),
    table(
        &SHATABDIKA_LORDS,
        &SHATABDIKA_YEARS,
        count_map(REVATI, false, 0, 7),
        BalanceRule::Nakshatra,
    ),
    table(
        &SEVEN_LORDS,
        &CHATURASHITI_YEARS,
        count_map(SWATI, false, 0, 7),
        BalanceRule::Nakshatra,
    ),
    table(
        &EIGHT_LORDS,
        &DWISAPTATI_YEARS,
        count_map(MULA, false, 0, 8),
        BalanceRule::Nakshatra,
    ),
    table(
        &SHASHTIHAYANI_LORDS,
        &SHASHTIHAYANI_YEARS,
        group_map(ASHWINI, &SHASHTIHAYANI_GROUPS),
        BalanceRule::Group,
    ),
    table(
        &SHAT_TRIMSHA_LORDS,
        &SHAT_TRIMSHA_YEARS,
        count_map(SHRAVANA, false, 0, 8),
        BalanceRule::Nakshatra,
    ),
];

impl DashaSystem {
    #[inline]
    pub(crate) fn table(self) -> &'static Table {
        &TABLES[self.index()]
    }

    /// Stable snake_case key (`"vimshottari"`, `"chaturashiti_sama"`, …), as
    /// the CLI spells systems.
    pub const fn key(self) -> &'static str {
        match self {
            DashaSystem::Vimshottari => "vimshottari",
            DashaSystem::Ashtottari => "ashtottari",
            DashaSystem::Yogini => "yogini",
            DashaSystem::Shodasottari => "shodasottari",
            DashaSystem::Dwadasottari => "dwadasottari",
            DashaSystem::Panchottari => "panchottari",
            DashaSystem::Shatabdika => "shatabdika",
            DashaSystem::ChaturashitiSama => "chaturashiti_sama",
            DashaSystem::DwisaptatiSama => "dwisaptati_sama",
            DashaSystem::Shashtihayani => "shashtihayani",
            DashaSystem::ShatTrimshaSama => "shat_trimsha_sama",
        }
    }

    /// The system with a given name: its key or display name, case-insensitive,
    /// with `-`, `_` and spaces ignored (`"Chaturashiti-sama"`,
    /// `"chaturashiti_sama"` and `"ChaturashitiSama"` all work).
    ///
    /// ```
    /// use jyotish::dasha::DashaSystem;
    /// assert_eq!(DashaSystem::from_name("vimshottari")?, DashaSystem::Vimshottari);
    /// assert_eq!(DashaSystem::from_name("Shat-trimsha-sama")?, DashaSystem::ShatTrimshaSama);
    /// let err = DashaSystem::from_name("kalachakra").unwrap_err();
    /// assert!(err.to_string().contains("unknown dasha system"));
    /// # Ok::<(), jyotish::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`crate::Error::UnknownName`] listing the accepted keys.
    pub fn from_name(name: &str) -> Result<DashaSystem, crate::Error> {
        // Separators are ignored altogether: "Shat-trimsha-sama" = "shattrimshasama".
        let squash = |s: &str| -> alloc::string::String {
            s.chars()
                .filter(|c| !matches!(c, '-' | '_' | ' '))
                .map(|c| c.to_ascii_lowercase())
                .collect()
        };
        crate::enums::find_by_name(
            "dasha system",
            name,
            &DashaSystem::ALL,
            DashaSystem::key,
            squash,
        )
    }

    /// The lords in dasha order.
    pub fn lords(self) -> &'static [Graha] {
        self.table().lords
    }

    /// Years of each lord, in [`DashaSystem::lords`] order.
    pub fn years(self) -> &'static [u32] {
        self.table().years
    }

    /// Length of one full cycle of mahadashas, years (120 for Vimshottari).
    pub fn total_years(self) -> u32 {
        self.table().total
    }

    /// A lord's mahadasha years, or `None` if the graha has no dasha in
    /// this system (Ketu in Ashtottari, …).
    pub fn years_of(self, lord: Graha) -> Option<u32> {
        let t = self.table();
        t.lords.iter().position(|&g| g == lord).map(|i| t.years[i])
    }

    /// The lord whose mahadasha runs at birth when the seed (the Moon) is in
    /// `nakshatra`.
    ///
    /// ```
    /// use jyotish::{Graha, Nakshatra, dasha::DashaSystem};
    /// assert_eq!(DashaSystem::Vimshottari.lord_of(Nakshatra::Rohini), Graha::Moon);
    /// assert_eq!(DashaSystem::Ashtottari.lord_of(Nakshatra::Ardra), Graha::Sun);
    /// assert_eq!(DashaSystem::Yogini.lord_of(Nakshatra::Ardra), Graha::Moon); // Mangala
    /// assert_eq!(DashaSystem::Dwadasottari.lord_of(Nakshatra::Revati), Graha::Sun);
    /// ```
    pub fn lord_of(self, nakshatra: Nakshatra) -> Graha {
        let t = self.table();
        t.lords[t.map[nakshatra.index()] as usize]
    }

    /// How the classical texts reckon this system's balance at birth.
    pub fn balance_rule(self) -> BalanceRule {
        self.table().balance
    }

    /// Whether the system applies to a chart, by the condition BPHS ch. 46
    /// states for it (Vimshottari and Yogini always apply).
    ///
    /// Houses are whole signs from the lagna. Variants: for Ashtottari some
    /// schools use instead “Krishna paksha by day or Shukla paksha by
    /// night”; for Panchottari PyJHora asks only that the lagna's
    /// dwadashamsha be Cancer, whatever the lagna's sign.
    ///
    /// ```
    /// use jyotish::{Longitude, dasha::{ApplicabilityFacts, DashaSystem}};
    /// let l = |d: f64| Longitude::new(d).unwrap();
    /// // Lagna 10° Leo, Sun 20° Leo: the Sun is in the lagna.
    /// let mut grahas = [l(0.0); 9];
    /// grahas[0] = l(140.0);
    /// let facts = ApplicabilityFacts { lagna: l(130.0), grahas, daytime: true };
    /// assert!(DashaSystem::Shashtihayani.applies(&facts));
    /// assert!(DashaSystem::Vimshottari.applies(&facts));
    /// ```
    pub fn applies(self, facts: &ApplicabilityFacts) -> bool {
        let lagna = Rashi::of(facts.lagna);
        let sign = |g: Graha| Rashi::of(facts.grahas[g.index()]);
        // Houses from the lagna, 1-based, whole signs.
        let house = |r: Rashi| (r.index() + 12 - lagna.index()) % 12 + 1;
        let lagna_lord = lagna.lord();
        match self {
            DashaSystem::Vimshottari | DashaSystem::Yogini => true,
            DashaSystem::Ashtottari => {
                let rahu = sign(Graha::Rahu);
                let from_lord = (rahu.index() + 12 - sign(lagna_lord).index()) % 12 + 1;
                rahu != lagna && matches!(from_lord, 1 | 4 | 5 | 7 | 9 | 10)
            }
            DashaSystem::Shodasottari => {
                let sun_hora = facts.lagna_in_sun_hora();
                if facts.shukla_paksha() {
                    sun_hora
                } else {
                    !sun_hora
                }
            }
            DashaSystem::Dwadasottari => {
                let nav = crate::zodiac::Pada::of(facts.lagna).navamsha();
                nav.lord() == Graha::Venus
            }
            DashaSystem::Panchottari => {
                lagna == Rashi::Cancer && facts.lagna_dwadashamsha() == Rashi::Cancer
            }
            DashaSystem::Shatabdika => crate::zodiac::Pada::of(facts.lagna).navamsha() == lagna,
            DashaSystem::ChaturashitiSama => {
                let tenth = lagna.nth(10);
                sign(tenth.lord()) == tenth
            }
            DashaSystem::DwisaptatiSama => {
                let seventh = lagna.nth(7);
                house(sign(lagna_lord)) == 7 || sign(seventh.lord()) == lagna
            }
            DashaSystem::Shashtihayani => sign(Graha::Sun) == lagna,
            DashaSystem::ShatTrimshaSama => facts.daytime == facts.lagna_in_sun_hora(),
        }
    }
}

/// What [`DashaSystem::applies`] needs to know about a chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ApplicabilityFacts {
    /// Sidereal longitude of the lagna (ascendant).
    pub lagna: Longitude,
    /// Sidereal longitudes of the nine grahas, in [`Graha::ALL`] order.
    pub grahas: [Longitude; 9],
    /// Born between sunrise and sunset.
    pub daytime: bool,
}

impl ApplicabilityFacts {
    /// Shukla (waxing) paksha: the Moon less than 180° ahead of the Sun.
    pub fn shukla_paksha(&self) -> bool {
        self.grahas[Graha::Moon.index()].arc_from(self.grahas[Graha::Sun.index()]) < 180.0
    }

    /// Parashari hora (BPHS ch. 6): in an odd sign the first 15° are the
    /// Sun's hora and the rest the Moon's; in an even sign the reverse.
    pub fn lagna_in_sun_hora(&self) -> bool {
        let r = Rashi::of(self.lagna);
        let first_half = self.lagna.degrees() - r.start_deg() < 15.0;
        first_half == r.is_odd()
    }

    /// The lagna's dwadashamsha (D12, BPHS ch. 6): twelve parts of 2°30′,
    /// counted from the sign itself.
    pub fn lagna_dwadashamsha(&self) -> Rashi {
        let r = Rashi::of(self.lagna);
        let part = ((self.lagna.degrees() - r.start_deg()) / 2.5) as usize;
        Rashi::ALL[(r.index() + part.min(11)) % 12]
    }
}

closed_enum! {
    /// The eight yoginis of Yogini dasha, each ruled by a graha (Ketu has
    /// none): the names astrologers print for the Yogini system's lords.
    pub enum Yogini: 8 {
        /// Ruled by the Moon, 1 year.
        Mangala => "Mangala",
        /// Ruled by the Sun, 2 years.
        Pingala => "Pingala",
        /// Ruled by Jupiter, 3 years.
        Dhanya => "Dhanya",
        /// Ruled by Mars, 4 years.
        Bhramari => "Bhramari",
        /// Ruled by Mercury, 5 years.
        Bhadrika => "Bhadrika",
        /// Ruled by Saturn, 6 years.
        Ulka => "Ulka",
        /// Ruled by Venus, 7 years.
        Siddha => "Siddha",
        /// Ruled by Rahu, 8 years.
        Sankata => "Sankata",
    }
}

impl Yogini {
    /// The graha that rules this yogini.
    pub const fn graha(self) -> Graha {
        YOGINI_LORDS[self.index()]
    }

    /// The yogini a graha rules, `None` for Ketu.
    pub fn of(graha: Graha) -> Option<Yogini> {
        YOGINI_LORDS
            .iter()
            .position(|&g| g == graha)
            .map(|i| Yogini::ALL[i])
    }

    /// Its dasha years (its number, 1 to 8).
    pub const fn years(self) -> u32 {
        YOGINI_YEARS[self.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_are_as_documented() {
        let longest = TABLES.iter().flat_map(|t| t.years.iter()).max();
        assert_eq!(longest, Some(&super::super::MAX_LORD_YEARS));
        let want = [120, 108, 36, 116, 112, 105, 100, 84, 72, 60, 36];
        for (s, w) in DashaSystem::ALL.iter().zip(want) {
            assert_eq!(s.total_years(), w, "{s}");
            assert_eq!(s.lords().len(), s.years().len());
            // Lords are distinct and every lord starts at least one nakshatra.
            for (i, g) in s.lords().iter().enumerate() {
                assert_eq!(s.lords().iter().filter(|h| *h == g).count(), 1);
                assert!(s.table().map.iter().any(|&p| p as usize == i), "{s} {g}");
            }
        }
    }

    #[test]
    fn vimshottari_agrees_with_zodiac() {
        for n in Nakshatra::ALL {
            assert_eq!(DashaSystem::Vimshottari.lord_of(n), n.lord());
        }
        for (i, y) in crate::zodiac::VIMSHOTTARI_YEARS.iter().enumerate() {
            assert_eq!(f64::from(VIMSHOTTARI_YEARS[i]), *y);
        }
    }

    #[test]
    fn starting_rules() {
        use Nakshatra::*;
        let s = DashaSystem::Ashtottari;
        // Ardra–Ashlesha Sun, Magha–U.Phalguni Moon, …, U.Bhadrapada–Bharani Rahu, Krittika–Mrigashira Venus.
        assert_eq!(s.lord_of(Ashlesha), Graha::Sun);
        assert_eq!(s.lord_of(Magha), Graha::Moon);
        assert_eq!(s.lord_of(Shravana), Graha::Saturn);
        assert_eq!(s.lord_of(Dhanishta), Graha::Jupiter);
        assert_eq!(s.lord_of(Ashwini), Graha::Rahu);
        assert_eq!(s.lord_of(Bharani), Graha::Rahu);
        assert_eq!(s.lord_of(Mrigashira), Graha::Venus);
        // Yogini: Ashwini (1 + 3 = 4) Bhramari, Revati (27 + 3 = 30 → 6) Ulka.
        assert_eq!(DashaSystem::Yogini.lord_of(Ashwini), Graha::Mars);
        assert_eq!(DashaSystem::Yogini.lord_of(Revati), Graha::Saturn);
        assert_eq!(DashaSystem::Yogini.lord_of(Rohini), Graha::Venus); // 4 + 3 = 7: Siddha
        // Shodasottari: Pushya Sun, Ashlesha Mars; Mrigashira (25th from Pushya) Sun.
        assert_eq!(DashaSystem::Shodasottari.lord_of(Pushya), Graha::Sun);
        assert_eq!(DashaSystem::Shodasottari.lord_of(Ashlesha), Graha::Mars);
        assert_eq!(DashaSystem::Shodasottari.lord_of(Mrigashira), Graha::Sun);
        // Dwadasottari counts back from Revati.
        assert_eq!(
            DashaSystem::Dwadasottari.lord_of(UttaraBhadrapada),
            Graha::Jupiter
        );
        assert_eq!(DashaSystem::Panchottari.lord_of(Anuradha), Graha::Sun);
        assert_eq!(DashaSystem::Shatabdika.lord_of(Ashwini), Graha::Moon);
        assert_eq!(DashaSystem::ChaturashitiSama.lord_of(Swati), Graha::Sun);
        assert_eq!(DashaSystem::DwisaptatiSama.lord_of(Mula), Graha::Sun);
        assert_eq!(DashaSystem::ShatTrimshaSama.lord_of(Shravana), Graha::Moon);
        // Shashtihayani groups from Ashwini: Jupiter 3, Sun 4, Mars 3, Moon 4 (P.Phalguni–Chitra), …
        let s = DashaSystem::Shashtihayani;
        assert_eq!(s.lord_of(Krittika), Graha::Jupiter);
        assert_eq!(s.lord_of(Punarvasu), Graha::Sun);
        assert_eq!(s.lord_of(Magha), Graha::Mars);
        assert_eq!(s.lord_of(PurvaPhalguni), Graha::Moon);
        assert_eq!(s.lord_of(Chitra), Graha::Moon);
        assert_eq!(s.lord_of(Revati), Graha::Rahu);
    }

    fn facts(lagna: f64, grahas: &[(Graha, f64)], daytime: bool) -> ApplicabilityFacts {
        let l = |d: f64| Longitude::new(d).unwrap();
        let mut g = [l(200.0); 9];
        for (graha, d) in grahas {
            g[graha.index()] = l(*d);
        }
        ApplicabilityFacts {
            lagna: l(lagna),
            grahas: g,
            daytime,
        }
    }

    #[test]
    fn applicability_rules() {
        use DashaSystem::*;
        // Lagna Aries (lord Mars). Rahu with Mars in Cancer: 1st from the
        // lagna lord, not in the lagna → Ashtottari; Rahu in Aries → not.
        let f = facts(5.0, &[(Mars, 95.0), (Rahu, 100.0)], true);
        assert!(Ashtottari.applies(&f));
        assert!(!Ashtottari.applies(&facts(5.0, &[(Mars, 95.0), (Rahu, 10.0)], true)));
        // Rahu in Gemini, 12th from Mars in Cancer: not a kendra or trikona.
        assert!(!Ashtottari.applies(&facts(5.0, &[(Mars, 95.0), (Rahu, 70.0)], true)));
        // 5° Aries: Sun's hora; Moon 90° ahead of the Sun = Shukla paksha.
        let shukla = facts(5.0, &[(Sun, 0.0), (Moon, 90.0)], true);
        assert!(shukla.lagna_in_sun_hora() && shukla.shukla_paksha());
        assert!(Shodasottari.applies(&shukla));
        assert!(!Shodasottari.applies(&facts(5.0, &[(Sun, 0.0), (Moon, 270.0)], true)));
        // 5° Aries is the Taurus navamsha (Venus's) → Dwadasottari; 1° Aries is vargottama.
        assert!(Dwadasottari.applies(&shukla));
        assert!(Shatabdika.applies(&facts(1.0, &[], true)));
        assert!(!Shatabdika.applies(&shukla));
        // 1° Cancer: Cancer dwadashamsha; 3° Cancer: Leo's.
        assert!(Panchottari.applies(&facts(91.0, &[], true)));
        assert!(!Panchottari.applies(&facts(93.0, &[], true)));
        // Aries lagna: Saturn in Capricorn (10th lord in 10th); Mars in Libra (lagna lord in 7th).
        assert!(ChaturashitiSama.applies(&facts(5.0, &[(Saturn, 280.0)], true)));
        assert!(DwisaptatiSama.applies(&facts(5.0, &[(Mars, 190.0)], true)));
        // Venus, 7th lord for Aries, in Aries.
        assert!(DwisaptatiSama.applies(&facts(5.0, &[(Mars, 40.0), (Venus, 20.0)], true)));
        assert!(!DwisaptatiSama.applies(&facts(5.0, &[(Mars, 40.0), (Venus, 50.0)], true)));
        // Sun's hora by day, Moon's hora (20° Aries) by night.
        assert!(ShatTrimshaSama.applies(&shukla));
        assert!(ShatTrimshaSama.applies(&facts(20.0, &[], false)));
        assert!(!ShatTrimshaSama.applies(&facts(20.0, &[], true)));
        assert!(Shashtihayani.applies(&facts(5.0, &[(Sun, 25.0)], true)));
        assert!(!Shashtihayani.applies(&facts(5.0, &[(Sun, 35.0)], true)));
        assert!(Vimshottari.applies(&shukla) && Yogini.applies(&shukla));
    }

    #[test]
    fn yogini_names() {
        assert_eq!(Yogini::of(Graha::Rahu), Some(Yogini::Sankata));
        assert_eq!(Yogini::of(Graha::Ketu), None);
        assert_eq!(Yogini::Siddha.years(), 7);
        assert_eq!(Yogini::Ulka.graha(), Graha::Saturn);
    }

    #[test]
    fn names_round_trip() {
        for s in DashaSystem::ALL {
            assert_eq!(DashaSystem::from_name(s.key()).unwrap(), s);
            assert_eq!(DashaSystem::from_name(s.name()).unwrap(), s);
        }
    }
}
