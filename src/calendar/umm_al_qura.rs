//! The Umm al-Qura calendar: a lookup in the packed KACST table of `umm_al_qura_data.rs`.
//!
//! Reference: King Abdulaziz City for Science and Technology (KACST), the Umm al-Qura calendar
//! table, as shipped by OpenJDK's `HijrahChronology`; see `umm_al_qura_data.rs` for provenance.
//! Outside 1300..=1600 AH there is no table, and the answer is an error, never a guess.
//!
//! Bounds used by the proofs below: callers pass months 1..=12, days of the month, years of
//! the table (the dispatch in `calendar/mod.rs` checks them first) and R.D.s in
//! `FIRST_RATA_DIE..=LAST_RATA_DIE`, so day counts from 1 Muharram 1300 below 106,665.
//! `table_is_consistent` is evaluated only at compile time, where an overflow is a compile
//! error.

use super::gregorian;
use super::tabular::{self, Epoch, LeapCycle};
use super::umm_al_qura_data::{FIRST_YEAR, YEARS};

/// The last year of the table.
pub(crate) const LAST_YEAR: i32 = FIRST_YEAR + YEARS.len() as i32 - 1;

/// The 12 month-length bits of the year's packed entry.
const MONTH_BITS: u16 = 0x0FFF;

/// The packed entry of a year in `FIRST_YEAR..=LAST_YEAR`.
#[inline]
// Indexing proof: `index < YEARS.len()` is checked first. Proof: callers pass years of the
// table (module documentation), so `year - FIRST_YEAR` is 0..=300; the fallback keeps this
// total for any year above `i32::MIN + FIRST_YEAR`. (The plain subtraction, unlike
// `wrapping_sub`, lets the compiler merge it with the caller's year arithmetic: two
// instructions fewer a conversion.)
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
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
    // Proof: `month` is 1..=12 (checked above), and 29 plus one bit is at most 30.
    #[allow(clippy::arithmetic_side_effects)]
    let last = 29 + ((bits >> (month - 1)) & 1) as u8;
    day.wrapping_sub(1) < last
}

/// R.D. of 1 Muharram of `year` (in `FIRST_YEAR..=LAST_YEAR`).
// Proof: the offset is 0..=15 less 8, and `tabular::year_start` of any i32 year is below 2^42
// in magnitude.
#[allow(clippy::arithmetic_side_effects)]
#[inline]
pub(crate) const fn year_start(year: i32) -> i64 {
    let offset = (packed(year) >> 12) as i64 - 8;
    tabular::year_start(LeapCycle::II, Epoch::Friday, year) + offset
}

/// Days in a month (`year` in range, `month` 1..=12).
// Proof: `month` is 1..=12 (module documentation), and 29 plus one bit is at most 30.
#[allow(clippy::arithmetic_side_effects)]
#[inline]
pub(crate) const fn days_in_month(year: i32, month: u8) -> u8 {
    29 + ((packed(year) >> (month - 1)) & 1) as u8
}

/// Days in a year, 354 or 355.
// Proof: 348 plus at most 12 set bits.
#[allow(clippy::arithmetic_side_effects)]
#[inline]
pub(crate) const fn days_in_year(year: i32) -> u16 {
    348 + (packed(year) & MONTH_BITS).count_ones() as u16
}

/// Days from 1 Muharram to day 1 of `month` (1..=12), by the year's `bits` (the packed entry;
/// the offset bits above the months are masked off): 29 a month before it, and one more for
/// each of them with 30 days.
// Proof: the step's high half is at most 29 · 11 and the count at most 11.
#[allow(clippy::arithmetic_side_effects)]
#[inline(always)]
const fn month_offset(bits: u16, month: u8) -> u32 {
    let step = month_step(month);
    (step >> 16) + count_ones_12((bits as u32 & step) as u16)
}

/// For month `m` (1..=12), 29·(m − 1) days in the high 16 bits and the mask of the months
/// before it, (1 << (m − 1)) − 1, in the low 16: one load for both halves of
/// [`month_offset`], where computing them took seven instructions (the multiplication by 29
/// becomes three or four shift-and-add instructions, the mask four).
#[inline(always)]
// Indexing proof: the index is masked with 15, and `i < 16` in the loop. Proof: at compile
// time, `i` is 1..=12 in the products and the shift, and the increment runs while `i < 16`.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const fn month_step(month: u8) -> u32 {
    const TABLE: [u32; 16] = {
        let mut table = [0u32; 16];
        let mut i = 1;
        while i <= 12 {
            table[i] = (29 * (i as u32 - 1)) << 16 | ((1 << (i - 1)) - 1);
            i += 1;
        }
        table
    };
    TABLE[(month & 15) as usize]
}

