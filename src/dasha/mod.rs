//! Nakshatra dashas: one engine for the eleven graha dasha systems of BPHS
//! ch. 46, parameterised by a table (lords, years, starting rule, balance
//! rule), and a lazy six-level tree — mahadasha, antardasha,
//! pratyantardasha, sookshma, prana, deha.
//!
//! Nothing is built up front. A [`Dasha`] holds the seed (the sidereal
//! longitude that picks the first lord and the balance), the birth instant
//! and a few precomputed integers; [`Dasha::at`] walks down from the
//! mahadasha to the period running at an instant in O(levels), and
//! [`Dasha::periods_between`] streams the periods of one level between two
//! instants without allocating.
//!
//! # Exact partition
//! Instants inside the tree are whole *ticks* counted from the start of the
//! first mahadasha (the *epoch*). A dasha year is `D⁵·M` ticks, where `D`
//! is the sum of the sub-period weights (the cycle's years for
//! proportional sub-periods, the number of lords for equal ones) and `M`
//! makes a tick about 3 µs. A level-`L` period is then an integer multiple
//! of `D^(6−L)·M` ticks, so every sub-period boundary down to the deha level
//! is an exact integer: children tile their parent with no gap, overlap or
//! rounding. Ticks map to nanoseconds ([`Period::start_ns`]) by one
//! monotone floor, so the tiling is exact in nanoseconds too, and to Julian
//! days (UT) for output.
//!
//! # Supported span
//! Queries run from the epoch to [`SPAN_YEARS`] dasha years after it —
//! more than two Vimshottari cycles; later instants are an
//! [`Error::OutOfRange`].
//!
//! ```
//! use jyotish::{Ayanamsa, JulianDayUt};
//! use jyotish::dasha::{Dasha, DashaLevel, DashaOptions, DashaSystem};
//! // 1990-01-15 09:00 UT; Lahiri; Moon from the embedded JPL ephemeris.
//! let birth = JulianDayUt::new(2_447_906.875)?;
//! let d = Dasha::from_moon(DashaSystem::Vimshottari, birth, Ayanamsa::Lahiri, DashaOptions::default())?;
//! let b = d.balance();
//! assert!(b.remaining_years > 0.0 && b.remaining_years <= f64::from(b.lord_years));
//! // Which periods run on 2025-01-01 0h UT, down to pratyantardasha.
//! let now = JulianDayUt::new(2_460_676.5)?;
//! let path = d.at(now, DashaLevel::Pratyantardasha)?;
//! assert_eq!(path.len(), 3);
//! let maha = path.get(DashaLevel::Mahadasha).unwrap();
//! assert!(maha.start() <= now && now < maha.end());
//! // Antardashas tile their mahadasha exactly.
//! let kids: Vec<_> = maha.children().collect();
//! assert_eq!(kids.first().unwrap().start_ns(), maha.start_ns());
//! assert_eq!(kids.last().unwrap().end_ns(), maha.end_ns());
//! // Outside the supported span: a typed error.
//! assert!(d.at(JulianDayUt::new(2_300_000.0)?, DashaLevel::Mahadasha).is_err());
//! # Ok::<(), jyotish::Error>(())
//! ```
//!
//! # References
//! BPHS ch. 46 (Santhanam; Sharma) for the systems, their periods, starting
//! nakshatras and applicability; ch. 47–53 for their effects. The
//! sub-period rule (each dasha divided among all lords from its own lord
//! onwards, in proportion to their years) is BPHS ch. 46's for Vimshottari,
//! applied to every system.

mod output;
mod systems;
mod tree;

pub use output::{DashaPeriod, DashaReport};
pub use systems::{ApplicabilityFacts, BalanceRule, DashaSystem, Yogini};
pub use tree::{Children, Lords, Path, Period, PeriodsBetween};

use crate::ayanamsa::Ayanamsa;
use crate::enums::closed_enum;
use crate::ephemeris::{Body, position};
use crate::error::check_range;
use crate::graha::Graha;
use crate::time::{JD_MAX, JD_MIN, JulianDayUt};
use crate::zodiac::{NAKSHATRA_SPAN_DEG, Nakshatra};
use crate::{Error, Longitude};
use systems::Table;

