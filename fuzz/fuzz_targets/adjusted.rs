//! The adjusted-calendar text format: never panics; what it accepts converts consistently.
#![no_main]

use hijri_calendar::{AdjustedCalendar, Calendar, HijriDate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(adjusted) = AdjustedCalendar::from_text(text) else { return };
    assert_eq!(AdjustedCalendar::from_text(&adjusted.to_text()).ok(), Some(adjusted));
    let calendar = Calendar::Adjusted(adjusted.leak());
    for start in adjusted.month_starts() {
        let first = HijriDate::new(calendar, start.year(), start.month(), 1).unwrap();
        assert_eq!(first.to_gregorian(), start.first_day());
        assert!((29..=30).contains(&first.days_in_month()));
    }
});
