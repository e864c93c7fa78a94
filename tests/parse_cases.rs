//! The parser against the cases of issue 3: what it must read, what it must reject, the exact
//! text of its error messages, and find_dates over a real news article.

use hijri_calendar::parse::{
    find_dates, parse, DateOrder, Expected, NumericCalendar, ParseErrorKind, ParsedDate, Parser,
    Strictness, Written,
};
use hijri_calendar::{Calendar, GregorianDate, HijriDate, Weekday};

fn hijri(text: &str) -> (i32, u8, u8) {
    let parsed = parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    let date =
        parsed.hijri().and_then(|h| h.date()).unwrap_or_else(|| panic!("{text:?}: {parsed:?}"));
    (date.year(), date.month(), date.day())
}

fn gregorian(text: &str) -> (i32, u8, u8) {
    let parsed = parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    let date =
        parsed.gregorian().and_then(|g| g.date()).unwrap_or_else(|| panic!("{text:?}: {parsed:?}"));
    (date.year(), date.month(), date.day())
}

fn found(text: &str) -> Vec<&str> {
    find_dates(text).map(|p| &text[p.span().range()]).collect()
}

fn message(text: &str) -> String {
    parse(text).map(|p| format!("parsed {p:?}")).unwrap_or_else(|e| e.to_string())
}

#[test]
fn digits_of_three_sets_mixed() {
    assert_eq!(hijri("14/02/1442"), (1442, 2, 14));
    assert_eq!(hijri("١٤٤٢/٠٢/١٤"), (1442, 2, 14));
    assert_eq!(hijri("۱۴۴۲/۰۲/۱۴"), (1442, 2, 14));
    assert_eq!(hijri("1٤/0۲/١442"), (1442, 2, 14));
    assert_eq!(hijri("١٤ صفر 1442هـ"), (1442, 2, 14));
}

#[test]
fn hijri_month_spellings() {
    for (text, month) in [
        ("1 ربيع الأول 1445", 3),
        ("1 ربيع الاول 1445", 3),
        ("1 ربيع أول 1445", 3),
        ("1 ربیع الاول 1445", 3),
        ("1 ربيع الآخر 1445", 4),
        ("1 ربيع الاخر 1445", 4),
        ("1 ربيع الثاني 1445", 4),
        ("1 ربيع الثانى 1445", 4),
        ("1 ربیع‌الثانی 1445", 4),
        ("1 جمادى الأولى 1445", 5),
        ("1 جمادي الاولى 1445", 5),
        ("1 جمادى الأول 1445", 5),
        ("1 جمادى أول 1445", 5),
        ("1 جمادی الاول 1445", 5),
        ("1 جمادى الآخرة 1445", 6),
        ("1 جمادى الاخره 1445", 6),
        ("1 جمادى الثانية 1445", 6),
        ("1 جمادي الثاني 1445", 6),
        ("1 ذو القعدة 1445", 11),
        ("1 ذي القعده 1445", 11),
        ("1 ذو الحجة 1445", 12),
        ("1 ذي الحجة 1445", 12),
        ("1 ذی الحجہ 1445", 12),
        ("1 رمضان المبارک 1445", 9),
        ("1 رَمَضَان 1445", 9),
        ("1 رمـــضان 1445", 9),
        ("1 Muharram 1445", 1),
        ("1 Safer 1445", 2),
        ("1 Rabi al-Awwal 1445", 3),
        ("1 Rabi' I 1445", 3),
        ("1 Rabiʻ al-Thani 1445", 4),
        ("1 Rabi II 1445", 4),
        ("1 Rabi al-Akhir 1445", 4),
        ("1 Jumada al-Ula 1445", 5),
        ("1 Jumada al-Awwal 1445", 5),
        ("1 Jumada I 1445", 5),
        ("1 Jumada al-Akhirah 1445", 6),
        ("1 Jumada al-Thani 1445", 6),
        ("1 Jumada II 1445", 6),
        ("1 Rajab 1445", 7),
        ("1 Sha'ban 1445", 8),
        ("1 Shaaban 1445", 8),
        ("1 Ramazan 1445", 9),
        ("1 SHAWWAL 1445", 10),
        ("1 Dhu al-Qadah 1445", 11),
        ("1 Dhul Qa'dah 1445", 11),
        ("1 Zulkaedah 1445", 11),
        ("1 Dhu al-Hijjah 1445", 12),
        ("1 Dhul-Hijja 1445", 12),
        ("1 Zulhijjah 1445", 12),
        ("1 Rab. II 1445", 4),
        ("1 Dhuʻl-Qiʻdah 1445", 11),
    ] {
        assert_eq!(hijri(text), (1445, month, 1), "{text}");
    }
}

