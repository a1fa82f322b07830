//! The birth chart (kundali, D1): ascendant and grahas with their signs,
//! nakshatras, KP lords, houses, dignities, combustion, aspects and chara
//! karakas — everything later analyses (vargas, dashas, yogas) read.
//!
//! A chart is built once from [`BirthData`] and a [`ChartConfig`]; after
//! that everything is plain data.

mod arudha;
mod aspects;
mod config;
mod dignity;
mod karaka;

pub use arudha::{bhava_arudhas, pada};
pub use aspects::{graha_aspects, graha_drishti_counts, rashi_aspects};
pub use config::{ChartConfig, KarakaScheme, NodeKind, PRESETS};
pub use dignity::{
    Dignity, Relation, compound, debilitation, dignity, exaltation, natural_relation, owns,
    temporal_friend,
};
pub use karaka::Karaka;

use crate::ayanamsa::AyanamsaValue;
use crate::ephemeris::{Body, Position};
use crate::error::check_range;
use crate::graha::Graha;
use crate::houses::{HouseOptions, HouseSystem, Houses, armc_at, houses_at_armc};
use crate::math::norm_deg;
use crate::sets::{GrahaSet, HouseSet};
use crate::time::{JulianDayTt, JulianDayUt};
use crate::zodiac::{KpLords, Nakshatra, Pada, Rashi, kp_lords};
use crate::{Error, Longitude};
use alloc::vec::Vec;
use aspects::{graha_aspect_mask, rashi_aspect_mask};

/// Where and when: the instant (UT) and the place.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct BirthData {
    /// The instant, UT.
    pub instant: JulianDayUt,
    /// Geographic latitude, degrees north positive, within ±90.
    pub latitude_deg: f64,
    /// Geographic longitude, degrees east positive, within ±180.
    pub longitude_deg: f64,
    /// Height above sea level, metres (for rise and set later; not used by the chart).
    pub elevation_m: f64,
}

impl BirthData {
    /// Validated birth data.
    ///
    /// # Errors
    /// [`Error::OutOfRange`] / [`Error::NotFinite`] for a latitude beyond
    /// ±90°, a longitude beyond ±180°, or an elevation outside −500…10,000 m.
    pub fn new(
        instant: JulianDayUt,
        latitude_deg: f64,
        longitude_deg: f64,
        elevation_m: f64,
    ) -> Result<Self, Error> {
        Ok(BirthData {
            instant,
            latitude_deg: check_range("latitude", latitude_deg, -90.0, 90.0)?,
            longitude_deg: check_range("longitude", longitude_deg, -180.0, 180.0)?,
            elevation_m: check_range("elevation (m)", elevation_m, -500.0, 10_000.0)?,
        })
    }
}

/// A point on the zodiac with everything read from its longitude.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ZodiacPoint {
    /// Longitude, degrees (sidereal unless the chart is tropical).
    pub longitude: f64,
    /// Sign.
    pub rashi: Rashi,
    /// Degrees within the sign, `[0, 30)`.
    pub degree_in_rashi: f64,
    /// Nakshatra.
    pub nakshatra: Nakshatra,
    /// Pada 1–4.
    pub pada: u8,
    /// KP star lord, sub-lord and sub-sub-lord.
    pub kp: KpLords,
}

impl ZodiacPoint {
    pub(crate) fn at(longitude: f64) -> Self {
        let l = Longitude::wrap(longitude);
        let rashi = Rashi::of(l);
        let pada = Pada::of(l);
        ZodiacPoint {
            longitude: l.degrees(),
            rashi,
            degree_in_rashi: l.degrees() - rashi.start_deg(),
            nakshatra: pada.nakshatra,
            pada: pada.quarter,
            kp: kp_lords(l),
        }
    }
}

/// A graha in the chart.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct GrahaPlacement {
    /// The graha.
    pub graha: Graha,
    /// Its place on the zodiac.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub point: ZodiacPoint,
    /// Ecliptic latitude, degrees.
    pub latitude: f64,
    /// Longitude speed, degrees per day.
    pub longitude_speed: f64,
    /// Moving backwards in longitude.
    pub retrograde: bool,
    /// House 1–12 in the chart's house system.
    pub house: u8,
    /// House 1–12 in the bhava system, if one is configured.
    pub bhava: Option<u8>,
    /// Dignity in its sign.
    pub dignity: Dignity,
    /// Within its combustion orb of the Sun (never for the Sun and nodes).
    pub combust: bool,
    /// Houses (1–12) this graha aspects by Parashari graha drishti.
    pub aspects_houses: HouseSet,
    /// Grahas it aspects by graha drishti.
    pub aspects_grahas: GrahaSet,
    /// Grahas it aspects by Jaimini rashi drishti.
    pub rashi_aspects_grahas: GrahaSet,
}

