//! Real-world date strings gathered from public pages (tests/data/parse/README.md says how),
//! read with the default parser (Umm al-Qura, day first, lenient).
//!
//! - `tests/data/parse/real-world.tsv`: strings the parser reads as expected. Every row must
//!   parse to its expected reading, and `find_dates` must find the same reading when the
//!   string is embedded in a sentence.
//! - `tests/data/parse/real-world-pending.tsv`: strings the parser does not read correctly
//!   yet. Every row must still fail; when one starts passing, move it, unchanged, to
//!   `real-world.tsv`.
//!
//! Columns: `text` (exact, invisible characters written `\uXXXX`), `kind` (`hijri`,
//! `gregorian`, `pair`, `hijri-partial`, `gregorian-partial`), `hijri` and `gregorian` (the date
//! as written: `Y-M-D`, `Y-M` for a month of a year, `-M-D` for a day of a month without a year,
//! or empty), `weekday` (as written, lower-case English, or empty), `source` (the page's
//! address), `note`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use hijri_calendar::parse::{find_dates, parse, Parsed, ParsedDate, Written};
use hijri_calendar::Weekday;

const HEADER: &str = "text\tkind\thijri\tgregorian\tweekday\tsource\tnote";
const MAIN: &str = "real-world.tsv";
const PENDING: &str = "real-world-pending.tsv";

/// Characters that must be written as `\uXXXX` escapes in the files.
const INVISIBLE: &[char] = &[
    '\u{00A0}', '\u{061C}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{202A}',
    '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{202F}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}', '\u{FEFF}',
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Hijri,
    Gregorian,
    Pair,
    HijriPartial,
    GregorianPartial,
}

/// A date as written: year and day may be left out.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Ymd {
    year: Option<i32>,
    month: u8,
    day: Option<u8>,
}

impl Ymd {
    fn is_full(self) -> bool {
        self.year.is_some() && self.day.is_some()
    }
}

impl std::fmt::Display for Ymd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.year, self.day) {
            (Some(y), Some(d)) => write!(f, "{y}-{}-{d}", self.month),
            (Some(y), None) => write!(f, "{y}-{}", self.month),
            (None, Some(d)) => write!(f, "-{}-{d}", self.month),
            (None, None) => write!(f, "-{}", self.month),
        }
    }
}

#[derive(Debug)]
struct Row {
    file: &'static str,
    line: usize,
    text: String,
    kind: Kind,
    hijri: Option<Ymd>,
    gregorian: Option<Ymd>,
    weekday: Option<Weekday>,
    source: String,
}

impl Row {
    fn at(&self) -> String {
        format!("{}:{} {:?}", self.file, self.line, self.text)
    }
}

/// Replaces `\uXXXX` escapes with their characters.
fn unescape(field: &str) -> Result<String, String> {
    let mut out = String::with_capacity(field.len());
    let mut rest = field;
    while let Some(at) = rest.find("\\u") {
        out.push_str(&rest[..at]);
        let hex = rest.get(at + 2..at + 6).ok_or_else(|| format!("short escape in {field:?}"))?;
        let code = u32::from_str_radix(hex, 16).map_err(|_| format!("bad escape in {field:?}"))?;
        out.push(char::from_u32(code).ok_or_else(|| format!("bad escape in {field:?}"))?);
        rest = &rest[at + 6..];
    }
    out.push_str(rest);
    Ok(out)
}

fn ymd(field: &str) -> Result<Option<Ymd>, String> {
    if field.is_empty() {
        return Ok(None);
    }
    let parts: Vec<&str> = field.split('-').collect();
    let num = |s: &str| s.parse::<i64>().map_err(|_| format!("bad date {field:?}"));
    let (year, month, day) = match parts.as_slice() {
        ["", m, d] => (None, num(m)?, Some(num(d)?)),
        [y, m] => (Some(num(y)?), num(m)?, None),
        [y, m, d] => (Some(num(y)?), num(m)?, Some(num(d)?)),
        _ => return Err(format!("bad date {field:?}")),
    };
    if !(1..=12).contains(&month) || day.is_some_and(|d| !(1..=31).contains(&d)) {
        return Err(format!("bad date {field:?}"));
    }
    Ok(Some(Ymd {
        year: year.map(|y| i32::try_from(y).expect("year")),
        month: month as u8,
        day: day.map(|d| d as u8),
    }))
}