/// Dasha years after the epoch (start of the first mahadasha) that queries
/// may reach: 250, over two Vimshottari cycles.
pub const SPAN_YEARS: u32 = 250;

/// The longest mahadasha of any system (Saturn's 30 years in Shatabdika).
const MAX_LORD_YEARS: u32 = 30;

/// Overlaps with `[from, to)` shorter than this (1 ms) are ignored by
/// [`Dasha::periods_between`]: ten times the spacing of f64 Julian days
/// near the present, so a boundary handed back as a JD never catches the
/// neighbouring period.
pub const BOUNDARY_SLACK_DAYS: f64 = 1.0e-3 / 86_400.0;

/// Ticks per dasha year are `D⁵·M` with `M` the smallest multiplier that
/// makes them at least this many (a tick of about 3 µs).
const MIN_TICKS_PER_YEAR: u64 = 10_000_000_000_000;

closed_enum! {
    /// The six levels of a dasha tree.
    pub enum DashaLevel: 6 {
        /// Level 1, the major period.
        #[doc(alias = "Maha dasha")]
        Mahadasha => "Mahadasha",
        /// Level 2, the sub-period.
        #[doc(alias = "Bhukti")]
        #[doc(alias = "Bhukthi")]
        Antardasha => "Antardasha",
        /// Level 3.
        #[doc(alias = "Antara")]
        Pratyantardasha => "Pratyantardasha",
        /// Level 4.
        #[doc(alias = "Sukshma")]
        Sookshma => "Sookshma",
        /// Level 5.
        Prana => "Prana",
        /// Level 6.
        Deha => "Deha",
    }
}

impl TryFrom<u8> for DashaLevel {
    type Error = Error;
    /// The level with number 1 (mahadasha) to 6 (deha).
    ///
    /// ```
    /// use jyotish::dasha::DashaLevel;
    /// assert_eq!(DashaLevel::try_from(5)?, DashaLevel::Prana);
    /// assert!(DashaLevel::try_from(7).unwrap_err().to_string().contains("allowed 1 to 6"));
    /// # Ok::<(), jyotish::Error>(())
    /// ```
    fn try_from(number: u8) -> Result<Self, Error> {
        DashaLevel::from_number(number).ok_or(Error::OutOfRange {
            what: "dasha level",
            value: f64::from(number),
            min: 1.0,
            max: 6.0,
        })
    }
}

/// Length of a dasha year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum YearLength {
    /// Sidereal year of 365.256364 days: Jagannatha Hora's default (and
    /// PyJHora's `const.sidereal_year`).
    #[default]
    Sidereal,
    /// Julian year, 365.25 days.
    Julian,
    /// Mean Gregorian year, 365.2425 days.
    Gregorian,
    /// Mean tropical year, 365.24219 days.
    Tropical,
    /// Savana year of 360 civil days (BPHS's “year of 360 days” reading).
    Savana,
}

impl YearLength {
    /// Every choice.
    pub const ALL: [YearLength; 5] = [
        YearLength::Sidereal,
        YearLength::Julian,
        YearLength::Gregorian,
        YearLength::Tropical,
        YearLength::Savana,
    ];

    /// Days in the year.
    pub const fn days(self) -> f64 {
        match self {
            YearLength::Sidereal => 365.256_364,
            YearLength::Julian => 365.25,
            YearLength::Gregorian => 365.242_5,
            YearLength::Tropical => 365.242_19,
            YearLength::Savana => 360.0,
        }
    }

    /// Nanoseconds in the year: every choice is a whole number of them.
    pub const fn nanoseconds(self) -> u64 {
        match self {
            YearLength::Sidereal => 31_558_149_849_600_000,
            YearLength::Julian => 31_557_600_000_000_000,
            YearLength::Gregorian => 31_556_952_000_000_000,
            YearLength::Tropical => 31_556_925_216_000_000,
            YearLength::Savana => 31_104_000_000_000_000,
        }
    }
}

/// How a period is divided among its sub-periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum SubPeriods {
    /// In proportion to the lords' years, from the period's own lord onwards
    /// (BPHS ch. 46, as stated for Vimshottari; PyJHora does the same for
    /// Vimshottari and Ashtottari).
    #[default]
    Proportional,
    /// Equally among the lords, from the period's own lord onwards: what
    /// PyJHora 4.8.7 does for every system but Vimshottari and Ashtottari.
    Equal,
}

