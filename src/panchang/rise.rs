//! Rising, setting and meridian transits of the Sun, the Moon and the
//! planets for a place on the Earth.
//!
//! An event is the instant at which the body's **true** (geometric)
//! altitude equals the horizon altitude of the chosen definition
//! ([`RiseOptions`]):
//!
//! h₀ = −(semidiameter, for the upper limb) − (refraction at the horizon, if any)
//!
//! with the position either geocentric or topocentric and, in the Hindu
//! convention, the ecliptic latitude set to zero. The default is the
//! **Hindu rising** of Swiss Ephemeris (`SE_BIT_HINDU_RISING`): the centre
//! of the disc on the geometric horizon, no refraction, geocentric
//! position, ecliptic latitude ignored, elevation irrelevant. It is the
//! sunrise of the Surya Siddhanta tradition and of Jagannatha Hora and
//! PyJHora.
//!
//! How: the body's ecliptic longitude, latitude and distance are sampled
//! with their rates every half day and interpolated by cubic Hermite
//! polynomials (error under 0.03″ for the Moon, far less for the Sun), so
//! that the altitude costs only trigonometry. The meridian transits are the
//! instants at which the hour angle is 0° (upper) or 180° (lower); between
//! two consecutive transits the altitude rises or falls, so each such
//! half-day holds at most one rising or setting, found by Newton steps on
//! the altitude inside the bracket. At high latitude a body that stays
//! above or below the horizon simply has no event: `None`, never a panic.
//!
//! Sidereal time is the apparent sidereal time of [`crate::time`] (IERS
//! 2010 with IAU 2000B equation of the equinoxes, as Swiss Ephemeris),
//! interpolated linearly over the search window (error under 0.02 s); the
//! obliquity is the true obliquity at the window's middle.
//!
//! # References
//! Meeus, *Astronomical Algorithms*, 2nd ed.: ch. 11 (ρ sin φ′, ρ cos φ′),
//! ch. 13 (ecliptic → equatorial → horizontal), ch. 15 (rising, transit and
//! setting), ch. 16 (refraction), ch. 40 (topocentric parallax); Sinclair
//! (1982) for the refraction at the horizon as Swiss Ephemeris applies it;
//! Swiss Ephemeris 2.10 documentation of `swe_rise_trans` for the flag
//! definitions (`SE_BIT_DISC_CENTER`, `SE_BIT_NO_REFRACTION`,
//! `SE_BIT_GEOCTR_NO_ECL_LAT`, `SE_BIT_HINDU_RISING`).

use alloc::vec::Vec;

use crate::Error;
use crate::ephemeris::{Body, SegmentCache};
use crate::error::check_range;
use crate::math::{DEG_TO_RAD, atan2, floor, norm_deg, sin_cos, sqrt};
use crate::time::{DeltaT, JulianDayTt, JulianDayUt, apparent_sidereal_time_for_horizon};

use super::Place;

/// Rate of the Earth rotation angle, degrees per UT day
/// (360° × 1.00273781191135448, IERS 2010 eq. 5.15).
const SIDEREAL_DEG_PER_DAY: f64 = 360.985_647_366_286_9;
/// Astronomical unit, metres (IAU 2012).
const AU_M: f64 = 1.495_978_707e11;
/// Equatorial radius and flattening of the Earth (IERS 2003, as Swiss
/// Ephemeris 2.10 uses for topocentric positions).
const EARTH_RADIUS_M: f64 = 6_378_136.6;
const EARTH_FLATTENING: f64 = 1.0 / 298.256_42;
/// Diameters in metres used for the semidiameter of the disc: the Sun
/// 1 392 000 km and the Moon 3475 km (the values of Swiss Ephemeris 2.10,
/// so that upper-limb times compare like with like). Planets count as points.
const SUN_DIAMETER_M: f64 = 1.392e9;
const MOON_DIAMETER_M: f64 = 3.475e6;

