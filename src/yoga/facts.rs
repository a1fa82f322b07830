//! [`ChartFacts`]: the bitmasks a yoga condition reads, computed once per
//! chart so that evaluating the whole catalogue is a few bit operations per
//! rule.
//!
//! Everything here is by sign (whole-sign houses from the lagna): the
//! classical yoga texts count houses by sign.

use super::{Ref, Who, relation};
use crate::Longitude;
use crate::chart::{
    Chart, Dignity, debilitation, dignity, exaltation, graha_aspects, temporal_friend,
};
use crate::graha::{Graha, Relation, natural_relation};
use crate::zodiac::{Pada, Rashi};

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
    /// `sign_aspects[g]`: signs that graha `g` aspects by graha drishti.
    pub(crate) sign_aspects: [u16; 9],
    /// Navamsa (D9) sign index of each graha.
    pub(crate) d9: [u8; 9],
    /// Navamsa sign index of the lagna.
    pub(crate) d9_lagna: u8,
    /// The Moon is 0°–180° ahead of the Sun (shukla paksha).
    pub(crate) waxing: bool,
    /// The Sun is above the horizon.
    pub(crate) day_birth: bool,
    /// Grahas within 1° of their deep exaltation degree.
    pub(crate) deep_exalted: u16,
    /// Grahas within 1° of their deep debilitation degree.
    pub(crate) deep_debilitated: u16,
    /// Grahas strong by the simple criteria of [`super::Cond::Strong`].
    pub(crate) strong: u16,
    /// Grahas weak by the criteria of [`super::Cond::Weak`].
    pub(crate) weak: u16,
    /// This chart's benefics ([`super::Who::Benefics`]).
    pub(crate) benefic: u16,
    /// Graha index of the lord of house `n` (index `n − 1`) from the lagna.
    pub(crate) house_lord: [u8; 12],
    /// Signs held by the seven grahas Sun … Saturn (a common set, cached).
    pub(crate) seven_signs: u16,
    /// Sidereal longitude (degrees, `f64::to_bits`) of each graha, for the
    /// facts computed only when a condition asks (shashtiamsa,
    /// vaiseshikamsa).
    pub(crate) lon_bits: [u64; 9],
    /// Maandi's sidereal longitude (degrees, `f64::to_bits`), if supplied
    /// ([`ChartFacts::with_maandi`]).
    pub(crate) maandi_bits: Option<u64>,
}

/// Tolerance for deep exaltation, degrees either side of the exact degree
/// of BPHS 3.49–50 (the texts name a degree, i.e. a one-degree span).
const DEEP_EXALTATION_ORB_DEG: f64 = 1.0;

