//! Upagrahas: the five Sun-based "non-luminous" points (aprakasha grahas:
//! Dhuma, Vyatipata, Parivesha, Indrachapa, Upaketu) and the kalavelas
//! (Kala, Mrityu, Ardhaprahara, Yamaghantaka, Gulika, Maandi), each the
//! ascendant at a moment of the day or night of birth.
//!
//! The Sun-based five are pure functions of the Sun's longitude
//! ([`sun_upagrahas`], BPHS 3.61–64). The kalavelas need the day
//! (sunrise → sunset) or the night (sunset → next sunrise) that holds the
//! instant, divided into eight equal parts ([`day_division`], BPHS
//! 3.66–69); a kalavela's longitude is the ascendant at a point of its
//! lord's part ([`Upagrahas::of_chart`], BPHS 3.70). A derived analysis:
//! it reads the chart, rise and set from [`crate::panchang::rise`] and the
//! ascendant computed as the chart computes its own.
//!
//! # Schools
//! BPHS 3.70 takes **Gulika** at the *start* of Saturn's part ("the degree
//! rising at the start of Gulika's portion is Gulika"), as Jagannatha Hora
//! and PyJHora do: [`UpagrahaOptions::gulika`] defaults to
//! [`PartPoint::Start`]. BPHS names no separate Maandi (it uses Gulika and
//! Mandi for one point); the texts that separate them disagree:
//! P. V. R. Narasimha Rao (*Vedic Astrology: An Integrated Approach*) has
//! Maandi at the start and Gulika at the middle, Jagannatha Hora and PyJHora
//! 4.8.7 (`drik.maandi_longitude`) put **Maandi** at the *middle* of
//! Saturn's part, and Kerala practice (the "Maandi udaya" table: 26, 22, 18,
//! 14, 10, 6, 2 ghatis into the day from Sunday to Saturday) near its end.
//! [`UpagrahaOptions::maandi`] defaults to [`PartPoint::Middle`] (Jagannatha
//! Hora, PyJHora); [`PartPoint::Start`] gives BPHS's single Gulika–Mandi and
//! [`PartPoint::KeralaGhatis`] the Kerala table. Kala, Mrityu, Ardhaprahara
//! and Yamaghantaka, of which BPHS gives only the parts, are taken at the
//! middle of their parts (Narasimha Rao, Jagannatha Hora, PyJHora).
//! Jagannatha Hora's defaults are named here as PyJHora, which mirrors it,
//! reproduces them; Jagannatha Hora itself was not run.
//!
//! The weekday that rules the parts is that of the sunrise that begins the
//! day, so a night birth after midnight belongs to the previous weekday.
//! Sunrise follows [`UpagrahaOptions::rise`] (default the Hindu rising of
//! the disc centre without refraction, as Jagannatha Hora and PyJHora).
//!
//! The eighth part is the lordless one (BPHS 3.66–69: "the eighth portion is
//! lord-less; the seven portions are distributed to the seven grahas
//! commencing from the lord of the weekday"). Some tables, PyJHora's
//! among them, put the lordless part right after Saturn's instead, which
//! moves Kala, Mrityu, Ardhaprahara or Yamaghantaka one part later when
//! its lord follows Saturn in the day's order (never Gulika or Maandi).
//! The almanacs' Yamaganda, Jupiter's part (see
//! [`crate::panchang::Muhurtas::yamaganda`]: the 7th part on Friday, the
//! 6th on Saturday), agrees with BPHS.
//!
//! PyJHora 4.8.7 also gets the night wrong: for a birth after sunset it
//! divides a day-length span starting at the next sunrise's *clock time* on
//! the birth date, and for a birth before sunrise it counts from that
//! morning's sunrise forward, so its night kalavelas are ascendants of the
//! daytime. `tests/upagraha.rs` compares with PyJHora by day and with the
//! text's rule evaluated on PyJHora's own sunrise, sunset and ascendant
//! always (see `tests/data/README.md`, "Upagraha fixture").
//!
//! # References
//! BPHS ch. 3 (Santhanam): 3.61–64 the aprakasha grahas, 3.65 their
//! effects, 3.66–69 the division of day and night, 3.70 Gulika's longitude;
//! P. V. R. Narasimha Rao, *Vedic Astrology: An Integrated Approach*, ch. 3
//! (upagrahas); the Maandi udaya table of Kerala practice as given by Allur
//! V. Venkatraman Iyer, *Importance of Maandi in Astrology*, "Maandi udaya"
//! (as summarised on vedicastroindia.com, "Gulika: destroyer or promoter").