/// Options of a dasha computation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DashaOptions {
    /// Length of a dasha year.
    pub year: YearLength,
    /// How sub-periods divide their parent.
    pub sub_periods: SubPeriods,
    /// Overrides the system's classical balance rule
    /// ([`DashaSystem::balance_rule`]), e.g. to reproduce software that
    /// reckons Shashtihayani nakshatra by nakshatra.
    pub balance: Option<BalanceRule>,
}

/// The part of the first mahadasha left at birth.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Balance {
    /// Lord of the mahadasha running at birth.
    pub lord: Graha,
    /// That lord's full mahadasha, years.
    pub lord_years: u32,
    /// Fraction of it elapsed at birth, `[0, 1)`.
    pub fraction_elapsed: f64,
    /// Years of it elapsed at birth.
    pub elapsed_years: f64,
    /// Years of it left at birth (the “balance of dasha”).
    pub remaining_years: f64,
    /// The same in days.
    pub remaining_days: f64,
}

/// A dasha tree for one birth in one system: cheap to build, queried lazily.
#[derive(Debug, Clone, PartialEq)]
pub struct Dasha {
    system: DashaSystem,
    options: DashaOptions,
    birth: JulianDayUt,
    seed: Longitude,
    balance: Balance,
    /// Position in the table's lords of the first mahadasha's lord.
    first: u8,
    /// JD (UT) of the epoch, the first mahadasha's start.
    epoch_jd: f64,
    /// `scale[L]` = ticks per unit weight-product at level `L` (1–6):
    /// `D^(6−L)·M`; `scale[1]` is ticks per year.
    scale: [u64; 7],
    /// Ticks per day and days per tick, as f64.
    ticks_per_day: f64,
    days_per_tick: f64,
    /// Number of lords, their mahadasha years and their sub-period weights,
    /// by position (copied from the table for the hot loops).
    n: u8,
    years: [u64; 9],
    weights: [u64; 9],
    /// Ticks of a full cycle of mahadashas.
    cycle_ticks: u64,
    /// End of the supported span, ticks.
    limit_ticks: u64,
}

