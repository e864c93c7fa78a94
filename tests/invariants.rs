//! Invariants over each calendar's whole range, walking day by day: the next day has day
//! number + 1 and the next weekday, and is the next date by its fields (so conversion is
//! strictly monotonic); months have 29 or 30 days; years have 354 or 355 — except in the
//! as-published Umm al-Qura table, whose printed months of 28 and 31 days (years of 353..=356)
//! are kept.
//!
//! Release builds (`cargo test --release`, as CI runs) walk every supported day of all nine
//! calendars (about 1.5 billion days) and of the Gregorian calendar; debug builds walk Umm
//! al-Qura whole and windows of the tabular and Gregorian calendars at both ends and around the
//! epoch and the present.

use hijri_calendar::national::Criterion;
use hijri_calendar::{Calendar, DayNumber, GregorianDate, HijriDate};

/// Walks `from..=to` (R.D.), checking each day against the one before; returns the days seen.
fn walk(calendar: Calendar, from: i64, to: i64) -> u64 {
    let day = |rd: i64| {
        HijriDate::from_day_number(calendar, DayNumber::from_rata_die(rd).unwrap()).unwrap()
    };
    let mut previous = day(from);
    let mut month_length = u32::from(previous.day());
    let mut year_length = u32::from(previous.day_of_year());
    let mut seen = 1;
    for rd in from + 1..=to {
        let current = day(rd);
        assert_eq!(current.to_day_number().rata_die(), rd, "{current:?}");
        // The direct way to the Gregorian date (without the day number) lands on the same day.
        assert_eq!(
            current.to_gregorian(),
            GregorianDate::from_day_number(current.to_day_number()),
            "{current:?}"
        );
        assert_eq!(current.weekday(), previous.weekday().next(), "{current:?}");
        let (y, m, d) = (previous.year(), previous.month(), previous.day());
        if current.day() == d + 1 {
            assert_eq!((current.year(), current.month()), (y, m), "{previous:?} → {current:?}");
            month_length += 1;
            year_length += 1;
        } else {
            // A new month: the previous one ended at 29 or 30 (a partial first month is shorter).
            assert_eq!(current.day(), 1, "{previous:?} → {current:?}");
            assert!(month_length == u32::from(d));
            let (shortest, longest) = lengths(calendar);
            assert!((shortest..=longest).contains(&d), "{previous:?} ends a month of {d} days");
            assert_eq!(u32::from(d), u32::from(previous.days_in_month()));
            if current.month() == m + 1 {
                assert_eq!(current.year(), y);
                year_length += 1;
            } else {
                assert_eq!(
                    (current.year(), current.month(), m),
                    (y + 1, 1, 12),
                    "{previous:?} → {current:?}"
                );
                let full_year = y != calendar.first_date().year();
                // Years of computed calendars follow the Moon: 353 to 356 days.
                let computed = matches!(calendar, Calendar::Computed(_));
                let allowed = if irregular(calendar) || computed { 353..=356 } else { 354..=355 };
                assert!(allowed.contains(&year_length) || !full_year, "{y}: {year_length} days");
                assert_eq!(u32::from(previous.day_of_year()), u32::from(previous.days_in_year()));
                year_length = 1;
            }
            month_length = 1;
        }
        assert!(current > previous);
        previous = current;
        seen += 1;
    }
    seen
}

/// The shortest and longest months of a calendar: the as-published table and FCNA (whose
/// Dhu al-Hijjah follows the KACST table) have months of 28 and 31 days.
fn lengths(calendar: Calendar) -> (u8, u8) {
    if irregular(calendar) {
        (28, 31)
    } else {
        (29, 30)
    }
}

fn irregular(calendar: Calendar) -> bool {
    calendar == Calendar::UmmAlQuraPublished || calendar == Calendar::Computed(Criterion::Fcna)
}

