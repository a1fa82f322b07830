//! Thin wrappers over the floating-point functions the crate needs.
//!
//! With the `std` feature the platform's `f64` methods are used; without it
//! the pure-Rust `libm` crate provides the same functions, so the core builds
//! as `#![no_std]`. Results may differ in the last bit between the two.
//! Sine, cosine and two-argument arctangent are the crate's own kernels
//! ([`trig`]: the same on every platform, within 1 ulp of the correctly
//! rounded value, several times cheaper than the platform's), which fall
//! back to the platform for arguments outside their range.

#[cfg(feature = "std")]
mod imp {
    #[inline]
    pub fn sin_cos_platform(x: f64) -> (f64, f64) {
        x.sin_cos()
    }
    #[inline]
    pub fn atan2_platform(y: f64, x: f64) -> f64 {
        y.atan2(x)
    }
    #[inline]
    pub fn floor_platform(x: f64) -> f64 {
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
        let r = x - m * super::floor(x / m);
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
    pub use libm::{floor as floor_platform, round, sqrt};
    #[inline]
    pub fn sin_cos_platform(x: f64) -> (f64, f64) {
        libm::sincos(x)
    }
    #[inline]
    pub fn atan2_platform(y: f64, x: f64) -> f64 {
        libm::atan2(y, x)
    }
    #[inline]
    pub fn rem_euclid(x: f64, m: f64) -> f64 {
        let r = libm::fmod(x, m);
        if r < 0.0 { r + m } else { r }
    }
}

use imp::{atan2_platform, floor_platform, sin_cos_platform};
pub(crate) use imp::{rem_euclid, round, sqrt};

/// 1.5·2⁵²: adding and subtracting it rounds any |x| < 2⁵¹ to the nearest
/// integer (ties to even) in the FPU's default rounding mode.
const ROUNDING_MAGIC: f64 = 6_755_399_441_055_744.0;

/// Nearest integer, ties to even, for |x| < 2⁵¹ (the caller's guarantee).
#[inline]
pub(crate) fn round_small(x: f64) -> f64 {
    (x + ROUNDING_MAGIC) - ROUNDING_MAGIC
}

/// Largest integer not above `x`. The baseline x86-64 target has no
/// rounding instruction, so `f64::floor` is a library call (~25
/// instructions); below 2⁵¹ this is four instructions and a compare.
#[inline]
pub(crate) fn floor(x: f64) -> f64 {
    if x.abs() < 2_251_799_813_685_248.0 && x != 0.0 {
        let r = round_small(x);
        if r > x { r - 1.0 } else { r }
    } else {
        // Zeros (keeping their sign), huge values, infinities and NaN.
        floor_platform(x)
    }
}

mod trig;
pub(crate) use trig::{atan2, cos, sin, sin_cos};

/// e^{ikθ} for k = −4…4 of each of five angles (radians):
/// `powers[i][4 + k] = (cos kθᵢ, sin kθᵢ)`, from one sine and cosine per
/// angle and complex products. With [`harmonic`] it gives the sine and
/// cosine of any Σ mᵢθᵢ with |mᵢ| ≤ 4 for a few multiplications instead of
/// a sin/cos call: the device of the nutation and equation-of-the-equinoxes
/// series (rounding stays below 1e-15 of the amplitude).
pub(crate) fn unit_powers(angles: [f64; 5]) -> [[(f64, f64); 9]; 5] {
    let mut powers = [[(1.0, 0.0); 9]; 5];
    for (row, theta) in powers.iter_mut().zip(angles) {
        let (s1, c1) = sin_cos(theta);
        for k in 1..=4 {
            let (c, s) = row[3 + k];
            let next = (c * c1 - s * s1, s * c1 + c * s1);
            row[4 + k] = next;
            row[4 - k] = (next.0, -next.1);
        }
    }
    powers
}

/// (cos φ, sin φ) of φ = Σ mᵢθᵢ from [`unit_powers`] of the θᵢ
/// (|mᵢ| ≤ 4).
#[inline]
pub(crate) fn harmonic(powers: &[[(f64, f64); 9]; 5], m: &[i8; 5]) -> (f64, f64) {
    let (mut co, mut si) = (1.0, 0.0);
    for (row, &k) in powers.iter().zip(m.iter()) {
        if k != 0 {
            let (pc, ps) = row[(4 + k) as usize];
            (co, si) = (co * pc - si * ps, co * ps + si * pc);
        }
    }
    (co, si)
}

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

#[cfg(test)]
mod tests {
    use super::*;

    /// `floor` equals the platform's on integers, their neighbours, halves,
    /// signed zeros and the edges of the fast range.
    #[test]
    fn floor_matches_the_platform() {
        let mut xs = vec![
            0.0,
            -0.0,
            0.5,
            -0.5,
            1e-300,
            -1e-300,
            2f64.powi(51),
            -(2f64.powi(51)),
        ];
        for k in -2000..=2000 {
            let m = f64::from(k) * 0.25;
            if m != 0.0 {
                xs.extend([
                    m,
                    f64::from_bits(m.to_bits() + 1),
                    f64::from_bits(m.to_bits() - 1),
                ]);
            }
        }
        for e in 0..60 {
            let b = 2f64.powi(e);
            xs.extend([
                b - 0.5,
                b + 0.5,
                -b - 0.5,
                b * 1.000_000_1,
                -b * 0.999_999_9,
            ]);
        }
        xs.extend([f64::INFINITY, f64::NEG_INFINITY, 1e300, -1e300]);
        for x in xs {
            let (f, p) = (floor(x), x.floor());
            assert!(
                f == p && f.is_sign_negative() == p.is_sign_negative(),
                "{x:e}: {f} {p}"
            );
        }
        assert!(floor(f64::NAN).is_nan());
    }
}
