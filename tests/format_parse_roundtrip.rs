//! Format → parse round trip (issue 4): whatever the formatter prints, in every preset,
//! language, Hijri spelling, Arabic Gregorian month-name set, digit system and bidi choice,
//! the parser reads back as the same date: over the whole Umm al-Qura range, for tabular
//! calendars where the preset prints no calendar-dependent field (the parser set to that
//! calendar), and for Gregorian dates through `GregorianPattern`.

mod common;

use hijri_calendar::format::{Bidi, GregorianPattern, Pattern, Preset, Printer};
use hijri_calendar::names::{Digits, GregorianMonthNames, HijriMonthSpelling, Language};
use hijri_calendar::parse::{NumericCalendar, ParsedDate, Parser, Written};
use hijri_calendar::{Calendar, DayNumber, GregorianDate, HijriDate};
use proptest::prelude::*;

fn printers() -> impl Strategy<Value = Printer> {
    (
        prop::sample::select(vec![Language::Arabic, Language::English]),
        prop::sample::select(vec![Digits::Latin, Digits::ArabicIndic, Digits::Persian]),
        prop::sample::select(vec![HijriMonthSpelling::Cldr, HijriMonthSpelling::Common]),
        prop::sample::select(vec![
            GregorianMonthNames::Egyptian,
            GregorianMonthNames::Levantine,
            GregorianMonthNames::Maghrebi,
        ]),
        prop::sample::select(vec![Bidi::None, Bidi::Isolate]),
    )
        .prop_map(|(language, digits, spelling, names, bidi)| {
            Printer::new()
                .language(language)
                .digits(digits)
                .hijri_month_spelling(spelling)
                .gregorian_month_names(names)
                .bidi(bidi)
        })
}

fn date_in(calendar: Calendar, rata_die: i64) -> HijriDate {
    let day = DayNumber::from_rata_die(rata_die).unwrap();
    HijriDate::from_day_number(calendar, day).unwrap()
}

/// Any day of the Umm al-Qura table.
fn umm_al_qura_dates() -> impl Strategy<Value = HijriDate> {
    let first = Calendar::UmmAlQura.first_date().to_day_number().rata_die();
    let last = Calendar::UmmAlQura.last_date().to_day_number().rata_die();
    (first..=last).prop_map(|rd| date_in(Calendar::UmmAlQura, rd))
}

/// A day of a tabular calendar, years 1 to 9999 AH.
fn tabular_dates() -> impl Strategy<Value = HijriDate> {
    let tabular: Vec<Calendar> =
        Calendar::ALL.into_iter().filter(|c| matches!(c, Calendar::Tabular { .. })).collect();
    prop::sample::select(tabular).prop_flat_map(|calendar| {
        let first = HijriDate::new(calendar, 1, 1, 1).unwrap().to_day_number().rata_die();
        let last = HijriDate::new(calendar, 9999, 12, 1).unwrap().to_day_number().rata_die();
        (first..=last).prop_map(move |rd| date_in(calendar, rd))
    })
}

/// A Gregorian day of years 1 to 9999.
fn gregorian_dates() -> impl Strategy<Value = GregorianDate> {
    let first = GregorianDate::new(1, 1, 1).unwrap().to_day_number().rata_die();
    let last = GregorianDate::new(9999, 12, 31).unwrap().to_day_number().rata_die();
    (first..=last)
        .prop_map(|rd| GregorianDate::from_day_number(DayNumber::from_rata_die(rd).unwrap()))
}

/// The parser for a Hijri date of `calendar`: that calendar, and for the ISO preset (which has
/// no era mark) Hijri numeric dates whatever the year.
fn hijri_parser(calendar: Calendar, preset: Preset) -> Parser {
    let parser = Parser::new().calendar(calendar);
    match preset {
        Preset::Iso => parser.numeric(NumericCalendar::Hijri),
        _ => parser,
    }
}

