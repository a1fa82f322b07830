//! Decoder of the embedded Chebyshev tables (`data/ephemeris/*.bin`, layout
//! in `data/ephemeris/FORMAT.md`).
//!
//! A table covers 1600–2201 in base segments of 32 days; segments where the
//! fit needed it are split into sub-segments (a bitmap with a rank index
//! finds them in O(1)). Each segment's record is a bit stream of quantised
//! Chebyshev coefficients for three coordinates. The header and the
//! per-coefficient quantisation fields are parsed at compile time (`const`),
//! so a lookup is arithmetic plus one record decode, one Chebyshev basis
//! (shared by the coordinates and by tables on the same segment grid) and
//! three dot products. [`Slot`] keeps a decoded segment for a caller's cache.

/// Coefficients per coordinate, at most (the Moon's tables use 37).
pub(crate) const MAX_COEF: usize = 40;

/// Where one quantised coefficient sits in a record, precomputed per record
/// class: the byte holding its first bit, and the two shifts that cut it
/// out of a little-endian 8-byte read from there and sign-extend it.
#[derive(Clone, Copy)]
struct Field {
    byte: u16,
    /// 64 − (bit offset in the byte) − width: the left shift that puts the
    /// field's sign bit at bit 63 of the 8-byte read.
    lsh: u8,
    /// 64 − width: the arithmetic right shift that brings it back down.
    rsh: u8,
}

const NO_FIELD: Field = Field {
    byte: 0,
    lsh: 0,
    rsh: 0,
};

/// Chebyshev polynomials `T_k(τ)` and their derivatives `T_k'(τ)` for
/// `k < n`, shared by the three coordinates of a record and, when their
/// segments coincide, by several tables (all base segments are the same
/// 32-day grid for every table).
#[derive(Clone)]
pub(crate) struct Basis {
    /// Segment start (days since the epoch) and length the basis is for.
    start: f64,
    len: f64,
    tau: f64,
    n: usize,
    t: [f64; MAX_COEF],
    d: [f64; MAX_COEF],
}

impl Basis {
    /// A basis that matches no segment.
    pub(crate) const fn new() -> Basis {
        Basis {
            start: f64::NAN,
            len: f64::NAN,
            tau: f64::NAN,
            n: 0,
            t: [0.0; MAX_COEF],
            d: [0.0; MAX_COEF],
        }
    }

    /// Makes `T_0 … T_{n−1}` and their derivatives available at `tau`.
    ///
    /// Forward three-term recurrence, `T_k = 2τ T_{k−1} − T_{k−2}` and its
    /// derivative `T_k' = 2 T_{k−1} + 2τ T_{k−1}' − T_{k−2}'`: stable for
    /// |τ| ≤ 1 (errors grow linearly with k), and unlike Clenshaw's
    /// backward sum it leaves the coefficient sums as independent dot
    /// products.
    #[inline]
    fn prepare(&mut self, start: f64, len: f64, tau: f64, n: usize) {
        if self.start == start && self.len == len && self.tau == tau && self.n >= n {
            return;
        }
        let two_tau = 2.0 * tau;
        self.t[0] = 1.0;
        self.t[1] = tau;
        self.d[0] = 0.0;
        self.d[1] = 1.0;
        let n = n.clamp(2, MAX_COEF);
        for k in 2..n {
            self.t[k] = two_tau * self.t[k - 1] - self.t[k - 2];
            self.d[k] = 2.0 * self.t[k - 1] + two_tau * self.d[k - 1] - self.d[k - 2];
        }
        self.start = start;
        self.len = len;
        self.tau = tau;
        self.n = n;
    }
}

