//! The `jyotish` binary end to end: JSON out, one-line errors, batch mode.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_jyotish"))
        .args(args)
        .output()
        .expect("binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn json(args: &[&str]) -> Value {
    let (code, out, err) = run(args);
    assert_eq!(code, 0, "stderr: {err}");
    serde_json::from_str(&out).expect("stdout is JSON")
}

#[test]
fn time_from_local_iana() {
    let v = json(&[
        "time",
        "--datetime",
        "1990-01-15T14:30",
        "--tz",
        "Asia/Kolkata",
    ]);
    assert_eq!(v["utc"], "1990-01-15T09:00:00.000+00:00");
    assert_eq!(v["local"], "1990-01-15T14:30:00.000+05:30");
    assert_eq!(v["jd_ut"], 2_447_906.875);
    // Swiss Ephemeris: swe.deltat(2447906.875) * 86400 = 56.8819… s (Bessel-interpolated table).
    let dt = v["delta_t_seconds"].as_f64().unwrap();
    assert!((dt - 56.8819).abs() < 0.001, "{dt}");
    assert!((v["jd_tt"].as_f64().unwrap() - (2_447_906.875 + dt / 86_400.0)).abs() < 1e-9);
}

#[test]
fn all_instant_forms_agree() {
    let forms: [&[&str]; 4] = [
        &[
            "time",
            "--datetime",
            "1930-05-06T03:45:42.011976",
            "--offset",
            "+05:30",
        ],
        &["time", "--utc", "1930-05-05T22:15:42.011976Z"],
        &["time", "--jd-ut", "2426102.427569583"],
        &[
            "time",
            "--datetime",
            "1930-05-06T03:45:42.011976",
            "--tz",
            "Asia/Kolkata",
        ],
    ];
    for f in forms {
        let v = json(f);
        assert!(
            (v["jd_ut"].as_f64().unwrap() - 2_426_102.427_569_583).abs() < 1e-9,
            "{f:?}"
        );
        assert_eq!(v["utc"], "1930-05-05T22:15:42.012+00:00", "{f:?}");
    }
    let v = json(&["time", "--jd-tt", "2451545.0"]);
    assert!((v["delta_t_seconds"].as_f64().unwrap() - 63.8289).abs() < 1e-3);
}

#[test]
fn ayanamsa_lahiri_at_j2000() {
    let v = json(&["ayanamsa", "--system", "lahiri", "--jd-tt", "2451545.0"]);
    assert_eq!(v["system"], "lahiri");
    // swe.get_ayanamsa(2451545.0) with SIDM_LAHIRI = 23.857092325455…°
    assert!((v["degrees"].as_f64().unwrap() - 23.857_092_325_455).abs() < 1e-9);
    // true = mean + Δψ(J2000) = −0.003869869136°
    assert!(
        (v["true_degrees"].as_f64().unwrap() - (23.857_092_325_455 - 0.003_869_869_136)).abs()
            < 1e-9
    );
    // A user-defined system given Lahiri's own value at J2000 reproduces it there.
    let u = json(&[
        "ayanamsa",
        "--system",
        "user",
        "--epoch-jd-tt",
        "2451545.0",
        "--epoch-degrees",
        "23.857092325455",
        "--jd-tt",
        "2451545.0",
    ]);
    assert_eq!(u["system"], "user");
    assert!((u["degrees"].as_f64().unwrap() - 23.857_092_325_455).abs() < 1e-12);
    // True Chitra: swe.get_ayanamsa(2451545.0) with SIDM_TRUE_CITRA = 23.840015050° (UT 2451545.0);
    // star-based systems agree with Swiss within a few mas.
    let c = json(&[
        "ayanamsa",
        "--system",
        "true_chitra",
        "--jd-ut",
        "2451545.0",
    ]);
    assert!((c["degrees"].as_f64().unwrap() - 23.840_015_050).abs() * 3600.0 < 0.005);
    let list = json(&["ayanamsa", "--list"]);
    assert_eq!(list.as_array().unwrap().len(), 47);
    assert_eq!(list[5]["name"], "krishnamurti");
}

