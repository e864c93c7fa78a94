//! The packed Umm al-Qura table in src/calendar/umm_al_qura_data.rs is generated from
//! tests/data/umalqura-kacst.months.tsv: this test generates it again and fails if the committed
//! file differs. Run with `HIJRI_BLESS=1` to rewrite the file after the data changes.

mod common;

use hijri_calendar::{Calendar, HijriDate};

const HEADER: &str = "\
//! The Umm al-Qura calendar of Saudi Arabia, 1300..=1600 AH (1882-11-12 ..= 2174-11-25).
//!
//! Source: the KACST table as Java's `HijrahChronology` ships it (OpenJDK 17.0.15, table version
//! 1.8.0_1), identical day for day to ICU4C 78.2 `islamic-umalqura` and ICU4X `icu_calendar`
//! 2.4.0 over the whole range; kept as `tests/data/umalqura-kacst.months.tsv`.
//!
//! Generated from that file by `tests/umm_al_qura_table.rs` (run it with `HIJRI_BLESS=1` to
//! rewrite this file after the data changes); do not edit by hand.
//!
//! One `u16` per year, from 1300 AH on:
//! - bits 0..=11: bit `m - 1` is set when month `m` has 30 days (29 otherwise);
//! - bits 12..=15: the day 1 Muharram falls on, as days after 1 Muharram in the tabular civil
//!   calendar (type II leap years, Friday epoch), plus 8.
//!
//! `umm_al_qura.rs` checks at compile time that each year starts the day after the previous one
//! ends and that the table starts and ends on the days above.

/// The first year of the table.
pub(super) const FIRST_YEAR: i32 = 1300;

/// One packed year a year, from [`FIRST_YEAR`] on.
#[rustfmt::skip]
";

/// The rows of each year, checked to be months 1..=12 of one year, with the year's start as
/// days after 1 Muharram of the civil calendar, plus 8 (the four-bit field both tables store).
fn years_with_offsets(rows: &[common::MonthRow]) -> Vec<(u8, &[common::MonthRow])> {
    rows.chunks(12)
        .map(|year_rows| {
            let year = year_rows[0].year;
            assert!(year_rows
                .iter()
                .enumerate()
                .all(|(i, r)| r.year == year && usize::from(r.month) == i + 1));
            let civil_start = HijriDate::new(Calendar::CIVIL, year, 1, 1).unwrap().to_day_number();
            let offset = civil_start.days_until(year_rows[0].first_day.to_day_number()) + 8;
            assert!((0..16).contains(&offset), "{year}: offset {offset} does not fit four bits");
            (offset as u8, year_rows)
        })
        .collect()
}

fn generate() -> String {
    let rows = common::month_rows("umalqura-kacst.months.tsv");
    let mut packed: Vec<u16> = Vec::new();
    for (offset, year_rows) in years_with_offsets(&rows) {
        let mut bits = u16::from(offset) << 12;
        for row in year_rows {
            assert!(row.length == 29 || row.length == 30);
            if row.length == 30 {
                bits |= 1 << (row.month - 1);
            }
        }
        packed.push(bits);
    }
    let mut out = String::from(HEADER);
    out.push_str(&format!("pub(super) const YEARS: [u16; {}] = [\n", packed.len()));
    for line in packed.chunks(10) {
        let cells: Vec<String> = line.iter().map(|v| format!("0x{v:04X},")).collect();
        out.push_str(&format!("    {}\n", cells.join(" ")));
    }
    out.push_str("];\n");
    out
}

/// The as-published table: one `u32` a year, two bits a month (length − 28), the start offset.
fn generate_published() -> String {
    let rows = common::month_rows("umalqura-published.months.tsv");
    let mut packed: Vec<u32> = Vec::new();
    for (offset, year_rows) in years_with_offsets(&rows) {
        let mut bits = u32::from(offset) << 24;
        for row in year_rows {
            assert!((28..=31).contains(&row.length));
            bits |= u32::from(row.length - 28) << (2 * (row.month - 1));
        }
        packed.push(bits);
    }
    let path = format!("{}/src/calendar/umm_al_qura_published_data.rs", env!("CARGO_MANIFEST_DIR"));
    let committed = std::fs::read_to_string(&path).unwrap();
    // The header is prose; regenerate the numbers and keep the header as committed.
    let header_end = committed.find("pub(super) const YEARS").unwrap();
    let mut out = committed[..header_end].to_string();
    out.push_str(&format!("pub(super) const YEARS: [u32; {}] = [\n", packed.len()));
    for line in packed.chunks(8) {
        let cells: Vec<String> = line.iter().map(|v| format!("0x{v:08X},")).collect();
        out.push_str(&format!("    {}\n", cells.join(" ")));
    }
    out.push_str("];\n");
    assert!(out.contains(&format!("pub(super) const FIRST_YEAR: i32 = {};", rows[0].year)));
    out
}

#[test]
fn committed_published_table_is_generated_from_the_reference_data() {
    let path = format!("{}/src/calendar/umm_al_qura_published_data.rs", env!("CARGO_MANIFEST_DIR"));
    let generated = generate_published();
    if std::env::var_os("HIJRI_BLESS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap();
    assert!(
        committed == generated,
        "{path} differs from the table generated from the TSV; rerun with HIJRI_BLESS=1"
    );
    assert_eq!(generated.matches("0x").count(), 158);
}

#[test]
fn committed_table_is_generated_from_the_reference_data() {
    let path = format!("{}/src/calendar/umm_al_qura_data.rs", env!("CARGO_MANIFEST_DIR"));
    let generated = generate();
    if std::env::var_os("HIJRI_BLESS").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap();
    assert!(
        committed == generated,
        "{path} differs from the table generated from the TSV; rerun with HIJRI_BLESS=1"
    );
    // Two bytes a year, as issue 7 asks: 301 years.
    assert_eq!(generated.matches("0x").count(), 301);
}