use crate::chart::{Chart, ZodiacPoint};
use crate::enums::closed_enum;
use crate::ephemeris::Body;
use crate::graha::Graha;
use crate::math::floor;
use crate::panchang::Place;
use crate::panchang::limbs::Vara;
use crate::panchang::rise::{self, HorizonEvent, RiseOptions};
use crate::time::JulianDayUt;
use crate::{Error, Longitude};

closed_enum! {
    /// The five Sun-based upagrahas, the aprakasha ("non-luminous") grahas
    /// of BPHS 3.61–64, malefics that afflict the Sun, the Moon or the
    /// lagna they join (BPHS 3.65).
    pub enum SunUpagraha: 5 {
        /// Dhuma: Sun + 4 signs 13°20′ (133°20′).
        Dhuma => "Dhuma",
        /// Vyatipata (Pata): 12 signs − Dhuma.
        #[doc(alias = "Pata")]
        Vyatipata => "Vyatipata",
        /// Parivesha (Paridhi): Vyatipata + 6 signs.
        #[doc(alias = "Paridhi")]
        Parivesha => "Parivesha",
        /// Indrachapa (Chapa, Indra Dhanus, Kodanda): 12 signs − Parivesha.
        #[doc(alias = "Chapa")]
        #[doc(alias = "Kodanda")]
        Indrachapa => "Indrachapa",
        /// Upaketu (Ketu, Shikhi, Dhvaja): Indrachapa + 16°40′, one sign
        /// behind the Sun.
        #[doc(alias = "Shikhi")]
        #[doc(alias = "Dhvaja")]
        Upaketu => "Upaketu",
    }
}

/// Dhuma's distance ahead of the Sun: 4 signs 13°20′ (BPHS 3.61–64).
const DHUMA_FROM_SUN_DEG: f64 = 4.0 * 30.0 + 13.0 + 20.0 / 60.0;
/// Upaketu's distance ahead of Indrachapa: 16°40′ (BPHS 3.61–64).
const UPAKETU_FROM_INDRACHAPA_DEG: f64 = 16.0 + 40.0 / 60.0;

/// The five Sun-based upagrahas from the Sun's longitude, in
/// [`SunUpagraha`] order, each step as BPHS 3.61–64 states it:
///
/// * Dhuma = Sun + 133°20′;
/// * Vyatipata = 360° − Dhuma;
/// * Parivesha = Vyatipata + 180°;
/// * Indrachapa = 360° − Parivesha;
/// * Upaketu = Indrachapa + 16°40′, which is the Sun − 30° ("adding a sign
///   to Upaketu gives the Sun").
///
/// Any zodiac: the results are in the Sun's.
///
/// ```
/// use jyotish::Longitude;
/// use jyotish::upagraha::{sun_upagrahas, SunUpagraha};
/// // A worked example: the Sun at 72° gives Dhuma 205°20′, Vyatipata
/// // 154°40′, Parivesha 334°40′, Indrachapa 25°20′, Upaketu 42°.
/// let u = sun_upagrahas(Longitude::new(72.0)?);
/// let expect = [205.0 + 20.0 / 60.0, 154.0 + 40.0 / 60.0, 334.0 + 40.0 / 60.0,
///               25.0 + 20.0 / 60.0, 42.0];
/// for (got, want) in u.iter().zip(expect) {
///     assert!((got.degrees() - want).abs() < 1e-9);
/// }
/// assert_eq!(SunUpagraha::ALL[4].name(), "Upaketu");
/// # Ok::<(), jyotish::Error>(())
/// ```
///
/// # References
/// BPHS 3.61–64 (Santhanam).
pub fn sun_upagrahas(sun: Longitude) -> [Longitude; 5] {
    let dhuma = sun.add_degrees(DHUMA_FROM_SUN_DEG);
    let vyatipata = Longitude::wrap(360.0 - dhuma.degrees());
    let parivesha = vyatipata.add_degrees(180.0);
    let indrachapa = Longitude::wrap(360.0 - parivesha.degrees());
    let upaketu = indrachapa.add_degrees(UPAKETU_FROM_INDRACHAPA_DEG);
    [dhuma, vyatipata, parivesha, indrachapa, upaketu]
}

