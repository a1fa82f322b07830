//! Dignity of a graha in a sign: exaltation, debilitation, moolatrikona,
//! own sign, and otherwise the compound (panchadha) relationship with the
//! sign's lord.
//!
//! # References
//! BPHS ch. 3 (Santhanam): exaltation degrees (v. 49–50), moolatrikona
//! spans (v. 51–54), natural relationships (v. 55), temporal relationships
//! and their compound (v. 56–59).

use crate::graha::Graha;
use crate::zodiac::Rashi;

/// Dignity of a graha in its sign, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Dignity {
    /// In its sign of exaltation (uchcha).
    Exalted,
    /// In its moolatrikona span.
    Moolatrikona,
    /// In a sign it rules (swakshetra).
    Own,
    /// Lord of the sign is a great friend (adhi mitra) by compound relationship.
    GreatFriend,
    /// Friend (mitra).
    Friend,
    /// Neutral (sama).
    Neutral,
    /// Enemy (shatru).
    Enemy,
    /// Great enemy (adhi shatru).
    GreatEnemy,
    /// In its sign of debilitation (neecha).
    Debilitated,
}

impl Dignity {
    /// Every dignity, from the strongest (exalted) to the weakest, in
    /// declaration order.
    ///
    /// ```
    /// use jyotish::Dignity;
    /// assert!(Dignity::ALL.iter().enumerate().all(|(i, d)| *d as usize == i));
    /// ```
    pub const ALL: [Dignity; 9] = [
        Dignity::Exalted,
        Dignity::Moolatrikona,
        Dignity::Own,
        Dignity::GreatFriend,
        Dignity::Friend,
        Dignity::Neutral,
        Dignity::Enemy,
        Dignity::GreatEnemy,
        Dignity::Debilitated,
    ];
}

pub use crate::graha::{Relation, natural_relation};

/// Sign of exaltation and the exact degree of deep exaltation within it
/// (BPHS 3.49–50); Rahu and Ketu as in BPHS 47 (Taurus / Scorpio).
const EXALTATION: [(Rashi, f64); 9] = [
    (Rashi::Aries, 10.0),
    (Rashi::Taurus, 3.0),
    (Rashi::Capricorn, 28.0),
    (Rashi::Virgo, 15.0),
    (Rashi::Cancer, 5.0),
    (Rashi::Pisces, 27.0),
    (Rashi::Libra, 20.0),
    (Rashi::Taurus, 20.0),
    (Rashi::Scorpio, 20.0),
];

/// Moolatrikona sign and span in degrees (BPHS 3.51–54); for the nodes the
/// common view Rahu Gemini, Ketu Sagittarius (whole sign).
const MOOLATRIKONA: [(Rashi, f64, f64); 9] = [
    (Rashi::Leo, 0.0, 20.0),
    (Rashi::Taurus, 3.0, 30.0),
    (Rashi::Aries, 0.0, 12.0),
    (Rashi::Virgo, 15.0, 20.0),
    (Rashi::Sagittarius, 0.0, 10.0),
    (Rashi::Libra, 0.0, 15.0),
    (Rashi::Aquarius, 0.0, 20.0),
    (Rashi::Gemini, 0.0, 30.0),
    (Rashi::Sagittarius, 0.0, 30.0),
];

/// Own signs of the nodes (one common view: Rahu Aquarius, Ketu Scorpio).
const NODE_OWN: [Rashi; 2] = [Rashi::Aquarius, Rashi::Scorpio];

/// The exaltation sign of a graha and its degree of deep exaltation.
pub fn exaltation(g: Graha) -> (Rashi, f64) {
    EXALTATION[g.index()]
}

/// The sign of debilitation: the seventh from exaltation.
pub fn debilitation(g: Graha) -> Rashi {
    EXALTATION[g.index()].0.nth(7)
}

/// Whether graha `g` owns sign `r`.
pub fn owns(g: Graha, r: Rashi) -> bool {
    match g {
        Graha::Rahu => r == NODE_OWN[0],
        Graha::Ketu => r == NODE_OWN[1],
        _ => r.lord() == g,
    }
}

/// Temporal (tatkalika) relationship: grahas in the 2nd, 3rd, 4th, 10th,
/// 11th and 12th from each other are temporal friends (BPHS 3.56).
pub fn temporal_friend(from: Rashi, to: Rashi) -> bool {
    matches!(
        (to.index() + 12 - from.index()) % 12,
        1 | 2 | 3 | 9 | 10 | 11
    )
}

