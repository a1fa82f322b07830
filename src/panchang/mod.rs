//! The panchang: the five limbs of the Hindu day (tithi, nakshatra, yoga,
//! karana, vara) with their start and end instants, sunrise and sunset,
//! muhurtas, and the lunar calendar.
//!
//! The day runs from sunrise to the next sunrise, sunrise in the
//! [Hindu convention](rise::RiseOptions::HINDU) unless another is chosen.
//! Every instant is a UT Julian day (`f64` in serde output); the limbs'
//! boundaries are exact roots found by [`crate::search`].
//!
//! A day reads the ephemeris through one
//! [`SegmentCache`] (longitudes only where
//! that is all a search needs) and the ayanamsa from interpolation nodes
//! every two days; [`panchang_days`] also carries the month, the next
//! sankranti and each limb's last crossings from one day to the next.

pub mod calendar;
pub mod limbs;
pub mod muhurta;
pub mod rise;

pub use calendar::{Ayana, LunarCalendar, Masa, Ritu, Samvatsara};
pub use limbs::{Karana, KaranaName, Paksha, Span, Tithi, Vara, Yoga};
pub use muhurta::{Choghadiya, Interval, MuhurtaName, Muhurtas, Named};

use alloc::vec::Vec;
use chrono::NaiveDate;

use crate::ayanamsa::{Ayanamsa, AyanamsaModel};
use crate::ephemeris::{Body, SegmentCache};
use crate::math::norm_deg;
use crate::search::{AngleRate, Grid, Monotone, RateBounds};
use crate::time::{DeltaT, Disambiguation, JulianDayTt, JulianDayUt, Zone};
use crate::zodiac::{Nakshatra, Rashi};
use core::cell::RefCell;
use rise::{HorizonEvent, RiseOptions, Sky};

use crate::Error;
use crate::error::check_range;

/// A place on the Earth.
///
/// ```
/// use jyotish::panchang::Place;
/// let pune = Place::new(18.5204, 73.8567, 560.0)?;
/// assert_eq!(pune.latitude_deg, 18.5204);
/// assert!(Place::new(91.0, 0.0, 0.0).is_err());
/// # Ok::<(), jyotish::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Place {
    /// Geodetic latitude, degrees, north positive, within ±90.
    pub latitude_deg: f64,
    /// Longitude, degrees, east positive, within ±180.
    pub longitude_deg: f64,
    /// Height above sea level, metres, within −500…25 000 (used only for
    /// topocentric positions).
    pub elevation_m: f64,
}

impl Place {
    /// A validated place.
    ///
    /// # Errors
    /// [`Error::OutOfRange`] for a latitude beyond ±90°, a longitude beyond
    /// ±180° or an elevation outside −500…25 000 m; [`Error::NotFinite`].
    pub fn new(latitude_deg: f64, longitude_deg: f64, elevation_m: f64) -> Result<Place, Error> {
        Ok(Place {
            latitude_deg: check_range("latitude", latitude_deg, -90.0, 90.0)?,
            longitude_deg: check_range("longitude", longitude_deg, -180.0, 180.0)?,
            elevation_m: check_range("elevation (m)", elevation_m, -500.0, 25_000.0)?,
        })
    }
}

/// Choices for a panchang.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct PanchangOptions {
    /// The ayanamsa of the nakshatras, yogas, sankrantis and months
    /// (default Lahiri, as the Indian national almanac).
    pub ayanamsa: Ayanamsa,
    /// The definition of sunrise (default Hindu rising) and of moonrise.
    pub rise: RiseOptions,
}

impl Default for PanchangOptions {
    fn default() -> Self {
        Self {
            ayanamsa: Ayanamsa::Lahiri,
            rise: RiseOptions::HINDU,
        }
    }
}

/// What bounds the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum DayBasis {
    /// Sunrise to the next sunrise (the Hindu day).
    Sunrise,
    /// Local midnight to the next local midnight: the fallback where the
    /// Sun does not rise (or does not rise again) within the civil day, at
    /// polar latitudes.
    CivilMidnight,
}

/// A sankranti: the sidereal Sun enters a rashi.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Sankranti {
    /// The rashi entered.
    pub rashi: Rashi,
    /// When, UT Julian day.
    pub jd_ut: f64,
}

