//! The owned, serialisable output model: a report with the balance and a
//! tree of periods, exactly what the CLI prints as JSON.

use super::{Balance, DashaLevel, DashaSystem, SubPeriods, YearLength, Yogini};
use crate::JulianDayUt;
use crate::graha::Graha;
use alloc::vec::Vec;

/// One period with its sub-periods, owned.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DashaPeriod {
    /// The lord.
    pub lord: Graha,
    /// For Yogini dasha, the yogini the lord rules.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub yogini: Option<Yogini>,
    /// Level (mahadasha … deha).
    pub level: DashaLevel,
    /// Start, Julian day (UT).
    pub start: JulianDayUt,
    /// End, Julian day (UT): the next period's start.
    pub end: JulianDayUt,
    /// Sub-periods, if asked for (empty at the requested depth).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub sub_periods: Vec<DashaPeriod>,
}

impl DashaPeriod {
    pub(crate) fn new(
        system: DashaSystem,
        lord: Graha,
        level: DashaLevel,
        start: JulianDayUt,
        end: JulianDayUt,
        sub_periods: Vec<DashaPeriod>,
    ) -> Self {
        DashaPeriod {
            lord,
            yogini: if system == DashaSystem::Yogini {
                Yogini::of(lord)
            } else {
                None
            },
            level,
            start,
            end,
            sub_periods,
        }
    }
}

/// A dasha computation as data ([`super::Dasha::report`]).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DashaReport {
    /// The system.
    pub system: DashaSystem,
    /// The year length used.
    pub year_length: YearLength,
    /// How sub-periods were divided.
    pub sub_periods: SubPeriods,
    /// The seed's sidereal longitude, degrees.
    pub seed_longitude_deg: f64,
    /// Birth instant, Julian day (UT).
    pub birth: JulianDayUt,
    /// Balance of the first mahadasha at birth.
    pub balance: Balance,
    /// The mahadashas of the first cycle with their sub-periods.
    pub periods: Vec<DashaPeriod>,
}
