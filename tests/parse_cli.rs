//! The `hijri parse` and `hijri find` commands: their output functions, and the built example
//! binary when `cargo test` has built it (it does, next to this test's executable).

#[allow(dead_code)]
#[path = "../examples/hijri/cli.rs"]
mod cli;
#[allow(dead_code)]
#[path = "../examples/hijri/format_args.rs"]
mod format_args;
#[allow(dead_code)]
#[path = "../examples/hijri/parse.rs"]
mod parse_command;

use hijri_calendar::format::{Pattern, Preset, Printer};
use hijri_calendar::names::{Digits, Language};
use hijri_calendar::parse::{parse, Parser};
use hijri_calendar::Calendar;
use parse_command::{describe, formatted, json_error, json_line};

/// The sorted keys of a JSON object line.
fn keys(line: &str) -> Vec<String> {
    let value: serde_json::Value = serde_json::from_str(line).unwrap();
    let mut keys: Vec<String> = value.as_object().unwrap().keys().cloned().collect();
    keys.sort();
    keys
}

const DATE_KEYS: [&str; 6] = ["consistent", "gregorian", "hijri", "span", "text", "weekday"];
const ERROR_KEYS: [&str; 3] = ["error", "span", "text"];

#[test]
fn json_keys_are_exactly_the_issues() {
    for text in [
        "14 صفر 1442هـ",
        "1 October 2020",
        "رمضان 1447هـ",
        "14 صفر",
        "الخميس 14 صفر 1442هـ الموافق 1 أكتوبر 2020م",
        "2020-10-01[u-ca=islamic-civil]",
    ] {
        assert_eq!(keys(&json_line(text, &parse(text).unwrap())), DATE_KEYS, "{text}");
    }
    for text in ["", "1442 حالة", "31 رمضان 1445هـ", "14 ربيع 1442"] {
        assert_eq!(keys(&json_error(text, &parse(text).unwrap_err())), ERROR_KEYS, "{text}");
    }
}

#[test]
fn formatted_lines() {
    use format_args::Output;
    let printer = Printer::new();
    let dual = Output::Hijri(Pattern::preset(Preset::Dual));
    let line = |t: &str, output: &Output, printer: &Printer| {
        formatted(&parse(t).unwrap(), output, printer)
    };
    assert_eq!(
        line("1 October 2020", &dual, &printer).as_deref(),
        Ok("الخميس 14 صفر 1442هـ الموافق 1 أكتوبر 2020م")
    );
    let long = Output::Hijri(Pattern::LONG);
    let english = Printer::new().language(Language::English).digits(Digits::Persian);
    assert_eq!(line("14/2/1442", &long, &english).as_deref(), Ok("Thursday ۱۴ Safar ۱۴۴۲ AH"));
    assert_eq!(
        line("رمضان 1447هـ", &long, &printer),
        Err("not a full date (day, month and year); --format needs one".to_string())
    );
    assert_eq!(
        line("1 January 1800", &long, &printer),
        Err("1800-01-01 is outside islamic-umalqura".to_string())
    );
}

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
    for line in out.lines().take(1) {
        assert_eq!(keys(line), ERROR_KEYS);
    }
    for line in out.lines().skip(1) {
        assert_eq!(keys(line), DATE_KEYS);
    }
    let (code, out, _) =
        run(&["parse", "--format", "dual", "--digits", "arabic", "1 October 2020", "14/2/1442"]);
    assert_eq!(code, Some(0));
    assert_eq!(
        out,
        "الخميس ١٤ صفر ١٤٤٢هـ الموافق ١ أكتوبر ٢٠٢٠م\nالخميس ١٤ صفر ١٤٤٢هـ الموافق ١ أكتوبر ٢٠٢٠م\n"
    );
    let (code, out, err) =
        run(&["parse", "--format", "%-d %B %Y", "--lang", "en", "رمضان 1447هـ", "14 صفر 1442هـ"]);
    assert_eq!((code, out.as_str()), (Some(1), "14 Safar 1442\n"));
    assert!(err.contains("not a full date"), "{err}");
    let (code, _, err) = run(&["parse", "--format", "long", "--json", "14 صفر 1442هـ"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("cannot be used with"), "{err}");
    let (code, _, err) = run(&["parse", "--format", "%q", "14 صفر 1442هـ"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("unknown directive \"%q\""), "{err}");
    let (code, _, err) = run(&["pars", "1442"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("commands: to-hijri, to-gregorian, parse, find"), "{err}");
    let article = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/news-article.txt");
    let (code, out, _) = run(&["find", "--json", article]);
    assert_eq!(code, Some(0));
    assert_eq!(out.lines().count(), 1);
    assert!(out.starts_with(r#"{"text":"14 صفر 1442هـ","span":["#), "{out}");
    assert_eq!(keys(out.trim_end()), DATE_KEYS);
}
