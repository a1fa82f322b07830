#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

extern crate alloc;

mod angle;
pub mod ayanamsa;
pub mod chart;
pub mod dasha;
mod earth;
mod enums;
pub mod ephemeris;
mod error;
mod graha;
pub mod houses;
pub mod matching;
mod math;
pub mod nutation;
pub mod panchang;
mod precession;
pub mod search;
mod sets;
pub mod time;
pub mod upagraha;
pub mod varga;
pub mod yoga;
pub mod zodiac;

pub use angle::{Dms, Longitude};
pub use ayanamsa::{Ayanamsa, AyanamsaModel, AyanamsaValue};
pub use chart::{BirthData, Chart, ChartConfig, Dignity, GrahaPlacement, NodeKind};
pub use dasha::{Dasha, DashaLevel, DashaOptions, DashaSystem};
pub use ephemeris::{Body, Position};
pub use error::Error;
pub use graha::Graha;
pub use houses::{HouseOptions, HouseSystem, Houses};
pub use nutation::Nutation;
pub use panchang::{Panchang, PanchangOptions, Place};
pub use sets::{GrahaSet, HouseSet};
pub use time::{
    DeltaT, Disambiguation, JulianDayTt, JulianDayUt, Zone, apparent_sidereal_time_deg,
    mean_sidereal_time_deg,
};
pub use varga::{Varga, VargaChart};
pub use zodiac::{Nakshatra, Pada, Rashi};
