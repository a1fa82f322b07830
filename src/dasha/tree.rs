//! The lazy tree: a [`Period`] is a handle (start tick, weight product,
//! level, lord path) from which its children are computed on demand; the
//! iterators walk the tree without allocating.
//!
//! A level-`L` period whose lords have weights w₁ (the mahadasha's years),
//! w₂ … w_L spans `w₁·w₂···w_L · D^(6−L)·M` ticks; its `k`-th child starts
//! at `start + (w₁···w_L)·D^(5−L)·M · Σ_{j<k} w_j` — integers throughout, so
//! the children end exactly where the parent ends.

use super::{Dasha, DashaLevel, DashaPeriod};
use crate::JulianDayUt;
use crate::graha::Graha;

/// One period of a dasha tree, at any level. Cheap to copy; borrows its
/// [`Dasha`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Period<'a> {
    dasha: &'a Dasha,
    /// Start, ticks since the epoch.
    start: u64,
    /// Product of the weights of the lords on the path (level 1: the
    /// mahadasha's years).
    prod: u64,
    /// Level 1–6.
    level: u8,
    /// Positions (in the system's lord list) of the lords from the
    /// mahadasha down to this level.
    path: [u8; 6],
}

/// The lords on the path from a mahadasha down to a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lords {
    lords: [Graha; 6],
    len: u8,
}

impl Lords {
    /// The lords, mahadasha lord first.
    pub fn as_slice(&self) -> &[Graha] {
        &self.lords[..self.len as usize]
    }
}

impl<'a> Period<'a> {
    #[inline]
    pub(crate) fn new(dasha: &'a Dasha, start: u64, prod: u64, level: u8, path: [u8; 6]) -> Self {
        Period {
            dasha,
            start,
            prod,
            level,
            path,
        }
    }

    /// Its level.
    #[inline]
    pub fn level(&self) -> DashaLevel {
        DashaLevel::ALL[self.level as usize - 1]
    }

    /// Its lord.
    #[inline]
    pub fn lord(&self) -> Graha {
        self.dasha.table().lords[self.path[self.level as usize - 1] as usize]
    }

    /// The lords from its mahadasha down to it.
    pub fn lords(&self) -> Lords {
        let lords = self.dasha.table().lords;
        let mut out = Lords {
            lords: [Graha::Sun; 6],
            len: self.level,
        };
        for (o, p) in out.lords.iter_mut().zip(&self.path[..self.level as usize]) {
            *o = lords[*p as usize];
        }
        out
    }

    #[inline]
    fn len_ticks(&self) -> u64 {
        self.prod * self.dasha.scale(self.level)
    }

    /// Start instant (UT).
    #[inline]
    pub fn start(&self) -> JulianDayUt {
        self.dasha.jd_of(self.start)
    }

    /// End instant (UT), the start of the next period of the same level.
    #[inline]
    pub fn end(&self) -> JulianDayUt {
        self.dasha.jd_of(self.start + self.len_ticks())
    }

    /// Start in whole nanoseconds since the epoch (the start of the first
    /// mahadasha): exact, so a parent's children tile it to the nanosecond.
    #[inline]
    pub fn start_ns(&self) -> u64 {
        self.dasha.ns_of(self.start)
    }

    /// End in whole nanoseconds since the epoch.
    #[inline]
    pub fn end_ns(&self) -> u64 {
        self.dasha.ns_of(self.start + self.len_ticks())
    }

    /// Length in days.
    #[inline]
    pub fn duration_days(&self) -> f64 {
        self.dasha.days_of(self.len_ticks())
    }

    /// Length in dasha years (of the chosen [`super::YearLength`]).
    #[inline]
    pub fn duration_years(&self) -> f64 {
        self.dasha.years_of(self.len_ticks())
    }

    /// Whether `t` lies in `[start, end)`.
    pub fn contains(&self, t: JulianDayUt) -> bool {
        self.start() <= t && t < self.end()
    }

