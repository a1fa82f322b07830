//! A divisional chart of the ascendant and the nine grahas, with vargottama
//! flags.

use super::rules::Prepared;
use super::{Varga, split};
use crate::Longitude;
use crate::graha::Graha;
use crate::zodiac::{RASHI_SPAN_DEG, Rashi};
use alloc::vec::Vec;

/// Where one point falls in a varga.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct VargaPosition {
    /// The varga rashi.
    pub rashi: Rashi,
    /// The varga longitude in degrees, `[0, 360)`, as
    /// [`super::varga_longitude`]; `None` for the unequal Parashara
    /// trimsamsha.
    pub longitude: Option<f64>,
    /// The varga rashi is the point's own rashi (D1 sign).
    pub vargottama: bool,
}

/// A graha's place in a varga.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct GrahaVarga {
    /// The graha.
    pub graha: Graha,
    /// Its varga rashi, longitude and vargottama flag.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub position: VargaPosition,
}

/// One divisional chart: the ascendant and the nine grahas.
///
/// ```
/// use jyotish::{Graha, Longitude, Rashi};
/// use jyotish::varga::{Varga, VargaChart};
/// let lon = |d: f64| Longitude::new(d).unwrap();
/// // Sun … Ketu, sidereal.
/// let grahas = [10.0, 45.0, 100.0, 200.0, 250.0, 300.0, 330.0, 15.0, 195.0].map(lon);
/// let d9 = VargaChart::new(Varga::from_name("D9")?, lon(123.0), &grahas);
/// assert_eq!(d9.ascendant.rashi, Rashi::Aries); // 3° Leo: a fire sign's 1st navamsha
/// assert!(d9.graha(Graha::Moon).vargottama); // 15° Taurus
/// assert_eq!(d9.graha(Graha::Sun).rashi, Rashi::Cancer); // 10° Aries: 4th navamsha
/// # Ok::<(), jyotish::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct VargaChart {
    /// Which varga.
    pub varga: Varga,
    /// The ascendant (lagna).
    pub ascendant: VargaPosition,
    /// The nine grahas in [`Graha`] order, Sun … Ketu.
    pub grahas: [GrahaVarga; 9],
}

impl VargaChart {
    /// The varga of the ascendant and of Sun … Ketu (sidereal longitudes,
    /// in [`Graha`] order).
    pub fn new(varga: Varga, ascendant: Longitude, grahas: &[Longitude; 9]) -> VargaChart {
        VargaChart::from_split(varga, &split_all(ascendant, grahas))
    }

    /// The 23 classical vargas ([`Varga::NAMED`], Parashara) of the
    /// ascendant and Sun … Ketu, without allocating.
    ///
    /// ```
    /// use jyotish::Longitude;
    /// use jyotish::varga::{Division, VargaChart};
    /// let lon = |d: f64| Longitude::new(d).unwrap();
    /// let grahas = [10.0, 45.0, 100.0, 200.0, 250.0, 300.0, 330.0, 15.0, 195.0].map(lon);
    /// let all = VargaChart::named(lon(123.0), &grahas);
    /// assert_eq!(all[8].varga.division(), Division::D9);
    /// ```
    pub fn named(ascendant: Longitude, grahas: &[Longitude; 9]) -> [VargaChart; 23] {
        let points = split_all(ascendant, grahas);
        // Filled in place: building each chart and moving it costs more
        // than computing it.
        let mut out = [UNPLACED; 23];
        for ((chart, varga), rule) in out.iter_mut().zip(Varga::NAMED).zip(&NAMED_PREPARED) {
            chart.fill(varga, rule, &points);
        }
        out
    }

    #[inline]
    fn from_split(varga: Varga, points: &[(usize, f64); 10]) -> VargaChart {
        let mut chart = UNPLACED;
        chart.fill(varga, &varga.prepared(), points);
        chart
    }

    #[inline]
    fn fill(&mut self, varga: Varga, rule: &Prepared, points: &[(usize, f64); 10]) {
        self.varga = varga;
        self.ascendant = position(rule, points[0]);
        for (g, &point) in self.grahas.iter_mut().zip(&points[1..]) {
            g.position = position(rule, point);
        }
    }