/// Which point of the disc defines the event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum DiscPoint {
    /// The centre of the disc (the Hindu convention).
    #[default]
    Centre,
    /// The upper limb: the first or last gleam (the almanac convention).
    UpperLimb,
}

/// Whether atmospheric refraction lifts the body at the horizon.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Refraction {
    /// The geometric horizon (the Hindu convention).
    #[default]
    None,
    /// Refraction at the horizon from Sinclair's formula, scaled for
    /// pressure and temperature as Swiss Ephemeris does:
    /// R₀ = 34.46′ · (P − 80)/930 / (1 + 0.00008 (34.46 + 39)(T − 10)),
    /// 34.5′ at 1013.25 hPa and 10 °C.
    Atmospheric {
        /// Air pressure at the observer, hectopascals (millibars).
        pressure_hpa: f64,
        /// Air temperature, degrees Celsius.
        temperature_c: f64,
    },
}

impl Refraction {
    /// Sea-level standard atmosphere: 1013.25 hPa, 10 °C.
    pub const STANDARD: Refraction = Refraction::Atmospheric {
        pressure_hpa: 1013.25,
        temperature_c: 10.0,
    };

    /// The refraction at the horizon, degrees (0 for [`Refraction::None`]).
    pub fn at_horizon_deg(&self) -> f64 {
        match *self {
            Refraction::None => 0.0,
            Refraction::Atmospheric {
                pressure_hpa,
                temperature_c,
            } => {
                // Sinclair (1982) at apparent altitude 0: 34.46′, scaled.
                let r = 34.46;
                r * (pressure_hpa - 80.0)
                    / 930.0
                    / (1.0 + 0.00008 * (r + 39.0) * (temperature_c - 10.0))
                    / 60.0
            }
        }
    }
}

/// Where the body is seen from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Observer {
    /// From the centre of the Earth (the Hindu convention): no parallax.
    #[default]
    Geocentric,
    /// From the place itself (latitude, longitude and elevation on the
    /// IERS 2003 ellipsoid): the Moon's horizontal parallax of ~57′ counts.
    Topocentric,
}

/// Whether the body's ecliptic latitude is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum EclipticLatitude {
    /// Set to zero: the rising of the body's ecliptic degree (the Hindu
    /// convention; Swiss `SE_BIT_GEOCTR_NO_ECL_LAT`).
    #[default]
    Ignored,
    /// The body's true position.
    Used,
}

/// A definition of rising and setting.
///
/// ```
/// use jyotish::panchang::rise::{RiseOptions, DiscPoint};
/// assert_eq!(RiseOptions::default(), RiseOptions::HINDU);
/// assert_eq!(RiseOptions::ASTRONOMICAL.disc, DiscPoint::UpperLimb);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct RiseOptions {
    /// Centre or upper limb.
    pub disc: DiscPoint,
    /// Geometric horizon or refracted.
    pub refraction: Refraction,
    /// Geocentric or topocentric.
    pub observer: Observer,
    /// Ecliptic latitude ignored or used.
    pub ecliptic_latitude: EclipticLatitude,
}

impl RiseOptions {
    /// Hindu rising (the default): centre of the disc on the geometric
    /// horizon, no refraction, geocentric, ecliptic latitude ignored — Swiss
    /// Ephemeris `SE_BIT_HINDU_RISING`, Jagannatha Hora, PyJHora. The
    /// elevation of the place plays no part.
    pub const HINDU: RiseOptions = RiseOptions {
        disc: DiscPoint::Centre,
        refraction: Refraction::None,
        observer: Observer::Geocentric,
        ecliptic_latitude: EclipticLatitude::Ignored,
    };

    /// The almanac definition: upper limb, standard refraction (34.5′),
    /// topocentric, true position — Swiss Ephemeris `swe_rise_trans` with
    /// no bits at 1013.25 hPa and 10 °C.
    pub const ASTRONOMICAL: RiseOptions = RiseOptions {
        disc: DiscPoint::UpperLimb,
        refraction: Refraction::STANDARD,
        observer: Observer::Topocentric,
        ecliptic_latitude: EclipticLatitude::Used,
    };

