//! Civil time: a local date-time in a zone → UTC.
//!
//! A zone is an IANA name (with its full history from `chrono-tz`, e.g.
//! India's +05:53:20 before 1906 and +06:30 war time in 1942–45), a fixed
//! UTC offset, or the local mean time of a longitude. Local mean time uses
//! the birth place's own longitude (4 minutes per degree), not the reference
//! meridian of some zone: taking the wrong meridian moves the ascendant by
//! degrees.

use crate::Error;
use crate::error::check_range;
use alloc::format;
use alloc::string::{String, ToString};
use chrono::{DateTime, NaiveDateTime, Offset, TimeDelta, TimeZone, Utc};

/// Where a local clock time is read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Zone {
    /// An IANA time zone ("Asia/Kolkata"), with its historical rules.
    Iana(chrono_tz::Tz),
    /// A fixed offset from UTC, seconds east of Greenwich (+05:30 = 19800).
    Offset {
        /// Seconds east of Greenwich, within ±24 h.
        seconds_east: i32,
    },
    /// Local mean time of a meridian: UTC + longitude × 4 min/°.
    LocalMean {
        /// Geographic longitude, degrees east positive, within ±180.
        longitude_deg: f64,
    },
}

/// What to do with a local time that occurred twice (clocks set back).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Disambiguation {
    /// Refuse with [`Error::AmbiguousLocalTime`] (the default: a birth time
    /// must not be guessed).
    #[default]
    Reject,
    /// Take the first occurrence (still on daylight time).
    Earlier,
    /// Take the second occurrence (already on standard time).
    Later,
}

impl Zone {
    /// An IANA zone by name, e.g. `"Asia/Kolkata"` (case-sensitive, as in the
    /// database; "UTC" is accepted).
    ///
    /// # Errors
    /// [`Error::UnknownTimeZone`] for a name not in the database.
    pub fn iana(name: &str) -> Result<Zone, Error> {
        name.parse::<chrono_tz::Tz>()
            .map(Zone::Iana)
            .map_err(|_| Error::UnknownTimeZone {
                name: name.to_string(),
            })
    }

    /// A fixed offset in seconds east of Greenwich.
    ///
    /// # Errors
    /// [`Error::OutOfRange`] beyond ±24 hours.
    pub fn offset_seconds(seconds_east: i32) -> Result<Zone, Error> {
        check_range(
            "UTC offset (seconds)",
            f64::from(seconds_east),
            -86_399.0,
            86_399.0,
        )?;
        Ok(Zone::Offset { seconds_east })
    }

    /// A fixed offset written `+05:30`, `-0800`, `+05:53:20` or `Z`.
    ///
    /// ```
    /// use jyotish::Zone;
    /// assert_eq!(Zone::parse_offset("+05:30")?, Zone::Offset { seconds_east: 19800 });
    /// assert!(Zone::parse_offset("5:30").is_err());
    /// # Ok::<(), jyotish::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::InvalidDate`] if the text is not of that form.
    pub fn parse_offset(text: &str) -> Result<Zone, Error> {
        parse_offset_seconds(text)
            .ok_or_else(|| Error::InvalidDate {
                detail: format!(
                    "UTC offset {text:?} is not of the form +HH:MM, -HHMM, +HH:MM:SS or Z"
                ),
            })
            .and_then(Zone::offset_seconds)
    }

    /// Local mean time at a longitude (degrees, east positive).
    ///
    /// # Errors
    /// [`Error::OutOfRange`] outside ±180°, [`Error::NotFinite`] for NaN.
    pub fn local_mean(longitude_deg: f64) -> Result<Zone, Error> {
        check_range("longitude", longitude_deg, -180.0, 180.0)?;
        Ok(Zone::LocalMean { longitude_deg })
    }

    /// A name for messages: the IANA name, `UTC+05:30`, or `LMT 73.8567°E`.
    pub fn describe(&self) -> String {
        match self {
            Zone::Iana(tz) => tz.name().to_string(),
            Zone::Offset { seconds_east } => {
                format!("UTC{}", crate::error::OffsetDisplay(*seconds_east))
            }
            Zone::LocalMean { longitude_deg } => format!("LMT {longitude_deg}°"),
        }
    }

    /// Converts a local date-time in this zone to UTC.
    ///
    /// # Errors
    /// See [`crate::JulianDayUt::from_local`].
    pub fn to_utc(
        &self,
        local: &NaiveDateTime,
        disambiguation: Disambiguation,
    ) -> Result<DateTime<Utc>, Error> {
        let out_of_range = || Error::InvalidDate {
            detail: format!("{local} is outside the representable range"),
        };
        match self {
            Zone::Offset { seconds_east } => local
                .checked_sub_signed(TimeDelta::seconds(i64::from(*seconds_east)))
                .map(|n| n.and_utc())
                .ok_or_else(out_of_range),
            Zone::LocalMean { longitude_deg } => {
                // 1° of longitude = 240 s of time; keep the fraction as nanoseconds.
                let nanos = crate::math::round(longitude_deg * 240.0e9) as i64;
                local
                    .checked_sub_signed(TimeDelta::nanoseconds(nanos))
                    .map(|n| n.and_utc())
                    .ok_or_else(out_of_range)
            }
            Zone::Iana(tz) => resolve_iana(tz, local, disambiguation),
        }
    }
}

