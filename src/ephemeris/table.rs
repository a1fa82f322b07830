//! Decoder of the embedded Chebyshev tables (`data/ephemeris/*.bin`, layout
//! in `data/ephemeris/FORMAT.md`).
//!
//! A table covers 1600–2201 in base segments of 32 days; segments where the
//! fit needed it are split into sub-segments (a bitmap with a rank index
//! finds them in O(1)). Each segment's record is a bit stream of quantised
//! Chebyshev coefficients for three coordinates. The header and the
//! per-coefficient quantisation fields are parsed at compile time (`const`),
//! so a lookup is arithmetic plus one record decode and three Clenshaw sums.

/// Coefficients per coordinate, at most (the Moon's tables use 37).
pub(crate) const MAX_COEF: usize = 40;

/// A parsed table: header, quantisation fields and section offsets.
pub(crate) struct Table {
    data: &'static [u8],
    pub ncoef: [usize; 3],
    epoch: f64,
    base_len: f64,
    tau_scale: f64,
    deep_len: f64,
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) valid_start: f64,
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) valid_end: f64,
    n_base: usize,
    rec_bytes: [usize; 3],
    off_bitmap: usize,
    off_rank: usize,
    off_first_sub: usize,
    off_sub_start: usize,
    off_sub_rec: usize,
    off_rec: [usize; 3],
    /// Quantum parameters A, B per (coordinate, coefficient).
    a: [[f64; MAX_COEF]; 3],
    b: [[f64; MAX_COEF]; 3],
    /// Bit widths per (class, coordinate, coefficient).
    width: [[[u8; MAX_COEF]; 3]; 3],
    /// Bit offset of each field within its record, per (class, coordinate,
    /// coefficient): the widths are fixed per class, so every field can be
    /// read independently of the others.
    bitpos: [[[u16; MAX_COEF]; 3]; 3],
    /// Class-0 quanta: min(A, B·L), precomputed.
    scale0: [[f64; MAX_COEF]; 3],
}

const fn u16_at(d: &[u8], o: usize) -> u16 {
    u16::from_le_bytes([d[o], d[o + 1]])
}

const fn u32_at(d: &[u8], o: usize) -> usize {
    u32::from_le_bytes([d[o], d[o + 1], d[o + 2], d[o + 3]]) as usize
}

const fn f64_at(d: &[u8], o: usize) -> f64 {
    f64::from_le_bytes([
        d[o],
        d[o + 1],
        d[o + 2],
        d[o + 3],
        d[o + 4],
        d[o + 5],
        d[o + 6],
        d[o + 7],
    ])
}

const fn min(a: f64, b: f64) -> f64 {
    if b < a { b } else { a }
}

