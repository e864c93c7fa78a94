//! Bulk conversion against a loop of single conversions, over the same columns in one run.
//!
//! Ids: `bulk/<direction>/<calendar>/<order>/<slice|loop>` with `Throughput::Elements`, for
//! a sorted daily column (a time series over the Umm al-Qura range, every day once), the
//! same days shuffled, and (from Gregorian dates and day numbers) three quarters of them
//! sorted, with gaps at random places (`gaps`); `slice` is the `bulk` function, `loop` calls
//! the single conversion (`HijriDate::from_naive_date`, `to_naive_date`, …) per element into
//! the same kind of output. Before timing, both are run and their outputs compared element by element.
//!
//! `bulk_scaling/<direction>/<order>/<n>` times columns of 1 to 10,000,000 dates, to see
//! whether time per element stays flat (`BULK_MAX` lowers the largest size).
//!
//! Run: `cargo bench --bench bulk`.

use std::hint::black_box;
use std::time::Duration;

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use hijri_calendar::bulk::{self, YearMonthDay};
use hijri_calendar::{Calendar, DayNumber, HijriDate};

/// Every day of the Umm al-Qura range, in order (106,354 days).
fn sorted_days() -> Vec<DayNumber> {
    let first = Calendar::UmmAlQura.first_date().to_day_number().rata_die();
    let last = Calendar::UmmAlQura.last_date().to_day_number().rata_die();
    (first..=last).map(|r| DayNumber::from_rata_die(r).unwrap()).collect()
}

/// A fixed permutation (Fisher–Yates with a fixed LCG).
fn shuffled<T: Clone>(items: &[T]) -> Vec<T> {
    let mut out = items.to_vec();
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    for i in (1..out.len()).rev() {
        state =
            state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        out.swap(i, ((state >> 33) % (i as u64 + 1)) as usize);
    }
    out
}

/// `count` days: the sorted days repeated (a time series), or shuffled days repeated.
fn column(days: &[DayNumber], count: usize) -> Vec<DayNumber> {
    days.iter().copied().cycle().take(count).collect()
}

fn naive(days: &[DayNumber]) -> Vec<NaiveDate> {
    days.iter().map(|&d| NaiveDate::from(d)).collect()
}

/// Three quarters of the days, picked at random and sorted: a time series with gaps of a day
/// or more at random places.
fn gapped(days: &[DayNumber]) -> Vec<DayNumber> {
    let mut picked = shuffled(days);
    picked.truncate(days.len() * 3 / 4);
    picked.sort();
    picked
}

