//! Formatter goldens: every preset in each language, spelling, Arabic month-name set and digit
//! system against hand-checked strings; every directive; exact pattern error messages.
//!
//! Known days (Umm al-Qura, tests/data/umalqura-kacst.months.tsv):
//! - 14 Safar 1442 AH = Thursday 2020-10-01 (Safar 1442 starts 2020-09-18; Muharram has 29 days,
//!   so it is day 43 of the year; 2020-10-01 is day 275 of a leap year).
//! - 14 Jumada II 1442 AH = Wednesday 2021-01-27 (Jumada II 1442 starts 2021-01-14).

mod common;

use core::fmt;

use hijri_calendar::format::{
    Bidi, GregorianPattern, Pattern, PatternError, PatternErrorKind, Preset, Printer,
};
use hijri_calendar::names::{Digits, GregorianMonthNames, HijriMonthSpelling, Language};
use hijri_calendar::{Calendar, Error, GregorianDate, HijriDate};

fn safar_14() -> HijriDate {
    HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14).unwrap()
}

fn jumada_ii_14() -> HijriDate {
    HijriDate::new(Calendar::UmmAlQura, 1442, 6, 14).unwrap()
}

fn show(printer: Printer, date: HijriDate, pattern: &Pattern) -> String {
    let via_display = printer.display(date, pattern).to_string();
    let mut via_write = String::from("stale text that write must not clear");
    via_write.clear();
    printer.write(date, pattern, &mut via_write).unwrap();
    assert_eq!(via_display, via_write);
    via_display
}

fn show_gregorian(printer: Printer, date: GregorianDate, pattern: &GregorianPattern) -> String {
    printer.display_gregorian(date, pattern).to_string()
}

const AR: Printer = Printer::new();
const EN: Printer = Printer::new().language(Language::English);

#[test]
fn presets_arabic_latin_digits() {
    let date = safar_14();
    assert_eq!(show(AR, date, &Pattern::ISO), "1442-02-14");
    assert_eq!(show(AR, date, &Pattern::NUMERIC), "14/02/1442هـ");
    assert_eq!(show(AR, date, &Pattern::LONG), "الخميس 14 صفر 1442هـ");
    assert_eq!(show(AR, date, &Pattern::DUAL), "الخميس 14 صفر 1442هـ الموافق 1 أكتوبر 2020م");
}

#[test]
fn presets_english_latin_digits() {
    let date = safar_14();
    assert_eq!(show(EN, date, &Pattern::ISO), "1442-02-14");
    assert_eq!(show(EN, date, &Pattern::NUMERIC), "14/02/1442 AH");
    assert_eq!(show(EN, date, &Pattern::LONG), "Thursday 14 Safar 1442 AH");
    assert_eq!(
        show(EN, date, &Pattern::DUAL),
        "Thursday 14 Safar 1442 AH corresponding to 1 October 2020 CE"
    );
}

#[test]
fn presets_arabic_indic_digits() {
    let date = safar_14();
    let printer = AR.digits(Digits::ArabicIndic);
    assert_eq!(show(printer, date, &Pattern::ISO), "١٤٤٢-٠٢-١٤");
    assert_eq!(show(printer, date, &Pattern::NUMERIC), "١٤/٠٢/١٤٤٢هـ");
    assert_eq!(show(printer, date, &Pattern::LONG), "الخميس ١٤ صفر ١٤٤٢هـ");
    assert_eq!(show(printer, date, &Pattern::DUAL), "الخميس ١٤ صفر ١٤٤٢هـ الموافق ١ أكتوبر ٢٠٢٠م");
    let english = EN.digits(Digits::ArabicIndic);
    assert_eq!(show(english, date, &Pattern::LONG), "Thursday ١٤ Safar ١٤٤٢ AH");
}

#[test]
fn presets_extended_arabic_indic_digits() {
    let date = safar_14();
    let printer = AR.digits(Digits::Persian);
    assert_eq!(show(printer, date, &Pattern::ISO), "۱۴۴۲-۰۲-۱۴");
    assert_eq!(show(printer, date, &Pattern::NUMERIC), "۱۴/۰۲/۱۴۴۲هـ");
    assert_eq!(show(printer, date, &Pattern::LONG), "الخميس ۱۴ صفر ۱۴۴۲هـ");
    assert_eq!(show(printer, date, &Pattern::DUAL), "الخميس ۱۴ صفر ۱۴۴۲هـ الموافق ۱ أكتوبر ۲۰۲۰م");
    let english = EN.digits(Digits::Persian);
    assert_eq!(show(english, date, &Pattern::NUMERIC), "۱۴/۰۲/۱۴۴۲ AH");
}

