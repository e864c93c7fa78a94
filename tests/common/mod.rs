//! Helpers shared by the integration tests: reading the reference tables in tests/data/,
//! finding the examples binary, and every printer option.

#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

use hijri_calendar::{DayNumber, GregorianDate};

/// One row of a `*.months.tsv` reference file: a Hijri month, its first day and its length.
#[derive(Clone, Copy, Debug)]
pub struct MonthRow {
    pub year: i32,
    pub month: u8,
    pub first_day: GregorianDate,
    pub length: u8,
}

/// Reads `tests/data/<name>` (header line, then `hijri_y hijri_m gregorian_iso_of_day_1 month_length`).
pub fn month_rows(name: &str) -> Vec<MonthRow> {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("hijri_y\thijri_m\tgregorian_iso_of_day_1\tmonth_length"),
        "{path}: unexpected header"
    );
    lines
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 4, "{path}: bad line {line:?}");
            let iso: Vec<&str> = fields[2].split('-').collect();
            MonthRow {
                year: fields[0].parse().unwrap(),
                month: fields[1].parse().unwrap(),
                first_day: GregorianDate::new(
                    iso[0].parse().unwrap(),
                    iso[1].parse().unwrap(),
                    iso[2].parse().unwrap(),
                )
                .unwrap(),
                length: fields[3].parse().unwrap(),
            }
        })
        .collect()
}

/// The day `offset` days after `date`.
pub fn plus_days(date: GregorianDate, offset: i64) -> DayNumber {
    date.to_day_number().add_days(offset).unwrap()
}

/// The examples binary, which `cargo test` builds next to the test binaries
/// (target/<profile>/examples/hijri).
pub fn hijri_binary() -> PathBuf {
    let mut dir = std::env::current_exe().unwrap();
    dir.pop(); // the test binary
    if dir.ends_with("deps") {
        dir.pop();
    }
    let path = dir.join("examples").join(format!("hijri{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "{} is missing: run the tests with `cargo test`, which builds the examples",
        path.display()
    );
    path
}

/// Runs the examples binary with `args` and no input.
pub fn run(args: &[&str]) -> Output {
    Command::new(hijri_binary()).args(args).output().unwrap()
}

/// The standard output of a successful run of the examples binary.
pub fn stdout(args: &[&str]) -> String {
    let out = run(args);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Every printer option: languages, digits, spellings, Arabic Gregorian month-name sets and
/// bidi.
pub fn every_printer() -> Vec<(hijri_calendar::names::Language, hijri_calendar::format::Printer)> {
    use hijri_calendar::format::{Bidi, Printer};
    use hijri_calendar::names::{Digits, GregorianMonthNames, HijriMonthSpelling, Language};
    let mut printers = Vec::new();
    for language in [Language::Arabic, Language::English] {
        for digits in [Digits::Latin, Digits::ArabicIndic, Digits::Persian] {
            for spelling in [HijriMonthSpelling::Cldr, HijriMonthSpelling::Common] {
                for names in [
                    GregorianMonthNames::Egyptian,
                    GregorianMonthNames::Levantine,
                    GregorianMonthNames::Maghrebi,
                ] {
                    for bidi in [Bidi::None, Bidi::Isolate] {
                        let printer = Printer::new()
                            .language(language)
                            .digits(digits)
                            .hijri_month_spelling(spelling)
                            .gregorian_month_names(names)
                            .bidi(bidi);
                        printers.push((language, printer));
                    }
                }
            }
        }
    }
    printers
}
