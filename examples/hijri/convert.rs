//! `to-hijri` and `to-gregorian`: ISO dates in; dates out, one per line, ISO unless `--format`
//! says otherwise.

use std::io::{self, BufWriter, Write};

use clap::Args;
use hijri_calendar::format::Printer;
use hijri_calendar::{Calendar, GregorianDate, HijriDate};

use crate::cli::{self, Input};
use crate::format_args::{FormatArgs, Output};

/// Options of the conversion commands.
#[derive(Args, Debug)]
#[command(after_help = crate::format_args::FORMAT_HELP)]
pub struct ConvertArgs {
    /// The Hijri calendar.
    #[arg(long, value_name = "NAME", default_value = "islamic-umalqura", value_parser = cli::parse_calendar)]
    pub calendar: Calendar,
    /// How to print the dates.
    #[command(flatten)]
    pub format: FormatArgs,
    /// Dates as YYYY-MM-DD; read one per line from standard input when none are given.
    #[arg(value_name = "DATE", allow_hyphen_values = true)]
    pub dates: Vec<String>,
}

/// Which way to convert.
#[derive(Clone, Copy, Debug)]
pub enum Direction {
    /// Gregorian in, Hijri out.
    ToHijri,
    /// Hijri in, Gregorian out.
    ToGregorian,
}

/// Runs a conversion command; returns whether every input converted.
pub fn run(direction: Direction, args: &ConvertArgs) -> io::Result<bool> {
    let output = match direction {
        Direction::ToHijri => args.format.hijri_output(),
        Direction::ToGregorian => args.format.gregorian_output(),
    };
    let output = match output {
        Ok(output) => output,
        Err(message) => {
            eprintln!("hijri: {message}");
            return Ok(false);
        }
    };
    let printer = args.format.printer();
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut line = String::new();
    let ok = cli::for_each_input(&args.dates, |input| {
        let day = Day { calendar: args.calendar, printer: &printer, output: &output };
        convert_one(direction, &day, &input, &mut line, &mut out)
    })?;
    out.flush()?;
    Ok(ok)
}

/// How to read and print each day.
struct Day<'a> {
    calendar: Calendar,
    printer: &'a Printer,
    output: &'a Output,
}

fn convert_one(
    direction: Direction,
    day: &Day<'_>,
    input: &Input<'_>,
    line: &mut String,
    out: &mut impl Write,
) -> io::Result<bool> {
    let calendar = day.calendar;
    let result = iso_fields(input.text).and_then(|(year, month, day)| {
        match direction {
            Direction::ToHijri => GregorianDate::new(year, month, day)
                .and_then(|date| HijriDate::from_gregorian(calendar, date)),
            Direction::ToGregorian => HijriDate::new(calendar, year, month, day),
        }
        .map_err(|err| err.to_string())
    });
    match result {
        Ok(date) => {
            line.clear();
            // A String sink never fails.
            day.output
                .write(day.printer, date, line)
                .map_err(|_| io::Error::other("formatting failed"))?;
            out.write_all(line.as_bytes())?;
            out.write_all(b"\n")?;
            Ok(true)
        }
        Err(message) => {
            out.flush()?;
            eprintln!("hijri: {}: {:?}: {message}", input.origin, input.text);
            Ok(false)
        }
    }
}

/// Reads `[-]YYYY-MM-DD` (at least four year digits, two month and day digits, surrounding
/// white space allowed) into numbers; the calendar checks the ranges.
pub fn iso_fields(text: &str) -> Result<(i32, u8, u8), String> {
    let expected = || "expected a date as YYYY-MM-DD".to_string();
    let text = text.trim();
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let mut parts = rest.split('-');
    let (Some(year), Some(month), Some(day), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(expected());
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if year.len() < 4
        || month.len() != 2
        || day.len() != 2
        || !digits(year)
        || !digits(month)
        || !digits(day)
    {
        return Err(expected());
    }
    let year: i64 = year.parse().map_err(|_| format!("year {year} is too large"))?;
    let year = if negative { -year } else { year };
    let year = i32::try_from(year).map_err(|_| format!("year {year} is out of range"))?;
    // Two ASCII digits always fit u8.
    let month: u8 = month.parse().map_err(|_| expected())?;
    let day: u8 = day.parse().map_err(|_| expected())?;
    Ok((year, month, day))
}
