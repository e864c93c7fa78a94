//! Formatter properties: printing never panics over the whole supported range, with every
//! option; building a pattern from any text returns `Ok` or an `Err` whose span is on char
//! boundaries and starts at a `%`.

use hijri_calendar::format::{Bidi, GregorianPattern, Pattern, Preset, Printer};
use hijri_calendar::names::{Digits, GregorianMonthNames, HijriMonthSpelling, Language};
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

/// A date of any calendar, anywhere in that calendar's range.
fn hijri_dates() -> impl Strategy<Value = HijriDate> {
    prop::sample::select(Calendar::ALL.to_vec()).prop_flat_map(|calendar| {
        let first = calendar.first_date().to_day_number().rata_die();
        let last = calendar.last_date().to_day_number().rata_die();
        (first..=last).prop_map(move |rata_die| {
            let day = DayNumber::from_rata_die(rata_die).unwrap();
            HijriDate::from_day_number(calendar, day).unwrap()
        })
    })
}

fn gregorian_dates() -> impl Strategy<Value = GregorianDate> {
    (DayNumber::MIN.rata_die()..=DayNumber::MAX.rata_die()).prop_map(|rata_die| {
        GregorianDate::from_day_number(DayNumber::from_rata_die(rata_die).unwrap())
    })
}

/// Text heavy in `%`, directive letters, braces and Arabic.
fn pattern_texts() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "(%|-|\\{|\\}|hijri|gregorian|[YmdejBbAaEqZ%]|ب|صفر| |/){0,16}",]
}

/// The text with every digit of any of the three sets written in Latin digits.
fn latin_digits(text: &str) -> String {
    text.chars()
        .map(|c| match Digits::value_of(c) {
            Some(d) => Digits::Latin.digit(d),
            None => c,
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn presets_print_every_date(date in hijri_dates(), printer in printers()) {
        for preset in Preset::ALL {
            let text = printer.display(date, &Pattern::preset(preset)).to_string();
            prop_assert!(!text.is_empty());
            // The digit system changes the digits and nothing else.
            let latin = printer.digits(Digits::Latin).display(date, &Pattern::preset(preset)).to_string();
            prop_assert_eq!(latin_digits(&text), latin);
        }
        let iso = Printer::new().display(date, &Pattern::ISO).to_string();
        prop_assert_eq!(iso, date.to_string());
        let dual = Printer::new().display(date, &Pattern::DUAL).to_string();
        let gregorian_long = Printer::new().display_gregorian(date.to_gregorian(), &GregorianPattern::LONG).to_string();
        // The dual line ends with the Gregorian long date without its weekday.
        let without_weekday = gregorian_long.split_once(' ').map(|(_, rest)| rest).unwrap_or_default();
        prop_assert!(dual.ends_with(without_weekday), "{} / {}", dual, without_weekday);
    }

    #[test]
    fn gregorian_presets_print_every_date(date in gregorian_dates(), printer in printers()) {
        for pattern in [GregorianPattern::ISO, GregorianPattern::NUMERIC, GregorianPattern::LONG] {
            let text = printer.display_gregorian(date, &pattern).to_string();
            prop_assert!(!text.is_empty());
        }
        let iso = Printer::new().display_gregorian(date, &GregorianPattern::ISO).to_string();
        prop_assert_eq!(iso, date.to_string());
    }

    #[test]
    fn any_text_builds_or_explains(text in pattern_texts(), date in hijri_dates(), printer in printers()) {
        match Pattern::new(&text) {
            Ok(pattern) => {
                // A checked pattern prints into a String without failing.
                let mut out = String::new();
                prop_assert!(printer.write(date, &pattern, &mut out).is_ok());
                if !text.contains('%') {
                    let isolated = printer.bidi(Bidi::None).display(date, &pattern).to_string();
                    prop_assert_eq!(isolated, text.clone());
                }
            }
            Err(err) => {
                let span = err.span();
                prop_assert!(span.start < span.end && span.end <= text.len());
                prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                prop_assert_eq!(text.get(span.clone()), Some(err.found()));
                prop_assert!(err.found().starts_with('%'));
                prop_assert!(!err.to_string().is_empty());
            }
        }
        match GregorianPattern::new(&text) {
            Ok(pattern) => {
                let mut out = String::new();
                prop_assert!(printer.write_gregorian(date.to_gregorian(), &pattern, &mut out).is_ok());
            }
            Err(err) => {
                let span = err.span();
                prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                prop_assert_eq!(text.get(span), Some(err.found()));
            }
        }
    }
}
