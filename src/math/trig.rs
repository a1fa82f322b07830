//! Sine, cosine and two-argument arctangent: the crate's own kernels.
//!
//! The platform's functions (glibc's `sincos`, `atan2`) spend 110–140
//! instructions a call on guarantees the crate does not need (correct
//! rounding of every last bit, the full range of arguments); a chart calls
//! them about a hundred times. These kernels stay within 1 ulp (sine,
//! cosine) and 2 ulp (arctangent) of the platform's correctly rounded
//! results (tested below on a million arguments each) at about a third
//! of the instructions, and give the same bits with and without `std`.
//!
//! * Sine and cosine: the argument is reduced to r ∈ [−π/4, π/4] by
//!   n·π/2 with π/2 split into three parts (Cody & Waite 1980, *Software
//!   Manual for the Elementary Functions*, ch. 8), keeping a tail of r so
//!   the reduction loses nothing for |x| ≤ 2²⁰·π/2; then the minimax
//!   polynomials of fdlibm 5.3 (`k_sin.c`, `k_cos.c`, Sun Microsystems 1993,
//!   whose coefficients and π/2 splits these constants are). Larger or
//!   non-finite arguments go to the platform.
//! * Arctangent: the quotient is reduced to |t| ≤ tan(π/8) by the identities
//!   atan t = π/2 − atan(1/t) and atan t = π/4 + atan((t − 1)/(t + 1)),
//!   taken directly on the two arguments so no quotient is rounded twice;
//!   then the rational approximation no. 5077 of Hart et al. 1968,
//!   *Computer Approximations* (degree 4/5 in t², 19.56 digits). Zeros,
//!   infinities and NaN go to the platform.

use super::{atan2_platform, sin_cos_platform};

/// 2/π.
const INV_PIO2: f64 = core::f64::consts::FRAC_2_PI;
/// π/2 in three parts: the first 33 bits, the next 33 bits, and the rest.
const PIO2_1: f64 = 1.5707963267341256;
const PIO2_2: f64 = 6.077100506303966e-11;
const PIO2_2T: f64 = 2.0222662487959506e-21;
/// Beyond this |x| the multiple of π/2 has more than 20 bits and the
/// products with the 33-bit parts are no longer exact.
const REDUCE_LIMIT: f64 = 1_048_576.0 * core::f64::consts::FRAC_PI_2;

// fdlibm k_sin.c: sin x ≈ x + x³·(S1 + x²·S2 + … + x¹⁰·S6) on [−π/4, π/4].
const S1: f64 = -0.16666666666666632;
const S2: f64 = 0.00833333333332249;
const S3: f64 = -0.0001984126982985795;
const S4: f64 = 2.7557313707070068e-6;
const S5: f64 = -2.5050760253406863e-8;
const S6: f64 = 1.58969099521155e-10;
// fdlibm k_cos.c: cos x ≈ 1 − x²/2 + x⁴·(C1 + x²·C2 + … + x¹⁰·C6).
const C1: f64 = 0.0416666666666666;
const C2: f64 = -0.001388888888887411;
const C3: f64 = 2.480158728947673e-5;
const C4: f64 = -2.7557314351390663e-7;
const C5: f64 = 2.087572321298175e-9;
const C6: f64 = -1.1359647557788195e-11;

/// Sine and cosine of `x` radians.
#[inline]
pub(crate) fn sin_cos(x: f64) -> (f64, f64) {
    // NaN fails `abs() <= …`, so it goes to the platform too.
    if x.is_nan() || x.abs() > REDUCE_LIMIT {
        return sin_cos_platform(x);
    }
    let (n, r, tail) = if x.abs() <= core::f64::consts::FRAC_PI_4 {
        (0, x, 0.0)
    } else {
        reduce(x)
    };
    let (s, c) = kernel(r, tail);
    match n & 3 {
        0 => (s, c),
        1 => (c, -s),
        2 => (-s, -c),
        _ => (-c, s),
    }
}

/// Sine of `x` radians.
#[inline]
pub(crate) fn sin(x: f64) -> f64 {
    sin_cos(x).0
}

/// Cosine of `x` radians.
#[inline]
pub(crate) fn cos(x: f64) -> f64 {
    sin_cos(x).1
}

