//! The computed national calendars: conversion beside Umm al-Qura in the same run (issue 9:
//! "as fast as Umm al-Qura"), and computing one month start from scratch.
//!
//! Ids:
//! - `national/<direction>/<calendar>` with direction `gregorian_to_hijri`,
//!   `hijri_to_gregorian` or `construct` (`HijriDate::new`, which validates the day), and
//!   calendar `umm_al_qura` or a criterion's name, over the same 4,096 days spread over
//!   1883–2174;
//! - `national/month_start/<criterion>`: one month start computed from the Moon.
//!
//! Every conversion is first run over all 4,096 inputs and checked: Umm al-Qura against the
//! days counted from its own month lengths, a computed calendar against the month starts of
//! [`Criterion::month_start`], so a fast wrong answer cannot pass.
//!
//! Run: `cargo bench --bench national -- --warm-up-time 1 --measurement-time 3 national/`.
//!
//! Instruction counts: with `HIJRI_BENCH_LOOP=<direction>/<calendar>` (and optionally
//! `HIJRI_BENCH_ROUNDS=N`, default 1000) the binary skips criterion and runs that conversion
//! over the 4,096 inputs N times, so that
//! `valgrind --tool=cachegrind --cache-sim=no target/release/deps/national-* ` run with N and
//! with 0 rounds gives the instructions per conversion as the difference over 4,096·N.
use std::hint::black_box;

use criterion::{criterion_group, Criterion as Bench};
use hijri_calendar::national::{compute_month_start, Criterion};
use hijri_calendar::{Calendar, DayNumber, GregorianDate, HijriDate};

const COUNT: usize = 4096;

/// The calendars compared, with their bench labels.
fn calendars() -> Vec<(String, Calendar)> {
    let mut all = vec![("umm_al_qura".to_string(), Calendar::UmmAlQura)];
    for criterion in Criterion::ALL {
        all.push((criterion.name().to_string(), Calendar::Computed(criterion)));
    }
    all
}

/// 4,096 day numbers spread pseudo-randomly (a fixed LCG, as in benches/convert.rs) over the
/// days that every compared calendar holds.
fn day_numbers() -> Vec<DayNumber> {
    let first = calendars()
        .iter()
        .map(|(_, c)| c.first_date().to_day_number().rata_die())
        .max()
        .expect("calendars");
    let last = calendars()
        .iter()
        .map(|(_, c)| c.last_date().to_day_number().rata_die())
        .min()
        .expect("calendars");
    let span = (last - first + 1) as u64;
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    (0..COUNT)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            DayNumber::from_rata_die(first + ((state >> 33) % span) as i64).expect("in range")
        })
        .collect()
}

/// The day of (year, month, day) counted independently of the conversion under test: from the
/// criterion's month-start table, or for Umm al-Qura by adding its month lengths from the
/// first day of the table.
fn expected_day(calendar: Calendar, (year, month, day): (i32, u8, u8)) -> i64 {
    let first_of_month = match calendar {
        Calendar::Computed(criterion) => {
            criterion.month_start(year, month).expect("in range").first_day.to_day_number()
        }
        _ => {
            let mut rata_die = calendar.first_date().to_day_number().rata_die();
            for y in calendar.first_date().year()..=year {
                let months = if y == year { month - 1 } else { 12 };
                for m in 1..=months {
                    rata_die += i64::from(calendar.days_in_month(y, m).expect("in range"));
                }
            }
            DayNumber::from_rata_die(rata_die).expect("in range")
        }
    };
    first_of_month.rata_die() + i64::from(day) - 1
}

/// Inputs of one calendar, every answer checked.
struct Inputs {
    gregorian: Vec<GregorianDate>,
    hijri: Vec<HijriDate>,
    fields: Vec<(i32, u8, u8)>,
}

