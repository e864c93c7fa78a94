//! Every day of the reference tables, both directions.
//!
//! Sources (see tests/data/ and ../shared/reference/README.md):
//! - umalqura-kacst.months.tsv: KACST Umm al-Qura, 1300-01 ..= 1600-12, from OpenJDK 17
//!   HijrahChronology; identical to ICU4C 78.2 and ICU4X 2.4.0 over the range.
//! - tabular-civil.months.tsv / tabular-tbla.months.tsv: ICU4C islamic-civil / islamic-tbla,
//!   1299-03 ..= 1603-02; ICU4X and Python convertdate agree.

mod common;

use common::{month_rows, plus_days, MonthRow};
use hijri_calendar::{Calendar, GregorianDate, HijriDate};

/// Checks every day of every month of `rows` in `calendar`, Hijri → Gregorian and back.
fn check_every_day(calendar: Calendar, rows: &[MonthRow]) -> usize {
    let mut days = 0;
    for row in rows {
        assert_eq!(
            calendar.days_in_month(row.year, row.month).unwrap(),
            row.length,
            "{calendar} {}-{:02}: month length",
            row.year,
            row.month
        );
        for day in 1..=row.length {
            let hijri = HijriDate::new(calendar, row.year, row.month, day).unwrap();
            let expected = plus_days(row.first_day, i64::from(day) - 1);
            assert_eq!(hijri.to_day_number(), expected, "{hijri:?} → day number");
            let gregorian = GregorianDate::from_day_number(expected);
            assert_eq!(hijri.to_gregorian(), gregorian);
            assert_eq!(
                HijriDate::from_gregorian(calendar, gregorian).unwrap(),
                hijri,
                "{gregorian} → Hijri"
            );
            days += 1;
        }
        // The day after a month's last day is not in that month.
        assert!(HijriDate::new(calendar, row.year, row.month, row.length + 1).is_err());
    }
    days
}

/// The months of the table follow each other without gap or overlap.
fn check_contiguous(rows: &[MonthRow]) {
    for pair in rows.windows(2) {
        let next_start = plus_days(pair[0].first_day, i64::from(pair[0].length));
        assert_eq!(next_start, pair[1].first_day.to_day_number(), "table gap after {:?}", pair[0]);
    }
}

#[test]
fn umm_al_qura_every_day_of_the_kacst_table() {
    let rows = month_rows("umalqura-kacst.months.tsv");
    assert_eq!(rows.len(), 3_612);
    check_contiguous(&rows);
    let days = check_every_day(Calendar::UmmAlQura, &rows);
    assert_eq!(days, 106_665); // 1882-11-12 ..= 2174-11-25, inclusive
                               // The table is the whole range: the days just outside it are errors.
    let first = rows[0].first_day.to_day_number();
    let last =
        plus_days(rows[rows.len() - 1].first_day, i64::from(rows[rows.len() - 1].length) - 1);
    assert_eq!(Calendar::UmmAlQura.first_date().to_day_number(), first);
    assert_eq!(Calendar::UmmAlQura.last_date().to_day_number(), last);
    assert!(HijriDate::from_day_number(Calendar::UmmAlQura, first.add_days(-1).unwrap()).is_err());
    assert!(HijriDate::from_day_number(Calendar::UmmAlQura, last.add_days(1).unwrap()).is_err());
}

#[test]
fn islamic_civil_every_day_of_the_icu_table() {
    let rows = month_rows("tabular-civil.months.tsv");
    check_contiguous(&rows);
    assert!(check_every_day(Calendar::CIVIL, &rows) > 100_000);
}

#[test]
fn islamic_tbla_every_day_of_the_icu_table() {
    let rows = month_rows("tabular-tbla.months.tsv");
    check_contiguous(&rows);
    assert!(check_every_day(Calendar::TBLA, &rows) > 100_000);
}

