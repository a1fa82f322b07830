//! The instant every command accepts: a local date-time with a zone, a UTC
//! timestamp, or a Julian day in UT or TT.

use crate::commands::CliError;
use chrono::{DateTime, NaiveDateTime, Utc};
use jyotish::{DeltaT, Disambiguation, JulianDayTt, JulianDayUt, Zone};
use serde::Deserialize;

/// One instant, given one of five ways (flags in the CLI, snake_case keys in batch).
#[derive(clap::Args, Deserialize, Debug, Default, Clone)]
#[serde(default, deny_unknown_fields)]
pub struct InstantArgs {
    /// Local civil date-time, YYYY-MM-DDTHH:MM[:SS[.fff]]; needs --tz, --offset or --lmt.
    #[arg(long)]
    pub datetime: Option<String>,
    /// IANA time zone of --datetime, e.g. Asia/Kolkata (historical offsets included).
    #[arg(long)]
    pub tz: Option<String>,
    /// Fixed UTC offset of --datetime, e.g. +05:30.
    #[arg(long, allow_hyphen_values = true)]
    pub offset: Option<String>,
    /// --datetime is local mean time at this longitude (degrees, east positive).
    #[arg(long, allow_hyphen_values = true)]
    pub lmt: Option<f64>,
    /// For a local time that occurred twice (clocks set back): take the earlier or the later.
    #[arg(long, value_parser = ["earlier", "later"])]
    pub ambiguous: Option<String>,
    /// UTC instant, ISO 8601 / RFC 3339, e.g. 1930-05-05T22:15:42.011976Z.
    #[arg(long)]
    pub utc: Option<String>,
    /// Julian day in Universal Time.
    #[arg(long)]
    pub jd_ut: Option<f64>,
    /// Julian day in Terrestrial Time.
    #[arg(long)]
    pub jd_tt: Option<f64>,
    /// Use this Delta T (TT − UT, seconds) instead of the model.
    #[arg(long, allow_hyphen_values = true)]
    pub delta_t: Option<f64>,
}

/// A resolved instant.
pub struct Instant {
    pub ut: JulianDayUt,
    pub tt: JulianDayTt,
    /// The zone the instant was given in, for printing local time back.
    pub zone: Option<Zone>,
}

const FORMATS: [&str; 4] = [
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%d %H:%M",
];

/// A date (midnight) or a date-time, as `--at` takes it.
pub fn parse_date_or_datetime(text: &str) -> Result<NaiveDateTime, CliError> {
    if let Ok(d) = chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d") {
        return Ok(d.and_hms_opt(0, 0, 0).expect("midnight exists"));
    }
    parse_local(text)
}

fn parse_local(text: &str) -> Result<NaiveDateTime, CliError> {
    FORMATS
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(text.trim(), f).ok())
        .ok_or_else(|| {
            CliError::invalid(format!(
                "--datetime {text:?} is not a valid date-time: expected YYYY-MM-DDTHH:MM[:SS[.fff]] with a real calendar date"
            ))
        })
}

fn parse_utc(text: &str) -> Result<DateTime<Utc>, CliError> {
    DateTime::parse_from_rfc3339(text.trim())
        .map(|d| d.with_timezone(&Utc))
        .or_else(|_| {
            // Also accept seconds-less forms like 1990-01-15T09:00Z.
            let t = text.trim().trim_end_matches(['Z', 'z']);
            NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M").map(|n| n.and_utc())
        })
        .map_err(|_| {
            CliError::invalid(format!(
                "--utc {text:?} is not an ISO 8601 UTC instant such as 1990-01-15T09:00:00Z or 1990-01-15T14:30:00+05:30"
            ))
        })
}

