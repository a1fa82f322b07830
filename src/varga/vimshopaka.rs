//! Vimshopaka bala: a graha's strength out of 20 from its dignity in a
//! group of vargas, each weighted.
//!
//! In each varga of the group the graha scores 20 in its own sign, and
//! otherwise by its compound (panchadha) relationship with the lord of the
//! varga sign: great friend 18, friend 15, neutral 10, enemy 7, great enemy
//! 5. The weighted scores are summed and divided by 20, so the total is
//! between 5 and 20. The compound relationship combines the natural one
//! with the temporal one read from the rashi (D1) chart. Each varga uses its
//! Parashara method (D2 = the Sun/Moon hora).
//!
//! # References
//! BPHS ch. 7 (Santhanam): the four groups and their weights (Shadvarga,
//! Saptavarga, Dashavarga, Shodashavarga) and the points 20, 18, 15, 10, 7,
//! 5; BPHS ch. 3 for the natural and temporal relationships.

use super::{Division, Varga, varga_rashi};
use crate::Longitude;
use crate::enums::closed_enum;
use crate::graha::Graha;
use crate::zodiac::Rashi;

closed_enum! {
    /// The groups of vargas Vimshopaka bala is computed over (BPHS ch. 7).
    pub enum VimshopakaGroup: 4 {
        /// Six vargas: D1, D2, D3, D9, D12, D30.
        Shadvarga => "Shadvarga",
        /// Seven vargas: the Shadvarga and D7.
        Saptavarga => "Saptavarga",
        /// Ten vargas: the Saptavarga and D10, D16, D60.
        Dashavarga => "Dashavarga",
        /// Sixteen vargas: the Dashavarga and D4, D20, D24, D27, D40, D45.
        Shodashavarga => "Shodashavarga",
    }
}

use Division as D;

/// BPHS ch. 7: Shadvarga weights, 20 in all.
const SHADVARGA: [(Division, f64); 6] = [
    (D::D1, 6.0),
    (D::D2, 2.0),
    (D::D3, 4.0),
    (D::D9, 5.0),
    (D::D12, 2.0),
    (D::D30, 1.0),
];
/// BPHS ch. 7: Saptavarga weights, 20 in all.
const SAPTAVARGA: [(Division, f64); 7] = [
    (D::D1, 5.0),
    (D::D2, 2.0),
    (D::D3, 3.0),
    (D::D7, 2.5),
    (D::D9, 4.5),
    (D::D12, 2.0),
    (D::D30, 1.0),
];
/// BPHS ch. 7: Dashavarga weights, 20 in all.
const DASHAVARGA: [(Division, f64); 10] = [
    (D::D1, 3.0),
    (D::D2, 1.5),
    (D::D3, 1.5),
    (D::D7, 1.5),
    (D::D9, 1.5),
    (D::D10, 1.5),
    (D::D12, 1.5),
    (D::D16, 1.5),
    (D::D30, 1.5),
    (D::D60, 5.0),
];
/// BPHS ch. 7: Shodashavarga weights, 20 in all.
const SHODASHAVARGA: [(Division, f64); 16] = [
    (D::D1, 3.5),
    (D::D2, 1.0),
    (D::D3, 1.0),
    (D::D4, 0.5),
    (D::D7, 0.5),
    (D::D9, 3.0),
    (D::D10, 0.5),
    (D::D12, 0.5),
    (D::D16, 2.0),
    (D::D20, 0.5),
    (D::D24, 0.5),
    (D::D27, 0.5),
    (D::D30, 1.0),
    (D::D40, 0.5),
    (D::D45, 0.5),
    (D::D60, 4.0),
];

impl VimshopakaGroup {
    /// The divisions of the group with their weights (summing to 20).
    pub const fn weights(self) -> &'static [(Division, f64)] {
        match self {
            VimshopakaGroup::Shadvarga => &SHADVARGA,
            VimshopakaGroup::Saptavarga => &SAPTAVARGA,
            VimshopakaGroup::Dashavarga => &DASHAVARGA,
            VimshopakaGroup::Shodashavarga => &SHODASHAVARGA,
        }
    }
}

