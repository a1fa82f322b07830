// Scratch, independent implementation of data/ephemeris/FORMAT.md, written
// only from the spec: checks data/ephemeris/testvectors.json and times a
// naive decoder.  Not part of the crate.  Build and run:
//   rustc --edition 2021 -O -C target-cpu=native format_check.rs -o /tmp/fc
//   /tmp/fc data/ephemeris
use std::time::Instant;

fn u32_at(d: &[u8], o: usize) -> u32 { u32::from_le_bytes(d[o..o + 4].try_into().unwrap()) }
fn u64_at(d: &[u8], o: usize) -> u64 { u64::from_le_bytes(d[o..o + 8].try_into().unwrap()) }
fn f64_at(d: &[u8], o: usize) -> f64 { f64::from_le_bytes(d[o..o + 8].try_into().unwrap()) }

struct Table<'a> {
    d: &'a [u8], ncoef: [usize; 3], epoch: f64, len: f64, f: f64, deep: f64,
    vs: f64, ve: f64, nbase: usize, recb: [usize; 3], offrec: [usize; 3],
    off_bitmap: usize, off_rank: usize, off_first: usize, off_start: usize, off_subrec: usize,
    a: Vec<[f64; 3]>, b: Vec<[f64; 3]>, w: Vec<[[u8; 3]; 3]>, // per k: [coord]
}

impl<'a> Table<'a> {
    fn new(d: &'a [u8]) -> Self {
        assert_eq!(&d[0..8], b"JYEPHEM\0");
        let ncoef = [d[12] as usize, d[13] as usize, d[14] as usize];
        let kmax = *ncoef.iter().max().unwrap();
        let mut a = vec![[0.0; 3]; kmax]; let mut b = vec![[0.0; 3]; kmax]; let mut w = vec![[[0u8; 3]; 3]; kmax];
        let mut p = u32_at(d, 100) as usize;
        for c in 0..3 { for k in 0..ncoef[c] {
            a[k][c] = f64_at(d, p); b[k][c] = f64_at(d, p + 8);
            w[k][c] = [d[p + 16], d[p + 17], d[p + 18]]; p += 24; } }
        Table { d, ncoef, epoch: f64_at(d, 16), len: f64_at(d, 24), f: f64_at(d, 32), deep: f64_at(d, 40),
            vs: f64_at(d, 48), ve: f64_at(d, 56), nbase: u32_at(d, 64) as usize,
            recb: [u32_at(d, 88) as usize, u32_at(d, 92) as usize, u32_at(d, 96) as usize],
            off_bitmap: u32_at(d, 104) as usize, off_rank: u32_at(d, 108) as usize,
            off_first: u32_at(d, 112) as usize, off_start: u32_at(d, 116) as usize,
            off_subrec: u32_at(d, 120) as usize,
            offrec: [u32_at(d, 124) as usize, u32_at(d, 128) as usize, u32_at(d, 132) as usize], a, b, w }
    }
    // returns ([value;3],[rate;3])
    #[inline(never)]
    fn eval(&self, t: f64, t2: f64) -> Option<([f64; 3], [f64; 3])> {
        if !(t + t2 >= self.vs && t + t2 < self.ve) { return None; }
        let x = (t - self.epoch) + t2;
        let mut i = (x / self.len).floor() as i64;
        if i < 0 { i = 0 } if i > self.nbase as i64 - 1 { i = self.nbase as i64 - 1 }
        let i = i as usize;
        let (bk, j) = (i / 64, i % 64);
        let word = u64_at(self.d, self.off_bitmap + 8 * bk);
        let r = u32_at(self.d, self.off_rank + 4 * bk) as usize + (word & ((1u64 << j) - 1)).count_ones() as usize;
        let (cls, rec, s, len);
        if (word >> j) & 1 == 0 { cls = 0; rec = i - r; s = i as f64 * self.len; len = self.len; }
        else {
            let lo = u32_at(self.d, self.off_first + 4 * r) as usize;
            let hi = u32_at(self.d, self.off_first + 4 * (r + 1)) as usize;
            let mut q = lo;
            while q + 1 < hi && f64_at(self.d, self.off_start + 8 * (q + 1)) <= x { q += 1; }
            s = f64_at(self.d, self.off_start + 8 * q);
            let e = if q + 1 < hi { f64_at(self.d, self.off_start + 8 * (q + 1)) } else { (i + 1) as f64 * self.len };
            len = e - s; cls = if len < self.deep { 2 } else { 1 };
            rec = u32_at(self.d, self.off_subrec + 4 * q) as usize;
        }
        let tau = self.f * (2.0 * (x - s) / len - 1.0);
        let base = self.offrec[cls] + rec * self.recb[cls];
        let mut p = 0usize;
        let mut val = [0.0; 3]; let mut rate = [0.0; 3];
        for c in 0..3 {
            let n = self.ncoef[c];
            let mut coef = [0.0f64; 64];
            for k in 0..n {
                let w = self.w[k][c][cls] as u32;
                let v = if w == 0 { 0i64 } else {
                    let u = u64_at(self.d, base + p / 8) >> (p % 8);
                    p += w as usize;
                    ((u << (64 - w)) as i64) >> (64 - w)
                };
                let scale = self.a[k][c].min(self.b[k][c] * len);
                coef[k] = v as f64 * scale;
            }
            let (mut b1, mut b2, mut d1, mut d2) = (0.0, 0.0, 0.0, 0.0);
            for k in (1..n).rev() {
                let nd = 2.0 * b1 + 2.0 * tau * d1 - d2; d2 = d1; d1 = nd;
                let nb = coef[k] + 2.0 * tau * b1 - b2; b2 = b1; b1 = nb;
            }
            val[c] = coef[0] + tau * b1 - b2;
            rate[c] = (b1 + tau * d1 - d2) * (2.0 * self.f / len);
        }
        Some((val, rate))
    }
}