impl SunUpagraha {
    /// This upagraha's longitude from the Sun's ([`sun_upagrahas`]).
    pub fn from_sun(self, sun: Longitude) -> Longitude {
        sun_upagrahas(sun)[self.index()]
    }
}

closed_enum! {
    /// The upagrahas that rise with a part of the day or night (BPHS
    /// 3.66–70), each named for the graha whose part it is.
    pub enum Kalavela: 6 {
        /// Kala (Kalavela): the Sun's part.
        Kala => "Kala",
        /// Mrityu: Mars's part.
        Mrityu => "Mrityu",
        /// Ardhaprahara: Mercury's part.
        #[doc(alias = "Ardhayama")]
        Ardhaprahara => "Ardhaprahara",
        /// Yamaghantaka (Yamakantaka): Jupiter's part.
        #[doc(alias = "Yamakantaka")]
        Yamaghantaka => "Yamaghantaka",
        /// Gulika: Saturn's part, at its start (BPHS 3.70).
        Gulika => "Gulika",
        /// Maandi (Mandi): Saturn's part, at the point of
        /// [`UpagrahaOptions::maandi`].
        #[doc(alias = "Mandi")]
        Maandi => "Maandi",
    }
}

/// The graha whose part each kalavela rises in, in [`Kalavela`] order
/// (BPHS 3.66–69).
const KALAVELA_LORD: [Graha; 6] = [
    Graha::Sun,
    Graha::Mars,
    Graha::Mercury,
    Graha::Jupiter,
    Graha::Saturn,
    Graha::Saturn,
];

impl Kalavela {
    /// The graha whose part of the day or night this kalavela rises in.
    pub const fn lord(self) -> Graha {
        KALAVELA_LORD[self.index()]
    }
}

/// Where in its part a kalavela's ascendant is taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum PartPoint {
    /// The start of the part (BPHS 3.70 for Gulika).
    Start,
    /// The middle of the part (Jagannatha Hora and PyJHora for Maandi,
    /// Kala, Mrityu, Ardhaprahara and Yamaghantaka).
    Middle,
    /// The end of the part.
    End,
    /// 4n − 2 ghatis into the 30-ghati day or night, n the part's number
    /// (1–7): the Maandi udaya table of Kerala practice, 26, 22, 18, 14, 10,
    /// 6 and 2 ghatis after sunrise from Sunday to Saturday (and the same
    /// rule after sunset), scaled to the actual length of the day or night.
    /// Written for Saturn's part; applied as stated to any part.
    KeralaGhatis,
}

impl PartPoint {
    /// The point's offset from the start of the day or night, as a fraction
    /// of the day or night, for the part `k` (0-based, 0–7).
    fn fraction(self, k: usize) -> f64 {
        let k = k as f64;
        match self {
            PartPoint::Start => k / 8.0,
            PartPoint::Middle => (k + 0.5) / 8.0,
            PartPoint::End => (k + 1.0) / 8.0,
            // n = k + 1: (4n − 2) ghatis of 30.
            PartPoint::KeralaGhatis => (4.0 * (k + 1.0) - 2.0) / 30.0,
        }
    }
}

/// Choices for the kalavelas.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default))]
pub struct UpagrahaOptions {
    /// The definition of sunrise and sunset (default the Hindu rising:
    /// disc centre, no refraction).
    pub rise: RiseOptions,
    /// Where Gulika is taken in Saturn's part (default the start, BPHS 3.70).
    pub gulika: PartPoint,
    /// Where Maandi is taken in Saturn's part (default the middle, as
    /// Jagannatha Hora and PyJHora).
    pub maandi: PartPoint,
    /// Where Kala, Mrityu, Ardhaprahara and Yamaghantaka are taken in their
    /// parts (default the middle).
    pub others: PartPoint,
}

impl Default for UpagrahaOptions {
    fn default() -> Self {
        UpagrahaOptions {
            rise: RiseOptions::HINDU,
            gulika: PartPoint::Start,
            maandi: PartPoint::Middle,
            others: PartPoint::Middle,
        }
    }
}

impl UpagrahaOptions {
    /// The point in its part at which `k` is taken.
    pub fn point(&self, k: Kalavela) -> PartPoint {
        match k {
            Kalavela::Gulika => self.gulika,
            Kalavela::Maandi => self.maandi,
            _ => self.others,
        }
    }
}