impl ChartFacts {
    /// Facts of a computed [`Chart`]: its lagna and graha signs, dignities,
    /// combustion flags and graha drishti; navamsas, paksha, day or night
    /// and deep exaltation from its longitudes.
    pub fn from_chart(chart: &Chart) -> ChartFacts {
        let sign = Graha::ALL.map(|g| chart.graha(g).point.rashi.index() as u8);
        let dignity = Graha::ALL.map(|g| chart.graha(g).dignity);
        let lon = Graha::ALL.map(|g| chart.graha(g).point.longitude);
        let mut combust = 0u16;
        let mut aspects = [0u16; 9];
        for g in Graha::ALL {
            let p = chart.graha(g);
            if p.combust {
                combust |= 1 << g.index();
            }
            for t in p.aspects_grahas.iter() {
                aspects[g.index()] |= 1 << t.index();
            }
        }
        ChartFacts::assemble(
            sign,
            chart.ascendant.rashi.index() as u8,
            dignity,
            combust,
            aspects,
            chart.ascendant.longitude,
            &lon,
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
    ///
    /// Any varga chart can be given as its varga longitudes (e.g. each
    /// graha's D10 longitude), to find yogas in that varga; the navamsa
    /// facts are then the navamsas of those longitudes.
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
        ChartFacts::assemble(sign, lagna, dignity, combust, aspects, ascendant_deg, &lon)
    }

    fn assemble(
        sign: [u8; 9],
        lagna: u8,
        dignity: [Dignity; 9],
        combust: u16,
        aspects: [u16; 9],
        ascendant_deg: f64,
        lon: &[f64; 9],
    ) -> ChartFacts {
        let mut occupants = [0u16; 12];
        for (g, s) in sign.iter().enumerate() {
            occupants[*s as usize] |= 1 << g;
        }
        let mut sign_aspects = [0u16; 9];
        for g in Graha::ALL {
            let from = Rashi::ALL[sign[g.index()] as usize];
            for t in Rashi::ALL {
                if t != from && graha_aspects(g, from, t) {
                    sign_aspects[g.index()] |= 1 << t.index();
                }
            }
        }
        let d9 = lon.map(|d| Pada::of(Longitude::wrap(d)).navamsha().index() as u8);
        let d9_lagna = Pada::of(Longitude::wrap(ascendant_deg)).navamsha().index() as u8;
        let (sun, moon) = (lon[0], lon[1]);
        let waxing = Longitude::wrap(moon - sun).degrees() < 180.0;
        let day_birth = Longitude::wrap(sun - ascendant_deg).degrees() >= 180.0;
        let mut deep_exalted = 0u16;
        let mut deep_debilitated = 0u16;
        let mut strong = 0u16;
        let mut weak = 0u16;
        for g in Graha::ALL {
            let i = g.index();
            if i < 7 {
                let (r, deg) = exaltation(g);
                let d = Longitude::wrap(lon[i] - r.start_deg() - deg).degrees();
                if d.min(360.0 - d) <= DEEP_EXALTATION_ORB_DEG {
                    deep_exalted |= 1 << i;
                }
                if (d - 180.0).abs() <= DEEP_EXALTATION_ORB_DEG {
                    deep_debilitated |= 1 << i;
                }
            }
            let house = (sign[i] + 12 - lagna) % 12 + 1;
            let burnt = combust & (1 << i) != 0;
            let dignified = matches!(
                dignity[i],
                Dignity::Exalted | Dignity::Moolatrikona | Dignity::Own
            );
            let placed = matches!(house, 1 | 4 | 5 | 7 | 9 | 10);
            if !burnt && dignity[i] != Dignity::Debilitated && (dignified || placed) {
                strong |= 1 << i;
            }
            if burnt || dignity[i] == Dignity::Debilitated || matches!(house, 6 | 8 | 12) {
                weak |= 1 << i;
            }
        }
        // Jupiter, Venus; the waxing Moon; Mercury unless with a malefic
        // (BPHS 3.10–11).
        let (mo, me) = (1u16 << 1, 1u16 << 3);
        let mut malefic_base = 0b1_1100_0101u16; // Sun, Mars, Saturn, Rahu, Ketu
        let mut benefic = (1 << 4) | (1 << 5);
        if waxing {
            benefic |= mo;
        } else {
            malefic_base |= mo;
        }
        if occupants[sign[3] as usize] & malefic_base == 0 {
            benefic |= me;
        }
        // A graha under a malefic's drishti is afflicted, hence weak.
        let malefic = !benefic & 0x1ff;
        for (m, hit) in aspects.iter().enumerate() {
            if malefic & (1 << m) != 0 {
                weak |= hit & !(1 << m);
            }
        }
        let house_lord =
            core::array::from_fn(|n| Rashi::ALL[(lagna as usize + n) % 12].lord().index() as u8);
        let seven_signs = sign[..7].iter().fold(0u16, |m, s| m | (1 << s));
        ChartFacts {
            house_lord,
            seven_signs,
            lon_bits: lon.map(f64::to_bits),
            maandi_bits: None,
            sign,
            lagna,
            occupants,
            dignity,
            combust,
            aspects,
            sign_aspects,
            d9,
            d9_lagna,
            waxing,
            day_birth,
            deep_exalted,
            deep_debilitated,
            strong,
            weak,
            benefic,
        }
    }

    /// These facts with Maandi at `longitude_deg` (sidereal degrees, any
    /// range). Maandi's place depends on the time of sunrise and sunset
    /// (the middle of Saturn's part of the day or night, BPHS 3.70), which
    /// a chart's longitudes do not carry, so it is an input; without it
    /// every Maandi condition is false and [`super::explain`] says Maandi
    /// was not supplied. A non-finite longitude leaves Maandi unsupplied.
    pub fn with_maandi(mut self, longitude_deg: f64) -> ChartFacts {
        self.maandi_bits = longitude_deg
            .is_finite()
            .then(|| Longitude::wrap(longitude_deg).degrees().to_bits());
        self
    }

    /// Maandi's sign, if supplied ([`ChartFacts::with_maandi`]).
    pub fn maandi(&self) -> Option<Rashi> {
        self.maandi_lon().map(Rashi::of)
    }

    pub(crate) fn maandi_lon(&self) -> Option<Longitude> {
        self.maandi_bits.map(|b| Longitude::wrap(f64::from_bits(b)))
    }

    /// Sidereal longitude of graha index `i`.
    pub(crate) fn lon(&self, i: usize) -> Longitude {
        Longitude::wrap(f64::from_bits(self.lon_bits[i]))
    }

    /// The grahas a [`Who`] selects in this chart (the common selectors
    /// inline, the derived ones out of line).
    #[inline]
    pub(crate) fn resolve(&self, w: &Who) -> u16 {
        match *w {
            Who::Set(m) => m & 0x1ff,
            Who::Lord(n) => 1 << self.house_lord[(n as usize + 11) % 12],
            Who::Benefics => self.benefic,
            Who::Malefics => !self.benefic & 0x1ff,
            _ => self.resolve_derived(w),
        }
    }

    #[inline(never)]
    fn resolve_derived(&self, w: &Who) -> u16 {
        let lords_of = |m: u16, signs: &[u8; 9]| {
            let mut out = 0u16;
            let mut m = m & 0x1ff;
            while m != 0 {
                let i = m.trailing_zeros() as usize;
                out |= 1 << Rashi::ALL[signs[i] as usize].lord().index();
                m &= m - 1;
            }
            out
        };
        match *w {
            Who::Set(m) => m & 0x1ff,
            Who::Lord(n) => 1 << self.house_lord[(n as usize + 11) % 12],
            Who::Lords(hm) => self.lords_of_houses(hm),
            Who::Benefics => self.benefic,
            Who::Malefics => !self.benefic & 0x1ff,
            Who::Dispositor(inner) => lords_of(self.resolve(inner), &self.sign),
            Who::NavamsaDispositor(inner) => lords_of(self.resolve(inner), &self.d9),
            Who::NavamsaLagnaLord => 1 << Rashi::ALL[self.d9_lagna as usize].lord().index(),
            Who::ExaltationLord(inner) => {
                let mut out = 0u16;
                for g in Graha::ALL {
                    if self.resolve(inner) & (1 << g.index()) != 0 {
                        out |= 1 << exaltation(g).0.lord().index();
                    }
                }
                out
            }
            Who::Dignified(m) => {
                let mut out = 0u16;
                for (i, d) in self.dignity.iter().enumerate() {
                    if m & (1 << *d as u16) != 0 {
                        out |= 1 << i;
                    }
                }
                out
            }
            Who::Both(a, b) => self.resolve(a) & self.resolve(b),
            Who::Except(a, b) => self.resolve(a) & !self.resolve(b),
            Who::Placed(hm) => self.grahas_in_signs(rotate_left(hm, self.lagna)),
            Who::Strong => self.strong,
            Who::ArudhaLord(n) => {
                let house = Rashi::ALL[self.house_sign(n.clamp(1, 12)) as usize];
                let lord_sign = Rashi::ALL[self.sign[house.lord().index()] as usize];
                1 << crate::chart::pada(house, lord_sign).lord().index()
            }
            Who::NavamsaLord(n) => {
                let s = (self.d9_lagna as usize + n.clamp(1, 12) as usize - 1) % 12;
                1 << Rashi::ALL[s].lord().index()
            }
            Who::DebilitationLord(inner) => {
                let mut out = 0u16;
                for g in Graha::ALL {
                    if self.resolve(inner) & (1 << g.index()) != 0 {
                        out |= 1 << debilitation(g).lord().index();
                    }
                }
                out
            }
        }
    }

    /// Grahas excluded from occupancy counts for a reference point: the
    /// reference graha(s) themselves.
    pub(crate) fn ref_mask(&self, r: Ref) -> u16 {
        match r {
            Ref::Lagna => 0,
            Ref::Graha(g) => 1 << g.index(),
            Ref::Of(w) => {
                let m = self.resolve(w);
                m & m.wrapping_neg()
            }
        }
    }

    /// The relation `how` between grahas `a` and `b` (indices), if they are
    /// different and it holds; the witness is both grahas.
    pub(super) fn related(&self, a: usize, b: usize, how: u8) -> Option<super::Witness> {
        if a == b {
            return None;
        }
        let (sa, sb) = (self.sign[a], self.sign[b]);
        let lord = |s: u8| Rashi::ALL[s as usize].lord().index();
        let conj = sa == sb;
        let exch = lord(sa) == b && lord(sb) == a;
        let a_on_b = self.aspects[a] & (1 << b) != 0;
        let b_on_a = self.aspects[b] & (1 << a) != 0;
        let friends = how & relation::FRIENDS != 0 && {
            let (ga, gb) = (Graha::ALL[a], Graha::ALL[b]);
            let natural = matches!(natural_relation(ga, gb), Some(Relation::Friend))
                && matches!(natural_relation(gb, ga), Some(Relation::Friend));
            let (ra, rb) = (Rashi::ALL[sa as usize], Rashi::ALL[sb as usize]);
            natural || (temporal_friend(ra, rb) && temporal_friend(rb, ra))
        };
        let ok = friends
            || (how & relation::CONJUNCTION != 0 && conj)
            || (how & relation::EXCHANGE != 0 && exch)
            || (how & relation::MUTUAL_ASPECT != 0 && a_on_b && b_on_a)
            || (how & relation::ASPECTED != 0 && b_on_a);
        ok.then_some(super::Witness {
            grahas: (1 << a) | (1 << b),
            signs: (1 << sa) | (1 << sb),
        })
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
    pub(crate) fn base(&self, r: Ref) -> u8 {
        match r {
            Ref::Lagna => self.lagna,
            Ref::Graha(g) => self.sign[g.index()],
            Ref::Of(w) => {
                let m = self.resolve(w);
                if m == 0 {
                    self.lagna
                } else {
                    self.sign[m.trailing_zeros() as usize]
                }
            }
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
        if who & 0x1ff == 0x7f {
            return self.seven_signs;
        }
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
        Graha::ALL[self.house_lord[(n as usize + 11) % 12] as usize]
    }

    /// The lords (graha mask) of the houses of a house set.
    pub(crate) fn lords_of_houses(&self, hm: u16) -> u16 {
        let mut out = 0u16;
        let mut m = hm & 0xfff;
        while m != 0 {
            let i = m.trailing_zeros() as usize;
            out |= 1 << self.house_lord[i];
            m &= m - 1;
        }
        out
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
