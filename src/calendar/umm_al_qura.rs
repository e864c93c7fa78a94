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
pub(crate) const fn year_start(year: i32) -> i64 {
    let offset = (packed(year) >> 12) as i64 - 8;
    tabular::year_start(LeapCycle::II, Epoch::Friday, year as i64) + offset
}

/// Days in a month (`year` in range, `month` 1..=12).
pub(crate) const fn days_in_month(year: i32, month: u8) -> u8 {
    29 + ((packed(year) >> (month - 1)) & 1) as u8
}

/// Days in a year, 354 or 355.
pub(crate) const fn days_in_year(year: i32) -> u16 {
    348 + (packed(year) & MONTH_BITS).count_ones() as u16
}

/// Days from 1 Muharram to day 1 of `month`.
const fn month_offset(bits: u16, month: u8) -> i64 {
    let before = bits & ((1u16 << (month - 1)) - 1);
    29 * (month as i64 - 1) + before.count_ones() as i64
}

/// R.D. of a valid date.
pub(crate) const fn rata_die_from_ymd(year: i32, month: u8, day: u8) -> i64 {
    year_start(year) + month_offset(packed(year) & MONTH_BITS, month) + day as i64 - 1
}

/// R.D. of 1 Muharram 1300.
pub(crate) const FIRST_RATA_DIE: i64 = year_start(FIRST_YEAR);
/// R.D. of the last day of 1600.
pub(crate) const LAST_RATA_DIE: i64 = year_start(LAST_YEAR) + days_in_year(LAST_YEAR) as i64 - 1;

/// The year, month and day of an R.D. in `FIRST_RATA_DIE..=LAST_RATA_DIE`.
pub(crate) const fn ymd_from_rata_die(rata_die: i64) -> (i32, u8, u8) {
    // Estimate with the mean year (10631/30 days), then step to the right year: table years
    // differ from it by a few days, never by a year.
    let mut year = FIRST_YEAR + ((rata_die - FIRST_RATA_DIE) * 30 / 10_631) as i32;
    if year > LAST_YEAR {
        year = LAST_YEAR;
    }
    while year > FIRST_YEAR && year_start(year) > rata_die {
        year -= 1;
    }
    while year < LAST_YEAR && year_start(year + 1) <= rata_die {
        year += 1;
    }
    let day_of_year = rata_die - year_start(year);
    let bits = packed(year) & MONTH_BITS;
    // Estimate with the mean month (29.5 days), then step: the table drifts from it by at most
    // a few days.
    let mut month = (2 * day_of_year / 59 + 1) as u8;
    if month > 12 {
        month = 12;
    }
    while month > 1 && month_offset(bits, month) > day_of_year {
        month -= 1;
    }
    while month < 12 && month_offset(bits, month + 1) <= day_of_year {
        month += 1;
    }
    let day = (day_of_year - month_offset(bits, month) + 1) as u8;
    (year, month, day)
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
    FIRST_RATA_DIE == gregorian::rata_die_from_ymd(1882, 11, 12)
        && LAST_RATA_DIE == gregorian::rata_die_from_ymd(2174, 11, 25)
        && FIRST_YEAR == 1300
        && LAST_YEAR == 1600
}

const _: () = assert!(table_is_consistent(), "the Umm al-Qura table is inconsistent");
