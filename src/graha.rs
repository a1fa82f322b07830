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
