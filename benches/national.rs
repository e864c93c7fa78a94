//! Computing one month start from scratch, per criterion; each iteration asserts its result.
use criterion::{criterion_group, criterion_main, Criterion as Bench};
use hijri_calendar::national::{compute_month_start, Criterion};

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

criterion_group!(benches, month_start);
criterion_main!(benches);