#[test]
fn positions_tropical_and_sidereal() {
    let v = json(&["positions", "--jd-tt", "2451545.0"]);
    assert_eq!(v["zodiac"], "tropical");
    let bodies = v["bodies"].as_array().unwrap();
    assert_eq!(bodies.len(), 12);
    assert_eq!(bodies[10]["body"], "MeanNode");
    assert_eq!(bodies[11]["body"], "TrueNode");
    assert_eq!(bodies[0]["body"], "Sun");
    // skyfield 1.55 + DE421 at J2000.0 TT: Sun 280.3681652653°, Moon 223.3148699079°.
    assert!((bodies[0]["longitude"].as_f64().unwrap() - 280.368_165_265_3).abs() * 3600.0 < 0.001);
    assert!((bodies[1]["longitude"].as_f64().unwrap() - 223.314_869_907_9).abs() * 3600.0 < 0.001);
    // Saturn was retrograde at J2000.0 (speed −0.0199 °/day).
    assert_eq!(bodies[6]["body"], "Saturn");
    assert_eq!(bodies[6]["retrograde"], true);
    let s = json(&["positions", "--jd-tt", "2451545.0", "--ayanamsa", "lahiri"]);
    let aya = s["ayanamsa_degrees"].as_f64().unwrap();
    // Lahiri true ayanamsa at J2000.0 TT: 23.857092325° + Δψ (−0.003869869°).
    assert!((aya - 23.853_222_456).abs() < 1e-8);
    let sid = s["bodies"][0]["longitude"].as_f64().unwrap();
    assert!((sid - (280.368_165_265_3 - aya)).abs() * 3600.0 < 0.001);
    let (code, _, err) = run(&["positions", "--utc", "2300-01-01T00:00:00Z"]);
    assert_eq!(code, 1);
    assert!(err.contains("outside the ephemeris"), "{err}");
}

