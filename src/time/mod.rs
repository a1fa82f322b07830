//! Time scales: Julian days in Universal Time (UT1) and Terrestrial Time
//! (TT), the civil-time conversions that produce them, Delta T, and
//! sidereal time.
//!
//! UT and TT are separate types ([`JulianDayUt`], [`JulianDayTt`]) so that
//! mixing the scales does not compile. UTC is taken as UT1: the two differ
//! by less than 0.9 s, the convention of Jagannatha Hora and other
//! astrology software (and below the precision of any birth time).
//!
//! A Julian day is held as one `f64`; near the present its resolution is
//! about 40 µs, far finer than any input.

mod civil;
mod delta_t;
mod sidereal;

pub use civil::{Disambiguation, Zone};
pub use delta_t::DeltaT;
pub use sidereal::{apparent_sidereal_time_deg, mean_sidereal_time_deg};
pub(crate) use sidereal::{apparent_sidereal_time_for_horizon, apparent_sidereal_time_with};

use crate::Error;
use crate::error::check_range;

/// Julian day of the Unix epoch 1970-01-01T00:00:00.
const UNIX_EPOCH_JD: f64 = 2_440_587.5;
/// Seconds per day.
pub(crate) const SECONDS_PER_DAY: f64 = 86_400.0;
/// Days per Julian century.
pub(crate) const DAYS_PER_CENTURY: f64 = 36_525.0;
/// Earliest Julian day accepted: JD 0 = −4712-01-01 12:00 (Julian calendar).
pub const JD_MIN: f64 = 0.0;
/// Latest Julian day accepted: 9999-12-31 (Gregorian).
pub const JD_MAX: f64 = 5_373_484.5;

