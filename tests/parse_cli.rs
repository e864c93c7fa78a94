//! The `hijri parse` and `hijri find` commands: their output functions, and the built example
//! binary when `cargo test` has built it (it does, next to this test's executable).

#[allow(dead_code)]
#[path = "../examples/hijri/cli.rs"]
mod cli;
#[allow(dead_code)]
#[path = "../examples/hijri/parse.rs"]
mod parse_command;

use hijri_calendar::parse::{parse, Parser};
use hijri_calendar::Calendar;
use parse_command::{describe, json_error, json_line};

#[test]
fn text_lines() {
    let line = |t: &str| describe(&parse(t).unwrap());
    assert_eq!(line("14 صفر 1442هـ"), "Thursday 2020-10-01 = 1442-02-14 islamic-umalqura");
    assert_eq!(line("1 October 2020"), "Thursday 2020-10-01 = 1442-02-14 islamic-umalqura");
    assert_eq!(
        line("الخميس 29 صفر 1435هـ موافق 2 يناير 2014م"),
        "Thursday 2014-01-02 = 1435-02-29 islamic-umalqura as written (the dates are 1 day apart in islamic-umalqura)"
    );
    assert_eq!(
        line("الجمعة 14 صفر 1442هـ"),
        "Thursday 2020-10-01 = 1442-02-14 islamic-umalqura (written weekday Friday contradicts the date)"
    );
    assert_eq!(line("رمضان 1447هـ"), "1447-09 islamic-umalqura");
    assert_eq!(line("14 صفر"), "--02-14 islamic-umalqura");
    assert_eq!(line("مارس 2024"), "2024-03");
    let civil = Parser::new().calendar(Calendar::CIVIL);
    assert_eq!(
        describe(&civil.parse("14/2/1442").unwrap()),
        "Friday 2020-10-02 = 1442-02-14 islamic-civil"
    );
}

#[test]
fn json_lines() {
    let text = "الخميس 29 صفر 1435هـ موافق 2 يناير 2014م";
    assert_eq!(
        json_line(text, &parse(text).unwrap()),
        r#"{"text":"الخميس 29 صفر 1435هـ موافق 2 يناير 2014م","span":[0,62],"hijri":{"year":1435,"month":2,"day":29},"gregorian":{"year":2014,"month":1,"day":2},"weekday":"thursday","consistent":false}"#
    );
    let text = "رمضان 1447هـ";
    assert_eq!(
        json_line(text, &parse(text).unwrap()),
        r#"{"text":"رمضان 1447هـ","span":[0,19],"hijri":{"year":1447,"month":9,"day":null},"gregorian":null,"weekday":null,"consistent":null}"#
    );
    let text = " 14 صفر 1442هـ";
    assert_eq!(
        json_line(text, &parse(text).unwrap()),
        r#"{"text":" 14 صفر 1442هـ","span":[1,19],"hijri":{"year":1442,"month":2,"day":14},"gregorian":{"year":2020,"month":10,"day":1},"weekday":"thursday","consistent":null}"#
    );
    let text = "02 Mehr 1405";
    assert_eq!(
        json_error(text, &parse(text).unwrap_err()),
        r#"{"text":"02 Mehr 1405","error":"unknown month name \"Mehr\"; expected a hijri or gregorian month name","span":[3,7]}"#
    );
    // Every line is valid JSON with exactly the keys of the issue.
    let value: serde_json::Value =
        serde_json::from_str(&json_line(text, &parse("1/10/2020").unwrap())).unwrap();
    let mut keys: Vec<_> = value.as_object().unwrap().keys().cloned().collect();
    keys.sort();
    assert_eq!(keys, ["consistent", "gregorian", "hijri", "span", "text", "weekday"]);
}

/// The example binary built by `cargo test`, if it is there.
fn binary() -> Option<std::path::PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let dir = exe.parent()?.parent()?;
    let path = dir.join("examples").join(format!("hijri{}", std::env::consts::EXE_SUFFIX));
    path.exists().then_some(path)
}

#[test]
fn binary_output_and_status() {
    let Some(bin) = binary() else {
        eprintln!("the hijri example is not built; skipping");
        return;
    };
    let run = |args: &[&str]| {
        let out = std::process::Command::new(&bin).args(args).output().unwrap();
        (
            out.status.code(),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    let (code, out, _) = run(&["14 صفر 1442هـ"]);
    assert_eq!(
        (code, out.as_str()),
        (Some(0), "Thursday 2020-10-01 = 1442-02-14 islamic-umalqura\n")
    );
    let (code, out, _) = run(&["parse", "--json", "02 Mehr 1405", "14/2/1442"]);
    assert_eq!(code, Some(1));
    assert_eq!(out.lines().count(), 2);
    assert!(out
        .lines()
        .nth(1)
        .unwrap()
        .contains(r#""gregorian":{"year":2020,"month":10,"day":1}"#));
    let (code, _, err) = run(&["pars", "1442"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("commands: to-hijri, to-gregorian, parse, find"), "{err}");
    let article = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/news-article.txt");
    let (code, out, _) = run(&["find", "--json", article]);
    assert_eq!(code, Some(0));
    assert_eq!(out.lines().count(), 1);
    assert!(out.starts_with(r#"{"text":"14 صفر 1442هـ","span":["#), "{out}");
}
