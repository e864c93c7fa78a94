//! Properties: any input returns without panicking with spans on char boundaries, and every
//! Umm al-Qura date reads back from its numeric forms.

use hijri_calendar::parse::{find_dates, parse};
use hijri_calendar::{Calendar, DayNumber, HijriDate};
use proptest::prelude::*;

fn pieces() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        any::<String>(),
        Just("14".to_string()),
        Just("١٤٤٢".to_string()),
        Just(" صفر ".to_string()),
        Just("هـ".to_string()),
        Just("/".to_string()),
        Just("-".to_string()),
        Just("الموافق".to_string()),
        Just("\u{200F}".to_string()),
        Just("Rabi' II".to_string()),
        Just("[u-ca=".to_string()),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn never_panics_and_spans_are_on_boundaries(text in pieces()) {
        match parse(&text) {
            Ok(p) => {
                prop_assert!(text.is_char_boundary(p.span().start) && text.is_char_boundary(p.span().end));
            }
            Err(e) => {
                prop_assert!(text.is_char_boundary(e.span().start) && text.is_char_boundary(e.span().end));
                prop_assert!(e.span().start <= e.span().end && e.span().end <= text.len());
            }
        }
        let mut last = 0;
        for p in find_dates(&text) {
            let span = p.span();
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            prop_assert!(span.start >= last && span.start < span.end);
            last = span.end;
        }
    }

    #[test]
    fn umm_al_qura_dates_round_trip(offset in 0i64..=105_400) {
        let first = Calendar::UmmAlQura.first_date().to_day_number();
        let Ok(day) = DayNumber::from_rata_die(first.rata_die() + offset) else { return Ok(()) };
        let Ok(date) = HijriDate::from_day_number(Calendar::UmmAlQura, day) else { return Ok(()) };
        let (y, m, d) = (date.year(), date.month(), date.day());
        for text in [
            format!("{d}/{m}/{y}"),
            format!("{y}/{m:02}/{d:02}هـ"),
            format!("{d:02}-{m:02}-{y} AH"),
            format!("{d} {}", y).replace(' ', &format!("/{m}/")),
        ] {
            let parsed = parse(&text).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
            prop_assert_eq!(parsed.hijri().and_then(|h| h.date()), Some(date), "{}", text);
        }
        let g = date.to_gregorian();
        let text = format!("{}-{:02}-{:02}", g.year(), g.month(), g.day());
        prop_assert_eq!(parse(&text).ok().and_then(|p| p.hijri_date()), Some(date));
    }
}
