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
    let result = match command.as_ref().and_then(Value::as_str) {
        Some("time") => parse::<TimeArgs>(params).and_then(|a| time(&a)),
        Some("ayanamsa") => parse::<AyanamsaArgs>(params).and_then(|a| ayanamsa(&a)),
        Some("positions") => parse::<PositionsArgs>(params).and_then(|a| positions(&a)),
        Some(other) => Err(CliError {
            kind: "unknown_command",
            message: format!("unknown command {other:?}: allowed are time, ayanamsa, positions"),
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
