//! The exact text of every error message, and the facts errors carry.

use hijri_calendar::{
    Calendar, DayNumber, Epoch, Error, Field, GregorianDate, HijriDate, LeapCycle, Overflow,
};

fn uq(y: i32, m: u8, d: u8) -> HijriDate {
    HijriDate::new(Calendar::UmmAlQura, y, m, d).unwrap()
}

#[test]
fn hijri_field_messages() {
    let cases: &[(Calendar, i32, u8, u8, &str)] = &[
        (
            Calendar::UmmAlQura,
            1442,
            1,
            30,
            "day 30 is out of range for Muharram 1442 in islamic-umalqura (1..=29)",
        ),
        (
            Calendar::UmmAlQura,
            1442,
            1,
            0,
            "day 0 is out of range for Muharram 1442 in islamic-umalqura (1..=29)",
        ),
        (
            Calendar::UmmAlQura,
            1442,
            0,
            1,
            "month 0 is out of range for year 1442 in islamic-umalqura (1..=12)",
        ),
        (
            Calendar::UmmAlQura,
            1442,
            13,
            1,
            "month 13 is out of range for year 1442 in islamic-umalqura (1..=12)",
        ),
        (
            Calendar::UmmAlQura,
            1442,
            255,
            255,
            "month 255 is out of range for year 1442 in islamic-umalqura (1..=12)",
        ),
        (
            Calendar::UmmAlQura,
            1299,
            12,
            30,
            "year 1299 is out of range for islamic-umalqura (1300..=1600)",
        ),
        (
            Calendar::UmmAlQura,
            1601,
            1,
            1,
            "year 1601 is out of range for islamic-umalqura (1300..=1600)",
        ),
        (
            Calendar::UmmAlQura,
            i32::MIN,
            1,
            1,
            "year -2147483648 is out of range for islamic-umalqura (1300..=1600)",
        ),
        (
            Calendar::UmmAlQura,
            i32::MAX,
            0,
            0,
            "year 2147483647 is out of range for islamic-umalqura (1300..=1600)",
        ),
        (
            Calendar::CIVIL,
            1443,
            12,
            30,
            "day 30 is out of range for Dhu al-Hijjah 1443 in islamic-civil (1..=29)",
        ),
        (
            Calendar::CIVIL,
            1442,
            4,
            30,
            "day 30 is out of range for Rabi al-Thani 1442 in islamic-civil (1..=29)",
        ),
        (
            Calendar::TBLA,
            300_000,
            1,
            1,
            "year 300000 is out of range for islamic-tbla (-270830..=269547)",
        ),
        (
            Calendar::Tabular { cycle: LeapCycle::IV, epoch: Epoch::Thursday },
            i32::MAX,
            1,
            1,
            "year 2147483647 is out of range for tabular-IV-thursday (-270830..=269547)",
        ),
    ];
    for &(calendar, y, m, d, message) in cases {
        let err = HijriDate::new(calendar, y, m, d).unwrap_err();
        assert_eq!(err.to_string(), message);
        assert_eq!(Error::from(err).to_string(), message);
    }
}

#[test]
fn errors_carry_field_value_and_range() {
    let err = HijriDate::new(Calendar::UmmAlQura, 1442, 1, 30).unwrap_err();
    assert_eq!(
        (err.field(), err.value(), err.allowed(), err.calendar()),
        (Some(Field::Day), Some(30), Some((1, 29)), Some(Calendar::UmmAlQura))
    );
    let err = HijriDate::new(Calendar::UmmAlQura, 1442, 13, 1).unwrap_err();
    assert_eq!(
        (err.field(), err.value(), err.allowed()),
        (Some(Field::Month), Some(13), Some((1, 12)))
    );
    let err = HijriDate::new(Calendar::UmmAlQura, 2000, 1, 1).unwrap_err();
    assert_eq!(
        (err.field(), err.value(), err.allowed()),
        (Some(Field::Year), Some(2000), Some((1300, 1600)))
    );
}

