//! Adjusted calendars: overrides of month starts on a built-in calendar.

use hijri_calendar::{
    AdjustedCalendar, Calendar, DayNumber, GregorianDate, HijriDate, MonthStart, Overflow,
};
use proptest::prelude::*;

fn greg(y: i32, m: u8, d: u8) -> GregorianDate {
    GregorianDate::new(y, m, d).unwrap()
}

fn calendar(text: &str) -> Calendar {
    Calendar::Adjusted(AdjustedCalendar::from_text(text).unwrap().leak())
}

#[test]
fn moroccan_jumada_al_ula_1443() {
    // "29 جمادى الأولى 1443 هـ موافق 3 يناير 2022 م" where Umm al-Qura says 2 January.
    let morocco = calendar("authority: Morocco (example)\n1443-05 = 2021-12-06\n");
    let date = HijriDate::new(morocco, 1443, 5, 29).unwrap();
    assert_eq!(date.to_gregorian(), greg(2022, 1, 3));
    assert_eq!(
        HijriDate::new(Calendar::UmmAlQura, 1443, 5, 29).unwrap().to_gregorian(),
        greg(2022, 1, 2)
    );
    // The months around it: Rabi al-Thani 1443 gains a day, Jumada al-Ula loses one.
    assert_eq!(
        morocco.days_in_month(1443, 4).unwrap(),
        Calendar::UmmAlQura.days_in_month(1443, 4).unwrap() + 1
    );
    assert_eq!(
        morocco.days_in_month(1443, 5).unwrap(),
        Calendar::UmmAlQura.days_in_month(1443, 5).unwrap() - 1
    );
    assert_eq!(format!("{date:?}"), "HijriDate(1443-05-29, islamic-umalqura+Morocco (example))");
    // Arithmetic and calendar moves behave as anywhere else.
    assert_eq!(date.add_days(1).unwrap().to_string(), "1443-06-01");
    assert_eq!(date.add_months(1, Overflow::Clamp).unwrap().to_string(), "1443-06-29");
    assert_eq!(date.to_calendar(Calendar::UmmAlQura).unwrap().to_string(), "1443-05-30");
}

#[test]
fn no_overrides_is_the_base_on_every_day() {
    for base in [Calendar::UmmAlQura, Calendar::UmmAlQuraPublished] {
        let adjusted = Calendar::Adjusted(AdjustedCalendar::new(base, "same", &[]).unwrap().leak());
        assert_eq!(adjusted.first_date().to_day_number(), base.first_date().to_day_number());
        assert_eq!(adjusted.last_date().to_day_number(), base.last_date().to_day_number());
        for date in base.first_date().iter_days() {
            let moved = date.to_calendar(adjusted).unwrap();
            assert_eq!(
                (moved.year(), moved.month(), moved.day()),
                (date.year(), date.month(), date.day())
            );
            assert_eq!(moved.days_in_month(), date.days_in_month());
        }
    }
}

#[test]
fn text_format_round_trips_and_sorts() {
    let text = "# Example overrides, not an authority\nbase: islamic-civil\nauthority: Example\n\
                1447-09 = 2026-02-19  # Ramadan\n1443-05 = 2021-12-07\n";
    let adjusted = AdjustedCalendar::from_text(text).unwrap();
    assert_eq!(adjusted.base(), Calendar::CIVIL);
    assert_eq!(adjusted.name(), "islamic-civil+Example");
    assert_eq!(adjusted.month_starts().len(), 2);
    assert_eq!(adjusted.month_starts()[0].to_string(), "1443-05 = 2021-12-07");
    assert_eq!(
        adjusted.to_text(),
        "base: islamic-civil\nname: islamic-civil+Example\nauthority: Example\n1443-05 = 2021-12-07\n1447-09 = 2026-02-19\n"
    );
    assert_eq!(AdjustedCalendar::from_text(&adjusted.to_text()).unwrap(), adjusted);
}