#[test]
fn gregorian_month_spellings() {
    for (text, month) in [
        ("5 يناير 2023", 1),
        ("5 كانون الثاني 2023", 1),
        ("5 جانفي 2023", 1),
        ("5 شباط 2023", 2),
        ("5 فيفري 2023", 2),
        ("5 آذار 2023", 3),
        ("5 أبريل 2023", 4),
        ("5 ابريل 2023", 4),
        ("5 أفريل 2023", 4),
        ("5 نيسان 2023", 4),
        ("5 أيار 2023", 5),
        ("5 ماي 2023", 5),
        ("5 يونيه 2023", 6),
        ("5 جوان 2023", 6),
        ("5 حزيران 2023", 6),
        ("5 يوليه 2023", 7),
        ("5 جويلية 2023", 7),
        ("5 يوليوز 2023", 7),
        ("5 تموز 2023", 7),
        ("5 اغسطس 2023", 8),
        ("5 آب 2023", 8),
        ("5 أوت 2023", 8),
        ("5 غشت 2023", 8),
        ("5 أيلول 2023", 9),
        ("5 شتنبر 2023", 9),
        ("5 تشرين الأول 2023", 10),
        ("5 نونبر 2023", 11),
        ("5 تشرين الثاني 2023", 11),
        ("5 دجنبر 2023", 12),
        ("5 كانون الأول 2023", 12),
        ("5 Sept 2023", 9),
        ("5 dec 2023", 12),
    ] {
        assert_eq!(gregorian(text), (2023, month, 5), "{text}");
    }
}

#[test]
fn era_marks_attached_or_spaced() {
    for text in [
        "14 صفر 1442هـ",
        "14 صفر 1442 هـ",
        "14 صفر 1442ه",
        "14 صفر 1442 هـ.",
        "14 صفر 1442ھ",
        "14 صفر 1442 هجري",
        "14 صفر 1442 هجرية",
        "14 صفر 1442 للهجرة",
        "14 Safar 1442 AH",
        "14 Safar 1442 A.H.",
        "14 Safar 1442 H",
    ] {
        assert_eq!(hijri(text), (1442, 2, 14), "{text}");
    }
    for text in [
        "1/10/2020م",
        "1/10/2020 مـ",
        "1 أكتوبر 2020 ميلادي",
        "1 أكتوبر 2020 ميلادية",
        "1 أكتوبر 2020 للميلاد",
        "1 October 2020 AD",
        "1 October 2020 CE",
    ] {
        assert_eq!(gregorian(text), (2020, 10, 1), "{text}");
    }
    // The era mark decides the calendar of a numeric date.
    assert_eq!(hijri("1/10/1442هـ"), (1442, 10, 1));
    assert!(matches!(parse("14 صفر 1442م").unwrap_err().kind(), ParseErrorKind::ConflictingEra));
}

#[test]
fn weekdays_before_and_contradicting() {
    for text in [
        "الخميس 14 صفر 1442هـ",
        "الخميس، 14 صفر 1442هـ",
        "Thursday, 1 October 2020",
        "Thu 1 Oct 2020",
        "يوم الخميس 14 صفر 1442هـ",
    ] {
        let parsed = parse(text).unwrap();
        assert_eq!(parsed.weekday(), Some(Weekday::Thursday), "{text}");
        assert_eq!(parsed.weekday_matches(), Some(true), "{text}");
    }
    let parsed = parse("الاثنين 14 صفر 1442هـ").unwrap();
    assert_eq!(parsed.weekday(), Some(Weekday::Monday));
    assert_eq!(parsed.weekday_matches(), Some(false));
    assert_eq!(parse("الإثنين 14 صفر 1442هـ").unwrap().weekday(), Some(Weekday::Monday));
    let strict = Parser::new().strictness(Strictness::Strict);
    assert_eq!(
        strict.parse("الاثنين 14 صفر 1442هـ").unwrap_err().to_string(),
        "weekday monday contradicts the date, a thursday"
    );
}