/// A parsed table: header, quantisation fields and section offsets.
pub(crate) struct Table {
    data: &'static [u8],
    epoch: f64,
    base_len: f64,
    /// 1 / `base_len`, exact (the length is a power of two).
    inv_base_len: f64,
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
    /// Quantum parameters A, B per (class, coordinate, coefficient), zero
    /// where the field is absent from that class (width 0), so an absent
    /// field decodes to 0 whatever bits the read picks up.
    a: [[[f64; MAX_COEF]; 3]; 3],
    b: [[[f64; MAX_COEF]; 3]; 3],
    /// Coefficients worth reading per (class, coordinate): up to the last
    /// field of non-zero width.
    n_used: [[usize; 3]; 3],
    /// Field positions per (class, coordinate, coefficient).
    fields: [[[Field; MAX_COEF]; 3]; 3],
    /// Class-0 quanta: min(A, B·L), precomputed (0 for absent fields).
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
        // FORMAT.md: a power of two, so its reciprocal is exact and a
        // multiplication finds the segment exactly as a division would.
        assert!(
            base_len > 0.0
                && (base_len as u64).is_power_of_two()
                && base_len == (base_len as u64) as f64,
            "ephemeris table: base segment length is not a power of two"
        );
        let off_fields = u32_at(data, 100);
        let rec_bytes = [u32_at(data, 88), u32_at(data, 92), u32_at(data, 96)];
        let mut a = [[[0.0; MAX_COEF]; 3]; 3];
        let mut b = [[[0.0; MAX_COEF]; 3]; 3];
        let mut fields = [[[NO_FIELD; MAX_COEF]; 3]; 3];
        let mut n_used = [[0usize; 3]; 3];
        let mut scale0 = [[0.0; MAX_COEF]; 3];
        let mut pos = [0usize; 3];
        let mut entry = off_fields;
        let mut c = 0;
        while c < 3 {
            let mut k = 0;
            while k < ncoef[c] {
                let (ak, bk) = (f64_at(data, entry), f64_at(data, entry + 8));
                let mut class = 0;
                while class < 3 {
                    let w = data[entry + 16 + class] as usize;
                    assert!(w <= 56, "ephemeris table: field wider than 56 bits");
                    if w > 0 {
                        a[class][c][k] = ak;
                        b[class][c][k] = bk;
                        fields[class][c][k] = Field {
                            byte: (pos[class] / 8) as u16,
                            lsh: (64 - pos[class] % 8 - w) as u8,
                            rsh: (64 - w) as u8,
                        };
                        n_used[class][c] = k + 1;
                        pos[class] += w;
                        // The 8-byte read of this field stays inside the
                        // record plus the 8 bytes that follow it.
                        assert!((pos[class] - w) / 8 + 8 <= rec_bytes[class] + 8);
                        assert!(rec_bytes[class] + 8 <= RECORD_BUF, "record too long");
                    }
                    class += 1;
                }
                if data[entry + 16] > 0 {
                    scale0[c][k] = min(ak, bk * base_len);
                }
                entry += 24;
                k += 1;
            }
            c += 1;
        }
        Table {
            data,
            epoch: f64_at(data, 16),
            base_len,
            inv_base_len: 1.0 / base_len,
            tau_scale: f64_at(data, 32),
            deep_len: f64_at(data, 40),
            valid_start: f64_at(data, 48),
            valid_end: f64_at(data, 56),
            n_base: u32_at(data, 64),
            rec_bytes,
            off_bitmap: u32_at(data, 104),
            off_rank: u32_at(data, 108),
            off_first_sub: u32_at(data, 112),
            off_sub_start: u32_at(data, 116),
            off_sub_rec: u32_at(data, 120),
            off_rec: [u32_at(data, 124), u32_at(data, 128), u32_at(data, 132)],
            a,
            b,
            n_used,
            fields,
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

    /// The segment holding `jd_tt` (which the caller has checked is within
    /// `[valid_start, valid_end)`).
    #[inline]
    fn locate(&self, jd_tt: f64) -> Segment {
        let x = jd_tt - self.epoch;
        let i = ((x * self.inv_base_len) as usize).min(self.n_base - 1);
        let word = self.u64(self.off_bitmap + (i / 64) * 8);
        let j = i % 64;
        let rank = self.u32(self.off_rank + (i / 64) * 4)
            + (word & ((1u64 << j) - 1)).count_ones() as usize;
        let base_end = (i + 1) as f64 * self.base_len;
        if word & (1u64 << j) == 0 {
            return Segment {
                x,
                class: 0,
                rec: i - rank,
                start: i as f64 * self.base_len,
                end: base_end,
                len: self.base_len,
            };
        }
        let lo = self.u32(self.off_first_sub + rank * 4);
        let hi = self.u32(self.off_first_sub + (rank + 1) * 4);
        let mut q = lo;
        while q + 1 < hi && self.f64(self.off_sub_start + (q + 1) * 8) <= x {
            q += 1;
        }
        let start = self.f64(self.off_sub_start + q * 8);
        let end = if q + 1 < hi {
            self.f64(self.off_sub_start + (q + 1) * 8)
        } else {
            base_end
        };
        let len = end - start;
        Segment {
            x,
            class: if len < self.deep_len { 2 } else { 1 },
            rec: self.u32(self.off_sub_rec + q * 4),
            start,
            end,
            len,
        }
    }

    /// The record of `seg` and the 8 bytes after it, in a fixed buffer
    /// (records are at most 255 bytes, checked at parse time): every field
    /// read is then provably in bounds.
    #[inline]
    fn record(&self, seg: &Segment) -> [u8; RECORD_BUF] {
        let base = self.off_rec[seg.class] + seg.rec * self.rec_bytes[seg.class];
        // One fixed-size copy where the file is long enough (no zeroing
        // first); the bytes past the record are never read as fields.
        if let Some(Ok(full)) = self
            .data
            .get(base..base + RECORD_BUF)
            .map(<[u8; RECORD_BUF]>::try_from)
        {
            return full;
        }
        let mut record = [0u8; RECORD_BUF];
        let n = (self.rec_bytes[seg.class] + 8).min(RECORD_BUF);
        record[..n].copy_from_slice(&self.data[base..base + n]);
        record
    }

    /// Chebyshev variable of `seg` at its instant, and dτ/dt (per day).
    #[inline]
    fn tau(&self, seg: &Segment) -> (f64, f64) {
        let f = self.tau_scale;
        (
            f * (2.0 * (seg.x - seg.start) / seg.len - 1.0),
            2.0 * f / seg.len,
        )
    }

    fn n_max(&self, class: usize, coords: usize) -> usize {
        self.n_used[class][..coords.min(3)]
            .iter()
            .copied()
            .max()
            .unwrap_or(0)
    }

    /// Evaluates the first `coords` coordinates at `jd_tt` (which the caller
    /// has checked is within `[valid_start, valid_end)`): value and rate per
    /// day of each. The coefficients are decoded and summed in one pass;
    /// `basis` is reused when it was prepared for the same segment and
    /// instant (tables share the 32-day base grid).
    pub(crate) fn eval_with(
        &self,
        jd_tt: f64,
        coords: usize,
        basis: &mut Basis,
    ) -> [(f64, f64); 3] {
        let seg = self.locate(jd_tt);
        let (tau, rate_factor) = self.tau(&seg);
        let coords = coords.min(3);
        basis.prepare(seg.start, seg.len, tau, self.n_max(seg.class, coords));
        let record = self.record(&seg);
        // Decoding and summing in one pass: `decode_row` then `sum_row`
        // (what the cached path does) costs 13 % more instructions here,
        // for the same products summed in the same order.
        let class = seg.class;
        let mut out = [(0.0, 0.0); 3];
        for (c, slot) in out.iter_mut().enumerate().take(coords) {
            let n = self.n_used[class][c];
            let fields = self.fields[class][c][..n].iter();
            let basis = basis.t[..n].iter().zip(&basis.d[..n]);
            let (mut value, mut rate) = (0.0, 0.0);
            if class == 0 {
                for ((f, s), (t, d)) in fields.zip(&self.scale0[c][..n]).zip(basis) {
                    let q = decode(&record, *f) * s;
                    value += q * t;
                    rate += q * d;
                }
            } else {
                let quanta = self.a[class][c][..n].iter().zip(&self.b[class][c][..n]);
                for ((f, (a, b)), (t, d)) in fields.zip(quanta).zip(basis) {
                    let q = decode(&record, *f) * min(*a, b * seg.len);
                    value += q * t;
                    rate += q * d;
                }
            }
            *slot = (value, rate * rate_factor);
        }
        out
    }

    /// The scaled coefficients of coordinate `c` of a record into `out`;
    /// returns how many.
    #[inline(always)]
    fn decode_row(
        &self,
        record: &[u8; RECORD_BUF],
        seg: &Segment,
        c: usize,
        out: &mut [f64; MAX_COEF],
    ) -> usize {
        let class = seg.class;
        let n = self.n_used[class][c];
        let fields = self.fields[class][c][..n].iter();
        let row = out[..n].iter_mut();
        if class == 0 {
            for ((q, f), s) in row.zip(fields).zip(&self.scale0[c][..n]) {
                *q = decode(record, *f) * s;
            }
        } else {
            let quanta = self.a[class][c][..n].iter().zip(&self.b[class][c][..n]);
            for ((q, f), (a, b)) in row.zip(fields).zip(quanta) {
                *q = decode(record, *f) * min(*a, b * seg.len);
            }
        }
        n
    }

    /// Decodes the segment holding `jd_tt` into `slot` unless it holds it
    /// already (with at least `coords` coordinates).
    fn fill(&self, jd_tt: f64, coords: usize, slot: &mut Slot) {
        let x = jd_tt - self.epoch;
        if slot.start <= x && x < slot.end && slot.coords >= coords {
            return;
        }
        let seg = self.locate(jd_tt);
        let record = self.record(&seg);
        for c in 0..coords {
            slot.n[c] = self.decode_row(&record, &seg, c, &mut slot.coef[c]);
        }
        slot.start = seg.start;
        slot.end = seg.end;
        slot.len = seg.len;
        slot.coords = coords;
    }

    /// The three coordinates at `jd_tt` with their first and second
    /// derivatives per day, through `slot` (decoded if needed). The second
    /// derivatives come from `T_k'' = 4 T_{k−1}' + 2τ T_{k−1}'' − T_{k−2}''`,
    /// the derivative of the first-derivative recurrence.
    pub(crate) fn eval2(&self, jd_tt: f64, slot: &mut Slot) -> [[f64; 3]; 3] {
        self.fill(jd_tt, 3, slot);
        let x = jd_tt - self.epoch;
        let f = self.tau_scale;
        let tau = f * (2.0 * (x - slot.start) / slot.len - 1.0);
        let k1 = 2.0 * f / slot.len;
        let n = slot.n.iter().copied().max().unwrap_or(0).clamp(2, MAX_COEF);
        let (mut t, mut d, mut dd) = ([0.0; MAX_COEF], [0.0; MAX_COEF], [0.0; MAX_COEF]);
        (t[0], t[1], d[1]) = (1.0, tau, 1.0);
        let two_tau = 2.0 * tau;
        for k in 2..n {
            t[k] = two_tau * t[k - 1] - t[k - 2];
            d[k] = 2.0 * t[k - 1] + two_tau * d[k - 1] - d[k - 2];
            dd[k] = 4.0 * d[k - 1] + two_tau * dd[k - 1] - dd[k - 2];
        }
        let mut out = [[0.0; 3]; 3];
        for (c, o) in out.iter_mut().enumerate() {
            let m = slot.n[c];
            let (mut v, mut v1, mut v2) = (0.0, 0.0, 0.0);
            for k in 0..m {
                let q = slot.coef[c][k];
                v += q * t[k];
                v1 += q * d[k];
                v2 += q * dd[k];
            }
            *o = [v, v1 * k1, v2 * k1 * k1];
        }
        out
    }

    /// As [`Table::eval_with`], through `slot`: the segment's coefficients
    /// are decoded into it once and reused while later instants fall in the
    /// same segment. Bit-identical to [`Table::eval_with`] (same products,
    /// summed in the same order).
    pub(crate) fn eval_cached(
        &self,
        jd_tt: f64,
        coords: usize,
        slot: &mut Slot,
        basis: &mut Basis,
    ) -> [(f64, f64); 3] {
        let x = jd_tt - self.epoch;
        let coords = coords.min(3);
        self.fill(jd_tt, coords, slot);
        let f = self.tau_scale;
        let tau = f * (2.0 * (x - slot.start) / slot.len - 1.0);
        let rate_factor = 2.0 * f / slot.len;
        basis.prepare(
            slot.start,
            slot.len,
            tau,
            slot.n[..coords].iter().copied().max().unwrap_or(0),
        );
        let mut out = [(0.0, 0.0); 3];
        for (c, o) in out.iter_mut().enumerate().take(coords) {
            let (value, rate) = sum_row(&slot.coef[c][..slot.n[c]], basis);
            *o = (value, rate * rate_factor);
        }
        out
    }
}

/// Σ qₖ Tₖ and Σ qₖ Tₖ' over the coefficients `q` (the basis covers them),
/// summed in index order: the one summation of the lone and the cached
/// paths, so that they agree to the bit.
#[inline(always)]
fn sum_row(q: &[f64], basis: &Basis) -> (f64, f64) {
    let n = q.len().min(MAX_COEF);
    let (mut value, mut rate) = (0.0, 0.0);
    for ((q, t), d) in q[..n].iter().zip(&basis.t[..n]).zip(&basis.d[..n]) {
        value += q * t;
        rate += q * d;
    }
    (value, rate)
}

/// Where an instant falls in a table.
struct Segment {
    /// The instant, days since the table's epoch.
    x: f64,
    /// Record class (0 base segment, 1 sub-segment, 2 short sub-segment).
    class: usize,
    /// Record index within its class.
    rec: usize,
    /// Segment start and end (days since the epoch) and length (days).
    start: f64,
    end: f64,
    len: f64,
}

/// One table's decoded segment, kept by a caller-owned cache.
#[derive(Clone)]
pub(crate) struct Slot {
    /// Segment covered, days since the table's epoch: `[start, end)`.
    start: f64,
    end: f64,
    len: f64,
    /// Coordinates decoded (0 when empty).
    coords: usize,
    n: [usize; 3],
    coef: [[f64; MAX_COEF]; 3],
}

impl Slot {
    /// An empty slot (covers nothing).
    pub(crate) const fn new() -> Slot {
        Slot {
            start: f64::NAN,
            end: f64::NAN,
            len: f64::NAN,
            coords: 0,
            n: [0; 3],
            coef: [[0.0; MAX_COEF]; 3],
        }
    }
}

/// Size of the record buffer: the longest record (255 bytes, the Moon's)
/// plus the 8-byte read past a field's first byte, rounded up.
const RECORD_BUF: usize = 264;

/// The signed integer of one field, as f64 (the bits of an absent field
/// are multiplied by a zero quantum).
#[inline(always)]
fn decode(record: &[u8; RECORD_BUF], f: Field) -> f64 {
    // `byte` < 256 (asserted when the table is parsed), so the masked index
    // plus 8 stays inside the buffer and the compiler drops the check.
    let at = usize::from(f.byte) & 0xff;
    let mut w = [0u8; 8];
    w.copy_from_slice(&record[at..at + 8]);
    // The field is bits [o, o + w) of the read (o < 8, o + w ≤ 63): shift
    // its top bit to bit 63, then sign-extend down.
    let raw = u64::from_le_bytes(w);
    (((raw << (f.lsh & 63)) as i64) >> (f.rsh & 63)) as f64
}

/// Σ cₖ Tₖ(τ) and its derivative with respect to τ (Clenshaw recurrence,
/// with the derivative recurrence of the same loop): the reference the
/// basis evaluation is tested against.
#[cfg(test)]
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
    use super::{Basis, MAX_COEF, clenshaw};

