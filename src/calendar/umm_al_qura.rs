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
// Indexing proof: `index < YEARS.len()` is checked first.
#[allow(clippy::indexing_slicing)]
const fn packed(year: i32) -> u16 {
    let index = (year - FIRST_YEAR) as usize;
    // Callers check the year first; the fallback keeps this total without a panic path.
    if index < YEARS.len() {
        YEARS[index]
    } else {
        0
    }
}

/// Whether `year`, `month`, `day` is a date of the table: one index and three comparisons,
/// for [`HijriDate::new`](super::HijriDate::new)'s quick path (its errors come from
/// `check_date`).
#[inline(always)]
pub(crate) const fn is_valid(year: i32, month: u8, day: u8) -> bool {
    let index = year.wrapping_sub(FIRST_YEAR) as u32 as usize;
    if index >= YEARS.len() || month.wrapping_sub(1) >= 12 {
        return false;
    }
    // Indexing proof: `index < YEARS.len()` is checked above.
    #[allow(clippy::indexing_slicing)]
    let bits = YEARS[index];
    day.wrapping_sub(1) < 29 + ((bits >> (month - 1)) & 1) as u8
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
    29 * (month as i64 - 1) + count_ones_12(before) as i64
}

/// Set bits among the low 12 of `bits`, from a 64-entry table: the baseline x86-64 target has
/// no popcount instruction, and two lookups beat the generic bit-twiddling sequence.
#[inline]
// Indexing proof: `i < 64` in the loop, and both indices are masked with 63.
#[allow(clippy::indexing_slicing)]
const fn count_ones_12(bits: u16) -> u32 {
    const TABLE: [u8; 64] = {
        let mut table = [0u8; 64];
        let mut i = 0;
        while i < 64 {
            table[i] = (i as u8).count_ones() as u8;
            i += 1;
        }
        table
    };
    (TABLE[(bits & 63) as usize] + TABLE[((bits >> 6) & 63) as usize]) as u32
}

/// R.D. of a valid date.
#[inline(always)]
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
// Indexing proof: the index is clamped to `YEARS.len() - 1` (the table is not empty).
#[allow(clippy::indexing_slicing)]
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

/// How far back (in half days) the month estimate starts: months of 29 and 30 days drift at
/// most two days from 29.5 days a month in the table, so from three days back the estimate is
/// the month or the one before it (checked at compile time below).
const MONTH_BIAS: u32 = 6;
/// How far back (in thirtieths of a day) the year estimate starts: table years start between
/// one day before and three days after the mean year (10631/30 days), so from four days back the
/// estimate is the year or the one before it (checked at compile time below).
const YEAR_BIAS: u32 = 120;

/// The year index estimate for `day` days after 1 Muharram 1300: the index or the one before.
#[inline]
const fn year_estimate(day: u32) -> u32 {
    (30 * day).saturating_sub(YEAR_BIAS) / 10_631
}

/// The month estimate for a 0-based day of the year: the month or the one before.
#[inline]
const fn month_estimate(day_of_year: u32) -> u32 {
    let month = (2 * day_of_year).saturating_sub(MONTH_BIAS) / 59 + 1;
    if month > 12 {
        12
    } else {
        month
    }
}

/// The year, month and day of an R.D. in `FIRST_RATA_DIE..=LAST_RATA_DIE`.
#[inline(always)]
pub(crate) const fn ymd_from_rata_die(rata_die: i64) -> (i32, u8, u8) {
    // Unsigned 32-bit arithmetic from 1 Muharram 1300, so that divisions by constants become
    // multiplications; each estimate is settled by one comparison whose outcome is selected
    // without a branch (random dates would mispredict one).
    let day = (rata_die - FIRST_RATA_DIE) as u32;
    let index = year_estimate(day);
    let this_start = year_start_from_first(index);
    let next_start = year_start_from_first(index + 1);
    let step = (next_start <= day && index + 1 < YEARS.len() as u32) as u32;
    let index = index + step;
    let start = if step == 1 { next_start } else { this_start };
    let day_of_year = day - start;
    let bits = packed_at(index) & MONTH_BITS;
    let month = month_estimate(day_of_year);
    let this_month = month_offset(bits, month as u8) as u32;
    let next_month = if month < 12 { month_offset(bits, month as u8 + 1) as u32 } else { u32::MAX };
    let step = (next_month <= day_of_year) as u32;
    let month = month + step;
    let month_start = if step == 1 { next_month } else { this_month };
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
        let start = year_start_from_first(index);
        if FIRST_RATA_DIE + start as i64 != year_start(year) {
            return false;
        }
        // The estimates are the answer or one less at both ends of every year and month
        // (they grow with the day, so the ends are where they could fail).
        let last_day = start + days_in_year(year) as u32 - 1;
        if year_estimate(start) + 1 < index || year_estimate(last_day) > index {
            return false;
        }
        let bits = packed(year) & MONTH_BITS;
        let mut month = 1;
        while month <= 12 {
            let first = month_offset(bits, month) as u32;
            let last = first + days_in_month(year, month) as u32 - 1;
            if month_estimate(first) + 1 < month as u32 || month_estimate(last) > month as u32 {
                return false;
            }
            month += 1;
        }
        index += 1;
    }
    FIRST_RATA_DIE == gregorian::rata_die_from_ymd(1882, 11, 12)
        && LAST_RATA_DIE == gregorian::rata_die_from_ymd(2174, 11, 25)
        && FIRST_YEAR == 1300
        && LAST_YEAR == 1600
}

const _: () = assert!(table_is_consistent(), "the Umm al-Qura table is inconsistent");