/// Set bits among the low 12 of `bits`, from a 64-entry table: the baseline x86-64 target has
/// no popcount instruction, and two lookups beat the generic bit-twiddling sequence. The two
/// counts are added as `u32`s: added as bytes, the compiler adds the second one from memory
/// into an 8-bit register, which the following zero-extension has to merge (Umm al-Qura to
/// Gregorian took 6% longer).
#[inline]
// Indexing proof: `i < 64` in the loop, and both indices are masked with 63. Proof: `i += 1`
// runs only when `i < 64` (at compile time, where an overflow is a compile error anyway); the
// two counts are at most 6 each.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
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
    TABLE[(bits & 63) as usize] as u32 + TABLE[((bits >> 6) & 63) as usize] as u32
}

/// R.D. of a valid date.
// Proof: a valid date's year is in the table, so `year - FIRST_YEAR` is 0..=300; the civil
// count is below 106,665 days, the offset below 16, the month's offset below 331 and the day
// 1..=30, so the sum fits a u32; `RATA_DIE_BASE` plus that fits an i64.
#[allow(clippy::arithmetic_side_effects)]
#[inline(always)]
pub(crate) const fn rata_die_from_ymd(year: i32, month: u8, day: u8) -> i64 {
    // In unsigned 32-bit days, as the way back computes them; the constants (the first
    // year's offset, the months counted from 1 and the days from 1) are gathered in
    // `RATA_DIE_BASE`, so that one addition remains.
    let index = (year - FIRST_YEAR) as u32;
    let packed = packed_at(index);
    let days = civil_days_from_first(index)
        + (packed >> 12) as u32
        + month_offset(packed, month)
        + day as u32;
    RATA_DIE_BASE + days as i64
}

/// [`rata_die_from_ymd`]'s constant: the R.D. of 1 Muharram 1300, less the first year's
/// stored offset and one for the day counted from 1.
// Proof: a constant, so an overflow is a compile error.
#[allow(clippy::arithmetic_side_effects)]
const RATA_DIE_BASE: i64 = FIRST_RATA_DIE - (YEARS[0] >> 12) as i64 - 1;

/// R.D. of 1 Muharram 1300.
pub(crate) const FIRST_RATA_DIE: i64 = year_start(FIRST_YEAR);
/// R.D. of the last day of 1600.
// Proof: a constant, so an overflow is a compile error.
#[allow(clippy::arithmetic_side_effects)]
pub(crate) const LAST_RATA_DIE: i64 = year_start(LAST_YEAR) + days_in_year(LAST_YEAR) as i64 - 1;

/// The packed entry at `index`, clamped into the table (callers pass valid indices; the clamp
/// lets the compiler drop the bounds check).
#[inline]
// Indexing proof: the index is clamped to `YEARS.len() - 1`. Proof: the table is not empty
// (`table_is_consistent`), so `YEARS.len() - 1` cannot wrap.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const fn packed_at(index: u32) -> u16 {
    let last = YEARS.len() - 1;
    let i = index as usize;
    YEARS[if i < last { i } else { last }]
}

/// Days from 1 Muharram 1300 to 1 Muharram of year `FIRST_YEAR + index`, for an index of the
/// table: the tabular civil count (the leap-day term of `tabular::year_start` for type II,
/// rebased to 1300) plus the year's stored offset.
// Proof: callers pass an index of the table (0..=300), so the civil count is below 2^17 and
// the sum below 2^17; the last subtraction wraps on purpose (unsigned arithmetic, rebased to
// the first year).
#[allow(clippy::arithmetic_side_effects)]
#[inline]
const fn year_start_from_first(index: u32) -> u32 {
    let first_offset = (YEARS[0] >> 12) as u32;
    (civil_days_from_first(index) + (packed_at(index) >> 12) as u32).wrapping_sub(first_offset)
}

/// 2¹¹ · 10631 / 30 (a civil year in 2048ths of a day), rounded down, and the bias that makes
/// [`civil_days_from_first`] exact on the table (checked at compile time below).
const CIVIL_YEAR_SLOPE: u32 = 725_743;
/// See [`CIVIL_YEAR_SLOPE`]: any bias in 1569..1620 works; the middle is taken.
const CIVIL_YEAR_BIAS: u32 = 1_600;

/// Days from 1 Muharram 1300 to 1 Muharram `1300 + index` in the tabular civil calendar (type
/// II): 354·index + ⌊(11·y + 3) / 30⌋ with y = 1300 + index, less its value at 1300 (476), which
/// is ⌊(10631·index + 23) / 30⌋. One multiplication and a shift instead of two
/// multiplications and a division: `(725743·index + 1600) >> 11` equals it for every index of
/// the table (and one past it), as `table_is_consistent` checks.
// Proof: callers pass an index of the table (0..=300), so the product is below 2^28.
#[allow(clippy::arithmetic_side_effects)]
#[inline(always)]
const fn civil_days_from_first(index: u32) -> u32 {
    (CIVIL_YEAR_SLOPE * index + CIVIL_YEAR_BIAS) >> 11
}

