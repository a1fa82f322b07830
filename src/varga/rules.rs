//! The varga rules as data: for each (division, method) pair, how the part
//! of a sign that a longitude falls in is mapped to a rashi.
//!
//! A longitude λ is split once into its sign s = ⌊λ / 30°⌋ (0 = Aries) and
//! the degrees x = λ − 30°·s inside it. A division into n equal parts then
//! reads the part p = ⌊x·n / 30°⌋ (0-based), and a [`Rule`] maps (s, p) to
//! the varga rashi. Most classical rules are *linear*: the parts of sign s
//! run through the zodiac from a start sign, forwards or backwards, in
//! steps of one sign (four for the drekkana, three for the chaturthamsha).
//! The start sign depends on the sign's parity, modality or element: that
//! dependence is the data of each rule.
//!
//! Sign parity: "odd" signs are Aries, Gemini, Leo, … (0-based index even).

use crate::graha::Graha;
use crate::zodiac::Rashi;

/// Twelve signs, as `usize` arithmetic modulo 12.
const Z: usize = 12;

/// A mapping from (sign, part) to the varga rashi index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rule {
    /// Equal parts; part p of sign s goes to `start[s] + step[s]·p` (mod 12).
    Linear(Linear),
    /// Equal parts; one of the parivritti (cyclic) schemes, defined for any n.
    Parivritti(Cycle),
    /// Equal parts; part p of sign s goes to `table[s·n + p]` (row per sign).
    Table(&'static [u8]),
    /// Equal parts counted from Aries over the whole zodiac (part j = n·s + p),
    /// mapped through a repeating table: `table[j mod len]`.
    Absolute(&'static [u8]),
    /// The unequal trimsamsha of BPHS: five portions per sign.
    Trimsamsha,
    /// A varga of a varga: the inner rule with `inner_n` parts first, then
    /// the outer rule on the inner varga's sign and position.
    Compose {
        /// Rule applied first.
        inner: &'static Rule,
        /// Parts of the inner division.
        inner_n: u16,
        /// Rule applied to the inner result.
        outer: &'static Rule,
    },
}

/// A linear rule: per sign, a start rashi and a step (mod 12; 11 = backwards).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Linear {
    start: [u8; 12],
    step: [u8; 12],
}

/// The three parivritti (cyclic) schemes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cycle {
    /// The n·12 parts of the zodiac run through the signs from Aries, round
    /// and round: part p of sign s goes to n·s + p.
    Cyclic,
    /// As [`Cycle::Cyclic`], but the parts of even signs are taken from the
    /// sign's end: part p of an even sign s goes to n·s + (n − 1 − p).
    EvenReverse,
    /// Odd signs take the next parts forwards from Aries, even signs the
    /// next ones backwards from Pisces (Somanatha).
    Alternate,
}

/// Step of a linear rule: one sign forwards.
pub(crate) const FWD: u8 = 1;
/// Step of a linear rule: one sign backwards (−1 mod 12).
pub(crate) const BACK: u8 = 11;

/// Start at a sign fixed by the sign's parity: `odd` for odd signs, `even`
/// for even ones, each with its own step.
pub(crate) const fn by_parity(odd: (Rashi, u8), even: (Rashi, u8)) -> Rule {
    let mut start = [0u8; 12];
    let mut step = [0u8; 12];
    let mut s = 0;
    while s < Z {
        let (r, d) = if s % 2 == 0 { odd } else { even };
        start[s] = r as u8;
        step[s] = d;
        s += 1;
    }
    Rule::Linear(Linear { start, step })
}

/// Start `offset` signs on from the sign itself (0 = the sign), per parity.
pub(crate) const fn from_sign(odd: (usize, u8), even: (usize, u8)) -> Rule {
    let mut start = [0u8; 12];
    let mut step = [0u8; 12];
    let mut s = 0;
    while s < Z {
        let (offset, d) = if s % 2 == 0 { odd } else { even };
        start[s] = ((s + offset) % Z) as u8;
        step[s] = d;
        s += 1;
    }
    Rule::Linear(Linear { start, step })
}

/// Start at a fixed sign chosen by modality (movable, fixed, dual), forwards.
pub(crate) const fn by_modality(movable: Rashi, fixed: Rashi, dual: Rashi) -> Rule {
    let starts = [movable as u8, fixed as u8, dual as u8];
    let mut start = [0u8; 12];
    let mut s = 0;
    while s < Z {
        start[s] = starts[s % 3];
        s += 1;
    }
    Rule::Linear(Linear {
        start,
        step: [FWD; 12],
    })
}