/// Day (sunrise → sunset) or night (sunset → next sunrise).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum HalfDay {
    /// Dinamana: sunrise to sunset.
    Day,
    /// Ratrimana: sunset to the next sunrise.
    Night,
}

/// One eighth of a day or night.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DayPart {
    /// Its lord (`None` for the eighth part, which has none).
    pub lord: Option<Graha>,
    /// Start, UT Julian day.
    pub start_jd_ut: f64,
    /// End, UT Julian day.
    pub end_jd_ut: f64,
}

/// The day or night that holds an instant, divided into eight parts (BPHS
/// 3.66–69).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DayDivision {
    /// Day or night.
    pub half: HalfDay,
    /// The weekday: that of the sunrise that began the day (so the small
    /// hours before sunrise belong to the previous weekday).
    pub vara: Vara,
    /// Sunrise (day) or sunset (night), UT Julian day.
    pub start_jd_ut: f64,
    /// Sunset (day) or the next sunrise (night), UT Julian day.
    pub end_jd_ut: f64,
    /// The eight parts in time order. By day the first is ruled by the
    /// weekday's lord, by night by the fifth lord from it, the others by
    /// the following weekday lords in turn; the eighth has no lord.
    pub parts: [DayPart; 8],
}

/// By night the parts start from the lord of the fifth weekday from the
/// day's (BPHS 3.66–69: Sunday night from Jupiter): four places on.
const NIGHT_FIRST_LORD_OFFSET: usize = 4;

/// How far before and after the instant sunrise and sunset are looked for,
/// days: a day and a night together last at most about 24 h 10 min within
/// the polar circles' edges, so 1.5 days always holds the sunrise before
/// and the one after when they exist.
const RISE_WINDOW_DAYS: f64 = 1.5;

impl DayDivision {
    /// The 0-based part ruled by `g` (`None` for Rahu and Ketu, which rule
    /// none).
    pub fn part_of(&self, g: Graha) -> Option<usize> {
        self.parts.iter().position(|p| p.lord == Some(g))
    }

    /// The instant of `point` in part `k` (0-based), UT Julian day.
    pub fn instant(&self, k: usize, point: PartPoint) -> f64 {
        self.start_jd_ut + (self.end_jd_ut - self.start_jd_ut) * point.fraction(k)
    }
}

