//! `compare [YEAR]`: the first day of each month of a Hijri year in every calendar.

use std::io::{self, Write};

use clap::Args;
use hijri_calendar::national::Criterion;
use hijri_calendar::{Calendar, GregorianDate, HijriDate};

/// Options of `compare`.
#[derive(Args, Debug)]
pub struct CompareArgs {
    /// The Hijri year (1300..=1600); default: the current Umm al-Qura year.
    #[arg(value_name = "YEAR")]
    pub year: Option<i32>,
}

/// Runs `compare`.
pub fn run(args: &CompareArgs) -> Result<bool, String> {
    let year = match args.year {
        Some(y) => y,
        None => {
            let today = chrono::Utc::now().date_naive();
            let g = GregorianDate::from(today);
            HijriDate::from_gregorian(Calendar::UmmAlQura, g).map_err(|e| e.to_string())?.year()
        }
    };
    // The whole table is built before anything is written, so that a year out of range prints
    // the error alone rather than a header without rows.
    let mut text = String::new();
    let mut line = format!("{year:<6}{:<13}", "umalqura");
    for c in Criterion::ALL {
        line.push_str(&format!("{:<19}", c.name()));
    }
    text.push_str(line.trim_end());
    text.push('\n');
    for month in 1..=12u8 {
        let table = HijriDate::new(Calendar::UmmAlQura, year, month, 1)
            .map_err(|e| e.to_string())?
            .to_gregorian();
        let mut line = format!("{month:<6}{:<13}", table.to_string());
        for c in Criterion::ALL {
            let m = c.month_start(year, month).map_err(|e| e.to_string())?;
            let mark = match (m.first_day != table, m.uncertain) {
                (true, true) => " *?",
                (true, false) => " *",
                (false, true) => " ?",
                (false, false) => "",
            };
            line.push_str(&format!("{:<19}", format!("{}{mark}", m.first_day)));
        }
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text.push_str(
        "\n* differs from the Umm al-Qura table   ? decided by less than 0.1°, 60 s or 10 min\n",
    );
    io::stdout().lock().write_all(text.as_bytes()).map_err(|e| e.to_string())?;
    Ok(true)
}
