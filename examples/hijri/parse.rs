//! `parse` and `find`: read dates as people write them, print them in both calendars.

use std::io::{self, BufWriter, Read, Write};

use clap::Args;
use hijri_calendar::format::Printer;
use hijri_calendar::parse::{ParseError, Parsed, Parser, Written};
use hijri_calendar::{Calendar, GregorianDate, HijriDate};

use crate::cli::{self, Input};
use crate::format_args::{FormatArgs, Output};

/// Text after `parse --help`.
pub const PARSE_HELP: &str = "\
Without --format each date is printed in both calendars:
  hijri parse '14 صفر 1442هـ'        Thursday 2020-10-01 = 1442-02-14 islamic-umalqura
With --format PRESET_OR_PATTERN (iso, numeric, long, dual or a pattern, as for to-hijri; see
hijri to-hijri --help), --lang and --digits, the Hijri date (converted when only a Gregorian
one was written) is printed that way:
  hijri parse --format dual --digits arabic '1 October 2020'
                                     الخميس ١٤ صفر ١٤٤٢هـ الموافق ١ أكتوبر ٢٠٢٠م";

/// Options of `parse`.
#[derive(Args, Debug)]
#[command(after_help = PARSE_HELP)]
pub struct ParseArgs {
    /// The Hijri calendar of the results.
    #[arg(long, value_name = "NAME", default_value = "islamic-umalqura", value_parser = cli::parse_calendar)]
    pub calendar: Calendar,
    /// One JSON object per input, on one line.
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
    /// How to print each date (--lang and --digits apply to --format).
    #[command(flatten)]
    pub format: FormatArgs,
    /// Texts, each one date; read one per line from standard input when none are given.
    #[arg(value_name = "TEXT", allow_hyphen_values = true)]
    pub texts: Vec<String>,
}

/// Options of `find`.
#[derive(Args, Debug)]
pub struct FindArgs {
    /// The Hijri calendar of the results.
    #[arg(long, value_name = "NAME", default_value = "islamic-umalqura", value_parser = cli::parse_calendar)]
    pub calendar: Calendar,
    /// One JSON object per date, on one line.
    #[arg(long)]
    pub json: bool,
    /// The file to search; standard input when absent.
    #[arg(value_name = "FILE")]
    pub file: Option<std::path::PathBuf>,
}

/// How `parse` prints a date it read.
enum Style {
    /// `describe`.
    Text,
    /// `json_line`.
    Json,
    /// `--format`: the Hijri date through a pattern.
    Format(Output, Printer),
}

/// Runs `parse`; returns whether every input held a date (a full one, with `--format`).
pub fn run_parse(args: &ParseArgs) -> io::Result<bool> {
    let style = match (&args.format.format, args.json) {
        (Some(_), _) => match args.format.hijri_output() {
            Ok(output) => Style::Format(output, args.format.printer()),
            Err(message) => {
                eprintln!("hijri: --format: {message}");
                return Ok(false);
            }
        },
        (None, true) => Style::Json,
        (None, false) => Style::Text,
    };
    let parser = Parser::new().calendar(args.calendar);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let ok =
        cli::for_each_input(&args.texts, |input| parse_one(&parser, &style, &input, &mut out))?;
    out.flush()?;
    Ok(ok)
}

/// The Hijri date of `parsed` printed through `output`, or why there is none to print.
pub fn formatted(parsed: &Parsed, output: &Output, printer: &Printer) -> Result<String, String> {
    let Some(date) = parsed.hijri_date() else {
        return Err(match parsed.gregorian_date() {
            Some(g) => format!("{g} is outside {}", parsed.calendar()),
            None => "not a full date (day, month and year); --format needs one".to_string(),
        });
    };
    let mut line = String::new();
    output.write(printer, date, &mut line).map_err(|err| err.to_string())?;
    Ok(line)
}

fn parse_one(
    parser: &Parser,
    style: &Style,
    input: &Input<'_>,
    out: &mut impl Write,
) -> io::Result<bool> {
    let json = matches!(style, Style::Json);
    match parser.parse(input.text) {
        Ok(parsed) => {
            let line = match style {
                Style::Text => describe(&parsed),
                Style::Json => json_line(input.text, &parsed),
                Style::Format(output, printer) => match formatted(&parsed, output, printer) {
                    Ok(line) => line,
                    Err(message) => {
                        out.flush()?;
                        eprintln!("hijri: {}: {:?}: {message}", input.origin, input.text);
                        return Ok(false);
                    }
                },
            };
            writeln!(out, "{line}")?;
            Ok(true)
        }
        Err(err) if json => {
            writeln!(out, "{}", json_error(input.text, &err))?;
            Ok(false)
        }
        Err(err) => {
            out.flush()?;
            let span = err.span();
            eprintln!(
                "hijri: {}: {:?}: {err} (bytes {}..{})",
                input.origin, input.text, span.start, span.end
            );
            Ok(false)
        }
    }
}