/// The day (sunrise to sunset) or night (sunset to next sunrise) that holds
/// the instant `ut` at `place`, divided into eight equal parts with their
/// lords (BPHS 3.66–69).
///
/// The weekday is that of the sunrise that began the day, counted on the
/// local mean time of the place (UT + longitude/15 h): the civil weekday
/// wherever the zone's offset is within a few hours of local mean time.
///
/// ```
/// use jyotish::panchang::{Place, limbs::Vara, rise::RiseOptions};
/// use jyotish::upagraha::{day_division, HalfDay};
/// use jyotish::{Graha, JulianDayUt};
/// let delhi = Place::new(28.6, 77.2, 0.0)?;
/// // Wednesday 20 March 2024, 10:00 IST (04:30 UT): a day birth.
/// let d = day_division(JulianDayUt::new(2_460_389.687_5)?, &delhi, &RiseOptions::HINDU)?;
/// assert_eq!((d.half, d.vara), (HalfDay::Day, Vara::Wednesday));
/// // PyJHora 4.8.7 (drik.sunrise, Swiss Hindu rising): 06:28:43.3 IST.
/// assert!((d.start_jd_ut - 2_460_389.540_779).abs() * 86_400.0 < 0.5);
/// // Wednesday: Saturn's part is the 4th of the day, the 7th of the night;
/// // the eighth part has no lord.
/// assert_eq!(d.part_of(Graha::Saturn), Some(3));
/// assert_eq!(d.parts[7].lord, None);
/// // 21:00 IST the same evening: the night that follows Wednesday's day.
/// let n = day_division(JulianDayUt::new(2_460_390.145_8)?, &delhi, &RiseOptions::HINDU)?;
/// assert_eq!((n.half, n.vara), (HalfDay::Night, Vara::Wednesday));
/// assert_eq!(n.parts[0].lord, Some(Graha::Sun)); // the 5th lord from Mercury
/// assert_eq!(n.part_of(Graha::Saturn), Some(6));
/// # Ok::<(), jyotish::Error>(())
/// ```
///
/// # Errors
/// [`Error::NoSunriseOrSunset`] when the Sun does not rise or set within
/// 1.5 days of the instant (polar day or night); [`Error::OutsideEphemeris`]
/// outside 1600–2200; [`Error::OutOfRange`] for invalid refraction
/// parameters.
///
/// # References
/// BPHS 3.66–69 (Santhanam).
pub fn day_division(
    ut: JulianDayUt,
    place: &Place,
    rise: &RiseOptions,
) -> Result<DayDivision, Error> {
    let t = ut.value();
    let events = rise::events(
        Body::Sun,
        place,
        ut.add_days(-RISE_WINDOW_DAYS)?,
        ut.add_days(RISE_WINDOW_DAYS)?,
        rise,
    )?;
    let none = || Error::NoSunriseOrSunset {
        jd_ut: t,
        latitude_deg: place.latitude_deg,
        window_days: RISE_WINDOW_DAYS,
    };
    let at = |kind: HorizonEvent| {
        events
            .iter()
            .filter(move |e| e.event == kind)
            .map(|e| e.jd_ut.value())
    };
    let sunrise = at(HorizonEvent::Rise).rfind(|&r| r <= t).ok_or_else(none)?;
    let sunset = at(HorizonEvent::Set)
        .find(|&s| s > sunrise)
        .ok_or_else(none)?;
    let (half, start, end) = if t < sunset {
        (HalfDay::Day, sunrise, sunset)
    } else {
        let next = at(HorizonEvent::Rise)
            .find(|&r| r > sunset)
            .ok_or_else(none)?;
        (HalfDay::Night, sunset, next)
    };
    // Weekday of the sunrise's local mean date; JD 0 began on a Monday,
    // so floor(JD + 1.5) mod 7 counts from Sunday.
    let local = sunrise + place.longitude_deg / 360.0;
    let vara = Vara::wrapping((floor(local + 1.5) as i64).rem_euclid(7) as usize);
    let first = match half {
        HalfDay::Day => vara.index(),
        HalfDay::Night => vara.index() + NIGHT_FIRST_LORD_OFFSET,
    };
    let len = (end - start) / 8.0;
    let parts = core::array::from_fn(|k| DayPart {
        // Graha::ALL begins with the seven weekday lords in weekday order.
        lord: (k < 7).then(|| Graha::ALL[(first + k) % 7]),
        start_jd_ut: start + len * k as f64,
        end_jd_ut: start + len * (k + 1) as f64,
    });
    Ok(DayDivision {
        half,
        vara,
        start_jd_ut: start,
        end_jd_ut: end,
        parts,
    })
}

/// A Sun-based upagraha in the chart.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct SunUpagrahaPlacement {
    /// Which.
    pub upagraha: SunUpagraha,
    /// Its place on the zodiac (the chart's zodiac).
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub point: ZodiacPoint,
}

/// A kalavela in the chart.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct KalavelaPlacement {
    /// Which.
    pub kalavela: Kalavela,
    /// Its place on the zodiac: the ascendant at `rises_jd_ut` (the chart's
    /// zodiac).
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub point: ZodiacPoint,
    /// The part (0-based, 0–6) of [`Upagrahas::division`] it belongs to.
    pub part: u8,
    /// Where in the part it is taken.
    pub part_point: PartPoint,
    /// The instant whose ascendant it is, UT Julian day.
    pub rises_jd_ut: f64,
}

/// The upagrahas of a chart.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Upagrahas {
    /// Dhuma, Vyatipata, Parivesha, Indrachapa, Upaketu (in
    /// [`SunUpagraha`] order).
    pub sun_based: [SunUpagrahaPlacement; 5],
    /// The day or night of birth divided into its eight parts.
    pub division: DayDivision,
    /// Kala, Mrityu, Ardhaprahara, Yamaghantaka, Gulika, Maandi (in
    /// [`Kalavela`] order).
    pub kalavelas: [KalavelaPlacement; 6],
}