fn resolve_iana(
    tz: &chrono_tz::Tz,
    local: &NaiveDateTime,
    disambiguation: Disambiguation,
) -> Result<DateTime<Utc>, Error> {
    use chrono::LocalResult;
    let offset_at = |utc: Option<NaiveDateTime>| -> i32 {
        utc.map(|u| tz.offset_from_utc_datetime(&u).fix().local_minus_utc())
            .unwrap_or(0)
    };
    match tz.from_local_datetime(local) {
        LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(a, b) => match disambiguation {
            Disambiguation::Earlier => Ok(a.with_timezone(&Utc)),
            Disambiguation::Later => Ok(b.with_timezone(&Utc)),
            Disambiguation::Reject => Err(Error::AmbiguousLocalTime {
                local: iso(local),
                zone: tz.name().to_string(),
                earlier_offset_seconds: a.offset().fix().local_minus_utc(),
                later_offset_seconds: b.offset().fix().local_minus_utc(),
            }),
        },
        LocalResult::None => {
            // A gap: read the offsets in force a day either side of it.
            let day = TimeDelta::days(1);
            Err(Error::NonexistentLocalTime {
                local: iso(local),
                zone: tz.name().to_string(),
                offset_before_seconds: offset_at(local.checked_sub_signed(day)),
                offset_after_seconds: offset_at(local.checked_add_signed(day)),
            })
        }
    }
}

fn iso(local: &NaiveDateTime) -> String {
    local.format("%Y-%m-%dT%H:%M:%S%.f").to_string()
}

/// Parses `Z`, `±HH`, `±HH:MM`, `±HHMM`, `±HH:MM:SS` into seconds east.
fn parse_offset_seconds(text: &str) -> Option<i32> {
    let t = text.trim();
    if t == "Z" || t == "z" {
        return Some(0);
    }
    let (sign, rest) = match t.as_bytes().first()? {
        b'+' => (1, &t[1..]),
        b'-' => (-1, &t[1..]),
        _ => return None,
    };
    let digits: String = rest.chars().filter(|c| *c != ':').collect();
    if !digits.chars().all(|c| c.is_ascii_digit()) || rest.contains("::") {
        return None;
    }
    let (h, m, s) = match digits.len() {
        2 => (&digits[0..2], "0", "0"),
        4 => (&digits[0..2], &digits[2..4], "0"),
        6 => (&digits[0..2], &digits[2..4], &digits[4..6]),
        _ => return None,
    };
    let (h, m, s): (i32, i32, i32) = (h.parse().ok()?, m.parse().ok()?, s.parse().ok()?);
    if h > 23 || m > 59 || s > 59 {
        return None;
    }
    Some(sign * (h * 3600 + m * 60 + s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn dt(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, mo, d)
            .unwrap()
            .and_hms_opt(h, mi, s)
            .unwrap()
    }

    #[test]
    fn historical_indian_offsets() {
        let z = Zone::iana("Asia/Kolkata").unwrap();
        // 1943: war time, IST + 1 h = +06:30.
        let u = z
            .to_utc(&dt(1943, 6, 1, 12, 0, 0), Disambiguation::Reject)
            .unwrap();
        assert_eq!(u.naive_utc(), dt(1943, 6, 1, 5, 30, 0));
        // 1860: Howrah mean time, +05:53:20, in the tz database.
        let u = z
            .to_utc(&dt(1860, 6, 1, 12, 0, 0), Disambiguation::Reject)
            .unwrap();
        assert_eq!(u.naive_utc(), dt(1860, 6, 1, 6, 6, 40));
        // 1880: Madras mean time, +05:21:10.
        let u = z
            .to_utc(&dt(1880, 6, 1, 12, 0, 0), Disambiguation::Reject)
            .unwrap();
        assert_eq!(u.naive_utc(), dt(1880, 6, 1, 6, 38, 50));
    }

    #[test]
    fn gap_and_overlap() {
        let ny = Zone::iana("America/New_York").unwrap();
        match ny.to_utc(&dt(2021, 3, 14, 2, 30, 0), Disambiguation::Later) {
            Err(Error::NonexistentLocalTime {
                offset_before_seconds,
                offset_after_seconds,
                ..
            }) => assert_eq!(
                (offset_before_seconds, offset_after_seconds),
                (-18000, -14400)
            ),
            other => panic!("expected a gap error, got {other:?}"),
        }
        let t = dt(2021, 11, 7, 1, 30, 0);
        assert!(matches!(
            ny.to_utc(&t, Disambiguation::Reject),
            Err(Error::AmbiguousLocalTime { .. })
        ));
        let e = ny.to_utc(&t, Disambiguation::Earlier).unwrap();
        let l = ny.to_utc(&t, Disambiguation::Later).unwrap();
        assert_eq!(e.naive_utc(), dt(2021, 11, 7, 5, 30, 0));
        assert_eq!(l.naive_utc(), dt(2021, 11, 7, 6, 30, 0));
    }

    #[test]
    fn local_mean_time_uses_the_longitude_itself() {
        // Pune, 73.8567° E: LMT is 4h55m25.608s ahead of UTC.
        let z = Zone::local_mean(73.8567).unwrap();
        let u = z
            .to_utc(&dt(1900, 1, 1, 12, 0, 0), Disambiguation::Reject)
            .unwrap();
        let expect = dt(1900, 1, 1, 7, 4, 34) + TimeDelta::milliseconds(392);
        assert_eq!(u.naive_utc(), expect);
    }

    #[test]
    fn offsets_parse() {
        assert_eq!(parse_offset_seconds("+05:30"), Some(19800));
        assert_eq!(parse_offset_seconds("-0800"), Some(-28800));
        assert_eq!(parse_offset_seconds("+05:53:20"), Some(21200));
        assert_eq!(parse_offset_seconds("Z"), Some(0));
        assert_eq!(parse_offset_seconds("+25:00"), None);
        assert_eq!(parse_offset_seconds("05:30"), None);
        assert_eq!(parse_offset_seconds("+5:30"), None);
        assert!(Zone::iana("Mars/Olympus").is_err());
    }
}
