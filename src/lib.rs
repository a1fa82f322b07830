#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

extern crate alloc;

mod angle;
pub mod ayanamsa;
mod earth;
mod enums;
pub mod ephemeris;
mod error;
mod graha;
pub mod houses;
mod math;
pub mod nutation;
mod precession;
pub mod time;
pub mod zodiac;

pub use angle::{Dms, Longitude};
pub use ayanamsa::{Ayanamsa, AyanamsaModel, AyanamsaValue};
pub use ephemeris::{Body, Position};
pub use error::Error;
pub use graha::Graha;
pub use houses::{HouseSystem, Houses};
pub use nutation::Nutation;
pub use time::{
    DeltaT, Disambiguation, JulianDayTt, JulianDayUt, Zone, apparent_sidereal_time_deg,
    mean_sidereal_time_deg,
};
pub use zodiac::{Nakshatra, Pada, Rashi};