/// Uranus, Neptune or Pluto in the chart (not grahas: no dignity or aspects).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct OuterPlacement {
    /// The body.
    pub body: Body,
    /// Its place on the zodiac.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub point: ZodiacPoint,
    /// Longitude speed, degrees per day.
    pub longitude_speed: f64,
    /// Moving backwards in longitude.
    pub retrograde: bool,
    /// House 1–12 in the chart's house system.
    pub house: u8,
}

/// The house cusps in the chart's zodiac.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ChartHouses {
    /// The system.
    pub system: HouseSystem,
    /// Cusps of houses 1–12, degrees.
    pub cusps: [f64; 12],
    /// Midheaven, degrees.
    pub mc: f64,
}

/// The birth chart.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Chart {
    /// The settings it was made with.
    pub config: ChartConfig,
    /// Birth data.
    pub birth: BirthData,
    /// Julian day, UT.
    pub jd_ut: f64,
    /// Julian day, TT.
    pub jd_tt: f64,
    /// The ayanamsa used (`None` in a tropical chart).
    pub ayanamsa: Option<AyanamsaValue>,
    /// The ascendant (lagna).
    pub ascendant: ZodiacPoint,
    /// The nine grahas, Sun … Ketu (in [`Graha`] order).
    pub grahas: [GrahaPlacement; 9],
    /// Uranus, Neptune, Pluto when configured.
    pub outer_planets: Vec<OuterPlacement>,
    /// Houses of the chart's system.
    pub houses: ChartHouses,
    /// Bhavas of the second system, if configured.
    pub bhavas: Option<ChartHouses>,
    /// Chara karakas in rank order.
    pub karakas: Vec<(Karaka, Graha)>,
}

/// Combustion orbs in degrees from the Sun, direct and retrograde (Surya
/// Siddhanta 9.6–9; Phaladeepika 2.33): Moon 12, Mars 17, Mercury 14 (12
/// retrograde), Jupiter 11, Venus 10 (8 retrograde), Saturn 15.
const COMBUSTION_ORB_DEG: [(f64, f64); 7] = [
    (0.0, 0.0),
    (12.0, 12.0),
    (17.0, 17.0),
    (14.0, 12.0),
    (11.0, 11.0),
    (10.0, 8.0),
    (15.0, 15.0),
];

/// One turn at most added or taken: arguments here are differences of two
/// angles in [0°, 360°), so one conditional turn puts them back in range
/// (the general reduction only if something else came in).
#[inline]
fn wrap_diff(x: f64) -> f64 {
    let y = if x < 0.0 { x + 360.0 } else { x };
    if (0.0..360.0).contains(&y) {
        y
    } else {
        norm_deg(y)
    }
}

/// The cusps of a set of houses with each house's span (cusp to next cusp,
/// degrees), taken once per chart so that placing a longitude costs one
/// subtraction per house tried.
struct HouseArcs {
    cusps: [f64; 12],
    spans: [f64; 12],
}

impl HouseArcs {
    fn new(houses: &ChartHouses) -> HouseArcs {
        let c = houses.cusps;
        HouseArcs {
            cusps: c,
            spans: core::array::from_fn(|i| wrap_diff(c[(i + 1) % 12] - c[i])),
        }
    }

    /// House (1–12) holding `longitude`: the first house whose arc
    /// [cusp, next cusp) contains it.
    fn house_of(&self, longitude: f64) -> u8 {
        for i in 0..12 {
            if wrap_diff(longitude - self.cusps[i]) < self.spans[i] {
                return i as u8 + 1;
            }
        }
        // Only reachable with degenerate (zero-width) cusps: fall back to house 1.
        1
    }
}