    /// Its sub-periods, from its own lord onwards (none for a deha).
    #[inline]
    pub fn children(&self) -> Children<'a> {
        if self.level >= 6 {
            return Children {
                dasha: self.dasha,
                level: 7,
                path: self.path,
                parent_prod: 0,
                next_start: self.start,
                pos: 0,
                remaining: 0,
                cycle: 0,
            };
        }
        Children {
            dasha: self.dasha,
            level: self.level + 1,
            path: self.path,
            parent_prod: self.prod,
            next_start: self.start,
            pos: self.path[self.level as usize - 1],
            remaining: self.dasha.n(),
            cycle: 0,
        }
    }

    /// This period as an owned tree down to `depth` (no sub-periods if
    /// `depth` is its own level or above).
    pub fn to_output(&self, depth: DashaLevel) -> DashaPeriod {
        let sub_periods = if depth.number() > self.level {
            self.children().map(|c| c.to_output(depth)).collect()
        } else {
            alloc::vec::Vec::new()
        };
        DashaPeriod::new(
            self.dasha.system(),
            self.lord(),
            self.level(),
            self.start(),
            self.end(),
            sub_periods,
        )
    }
}

/// The sub-periods of a period, or the mahadashas of a cycle, in order.
#[derive(Debug, Clone)]
pub struct Children<'a> {
    dasha: &'a Dasha,
    /// Level of the periods produced (1–6).
    level: u8,
    path: [u8; 6],
    parent_prod: u64,
    next_start: u64,
    /// Lord position of the next child.
    pos: u8,
    remaining: u8,
    /// Cycle number (mahadashas only), for [`Children::cycle`].
    cycle: u32,
}

impl<'a> Children<'a> {
    pub(crate) fn mahadashas(dasha: &'a Dasha, start: u64, first: u8, cycle: u32) -> Self {
        Children {
            dasha,
            level: 1,
            path: [0; 6],
            parent_prod: 1,
            next_start: start,
            pos: first,
            remaining: dasha.n(),
            cycle,
        }
    }

    /// For mahadashas, the cycle number they belong to (0 = first).
    pub fn cycle(&self) -> u32 {
        self.cycle
    }
}

impl<'a> Iterator for Children<'a> {
    type Item = Period<'a>;

    #[inline]
    fn next(&mut self) -> Option<Period<'a>> {
        if self.remaining == 0 {
            return None;
        }
        let d = self.dasha;
        let w = if self.level == 1 {
            d.maha_years(self.pos)
        } else {
            d.weight(self.pos)
        };
        let prod = self.parent_prod * w;
        let mut path = self.path;
        path[self.level as usize - 1] = self.pos;
        let p = Period::new(d, self.next_start, prod, self.level, path);
        self.next_start += prod * d.scale(self.level);
        self.pos += 1;
        if self.pos == d.n() {
            self.pos = 0;
        }
        self.remaining -= 1;
        Some(p)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining as usize, Some(self.remaining as usize))
    }
}

impl ExactSizeIterator for Children<'_> {}

/// The periods running at one instant, mahadasha first
/// ([`Dasha::at`](super::Dasha::at)).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Path<'a> {
    dasha: &'a Dasha,
    starts: [u64; 6],
    prods: [u64; 6],
    path: [u8; 6],
    len: u8,
}

impl<'a> Path<'a> {
    /// Walks down from the mahadasha containing tick `x` to `depth`.
    #[inline]
    pub(crate) fn locate(dasha: &'a Dasha, x: u64, depth: DashaLevel) -> Self {
        let n = dasha.n();
        let mut out = Path {
            dasha,
            starts: [0; 6],
            prods: [0; 6],
            path: [0; 6],
            len: depth.number(),
        };
        // Level 1: whole cycles, then the mahadashas of the cycle.
        let cycle_ticks = dasha.cycle_ticks();
        let mut start = if x < cycle_ticks {
            0
        } else {
            x / cycle_ticks * cycle_ticks
        };
        let mut pos = dasha.first();
        let unit = dasha.scale(1);
        let mut prod = dasha.maha_years(pos);
        for _ in 1..n {
            let len = prod * unit;
            if x < start + len {
                break;
            }
            start += len;
            pos += 1;
            if pos == n {
                pos = 0;
            }
            prod = dasha.maha_years(pos);
        }
        out.starts[0] = start;
        out.prods[0] = prod;
        out.path[0] = pos;
        // Levels 2…depth: scan the children of the period found.
        for level in 2..=depth.number() {
            let parent_prod = prod;
            let unit = parent_prod * dasha.scale(level);
            let mut w = dasha.weight(pos);
            for _ in 1..n {
                let len = unit * w;
                if x < start + len {
                    break;
                }
                start += len;
                pos += 1;
                if pos == n {
                    pos = 0;
                }
                w = dasha.weight(pos);
            }
            prod = parent_prod * w;
            let i = level as usize - 1;
            out.starts[i] = start;
            out.prods[i] = prod;
            out.path[i] = pos;
        }
        out
    }

