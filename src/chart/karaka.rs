//! Chara (movable) karakas of Jaimini: the grahas ranked by the degrees
//! they have travelled in their signs.
//!
//! # References
//! BPHS ch. 32 (Santhanam), Jaimini Upadesha Sutras 1.1.10–19. The 7-karaka
//! scheme ranks Sun … Saturn; the 8-karaka scheme adds Rahu, whose degrees
//! are counted backwards (30° − its degree in the sign) because it moves
//! retrograde, and adds Pitri karaka.

use crate::graha::Graha;

/// A chara karaka role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Karaka {
    /// Atmakaraka: the self.
    Atma,
    /// Amatyakaraka: minister, career.
    Amatya,
    /// Bhratrikaraka: siblings.
    Bhratri,
    /// Matrikaraka: mother.
    Matri,
    /// Pitrikaraka: father (8-karaka scheme only).
    Pitri,
    /// Putrakaraka: children.
    Putra,
    /// Gnatikaraka: relatives, rivals.
    Gnati,
    /// Darakaraka: spouse.
    Dara,
}

/// Karaka roles in rank order for the 7-karaka scheme.
pub const SEVEN: [Karaka; 7] = [
    Karaka::Atma,
    Karaka::Amatya,
    Karaka::Bhratri,
    Karaka::Matri,
    Karaka::Putra,
    Karaka::Gnati,
    Karaka::Dara,
];

/// Karaka roles in rank order for the 8-karaka scheme.
pub const EIGHT: [Karaka; 8] = [
    Karaka::Atma,
    Karaka::Amatya,
    Karaka::Bhratri,
    Karaka::Matri,
    Karaka::Pitri,
    Karaka::Putra,
    Karaka::Gnati,
    Karaka::Dara,
];

/// Ranks the grahas by degrees within their signs, highest first.
/// `degree_in_sign[g.index()]` for Sun … Rahu (index 0–7).
/// Returns (karaka, graha) pairs for the chosen scheme.
pub fn chara_karakas(degree_in_sign: &[f64; 8], eight: bool) -> alloc::vec::Vec<(Karaka, Graha)> {
    let n = if eight { 8 } else { 7 };
    let mut order: [(f64, Graha); 8] = core::array::from_fn(|i| {
        let g = Graha::ALL[i];
        let d = if g == Graha::Rahu {
            30.0 - degree_in_sign[i]
        } else {
            degree_in_sign[i]
        };
        (d, g)
    });
    let order = &mut order[..n];
    // Highest degree first; ties (to the last bit) keep the classical order.
    order.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(core::cmp::Ordering::Equal));
    let roles: &[Karaka] = if eight { &EIGHT } else { &SEVEN };
    roles
        .iter()
        .copied()
        .zip(order.iter().map(|&(_, g)| g))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_by_degree_and_rahu_backwards() {
        // Sun 29°, Moon 1°, Mars 15°, Mercury 20°, Jupiter 5°, Venus 25°, Saturn 10°, Rahu 2° (= 28° travelled).
        let d = [29.0, 1.0, 15.0, 20.0, 5.0, 25.0, 10.0, 2.0];
        let seven = chara_karakas(&d, false);
        assert_eq!(seven[0], (Karaka::Atma, Graha::Sun));
        assert_eq!(seven[6], (Karaka::Dara, Graha::Moon));
        let eight = chara_karakas(&d, true);
        assert_eq!(eight[0], (Karaka::Atma, Graha::Sun));
        assert_eq!(eight[1], (Karaka::Amatya, Graha::Rahu));
        assert_eq!(eight[7], (Karaka::Dara, Graha::Moon));
    }
}
