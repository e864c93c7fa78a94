//! The proleptic Gregorian calendar and its day numbers.
//!
//! Reference: C. Neri and L. Schneider, "Euclidean affine functions and their application to
//! calendar algorithms", Software: Practice and Experience 53(4), 2023, §5: a "computational"
//! year that starts on 1 March (so the leap day ends it), unsigned 32-bit arithmetic after
//! shifting every supported date to a positive count, and divisions by constants replaced by
//! multiplications and shifts; the days from 1 March to each month are tabulated (16 entries)
//! rather than computed, which shortens the way to the R.D. Both directions are checked against
//! chrono over the whole range (tests/chrono.rs) and day by day (tests/invariants.rs).
//!
//! Bounds used by the proofs below: every date here is a validated [`GregorianDate`] (year in
//! `MIN_YEAR..=MAX_YEAR`), and every R.D. a [`DayNumber`]'s or a valid date's of one of the
//! crate's calendars (either way inside the supported range, ±10^8).

use core::fmt;

use super::day_number::DayNumber;
use crate::error::{Field, RangeError};

/// The first Gregorian year the crate supports (that of `chrono::NaiveDate::MIN`).
pub(crate) const MIN_YEAR: i32 = -262_143;
/// The last Gregorian year the crate supports (that of `chrono::NaiveDate::MAX`).
pub(crate) const MAX_YEAR: i32 = 262_142;

/// Whole 400-year eras added so that every supported year is positive: 656 × 400 = 262,400.
const ERAS: u32 = 656;
/// The year shift: computational year = year + `YEAR_SHIFT` (less one in January, February).
const YEAR_SHIFT: u32 = 400 * ERAS;
/// The day shift: day count from 1 March of computational year 0 = R.D. + `DAY_SHIFT`
/// (0000-03-01 is R.D. −305; an era has 146,097 days).
const DAY_SHIFT: u32 = 305 + 146_097 * ERAS;

/// The R.D. of a valid proleptic Gregorian date (`month` 1..=12, `day` valid for the month,
/// `year` in `MIN_YEAR..=MAX_YEAR`).
// Proof: with the year in range, `year + YEAR_SHIFT` is 256..=524,542, less one in January
// and February; `1461 * y` is below 2^30, and the sum of the day counts (below 2^28) and a day
// 1..=31 stays below 2^32 before one is taken off. The last subtraction is of two values below
// 2^32, in i64.
#[allow(clippy::arithmetic_side_effects)]
#[inline(always)]
pub(crate) const fn rata_die_from_ymd(year: i32, month: u8, day: u8) -> i64 {
    let january_or_february = month <= 2;
    // Cannot wrap: year + YEAR_SHIFT is positive for every supported year, and 1461 × the
    // largest (524,542) is below 2^32.
    let y = (year as u32).wrapping_add(YEAR_SHIFT) - january_or_february as u32;
    let century = y / 100;
    let days_before_year = 1461 * y / 4 - century + century / 4;
    let days_before_month = days_from_march(month);
    let n = days_before_year + days_before_month + day as u32 - 1;
    n as i64 - DAY_SHIFT as i64
}

/// Days from 1 March to the first of `month` (1..=12) in the computational year, which runs
/// from March to February: ⌊(979·m − 2919) / 32⌋ with m = 3..=14 (January and February
/// counted as months 13 and 14), tabulated at compile time. One load, where the formula
/// took five instructions (choosing m, a multiplication, an addition and a shift): cachegrind
/// counts a few more instructions around it in a conversion loop, but Gregorian to Hijri
/// took about 18% less time there (measured; presumably the multiplication's latency on the
/// way to the R.D.).
#[inline(always)]
// Indexing proof: the index is masked with 15. Proof: at compile time, `m` is 3..=14 for
// months 1..=12 and 15 for the padding, so `979 * m >= 2937`, and `i` grows while below 16.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const fn days_from_march(month: u8) -> u32 {
    const TABLE: [u16; 16] = {
        let mut table = [0u16; 16];
        let mut i = 1;
        while i < 16 {
            let m = if i <= 2 {
                i + 12
            } else if i <= 12 {
                i
            } else {
                15
            };
            table[i] = ((979 * m - 2919) / 32) as u16;
            i += 1;
        }
        table
    };
    TABLE[(month & 15) as usize] as u32
}