    /// The place of one graha.
    #[inline]
    pub fn graha(&self, g: Graha) -> &VargaPosition {
        &self.grahas[g.index()].position
    }
}

/// The prepared rules of [`Varga::NAMED`], resolved at compile time.
const NAMED_PREPARED: [Prepared; 23] = {
    let mut out = [Varga::NAMED[0].prepared(); 23];
    let mut i = 1;
    while i < 23 {
        out[i] = Varga::NAMED[i].prepared();
        i += 1;
    }
    out
};

/// A chart with every point at 0° Aries, to be filled.
const UNPLACED: VargaChart = {
    const NOWHERE: VargaPosition = VargaPosition {
        rashi: Rashi::Aries,
        longitude: None,
        vargottama: false,
    };
    let mut grahas = [GrahaVarga {
        graha: Graha::Sun,
        position: NOWHERE,
    }; 9];
    let mut i = 0;
    while i < 9 {
        grahas[i].graha = Graha::ALL[i];
        i += 1;
    }
    VargaChart {
        varga: Varga::NAMED[0],
        ascendant: NOWHERE,
        grahas,
    }
};

/// Sign and degrees in the sign of the ascendant and the nine grahas.
#[inline]
fn split_all(ascendant: Longitude, grahas: &[Longitude; 9]) -> [(usize, f64); 10] {
    core::array::from_fn(|i| split(if i == 0 { ascendant } else { grahas[i - 1] }))
}

/// Largest degree inside a varga rashi (1e-9° = 3.6 µas short of 30°).
const MAX_WITHIN_DEG: f64 = 30.0 - 1e-9;

/// Where the point at degree `x` of sign `s` falls under a prepared rule.
#[inline]
pub(crate) fn position(rule: &Prepared, (s, x): (usize, f64)) -> VargaPosition {
    let (r, within) = rule.place(s, x);
    VargaPosition {
        rashi: r,
        // The place inside the part, stretched to a whole sign; the bound
        // keeps a rounding at a part's very end inside the varga rashi.
        longitude: within.map(|w| r.index() as f64 * RASHI_SPAN_DEG + w.clamp(0.0, MAX_WITHIN_DEG)),
        vargottama: r.index() == s,
    }
}

/// The rashis alone of the ascendant and Sun … Ketu in the 23 classical
/// vargas ([`Varga::NAMED`], Parashara): `result[v][0]` is the ascendant's
/// rashi in varga `v`, `result[v][1 + g]` graha `g`'s. The fastest way to
/// all vargas of a chart when longitudes and flags are not needed.
///
/// ```
/// use jyotish::{Graha, Longitude, Rashi};
/// use jyotish::varga::{VargaChart, named_rashis};
/// let lon = |d: f64| Longitude::new(d).unwrap();
/// let grahas = [10.0, 45.0, 100.0, 200.0, 250.0, 300.0, 330.0, 15.0, 195.0].map(lon);
/// let rashis = named_rashis(lon(123.0), &grahas);
/// let charts = VargaChart::named(lon(123.0), &grahas);
/// for (r, c) in rashis.iter().zip(&charts) {
///     assert_eq!(r[0], c.ascendant.rashi);
///     assert_eq!(r[1 + Graha::Moon.index()], c.graha(Graha::Moon).rashi);
/// }
/// ```
pub fn named_rashis(ascendant: Longitude, grahas: &[Longitude; 9]) -> [[Rashi; 10]; 23] {
    let points = split_all(ascendant, grahas);
    let mut out = [[Rashi::Aries; 10]; 23];
    for (row, rule) in out.iter_mut().zip(&NAMED_PREPARED) {
        for (r, &(s, x)) in row.iter_mut().zip(&points) {
            *r = rule.place(s, x).0;
        }
    }
    out
}

/// The divisional charts for a list of vargas (e.g. [`Varga::NAMED`]).
pub fn varga_charts(
    vargas: &[Varga],
    ascendant: Longitude,
    grahas: &[Longitude; 9],
) -> Vec<VargaChart> {
    let points = split_all(ascendant, grahas);
    vargas
        .iter()
        .map(|&v| VargaChart::from_split(v, &points))
        .collect()
}