#[test]
fn error_messages_name_the_override_and_the_conflict() {
    let cases = [
        (
            "1443-05 = 2021-12-09\n",
            "line 1: override 1443-05 = 2021-12-09 makes Rabi al-Thani 1443 33 days long (allowed 29..=30)",
        ),
        (
            "# comment\n\n1443-05 = 2021-12-03\n",
            "line 3: override 1443-05 = 2021-12-03 makes Rabi al-Thani 1443 27 days long (allowed 29..=30)",
        ),
        (
            "1443-05 = 2021-12-06\n1443-06 = 2022-01-06\n",
            // The first override meets the second: together they make Jumada al-Ula 31 days.
            "line 1: override 1443-05 = 2021-12-06 makes Jumada al-Ula 1443 31 days long (allowed 29..=30)",
        ),
        (
            "1443-05 = 2021-12-06\n1443-05 = 2021-12-05\n",
            "line 2: override 1443-05 = 2021-12-05 moves the month 1443-05 = 2021-12-06 already moves",
        ),
        (
            "1299-05 = 1882-03-20\n",
            "line 1: override 1299-05 = 1882-03-20 is outside the months islamic-umalqura can move (1300-01-01..=1600-12-30, whole years only)",
        ),
        (
            "1300-01 = 1882-11-13\n",
            "line 1: override 1300-01 = 1882-11-13 is outside the months islamic-umalqura can move (1300-01-01..=1600-12-30, whole years only)",
        ),
        ("1443-5 = 2021-12-06\n", "line 1: expected an override YYYY-MM = YYYY-MM-DD"),
        ("1443-05 = 2021-02-30\n", "line 1: expected an override YYYY-MM = YYYY-MM-DD"),
        ("colour: red\n", "line 1: expected a header (base:, name:, authority:)"),
    ];
    for (text, message) in cases {
        assert_eq!(AdjustedCalendar::from_text(text).unwrap_err().to_string(), message, "{text:?}");
    }
    let err = AdjustedCalendar::from_text("base: julian\n").unwrap_err();
    assert!(err
        .to_string()
        .starts_with("line 1: unknown base calendar; expected one of islamic-umalqura,"));
    let inner = Calendar::Adjusted(AdjustedCalendar::from_text("").unwrap().leak());
    assert_eq!(
        AdjustedCalendar::new(inner, "nested", &[]).unwrap_err().to_string(),
        "the base of an adjusted calendar must be a built-in calendar"
    );
}