#[test]
fn known_days() {
    // 14 Safar 1442 AH (Umm al-Qura) is Thursday 2020-10-01 (reference README).
    let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14).unwrap();
    assert_eq!(date.to_gregorian(), GregorianDate::new(2020, 10, 1).unwrap());
    assert_eq!(date.weekday(), hijri_calendar::Weekday::Thursday);
    // Eid al-Fitr 1441 = 2020-05-24; 1 Ramadan 1447 = 2026-02-18 (Umm al-Qura).
    let eid = HijriDate::new(Calendar::UmmAlQura, 1441, 10, 1).unwrap();
    assert_eq!(eid.to_gregorian().to_string(), "2020-05-24");
    let ramadan = HijriDate::new(Calendar::UmmAlQura, 1447, 9, 1).unwrap();
    assert_eq!(ramadan.to_gregorian().to_string(), "2026-02-18");
}

#[test]
fn umm_al_qura_published_every_day_of_its_table() {
    let rows = month_rows("umalqura-published.months.tsv");
    assert_eq!(rows.len(), 1_896);
    check_contiguous(&rows);
    let days = check_every_day(Calendar::UmmAlQuraPublished, &rows);
    let first = rows[0].first_day.to_day_number();
    let last =
        plus_days(rows[rows.len() - 1].first_day, i64::from(rows[rows.len() - 1].length) - 1);
    assert_eq!(days as i64, first.days_until(last) + 1);
    assert_eq!(Calendar::UmmAlQuraPublished.first_date().to_day_number(), first);
    assert_eq!(Calendar::UmmAlQuraPublished.last_date().to_day_number(), last);
    // The published irregularities are kept: five months of 28 days and three of 31.
    let lengths: Vec<u8> = rows.iter().map(|r| r.length).collect();
    assert_eq!(lengths.iter().filter(|&&l| l == 28).count(), 5);
    assert_eq!(lengths.iter().filter(|&&l| l == 31).count(), 3);
}

#[test]
fn published_and_kacst_tables_differ_where_documented() {
    // 740 month starts differ, all in 1343–1419 and 1451–1500 AH.
    let kacst = month_rows("umalqura-kacst.months.tsv");
    let published = month_rows("umalqura-published.months.tsv");
    let mut differing = 0;
    for p in &published {
        let k = kacst.iter().find(|k| (k.year, k.month) == (p.year, p.month)).unwrap();
        let a = HijriDate::new(Calendar::UmmAlQura, p.year, p.month, 1).unwrap().to_day_number();
        let b = HijriDate::new(Calendar::UmmAlQuraPublished, p.year, p.month, 1)
            .unwrap()
            .to_day_number();
        assert_eq!(a, k.first_day.to_day_number());
        if a != b {
            differing += 1;
            assert!(
                (1343..=1419).contains(&p.year) || (1451..=1500).contains(&p.year),
                "{}-{}",
                p.year,
                p.month
            );
        }
    }
    assert_eq!(differing, 740);
}

#[test]
fn extended_umm_al_qura_is_the_table_inside_and_civil_outside() {
    let extended = Calendar::UmmAlQuraExtended;
    for date in Calendar::UmmAlQura.first_date().iter_days() {
        let moved = date.to_calendar(extended).unwrap();
        assert_eq!(
            (moved.year(), moved.month(), moved.day()),
            (date.year(), date.month(), date.day())
        );
        assert!(!moved.is_extrapolated());
    }
    for (y, m, d) in [(1299, 12, 29), (1, 1, 1), (-5000, 7, 3), (1601, 1, 1), (9000, 12, 29)] {
        let civil = HijriDate::new(Calendar::CIVIL, y, m, d).unwrap();
        let ext = HijriDate::new(extended, y, m, d).unwrap();
        assert_eq!(ext.to_day_number(), civil.to_day_number());
        assert!(ext.is_extrapolated());
    }
    // The joins: the day before the table is the civil 1299-12-29 (not a leap year), the day after is 1601-01-01.
    let first = HijriDate::new(extended, 1300, 1, 1).unwrap();
    assert_eq!(first.add_days(-1).unwrap().to_string(), "1299-12-29");
    let last = HijriDate::new(extended, 1600, 12, 30).unwrap();
    assert_eq!(last.add_days(1).unwrap().to_string(), "1601-01-01");
    assert_eq!(extended.first_date().to_gregorian(), GregorianDate::MIN);
    assert_eq!(extended.last_date().to_gregorian(), GregorianDate::MAX);
}