#[test]
fn numeric_forms() {
    assert_eq!(hijri("1442/02/14هـ"), (1442, 2, 14));
    assert_eq!(hijri("14/2/1442"), (1442, 2, 14));
    assert_eq!(hijri("14-2-1442"), (1442, 2, 14));
    assert_eq!(hijri("14.2.1442"), (1442, 2, 14));
    assert_eq!(hijri("14 /  2/ 1442"), (1442, 2, 14));
    assert_eq!(hijri("14 2 1442 هـ"), (1442, 2, 14));
    assert_eq!(gregorian("1/10/2020"), (2020, 10, 1));
    assert_eq!(gregorian("2020-10-01"), (2020, 10, 1));
    assert_eq!(gregorian("2020/10/01"), (2020, 10, 1));
    let us = Parser::new().date_order(DateOrder::MonthFirst);
    let date = us.parse("10/01/2020").unwrap().gregorian().and_then(|g| g.date()).unwrap();
    assert_eq!(date, GregorianDate::new(2020, 10, 1).unwrap());
    // Lenient swaps an impossible month; strict does not.
    assert_eq!(gregorian("10/25/2020"), (2020, 10, 25));
    assert!(Parser::new().strictness(Strictness::Strict).parse("10/25/2020").is_err());
    // The configuration settles the calendar of a numeric date.
    let p = Parser::new().numeric(NumericCalendar::Gregorian).parse("14/2/1442").unwrap();
    assert!(matches!(p.date(), ParsedDate::Gregorian(_)));
}

#[test]
fn rfc_9557() {
    let p = parse("2020-10-01[u-ca=islamic-umalqura]").unwrap();
    assert_eq!(p.hijri_date(), Some(HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14).unwrap()));
    let p = parse("2020-10-01T12:00:00+03:00[Asia/Riyadh][u-ca=islamic-civil]").unwrap();
    assert_eq!(p.calendar(), Calendar::CIVIL);
    assert_eq!(p.hijri_date().map(|d| d.to_string()), Some("1442-02-13".into()));
    assert_eq!(
        message("2020-10-01[u-ca=islamic]"),
        "unknown calendar \"islamic\"; expected one of islamic-umalqura, islamic-umalqura-published, islamic-umalqura-extended, turkey-diyanet, muhammadiyah-khgt, indonesia-mabims, fcna, umalqura-rule, islamic-civil, islamic-tbla, tabular-I-thursday, tabular-I-friday, tabular-II-thursday, tabular-II-friday, tabular-III-thursday, tabular-III-friday, tabular-IV-thursday, tabular-IV-friday"
    );
    let date: HijriDate = "2020-10-01[u-ca=islamic-tbla]".parse().unwrap();
    assert_eq!(date.calendar(), Calendar::TBLA);
    let date: HijriDate = "14 صفر 1442هـ".parse().unwrap();
    assert_eq!(date, HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14).unwrap());
    let date: GregorianDate = "14 صفر 1442هـ".parse().unwrap();
    assert_eq!(date.to_string(), "2020-10-01");
    assert_eq!(
        "رمضان 1447هـ".parse::<HijriDate>().unwrap_err().to_string(),
        "expected a full date with day, month and year, found \"رمضان 1447هـ\""
    );
}

#[test]
fn pairs() {
    for text in [
        "14 صفر 1442هـ الموافق 1 أكتوبر 2020م",
        "14 صفر 1442هـ موافق 1 أكتوبر 2020م",
        "14 صفر 1442هـ الموافق لـ 1 أكتوبر 2020م",
        "14 صفر 1442هـ الموافق: 1 أكتوبر 2020م",
        "14 Safar 1442 AH corresponding to 1 October 2020",
        "14 صفر 1442هـ = 1 أكتوبر 2020م",
        "14 صفر 1442هـ - 1 أكتوبر 2020م",
        "14 صفر 1442هـ (1 أكتوبر 2020م)",
        "1 أكتوبر 2020م الموافق 14 صفر 1442هـ",
    ] {
        let p = parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(p.consistent(), Some(true), "{text}");
        assert!(matches!(p.date(), ParsedDate::Pair { .. }), "{text}");
    }
    // Moroccan sighting, one day apart: information, not an error.
    let p = parse("الخميس 29 صفر 1435هـ موافق 2 يناير 2014م").unwrap();
    assert_eq!((p.consistent(), p.days_apart()), (Some(false), Some(1)));
    assert_eq!(p.weekday_matches(), Some(true));
    assert_eq!(
        message("14 صفر 1442هـ الموافق 1 يناير 2021م"),
        "the two dates are 92 days apart: 1442-02-14 in islamic-umalqura is 2020-10-01, not 2021-01-01"
    );
    assert!(Parser::new()
        .strictness(Strictness::Strict)
        .parse("الخميس 29 صفر 1435هـ موافق 2 يناير 2014م")
        .is_err());
    // The civil calendar agrees with the Moroccan date.
    let civil = Parser::new().calendar(Calendar::CIVIL);
    assert_eq!(civil.parse("29 صفر 1435هـ موافق 2 يناير 2014م").unwrap().consistent(), Some(true));
}