fn walk_calendar(calendar: Calendar) -> u64 {
    let first = calendar.first_date().to_day_number().rata_die();
    let last = calendar.last_date().to_day_number().rata_die();
    let tables = [Calendar::UmmAlQura, Calendar::UmmAlQuraPublished];
    let computed = matches!(calendar, Calendar::Computed(_));
    if cfg!(debug_assertions) && !tables.contains(&calendar) && !computed {
        const WINDOW: i64 = 40_000;
        let epoch = 227_000;
        let present = 739_000;
        let table_first = Calendar::UmmAlQura.first_date().to_day_number().rata_die();
        let table_last = Calendar::UmmAlQura.last_date().to_day_number().rata_die();
        walk(calendar, first, first + WINDOW)
            + walk(calendar, epoch - WINDOW, epoch + WINDOW)
            + walk(calendar, present - WINDOW, present + WINDOW)
            // Where the extended Umm al-Qura calendar joins the table to the civil calendar.
            + walk(calendar, table_first - 2_000, table_first + 2_000)
            + walk(calendar, table_last - 2_000, table_last + 2_000)
            + walk(calendar, last - WINDOW, last)
    } else {
        walk(calendar, first, last)
    }
}

#[test]
fn umm_al_qura() {
    assert_eq!(walk_calendar(Calendar::UmmAlQura), 106_665);
}

#[test]
fn umm_al_qura_published() {
    assert_eq!(walk_calendar(Calendar::UmmAlQuraPublished), 55_991);
}

#[test]
fn umm_al_qura_extended() {
    let days = walk_calendar(Calendar::UmmAlQuraExtended);
    if !cfg!(debug_assertions) {
        assert_eq!(days, 191_491_529);
    }
}

macro_rules! tabular_test {
    ($name:ident, $cycle:ident, $epoch:ident) => {
        #[test]
        fn $name() {
            let calendar = Calendar::Tabular {
                cycle: hijri_calendar::LeapCycle::$cycle,
                epoch: hijri_calendar::Epoch::$epoch,
            };
            let days = walk_calendar(calendar);
            if !cfg!(debug_assertions) {
                assert_eq!(days, 191_491_529);
            }
        }
    };
}

tabular_test!(tabular_i_thursday, I, Thursday);
tabular_test!(tabular_i_friday, I, Friday);
tabular_test!(tabular_ii_thursday, II, Thursday);
tabular_test!(tabular_ii_friday, II, Friday);
tabular_test!(tabular_iii_thursday, III, Thursday);
tabular_test!(tabular_iii_friday, III, Friday);
tabular_test!(tabular_iv_thursday, IV, Thursday);
tabular_test!(tabular_iv_friday, IV, Friday);

#[test]
fn computed_calendars() {
    for criterion in Criterion::ALL {
        let calendar = Calendar::Computed(criterion);
        let first = calendar.first_date().to_day_number();
        let last = calendar.last_date().to_day_number();
        assert_eq!(walk_calendar(calendar), (first.days_until(last) + 1) as u64, "{calendar}");
    }
}

/// The Gregorian calendar over every supported day (release) or windows at both ends and
/// around the present (debug): the date of each day number converts back to it, is a valid
/// date, and follows the previous day's date (the next day of the month, or the first of the
/// next month, or 1 January after 31 December).
#[test]
fn gregorian_every_day() {
    let walk = |from: i64, to: i64| {
        let mut previous = GregorianDate::from_day_number(DayNumber::from_rata_die(from).unwrap());
        for rd in from + 1..=to {
            let day = DayNumber::from_rata_die(rd).unwrap();
            let date = GregorianDate::from_day_number(day);
            assert_eq!(date.to_day_number(), day, "{date}");
            assert_eq!(GregorianDate::new(date.year(), date.month(), date.day()), Ok(date));
            let (y, m, d) = (previous.year(), previous.month(), previous.day());
            let next = if d < previous.days_in_month() {
                (y, m, d + 1)
            } else if m < 12 {
                (y, m + 1, 1)
            } else {
                (y + 1, 1, 1)
            };
            assert_eq!((date.year(), date.month(), date.day()), next, "{previous} → {date}");
            previous = date;
        }
    };
    let (first, last) = (DayNumber::MIN.rata_die(), DayNumber::MAX.rata_die());
    if cfg!(debug_assertions) {
        const WINDOW: i64 = 400_000;
        walk(first, first + WINDOW);
        walk(700_000, 700_000 + WINDOW);
        walk(last - WINDOW, last);
    } else {
        walk(first, last);
    }
}