fn inputs(calendar: Calendar, days: &[DayNumber]) -> Inputs {
    let gregorian: Vec<GregorianDate> =
        days.iter().map(|&d| GregorianDate::from_day_number(d)).collect();
    let hijri: Vec<HijriDate> = gregorian
        .iter()
        .map(|&g| HijriDate::from_gregorian(calendar, g).expect("in range"))
        .collect();
    let fields: Vec<(i32, u8, u8)> = hijri.iter().map(|h| (h.year(), h.month(), h.day())).collect();
    for ((g, h), &f) in gregorian.iter().zip(&hijri).zip(&fields) {
        let day = g.to_day_number().rata_die();
        assert_eq!(expected_day(calendar, f), day, "{calendar:?}: {g} -> {f:?}");
        assert_eq!(h.to_gregorian(), *g, "{calendar:?}: {f:?} back");
        assert_eq!(HijriDate::new(calendar, f.0, f.1, f.2).expect("valid"), *h);
    }
    Inputs { gregorian, hijri, fields }
}

const DIRECTIONS: [&str; 3] = ["gregorian_to_hijri", "hijri_to_gregorian", "construct"];

/// Runs `direction` once on input `i`.
#[inline(always)]
fn step(direction: &str, calendar: Calendar, inputs: &Inputs, i: usize) -> i64 {
    match direction {
        "gregorian_to_hijri" => {
            let h = HijriDate::from_gregorian(calendar, black_box(inputs.gregorian[i]));
            i64::from(h.expect("in range").day())
        }
        "hijri_to_gregorian" => i64::from(black_box(inputs.hijri[i]).to_gregorian().day()),
        _ => {
            let (y, m, d) = black_box(inputs.fields[i]);
            i64::from(HijriDate::new(calendar, y, m, d).expect("valid").day())
        }
    }
}

fn convert(c: &mut Bench) {
    let days = day_numbers();
    let all: Vec<(String, Calendar, Inputs)> =
        calendars().into_iter().map(|(label, cal)| (label, cal, inputs(cal, &days))).collect();
    for direction in DIRECTIONS {
        let mut group = c.benchmark_group(format!("national/{direction}"));
        for (label, calendar, inputs) in &all {
            let mut i = 0;
            group.bench_function(label.as_str(), |b| {
                b.iter(|| {
                    i = (i + 1) & (COUNT - 1);
                    step(direction, *calendar, inputs, i)
                })
            });
        }
        group.finish();
    }
}

fn month_start(c: &mut Bench) {
    // 1 Ramadan 1447 (February 2026), decided differently by the criteria; each result must
    // equal the precomputed table's.
    for criterion in Criterion::ALL {
        let first = criterion.month_start(1447, 9).expect("in range").first_day;
        c.bench_function(&format!("national/month_start/{criterion}"), |b| {
            b.iter(|| {
                let decision = compute_month_start(criterion, 1447, 9).expect("in range");
                assert_eq!(decision.first_day, first);
                decision
            })
        });
    }
}

/// The loop for instruction counts (`HIJRI_BENCH_LOOP`), see the module documentation.
fn counting_loop(name: &str) {
    let (direction, label) = name.split_once('/').expect("HIJRI_BENCH_LOOP=<direction>/<calendar>");
    assert!(DIRECTIONS.contains(&direction), "unknown direction {direction}");
    let (_, calendar) =
        calendars().into_iter().find(|(l, _)| l == label).expect("unknown calendar");
    let rounds: usize = std::env::var("HIJRI_BENCH_ROUNDS")
        .map(|r| r.parse().expect("HIJRI_BENCH_ROUNDS is a number"))
        .unwrap_or(1000);
    let inputs = inputs(calendar, &day_numbers());
    let mut sum = 0i64;
    for _ in 0..rounds {
        for i in 0..COUNT {
            sum += step(direction, calendar, &inputs, i);
        }
    }
    println!("{name}: {} conversions, checksum {sum}", rounds * COUNT);
}

criterion_group!(benches, convert, month_start);

fn main() {
    if let Ok(name) = std::env::var("HIJRI_BENCH_LOOP") {
        counting_loop(&name);
        return;
    }
    benches();
    Bench::default().configure_from_args().final_summary();
}