/// Start at a fixed sign chosen by element (fire, earth, air, water), each
/// with its own step.
pub(crate) const fn by_element(starts: [(Rashi, u8); 4]) -> Rule {
    let mut start = [0u8; 12];
    let mut step = [0u8; 12];
    let mut s = 0;
    while s < Z {
        start[s] = starts[s % 4].0 as u8;
        step[s] = starts[s % 4].1;
        s += 1;
    }
    Rule::Linear(Linear { start, step })
}

/// Start at the movable sign of the sign's trine, stepping through the
/// trine (four signs at a time): the Jagannatha drekkana.
pub(crate) const fn trine_from_movable() -> Rule {
    let mut start = [0u8; 12];
    let mut s = 0;
    while s < Z {
        // Of s, s+4, s+8 exactly one is movable (index ≡ 0 mod 3).
        start[s] = match s % 3 {
            0 => s,
            1 => (s + 8) % Z,
            _ => (s + 4) % Z,
        } as u8;
        s += 1;
    }
    Rule::Linear(Linear {
        start,
        step: [4; 12],
    })
}

/// Start at sign `(a + b·s) mod 12` for sign s, with one step for all signs
/// (the rudramsha rules).
pub(crate) const fn affine(a: usize, b: usize, step: u8) -> Rule {
    let mut start = [0u8; 12];
    let mut s = 0;
    while s < Z {
        start[s] = ((a + b * s) % Z) as u8;
        s += 1;
    }
    Rule::Linear(Linear {
        start,
        step: [step; 12],
    })
}

/// Signs of the Kashinatha hora, row per sign: [first half, second half].
///
/// The Sun's hora (first half of an odd sign, second half of an even one)
/// goes to the day-strong sign owned by the sign's lord, the Moon's hora to
/// its night-strong sign. Day-strong: Leo, Virgo, Libra, Scorpio, Aquarius,
/// Pisces; night-strong: Aries, Taurus, Gemini, Cancer, Sagittarius,
/// Capricorn. Leo and Cancer are paired for the Sun and the Moon, who own one
/// sign each. (P. V. R. Narasimha Rao, "Personal finances from hora chart",
/// SJC conference, Edison NJ, 2003, after Pt. Kashinath Rath.)
pub(crate) const KASHINATHA: [u8; 24] = kashinatha_table();

const fn kashinatha_table() -> [u8; 24] {
    // (day-strong, night-strong) sign of each lord, Sun … Saturn.
    const DAY_NIGHT: [(Rashi, Rashi); 7] = [
        (Rashi::Leo, Rashi::Cancer),
        (Rashi::Leo, Rashi::Cancer),
        (Rashi::Scorpio, Rashi::Aries),
        (Rashi::Virgo, Rashi::Gemini),
        (Rashi::Pisces, Rashi::Sagittarius),
        (Rashi::Libra, Rashi::Taurus),
        (Rashi::Aquarius, Rashi::Capricorn),
    ];
    let mut t = [0u8; 24];
    let mut s = 0;
    while s < Z {
        let lord: Graha = Rashi::ALL[s].lord();
        let (day, night) = DAY_NIGHT[lord as usize];
        // Odd sign: Sun's hora first; even sign: Moon's hora first.
        let (first, second) = if s % 2 == 0 {
            (day, night)
        } else {
            (night, day)
        };
        t[2 * s] = first as u8;
        t[2 * s + 1] = second as u8;
        s += 1;
    }
    t
}

/// B. V. Raman's hora, row per sign: [0°–15°, 15°–30°], as tabulated in the
/// paper presented on Raman Jayanti, 15 August 2005 ("Assessing finances
/// through hora chart"), corrected table published with it.
pub(crate) const RAMAN_HORA: [u8; 24] = {
    use Rashi::*;
    let t = [
        [Scorpio, Capricorn],
        [Taurus, Pisces],
        [Virgo, Aries],
        [Cancer, Libra],
        [Leo, Gemini],
        [Gemini, Cancer],
        [Libra, Leo],
        [Aries, Virgo],
        [Pisces, Taurus],
        [Capricorn, Scorpio],
        [Aquarius, Sagittarius],
        [Sagittarius, Aquarius],
    ];
    let mut out = [0u8; 24];
    let mut s = 0;
    while s < Z {
        out[2 * s] = t[s][0] as u8;
        out[2 * s + 1] = t[s][1] as u8;
        s += 1;
    }
    out
};

