//! What the commands share: the calendar option, input lines, error reports.

use std::io::{self, BufRead};

use hijri_calendar::Calendar;

/// Text after `--help`: the calendars and an example.
pub const AFTER_HELP: &str = "\
Calendars (--calendar, default islamic-umalqura):
  islamic-umalqura      Umm al-Qura (KACST table), 1300..=1600 AH
  islamic-umalqura-published
                        Umm al-Qura as historically printed, 1343..=1500 AH
  islamic-umalqura-extended
                        the KACST table, then the civil calendar outside it
  islamic-civil         tabular, type II leap years, Friday epoch (= tabular-II-friday)
  islamic-tbla          tabular, type II leap years, Thursday epoch (= tabular-II-thursday)
  tabular-<I|II|III|IV>-<thursday|friday>
                        the eight tabular calendars

Local moon sighting: --adjust FILE moves month starts of the chosen calendar (one
`YYYY-MM = YYYY-MM-DD` a line; see examples/overrides.sample.txt).

Examples:
  hijri to-hijri 2020-10-01                 prints 1442-02-14
  hijri to-gregorian --calendar islamic-civil 1442-02-13
  printf '2020-10-01\\n2021-05-13\\n' | hijri to-hijri";

/// Reads a calendar name for clap; the message lists the valid names.
pub fn parse_calendar(name: &str) -> Result<Calendar, String> {
    name.parse::<Calendar>().map_err(|err| err.to_string())
}

/// One input: where it came from (for error messages) and its text.
pub struct Input<'a> {
    /// `line N` or `argument N`.
    pub origin: Origin,
    /// The text, without its line ending.
    pub text: &'a str,
}

/// Where an input came from.
#[derive(Clone, Copy)]
pub enum Origin {
    /// A command-line argument, counted from 1.
    Argument(usize),
    /// A line of standard input, counted from 1.
    Line(usize),
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Argument(n) => write!(f, "argument {n}"),
            Origin::Line(n) => write!(f, "line {n}"),
        }
    }
}

/// Calls `each` for every argument or, when there are none, every line of standard input.
/// Returns whether every call succeeded.
pub fn for_each_input(
    arguments: &[String],
    mut each: impl FnMut(Input<'_>) -> io::Result<bool>,
) -> io::Result<bool> {
    let mut all_ok = true;
    if !arguments.is_empty() {
        for (index, text) in arguments.iter().enumerate() {
            all_ok &= each(Input { origin: Origin::Argument(index + 1), text })?;
        }
        return Ok(all_ok);
    }
    let stdin = io::stdin();
    let mut reader = io::BufReader::with_capacity(1 << 16, stdin.lock());
    let mut line = String::new();
    let mut number = 0;
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            break;
        }
        number += 1;
        let text = line.trim_end_matches(['\n', '\r']);
        all_ok &= each(Input { origin: Origin::Line(number), text })?;
    }
    Ok(all_ok)
}