#[test]
fn partial_dates_and_day_words() {
    assert_eq!(
        parse("رمضان 1447هـ").unwrap().hijri(),
        Some(Written::YearMonth { year: 1447, month: 9 })
    );
    assert_eq!(
        parse("شهر رمضان 1447هـ").unwrap().hijri(),
        Some(Written::YearMonth { year: 1447, month: 9 })
    );
    assert_eq!(parse("14 صفر").unwrap().hijri(), Some(Written::MonthDay { month: 2, day: 14 }));
    assert_eq!(
        parse("غرة رمضان 1445").unwrap().hijri().and_then(|h| h.date()).map(|d| d.day()),
        Some(1)
    );
    assert_eq!(
        parse("غرة شهر رمضان").unwrap().hijri(),
        Some(Written::MonthDay { month: 9, day: 1 })
    );
    assert_eq!(
        parse("مارس 2024").unwrap().gregorian(),
        Some(Written::YearMonth { year: 2024, month: 3 })
    );
    assert_eq!(parse("رمضان 1447هـ").unwrap().gregorian_date(), None);
    assert_eq!(message("31 صفر"), "day 31 is out of range for Safar (1..=30)");
    assert_eq!(message("30 February"), "day 30 is out of range for February (1..=29)");
}

#[test]
fn invisible_characters_between_tokens() {
    for c in [
        '\u{200E}', '\u{200F}', '\u{061C}', '\u{00A0}', '\u{202F}', '\u{200B}', '\u{200C}',
        '\u{200D}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
    ] {
        let text = format!("{c}14{c} {c}صفر{c} 1442{c}هـ{c}");
        assert_eq!(hijri(&text), (1442, 2, 14), "U+{:04X}", c as u32);
        let text = format!("14{c}/2{c}/1442");
        assert_eq!(hijri(&text), (1442, 2, 14), "U+{:04X}", c as u32);
    }
}

#[test]
fn values_outside_a_calendar() {
    let text = "30 صفر 1443هـ";
    let err = parse(text).unwrap_err();
    assert!(matches!(err.kind(), ParseErrorKind::Range(_)));
    assert_eq!(&text[err.span().range()], "30");
    assert_eq!(
        err.to_string(),
        "day 30 is out of range for Safar 1443 in islamic-umalqura (1..=29)"
    );
    assert_eq!(
        message("14/13/1442هـ"),
        "month 13 is out of range for year 1442 in islamic-umalqura (1..=12)"
    );
    assert_eq!(message("14 صفر 0هـ"), "year 0 is out of range for islamic-umalqura (1300..=1600)");
    assert_eq!(
        message("31 نيسان 2024"),
        "day 31 is out of range for April 2024 in gregorian (1..=30)"
    );
    // A date one calendar has and the other has not.
    assert!(parse("30 محرم 1442هـ").is_err());
    assert!(Parser::new().calendar(Calendar::CIVIL).parse("30 محرم 1442هـ").is_ok());
}

