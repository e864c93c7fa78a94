//! Pattern building and formatting: a bad pattern is an error with a span on char boundaries;
//! a good one formats any date without panicking.
#![no_main]

use hijri_calendar::format::{Pattern, Printer};
use hijri_calendar::names::{Digits, Language};
use hijri_calendar::{Calendar, HijriDate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match Pattern::new(text) {
        Ok(pattern) => {
            let dates = [
                Calendar::UmmAlQura.first_date(),
                Calendar::UmmAlQura.last_date(),
                Calendar::CIVIL.first_date(),
                Calendar::CIVIL.last_date(),
                HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14).unwrap(),
            ];
            for printer in [Printer::new(), Printer::new().language(Language::English).digits(Digits::Persian)] {
                for date in dates {
                    let mut out = String::new();
                    printer.write(date, &pattern, &mut out).unwrap();
                }
            }
        }
        Err(err) => {
            let span = err.span();
            assert!(span.start <= span.end && span.end <= text.len());
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            let _ = err.to_string();
        }
    }
});