/// Panchamsha, row per sign: the five equal parts go, in order, to the signs
/// of the trimsamsha lords (Mars, Saturn, Jupiter, Mercury, Venus): their
/// odd signs for odd signs, and for even signs, in the reverse order,
/// Venus, Mercury, Jupiter, Saturn, Mars, their even signs.
pub(crate) const PANCHAMSHA: [u8; 60] = {
    use Rashi::*;
    let odd = [Aries, Aquarius, Sagittarius, Gemini, Libra];
    let even = [Taurus, Virgo, Pisces, Capricorn, Scorpio];
    let mut out = [0u8; 60];
    let mut s = 0;
    while s < Z {
        let row = if s % 2 == 0 { odd } else { even };
        let mut p = 0;
        while p < 5 {
            out[5 * s + p] = row[p] as u8;
            p += 1;
        }
        s += 1;
    }
    out
};

/// Kalachakra navamsha by pada from Ashwini 1, repeating every six
/// nakshatras: the savya group (Ashwini, Bharani, Krittika) runs Aries …
/// Pisces; the apasavya group (Rohini, Mrigashira, Ardra) runs Scorpio,
/// Libra, Virgo, Cancer, Leo, Gemini, Taurus, Aries, Pisces, Aquarius,
/// Capricorn, Sagittarius (BPHS, Kalachakra dasha chapter, ch. 46 Santhanam).
pub(crate) const KALACHAKRA: [u8; 24] = {
    use Rashi::*;
    let t = [
        Aries,
        Taurus,
        Gemini,
        Cancer,
        Leo,
        Virgo,
        Libra,
        Scorpio,
        Sagittarius,
        Capricorn,
        Aquarius,
        Pisces,
        Scorpio,
        Libra,
        Virgo,
        Cancer,
        Leo,
        Gemini,
        Taurus,
        Aries,
        Pisces,
        Aquarius,
        Capricorn,
        Sagittarius,
    ];
    let mut out = [0u8; 24];
    let mut i = 0;
    while i < 24 {
        out[i] = t[i] as u8;
        i += 1;
    }
    out
};

/// Trimsamsha portions (end degree, rashi), BPHS ch. 6 (Santhanam): odd
/// signs Mars 5°, Saturn 5°, Jupiter 8°, Mercury 7°, Venus 5° (their odd
/// signs Aries, Aquarius, Sagittarius, Gemini, Libra); even signs in the
/// reverse order Venus 5°, Mercury 7°, Jupiter 8°, Saturn 5°, Mars 5°
/// (their even signs Taurus, Virgo, Pisces, Capricorn, Scorpio).
pub(crate) const TRIMSAMSHA_ODD: [(f64, Rashi); 5] = [
    (5.0, Rashi::Aries),
    (10.0, Rashi::Aquarius),
    (18.0, Rashi::Sagittarius),
    (25.0, Rashi::Gemini),
    (30.0, Rashi::Libra),
];
/// See [`TRIMSAMSHA_ODD`].
pub(crate) const TRIMSAMSHA_EVEN: [(f64, Rashi); 5] = [
    (5.0, Rashi::Taurus),
    (12.0, Rashi::Virgo),
    (20.0, Rashi::Pisces),
    (25.0, Rashi::Capricorn),
    (30.0, Rashi::Scorpio),
];

/// A rule ready to apply: its number of parts, parts per degree, and for
/// the classical pairs the rule flattened at compile time into a table of
/// 12·n varga rashis (row per sign), so applying it is one lookup.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Prepared {
    rule: &'static Rule,
    table: Option<&'static [Rashi]>,
    n: u16,
    /// Equal parts (all but the Parashara trimsamsha).
    equal_parts: bool,
    /// n / 30°: multiplying by it is cheaper than dividing by 30°/n.
    per_deg: f64,
}

impl Prepared {
    /// A rule with a precomputed table (see [`flatten`]).
    #[inline]
    pub(crate) const fn new(
        rule: &'static Rule,
        table: Option<&'static [Rashi]>,
        n: u16,
    ) -> Prepared {
        if let Some(t) = table {
            assert!(t.len() == 12 * n as usize);
        }
        Prepared {
            rule,
            table,
            n,
            equal_parts: !matches!(rule, Rule::Trimsamsha),
            per_deg: n as f64 / 30.0,
        }
    }

