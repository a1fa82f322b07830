//! The commands: argument structs shared by flags and batch requests, and
//! the JSON they print.

use crate::instant::{InstantArgs, iso_local, iso_utc};
use jyotish::{
    Ayanamsa, AyanamsaModel, JulianDayTt, apparent_sidereal_time_deg, mean_sidereal_time_deg,
};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

/// An error for the user: a kind (stable snake_case) and a message.
#[derive(Debug)]
pub struct CliError {
    pub kind: &'static str,
    pub message: String,
}

impl CliError {
    pub fn invalid(message: String) -> Self {
        CliError {
            kind: "invalid_input",
            message,
        }
    }
}

impl From<jyotish::Error> for CliError {
    fn from(e: jyotish::Error) -> Self {
        use jyotish::Error as E;
        let kind = match &e {
            E::OutOfRange { .. } => "out_of_range",
            E::NotFinite { .. } => "not_finite",
            E::UnknownTimeZone { .. } => "unknown_time_zone",
            E::NonexistentLocalTime { .. } => "nonexistent_local_time",
            E::AmbiguousLocalTime { .. } => "ambiguous_local_time",
            E::InvalidDate { .. } => "invalid_date",
            E::UnknownName { .. } => "unknown_name",
            E::OutsideEphemeris { .. } => "outside_ephemeris",
            E::HousesUndefined { .. } => "houses_undefined",
            _ => "error",
        };
        CliError {
            kind,
            message: e.to_string(),
        }
    }
}

/// `jyotish time`.
#[derive(clap::Args, Deserialize, Debug, Default)]
#[serde(default, deny_unknown_fields)]
pub struct TimeArgs {
    #[command(flatten)]
    #[serde(flatten)]
    pub instant: InstantArgs,
}

#[derive(Serialize)]
struct TimeOutput {
    utc: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    local: Option<String>,
    jd_ut: f64,
    jd_tt: f64,
    delta_t_seconds: f64,
    gmst_deg: f64,
    gast_deg: f64,
}

pub fn time(args: &TimeArgs) -> Result<Value, CliError> {
    let i = args.instant.resolve()?;
    let out = TimeOutput {
        utc: iso_utc(i.ut)?,
        local: i.zone.as_ref().map(|z| iso_local(i.ut, z)).transpose()?,
        jd_ut: i.ut.value(),
        jd_tt: i.tt.value(),
        delta_t_seconds: (i.tt.value() - i.ut.value()) * 86_400.0,
        gmst_deg: mean_sidereal_time_deg(i.ut),
        gast_deg: apparent_sidereal_time_deg(i.ut),
    };
    Ok(serde_json::to_value(out).expect("plain struct serialises"))
}

/// `jyotish ayanamsa`.
#[derive(clap::Args, Deserialize, Debug, Default)]
#[serde(default, deny_unknown_fields)]
pub struct AyanamsaArgs {
    /// System by name (see --list); default lahiri; `user` with --epoch-jd-tt and --epoch-degrees.
    #[arg(long)]
    pub system: Option<String>,
    /// For --system user: the epoch (Julian day, TT) at which the value is given.
    #[arg(long)]
    pub epoch_jd_tt: Option<f64>,
    /// For --system user: the ayanamsa at that epoch, degrees.
    #[arg(long, allow_hyphen_values = true)]
    pub epoch_degrees: Option<f64>,
    /// List every system: name, label, Swiss Ephemeris mode number, whether star-based.
    #[arg(long)]
    pub list: bool,
    #[command(flatten)]
    #[serde(flatten)]
    pub instant: InstantArgs,
}

pub fn ayanamsa(args: &AyanamsaArgs) -> Result<Value, CliError> {
    if args.list {
        let list: Vec<Value> = Ayanamsa::ALL
            .iter()
            .map(|a| {
                json!({
                    "name": a.name(),
                    "label": a.label(),
                    "swiss_mode": a.index(),
                    "star_based": a.is_star_based(),
                })
            })
            .collect();
        return Ok(Value::Array(list));
    }
    let name = args.system.as_deref().unwrap_or("lahiri");
    let model = if name == "user" {
        match (args.epoch_jd_tt, args.epoch_degrees) {
            (Some(jd), Some(deg)) => AyanamsaModel::user_defined(JulianDayTt::new(jd)?, deg)?,
            _ => {
                return Err(CliError::invalid(
                    "--system user needs --epoch-jd-tt and --epoch-degrees".to_string(),
                ));
            }
        }
    } else {
        if args.epoch_jd_tt.is_some() || args.epoch_degrees.is_some() {
            return Err(CliError::invalid(
                "--epoch-jd-tt and --epoch-degrees go with --system user only".to_string(),
            ));
        }
        Ayanamsa::from_name(name)?.model()
    };
    let i = args.instant.resolve()?;
    let v = model.at(i.tt);
    let mut out = serde_json::to_value(v).expect("plain struct serialises");
    out["jd_ut"] = json!(i.ut.value());
    out["jd_tt"] = json!(i.tt.value());
    if v.system.is_none() {
        out["system"] = json!("user");
    }
    Ok(out)
}

