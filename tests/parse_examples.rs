//! Every example of tests/data/parser-examples.jsonl (copied from the shared reference), read
//! with the default parser (Umm al-Qura).

use hijri_calendar::parse::{find_dates, parse, Parsed};
use serde_json::Value;

fn ymd(v: &Value) -> Option<(i64, i64, Option<i64>)> {
    if v.is_null() {
        return None;
    }
    Some((v["y"].as_i64()?, v["m"].as_i64()?, v["d"].as_i64()))
}

fn hijri_of(p: &Parsed) -> Option<(i64, i64, Option<i64>)> {
    // As written, or converted when only the Gregorian date was written.
    match p.hijri() {
        Some(h) => Some((h.year()?.into(), h.month().into(), h.day().map(i64::from))),
        None => p.hijri_date().map(|d| (d.year().into(), d.month().into(), Some(d.day().into()))),
    }
}

fn gregorian_of(p: &Parsed) -> Option<(i64, i64, Option<i64>)> {
    match p.gregorian() {
        Some(g) => Some((g.year()?.into(), g.month().into(), g.day().map(i64::from))),
        None => {
            p.gregorian_date().map(|d| (d.year().into(), d.month().into(), Some(d.day().into())))
        }
    }
}

#[test]
fn every_example() {
    let data = include_str!("data/parser-examples.jsonl");
    let mut failures = Vec::new();
    let mut count = 0;
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        count += 1;
        let v: Value = serde_json::from_str(line).expect("valid json");
        let id = &v["id"];
        let text = v["text"].as_str().expect("text");
        let result = parse(text);
        let found: Vec<Parsed> = find_dates(text).collect();
        match v["expect"].as_str().expect("expect") {
            "date" => match &result {
                Ok(p) => {
                    let want_h = ymd(&v["hijri"]);
                    let want_g = ymd(&v["gregorian"]);
                    if want_h.is_some() && hijri_of(p) != want_h {
                        failures
                            .push(format!("{id} {text:?}: hijri {:?} != {want_h:?}", hijri_of(p)));
                    }
                    if want_g.is_some() && gregorian_of(p) != want_g {
                        failures.push(format!(
                            "{id} {text:?}: gregorian {:?} != {want_g:?}",
                            gregorian_of(p)
                        ));
                    }
                    // find_dates on the text alone finds the same reading.
                    if !found
                        .iter()
                        .any(|f| hijri_of(f) == hijri_of(p) && gregorian_of(f) == gregorian_of(p))
                    {
                        failures.push(format!("{id} {text:?}: find_dates gave {found:?}"));
                    }
                }
                Err(e) => failures.push(format!("{id} {text:?}: error {e}")),
            },
            "none" => {
                if result.is_ok() || !found.is_empty() {
                    failures.push(format!(
                        "{id} {text:?}: expected no date, got {result:?} / {found:?}"
                    ));
                }
            }
            "error" => {
                // A rejected text: parse fails, and find_dates takes nothing in it for a date
                // (a pair whose halves disagree may still yield its halves separately).
                if result.is_ok() {
                    failures.push(format!("{id} {text:?}: expected an error, got {result:?}"));
                }
                let pair = v["kind"] == "negative" && v["calendar"] == "both";
                if !pair && !found.is_empty() {
                    failures.push(format!("{id} {text:?}: find_dates gave {found:?}"));
                }
            }
            other => panic!("unknown expect {other}"),
        }
    }
    assert_eq!(count, 77);
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}