/// A month of the Umm al-Qura table and a shift of its start by −1 or +1 day that keeps the
/// month before and the month itself at 29 or 30 days.
fn valid_override() -> impl Strategy<Value = MonthStart> {
    (1300i32..=1600, 1u8..=12, prop_oneof![Just(-1i64), Just(1i64)]).prop_filter_map(
        "shift makes a month of 28 or 31 days",
        |(year, month, shift)| {
            if (year, month) == (1300, 1) || (year, month) == (1600, 12) {
                return None;
            }
            let uq = Calendar::UmmAlQura;
            let start = HijriDate::new(uq, year, month, 1).ok()?;
            let before = start.add_days(-1).ok()?.days_in_month() as i64 + shift;
            let length = start.days_in_month() as i64 - shift;
            if !(29..=30).contains(&before) || !(29..=30).contains(&length) {
                return None;
            }
            let first_day =
                GregorianDate::from_day_number(start.to_day_number().add_days(shift).ok()?);
            Some(MonthStart::new(year, month, first_day))
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn round_trips_and_untouched_days_with_a_random_override(start in valid_override(), offset in -60i64..60) {
        let text = format!("{start}\n");
        let adjusted = calendar(&text);
        let uq = Calendar::UmmAlQura;
        let base_start = HijriDate::new(uq, start.year(), start.month(), 1).unwrap().to_day_number();
        let day = base_start.add_days(offset).unwrap();
        if HijriDate::from_day_number(uq, day).is_err() {
            // Sixty days from a month near 1300 or 1600 can leave the table: the adjusted
            // calendar's range is its base's.
            prop_assert!(HijriDate::from_day_number(adjusted, day).is_err());
            return Ok(());
        }
        let date = HijriDate::from_day_number(adjusted, day).unwrap();
        prop_assert_eq!(date.to_day_number(), day);
        prop_assert_eq!(HijriDate::new(adjusted, date.year(), date.month(), date.day()).unwrap(), date);
        // Days outside the two months around the override keep their Umm al-Qura date.
        let base = HijriDate::from_day_number(uq, day).unwrap();
        let month_index = |y: i32, m: u8| i64::from(y) * 12 + i64::from(m);
        let touched = month_index(start.year(), start.month());
        let this = month_index(base.year(), base.month());
        if this != touched && this != touched - 1 {
            prop_assert_eq!((date.year(), date.month(), date.day()), (base.year(), base.month(), base.day()));
        }
        // The override itself holds.
        let first = HijriDate::new(adjusted, start.year(), start.month(), 1).unwrap();
        prop_assert_eq!(first.to_gregorian(), start.first_day());
    }

    #[test]
    fn any_text_never_panics(text in "\\PC{0,80}") {
        let _ = AdjustedCalendar::from_text(&text);
    }
}

#[test]
fn every_day_round_trips_with_many_overrides() {
    // Every Ramadan of 1420..=1450 starts a day late where that keeps months of 29 or 30 days.
    let mut text = String::from("name: late-ramadan\n");
    for year in 1420..=1450 {
        let uq = Calendar::UmmAlQura;
        let start = HijriDate::new(uq, year, 9, 1).unwrap();
        let before = start.add_days(-1).unwrap().days_in_month();
        if before == 29 && start.days_in_month() == 30 {
            text.push_str(&format!(
                "{}\n",
                MonthStart::new(year, 9, start.add_days(1).unwrap().to_gregorian())
            ));
        }
    }
    let adjusted = calendar(&text);
    assert!(text.lines().count() > 5, "{text}");
    let mut previous: Option<HijriDate> = None;
    for rd in adjusted.first_date().to_day_number().rata_die()
        ..=adjusted.last_date().to_day_number().rata_die()
    {
        let date =
            HijriDate::from_day_number(adjusted, DayNumber::from_rata_die(rd).unwrap()).unwrap();
        assert_eq!(date.to_day_number().rata_die(), rd);
        assert!((29..=30).contains(&date.days_in_month()));
        if let Some(p) = previous {
            assert!(date > p);
        }
        previous = Some(date);
    }
}

#[test]
fn the_sample_overrides_file_is_valid() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/overrides.sample.txt"
    ))
    .unwrap();
    assert!(text.starts_with("# AN EXAMPLE, NOT AN AUTHORITY."));
    let adjusted = AdjustedCalendar::from_text(&text).unwrap();
    assert_eq!(adjusted.name(), "example-local-sighting");
    assert_eq!(adjusted.month_starts().len(), 2);
    let calendar = Calendar::Adjusted(adjusted.leak());
    assert_eq!(HijriDate::new(calendar, 1447, 9, 1).unwrap().to_gregorian(), greg(2026, 2, 19));
}

#[test]
fn new_rejects_overrides_out_of_order() {
    static STARTS: [MonthStart; 2] = [
        MonthStart::new(
            1447,
            9,
            match GregorianDate::new(2026, 2, 19) {
                Ok(d) => d,
                Err(_) => panic!(),
            },
        ),
        MonthStart::new(
            1443,
            5,
            match GregorianDate::new(2021, 12, 6) {
                Ok(d) => d,
                Err(_) => panic!(),
            },
        ),
    ];
    assert_eq!(
        AdjustedCalendar::new(Calendar::UmmAlQura, "unsorted", &STARTS).unwrap_err().to_string(),
        "override 1443-05 = 2021-12-06 comes after 1447-09 = 2026-02-19; overrides must be in month order"
    );
}

#[test]
fn parse_and_format_in_an_adjusted_calendar() {
    use hijri_calendar::format::{Pattern, Printer};
    use hijri_calendar::parse::Parser;
    let morocco = calendar("1443-05 = 2021-12-06\n");
    // The Moroccan pair of issue 6 agrees in the adjusted calendar, not in Umm al-Qura.
    let text = "29 جمادى الأولى 1443 هـ موافق 3 يناير 2022 م";
    let adjusted = Parser::new().calendar(morocco).parse(text).unwrap();
    assert_eq!(adjusted.consistent(), Some(true));
    assert_eq!(adjusted.hijri_date().map(|d| d.calendar()), Some(morocco));
    let umm_al_qura = Parser::new().parse(text).unwrap();
    assert_eq!(umm_al_qura.consistent(), Some(false));
    // Printing a date of the adjusted calendar.
    let date = HijriDate::new(morocco, 1443, 5, 29).unwrap();
    let mut out = String::new();
    Printer::new().write(date, &Pattern::DUAL, &mut out).unwrap();
    assert_eq!(out, "الاثنين 29 جمادى الأولى 1443هـ الموافق 3 يناير 2022م");
}
