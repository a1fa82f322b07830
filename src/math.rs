//! Thin wrappers over the floating-point functions the crate needs.
//!
//! With the `std` feature the platform's `f64` methods are used; without it
//! the pure-Rust `libm` crate provides the same functions, so the core builds
//! as `#![no_std]`. Results may differ in the last bit between the two.

#[cfg(feature = "std")]
mod imp {
    #[inline]
    pub fn sin(x: f64) -> f64 {
        x.sin()
    }
    #[inline]
    pub fn cos(x: f64) -> f64 {
        x.cos()
    }
    #[inline]
    pub fn sin_cos(x: f64) -> (f64, f64) {
        x.sin_cos()
    }
    #[inline]
    pub fn atan2(y: f64, x: f64) -> f64 {
        y.atan2(x)
    }
    #[inline]
    pub fn floor(x: f64) -> f64 {
        x.floor()
    }
    #[inline]
    pub fn round(x: f64) -> f64 {
        x.round()
    }
    #[inline]
    pub fn sqrt(x: f64) -> f64 {
        x.sqrt()
    }
    /// `x mod m` in `[0, m)`: by floor rather than `fmod` (several times
    /// faster) when that lands in range, which it does for all but huge
    /// |x| (beyond ~2⁵² m), where the exact `fmod` path takes over.
    #[inline]
    pub fn rem_euclid(x: f64, m: f64) -> f64 {
        let r = x - m * (x / m).floor();
        if (0.0..m).contains(&r) {
            r
        } else if r >= m && r - m < m {
            r - m
        } else if r < 0.0 && r + m >= 0.0 && r + m < m {
            r + m
        } else {
            x.rem_euclid(m)
        }
    }
}

#[cfg(not(feature = "std"))]
mod imp {
    pub use libm::{atan2, cos, floor, round, sin, sqrt};
    #[inline]
    pub fn sin_cos(x: f64) -> (f64, f64) {
        libm::sincos(x)
    }
    #[inline]
    pub fn rem_euclid(x: f64, m: f64) -> f64 {
        let r = libm::fmod(x, m);
        if r < 0.0 { r + m } else { r }
    }
}

pub(crate) use imp::*;

/// Degrees to radians.
pub(crate) const DEG_TO_RAD: f64 = core::f64::consts::PI / 180.0;
/// Arcseconds to radians.
pub(crate) const ARCSEC_TO_RAD: f64 = DEG_TO_RAD / 3600.0;

/// Reduces an angle in degrees to [0, 360).
///
/// `rem_euclid` can return exactly `360.0` for tiny negative inputs
/// (−1e-20 + 360 rounds to 360); that case is folded back to 0.
#[inline]
pub(crate) fn norm_deg(x: f64) -> f64 {
    let r = rem_euclid(x, 360.0);
    if r >= 360.0 { 0.0 } else { r }
}

/// Evaluates a polynomial with coefficients in ascending powers (Horner).
#[inline]
pub(crate) fn poly(x: f64, c: &[f64]) -> f64 {
    c.iter().rev().fold(0.0, |acc, &k| acc * x + k)
}