/// The ascendant at another instant for the same place, in the zodiac of
/// `config` and computed as [`Chart::new`] computes the chart's own (Delta
/// T, nutation, ayanamsa and sidereal time alike): the rising point of the
/// ecliptic as the equal-house system gives it, so that it exists at every
/// latitude (inside the polar circles Swiss Ephemeris's rule keeps it east
/// of the meridian). Degrees in `[0, 360)`. For the kalavelas of
/// [`crate::upagraha`], each the ascendant at a moment of the day.
pub(crate) fn ascendant_at(
    ut: JulianDayUt,
    latitude_deg: f64,
    longitude_deg: f64,
    config: &ChartConfig,
) -> Result<f64, Error> {
    let tt = ut.to_tt_with(config.delta_t);
    let tt_houses = ut.to_tt();
    let nutation = crate::nutation::Nutation::at(tt_houses);
    let armc = armc_at(ut, &nutation, latitude_deg, longitude_deg)?;
    let h = houses_at_armc(
        HouseSystem::Equal,
        ut,
        &nutation,
        armc,
        latitude_deg,
        &HouseOptions::default(),
    )?;
    Ok(match chart_ayanamsa(config, tt, tt_houses, &nutation) {
        Some(aya) => h.to_sidereal(aya.true_degrees).ascendant,
        None => h.ascendant,
    })
}

/// The chart's ayanamsa at TT `tt` (`None` for a tropical chart): with the
/// chart's nutation when the chart's Delta T is the default one (so `tt`
/// is the houses' TT), otherwise computed afresh at `tt`.
fn chart_ayanamsa(
    config: &ChartConfig,
    tt: JulianDayTt,
    tt_houses: JulianDayTt,
    nutation: &crate::nutation::Nutation,
) -> Option<AyanamsaValue> {
    config.ayanamsa.map(|a| {
        if tt == tt_houses {
            a.model().at_with_nutation(tt, nutation.longitude_deg)
        } else {
            a.at(tt)
        }
    })
}

