//! Angles on the ecliptic: the [`Longitude`] newtype and degree–minute–second
//! display.
//!
//! A longitude is kept in degrees in `[0, 360)`. Degrees (not radians) are the
//! unit throughout the public API because they are what astrologers and every
//! reference program print; radians appear only inside numeric kernels.

use crate::Error;
use crate::math::norm_deg;
use core::fmt;

/// An ecliptic longitude in degrees, always in `[0, 360)`.
///
/// Tropical or sidereal depends on where it came from; the type does not say,
/// the field name does (`sidereal_longitude`, …).
///
/// ```
/// use jyotish::Longitude;
/// let l = Longitude::new(-30.5)?;
/// assert_eq!(l.degrees(), 329.5);
/// assert_eq!(l.to_string(), "329°30′00.000″");
/// # Ok::<(), jyotish::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "f64", into = "f64"))]
pub struct Longitude(f64);

impl Longitude {
    /// Wraps any finite angle in degrees into `[0, 360)`.
    ///
    /// # Errors
    /// [`Error::NotFinite`] for NaN or infinite input.
    pub fn new(degrees: f64) -> Result<Self, Error> {
        if degrees.is_finite() {
            Ok(Self(norm_deg(degrees)))
        } else {
            Err(Error::NotFinite { what: "longitude" })
        }
    }

    /// Wraps an angle that is known to be finite (computed, not user input).
    #[inline]
    pub(crate) fn wrap(degrees: f64) -> Self {
        debug_assert!(degrees.is_finite());
        Self(norm_deg(degrees))
    }

    /// The longitude in degrees, in `[0, 360)`.
    #[inline]
    pub const fn degrees(self) -> f64 {
        self.0
    }

    /// This longitude moved by `delta_deg` degrees (wrapping).
    #[inline]
    #[must_use]
    pub fn add_degrees(self, delta_deg: f64) -> Self {
        Self::wrap(self.0 + delta_deg)
    }

    /// The arc from `other` forward (counter-clockwise) to `self`, in `[0, 360)` degrees.
    #[inline]
    pub fn arc_from(self, other: Longitude) -> f64 {
        norm_deg(self.0 - other.0)
    }

    /// Degree–minute–second parts of this longitude.
    pub fn dms(self) -> Dms {
        Dms::from_degrees(self.0)
    }
}

impl TryFrom<f64> for Longitude {
    type Error = Error;
    fn try_from(value: f64) -> Result<Self, Error> {
        Longitude::new(value)
    }
}

impl From<Longitude> for f64 {
    fn from(l: Longitude) -> f64 {
        l.0
    }
}

impl fmt::Display for Longitude {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.dms().fmt(f)
    }
}

/// An angle split into sign, whole degrees, whole arcminutes and arcseconds.
///
/// Rounding to the displayed precision carries into minutes and degrees, so
/// 29.99999999° prints as `30°00′00.000″`, never `29°59′60.000″`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dms {
    /// True for angles below zero.
    pub negative: bool,
    /// Whole degrees.
    pub degrees: u32,
    /// Whole arcminutes, 0–59.
    pub minutes: u32,
    /// Arcseconds, in `[0, 60)`.
    pub seconds: f64,
}

impl Dms {
    /// Splits an angle in degrees.
    ///
    /// ```
    /// let d = jyotish::Dms::from_degrees(-23.5);
    /// assert_eq!((d.negative, d.degrees, d.minutes), (true, 23, 30));
    /// ```
    pub fn from_degrees(angle_deg: f64) -> Self {
        let negative = angle_deg < 0.0;
        let a = angle_deg.abs();
        let degrees = a as u32;
        let rem_min = (a - f64::from(degrees)) * 60.0;
        let minutes = rem_min as u32;
        let seconds = (rem_min - f64::from(minutes)) * 60.0;
        Self {
            negative,
            degrees,
            minutes,
            seconds,
        }
    }
}

impl fmt::Display for Dms {
    /// Prints `DDD°MM′SS.sss″`; the precision (default 3) sets the decimals of the seconds.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let decimals = f.precision().unwrap_or(3).min(9);
        let scale = [
            1u64,
            10,
            100,
            1_000,
            10_000,
            100_000,
            1_000_000,
            10_000_000,
            100_000_000,
            1_000_000_000,
        ][decimals];
        // Work in integer units of the last printed digit so rounding carries.
        let total =
            (f64::from(self.degrees) * 3600.0 + f64::from(self.minutes) * 60.0 + self.seconds)
                * scale as f64;
        let total = crate::math::round(total) as u64;
        let frac = total % scale;
        let secs = total / scale;
        let (d, m, s) = (secs / 3600, (secs / 60) % 60, secs % 60);
        let sign = if self.negative && total > 0 { "-" } else { "" };
        if decimals == 0 {
            write!(f, "{sign}{d}°{m:02}′{s:02}″")
        } else {
            write!(f, "{sign}{d}°{m:02}′{s:02}.{frac:0decimals$}″")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::format;

    #[test]
    fn wraps_into_range() {
        assert_eq!(Longitude::new(360.0).unwrap().degrees(), 0.0);
        assert_eq!(Longitude::new(-1e-20).unwrap().degrees(), 0.0);
        assert_eq!(Longitude::new(725.25).unwrap().degrees(), 5.25);
        assert!(Longitude::new(f64::INFINITY).is_err());
    }

    #[test]
    fn dms_rounding_carries() {
        assert_eq!(
            format!("{}", Dms::from_degrees(29.999_999_999)),
            "30°00′00.000″"
        );
        assert_eq!(format!("{:.1}", Dms::from_degrees(23.857_5)), "23°51′27.0″");
        assert_eq!(format!("{:.0}", Dms::from_degrees(-0.5)), "-0°30′00″");
    }

    #[test]
    fn arc_from_is_forward() {
        let a = Longitude::new(10.0).unwrap();
        let b = Longitude::new(350.0).unwrap();
        assert_eq!(a.arc_from(b), 20.0);
        assert_eq!(b.arc_from(a), 340.0);
    }
}