/// `jyotish positions`.
#[derive(clap::Args, Deserialize, Debug, Default)]
#[serde(default, deny_unknown_fields)]
pub struct PositionsArgs {
    /// Sidereal longitudes with this ayanamsa (see `jyotish ayanamsa --list`); tropical if absent.
    #[arg(long)]
    pub ayanamsa: Option<String>,
    #[command(flatten)]
    #[serde(flatten)]
    pub instant: InstantArgs,
}

#[derive(Serialize)]
struct BodyOutput {
    body: jyotish::Body,
    longitude: f64,
    latitude: f64,
    distance_au: f64,
    longitude_speed: f64,
    retrograde: bool,
}

pub fn positions(args: &PositionsArgs) -> Result<Value, CliError> {
    let ayanamsa = args
        .ayanamsa
        .as_deref()
        .map(Ayanamsa::from_name)
        .transpose()?;
    let i = args.instant.resolve()?;
    let all = jyotish::ephemeris::all_positions(i.tt)?;
    let shift = ayanamsa.map(|a| a.at(i.tt));
    let bodies: Vec<BodyOutput> = all
        .iter()
        .map(|p| BodyOutput {
            body: p.body,
            longitude: match shift {
                // Sidereal = apparent tropical − true ayanamsa (mean + Δψ).
                Some(a) => (p.longitude - a.true_degrees).rem_euclid(360.0),
                None => p.longitude,
            },
            latitude: p.latitude,
            distance_au: p.distance_au,
            longitude_speed: p.longitude_speed,
            retrograde: p.is_retrograde(),
        })
        .collect();
    let mut out = json!({
        "jd_ut": i.ut.value(),
        "jd_tt": i.tt.value(),
        "zodiac": if ayanamsa.is_some() { "sidereal" } else { "tropical" },
        "bodies": bodies,
    });
    if let (Some(a), Some(v)) = (ayanamsa, shift) {
        out["ayanamsa"] = json!(a.name());
        out["ayanamsa_degrees"] = json!(v.true_degrees);
    }
    Ok(out)
}

/// `jyotish chart`.
#[derive(clap::Args, Deserialize, Debug, Default)]
#[serde(default, deny_unknown_fields)]
pub struct ChartArgs {
    /// Latitude, degrees north positive.
    #[arg(long, allow_hyphen_values = true)]
    pub lat: Option<f64>,
    /// Longitude, degrees east positive.
    #[arg(long, allow_hyphen_values = true)]
    pub lon: Option<f64>,
    /// Elevation above sea level, metres.
    #[arg(long, allow_hyphen_values = true)]
    pub elevation: Option<f64>,
    /// Start from a preset: jagannatha_hora, drik_panchang, raman, kp.
    #[arg(long)]
    pub preset: Option<String>,
    /// Ayanamsa name (see `jyotish ayanamsa --list`) or `tropical`.
    #[arg(long)]
    pub ayanamsa: Option<String>,
    /// House system for each graha's house (see `jyotish houses --list`).
    #[arg(long)]
    pub houses: Option<String>,
    /// Second house system for bhavas, or `none`.
    #[arg(long)]
    pub bhava: Option<String>,
    /// Rahu as the `true` or the `mean` node.
    #[arg(long, value_parser = ["true", "mean"])]
    pub node: Option<String>,
    /// Beyond the polar circles use Porphyry where the system is undefined.
    #[arg(long)]
    pub polar_fallback: bool,
    /// Divisional charts to add: `all` or a list such as D9,D10,D2:parashara.
    #[arg(long)]
    pub vargas: Option<String>,
    /// Add the yogas present in the chart.
    #[arg(long)]
    pub yogas: bool,
    /// Add the upagrahas: Dhuma … Upaketu from the Sun, and Kala, Mrityu,
    /// Ardhaprahara, Yamaghantaka, Gulika (start of Saturn's part) and
    /// Maandi (its middle) from the day or night of birth.
    #[arg(long)]
    pub upagrahas: bool,
    /// Output format.
    #[arg(long, value_parser = ["json", "text"], default_value = "json")]
    #[serde(skip)]
    pub format: String,
    #[command(flatten)]
    #[serde(flatten)]
    pub instant: InstantArgs,
}

