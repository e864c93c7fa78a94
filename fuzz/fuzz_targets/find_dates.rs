//! `find_dates`: never panics; spans in order, not overlapping, on char boundaries.
#![no_main]

use hijri_calendar::parse::find_dates;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut end = 0;
    for found in find_dates(text) {
        let span = found.span().range();
        assert!(span.start >= end && span.start < span.end && span.end <= text.len(), "{span:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        end = span.end;
    }
});
