//! Aspects (drishti) by sign: Parashari graha drishti and Jaimini rashi
//! drishti.
//!
//! # References
//! BPHS ch. 26 (graha drishti: every graha aspects the 7th; Mars also the
//! 4th and 8th, Jupiter the 5th and 9th, Saturn the 3rd and 10th — counted
//! inclusively from the graha's sign); Jaimini Upadesha Sutras 1.1.2–4
//! (rashi drishti: movable signs aspect the fixed ones except the adjacent,
//! fixed the movable except the adjacent, dual the other duals).

use crate::graha::Graha;
use crate::zodiac::{Modality, Rashi};

/// The full (100%) Parashari aspects of a graha, as counts from its own
/// sign (7 = the opposite sign). Rahu and Ketu: the 7th only here (BPHS
/// gives special aspects to Mars, Jupiter and Saturn alone; some schools
/// give the nodes Jupiter's 5th and 9th).
pub fn graha_drishti_counts(g: Graha) -> &'static [usize] {
    match g {
        Graha::Mars => &[4, 7, 8],
        Graha::Jupiter => &[5, 7, 9],
        Graha::Saturn => &[3, 7, 10],
        _ => &[7],
    }
}

/// Whether a graha in sign `from` aspects sign `to` by graha drishti.
pub fn graha_aspects(g: Graha, from: Rashi, to: Rashi) -> bool {
    let count = (to.index() + 12 - from.index()) % 12 + 1;
    graha_drishti_counts(g).contains(&count)
}

/// The signs a graha in `from` aspects by graha drishti, as a mask (bit =
/// sign index).
pub(crate) fn graha_aspect_mask(g: Graha, from: Rashi) -> u16 {
    graha_drishti_counts(g)
        .iter()
        .fold(0, |m, &n| m | 1 << from.nth(n).index())
}

/// The signs `from` aspects by rashi drishti, as a mask (bit = sign index).
pub(crate) fn rashi_aspect_mask(from: Rashi) -> u16 {
    Rashi::ALL
        .iter()
        .filter(|&&to| rashi_aspects(from, to))
        .fold(0, |m, to| m | 1 << to.index())
}

/// Whether sign `from` aspects sign `to` by Jaimini rashi drishti.
pub fn rashi_aspects(from: Rashi, to: Rashi) -> bool {
    if from == to {
        return false;
    }
    let adjacent =
        (to.index() + 12 - from.index()) % 12 == 1 || (from.index() + 12 - to.index()) % 12 == 1;
    match (from.modality(), to.modality()) {
        (Modality::Movable, Modality::Fixed) | (Modality::Fixed, Modality::Movable) => !adjacent,
        (Modality::Dual, Modality::Dual) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_aspects() {
        assert!(graha_aspects(Graha::Mars, Rashi::Aries, Rashi::Cancer)); // 4th
        assert!(graha_aspects(Graha::Mars, Rashi::Aries, Rashi::Scorpio)); // 8th
        assert!(!graha_aspects(Graha::Mars, Rashi::Aries, Rashi::Leo));
        assert!(graha_aspects(Graha::Saturn, Rashi::Aries, Rashi::Gemini)); // 3rd
        assert!(graha_aspects(Graha::Saturn, Rashi::Aries, Rashi::Capricorn)); // 10th
        assert!(graha_aspects(Graha::Jupiter, Rashi::Pisces, Rashi::Cancer)); // 5th
        assert!(graha_aspects(Graha::Sun, Rashi::Pisces, Rashi::Virgo));
    }

    #[test]
    fn masks_agree_with_the_predicates() {
        for g in Graha::ALL {
            for from in Rashi::ALL {
                for to in Rashi::ALL {
                    let bit = 1 << to.index();
                    assert_eq!(
                        graha_aspect_mask(g, from) & bit != 0,
                        graha_aspects(g, from, to)
                    );
                    assert_eq!(rashi_aspect_mask(from) & bit != 0, rashi_aspects(from, to));
                }
            }
        }
    }

    #[test]
    fn rashi_drishti_table() {
        // Aries (movable) aspects Leo, Scorpio, Aquarius but not Taurus (adjacent).
        let aspected: Vec<Rashi> = Rashi::ALL
            .into_iter()
            .filter(|r| rashi_aspects(Rashi::Aries, *r))
            .collect();
        assert_eq!(aspected, vec![Rashi::Leo, Rashi::Scorpio, Rashi::Aquarius]);
        // Gemini (dual) aspects Virgo, Sagittarius, Pisces.
        let aspected: Vec<Rashi> = Rashi::ALL
            .into_iter()
            .filter(|r| rashi_aspects(Rashi::Gemini, *r))
            .collect();
        assert_eq!(
            aspected,
            vec![Rashi::Virgo, Rashi::Sagittarius, Rashi::Pisces]
        );
        // Symmetric.
        for a in Rashi::ALL {
            for b in Rashi::ALL {
                assert_eq!(rashi_aspects(a, b), rashi_aspects(b, a));
            }
        }
    }
}
