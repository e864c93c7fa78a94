//! Arbitrary integers and floats through the public functions not covered by the other property
//! tests (national calendars, observances, names, astronomy): each returns, with `None` or an
//! error exactly where the input is outside what it accepts, and never panics or hangs.
//! (Dates, day numbers, arithmetic, chrono, bulk, parsing and formatting have their own.)

use hijri_calendar::astro::{
    delta_t, lunation_near, new_moon, refraction, sunset, JulianDay, Observer, Sky,
};
use hijri_calendar::names::{Digits, GregorianMonthNames, HijriMonthSpelling, Language};
use hijri_calendar::national::{compute_month_start, evaluate, Criterion};
use hijri_calendar::observances::{in_gregorian_year, in_hijri_year};
use hijri_calendar::{Calendar, DayNumber};
use proptest::prelude::*;

fn criterion() -> impl Strategy<Value = Criterion> {
    proptest::sample::select(&Criterion::ALL[..])
}

/// Any f64, the awkward ones often.
fn float() -> impl Strategy<Value = f64> {
    prop_oneof![
        proptest::num::f64::ANY,
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        -1e9..1e9f64,
    ]
}

fn day_number() -> impl Strategy<Value = DayNumber> {
    (DayNumber::MIN.rata_die()..=DayNumber::MAX.rata_die())
        .prop_map(|rd| DayNumber::from_rata_die(rd).unwrap())
}

proptest! {
    #[test]
    fn tabulated_month_starts_take_any_year_and_month(
        criterion in criterion(),
        year in prop_oneof![any::<i32>(), 1290..1610i32],
        month in any::<u8>(),
    ) {
        let inside = (1300..=1600).contains(&year) && (1..=12).contains(&month);
        prop_assert_eq!(criterion.month_start(year, month).is_ok(), inside);
    }

    #[test]
    fn computed_month_starts_refuse_years_and_months_outside(
        criterion in criterion(),
        year in any::<i32>(),
        month in any::<u8>(),
    ) {
        // Inside, each computation takes milliseconds; the next test samples it.
        prop_assume!(!(1300..=1601).contains(&year) || !(1..=12).contains(&month));
        prop_assert!(compute_month_start(criterion, year, month).is_err());
    }

    #[test]
    fn observances_take_any_year(
        calendar in proptest::sample::select(&Calendar::ALL[..]),
        year in prop_oneof![any::<i32>(), -300_000..300_000i32, 1290..1610i32],
    ) {
        let hijri = in_hijri_year(calendar, year);
        prop_assert_eq!(hijri.is_ok(), calendar.days_in_year(year).is_ok());
        let _ = in_gregorian_year(calendar, year);
    }

    #[test]
    fn names_take_any_number(value in any::<u8>(), c in any::<char>()) {
        let month = (1..=12).contains(&value);
        for language in [Language::Arabic, Language::English] {
            for spelling in [HijriMonthSpelling::Cldr, HijriMonthSpelling::Common] {
                prop_assert_eq!(language.hijri_month(value, spelling).is_some(), month);
                prop_assert_eq!(language.hijri_month_short(value, spelling).is_some(), month);
            }
            for names in [
                GregorianMonthNames::Egyptian,
                GregorianMonthNames::Levantine,
                GregorianMonthNames::Maghrebi,
            ] {
                prop_assert_eq!(language.gregorian_month(value, names).is_some(), month);
                prop_assert_eq!(language.gregorian_month_short(value, names).is_some(), month);
                prop_assert_eq!(names.arabic(value).is_some(), month);
            }
        }
        for digits in [Digits::Latin, Digits::ArabicIndic, Digits::Persian] {
            prop_assert_eq!(Digits::value_of(digits.digit(value)), Some(value % 10));
        }
        if let Some(v) = Digits::value_of(c) {
            prop_assert!(v < 10);
        }
    }

    #[test]
    fn astronomy_takes_any_number(
        t in float(),
        hours in float(),
        k in any::<i64>(),
        latitude in float(),
        longitude in float(),
        height in float(),
        day in day_number(),
    ) {
        let jd = JulianDay::new(t);
        let _ = delta_t(jd);
        let _ = lunation_near(jd);
        let _ = new_moon(k).rata_die_and_hours();
        let _ = refraction(t);
        let _ = JulianDay::from_day_number(day, hours).rata_die_and_hours();
        let sky = Sky::at(jd);
        let observer = Observer::new(latitude, longitude, height);
        let _ = (sky.elongation(), sky.moon_altitude(&observer, true));
        let _ = sky.moon_geocentric_altitude(&observer);
        let _ = sunset(&observer, jd);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn an_evening_of_any_day_is_evaluated(criterion in criterion(), day in day_number()) {
        let evening = evaluate(criterion, day);
        prop_assert_eq!(evening.day, day);
    }

    #[test]
    fn month_starts_inside_the_range_are_computed(
        criterion in criterion(),
        year in 1300..=1600i32,
        month in 1..=12u8,
    ) {
        let computed = compute_month_start(criterion, year, month).unwrap();
        let tabulated = criterion.month_start(year, month).unwrap();
        prop_assert_eq!(computed.first_day, tabulated.first_day);
    }
}