#[test]
fn dual_with_each_spelling_and_month_name_set() {
    let date = jumada_ii_14();
    assert_eq!(
        show(AR, date, &Pattern::DUAL),
        "الأربعاء 14 جمادى الآخرة 1442هـ الموافق 27 يناير 2021م"
    );
    let common = AR.hijri_month_spelling(HijriMonthSpelling::Common);
    assert_eq!(
        show(common, date, &Pattern::DUAL),
        "الأربعاء 14 جمادى الثانية 1442هـ الموافق 27 يناير 2021م"
    );
    let levantine = common.gregorian_month_names(GregorianMonthNames::Levantine);
    assert_eq!(
        show(levantine, date, &Pattern::DUAL),
        "الأربعاء 14 جمادى الثانية 1442هـ الموافق 27 كانون الثاني 2021م"
    );
    let maghrebi = AR.gregorian_month_names(GregorianMonthNames::Maghrebi);
    assert_eq!(
        show(maghrebi, date, &Pattern::DUAL),
        "الأربعاء 14 جمادى الآخرة 1442هـ الموافق 27 جانفي 2021م"
    );
    assert_eq!(
        show(maghrebi.digits(Digits::ArabicIndic), date, &Pattern::DUAL),
        "الأربعاء ١٤ جمادى الآخرة ١٤٤٢هـ الموافق ٢٧ جانفي ٢٠٢١م"
    );
    assert_eq!(
        show(EN, date, &Pattern::DUAL),
        "Wednesday 14 Jumada II 1442 AH corresponding to 27 January 2021 CE"
    );
    let english_common = EN.hijri_month_spelling(HijriMonthSpelling::Common);
    assert_eq!(
        show(english_common, date, &Pattern::DUAL),
        "Wednesday 14 Jumada al-Akhirah 1442 AH corresponding to 27 January 2021 CE"
    );
    // The Arabic month-name sets do not touch English.
    assert_eq!(
        show(
            english_common.gregorian_month_names(GregorianMonthNames::Levantine),
            date,
            &Pattern::DUAL
        ),
        "Wednesday 14 Jumada al-Akhirah 1442 AH corresponding to 27 January 2021 CE"
    );
}

#[test]
fn rabi_ii_spellings() {
    // 14 Rabi II 1442 = 2020-11-29, a Sunday (Rabi II 1442 starts Monday 2020-11-16).
    let date = HijriDate::new(Calendar::UmmAlQura, 1442, 4, 14).unwrap();
    assert_eq!(show(AR, date, &Pattern::LONG), "الأحد 14 ربيع الآخر 1442هـ");
    let common = HijriMonthSpelling::Common;
    assert_eq!(
        show(AR.hijri_month_spelling(common), date, &Pattern::LONG),
        "الأحد 14 ربيع الثاني 1442هـ"
    );
    assert_eq!(show(EN, date, &Pattern::LONG), "Sunday 14 Rabiʻ II 1442 AH");
    assert_eq!(
        show(EN.hijri_month_spelling(common), date, &Pattern::LONG),
        "Sunday 14 Rabi al-Thani 1442 AH"
    );
}