#[test]
fn error_messages() {
    let cases = [
        ("", "expected a date, found nothing", 0..0),
        ("\u{200F}\u{200E}", "expected a date, found nothing", 6..6),
        ("عدد الحجاج", "expected a date, found \"عدد\"", 0..6),
        ("1442", "expected a day of the month, found \"1442\"", 0..4),
        ("الخميس", "expected a date, found the end of the text", 12..12),
        ("02 Mehr 1405", "unknown month name \"Mehr\"; expected a hijri or gregorian month name", 3..7),
        ("14 Ramadam 1445", "unknown month name \"Ramadam\"; close matches: Ramadan", 3..10),
        ("14 ربيع 1442هـ", "month name \"ربيع\" is ambiguous; expected ربيع الأول (Rabi al-Awwal) or ربيع الثاني (Rabi al-Thani)", 3..11),
        ("14 جمادى 1442هـ", "month name \"جمادى\" is ambiguous; expected جمادى الأولى (Jumada al-Ula) or جمادى الثانية (Jumada al-Akhirah)", 3..13),
        ("22-29 تموز/يوليو 2019", "\"22-29\" is a range of days, not a single date", 0..5),
        ("14/02/١٤٤٢٠٠٠٠٠٠٠٠٠٠هـ", "number \"١٤٤٢٠٠٠٠٠٠٠٠٠٠\" has too many digits for a date", 6..34),
        ("14/2/42", "expected a year of four digits, found \"42\"", 5..7),
        ("14/2-1442", "expected the same separator again, found \"-\"", 4..5),
        ("14 صفر 1442هـ وقال", "expected the end of the date, found \"وقال\"", 19..27),
        ("14 صفر عام", "expected a year, found the end of the text", 16..16),
        ("Ramadan", "expected a day or a year, found the end of the text", 7..7),
        ("14 صفر 1442هـ (1 أكتوبر 2020م", "expected a closing parenthesis, found the end of the text", 41..41),
        ("14 صفر 1442هـ الموافق 15 صفر 1442هـ", "expected a date of the other calendar, found \"15 صفر 1442هـ\"", 34..52),
    ];
    for (text, expected, span) in cases {
        let err = parse(text).unwrap_err();
        assert_eq!(err.to_string(), expected, "{text:?}");
        assert_eq!(err.span().range(), span, "{text:?}");
        assert!(text.is_char_boundary(err.span().start) && text.is_char_boundary(err.span().end));
    }
    assert_eq!(parse("14 صفر عام").unwrap_err().kind(), ParseErrorKind::Expected(Expected::Year));
}

