//! Qualities of a graha's divisions: the shashtiamsa (D60) deity and its
//! nature, and the vaiseshikamsa count (in how many vargas of a group a
//! graha stands in its own or exaltation sign).
//!
//! # Shashtiamsa deities
//! BPHS (Santhanam) 6.33–41: each sign is cut into sixty parts of 30′; the
//! sixty deities of BPHS 6.34–39 rule them in order in an **odd** sign
//! (Mesha, Mithuna, …) and in reverse order in an **even** sign (6.40:
//! "in even signs the order is reversed"); grahas in benefic shashtiamsas
//! give good results and those in cruel ones destroy them (6.41; the
//! Sanskrit of 6.33–40 is quoted on theastrosecrets.blogspot.com,
//! "Shastiamsa deities", 2020). The text
//! does not mark each deity cruel or benefic: the nature is read from the
//! name's meaning. [`CRUEL_SHASHTIAMSAS`] is the list of cruel deities of
//! "List of Saumya and Kroora Shashtyamshas" (vedicastrology.wikidot.com,
//! "shashtyamsha-deities": 20 fully and 10 partly cruel) without the three
//! it adds only "to preserve symmetry" (Yaksha 5, Kinnara 6, Chandrarekha
//! 60): 27 deities, whose names mean terror, demons, ruin, poison, fire,
//! death and the like.
//!
//! # Vaiseshikamsa
//! BPHS (Santhanam) ch. 7, after Vimshopaka bala: a graha in its
//! exaltation, moolatrikona or own
//! sign in a varga is in a good varga; the number of good vargas in a group
//! names its vaiseshikamsa. In the Dashavarga: 2 Parijatamsa, 3 Uttamamsa,
//! 4 Gopuramsa, 5 Simhasanamsa, 6 Paravatamsa, 7 Devalokamsa, 8
//! Brahmalokamsa, 9 Airavatamsa, 10 Sridhamamsa; in the Shadvarga: 2
//! Kimsukamsa, 3 Vyanjanamsa, 4 Chamaramsa, 5 Chatramsa, 6 Kundalamsa.
//! In a varga a moolatrikona sign is always the graha's own or exaltation
//! sign (Leo, Taurus, Aries, Virgo, Sagittarius, Libra, Aquarius), so the
//! count is of own and exaltation signs. BPHS adds the signs of the lord of
//! a kendra from the graha's arudha; that clause is not counted here.

use super::{Varga, VimshopakaGroup, split, varga_rashi};
use crate::Longitude;
use crate::chart::{exaltation, owns};
use crate::graha::Graha;

/// The sixty shashtiamsa deities in the order of an odd sign (BPHS
/// 6.34–39, Santhanam's spelling); deity `n` (1-based) is index `n − 1`.
pub const SHASHTIAMSA_DEITIES: [&str; 60] = [
    "Ghora",
    "Rakshasa",
    "Deva",
    "Kubera",
    "Yaksha",
    "Kinnara",
    "Bhrashta",
    "Kulaghna",
    "Garala",
    "Vahni",
    "Maya",
    "Purishaka",
    "Apampati",
    "Marutwan",
    "Kala",
    "Sarpa",
    "Amrita",
    "Indu",
    "Mridu",
    "Komala",
    "Heramba",
    "Brahma",
    "Vishnu",
    "Maheshwara",
    "Deva",
    "Ardra",
    "Kalinasa",
    "Kshitisa",
    "Kamalakara",
    "Gulika",
    "Mrityu",
    "Kala",
    "Davagni",
    "Ghora",
    "Yama",
    "Kantaka",
    "Sudha",
    "Amrita",
    "Poornachandra",
    "Vishadagdha",
    "Kulanasa",
    "Vamsakshaya",
    "Utpata",
    "Kala",
    "Saumya",
    "Komala",
    "Seetala",
    "Karaladamshtra",
    "Chandramukhi",
    "Praveena",
    "Kalapavaka",
    "Dandayudha",
    "Nirmala",
    "Saumya",
    "Kroora",
    "Atiseetala",
    "Amrita",
    "Payodhi",
    "Bhramana",
    "Chandrarekha",
];