fn weekday(field: &str) -> Result<Option<Weekday>, String> {
    Ok(Some(match field {
        "" => return Ok(None),
        "monday" => Weekday::Monday,
        "tuesday" => Weekday::Tuesday,
        "wednesday" => Weekday::Wednesday,
        "thursday" => Weekday::Thursday,
        "friday" => Weekday::Friday,
        "saturday" => Weekday::Saturday,
        "sunday" => Weekday::Sunday,
        _ => return Err(format!("bad weekday {field:?}")),
    }))
}

fn row(file: &'static str, line: usize, raw: &str) -> Result<Row, String> {
    let fields: Vec<&str> = raw.split('\t').collect();
    if fields.len() != 7 {
        return Err(format!("{} fields, want 7", fields.len()));
    }
    if let Some(c) = fields[0].chars().find(|c| INVISIBLE.contains(c)) {
        return Err(format!("raw U+{:04X} in the text: write it as \\u{:04X}", c as u32, c as u32));
    }
    let text = unescape(fields[0])?;
    if text.trim().is_empty() {
        return Err("empty text".into());
    }
    let kind = match fields[1] {
        "hijri" => Kind::Hijri,
        "gregorian" => Kind::Gregorian,
        "pair" => Kind::Pair,
        "hijri-partial" => Kind::HijriPartial,
        "gregorian-partial" => Kind::GregorianPartial,
        other => return Err(format!("bad kind {other:?}")),
    };
    let hijri = ymd(fields[2])?;
    let gregorian = ymd(fields[3])?;
    let shape_ok = match kind {
        Kind::Hijri => hijri.is_some_and(Ymd::is_full) && gregorian.is_none(),
        Kind::Gregorian => gregorian.is_some_and(Ymd::is_full) && hijri.is_none(),
        Kind::HijriPartial => hijri.is_some_and(|h| !h.is_full()) && gregorian.is_none(),
        Kind::GregorianPartial => gregorian.is_some_and(|g| !g.is_full()) && hijri.is_none(),
        Kind::Pair => hijri.is_some() && gregorian.is_some(),
    };
    if !shape_ok {
        return Err(format!(
            "kind {:?} does not fit hijri {:?} gregorian {:?}",
            kind, fields[2], fields[3]
        ));
    }
    let source = fields[5].to_string();
    if !(source.starts_with("https://") || source.starts_with("http://"))
        || source.contains(char::is_whitespace)
    {
        return Err(format!("source is not a URL: {source:?}"));
    }
    Ok(Row { file, line, text, kind, hijri, gregorian, weekday: weekday(fields[4])?, source })
}