#[test]
fn gregorian_presets() {
    let date = GregorianDate::new(2020, 10, 1).unwrap();
    assert_eq!(show_gregorian(AR, date, &GregorianPattern::ISO), "2020-10-01");
    assert_eq!(show_gregorian(AR, date, &GregorianPattern::NUMERIC), "01/10/2020م");
    assert_eq!(show_gregorian(AR, date, &GregorianPattern::LONG), "الخميس 1 أكتوبر 2020م");
    assert_eq!(show_gregorian(EN, date, &GregorianPattern::NUMERIC), "01/10/2020 CE");
    assert_eq!(show_gregorian(EN, date, &GregorianPattern::LONG), "Thursday 1 October 2020 CE");
    let arabic_digits = AR.digits(Digits::ArabicIndic);
    assert_eq!(show_gregorian(arabic_digits, date, &GregorianPattern::ISO), "٢٠٢٠-١٠-٠١");
    assert_eq!(
        show_gregorian(arabic_digits, date, &GregorianPattern::LONG),
        "الخميس ١ أكتوبر ٢٠٢٠م"
    );
    let levantine = AR.gregorian_month_names(GregorianMonthNames::Levantine);
    assert_eq!(
        show_gregorian(levantine, date, &GregorianPattern::LONG),
        "الخميس 1 تشرين الأول 2020م"
    );
    for preset in [Preset::Iso, Preset::Numeric, Preset::Long] {
        let pattern = GregorianPattern::preset(preset).unwrap();
        let from_source = GregorianPattern::new(preset.source(Language::English)).unwrap();
        assert_eq!(show_gregorian(EN, date, &pattern), show_gregorian(EN, date, &from_source));
    }
}