#[test]
fn partial_years_at_the_ends_of_a_tabular_range() {
    let civil = Calendar::CIVIL;
    let first = civil.first_date();
    // Values from Reingold & Dershowitz's islamic-from-fixed, computed independently.
    assert_eq!(first.to_string(), "-270830-12-11");
    assert_eq!(civil.last_date().to_string(), "269547-10-01");
    assert_eq!(Calendar::TBLA.first_date().to_string(), "-270830-12-12");
    assert_eq!(Calendar::TBLA.last_date().to_string(), "269547-10-02");
    assert_eq!(
        HijriDate::new(civil, first.year(), 1, 1).unwrap_err().to_string(),
        "date -270830-01-01 is out of range for islamic-civil (-270830-12-11..=269547-10-01)"
    );
    assert_eq!(
        HijriDate::new(civil, 269_547, 10, 2).unwrap_err().to_string(),
        "date 269547-10-02 is out of range for islamic-civil (-270830-12-11..=269547-10-01)"
    );
}

#[test]
fn conversion_messages() {
    let after = GregorianDate::new(2174, 11, 26).unwrap();
    assert_eq!(
        HijriDate::from_gregorian(Calendar::UmmAlQura, after).unwrap_err().to_string(),
        "gregorian date 2174-11-26 is out of range for islamic-umalqura (1882-11-12..=2174-11-25)"
    );
    let before = GregorianDate::new(1882, 11, 11).unwrap();
    assert_eq!(
        HijriDate::from_gregorian(Calendar::UmmAlQura, before).unwrap_err().to_string(),
        "gregorian date 1882-11-11 is out of range for islamic-umalqura (1882-11-12..=2174-11-25)"
    );
    assert_eq!(
        HijriDate::from_gregorian(Calendar::UmmAlQura, GregorianDate::MIN).unwrap_err().to_string(),
        "gregorian date -262143-01-01 is out of range for islamic-umalqura (1882-11-12..=2174-11-25)"
    );
    assert_eq!(uq(1442, 2, 14).to_calendar(Calendar::UmmAlQura).unwrap(), uq(1442, 2, 14),);
    let far = HijriDate::new(Calendar::CIVIL, 5000, 1, 1).unwrap();
    assert_eq!(
        far.to_calendar(Calendar::UmmAlQura).unwrap_err().to_string(),
        "gregorian date 5472-09-09 is out of range for islamic-umalqura (1882-11-12..=2174-11-25)"
    );
}

#[test]
fn day_number_messages() {
    assert_eq!(
        DayNumber::from_rata_die(95_745_400).unwrap_err().to_string(),
        "day number 95745400 is out of range (-95746129..=95745399)"
    );
    assert_eq!(
        DayNumber::from_rata_die(i64::MIN).unwrap_err().to_string(),
        "day number -9223372036854775808 is out of range (-95746129..=95745399)"
    );
    assert_eq!(
        DayNumber::from_julian_day_number(i64::MIN).unwrap_err().to_string(),
        "julian day number -9223372036854775808 is out of range (-94024704..=97466824)"
    );
    assert_eq!(
        DayNumber::MAX.add_days(1).unwrap_err().to_string(),
        "day number 95745400 is out of range (-95746129..=95745399)"
    );
    assert_eq!(
        DayNumber::MAX.add_days(i64::MAX).unwrap_err().to_string(),
        "day number 9223372036854775807 is out of range (-95746129..=95745399)"
    );
}

#[test]
fn gregorian_messages() {
    let cases: &[(i32, u8, u8, &str)] = &[
        (2023, 2, 29, "day 29 is out of range for February 2023 in gregorian (1..=28)"),
        (2024, 4, 31, "day 31 is out of range for April 2024 in gregorian (1..=30)"),
        (2024, 13, 1, "month 13 is out of range for year 2024 in gregorian (1..=12)"),
        (262_143, 1, 1, "year 262143 is out of range for gregorian (-262143..=262142)"),
        (i32::MIN, 1, 1, "year -2147483648 is out of range for gregorian (-262143..=262142)"),
    ];
    for &(y, m, d, message) in cases {
        assert_eq!(GregorianDate::new(y, m, d).unwrap_err().to_string(), message);
    }
}