/// The proleptic Gregorian year, month and day of an R.D. inside the supported range.
// Proof: the R.D. is inside the supported range (module documentation), so `n` is below 2^30 (`rata_die + DAY_SHIFT` cannot
// overflow an i64) and `4 * n + 3` below 2^32; `day_of_century` is below 36,525, so `n2` and
// `2_939_745 * n2` (in u64) fit; `day_of_year` is 0..=365, so `n3` is below 2^20 and the day
// 1..=31; `100 * century + year_of_century` is below 2^20; `month - 12` runs only from
// 1 January on, when `month` is 13 or 14; the year plus one fits as it is at most `MAX_YEAR`.
#[allow(clippy::arithmetic_side_effects)]
#[inline(always)]
pub(crate) const fn ymd_from_rata_die(rata_die: i64) -> (i32, u8, u8) {
    // Cannot wrap: the supported range shifted by DAY_SHIFT lies in 0..2^30.
    let n = (rata_die + DAY_SHIFT as i64) as u32;
    let n1 = 4 * n + 3;
    let century = n1 / 146_097;
    let day_of_century = n1 % 146_097 / 4;
    let n2 = 4 * day_of_century + 3;
    // Year of the century and day of the year at once: 2939745 / 2^32 approximates 1 / 1461.
    let p2 = 2_939_745u64 * n2 as u64;
    let year_of_century = (p2 >> 32) as u32;
    let day_of_year = (p2 as u32) / 2_939_745 / 4;
    let n3 = 2141 * day_of_year + 197_913;
    let month = n3 >> 16;
    let day = (n3 & 0xFFFF) / 2141 + 1;
    let january_or_february = day_of_year >= 306;
    let year = (100 * century + year_of_century).wrapping_sub(YEAR_SHIFT) as i32
        + january_or_february as i32;
    let month = if january_or_february { month - 12 } else { month };
    (year, month as u8, day as u8)
}

/// Whether a proleptic Gregorian year has 366 days.
#[inline]
pub(crate) const fn is_leap_year(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days in a Gregorian month (`month` 1..=12).
#[inline]
pub(crate) const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A date in the proleptic Gregorian calendar, for use without `chrono` and in parse results.
///
/// It holds the same days as `chrono::NaiveDate` (-262143-01-01 ..= 262142-12-31), so the two
/// convert into each other without failure (with the `chrono` feature).
///
/// # Example
/// ```
/// use hijri_calendar::{GregorianDate, Weekday};
///
/// let date = GregorianDate::new(2020, 10, 1)?;
/// assert_eq!(date.weekday(), Weekday::Thursday);
/// assert_eq!(date.to_string(), "2020-10-01");
/// # Ok::<(), hijri_calendar::RangeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct GregorianDate {
    year: i32,
    month: u8,
    day: u8,
}

impl GregorianDate {
    /// The first supported date, -262143-01-01.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{DayNumber, GregorianDate};
    /// assert_eq!(GregorianDate::MIN.to_day_number(), DayNumber::MIN);
    /// ```
    pub const MIN: GregorianDate = GregorianDate { year: MIN_YEAR, month: 1, day: 1 };

    /// The last supported date, 262142-12-31.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{DayNumber, GregorianDate};
    /// assert_eq!(GregorianDate::MAX.to_day_number(), DayNumber::MAX);
    /// ```
    pub const MAX: GregorianDate = GregorianDate { year: MAX_YEAR, month: 12, day: 31 };

    /// A validated proleptic Gregorian date.
    ///
    /// # Errors
    /// A [`RangeError`] naming the field when the year lies outside -262143..=262142, the month
    /// outside 1..=12 or the day outside the month.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::GregorianDate;
    ///
    /// assert!(GregorianDate::new(2024, 2, 29).is_ok());
    /// assert_eq!(
    ///     GregorianDate::new(2023, 2, 29).unwrap_err().to_string(),
    ///     "day 29 is out of range for February 2023 in gregorian (1..=28)"
    /// );
    /// ```
    #[inline]
    pub const fn new(year: i32, month: u8, day: u8) -> Result<GregorianDate, RangeError> {
        if year < MIN_YEAR || year > MAX_YEAR {
            return Err(RangeError::gregorian_field(
                Field::Year,
                year as i64,
                MIN_YEAR as i64,
                MAX_YEAR as i64,
                year,
                0,
            ));
        }
        if month < 1 || month > 12 {
            return Err(RangeError::gregorian_field(Field::Month, month as i64, 1, 12, year, 0));
        }
        let last = days_in_month(year, month);
        if day < 1 || day > last {
            return Err(RangeError::gregorian_field(
                Field::Day,
                day as i64,
                1,
                last as i64,
                year,
                month,
            ));
        }
        Ok(GregorianDate { year, month, day })
    }

