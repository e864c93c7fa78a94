//! Bulk conversion: every answer equals the single conversion's, in place, errors included.

use chrono::NaiveDate;
use hijri_calendar::bulk::{self, BulkSummary, HijriSlot, YearMonthDay};
use hijri_calendar::{AdjustedCalendar, Calendar, DayNumber, GregorianDate, HijriDate, RangeError};
use proptest::prelude::*;

fn day(rata_die: i64) -> DayNumber {
    DayNumber::from_rata_die(rata_die).unwrap()
}

/// A fixed permutation (Fisher–Yates with a fixed LCG).
fn shuffled<T: Clone>(items: &[T], seed: u64) -> Vec<T> {
    let mut out = items.to_vec();
    let mut state = seed;
    for i in (1..out.len()).rev() {
        state =
            state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        let j = ((state >> 33) % (i as u64 + 1)) as usize;
        out.swap(i, j);
    }
    out
}

/// An adjusted calendar, so that the generic path is covered too.
fn morocco() -> Calendar {
    Calendar::Adjusted(
        AdjustedCalendar::from_text("authority: Morocco (example)\n1443-05 = 2021-12-06\n")
            .unwrap()
            .leak(),
    )
}

fn every_calendar() -> Vec<Calendar> {
    let mut calendars = Calendar::ALL.to_vec();
    calendars.push(morocco());
    calendars
}

/// Checks the summary against the expected results.
fn check_summary(summary: BulkSummary, expected: &[Result<HijriDate, RangeError>]) {
    let failed = expected.iter().filter(|r| r.is_err()).count();
    assert_eq!(summary.failed(), failed);
    assert_eq!(summary.converted(), expected.len() - failed);
    assert_eq!(summary.is_complete(), failed == 0);
    let first = expected.iter().enumerate().find_map(|(i, r)| r.err().map(|e| (i, e)));
    assert_eq!(summary.first_failure(), first);
}

/// The three output kinds for one input column.
fn check_day_numbers(calendar: Calendar, days: &[DayNumber]) {
    let expected: Vec<_> = days.iter().map(|&d| HijriDate::from_day_number(calendar, d)).collect();
    let mut results = vec![Ok(calendar.first_date()); days.len()];
    let summary = bulk::hijri_from_day_numbers(calendar, days, &mut results).unwrap();
    assert_eq!(results, expected, "{calendar}");
    check_summary(summary, &expected);
    // Over a column that held errors (a `Result` slot is written differently over an `Ok`).
    let error = HijriDate::from_day_number(Calendar::UmmAlQura, DayNumber::MIN).unwrap_err();
    let mut results = vec![Err(error); days.len()];
    assert_eq!(bulk::hijri_from_day_numbers(calendar, days, &mut results).unwrap(), summary);
    assert_eq!(results, expected, "{calendar}");
    let mut options: Vec<Option<HijriDate>> = vec![None; days.len()];
    assert_eq!(bulk::hijri_from_day_numbers(calendar, days, &mut options).unwrap(), summary);
    assert!(options.iter().zip(&expected).all(|(o, e)| *o == e.ok()), "{calendar}");
    let mut compact: Vec<Option<YearMonthDay>> = vec![None; days.len()];
    assert_eq!(bulk::hijri_from_day_numbers(calendar, days, &mut compact).unwrap(), summary);
    assert!(
        compact.iter().zip(&expected).all(|(c, e)| *c == e.ok().map(YearMonthDay::from)),
        "{calendar}"
    );
}

/// The same column as Gregorian dates and as NaiveDates gives the same answers.
fn check_gregorian_and_naive(calendar: Calendar, days: &[DayNumber]) {
    let expected: Vec<_> = days.iter().map(|&d| HijriDate::from_day_number(calendar, d)).collect();
    let gregorian: Vec<_> = days.iter().map(|&d| GregorianDate::from_day_number(d)).collect();
    let mut results = vec![Ok(calendar.first_date()); days.len()];
    let summary = bulk::hijri_from_gregorian(calendar, &gregorian, &mut results).unwrap();
    assert_eq!(results, expected, "{calendar}");
    check_summary(summary, &expected);
    let naive: Vec<_> = days.iter().map(|&d| NaiveDate::from(d)).collect();
    let single: Vec<_> = naive.iter().map(|&d| HijriDate::from_naive_date(calendar, d)).collect();
    assert_eq!(single, expected);
    let mut results = vec![Ok(calendar.first_date()); days.len()];
    let summary = bulk::hijri_from_naive_dates(calendar, &naive, &mut results).unwrap();
    assert_eq!(results, expected, "{calendar}");
    check_summary(summary, &expected);
}