/// Runs `find`; always succeeds unless the input cannot be read.
pub fn run_find(args: &FindArgs) -> io::Result<bool> {
    let mut text = String::new();
    match &args.file {
        Some(path) => text = std::fs::read_to_string(path)?,
        None => {
            io::stdin().read_to_string(&mut text)?;
        }
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for parsed in Parser::new().calendar(args.calendar).find_dates(&text) {
        let found = text.get(parsed.span().range()).unwrap_or("");
        let line = if args.json { json_line(found, &parsed) } else { describe(&parsed) };
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    Ok(true)
}

/// One line of text: `Thursday 2020-10-01 = 1442-02-14 islamic-umalqura`, with notes on a
/// pair that disagrees or a weekday that contradicts the date.
pub fn describe(parsed: &Parsed) -> String {
    let calendar = parsed.calendar();
    let mut line = match (parsed.gregorian_date(), parsed.hijri_date()) {
        (Some(g), Some(h)) if parsed.consistent() != Some(false) => {
            format!("{} {g} = {h} {calendar}", g.weekday())
        }
        (Some(g), _) => {
            let hijri = match parsed.hijri().and_then(|h| h.date()) {
                Some(h) => format!("{h} {calendar} as written"),
                None => format!("outside {calendar}"),
            };
            format!("{} {g} = {hijri}", g.weekday())
        }
        (None, _) => {
            let hijri = parsed.hijri().map(|h| format!("{} {calendar}", written_hijri(h)));
            let gregorian = parsed.gregorian().map(written_gregorian);
            match (gregorian, hijri) {
                (Some(g), Some(h)) => format!("{g} = {h}"),
                (Some(g), None) => g,
                (None, Some(h)) => h,
                (None, None) => String::new(),
            }
        }
    };
    if let Some(days) = parsed.days_apart().filter(|&d| d != 0) {
        let unit = if days.abs() == 1 { "day" } else { "days" };
        line.push_str(&format!(
            " (the dates are {} {unit} apart in {calendar})",
            days.unsigned_abs()
        ));
    }
    if parsed.weekday_matches() == Some(false) {
        if let Some(day) = parsed.weekday() {
            line.push_str(&format!(" (written weekday {day} contradicts the date)"));
        }
    }
    line
}

fn written_hijri(h: Written<HijriDate>) -> String {
    match h {
        Written::Date(date) => date.to_string(),
        Written::YearMonth { year, month } => format!("{year:04}-{month:02}"),
        Written::MonthDay { month, day } => format!("--{month:02}-{day:02}"),
    }
}

fn written_gregorian(g: Written<GregorianDate>) -> String {
    match g {
        Written::Date(date) => date.to_string(),
        Written::YearMonth { year, month } => format!("{year:04}-{month:02}"),
        Written::MonthDay { month, day } => format!("--{month:02}-{day:02}"),
    }
}

fn json_fields(year: Option<i32>, month: u8, day: Option<u8>) -> String {
    let number = |v: Option<i64>| v.map_or("null".to_string(), |v| v.to_string());
    format!(
        "{{\"year\":{},\"month\":{month},\"day\":{}}}",
        number(year.map(i64::from)),
        number(day.map(i64::from))
    )
}

/// The JSON object of a date: `text`, `span`, `hijri`, `gregorian`, `weekday`, `consistent`.
pub fn json_line(text: &str, parsed: &Parsed) -> String {
    let hijri = match (parsed.hijri(), parsed.hijri_date()) {
        (Some(h), _) => json_fields(h.year(), h.month(), h.day()),
        (None, Some(d)) => json_fields(Some(d.year()), d.month(), Some(d.day())),
        (None, None) => "null".to_string(),
    };
    let gregorian = match (parsed.gregorian(), parsed.gregorian_date()) {
        (Some(g), _) => json_fields(g.year(), g.month(), g.day()),
        (None, Some(d)) => json_fields(Some(d.year()), d.month(), Some(d.day())),
        (None, None) => "null".to_string(),
    };
    let weekday = parsed
        .weekday()
        .or(parsed.gregorian_date().map(|d| d.weekday()))
        .map_or("null".to_string(), |d| format!("\"{}\"", d.english_name().to_lowercase()));
    let consistent = parsed.consistent().map_or("null".to_string(), |c| c.to_string());
    let span = parsed.span();
    format!(
        "{{\"text\":{},\"span\":[{},{}],\"hijri\":{hijri},\"gregorian\":{gregorian},\"weekday\":{weekday},\"consistent\":{consistent}}}",
        json_string(text),
        span.start,
        span.end
    )
}

/// The JSON object of a text without a date: `text`, `error`, `span`.
pub fn json_error(text: &str, err: &ParseError) -> String {
    let span = err.span();
    format!(
        "{{\"text\":{},\"error\":{},\"span\":[{},{}]}}",
        json_string(text),
        json_string(&err.to_string()),
        span.start,
        span.end
    )
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}
