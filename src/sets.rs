//! Small inline sets: [`GrahaSet`] (one bit per graha) and [`HouseSet`]
//! (one bit per house 1–12). `Copy`, no allocation; they serialise as JSON
//! lists (of graha names, of house numbers) and read back from them.

use alloc::vec::Vec;
use core::fmt;

use crate::graha::Graha;

/// Iterates over the set bits of a mask (indices).
#[inline]
pub(crate) fn bits(m: u16) -> impl Iterator<Item = usize> {
    let mut m = m;
    core::iter::from_fn(move || {
        if m == 0 {
            None
        } else {
            let i = m.trailing_zeros() as usize;
            m &= m - 1;
            Some(i)
        }
    })
}

/// A set of grahas held inline (one bit per graha), iterated in [`Graha`]
/// order; serialises as a list of graha names.
///
/// ```
/// use jyotish::{Graha, GrahaSet};
/// let s: GrahaSet = [Graha::Saturn, Graha::Sun].into_iter().collect();
/// assert_eq!(s.to_vec(), vec![Graha::Sun, Graha::Saturn]);
/// assert!(s.contains(&Graha::Sun) && !s.contains(&Graha::Moon));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GrahaSet(u16);

impl GrahaSet {
    /// The set of mask `m` (bit `g.index()` for graha `g`; other bits are
    /// dropped).
    pub const fn from_bits(m: u16) -> GrahaSet {
        GrahaSet(m & 0x1ff)
    }
    /// The mask (bit `g.index()` for graha `g`).
    pub const fn bits(self) -> u16 {
        self.0
    }
    /// Adds `g`.
    pub fn insert(&mut self, g: Graha) {
        self.0 |= 1 << g.index();
    }
    /// The grahas, in [`Graha`] order.
    pub fn iter(self) -> impl Iterator<Item = Graha> {
        bits(self.0 & 0x1ff).map(|i| Graha::ALL[i])
    }
    /// Whether `g` is in the set.
    pub fn contains(self, g: &Graha) -> bool {
        self.0 & (1 << g.index()) != 0
    }
    /// Number of grahas.
    pub fn len(self) -> usize {
        (self.0 & 0x1ff).count_ones() as usize
    }
    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 & 0x1ff == 0
    }
    /// The grahas as a vector.
    pub fn to_vec(self) -> Vec<Graha> {
        self.iter().collect()
    }
}

impl FromIterator<Graha> for GrahaSet {
    fn from_iter<I: IntoIterator<Item = Graha>>(it: I) -> Self {
        let mut s = GrahaSet::default();
        for g in it {
            s.insert(g);
        }
        s
    }
}

impl fmt::Debug for GrahaSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl PartialEq<Vec<Graha>> for GrahaSet {
    fn eq(&self, o: &Vec<Graha>) -> bool {
        self.iter().eq(o.iter().copied())
    }
}

impl PartialEq<[Graha]> for GrahaSet {
    fn eq(&self, o: &[Graha]) -> bool {
        self.iter().eq(o.iter().copied())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for GrahaSet {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for GrahaSet {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Vec::<Graha>::deserialize(d)?.into_iter().collect())
    }
}

/// A set of houses (1..=12) held inline (one bit per house), iterated in
/// ascending order; serialises as a list of numbers.
///
/// ```
/// use jyotish::HouseSet;
/// let s: HouseSet = [10, 4, 13].into_iter().collect();
/// assert_eq!(s.to_vec(), vec![4, 10]); // 13 is not a house
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct HouseSet(u16);

impl HouseSet {
    /// The set of mask `m` (bit `n − 1` for house `n`; other bits are
    /// dropped).
    pub const fn from_bits(m: u16) -> HouseSet {
        HouseSet(m & 0xfff)
    }
    /// The mask (bit `n − 1` for house `n`).
    pub const fn bits(self) -> u16 {
        self.0
    }
    /// Adds house `n`; numbers outside 1..=12 are ignored.
    pub fn insert(&mut self, n: u8) {
        if (1..=12).contains(&n) {
            self.0 |= 1 << (n - 1);
        }
    }
    /// The houses (1..=12), ascending.
    pub fn iter(self) -> impl Iterator<Item = u8> {
        bits(self.0 & 0xfff).map(|i| i as u8 + 1)
    }
    /// Whether house `n` (1..=12) is in the set.
    pub fn contains(self, n: &u8) -> bool {
        (1..=12).contains(n) && self.0 & (1 << (n - 1)) != 0
    }
    /// Number of houses.
    pub fn len(self) -> usize {
        (self.0 & 0xfff).count_ones() as usize
    }
    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 & 0xfff == 0
    }
    /// The houses as a vector.
    pub fn to_vec(self) -> Vec<u8> {
        self.iter().collect()
    }
}

impl FromIterator<u8> for HouseSet {
    fn from_iter<I: IntoIterator<Item = u8>>(it: I) -> Self {
        let mut s = HouseSet::default();
        for n in it {
            s.insert(n);
        }
        s
    }
}

impl fmt::Debug for HouseSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl PartialEq<Vec<u8>> for HouseSet {
    fn eq(&self, o: &Vec<u8>) -> bool {
        self.iter().eq(o.iter().copied())
    }
}

impl PartialEq<[u8]> for HouseSet {
    fn eq(&self, o: &[u8]) -> bool {
        self.iter().eq(o.iter().copied())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for HouseSet {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for HouseSet {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Vec::<u8>::deserialize(d)?;
        if let Some(bad) = v.iter().find(|n| !(1..=12).contains(*n)) {
            return Err(serde::de::Error::custom(alloc::format!(
                "house {bad} is not one of 1–12"
            )));
        }
        Ok(v.into_iter().collect())
    }
}
