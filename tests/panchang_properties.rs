//! Invariants of the day's panchang: the tithi at any instant is
//! floor((Moon − Sun)/12°) + 1, every limb's spans tile the day without gap
//! or overlap, end instants strictly increase; polar days fall back to civil
//! midnights; bad input is a typed error.

use chrono::NaiveDate;
use jyotish::panchang::{self, DayBasis, PanchangOptions, Place, Span, Tithi};
use jyotish::{Body, Error, JulianDayUt, Zone, ephemeris::position_ut};
use proptest::prelude::*;

fn check_tiling<T>(spans: &[Span<T>], start: f64, end: f64) -> Result<(), TestCaseError> {
    prop_assert!(!spans.is_empty());
    prop_assert!(spans[0].start_jd_ut <= start);
    prop_assert!(spans.last().unwrap().end_jd_ut >= end);
    for w in spans.windows(2) {
        prop_assert_eq!(w[0].end_jd_ut, w[1].start_jd_ut);
        prop_assert!(w[1].end_jd_ut > w[0].end_jd_ut);
    }
    for s in spans {
        prop_assert!(s.end_jd_ut > s.start_jd_ut);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn spans_tile_and_tithi_is_the_elongation(
        days in 0i64..160_000,
        lat in -60.0f64..60.0,
        lon in -180.0f64..180.0,
        frac in 0.0f64..1.0,
    ) {
        let date = NaiveDate::from_ymd_opt(1700, 1, 1).unwrap() + chrono::TimeDelta::days(days);
        let place = Place::new(lat, lon, 0.0).unwrap();
        let zone = Zone::local_mean(lon).unwrap();
        let p = panchang::panchang(date, &zone, &place, &PanchangOptions::default()).unwrap();
        prop_assert_eq!(p.day_basis, DayBasis::Sunrise);
        check_tiling(&p.tithis, p.start_jd_ut, p.end_jd_ut)?;
        check_tiling(&p.karanas, p.start_jd_ut, p.end_jd_ut)?;
        check_tiling(&p.nakshatras, p.start_jd_ut, p.end_jd_ut)?;
        check_tiling(&p.yogas, p.start_jd_ut, p.end_jd_ut)?;
        // Tithis and karanas agree: two karanas per tithi.
        for t in &p.tithis {
            let inside: Vec<_> = p.karanas.iter().filter(|k| k.start_jd_ut >= t.start_jd_ut && k.end_jd_ut <= t.end_jd_ut).collect();
            for k in inside {
                prop_assert_eq!(u32::from(k.value.number + 1) / 2, u32::from(t.value.number()));
            }
        }
        // The tithi at an instant of the day, away from the boundaries.
        let t = p.start_jd_ut + frac * (p.end_jd_ut - p.start_jd_ut);
        let span = p.tithis.iter().find(|s| s.start_jd_ut <= t && t < s.end_jd_ut).unwrap();
        let margin = (t - span.start_jd_ut).min(span.end_jd_ut - t) * 86_400.0;
        let jd = JulianDayUt::new(t).unwrap();
        let e = position_ut(Body::Moon, jd).unwrap().longitude - position_ut(Body::Sun, jd).unwrap().longitude;
        if margin > 0.01 {
            prop_assert_eq!(Tithi::of_elongation(e), span.value);
            prop_assert_eq!(u32::from(Tithi::of_elongation(e).number()), ((e.rem_euclid(360.0) / 12.0).floor() as u32) % 30 + 1);
        }
        if let Some(m) = &p.muhurtas {
            prop_assert_eq!(m.muhurtas.len(), 30);
            prop_assert_eq!(m.horas.len(), 24);
            prop_assert!((m.horas[23].end_jd_ut - p.end_jd_ut).abs() < 1e-9);
        }
    }
}

/// Where the Sun neither rises nor sets the day runs from midnight to
/// midnight, says so, and has no muhurtas.
#[test]
fn polar_days_fall_back_to_civil_midnight() {
    let place = Place::new(78.22, 15.65, 0.0).unwrap();
    let zone = Zone::iana("Arctic/Longyearbyen").unwrap();
    for date in [
        NaiveDate::from_ymd_opt(2024, 6, 21).unwrap(),
        NaiveDate::from_ymd_opt(2024, 12, 21).unwrap(),
    ] {
        let p = panchang::panchang(date, &zone, &place, &PanchangOptions::default()).unwrap();
        assert_eq!(p.day_basis, DayBasis::CivilMidnight);
        assert!(p.sunrise_jd_ut.is_none() && p.muhurtas.is_none());
        assert!((p.end_jd_ut - p.start_jd_ut - 1.0).abs() < 1e-9);
        assert!(!p.tithis.is_empty());
    }
}

#[test]
fn bad_input_is_a_typed_error() {
    assert!(matches!(
        Zone::iana("Asia/Nowhere"),
        Err(Error::UnknownTimeZone { .. })
    ));
    assert!(matches!(
        Place::new(95.0, 0.0, 0.0),
        Err(Error::OutOfRange { .. })
    ));
    assert!(matches!(
        Place::new(0.0, f64::NAN, 0.0),
        Err(Error::NotFinite { .. })
    ));
    let place = Place::new(28.6, 77.2, 0.0).unwrap();
    let zone = Zone::iana("Asia/Kolkata").unwrap();
    let old = NaiveDate::from_ymd_opt(1500, 1, 1).unwrap();
    assert!(matches!(
        panchang::panchang(old, &zone, &place, &PanchangOptions::default()),
        Err(Error::OutsideEphemeris { .. })
    ));
    assert!(
        panchang::panchang_days(old, 40_000, &zone, &place, &PanchangOptions::default()).is_err()
    );
}

/// A midnight that does not exist (clocks jumped at 00:00, as in São Paulo
/// on 2018-11-04) starts the civil day at the end of the gap.
#[test]
fn midnight_in_a_dst_gap() {
    let place = Place::new(-23.55, -46.63, 760.0).unwrap();
    let zone = Zone::iana("America/Sao_Paulo").unwrap();
    let date = NaiveDate::from_ymd_opt(2018, 11, 4).unwrap();
    let p = panchang::panchang(date, &zone, &place, &PanchangOptions::default()).unwrap();
    assert_eq!(p.day_basis, DayBasis::Sunrise);
    // Sunrise 06:2x local (UTC−2, the first day of daylight time) = 08:2x UT.
    let utc = JulianDayUt::new(p.sunrise_jd_ut.unwrap())
        .unwrap()
        .to_utc()
        .unwrap();
    assert_eq!(
        utc.format("%Y-%m-%d %H").to_string()[..13],
        *"2018-11-04 08"
    );
}

/// Whether two lists of spans have the same values and the same start and
/// end instants within 0.01 s.
fn same_spans<T: PartialEq>(x: &[panchang::Span<T>], y: &[panchang::Span<T>]) -> bool {
    let near = |a: f64, b: f64| (a - b).abs() * 86_400.0 < 0.01;
    x.len() == y.len()
        && x.iter().zip(y).all(|(a, b)| {
            a.value == b.value
                && near(a.start_jd_ut, b.start_jd_ut)
                && near(a.end_jd_ut, b.end_jd_ut)
        })
}

/// The year of days equals the days one by one.
#[test]
fn days_equal_single_days() {
    let place = Place::new(13.08, 80.27, 0.0).unwrap();
    let zone = Zone::iana("Asia/Kolkata").unwrap();
    let start = NaiveDate::from_ymd_opt(2023, 7, 10).unwrap();
    let many =
        panchang::panchang_days(start, 40, &zone, &place, &PanchangOptions::default()).unwrap();
    for (i, p) in many.iter().enumerate() {
        let one = panchang::panchang(
            start + chrono::TimeDelta::days(i as i64),
            &zone,
            &place,
            &PanchangOptions::default(),
        )
        .unwrap();
        assert_eq!(one.tithis.len(), p.tithis.len());
        for (a, b) in one.tithis.iter().zip(&p.tithis) {
            assert_eq!(a.value, b.value);
            assert!((a.end_jd_ut - b.end_jd_ut).abs() * 86_400.0 < 0.01);
        }
        // The run of days reuses the previous day's crossings: the same
        // roots within the search tolerance.
        assert!(same_spans(&one.nakshatras, &p.nakshatras));
        assert!(same_spans(&one.yogas, &p.yogas));
        assert!(same_spans(&one.karanas, &p.karanas));
        assert_eq!(one.sunrise_jd_ut, p.sunrise_jd_ut);
        assert_eq!(one.calendar.amanta_month, p.calendar.amanta_month);
        assert_eq!(one.calendar.samvatsara_south, p.calendar.samvatsara_south);
        assert!(
            (one.calendar.month_end_jd_ut - p.calendar.month_end_jd_ut).abs() * 86_400.0 < 0.01
        );
        assert!((one.next_sankranti.jd_ut - p.next_sankranti.jd_ut).abs() * 86_400.0 < 0.5);
    }
}

#[cfg(feature = "serde")]
#[test]
fn serde_round_trip() {
    let place = Place::new(19.07, 72.88, 0.0).unwrap();
    let zone = Zone::iana("Asia/Kolkata").unwrap();
    let p = panchang::panchang(
        NaiveDate::from_ymd_opt(2024, 10, 12).unwrap(),
        &zone,
        &place,
        &PanchangOptions::default(),
    )
    .unwrap();
    let json = serde_json::to_string(&p).unwrap();
    assert!(json.contains("\"day_basis\":\"sunrise\""));
    assert!(json.contains("\"tithis\""));
    // serde_json parses floats to within an ulp; the text round-trips.
    let back: panchang::Panchang = serde_json::from_str(&json).unwrap();
    assert_eq!(back.tithis.len(), p.tithis.len());
    assert_eq!(back.calendar.amanta_month, p.calendar.amanta_month);
    assert!((back.tithis[0].end_jd_ut - p.tithis[0].end_jd_ut).abs() < 1e-9);
}