    #[test]
    fn clenshaw_matches_explicit_polynomials() {
        // 1·T0 + 2·T1 + 3·T2 + 4·T3 at τ = 0.3: T2 = 2τ²−1, T3 = 4τ³−3τ.
        let t: f64 = 0.3;
        let (v, d) = clenshaw(&[1.0, 2.0, 3.0, 4.0], t);
        let expect = 1.0 + 2.0 * t + 3.0 * (2.0 * t * t - 1.0) + 4.0 * (4.0 * t * t * t - 3.0 * t);
        let dexpect = 2.0 + 3.0 * 4.0 * t + 4.0 * (12.0 * t * t - 3.0);
        assert!((v - expect).abs() < 1e-14 && (d - dexpect).abs() < 1e-14);
    }

    #[test]
    fn basis_matches_trigonometric_definition_and_clenshaw() {
        // T_k(cos θ) = cos kθ and T_k'(cos θ) = k sin kθ / sin θ.
        let mut basis = Basis::new();
        for &tau in &[-0.9, -0.31, 0.0, 0.42, 0.9] {
            basis.prepare(0.0, 32.0, tau, MAX_COEF);
            let theta = f64::acos(tau);
            for k in 0..MAX_COEF {
                let kf = k as f64;
                assert!(
                    (basis.t[k] - (kf * theta).cos()).abs() < 1e-13,
                    "T_{k}({tau})"
                );
                let dk = kf * (kf * theta).sin() / theta.sin();
                assert!(
                    (basis.d[k] - dk).abs() < 1e-11 * (1.0 + kf * kf),
                    "T'_{k}({tau})"
                );
            }
            // A 37-term series with decaying coefficients, both ways.
            let c: Vec<f64> = (0..37)
                .map(|k| 200.0 * (-0.4 * k as f64).exp() * if k % 3 == 1 { -1.0 } else { 1.0 })
                .collect();
            let (v, d) = clenshaw(&c, tau);
            let (bv, bd) = c.iter().enumerate().fold((0.0, 0.0), |(v, d), (k, ck)| {
                (v + ck * basis.t[k], d + ck * basis.d[k])
            });
            assert!(
                (v - bv).abs() < 1e-12 && (d - bd).abs() < 1e-11,
                "{tau}: {v} {bv} {d} {bd}"
            );
        }
    }
}