    /// Number of levels (the depth asked for).
    #[allow(clippy::len_without_is_empty)]
    pub fn len(&self) -> usize {
        self.len as usize
    }

    /// The period at `level`, if the path goes that deep.
    #[inline]
    pub fn get(&self, level: DashaLevel) -> Option<Period<'a>> {
        let i = level.index();
        (i < self.len as usize).then(|| self.period(i))
    }

    /// The deepest period.
    #[inline]
    pub fn deepest(&self) -> Period<'a> {
        self.period(self.len as usize - 1)
    }

    /// The periods, mahadasha first.
    pub fn iter(&self) -> impl Iterator<Item = Period<'a>> + '_ {
        (0..self.len as usize).map(|i| self.period(i))
    }

    #[inline]
    fn period(&self, i: usize) -> Period<'a> {
        Period::new(
            self.dasha,
            self.starts[i],
            self.prods[i],
            i as u8 + 1,
            self.path,
        )
    }
}

/// The periods of one level overlapping an interval, streamed in order
/// ([`Dasha::periods_between`](super::Dasha::periods_between)).
#[derive(Debug, Clone)]
pub struct PeriodsBetween<'a> {
    dasha: &'a Dasha,
    /// The current path, as in [`Path`], with each level's index among its
    /// siblings.
    cur: Path<'a>,
    index: [u8; 6],
    /// Stop once a period starts at or after this tick.
    end: u64,
    first: bool,
    done: bool,
}

impl<'a> PeriodsBetween<'a> {
    pub(crate) fn new(dasha: &'a Dasha, start: u64, end: u64, level: DashaLevel) -> Self {
        let cur = Path::locate(dasha, start, level);
        // Each level's index among its siblings: how far its lord is from the parent's.
        let n = dasha.n();
        let mut index = [0u8; 6];
        for (i, ix) in index.iter_mut().enumerate().take(cur.len as usize).skip(1) {
            *ix = (cur.path[i] + n - cur.path[i - 1]) % n;
        }
        PeriodsBetween {
            dasha,
            cur,
            index,
            end,
            first: true,
            done: start >= end,
        }
    }

    /// Moves the deepest level to its next period: the deepest level not at
    /// its last sibling steps on, and the levels below it restart at their
    /// first children.
    #[inline]
    fn advance(&mut self) {
        let d = self.dasha;
        let n = d.n();
        let deepest = self.cur.len as usize - 1;
        // Fast path (n − 1 times in n): the next sibling under the same parent.
        if deepest > 0 && self.index[deepest] + 1 < n {
            let c = &mut self.cur;
            c.starts[deepest] += c.prods[deepest] * d.scale(deepest as u8 + 1);
            let pos = if c.path[deepest] + 1 == n {
                0
            } else {
                c.path[deepest] + 1
            };
            c.path[deepest] = pos;
            c.prods[deepest] = c.prods[deepest - 1] * d.weight(pos);
            self.index[deepest] += 1;
            return;
        }
        // Find the level that moves: the deepest one not at its last child.
        let mut i = deepest;
        while i > 0 && self.index[i] + 1 == n {
            i -= 1;
        }
        // Move level i to its next sibling.
        let c = &mut self.cur;
        let level = i as u8 + 1;
        let len = c.prods[i] * d.scale(level);
        c.starts[i] += len;
        c.path[i] = if c.path[i] + 1 == n { 0 } else { c.path[i] + 1 };
        if i == 0 {
            c.prods[0] = d.maha_years(c.path[0]);
        } else {
            c.prods[i] = c.prods[i - 1] * d.weight(c.path[i]);
            self.index[i] += 1;
        }
        // Levels below restart at their first child.
        for j in i + 1..=deepest {
            c.starts[j] = c.starts[j - 1];
            c.path[j] = c.path[j - 1];
            c.prods[j] = c.prods[j - 1] * d.weight(c.path[j]);
            self.index[j] = 0;
        }
    }
}

impl<'a> Iterator for PeriodsBetween<'a> {
    type Item = Period<'a>;

    #[inline]
    fn next(&mut self) -> Option<Period<'a>> {
        if self.done {
            return None;
        }
        if self.first {
            self.first = false;
        } else {
            self.advance();
        }
        let p = self.cur.deepest();
        self.done = p.start >= self.end;
        (!self.done).then_some(p)
    }
}