impl Dasha {
    /// A dasha tree from a seed longitude (the sidereal Moon, or another
    /// body or the lagna for the variant dashas) and the birth instant.
    ///
    /// ```
    /// use jyotish::{Graha, JulianDayUt, Longitude};
    /// use jyotish::dasha::{Dasha, DashaOptions, DashaSystem};
    /// // Moon at 0° Taurus: 3°20′ into Krittika (Sun's), a quarter of it crossed.
    /// let birth = JulianDayUt::new(2_451_545.0)?;
    /// let d = Dasha::new(DashaSystem::Vimshottari, Longitude::new(30.0)?, birth, DashaOptions::default())?;
    /// assert_eq!(d.balance().lord, Graha::Sun);
    /// assert!((d.balance().remaining_years - 4.5).abs() < 1e-12); // 3/4 of 6 years
    /// # Ok::<(), jyotish::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::OutOfRange`] if the supported span (the epoch to
    /// [`SPAN_YEARS`] after it, plus the longest mahadasha) leaves the
    /// Julian-day range of [`JulianDayUt`] (births before about −4690 or
    /// after about 9720).
    pub fn new(
        system: DashaSystem,
        seed: Longitude,
        birth: JulianDayUt,
        options: DashaOptions,
    ) -> Result<Dasha, Error> {
        let table = system.table();
        let n = table.lords.len();
        let x = seed.degrees() / NAKSHATRA_SPAN_DEG;
        let nak = (x as usize).min(26);
        let in_nak = (x - nak as f64).clamp(0.0, 1.0);
        let first = table.map[nak];
        let rule = options.balance.unwrap_or(table.balance);
        let fraction_elapsed = match rule {
            BalanceRule::Nakshatra => in_nak,
            BalanceRule::Group => {
                // The run of consecutive nakshatras sharing this lord.
                let mut start = nak;
                while table.map[(start + 26) % 27] == first && (start + 26) % 27 != nak {
                    start = (start + 26) % 27;
                }
                let size = (0..27)
                    .take_while(|k| table.map[(start + k) % 27] == first)
                    .count();
                let before = (nak + 27 - start) % 27;
                (before as f64 + in_nak) / size as f64
            }
        };
        let fraction_elapsed = fraction_elapsed.clamp(0.0, 1.0 - f64::EPSILON);
        let lord_years = table.years[first as usize];
        let year_days = options.year.days();
        let elapsed_years = fraction_elapsed * f64::from(lord_years);
        let balance = Balance {
            lord: table.lords[first as usize],
            lord_years,
            fraction_elapsed,
            elapsed_years,
            remaining_years: f64::from(lord_years) - elapsed_years,
            remaining_days: (f64::from(lord_years) - elapsed_years) * year_days,
        };

        let d = match options.sub_periods {
            SubPeriods::Proportional => u64::from(table.total),
            SubPeriods::Equal => n as u64,
        };
        let d5 = d.pow(5);
        let m = MIN_TICKS_PER_YEAR.div_ceil(d5).max(1);
        let mut scale = [0u64; 7];
        for (level, s) in scale.iter_mut().enumerate().skip(1) {
            *s = d.pow(6 - level as u32) * m;
        }
        let ticks_per_year = scale[1];
        let epoch_jd = birth.value() - elapsed_years * year_days;
        // Every period that can be reached, up to the end of a mahadasha
        // running at the end of the span, must be a valid Julian day.
        let span_days = f64::from(SPAN_YEARS + MAX_LORD_YEARS) * year_days;
        let elapsed_days = elapsed_years * year_days;
        check_range(
            "birth (JD UT) for a dasha",
            birth.value(),
            JD_MIN + elapsed_days,
            JD_MAX - span_days + elapsed_days,
        )?;
        debug_assert!(n <= 9);
        let mut years = [0u64; 9];
        let mut weights = [0u64; 9];
        for (i, &y) in table.years.iter().enumerate() {
            years[i] = u64::from(y);
            weights[i] = match options.sub_periods {
                SubPeriods::Proportional => u64::from(y),
                SubPeriods::Equal => 1,
            };
        }
        let ticks_per_day = ticks_per_year as f64 / year_days;
        Ok(Dasha {
            system,
            options,
            birth,
            seed,
            balance,
            first,
            epoch_jd,
            scale,
            ticks_per_day,
            days_per_tick: year_days / ticks_per_year as f64,
            n: n as u8,
            years,
            weights,
            cycle_ticks: u64::from(table.total) * ticks_per_year,
            limit_ticks: u64::from(SPAN_YEARS) * ticks_per_year,
        })
    }

    /// A dasha tree seeded by the Moon: its sidereal longitude at birth
    /// ([`moon_seed`]) with `ayanamsa`.
    ///
    /// # Errors
    /// [`Error::OutsideEphemeris`] for births outside 1600–2200; as
    /// [`Dasha::new`].
    pub fn from_moon(
        system: DashaSystem,
        birth: JulianDayUt,
        ayanamsa: Ayanamsa,
        options: DashaOptions,
    ) -> Result<Dasha, Error> {
        Dasha::new(system, moon_seed(birth, ayanamsa)?, birth, options)
    }

    /// The system.
    pub fn system(&self) -> DashaSystem {
        self.system
    }

    /// The options it was built with.
    pub fn options(&self) -> DashaOptions {
        self.options
    }

    /// The birth instant.
    pub fn birth(&self) -> JulianDayUt {
        self.birth
    }

    /// The seed longitude (sidereal).
    pub fn seed(&self) -> Longitude {
        self.seed
    }

    /// The nakshatra of the seed.
    pub fn seed_nakshatra(&self) -> Nakshatra {
        Nakshatra::of(self.seed)
    }

    /// The balance of the first mahadasha at birth.
    pub fn balance(&self) -> Balance {
        self.balance
    }

    /// Start of the first mahadasha (before or at birth), the epoch of the tree.
    pub fn epoch(&self) -> JulianDayUt {
        jd_ut(self.epoch_jd)
    }