    /// Checks the refraction parameters.
    ///
    /// # Errors
    /// [`Error::OutOfRange`] for a pressure outside 0–2000 hPa or a
    /// temperature outside −100…+100 °C; [`Error::NotFinite`].
    pub fn validate(&self) -> Result<(), Error> {
        if let Refraction::Atmospheric {
            pressure_hpa,
            temperature_c,
        } = self.refraction
        {
            check_range("air pressure (hPa)", pressure_hpa, 0.0, 2000.0)?;
            check_range("air temperature (°C)", temperature_c, -100.0, 100.0)?;
        }
        Ok(())
    }
}

/// The kind of a horizon event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum HorizonEvent {
    /// The body rises.
    Rise,
    /// The body sets.
    Set,
    /// Upper meridian transit (culmination; the hour angle is 0°).
    UpperTransit,
    /// Lower meridian transit (the hour angle is 180°).
    LowerTransit,
}

/// One horizon event.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Event {
    /// What happens.
    pub event: HorizonEvent,
    /// When, UT Julian day.
    pub jd_ut: JulianDayUt,
}

/// Every rising, setting and transit of `body` in `[start, end)`, in time
/// order (at most 10 days; planets and the Sun and Moon; planets are
/// treated as points).
///
/// ```
/// use jyotish::panchang::{Place, rise::{self, HorizonEvent, RiseOptions}};
/// use jyotish::{Body, JulianDayUt};
/// let ujjain = Place::new(23.1765, 75.7885, 0.0)?;
/// // 2024-03-20, from 0h IST (18:30 UT the day before).
/// let start = JulianDayUt::new(2_460_389.270_833)?;
/// let end = JulianDayUt::new(start.value() + 1.0)?;
/// let ev = rise::events(Body::Sun, &ujjain, start, end, &RiseOptions::HINDU)?;
/// let kinds: Vec<_> = ev.iter().map(|e| e.event).collect();
/// // Local midnight (lower transit) comes ~35 min after 0h IST there.
/// assert_eq!(kinds, [HorizonEvent::LowerTransit, HorizonEvent::Rise,
///                    HorizonEvent::UpperTransit, HorizonEvent::Set]);
/// # Ok::<(), jyotish::Error>(())
/// ```
///
/// # Errors
/// [`Error::OutsideEphemeris`] outside 1600–2200, [`Error::OutOfRange`]
/// for a span over 10 days or invalid refraction parameters.
pub fn events(
    body: Body,
    place: &Place,
    start: JulianDayUt,
    end: JulianDayUt,
    options: &RiseOptions,
) -> Result<Vec<Event>, Error> {
    options.validate()?;
    let span = end.value() - start.value();
    check_range("span for rise and set (days)", span, 0.0, 10.0)?;
    let sky = Sky::new(body, place, start.value() - 0.6, end.value() + 0.6, options)?;
    Ok(sky.events(start.value(), end.value()))
}

/// The first event of a kind strictly after `after`, looking up to
/// `within_days` ahead (at most 10); `None` if there is none in that time
/// (polar day or night, or a day without moonrise).
///
/// ```
/// use jyotish::panchang::{Place, rise::{self, HorizonEvent, RiseOptions}};
/// use jyotish::{Body, JulianDayUt};
/// let tromso = Place::new(69.65, 18.96, 0.0)?;
/// let midsummer = JulianDayUt::new(2_460_482.5)?; // 2024-06-21 0h UT
/// let rise = rise::next(Body::Sun, HorizonEvent::Rise, &tromso, midsummer, 1.0, &RiseOptions::HINDU)?;
/// assert!(rise.is_none()); // midnight sun
/// let delhi = Place::new(28.6139, 77.2090, 216.0)?;
/// assert!(rise::next(Body::Sun, HorizonEvent::Rise, &delhi, midsummer, 1.0, &RiseOptions::HINDU)?.is_some());
/// # Ok::<(), jyotish::Error>(())
/// ```
///
/// # Errors
/// As [`events`].
pub fn next(
    body: Body,
    event: HorizonEvent,
    place: &Place,
    after: JulianDayUt,
    within_days: f64,
    options: &RiseOptions,
) -> Result<Option<JulianDayUt>, Error> {
    let end = JulianDayUt::new(
        after.value() + check_range("look-ahead (days)", within_days, 0.0, 10.0)?,
    )?;
    Ok(events(body, place, after, end, options)?
        .into_iter()
        .find(|e| e.event == event && e.jd_ut.value() > after.value())
        .map(|e| e.jd_ut))
}