/// Hijri back to day numbers, Gregorian dates and NaiveDates.
fn check_back(dates: &[HijriDate]) {
    let mut days = vec![DayNumber::MIN; dates.len()];
    bulk::day_numbers_from_hijri(dates, &mut days).unwrap();
    assert!(days.iter().zip(dates).all(|(d, h)| *d == h.to_day_number()));
    let mut gregorian = vec![GregorianDate::MIN; dates.len()];
    bulk::gregorian_from_hijri(dates, &mut gregorian).unwrap();
    assert!(gregorian.iter().zip(dates).all(|(g, h)| *g == h.to_gregorian()));
    let mut naive = vec![NaiveDate::MIN; dates.len()];
    bulk::naive_dates_from_hijri(dates, &mut naive).unwrap();
    assert!(naive.iter().zip(dates).all(|(n, h)| *n == h.to_naive_date()));
}

/// Every day of the Umm al-Qura range and a year either side, sorted and shuffled.
fn umm_al_qura_days() -> Vec<DayNumber> {
    let first = Calendar::UmmAlQura.first_date().to_day_number().rata_die();
    let last = Calendar::UmmAlQura.last_date().to_day_number().rata_die();
    (first - 400..=last + 400).map(day).collect()
}

#[test]
fn every_umm_al_qura_day_sorted() {
    let days = umm_al_qura_days();
    for calendar in [Calendar::UmmAlQura, Calendar::UmmAlQuraExtended, Calendar::UmmAlQuraPublished]
    {
        check_day_numbers(calendar, &days);
        check_gregorian_and_naive(calendar, &days);
    }
}

#[test]
fn every_umm_al_qura_day_shuffled() {
    let days = shuffled(&umm_al_qura_days(), 7);
    for calendar in [Calendar::UmmAlQura, Calendar::UmmAlQuraExtended] {
        check_day_numbers(calendar, &days);
        check_gregorian_and_naive(calendar, &days);
    }
}

#[test]
fn every_umm_al_qura_day_back() {
    let first = Calendar::UmmAlQura.first_date();
    let dates: Vec<HijriDate> = first.iter_days().collect();
    check_back(&dates);
    check_back(&shuffled(&dates, 11));
    // Runs of every day of a month, backwards.
    let reversed: Vec<HijriDate> = dates.iter().rev().copied().collect();
    check_back(&reversed);
}

/// Samples across a calendar's range: runs of 800 consecutive days at 60 places from the first
/// day to the last (both ends included), and 20,000 spread days.
fn samples(calendar: Calendar) -> Vec<DayNumber> {
    let first = calendar.first_date().to_day_number().rata_die();
    let last = calendar.last_date().to_day_number().rata_die();
    let mut days = Vec::new();
    for k in 0..=60i64 {
        let centre = first + (last - first) / 60 * k;
        for rata_die in centre - 400..centre + 400 {
            if let Ok(d) = DayNumber::from_rata_die(rata_die) {
                days.push(d);
            }
        }
    }
    let stride = ((last - first) / 20_000).max(1);
    days.extend(
        (0..20_000).filter_map(|k| DayNumber::from_rata_die(first + k * stride + k % 29).ok()),
    );
    days.extend([DayNumber::MIN, DayNumber::MAX]);
    days
}

#[test]
fn every_calendar_on_samples() {
    for calendar in every_calendar() {
        let days = samples(calendar);
        check_day_numbers(calendar, &days);
        check_day_numbers(calendar, &shuffled(&days, 3));
        check_gregorian_and_naive(calendar, &days);
        let dates: Vec<HijriDate> =
            days.iter().filter_map(|&d| HijriDate::from_day_number(calendar, d).ok()).collect();
        check_back(&dates);
        check_back(&shuffled(&dates, 5));
    }
}