impl Table {
    /// Parses a table at compile time; a malformed file fails the build.
    pub(crate) const fn parse(data: &'static [u8], body_id: u16) -> Table {
        let magic = b"JYEPHEM\0";
        let mut i = 0;
        while i < 8 {
            assert!(data[i] == magic[i], "ephemeris table: bad magic");
            i += 1;
        }
        assert!(u16_at(data, 8) == 1, "ephemeris table: unsupported version");
        assert!(u16_at(data, 10) == body_id, "ephemeris table: wrong body");
        let ncoef = [data[12] as usize, data[13] as usize, data[14] as usize];
        assert!(ncoef[0] <= MAX_COEF && ncoef[1] <= MAX_COEF && ncoef[2] <= MAX_COEF);
        assert!(
            u32_at(data, 136) == data.len(),
            "ephemeris table: size mismatch"
        );
        let base_len = f64_at(data, 24);
        let off_fields = u32_at(data, 100);
        let mut a = [[0.0; MAX_COEF]; 3];
        let mut b = [[0.0; MAX_COEF]; 3];
        let mut width = [[[0u8; MAX_COEF]; 3]; 3];
        let mut scale0 = [[0.0; MAX_COEF]; 3];
        let mut entry = off_fields;
        let mut c = 0;
        while c < 3 {
            let mut k = 0;
            while k < ncoef[c] {
                a[c][k] = f64_at(data, entry);
                b[c][k] = f64_at(data, entry + 8);
                let mut class = 0;
                while class < 3 {
                    width[class][c][k] = data[entry + 16 + class];
                    assert!(width[class][c][k] <= 56);
                    class += 1;
                }
                scale0[c][k] = min(a[c][k], b[c][k] * base_len);
                entry += 24;
                k += 1;
            }
            c += 1;
        }
        let mut bitpos = [[[0u16; MAX_COEF]; 3]; 3];
        let mut class = 0;
        while class < 3 {
            let mut pos = 0u16;
            let mut c = 0;
            while c < 3 {
                let mut k = 0;
                while k < ncoef[c] {
                    bitpos[class][c][k] = pos;
                    pos += width[class][c][k] as u16;
                    k += 1;
                }
                c += 1;
            }
            class += 1;
        }
        Table {
            data,
            ncoef,
            epoch: f64_at(data, 16),
            base_len,
            tau_scale: f64_at(data, 32),
            deep_len: f64_at(data, 40),
            valid_start: f64_at(data, 48),
            valid_end: f64_at(data, 56),
            n_base: u32_at(data, 64),
            rec_bytes: [u32_at(data, 88), u32_at(data, 92), u32_at(data, 96)],
            off_bitmap: u32_at(data, 104),
            off_rank: u32_at(data, 108),
            off_first_sub: u32_at(data, 112),
            off_sub_start: u32_at(data, 116),
            off_sub_rec: u32_at(data, 120),
            off_rec: [u32_at(data, 124), u32_at(data, 128), u32_at(data, 132)],
            a,
            b,
            width,
            bitpos,
            scale0,
        }
    }

    #[inline]
    fn u32(&self, o: usize) -> usize {
        u32_at(self.data, o)
    }

    #[inline]
    fn u64(&self, o: usize) -> u64 {
        let mut w = [0u8; 8];
        w.copy_from_slice(&self.data[o..o + 8]);
        u64::from_le_bytes(w)
    }

    #[inline]
    fn f64(&self, o: usize) -> f64 {
        f64::from_bits(self.u64(o))
    }

    /// Evaluates the first `coords` coordinates at `jd_tt` (which the caller
    /// has checked is within `[valid_start, valid_end)`): value and rate per
    /// day of each.
    pub(crate) fn eval(&self, jd_tt: f64, coords: usize) -> [(f64, f64); 3] {
        let x = jd_tt - self.epoch;
        let i = ((x / self.base_len) as usize).min(self.n_base - 1);
        let word = self.u64(self.off_bitmap + (i / 64) * 8);
        let j = i % 64;
        let rank = self.u32(self.off_rank + (i / 64) * 4)
            + (word & ((1u64 << j) - 1)).count_ones() as usize;
        let (class, rec, start, len) = if word & (1u64 << j) == 0 {
            (0, i - rank, i as f64 * self.base_len, self.base_len)
        } else {
            let lo = self.u32(self.off_first_sub + rank * 4);
            let hi = self.u32(self.off_first_sub + (rank + 1) * 4);
            let mut q = lo;
            while q + 1 < hi && self.f64(self.off_sub_start + (q + 1) * 8) <= x {
                q += 1;
            }
            let s = self.f64(self.off_sub_start + q * 8);
            let e = if q + 1 < hi {
                self.f64(self.off_sub_start + (q + 1) * 8)
            } else {
                (i + 1) as f64 * self.base_len
            };
            let len = e - s;
            let class = if len < self.deep_len { 2 } else { 1 };
            (class, self.u32(self.off_sub_rec + q * 4), s, len)
        };
        let f = self.tau_scale;
        let tau = f * (2.0 * (x - start) / len - 1.0);
        let rate_factor = 2.0 * f / len;
        let base = self.off_rec[class] + rec * self.rec_bytes[class];
        let record = &self.data[base..base + self.rec_bytes[class] + 8];
        let mut coef = [[0.0f64; MAX_COEF]; 3];
        for (c, row) in coef.iter_mut().enumerate().take(coords) {
            let n = self.ncoef[c];
            let widths = &self.width[class][c][..n];
            let positions = &self.bitpos[class][c][..n];
            for k in 0..n {
                let w = u32::from(widths[k]);
                let bit = usize::from(positions[k]);
                let raw = read_u64(record, bit / 8) >> (bit % 8);
                // Sign-extend the low w bits (w ≤ 56, so bit % 8 + w ≤ 63);
                // a zero width means the field is absent (value 0).
                let v = if w == 0 {
                    0
                } else {
                    ((raw << (64 - w)) as i64) >> (64 - w)
                };
                let scale = if class == 0 {
                    self.scale0[c][k]
                } else {
                    let b = self.b[c][k] * len;
                    if b < self.a[c][k] { b } else { self.a[c][k] }
                };
                row[k] = v as f64 * scale;
            }
        }
        let mut out = [(0.0, 0.0); 3];
        if coords == 3 && self.ncoef[0] == self.ncoef[1] && self.ncoef[1] == self.ncoef[2] {
            // The three sums in lockstep: independent recurrences overlap
            // in the pipeline instead of waiting on each other.
            let v = clenshaw3(&coef, self.ncoef[0], tau);
            for c in 0..3 {
                out[c] = (v[c].0, v[c].1 * rate_factor);
            }
        } else {
            for c in 0..coords {
                let (value, dvalue) = clenshaw(&coef[c][..self.ncoef[c]], tau);
                out[c] = (value, dvalue * rate_factor);
            }
        }
        out
    }
}