/// The panchang of one day.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Panchang {
    /// The civil date in the zone.
    pub date: NaiveDate,
    /// Sunrise to sunrise, or the civil-midnight fallback.
    pub day_basis: DayBasis,
    /// Start of the day (sunrise, or local midnight), UT Julian day.
    pub start_jd_ut: f64,
    /// End of the day (next sunrise, or next local midnight), UT Julian day.
    pub end_jd_ut: f64,
    /// Sunrise on the date, UT Julian day (`None` in polar day or night).
    pub sunrise_jd_ut: Option<f64>,
    /// Sunset after that sunrise.
    pub sunset_jd_ut: Option<f64>,
    /// The next sunrise.
    pub next_sunrise_jd_ut: Option<f64>,
    /// The first moonrise of the day, if any.
    pub moonrise_jd_ut: Option<f64>,
    /// The first moonset of the day, if any.
    pub moonset_jd_ut: Option<f64>,
    /// The weekday.
    pub vara: Vara,
    /// Every tithi that touches the day, in order.
    pub tithis: Vec<Span<Tithi>>,
    /// Every nakshatra of the Moon that touches the day.
    pub nakshatras: Vec<Span<Nakshatra>>,
    /// The pada (1–4) of the Moon's nakshatra at the start of the day.
    pub pada_at_start: u8,
    /// Every yoga that touches the day.
    pub yogas: Vec<Span<Yoga>>,
    /// Every karana that touches the day.
    pub karanas: Vec<Span<Karana>>,
    /// Sankrantis within the day (usually none).
    pub sankrantis: Vec<Sankranti>,
    /// The first sankranti after the start of the day.
    pub next_sankranti: Sankranti,
    /// Month, paksha, season, year.
    pub calendar: LunarCalendar,
    /// Muhurtas (`None` without sunrise and sunset).
    pub muhurtas: Option<Muhurtas>,
}

/// The panchang of a civil date in a zone at a place.
///
/// ```
/// use chrono::NaiveDate;
/// use jyotish::panchang::{self, DayBasis, Masa, Place, PanchangOptions, Tithi};
/// use jyotish::Zone;
/// let delhi = Place::new(28.6139, 77.2090, 216.0)?;
/// let zone = Zone::iana("Asia/Kolkata")?;
/// let date = NaiveDate::from_ymd_opt(2024, 3, 20).unwrap();
/// let p = panchang::panchang(date, &zone, &delhi, &PanchangOptions::default())?;
/// assert_eq!(p.day_basis, DayBasis::Sunrise);
/// assert_eq!(p.tithis[0].value, Tithi::ShuklaEkadashi);
/// assert_eq!(p.calendar.amanta_month, Masa::Phalguna);
/// // Spans tile the day.
/// assert!(p.tithis[0].start_jd_ut <= p.start_jd_ut);
/// assert!(p.tithis.last().unwrap().end_jd_ut >= p.end_jd_ut);
/// # Ok::<(), jyotish::Error>(())
/// ```
///
/// # Errors
/// [`Error::OutsideEphemeris`] outside 1600–2200; [`Error::OutOfRange`] for
/// a date chrono or the zone cannot place.
pub fn panchang(
    date: NaiveDate,
    zone: &Zone,
    place: &Place,
    options: &PanchangOptions,
) -> Result<Panchang, Error> {
    Engine::new(options).day(date, zone, place)
}

/// The panchangs of `days` consecutive civil dates from `start` (at most
/// 36 600). Faster per day than [`panchang`] (the month, sankranti and
/// ayanamsa work is shared between days).
///
/// # Errors
/// As [`panchang`]; [`Error::OutOfRange`] for more than 36 600 days.
pub fn panchang_days(
    start: NaiveDate,
    days: u32,
    zone: &Zone,
    place: &Place,
    options: &PanchangOptions,
) -> Result<Vec<Panchang>, Error> {
    check_range("number of days", f64::from(days), 0.0, 36_600.0)?;
    let mut engine = Engine::new(options);
    let mut out = Vec::with_capacity(days as usize);
    let mut date = start;
    for _ in 0..days {
        out.push(engine.day(date, zone, place)?);
        date = date.succ_opt().ok_or_else(|| Error::InvalidDate {
            detail: alloc::format!("no date after {date}"),
        })?;
    }
    Ok(out)
}