#[test]
fn the_ends_of_every_calendar_day_by_day() {
    for calendar in every_calendar() {
        for end in [calendar.first_date(), calendar.last_date()] {
            let centre = end.to_day_number().rata_die();
            let days: Vec<DayNumber> = (centre - 1000..=centre + 1000)
                .filter_map(|r| DayNumber::from_rata_die(r).ok())
                .collect();
            check_day_numbers(calendar, &days);
            check_gregorian_and_naive(calendar, &days);
        }
    }
}

/// Columns for each path of the bulk loop, which converts 16 days at a time (and columns of
/// fewer than 8 date by date): lengths around 8 and multiples of 16; runs of consecutive days,
/// every other day, every third day and every 29th day (a chunk in one month, two months,
/// three, or sixteen); at the start, inside and at the end of the Umm al-Qura table; and one
/// day outside the calendar at each position of three chunks.
#[test]
fn chunk_boundaries_and_errors_inside_a_chunk() {
    let first = Calendar::UmmAlQura.first_date().to_day_number().rata_die();
    let last = Calendar::UmmAlQura.last_date().to_day_number().rata_die();
    let calendars = [Calendar::UmmAlQura, Calendar::UmmAlQuraExtended, Calendar::CIVIL, morocco()];
    for calendar in calendars {
        for len in [1, 2, 7, 8, 9, 15, 16, 17, 31, 32, 33, 47, 48, 49, 100] {
            for stride in [1, 2, 3, 29] {
                for start in [first - 20, first, first + 40_000, last - 20, last - 40] {
                    let days: Vec<DayNumber> = (0..len).map(|i| day(start + i * stride)).collect();
                    check_day_numbers(calendar, &days);
                    check_gregorian_and_naive(calendar, &days);
                    check_day_numbers(calendar, &shuffled(&days, 13));
                }
            }
        }
        let column: Vec<DayNumber> = (0..48).map(|i| day(first + 5_000 + i)).collect();
        for position in 0..column.len() {
            for outside in [DayNumber::MIN, DayNumber::MAX, day(first - 1), day(last + 1)] {
                let mut days = column.clone();
                days[position] = outside;
                check_day_numbers(calendar, &days);
                check_gregorian_and_naive(calendar, &days);
            }
        }
    }
}

/// Back to NaiveDates across the years where the bulk conversion changes method (a table of
/// 1 January from 600 to 2647 CE, the general computation outside it), and across the ends of
/// Gregorian years and 400-year cycles.
#[test]
fn naive_dates_across_the_year_table_ends() {
    for year in [600, 2648, 2000, 2001, 1] {
        let centre = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
        let centre = DayNumber::from(centre).rata_die();
        let days: Vec<DayNumber> = (centre - 800..centre + 800).map(day).collect();
        for calendar in [Calendar::CIVIL, Calendar::TBLA] {
            let dates: Vec<HijriDate> =
                days.iter().map(|&d| HijriDate::from_day_number(calendar, d).unwrap()).collect();
            check_back(&dates);
            check_back(&shuffled(&dates, 17));
            check_back(&dates.iter().step_by(3).copied().collect::<Vec<_>>());
        }
    }
}

/// Back from chunks of one calendar with one date of another at each position of a 70-date
/// column (chunks of 16 and, for tabular day numbers, 64): a calendar that differs only in its
/// epoch, or only in its leap cycle, or is not tabular.
#[test]
fn one_other_calendar_inside_a_chunk_back() {
    use hijri_calendar::{Epoch, LeapCycle};
    let others = [
        Calendar::TBLA,
        Calendar::Tabular { cycle: LeapCycle::I, epoch: Epoch::Friday },
        Calendar::UmmAlQura,
        Calendar::UmmAlQuraExtended,
    ];
    for (calendar, start) in [(Calendar::CIVIL, 1442), (Calendar::UmmAlQura, 1442)] {
        let column: Vec<HijriDate> =
            HijriDate::new(calendar, start, 1, 1).unwrap().iter_days().take(70).collect();
        for other in others.into_iter().filter(|&c| c != calendar) {
            for position in 0..column.len() {
                let mut dates = column.clone();
                dates[position] = dates[position].to_calendar(other).unwrap();
                check_back(&dates);
            }
        }
    }
}

