//! Divisional charts (vargas): the rashi, and where defined the longitude,
//! that a sidereal longitude takes in each division of the signs, by each
//! school's method; vargottama; and Vimshopaka bala.
//!
//! Everything here is arithmetic on a sidereal longitude. A longitude λ is
//! split into its sign s = ⌊λ/30°⌋ and degrees x inside it; a division into
//! n equal parts reads the part p = ⌊x·n/30°⌋, and the (division, method)
//! pair's rule — a start sign and direction per sign, or a short table — maps
//! (s, p) to the varga rashi. The rules are data (see the `rules` and
//! `division` sources), one line per pair, each citing its source.
//!
//! # Divisions and methods
//!
//! The 23 classical divisions D1, D2, D3, D4, D5, D6, D7, D8, D9, D10,
//! D11, D12, D16, D20, D24, D27, D30, D40, D45, D60, D81, D108 and D144
//! ([`Division::NAMED`]) each have [`Method::Parashara`] as their default
//! and the methods listed by [`Division::methods`]; every other Dn up to
//! D300 has the generic parivritti schemes ([`Method::Parivritti`],
//! [`Method::ParivrittiEvenReverse`], [`Method::Somanatha`]), parivritti
//! being its default.
//!
//! | division | methods (default first) |
//! |---|---|
//! | D1 | parashara, parivritti (both the rashi itself) |
//! | D2 | parashara (Sun/Moon hora: Leo/Cancer), parivritti_even_reverse, raman, parivritti, kashinatha, somanatha |
//! | D3 | parashara (1st, 5th, 9th), parivritti, somanatha, jagannatha, parivritti_even_reverse |
//! | D7 | parashara, even_backward, even_from_end, parivritti, parivritti_even_reverse, somanatha |
//! | D9 | parashara, parivritti_even_reverse, kalachakra, krishna_mishra, parivritti, somanatha |
//! | D10 | parashara, even_backward, even_reverse, parivritti, parivritti_even_reverse, somanatha |
//! | D11 | parashara, raman, parivritti, parivritti_even_reverse, somanatha |
//! | D12 | parashara, even_backward, parivritti, parivritti_even_reverse, somanatha |
//! | D24 | parashara, even_backward, even_double_reverse, parivritti, parivritti_even_reverse, somanatha |
//! | D30 | parashara (unequal 5-5-8-7-5), parivritti, from_sign, parivritti_even_reverse, somanatha |
//! | D60 | parashara, parivritti, somanatha, even_backward, parivritti_even_reverse |
//! | D4, D5, D6, D8, D16, D20, D27, D40, D45, D81, D108, D144 | parashara, parivritti, parivritti_even_reverse, somanatha |
//!
//! # Example
//!
//! ```
//! use jyotish::{Longitude, Rashi};
//! use jyotish::varga::{Division, Varga, varga_rashi, varga_longitude};
//! let moon = Longitude::new(45.0)?; // 15° Taurus
//! let d9 = Varga::parashara(Division::D9);
//! // The middle navamsha of a fixed sign is the sign itself: vargottama.
//! assert_eq!(varga_rashi(moon, d9), Rashi::Taurus);
//! assert_eq!(varga_longitude(moon, d9).map(|l| l.degrees()), Some(45.0));
//! // The hora of Parashara: second half of an even sign is the Sun's (Leo).
//! assert_eq!(varga_rashi(moon, Varga::from_name("D2")?), Rashi::Leo);
//! // Unequal trimsamsha portions have no varga longitude.
//! assert_eq!(varga_longitude(moon, Varga::from_name("D30")?), None);
//! # Ok::<(), jyotish::Error>(())
//! ```
//!
//! # References
//! - BPHS (Brihat Parashara Hora Shastra, tr. R. Santhanam) ch. 6: the
//!   sixteen vargas D1, D2, D3, D4, D7, D9, D10, D12, D16, D20, D24, D27,
//!   D30, D40, D45, D60; ch. 7: Vimshopaka weights and points.
//! - P. V. R. Narasimha Rao, *Vedic Astrology: An Integrated Approach*, and
//!   Jagannatha Hora: the parivritti, Somanatha and Jagannatha schemes;
//!   "Personal finances from hora chart" (SJC conference, 2003): Kashinatha
//!   hora. "Assessing finances through hora chart" (Raman Jayanti, 15 August
//!   2005, with its corrected table): Raman hora.
//! - BPHS does not define D5, D6, D8, D11, D81, D108 or D144; their
//!   "Parashara" forms (and the even-sign variants of D7, D10, D12, D24,
//!   D60, the Krishna Mishra navamsha and Raman's ekadashamsha) are the
//!   traditional forms as PyJHora 4.8.7 documents and implements them under
//!   those names; each rule's comment says what it does.
//! - PyJHora 4.8.7 (`jhora.horoscope.chart.charts`) as an oracle, not truth:
//!   `tests/varga_vs_pyjhora.rs` and `tests/data/README.md` list where and
//!   why it differs (97 of its 98 (division, method) pairs agree on every
//!   one of 5000 random bodies; the Kashinatha hora differs by design).