    /// End of the supported span: [`SPAN_YEARS`] dasha years after the epoch.
    pub fn span_end(&self) -> JulianDayUt {
        self.jd_of(self.limit_ticks)
    }

    /// The mahadashas of the first cycle, from the one running at birth.
    #[inline]
    pub fn mahadashas(&self) -> Children<'_> {
        Children::mahadashas(self, 0, self.first, 0)
    }

    /// The mahadashas of cycle `k` (0 = the first), if it starts within the
    /// supported span.
    pub fn cycle(&self, k: u32) -> Option<Children<'_>> {
        let start = u64::from(k).checked_mul(self.cycle_ticks)?;
        (start < self.limit_ticks).then(|| Children::mahadashas(self, start, self.first, k))
    }

    /// The periods running at instant `t`, from the mahadasha down to
    /// `depth`, in O(depth) steps (each a scan over at most nine lords).
    ///
    /// # Errors
    /// [`Error::OutOfRange`] before the epoch or after [`Dasha::span_end`].
    #[inline]
    pub fn at(&self, t: JulianDayUt, depth: DashaLevel) -> Result<Path<'_>, Error> {
        let x = self.tick_of(t)?;
        Ok(Path::locate(self, x, depth))
    }

    /// The periods of one level that overlap `[from, to)`, in time order,
    /// computed as the iteration proceeds (nothing is allocated). `from`
    /// before the epoch starts at the epoch. Overlaps shorter than
    /// [`BOUNDARY_SLACK_DAYS`] do not count, so passing a period's own
    /// [`Period::start`] and [`Period::end`] (rounded to the f64 grid of
    /// Julian days) yields just that period's descendants.
    ///
    /// ```
    /// use jyotish::{JulianDayUt, Longitude};
    /// use jyotish::dasha::{Dasha, DashaLevel, DashaOptions, DashaSystem};
    /// let birth = JulianDayUt::new(2_451_545.0)?;
    /// let d = Dasha::new(DashaSystem::Yogini, Longitude::new(100.0)?, birth, DashaOptions::default())?;
    /// let to = JulianDayUt::new(2_451_545.0 + 3.0 * 365.25)?;
    /// let antars: Vec<_> = d.periods_between(birth, to, DashaLevel::Antardasha)?.collect();
    /// assert!(antars[0].start() <= birth && antars.last().unwrap().end() >= to);
    /// for w in antars.windows(2) {
    ///     assert_eq!(w[0].end_ns(), w[1].start_ns());
    /// }
    /// # Ok::<(), jyotish::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::OutOfRange`] if `to` lies after [`Dasha::span_end`].
    pub fn periods_between(
        &self,
        from: JulianDayUt,
        to: JulianDayUt,
        level: DashaLevel,
    ) -> Result<PeriodsBetween<'_>, Error> {
        let end = self.tick_of(to.max_with(self.epoch()))?;
        let start = if from.value() <= self.epoch_jd {
            0
        } else {
            self.tick_of(from)?
        };
        // A boundary given back as a JD (`p.end()`) is rounded to the f64
        // grid; the slack keeps it from catching the neighbour period.
        let slack = (BOUNDARY_SLACK_DAYS * self.ticks_per_day) as u64;
        let end = end.saturating_sub(slack);
        let start = (start + slack).min(end);
        Ok(PeriodsBetween::new(self, start, end, level))
    }

    /// The first cycle as an owned tree down to `depth`, for serialisation
    /// (9 mahadashas to pratyantardasha is 819 periods; to prana, 66,429).
    pub fn report(&self, depth: DashaLevel) -> DashaReport {
        DashaReport {
            system: self.system,
            year_length: self.options.year,
            sub_periods: self.options.sub_periods,
            seed_longitude_deg: self.seed.degrees(),
            birth: self.birth,
            balance: self.balance,
            periods: self.mahadashas().map(|p| p.to_output(depth)).collect(),
        }
    }

    // --- internals shared with the tree module ---

    #[inline]
    pub(crate) fn table(&self) -> &'static Table {
        self.system.table()
    }

    /// Weight of a lord in sub-periods (levels 2–6).
    #[inline]
    pub(crate) fn weight(&self, pos: u8) -> u64 {
        self.weights[pos as usize]
    }

    /// A lord's mahadasha years.
    #[inline]
    pub(crate) fn maha_years(&self, pos: u8) -> u64 {
        self.years[pos as usize]
    }

    /// Number of lords.
    #[inline]
    pub(crate) fn n(&self) -> u8 {
        self.n
    }

    #[inline]
    pub(crate) fn scale(&self, level: u8) -> u64 {
        self.scale[level as usize]
    }

    #[inline]
    pub(crate) fn first(&self) -> u8 {
        self.first
    }

    #[inline]
    pub(crate) fn cycle_ticks(&self) -> u64 {
        self.cycle_ticks
    }

    #[inline]
    pub(crate) fn jd_of(&self, tick: u64) -> JulianDayUt {
        jd_ut(self.epoch_jd + tick as f64 * self.days_per_tick)
    }

    /// Exact nanoseconds since the epoch of a tick: ⌊tick·year_ns / ticks_per_year⌋.
    #[inline]
    pub(crate) fn ns_of(&self, tick: u64) -> u64 {
        let ns = u128::from(tick) * u128::from(self.options.year.nanoseconds())
            / u128::from(self.scale[1]);
        ns as u64
    }

    #[inline]
    pub(crate) fn days_of(&self, ticks: u64) -> f64 {
        ticks as f64 * self.days_per_tick
    }

    #[inline]
    pub(crate) fn years_of(&self, ticks: u64) -> f64 {
        ticks as f64 / self.scale[1] as f64
    }

    /// The tick of an instant.
    #[inline]
    fn tick_of(&self, t: JulianDayUt) -> Result<u64, Error> {
        let x = (t.value() - self.epoch_jd) * self.ticks_per_day;
        if (0.0..self.limit_ticks as f64).contains(&x) {
            Ok((x as u64).min(self.limit_ticks - 1))
        } else {
            Err(Error::OutOfRange {
                what: "instant (JD UT) for this dasha",
                value: t.value(),
                min: self.epoch_jd,
                max: self.span_end().value(),
            })
        }
    }
}

