//! The Umm al-Qura calendar: a lookup in the packed KACST table of `umm_al_qura_data.rs`.
//!
//! Reference: King Abdulaziz City for Science and Technology (KACST), the Umm al-Qura calendar
//! table, as shipped by OpenJDK's `HijrahChronology`; see `umm_al_qura_data.rs` for provenance.
//! Outside 1300..=1600 AH there is no table, and the answer is an error, never a guess.

use super::gregorian;
use super::tabular::{self, Epoch, LeapCycle};
use super::umm_al_qura_data::{FIRST_YEAR, YEARS};

/// The last year of the table.
pub(crate) const LAST_YEAR: i32 = FIRST_YEAR + YEARS.len() as i32 - 1;

/// The 12 month-length bits of the year's packed entry.
const MONTH_BITS: u16 = 0x0FFF;

/// The packed entry of a year in `FIRST_YEAR..=LAST_YEAR`.
#[inline]
const fn packed(year: i32) -> u16 {
    let index = (year - FIRST_YEAR) as usize;
    // Callers check the year first; the fallback keeps this total without a panic path.
    if index < YEARS.len() {
        YEARS[index]
    } else {
        0
    }
}

/// R.D. of 1 Muharram of `year` (in `FIRST_YEAR..=LAST_YEAR`).
#[inline]
pub(crate) const fn year_start(year: i32) -> i64 {
    let offset = (packed(year) >> 12) as i64 - 8;
    tabular::year_start(LeapCycle::II, Epoch::Friday, year as i64) + offset
}

/// Days in a month (`year` in range, `month` 1..=12).
#[inline]
pub(crate) const fn days_in_month(year: i32, month: u8) -> u8 {
    29 + ((packed(year) >> (month - 1)) & 1) as u8
}

/// Days in a year, 354 or 355.
#[inline]
pub(crate) const fn days_in_year(year: i32) -> u16 {
    348 + (packed(year) & MONTH_BITS).count_ones() as u16
}

/// Days from 1 Muharram to day 1 of `month`.
#[inline]
const fn month_offset(bits: u16, month: u8) -> i64 {
    let before = bits & ((1u16 << (month - 1)) - 1);
    29 * (month as i64 - 1) + before.count_ones() as i64
}

/// R.D. of a valid date.
#[inline]
pub(crate) const fn rata_die_from_ymd(year: i32, month: u8, day: u8) -> i64 {
    year_start(year) + month_offset(packed(year) & MONTH_BITS, month) + day as i64 - 1
}

/// R.D. of 1 Muharram 1300.
pub(crate) const FIRST_RATA_DIE: i64 = year_start(FIRST_YEAR);
/// R.D. of the last day of 1600.
pub(crate) const LAST_RATA_DIE: i64 = year_start(LAST_YEAR) + days_in_year(LAST_YEAR) as i64 - 1;

/// The packed entry at `index`, clamped into the table (callers pass valid indices; the clamp
/// lets the compiler drop the bounds check).
#[inline]
const fn packed_at(index: u32) -> u16 {
    let last = YEARS.len() - 1;
    let i = index as usize;
    YEARS[if i < last { i } else { last }]
}

/// Days from 1 Muharram 1300 to 1 Muharram of year `FIRST_YEAR + index`, for an index of the
/// table: the tabular civil count (the leap-day term of `tabular::year_start` for type II,
/// rebased to 1300) plus the year's stored offset.
#[inline]
const fn year_start_from_first(index: u32) -> u32 {
    // ⌊(11·y + 3) / 30⌋ with y = 1300 + index, less its value at 1300 (476 days).
    let leap_days = (14_303 + 11 * index) / 30 - 476;
    let first_offset = (YEARS[0] >> 12) as u32;
    (354 * index + leap_days + (packed_at(index) >> 12) as u32).wrapping_sub(first_offset)
}

/// The year, month and day of an R.D. in `FIRST_RATA_DIE..=LAST_RATA_DIE`.
#[inline]
pub(crate) const fn ymd_from_rata_die(rata_die: i64) -> (i32, u8, u8) {
    // Unsigned 32-bit arithmetic from 1 Muharram 1300, so that divisions by constants become
    // multiplications. Table years start between one day before and three days after the mean
    // year (10631/30 days) predicts, so estimating from four days earlier gives the year or the
    // one before it: one comparison settles it.
    let day = (rata_die - FIRST_RATA_DIE) as u32;
    let mut index = (30 * day).saturating_sub(120) / 10_631;
    let mut start = year_start_from_first(index);
    let next = year_start_from_first(index + 1);
    if next <= day && index + 1 < YEARS.len() as u32 {
        index += 1;
        start = next;
    }
    let day_of_year = day - start;
    let bits = packed_at(index) & MONTH_BITS;
    // The mean month (29.5 days) puts the estimate within one month of the answer: table
    // months drift from it by a few days at most.
    let mut month = 2 * day_of_year / 59 + 1;
    if month > 12 {
        month = 12;
    }
    let mut month_start = month_offset(bits, month as u8) as u32;
    if month_start > day_of_year {
        month -= 1;
        month_start = month_offset(bits, month as u8) as u32;
    } else if month < 12 {
        let next_start = month_offset(bits, month as u8 + 1) as u32;
        if next_start <= day_of_year {
            month += 1;
            month_start = next_start;
        }
    }
    (FIRST_YEAR + index as i32, month as u8, (day_of_year - month_start + 1) as u8)
}

/// Checks the table at compile time: offsets and year lengths in range, every year starting
/// the day after the previous one ends, and the first and last days as documented.
const fn table_is_consistent() -> bool {
    let mut year = FIRST_YEAR;
    while year <= LAST_YEAR {
        let length = days_in_year(year);
        if length != 354 && length != 355 {
            return false;
        }
        if year < LAST_YEAR && year_start(year) + length as i64 != year_start(year + 1) {
            return false;
        }
        year += 1;
    }
    let mut index = 0;
    while index < YEARS.len() as u32 {
        let year = FIRST_YEAR + index as i32;
        if FIRST_RATA_DIE + year_start_from_first(index) as i64 != year_start(year) {
            return false;
        }
        index += 1;
    }
    FIRST_RATA_DIE == gregorian::rata_die_from_ymd(1882, 11, 12)
        && LAST_RATA_DIE == gregorian::rata_die_from_ymd(2174, 11, 25)
        && FIRST_YEAR == 1300
        && LAST_YEAR == 1600
}

const _: () = assert!(table_is_consistent(), "the Umm al-Qura table is inconsistent");