/// One sample of the body's place as a rectangular vector of the true
/// equator of date (au, or a unit vector for a body without distance) and
/// its velocity (per UT day).
#[derive(Debug, Clone, Copy)]
struct Sample {
    r: [f64; 3],
    v: [f64; 3],
}

/// Apparent equatorial place at one instant: declination (radians) and
/// distance (au); the right ascension goes into the hour angle.
#[derive(Debug, Clone, Copy)]
struct Equatorial {
    dec: f64,
    dist_au: f64,
}

/// Sidereal time and obliquity over a window of a few days: the apparent
/// sidereal time at its start advanced at the rate of the Earth rotation
/// angle (the equation of the equinoxes drifts by under 0.01 s a day), and
/// the true obliquity at its middle (Δε drifts by under 0.05″ a day).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Frame {
    t0: f64,
    theta0: f64,
    sin_eps: f64,
    cos_eps: f64,
    delta_t_days: f64,
}

impl Frame {
    pub(crate) fn new(ta: f64, tb: f64, eph: &mut SegmentCache) -> Result<Frame, Error> {
        let ut_a = JulianDayUt::new(ta)?;
        let delta_t_days = DeltaT::SwissEphemeris.seconds_at(ut_a) / 86_400.0;
        // Nutation from the ephemeris's own table (IAU 2000A; within 2.8 mas
        // of the 2000B series over 1600–2200, under 0.2 ms in a rise time).
        let tt_a = JulianDayTt::new(ta + delta_t_days)?;
        let mid = JulianDayTt::new(0.5 * (ta + tb) + delta_t_days)?;
        let (sin_eps, cos_eps) = sin_cos(eph.nutation(mid)?.true_obliquity_deg() * DEG_TO_RAD);
        Ok(Frame {
            t0: ta,
            theta0: apparent_sidereal_time_for_horizon(ut_a, tt_a, &eph.nutation(tt_a)?),
            sin_eps,
            cos_eps,
            delta_t_days,
        })
    }

    /// Greenwich apparent sidereal time at UT `t`, degrees (not reduced).
    fn theta_at(&self, t: f64) -> f64 {
        self.theta0 + SIDEREAL_DEG_PER_DAY * (t - self.t0)
    }
}

/// A body's position over a window, ready for cheap altitude evaluations.
pub(crate) struct Sky {
    t0: f64,
    step: f64,
    samples: Vec<Sample>,
    /// Whether the samples are in au (false for the nodes: unit vectors).
    has_distance: bool,
    /// Local apparent sidereal time at t0 (degrees) and its drift per day.
    theta0: f64,
    theta_rate: f64,
    sin_lat: f64,
    cos_lat: f64,
    /// ρ sin φ′ and ρ cos φ′ in Earth radii (topocentric only).
    rho_sin: f64,
    rho_cos: f64,
    topocentric: bool,
    /// −(refraction at the horizon), degrees, and its sine.
    h0_fixed: f64,
    sin_h0_fixed: f64,
    /// Radius of the body, au (0 for a point or the disc centre).
    radius_au: f64,
}