/// A Julian day known to be inside the accepted range (the span was
/// checked when the [`Dasha`] was built).
#[inline]
fn jd_ut(jd: f64) -> JulianDayUt {
    debug_assert!((JD_MIN..=JD_MAX).contains(&jd));
    JulianDayUt::new(jd.clamp(JD_MIN, JD_MAX)).unwrap_or(JulianDayUt::J2000)
}

trait MaxWith {
    fn max_with(self, other: Self) -> Self;
}

impl MaxWith for JulianDayUt {
    #[inline]
    fn max_with(self, other: Self) -> Self {
        if self.value() < other.value() {
            other
        } else {
            self
        }
    }
}

/// Sidereal apparent longitude of a body at a UT instant: the tropical
/// apparent longitude (true equinox of date) from the embedded JPL
/// ephemeris minus the true ayanamsa (mean + nutation in longitude), the
/// way Swiss Ephemeris forms sidereal positions. TT = UT + ΔT with the
/// default Delta T model. Use it to seed a dasha from another body; for
/// the lagna pass the chart's ascendant longitude to [`Dasha::new`].
///
/// # Errors
/// [`Error::OutsideEphemeris`] outside 1600–2200.
pub fn sidereal_longitude(
    body: Body,
    t: JulianDayUt,
    ayanamsa: Ayanamsa,
) -> Result<Longitude, Error> {
    let tt = t.to_tt();
    let p = position(body, tt)?;
    Ok(Longitude::wrap(p.longitude - ayanamsa.at(tt).true_degrees))
}

