//! find_dates reads in running text what parse reads whole: every text that parse accepts,
//! put in an Arabic and an English sentence, is found with the same span and the same reading.

use hijri_calendar::parse::{find_dates, parse};
use serde_json::Value;

/// Forms beyond the reference examples, from the list and the formatter's presets.
const FORMS: &[&str] = &[
    "14 صفر 1442هـ",
    "الخميس ١٤ صفر ١٤٤٢ هـ",
    "1442/02/14هـ",
    "14/2/1442",
    "١٤٤٢/٠٢/١٤",
    "14-02-1442 AH",
    "2020-10-01[u-ca=islamic-umalqura]",
    "2020-10-01",
    "رمضان 1447هـ",
    "غرة شهر رمضان 1447",
    "غرة رمضان 1447هـ",
    "فاتح محرم 1446",
    "15 من شوال 1432",
    "الثلاثاء 30 / 12 / 1444 هـ ـ حسب تقويم أم القرى ـ الموافق 18 / 7 / 2023م",
    "الخميس 14 صفر 1442هـ الموافق 1 أكتوبر 2020م",
    "14 صفر 1442هـ = 1 أكتوبر 2020م",
    "Thursday, 14 Safar 1442 AH",
    "Thursday 14 Safar 1442 AH corresponding to 1 October 2020 CE",
    "Tuesday, 21st August 2018",
    "June 30, 2022",
    "30 June 2022",
    "1 Oct. 2020",
    "Tue 1 Raj. 1441 AH",
    "14 Rabiʻ II 1442 AH",
    "Dhul-Hijjah 10, 1445",
    "10 Dhu al-Hijjah 1445 AH",
    "14 ربيع الأول 1442",
    "1 تشرين الأول 2020م",
    "1 جانفي 2020",
    "يوم الخميس الموافق 1 أكتوبر 2020م",
    "14 صفر 1442هـ (الخميس)",
    "غرة رمضان",
    "الخميس غرة شهر رمضان 1447 هـ",
    "march 3, 2024",
    "3 march 2024",
    "may 2024",
    "the 14th of february 2024",
    "sept. 2020",
];

fn texts() -> Vec<String> {
    let mut out: Vec<String> = FORMS.iter().map(|s| s.to_string()).collect();
    for line in include_str!("data/parser-examples.jsonl").lines() {
        let Ok(v) = serde_json::from_str::<Value>(line) else { continue };
        if v["kind"] == "positive" {
            if let Some(text) = v["text"].as_str() {
                out.push(text.to_string());
            }
        }
    }
    out
}

#[test]
fn what_parse_reads_find_dates_finds() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for text in texts() {
        let Ok(whole) = parse(&text) else { continue };
        let date = &text[whole.span().range()];
        for (before, after) in [("قال المصدر إن ", " وأضاف أن"), ("He said that ", ", and then")]
        {
            let sentence = format!("{before}{date}{after}");
            let found: Vec<_> = find_dates(&sentence).collect();
            let expected_span = before.len()..before.len() + date.len();
            let ok = found.len() == 1
                && found[0].span().range() == expected_span
                && found[0].date() == whole.date()
                && found[0].weekday() == whole.weekday();
            if !ok {
                let got: Vec<_> =
                    found.iter().map(|p| (&sentence[p.span().range()], p.date())).collect();
                failures.push(format!("{sentence:?}: expected {:?}, found {got:?}", whole.date()));
            }
            checked += 1;
        }
    }
    assert!(checked >= 2 * 60, "{checked}");
    assert!(failures.is_empty(), "{} of {checked}:\n{}", failures.len(), failures.join("\n"));
}