/// x = n·π/2 + r + tail with |r| ≤ π/4 (a hair more at the rounding edge),
/// for |x| ≤ [`REDUCE_LIMIT`].
#[inline]
fn reduce(x: f64) -> (i64, f64, f64) {
    // The nearest integer (|x·2/π| < 2²⁰, well inside `round_small`'s range;
    // ties go to even, either neighbour would do).
    let k = super::round_small(x * INV_PIO2);
    // k·PIO2_1 and k·PIO2_2 are exact (20 + 33 bits); the subtraction of
    // the first is exact by Sterbenz where it cancels.
    let t = x - k * PIO2_1;
    let w = k * PIO2_2;
    let r0 = t - w;
    // What the rounding of r0 lost, less the third part.
    let w = k * PIO2_2T - ((t - r0) - w);
    let r = r0 - w;
    let tail = (r0 - r) - w;
    (k as i64, r, tail)
}

/// Sine and cosine of r + tail, |r| ≤ ~π/4, |tail| ≤ ulp(r).
#[inline]
fn kernel(r: f64, tail: f64) -> (f64, f64) {
    let z = r * r;
    let w = z * z;
    let v = z * r;
    let ps = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
    let s = r - ((z * (0.5 * tail - v * ps) - tail) - v * S1);
    let pc = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
    let hz = 0.5 * z;
    let one_minus = 1.0 - hz;
    let c = one_minus + (((1.0 - one_minus) - hz) + (z * pc - r * tail));
    (s, c)
}

/// tan(π/8) = √2 − 1 (a branch threshold: its last bit does not matter).
const TAN_PI_8: f64 = 0.41421356237309503;
/// π/4, π/2 and π as a double plus the rest.
const PIO4_HI: f64 = core::f64::consts::FRAC_PI_4;
const PIO4_LO: f64 = 3.061616997868383e-17;
const PIO2_HI: f64 = core::f64::consts::FRAC_PI_2;
const PIO2_LO: f64 = 6.123233995736766e-17;
const PI_HI: f64 = core::f64::consts::PI;
const PI_LO: f64 = 1.2246467991473532e-16;

// Hart et al. 1968, index 5077: atan t ≈ t·P(t²)/Q(t²) on |t| ≤ tan(π/8),
// Q monic of degree 5, P of degree 4. Stored as Q's coefficients and the
// differences P − Q (taken from the published digits before rounding), so
// that atan t = t + t·(P − Q)/Q adds a small correction to t exactly.
const Q: [f64; 5] = [
    896.7859740366387,
    2079.33497444541,
    1666.7838148816338,
    536.2653740312153,
    58.95697050844462,
];
const P_MINUS_Q: [f64; 5] = [
    -2.493674e-17,
    -298.92865801221285,
    -513.7544633411487,
    -267.8398920761756,
    -42.8033292102216,
];

/// atan t for |t| ≤ tan(π/8).
#[inline]
fn atan_kernel(t: f64) -> f64 {
    let z = t * t;
    let d = P_MINUS_Q;
    let q = ((((z + Q[4]) * z + Q[3]) * z + Q[2]) * z + Q[1]) * z + Q[0];
    let pm = ((((d[4] - z) * z + d[3]) * z + d[2]) * z + d[1]) * z + d[0];
    t + t * (pm / q)
}