fn rows(file: &'static str) -> Vec<Row> {
    let path = format!("{}/tests/data/parse/{file}", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut lines = data.lines();
    assert_eq!(lines.next(), Some(HEADER), "{path}: header");
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for (i, raw) in lines.enumerate() {
        match row(file, i + 2, raw) {
            Ok(r) => out.push(r),
            Err(e) => errors.push(format!("{file}:{}: {e}", i + 2)),
        }
    }
    assert!(errors.is_empty(), "malformed rows:\n{}", errors.join("\n"));
    out
}

fn written<D: Copy>(
    w: Written<D>,
    year: fn(D) -> i32,
    month: fn(D) -> u8,
    day: fn(D) -> u8,
) -> Ymd {
    match w {
        Written::Date(d) => Ymd { year: Some(year(d)), month: month(d), day: Some(day(d)) },
        Written::YearMonth { year, month } => Ymd { year: Some(year), month, day: None },
        Written::MonthDay { month, day } => Ymd { year: None, month, day: Some(day) },
    }
}

/// What the parser read: kind, Hijri and Gregorian as written, weekday.
fn reading(p: &Parsed) -> (Kind, Option<Ymd>, Option<Ymd>, Option<Weekday>) {
    let h = p.hijri().map(|w| written(w, |d| d.year(), |d| d.month(), |d| d.day()));
    let g = p.gregorian().map(|w| written(w, |d| d.year(), |d| d.month(), |d| d.day()));
    let kind = match p.date() {
        ParsedDate::Pair { .. } => Kind::Pair,
        ParsedDate::Hijri(Written::Date(_)) => Kind::Hijri,
        ParsedDate::Hijri(_) => Kind::HijriPartial,
        ParsedDate::Gregorian(Written::Date(_)) => Kind::Gregorian,
        ParsedDate::Gregorian(_) => Kind::GregorianPartial,
    };
    (kind, h, g, p.weekday())
}

fn show(r: &(Kind, Option<Ymd>, Option<Ymd>, Option<Weekday>)) -> String {
    let opt = |d: Option<Ymd>| d.map_or_else(|| "-".to_string(), |d| d.to_string());
    format!("{:?} hijri {} gregorian {} weekday {:?}", r.0, opt(r.1), opt(r.2), r.3)
}

/// A sentence around the text, in the text's script.
fn sentence(text: &str) -> (String, usize) {
    let arabic = text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    let (before, after) = if arabic {
        ("وجاء في البيان أن الموعد هو ", " كما أعلنت الجهات المختصة.")
    } else {
        ("The statement said that the date is ", " as announced by the committee.")
    };
    (format!("{before}{text}{after}"), before.len())
}

/// Whether the parser reads the row as expected; the reason when it does not.
fn check(row: &Row) -> Result<(), String> {
    let parsed = parse(&row.text).map_err(|e| format!("parse error: {e}"))?;
    let want = (row.kind, row.hijri, row.gregorian, row.weekday);
    let got = reading(&parsed);
    if got != want {
        return Err(format!("read {}, want {}", show(&got), show(&want)));
    }
    // A full date alone converts to the other calendar; a full pair gives how far apart its
    // two dates are (not asserted: many countries follow their own moon sighting).
    let full = (row.hijri.is_some_and(Ymd::is_full), row.gregorian.is_some_and(Ymd::is_full));
    let converts = match (row.kind, full) {
        (Kind::Hijri, _) => parsed.gregorian_date().is_some(),
        (Kind::Gregorian, _) => parsed.hijri_date().is_some(),
        (Kind::Pair, (true, true)) => parsed.days_apart().is_some(),
        _ => true,
    };
    if !converts {
        return Err("no conversion to the other calendar".into());
    }
    // find_dates finds the same expression, at the same place, in running text.
    let (text, offset) = sentence(&row.text);
    let found: Vec<Parsed> = find_dates(&text).collect();
    let span = parsed.span();
    let same = found.iter().any(|f| {
        f.span().start == span.start + offset
            && f.span().end == span.end + offset
            && reading(f) == got
    });
    if !same {
        let seen: Vec<String> = found
            .iter()
            .map(|f| format!("{:?} {}", &text[f.span().range()], show(&reading(f))))
            .collect();
        return Err(format!("find_dates in a sentence found [{}]", seen.join("; ")));
    }
    Ok(())
}

#[test]
fn corpus_is_well_formed() {
    let main = rows(MAIN);
    let pending = rows(PENDING);
    let all: Vec<&Row> = main.iter().chain(&pending).collect();
    assert!(all.len() >= 200, "only {} real-world strings", all.len());
    let mut seen = BTreeMap::new();
    for r in &all {
        if let Some(first) = seen.insert(r.text.as_str(), r.at()) {
            panic!("{} repeats {first}", r.at());
        }
    }
    // No single page dominates.
    let mut per_source: BTreeMap<&str, usize> = BTreeMap::new();
    for r in &all {
        *per_source.entry(r.source.as_str()).or_default() += 1;
    }
    let (page, most) = per_source.iter().max_by_key(|(_, n)| **n).expect("rows");
    assert!(*most <= 15, "{most} strings from {page}");
    let hosts: BTreeSet<&str> = all.iter().filter_map(|r| r.source.split('/').nth(2)).collect();
    assert!(hosts.len() >= 40, "only {} sites", hosts.len());
}

#[test]
fn main_rows_parse_as_expected() {
    let mut failures = String::new();
    let main = rows(MAIN);
    for r in &main {
        if let Err(e) = check(r) {
            let _ = writeln!(failures, "{}: {e}", r.at());
        }
    }
    assert!(failures.is_empty(), "rows of {MAIN} the parser gets wrong:\n{failures}");
}

#[test]
fn pending_rows_still_fail() {
    let mut fixed = String::new();
    for r in &rows(PENDING) {
        if check(r).is_ok() {
            let _ = writeln!(fixed, "{}", r.at());
        }
    }
    assert!(
        fixed.is_empty(),
        "the parser now reads these rows correctly: move them, unchanged, from {PENDING} to \
         {MAIN}:\n{fixed}"
    );
}

/// Prints, for every row of both files, whether the parser reads it as expected and why not
/// (`cargo test --test parse_real_world -- --ignored --nocapture`).
#[test]
#[ignore]
fn report() {
    for r in rows(MAIN).iter().chain(&rows(PENDING)) {
        match check(r) {
            Ok(()) => println!("ok\t{}\t{}", r.file, r.line),
            Err(e) => println!("fail\t{}\t{}\t{e}", r.file, r.line),
        }
    }
}