/// The months of the table count from 0 (Muharram 1300) to 3,611 (Dhu al-Hijjah 1600); the
/// estimate of a day's month index is ⌊12 · day · [`YEAR_SCALE`] / 2³²⌋, a line through day 0
/// with months of 2³² / (12 · `YEAR_SCALE`) ≈ 29.5358 days (against the mean lunation's
/// 29.530589). Every table month starts on or before that line and ends before the next month
/// on it, so the estimate is the month or the one before it (checked at compile time below,
/// for the first and last day of every month). The scale was chosen in the middle of the
/// values for which that holds (12,116,844..=12,118,982); through day 0, the line needs no bias
/// and so no subtraction, which could go below zero (the previous line, of 945/32 days a
/// month, needed one of 12.5 days, and a saturating subtraction for the first days).
const YEAR_SCALE: u64 = 12_117_913;

/// The month index estimate for `day` days after 1 Muharram 1300, as a year index and a 0-based
/// month: the month or the one before. One multiplication gives the count of estimated years
/// as a 32.32 fixed-point number, whose integer part is the year and whose fraction times 12
/// is the month, so no division by 12 follows; 12·year + month grows with the day.
// Proof: `day` is below 106,665 (module documentation) and the scale below 2^24, so the
// product is below 2^41; the fraction times 12 is below 2^36.
#[allow(clippy::arithmetic_side_effects)]
#[inline(always)]
const fn month_estimate(day: u32) -> (u32, u32) {
    let t = day as u64 * YEAR_SCALE;
    ((t >> 32) as u32, (((t & 0xFFFF_FFFF) * 12) >> 32) as u32)
}

/// The year, month and day of an R.D. in `FIRST_RATA_DIE..=LAST_RATA_DIE`.
// Proof: with the R.D. in range, `rata_die - FIRST_RATA_DIE` is 0..106,665 and the estimate
// is the day's month index (0..=3,611) or the one before (checked at compile time), so
// `index` is 0..=300 and `month0` 0..=11; `start` is below 2^17 and `next` is 29 or 30 more.
// After the step the month's start is at most `day` and `month0` at most 12; it wraps to the
// next year only after a Dhu al-Hijjah before 1600 (the day is in the table), so `index` stays
// 0..=300 and `month0 - 12 * wrap` is 0..=11. The year is at most 1600, the day 1..=30.
#[allow(clippy::arithmetic_side_effects)]
#[inline(always)]
pub(crate) const fn ymd_from_rata_die(rata_die: i64) -> (i32, u8, u8) {
    // Unsigned 32-bit arithmetic from 1 Muharram 1300, so that divisions by constants become
    // multiplications. One estimate of the month, whose start and length come from the
    // year's entry; the next month starts right after it, so one comparison settles the
    // estimate, and its outcome is selected without a branch (random dates would mispredict).
    let day = (rata_die - FIRST_RATA_DIE) as u32;
    let (index, month0) = month_estimate(day);
    let packed = packed_at(index);
    let start = year_start_from_first(index) + month_offset(packed, month0 as u8 + 1);
    let next = start + 29 + ((packed as u32 >> month0) & 1);
    let step = (next <= day) as u32;
    let start = if step == 1 { next } else { start };
    // The month after Dhu al-Hijjah is next year's Muharram: the month number comes from a
    // 13-entry table, the year from one comparison whose carry is added (six instructions
    // where the arithmetic form, with its subtraction of 12 and a second selection, took
    // nine).
    let month0 = month0 + step;
    let wrap = (month0 >= 12) as i32;
    (FIRST_YEAR + index as i32 + wrap, month_number(month0), (day - start + 1) as u8)
}

/// The month number (1..=12) of a 0-based month index 0..=12, 12 being next year's Muharram.
#[inline(always)]
// Indexing proof: the index is clamped to 12.
#[allow(clippy::indexing_slicing)]
const fn month_number(month0: u32) -> u8 {
    const NUMBERS: [u8; 13] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1];
    NUMBERS[if month0 < 12 { month0 as usize } else { 12 }]
}

/// Checks the table at compile time: offsets and year lengths in range, every year starting
/// the day after the previous one ends, and the first and last days as documented.
// Proof: evaluated only at compile time (by the assertion below), where an overflow is a
// compile error; the years and indexes run over the table, the months over 1..=12.
#[allow(clippy::arithmetic_side_effects)]
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
    while index <= YEARS.len() as u32 {
        if civil_days_from_first(index) != (10_631 * index + 23) / 30 {
            return false;
        }
        index += 1;
    }
    let mut index = 0;
    while index < YEARS.len() as u32 {
        let year = FIRST_YEAR + index as i32;
        let start = year_start_from_first(index);
        if FIRST_RATA_DIE + start as i64 != year_start(year) {
            return false;
        }
        // The month index estimate is the answer or one less on the first and the last day
        // of every month (it grows with the day, so the ends are where it could fail).
        let bits = packed(year) & MONTH_BITS;
        let mut month = 1;
        while month <= 12 {
            let k = 12 * index + month as u32 - 1;
            let first = start + month_offset(bits, month);
            let last = first + days_in_month(year, month) as u32 - 1;
            let (first_index, first_month0) = month_estimate(first);
            let (last_index, last_month0) = month_estimate(last);
            if 12 * first_index + first_month0 + 1 < k || 12 * last_index + last_month0 > k {
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