/// UT of local midnight at the start of `date`; a midnight that falls in
/// a daylight-saving gap is replaced by the end of the gap.
fn local_midnight(date: NaiveDate, zone: &Zone) -> Result<f64, Error> {
    let local = date.and_time(chrono::NaiveTime::MIN);
    let utc = match zone.to_utc(&local, Disambiguation::Earlier) {
        Ok(u) => u,
        Err(Error::NonexistentLocalTime {
            offset_before_seconds,
            ..
        }) => local.and_utc() - chrono::TimeDelta::seconds(i64::from(offset_before_seconds)),
        Err(e) => return Err(e),
    };
    Ok(JulianDayUt::from_utc(&utc)?.value())
}

/// Node spacing of the ayanamsa cache, days.
const AYA_STEP: f64 = 2.0;

/// The true ayanamsa at nodes every two TT days, interpolated by cubic
/// Lagrange polynomials: the nutation's fastest term (13.7 days, 0.2″)
/// leaves under 0.01″. Consecutive days share nodes.
///
/// A node is the mean ayanamsa plus Δψ from the ephemeris's nutation table
/// (IAU 2000A, what the positions use) instead of the IAU 2000B series of
/// Swiss Ephemeris and [`AyanamsaModel::at`]: the two differ by at most
/// 2.8 mas over 1600–2200 (measured at 59,000 instants), against the 10 mas
/// the interpolation allows, and the table costs a fraction of the series.
///
/// For a precession-only system the mean ayanamsa is a straight line over
/// days (its curvature leaves under 1e-5″ in 60 days): when a cover adds
/// three or more nodes, the mean is computed exactly at the first and last
/// and the line between them serves the others, and [`Engine`]'s quick
/// ayanamsa within 60 days.
#[derive(Debug, Clone, Default)]
struct AyanamsaNodes {
    nodes: alloc::collections::BTreeMap<i64, f64>,
    /// The mean ayanamsa as a line: (TT, degrees, degrees per day).
    line: Option<(f64, f64, f64)>,
}

/// How far from its anchor the mean-ayanamsa line is used, days.
const LINE_REACH_DAYS: f64 = 60.0;

/// The mean ayanamsa at `jd`, degrees: from `line` (anchor TT, degrees,
/// degrees per day; only ever made for precession-only systems) within
/// [`LINE_REACH_DAYS`] of its anchor, else exactly.
fn mean_on_line(line: Option<(f64, f64, f64)>, model: &AyanamsaModel, jd: JulianDayTt) -> f64 {
    let t = jd.value();
    match line {
        Some((t0, m0, rate)) if (t - t0).abs() <= LINE_REACH_DAYS => m0 + rate * (t - t0),
        _ => model.mean_degrees(jd),
    }
}

impl AyanamsaNodes {
    /// Makes sure the nodes needed over `[ta, tb]` (TT) exist.
    fn cover(
        &mut self,
        model: &AyanamsaModel,
        eph: &mut SegmentCache,
        ta: f64,
        tb: f64,
    ) -> Result<(), Error> {
        let n0 = libm_floor(ta / AYA_STEP) as i64 - 1;
        let n1 = libm_floor(tb / AYA_STEP) as i64 + 2;
        // Forget nodes far behind (long runs of days).
        while let Some((&k, _)) = self.nodes.first_key_value() {
            if k < n0 - 8 {
                self.nodes.remove(&k);
            } else {
                break;
            }
        }
        let first = (n0..=n1).find(|n| !self.nodes.contains_key(n));
        let last = (n0..=n1).rev().find(|n| !self.nodes.contains_key(n));
        if let (Some(f), Some(l)) = (first, last) {
            if model.is_precession_only() && l - f >= 2 {
                let (tf, tl) = (f as f64 * AYA_STEP, l as f64 * AYA_STEP);
                let mf = model.mean_degrees(JulianDayTt::new(tf)?);
                let ml = model.mean_degrees(JulianDayTt::new(tl)?);
                let rate = crate::search::wrap180(ml - mf) / (tl - tf);
                self.line = Some((tf, mf, rate));
            }
        }
        for n in n0..=n1 {
            if let alloc::collections::btree_map::Entry::Vacant(slot) = self.nodes.entry(n) {
                let t = n as f64 * AYA_STEP;
                let jd = JulianDayTt::new(t)?;
                let dpsi = eph.nutation(jd)?.longitude_deg;
                let mean = mean_on_line(self.line, model, jd);
                slot.insert(norm_deg(mean + dpsi));
            }
        }
        Ok(())
    }