/// A graha's Vimshopaka bala in one group.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Vimshopaka {
    /// The graha (Sun … Saturn).
    pub graha: Graha,
    /// The group of vargas.
    pub group: VimshopakaGroup,
    /// Strength out of 20 (between 5 and 20).
    pub points: f64,
}

/// Points (out of 20) of graha `g` in varga sign `sign`, the D1 signs of all
/// seven grahas giving the temporal relationship (BPHS ch. 7).
///
/// ```
/// use jyotish::{Graha, Rashi};
/// use jyotish::varga::vimshopaka_points;
/// // D1 signs of Sun … Saturn.
/// use Rashi::*;
/// let d1 = [Aries, Taurus, Gemini, Cancer, Leo, Virgo, Libra];
/// assert_eq!(vimshopaka_points(Graha::Sun, Leo, &d1), Some(20.0)); // own sign
/// // Leo's lord the Sun is the Moon's natural friend; the Sun (Aries) is 12th
/// // from the Moon (Taurus), a temporal friend: great friend, 18.
/// assert_eq!(vimshopaka_points(Graha::Moon, Leo, &d1), Some(18.0));
/// assert_eq!(vimshopaka_points(Graha::Rahu, Leo, &d1), None);
/// ```
///
/// `None` for Rahu and Ketu: BPHS gives Vimshopaka for the seven grahas only.
pub fn vimshopaka_points(g: Graha, sign: Rashi, d1_signs: &[Rashi; 7]) -> Option<f64> {
    let lord = sign.lord();
    if g.index() >= 7 {
        return None;
    }
    if lord == g {
        return Some(20.0);
    }
    // Compound relationship (BPHS ch. 3) with the temporal part from D1.
    use crate::chart::{Dignity, compound, natural_relation, temporal_friend};
    let natural = natural_relation(g, lord)?;
    let temporal = temporal_friend(d1_signs[g.index()], d1_signs[lord.index()]);
    Some(match compound(natural, temporal) {
        Dignity::GreatFriend => 18.0,
        Dignity::Friend => 15.0,
        Dignity::Neutral => 10.0,
        Dignity::Enemy => 7.0,
        _ => 5.0,
    })
}

/// Vimshopaka bala of Sun … Saturn (sidereal longitudes in [`Graha`]
/// order) over a group of vargas, each by its Parashara method.
///
/// ```
/// use jyotish::{Graha, Longitude};
/// use jyotish::varga::{VimshopakaGroup, vimshopaka_bala};
/// let lon = |d: f64| Longitude::new(d).unwrap();
/// let grahas = [130.0, 33.0, 280.0, 160.0, 95.0, 350.0, 200.0].map(lon);
/// let bala = vimshopaka_bala(&grahas, VimshopakaGroup::Shodashavarga);
/// assert_eq!(bala[0].graha, Graha::Sun);
/// assert!(bala.iter().all(|b| (5.0..=20.0).contains(&b.points)));
/// ```
pub fn vimshopaka_bala(grahas: &[Longitude; 7], group: VimshopakaGroup) -> [Vimshopaka; 7] {
    let d1 = grahas.map(Rashi::of);
    core::array::from_fn(|i| {
        let g = Graha::ALL[i];
        let total: f64 = group
            .weights()
            .iter()
            .map(|&(d, w)| {
                let sign = varga_rashi(grahas[i], Varga::parashara(d));
                // Sun … Saturn all have a natural relationship: never None.
                w * vimshopaka_points(g, sign, &d1).unwrap_or(0.0)
            })
            .sum();
        Vimshopaka {
            graha: g,
            group,
            points: total / 20.0,
        }
    })
}
