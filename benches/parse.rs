//! Parser benchmarks. Each asserts its result, so a fast wrong answer cannot pass.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use hijri_calendar::parse::{find_dates, parse};
use hijri_calendar::GregorianDate;

fn bench_parse(c: &mut Criterion) {
    let expected = GregorianDate::new(2020, 10, 1).ok();
    let mut group = c.benchmark_group("parse/umm_al_qura");
    for (id, text) in [
        ("latin", "14 صفر 1442هـ"),
        ("arabic_indic_weekday", "الخميس ١٤ صفر ١٤٤٢ هـ"),
        ("numeric", "14/02/1442هـ"),
        ("pair", "الخميس 14 صفر 1442هـ الموافق 1 أكتوبر 2020م"),
        ("english", "Thursday, 14 Safar 1442 AH"),
    ] {
        assert_eq!(parse(text).ok().and_then(|p| p.gregorian_date()), expected, "{text}");
        group.bench_function(id, |b| b.iter(|| parse(black_box(text))));
    }
    group.finish();
}

fn bench_find(c: &mut Criterion) {
    let article = include_str!("../tests/data/news-article.txt");
    let copies = 10_000 / article.len() + 1;
    let text = article.repeat(copies);
    assert_eq!(find_dates(&text).count(), copies);
    let mut group = c.benchmark_group("find_dates");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("news_article", |b| b.iter(|| find_dates(black_box(&text)).count()));
    group.finish();
}

criterion_group!(benches, bench_parse, bench_find);
criterion_main!(benches);