    /// Value (degrees) and rate (degrees per day) at TT `t`; the nodes
    /// around `t` must have been covered.
    fn eval(&self, t: f64) -> (f64, f64) {
        let n = libm_floor(t / AYA_STEP) as i64;
        let y: [f64; 4] = core::array::from_fn(|i| {
            self.nodes
                .get(&(n - 1 + i as i64))
                .copied()
                .unwrap_or(f64::NAN)
        });
        // Cubic through x = −1, 0, 1, 2 (in steps), at x ∈ [0, 1).
        let x = t / AYA_STEP - n as f64;
        let (y0, y1, y2, y3) = (y[0], y[1], y[2], y[3]);
        let l0 = -x * (x - 1.0) * (x - 2.0) / 6.0;
        let l1 = (x + 1.0) * (x - 1.0) * (x - 2.0) / 2.0;
        let l2 = -(x + 1.0) * x * (x - 2.0) / 2.0;
        let l3 = (x + 1.0) * x * (x - 1.0) / 6.0;
        let d0 = -(3.0 * x * x - 6.0 * x + 2.0) / 6.0;
        let d1 = (3.0 * x * x - 4.0 * x - 1.0) / 2.0;
        let d2 = -(3.0 * x * x - 2.0 * x - 2.0) / 2.0;
        let d3 = (3.0 * x * x - 1.0) / 6.0;
        (
            l0 * y0 + l1 * y1 + l2 * y2 + l3 * y3,
            (d0 * y0 + d1 * y1 + d2 * y2 + d3 * y3) / AYA_STEP,
        )
    }
}

#[inline]
fn libm_floor(x: f64) -> f64 {
    crate::math::floor(x)
}

/// Cached month facts (shared between consecutive days).
#[derive(Debug, Clone, Copy)]
struct Month {
    start_tt: f64,
    end_tt: f64,
    sun_rashi_start: usize,
    sun_rashi_end: usize,
}

/// Computes days, keeping what consecutive days share.
struct Engine {
    options: PanchangOptions,
    model: AyanamsaModel,
    aya: AyanamsaNodes,
    month: Option<Month>,
    next_sankranti: Option<(f64, u32)>,
    /// Decoded ephemeris segments, shared by every search of the day and
    /// kept for the next day.
    eph: SegmentCache,
    /// The crossings of each limb (karana, nakshatra, yoga) found for the
    /// previous day: the next day starts inside its last span.
    memo: [Option<Crossings>; 3],
}

/// Crossings found by [`spans`]: (TT, grid index) in time order, and the
/// rate at the last one (to carry the forward search on from there).
#[derive(Debug, Clone, Default)]
struct Crossings {
    cross: Vec<(f64, u32)>,
    last_rate: f64,
}

/// Spans of one limb: (start TT, end TT, interval index) in time order.
type RawSpans = Vec<(f64, f64, u32)>;

impl Engine {
    fn new(options: &PanchangOptions) -> Self {
        Self {
            options: *options,
            model: options.ayanamsa.model(),
            aya: AyanamsaNodes::default(),
            month: None,
            next_sankranti: None,
            eph: SegmentCache::new(),
            memo: [None, None, None],
        }
    }

    fn sidereal_sun(&mut self, tt: f64) -> Result<f64, Error> {
        let t = JulianDayTt::new(tt)?;
        Ok(norm_deg(
            self.eph.longitude(Body::Sun, t)?.0 - self.model.at(t).true_degrees,
        ))
    }

    /// The true ayanamsa with the nutation in longitude taken from the
    /// ephemeris's IAU 2000A table instead of the IAU 2000B series: within
    /// 2.8 mas of [`AyanamsaModel::at`] over 1600–2200, at a fraction of
    /// the cost. For first guesses and for decisions away from a boundary.
    fn quick_ayanamsa(&mut self, t: JulianDayTt) -> Result<f64, Error> {
        let mean = mean_on_line(self.aya.line, &self.model, t);
        Ok(mean + self.eph.nutation(t)?.longitude_deg)
    }

