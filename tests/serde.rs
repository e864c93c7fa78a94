//! serde: human-readable strings and compact tuples, round trips and checked input.
#![cfg(feature = "serde")]

use hijri_calendar::{Calendar, DayNumber, GregorianDate, HijriDate};
use proptest::prelude::*;
use serde_test::{assert_tokens, Configure, Token};

#[test]
fn json_strings() {
    let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14).unwrap();
    assert_eq!(serde_json::to_string(&date).unwrap(), r#""1442-02-14[u-ca=islamic-umalqura]""#);
    let civil: HijriDate = serde_json::from_str(r#""-0005-12-03[u-ca=islamic-civil]""#).unwrap();
    assert_eq!(civil, HijriDate::new(Calendar::CIVIL, -5, 12, 3).unwrap());
    let gregorian = GregorianDate::new(2020, 10, 1).unwrap();
    assert_eq!(serde_json::to_string(&gregorian).unwrap(), r#""2020-10-01""#);
    assert_eq!(serde_json::to_string(&Calendar::TBLA).unwrap(), r#""islamic-tbla""#);
    assert_eq!(serde_json::to_string(&gregorian.to_day_number()).unwrap(), "737699");
    assert_eq!(serde_json::from_str::<DayNumber>("737699").unwrap(), gregorian.to_day_number());
}

#[test]
fn invalid_input_is_an_error_that_says_why() {
    let err =
        serde_json::from_str::<HijriDate>(r#""1442-01-30[u-ca=islamic-umalqura]""#).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("day 30 is out of range for Muharram 1442 in islamic-umalqura (1..=29)"),
        "{err}"
    );
    let err = serde_json::from_str::<HijriDate>(r#""1442-01-30""#).unwrap_err();
    assert!(
        err.to_string().contains("expected a Hijri date as YYYY-MM-DD[u-ca=CALENDAR]"),
        "{err}"
    );
    let err = serde_json::from_str::<HijriDate>(r#""1442-01-01[u-ca=julian]""#).unwrap_err();
    assert!(err.to_string().starts_with("unknown calendar \"julian\""), "{err}");
    assert!(serde_json::from_str::<GregorianDate>(r#""2023-02-29""#).is_err());
    assert!(serde_json::from_str::<DayNumber>("999999999999").is_err());
}

#[test]
fn compact_tuples() {
    let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14).unwrap();
    assert_tokens(
        &date.compact(),
        &[
            Token::Tuple { len: 4 },
            Token::I32(1442),
            Token::U8(2),
            Token::U8(14),
            Token::Str("islamic-umalqura"),
            Token::TupleEnd,
        ],
    );
    let gregorian = GregorianDate::new(2020, 10, 1).unwrap();
    assert_tokens(
        &gregorian.compact(),
        &[Token::Tuple { len: 3 }, Token::I32(2020), Token::U8(10), Token::U8(1), Token::TupleEnd],
    );
    assert_tokens(&date.readable(), &[Token::Str("1442-02-14[u-ca=islamic-umalqura]")]);
}

proptest! {
    #[test]
    fn every_calendar_round_trips_through_json(index in 0..Calendar::ALL.len(), offset in 0u64..) {
        let calendar = Calendar::ALL[index];
        let first = calendar.first_date().to_day_number().rata_die();
        let last = calendar.last_date().to_day_number().rata_die();
        let rd = first + (offset % (last - first + 1) as u64) as i64;
        let date = HijriDate::from_day_number(calendar, DayNumber::from_rata_die(rd).unwrap()).unwrap();
        let json = serde_json::to_string(&date).unwrap();
        prop_assert_eq!(serde_json::from_str::<HijriDate>(&json).unwrap(), date);
        let gregorian = date.to_gregorian();
        let json = serde_json::to_string(&gregorian).unwrap();
        prop_assert_eq!(serde_json::from_str::<GregorianDate>(&json).unwrap(), gregorian);
    }
}
