//! The examples binary's conversion commands, run as a user runs them. `cargo test` builds the
//! examples next to the test binaries (target/<profile>/examples/hijri).

use std::io::Write;
use std::process::{Command, Output, Stdio};

mod common;
use common::hijri_binary;

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(hijri_binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Write from another thread: the child's output may fill its pipe before it reads all input.
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_owned();
    let writer = std::thread::spawn(move || pipe.write_all(input.as_bytes()));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    output
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn to_hijri_from_arguments() {
    let out = run(&["to-hijri", "2020-10-01"], "");
    assert_eq!(text(&out.stdout), "1442-02-14\n");
    assert_eq!(out.status.code(), Some(0));
    let out = run(&["to-hijri", "--calendar", "islamic-civil", "2020-10-01", "0622-07-19"], "");
    assert_eq!(text(&out.stdout), "1442-02-13\n0001-01-01\n");
}

#[test]
fn negative_years_are_zero_padded_with_a_sign() {
    let out = run(&["to-hijri", "--calendar", "tabular-II-friday", "0001-01-01"], "");
    assert_eq!(text(&out.stdout), "-0640-05-18\n");
    let out = run(&["to-gregorian", "--calendar", "islamic-civil", "-0640-05-18"], "");
    assert_eq!(text(&out.stdout), "0001-01-01\n");
}

#[test]
fn to_gregorian_from_standard_input_keeps_going_after_bad_lines() {
    let out =
        run(&["to-gregorian"], "1442-02-14\n1442-01-30\nnot a date\n1601-01-01\n1441-10-01\n");
    assert_eq!(text(&out.stdout), "2020-10-01\n2020-05-24\n");
    assert_eq!(
        text(&out.stderr),
        "hijri: line 2: \"1442-01-30\": day 30 is out of range for Muharram 1442 in islamic-umalqura (1..=29)\n\
         hijri: line 3: \"not a date\": expected a date as YYYY-MM-DD\n\
         hijri: line 4: \"1601-01-01\": year 1601 is out of range for islamic-umalqura (1300..=1600)\n"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn out_of_range_gregorian_dates_are_reported() {
    let out = run(&["to-hijri"], "2174-11-25\r\n2174-11-26\n");
    assert_eq!(text(&out.stdout), "1600-12-30\n");
    assert_eq!(
        text(&out.stderr),
        "hijri: line 2: \"2174-11-26\": gregorian date 2174-11-26 is out of range for islamic-umalqura (1882-11-12..=2174-11-25)\n"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn unknown_calendar_is_bad_usage_listing_the_choices() {
    let out = run(&["to-hijri", "--calendar", "julian", "2020-10-01"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("expected one of islamic-umalqura, islamic-umalqura-published, islamic-umalqura-extended, turkey-diyanet, muhammadiyah-khgt, indonesia-mabims, fcna, umalqura-rule, islamic-civil, islamic-tbla")
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn help_lists_commands_calendars_and_an_example() {
    let out = run(&["--help"], "");
    let help = text(&out.stdout);
    for needle in [
        "to-hijri",
        "to-gregorian",
        "islamic-umalqura",
        "tabular-<I|II|III|IV>-<thursday|friday>",
        "hijri to-hijri 2020-10-01",
    ] {
        assert!(help.contains(needle), "--help lacks {needle:?}:\n{help}");
    }
}

#[test]
fn round_trip_of_every_day_of_umm_al_qura() {
    // Every Gregorian day of the Umm al-Qura range, through both commands.
    let mut input = String::new();
    let first = hijri_calendar::Calendar::UmmAlQura.first_date();
    for day in first.iter_days() {
        input.push_str(&day.to_gregorian().to_string());
        input.push('\n');
    }
    let hijri = run(&["to-hijri"], &input);
    assert_eq!(hijri.status.code(), Some(0));
    let back = run(&["to-gregorian"], &text(&hijri.stdout));
    assert_eq!(text(&back.stdout), input);
    let expected: String = first.iter_days().map(|d| format!("{d}\n")).collect();
    assert_eq!(text(&hijri.stdout), expected);
}

#[test]
fn adjust_moves_month_starts_in_every_command() {
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/overrides.sample.txt");
    let out = run(&["to-hijri", "--adjust", sample, "2022-01-03", "2026-02-19"], "");
    assert_eq!(text(&out.stdout), "1443-05-29\n1447-09-01\n");
    let out = run(&["to-gregorian", "--adjust", sample, "1443-05-29"], "");
    assert_eq!(text(&out.stdout), "2022-01-03\n");
    let out = run(&["--adjust", sample, "parse", "29 جمادى الأولى 1443 هـ"], "");
    assert!(text(&out.stdout).contains("2022-01-03"), "{}", text(&out.stdout));
    let out = run(&["month", "--adjust", sample, "--lang", "en", "1447-09"], "");
    assert!(text(&out.stdout).contains("February – March 2026"), "{}", text(&out.stdout));
    // Without the file, Umm al-Qura.
    let out = run(&["to-hijri", "2022-01-03"], "");
    assert_eq!(text(&out.stdout), "1443-05-30\n");
}

#[test]
fn adjust_errors_name_the_file_and_line() {
    let dir = std::env::temp_dir().join(format!("hijri-adjust-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, "# fine\n1443-05 = 2021-12-20\n").unwrap();
    let out = run(&["to-hijri", "--adjust", bad.to_str().unwrap(), "2022-01-03"], "");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        format!(
            "hijri: --adjust {}: line 2: override 1443-05 = 2021-12-20 makes Rabi al-Thani 1443 44 days long (allowed 29..=30)\n",
            bad.display()
        )
    );
    let missing = dir.join("missing.txt");
    let out = run(&["to-hijri", "--adjust", missing.to_str().unwrap(), "2022-01-03"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with(&format!("hijri: --adjust {}: ", missing.display())));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn published_calendar_works_on_the_command_line() {
    // The published dates start 1343 on 1924-08-01, the KACST table on 1924-08-02 (the TSVs).
    let out = run(&["to-hijri", "--calendar", "islamic-umalqura-published", "1924-08-01"], "");
    assert_eq!(text(&out.stdout), "1343-01-01\n");
    let out = run(&["to-hijri", "1924-08-01"], "");
    assert_eq!(text(&out.stdout), "1342-12-29\n"); // 1342-12 has 29 days in the KACST TSV
}