    /// The varga rashi of degree `x_deg` (in `[0, 30)`) of
    /// sign `s`, and for equal parts the degrees inside the varga rashi,
    /// x·n − 30°·p (the place inside the part stretched to a whole sign;
    /// exact for D1).
    #[inline(always)]
    pub(crate) fn place(&self, s: usize, x_deg: f64) -> (Rashi, Option<f64>) {
        let t = x_deg * self.per_deg;
        // x < 30° so t < n, except for rounding at the very end; t ≥ 0, so
        // the cast through u32 (cheaper than to usize) truncates as floor.
        let p = (t as u32).min(u32::from(self.n) - 1) as usize;
        let r = match self.table {
            Some(table) => table[s * usize::from(self.n) + p],
            None => Rashi::wrapping(self.rule.equal_outlined(s, p, self.n)),
        };
        (
            r,
            self.equal_parts
                .then(|| x_deg * f64::from(self.n) - 30.0 * p as f64),
        )
    }
}

/// Flattens a rule of `n` parts into `L = 12·n` varga rashis, row per sign
/// (rashis, not indices, so a lookup needs no conversion).
/// The trimsamsha, whose portions all end on whole degrees, flattens with
/// `n = 30` parts of 1°.
pub(crate) const fn flatten<const L: usize>(rule: &Rule, n: u16) -> [Rashi; L] {
    assert!(L == 12 * n as usize);
    let mut out = [Rashi::Aries; L];
    let mut s = 0;
    while s < Z {
        let mut p = 0;
        while p < n as usize {
            out[s * n as usize + p] = Rashi::ALL[match rule {
                Rule::Trimsamsha => trimsamsha(s, p as f64 + 0.5),
                _ => rule.equal(s, p, n),
            }];
            p += 1;
        }
        s += 1;
    }
    out
}

/// The unequal trimsamsha portion of degree `x_deg` of sign `s`.
const fn trimsamsha(s: usize, x_deg: f64) -> usize {
    let table = if s % 2 == 0 {
        &TRIMSAMSHA_ODD
    } else {
        &TRIMSAMSHA_EVEN
    };
    let mut i = 0;
    while i < 4 && x_deg >= table[i].0 {
        i += 1;
    }
    table[i].1 as usize
}

impl Rule {
    /// [`Rule::equal`] kept out of line: the path of the generic divisions,
    /// which have no table.
    #[inline(never)]
    fn equal_outlined(&self, s: usize, p: usize, n: u16) -> usize {
        self.equal(s, p, n)
    }

    /// The varga rashi index of part `p` (of `n` equal parts) of sign `s`.
    /// Not for [`Rule::Trimsamsha`], whose parts are unequal.
    #[inline]
    pub(crate) const fn equal(&self, s: usize, p: usize, n: u16) -> usize {
        match self {
            Rule::Compose {
                inner,
                inner_n,
                outer,
            } => {
                // Part p of the product division is part p / n_outer of the
                // inner one, then part p mod n_outer of the outer one.
                let outer_n = n / *inner_n;
                let s1 = inner.simple(s, p / outer_n as usize, *inner_n);
                outer.simple(s1, p % outer_n as usize, outer_n)
            }
            _ => self.simple(s, p, n),
        }
    }

    /// [`Rule::equal`] for the rules that are not compositions.
    #[inline(always)]
    const fn simple(&self, s: usize, p: usize, n: u16) -> usize {
        let n = n as usize;
        match self {
            Rule::Linear(Linear { start, step }) => (start[s] as usize + step[s] as usize * p) % Z,
            Rule::Parivritti(Cycle::Cyclic) => (n * s + p) % Z,
            Rule::Parivritti(Cycle::EvenReverse) => {
                if s % 2 == 0 {
                    (n * s + p) % Z
                } else {
                    (n * s + (n - 1 - p)) % Z
                }
            }
            Rule::Parivritti(Cycle::Alternate) => {
                let m = (n * (s / 2) + p) % Z;
                if s % 2 == 0 {
                    m
                } else {
                    // 11 − (n·k + p), kept non-negative.
                    (2 * Z - 1 - m) % Z
                }
            }
            Rule::Table(t) => t[s * n + p] as usize,
            Rule::Absolute(t) => t[(n * s + p) % t.len()] as usize,
            // Not equal-part rules; never asked for (`flatten` handles the
            // trimsamsha, `equal` the compositions).
            Rule::Trimsamsha | Rule::Compose { .. } => 0,
        }
    }
}