#[test]
fn arithmetic_messages() {
    let date = uq(1442, 2, 14);
    assert_eq!(
        date.add_days(100_000).unwrap_err().to_string(),
        "1442-02-14 plus 100000 days is out of range for islamic-umalqura (1300-01-01..=1600-12-30)"
    );
    assert_eq!(
        date.sub_days(100_000).unwrap_err().to_string(),
        "1442-02-14 plus -100000 days is out of range for islamic-umalqura (1300-01-01..=1600-12-30)"
    );
    assert_eq!(
        date.sub_days(i64::MIN).unwrap_err().to_string(),
        "1442-02-14 plus -9223372036854775808 days is out of range for islamic-umalqura (1300-01-01..=1600-12-30)"
    );
    assert_eq!(
        date.add_months(2_000, Overflow::Clamp).unwrap_err().to_string(),
        "1442-02-14 plus 2000 months is out of range for islamic-umalqura (1300-01-01..=1600-12-30)"
    );
    assert_eq!(
        date.add_months(i64::MIN, Overflow::Clamp).unwrap_err().to_string(),
        "1442-02-14 plus -9223372036854775808 months is out of range for islamic-umalqura (1300-01-01..=1600-12-30)"
    );
    assert_eq!(
        date.add_years(-200, Overflow::Reject).unwrap_err().to_string(),
        "1442-02-14 plus -200 years is out of range for islamic-umalqura (1300-01-01..=1600-12-30)"
    );
    // Rejecting a day that the target month lacks is a day error, not an arithmetic one.
    assert_eq!(
        uq(1442, 2, 30).add_months(1, Overflow::Reject).unwrap_err().to_string(),
        "day 30 is out of range for Rabi al-Awwal 1442 in islamic-umalqura (1..=29)"
    );
}

#[test]
fn unknown_calendar_message() {
    let err = "gregorian".parse::<Calendar>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown calendar \"gregorian\"; expected one of islamic-umalqura, islamic-umalqura-published, \
         islamic-umalqura-extended, turkey-diyanet, muhammadiyah-khgt, indonesia-mabims, fcna, umalqura-rule, \
         islamic-civil, islamic-tbla, \
         tabular-I-thursday, tabular-I-friday, tabular-II-thursday, tabular-II-friday, tabular-III-thursday, \
         tabular-III-friday, tabular-IV-thursday, tabular-IV-friday"
    );
    assert_eq!(Error::from(err.clone()).to_string(), err.to_string());
}

#[test]
fn calendar_names_parse_case_insensitively() {
    for calendar in Calendar::ALL {
        assert_eq!(calendar.name().parse::<Calendar>().unwrap(), calendar);
        assert_eq!(calendar.name().to_uppercase().parse::<Calendar>().unwrap(), calendar);
        if let Calendar::Tabular { cycle, epoch } = calendar {
            let long = format!("tabular-{}-{}", cycle.numeral(), epoch.name());
            assert_eq!(long.parse::<Calendar>().unwrap(), calendar);
            assert_eq!(long.to_lowercase().parse::<Calendar>().unwrap(), calendar);
        }
    }
    assert_eq!("Islamic-UmAlQura".parse::<Calendar>().unwrap(), Calendar::UmmAlQura);
    assert_eq!("TABULAR-ii-FRIDAY".parse::<Calendar>().unwrap(), Calendar::CIVIL);
    for bad in [
        "",
        "islamic",
        "tabular-V-friday",
        "tabular-II-saturday",
        "tabular-II-friday-x",
        "tabular--friday",
    ] {
        assert!(bad.parse::<Calendar>().is_err(), "{bad:?}");
    }
}