/// The Moon's sidereal longitude at birth, the seed of every nakshatra
/// dasha in its default form ([`sidereal_longitude`] of [`Body::Moon`]).
///
/// ```
/// use jyotish::{Ayanamsa, JulianDayUt, Nakshatra};
/// use jyotish::dasha::moon_seed;
/// let moon = moon_seed(JulianDayUt::new(2_451_545.0)?, Ayanamsa::Lahiri)?;
/// // J2000.0: tropical Moon 223.32°, Lahiri 23.85° → sidereal 199.47°, Swati.
/// assert_eq!(Nakshatra::of(moon), Nakshatra::Swati);
/// # Ok::<(), jyotish::Error>(())
/// ```
///
/// # Errors
/// [`Error::OutsideEphemeris`] outside 1600–2200.
pub fn moon_seed(birth: JulianDayUt, ayanamsa: Ayanamsa) -> Result<Longitude, Error> {
    sidereal_longitude(Body::Moon, birth, ayanamsa)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn birth() -> JulianDayUt {
        JulianDayUt::new(2_447_906.875).unwrap()
    }

    #[test]
    fn ticks_fit_and_divide() {
        for s in DashaSystem::ALL {
            for sub in [SubPeriods::Proportional, SubPeriods::Equal] {
                let opts = DashaOptions {
                    sub_periods: sub,
                    ..Default::default()
                };
                let d = Dasha::new(s, Longitude::new(123.4).unwrap(), birth(), opts).unwrap();
                assert!(
                    d.scale[1] >= MIN_TICKS_PER_YEAR
                        && d.scale[1] < 2 * MIN_TICKS_PER_YEAR + 30_000_000_000
                );
                // The longest maha ending after the span still fits in u64.
                assert!(d.limit_ticks.checked_add(40 * d.scale[1]).is_some());
            }
        }
    }

    #[test]
    fn group_balance_spans_the_group() {
        // Ashtottari: Sun rules Ardra–Ashlesha (4 nakshatras from 66°40′).
        // Middle of Punarvasu = 1.5 of 4 nakshatras crossed.
        let lon = Longitude::new(6.5 * NAKSHATRA_SPAN_DEG).unwrap();
        let d = Dasha::new(
            DashaSystem::Ashtottari,
            lon,
            birth(),
            DashaOptions::default(),
        )
        .unwrap();
        assert_eq!(d.balance().lord, Graha::Sun);
        assert!((d.balance().fraction_elapsed - 1.5 / 4.0).abs() < 1e-12);
        // Rahu's group wraps through Ashwini: U.Bhadrapada, Revati, Ashwini, Bharani.
        let lon = Longitude::new(0.25 * NAKSHATRA_SPAN_DEG).unwrap();
        let d = Dasha::new(
            DashaSystem::Ashtottari,
            lon,
            birth(),
            DashaOptions::default(),
        )
        .unwrap();
        assert_eq!(d.balance().lord, Graha::Rahu);
        assert!((d.balance().fraction_elapsed - 2.25 / 4.0).abs() < 1e-12);
        // Overridden to nakshatra-by-nakshatra.
        let opts = DashaOptions {
            balance: Some(BalanceRule::Nakshatra),
            ..Default::default()
        };
        let d = Dasha::new(DashaSystem::Ashtottari, lon, birth(), opts).unwrap();
        assert!((d.balance().fraction_elapsed - 0.25).abs() < 1e-12);
    }

    #[test]
    fn epoch_and_limits() {
        let d = Dasha::new(
            DashaSystem::Vimshottari,
            Longitude::new(0.0).unwrap(),
            birth(),
            DashaOptions::default(),
        )
        .unwrap();
        assert_eq!(d.epoch(), birth());
        assert!(
            d.at(
                JulianDayUt::new(birth().value() - 1.0).unwrap(),
                DashaLevel::Deha
            )
            .is_err()
        );
        assert!(d.at(d.span_end(), DashaLevel::Deha).is_err());
        assert!(
            d.at(
                JulianDayUt::new(d.span_end().value() - 1.0).unwrap(),
                DashaLevel::Deha
            )
            .is_ok()
        );
        // Far-future births are refused with the birth in the message.
        let late = JulianDayUt::new(5_370_000.0).unwrap();
        let e = Dasha::new(
            DashaSystem::Vimshottari,
            Longitude::new(0.0).unwrap(),
            late,
            DashaOptions::default(),
        );
        assert!(matches!(e, Err(Error::OutOfRange { value, .. }) if value == 5_370_000.0));
        assert!(DashaLevel::try_from(0).is_err());
    }

    #[test]
    fn year_lengths_are_whole_nanoseconds() {
        for y in YearLength::ALL {
            assert_eq!(y.nanoseconds() as f64, y.days() * 86_400e9, "{y:?}");
        }
    }
}
