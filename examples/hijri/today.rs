//! `today`: today's Hijri date in the local time zone (or `--tz ZONE`); with `--at LAT,LON`
//! it advances at sunset there, and says when the day began and when the next one begins.

use std::fmt::Display;
use std::io::{self, Write};

use chrono::{DateTime, TimeZone, Utc};
use clap::{Args, ValueEnum};
use hijri_calendar::format::{GregorianPattern, Pattern};
use hijri_calendar::names::{Digits, Language};
use hijri_calendar::sunset::{self, Boundary, DayEdge, Location, PolarRule};
use hijri_calendar::{Calendar, GregorianDate, HijriDate};

use crate::cli;
use crate::format_args::{DigitsArg, FormatArgs, Lang};

/// Options of `today`.
#[derive(Args, Debug)]
pub struct TodayArgs {
    /// The Hijri calendar.
    #[arg(long, value_name = "NAME", default_value = "islamic-umalqura", value_parser = cli::parse_calendar)]
    pub calendar: Calendar,
    /// The language of names.
    #[arg(long, value_enum, default_value_t = Lang::En)]
    pub lang: Lang,
    /// The digits of every number.
    #[arg(long, value_enum, default_value_t = DigitsArg::Latin)]
    pub digits: DigitsArg,
    /// Where you are, as LAT,LON in degrees (north and east positive): the date then changes
    /// at sunset there instead of at midnight.
    #[arg(long, value_name = "LAT,LON", allow_hyphen_values = true, value_parser = parse_location)]
    pub at: Option<Location>,
    /// An IANA time zone (Asia/Riyadh); default: the local time zone.
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<chrono_tz::Tz>,
    /// Where the sun does not set that day: end it at midnight, or at sunset at the nearest
    /// latitude where the sun sets.
    #[arg(long, value_enum, default_value_t = Polar::Midnight)]
    pub polar: Polar,
    /// The moment taken as now, RFC 3339 (2026-02-17T19:00:00+03:00); default: now.
    #[arg(long, value_name = "TIME")]
    pub now: Option<String>,
}

/// `--polar`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Polar {
    /// Midnight in the time zone.
    Midnight,
    /// Sunset at the nearest latitude where the sun sets.
    NearestLatitude,
}

/// Reads `LAT,LON`.
fn parse_location(text: &str) -> Result<Location, String> {
    let (lat, lon) = text
        .split_once(',')
        .ok_or_else(|| format!("{text:?}: expected LAT,LON in degrees, e.g. 21.4225,39.8262"))?;
    let number =
        |s: &str| s.trim().parse::<f64>().map_err(|_| format!("{s:?} is not a number of degrees"));
    Location::new(number(lat)?, number(lon)?).map_err(|err| err.to_string())
}

/// Runs `today`.
pub fn run(args: &TodayArgs) -> Result<bool, String> {
    let now: DateTime<Utc> = match &args.now {
        Some(text) => DateTime::parse_from_rfc3339(text)
            .map_err(|err| format!("--now {text:?}: {err}"))?
            .with_timezone(&Utc),
        None => Utc::now(),
    };
    let text = match args.tz {
        Some(zone) => report(args, &now.with_timezone(&zone))?,
        None => report(args, &now.with_timezone(&chrono::Local))?,
    };
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes()).and_then(|()| out.flush()).map_err(|e| e.to_string())?;
    Ok(true)
}