/// Prints `date` in `preset` and reads it back; the failure message holds the text.
fn hijri_round_trip(printer: Printer, date: HijriDate, preset: Preset) -> Result<(), String> {
    let text = printer.display(date, &Pattern::preset(preset)).to_string();
    let parsed = hijri_parser(date.calendar(), preset)
        .parse(&text)
        .map_err(|e| format!("{text:?} ({preset}, {printer:?}): {e}"))?;
    let fail = |what: &str| Err(format!("{text:?} ({preset}, {printer:?}): {what}: {parsed:?}"));
    let gregorian = date.to_gregorian();
    let expected = match preset {
        Preset::Dual => {
            ParsedDate::Pair { hijri: Written::Date(date), gregorian: Written::Date(gregorian) }
        }
        _ => ParsedDate::Hijri(Written::Date(date)),
    };
    if parsed.date() != expected {
        return fail("another date");
    }
    if parsed.calendar() != date.calendar() {
        return fail("another calendar");
    }
    if parsed.span().start > text.len()
        || &text[parsed.span().range()]
            != text.trim_matches(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'])
    {
        return fail("a span other than the printed date");
    }
    match preset {
        Preset::Dual => {
            if parsed.consistent() != Some(true) || parsed.weekday_matches() != Some(true) {
                return fail("an inconsistent pair or weekday");
            }
        }
        Preset::Long => {
            if parsed.weekday() != Some(date.weekday()) {
                return fail("another weekday");
            }
        }
        _ => {
            if parsed.weekday().is_some() {
                return fail("a weekday that was not printed");
            }
        }
    }
    Ok(())
}

fn gregorian_round_trip(
    printer: Printer,
    date: GregorianDate,
    preset: Preset,
) -> Result<(), String> {
    let Some(pattern) = GregorianPattern::preset(preset) else { return Ok(()) };
    let text = printer.display_gregorian(date, &pattern).to_string();
    let parser = match preset {
        Preset::Iso => Parser::new().numeric(NumericCalendar::Gregorian),
        _ => Parser::new(),
    };
    let parsed =
        parser.parse(&text).map_err(|e| format!("{text:?} ({preset}, {printer:?}): {e}"))?;
    if parsed.date() != ParsedDate::Gregorian(Written::Date(date)) {
        return Err(format!("{text:?} ({preset}, {printer:?}): another date: {parsed:?}"));
    }
    let weekday = (preset == Preset::Long).then(|| date.weekday());
    if parsed.weekday() != weekday {
        return Err(format!("{text:?} ({preset}, {printer:?}): weekday {:?}", parsed.weekday()));
    }
    Ok(())
}

/// Patterns beyond the presets: short names, padded days, year first, month first, the
/// Gregorian date first, a parenthesised ISO date; `true` when both calendars are printed.
const PATTERNS: [(&str, bool); 10] = [
    ("%a %-d %b %Y %E", false),
    ("%A, %e %B %Y%E", false),
    ("%Y/%m/%d%E", false),
    ("%-d-%-m-%Y %E", false),
    ("%B %-d, %Y %E", false),
    ("%-d %b %Y", false),
    ("%a %-d %b %Y %E (%{gregorian}%Y-%m-%d)", true),
    ("%{gregorian}%A %-d %B %-Y%E - %{hijri}%-d %B %-Y%E", true),
    ("%-d %B %Y%E الموافق %{gregorian}%d/%m/%Y%E", true),
    ("%{gregorian}%-d %b %Y%E = %{hijri}%-d %b %Y%E", true),
];

fn pattern_round_trip(
    printer: Printer,
    date: HijriDate,
    source: &str,
    pair: bool,
) -> Result<(), String> {
    let pattern = Pattern::new(source).map_err(|e| format!("{source}: {e}"))?;
    let text = printer.display(date, &pattern).to_string();
    let parsed =
        Parser::new().parse(&text).map_err(|e| format!("{text:?} ({source}, {printer:?}): {e}"))?;
    let expected = if pair {
        ParsedDate::Pair {
            hijri: Written::Date(date),
            gregorian: Written::Date(date.to_gregorian()),
        }
    } else {
        ParsedDate::Hijri(Written::Date(date))
    };
    if parsed.date() != expected || (pair && parsed.consistent() != Some(true)) {
        return Err(format!("{text:?} ({source}, {printer:?}): {parsed:?}"));
    }
    let weekday_printed = source.contains("%a") || source.contains("%A");
    if weekday_printed && parsed.weekday_matches() != Some(true) {
        return Err(format!("{text:?} ({source}, {printer:?}): weekday {:?}", parsed.weekday()));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    #[test]
    fn patterns_read_back(date in umm_al_qura_dates(), printer in printers()) {
        for (source, pair) in PATTERNS {
            pattern_round_trip(printer, date, source, pair).map_err(TestCaseError::fail)?;
        }
    }

    #[test]
    fn umm_al_qura_dates_read_back(date in umm_al_qura_dates(), printer in printers()) {
        for preset in Preset::ALL {
            hijri_round_trip(printer, date, preset).map_err(TestCaseError::fail)?;
        }
    }

    #[test]
    fn tabular_dates_read_back(date in tabular_dates(), printer in printers()) {
        for preset in Preset::ALL {
            hijri_round_trip(printer, date, preset).map_err(TestCaseError::fail)?;
        }
    }

    #[test]
    fn gregorian_dates_read_back(date in gregorian_dates(), printer in printers()) {
        for preset in Preset::ALL {
            gregorian_round_trip(printer, date, preset).map_err(TestCaseError::fail)?;
        }
    }
}

/// Every option combination, every preset, on the first and last day of every month of a
/// leap and a common Umm al-Qura year, and at both ends of the table.
#[test]
fn every_option_and_month_reads_back() {
    let mut dates = vec![Calendar::UmmAlQura.first_date(), Calendar::UmmAlQura.last_date()];
    for year in [1442, 1446] {
        for month in 1..=12 {
            let first = HijriDate::new(Calendar::UmmAlQura, year, month, 1).unwrap();
            dates.push(first);
            dates.push(first.last_day_of_month().unwrap());
        }
    }
    let mut checked = 0;
    for (_, printer) in common::every_printer() {
        for &date in &dates {
            for preset in Preset::ALL {
                hijri_round_trip(printer, date, preset).unwrap();
                gregorian_round_trip(printer, date.to_gregorian(), preset).unwrap();
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 72 * dates.len() * 4);
}
