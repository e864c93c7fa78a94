//! The eight tabular calendars against their definitions, independently of the crate's
//! closed-form formulas: years are laid end to end from the epoch, leap years taken from the
//! explicit lists of the definitions (van Gent, "The Islamic calendar and its variants").

use hijri_calendar::{Calendar, Epoch, GregorianDate, HijriDate, LeapCycle, Weekday};

/// The leap years (positions in the 30-year cycle) as the definitions list them.
fn defined_leap_years(cycle: LeapCycle) -> [u8; 11] {
    match cycle {
        LeapCycle::I => [2, 5, 7, 10, 13, 15, 18, 21, 24, 26, 29],
        LeapCycle::II => [2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29],
        LeapCycle::III => [2, 5, 8, 10, 13, 16, 19, 21, 24, 27, 29],
        LeapCycle::IV => [2, 5, 8, 11, 13, 16, 19, 21, 24, 27, 30],
    }
}

fn is_defined_leap(cycle: LeapCycle, year: i64) -> bool {
    let position = (year - 1).rem_euclid(30) + 1;
    defined_leap_years(cycle).contains(&(position as u8))
}

fn epoch_date(epoch: Epoch) -> GregorianDate {
    match epoch {
        Epoch::Thursday => GregorianDate::new(622, 7, 18).unwrap(),
        Epoch::Friday => GregorianDate::new(622, 7, 19).unwrap(),
    }
}

fn tabular_calendars() -> impl Iterator<Item = (LeapCycle, Epoch, Calendar)> {
    LeapCycle::ALL.into_iter().flat_map(|cycle| {
        Epoch::ALL.into_iter().map(move |epoch| (cycle, epoch, Calendar::Tabular { cycle, epoch }))
    })
}

/// Checks year `year`, which the model says starts on R.D. `start`: its first day, its month
/// lengths, and its length. Returns the model's start of the next year.
fn check_year(calendar: Calendar, cycle: LeapCycle, year: i64, start: i64) -> i64 {
    let y = i32::try_from(year).unwrap();
    let first = HijriDate::new(calendar, y, 1, 1).unwrap();
    assert_eq!(first.to_day_number().rata_die(), start, "{calendar} year {year} start");
    let leap = is_defined_leap(cycle, year);
    assert_eq!(calendar.is_leap_year(y).unwrap(), leap, "{calendar} year {year} leap");
    let mut month_start = start;
    for month in 1..=12u8 {
        let expected = if month % 2 == 1 || (month == 12 && leap) { 30 } else { 29 };
        assert_eq!(calendar.days_in_month(y, month).unwrap(), expected);
        let date = HijriDate::new(calendar, y, month, 1).unwrap();
        assert_eq!(date.to_day_number().rata_die(), month_start, "{calendar} {year}-{month}");
        month_start += i64::from(expected);
    }
    assert_eq!(month_start - start, if leap { 355 } else { 354 });
    month_start
}

#[test]
fn leap_years_match_the_definitions() {
    for cycle in LeapCycle::ALL {
        assert_eq!(cycle.leap_years(), defined_leap_years(cycle), "{cycle:?}");
        for year in -100..=100 {
            assert_eq!(
                cycle.is_leap_year(year),
                is_defined_leap(cycle, i64::from(year)),
                "{cycle:?} {year}"
            );
        }
    }
}

#[test]
fn epochs_are_thursday_and_friday() {
    for (_, epoch, calendar) in tabular_calendars() {
        let first = HijriDate::new(calendar, 1, 1, 1).unwrap();
        assert_eq!(first.to_gregorian(), epoch_date(epoch), "{calendar}");
        let expected = match epoch {
            Epoch::Thursday => Weekday::Thursday,
            Epoch::Friday => Weekday::Friday,
        };
        assert_eq!(first.weekday(), expected);
        assert_eq!(epoch.first_day(), epoch_date(epoch));
    }
}

#[test]
fn years_laid_end_to_end_from_the_epoch_forwards_to_10000() {
    for (cycle, epoch, calendar) in tabular_calendars() {
        let mut start = epoch_date(epoch).to_day_number().rata_die();
        for year in 1..=10_001 {
            start = check_year(calendar, cycle, year, start);
        }
    }
}

#[test]
fn years_laid_end_to_end_backwards_to_minus_10000() {
    for (cycle, epoch, calendar) in tabular_calendars() {
        let mut next_start = epoch_date(epoch).to_day_number().rata_die();
        for year in (-10_000..=0).rev() {
            let start = next_start - if is_defined_leap(cycle, year) { 355 } else { 354 };
            assert_eq!(check_year(calendar, cycle, year, start), next_start);
            next_start = start;
        }
    }
}

#[test]
fn cycles_of_the_same_epoch_agree_at_the_start_of_every_30_year_cycle() {
    // Each cycle has 11 leap years in 30, so all four agree on 1 Muharram of years 30k + 1.
    for epoch in Epoch::ALL {
        for k in [-8_000i32, -1, 0, 1, 47, 333, 8_000] {
            let year = 30 * k + 1;
            let days: Vec<_> = LeapCycle::ALL
                .into_iter()
                .map(|cycle| {
                    HijriDate::new(Calendar::Tabular { cycle, epoch }, year, 1, 1)
                        .unwrap()
                        .to_day_number()
                })
                .collect();
            assert!(days.windows(2).all(|w| w[0] == w[1]), "{epoch:?} year {year}: {days:?}");
        }
    }
}

#[test]
fn thursday_epoch_is_one_day_before_friday_epoch() {
    for cycle in LeapCycle::ALL {
        for (y, m, d) in
            [(-5000, 3, 7), (1, 1, 1), (1442, 2, 14), (10_000, 12, 29), (200_000, 6, 15)]
        {
            let thursday =
                HijriDate::new(Calendar::Tabular { cycle, epoch: Epoch::Thursday }, y, m, d)
                    .unwrap();
            let friday =
                HijriDate::new(Calendar::Tabular { cycle, epoch: Epoch::Friday }, y, m, d).unwrap();
            assert_eq!(thursday.days_until(friday), 1);
        }
    }
}

#[test]
fn whole_naive_date_range_is_covered() {
    for (_, _, calendar) in tabular_calendars() {
        let first = calendar.first_date();
        let last = calendar.last_date();
        assert_eq!(first.to_gregorian(), GregorianDate::MIN, "{calendar}");
        assert_eq!(last.to_gregorian(), GregorianDate::MAX, "{calendar}");
        assert!(first.add_days(-1).is_err());
        assert!(last.add_days(1).is_err());
        // The partial first and last years: the days outside the range are rejected.
        let before = HijriDate::new(calendar, first.year(), 1, 1);
        assert_eq!(before.is_ok(), first.month() == 1 && first.day() == 1, "{calendar} {first}");
    }
}
