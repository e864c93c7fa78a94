//! Construction and arithmetic from arbitrary integers and calendars: errors, never panics, and
//! what succeeds is consistent.
#![no_main]

use hijri_calendar::{Calendar, HijriDate, Overflow};
use libfuzzer_sys::fuzz_target;

fn take<const N: usize>(data: &mut &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    for (slot, byte) in out.iter_mut().zip(data.iter()) {
        *slot = *byte;
    }
    *data = data.get(N..).unwrap_or_default();
    out
}

fuzz_target!(|data: &[u8]| {
    let mut data = data;
    let calendar = Calendar::ALL[usize::from(take::<1>(&mut data)[0]) % Calendar::ALL.len()];
    let other = Calendar::ALL[usize::from(take::<1>(&mut data)[0]) % Calendar::ALL.len()];
    let year = i32::from_le_bytes(take(&mut data));
    let [month, day] = take::<2>(&mut data);
    let n = i64::from_le_bytes(take(&mut data));
    let Ok(date) = HijriDate::new(calendar, year, month, day) else { return };
    assert_eq!(HijriDate::from_day_number(calendar, date.to_day_number()), Ok(date));
    if let Ok(moved) = date.add_days(n) {
        assert_eq!(moved.sub_days(n), Ok(date));
        assert_eq!(date.days_until(moved), n);
    }
    for overflow in [Overflow::Clamp, Overflow::Reject] {
        let _ = date.add_months(n, overflow);
        let _ = date.add_years(n, overflow);
    }
    if let Ok(moved) = date.to_calendar(other) {
        assert_eq!(moved.to_day_number(), date.to_day_number());
        if let Ok(difference) = date.until(moved.to_calendar(calendar).unwrap()) {
            let months = i64::from(difference.years) * 12 + i64::from(difference.months);
            let landed = date.add_months(months, Overflow::Clamp).unwrap();
            assert_eq!(landed.add_days(i64::from(difference.days)).unwrap().to_day_number(), moved.to_day_number());
        }
    }
});
