//! `criteria DATE`: what each computed criterion measured on the evening of DATE, and its
//! verdict.

use std::io::{self, Write};

use clap::Args;
use hijri_calendar::astro::JulianDay;
use hijri_calendar::national::{evaluate, Criterion, Margin};
use hijri_calendar::{DayNumber, GregorianDate};

/// Options of `criteria`.
#[derive(Args, Debug)]
pub struct CriteriaArgs {
    /// The Gregorian day (YYYY-MM-DD) whose evening is examined.
    #[arg(value_name = "DATE", value_parser = parse_gregorian)]
    pub date: GregorianDate,
    /// One criterion (turkey-diyanet, muhammadiyah-khgt, indonesia-mabims, fcna,
    /// umalqura-rule); default: all.
    #[arg(long, value_name = "NAME", value_parser = parse_criterion)]
    pub calendar: Option<Criterion>,
}

fn parse_criterion(s: &str) -> Result<Criterion, String> {
    s.parse().map_err(|e: hijri_calendar::national::UnknownCriterionError| e.to_string())
}

/// A Gregorian ISO date.
pub fn parse_gregorian(s: &str) -> Result<GregorianDate, String> {
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(format!("expected a date YYYY-MM-DD, found {s:?}"));
    };
    let number =
        |t: &str| t.parse::<i64>().map_err(|_| format!("expected a date YYYY-MM-DD, found {s:?}"));
    let (y, m, d) = (number(y)?, number(m)?, number(d)?);
    GregorianDate::new(y as i32, m as u8, d as u8).map_err(|e| e.to_string())
}

/// A moment as `YYYY-MM-DD HH:MM:SS UT`, truncated to the second as clocks show it: a sunset
/// found just before Istanbul's 24:00 UT limit reads 23:59:59, not 00:00:00 of the next day.
pub fn moment(t: JulianDay) -> String {
    let (rata_die, hours) = t.rata_die_and_hours();
    let seconds = (hours * 3600.0).floor() as i64;
    let (rata_die, seconds) =
        if seconds >= 86_400 { (rata_die + 1, seconds - 86_400) } else { (rata_die, seconds) };
    let day = DayNumber::from_rata_die(rata_die).map(GregorianDate::from_day_number);
    match day {
        Ok(day) => {
            format!("{day} {:02}:{:02}:{:02} UT", seconds / 3600, seconds / 60 % 60, seconds % 60)
        }
        Err(_) => format!("JD {:.5}", t.value()),
    }
}

fn margin(m: Margin) -> String {
    match m {
        Margin::Degrees(d) if d.is_finite() => format!("{d:+.3}°"),
        Margin::Seconds(s) if s.is_finite() => format!("{s:+.0} s"),
        Margin::NearMidnight => "within 10 min of 24:00 UT".to_string(),
        _ => "no sunset after the conjunction".to_string(),
    }
}

/// Runs `criteria`.
pub fn run(args: &CriteriaArgs) -> Result<bool, String> {
    let out = io::stdout();
    let mut out = out.lock();
    let day = args.date.to_day_number();
    let criteria: Vec<Criterion> = match args.calendar {
        Some(c) => vec![c],
        None => Criterion::ALL.to_vec(),
    };
    let mut write = |text: String| writeln!(out, "{text}").map_err(|e| e.to_string());
    write(format!("Evening of {}", args.date))?;
    for criterion in criteria {
        let e = evaluate(criterion, day);
        write(String::new())?;
        write(format!(
            "{criterion}: {}",
            if e.met { "met: the month begins the next day" } else { "not met" }
        ))?;
        write(format!("  conjunction     {}", moment(e.conjunction)))?;
        write(format!(
            "  margin          {}{}",
            margin(e.margin),
            if e.margin.is_uncertain() { " (uncertain)" } else { "" }
        ))?;
        if let Some(s) = e.best {
            let place = format!(
                "{:.2}°{} {:.2}°{}",
                s.place.latitude.abs(),
                if s.place.latitude < 0.0 { "S" } else { "N" },
                s.place.longitude.abs(),
                if s.place.longitude < 0.0 { "W" } else { "E" }
            );
            write(format!(
                "  best place      {place}{}",
                if e.by_americas_clause { " (Americas clause)" } else { "" }
            ))?;
            write(format!("  sunset          {}", moment(s.sunset)))?;
            write(format!("  moon altitude   {:.3}°", s.moon_altitude))?;
            write(format!("  elongation      {:.3}°", s.elongation))?;
            if let Some(m) = s.moonset {
                write(format!("  moonset         {}", moment(m)))?;
            }
        }
    }
    Ok(true)
}
