//! The examples binary's views (`month`, `year`, `events`, `today`), run as a user runs them,
//! compared in full with the golden texts in tests/data/views/.
//!
//! The goldens were produced by the binary and checked by eye against the calendar (1 Ramadan
//! 1447 is Wednesday 18 February 2026 in Umm al-Qura; 2030 holds two first days of Ramadan).
//! To rewrite them after an intended change: `BLESS=1 cargo test --test views_cli`, then
//! review the diff.

mod common;
use common::{run, stdout};

/// Compares the output of `args` with tests/data/views/`name`, whole.
fn golden(name: &str, args: &[&str]) {
    let path = format!("{}/tests/data/views/{name}", env!("CARGO_MANIFEST_DIR"));
    let got = stdout(args);
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, &got).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap();
    assert_eq!(got, expected, "{name}: output differs from the golden text");
}

#[test]
fn hijri_month_in_english() {
    golden("month-1447-09.en.txt", &["month", "--lang", "en", "--today", "2000-01-01", "1447-09"]);
}

#[test]
fn hijri_month_in_arabic_right_to_left() {
    golden("month-1447-09.ar.txt", &["month", "--today", "2000-01-01", "1447-09"]);
}

#[test]
fn gregorian_month_in_english_from_sunday() {
    golden(
        "month-g2026-02.en.txt",
        &["month", "--lang", "en", "--week-start", "sun", "--today", "2000-01-01", "g2026-02"],
    );
}

#[test]
fn gregorian_month_in_arabic_with_arabic_indic_digits_from_monday() {
    golden(
        "month-g2030-01.ar.txt",
        &[
            "month",
            "--digits",
            "arabic",
            "--week-start",
            "mon",
            "--today",
            "2000-01-01",
            "g2030-01",
        ],
    );
}

#[test]
fn a_year_in_the_civil_calendar() {
    golden(
        "year-1447-civil.en.txt",
        &["year", "--lang", "en", "--calendar", "islamic-civil", "--today", "2000-01-01", "1447"],
    );
}

#[test]
fn events_of_a_hijri_year_and_of_a_gregorian_year() {
    golden("events-1447.en.txt", &["events", "--lang", "en", "1447"]);
    golden("events-g2030.ar.txt", &["events", "g2030"]);
}

#[test]
fn the_month_grid_facts() {
    let text = stdout(&["month", "--lang", "en", "--today", "2000-01-01", "1447-09"]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0].trim(), "Ramadan 1447 AH");
    assert_eq!(lines[1].trim(), "February – March 2026 CE");
    assert_eq!(lines[2].split_whitespace().collect::<Vec<_>>()[0], "Sat");
    // 1 Ramadan (18 February) is a Wednesday, the fifth column from Saturday, and marked.
    assert_eq!(&lines[3][4 * 7..4 * 7 + 6], " 1 18*");
    // 30 days, each once.
    let days: usize = lines[3..].iter().take_while(|l| !l.is_empty()).count();
    assert_eq!(days, 5);
    assert!(text.contains("* 1 Ramadan (18 February): First of Ramadan\n"));
    assert!(text.contains("* 27 Ramadan (16 March): Laylat al-Qadr\n"));
}

#[test]
fn arabic_grids_put_the_first_day_of_the_week_at_the_right() {
    let text = stdout(&["month", "--today", "2000-01-01", "1447-09"]);
    let header = text.lines().nth(2).unwrap().replace('\u{200E}', "");
    let names: Vec<&str> = header.split_whitespace().collect();
    assert_eq!(names.first(), Some(&"جمعة"));
    assert_eq!(names.last(), Some(&"سبت"));
    // Every cell is preceded by a LEFT-TO-RIGHT MARK, so a bidi terminal keeps the order.
    let first_week = text.lines().nth(3).unwrap();
    assert!(first_week.starts_with('\u{200E}'));
    assert!(first_week.replace('\u{200E}', "").ends_with("*18 1"));
}

#[test]
fn today_is_highlighted_only_when_asked_or_on_a_terminal() {
    let args = ["month", "--lang", "en", "--today", "2026-02-18", "1447-09"];
    // Standard output is a pipe here: no highlighting by default.
    assert!(!stdout(&args).contains('\x1b'));
    let mut always = args.to_vec();
    always.extend(["--color", "always"]);
    let text = stdout(&always);
    assert!(text.contains("\x1b[7m 1 18*\x1b[0m"), "{text:?}");
    assert_eq!(text.matches("\x1b[7m").count(), 1);
    let mut never = args.to_vec();
    never.extend(["--color", "never"]);
    assert!(!stdout(&never).contains('\x1b'));
}

#[test]
fn today_changes_at_sunset_with_a_location() {
    let base = ["today", "--lang", "en", "--at", "21.4225,39.8262", "--tz", "Asia/Riyadh"];
    let mut before = base.to_vec();
    before.extend(["--now", "2026-02-17T18:00:00+03:00"]);
    assert_eq!(
        stdout(&before),
        "Tuesday 29 Shaʻban 1447 AH\n\
         Tuesday 17 February 2026 CE 18:00 +03:00\n\
         began: sunset, Monday 16 February 2026 CE 18:18 +03:00\n\
         next day (1 Ramadan): sunset, Tuesday 17 February 2026 CE 18:19 +03:00\n"
    );
    let mut after = base.to_vec();
    after.extend(["--now", "2026-02-17T16:00:00Z"]);
    let text = stdout(&after);
    assert!(
        text.starts_with("Wednesday 1 Ramadan 1447 AH\nTuesday 17 February 2026 CE 19:00 +03:00\n")
    );
}

#[test]
fn today_without_a_location_changes_at_midnight() {
    let text = stdout(&[
        "today",
        "--lang",
        "en",
        "--tz",
        "Asia/Jakarta",
        "--now",
        "2026-02-17T23:59:00+07:00",
    ]);
    assert_eq!(
        text,
        "Tuesday 29 Shaʻban 1447 AH\n\
         Tuesday 17 February 2026 CE 23:59 +07:00\n\
         next day (1 Ramadan): midnight, Wednesday 18 February 2026 CE 00:00 +07:00\n\
         (A Hijri day begins at sunset: give --at LAT,LON to change the date there.)\n"
    );
}

#[test]
fn today_in_the_midnight_sun_says_which_rule_ended_the_day() {
    let args = ["today", "--lang", "en", "--at", "69.6492,18.9553", "--tz", "Europe/Oslo"];
    let mut midnight = args.to_vec();
    midnight.extend(["--now", "2026-06-22T00:30:00+02:00"]);
    assert!(stdout(&midnight).contains("began: midnight, Monday 22 June 2026 CE 00:00 +02:00\n"));
    midnight.extend(["--polar", "nearest-latitude"]);
    assert!(stdout(&midnight).contains("sunset at latitude 65.7"));
}

#[test]
fn errors_are_reported_with_exit_status() {
    for (args, message) in [
        (&["month", "1447-13"][..], "month 13 is out of range (1..=12)"),
        (&["month", "1601-01"][..], "year 1601 is out of range for islamic-umalqura (1300..=1600)"),
        (
            &["events", "g1882"][..],
            "gregorian date 1882-01-01 is out of range for islamic-umalqura",
        ),
        (&["today", "--at", "95,0"][..], "latitude 95 is out of range (-90..=90)"),
        (&["today", "--at", "NaN,0"][..], "latitude is not a number"),
        (&["today", "--tz", "Mars/Olympus"][..], "Mars/Olympus"),
    ] {
        let out = run(args);
        assert_ne!(out.status.code(), Some(0), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
}