    /// The date of a day number.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{DayNumber, GregorianDate};
    ///
    /// let day = DayNumber::from_rata_die(737_699)?;
    /// assert_eq!(GregorianDate::from_day_number(day).to_string(), "2020-10-01");
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline(always)]
    pub const fn from_day_number(day: DayNumber) -> GregorianDate {
        GregorianDate::from_rata_die_in_range(day.rata_die())
    }

    /// The date of an R.D. the caller knows to lie inside the supported range (that of a valid
    /// date of any calendar of the crate), without the detour through [`DayNumber`] and its
    /// range check.
    #[inline(always)]
    pub(crate) const fn from_rata_die_in_range(rata_die: i64) -> GregorianDate {
        let (year, month, day) = ymd_from_rata_die(rata_die);
        GregorianDate { year, month, day }
    }

    /// The R.D. of this date, inside the supported range (the date is valid), without the
    /// detour through [`DayNumber`] and its range check.
    #[inline(always)]
    pub(crate) const fn rata_die(self) -> i64 {
        rata_die_from_ymd(self.year, self.month, self.day)
    }

    /// The day number of this date.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::GregorianDate;
    /// assert_eq!(GregorianDate::new(2020, 10, 1)?.to_day_number().rata_die(), 737_699);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline(always)]
    pub const fn to_day_number(self) -> DayNumber {
        let rata_die = rata_die_from_ymd(self.year, self.month, self.day);
        // A validated date lies inside the supported range, so this cannot fail; the fallback
        // value is never produced.
        match DayNumber::from_rata_die(rata_die) {
            Ok(day) => day,
            Err(_) => DayNumber::MIN,
        }
    }

    /// The year (astronomical numbering: 0 is 1 BCE).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::GregorianDate;
    /// assert_eq!(GregorianDate::new(2020, 10, 1)?.year(), 2020);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn year(self) -> i32 {
        self.year
    }

    /// The month, 1..=12.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::GregorianDate;
    /// assert_eq!(GregorianDate::new(2020, 10, 1)?.month(), 10);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1..=31.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::GregorianDate;
    /// assert_eq!(GregorianDate::new(2020, 10, 1)?.day(), 1);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn day(self) -> u8 {
        self.day
    }

    /// The day of the week.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{GregorianDate, Weekday};
    /// assert_eq!(GregorianDate::new(2020, 10, 1)?.weekday(), Weekday::Thursday);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn weekday(self) -> Weekday {
        self.to_day_number().weekday()
    }

    /// The day of the year, 1..=366.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::GregorianDate;
    /// assert_eq!(GregorianDate::new(2020, 12, 31)?.day_of_year(), 366);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    // Proof: two R.D.s of the same valid year (inside ±10^8), 0..=365 apart, plus one.
    #[allow(clippy::arithmetic_side_effects)]
    pub const fn day_of_year(self) -> u16 {
        (rata_die_from_ymd(self.year, self.month, self.day) - rata_die_from_ymd(self.year, 1, 1)
            + 1) as u16
    }

    /// The number of days in this date's month, 28..=31.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::GregorianDate;
    /// assert_eq!(GregorianDate::new(2024, 2, 10)?.days_in_month(), 29);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn days_in_month(self) -> u8 {
        days_in_month(self.year, self.month)
    }
}

use super::day_number::Weekday;

impl fmt::Display for GregorianDate {
    /// ISO 8601: `YYYY-MM-DD`, the year zero-padded to four digits, a negative year with `-`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        super::write_iso(f, self.year, self.month, self.day)
    }
}

impl fmt::Debug for GregorianDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "GregorianDate({self})")
    }
}