impl Upagrahas {
    /// The upagrahas of a chart: the Sun-based five from the chart's Sun,
    /// the kalavelas from the day or night of the birth at the birth place,
    /// each the ascendant (in the chart's zodiac, computed as the chart's
    /// own) at its point of its lord's part.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jyotish::upagraha::{Kalavela, UpagrahaOptions, Upagrahas};
    /// use jyotish::{BirthData, Chart, ChartConfig, Disambiguation, JulianDayUt, Zone};
    /// // New Delhi, Wednesday 20 March 2024, 10:00 IST: a day birth.
    /// let local = NaiveDate::from_ymd_opt(2024, 3, 20).unwrap().and_hms_opt(10, 0, 0).unwrap();
    /// let ut = JulianDayUt::from_local(&local, &Zone::iana("Asia/Kolkata")?, Disambiguation::Reject)?;
    /// let chart = Chart::new(&BirthData::new(ut, 28.6, 77.2, 0.0)?, &ChartConfig::default())?;
    /// let u = Upagrahas::of_chart(&chart, &UpagrahaOptions::default())?;
    /// // PyJHora 4.8.7 (drik.gulika_longitude, maandi_longitude, Lahiri):
    /// // 57.66738° and 68.16934°; it rounds sunrise and sunset to the second.
    /// assert!((u.kalavela(Kalavela::Gulika).point.longitude - 57.66738).abs() < 0.002);
    /// assert!((u.kalavela(Kalavela::Maandi).point.longitude - 68.16934).abs() < 0.002);
    /// // Polar night: no sunrise to divide from.
    /// let polar = Chart::new(&BirthData::new(ut.add_days(-80.0)?, 80.0, 15.0, 0.0)?, &ChartConfig::default())?;
    /// assert!(matches!(
    ///     Upagrahas::of_chart(&polar, &UpagrahaOptions::default()),
    ///     Err(jyotish::Error::NoSunriseOrSunset { .. })
    /// ));
    /// # Ok::<(), jyotish::Error>(())
    /// ```
    ///
    /// # Errors
    /// As [`day_division`]; [`Error::OutsideEphemeris`] when a part's
    /// instant leaves 1600–2200.
    ///
    /// # References
    /// BPHS 3.61–70 (Santhanam); see the module documentation for the
    /// schools.
    pub fn of_chart(chart: &Chart, options: &UpagrahaOptions) -> Result<Upagrahas, Error> {
        let sun = Longitude::wrap(chart.graha(Graha::Sun).point.longitude);
        let sun_based = {
            let l = sun_upagrahas(sun);
            core::array::from_fn(|i| SunUpagrahaPlacement {
                upagraha: SunUpagraha::ALL[i],
                point: ZodiacPoint::at(l[i].degrees()),
            })
        };
        let division = birth_division(chart, options)?;
        let one = |k: Kalavela| kalavela(chart, &division, k, options.point(k));
        let mut kalavelas = [one(Kalavela::Kala)?; 6];
        for (slot, k) in kalavelas.iter_mut().zip(Kalavela::ALL).skip(1) {
            *slot = one(k)?;
        }
        Ok(Upagrahas {
            sun_based,
            division,
            kalavelas,
        })
    }

    /// One Sun-based upagraha.
    pub fn sun_based(&self, u: SunUpagraha) -> &SunUpagrahaPlacement {
        &self.sun_based[u.index()]
    }

    /// One kalavela.
    pub fn kalavela(&self, k: Kalavela) -> &KalavelaPlacement {
        &self.kalavelas[k.index()]
    }
}

/// One kalavela of a chart, as [`Upagrahas::of_chart`] gives it, without
/// the other five and the Sun-based points (one ascendant instead of six):
/// e.g. Maandi for the yogas that read it
/// ([`crate::yoga::ChartFacts::with_maandi`]).
///
/// ```
/// use jyotish::upagraha::{Kalavela, UpagrahaOptions, Upagrahas, kalavela_of};
/// use jyotish::{BirthData, Chart, ChartConfig, JulianDayUt};
/// let birth = BirthData::new(JulianDayUt::new(2_447_906.875)?, 18.52, 73.86, 0.0)?;
/// let chart = Chart::new(&birth, &ChartConfig::default())?;
/// let opts = UpagrahaOptions::default();
/// let maandi = kalavela_of(&chart, Kalavela::Maandi, &opts)?;
/// assert_eq!(&maandi, Upagrahas::of_chart(&chart, &opts)?.kalavela(Kalavela::Maandi));
/// # Ok::<(), jyotish::Error>(())
/// ```
///
/// # Errors
/// As [`Upagrahas::of_chart`].
pub fn kalavela_of(
    chart: &Chart,
    k: Kalavela,
    options: &UpagrahaOptions,
) -> Result<KalavelaPlacement, Error> {
    kalavela(chart, &birth_division(chart, options)?, k, options.point(k))
}

