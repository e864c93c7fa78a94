//! The facts COMPARE.md states about the Rust peers (dev-dependencies here), checked by running
//! them: icu_calendar 2.4 and hijri_date 0.5.

use hijri_calendar::{Calendar, GregorianDate, HijriDate};
use icu_calendar::cal::Hijri;
use icu_calendar::Date;

fn icu_umm_al_qura(date: GregorianDate) -> (i32, u8, u8) {
    let iso = Date::try_new_iso(date.year(), date.month(), date.day()).unwrap();
    let hijri = iso.to_calendar(Hijri::new_umm_al_qura());
    (hijri.year().extended_year(), hijri.month().ordinal, hijri.day_of_month().0)
}

#[test]
fn icu_calendar_agrees_with_the_kacst_table_and_answers_outside_it_without_an_error() {
    // Inside the table: the same day for day (sampled every 7 days here; the reference README
    // records a full comparison).
    for date in Calendar::UmmAlQura.first_date().iter_days().step_by(7) {
        let ours = (date.year(), date.month(), date.day());
        assert_eq!(icu_umm_al_qura(date.to_gregorian()), ours, "{date:?}");
    }
    // Outside it, icu_calendar still answers (no error), where we return a RangeError.
    // Outside it, icu_calendar answers with the tabular civil calendar, without an error or a
    // flag; we return a RangeError (or, asked for islamic-umalqura-extended, the same civil
    // date marked as extrapolated).
    for (y, m, d) in [(1700, 3, 1), (1882, 11, 11), (2174, 11, 26), (2200, 1, 1), (2500, 6, 30)] {
        let outside = GregorianDate::new(y, m, d).unwrap();
        assert!(HijriDate::from_gregorian(Calendar::UmmAlQura, outside).is_err());
        let civil = HijriDate::from_gregorian(Calendar::CIVIL, outside).unwrap();
        assert_eq!(
            icu_umm_al_qura(outside),
            (civil.year(), civil.month(), civil.day()),
            "{outside}"
        );
        let extended = HijriDate::from_gregorian(Calendar::UmmAlQuraExtended, outside).unwrap();
        assert!(extended.is_extrapolated());
    }
}

#[test]
fn hijri_date_covers_1938_to_2076_and_follows_the_published_table_before_1420() {
    assert!(hijri_date::HijriDate::from_gr(1937, 12, 31).is_err());
    assert!(hijri_date::HijriDate::from_gr(2077, 1, 1).is_err());
    let mut agree_published = 0;
    let mut agree_kacst = 0;
    let mut days = 0;
    let first = GregorianDate::new(1938, 6, 1).unwrap().to_day_number();
    let last = HijriDate::new(Calendar::UmmAlQura, 1419, 12, 29).unwrap().to_day_number();
    let mut day = first;
    while day <= last {
        let g = GregorianDate::from_day_number(day);
        let theirs =
            hijri_date::HijriDate::from_gr(g.year() as usize, g.month() as usize, g.day() as usize)
                .unwrap();
        let theirs = (theirs.year() as i32, theirs.month() as u8, theirs.day() as u8);
        let fields = |d: HijriDate| (d.year(), d.month(), d.day());
        agree_published += usize::from(
            fields(HijriDate::from_gregorian(Calendar::UmmAlQuraPublished, g).unwrap()) == theirs,
        );
        agree_kacst += usize::from(
            fields(HijriDate::from_gregorian(Calendar::UmmAlQura, g).unwrap()) == theirs,
        );
        days += 1;
        day = day.add_days(1).unwrap();
    }
    eprintln!("hijri_date 1938-06-01..1419 AH: {days} days, {agree_published} as published, {agree_kacst} as KACST");
    assert!(agree_published * 100 > days * 99, "{agree_published} of {days}");
    assert!(agree_kacst * 100 < days * 80, "{agree_kacst} of {days}");
}