/// Compound (panchadha) relationship (BPHS 3.57–59) from the natural one
/// and whether the temporal one is friendly.
pub fn compound(natural: Relation, temporal_friendly: bool) -> Dignity {
    match (natural, temporal_friendly) {
        (Relation::Friend, true) => Dignity::GreatFriend,
        (Relation::Neutral, true) => Dignity::Friend,
        (Relation::Enemy, true) | (Relation::Friend, false) => Dignity::Neutral,
        (Relation::Neutral, false) => Dignity::Enemy,
        (Relation::Enemy, false) => Dignity::GreatEnemy,
    }
}

/// The dignity of graha `g` at `degree_in_sign` of `sign`, given where the
/// lord of that sign stands (`lord_sign`, for the temporal relationship).
pub fn dignity(g: Graha, sign: Rashi, degree_in_sign: f64, lord_sign: Rashi) -> Dignity {
    // The Moon and Mercury share their exaltation sign with moolatrikona
    // (and, for Mercury, own sign): exaltation holds only in the first 3°
    // of Taurus and the first 15° of Virgo (BPHS 3.51–52).
    let exalted_until = match g {
        Graha::Moon => 3.0,
        Graha::Mercury => 15.0,
        _ => 30.0,
    };
    if sign == EXALTATION[g.index()].0 && degree_in_sign < exalted_until {
        return Dignity::Exalted;
    }
    if sign == debilitation(g) {
        return Dignity::Debilitated;
    }
    let (mt, from, to) = MOOLATRIKONA[g.index()];
    if mt == sign && degree_in_sign >= from && degree_in_sign < to {
        return Dignity::Moolatrikona;
    }
    if owns(g, sign) {
        return Dignity::Own;
    }
    let lord = sign.lord();
    match natural_relation(g, lord) {
        Some(natural) => compound(natural, temporal_friend(sign, lord_sign)),
        // The nodes have no natural friendships in BPHS 3.55.
        None => Dignity::Neutral,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classical_dignities() {
        assert_eq!(
            dignity(Graha::Sun, Rashi::Aries, 10.0, Rashi::Aries),
            Dignity::Exalted
        );
        assert_eq!(
            dignity(Graha::Sun, Rashi::Libra, 10.0, Rashi::Libra),
            Dignity::Debilitated
        );
        assert_eq!(
            dignity(Graha::Sun, Rashi::Leo, 5.0, Rashi::Leo),
            Dignity::Moolatrikona
        );
        assert_eq!(
            dignity(Graha::Sun, Rashi::Leo, 25.0, Rashi::Leo),
            Dignity::Own
        );
        // Moon: 0–3° Taurus exalted, 3–30° moolatrikona.
        assert_eq!(
            dignity(Graha::Moon, Rashi::Taurus, 2.0, Rashi::Taurus),
            Dignity::Exalted
        );
        assert_eq!(
            dignity(Graha::Moon, Rashi::Taurus, 4.0, Rashi::Taurus),
            Dignity::Moolatrikona
        );
        // Mercury: Virgo 0–15 exalted, 15–20 moolatrikona, 20–30 own.
        assert_eq!(
            dignity(Graha::Mercury, Rashi::Virgo, 10.0, Rashi::Virgo),
            Dignity::Exalted
        );
        assert_eq!(
            dignity(Graha::Mercury, Rashi::Virgo, 17.0, Rashi::Virgo),
            Dignity::Moolatrikona
        );
        assert_eq!(
            dignity(Graha::Mercury, Rashi::Virgo, 25.0, Rashi::Virgo),
            Dignity::Own
        );
        assert_eq!(
            dignity(Graha::Mars, Rashi::Cancer, 28.0, Rashi::Cancer),
            Dignity::Debilitated
        );
        // Jupiter in Leo with the Sun (its natural friend) in the 2nd from Leo
        // (Virgo): temporal friend too → great friend.
        assert_eq!(
            dignity(Graha::Jupiter, Rashi::Leo, 10.0, Rashi::Virgo),
            Dignity::GreatFriend
        );
        // Saturn in Leo, Sun (natural enemy) in the same sign: temporal enemy → great enemy.
        assert_eq!(
            dignity(Graha::Saturn, Rashi::Leo, 10.0, Rashi::Leo),
            Dignity::GreatEnemy
        );
    }

    #[test]
    fn natural_table_facts() {
        // Moon has no enemies; Mercury regards the Moon as an enemy.
        for g in &Graha::ALL[..7] {
            assert_ne!(natural_relation(Graha::Moon, *g), Some(Relation::Enemy));
        }
        assert_eq!(
            natural_relation(Graha::Mercury, Graha::Moon),
            Some(Relation::Enemy)
        );
        assert_eq!(natural_relation(Graha::Rahu, Graha::Sun), None);
    }
}