impl ChartArgs {
    fn config(&self) -> Result<jyotish::ChartConfig, CliError> {
        let mut c = match &self.preset {
            Some(p) => jyotish::ChartConfig::preset(p)?,
            None => jyotish::ChartConfig::default(),
        };
        if let Some(a) = &self.ayanamsa {
            c.ayanamsa = if a.eq_ignore_ascii_case("tropical") {
                None
            } else {
                Some(Ayanamsa::from_name(a)?)
            };
        }
        if let Some(h) = &self.houses {
            c.house_system = jyotish::HouseSystem::from_name(h)?;
        }
        if let Some(b) = &self.bhava {
            c.bhava_system = if b.eq_ignore_ascii_case("none") {
                None
            } else {
                Some(jyotish::HouseSystem::from_name(b)?)
            };
        }
        match self.node.as_deref() {
            Some("mean") => c.node = jyotish::NodeKind::Mean,
            Some("true") => c.node = jyotish::NodeKind::True,
            Some(other) => {
                return Err(CliError::invalid(format!(
                    "--node {other:?}: allowed are true, mean"
                )));
            }
            None => {}
        }
        if self.polar_fallback {
            c.polar_fallback = true;
        }
        Ok(c)
    }
}

/// Builds the chart for `jyotish chart` and batch.
pub fn chart_value(args: &ChartArgs) -> Result<(jyotish::Chart, Value), CliError> {
    let (Some(lat), Some(lon)) = (args.lat, args.lon) else {
        return Err(CliError::invalid("chart needs --lat and --lon".to_string()));
    };
    let config = args.config()?;
    let i = args.instant.resolve()?;
    let birth = jyotish::BirthData::new(i.ut, lat, lon, args.elevation.unwrap_or(0.0))?;
    let chart = jyotish::Chart::new(&birth, &config)?;
    let mut v = serde_json::to_value(&chart).expect("chart serialises");
    if let Some(spec) = &args.vargas {
        v["vargas"] = crate::derived::vargas_value(&chart, spec)?;
    }
    if args.yogas {
        v["yogas"] = crate::derived::yogas_value(&chart);
    }
    if args.upagrahas {
        v["upagrahas"] = serde_json::to_value(upagrahas(&chart)?).expect("upagrahas serialise");
    }
    v["utc"] = json!(crate::instant::iso_utc(i.ut)?);
    if let Some(z) = &i.zone {
        v["local"] = json!(iso_local(i.ut, z)?);
    }
    Ok((chart, v))
}

/// The upagrahas of a chart with the default options (BPHS; Maandi at the
/// middle of Saturn's part).
fn upagrahas(chart: &jyotish::Chart) -> Result<jyotish::upagraha::Upagrahas, CliError> {
    Ok(jyotish::upagraha::Upagrahas::of_chart(
        chart,
        &jyotish::upagraha::UpagrahaOptions::default(),
    )?)
}

pub fn chart(args: &ChartArgs) -> Result<Value, CliError> {
    chart_value(args).map(|(_, v)| v)
}

