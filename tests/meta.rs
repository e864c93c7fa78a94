//! Sizes and auto traits of the public types: dates stay small, `Copy`, and usable across threads.

use core::mem::size_of;

use hijri_calendar::{Calendar, DayNumber, Error, GregorianDate, HijriDate, RangeError, Weekday};

fn is_copy_send_sync<T: Copy + Send + Sync + Unpin + std::panic::UnwindSafe + 'static>() {}
fn is_ord_hash<T: Ord + core::hash::Hash + core::fmt::Debug + core::fmt::Display>() {}
fn is_error<T: std::error::Error + Send + Sync + 'static>() {}

#[test]
fn sizes() {
    // A date carries its calendar, and an adjusted calendar is a `&'static` reference (see
    // DESIGN.md): 16 bytes of calendar, 8 of fields.
    assert_eq!(size_of::<HijriDate>(), 24);
    assert_eq!(size_of::<GregorianDate>(), 8);
    assert_eq!(size_of::<DayNumber>(), 4);
    assert_eq!(size_of::<Calendar>(), 16);
    assert_eq!(size_of::<Option<HijriDate>>(), 24);
    assert_eq!(size_of::<Weekday>(), 1);
}

#[test]
fn traits() {
    is_copy_send_sync::<HijriDate>();
    is_copy_send_sync::<GregorianDate>();
    is_copy_send_sync::<DayNumber>();
    is_copy_send_sync::<Calendar>();
    is_copy_send_sync::<RangeError>();
    is_ord_hash::<HijriDate>();
    is_ord_hash::<GregorianDate>();
    is_ord_hash::<DayNumber>();
    is_error::<RangeError>();
    is_error::<Error>();
}