#[test]
fn find_dates_rejects_what_is_not_a_date() {
    for text in [
        "سجلت الوزارة 1442 حالة جديدة",
        "فاز الفريق 3-1 وخسر المقاولون أمام زد 0/ 2",
        "المرسوم رقم 2.11.473 والمجلد 12",
        "التقى رجب طيب أردوغان 3 مرات",
        "الساعة 13:34 و 17:35",
        "في عام 1442 وفي 2020",
        "عدد الحجاج 1,845,045 حاجاً",
        "القرار رقم ( 172 / هـ )",
        "منظومة أس-300 روسية",
        "you may 5 times",
        "version 1.2.3 and 10.0.0.1",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
}

#[test]
fn find_dates_in_running_text() {
    let text = "أصدرت القرار رقم ( 172 / هـ ) وتاريخ 30 / 12 / 1444هـ، ثم صدر في 15 من شوال 1432 الموافق 13 سبتمبر 2011";
    assert_eq!(found(text), ["30 / 12 / 1444هـ", "15 من شوال 1432 الموافق 13 سبتمبر 2011"]);
    let text = "Islamic New Year 1st Muharram 1446 Hijri is to fall on Saturday 7th July 2024.";
    assert_eq!(found(text), ["1st Muharram 1446 Hijri", "Saturday 7th July 2024"]);
    let text = "السعودية تحدد غرة شهر محرم 18 يوليو 2023 13:34";
    assert_eq!(found(text), ["غرة شهر محرم", "18 يوليو 2023"]);
    let text = "سوريا في أسبوع 22-29 تموز/يوليو 2019";
    assert!(found(text).is_empty());
}

#[test]
fn news_article() {
    let text = include_str!("data/news-article.txt");
    let dates: Vec<_> = find_dates(text).collect();
    assert_eq!(dates.len(), 1, "{:?}", dates);
    assert_eq!(&text[dates[0].span().range()], "14 صفر 1442هـ");
    assert_eq!(dates[0].gregorian_date(), Some(GregorianDate::new(2020, 10, 1).unwrap()));
    assert_eq!(dates[0].gregorian_date().map(|d| d.weekday()), Some(Weekday::Thursday));
    // Ten copies: ten dates.
    let long = text.repeat(10);
    assert_eq!(find_dates(&long).count(), 10);
}

#[test]
fn adversarial_inputs_are_fast_and_safe() {
    let digits = "٤".repeat(1_000_000);
    assert!(parse(&digits).is_err());
    assert_eq!(find_dates(&digits).count(), 0);
    let months = "صفر ".repeat(100_000);
    assert!(parse(&months).is_err());
    assert_eq!(find_dates(&months).count(), 0);
    // Every "14 صفر" in it is a day and month without a year.
    let months_and_numbers = "صفر 14 ".repeat(100_000);
    assert_eq!(find_dates(&months_and_numbers).count(), 99_999);
    let marks = format!("14 ص{}فر 1442", "\u{064E}".repeat(100_000));
    assert!(find_dates(&marks).count() <= 1);
    let slashes = "1/".repeat(200_000);
    assert_eq!(find_dates(&slashes).count(), 0);
    let spaces = format!("14{}صفر", " ".repeat(1_000_000));
    assert!(parse(&spaces).is_ok());
    let dates = "14/2/1442 ".repeat(100_000);
    assert_eq!(find_dates(&dates).count(), 100_000);
}

/// Found by tests/format_parse_roundtrip.rs: the formatter's `%B %-d, %Y` in Arabic and its
/// English CLDR short month names with their dots.
#[test]
fn regression_formatter_month_first_arabic_and_abbreviation_dots() {
    assert_eq!(hijri("محرم 1, 1300 هـ"), (1300, 1, 1));
    assert_eq!(hijri("رمضان ١٤ ١٤٤٥هـ"), (1445, 9, 14));
    // Without a year after it, a number after an Arabic month name stays a year.
    let civil = Parser::new().calendar(Calendar::CIVIL);
    assert_eq!(
        civil.parse("رمضان 14").unwrap().hijri(),
        Some(Written::YearMonth { year: 14, month: 9 })
    );
    assert_eq!(hijri("Tue 1 Raj. 1441 AH"), (1441, 7, 1));
    assert_eq!(hijri("14 Saf. 1442"), (1442, 2, 14));
    assert_eq!(gregorian("1 Oct. 2020"), (2020, 10, 1));
    assert_eq!(found("issued on 1 Oct. 2020, then"), ["1 Oct. 2020"]);
}

/// Day words without a year, and English month names in lower case, in running text.
#[test]
fn find_dates_day_words_and_lower_case_months() {
    assert_eq!(found("يبدأ غرة رمضان ويستمر"), ["غرة رمضان"]);
    assert_eq!(
        found("وصل يوم الخميس غرة شهر رمضان 1447 هـ مساء"),
        ["يوم الخميس غرة شهر رمضان 1447 هـ"]
    );
    assert_eq!(found("فاتح محرم ثم 12 مرة"), ["فاتح محرم"]);
    assert_eq!(found("لون أزرق فاتح 12 مرة وغرفة 3"), Vec::<&str>::new());
    assert_eq!(found("on march 3, 2024 we met; in may 2024 too"), ["march 3, 2024", "may 2024"]);
    assert_eq!(found("published 3 march 2024 and sept. 2020"), ["3 march 2024", "sept. 2020"]);
    // `may` and `march` alone, or with a bare number, are words, not dates.
    assert_eq!(found("you may 12 times; they march 3 miles; may I?"), Vec::<&str>::new());
    // Capitalised, a month and a day are a date, as before.
    assert_eq!(found("on May 12 they left"), ["May 12"]);
}

#[test]
fn ordinal_day_words_need_min() {
    assert_eq!(hijri("التاسع والعشرين من شهر ذي القعدة لعام 1445هـ"), (1445, 11, 29));
    assert_eq!(gregorian("للخامس من كانون الثاني سنة 2023"), (2023, 1, 5));
    assert_eq!(gregorian("الحادي عشر من سبتمبر 2001"), (2001, 9, 11));
    assert!(parse("الخامس رمضان 1445").is_err());
    assert!(found("احتل المركز الخامس في 2023 والثاني عام 2024 والأول من 3 فرق").is_empty());
}

#[test]
fn day_words_first() {
    assert_eq!(hijri("الجمعة الموافق أول ذي الحجة 1445هـ"), (1445, 12, 1));
    assert_eq!(hijri("یکم رمضان ۱۴۴۵ هجری قمری"), (1445, 9, 1));
    assert_eq!(found("عید یکم شوال است"), ["یکم شوال"]);
    assert!(found("أول مرة منذ 2020، و یکم 5 نفر").is_empty());
}

#[test]
fn separators_and_second_month_names() {
    assert_eq!(hijri("الأحد 6 – 9 – 1442هـ"), (1442, 9, 6));
    assert_eq!(hijri("1- 9 – 1442هـ"), (1442, 9, 1));
    assert_eq!(hijri("14/ صفر/1399هـ"), (1399, 2, 14));
    assert_eq!(gregorian("21/ ابريل لعام 2023"), (2023, 4, 21));
    assert_eq!(gregorian("7 يونيو ــ حزيران 2024م"), (2024, 6, 7));
    assert_eq!(gregorian("7 أيار (مايو) 1980"), (1980, 5, 7));
    // A second name of another month is not a second name: a range, or nothing.
    assert!(parse("7 أيار (يونيو) 1980").is_err());
    assert!(parse("7 أيار - حزيران 1980").is_err());
}

#[test]
fn weekday_words_and_parentheses() {
    assert_eq!(gregorian("الأحد (26 تشرين الأول 2025)"), (2025, 10, 26));
    assert_eq!(gregorian("Sunday the 18th June, 2023"), (2023, 6, 18));
    assert_eq!(gregorian("14th, December 2023"), (2023, 12, 14));
    let p = parse("6 ستمبر بروز جمعہ").unwrap();
    assert_eq!(p.weekday(), Some(Weekday::Friday));
    assert_eq!(
        message("الأحد (26 تشرين الأول 2025"),
        "expected a closing parenthesis, found the end of the text"
    );
    let p = parse("الأربعاء المقبل الموافق 19 يوليو 2023").unwrap();
    assert_eq!(p.weekday_matches(), Some(true));
}

#[test]
fn pairs_side_by_side_need_both_era_marks() {
    let p = parse("24 ذو القعدة 1446 هـ 22 مايو 2025 م").unwrap();
    assert!(matches!(p.date(), ParsedDate::Pair { .. }));
    assert_eq!(p.consistent(), Some(true));
    assert!(parse("24 ذو القعدة 1446 22 مايو 2025").is_err());
    assert_eq!(found("في 14 صفر 1442هـ 22 قتيلا"), ["14 صفر 1442هـ"]);
    assert_eq!(parse("3 صفر 1444هـ -الموافق: 30 أغسطس 2022م").unwrap().consistent(), Some(true));
}

/// A pair within half a month is reported with its distance; from half a month it names
/// another month, an error.
#[test]
fn pair_slack_is_half_a_month() {
    let p = parse("الخميس 19 رجب 1447 هـ، الموافق 1 يناير 2026 م").unwrap();
    assert_eq!((p.days_apart(), p.weekday_matches()), (Some(-7), Some(true)));
    assert_eq!(parse("14 صفر 1442هـ الموافق 15 أكتوبر 2020م").unwrap().days_apart(), Some(14));
    assert!(matches!(
        parse("14 صفر 1442هـ الموافق 16 أكتوبر 2020م").map_err(|e| e.kind()),
        Err(ParseErrorKind::PairMismatch { days: 15, .. })
    ));
    // In running text the pair falls apart into its two dates.
    assert_eq!(
        found("صدر 14 صفر 1442هـ الموافق 16 أكتوبر 2020م"),
        ["14 صفر 1442هـ", "16 أكتوبر 2020م"]
    );
}

/// A month of a year needs only a year of the Hijri era; a full date needs the calendar's.
#[test]
fn month_of_a_year_outside_the_table() {
    let p = parse("Ramadan 1025 A.H.").unwrap();
    assert_eq!(p.hijri(), Some(Written::YearMonth { year: 1025, month: 9 }));
    assert_eq!(p.gregorian_date(), None);
    assert!(parse("14 Ramadan 1025 A.H.").is_err());
    assert!(parse("Ramadan 0 A.H.").is_err());
}

#[test]
fn times_after_a_date() {
    assert_eq!(gregorian("الثلاثاء 30 ديسمبر 2025 11:10 مـ"), (2025, 12, 30));
    assert_eq!(gregorian("سبتمبر 23, 2023 10:35 م"), (2023, 9, 23));
    assert_eq!(gregorian("04 ديسمبر 2023 الساعة 12:01 صباحاً"), (2023, 12, 4));
    assert!(found("الساعة 12:01 صباحاً و 5 مساءً").is_empty());
}
