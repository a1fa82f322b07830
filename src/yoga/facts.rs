//! [`ChartFacts`]: the bitmasks a yoga condition reads, computed once per
//! chart so that evaluating the whole catalogue is a few bit operations per
//! rule.
//!
//! Everything here is by sign (whole-sign houses from the lagna): the
//! classical yoga texts count houses by sign.

use crate::Longitude;
use crate::chart::{Chart, Dignity, dignity, graha_aspects};
use crate::graha::Graha;
use crate::zodiac::Rashi;

/// Combustion orbs (direct motion) in degrees from the Sun, used only by
/// [`ChartFacts::from_longitudes`], which has no speeds: Moon 12, Mars 17,
/// Mercury 14, Jupiter 11, Venus 10, Saturn 15 (Surya Siddhanta 9.6–9;
/// Phaladeepika 2.33). [`ChartFacts::from_chart`] takes the chart's own
/// combustion flags, which use the retrograde orbs where they apply.
const DIRECT_COMBUSTION_ORB_DEG: [f64; 7] = [0.0, 12.0, 17.0, 14.0, 11.0, 10.0, 15.0];

/// Precomputed, sign-based facts of one chart.
///
/// Bit `g.index()` of a graha mask stands for graha `g`; bit `n - 1` of a
/// house mask stands for house `n` (1-based, as the texts count).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartFacts {
    /// Sign index (0 = Mesha) of each graha, in [`Graha`] order.
    pub(crate) sign: [u8; 9],
    /// Sign index of the lagna.
    pub(crate) lagna: u8,
    /// Grahas in each sign (indexed by sign).
    pub(crate) occupants: [u16; 12],
    /// Dignity of each graha.
    pub(crate) dignity: [Dignity; 9],
    /// Grahas within their combustion orb of the Sun.
    pub(crate) combust: u16,
    /// `aspects[g]`: grahas that graha `g` aspects by graha drishti.
    pub(crate) aspects: [u16; 9],
}

impl ChartFacts {
    /// Facts of a computed [`Chart`]: its lagna and graha signs, dignities,
    /// combustion flags and graha drishti.
    pub fn from_chart(chart: &Chart) -> ChartFacts {
        let sign = Graha::ALL.map(|g| chart.graha(g).point.rashi.index() as u8);
        let dignity = Graha::ALL.map(|g| chart.graha(g).dignity);
        let mut combust = 0u16;
        let mut aspects = [0u16; 9];
        for g in Graha::ALL {
            let p = chart.graha(g);
            if p.combust {
                combust |= 1 << g.index();
            }
            for t in &p.aspects_grahas {
                aspects[g.index()] |= 1 << t.index();
            }
        }
        ChartFacts::assemble(
            sign,
            chart.ascendant.rashi.index() as u8,
            dignity,
            combust,
            aspects,
        )
    }

    /// Facts from sidereal longitudes alone (degrees, any range): the
    /// ascendant and the nine grahas in [`Graha`] order.
    ///
    /// Dignity is [`dignity`](crate::chart::dignity) from the signs; graha
    /// drishti is [`graha_aspects`]; combustion uses the direct-motion orbs
    /// (no speeds are given), so a retrograde Mercury or Venus between its
    /// retrograde and direct orbs counts as combust here but not in
    /// [`ChartFacts::from_chart`].
    pub fn from_longitudes(ascendant_deg: f64, grahas_deg: &[f64; 9]) -> ChartFacts {
        let lon = grahas_deg.map(|d| Longitude::wrap(d).degrees());
        let rashi = lon.map(|d| Rashi::of(Longitude::wrap(d)));
        let sign = rashi.map(|r| r.index() as u8);
        let dignity = Graha::ALL.map(|g| {
            let r = rashi[g.index()];
            let deg = lon[g.index()] - r.start_deg();
            dignity(g, r, deg, rashi[r.lord().index()])
        });
        let mut combust = 0u16;
        for i in 1..=6 {
            let d = Longitude::wrap(lon[i] - lon[0]).degrees();
            if d.min(360.0 - d) <= DIRECT_COMBUSTION_ORB_DEG[i] {
                combust |= 1 << i;
            }
        }
        let mut aspects = [0u16; 9];
        for g in Graha::ALL {
            for t in Graha::ALL {
                if t != g && graha_aspects(g, rashi[g.index()], rashi[t.index()]) {
                    aspects[g.index()] |= 1 << t.index();
                }
            }
        }
        let lagna = Rashi::of(Longitude::wrap(ascendant_deg)).index() as u8;
        ChartFacts::assemble(sign, lagna, dignity, combust, aspects)
    }

    fn assemble(
        sign: [u8; 9],
        lagna: u8,
        dignity: [Dignity; 9],
        combust: u16,
        aspects: [u16; 9],
    ) -> ChartFacts {
        let mut occupants = [0u16; 12];
        for (g, s) in sign.iter().enumerate() {
            occupants[*s as usize] |= 1 << g;
        }
        ChartFacts {
            sign,
            lagna,
            occupants,
            dignity,
            combust,
            aspects,
        }
    }

    /// Sign of graha `g`.
    pub fn rashi(&self, g: Graha) -> Rashi {
        Rashi::ALL[self.sign[g.index()] as usize]
    }

    /// Sign of the lagna.
    pub fn lagna(&self) -> Rashi {
        Rashi::ALL[self.lagna as usize]
    }

    /// House (1..=12, whole sign from the lagna) of graha `g`.
    pub fn house(&self, g: Graha) -> u8 {
        (self.sign[g.index()] + 12 - self.lagna) % 12 + 1
    }

    /// Sign index counted as house 1 from `r`.
    pub(crate) fn base(&self, r: super::Ref) -> u8 {
        match r {
            super::Ref::Lagna => self.lagna,
            super::Ref::Graha(g) => self.sign[g.index()],
        }
    }

    /// House mask (from `base`) of the signs in `signs`.
    pub(crate) fn houses_of(base: u8, signs: u16) -> u16 {
        rotate_left(signs, (12 - base % 12) % 12)
    }

    /// Grahas in the signs of `signs` (bit = sign index).
    pub(crate) fn grahas_in_signs(&self, signs: u16) -> u16 {
        let mut m = 0;
        let mut s = signs & 0xfff;
        while s != 0 {
            let i = s.trailing_zeros() as usize;
            m |= self.occupants[i];
            s &= s - 1;
        }
        m
    }

    /// Signs (bit = sign index) occupied by the grahas of `who`.
    pub(crate) fn signs_held(&self, who: u16) -> u16 {
        let mut m = 0u16;
        let mut w = who & 0x1ff;
        while w != 0 {
            let i = w.trailing_zeros() as usize;
            m |= 1 << self.sign[i];
            w &= w - 1;
        }
        m
    }

    /// Sign index of house `n` (1-based) from the lagna.
    pub(crate) fn house_sign(&self, n: u8) -> u8 {
        (self.lagna + n - 1) % 12
    }

    /// Lord of house `n` (1-based) from the lagna (classical lords; Rahu and
    /// Ketu own no sign).
    pub(crate) fn lord(&self, n: u8) -> Graha {
        Rashi::ALL[self.house_sign(n) as usize].lord()
    }
}

/// Rotates a 12-bit mask left by `by` places (house n from sign b is sign
/// b + n − 1).
pub(crate) const fn rotate_left(m: u16, by: u8) -> u16 {
    let m = m & 0xfff;
    let by = (by % 12) as u32;
    if by == 0 {
        m
    } else {
        ((m << by) | (m >> (12 - by))) & 0xfff
    }
}