#[test]
fn chart_json_and_text() {
    let v = json(&[
        "chart",
        "--datetime",
        "1990-01-15T14:30",
        "--tz",
        "Asia/Kolkata",
        "--lat",
        "18.5204",
        "--lon",
        "73.8567",
    ]);
    for key in ["longitude", "rashi", "nakshatra", "pada"] {
        assert!(!v["ascendant"][key].is_null(), "ascendant.{key}");
    }
    let grahas = v["grahas"].as_array().unwrap();
    assert_eq!(grahas.len(), 9);
    for g in grahas {
        for key in [
            "graha",
            "longitude",
            "rashi",
            "nakshatra",
            "pada",
            "house",
            "retrograde",
            "longitude_speed",
        ] {
            assert!(!g[key].is_null(), "graha.{key}");
        }
    }
    assert_eq!(v["houses"]["system"], "whole_sign");
    assert_eq!(v["houses"]["cusps"].as_array().unwrap().len(), 12);
    assert_eq!(v["ayanamsa"]["system"], "lahiri");
    // The Sun on 15 January is in sidereal Capricorn.
    assert_eq!(grahas[0]["rashi"], "Capricorn");
    let kp = json(&[
        "chart",
        "--utc",
        "1990-01-15T09:00:00Z",
        "--lat",
        "18.5204",
        "--lon",
        "73.8567",
        "--preset",
        "kp",
    ]);
    assert_eq!(kp["houses"]["system"], "placidus");
    assert_eq!(kp["ayanamsa"]["system"], "krishnamurti");
    let (code, text, _) = run(&[
        "chart",
        "--utc",
        "1990-01-15T09:00:00Z",
        "--lat",
        "18.5204",
        "--lon",
        "73.8567",
        "--format",
        "text",
    ]);
    assert_eq!(code, 0);
    assert!(text.contains("Lagna") && text.contains("Capricorn"));
    let (code, _, err) = run(&[
        "chart",
        "--utc",
        "1990-01-15T09:00:00Z",
        "--lat",
        "75",
        "--lon",
        "20",
        "--houses",
        "placidus",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("undefined"), "{err}");
    let list = json(&["houses", "--list"]);
    assert!(list.as_array().unwrap().len() >= 20);
}

#[test]
fn dasha_panchang_match_and_vargas() {
    // Vimshottari from the Moon at birth: nine mahadashas, the first running at birth.
    let d = json(&[
        "dasha",
        "--datetime",
        "1990-01-15T14:30",
        "--tz",
        "Asia/Kolkata",
        "--lat",
        "18.5204",
        "--lon",
        "73.8567",
    ]);
    assert_eq!(d["system"], "vimshottari");
    let periods = d["periods"].as_array().unwrap();
    assert_eq!(periods.len(), 9);
    assert!(periods[0]["start"].as_str().unwrap().ends_with("+05:30"));
    assert_eq!(periods[0]["lord"], d["balance"]["lord"]);
    assert_eq!(periods[0]["sub_periods"].as_array().unwrap().len(), 9);
    let at = json(&[
        "dasha",
        "--datetime",
        "1990-01-15T14:30",
        "--tz",
        "Asia/Kolkata",
        "--at",
        "2026-11-22",
    ]);
    assert_eq!(at["running"].as_array().unwrap().len(), 5);
    // Panchang: the fields a user reads first.
    let p = json(&[
        "panchang",
        "--date",
        "2024-03-15",
        "--tz",
        "Asia/Kolkata",
        "--lat",
        "28.6139",
        "--lon",
        "77.2090",
    ]);
    for key in [
        "sunrise",
        "sunset",
        "vara",
        "tithi",
        "nakshatra",
        "yoga",
        "karana",
        "rahu_kalam",
        "masa",
    ] {
        assert!(!p[key].is_null(), "{key}");
    }
    assert_eq!(p["vara"], "Friday");
    assert!(p["sunrise"].as_str().unwrap().starts_with("2024-03-15T06:"));
    assert!((1..=30).contains(&p["tithi"]["number"].as_u64().unwrap()));
    let week = json(&[
        "panchang",
        "--date",
        "2024-03-15",
        "--tz",
        "Asia/Kolkata",
        "--lat",
        "28.6",
        "--lon",
        "77.2",
        "--days",
        "7",
    ]);
    assert_eq!(week.as_array().unwrap().len(), 7);
    // Matching by nakshatra and pada.
    let m = json(&[
        "match",
        "--boy-nakshatra",
        "Rohini",
        "--boy-pada",
        "2",
        "--girl-nakshatra",
        "5",
        "--girl-pada",
        "1",
    ]);
    let names: Vec<&str> = m["kootas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "varna",
            "vashya",
            "tara",
            "yoni",
            "graha_maitri",
            "gana",
            "bhakoot",
            "nadi"
        ]
    );
    let sum: f64 = m["kootas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["score"].as_f64().unwrap())
        .sum();
    assert_eq!(m["total"].as_f64().unwrap(), sum);
    assert_eq!(m["max"], 36);
    let (code, _, err) = run(&[
        "match",
        "--boy-nakshatra",
        "28",
        "--boy-pada",
        "1",
        "--girl-nakshatra",
        "1",
        "--girl-pada",
        "1",
    ]);
    assert_eq!(code, 1, "{err}");
    // Vargas in the chart.
    let c = json(&[
        "chart",
        "--utc",
        "1990-01-15T09:00:00Z",
        "--lat",
        "18.5204",
        "--lon",
        "73.8567",
        "--vargas",
        "D9,D10,D2:parashara",
    ]);
    assert!(c["vargas"]["D9"]["Sun"].is_string());
    // Yogas: every chart has exactly one Sankhya (Nabhasa) yoga.
    let y = json(&[
        "chart",
        "--utc",
        "1990-01-15T09:00:00Z",
        "--lat",
        "18.5204",
        "--lon",
        "73.8567",
        "--yogas",
    ]);
    let yogas = y["yogas"].as_array().unwrap();
    assert!(yogas.iter().any(|m| m["family"] == "nabhasa"));
    let list = json(&["yogas", "--list"]);
    let n = list.as_array().unwrap().len();
    assert!(n >= 300, "{n} yogas");
    assert!(list.as_array().unwrap().iter().any(|y| {
        y["name"] == "Gaja Kesari"
            && y["aliases"]
                .as_array()
                .unwrap()
                .iter()
                .any(|a| a == "gaja_kesari_yoga")
    }));
    // The same catalogue for a person: grouped by family, one line a yoga.
    let (code, text, _) = run(&["yogas", "--list", "--format", "text"]);
    assert_eq!(code, 0);
    assert!(text.contains("pancha mahapurusha") && text.contains("Gaja Kesari"));
    assert!(text.trim_end().ends_with(&format!("{n} yogas")));
    assert!(c["vargas"]["D2:parashara"]["ascendant"].is_string());
}

#[test]
fn bad_input_is_one_line_and_nonzero() {
    let cases: [&[&str]; 7] = [
        &[
            "time",
            "--datetime",
            "2021-03-14T02:30",
            "--tz",
            "America/New_York",
        ],
        &[
            "time",
            "--datetime",
            "2021-11-07T01:30",
            "--tz",
            "America/New_York",
        ],
        &["time", "--datetime", "2023-02-30T10:00", "--tz", "UTC"],
        &[
            "time",
            "--datetime",
            "2023-02-20T10:00",
            "--tz",
            "Nowhere/City",
        ],
        &["time", "--jd-ut", "NaN"],
        &["ayanamsa", "--system", "nonesuch", "--jd-tt", "2451545"],
        &["time"],
    ];
    for args in cases {
        let (code, out, err) = run(args);
        assert_ne!(code, 0, "{args:?}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
    let (code, _, err) = run(&[
        "time",
        "--datetime",
        "2021-03-14T02:30",
        "--tz",
        "America/New_York",
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("does not exist") && err.contains("UTC-05:00"),
        "{err}"
    );
    // The ambiguous time resolves when asked.
    let v = json(&[
        "time",
        "--datetime",
        "2021-11-07T01:30",
        "--tz",
        "America/New_York",
        "--ambiguous",
        "later",
    ]);
    assert_eq!(v["utc"], "2021-11-07T06:30:00.000+00:00");
}

#[test]
fn batch_answers_every_line() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jyotish"))
        .arg("batch")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let input = concat!(
        "{\"id\": 1, \"command\": \"time\", \"jd_tt\": 2451545.0}\n",
        "garbage\n",
        "{\"id\": \"b\", \"command\": \"ayanamsa\", \"system\": \"raman\", \"utc\": \"2000-01-01T12:00:00Z\"}\n",
        "\n",
        "{\"id\": 4, \"command\": \"time\", \"datetime\": \"2021-03-14T02:30\", \"tz\": \"America/New_York\"}\n",
        "{\"id\": 5, \"command\": \"time\", \"jd_tt\": 2451545.0, \"typo\": true}\n",
        "{\"id\": 6, \"command\": \"ayanamsa\", \"list\": true}\n",
        "{\"id\": 7, \"command\": \"chart\", \"jd_ut\": 2447906.875, \"lat\": 18.5204, \"lon\": 73.8567}\n",
    );
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 7);
    assert_eq!(lines[6]["result"]["grahas"][0]["rashi"], "Capricorn");
    assert_eq!(lines[0]["id"], 1);
    assert!(lines[0]["result"]["jd_ut"].is_number());
    assert!(lines[1]["id"].is_null() && lines[1]["error"]["kind"] == "invalid_input");
    assert_eq!(lines[2]["id"], "b");
    // swe.get_ayanamsa_ut(2451545.0) with SIDM_RAMAN = 22.410791040°
    assert!((lines[2]["result"]["degrees"].as_f64().unwrap() - 22.410_791_040).abs() < 1e-8);
    assert_eq!(lines[3]["error"]["kind"], "nonexistent_local_time");
    assert!(
        lines[4]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("typo")
    );
    assert_eq!(lines[5]["result"].as_array().unwrap().len(), 47);
}

#[test]
fn chart_upagrahas() {
    // New Delhi, Wednesday 20 March 2024, 10:00 IST: a day birth.
    let args = [
        "chart",
        "--datetime",
        "2024-03-20T10:00",
        "--tz",
        "Asia/Kolkata",
        "--lat",
        "28.6",
        "--lon",
        "77.2",
        "--upagrahas",
    ];
    let v = json(&args);
    let u = &v["upagrahas"];
    assert_eq!(u["division"]["half"], "day");
    assert_eq!(u["division"]["vara"], "Wednesday");
    assert_eq!(u["division"]["parts"].as_array().unwrap().len(), 8);
    let sun = v["grahas"][0]["longitude"].as_f64().unwrap();
    let dhuma = &u["sun_based"][0];
    assert_eq!(dhuma["upagraha"], "Dhuma");
    // BPHS 3.61: Dhuma = Sun + 133°20′.
    let d = (dhuma["longitude"].as_f64().unwrap() - sun - 133.0 - 20.0 / 60.0).rem_euclid(360.0);
    assert!(d.min(360.0 - d) < 1e-9, "{d}");
    // PyJHora 4.8.7 (drik.gulika_longitude / maandi_longitude, Lahiri):
    // 57.66738° and 68.16934°, to its whole-second sunrise.
    let k = u["kalavelas"].as_array().unwrap();
    assert_eq!(k.len(), 6);
    assert_eq!(k[4]["kalavela"], "Gulika");
    assert_eq!(k[4]["part_point"], "start");
    assert!((k[4]["longitude"].as_f64().unwrap() - 57.667_38).abs() < 0.002);
    assert_eq!(k[5]["kalavela"], "Maandi");
    assert!((k[5]["longitude"].as_f64().unwrap() - 68.169_34).abs() < 0.002);
    // Without the flag there is no such key.
    assert!(json(&args[..args.len() - 1])["upagrahas"].is_null());
    // Text: one line each, after the grahas.
    let mut text_args = args.to_vec();
    text_args.extend(["--format", "text"]);
    let (code, text, _) = run(&text_args);
    assert_eq!(code, 0);
    assert!(text.contains("Gulika") && text.contains("Taurus"), "{text}");
    // Polar night at 80° N: a one-line error, exit code 1.
    let (code, _, err) = run(&[
        "chart",
        "--utc",
        "2024-01-01T12:00:00Z",
        "--lat",
        "80",
        "--lon",
        "15",
        "--upagrahas",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("polar day or night"), "{err}");
}