/// The cruel (krura) shashtiamsa deities by number (1-based, odd-sign
/// order): Ghora, Rakshasa, Bhrashta, Kulaghna, Garala, Vahni, Maya,
/// Purishaka, Kala, Sarpa, Gulika, Mrityu, Kala, Davagni, Ghora, Yama,
/// Kantaka, Vishadagdha, Kulanasa, Vamsakshaya, Utpata, Kala,
/// Karaladamshtra, Kalapavaka, Dandayudha, Kroora, Bhramana (see the
/// module notes for the source). The other 33 are benefic.
pub const CRUEL_SHASHTIAMSAS: [u8; 27] = [
    1, 2, 7, 8, 9, 10, 11, 12, 15, 16, 30, 31, 32, 33, 34, 35, 36, 40, 41, 42, 43, 44, 48, 51, 52,
    55, 59,
];

/// Bit `n` set for each cruel deity `n` (1..=60).
const CRUEL_MASK: u64 = {
    let mut m = 0u64;
    let mut i = 0;
    while i < CRUEL_SHASHTIAMSAS.len() {
        m |= 1 << CRUEL_SHASHTIAMSAS[i];
        i += 1;
    }
    m
};

/// The shashtiamsa deity (1..=60, numbered as in an odd sign, see
/// [`SHASHTIAMSA_DEITIES`]) ruling a sidereal longitude: the 30′ part p
/// (0..=59) of its sign gives deity p + 1 in an odd sign and 60 − p in an
/// even sign (BPHS 6.33–40).
///
/// ```
/// use jyotish::Longitude;
/// use jyotish::varga::{SHASHTIAMSA_DEITIES, shashtiamsa_deity};
/// // 5°12′ Mesha (odd): part 10, the 11th deity, Maya.
/// let d = shashtiamsa_deity(Longitude::new(5.2)?);
/// assert_eq!((d, SHASHTIAMSA_DEITIES[d as usize - 1]), (11, "Maya"));
/// // 5°12′ Vrishabha (even): counted from the end, the 50th, Praveena.
/// assert_eq!(shashtiamsa_deity(Longitude::new(35.2)?), 50);
/// # Ok::<(), jyotish::Error>(())
/// ```
pub fn shashtiamsa_deity(longitude: Longitude) -> u8 {
    let (s, x) = split(longitude);
    let part = ((x * 2.0) as u32).min(59) as u8;
    if s % 2 == 0 { part + 1 } else { 60 - part }
}

/// Whether shashtiamsa deity `deity` (1..=60) is cruel
/// ([`CRUEL_SHASHTIAMSAS`]); false outside 1..=60.
pub fn is_cruel_shashtiamsa(deity: u8) -> bool {
    (1..=60).contains(&deity) && CRUEL_MASK & (1 << deity) != 0
}

/// The vaiseshikamsa count of graha `g` at `longitude`: the number of
/// vargas of `group` (each by its Parashara method) whose sign is the
/// graha's own or exaltation sign (BPHS ch. 7; for Rahu and Ketu the
/// own and exaltation signs of [`owns`] and [`exaltation`]). 2 in the
/// Dashavarga is Parijatamsa, 4 Gopuramsa; 2 in the Shadvarga Kimsukamsa.
///
/// ```
/// use jyotish::{Graha, Longitude};
/// use jyotish::varga::{VimshopakaGroup, vaiseshikamsa};
/// // Jupiter at 1° Dhanus: own sign in D1, D3 (first drekkana: Dhanus)
/// // and D12 (first dwadasamsa: Dhanus); not in D2 (Sun's hora, Simha),
/// // D9 (a fire sign's first navamsa, Mesha) or D30 (Mars's first 5°).
/// let j = Longitude::new(241.0)?;
/// assert_eq!(vaiseshikamsa(Graha::Jupiter, j, VimshopakaGroup::Shadvarga), 3);
/// # Ok::<(), jyotish::Error>(())
/// ```
pub fn vaiseshikamsa(g: Graha, longitude: Longitude, group: VimshopakaGroup) -> u8 {
    let exalted = exaltation(g).0;
    group
        .weights()
        .iter()
        .filter(|(d, _)| {
            let r = varga_rashi(longitude, Varga::parashara(*d));
            r == exalted || owns(g, r)
        })
        .count() as u8
}