    /// The sign (0 = Mesha) of the sidereal Sun at TT `tt`: from the quick
    /// ayanamsa unless the Sun is within 0.01° of a sign boundary, then
    /// exactly.
    fn sun_rashi(&mut self, tt: f64) -> Result<usize, Error> {
        let t = JulianDayTt::new(tt)?;
        let quick = norm_deg(self.eph.longitude(Body::Sun, t)?.0 - self.quick_ayanamsa(t)?);
        let into_sign = quick % 30.0;
        let lon = if (0.01..29.99).contains(&into_sign) {
            quick
        } else {
            self.sidereal_sun(tt)?
        };
        Ok((lon / 30.0) as usize % 12)
    }

    fn day(&mut self, date: NaiveDate, zone: &Zone, place: &Place) -> Result<Panchang, Error> {
        let t_mid = local_midnight(date, zone)?;
        let t_next_mid = local_midnight(
            date.succ_opt().ok_or_else(|| Error::InvalidDate {
                detail: alloc::format!("no date after {date}"),
            })?,
            zone,
        )?;
        // The Sun from the previous evening to the evening after the next
        // sunrise.
        let frame = rise::Frame::new(t_mid - 0.75, t_mid + 2.8, &mut self.eph)?;
        let sun = Sky::with_frame(
            Body::Sun,
            place,
            t_mid - 0.75,
            t_mid + 2.25,
            &self.options.rise,
            &frame,
            &mut self.eph,
        )?;
        // Events from the previous afternoon to the day after next: the previous
        // sunset, the sunrise of the day, its sunset and the next sunrise
        // (sunrises fall before 15:00 zone time wherever the Sun rises).
        let ev = sun.events_with(t_mid - 0.6, t_mid + 2.1, false);
        let first = |kind: HorizonEvent, a: f64, b: f64| {
            ev.iter()
                .find(|e| e.event == kind && e.jd_ut.value() >= a && e.jd_ut.value() < b)
                .map(|e| e.jd_ut.value())
        };
        let sunrise = first(HorizonEvent::Rise, t_mid, t_next_mid);
        let next_sunrise = sunrise.and_then(|r| first(HorizonEvent::Rise, r + 1e-6, r + 1.5));
        let sunset = match (sunrise, next_sunrise) {
            (Some(a), Some(b)) => first(HorizonEvent::Set, a, b),
            _ => None,
        };
        let prev_sunset = sunrise.and_then(|r| {
            ev.iter()
                .rev()
                .find(|e| e.event == HorizonEvent::Set && e.jd_ut.value() < r)
                .map(|e| e.jd_ut.value())
        });
        let (basis, d0, d1) = match (sunrise, next_sunrise) {
            (Some(a), Some(b)) => (DayBasis::Sunrise, a, b),
            _ => (DayBasis::CivilMidnight, t_mid, t_next_mid),
        };
        let moon = Sky::with_frame(
            Body::Moon,
            place,
            d0 - 0.75,
            d1 + 0.75,
            &self.options.rise,
            &frame,
            &mut self.eph,
        )?;
        let mev = moon.events_with(d0, d1, false);
        let moon_first = |kind| {
            mev.iter()
                .find(|e| e.event == kind)
                .map(|e| e.jd_ut.value())
        };

        let dt = DeltaT::SwissEphemeris.seconds_at(JulianDayUt::new(d0)?) / 86_400.0;
        let (a, b) = (d0 + dt, d1 + dt);
        self.aya
            .cover(&self.model, &mut self.eph, a - 1.5, b + 1.5)?;
        let aya = &self.aya;
        // One cache for every closure below (they run one at a time).
        let eph = RefCell::new(&mut self.eph);
        let moon_sun = |t: JulianDayTt| -> Result<(f64, f64, f64, f64), Error> {
            let mut e = eph.borrow_mut();
            let (m, mv) = e.longitude(Body::Moon, t)?;
            let (s, sv) = e.longitude(Body::Sun, t)?;
            Ok((m, mv, s, sv))
        };
        let mut elong = |t: JulianDayTt| -> Result<AngleRate, Error> {
            let (m, mv, s, sv) = moon_sun(t)?;
            Ok(AngleRate {
                angle_deg: norm_deg(m - s),
                rate_deg_per_day: mv - sv,
            })
        };
        let mut moon_sid = |t: JulianDayTt| -> Result<AngleRate, Error> {
            let (m, mv) = eph.borrow_mut().longitude(Body::Moon, t)?;
            let (ay, ar) = aya.eval(t.value());
            Ok(AngleRate {
                angle_deg: norm_deg(m - ay),
                rate_deg_per_day: mv - ar,
            })
        };
        let mut sum_sid = |t: JulianDayTt| -> Result<AngleRate, Error> {
            let (m, mv, s, sv) = moon_sun(t)?;
            let (ay, ar) = aya.eval(t.value());
            Ok(AngleRate {
                angle_deg: norm_deg(m + s - 2.0 * ay),
                rate_deg_per_day: mv + sv - 2.0 * ar,
            })
        };

        let six = Grid::new(0.0, 6.0)?;
        let nak = Grid::new(0.0, 360.0 / 27.0)?;
        let [memo_k, memo_n, memo_y] = &mut self.memo;
        let karana_raw = spans(
            &mut elong,
            six,
            RateBounds::MOON_MINUS_SUN,
            a,
            b,
            true,
            memo_k,
        )?;
        let nak_raw = spans(&mut moon_sid, nak, RateBounds::MOON, a, b, false, memo_n)?;
        let yoga_raw = spans(
            &mut sum_sid,
            nak,
            RateBounds::MOON_PLUS_SUN,
            a,
            b,
            false,
            memo_y,
        )?;
        let e0 = elong(JulianDayTt::new(a)?)?.angle_deg;
        let m0 = moon_sid(JulianDayTt::new(a)?)?.angle_deg;
        let sun_sid_a = norm_deg(
            eph.borrow_mut()
                .longitude(Body::Sun, JulianDayTt::new(a)?)?
                .0
                - aya.eval(a).0,
        );

        let ut = |t: f64| t - dt;
        let keep = |s: f64, e: f64| e > a && s < b;
        let karanas: Vec<Span<Karana>> = karana_raw
            .iter()
            .filter(|&&(s, e, _)| keep(s, e))
            .map(|&(s, e, k)| Span {
                value: Karana::from_number(k as u8 + 1).unwrap_or(Karana {
                    number: 1,
                    name: KaranaName::Kimstughna,
                }),
                start_jd_ut: ut(s),
                end_jd_ut: ut(e),
            })
            .collect();
        // Tithi boundaries are the even 6° boundaries.
        let mut tithis: Vec<Span<Tithi>> = Vec::new();
        for &(s, e, k) in &karana_raw {
            if k % 2 == 0 {
                tithis.push(Span {
                    value: Tithi::wrapping(k as usize / 2),
                    start_jd_ut: ut(s),
                    end_jd_ut: ut(e),
                });
            } else if let Some(last) = tithis.last_mut() {
                last.end_jd_ut = ut(e);
            }
        }
        tithis.retain(|t| t.end_jd_ut > d0 && t.start_jd_ut < d1);
        let nakshatras = nak_raw
            .iter()
            .filter(|&&(s, e, _)| keep(s, e))
            .map(|&(s, e, k)| Span {
                value: Nakshatra::wrapping(k as usize),
                start_jd_ut: ut(s),
                end_jd_ut: ut(e),
            })
            .collect();
        let yogas = yoga_raw
            .iter()
            .filter(|&&(s, e, _)| keep(s, e))
            .map(|&(s, e, k)| Span {
                value: Yoga::wrapping(k as usize),
                start_jd_ut: ut(s),
                end_jd_ut: ut(e),
            })
            .collect();
        let pada_at_start = ((norm_deg(m0) / (360.0 / 108.0)) as u32 % 4 + 1) as u8;

        // Month: the new moons around the start of the day.
        let month = match self.month {
            Some(m) if m.start_tt <= a && a < m.end_tt => m,
            _ => {
                let whole = Grid::new(0.0, 360.0)?;
                let s0 = AngleRate {
                    angle_deg: e0,
                    rate_deg_per_day: elong(JulianDayTt::new(a)?)?.rate_deg_per_day,
                };
                let start_tt = Monotone::new(&mut elong, RateBounds::MOON_MINUS_SUN, -1.0)
                    .next(a, s0, &whole)?
                    .0;
                let end_tt = Monotone::new(&mut elong, RateBounds::MOON_MINUS_SUN, 1.0)
                    .next(a, s0, &whole)?
                    .0;
                let m = Month {
                    start_tt,
                    end_tt,
                    sun_rashi_start: self.sun_rashi(start_tt)?,
                    sun_rashi_end: self.sun_rashi(end_tt)?,
                };
                self.month = Some(m);
                m
            }
        };
        // Sankrantis: the next entry of the sidereal Sun into a sign.
        let (sank_tt, sank_k) = match self.next_sankranti {
            Some((t, k)) if t >= a => (t, k),
            _ => {
                // Search with the ayanamsa taken as linear over the next
                // 32 days (its nutation part drifts by up to ~1″ there), then
                // correct the root with one exact evaluation.
                let y0 = self.quick_ayanamsa(JulianDayTt::new(a)?)?;
                let y1 = self.quick_ayanamsa(JulianDayTt::new(a + 32.0)?)?;
                let slope = crate::search::wrap180(y1 - y0) / 32.0;
                let eph = &mut self.eph;
                let mut sun_sid = move |t: JulianDayTt| -> Result<AngleRate, Error> {
                    let (l, v) = eph.longitude(Body::Sun, t)?;
                    Ok(AngleRate {
                        angle_deg: norm_deg(l - (y0 + slope * (t.value() - a))),
                        rate_deg_per_day: v - slope,
                    })
                };
                let s0 = sun_sid(JulianDayTt::new(a)?)?;
                let grid = Grid::new(0.0, 30.0)?;
                let (t1, s1, k) =
                    Monotone::new(&mut sun_sid, RateBounds::SUN, 1.0).next(a, s0, &grid)?;
                let exact = crate::search::wrap180(self.sidereal_sun(t1)? - grid.value_deg(k));
                let t = t1 - exact / s1.rate_deg_per_day;
                self.next_sankranti = Some((t, k));
                (t, k)
            }
        };
        let next_sankranti = Sankranti {
            rashi: Rashi::wrapping(sank_k as usize),
            jd_ut: ut(sank_tt),
        };
        let sankrantis = if sank_tt < b {
            alloc::vec![next_sankranti]
        } else {
            Vec::new()
        };

        let tithi0 = Tithi::of_elongation(e0);
        let amanta = Masa::wrapping(month.sun_rashi_start + 1);
        let adhika = month.sun_rashi_start == month.sun_rashi_end;
        let kshaya = ((month.sun_rashi_end + 12 - month.sun_rashi_start) % 12 == 2)
            .then(|| Masa::wrapping(month.sun_rashi_start + 2));
        let paksha = tithi0.paksha();
        let purnimanta = if paksha == Paksha::Krishna {
            Masa::wrapping(amanta.index() + 1)
        } else {
            amanta
        };
        // The year began at the new moon of Chaitra, `amanta` months back
        // (within a month, which is enough to know its Gregorian year).
        let year_start = month.start_tt - amanta.index() as f64 * 29.530_589;
        let gy = {
            use chrono::Datelike;
            JulianDayUt::new(year_start)?.to_utc()?.year()
        };
        let shaka = gy - 78;
        let calendar = LunarCalendar {
            amanta_month: amanta,
            purnimanta_month: purnimanta,
            adhika,
            kshaya,
            month_start_jd_ut: ut(month.start_tt),
            month_end_jd_ut: ut(month.end_tt),
            paksha,
            ritu: Ritu::of_masa(amanta),
            ayana: Ayana::of_sun(sun_sid_a),
            samvatsara_south: Samvatsara::south_of_shaka(shaka),
            samvatsara_north: Samvatsara::north_of_shaka(shaka),
            shaka_year: shaka,
            vikram_year: shaka + 135,
        };
        let vara = Vara::of_date(date);
        let muhurtas = match (basis, sunrise, sunset, next_sunrise) {
            (DayBasis::Sunrise, Some(r), Some(s), Some(n)) => {
                Some(muhurta::muhurtas(vara, r, s, n, prev_sunset))
            }
            _ => None,
        };
        Ok(Panchang {
            date,
            day_basis: basis,
            start_jd_ut: d0,
            end_jd_ut: d1,
            sunrise_jd_ut: sunrise,
            sunset_jd_ut: sunset,
            next_sunrise_jd_ut: next_sunrise,
            moonrise_jd_ut: moon_first(HorizonEvent::Rise),
            moonset_jd_ut: moon_first(HorizonEvent::Set),
            vara,
            tithis,
            nakshatras,
            pada_at_start,
            yogas,
            karanas,
            sankrantis,
            next_sankranti,
            calendar,
            muhurtas,
        })
    }
}

