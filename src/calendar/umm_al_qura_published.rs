//! The Umm al-Qura calendar as historically published (1343..=1500 AH): a lookup in the table
//! of `umm_al_qura_published_data.rs`, which keeps the published months of 28 and 31 days.
//!
//! Reference: the dates printed in Saudi newspapers and official calendar books, as compiled
//! by Python `hijridate` 2.6.0; see `umm_al_qura_published_data.rs` for provenance. It agrees
//! with the KACST table from 1420-01-01 to 1451-03-29 AH and differs from it in 740 month
//! starts, all in 1343–1419 and 1451–1500 AH.
//!
//! Bounds used by the proofs below: callers pass months 1..=12, days of the month, years of
//! the table (the dispatch in `calendar/mod.rs` checks them first) and R.D.s in
//! `FIRST_RATA_DIE..=LAST_RATA_DIE`. `table_is_consistent` is evaluated only at compile time,
//! where an overflow is a compile error.

use super::gregorian;
use super::tabular::{self, Epoch, LeapCycle};
use super::umm_al_qura_published_data::{FIRST_YEAR, YEARS};

/// The last year of the table.
pub(crate) const LAST_YEAR: i32 = FIRST_YEAR + YEARS.len() as i32 - 1;

/// The packed entry of a year, clamped into the table (callers pass years in range).
#[inline]
// Indexing proof: the index is clamped to `YEARS.len() - 1`. Proof: the table is not empty
// (`table_is_consistent`), so `YEARS.len() - 1` cannot wrap; callers pass years of the table
// (module documentation), so `year - FIRST_YEAR` is 0..=157 (and the clamp keeps this total
// for any year above `i32::MIN + FIRST_YEAR`).
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const fn packed(year: i32) -> u32 {
    let last = YEARS.len() - 1;
    let index = (year - FIRST_YEAR) as usize;
    YEARS[if index < last { index } else { last }]
}

/// R.D. of 1 Muharram of `year`.
// Proof: the offset is 0..=15 less 8, and `tabular::year_start` of any i32 year is below 2^42
// in magnitude.
#[allow(clippy::arithmetic_side_effects)]
#[inline]
pub(crate) const fn year_start(year: i32) -> i64 {
    let offset = ((packed(year) >> 24) & 0xF) as i64 - 8;
    tabular::year_start(LeapCycle::II, Epoch::Friday, year) + offset
}

/// Days in a month, 28..=31 (`month` 1..=12).
// Proof: `month` is 1..=12 (module documentation), so the shift is 0..=22, and 28 plus two
// bits is at most 31.
#[allow(clippy::arithmetic_side_effects)]
#[inline]
pub(crate) const fn days_in_month(year: i32, month: u8) -> u8 {
    28 + ((packed(year) >> (2 * (month as u32 - 1))) & 3) as u8
}

/// Days from 1 Muharram to day 1 of `month`.
// Proof: at most 11 months of at most 31 days are added, and `m` stays below `month`.
#[allow(clippy::arithmetic_side_effects)]
#[inline]
const fn month_offset(year: i32, month: u8) -> i64 {
    let mut days = 0;
    let mut m = 1;
    while m < month {
        days += days_in_month(year, m) as i64;
        m += 1;
    }
    days
}

/// Days in a year, 353..=356.
// Proof: 12 months of at most 31 days.
#[allow(clippy::arithmetic_side_effects)]
#[inline]
pub(crate) const fn days_in_year(year: i32) -> u16 {
    month_offset(year, 12) as u16 + days_in_month(year, 12) as u16
}

/// R.D. of a valid date.
// Proof: `year_start` is below 2^42 in magnitude, the month offset below 342 and the day
// 1..=31.
#[allow(clippy::arithmetic_side_effects)]
#[inline]
pub(crate) const fn rata_die_from_ymd(year: i32, month: u8, day: u8) -> i64 {
    year_start(year) + month_offset(year, month) + day as i64 - 1
}

/// R.D. of 1 Muharram 1343.
pub(crate) const FIRST_RATA_DIE: i64 = year_start(FIRST_YEAR);
/// R.D. of the last day of 1500.
// Proof: a constant, so an overflow is a compile error.
#[allow(clippy::arithmetic_side_effects)]
pub(crate) const LAST_RATA_DIE: i64 = year_start(LAST_YEAR) + days_in_year(LAST_YEAR) as i64 - 1;

/// The year, month and day of an R.D. in `FIRST_RATA_DIE..=LAST_RATA_DIE`.
// Proof: the year is clamped into the table, and steps down only above `FIRST_YEAR` and up
// only below `LAST_YEAR`; the civil year is within a year of the published one, so the year
// found starts on or before the R.D. and `day_of_year` is 0..=355 (the R.D. is in the table).
// The loop subtracts a month's length only while `day_of_year` is at least that length and
// steps the month only below 12, so the day is 1..=31.
#[allow(clippy::arithmetic_side_effects)]
#[inline]
pub(crate) const fn ymd_from_rata_die(rata_die: i64) -> (i32, u8, u8) {
    // The civil year is within a year of the published one (offsets of -2..=1 days).
    let (civil_year, _, _) = tabular::ymd_from_rata_die(LeapCycle::II, Epoch::Friday, rata_die);
    let mut year = if civil_year < FIRST_YEAR {
        FIRST_YEAR
    } else if civil_year > LAST_YEAR {
        LAST_YEAR
    } else {
        civil_year
    };
    if year > FIRST_YEAR && year_start(year) > rata_die {
        year -= 1;
    } else if year < LAST_YEAR && year_start(year + 1) <= rata_die {
        year += 1;
    }
    let mut day_of_year = rata_die - year_start(year);
    let mut month = 1;
    while month < 12 && day_of_year >= days_in_month(year, month) as i64 {
        day_of_year -= days_in_month(year, month) as i64;
        month += 1;
    }
    (year, month, (day_of_year + 1) as u8)
}

/// Checks the table at compile time: offsets in range, every year starting the day after the
/// previous one ends, and the first and last days as documented.
// Proof: evaluated only at compile time (by the assertion below), where an overflow is a
// compile error; the years run over the table.
#[allow(clippy::arithmetic_side_effects)]
const fn table_is_consistent() -> bool {
    let mut year = FIRST_YEAR;
    while year <= LAST_YEAR {
        let length = days_in_year(year);
        if length < 353 || length > 356 {
            return false;
        }
        if year < LAST_YEAR && year_start(year) + length as i64 != year_start(year + 1) {
            return false;
        }
        year += 1;
    }
    FIRST_RATA_DIE == gregorian::rata_die_from_ymd(1924, 8, 1)
        && LAST_RATA_DIE == gregorian::rata_die_from_ymd(2077, 11, 16)
        && FIRST_YEAR == 1343
        && LAST_YEAR == 1500
}

const _: () = assert!(table_is_consistent(), "the published Umm al-Qura table is inconsistent");