/// The lines `today` prints, for a moment in its time zone.
fn report<Tz: TimeZone>(args: &TodayArgs, now: &DateTime<Tz>) -> Result<String, String>
where
    Tz::Offset: Display,
{
    let printer = FormatArgs { format: None, lang: args.lang, digits: args.digits }.printer();
    let words = Words::of(args.lang);
    let digits = match args.digits {
        DigitsArg::Latin => Digits::Latin,
        DigitsArg::Arabic => Digits::ArabicIndic,
        DigitsArg::Persian => Digits::Persian,
    };
    let long = Pattern::LONG;
    let gregorian_long = GregorianPattern::LONG;
    let civil = GregorianDate::from(now.date_naive());
    let mut text = String::new();
    let Some(location) = args.at else {
        let date = HijriDate::from_gregorian(args.calendar, civil).map_err(|e| e.to_string())?;
        text.push_str(&format!("{}\n", printer.display(date, &long)));
        text.push_str(&format!(
            "{} {}\n",
            printer.display_gregorian(civil, &gregorian_long),
            clock(digits, now)
        ));
        let next = date.add_days(1).map_err(|e| e.to_string())?;
        let day_month = Pattern::new("%-d %B").map_err(|e| e.to_string())?;
        let midnight = now
            .date_naive()
            .succ_opt()
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .and_then(|t| now.timezone().from_local_datetime(&t).earliest());
        if let Some(midnight) = midnight {
            text.push_str(&format!(
                "{} ({}): {}{} {} {}\n",
                words.next,
                printer.display(next, &day_month),
                words.midnight_word,
                words.comma,
                printer.display_gregorian(next.to_gregorian(), &gregorian_long),
                clock(digits, &midnight)
            ));
        }
        text.push_str(words.midnight);
        text.push('\n');
        return Ok(text);
    };
    let rule = match args.polar {
        Polar::Midnight => PolarRule::Midnight,
        Polar::NearestLatitude => PolarRule::NearestLatitude,
    };
    let day =
        sunset::hijri_day_at(args.calendar, now, location, rule).map_err(|e| e.to_string())?;
    text.push_str(&format!("{}\n", printer.display(day.date, &long)));
    text.push_str(&format!(
        "{} {}\n",
        printer.display_gregorian(civil, &gregorian_long),
        clock(digits, now)
    ));
    let zone = now.timezone();
    let edge = |edge: &DayEdge| {
        let local = edge.at.with_timezone(&zone);
        let by = match edge.by {
            Boundary::Sunset => words.sunset.to_string(),
            Boundary::Midnight => words.midnight_word.to_string(),
            Boundary::SunsetAtLatitude(lat) => format!("{} {lat:.2}°", words.sunset_at),
            _ => String::new(),
        };
        let date = GregorianDate::from(local.date_naive());
        format!(
            "{by}{} {} {}",
            words.comma,
            printer.display_gregorian(date, &gregorian_long),
            clock(digits, &local)
        )
    };
    text.push_str(&format!("{}: {}\n", words.began, edge(&day.begins)));
    let next = day.date.add_days(1).map_err(|e| e.to_string())?;
    let day_month = Pattern::new("%-d %B").map_err(|e| e.to_string())?;
    let next_name = printer.display(next, &day_month);
    text.push_str(&format!("{} ({next_name}): {}\n", words.next, edge(&day.ends)));
    Ok(text)
}

/// `HH:MM +03:00` in `digits`.
fn clock<Tz: TimeZone>(digits: Digits, moment: &DateTime<Tz>) -> String
where
    Tz::Offset: Display,
{
    moment
        .format("%H:%M %:z")
        .to_string()
        .chars()
        .map(|c| match c.to_digit(10) {
            // to_digit(10) is 0..=9.
            Some(d) => digits.digit(d as u8),
            None => c,
        })
        .collect()
}

/// The few words of the report, in each language.
struct Words {
    midnight: &'static str,
    sunset: &'static str,
    midnight_word: &'static str,
    sunset_at: &'static str,
    began: &'static str,
    next: &'static str,
    comma: &'static str,
}

impl Words {
    fn of(lang: Lang) -> Words {
        match Language::from(lang) {
            Language::Arabic => Words {
                midnight:
                    "(يبدأ اليوم الهجري عند غروب الشمس: استعمل --at LAT,LON ليتغير التاريخ عنده)",
                sunset: "غروب الشمس",
                midnight_word: "منتصف الليل",
                sunset_at: "غروب الشمس عند خط العرض",
                began: "بدأ",
                next: "يبدأ اليوم التالي",
                comma: "،",
            },
            _ => Words {
                midnight:
                    "(A Hijri day begins at sunset: give --at LAT,LON to change the date there.)",
                sunset: "sunset",
                midnight_word: "midnight",
                sunset_at: "sunset at latitude",
                began: "began",
                next: "next day",
                comma: ",",
            },
        }
    }
}

impl From<Lang> for Language {
    fn from(lang: Lang) -> Language {
        match lang {
            Lang::Ar => Language::Arabic,
            Lang::En => Language::English,
        }
    }
}
