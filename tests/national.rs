//! The computed criteria against dates the authorities published.
#![cfg(feature = "std")]

use hijri_calendar::national::{compute_month_start, Criterion};

/// (criterion, year, month, first day, source).
const PUBLISHED: &[(Criterion, i32, u8, &str, &str)] = &[
    (Criterion::TurkeyDiyanet, 1447, 9, "2026-02-19", "issue 9: Diyanet 1 Ramadan 1447"),
    (Criterion::TurkeyDiyanet, 1444, 10, "2023-04-21", "issue 9: Diyanet 1 Shawwal 1444"),
    (
        Criterion::TurkeyDiyanet,
        1447,
        12,
        "2026-05-18",
        "issue 9: Diyanet 1 Dhu al-Hijjah 1447 (Americas clause)",
    ),
    (Criterion::IndonesiaMabims, 1444, 10, "2023-04-22", "issue 9: Kemenag 1 Shawwal 1444"),
    (Criterion::IndonesiaMabims, 1445, 9, "2024-03-12", "issue 9: Kemenag 1 Ramadan 1445"),
    (
        Criterion::MuhammadiyahKhgt,
        1447,
        9,
        "2026-02-18",
        "issue 9: Muhammadiyah KHGT 1 Ramadan 1447",
    ),
    (Criterion::Fcna, 1445, 9, "2024-03-11", "issue 9: FCNA 1 Ramadan 1445"),
    (Criterion::Fcna, 1444, 10, "2023-04-21", "issue 9: FCNA 1 Shawwal 1444"),
    // FCNA's statements as reported by About Islam, http://aboutislam.net/tag/fqna/ (2018):
    // "the first day of Ramadan 1439 is on Wednesday, May 16, 2018" and "`Eid Al-Fitr is
    // expected to start on Friday, June 15" (new moon 13 June 19:43 UT, criterion met nowhere).
    (Criterion::Fcna, 1439, 9, "2018-05-16", "FCNA via aboutislam.net: 1 Ramadan 1439"),
    (Criterion::Fcna, 1439, 10, "2018-06-15", "FCNA via aboutislam.net: 1 Shawwal 1439"),
    // Before Shawwal 1438, the Umm al-Qura (Mecca) rule. FCNA's press release as reported by
    // iqra.ca, https://www.iqra.ca/2009/fiqh-council-of-north-america-announces-ramadan/:
    // "1st of Ramadan will be on Saturday, August 22, 2009 and the 1st of Shawwal will be on
    // Sunday, September 20, 2009".
    (Criterion::Fcna, 1430, 9, "2009-08-22", "FCNA via iqra.ca: 1 Ramadan 1430"),
    (Criterion::Fcna, 1430, 10, "2009-09-20", "FCNA via iqra.ca: 1 Shawwal 1430"),
    // FCNA's statement as reported by Morocco World News,
    // https://intracommunication24.rssing.com/chan-13027351/article3571.html (2015): "first
    // day of Ramadan is not on June 17, but is on June 18, 2015 (Thursday)" (moonset before
    // sunset in Makkah) and "the first day of Eid Al Fitr (Shawwal) will be on Friday, July 17".
    (Criterion::Fcna, 1436, 9, "2015-06-18", "FCNA via Morocco World News: 1 Ramadan 1436"),
    (Criterion::Fcna, 1436, 10, "2015-07-17", "FCNA via Morocco World News: 1 Shawwal 1436"),
    // FCNA's statement of April 2017, http://myemail.constantcontact.com/From-the-Desk-of-Dr--Muzammil-Siddiqi.html?soid=1102150755525&aid=vYmXpxDC7Ys:
    // "1st of Ramadan will be on Saturday, May 27, 2017" and "1st of Shawwal will be on Sunday,
    // June 25, 2017".
    (Criterion::Fcna, 1438, 9, "2017-05-27", "FCNA statement: 1 Ramadan 1438"),
    (Criterion::Fcna, 1438, 10, "2017-06-25", "FCNA statement: 1 Shawwal 1438"),
    // FCNA via IQNA/Shafaqna, https://en.shafaqna.com/141056/ramadan-starts-april-24-in-north-america/
    // (2020): Ramadan 1441 starts "Friday, April 24, 2020"; "the first day of Shawwal ... will
    // be on Sunday, May 24".
    (Criterion::Fcna, 1441, 9, "2020-04-24", "FCNA via Shafaqna: 1 Ramadan 1441"),
    (Criterion::Fcna, 1441, 10, "2020-05-24", "FCNA via Shafaqna: 1 Shawwal 1441"),
    // FCNA's criterion applied by Shaykh Mustafa Umar, https://askthescholars.com/ramadan-begin-end/
    // (2023): "there is no place on earth where the FCNA criteria will be met ... therefore
    // Ramadan begins on Thursday" (23 March 2023).
    (
        Criterion::Fcna,
        1444,
        9,
        "2023-03-23",
        "FCNA criterion via askthescholars.com: 1 Ramadan 1444",
    ),
];