fn gregorian_to_hijri(c: &mut Criterion) {
    let sorted = sorted_days();
    let orders =
        [("sorted", sorted.clone()), ("random", shuffled(&sorted)), ("gaps", gapped(&sorted))];
    for (label, calendar) in [("umm_al_qura", Calendar::UmmAlQura), ("civil", Calendar::CIVIL)] {
        for (order, days) in &orders {
            let dates = naive(days);
            let n = dates.len();
            let expected: Vec<Option<HijriDate>> =
                dates.iter().map(|&d| HijriDate::from_naive_date(calendar, d).ok()).collect();

            let mut group = c.benchmark_group(format!("bulk/gregorian_to_hijri/{label}/{order}"));
            group.throughput(Throughput::Elements(n as u64));

            let mut out: Vec<Option<HijriDate>> = vec![None; n];
            let slice = |out: &mut [Option<HijriDate>]| {
                bulk::hijri_from_naive_dates(calendar, black_box(&dates), out).unwrap()
            };
            let each = |out: &mut [Option<HijriDate>]| {
                for (slot, &date) in out.iter_mut().zip(black_box(&dates)) {
                    *slot = HijriDate::from_naive_date(calendar, date).ok();
                }
            };
            slice(&mut out);
            assert_eq!(out, expected, "slice");
            out.fill(None);
            each(&mut out);
            assert_eq!(out, expected, "loop");
            group.bench_function("slice", |b| b.iter(|| slice(&mut out)));
            group.bench_function("loop", |b| b.iter(|| each(&mut out)));

            // The compact element, against a loop writing the same element.
            let expected: Vec<Option<YearMonthDay>> =
                expected.iter().map(|e| e.map(YearMonthDay::from)).collect();
            let mut compact: Vec<Option<YearMonthDay>> = vec![None; n];
            let slice = |out: &mut [Option<YearMonthDay>]| {
                bulk::hijri_from_naive_dates(calendar, black_box(&dates), out).unwrap()
            };
            let each = |out: &mut [Option<YearMonthDay>]| {
                for (slot, &date) in out.iter_mut().zip(black_box(&dates)) {
                    *slot = HijriDate::from_naive_date(calendar, date).ok().map(YearMonthDay::from);
                }
            };
            slice(&mut compact);
            assert_eq!(compact, expected, "compact slice");
            compact.fill(None);
            each(&mut compact);
            assert_eq!(compact, expected, "compact loop");
            group.bench_function("compact_slice", |b| b.iter(|| slice(&mut compact)));
            group.bench_function("compact_loop", |b| b.iter(|| each(&mut compact)));
            group.finish();

            // From day numbers: into `Option<HijriDate>` (24 bytes), and with the errors in
            // place (`Result<HijriDate, RangeError>`, 48 bytes).
            let mut group = c.benchmark_group(format!("bulk/day_number_to_hijri/{label}/{order}"));
            group.throughput(Throughput::Elements(n as u64));
            let expected: Vec<Result<HijriDate, _>> =
                days.iter().map(|&d| HijriDate::from_day_number(calendar, d)).collect();
            let expected_options: Vec<Option<HijriDate>> =
                expected.iter().map(|e| e.ok()).collect();
            let mut out: Vec<Option<HijriDate>> = vec![None; n];
            let slice = |out: &mut [Option<HijriDate>]| {
                bulk::hijri_from_day_numbers(calendar, black_box(days), out).unwrap()
            };
            let each = |out: &mut [Option<HijriDate>]| {
                for (slot, &day) in out.iter_mut().zip(black_box(days)) {
                    *slot = HijriDate::from_day_number(calendar, day).ok();
                }
            };
            slice(&mut out);
            assert_eq!(out, expected_options, "slice");
            out.fill(None);
            each(&mut out);
            assert_eq!(out, expected_options, "loop");
            group.bench_function("slice", |b| b.iter(|| slice(&mut out)));
            group.bench_function("loop", |b| b.iter(|| each(&mut out)));

            let mut out = vec![Ok(calendar.first_date()); n];
            let slice = |out: &mut [Result<HijriDate, _>]| {
                bulk::hijri_from_day_numbers(calendar, black_box(days), out).unwrap()
            };
            let each = |out: &mut [Result<HijriDate, _>]| {
                for (slot, &day) in out.iter_mut().zip(black_box(days)) {
                    *slot = HijriDate::from_day_number(calendar, day);
                }
            };
            slice(&mut out);
            assert_eq!(out, expected, "result slice");
            out.fill(Ok(calendar.first_date()));
            each(&mut out);
            assert_eq!(out, expected, "result loop");
            group.bench_function("result_slice", |b| b.iter(|| slice(&mut out)));
            group.bench_function("result_loop", |b| b.iter(|| each(&mut out)));
            group.finish();
        }
    }
}