macro_rules! julian_day {
    ($(#[$meta:meta])* $name:ident, $scale:literal) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        #[cfg_attr(feature = "serde", serde(try_from = "f64", into = "f64"))]
        pub struct $name(f64);

        impl $name {
            /// J2000.0 = JD 2451545.0 (2000-01-01 12:00 on this scale).
            pub const J2000: $name = $name(2_451_545.0);

            /// A Julian day on this scale.
            ///
            /// # Errors
            /// [`Error::NotFinite`] or [`Error::OutOfRange`] outside
            #[doc = concat!("[`JD_MIN`, `JD_MAX`] (years −4712 to 9999) for ", $scale, ".")]
            pub fn new(jd: f64) -> Result<Self, Error> {
                check_range(concat!("Julian day (", $scale, ")"), jd, JD_MIN, JD_MAX).map(Self)
            }

            /// The Julian day number with fraction.
            #[inline]
            pub const fn value(self) -> f64 {
                self.0
            }

            /// Julian centuries of 36525 days since J2000.0.
            #[inline]
            pub fn centuries_since_j2000(self) -> f64 {
                (self.0 - 2_451_545.0) / DAYS_PER_CENTURY
            }

            /// This instant moved by `days` (may be negative).
            ///
            /// # Errors
            /// [`Error::OutOfRange`] if the result leaves the supported range.
            pub fn add_days(self, days: f64) -> Result<Self, Error> {
                Self::new(self.0 + days)
            }
        }

        impl TryFrom<f64> for $name {
            type Error = Error;
            fn try_from(jd: f64) -> Result<Self, Error> {
                Self::new(jd)
            }
        }

        impl From<$name> for f64 {
            fn from(jd: $name) -> f64 {
                jd.0
            }
        }
    };
}

julian_day!(
    /// A Julian day in Universal Time (UT1, taken equal to UTC).
    ///
    /// ```
    /// use jyotish::JulianDayUt;
    /// let jd = JulianDayUt::new(2451545.0)?;
    /// // ΔT at 2000.0 was 63.83 s (IERS Bulletin B).
    /// assert!(((jd.to_tt().value() - jd.value()) * 86400.0 - 63.83).abs() < 0.01);
    /// assert!(JulianDayUt::new(f64::NAN).is_err());
    /// # Ok::<(), jyotish::Error>(())
    /// ```
    JulianDayUt,
    "UT"
);

julian_day!(
    /// A Julian day in Terrestrial Time (TT), the uniform time of ephemerides.
    /// TDB differs from TT by under 2 ms, which this crate ignores.
    JulianDayTt,
    "TT"
);

impl JulianDayUt {
    /// The instant of a UTC date-time (proleptic Gregorian calendar).
    ///
    /// # Errors
    /// [`Error::OutOfRange`] outside years −4712 to 9999.
    pub fn from_utc(utc: &chrono::DateTime<chrono::Utc>) -> Result<Self, Error> {
        let secs = utc.timestamp();
        let days = secs.div_euclid(86_400);
        let rem = secs.rem_euclid(86_400) as f64 + f64::from(utc.timestamp_subsec_nanos()) * 1e-9;
        Self::new(UNIX_EPOCH_JD + days as f64 + rem / SECONDS_PER_DAY)
    }

    /// A local civil date-time in `zone`, resolved with `disambiguation`
    /// where the zone's clocks were set back and the time occurred twice.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jyotish::{Disambiguation, JulianDayUt, Zone};
    /// let local = NaiveDate::from_ymd_opt(1990, 1, 15).unwrap().and_hms_opt(14, 30, 0).unwrap();
    /// let jd = JulianDayUt::from_local(&local, &Zone::iana("Asia/Kolkata")?, Disambiguation::Reject)?;
    /// assert!((jd.value() - 2447906.875).abs() < 1e-9); // 09:00 UTC
    ///
    /// // 02:30 on 2021-03-14 never happened in New York.
    /// let gap = NaiveDate::from_ymd_opt(2021, 3, 14).unwrap().and_hms_opt(2, 30, 0).unwrap();
    /// let err = JulianDayUt::from_local(&gap, &Zone::iana("America/New_York")?, Disambiguation::Reject);
    /// assert!(err.unwrap_err().to_string().contains("does not exist"));
    /// # Ok::<(), jyotish::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::NonexistentLocalTime`] in a daylight-saving gap,
    /// [`Error::AmbiguousLocalTime`] for a repeated time with
    /// [`Disambiguation::Reject`], [`Error::OutOfRange`] for extreme years.
    pub fn from_local(
        local: &chrono::NaiveDateTime,
        zone: &Zone,
        disambiguation: Disambiguation,
    ) -> Result<Self, Error> {
        let utc = zone.to_utc(local, disambiguation)?;
        Self::from_utc(&utc)
    }

    /// This instant as a UTC date-time, rounded to the microsecond.
    ///
    /// # Errors
    /// [`Error::OutOfRange`] if chrono cannot represent the date (never for
    /// Julian days accepted by [`JulianDayUt::new`]).
    pub fn to_utc(self) -> Result<chrono::DateTime<chrono::Utc>, Error> {
        let micros = crate::math::round((self.0 - UNIX_EPOCH_JD) * SECONDS_PER_DAY * 1e6) as i64;
        chrono::DateTime::from_timestamp_micros(micros).ok_or(Error::OutOfRange {
            what: "Julian day (UT) for a calendar date",
            value: self.0,
            min: JD_MIN,
            max: JD_MAX,
        })
    }

    /// TT = UT + ΔT with the default Delta T model ([`DeltaT::SwissEphemeris`]).
    #[inline]
    pub fn to_tt(self) -> JulianDayTt {
        self.to_tt_with(DeltaT::SwissEphemeris)
    }

    /// TT = UT + ΔT with the given Delta T model or fixed value.
    #[inline]
    pub fn to_tt_with(self, delta_t: DeltaT) -> JulianDayTt {
        JulianDayTt(self.0 + delta_t.seconds_at(self) / SECONDS_PER_DAY)
    }
}

impl JulianDayTt {
    /// UT = TT − ΔT with the default Delta T model, solved by iteration
    /// (ΔT is a function of UT).
    #[inline]
    pub fn to_ut(self) -> JulianDayUt {
        self.to_ut_with(DeltaT::SwissEphemeris)
    }

    /// UT = TT − ΔT with the given model. ΔT changes by at most ~2 s per year,
    /// so three fixed-point steps converge to far below a microsecond.
    pub fn to_ut_with(self, delta_t: DeltaT) -> JulianDayUt {
        let mut ut = JulianDayUt(self.0);
        for _ in 0..3 {
            ut = JulianDayUt(self.0 - delta_t.seconds_at(ut) / SECONDS_PER_DAY);
        }
        ut
    }
}