/// Three Clenshaw sums of `n` coefficients each, in lockstep.
#[inline]
fn clenshaw3(c: &[[f64; MAX_COEF]; 3], n: usize, tau: f64) -> [(f64, f64); 3] {
    let two_tau = 2.0 * tau;
    let mut b1 = [0.0; 3];
    let mut b2 = [0.0; 3];
    let mut d1 = [0.0; 3];
    let mut d2 = [0.0; 3];
    for k in (1..n).rev() {
        for i in 0..3 {
            let d = 2.0 * b1[i] + two_tau * d1[i] - d2[i];
            d2[i] = d1[i];
            d1[i] = d;
            let b = c[i][k] + two_tau * b1[i] - b2[i];
            b2[i] = b1[i];
            b1[i] = b;
        }
    }
    let mut out = [(0.0, 0.0); 3];
    for i in 0..3 {
        out[i] = (c[i][0] + tau * b1[i] - b2[i], b1[i] + tau * d1[i] - d2[i]);
    }
    out
}

/// Reads 8 bytes little-endian at `at` (records are followed by at least 8
/// bytes of padding or further records, so this stays in bounds).
#[inline(always)]
fn read_u64(record: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&record[at..at + 8]);
    u64::from_le_bytes(w)
}

/// Σ cₖ Tₖ(τ) and its derivative with respect to τ (Clenshaw recurrence,
/// with the derivative recurrence of the same loop).
#[inline]
fn clenshaw(c: &[f64], tau: f64) -> (f64, f64) {
    let two_tau = 2.0 * tau;
    let (mut b1, mut b2, mut d1, mut d2) = (0.0, 0.0, 0.0, 0.0);
    for &ck in c[1..].iter().rev() {
        (d1, d2) = (2.0 * b1 + two_tau * d1 - d2, d1);
        (b1, b2) = (ck + two_tau * b1 - b2, b1);
    }
    (c[0] + tau * b1 - b2, b1 + tau * d1 - d2)
}

#[cfg(test)]
mod tests {
    use super::clenshaw;

    #[test]
    fn clenshaw_matches_explicit_polynomials() {
        // 1·T0 + 2·T1 + 3·T2 + 4·T3 at τ = 0.3: T2 = 2τ²−1, T3 = 4τ³−3τ.
        let t: f64 = 0.3;
        let (v, d) = clenshaw(&[1.0, 2.0, 3.0, 4.0], t);
        let expect = 1.0 + 2.0 * t + 3.0 * (2.0 * t * t - 1.0) + 4.0 * (4.0 * t * t * t - 3.0 * t);
        let dexpect = 2.0 + 3.0 * 4.0 * t + 4.0 * (12.0 * t * t - 3.0);
        assert!((v - expect).abs() < 1e-14 && (d - dexpect).abs() < 1e-14);
    }
}
