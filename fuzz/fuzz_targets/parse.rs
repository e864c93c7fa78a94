//! `parse` with each configuration: never panics, spans on char boundaries, valid dates.
#![no_main]

use hijri_calendar::parse::{DateOrder, Parser, Strictness};
use hijri_calendar::Calendar;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let parsers = [
        Parser::new(),
        Parser::new().calendar(Calendar::CIVIL).date_order(DateOrder::MonthFirst),
        Parser::new().strictness(Strictness::Strict),
    ];
    for parser in parsers {
        match parser.parse(text) {
            Ok(parsed) => {
                let span = parsed.span().range();
                assert!(span.start <= span.end && span.end <= text.len());
                assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                if let Some(date) = parsed.hijri_date() {
                    let again = hijri_calendar::HijriDate::new(date.calendar(), date.year(), date.month(), date.day());
                    assert_eq!(again, Ok(date));
                }
            }
            Err(err) => {
                let span = err.span().range();
                assert!(span.start <= span.end && span.end <= text.len(), "{err:?}");
                assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{err:?}");
                let _ = err.to_string();
            }
        }
    }
});
