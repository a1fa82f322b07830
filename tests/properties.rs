//! Property tests of the foundation layer.

use chrono::{NaiveDate, TimeDelta};
use jyotish::{
    Ayanamsa, DeltaT, Disambiguation, JulianDayTt, JulianDayUt, Longitude, Nakshatra, Pada, Rashi,
    Zone,
};
use proptest::prelude::*;

proptest! {
    /// Normalisation lands in [0, 360), is idempotent and keeps the angle mod 360.
    #[test]
    fn longitude_normalisation(deg in -1.0e6f64..1.0e6) {
        let l = Longitude::new(deg).unwrap();
        prop_assert!((0.0..360.0).contains(&l.degrees()));
        prop_assert_eq!(Longitude::new(l.degrees()).unwrap(), l);
        let k = ((deg - l.degrees()) / 360.0).round();
        prop_assert!((deg - l.degrees() - 360.0 * k).abs() < 1e-7);
    }

    /// Nakshatra and pada agree with each other and with the rashi: nine
    /// padas per sign, padas change exactly at multiples of 3°20′.
    #[test]
    fn nakshatra_pada_rashi_consistent(deg in 0.0f64..360.0) {
        let l = Longitude::new(deg).unwrap();
        let p = Pada::of(l);
        prop_assert_eq!(p.nakshatra, Nakshatra::of(l));
        prop_assert_eq!(p.rashi(), Rashi::of(l));
        prop_assert!((1..=4).contains(&p.quarter));
        let start = p.index() as f64 * 360.0 / 108.0;
        prop_assert!(start <= deg + 1e-9 && deg < start + 360.0 / 108.0 + 1e-9);
    }

    /// UT → TT → UT round trip below a microsecond, for any model.
    #[test]
    fn ut_tt_round_trip(jd in 2_200_000.0f64..2_600_000.0, fixed in proptest::option::of(-100.0f64..1000.0)) {
        let model = fixed.map_or(DeltaT::SwissEphemeris, DeltaT::FixedSeconds);
        let ut = JulianDayUt::new(jd).unwrap();
        let back = ut.to_tt_with(model).to_ut_with(model);
        prop_assert!((back.value() - jd).abs() * 86_400.0 < 1e-6);
    }

    /// Local → UT → local round trip in zones with DST, away from transitions
    /// (times that fall in a gap or overlap are errors or resolved, never wrong).
    #[test]
    fn local_ut_round_trip(days in 0i64..73_000, secs in 0u32..86_400, zi in 0usize..4) {
        let zone_name = ["America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Sydney"][zi];
        let zone = Zone::iana(zone_name).unwrap();
        let local = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap().and_hms_opt(0, 0, 0).unwrap()
            + TimeDelta::days(days) + TimeDelta::seconds(i64::from(secs));
        match JulianDayUt::from_local(&local, &zone, Disambiguation::Reject) {
            Ok(ut) => {
                let Zone::Iana(tz) = zone else { unreachable!() };
                let back = ut.to_utc().unwrap().with_timezone(&tz).naive_local();
                prop_assert!((back - local).num_milliseconds().abs() <= 1, "{local} -> {back}");
            }
            Err(jyotish::Error::NonexistentLocalTime { .. } | jyotish::Error::AmbiguousLocalTime { .. }) => {}
            Err(e) => prop_assert!(false, "unexpected error {e}"),
        }
    }

    /// Every system grows with precession by ~50.3″ a year (star-based ones
    /// too: over a whole year aberration returns and proper motion is small),
    /// and true − mean is the nutation in longitude (|Δψ| < 20″).
    #[test]
    fn ayanamsa_precesses(jd in 2_305_447.5f64..2_524_593.5, mode in 0usize..47) {
        let system = Ayanamsa::ALL[mode];
        let a = system.at(JulianDayTt::new(jd).unwrap());
        let later = system.at(JulianDayTt::new(jd + 365.25).unwrap());
        let step = (later.degrees - a.degrees + 540.0).rem_euclid(360.0) - 180.0;
        // Wilhelm's Dhruva system follows Sgr A*'s right ascension, whose
        // annual precession m + n sin α tan δ projects to ~52.3″ of longitude.
        let rate = if system == Ayanamsa::DhruvaGalacticCenterMula { 52.3 } else { 50.3 };
        prop_assert!((step * 3600.0 - rate).abs() < 1.0, "{}: {}", system.name(), step * 3600.0);
        prop_assert!((a.true_degrees - a.degrees).abs() < 0.006);
    }
}