static DIRECT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
struct Fast { nc: usize, bitoff: Vec<u32>, shl: Vec<u32>, scale: Vec<f64> } // class 0, 3*nc fields
fn fast_new(t: &Table) -> Fast {
    let nc = t.ncoef[0];
    let mut bitoff = vec![]; let mut shl = vec![]; let mut scale = vec![];
    let mut p = 0u32;
    for c in 0..3 { for k in 0..nc {
        let w = t.w[k][c][0] as u32;
        bitoff.push(p); shl.push(if w == 0 { 64 } else { 64 - w }); p += w;
        scale.push(if w == 0 { 0.0 } else { t.a[k][c].min(t.b[k][c] * t.len) });
    } }
    Fast { nc, bitoff, shl, scale }
}
#[inline(never)]
fn eval_fast(t: &Table, fs: &Fast, tt: f64) -> ([f64; 3], [f64; 3]) {
    let x = tt - t.epoch;
    let i = ((x / t.len).floor() as usize).min(t.nbase - 1);
    let (bk, j) = (i / 64, i % 64);
    let word = u64_at(t.d, t.off_bitmap + 8 * bk);
    if (word >> j) & 1 != 0 { return t.eval(tt, 0.0).unwrap(); }
    let r = u32_at(t.d, t.off_rank + 4 * bk) as usize + (word & ((1u64 << j) - 1)).count_ones() as usize;
    let rec = i - r;
    let s = i as f64 * t.len;
    let tau = t.f * (2.0 * (x - s) / t.len - 1.0);
    let base = t.offrec[0] + rec * t.recb[0];
    let d = &t.d[base..base + t.recb[0] + 8];
    let nc = fs.nc;
    let mut cf = [[0.0f64; 3]; 40];
    for c in 0..3 { for k in 0..nc {
        let f = c * nc + k;
        let p = fs.bitoff[f] as usize;
        let u = u64::from_le_bytes(d[p / 8..p / 8 + 8].try_into().unwrap()) >> (p % 8);
        let sh = fs.shl[f];
        let v = if sh == 64 { 0 } else { ((u << sh) as i64) >> sh };
        cf[k][c] = v as f64 * fs.scale[f];
    } }
    if DIRECT.load(std::sync::atomic::Ordering::Relaxed) {
        // T_k, T_k' by recurrence, then plain dot products
        let mut tk = [0.0f64; 40]; let mut dk = [0.0f64; 40];
        tk[0] = 1.0; tk[1] = tau; dk[0] = 0.0; dk[1] = 1.0;
        let t2 = 2.0 * tau;
        for k in 2..nc { tk[k] = t2 * tk[k - 1] - tk[k - 2]; dk[k] = 2.0 * tk[k - 1] + t2 * dk[k - 1] - dk[k - 2]; }
        let mut v = [0.0; 3]; let mut r = [0.0; 3];
        for k in 0..nc { for c in 0..3 { v[c] += cf[k][c] * tk[k]; r[c] += cf[k][c] * dk[k]; } }
        for c in 0..3 { r[c] *= 2.0 * t.f / t.len; }
        return (v, r);
    }
    let (mut b1, mut b2, mut d1, mut d2) = ([0.0; 3], [0.0; 3], [0.0; 3], [0.0; 3]);
    let t2 = 2.0 * tau;
    for k in (1..nc).rev() { for c in 0..3 {
        let nd = 2.0 * b1[c] + t2 * d1[c] - d2[c]; d2[c] = d1[c]; d1[c] = nd;
        let nb = cf[k][c] + t2 * b1[c] - b2[c]; b2[c] = b1[c]; b1[c] = nb;
    } }
    let mut v = [0.0; 3]; let mut r = [0.0; 3];
    for c in 0..3 { v[c] = cf[0][c] + tau * b1[c] - b2[c]; r[c] = (b1[c] + tau * d1[c] - d2[c]) * (2.0 * t.f / t.len); }
    (v, r)
}

fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let tv: String = std::fs::read_to_string(format!("{}/testvectors.json", dir)).unwrap_or_default();
    // crude parse of test vectors: lines with "table", "t", "t2", "values", "rates"
    let mut worst = 0.0f64; let mut nchk = 0;
    if !tv.is_empty() {
        for ent in tv.split("{\n\"table\"").skip(1) {
            let name: String = ent.split('"').nth(1).unwrap().to_lowercase();
            let num = |key: &str| -> f64 { let s = ent.split(&format!("\"{}\": ", key)).nth(1).unwrap(); s.split(|c| c == ',' || c == '\n').next().unwrap().trim().parse().unwrap() };
            let arr = |key: &str| -> Vec<f64> { let s = ent.split(&format!("\"{}\": [", key)).nth(1).unwrap(); s.split(']').next().unwrap().split(',').map(|x| x.trim().parse().unwrap()).collect() };
            let data = std::fs::read(format!("{}/{}.bin", dir, name)).unwrap();
            let tab = Table::new(&data);
            let (t, t2) = (num("t"), num("t2"));
            let (v, r) = tab.eval(t, t2).unwrap();
            let (ev, er) = (arr("values"), arr("rates"));
            for c in 0..3 {
                let dd = ((v[c] - ev[c]).abs() / ev[c].abs().max(1.0)).max((r[c] - er[c]).abs() / er[c].abs().max(1.0));
                if dd > 1e-12 { println!("{} t={} t2={} c={} got {} {} want {} {}", name, t, t2, c, v[c], r[c], ev[c], er[c]); }
                worst = worst.max((v[c] - ev[c]).abs() / ev[c].abs().max(1.0)).max((r[c] - er[c]).abs() / er[c].abs().max(1.0));
            }
            nchk += 1;
        }
        println!("test vectors: {} checked, worst relative difference {:e}", nchk, worst);
    }
    for direct in [false, true] {
    DIRECT.store(direct, std::sync::atomic::Ordering::Relaxed);
    println!("direct T_k summation: {}", direct);
    for name in ["nutation", "sun", "moon", "mercury", "uranus"] {
        let data = std::fs::read(format!("{}/{}.bin", dir, name)).unwrap();
        let tab = Table::new(&data);
        let n = 2_000_000;
        let mut seed = 12345u64; let mut acc = 0.0;
        let mut ts = Vec::with_capacity(n);
        for _ in 0..n { seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ts.push(tab.vs + (tab.ve - tab.vs) * ((seed >> 11) as f64 / (1u64 << 53) as f64)); }
        let t0 = Instant::now();
        for &t in &ts { let (v, r) = tab.eval(t, 0.0).unwrap(); acc += v[0] + r[1]; }
        let dt = t0.elapsed().as_nanos() as f64 / n as f64;
        let fs = fast_new(&tab);
        let t0 = Instant::now();
        for &t in &ts { let (v, r) = eval_fast(&tab, &fs, t); acc += v[0] + r[1]; }
        let dt2 = t0.elapsed().as_nanos() as f64 / n as f64;
        let t0 = Instant::now();
        let mut t = 2451545.0;
        for _ in 0..n { let (v, r) = eval_fast(&tab, &fs, t); acc += v[0] + r[1]; t += 0.01; }
        let dt3 = t0.elapsed().as_nanos() as f64 / n as f64;
        // check fast == reference
        let mut md = 0.0f64;
        for &t in ts.iter().take(10000) { let a = eval_fast(&tab, &fs, t); let b = tab.eval(t, 0.0).unwrap(); for c in 0..3 { md = md.max((a.0[c]-b.0[c]).abs()/b.0[c].abs().max(1.0)).max((a.1[c]-b.1[c]).abs()/b.1[c].abs().max(1.0)); } }
        if md > 1e-13 { println!("  fast vs reference max rel diff {:e}", md); }
        println!("{:9} ncoef {:?}: naive {:.1} ns, fast {:.1} ns (random instants), fast {:.1} ns (consecutive, 0.01 d apart)  [{}]", name, tab.ncoef, dt, dt2, dt3, acc as i64 % 7);
    }
}
}
