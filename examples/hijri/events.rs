//! `events`: the observances of a Hijri year (or of a Gregorian year, `g2030`), one per line:
//! the Hijri date, the Gregorian date, the weekday and the name.

use std::io::{self, Write};

use clap::Args;
use hijri_calendar::format::Pattern;
use hijri_calendar::names::Language;
use hijri_calendar::observances::{self, ObservanceDate};
use hijri_calendar::{Calendar, HijriDate};

use crate::cli;
use crate::format_args::{DigitsArg, FormatArgs, Lang};
use crate::month;

/// Options of `events`.
#[derive(Args, Debug)]
pub struct EventsArgs {
    /// The Hijri calendar.
    #[arg(long, value_name = "NAME", default_value = "islamic-umalqura", value_parser = cli::parse_calendar)]
    pub calendar: Calendar,
    /// The language of names.
    #[arg(long, value_enum, default_value_t = Lang::Ar)]
    pub lang: Lang,
    /// The digits of every number.
    #[arg(long, value_enum, default_value_t = DigitsArg::Latin)]
    pub digits: DigitsArg,
    /// The Gregorian date taken as today (YYYY-MM-DD), for the default year.
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
    /// A Hijri year (1447) or a Gregorian one (g2030); default: the Hijri year of today.
    #[arg(value_name = "YEAR", allow_hyphen_values = true)]
    pub year: Option<String>,
}

/// Runs `events`.
pub fn run(args: &EventsArgs) -> Result<bool, String> {
    let list: Vec<ObservanceDate> = match &args.year {
        Some(text) => match month::parse_year(text)? {
            (true, year) => observances::in_gregorian_year(args.calendar, year),
            (false, year) => observances::in_hijri_year(args.calendar, year).map(Vec::from),
        },
        None => {
            let today = month::today(args.today.as_deref())?;
            let hijri =
                HijriDate::from_gregorian(args.calendar, today).map_err(|e| e.to_string())?;
            observances::in_hijri_year(args.calendar, hijri.year()).map(Vec::from)
        }
    }
    .map_err(|err| err.to_string())?;
    let printer = FormatArgs { format: None, lang: args.lang, digits: args.digits }.printer();
    let language = match args.lang {
        Lang::Ar => Language::Arabic,
        Lang::En => Language::English,
    };
    let dates = Pattern::new("%Y-%m-%d  %{gregorian}%Y-%m-%d").map_err(|e| e.to_string())?;
    let weekday = Pattern::new("%A").map_err(|e| e.to_string())?;
    let width = list
        .iter()
        .map(|o| printer.display(o.date, &weekday).to_string().chars().count())
        .max()
        .unwrap_or(0);
    let mut text = String::new();
    for o in &list {
        let day = printer.display(o.date, &weekday).to_string();
        let pad = " ".repeat(width - day.chars().count());
        text.push_str(&format!(
            "{}  {day}{pad}  {}\n",
            printer.display(o.date, &dates),
            o.observance.name(language)
        ));
    }
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes()).and_then(|()| out.flush()).map_err(|e| e.to_string())?;
    Ok(true)
}