impl Chart {
    /// Casts the chart.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jyotish::{BirthData, Chart, ChartConfig, Disambiguation, Graha, JulianDayUt, Zone};
    /// let local = NaiveDate::from_ymd_opt(1990, 1, 15).unwrap().and_hms_opt(14, 30, 0).unwrap();
    /// let ut = JulianDayUt::from_local(&local, &Zone::iana("Asia/Kolkata")?, Disambiguation::Reject)?;
    /// let chart = Chart::new(&BirthData::new(ut, 18.5204, 73.8567, 0.0)?, &ChartConfig::default())?;
    /// let sun = &chart.grahas[Graha::Sun.index()];
    /// assert_eq!(sun.point.rashi, jyotish::Rashi::Capricorn);
    /// assert_eq!(chart.grahas.len(), 9);
    /// # Ok::<(), jyotish::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::OutsideEphemeris`] outside 1600–2200; [`Error::HousesUndefined`]
    /// for a house system undefined at the latitude (unless
    /// `polar_fallback`).
    pub fn new(birth: &BirthData, config: &ChartConfig) -> Result<Chart, Error> {
        let ut = birth.instant;
        let tt = ut.to_tt_with(config.delta_t);
        // Nutation once for the ayanamsa, sidereal time, obliquity and mean
        // node; houses follow Swiss Ephemeris in taking TT from the default
        // Delta T.
        let tt_houses = ut.to_tt();
        let nutation = crate::nutation::Nutation::at(tt_houses);
        let node_body = match config.node {
            NodeKind::True => Body::TrueNode,
            NodeKind::Mean => Body::MeanNode,
        };
        let (planets, node) = crate::ephemeris::planets_and_node(
            tt,
            node_body,
            (tt == tt_houses).then_some(nutation.longitude_deg),
        )?;
        let ayanamsa = chart_ayanamsa(config, tt, tt_houses, &nutation);
        let shift = ayanamsa.map_or(0.0, |a| a.true_degrees);
        let options = HouseOptions {
            polar_fallback: config.polar_fallback,
            ..HouseOptions::default()
        };
        let to_chart = |h: Houses| {
            let h = if ayanamsa.is_some() {
                h.to_sidereal(shift)
            } else {
                h
            };
            (
                ChartHouses {
                    system: h.system,
                    cusps: h.cusps,
                    mc: h.mc,
                },
                h.ascendant,
            )
        };
        // Sidereal time once for both systems.
        let armc = armc_at(ut, &nutation, birth.latitude_deg, birth.longitude_deg)?;
        let houses_of =
            |system| houses_at_armc(system, ut, &nutation, armc, birth.latitude_deg, &options);
        let (houses, asc) = to_chart(houses_of(config.house_system)?);
        let bhavas = match config.bhava_system {
            Some(system) => Some(to_chart(houses_of(system)?).0),
            None => None,
        };
        let ascendant = ZodiacPoint::at(asc);

        // The nine grahas from the ephemeris; Rahu from the chosen node.
        let source = |g: Graha| -> (Position, f64) {
            let body = match g {
                Graha::Sun => Body::Sun,
                Graha::Moon => Body::Moon,
                Graha::Mars => Body::Mars,
                Graha::Mercury => Body::Mercury,
                Graha::Jupiter => Body::Jupiter,
                Graha::Venus => Body::Venus,
                Graha::Saturn => Body::Saturn,
                Graha::Rahu | Graha::Ketu => node_body,
            };
            let p = planets.get(body.index()).copied().unwrap_or(node);
            let extra = if g == Graha::Ketu { 180.0 } else { 0.0 };
            (p, norm_deg(p.longitude + extra - shift))
        };
        let placed: [(Position, f64); 9] = Graha::ALL.map(source);
        let rashi_arcs = HouseArcs::new(&houses);
        let bhava_arcs = bhavas.as_ref().map(HouseArcs::new);
        let signs: [Rashi; 9] = placed.map(|(_, l)| Rashi::of(Longitude::wrap(l)));
        let sun_lon = placed[0].1;
        // Grahas in each sign (bit = graha index).
        let mut occupants = [0u16; 12];
        for (j, r) in signs.iter().enumerate() {
            occupants[r.index()] |= 1 << j;
        }
        let grahas: [GrahaPlacement; 9] = core::array::from_fn(|i| {
            let g = Graha::ALL[i];
            let (p, lon) = placed[i];
            let point = ZodiacPoint::at(lon);
            let retrograde = p.longitude_speed < 0.0;
            let lord_sign = signs[point.rashi.lord().index()];
            let combust = (1..=6).contains(&i) && {
                let (direct, retro) = COMBUSTION_ORB_DEG[i];
                let orb = if retrograde { retro } else { direct };
                let d = norm_deg(lon - sun_lon);
                d.min(360.0 - d) <= orb
            };
            // Aspected houses counted by sign from the lagna (drishti falls on signs).
            let aspects_houses: HouseSet = graha_drishti_counts(g)
                .iter()
                .map(|n| {
                    ((point.rashi.nth(*n).index() + 12 - ascendant.rashi.index()) % 12 + 1) as u8
                })
                .collect();
            // Grahas in the aspected signs (not itself).
            let in_signs = |mask: u16| {
                let bits = (0..12)
                    .filter(|s| mask & (1 << s) != 0)
                    .fold(0, |m, s| m | occupants[s]);
                GrahaSet::from_bits(bits & !(1 << i))
            };
            let aspects_grahas = in_signs(graha_aspect_mask(g, point.rashi));
            let rashi_aspects_grahas = in_signs(rashi_aspect_mask(point.rashi));
            GrahaPlacement {
                graha: g,
                point,
                latitude: p.latitude,
                longitude_speed: p.longitude_speed,
                retrograde,
                house: rashi_arcs.house_of(lon),
                bhava: bhava_arcs.as_ref().map(|b| b.house_of(lon)),
                dignity: dignity(g, point.rashi, point.degree_in_rashi, lord_sign),
                combust,
                aspects_houses,
                aspects_grahas,
                rashi_aspects_grahas,
            }
        });
        let outer_planets = if config.outer_planets {
            [Body::Uranus, Body::Neptune, Body::Pluto]
                .into_iter()
                .map(|b| {
                    let p = planets[b.index()];
                    let lon = norm_deg(p.longitude - shift);
                    OuterPlacement {
                        body: b,
                        point: ZodiacPoint::at(lon),
                        longitude_speed: p.longitude_speed,
                        retrograde: p.longitude_speed < 0.0,
                        house: rashi_arcs.house_of(lon),
                    }
                })
                .collect()
        } else {
            Vec::new()
        };
        let mut degrees = [0.0; 8];
        for (d, g) in degrees.iter_mut().zip(grahas.iter()) {
            *d = g.point.degree_in_rashi;
        }
        let karakas = karaka::chara_karakas(&degrees, config.karakas == KarakaScheme::Eight);
        Ok(Chart {
            config: *config,
            birth: *birth,
            jd_ut: ut.value(),
            jd_tt: tt.value(),
            ayanamsa,
            ascendant,
            grahas,
            outer_planets,
            houses,
            bhavas,
            karakas,
        })
    }

    /// The placement of a graha.
    pub fn graha(&self, g: Graha) -> &GrahaPlacement {
        &self.grahas[g.index()]
    }
}
