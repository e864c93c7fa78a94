//! `hijri`: the command-line face of the hijri-calendar crate.
//!
//! ```text
//! cargo run --release --example hijri -- to-hijri 2020-10-01        # 1442-02-14
//! cargo run --release --example hijri -- to-gregorian 1442-02-14    # 2020-10-01
//! cargo run --release --example hijri -- to-hijri --format long --lang ar 2020-10-01
//!                                                   # الخميس 14 صفر 1442هـ
//! cargo run --release --example hijri -- "14 صفر 1442هـ"  # Thursday 2020-10-01 = 1442-02-14 islamic-umalqura
//! cargo run --release --example hijri -- find --json article.txt
//! cargo run --release --example hijri -- month --lang en 1447-09   # Ramadan 1447 as a grid
//! cargo run --release --example hijri -- events g2030              # two first days of Ramadan
//! cargo run --release --example hijri -- today --at 21.4225,39.8262 --tz Asia/Riyadh
//! ```
//!
//! A first argument that is not a command is read as a date: `hijri TEXT…` is `hijri parse TEXT…`.
//!
//! Each command lives in its own file under `examples/hijri/`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[path = "hijri/cli.rs"]
mod cli;
#[path = "hijri/compare.rs"]
mod compare;
#[path = "hijri/convert.rs"]
mod convert;
#[path = "hijri/criteria.rs"]
mod criteria;
#[path = "hijri/events.rs"]
mod events;
#[path = "hijri/format_args.rs"]
mod format_args;
#[path = "hijri/month.rs"]
mod month;
#[path = "hijri/parse.rs"]
mod parse;
#[path = "hijri/today.rs"]
mod today;

/// Convert, read and print Hijri (Islamic) and Gregorian dates.
#[derive(Parser, Debug)]
#[command(name = "hijri", version, about, after_help = cli::AFTER_HELP)]
struct Args {
    #[command(subcommand)]
    command: Command,
    /// Month-start overrides (one `YYYY-MM = YYYY-MM-DD` a line; see
    /// examples/overrides.sample.txt) applied to the command's calendar, or to the file's
    /// `base:` calendar when it names one.
    #[arg(long, global = true, value_name = "FILE")]
    adjust: Option<std::path::PathBuf>,
}

impl Command {
    /// The calendar option of the command (`criteria` and `compare` compute their own).
    fn calendar_mut(&mut self) -> Option<&mut hijri_calendar::Calendar> {
        match self {
            Command::ToHijri(args) | Command::ToGregorian(args) => Some(&mut args.calendar),
            Command::Parse(args) => Some(&mut args.calendar),
            Command::Find(args) => Some(&mut args.calendar),
            Command::Month(args) => Some(&mut args.view.calendar),
            Command::Year(args) => Some(&mut args.view.calendar),
            Command::Events(args) => Some(&mut args.calendar),
            Command::Today(args) => Some(&mut args.calendar),
            Command::Criteria(_) | Command::Compare(_) => None,
        }
    }
}

/// Applies `--adjust FILE` to the command's calendar.
fn adjust(args: &mut Args) -> Result<(), String> {
    let Some(path) = &args.adjust else { return Ok(()) };
    let text = std::fs::read_to_string(path)
        .map_err(|err| format!("--adjust {}: {err}", path.display()))?;
    let calendar = args.command.calendar_mut().ok_or(
        "--adjust applies to the commands that take --calendar, not to criteria or compare",
    )?;
    let adjusted = hijri_calendar::AdjustedCalendar::from_text_with_base(&text, *calendar)
        .map_err(|err| format!("--adjust {}: {err}", path.display()))?;
    *calendar = hijri_calendar::Calendar::Adjusted(adjusted.leak());
    Ok(())
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Convert Gregorian ISO dates (YYYY-MM-DD) to Hijri dates, one per line.
    ToHijri(convert::ConvertArgs),
    /// Convert Hijri dates (YYYY-MM-DD) to Gregorian ISO dates, one per line.
    ToGregorian(convert::ConvertArgs),
    /// Read dates as people write them (Arabic, Persian, Urdu, English), one per argument or
    /// line, and print each in both calendars.
    Parse(parse::ParseArgs),
    /// Print every date found in a text (a file, or standard input), one per line.
    Find(parse::FindArgs),
    /// A month as a grid: a Hijri month (1447-09) with the Gregorian day beside each day, or
    /// a Gregorian month (g2026-02) with the Hijri day beside it; observances marked with *.
    Month(month::MonthArgs),
    /// The twelve months of a Hijri year (1447) or a Gregorian year (g2026).
    Year(month::YearArgs),
    /// The observances of a Hijri year (1447) or a Gregorian year (g2030), one per line.
    Events(events::EventsArgs),
    /// Today's Hijri date; with --at LAT,LON it changes at sunset there.
    Today(today::TodayArgs),
    /// What each computed criterion (Diyanet, KHGT, MABIMS, FCNA, Umm al-Qura rule) measured
    /// on the evening of a Gregorian day, and its verdict.
    Criteria(criteria::CriteriaArgs),
    /// The first day of each month of a Hijri year in every computed calendar, side by side.
    Compare(compare::CompareArgs),
}

/// The commands, for the message about an argument that is neither a command nor a date.
const COMMANDS: &str =
    "to-hijri, to-gregorian, parse, find, month, year, events, today, criteria, compare, help";

/// `hijri TEXT…` means `hijri parse TEXT…` when TEXT is not a command or an option. A first
/// argument that looks like a mistyped command and is not a date gets a message listing the
/// commands instead.
fn arguments() -> Result<Vec<String>, String> {
    let mut args: Vec<String> = std::env::args().collect();
    let Some(first) = args.get(1) else { return Ok(args) };
    let is_command = COMMANDS.split(", ").any(|c| c == first) || first.starts_with('-');
    if is_command {
        return Ok(args);
    }
    let looks_like_command =
        first.chars().all(|c| c.is_ascii_lowercase() || c == '-') && !first.is_empty();
    if looks_like_command && hijri_calendar::parse::parse(first).is_err() {
        return Err(format!(
            "{first:?} is neither a command nor a date; commands: {COMMANDS} (see hijri --help)"
        ));
    }
    args.insert(1, "parse".to_string());
    Ok(args)
}

/// The views report their errors as text; the other commands as `io::Error`.
fn report(result: Result<bool, String>) -> std::io::Result<bool> {
    result.map_err(std::io::Error::other)
}

fn main() -> ExitCode {
    let mut args = match arguments() {
        Ok(args) => Args::parse_from(args),
        Err(message) => {
            eprintln!("hijri: {message}");
            return ExitCode::from(2);
        }
    };
    if let Err(message) = adjust(&mut args) {
        eprintln!("hijri: {message}");
        return ExitCode::from(2);
    }
    let result = match args.command {
        Command::ToHijri(args) => convert::run(convert::Direction::ToHijri, &args),
        Command::ToGregorian(args) => convert::run(convert::Direction::ToGregorian, &args),
        Command::Parse(args) => parse::run_parse(&args),
        Command::Find(args) => parse::run_find(&args),
        Command::Month(args) => report(month::run_month(&args)),
        Command::Year(args) => report(month::run_year(&args)),
        Command::Events(args) => report(events::run(&args)),
        Command::Today(args) => report(today::run(&args)),
        Command::Criteria(args) => report(criteria::run(&args)),
        Command::Compare(args) => report(compare::run(&args)),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(err) => {
            eprintln!("hijri: {err}");
            ExitCode::from(1)
        }
    }
}
