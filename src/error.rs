//! The crate's one error type.
//!
//! Every fallible function returns [`Error`]. Each variant carries the value
//! that was rejected and, where one exists, the range that is allowed, so the
//! message alone tells a user what to change.

use alloc::string::String;
use core::fmt;

/// Everything that can go wrong in `jyotish`.
///
/// Errors only arise from input: once a value has been validated (a
/// [`crate::JulianDayTt`], a [`crate::Longitude`]), computations on it are
/// infallible.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Error {
    /// A number lies outside the range the computation supports.
    OutOfRange {
        /// What the number is ("latitude", "Julian day (UT)", …).
        what: &'static str,
        /// The rejected value.
        value: f64,
        /// Smallest allowed value.
        min: f64,
        /// Largest allowed value.
        max: f64,
    },
    /// A number is NaN or infinite.
    NotFinite {
        /// What the number is.
        what: &'static str,
    },
    /// A time-zone name is not in the IANA database shipped with `chrono-tz`.
    UnknownTimeZone {
        /// The name as given.
        name: String,
    },
    /// A local time falls in a gap (clocks jumped forward over it), so it never
    /// happened in that zone.
    NonexistentLocalTime {
        /// The local date-time as given, ISO 8601.
        local: String,
        /// The zone name.
        zone: String,
        /// UTC offset before the gap, seconds east of Greenwich.
        offset_before_seconds: i32,
        /// UTC offset after the gap, seconds east of Greenwich.
        offset_after_seconds: i32,
    },
    /// A local time happened twice (clocks were set back over it); the caller
    /// must choose the earlier or the later instant.
    AmbiguousLocalTime {
        /// The local date-time as given, ISO 8601.
        local: String,
        /// The zone name.
        zone: String,
        /// UTC offset of the earlier occurrence, seconds east of Greenwich.
        earlier_offset_seconds: i32,
        /// UTC offset of the later occurrence, seconds east of Greenwich.
        later_offset_seconds: i32,
    },
    /// A calendar date or time of day that does not exist (30 February, 25:00).
    InvalidDate {
        /// What was wrong, in words.
        detail: String,
    },
    /// An instant outside the range of the embedded ephemeris tables.
    OutsideEphemeris {
        /// The instant, TT Julian day.
        jd_tt: f64,
        /// First covered TT Julian day.
        first: f64,
        /// End of coverage (exclusive), TT Julian day.
        end: f64,
    },
    /// A house system that is not defined at this latitude (Placidus, Koch
    /// and their kin inside the polar circles, where some degrees of the
    /// ecliptic never rise).
    HousesUndefined {
        /// The system's snake_case name.
        system: &'static str,
        /// The latitude asked for, degrees.
        latitude_deg: f64,
        /// The largest |latitude| at which the system is defined for this
        /// obliquity, degrees (90° − ε for the semi-arc systems).
        max_latitude_deg: f64,
    },
    /// The Sun does not rise, or does not set, near the instant (polar day
    /// or night), so the day and night cannot be divided into their parts
    /// (the kalavelas of [`crate::upagraha`]).
    NoSunriseOrSunset {
        /// The instant, UT Julian day.
        jd_ut: f64,
        /// The latitude, degrees.
        latitude_deg: f64,
        /// How far around the instant rises and sets were looked for, days.
        window_days: f64,
    },
    /// A name (ayanamsa, house system, …) that is not one of the known ones.
    UnknownName {
        /// What kind of name was expected.
        what: &'static str,
        /// The name as given.
        name: String,
        /// The names that are accepted, comma separated.
        allowed: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::OutOfRange {
                what,
                value,
                min,
                max,
            } => write!(
                f,
                "{what} {} is out of range: allowed {min} to {max}",
                Num(*value)
            ),
            Error::NotFinite { what } => write!(f, "{what} must be a finite number"),
            Error::UnknownTimeZone { name } => write!(
                f,
                "unknown time zone {name:?}: use an IANA name such as \"Asia/Kolkata\" or \"America/New_York\", or a fixed offset"
            ),
            Error::NonexistentLocalTime {
                local,
                zone,
                offset_before_seconds,
                offset_after_seconds,
            } => write!(
                f,
                "local time {local} does not exist in {zone}: the clocks jumped from UTC{} to UTC{} over it (daylight-saving gap); give a time outside the gap or a UTC offset",
                OffsetDisplay(*offset_before_seconds),
                OffsetDisplay(*offset_after_seconds)
            ),
            Error::AmbiguousLocalTime {
                local,
                zone,
                earlier_offset_seconds,
                later_offset_seconds,
            } => write!(
                f,
                "local time {local} occurs twice in {zone} (UTC{} and then UTC{}): choose the earlier or the later one, or give a UTC offset",
                OffsetDisplay(*earlier_offset_seconds),
                OffsetDisplay(*later_offset_seconds)
            ),
            Error::OutsideEphemeris { jd_tt, first, end } => write!(
                f,
                "Julian day (TT) {} is outside the ephemeris: positions are available from JD {first} (1600-01-01) to before JD {end} (2201-01-01)",
                Num(*jd_tt)
            ),
            Error::HousesUndefined {
                system,
                latitude_deg,
                max_latitude_deg,
            } => write!(
                f,
                "{system} houses are undefined at latitude {latitude_deg}°: the system needs |latitude| < {max_latitude_deg}° (inside the polar circle part of the ecliptic never rises); use whole_sign, equal or porphyry, or ask for the Porphyry fallback"
            ),
            Error::InvalidDate { detail } => write!(f, "invalid date or time: {detail}"),
            Error::NoSunriseOrSunset {
                jd_ut,
                latitude_deg,
                window_days,
            } => write!(
                f,
                "the Sun does not both rise and set within {window_days} days of Julian day (UT) {} at latitude {latitude_deg}° (polar day or night): the day and night cannot be divided into parts",
                Num(*jd_ut)
            ),
            Error::UnknownName {
                what,
                name,
                allowed,
            } => write!(f, "unknown {what} {name:?}: allowed are {allowed}"),
        }
    }
}