/// The spans of a monotone limb function that touch `[a, b]` (TT): the
/// crossing at or before `a`, then every crossing up to the first after
/// `b`. With `even_end`, the list is extended back and forward to crossings
/// of even index (the tithi boundaries among the karana boundaries).
///
/// `memo` holds the crossings of the previous call (the previous day): when
/// `a` falls inside them, they are reused and the forward search goes on
/// from the last one; the crossings found are left in `memo`.
fn spans<F>(
    f: &mut F,
    grid: Grid,
    bounds: RateBounds,
    a: f64,
    b: f64,
    even_end: bool,
    memo: &mut Option<Crossings>,
) -> Result<RawSpans, Error>
where
    F: FnMut(JulianDayTt) -> Result<AngleRate, Error>,
{
    let reused = memo.take().and_then(|m| {
        // The last crossing at or before `a` (of even index if asked), and
        // at least one crossing after it.
        let i = m
            .cross
            .iter()
            .rposition(|&(t, k)| t <= a && (!even_end || k % 2 == 0))?;
        (i + 1 < m.cross.len()).then(|| Crossings {
            cross: m.cross[i..].to_vec(),
            last_rate: m.last_rate,
        })
    });
    let (mut cross, mut t, mut s) = match reused {
        Some(m) => {
            let &(tl, kl) = m.cross.last().unwrap_or(&(a, 0));
            let s = AngleRate {
                angle_deg: grid.value_deg(kl),
                rate_deg_per_day: m.last_rate,
            };
            (m.cross, tl, s)
        }
        None => {
            let s0 = f(JulianDayTt::new(a)?)?;
            let mut back = Monotone::new(f, bounds, -1.0);
            let (mut ts, mut ss, mut ks) = back.next(a, s0, &grid)?;
            ss.angle_deg = grid.value_deg(ks);
            if even_end && ks % 2 == 1 {
                let (t, s, k) = back.next(ts, ss, &grid)?;
                ts = t;
                ks = k;
                let _ = s;
            }
            let s = AngleRate {
                angle_deg: grid.value_deg(ks),
                rate_deg_per_day: ss.rate_deg_per_day,
            };
            (alloc::vec![(ts, ks)], ts, s)
        }
    };
    // Forward from the last known crossing (cheap: the next ones are near),
    // unless the reused ones already reach past `b`.
    let done = |cross: &[(f64, u32)]| {
        cross.len() > 1
            && cross
                .last()
                .is_some_and(|&(tc, k)| tc > b && (!even_end || k % 2 == 0))
    };
    let mut fwd = Monotone::new(f, bounds, 1.0);
    while !done(&cross) {
        let (tc, sc, k) = fwd.next(t, s, &grid)?;
        cross.push((tc, k));
        t = tc;
        s = AngleRate {
            angle_deg: grid.value_deg(k),
            rate_deg_per_day: sc.rate_deg_per_day,
        };
    }
    let out = cross.windows(2).map(|w| (w[0].0, w[1].0, w[0].1)).collect();
    *memo = Some(Crossings {
        cross,
        last_rate: s.rate_deg_per_day,
    });
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The mean-ayanamsa line of [`AyanamsaNodes`] (a secant over a 10-day
    /// cover, used up to [`LINE_REACH_DAYS`] from its anchor) against the
    /// exact mean ayanamsa, for epoch systems, over 1600–2200.
    #[test]
    fn mean_ayanamsa_line_holds_for_sixty_days() {
        let mut worst: f64 = 0.0;
        for system in [
            Ayanamsa::Lahiri,
            Ayanamsa::Krishnamurti,
            Ayanamsa::FaganBradley,
        ] {
            let model = system.model();
            assert!(model.is_precession_only());
            let mut t0 = 2_305_520.0;
            while t0 < 2_524_800.0 {
                let exact = |t: f64| model.mean_degrees(JulianDayTt::new(t).unwrap());
                let (m0, m1) = (exact(t0), exact(t0 + 10.0));
                let rate = crate::search::wrap180(m1 - m0) / 10.0;
                for dt in [-LINE_REACH_DAYS, -30.0, 5.0, 30.0, LINE_REACH_DAYS] {
                    let err = crate::search::wrap180(m0 + rate * dt - exact(t0 + dt)).abs();
                    worst = worst.max(err * 3600.0);
                }
                t0 += 3_652.5;
            }
        }
        assert!(worst < 1e-5, "{worst}″ (measured 3.5e-6″)");
        assert!(!Ayanamsa::TrueChitra.model().is_precession_only());
    }
}
