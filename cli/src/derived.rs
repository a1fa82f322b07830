//! Commands built on the chart: vargas, dashas, matching, panchang.

use crate::commands::{ChartArgs, CliError, chart_value};
use crate::instant::{InstantArgs, iso_local, iso_utc};
use jyotish::matching::{AshtakootOptions, DashakootOptions, KujaInput, KujaOptions, MoonClass};
use jyotish::{Ayanamsa, Graha, JulianDayUt, Longitude, Zone};
use serde::Deserialize;
use serde_json::{Value, json};

/// ISO 8601 of a UT Julian day, in `zone` when given (else UTC).
fn iso(jd: f64, zone: Option<&Zone>) -> Result<String, CliError> {
    let ut = JulianDayUt::new(jd)?;
    match zone {
        Some(z) => iso_local(ut, z),
        None => iso_utc(ut),
    }
}

/// Adds an ISO 8601 twin `X` beside every `X_jd_ut` number, recursively.
fn add_iso(v: &mut Value, zone: Option<&Zone>) -> Result<(), CliError> {
    match v {
        Value::Object(map) => {
            let mut extra = Vec::new();
            for (k, x) in map.iter_mut() {
                if let (Some(stem), Some(jd)) = (k.strip_suffix("_jd_ut"), x.as_f64()) {
                    extra.push((stem.to_string(), iso(jd, zone)?));
                } else {
                    add_iso(x, zone)?;
                }
            }
            for (k, s) in extra {
                map.entry(k).or_insert(Value::String(s));
            }
        }
        Value::Array(a) => {
            for x in a {
                add_iso(x, zone)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// `--vargas all` or `D9,D10,D2:parashara` for `jyotish chart`.
pub fn vargas_value(chart: &jyotish::Chart, spec: &str) -> Result<Value, CliError> {
    // Keys as the user wrote them ("D9", "D2:parashara"); `all` gives the
    // 23 named divisions with their default (Parashara) methods, keyed "D9".
    let list: Vec<(String, jyotish::Varga)> = if spec.eq_ignore_ascii_case("all") {
        jyotish::Varga::NAMED
            .iter()
            .map(|v| (v.division().to_string(), *v))
            .collect()
    } else {
        spec.split(',')
            .map(|s| Ok((s.trim().to_string(), jyotish::Varga::from_name(s.trim())?)))
            .collect::<Result<_, CliError>>()?
    };
    let vargas: Vec<jyotish::Varga> = list.iter().map(|(_, v)| *v).collect();
    let asc = Longitude::new(chart.ascendant.longitude)?;
    let mut grahas = [asc; 9];
    for (i, g) in chart.grahas.iter().enumerate() {
        grahas[i] = Longitude::new(g.point.longitude)?;
    }
    let mut out = serde_json::Map::new();
    for ((key, _), vc) in list
        .iter()
        .zip(jyotish::varga::varga_charts(&vargas, asc, &grahas))
    {
        let mut m = serde_json::Map::new();
        m.insert("ascendant".into(), json!(vc.ascendant.rashi.name()));
        for g in Graha::ALL {
            m.insert(g.name().into(), json!(vc.graha(g).rashi.name()));
        }
        out.insert(key.clone(), Value::Object(m));
    }
    Ok(Value::Object(out))
}

/// `jyotish dasha`.
#[derive(clap::Args, Deserialize, Debug, Default)]
#[serde(default, deny_unknown_fields)]
pub struct DashaArgs {
    /// Latitude (accepted for symmetry with `chart`; the Moon-seeded dashas do not depend on it).
    #[arg(long, allow_hyphen_values = true)]
    pub lat: Option<f64>,
    /// Longitude, degrees east.
    #[arg(long, allow_hyphen_values = true)]
    pub lon: Option<f64>,
    /// Dasha system (vimshottari, ashtottari, yogini, …).
    #[arg(long)]
    pub system: Option<String>,
    /// Depth of the tree printed, 1 (mahadashas) to 6 (deha).
    #[arg(long)]
    pub levels: Option<u8>,
    /// Year length in days: 365.256364 (default), 365.25, 365.2425, 365.24219 or 360.
    #[arg(long)]
    pub year_days: Option<f64>,
    /// Ayanamsa (default lahiri).
    #[arg(long)]
    pub ayanamsa: Option<String>,
    /// Print the periods running at this instant (YYYY-MM-DD[THH:MM], in the birth zone or UTC).
    #[arg(long)]
    pub at: Option<String>,
    #[command(flatten)]
    #[serde(flatten)]
    pub instant: InstantArgs,
}

pub fn dasha(args: &DashaArgs) -> Result<Value, CliError> {
    use jyotish::dasha::YearLength;
    let system = jyotish::DashaSystem::from_name(args.system.as_deref().unwrap_or("vimshottari"))?;
    let levels = jyotish::DashaLevel::try_from(args.levels.unwrap_or(2))?;
    let year = match args.year_days {
        None => YearLength::Sidereal,
        Some(d) => YearLength::ALL
            .into_iter()
            .find(|y| (y.days() - d).abs() < 1e-9)
            .ok_or_else(|| {
                CliError::invalid(format!(
                    "--year-days {d}: allowed are 365.256364, 365.25, 365.2425, 365.24219, 360"
                ))
            })?,
    };
    let ayanamsa = Ayanamsa::from_name(args.ayanamsa.as_deref().unwrap_or("lahiri"))?;
    let i = args.instant.resolve()?;
    let opts = jyotish::DashaOptions {
        year,
        ..Default::default()
    };
    let d = jyotish::Dasha::from_moon(system, i.ut, ayanamsa, opts)?;
    let zone = i.zone.as_ref();
    if let Some(at) = &args.at {
        let local = crate::instant::parse_date_or_datetime(at)?;
        let t = match zone {
            Some(z) => JulianDayUt::from_local(&local, z, jyotish::Disambiguation::Earlier)?,
            None => JulianDayUt::from_utc(&local.and_utc())?,
        };
        let path = d.at(
            t,
            jyotish::DashaLevel::try_from(args.levels.unwrap_or(5).max(1))?,
        )?;
        let mut running = Vec::new();
        for p in path.iter() {
            running.push(json!({
                "level": p.level(),
                "lord": p.lord(),
                "start": iso(p.start().value(), zone)?,
                "end": iso(p.end().value(), zone)?,
            }));
        }
        return Ok(
            json!({ "system": system.key(), "at": iso(t.value(), zone)?, "running": running }),
        );
    }
    let report = d.report(levels);
    let mut v = serde_json::to_value(&report).expect("report serialises");
    fn dates(v: &mut Value, zone: Option<&Zone>) -> Result<(), CliError> {
        if let Value::Object(m) = v {
            for key in ["start", "end"] {
                if let Some(jd) = m.get(key).and_then(Value::as_f64) {
                    m.insert(format!("{key}_jd_ut"), json!(jd));
                    m.insert(key.into(), json!(iso(jd, zone)?));
                }
            }
            if let Some(Value::Array(subs)) = m.get_mut("sub_periods") {
                for s in subs {
                    dates(s, zone)?;
                }
            }
        }
        Ok(())
    }
    if let Some(Value::Array(periods)) = v.get_mut("periods") {
        for p in periods {
            dates(p, zone)?;
        }
    }
    v["system"] = json!(system.key());
    Ok(v)
}

/// `jyotish panchang`.
#[derive(clap::Args, Deserialize, Debug, Default)]
#[serde(default, deny_unknown_fields)]
pub struct PanchangArgs {
    /// Civil date YYYY-MM-DD in the zone.
    #[arg(long)]
    pub date: Option<String>,
    /// IANA time zone of the date (default UTC).
    #[arg(long)]
    pub tz: Option<String>,
    /// Latitude, degrees north.
    #[arg(long, allow_hyphen_values = true)]
    pub lat: Option<f64>,
    /// Longitude, degrees east.
    #[arg(long, allow_hyphen_values = true)]
    pub lon: Option<f64>,
    /// Elevation, metres.
    #[arg(long, allow_hyphen_values = true)]
    pub elevation: Option<f64>,
    /// Number of consecutive days (default 1; then a list).
    #[arg(long)]
    pub days: Option<u32>,
    /// Output format.
    #[arg(long, value_parser = ["json", "text"], default_value = "json")]
    #[serde(skip)]
    pub format: String,
}

fn panchang_day(p: &jyotish::Panchang, zone: &Zone) -> Result<Value, CliError> {
    let z = Some(zone);
    let opt = |x: Option<f64>| -> Result<Value, CliError> {
        Ok(x.map(|jd| iso(jd, z))
            .transpose()?
            .map_or(Value::Null, Value::String))
    };
    let t = &p.tithis[0];
    let n = &p.nakshatras[0];
    let y = &p.yogas[0];
    let k = &p.karanas[0];
    let mut full = serde_json::to_value(p).expect("panchang serialises");
    add_iso(&mut full, z)?;
    Ok(json!({
        "date": p.date.to_string(),
        "day_basis": full["day_basis"],
        "sunrise": opt(p.sunrise_jd_ut)?,
        "sunset": opt(p.sunset_jd_ut)?,
        "moonrise": opt(p.moonrise_jd_ut)?,
        "moonset": opt(p.moonset_jd_ut)?,
        "vara": p.vara.name(),
        "tithi": {
            "number": t.value.number(), "name": t.value.name(), "paksha": t.value.paksha().name(),
            "starts_at": iso(t.start_jd_ut, z)?, "ends_at": iso(t.end_jd_ut, z)?,
        },
        "nakshatra": {
            "number": n.value.number(), "name": n.value.name(), "pada": p.pada_at_start,
            "starts_at": iso(n.start_jd_ut, z)?, "ends_at": iso(n.end_jd_ut, z)?,
        },
        "yoga": {
            "number": y.value.number(), "name": y.value.name(),
            "starts_at": iso(y.start_jd_ut, z)?, "ends_at": iso(y.end_jd_ut, z)?,
        },
        "karana": {
            "number": k.value.number, "name": full["karanas"][0]["value"]["name"],
            "starts_at": iso(k.start_jd_ut, z)?, "ends_at": iso(k.end_jd_ut, z)?,
        },
        "rahu_kalam": full["muhurtas"]["rahu_kalam"].clone(),
        "masa": {
            "amanta": full["calendar"]["amanta_month"], "purnimanta": full["calendar"]["purnimanta_month"],
            "adhika": p.calendar.adhika,
        },
        "detail": full,
    }))
}

pub fn panchang(args: &PanchangArgs) -> Result<Value, CliError> {
    let date = args
        .date
        .as_deref()
        .ok_or_else(|| CliError::invalid("panchang needs --date YYYY-MM-DD".to_string()))?;
    let date = chrono::NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").map_err(|_| {
        CliError::invalid(format!(
            "--date {date:?} is not a real calendar date YYYY-MM-DD"
        ))
    })?;
    let zone = Zone::iana(args.tz.as_deref().unwrap_or("UTC"))?;
    let (Some(lat), Some(lon)) = (args.lat, args.lon) else {
        return Err(CliError::invalid(
            "panchang needs --lat and --lon".to_string(),
        ));
    };
    let place = jyotish::Place::new(lat, lon, args.elevation.unwrap_or(0.0))?;
    let opts = jyotish::PanchangOptions::default();
    let days = args.days.unwrap_or(1);
    if days <= 1 {
        let p = jyotish::panchang::panchang(date, &zone, &place, &opts)?;
        return panchang_day(&p, &zone);
    }
    let all = jyotish::panchang::panchang_days(date, days, &zone, &place, &opts)?;
    Ok(Value::Array(
        all.iter()
            .map(|p| panchang_day(p, &zone))
            .collect::<Result<_, _>>()?,
    ))
}

/// The panchang as text for a person.
pub fn panchang_text(args: &PanchangArgs) -> Result<String, CliError> {
    let v = panchang(args)?;
    let days = match v {
        Value::Array(a) => a,
        one => vec![one],
    };
    let mut out = String::new();
    for d in days {
        let s = |x: &Value| {
            x.as_str()
                .map(str::to_string)
                .unwrap_or_else(|| x.to_string())
        };
        out.push_str(&format!(
            "{} {}: sunrise {}, sunset {}\n  tithi {} ({}) until {}\n  nakshatra {} pada {} until {}\n  yoga {} until {}\n  karana {} until {}\n  Rahu kalam {} – {}\n  month {} (amanta), {} (purnimanta)\n",
            s(&d["date"]), s(&d["vara"]), s(&d["sunrise"]), s(&d["sunset"]),
            s(&d["tithi"]["name"]), s(&d["tithi"]["paksha"]), s(&d["tithi"]["ends_at"]),
            s(&d["nakshatra"]["name"]), s(&d["nakshatra"]["pada"]), s(&d["nakshatra"]["ends_at"]),
            s(&d["yoga"]["name"]), s(&d["yoga"]["ends_at"]),
            s(&d["karana"]["name"]), s(&d["karana"]["ends_at"]),
            s(&d["rahu_kalam"]["start"]), s(&d["rahu_kalam"]["end"]),
            s(&d["masa"]["amanta"]), s(&d["masa"]["purnimanta"]),
        ));
    }
    Ok(out)
}

/// `jyotish match`: each person by birth data or by nakshatra and pada.
#[derive(clap::Args, Deserialize, Debug, Default)]
#[serde(default, deny_unknown_fields)]
pub struct MatchArgs {
    /// Boy's local birth date-time.
    #[arg(long)]
    pub boy_datetime: Option<String>,
    /// Boy's IANA zone.
    #[arg(long)]
    pub boy_tz: Option<String>,
    /// Boy's latitude.
    #[arg(long, allow_hyphen_values = true)]
    pub boy_lat: Option<f64>,
    /// Boy's longitude.
    #[arg(long, allow_hyphen_values = true)]
    pub boy_lon: Option<f64>,
    /// Boy's Moon nakshatra, by name or number 1–27 (instead of birth data).
    #[arg(long)]
    pub boy_nakshatra: Option<String>,
    /// Boy's Moon pada 1–4.
    #[arg(long)]
    pub boy_pada: Option<u8>,
    /// Girl's local birth date-time.
    #[arg(long)]
    pub girl_datetime: Option<String>,
    /// Girl's IANA zone.
    #[arg(long)]
    pub girl_tz: Option<String>,
    /// Girl's latitude.
    #[arg(long, allow_hyphen_values = true)]
    pub girl_lat: Option<f64>,
    /// Girl's longitude.
    #[arg(long, allow_hyphen_values = true)]
    pub girl_lon: Option<f64>,
    /// Girl's Moon nakshatra, by name or number 1–27.
    #[arg(long)]
    pub girl_nakshatra: Option<String>,
    /// Girl's Moon pada 1–4.
    #[arg(long)]
    pub girl_pada: Option<u8>,
}

fn parse_nakshatra(text: &str) -> Result<u8, CliError> {
    if let Ok(n) = text.trim().parse::<u8>() {
        return Ok(n);
    }
    let key: String = text
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    jyotish::Nakshatra::ALL
        .iter()
        .find(|n| {
            n.name()
                .chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase()
                == key
        })
        .map(|n| n.number())
        .ok_or_else(|| {
            CliError::invalid(format!(
                "unknown nakshatra {text:?}: give a name such as Rohini or a number 1–27"
            ))
        })
}

/// One person: Moon class, and Kuja input when the birth data are given.
fn person(
    who: &str,
    datetime: &Option<String>,
    tz: &Option<String>,
    lat: Option<f64>,
    lon: Option<f64>,
    nakshatra: &Option<String>,
    pada: Option<u8>,
) -> Result<(MoonClass, Option<KujaInput>), CliError> {
    if let Some(n) = nakshatra {
        let pada = pada.ok_or_else(|| {
            CliError::invalid(format!("--{who}-nakshatra needs --{who}-pada 1–4"))
        })?;
        return Ok((MoonClass::new(parse_nakshatra(n)?, pada)?, None));
    }
    let args = ChartArgs {
        lat,
        lon,
        instant: InstantArgs {
            datetime: datetime.clone(),
            tz: tz.clone(),
            ..Default::default()
        },
        ..Default::default()
    };
    if datetime.is_none() {
        return Err(CliError::invalid(format!(
            "give --{who}-datetime, --{who}-tz, --{who}-lat, --{who}-lon, or --{who}-nakshatra and --{who}-pada"
        )));
    }
    let (c, _) = chart_value(&args)?;
    let sign = |g: Graha| c.graha(g).point.rashi;
    let kuja = KujaInput {
        lagna: c.ascendant.rashi,
        moon: sign(Graha::Moon),
        venus: sign(Graha::Venus),
        mars: sign(Graha::Mars),
        mars_house_from_lagna: None,
        jupiter: sign(Graha::Jupiter),
        saturn: sign(Graha::Saturn),
        rahu: sign(Graha::Rahu),
        mars_retrograde: c.graha(Graha::Mars).retrograde,
    };
    Ok((
        MoonClass::from_longitude(Longitude::new(c.graha(Graha::Moon).point.longitude)?),
        Some(kuja),
    ))
}

pub fn matching(a: &MatchArgs) -> Result<Value, CliError> {
    let (boy, boy_kuja) = person(
        "boy",
        &a.boy_datetime,
        &a.boy_tz,
        a.boy_lat,
        a.boy_lon,
        &a.boy_nakshatra,
        a.boy_pada,
    )?;
    let (girl, girl_kuja) = person(
        "girl",
        &a.girl_datetime,
        &a.girl_tz,
        a.girl_lat,
        a.girl_lon,
        &a.girl_nakshatra,
        a.girl_pada,
    )?;
    let m = jyotish::matching::ashtakoot(boy, girl, &AshtakootOptions::default());
    let kootas: Vec<Value> = m
        .kootas()
        .iter()
        .map(|k| json!({ "name": k.koota.key(), "score": k.points, "max": k.max, "score_after_exceptions": k.points_after_exceptions }))
        .collect();
    let south = jyotish::matching::dashakoot(boy, girl, &DashakootOptions::default());
    // Mangal dosha needs the charts; with nakshatra and pada alone it is null.
    let mangal = match (boy_kuja, girl_kuja) {
        (Some(b), Some(g)) => {
            let m = jyotish::matching::kuja_match(&b, &g, &KujaOptions::default())?;
            let mut v = serde_json::to_value(m).expect("serialises");
            v["cancelled"] = json!(!m.dosha_remains);
            v
        }
        _ => Value::Null,
    };
    Ok(json!({
        "kootas": kootas,
        "total": m.total(),
        "max": 36,
        "total_after_exceptions": m.total_after_exceptions(),
        "exceptions": serde_json::to_value(m.exceptions_fired()).expect("serialises"),
        "mangal_dosha": mangal,
        "poruthams": serde_json::to_value(south).expect("serialises"),
        "boy": { "nakshatra": boy.nakshatra().name(), "pada": boy.pada(), "rashi": boy.rashi().name() },
        "girl": { "nakshatra": girl.nakshatra().name(), "pada": girl.pada(), "rashi": girl.rashi().name() },
    }))
}

/// The yogas present in a chart, with Maandi placed by the upagraha
/// module's defaults (the middle of Saturn's part of the day or night) so
/// that the yogas reading Maandi are evaluated; where the birth has no
/// sunrise or sunset (polar day or night) Maandi is left out and those
/// yogas do not fire.
pub fn yogas_value(chart: &jyotish::Chart) -> Value {
    use jyotish::upagraha::{Kalavela, UpagrahaOptions, kalavela_of};
    let mut facts = jyotish::yoga::ChartFacts::from_chart(chart);
    if let Ok(m) = kalavela_of(chart, Kalavela::Maandi, &UpagrahaOptions::default()) {
        facts = facts.with_maandi(m.point.longitude);
    }
    Value::Array(
        jyotish::yoga::evaluate(&facts)
            .iter()
            .map(|m| {
                json!({
                    "name": m.yoga.name,
                    "family": m.yoga.family,
                    "source": m.yoga.source,
                    "grahas": m.grahas,
                    "houses": m.houses,
                })
            })
            .collect(),
    )
}

/// `jyotish yogas --list --format text`: the catalogue for a person to browse: one line a yoga (name, source,
/// other names), grouped under its family.
pub fn yogas_list_text() -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let mut family = None;
    for y in jyotish::yoga::CATALOGUE.iter() {
        if family != Some(y.family) {
            family = Some(y.family);
            let name = serde_json::to_value(y.family)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            let _ = writeln!(out, "\n{}", name.replace('_', " "));
        }
        let _ = write!(out, "  {:<28} {}", y.name, y.source);
        if !y.aliases.is_empty() {
            let _ = write!(out, "  [{}]", y.aliases.join(", "));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "\n{} yogas", jyotish::yoga::CATALOGUE.len());
    out
}

/// `jyotish yogas --list`: the catalogue as JSON (name, aliases, family and
/// source of each).
pub fn yogas_list() -> Value {
    Value::Array(
        jyotish::yoga::CATALOGUE
            .iter()
            .map(|y| json!({ "name": y.name, "aliases": y.aliases, "family": y.family, "source": y.source }))
            .collect(),
    )
}