impl Sky {
    /// Samples `body` over `[ta, tb]` (UT Julian days).
    pub(crate) fn new(
        body: Body,
        place: &Place,
        ta: f64,
        tb: f64,
        options: &RiseOptions,
    ) -> Result<Sky, Error> {
        let mut eph = SegmentCache::new();
        let frame = Frame::new(ta, tb, &mut eph)?;
        Sky::with_frame(body, place, ta, tb, options, &frame, &mut eph)
    }

    /// As [`Sky::new`] with the sidereal time and obliquity of a frame
    /// that covers `[ta, tb]` (shared between the Sun and the Moon of a day),
    /// reading the ephemeris through `eph`.
    pub(crate) fn with_frame(
        body: Body,
        place: &Place,
        ta: f64,
        tb: f64,
        options: &RiseOptions,
        frame: &Frame,
        eph: &mut SegmentCache,
    ) -> Result<Sky, Error> {
        // Cubic Hermite on the rectangular place: the Moon needs half-day
        // samples, the Sun and planets one a day (the rise tests bound the
        // effect: Moon within 0.02 s of the roots on skyfield + DE421).
        let step = if body == Body::Moon { 0.5 } else { 1.0 };
        let n = (-floor(-(tb - ta) / step)).max(1.0) as usize;
        let dt_days = frame.delta_t_days;
        let mut samples = Vec::with_capacity(n + 1);
        let (sin_eps, cos_eps) = (frame.sin_eps, frame.cos_eps);
        let ignore_lat = options.ecliptic_latitude == EclipticLatitude::Ignored;
        // Geocentric, disc centre, latitude ignored (the Hindu definition):
        // the longitude alone fixes the direction, and the distance cancels.
        let longitude_only = ignore_lat
            && options.observer == Observer::Geocentric
            && options.disc == DiscPoint::Centre;
        let mut has_distance = !longitude_only;
        for k in 0..=n {
            let t = ta + k as f64 * step;
            let jd = JulianDayTt::new(t + dt_days)?;
            let p = if longitude_only {
                let (longitude, longitude_speed) = eph.longitude(body, jd)?;
                crate::ephemeris::Position::on_ecliptic(body, longitude, longitude_speed)
            } else {
                eph.position(body, jd)?
            };
            // Ecliptic rectangular position and velocity (Meeus 33.2 and its
            // derivative), then turned about the x axis by ε.
            let (dist, ddist) = if p.distance_au > 0.0 {
                (p.distance_au, p.distance_speed_au_per_day)
            } else {
                has_distance = false;
                (1.0, 0.0)
            };
            let (lat, dlat) = if ignore_lat {
                (0.0, 0.0)
            } else {
                (p.latitude * DEG_TO_RAD, p.latitude_speed * DEG_TO_RAD)
            };
            let dlon = p.longitude_speed * DEG_TO_RAD;
            let (sl, cl) = sin_cos(p.longitude * DEG_TO_RAD);
            let (sb, cb) = sin_cos(lat);
            let e = [dist * cb * cl, dist * cb * sl, dist * sb];
            let de = [
                ddist * cb * cl - dist * sb * dlat * cl - dist * cb * sl * dlon,
                ddist * cb * sl - dist * sb * dlat * sl + dist * cb * cl * dlon,
                ddist * sb + dist * cb * dlat,
            ];
            let to_equator = |w: [f64; 3]| {
                [
                    w[0],
                    w[1] * cos_eps - w[2] * sin_eps,
                    w[1] * sin_eps + w[2] * cos_eps,
                ]
            };
            samples.push(Sample {
                r: to_equator(e),
                v: to_equator(de),
            });
        }
        let theta0 = frame.theta_at(ta) + place.longitude_deg;
        let theta_rate = SIDEREAL_DEG_PER_DAY;
        let (sin_lat, cos_lat) = sin_cos(place.latitude_deg * DEG_TO_RAD);
        // Meeus (11.1)–(11.3): geocentric position of the observer.
        let u = atan2((1.0 - EARTH_FLATTENING) * sin_lat, cos_lat);
        let (su, cu) = sin_cos(u);
        let h = place.elevation_m / EARTH_RADIUS_M;
        let rho_sin = (1.0 - EARTH_FLATTENING) * su + h * sin_lat;
        let rho_cos = cu + h * cos_lat;
        let diameter = match (options.disc, body) {
            (DiscPoint::Centre, _) => 0.0,
            (DiscPoint::UpperLimb, Body::Sun) => SUN_DIAMETER_M,
            (DiscPoint::UpperLimb, Body::Moon) => MOON_DIAMETER_M,
            _ => 0.0,
        };
        Ok(Sky {
            t0: ta,
            step,
            samples,
            has_distance,
            theta0,
            theta_rate,
            sin_lat,
            cos_lat,
            rho_sin,
            rho_cos,
            topocentric: options.observer == Observer::Topocentric,
            h0_fixed: -options.refraction.at_horizon_deg(),
            sin_h0_fixed: libm_sin(-options.refraction.at_horizon_deg() * DEG_TO_RAD),
            radius_au: diameter / 2.0 / AU_M,
        })
    }