#[test]
fn published_dates() {
    let mut failures = Vec::new();
    for &(criterion, year, month, expected, source) in PUBLISHED {
        let decision = compute_month_start(criterion, year, month).expect("in range");
        let got = decision.first_day.to_string();
        println!(
            "{criterion} {year}-{month:02}: {got} (expected {expected}) margin {:?} uncertain {}",
            decision.margin, decision.uncertain
        );
        if got != expected {
            failures.push(format!(
                "{source}: {criterion} {year}-{month}: got {got}, expected {expected}"
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn speed_of_one_month() {
    for criterion in Criterion::ALL {
        let start = std::time::Instant::now();
        for month in 1..=12 {
            compute_month_start(criterion, 1446, month).expect("in range");
        }
        println!("{criterion}: {:?} per month", start.elapsed() / 12);
    }
}

/// The Umm al-Qura rule computed at the Ka'ba against the KACST table, 1423–1450 AH (the
/// years KACST says it applies the rule). Measured: see the assertion.
#[test]
fn umm_al_qura_rule_against_the_kacst_table() {
    let path = format!("{}/tests/data/umalqura-kacst.months.tsv", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).expect("kacst table");
    let (mut agree, mut total, mut misses) = (0, 0, Vec::new());
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let (year, month): (i32, u8) = (f[0].parse().expect("year"), f[1].parse().expect("month"));
        if !(1423..=1450).contains(&year) {
            continue;
        }
        let month_start = Criterion::UmmAlQuraRule.month_start(year, month).expect("in range");
        total += 1;
        if month_start.first_day.to_string() == f[2] {
            agree += 1;
        } else {
            let d = compute_month_start(Criterion::UmmAlQuraRule, year, month).expect("in range");
            misses.push(format!(
                "{year}-{month}: kacst {} ours {} margin {:?}",
                f[2], month_start.first_day, d.margin
            ));
        }
    }
    println!("umalqura-rule vs KACST 1423-1450: {agree} of {total}; misses {misses:#?}");
    assert_eq!(total, 336);
    // Measured 334 of 336: 1427-06 (ours a day early, moonset 66 s after sunset at the Ka'ba)
    // and 1446-06 (ours a day late, conjunction 3.7 s after sunset; flagged uncertain).
    assert!(agree >= 334, "{agree} of {total}: {misses:#?}");
}

/// The computed calendars as `Calendar`s: every month of every table, the published dates.
mod as_calendars {
    use hijri_calendar::national::Criterion;
    use hijri_calendar::{Calendar, GregorianDate, HijriDate};

    #[test]
    fn every_month_matches_its_table() {
        for criterion in Criterion::ALL {
            let calendar = Calendar::Computed(criterion);
            assert_eq!(calendar.name().parse::<Calendar>().unwrap(), calendar);
            for year in 1300..=1600 {
                for month in 1..=12u8 {
                    let table = criterion.month_start(year, month).unwrap();
                    let first = HijriDate::new(calendar, year, month, 1).unwrap();
                    assert_eq!(first.to_gregorian(), table.first_day, "{calendar} {year}-{month}");
                    assert_eq!(first.days_in_month(), table.days, "{calendar} {year}-{month}");
                    let last = HijriDate::new(calendar, year, month, table.days).unwrap();
                    assert_eq!(
                        HijriDate::from_gregorian(calendar, last.to_gregorian()).unwrap(),
                        last
                    );
                }
            }
            assert!(HijriDate::new(calendar, 1601, 1, 1).is_err());
            assert!(HijriDate::new(calendar, 1299, 12, 1).is_err());
        }
    }

    #[test]
    fn published_first_days() {
        let cases = [
            (Criterion::TurkeyDiyanet, 1447, 9, (2026, 2, 19)),
            (Criterion::TurkeyDiyanet, 1444, 10, (2023, 4, 21)),
            (Criterion::TurkeyDiyanet, 1447, 12, (2026, 5, 18)),
            (Criterion::IndonesiaMabims, 1444, 10, (2023, 4, 22)),
            (Criterion::IndonesiaMabims, 1445, 9, (2024, 3, 12)),
            (Criterion::MuhammadiyahKhgt, 1447, 9, (2026, 2, 18)),
            (Criterion::Fcna, 1445, 9, (2024, 3, 11)),
        ];
        for (criterion, year, month, (gy, gm, gd)) in cases {
            let date = HijriDate::new(Calendar::Computed(criterion), year, month, 1).unwrap();
            assert_eq!(
                date.to_gregorian(),
                GregorianDate::new(gy, gm, gd).unwrap(),
                "{criterion:?}"
            );
        }
    }
}