/// Presets print by their own code, pattern texts by the piece loop: the two must agree for
/// every preset, option and day, on both sides, including years of one to six digits,
/// negative years and every month and weekday.
#[test]
fn presets_print_what_their_sources_print() {
    let mut dates = vec![safar_14(), jumada_ii_14()];
    // Every 7th day of three Umm al-Qura years: every month, every weekday, days 1..=30.
    let start = HijriDate::new(Calendar::UmmAlQura, 1440, 1, 1).unwrap();
    dates.extend((0..1063).step_by(7).map(|n| start.add_days(n).unwrap()));
    for year in [-250_000, -10_000, -1_000, -100, -10, -1, 0, 1, 9, 10, 99, 100, 999, 1000] {
        dates.push(HijriDate::new(Calendar::CIVIL, year, 12, 29).unwrap());
    }
    for year in [9_999, 10_000, 99_999, 100_000, 250_000] {
        dates.push(HijriDate::new(Calendar::CIVIL, year, 1, 1).unwrap());
    }
    let mut checked = 0;
    for (language, printer) in common::every_printer() {
        for preset in Preset::ALL {
            let source = Pattern::new(preset.source(language)).unwrap();
            let gregorian_preset = GregorianPattern::preset(preset);
            let gregorian_source = GregorianPattern::new(preset.source(language)).ok();
            for &date in &dates {
                let fast = show(printer, date, &Pattern::preset(preset));
                assert_eq!(fast, show(printer, date, &source), "{preset} {printer:?} {date}");
                if let (Some(fast_pattern), Some(slow_pattern)) =
                    (&gregorian_preset, &gregorian_source)
                {
                    let day = date.to_gregorian();
                    assert_eq!(
                        show_gregorian(printer, day, fast_pattern),
                        show_gregorian(printer, day, slow_pattern),
                        "{preset} {printer:?} {day}"
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 40_000, "{checked}");
}

#[test]
fn every_directive_on_each_side() {
    let date = safar_14();
    let hijri = Pattern::new("%Y|%-Y|%m|%-m|%d|%-d|%e|%j|%-j|%B|%b|%A|%a|%E|%%").unwrap();
    assert_eq!(show(AR, date, &hijri), "1442|1442|02|2|14|14|14|043|43|صفر|صفر|الخميس|الخميس|هـ|%");
    assert_eq!(
        show(EN, date, &hijri),
        "1442|1442|02|2|14|14|14|043|43|Safar|Saf.|Thursday|Thu|AH|%"
    );
    let gregorian =
        Pattern::new("%{gregorian}%Y|%-Y|%m|%-m|%d|%-d|%e|%j|%-j|%B|%b|%A|%a|%E|%%").unwrap();
    assert_eq!(
        show(AR, date, &gregorian),
        "2020|2020|10|10|01|1| 1|275|275|أكتوبر|أكتوبر|الخميس|الخميس|م|%"
    );
    assert_eq!(
        show(EN, date, &gregorian),
        "2020|2020|10|10|01|1| 1|275|275|October|Oct|Thursday|Thu|CE|%"
    );
    // %{hijri} switches back; switches print nothing.
    let both = Pattern::new("%{gregorian}%{hijri}%-d %{gregorian}%-d %{hijri}%-m").unwrap();
    assert_eq!(show(AR, date, &both), "14 1 2");
    assert_eq!(show(AR.digits(Digits::ArabicIndic), date, &both), "١٤ ١ ٢");
    // %e pads with a space, in any digits.
    assert_eq!(
        show(AR.digits(Digits::ArabicIndic), date, &Pattern::new("%{gregorian}%e").unwrap()),
        " ١"
    );
}

#[test]
fn literal_text_is_kept_as_is() {
    let date = safar_14();
    let pattern = Pattern::new("يوم %A، %-d من شهر %B عام %-Y للهجرة - 100%%").unwrap();
    assert_eq!(show(AR, date, &pattern), "يوم الخميس، 14 من شهر صفر عام 1442 للهجرة - 100%");
    assert_eq!(show(AR, date, &Pattern::new("").unwrap()), "");
    assert_eq!(show(AR, date, &Pattern::new("no directives").unwrap()), "no directives");
}

#[test]
fn small_and_negative_years() {
    let year_five = HijriDate::new(Calendar::CIVIL, 5, 1, 1).unwrap();
    assert_eq!(show(AR, year_five, &Pattern::ISO), "0005-01-01");
    assert_eq!(show(AR, year_five, &Pattern::ISO), year_five.to_string());
    assert_eq!(show(AR, year_five, &Pattern::new("%-Y%E|%j").unwrap()), "5هـ|001");
    let negative = HijriDate::new(Calendar::CIVIL, -5, 12, 3).unwrap();
    assert_eq!(show(AR, negative, &Pattern::ISO), "-0005-12-03");
    assert_eq!(show(AR, negative, &Pattern::ISO), negative.to_string());
    assert_eq!(show(AR.digits(Digits::ArabicIndic), negative, &Pattern::ISO), "-٠٠٠٥-١٢-٠٣");
    assert_eq!(show(AR, negative, &Pattern::new("%-Y").unwrap()), "-5");
    let far = GregorianDate::new(-262_143, 1, 1).unwrap();
    assert_eq!(show_gregorian(AR, far, &GregorianPattern::ISO), "-262143-01-01");
}

#[test]
fn tabular_calendars_print_their_own_fields() {
    let date = safar_14().to_calendar(Calendar::CIVIL).unwrap();
    assert_eq!(show(AR, date, &Pattern::DUAL), "الخميس 13 صفر 1442هـ الموافق 1 أكتوبر 2020م");
}

#[test]
fn bidi_isolates_only_when_asked() {
    let date = safar_14();
    for preset in Preset::ALL {
        let plain = show(AR, date, &Pattern::preset(preset));
        assert!(!plain.chars().any(is_bidi_control), "{plain:?}");
        let isolated = show(AR.bidi(Bidi::Isolate), date, &Pattern::preset(preset));
        assert_eq!(isolated, format!("\u{2067}{plain}\u{2069}"));
        let english = show(EN.bidi(Bidi::Isolate), date, &Pattern::preset(preset));
        assert_eq!(
            english,
            format!("\u{2066}{}\u{2069}", show(EN, date, &Pattern::preset(preset)))
        );
    }
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A sink that accepts `room` bytes, then fails.
struct Small {
    room: usize,
}

impl fmt::Write for Small {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.room = self.room.checked_sub(s.len()).ok_or(fmt::Error)?;
        Ok(())
    }
}

#[test]
fn only_the_sink_can_fail() {
    let date = safar_14();
    let full = show(AR, date, &Pattern::DUAL).len();
    assert_eq!(AR.write(date, &Pattern::DUAL, &mut Small { room: full }), Ok(()));
    assert_eq!(AR.write(date, &Pattern::DUAL, &mut Small { room: full - 1 }), Err(fmt::Error));
}

const EXPECTED: &str =
    "expected one of %Y %-Y %m %-m %d %-d %e %j %-j %B %b %A %a %E %% %{hijri} %{gregorian}";

fn pattern_error(pattern: &str) -> PatternError {
    Pattern::new(pattern).unwrap_err()
}

#[test]
fn pattern_errors_have_exact_messages_and_spans() {
    let cases: [(&str, PatternErrorKind, core::ops::Range<usize>, String); 9] = [
        (
            "%q",
            PatternErrorKind::UnknownDirective,
            0..2,
            format!("unknown directive \"%q\" at 0..2; {EXPECTED}"),
        ),
        (
            "صفر %ك",
            PatternErrorKind::UnknownDirective,
            7..10,
            format!("unknown directive \"%ك\" at 7..10; {EXPECTED}"),
        ),
        (
            "%d %-B",
            PatternErrorKind::UnknownDirective,
            3..6,
            format!("unknown directive \"%-B\" at 3..6; {EXPECTED}"),
        ),
        (
            "%{julian} %d",
            PatternErrorKind::UnknownDirective,
            0..9,
            format!("unknown directive \"%{{julian}}\" at 0..9; {EXPECTED}"),
        ),
        (
            "%{}",
            PatternErrorKind::UnknownDirective,
            0..3,
            format!("unknown directive \"%{{}}\" at 0..3; {EXPECTED}"),
        ),
        (
            "%{Gregorian}",
            PatternErrorKind::UnknownDirective,
            0..12,
            format!("unknown directive \"%{{Gregorian}}\" at 0..12; {EXPECTED}"),
        ),
        (
            "abc%",
            PatternErrorKind::IncompleteDirective,
            3..4,
            format!("incomplete directive \"%\" at 3..4, the end of the pattern; {EXPECTED}"),
        ),
        (
            "%Y-%",
            PatternErrorKind::IncompleteDirective,
            3..4,
            format!("incomplete directive \"%\" at 3..4, the end of the pattern; {EXPECTED}"),
        ),
        (
            "%d %{gregorian",
            PatternErrorKind::UnclosedBrace,
            3..14,
            format!("unclosed directive \"%{{gregorian\" at 3..14, no `}}` follows; {EXPECTED}"),
        ),
    ];
    for (pattern, kind, span, message) in cases {
        let err = pattern_error(pattern);
        assert_eq!(err.kind(), kind, "{pattern}");
        assert_eq!(err.span(), span, "{pattern}");
        assert_eq!(err.found(), &pattern[err.span()]);
        assert_eq!(err.to_string(), message);
    }
    let err = pattern_error("%-");
    assert_eq!((err.kind(), err.span()), (PatternErrorKind::IncompleteDirective, 0..2));
    assert_eq!(
        err.to_string(),
        format!("incomplete directive \"%-\" at 0..2, the end of the pattern; {EXPECTED}")
    );
}

#[test]
fn the_first_bad_directive_is_reported() {
    assert_eq!(pattern_error("%d %x %y").span(), 3..5);
}

#[test]
fn hijri_side_is_an_error_in_a_gregorian_pattern() {
    let err = GregorianPattern::new("%d %{hijri}%B").unwrap_err();
    assert_eq!(err.kind(), PatternErrorKind::HijriInGregorianPattern);
    assert_eq!(err.span(), 3..11);
    assert_eq!(
        err.to_string(),
        "directive \"%{hijri}\" at 3..11 needs a Hijri date; a Gregorian pattern prints only the Gregorian calendar"
    );
    // %{gregorian} is allowed, and changes nothing.
    let pattern = GregorianPattern::new("%{gregorian}%-d %B").unwrap();
    let date = GregorianDate::new(2020, 10, 1).unwrap();
    assert_eq!(show_gregorian(AR, date, &pattern), "1 أكتوبر");
    assert_eq!(GregorianPattern::preset(Preset::Dual), None);
}

#[test]
fn pattern_errors_convert_into_the_crate_error() {
    let err: Error = pattern_error("%q").into();
    assert!(matches!(err, Error::Pattern(_)));
    assert_eq!(err.to_string(), format!("unknown directive \"%q\" at 0..2; {EXPECTED}"));
    let parsed: Result<Pattern, _> = "%A %Q".parse();
    assert_eq!(parsed.unwrap_err().span(), 3..5);
}

#[test]
fn preset_names() {
    for preset in Preset::ALL {
        assert_eq!(preset.name().parse::<Preset>(), Ok(preset));
        assert_eq!(preset.to_string(), preset.name());
    }
    assert_eq!("LONG".parse::<Preset>(), Ok(Preset::Long));
    assert_eq!(
        "full".parse::<Preset>().unwrap_err().to_string(),
        "unknown preset \"full\"; expected one of iso, numeric, long, dual"
    );
}
