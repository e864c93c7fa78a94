//! Observances: known dates, the double in a Gregorian year, range errors at the calendars'
//! ends, and invariants over whole ranges.

use hijri_calendar::names::Language;
use hijri_calendar::observances::{self, Observance};
use hijri_calendar::{Calendar, GregorianDate, HijriDate};

fn iso(date: GregorianDate) -> String {
    date.to_string()
}

/// Published values (Umm al-Qura): Eid al-Fitr 1441 was announced for Sunday 24 May 2020; the
/// Umm al-Qura calendar puts 1 Ramadan 1447 on Wednesday 18 February 2026.
#[test]
fn known_umm_al_qura_dates() {
    let eid = Observance::EidAlFitr.in_hijri_year(Calendar::UmmAlQura, 1441).unwrap();
    assert_eq!(iso(eid.to_gregorian()), "2020-05-24");
    let ramadan = Observance::FirstOfRamadan.in_hijri_year(Calendar::UmmAlQura, 1447).unwrap();
    assert_eq!(iso(ramadan.to_gregorian()), "2026-02-18");
    assert_eq!(ramadan.weekday(), hijri_calendar::Weekday::Wednesday);
    // Arafah is the eve of Eid al-Adha, in every year.
    let year = observances::in_hijri_year(Calendar::UmmAlQura, 1445).unwrap();
    assert_eq!(iso(year[8].gregorian()), "2024-06-15");
    assert_eq!(iso(year[9].gregorian()), "2024-06-16");
}

#[test]
fn a_hijri_year_lists_the_ten_in_order() {
    let year = observances::in_hijri_year(Calendar::CIVIL, 1447).unwrap();
    let kinds: Vec<Observance> = year.iter().map(|o| o.observance).collect();
    assert_eq!(kinds, Observance::ALL);
    for o in year {
        assert_eq!((o.date.month(), o.date.day()), o.observance.month_day());
        assert_eq!(o.date.year(), 1447);
        assert_eq!(o.date.calendar(), Calendar::CIVIL);
        assert_eq!(Observance::on(o.date), Some(o.observance));
    }
    assert!(year.windows(2).all(|w| w[0].date.to_day_number() < w[1].date.to_day_number()));
}

#[test]
fn gregorian_2030_holds_two_first_days_of_ramadan() {
    let year = observances::in_gregorian_year(Calendar::UmmAlQura, 2030).unwrap();
    let ramadan: Vec<(String, String)> = year
        .iter()
        .filter(|o| o.observance == Observance::FirstOfRamadan)
        .map(|o| (o.date.to_string(), iso(o.gregorian())))
        .collect();
    assert_eq!(ramadan.len(), 2, "{ramadan:?}");
    assert_eq!(ramadan[0].0, "1451-09-01");
    assert_eq!(ramadan[1].0, "1452-09-01");
    assert!(ramadan.iter().all(|(_, g)| g.starts_with("2030-")));
    // Also in a tabular calendar.
    let civil = observances::in_gregorian_year(Calendar::CIVIL, 2030).unwrap();
    let count = civil.iter().filter(|o| o.observance == Observance::FirstOfRamadan).count();
    assert_eq!(count, 2);
}

#[test]
fn gregorian_years_are_complete_sorted_and_inside_the_year() {
    for calendar in [Calendar::UmmAlQura, Calendar::CIVIL, Calendar::TBLA] {
        for year in 1900..=2100 {
            let list = observances::in_gregorian_year(calendar, year).unwrap();
            assert!(list.windows(2).all(|w| w[0].date.to_day_number() < w[1].date.to_day_number()));
            for o in &list {
                assert_eq!(o.gregorian().year(), year);
                assert_eq!(o.date.calendar(), calendar);
            }
            // Each observance once, or twice (365 or 366 days hold at most two Hijri
            // anniversaries 354 or 355 days apart).
            for kind in Observance::ALL {
                let n = list.iter().filter(|o| o.observance == kind).count();
                assert!((1..=2).contains(&n), "{calendar} {year} {kind}: {n}");
            }
            // Every day of the year with an observance is listed: compare with a day-by-day scan.
            let first = GregorianDate::new(year, 1, 1).unwrap();
            let start = HijriDate::from_gregorian(calendar, first).unwrap();
            let scanned: Vec<HijriDate> = start
                .iter_days()
                .take_while(|d| d.to_gregorian().year() == year)
                .filter(|d| Observance::on(*d).is_some())
                .collect();
            let listed: Vec<HijriDate> = list.iter().map(|o| o.date).collect();
            assert_eq!(scanned, listed, "{calendar} {year}");
        }
    }
}

#[test]
fn range_errors_at_the_ends_of_umm_al_qura() {
    let err = observances::in_hijri_year(Calendar::UmmAlQura, 1299).unwrap_err();
    assert_eq!(err.to_string(), "year 1299 is out of range for islamic-umalqura (1300..=1600)");
    assert!(observances::in_hijri_year(Calendar::UmmAlQura, 1300).is_ok());
    assert!(observances::in_hijri_year(Calendar::UmmAlQura, 1600).is_ok());
    // Gregorian years partly outside the table are refused, naming the first day outside.
    let err = observances::in_gregorian_year(Calendar::UmmAlQura, 1882).unwrap_err();
    assert_eq!(
        err.to_string(),
        "gregorian date 1882-01-01 is out of range for islamic-umalqura (1882-11-12..=2174-11-25)"
    );
    let err = observances::in_gregorian_year(Calendar::UmmAlQura, 2174).unwrap_err();
    assert_eq!(
        err.to_string(),
        "gregorian date 2174-12-31 is out of range for islamic-umalqura (1882-11-12..=2174-11-25)"
    );
    assert!(observances::in_gregorian_year(Calendar::UmmAlQura, 1883).is_ok());
    assert!(observances::in_gregorian_year(Calendar::UmmAlQura, 2173).is_ok());
}

#[test]
fn range_errors_at_the_ends_of_the_tabular_calendars() {
    let last = Calendar::CIVIL.last_date();
    let first = Calendar::CIVIL.first_date();
    // The years in which the range ends are partial: the year is refused, not cut.
    assert!(observances::in_hijri_year(Calendar::CIVIL, last.year()).is_err());
    assert!(observances::in_hijri_year(Calendar::CIVIL, first.year()).is_err());
    assert!(observances::in_hijri_year(Calendar::CIVIL, last.year() - 1).is_ok());
    assert!(observances::in_hijri_year(Calendar::CIVIL, i32::MAX).is_err());
    assert!(observances::in_gregorian_year(Calendar::CIVIL, 262_142).is_ok());
    let err = observances::in_gregorian_year(Calendar::CIVIL, 262_143).unwrap_err();
    assert_eq!(err.to_string(), "year 262143 is out of range for gregorian (-262143..=262142)");
    assert!(observances::in_gregorian_year(Calendar::CIVIL, i32::MIN).is_err());
}

#[test]
fn names_in_both_languages_are_distinct() {
    for language in [Language::Arabic, Language::English] {
        let mut names: Vec<&str> = Observance::ALL.iter().map(|o| o.name(language)).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 10);
    }
    assert_eq!(Observance::EidAlFitr.name(Language::Arabic), "عيد الفطر");
    assert_eq!(Observance::LaylatAlQadr.to_string(), "Laylat al-Qadr");
}