    /// The window covered, UT Julian days.
    pub(crate) fn span(&self) -> (f64, f64) {
        (
            self.t0,
            self.t0 + self.step * (self.samples.len() - 1) as f64,
        )
    }

    /// Cubic Hermite interpolation of the rectangular equatorial place at
    /// `t` (au, geocentric).
    fn interpolate(&self, t: f64) -> [f64; 3] {
        let x = ((t - self.t0) / self.step).max(0.0);
        let i = (x as usize).min(self.samples.len() - 2);
        let (a, b) = (&self.samples[i], &self.samples[i + 1]);
        let s = x - i as f64;
        let h = self.step;
        // Hermite basis on [0, 1].
        let s2 = s * s;
        let s3 = s2 * s;
        let h00 = 2.0 * s3 - 3.0 * s2 + 1.0;
        let h10 = (s3 - 2.0 * s2 + s) * h;
        let h01 = -2.0 * s3 + 3.0 * s2;
        let h11 = (s3 - s2) * h;
        [0, 1, 2].map(|k| h00 * a.r[k] + h10 * a.v[k] + h01 * b.r[k] + h11 * b.v[k])
    }

    /// Equatorial place at `t`, geocentric or topocentric as configured,
    /// and the local hour angle (radians): H = atan2(sin θ · x − cos θ · y,
    /// cos θ · x + sin θ · y), θ − α without forming α.
    fn equatorial(&self, t: f64) -> (Equatorial, f64) {
        let ((x, y, z), (st, ct)) = self.rectangular(t);
        let rho2 = x * x + y * y;
        (
            Equatorial {
                dec: atan2(z, sqrt(rho2)),
                dist_au: sqrt(rho2 + z * z),
            },
            atan2(st * x - ct * y, ct * x + st * y),
        )
    }

    /// Sine of the altitude minus the sine of the horizon altitude of the
    /// definition (the same roots as altitude minus horizon altitude: the
    /// sine is monotone there). Computed from the rectangular place
    /// without any inverse trigonometry: sin h = (sin φ · z + cos φ ·
    /// (cos θ · x + sin θ · y)) / r, θ the local sidereal time (Meeus 13.6
    /// with cos H expanded).
    pub(crate) fn height(&self, t: f64) -> f64 {
        let ((x, y, z), (st, ct)) = self.rectangular(t);
        let r = sqrt(x * x + y * y + z * z);
        if r <= 0.0 {
            return -1.0;
        }
        let sin_h = (self.sin_lat * z + self.cos_lat * (ct * x + st * y)) / r;
        let sin_h0 = if self.radius_au > 0.0 {
            libm_sin(self.h0_fixed * DEG_TO_RAD - asin(self.radius_au / r))
        } else {
            self.sin_h0_fixed
        };
        sin_h - sin_h0
    }

