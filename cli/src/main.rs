//! `jyotish`: the command-line front end of the `jyotish` library.
//!
//! Every command prints JSON (the library's serde model) on stdout; bad
//! input prints one line on stderr and exits non-zero. `jyotish batch`
//! reads JSON Lines requests on stdin and answers one line each.

#![forbid(unsafe_code)]

mod commands;
mod derived;
mod instant;

use clap::{Parser, Subcommand};
use std::io::{BufRead, Write};
use std::process::ExitCode;

/// Vedic astrology computations: time scales, ayanamsas (and, as they land,
/// positions, charts, dashas, panchang, matching). Prints JSON.
#[derive(Parser, Debug)]
#[command(name = "jyotish", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Convert an instant between civil time, UT and TT; Delta T and sidereal time.
    Time(commands::TimeArgs),
    /// Ayanamsa of a system at an instant (mean and true), or the list of systems.
    Ayanamsa(commands::AyanamsaArgs),
    /// Geocentric apparent positions of the Sun, Moon and planets (tropical, or sidereal with --ayanamsa).
    Positions(commands::PositionsArgs),
    /// The birth chart: ascendant, grahas (sign, nakshatra, pada, KP lords, house, dignity…), houses.
    Chart(commands::ChartArgs),
    /// Dasha periods (Vimshottari and ten more) from the Moon at birth.
    Dasha(derived::DashaArgs),
    /// The day's panchang at a place: limbs with start and end, muhurtas, lunar month.
    Panchang(derived::PanchangArgs),
    /// Ashtakoot (36 gunas), the ten poruthams and Mangal dosha for two people.
    Match(derived::MatchArgs),
    /// The yoga catalogue: `--list` prints name, aliases, family and source of each.
    Yogas {
        /// List the catalogue.
        #[arg(long)]
        list: bool,
        /// Output format (`text`: one line a yoga, grouped by family).
        #[arg(long, value_parser = ["json", "text"], default_value = "json")]
        format: String,
    },
    /// House systems: `--list` prints their names.
    Houses {
        /// List the house system names.
        #[arg(long)]
        list: bool,
    },
    /// Answer JSON Lines requests from stdin: {"id": …, "command": "time" | "ayanamsa" | "positions" | "chart" | "dasha" | "panchang" | "match", …parameters}.
    Batch,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                let _ = e.print();
                return ExitCode::SUCCESS;
            }
            // One clear line: clap's first line, without the usage block.
            let text = e.render().to_string();
            let first = text.lines().next().unwrap_or("invalid arguments");
            eprintln!("{first} (see 'jyotish --help')");
            return ExitCode::from(2);
        }
    };
    let result = match cli.command {
        Command::Time(args) => commands::time(&args),
        Command::Ayanamsa(args) => commands::ayanamsa(&args),
        Command::Positions(args) => commands::positions(&args),
        Command::Chart(args) if args.format == "text" => {
            return print_text(commands::chart_text(&args));
        }
        Command::Chart(args) => commands::chart(&args),
        Command::Dasha(args) => derived::dasha(&args),
        Command::Panchang(args) if args.format == "text" => {
            return print_text(derived::panchang_text(&args));
        }
        Command::Panchang(args) => derived::panchang(&args),
        Command::Match(args) => derived::matching(&args),
        Command::Houses { list: _ } => Ok(commands::houses_list()),
        Command::Yogas { format, .. } if format == "text" => {
            return print_text(Ok(derived::yogas_list_text()));
        }
        Command::Yogas { .. } => Ok(derived::yogas_list()),
        Command::Batch => return batch(),
    };
    match result {
        Ok(value) => {
            let mut out = std::io::stdout().lock();
            // A closed pipe (e.g. `| head`) is not an error worth reporting.
            let _ = serde_json::to_writer_pretty(&mut out, &value);
            let _ = writeln!(out);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {}", e.message);
            ExitCode::from(1)
        }
    }
}

/// Prints a `--format text` result, or its error as one line.
fn print_text(result: Result<String, commands::CliError>) -> ExitCode {
    match result {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {}", e.message);
            ExitCode::from(1)
        }
    }
}

/// Runs JSON Lines requests from stdin until EOF; a bad line answers with
/// an error object and the batch goes on.
fn batch() -> ExitCode {
    let stdin = std::io::stdin().lock();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in stdin.lines() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("error: cannot read stdin: {e}");
                return ExitCode::from(1);
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let answer = commands::batch_line(&line);
        if serde_json::to_writer(&mut out, &answer).is_err() || writeln!(out).is_err() {
            return ExitCode::SUCCESS; // stdout closed
        }
    }
    let _ = out.flush();
    ExitCode::SUCCESS
}