mod amsa;
mod chart;
mod division;
mod rules;
mod vimshopaka;

pub use amsa::{
    CRUEL_SHASHTIAMSAS, SHASHTIAMSA_DEITIES, is_cruel_shashtiamsa, shashtiamsa_deity, vaiseshikamsa,
};
pub use chart::{GrahaVarga, VargaChart, VargaPosition, named_rashis, varga_charts};
pub use division::{Division, Method, Varga};
pub use vimshopaka::{Vimshopaka, VimshopakaGroup, vimshopaka_bala, vimshopaka_points};

use crate::Longitude;
use crate::zodiac::{RASHI_SPAN_DEG, Rashi};

/// Sign index and degrees inside the sign.
#[inline]
pub(crate) fn split(longitude: Longitude) -> (usize, f64) {
    let d = longitude.degrees();
    // 0 ≤ d < 360, so s ≤ 11 (min guards a rounding at the very top); the
    // cast through u32 is cheaper than to usize.
    let s = ((d / RASHI_SPAN_DEG) as u32).min(11) as usize;
    (s, d - RASHI_SPAN_DEG * s as f64)
}

/// The rashi that a sidereal longitude occupies in a varga.
///
/// ```
/// use jyotish::{Longitude, Rashi};
/// use jyotish::varga::{Varga, varga_rashi};
/// // 10°–20° of Aries: the second drekkana goes to the 5th sign, Leo.
/// let l = Longitude::new(12.0)?;
/// assert_eq!(varga_rashi(l, Varga::from_name("D3:parashara")?), Rashi::Leo);
/// // Jagannatha drekkana: the trines movable, fixed, dual — also Leo here.
/// assert_eq!(varga_rashi(l, Varga::from_name("D3:jagannatha")?), Rashi::Leo);
/// # Ok::<(), jyotish::Error>(())
/// ```
#[inline]
pub fn varga_rashi(longitude: Longitude, varga: Varga) -> Rashi {
    let (s, x) = split(longitude);
    varga.prepared().place(s, x).0
}

/// The longitude in a varga: the varga rashi's start plus the position
/// inside the part, stretched to 30° (x·n mod 30°). `None` for the
/// unequal Parashara trimsamsha, whose portions have no such stretch.
///
/// ```
/// use jyotish::Longitude;
/// use jyotish::varga::{Varga, varga_longitude};
/// // 1° Aries is 1/3.333… of the way into the Aries navamsha: 9° Aries.
/// let d9 = varga_longitude(Longitude::new(1.0)?, Varga::from_name("D9")?).unwrap();
/// assert!((d9.degrees() - 9.0).abs() < 1e-12);
/// # Ok::<(), jyotish::Error>(())
/// ```
pub fn varga_longitude(longitude: Longitude, varga: Varga) -> Option<Longitude> {
    chart::position(&varga.prepared(), split(longitude))
        .longitude
        .map(Longitude::wrap)
}

#[cfg(test)]
mod tests;