    /// The place at `t` as a rectangular vector of the true equator of
    /// date (au; a unit vector for a body without distance), geocentric or
    /// topocentric as configured, and sin θ, cos θ of the local apparent
    /// sidereal time.
    fn rectangular(&self, t: f64) -> ((f64, f64, f64), (f64, f64)) {
        let [x, y, z] = self.interpolate(t);
        let theta = (self.theta0 + self.theta_rate * (t - self.t0)) * DEG_TO_RAD;
        let (st, ct) = sin_cos(theta);
        if !self.topocentric || !self.has_distance {
            return ((x, y, z), (st, ct));
        }
        // Topocentric: subtract the observer's geocentric vector (Meeus
        // ch. 40, in rectangular form), in au.
        let r = EARTH_RADIUS_M / AU_M;
        let xo = r * self.rho_cos * ct;
        let yo = r * self.rho_cos * st;
        let zo = r * self.rho_sin;
        ((x - xo, y - yo, z - zo), (st, ct))
    }

    /// The hour angle at `t`, degrees in [0, 360).
    fn hour_angle_deg(&self, t: f64) -> f64 {
        norm_deg(self.equatorial(t).1 / DEG_TO_RAD)
    }

    /// Transits (hour angle 0° or 180°) in `[a, b)`: the hour angle grows
    /// by ~347–361° a day, so Newton from the mean rate converges in 2–3
    /// steps.
    /// `tol_days` is the Newton step at which a transit counts as found.
    fn transits(&self, a: f64, b: f64, tol_days: f64) -> Vec<(f64, bool)> {
        let mut out = Vec::new();
        // The hour angle's rate changes by under 1 % within a few days: one
        // rate serves every Newton step (linear convergence, factor < 0.01).
        let rate = self.hour_rate(a);
        let h = self.hour_angle_deg(a);
        let mut k = floor(h / 180.0) + 1.0;
        let mut tc = a + (k * 180.0 - h) / rate;
        while tc < b + 0.6 {
            let target = norm_deg(k * 180.0);
            for _ in 0..8 {
                let g = crate::search::wrap180(self.hour_angle_deg(tc) - target);
                let dt = -g / rate;
                tc += dt;
                if dt.abs() < tol_days {
                    break;
                }
            }
            if tc >= b {
                break;
            }
            if tc >= a {
                out.push((tc, (k as i64) % 2 == 0));
            }
            k += 1.0;
            tc += 180.0 / rate;
        }
        out
    }

    /// Rate of the hour angle, degrees per day, from a 0.001-day difference.
    fn hour_rate(&self, t: f64) -> f64 {
        let d = 1e-3;
        crate::search::wrap180(self.hour_angle_deg(t + d) - self.hour_angle_deg(t - d)) / (2.0 * d)
    }

    /// The root of the height in `[a, b]`, where it changes sign: chord
    /// steps (the slope from one forward difference at the first guess,
    /// kept while the steps stay in the bracket — the height is smooth on
    /// the scale of the guess's error, so each step gains two to three
    /// digits for one evaluation), kept in the bracket by bisection.
    fn root(&self, mut a: f64, mut b: f64, ga: f64, guess: f64) -> f64 {
        let rising = ga < 0.0;
        let mut t = if guess > a && guess < b {
            guess
        } else {
            0.5 * (a + b)
        };
        let mut slope: Option<f64> = None;
        for _ in 0..60 {
            let g = self.height(t);
            if (g < 0.0) == rising {
                a = t;
            } else {
                b = t;
            }
            let s = match slope {
                Some(s) => s,
                None => {
                    let d = 1e-4;
                    let s = (self.height(t + d) - g) / d;
                    slope = Some(s);
                    s
                }
            };
            let step = if s != 0.0 { -g / s } else { f64::INFINITY };
            let tn = t + step;
            if step.abs() < 1e-8 {
                return tn.clamp(a, b);
            }
            if tn > a && tn < b {
                t = tn;
            } else {
                // Out of the bracket: bisect and take a fresh slope there.
                t = 0.5 * (a + b);
                slope = None;
            }
            if b - a < 1e-8 {
                break;
            }
        }
        t
    }