/// The chart as a table for a person.
pub fn chart_text(args: &ChartArgs) -> Result<String, CliError> {
    use std::fmt::Write;
    let (c, v) = chart_value(args)?;
    let mut out = String::new();
    let dms = |d: f64| format!("{:.0}", jyotish::Dms::from_degrees(d));
    let _ = writeln!(
        out,
        "Chart for {} (JD UT {:.6})",
        v["utc"].as_str().unwrap_or(""),
        c.jd_ut
    );
    match &c.ayanamsa {
        Some(a) => {
            let _ = writeln!(
                out,
                "Ayanamsa {}: {}",
                a.system.map_or("user", |s| s.name()),
                dms(a.true_degrees)
            );
        }
        None => {
            let _ = writeln!(out, "Tropical zodiac");
        }
    }
    let _ = writeln!(out, "Houses: {}", c.houses.system.name());
    let _ = writeln!(
        out,
        "{:<9} {:>13} {:<12} {:<17} {:>4} {:>5} {:<13} notes",
        "", "in sign", "sign", "nakshatra", "pada", "house", "dignity"
    );
    let a = &c.ascendant;
    let _ = writeln!(
        out,
        "{:<9} {:>13} {:<12} {:<17} {:>4} {:>5}",
        "Lagna",
        dms(a.degree_in_rashi),
        a.rashi.name(),
        a.nakshatra.name(),
        a.pada,
        1
    );
    for g in &c.grahas {
        let mut notes = Vec::new();
        if g.retrograde {
            notes.push("R");
        }
        if g.combust {
            notes.push("combust");
        }
        let _ = writeln!(
            out,
            "{:<9} {:>13} {:<12} {:<17} {:>4} {:>5} {:<13} {}",
            g.graha.name(),
            dms(g.point.degree_in_rashi),
            g.point.rashi.name(),
            g.point.nakshatra.name(),
            g.point.pada,
            g.house,
            format!("{:?}", g.dignity),
            notes.join(" ")
        );
    }
    for o in &c.outer_planets {
        let _ = writeln!(
            out,
            "{:<9} {:>13} {:<12} {:<17} {:>4} {:>5} {:<13} {}",
            o.body.name(),
            dms(o.point.degree_in_rashi),
            o.point.rashi.name(),
            o.point.nakshatra.name(),
            o.point.pada,
            o.house,
            "",
            if o.retrograde { "R" } else { "" }
        );
    }
    if args.upagrahas {
        let u = upagrahas(&c)?;
        let points = u
            .sun_based
            .iter()
            .map(|p| (p.upagraha.name(), &p.point))
            .chain(u.kalavelas.iter().map(|k| (k.kalavela.name(), &k.point)));
        for (name, p) in points {
            let _ = writeln!(
                out,
                "{:<12} {:>10} {:<12} {:<17} {:>4}",
                name,
                dms(p.degree_in_rashi),
                p.rashi.name(),
                p.nakshatra.name(),
                p.pada
            );
        }
    }
    Ok(out)
}

/// `jyotish houses --list`.
pub fn houses_list() -> Value {
    Value::Array(
        jyotish::HouseSystem::ALL
            .iter()
            .map(|h| json!(h.name()))
            .collect(),
    )
}

/// One batch request line → one answer object.
pub fn batch_line(line: &str) -> Value {
    let request: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => {
            return error_answer(
                Value::Null,
                &CliError::invalid(format!("not a JSON object: {e}")),
            );
        }
    };
    let Value::Object(mut map) = request else {
        return error_answer(
            Value::Null,
            &CliError::invalid("a request must be a JSON object".to_string()),
        );
    };
    let id = map.remove("id").unwrap_or(Value::Null);
    let command = map.remove("command");
    let params = Value::Object(map);
    let result =
        match command.as_ref().and_then(Value::as_str) {
            Some("time") => parse::<TimeArgs>(params).and_then(|a| time(&a)),
            Some("ayanamsa") => parse::<AyanamsaArgs>(params).and_then(|a| ayanamsa(&a)),
            Some("positions") => parse::<PositionsArgs>(params).and_then(|a| positions(&a)),
            Some("chart") => parse::<ChartArgs>(params).and_then(|a| chart(&a)),
            Some("dasha") => {
                parse::<crate::derived::DashaArgs>(params).and_then(|a| crate::derived::dasha(&a))
            }
            Some("panchang") => parse::<crate::derived::PanchangArgs>(params)
                .and_then(|a| crate::derived::panchang(&a)),
            Some("match") => parse::<crate::derived::MatchArgs>(params)
                .and_then(|a| crate::derived::matching(&a)),
            Some(other) => Err(CliError {
                kind: "unknown_command",
                message: format!(
                    "unknown command {other:?}: allowed are time, ayanamsa, positions, chart"
                ),
            }),
            None => Err(CliError::invalid(
                "missing \"command\" (time or ayanamsa)".to_string(),
            )),
        };
    match result {
        Ok(value) => json!({ "id": id, "result": value }),
        Err(e) => error_answer(id, &e),
    }
}

fn parse<T: for<'de> Deserialize<'de>>(params: Value) -> Result<T, CliError> {
    serde_json::from_value(params).map_err(|e| CliError::invalid(format!("bad parameters: {e}")))
}

fn error_answer(id: Value, e: &CliError) -> Value {
    json!({ "id": id, "error": { "kind": e.kind, "message": e.message } })
}
