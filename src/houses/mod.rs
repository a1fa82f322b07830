//! House cusps: the ascendant, MC and the twelve cusps of every house
//! system Swiss Ephemeris defines by a formula, tropical or sidereal.
//!
//! (Skeleton: the systems are being filled in; see `compute`.)

use crate::Error;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

/// A house system. Names are stable snake_case (`placidus`, `whole_sign`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum HouseSystem {
    /// Placidus (semi-arc): Swiss 'P'.
    Placidus,
    /// Koch (birthplace): 'K'.
    Koch,
    /// Porphyry (quadrant trisection): 'O'.
    Porphyry,
    /// Sripati: Porphyry's cusps taken as the bhava madhyas (house middles),
    /// the cusps (sandhis) halfway between: 'S'.
    Sripati,
    /// Equal houses from the ascendant: 'A'/'E'.
    Equal,
    /// Equal houses from the MC: 'D'.
    EqualMc,
    /// Whole-sign houses (the sign of the ascendant is the first house): 'W'.
    WholeSign,
    /// Vedic equal houses: the ascendant is the middle of the first house
    /// (cusps 15° before each equal-house cusp); Swiss 'V' (Vehlow) has the
    /// same cusps.
    VedicEqual,
    /// Campanus: 'C'.
    Campanus,
    /// Regiomontanus: 'R'.
    Regiomontanus,
    /// Alcabitius: 'B'.
    Alcabitius,
    /// Morinus: 'M'.
    Morinus,
    /// Topocentric (Polich–Page): 'T'.
    Topocentric,
    /// Meridian (axial rotation): 'X'.
    Meridian,
    /// Horizontal (azimuthal): 'H'.
    Horizontal,
    /// Krusinski–Pisa–Goelzer: 'U'.
    KrusinskiPisa,
    /// Vehlow equal: 'V'.
    Vehlow,
    /// Carter poli-equatorial: 'F'.
    Carter,
    /// APC houses: 'Y'.
    Apc,
    /// Sunshine (Makransky): 'I'.
    Sunshine,
    /// Savard-A: 'J'.
    SavardA,
    /// Pullen sinusoidal delta: 'L'.
    PullenSd,
    /// Pullen sinusoidal ratio: 'Q'.
    PullenSr,
    /// Gauquelin sectors (36; the cusps of sectors 1, 4, 7, … as 12 cusps): 'G'.
    Gauquelin,
}

impl HouseSystem {
    /// Every system.
    pub const ALL: [HouseSystem; 24] = {
        use HouseSystem::*;
        [
            Placidus,
            Koch,
            Porphyry,
            Sripati,
            Equal,
            EqualMc,
            WholeSign,
            VedicEqual,
            Campanus,
            Regiomontanus,
            Alcabitius,
            Morinus,
            Topocentric,
            Meridian,
            Horizontal,
            KrusinskiPisa,
            Vehlow,
            Carter,
            Apc,
            Sunshine,
            SavardA,
            PullenSd,
            PullenSr,
            Gauquelin,
        ]
    };

    /// Stable snake_case name.
    pub const fn name(self) -> &'static str {
        use HouseSystem::*;
        match self {
            Placidus => "placidus",
            Koch => "koch",
            Porphyry => "porphyry",
            Sripati => "sripati",
            Equal => "equal",
            EqualMc => "equal_mc",
            WholeSign => "whole_sign",
            VedicEqual => "vedic_equal",
            Campanus => "campanus",
            Regiomontanus => "regiomontanus",
            Alcabitius => "alcabitius",
            Morinus => "morinus",
            Topocentric => "topocentric",
            Meridian => "meridian",
            Horizontal => "horizontal",
            KrusinskiPisa => "krusinski_pisa",
            Vehlow => "vehlow",
            Carter => "carter",
            Apc => "apc",
            Sunshine => "sunshine",
            SavardA => "savard_a",
            PullenSd => "pullen_sd",
            PullenSr => "pullen_sr",
            Gauquelin => "gauquelin",
        }
    }

    /// The system with a snake_case name (case-insensitive, `-` or space for `_`).
    ///
    /// # Errors
    /// [`Error::UnknownName`] listing the accepted names.
    pub fn from_name(name: &str) -> Result<HouseSystem, Error> {
        let key: String = name
            .trim()
            .chars()
            .map(|c| {
                if c == '-' || c == ' ' {
                    '_'
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        HouseSystem::ALL
            .iter()
            .copied()
            .find(|h| h.name() == key)
            .ok_or_else(|| Error::UnknownName {
                what: "house system",
                name: name.to_string(),
                allowed: HouseSystem::ALL
                    .iter()
                    .map(|h| h.name())
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }
}

/// The angles of the chart and the twelve house cusps, in degrees `[0, 360)`.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Houses {
    /// The system.
    pub system: HouseSystem,
    /// Cusps of houses 1–12 (index 0 = first house), degrees.
    pub cusps: [f64; 12],
    /// Ascendant (lagna), degrees.
    pub ascendant: f64,
    /// Midheaven (MC), degrees.
    pub mc: f64,
    /// Right ascension of the MC (ARMC = local apparent sidereal time), degrees.
    pub armc: f64,
    /// Vertex, degrees.
    pub vertex: f64,
    /// Equatorial ascendant (east point), degrees.
    pub equatorial_ascendant: f64,
}

impl Houses {
    /// The same houses in a sidereal zodiac: every longitude less the true
    /// ayanamsa (mean + Δψ), as Swiss Ephemeris's `SEFLG_SIDEREAL` does.
    /// Whole-sign cusps stay at sign starts of the sidereal ascendant's sign.
    pub fn to_sidereal(&self, true_ayanamsa_deg: f64) -> Houses {
        let s = |x: f64| crate::math::norm_deg(x - true_ayanamsa_deg);
        let mut out = *self;
        out.cusps = self.cusps.map(s);
        out.ascendant = s(self.ascendant);
        out.mc = s(self.mc);
        out.vertex = s(self.vertex);
        out.equatorial_ascendant = s(self.equatorial_ascendant);
        if self.system == HouseSystem::WholeSign {
            let first = crate::math::floor(out.ascendant / 30.0) * 30.0;
            for (i, c) in out.cusps.iter_mut().enumerate() {
                *c = crate::math::norm_deg(first + 30.0 * i as f64);
            }
        }
        out
    }
}
