//! The nine grahas of Jyotisha.

use crate::enums::closed_enum;

closed_enum! {
    /// The nine grahas, in the classical (weekday-lord, then node) order of
    /// BPHS ch. 3: Sun, Moon, Mars, Mercury, Jupiter, Venus, Saturn, Rahu, Ketu.
    ///
    /// The outer planets Uranus, Neptune and Pluto are not grahas; they are
    /// ephemeris bodies only.
    pub enum Graha: 9 {
        /// Surya.
        #[doc(alias = "Surya")]
        Sun => "Sun",
        /// Chandra.
        #[doc(alias = "Chandra")]
        Moon => "Moon",
        /// Mangala, Kuja.
        #[doc(alias = "Mangala")]
        #[doc(alias = "Kuja")]
        Mars => "Mars",
        /// Budha.
        #[doc(alias = "Budha")]
        Mercury => "Mercury",
        /// Guru, Brihaspati.
        #[doc(alias = "Guru")]
        Jupiter => "Jupiter",
        /// Shukra.
        #[doc(alias = "Shukra")]
        Venus => "Venus",
        /// Shani.
        #[doc(alias = "Shani")]
        Saturn => "Saturn",
        /// The Moon's north (ascending) node.
        Rahu => "Rahu",
        /// The Moon's south (descending) node, always opposite Rahu.
        Ketu => "Ketu",
    }
}

/// Natural (naisargika) relationship of one graha towards another (BPHS 3.55).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Relation {
    /// Mitra.
    Friend,
    /// Sama.
    Neutral,
    /// Shatru.
    Enemy,
}

use Relation::{Enemy as E, Friend as F, Neutral as N};

/// `NATURAL[a][b]`: how graha `a` regards graha `b`, for Sun … Saturn in
/// [`Graha`] order (BPHS 3.55, Santhanam). The one copy of this table:
/// dignities, Vimshopaka bala and Graha Maitri all read it.
const NATURAL: [[Relation; 7]; 7] = [
    // Sun:     Sun Moon Mars Merc Jup Ven Sat
    [N, F, F, N, F, E, E],
    // Moon
    [F, N, N, F, N, N, N],
    // Mars
    [F, F, N, E, F, N, N],
    // Mercury
    [F, E, N, N, N, F, N],
    // Jupiter
    [F, F, F, E, N, E, N],
    // Venus
    [E, E, N, F, N, N, F],
    // Saturn
    [E, E, E, F, N, F, N],
];

/// How `a` naturally regards `b` (both among Sun … Saturn), or `None` when
/// either is a node (BPHS 3.55 gives the nodes no friendships).
pub const fn natural_relation(a: Graha, b: Graha) -> Option<Relation> {
    if a.index() < 7 && b.index() < 7 {
        Some(NATURAL[a.index()][b.index()])
    } else {
        None
    }
}