/// Tabular dates back to day numbers across the years where the bulk loop uses a closed form
/// (0..=4095 AH) and where it does not: every day from 40 days before 1 Muharram 0 AH to 40
/// days after it, and likewise at 1 Muharram 4096, in every tabular calendar, sorted and
/// shuffled, so that chunks hold years on both sides.
#[test]
fn tabular_years_either_side_of_the_closed_form_back() {
    use hijri_calendar::{Epoch, LeapCycle};
    for cycle in LeapCycle::ALL {
        for epoch in Epoch::ALL {
            let calendar = Calendar::Tabular { cycle, epoch };
            for year in [0, 4096] {
                let start =
                    HijriDate::new(calendar, year, 1, 1).unwrap().to_day_number().rata_die();
                let dates: Vec<HijriDate> = (-40..=40)
                    .map(|k| HijriDate::from_day_number(calendar, day(start + k)).unwrap())
                    .collect();
                assert!(dates.iter().any(|d| d.year() == year - 1));
                check_back(&dates);
                check_back(&shuffled(&dates, 7));
            }
        }
    }
}

#[test]
fn mixed_calendars_back() {
    let calendars = every_calendar();
    let dates: Vec<HijriDate> = umm_al_qura_days()
        .iter()
        .step_by(7)
        .enumerate()
        .filter_map(|(i, &d)| {
            HijriDate::from_day_number(calendars[(i / 3) % calendars.len()], d).ok()
        })
        .collect();
    check_back(&dates);
}

#[test]
fn errors_in_place() {
    let inside = NaiveDate::from_ymd_opt(2020, 10, 1).unwrap();
    let column = [inside, NaiveDate::MIN, inside, NaiveDate::MAX, inside];
    let mut results = [Ok(Calendar::CIVIL.first_date()); 5];
    let summary = bulk::hijri_from_naive_dates(Calendar::UmmAlQura, &column, &mut results).unwrap();
    assert_eq!(summary.failed(), 2);
    assert_eq!(summary.converted(), 3);
    for (result, date) in results.iter().zip(column) {
        assert_eq!(*result, HijriDate::from_naive_date(Calendar::UmmAlQura, date));
    }
    assert_eq!(
        results[1].unwrap_err().to_string(),
        "gregorian date -262143-01-01 is out of range for islamic-umalqura (1882-11-12..=2174-11-25)"
    );
    let (index, error) = summary.first_failure().unwrap();
    assert_eq!((index, Err(error)), (1, results[1]));
    assert_eq!(
        summary.to_string(),
        "3 converted, 2 failed (first at index 1: gregorian date -262143-01-01 is out of range \
         for islamic-umalqura (1882-11-12..=2174-11-25))"
    );
    // The tabular calendars hold every NaiveDate.
    let mut options = [None; 5];
    let summary = bulk::hijri_from_naive_dates(Calendar::CIVIL, &column, &mut options).unwrap();
    assert!(summary.is_complete());
    assert_eq!(summary.to_string(), "5 converted, 0 failed");
    assert_eq!(options[1], HijriDate::from_naive_date(Calendar::CIVIL, NaiveDate::MIN).ok());
}