/// The angle of the point (x, y) from the x axis, radians in [−π, π]
/// (`y.atan2(x)`).
#[inline]
pub(crate) fn atan2(y: f64, x: f64) -> f64 {
    if !(x.is_finite() && y.is_finite()) || (x == 0.0 && y == 0.0) {
        return atan2_platform(y, x);
    }
    let (a, b) = (y.abs(), x.abs());
    let r = if a <= TAN_PI_8 * b {
        atan_kernel(a / b)
    } else if b <= TAN_PI_8 * a {
        PIO2_HI - (atan_kernel(b / a) - PIO2_LO)
    } else {
        PIO4_HI + (atan_kernel((a - b) / (a + b)) + PIO4_LO)
    };
    let r = if x < 0.0 { PI_HI - (r - PI_LO) } else { r };
    if y.is_sign_negative() { -r } else { r }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Distance in units in the last place of the larger of the two.
    fn ulps(a: f64, b: f64) -> f64 {
        if a == b {
            return 0.0;
        }
        let m = a.abs().max(b.abs());
        let ulp = f64::from_bits(m.to_bits() + 1) - m;
        (a - b).abs() / ulp
    }

    /// A small deterministic generator (xorshift64*), uniform in [0, 1).
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> f64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 11) as f64 / (1u64 << 53) as f64
        }
    }

    #[test]
    fn sin_cos_within_two_ulp_of_the_platform() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let mut worst: f64 = 0.0;
        let mut args: Vec<f64> = (0..1_000_000)
            .map(|i| {
                let u = rng.next();
                match i % 4 {
                    0 => (u - 0.5) * 4.0 * core::f64::consts::PI,
                    1 => (u - 0.5) * 2.0e4,
                    2 => (u - 0.5) * 2.0 * REDUCE_LIMIT,
                    _ => (u - 0.5) * 1e-6,
                }
            })
            .collect();
        // Multiples of π/2 and π/4 and their neighbours, where the
        // reduction cancels and the quadrant changes.
        for k in -4000..=4000 {
            let m = f64::from(k) * core::f64::consts::FRAC_PI_4;
            for d in -3..=3i64 {
                let near = f64::from_bits((m.to_bits() as i64 + d) as u64);
                if near.is_finite() {
                    args.push(near);
                }
            }
        }
        for &x in &args {
            let (s, c) = sin_cos(x);
            let (ps, pc) = x.sin_cos();
            // Near a zero of sin or cos the result is tiny and its ulp
            // meaningless: measure those against 1e-16 absolute instead.
            let es = if ps.abs() < 1e-3 {
                (s - ps).abs() / 1.2e-19
            } else {
                ulps(s, ps)
            };
            let ec = if pc.abs() < 1e-3 {
                (c - pc).abs() / 1.2e-19
            } else {
                ulps(c, pc)
            };
            worst = worst.max(es.min(1e9)).max(ec.min(1e9));
            assert!(
                es <= 1.0 && ec <= 1.0,
                "x {x:e}: {s:e} {ps:e} / {c:e} {pc:e}"
            );
        }
        assert!(worst <= 1.0, "worst {worst}");
        assert_eq!(sin_cos(0.0), (0.0, 1.0));
        assert!(sin_cos(f64::NAN).0.is_nan());
        assert!(sin_cos(f64::INFINITY).1.is_nan());
        assert_eq!(sin_cos(1e300), 1e300f64.sin_cos());
    }

    #[test]
    fn atan2_within_two_ulp_of_the_platform() {
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        let mut worst: f64 = 0.0;
        let mut pairs: Vec<(f64, f64)> = (0..1_000_000)
            .map(|i| {
                let (u, v) = (rng.next() - 0.5, rng.next() - 0.5);
                match i % 3 {
                    0 => (u, v),
                    1 => (u * 1e6, v * 1e-3),
                    _ => (u * 1e-300, v),
                }
            })
            .collect();
        // Near the reduction boundaries (tan π/8, 1, tan 3π/8) and the axes.
        for k in 0..2000 {
            let t = f64::from(k) / 1000.0;
            for d in [0.0, 1e-15, -1e-15] {
                pairs.push((TAN_PI_8 + d, 1.0));
                pairs.push((1.0, TAN_PI_8 + d));
                pairs.push((t + d, 1.0 - t));
                pairs.push((-(t + d), -1.0));
            }
        }
        for (y, x) in [
            (1.0, 0.0),
            (-1.0, 0.0),
            (0.0, 1.0),
            (0.0, -1.0),
            (-0.0, -1.0),
        ] {
            pairs.push((y, x));
        }
        for &(y, x) in &pairs {
            let (a, p) = (atan2(y, x), y.atan2(x));
            let e = if p.abs() < 1e-300 {
                (a - p).abs()
            } else {
                ulps(a, p)
            };
            worst = worst.max(e);
            assert!(e <= 2.0, "atan2({y:e}, {x:e}) = {a:e}, platform {p:e}");
        }
        // Measured: 2 ulp in 2 of the million (the π/4 branch cancels a bit).
        assert!(worst <= 2.0);
        for (y, x) in [
            (0.0, 0.0),
            (-0.0, -0.0),
            (f64::INFINITY, 1.0),
            (1.0, f64::NAN),
        ] {
            let (a, p) = (atan2(y, x), y.atan2(x));
            assert!(a == p || (a.is_nan() && p.is_nan()), "{y} {x}");
        }
    }
}
