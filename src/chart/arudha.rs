//! Bhava arudha padas (BPHS ch. 29): the sign a house "reflects into".
//!
//! Count the signs from a house to the sign its lord occupies; the same
//! count again from the lord gives the house's pada. If the
//! pada falls in the house itself or in the 7th from it, the 10th sign from
//! where it fell is the pada instead (BPHS 29.4–5, Santhanam: "if the
//! Arudha falls in the same house or in the 7th from it, the 10th
//! therefrom"), i.e. the 10th or the 4th from the house. The pada of the
//! lagna (A1) is the arudha lagna; that of the 12th (A12) is the upapada.
//!
//! The lord is the classical single lord of BPHS ch. 3 (Mars for Scorpio,
//! Saturn for Aquarius; the nodes own no sign). BPHS 29 counts "to the
//! lord" without a rule for a second lord; the Jaimini practice of taking
//! the stronger of Mars and Ketu (Saturn and Rahu) is not followed here.

use crate::zodiac::Rashi;

/// The pada of a house in sign `house` whose lord stands in `lord_sign`
/// (BPHS ch. 29, with the exception for the 1st and the 7th).
///
/// ```
/// use jyotish::Rashi;
/// use jyotish::chart::pada;
/// // House in Mesha, its lord Mars in Karka (4th from it): 4th from Karka,
/// // Tula, the 7th from the house: moved to the 10th from Tula, Karka.
/// assert_eq!(pada(Rashi::Aries, Rashi::Cancer), Rashi::Cancer);
/// // Lord in the 3rd (Mithuna): the 3rd from Mithuna, Simha.
/// assert_eq!(pada(Rashi::Aries, Rashi::Gemini), Rashi::Leo);
/// ```
pub fn pada(house: Rashi, lord_sign: Rashi) -> Rashi {
    let d = (lord_sign.index() + 12 - house.index()) % 12;
    let fell = (lord_sign.index() + d) % 12;
    let from_house = (fell + 12 - house.index()) % 12;
    if from_house == 0 || from_house == 6 {
        Rashi::ALL[(fell + 9) % 12]
    } else {
        Rashi::ALL[fell]
    }
}

/// The padas A1 … A12 of the twelve houses from a lagna, given the signs
/// of the nine grahas in [`crate::Graha`] order (only the seven sign lords
/// are read).
///
/// ```
/// use jyotish::{Graha, Rashi};
/// use jyotish::chart::bhava_arudhas;
/// // Lagna Mesha, Mars (its lord) in Mithuna: A1 = Simha.
/// let mut signs = [Rashi::Aries; 9];
/// signs[Graha::Mars.index()] = Rashi::Gemini;
/// assert_eq!(bhava_arudhas(Rashi::Aries, &signs)[0], Rashi::Leo);
/// ```
pub fn bhava_arudhas(lagna: Rashi, graha_signs: &[Rashi; 9]) -> [Rashi; 12] {
    core::array::from_fn(|n| {
        let house = lagna.nth(n + 1);
        pada(house, graha_signs[house.lord().index()])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padas_worked_by_hand() {
        use Rashi::*;
        // Lord in the house itself: 1st from it is the house, moved to the
        // 10th from the house.
        assert_eq!(pada(Leo, Leo), Taurus);
        // Lord in the 7th: 7th from the 7th is the house, to the 10th.
        assert_eq!(pada(Leo, Aquarius), Taurus);
        // Lord in the 4th: 4th from the 4th is the 7th, to its 10th (the
        // 4th from the house).
        assert_eq!(pada(Leo, Scorpio), Scorpio);
        // Lord in the 2nd: the 3rd from the house, no exception.
        assert_eq!(pada(Leo, Virgo), Libra);
        // Lord in the 12th: the 11th from the house.
        assert_eq!(pada(Leo, Cancer), Gemini);
    }
}