#[test]
fn length_mismatch_is_an_error_and_writes_nothing() {
    let days = [day(737_699); 3];
    let mut short: Vec<Option<HijriDate>> = vec![None; 2];
    let err = bulk::hijri_from_day_numbers(Calendar::UmmAlQura, &days, &mut short).unwrap_err();
    assert_eq!((err.input_len(), err.output_len()), (3, 2));
    assert_eq!(err.to_string(), "output has 2 elements for 3 inputs; the lengths must be equal");
    assert_eq!(short, [None, None]);
    let mut long: Vec<Option<YearMonthDay>> = vec![None; 4];
    assert!(bulk::hijri_from_day_numbers(Calendar::CIVIL, &days, &mut long).is_err());
    let gregorian = [GregorianDate::MIN; 3];
    assert!(bulk::hijri_from_gregorian(Calendar::CIVIL, &gregorian, &mut long).is_err());
    let naive = [NaiveDate::MIN; 3];
    assert!(bulk::hijri_from_naive_dates(Calendar::CIVIL, &naive, &mut long).is_err());
    let hijri = [Calendar::CIVIL.first_date(); 3];
    let mut out = [DayNumber::MAX; 2];
    assert_eq!(bulk::day_numbers_from_hijri(&hijri, &mut out), Err(err));
    assert_eq!(out, [DayNumber::MAX; 2]);
    assert!(bulk::gregorian_from_hijri(&hijri, &mut [GregorianDate::MIN; 4]).is_err());
    assert!(bulk::naive_dates_from_hijri(&hijri, &mut [NaiveDate::MIN; 1]).is_err());
}

#[test]
fn empty_columns() {
    let mut out: [Option<HijriDate>; 0] = [];
    let summary = bulk::hijri_from_day_numbers(Calendar::UmmAlQura, &[], &mut out).unwrap();
    assert_eq!(summary, BulkSummary::default());
    assert!(bulk::day_numbers_from_hijri(&[], &mut []).is_ok());
    assert!(bulk::naive_dates_from_hijri(&[], &mut []).is_ok());
}

#[test]
fn output_element_sizes() {
    use core::mem::size_of;
    assert_eq!(size_of::<Option<YearMonthDay>>(), 8);
    assert_eq!(size_of::<Option<HijriDate>>(), 24);
}

fn slot_generic<S: HijriSlot + Clone>(empty: S, days: &[DayNumber]) -> BulkSummary {
    let mut out = vec![empty; days.len()];
    bulk::hijri_from_day_numbers(Calendar::UmmAlQura, days, &mut out).unwrap()
}

#[test]
fn slots_are_usable_generically() {
    let days = [day(737_699), DayNumber::MIN];
    assert_eq!(slot_generic(None::<YearMonthDay>, &days).failed(), 1);
    assert_eq!(slot_generic(None::<HijriDate>, &days).failed(), 1);
}

/// Day numbers from anywhere: the Umm al-Qura range and its edges, and the whole range.
fn any_day() -> impl Strategy<Value = DayNumber> {
    let uq_first = Calendar::UmmAlQura.first_date().to_day_number().rata_die();
    let uq_last = Calendar::UmmAlQura.last_date().to_day_number().rata_die();
    prop_oneof![
        (uq_first - 50..=uq_last + 50).prop_map(day),
        (DayNumber::MIN.rata_die()..=DayNumber::MAX.rata_die()).prop_map(day),
        (DayNumber::MIN.rata_die()..DayNumber::MIN.rata_die() + 400).prop_map(day),
        (DayNumber::MAX.rata_die() - 400..=DayNumber::MAX.rata_die()).prop_map(day),
    ]
}

/// A column: random days, or a run of consecutive days from a random start with random gaps.
fn column() -> impl Strategy<Value = Vec<DayNumber>> {
    prop_oneof![
        prop::collection::vec(any_day(), 0..300),
        (any_day(), prop::collection::vec(0i64..3, 0..300)).prop_map(|(start, gaps)| {
            let mut current = start.rata_die();
            gaps.iter()
                .filter_map(|gap| {
                    current += gap;
                    DayNumber::from_rata_die(current).ok()
                })
                .collect()
        }),
    ]
}

proptest! {
    #[test]
    fn random_columns_match_single_conversions(
        days in column(),
        which in 0..Calendar::ALL.len() + 1,
    ) {
        let calendar = every_calendar()[which];
        check_day_numbers(calendar, &days);
        check_gregorian_and_naive(calendar, &days);
        let dates: Vec<HijriDate> =
            days.iter().filter_map(|&d| HijriDate::from_day_number(calendar, d).ok()).collect();
        check_back(&dates);
    }
}