impl core::error::Error for Error {}

/// Prints a number plainly, or in exponent form when it is huge or tiny.
struct Num(f64);

impl fmt::Display for Num {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let a = self.0.abs();
        if a != 0.0 && !(1e-4..1e12).contains(&a) {
            write!(f, "{:e}", self.0)
        } else {
            write!(f, "{}", self.0)
        }
    }
}

/// Formats a UTC offset in seconds as `+05:30` (or `+05:53:20` when it has seconds).
pub(crate) struct OffsetDisplay(pub i32);

impl fmt::Display for OffsetDisplay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { '-' } else { '+' };
        let s = self.0.unsigned_abs();
        let (h, m, sec) = (s / 3600, (s / 60) % 60, s % 60);
        if sec == 0 {
            write!(f, "{sign}{h:02}:{m:02}")
        } else {
            write!(f, "{sign}{h:02}:{m:02}:{sec:02}")
        }
    }
}

/// Checks that `value` is finite and within `[min, max]`.
pub(crate) fn check_range(
    what: &'static str,
    value: f64,
    min: f64,
    max: f64,
) -> Result<f64, Error> {
    if !value.is_finite() {
        return Err(Error::NotFinite { what });
    }
    if value < min || value > max {
        return Err(Error::OutOfRange {
            what,
            value,
            min,
            max,
        });
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn offsets_display_with_seconds_only_when_present() {
        assert_eq!(OffsetDisplay(19800).to_string(), "+05:30");
        assert_eq!(OffsetDisplay(21200).to_string(), "+05:53:20");
        assert_eq!(OffsetDisplay(-18000).to_string(), "-05:00");
    }

    #[test]
    fn range_check_names_the_bounds() {
        let e = check_range("latitude", 91.0, -90.0, 90.0).unwrap_err();
        assert_eq!(
            e.to_string(),
            "latitude 91 is out of range: allowed -90 to 90"
        );
        let e = check_range("Julian day (UT)", 1e300, 0.0, 5373484.5).unwrap_err();
        assert_eq!(
            e.to_string(),
            "Julian day (UT) 1e300 is out of range: allowed 0 to 5373484.5"
        );
        assert_eq!(
            check_range("latitude", f64::NAN, -90.0, 90.0).unwrap_err(),
            Error::NotFinite { what: "latitude" }
        );
    }
}