    /// First guess of the rising (`sign` −1) or setting (+1) next to the
    /// upper transit `tu`, from the semi-diurnal arc at the transit's
    /// declination (Meeus 15.1); `None` if the arc is undefined there.
    fn arc_guess(&self, tu: f64, sign: f64) -> Option<f64> {
        let (eq, _) = self.equatorial(tu);
        let semi = if self.radius_au > 0.0 && eq.dist_au > 0.0 {
            asin(self.radius_au / eq.dist_au) / DEG_TO_RAD
        } else {
            0.0
        };
        let h0 = (self.h0_fixed - semi) * DEG_TO_RAD;
        let (sd, cd) = sin_cos(eq.dec);
        let c = (libm_sin(h0) - self.sin_lat * sd) / (self.cos_lat * cd);
        if !(-1.0..=1.0).contains(&c) {
            return None;
        }
        let h = atan2(sqrt((1.0 - c) * (1.0 + c)), c) / DEG_TO_RAD;
        Some(tu + sign * h / SIDEREAL_DEG_PER_DAY)
    }

    /// Every event in `[a, b)`.
    pub(crate) fn events(&self, a: f64, b: f64) -> Vec<Event> {
        self.events_with(a, b, true)
    }

    /// As [`Sky::events`]; with `precise_transits` false the transits,
    /// then only brackets and first guesses for the rise and set roots,
    /// are found to 1e-5 day (0.9 s) instead of 1e-8 day, which saves a
    /// Newton step or two each, and are left out of the list.
    pub(crate) fn events_with(&self, a: f64, b: f64, precise_transits: bool) -> Vec<Event> {
        let (lo, hi) = self.span();
        // Transits (upper or lower every half day or so) from one before `a`
        // to one after `b` bracket the rise/set roots.
        let (ta, tb) = ((a - 0.6).max(lo), (b + 0.6).min(hi));
        let tr = self.transits(ta, tb, if precise_transits { 1e-8 } else { 1e-5 });
        let mut out = Vec::new();
        let mut push = |event, t: f64| {
            if t >= a && t < b {
                if let Ok(jd_ut) = JulianDayUt::new(t) {
                    out.push(Event { event, jd_ut });
                }
            }
        };
        for w in tr.windows(2) {
            let ((t1, up1), (t2, _)) = (w[0], w[1]);
            if t2 < a || t1 >= b {
                continue;
            }
            let (g1, g2) = (self.height(t1), self.height(t2));
            if (g1 < 0.0) != (g2 < 0.0) {
                let guess = if up1 {
                    self.arc_guess(t1, 1.0)
                } else {
                    self.arc_guess(t2, -1.0)
                };
                let t = self.root(t1, t2, g1, guess.unwrap_or(f64::NAN));
                push(
                    if g1 < 0.0 {
                        HorizonEvent::Rise
                    } else {
                        HorizonEvent::Set
                    },
                    t,
                );
            }
        }
        for &(t, upper) in tr.iter().filter(|_| precise_transits) {
            push(
                if upper {
                    HorizonEvent::UpperTransit
                } else {
                    HorizonEvent::LowerTransit
                },
                t,
            );
        }
        out.sort_by(|x, y| x.jd_ut.value().total_cmp(&y.jd_ut.value()));
        out
    }
}

#[inline]
fn libm_sin(x: f64) -> f64 {
    crate::math::sin(x)
}

/// asin via atan2 (the crate's math layer has no asin).
#[inline]
fn asin(x: f64) -> f64 {
    let x = x.clamp(-1.0, 1.0);
    atan2(x, sqrt((1.0 - x) * (1.0 + x)))
}
