//! chrono interop: the ranges coincide and conversions agree with chrono's own calendar.

use chrono::{Datelike, NaiveDate};
use hijri_calendar::{Calendar, DayNumber, GregorianDate, HijriDate, Weekday};
use proptest::prelude::*;

#[test]
fn day_number_range_is_naive_date_range() {
    assert_eq!(DayNumber::from(NaiveDate::MIN), DayNumber::MIN);
    assert_eq!(DayNumber::from(NaiveDate::MAX), DayNumber::MAX);
    assert_eq!(NaiveDate::from(DayNumber::MIN), NaiveDate::MIN);
    assert_eq!(NaiveDate::from(DayNumber::MAX), NaiveDate::MAX);
    assert_eq!(NaiveDate::from(GregorianDate::MIN), NaiveDate::MIN);
    assert_eq!(NaiveDate::from(GregorianDate::MAX), NaiveDate::MAX);
}

#[test]
fn known_day() {
    let day = NaiveDate::from_ymd_opt(2020, 10, 1).unwrap();
    let hijri = HijriDate::from_naive_date(Calendar::UmmAlQura, day).unwrap();
    assert_eq!((hijri.year(), hijri.month(), hijri.day()), (1442, 2, 14));
    assert_eq!(NaiveDate::from(hijri), day);
    assert_eq!(chrono::Weekday::from(hijri.weekday()), day.weekday());
}

#[test]
fn weekdays_round_trip() {
    for day in Weekday::ALL {
        assert_eq!(Weekday::from(chrono::Weekday::from(day)), day);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    /// Our Gregorian calendar, day numbers and weekdays agree with chrono's over its whole range.
    #[test]
    fn gregorian_agrees_with_chrono(rd in DayNumber::MIN.rata_die()..=DayNumber::MAX.rata_die()) {
        let day = DayNumber::from_rata_die(rd).unwrap();
        let naive = NaiveDate::from(day);
        prop_assert_eq!(i64::from(naive.num_days_from_ce()), rd);
        let ours = GregorianDate::from_day_number(day);
        prop_assert_eq!((ours.year(), u32::from(ours.month()), u32::from(ours.day())), (naive.year(), naive.month(), naive.day()));
        prop_assert_eq!(u32::from(ours.day_of_year()), naive.ordinal());
        prop_assert_eq!(chrono::Weekday::from(ours.weekday()), naive.weekday());
        prop_assert_eq!(GregorianDate::new(naive.year(), ours.month(), ours.day()).unwrap(), ours);
        prop_assert_eq!(GregorianDate::from(naive), ours);
        prop_assert_eq!(DayNumber::from_julian_day_number(day.julian_day_number()).unwrap(), day);
    }
}