fn hijri_to_gregorian(c: &mut Criterion) {
    let sorted = sorted_days();
    let orders = [("sorted", sorted.clone()), ("random", shuffled(&sorted))];
    for (label, calendar) in [("umm_al_qura", Calendar::UmmAlQura), ("civil", Calendar::CIVIL)] {
        for (order, days) in &orders {
            let hijri: Vec<HijriDate> =
                days.iter().filter_map(|&d| HijriDate::from_day_number(calendar, d).ok()).collect();
            let n = hijri.len();
            let expected: Vec<NaiveDate> = hijri.iter().map(|h| h.to_naive_date()).collect();
            let mut group = c.benchmark_group(format!("bulk/hijri_to_gregorian/{label}/{order}"));
            group.throughput(Throughput::Elements(n as u64));
            let mut out = vec![NaiveDate::MIN; n];
            let slice = |out: &mut [NaiveDate]| {
                bulk::naive_dates_from_hijri(black_box(&hijri), out).unwrap()
            };
            let each = |out: &mut [NaiveDate]| {
                for (slot, date) in out.iter_mut().zip(black_box(&hijri)) {
                    *slot = date.to_naive_date();
                }
            };
            slice(&mut out);
            assert_eq!(out, expected, "slice");
            out.fill(NaiveDate::MIN);
            each(&mut out);
            assert_eq!(out, expected, "loop");
            group.bench_function("slice", |b| b.iter(|| slice(&mut out)));
            group.bench_function("loop", |b| b.iter(|| each(&mut out)));

            let expected: Vec<DayNumber> = hijri.iter().map(|h| h.to_day_number()).collect();
            let mut out = vec![DayNumber::MIN; n];
            let slice = |out: &mut [DayNumber]| {
                bulk::day_numbers_from_hijri(black_box(&hijri), out).unwrap()
            };
            let each = |out: &mut [DayNumber]| {
                for (slot, date) in out.iter_mut().zip(black_box(&hijri)) {
                    *slot = date.to_day_number();
                }
            };
            slice(&mut out);
            assert_eq!(out, expected, "day number slice");
            out.fill(DayNumber::MIN);
            each(&mut out);
            assert_eq!(out, expected, "day number loop");
            group.bench_function("day_number_slice", |b| b.iter(|| slice(&mut out)));
            group.bench_function("day_number_loop", |b| b.iter(|| each(&mut out)));
            group.finish();
        }
    }
}

/// Time against column length, 1 to 10,000,000 NaiveDates into `Option<YearMonthDay>`
/// (Umm al-Qura), for the slice and the loop.
fn scaling(c: &mut Criterion) {
    let max: usize =
        std::env::var("BULK_MAX").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000_000);
    let sorted = sorted_days();
    let random = shuffled(&sorted);
    let sizes = [1usize, 100, 10_000, 1_000_000, 10_000_000];
    for (order, days) in [("sorted", &sorted), ("random", &random)] {
        let mut group = c.benchmark_group(format!("bulk_scaling/gregorian_to_hijri/{order}"));
        group.warm_up_time(Duration::from_millis(500));
        for &n in sizes.iter().filter(|&&n| n <= max) {
            if n >= 1_000_000 {
                group.sample_size(10);
            }
            let dates = naive(&column(days, n));
            let mut out: Vec<Option<YearMonthDay>> = vec![None; n];
            bulk::hijri_from_naive_dates(Calendar::UmmAlQura, &dates, &mut out).unwrap();
            // Spot checks across the column (a full check of 10 million takes long).
            for i in (0..n).step_by((n / 1000).max(1)) {
                let want = HijriDate::from_naive_date(Calendar::UmmAlQura, dates[i]).ok();
                assert_eq!(out[i], want.map(YearMonthDay::from));
            }
            group.throughput(Throughput::Elements(n as u64));
            group.bench_with_input(BenchmarkId::new("slice", n), &dates, |b, dates| {
                b.iter(|| {
                    bulk::hijri_from_naive_dates(Calendar::UmmAlQura, black_box(dates), &mut out)
                })
            });
            group.bench_with_input(BenchmarkId::new("loop", n), &dates, |b, dates| {
                b.iter(|| {
                    for (slot, &date) in out.iter_mut().zip(black_box(dates)) {
                        *slot = HijriDate::from_naive_date(Calendar::UmmAlQura, date)
                            .ok()
                            .map(YearMonthDay::from);
                    }
                })
            });
        }
        group.finish();
    }
}

criterion_group!(benches, gregorian_to_hijri, hijri_to_gregorian, scaling);
criterion_main!(benches);