impl InstantArgs {
    /// Resolves the arguments to an instant.
    pub fn resolve(&self) -> Result<Instant, CliError> {
        let given = [
            self.datetime.is_some(),
            self.utc.is_some(),
            self.jd_ut.is_some(),
            self.jd_tt.is_some(),
        ]
        .iter()
        .filter(|b| **b)
        .count();
        if given != 1 {
            return Err(CliError::invalid(
                "give exactly one instant: --datetime (with --tz, --offset or --lmt), --utc, --jd-ut or --jd-tt".to_string(),
            ));
        }
        let delta_t = match self.delta_t {
            Some(s) if !s.is_finite() || s.abs() > 1.0e6 => {
                return Err(CliError::invalid(format!(
                    "--delta-t {s} must be a finite number of seconds within ±1e6"
                )));
            }
            Some(s) => DeltaT::FixedSeconds(s),
            None => DeltaT::SwissEphemeris,
        };
        let zones = [self.tz.is_some(), self.offset.is_some(), self.lmt.is_some()]
            .iter()
            .filter(|b| **b)
            .count();
        if self.datetime.is_none() && (zones > 0 || self.ambiguous.is_some()) {
            return Err(CliError::invalid(
                "--tz, --offset, --lmt and --ambiguous go with --datetime only".to_string(),
            ));
        }
        if let Some(text) = &self.datetime {
            let zone = match (&self.tz, &self.offset, self.lmt) {
                (Some(name), None, None) => Zone::iana(name)?,
                (None, Some(off), None) => Zone::parse_offset(off)?,
                (None, None, Some(lon)) => Zone::local_mean(lon)?,
                _ => {
                    return Err(CliError::invalid(
                        "--datetime needs exactly one of --tz NAME, --offset +HH:MM or --lmt LONGITUDE".to_string(),
                    ));
                }
            };
            let dis = match self.ambiguous.as_deref() {
                None => Disambiguation::Reject,
                Some("earlier") => Disambiguation::Earlier,
                Some("later") => Disambiguation::Later,
                Some(other) => {
                    return Err(CliError::invalid(format!(
                        "--ambiguous {other:?}: allowed are earlier, later"
                    )));
                }
            };
            let ut = JulianDayUt::from_local(&parse_local(text)?, &zone, dis)?;
            return Ok(Instant {
                ut,
                tt: ut.to_tt_with(delta_t),
                zone: Some(zone),
            });
        }
        if let Some(text) = &self.utc {
            let ut = JulianDayUt::from_utc(&parse_utc(text)?)?;
            return Ok(Instant {
                ut,
                tt: ut.to_tt_with(delta_t),
                zone: None,
            });
        }
        if let Some(jd) = self.jd_ut {
            let ut = JulianDayUt::new(jd)?;
            return Ok(Instant {
                ut,
                tt: ut.to_tt_with(delta_t),
                zone: None,
            });
        }
        let tt = JulianDayTt::new(self.jd_tt.unwrap_or_default())?;
        Ok(Instant {
            ut: tt.to_ut_with(delta_t),
            tt,
            zone: None,
        })
    }
}

/// The instant as UTC rounded to the millisecond (not truncated: a Julian
/// day carries ~20 µs of rounding either way).
fn utc_ms(ut: JulianDayUt) -> Result<DateTime<Utc>, CliError> {
    use chrono::DurationRound;
    let utc = ut.to_utc()?;
    Ok(utc
        .duration_round(chrono::TimeDelta::milliseconds(1))
        .unwrap_or(utc))
}

/// ISO 8601 with millisecond precision and an explicit offset.
pub fn iso_utc(ut: JulianDayUt) -> Result<String, CliError> {
    Ok(utc_ms(ut)?
        .format("%Y-%m-%dT%H:%M:%S%.3f+00:00")
        .to_string())
}

/// The instant as local time in `zone`, ISO 8601 with its offset.
pub fn iso_local(ut: JulianDayUt, zone: &Zone) -> Result<String, CliError> {
    use chrono::{Offset, TimeZone};
    let utc = utc_ms(ut)?;
    let offset_seconds = match zone {
        Zone::Iana(tz) => tz
            .offset_from_utc_datetime(&utc.naive_utc())
            .fix()
            .local_minus_utc(),
        Zone::Offset { seconds_east } => *seconds_east,
        // LMT offsets have fractional seconds; print to the whole second.
        Zone::LocalMean { longitude_deg } => (longitude_deg * 240.0).round() as i32,
    };
    let fixed = chrono::FixedOffset::east_opt(offset_seconds).ok_or_else(|| {
        CliError::invalid(format!("UTC offset {offset_seconds} s is out of range"))
    })?;
    Ok(utc
        .with_timezone(&fixed)
        .format("%Y-%m-%dT%H:%M:%S%.3f%:z")
        .to_string())
}