/// The day or night of the chart's birth, divided ([`day_division`] at the
/// birth place).
fn birth_division(chart: &Chart, options: &UpagrahaOptions) -> Result<DayDivision, Error> {
    let b = &chart.birth;
    let place = Place::new(b.latitude_deg, b.longitude_deg, b.elevation_m)?;
    day_division(b.instant, &place, &options.rise)
}

/// One kalavela: the ascendant at `point` of its lord's part.
fn kalavela(
    chart: &Chart,
    division: &DayDivision,
    k: Kalavela,
    point: PartPoint,
) -> Result<KalavelaPlacement, Error> {
    // Each of the seven weekday lords rules exactly one of the first seven parts.
    let part = division.part_of(k.lord()).unwrap_or(0);
    let t = division.instant(part, point);
    let b = &chart.birth;
    let asc = crate::chart::ascendant_at(
        JulianDayUt::new(t)?,
        b.latitude_deg,
        b.longitude_deg,
        &chart.config,
    )?;
    Ok(KalavelaPlacement {
        kalavela: k,
        point: ZodiacPoint::at(asc),
        part: part as u8,
        part_point: point,
        rises_jd_ut: t,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::ChartConfig;

    #[test]
    fn sun_based_chain_closes() {
        // BPHS 3.61–64: adding one sign to Upaketu gives the Sun again.
        for s in [0.0, 13.25, 133.0, 226.7, 359.99] {
            let sun = Longitude::wrap(s);
            let u = sun_upagrahas(sun);
            let back = u[4].add_degrees(30.0).arc_from(sun);
            assert!(!(1e-9..=360.0 - 1e-9).contains(&back), "{s}: {back}");
            // Vyatipata and Parivesha are opposite; Dhuma and Vyatipata mirror.
            assert!((u[1].arc_from(u[2]) - 180.0).abs() < 1e-9);
            assert!((u[0].degrees() + u[1].degrees()) % 360.0 < 1e-9);
        }
    }

    #[test]
    fn part_points() {
        // Kerala Maandi udaya: Sunday by day Saturn rules the 7th part:
        // 26 ghatis of 30; Saturday the 1st: 2 ghatis.
        assert!((PartPoint::KeralaGhatis.fraction(6) - 26.0 / 30.0).abs() < 1e-15);
        assert!((PartPoint::KeralaGhatis.fraction(0) - 2.0 / 30.0).abs() < 1e-15);
        assert_eq!(PartPoint::Start.fraction(6), 0.75);
        assert_eq!(PartPoint::Middle.fraction(0), 1.0 / 16.0);
        assert_eq!(PartPoint::End.fraction(6), 0.875);
    }

    #[test]
    fn night_lords() {
        // BPHS 3.66–69: the night parts start from the fifth lord: Sunday
        // night from Jupiter, so Saturn rules its 3rd part; Tuesday night
        // starts with Saturn; Wednesday night has Saturn in the 7th part.
        let lord = |vara: usize, k: usize| Graha::ALL[(vara + NIGHT_FIRST_LORD_OFFSET + k) % 7];
        assert_eq!(lord(0, 0), Graha::Jupiter);
        assert_eq!(lord(0, 2), Graha::Saturn);
        assert_eq!(lord(2, 0), Graha::Saturn);
        assert_eq!(lord(3, 6), Graha::Saturn);
    }

    #[test]
    fn ascendant_at_birth_is_the_charts() {
        let ut = JulianDayUt::new(2_447_906.875).unwrap();
        for (lat, lon) in [(28.6139, 77.209), (-33.9, 18.4), (59.9, -150.0)] {
            let b = crate::BirthData::new(ut, lat, lon, 0.0).unwrap();
            let cfg = ChartConfig::default();
            let chart = Chart::new(&b, &cfg).unwrap();
            let a = crate::chart::ascendant_at(ut, lat, lon, &cfg).unwrap();
            assert_eq!(a, chart.ascendant.longitude);
        }
    }
}
