//! Formatting benchmarks: each preset into a reused `String`, side by side with `icu_datetime`
//! formatting the same day (14 Safar 1442 AH, Umm al-Qura = Thursday 2020-10-01) in
//! `ar-SA-u-ca-islamic-umalqura`. Every benchmark checks its output.
//!
//! `icu_datetime` gets a date already in its calendar (`format_same_calendar`), as we format a
//! `HijriDate` that is already a Hijri date; neither side converts calendars inside the loop
//! except for the Gregorian half of `dual`, which both compute from the Hijri date.
//!
//! ```text
//! cargo bench --bench format -- --warm-up-time 1 --measurement-time 3
//! ```

use std::fmt::Write;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use hijri_calendar::format::{Pattern, Preset, Printer};
use hijri_calendar::names::{Digits, Language};
use hijri_calendar::{Calendar, HijriDate};
use icu_calendar::{AnyCalendar, Date, Ref};
use icu_datetime::fieldsets::{YMD, YMDE};
use icu_datetime::DateTimeFormatter;
use icu_locale::Locale;

/// Formats `date` `run` times into one reused buffer and checks the result.
fn bench_ours(c: &mut Criterion, id: &str, printer: Printer, pattern: &Pattern, expected: &str) {
    let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14).unwrap();
    let mut out = String::with_capacity(128);
    printer.write(date, pattern, &mut out).unwrap();
    assert_eq!(out, expected, "{id}");
    c.bench_function(id, |b| {
        b.iter(|| {
            out.clear();
            printer.write(black_box(date), black_box(pattern), &mut out).unwrap();
            black_box(out.len())
        })
    });
    assert_eq!(out, expected, "{id}");
}

/// A locale with its Unicode extension, parsed at run time (the `locale!` macro takes one
/// keyword only).
fn locale(tag: &str) -> Locale {
    tag.parse().unwrap()
}

fn formats(c: &mut Criterion) {
    let ar = Printer::new();
    let en = Printer::new().language(Language::English);
    let ar_arab = ar.digits(Digits::ArabicIndic);

    bench_ours(c, "format/iso/ar/hijri_calendar", ar, &Pattern::ISO, "1442-02-14");
    bench_ours(c, "format/numeric/ar/hijri_calendar", ar, &Pattern::NUMERIC, "14/02/1442هـ");
    bench_ours(c, "format/long/ar/hijri_calendar", ar, &Pattern::LONG, "الخميس 14 صفر 1442هـ");
    bench_ours(
        c,
        "format/long/ar-arab/hijri_calendar",
        ar_arab,
        &Pattern::LONG,
        "الخميس ١٤ صفر ١٤٤٢هـ",
    );
    bench_ours(c, "format/long/en/hijri_calendar", en, &Pattern::LONG, "Thursday 14 Safar 1442 AH");
    bench_ours(
        c,
        "format/dual/ar/hijri_calendar",
        ar,
        &Pattern::DUAL,
        "الخميس 14 صفر 1442هـ الموافق 1 أكتوبر 2020م",
    );
    bench_ours(
        c,
        "format/dual/ar-arab/hijri_calendar",
        ar_arab,
        &Pattern::DUAL,
        "الخميس ١٤ صفر ١٤٤٢هـ الموافق ١ أكتوبر ٢٠٢٠م",
    );
    bench_ours(
        c,
        "format/dual/en/hijri_calendar",
        en,
        &Pattern::DUAL,
        "Thursday 14 Safar 1442 AH corresponding to 1 October 2020 CE",
    );
    let custom = Pattern::new("%a %e %b %Y %E | %{gregorian}%j %d/%m/%Y").unwrap();
    bench_ours(
        c,
        "format/pattern/en/hijri_calendar",
        en,
        &custom,
        "Thu 14 Saf. 1442 AH | 275 01/10/2020",
    );
    c.bench_function("format/pattern_new/dual/hijri_calendar", |b| {
        b.iter(|| Pattern::new(black_box(Preset::Dual.source(Language::Arabic))).unwrap())
    });

    // icu_datetime, the same day in the same calendar.
    let hijri =
        DateTimeFormatter::try_new(locale("ar-SA-u-ca-islamic-umalqura").into(), YMDE::long())
            .unwrap();
    let gregorian =
        DateTimeFormatter::try_new(locale("ar-SA-u-ca-gregory").into(), YMD::long()).unwrap();
    let iso = Date::try_new_iso(2020, 10, 1).unwrap();
    let hijri_date: Date<Ref<'_, AnyCalendar>> = iso.to_calendar(hijri.calendar());
    let mut out = String::with_capacity(128);

    let long_expected = "الخميس، ١٤ صفر ١٤٤٢ هـ";
    write!(out, "{}", hijri.format_same_calendar(&hijri_date).unwrap()).unwrap();
    assert_eq!(out, long_expected);
    c.bench_function("format/long/ar/icu_datetime", |b| {
        b.iter(|| {
            out.clear();
            let shown = hijri.format_same_calendar(black_box(&hijri_date)).unwrap();
            write!(out, "{shown}").unwrap();
            black_box(out.len())
        })
    });
    assert_eq!(out, long_expected);

    let dual_expected = "الخميس، ١٤ صفر ١٤٤٢ هـ الموافق ١ أكتوبر ٢٠٢٠";
    c.bench_function("format/dual/ar/icu_datetime", |b| {
        b.iter(|| {
            out.clear();
            let date = black_box(&hijri_date);
            write!(out, "{}", hijri.format_same_calendar(date).unwrap()).unwrap();
            out.push_str(" الموافق ");
            // The Gregorian half converts from the Hijri date, as ours does.
            write!(out, "{}", gregorian.format(date)).unwrap();
            black_box(out.len())
        })
    });
    assert_eq!(out, dual_expected);

    let english =
        DateTimeFormatter::try_new(locale("en-u-ca-islamic-umalqura").into(), YMDE::long())
            .unwrap();
    let english_date: Date<Ref<'_, AnyCalendar>> = iso.to_calendar(english.calendar());
    let english_expected = "Thursday, Safar 14, 1442 AH";
    c.bench_function("format/long/en/icu_datetime", |b| {
        b.iter(|| {
            out.clear();
            write!(out, "{}", english.format_same_calendar(black_box(&english_date)).unwrap())
                .unwrap();
            black_box(out.len())
        })
    });
    assert_eq!(out, english_expected);
}

criterion_group!(benches, formats);
criterion_main!(benches);
