//! Property tests over the whole supported range of every calendar, from strategies that are
//! valid by construction (day numbers inside the calendar's range).

use hijri_calendar::{Calendar, DayNumber, GregorianDate, HijriDate, Overflow};
use proptest::prelude::*;

fn any_calendar() -> impl Strategy<Value = Calendar> {
    proptest::sample::select(Calendar::ALL.to_vec())
}

/// A calendar and a day number inside its range.
fn calendar_and_day() -> impl Strategy<Value = (Calendar, DayNumber)> {
    any_calendar().prop_flat_map(|calendar| {
        let first = calendar.first_date().to_day_number().rata_die();
        let last = calendar.last_date().to_day_number().rata_die();
        (Just(calendar), (first..=last).prop_map(|rd| DayNumber::from_rata_die(rd).unwrap()))
    })
}

/// A calendar and a valid date in it, built from its fields (the year drawn from the range,
/// the day from the month's length), so that the Hijri → Gregorian direction starts from y/m/d.
fn calendar_and_fields() -> impl Strategy<Value = HijriDate> {
    any_calendar()
        .prop_flat_map(|calendar| {
            let (first, last) = (calendar.first_date().year(), calendar.last_date().year());
            (Just(calendar), first..=last, 1u8..=12, 1u8..=30)
        })
        .prop_filter_map("outside the range or the month", |(calendar, year, month, day)| {
            let length = calendar.days_in_month(year, month).ok()?;
            HijriDate::new(calendar, year, month, day.min(length)).ok()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    #[test]
    fn gregorian_to_hijri_to_gregorian((calendar, day) in calendar_and_day()) {
        let gregorian = GregorianDate::from_day_number(day);
        let hijri = HijriDate::from_gregorian(calendar, gregorian).unwrap();
        prop_assert_eq!(hijri.to_gregorian(), gregorian);
        prop_assert_eq!(hijri.to_day_number(), day);
        let rebuilt = HijriDate::new(calendar, hijri.year(), hijri.month(), hijri.day()).unwrap();
        prop_assert_eq!(rebuilt, hijri);
    }

    #[test]
    fn hijri_to_gregorian_to_hijri(date in calendar_and_fields()) {
        let gregorian = date.to_gregorian();
        prop_assert_eq!(HijriDate::from_gregorian(date.calendar(), gregorian).unwrap(), date);
        let via_chrono = HijriDate::from_naive_date(date.calendar(), date.to_naive_date()).unwrap();
        prop_assert_eq!(via_chrono, date);
    }

    #[test]
    fn add_then_subtract_days((calendar, day) in calendar_and_day(), n in -200_000i64..=200_000) {
        let date = HijriDate::from_day_number(calendar, day).unwrap();
        match date.add_days(n) {
            Ok(moved) => {
                prop_assert_eq!(moved.sub_days(n).unwrap(), date);
                prop_assert_eq!(date.days_until(moved), n);
                prop_assert_eq!(moved.to_day_number().rata_die(), day.rata_die() + n);
            }
            Err(_) => {
                let target = day.rata_die() + n;
                let inside = calendar.first_date().to_day_number().rata_die() <= target
                    && target <= calendar.last_date().to_day_number().rata_die();
                prop_assert!(!inside, "{date:?} + {n} failed inside the range");
            }
        }
    }

    #[test]
    fn days_until_agrees_with_add_days((calendar, a) in calendar_and_day(), (_, b) in calendar_and_day()) {
        let a = HijriDate::from_day_number(calendar, a).unwrap();
        if let Ok(b) = HijriDate::from_day_number(calendar, b) {
            prop_assert_eq!(a.add_days(a.days_until(b)).unwrap(), b);
            prop_assert_eq!(a.days_until(b) > 0, b > a);
        }
    }

    #[test]
    fn until_then_add_gives_the_other_date(a in calendar_and_fields(), offset in -20_000i64..=20_000) {
        if let Ok(b) = a.add_days(offset) {
            let d = a.until(b).unwrap();
            prop_assert!(d.years.signum() * d.months.signum() >= 0 && d.months.abs() < 12);
            prop_assert!(d.days.abs() <= 30);
            let months = i64::from(d.years) * 12 + i64::from(d.months);
            let landed = a.add_months(months, Overflow::Clamp).unwrap();
            prop_assert_eq!(landed.add_days(i64::from(d.days)).unwrap(), b);
            // The months step does not pass b.
            let not_past = if offset >= 0 { landed <= b } else { landed >= b };
            prop_assert!(not_past, "{landed:?} passes {b:?}");
        }
    }

    #[test]
    fn add_months_keeps_or_clamps_the_day(date in calendar_and_fields(), n in -5_000i64..=5_000) {
        let index = i64::from(date.year()) * 12 + i64::from(date.month()) - 1 + n;
        if let Ok(moved) = date.add_months(n, Overflow::Clamp) {
            prop_assert_eq!(i64::from(moved.year()) * 12 + i64::from(moved.month()) - 1, index);
            prop_assert_eq!(moved.day(), date.day().min(moved.days_in_month()));
            match date.add_months(n, Overflow::Reject) {
                Ok(exact) => prop_assert_eq!(exact, moved),
                Err(err) => {
                    prop_assert!(date.day() > moved.days_in_month());
                    prop_assert_eq!(err.field(), Some(hijri_calendar::Field::Day));
                }
            }
        }
    }

    #[test]
    fn moving_between_calendars_keeps_the_day(date in calendar_and_fields(), other in any_calendar()) {
        if let Ok(moved) = date.to_calendar(other) {
            prop_assert_eq!(moved.to_day_number(), date.to_day_number());
            prop_assert_eq!(moved.calendar(), other);
            prop_assert_eq!(moved.to_calendar(date.calendar()).unwrap(), date);
        }
    }

    #[test]
    fn any_integers_never_panic(
        calendar in any_calendar(),
        year in any::<i32>(),
        month in any::<u8>(),
        day in any::<u8>(),
        n in any::<i64>(),
        rd in any::<i64>(),
    ) {
        if let Ok(date) = HijriDate::new(calendar, year, month, day) {
            let _ = date.add_days(n);
            let _ = date.sub_days(n);
            let _ = date.add_months(n, Overflow::Clamp);
            let _ = date.sub_months(n, Overflow::Reject);
            let _ = date.add_years(n, Overflow::Clamp);
            let _ = date.sub_years(n, Overflow::Reject);
            let _ = date.until(calendar.last_date());
        }
        let _ = calendar.days_in_month(year, month);
        let _ = calendar.days_in_year(year);
        let _ = GregorianDate::new(year, month, day);
        let _ = DayNumber::from_rata_die(rd).map(|d| d.add_days(n));
        let _ = DayNumber::from_julian_day_number(rd);
    }
}
