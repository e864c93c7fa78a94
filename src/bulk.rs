//! Bulk conversion: a whole column of dates into a buffer the caller owns.
//!
//! Each function takes an input slice and an output slice of the same length, writes one
//! answer per input (an error in place when a day lies outside the calendar, without stopping)
//! and allocates nothing. The output element is the caller's choice ([`HijriSlot`]):
//!
//! | element                                 | size     | what a failed day holds              |
//! |-----------------------------------------|----------|--------------------------------------|
//! | `Option<HijriDate>`                     | 24 bytes | `None`                               |
//! | `Result<HijriDate, RangeError>`         | 48 bytes | the same error a single conversion gives |
//! | `Option<YearMonthDay>`                  | 8 bytes  | `None`                               |
//!
//! A column has one calendar, so [`YearMonthDay`] leaves it out: 8 bytes a date instead of 24,
//! which is what a column of ten million dates wants (Arrow and Polars keep validity apart
//! from values, and a `None` is a null). [`BulkSummary`] counts the failures and keeps the
//! first one, so a column of `Option`s still explains itself.
//!
//! # Speed
//! A column is converted 16 days at a time (the last 0–15 dates go date by date, each looked
//! up in the calendar's month table or found in the month before it). The chunk's day counts
//! are computed first (a `NaiveDate`'s from its year and day of the year, without a branch), so
//! that the calendar's range is checked once per chunk (not at all for the tabular calendars,
//! which hold every day); a chunk with a day outside the range goes day by day, with the errors
//! in place. Then:
//! - when the chunk's ends are less than two months apart, its least and greatest days are
//!   found (four lanes at a time, without a branch); when the least day's Hijri month and the
//!   next one hold the whole chunk (a time series), each day is an offset from the first day
//!   of one of the two, and the two months are kept for the next chunks while they hold them
//!   (about four chunks of a daily series);
//! - otherwise (a shuffled column) each day is looked up without a branch, independently of the
//!   others, pass by pass over the chunk (the day counts and estimates of all 16, vectorized;
//!   their table entries; their fields; the output), so that the processor overlaps the
//!   lookups. `Result` slots are written as each date is found instead: their write branches
//!   on what the slot holds, and after a pass it would read the pass's results back too soon.
//!
//! The lookups use month tables computed at compile time from the calendars' own rules (16 KB
//! for Umm al-Qura, 2 KB for each of the four tabular leap cycles; linked only when this module
//! is used): one estimate, and one comparison with the next month's start, a day. A `Result`
//! slot that holds an `Ok` gets only the new date written into it.
//!
//! Going back, 16 dates at a time too: when the first is in Umm al-Qura or a tabular calendar,
//! the chunk's day numbers come from that calendar's month table (Umm al-Qura) or closed form
//! in 32-bit arithmetic (tabular, years 0–4095 AH) in one loop, which checks that the others
//! are in it too (a chunk that mixes calendars, or holds other years, goes date by date; a
//! tabular column to day numbers is checked 64 dates at a time). To `NaiveDate`s, a chunk
//! inside one Gregorian year (a time series) is that year's date with each day of the year;
//! otherwise each date is found in a table of year starts and 1 January dates for 600 to 2647
//! CE (16 KB; one estimate and one comparison), and outside those years from the year and day
//! of the year computed without a branch.
//!
//! `benches/bulk.rs` measures both directions against a loop of single conversions.
//!
//! # Example
//! ```
//! use chrono::NaiveDate;
//! use hijri_calendar::bulk::{self, YearMonthDay};
//! use hijri_calendar::{Calendar, HijriDate};
//!
//! let column = [
//!     NaiveDate::from_ymd_opt(2020, 10, 1).unwrap(),
//!     NaiveDate::MIN, // long before 1300 AH
//!     NaiveDate::from_ymd_opt(2020, 10, 2).unwrap(),
//! ];
//! let mut hijri: [Option<YearMonthDay>; 3] = [None; 3];
//! let summary = bulk::hijri_from_naive_dates(Calendar::UmmAlQura, &column, &mut hijri)?;
//! assert_eq!((summary.converted(), summary.failed()), (2, 1));
//! assert_eq!(summary.first_failure().map(|(index, _)| index), Some(1));
//! assert_eq!(hijri[0].map(|d| d.to_string()).as_deref(), Some("1442-02-14"));
//! assert_eq!(hijri[1], None);
//! assert_eq!(hijri[2].map(|d| d.to_string()).as_deref(), Some("1442-02-15"));
//!
//! // The same column with the errors in place.
//! let mut detailed = [Ok(Calendar::UmmAlQura.first_date()); 3];
//! bulk::hijri_from_naive_dates(Calendar::UmmAlQura, &column, &mut detailed)?;
//! assert_eq!(detailed[1], HijriDate::from_naive_date(Calendar::UmmAlQura, NaiveDate::MIN));
//! # Ok::<(), bulk::LengthMismatch>(())
//! ```
//!
//! The month and year tables and their estimators are built and checked at compile time: an
//! index out of bounds or an overflow there is a compile error, not a panic. The run-time
//! arithmetic is on day counts of [`DayNumber`]'s range (about ±9.6·10^7, inside i32) and on
//! indexes into those tables (masked into the power-of-two month tables, so that a lookup has
//! no bounds-check branch), each allowed with its proof where it stands, or wrapping where a
//! whole chunk is computed before its calendar or range is known to hold.

use core::fmt;
use core::num::NonZeroU8;

use crate::calendar::{Calendar, DayNumber, Epoch, GregorianDate, HijriDate, LeapCycle};
use crate::error::RangeError;

// ---- Public types. ----

/// An input and an output slice of different lengths.
///
/// # Example
/// ```
/// use hijri_calendar::bulk;
/// use hijri_calendar::{Calendar, DayNumber, HijriDate};
///
/// let days = [DayNumber::from_rata_die(737_699)?; 4];
/// let mut out: [Option<HijriDate>; 3] = [None; 3];
/// let err = bulk::hijri_from_day_numbers(Calendar::UmmAlQura, &days, &mut out).unwrap_err();
/// assert_eq!(err.to_string(), "output has 3 elements for 4 inputs; the lengths must be equal");
/// assert_eq!((err.input_len(), err.output_len()), (4, 3));
/// # Ok::<(), hijri_calendar::RangeError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[error("output has {output} elements for {input} inputs; the lengths must be equal")]
pub struct LengthMismatch {
    input: usize,
    output: usize,
}

impl LengthMismatch {
    /// The length of the input slice.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::bulk;
    /// use hijri_calendar::{DayNumber, HijriDate};
    /// let mut out = [DayNumber::MIN; 2];
    /// let err = bulk::day_numbers_from_hijri(&[], &mut out).unwrap_err();
    /// assert_eq!(err.input_len(), 0);
    /// ```
    #[inline]
    pub const fn input_len(&self) -> usize {
        self.input
    }

    /// The length of the output slice.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::bulk;
    /// use hijri_calendar::DayNumber;
    /// let mut out = [DayNumber::MIN; 2];
    /// let err = bulk::day_numbers_from_hijri(&[], &mut out).unwrap_err();
    /// assert_eq!(err.output_len(), 2);
    /// ```
    #[inline]
    pub const fn output_len(&self) -> usize {
        self.output
    }
}

/// Checks that the two slices have the same length.
#[inline]
const fn check_lengths(input: usize, output: usize) -> Result<(), LengthMismatch> {
    if input == output {
        Ok(())
    } else {
        Err(LengthMismatch { input, output })
    }
}

/// What a bulk conversion did: how many elements converted, how many failed, and the first
/// failure with its index.
///
/// # Example
/// ```
/// use hijri_calendar::bulk;
/// use hijri_calendar::{Calendar, DayNumber, HijriDate};
///
/// let days = [DayNumber::from_rata_die(737_699)?, DayNumber::MAX];
/// let mut out: [Option<HijriDate>; 2] = [None; 2];
/// let summary = bulk::hijri_from_day_numbers(Calendar::UmmAlQura, &days, &mut out)?;
/// assert!(!summary.is_complete());
/// let (index, error) = summary.first_failure().unwrap();
/// assert_eq!(index, 1);
/// assert_eq!(Err(error), HijriDate::from_day_number(Calendar::UmmAlQura, DayNumber::MAX));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BulkSummary {
    converted: usize,
    failed: usize,
    first_failure: Option<(usize, RangeError)>,
}

impl BulkSummary {
    /// How many elements converted.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::bulk;
    /// use hijri_calendar::{Calendar, DayNumber, HijriDate};
    /// let days = [DayNumber::from_rata_die(737_699)?; 3];
    /// let mut out: [Option<HijriDate>; 3] = [None; 3];
    /// assert_eq!(bulk::hijri_from_day_numbers(Calendar::CIVIL, &days, &mut out)?.converted(), 3);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn converted(&self) -> usize {
        self.converted
    }

    /// How many elements failed (their output holds `None` or the error).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::bulk;
    /// use hijri_calendar::{Calendar, DayNumber, HijriDate};
    /// let days = [DayNumber::MIN, DayNumber::MAX];
    /// let mut out: [Option<HijriDate>; 2] = [None; 2];
    /// assert_eq!(bulk::hijri_from_day_numbers(Calendar::UmmAlQura, &days, &mut out)?.failed(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn failed(&self) -> usize {
        self.failed
    }

    /// Whether every element converted.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::bulk;
    /// use hijri_calendar::{Calendar, DayNumber, HijriDate};
    /// let days = [DayNumber::MIN, DayNumber::MAX];
    /// let mut out: [Option<HijriDate>; 2] = [None; 2];
    /// assert!(bulk::hijri_from_day_numbers(Calendar::CIVIL, &days, &mut out)?.is_complete());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn is_complete(&self) -> bool {
        self.failed == 0
    }

    /// The index and error of the first element that failed, if any.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::bulk;
    /// use hijri_calendar::{Calendar, DayNumber, HijriDate};
    /// let days = [DayNumber::from_rata_die(737_699)?, DayNumber::MIN, DayNumber::MAX];
    /// let mut out: [Option<HijriDate>; 3] = [None; 3];
    /// let summary = bulk::hijri_from_day_numbers(Calendar::UmmAlQura, &days, &mut out)?;
    /// let (index, error) = summary.first_failure().unwrap();
    /// assert_eq!(index, 1);
    /// assert_eq!(
    ///     error.to_string(),
    ///     "gregorian date -262143-01-01 is out of range for islamic-umalqura (1882-11-12..=2174-11-25)"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[inline]
    pub const fn first_failure(&self) -> Option<(usize, RangeError)> {
        self.first_failure
    }
}

impl fmt::Display for BulkSummary {
    /// `N converted, M failed`, and the first failure when there is one.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} converted, {} failed", self.converted, self.failed)?;
        match self.first_failure {
            Some((index, error)) => write!(f, " (first at index {index}: {error})"),
            None => Ok(()),
        }
    }
}

/// A Hijri year, month and day without the calendar: 8 bytes, and 8 as an `Option`.
///
/// The compact element of a bulk output column, whose calendar is the one the column was
/// converted in. [`YearMonthDay::in_calendar`] makes it a [`HijriDate`] again.
///
/// # Example
/// ```
/// use hijri_calendar::bulk::YearMonthDay;
/// use hijri_calendar::{Calendar, HijriDate};
///
/// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
/// let compact = YearMonthDay::from(date);
/// assert_eq!((compact.year(), compact.month(), compact.day()), (1442, 2, 14));
/// assert_eq!(compact.to_string(), "1442-02-14");
/// assert_eq!(compact.in_calendar(Calendar::UmmAlQura)?, date);
/// assert_eq!(core::mem::size_of::<Option<YearMonthDay>>(), 8);
/// # Ok::<(), hijri_calendar::RangeError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonthDay {
    year: i32,
    month: NonZeroU8,
    day: NonZeroU8,
}

impl YearMonthDay {
    /// The fields of a date; `month` and `day` are at least 1 in every `HijriDate`.
    #[inline(always)]
    const fn from_parts(year: i32, month: u8, day: u8) -> YearMonthDay {
        // A HijriDate's month and day are never 0; the fallback keeps this total.
        let (Some(month), Some(day)) = (NonZeroU8::new(month), NonZeroU8::new(day)) else {
            return YearMonthDay { year, month: NonZeroU8::MIN, day: NonZeroU8::MIN };
        };
        YearMonthDay { year, month, day }
    }

    /// The year.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::bulk::YearMonthDay;
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = YearMonthDay::from(HijriDate::new(Calendar::CIVIL, 1447, 9, 1)?);
    /// assert_eq!(date.year(), 1447);
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
    /// use hijri_calendar::bulk::YearMonthDay;
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = YearMonthDay::from(HijriDate::new(Calendar::CIVIL, 1447, 9, 1)?);
    /// assert_eq!(date.month(), 9);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn month(self) -> u8 {
        self.month.get()
    }

    /// The day of the month, 1..=30.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::bulk::YearMonthDay;
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = YearMonthDay::from(HijriDate::new(Calendar::CIVIL, 1447, 9, 1)?);
    /// assert_eq!(date.day(), 1);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn day(self) -> u8 {
        self.day.get()
    }

    /// The date in a calendar, validated there.
    ///
    /// # Errors
    /// A [`RangeError`], as [`HijriDate::new`] gives it, when the fields are not a date of
    /// `calendar` (a column converted in another calendar, say).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::bulk::YearMonthDay;
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = YearMonthDay::from(HijriDate::new(Calendar::CIVIL, 1442, 1, 30)?);
    /// assert!(date.in_calendar(Calendar::CIVIL).is_ok());
    /// assert!(date.in_calendar(Calendar::UmmAlQura).is_err()); // Muharram 1442 has 29 days there
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn in_calendar(self, calendar: Calendar) -> Result<HijriDate, RangeError> {
        HijriDate::new(calendar, self.year, self.month.get(), self.day.get())
    }
}

impl From<HijriDate> for YearMonthDay {
    /// # Example
    /// ```
    /// use hijri_calendar::bulk::YearMonthDay;
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
    /// assert_eq!(YearMonthDay::from(date).day(), 14);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    fn from(date: HijriDate) -> YearMonthDay {
        YearMonthDay::from_parts(date.year(), date.month(), date.day())
    }
}

impl fmt::Display for YearMonthDay {
    /// `YYYY-MM-DD`, as [`HijriDate`] prints it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::calendar::write_iso(f, self.year, self.month.get(), self.day.get())
    }
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for Option<crate::HijriDate> {}
    impl Sealed for Result<crate::HijriDate, crate::RangeError> {}
    impl Sealed for Option<super::YearMonthDay> {}
}

/// An element of a bulk output column of Hijri dates: `Option<HijriDate>`,
/// `Result<HijriDate, RangeError>` or `Option<YearMonthDay>` (sealed).
///
/// # Example
/// ```
/// use hijri_calendar::bulk::{self, HijriSlot, YearMonthDay};
/// use hijri_calendar::{Calendar, DayNumber};
///
/// fn count_in_range<S: HijriSlot + Copy>(days: &[DayNumber], empty: S) -> usize {
///     let mut out = vec![empty; days.len()];
///     bulk::hijri_from_day_numbers(Calendar::UmmAlQura, days, &mut out).map_or(0, |s| s.converted())
/// }
/// assert_eq!(count_in_range(&[DayNumber::MIN, DayNumber::MAX], None::<YearMonthDay>), 0);
/// ```
pub trait HijriSlot: sealed::Sealed {
    /// The element for a converted date.
    #[doc(hidden)]
    fn converted(date: HijriDate) -> Self;
    /// The element for a day outside the calendar.
    #[doc(hidden)]
    fn failed(error: RangeError) -> Self;
    /// Whether a shuffled Umm al-Qura chunk of these is written date by date as each is found,
    /// rather than after a pass that finds the chunk's dates (the pass's packed dates are read
    /// back too soon for the branch of `Result`'s [`HijriSlot::put`]).
    #[doc(hidden)]
    const BY_DATE: bool = false;
    /// Stores the element for a converted date.
    #[doc(hidden)]
    #[inline(always)]
    fn put(&mut self, date: HijriDate)
    where
        Self: Sized,
    {
        *self = Self::converted(date);
    }
}

impl HijriSlot for Option<HijriDate> {
    #[inline(always)]
    fn converted(date: HijriDate) -> Self {
        Some(date)
    }
    #[inline(always)]
    fn failed(_: RangeError) -> Self {
        None
    }
}

impl HijriSlot for Result<HijriDate, RangeError> {
    const BY_DATE: bool = true;
    #[inline(always)]
    fn converted(date: HijriDate) -> Self {
        Ok(date)
    }
    #[inline(always)]
    fn failed(error: RangeError) -> Self {
        Err(error)
    }
    /// Over an `Ok`, only the date is written: a whole `Ok` is assembled on the stack with
    /// its padding and copied out, which stalls on every element (its store is read back
    /// before it has reached the cache).
    #[inline(always)]
    fn put(&mut self, date: HijriDate) {
        match self {
            Ok(slot) => *slot = date,
            Err(_) => *self = Ok(date),
        }
    }
}

impl HijriSlot for Option<YearMonthDay> {
    #[inline(always)]
    fn converted(date: HijriDate) -> Self {
        Some(YearMonthDay::from(date))
    }
    #[inline(always)]
    fn failed(_: RangeError) -> Self {
        None
    }
}

// ---- Gregorian (or day numbers) to Hijri. ----

/// Converts a column of day numbers to Hijri dates in `calendar`, one output element per input.
///
/// Days outside the calendar get `None` or their [`RangeError`] (the one
/// [`HijriDate::from_day_number`] gives); the others are converted regardless.
///
/// # Errors
/// [`LengthMismatch`] when `output` is not as long as `input`; nothing is written then.
///
/// # Example
/// ```
/// use hijri_calendar::bulk;
/// use hijri_calendar::{Calendar, DayNumber, HijriDate};
///
/// let start = DayNumber::from_rata_die(737_699)?; // 2020-10-01
/// let days: Vec<DayNumber> = (0..30).map(|i| start.add_days(i)).collect::<Result<_, _>>()?;
/// let mut out: Vec<Option<HijriDate>> = vec![None; days.len()];
/// let summary = bulk::hijri_from_day_numbers(Calendar::UmmAlQura, &days, &mut out)?;
/// assert!(summary.is_complete());
/// assert_eq!(out[0].unwrap().to_string(), "1442-02-14");
/// assert_eq!(out[29].unwrap().to_string(), "1442-03-13");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn hijri_from_day_numbers<S: HijriSlot>(
    calendar: Calendar,
    input: &[DayNumber],
    output: &mut [S],
) -> Result<BulkSummary, LengthMismatch> {
    check_lengths(input.len(), output.len())?;
    // Cannot truncate: every DayNumber lies inside i32.
    Ok(convert_column(calendar, input, output, |day: &DayNumber| day.rata_die() as i32))
}

/// Converts a column of proleptic Gregorian dates to Hijri dates in `calendar`; see
/// [`hijri_from_day_numbers`].
///
/// # Errors
/// [`LengthMismatch`] when `output` is not as long as `input`; nothing is written then.
///
/// # Example
/// ```
/// use hijri_calendar::bulk::{self, YearMonthDay};
/// use hijri_calendar::{Calendar, GregorianDate};
///
/// let dates = [GregorianDate::new(2020, 10, 1)?, GregorianDate::new(1800, 1, 1)?];
/// let mut out: [Option<YearMonthDay>; 2] = [None; 2];
/// let summary = bulk::hijri_from_gregorian(Calendar::UmmAlQura, &dates, &mut out)?;
/// assert_eq!(summary.failed(), 1);
/// assert_eq!(out[0].unwrap().to_string(), "1442-02-14");
/// assert_eq!(out[1], None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn hijri_from_gregorian<S: HijriSlot>(
    calendar: Calendar,
    input: &[GregorianDate],
    output: &mut [S],
) -> Result<BulkSummary, LengthMismatch> {
    check_lengths(input.len(), output.len())?;
    Ok(convert_column(calendar, input, output, |date: &GregorianDate| {
        date.to_day_number().rata_die() as i32
    }))
}

/// Converts a column of `chrono::NaiveDate`s to Hijri dates in `calendar`; see
/// [`hijri_from_day_numbers`].
///
/// # Errors
/// [`LengthMismatch`] when `output` is not as long as `input`; nothing is written then.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use hijri_calendar::bulk;
/// use hijri_calendar::{Calendar, HijriDate, RangeError};
///
/// let dates = [NaiveDate::from_ymd_opt(2020, 10, 1).unwrap(), NaiveDate::MAX];
/// let mut out: [Result<HijriDate, RangeError>; 2] = [Ok(Calendar::CIVIL.first_date()); 2];
/// bulk::hijri_from_naive_dates(Calendar::UmmAlQura, &dates, &mut out)?;
/// assert_eq!(out[0]?.to_string(), "1442-02-14");
/// assert_eq!(out[1], HijriDate::from_naive_date(Calendar::UmmAlQura, NaiveDate::MAX));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg(feature = "chrono")]
pub fn hijri_from_naive_dates<S: HijriSlot>(
    calendar: Calendar,
    input: &[chrono::NaiveDate],
    output: &mut [S],
) -> Result<BulkSummary, LengthMismatch> {
    check_lengths(input.len(), output.len())?;
    Ok(convert_column(calendar, input, output, rata_die_of_naive))
}

/// The R.D. of a `NaiveDate` (chrono's day count from 1 January 1 CE) from its year and day of
/// the year, without a branch (chrono's own count branches on the year's sign): divisions by
/// constants of the years counted from 700 whole 400-year cycles before 1 CE.
// Proof: a NaiveDate's year is about ±262,000, so `year - 1 + 280,000` is positive and below
// 2^20, and its day count below 2^28; the count less the cycles' days, negative before 1 CE,
// is taken wrapping and read as an i32 (its magnitude is below 2^27); the ordinal is 1..=366.
#[cfg(feature = "chrono")]
#[allow(clippy::arithmetic_side_effects)]
#[inline(always)]
fn rata_die_of_naive(date: &chrono::NaiveDate) -> i32 {
    use chrono::Datelike;
    let years = (date.year() - 1 + (400 * GREGORIAN_CYCLES) as i32) as u32;
    let days = 365 * years + years / 4 - years / 100 + years / 400;
    days.wrapping_sub(GREGORIAN_CYCLES * 146_097) as i32 + date.ordinal() as i32
}

/// The R.D. after the last day of a span.
#[inline(always)]
fn end(span: &MonthSpan) -> i32 {
    // Proof: a span's first day and length are a DayNumber's R.D. and at most 31, so their
    // sum is at most the R.D. after the calendar's last day.
    #[allow(clippy::arithmetic_side_effects)]
    let end = span.first + span.days as i32;
    end
}

/// A run of days of one Hijri month: `days` days from R.D. `first`, all inside the calendar.
#[derive(Clone, Copy)]
struct MonthSpan {
    first: i32,
    days: u32,
    year: i32,
    month: u8,
}

impl MonthSpan {
    /// A span that holds no day.
    const EMPTY: MonthSpan = MonthSpan { first: 0, days: 0, year: 0, month: 1 };
}

/// Finds the Hijri month of a day, for one calendar.
trait MonthOf {
    /// Whether every day a column can hold (every DayNumber) is inside the calendar, so that
    /// a chunk's range needs no check.
    const EVERY_DAY: bool = false;

    /// The first and the last R.D. of the calendar (the days [`MonthOf::month_inside`] takes).
    fn bounds(&self) -> (i32, i32);

    /// The month of R.D. `rata_die`, clipped to the calendar's range, for a day inside
    /// [`MonthOf::bounds`] (callers check the bounds first); without a branch where the
    /// calendar allows.
    fn month_inside(&self, rata_die: i32) -> MonthSpan;

    /// The year, month and day of R.D. `rata_die`, for a day inside [`MonthOf::bounds`].
    #[inline(always)]
    fn date_inside(&self, rata_die: i32) -> (i32, u8, u8) {
        let span = self.month_inside(rata_die);
        // Proof: the day lies in its month's span, so the day of the month is 1..=31.
        #[allow(clippy::arithmetic_side_effects)]
        let day = (rata_die.wrapping_sub(span.first) as u8).wrapping_add(1);
        (span.year, span.month, day)
    }

    /// The dates of a whole chunk of days inside [`MonthOf::bounds`].
    #[inline(always)]
    fn dates_inside(&self, days: &[i32; CHUNK], dates: &mut ChunkDates) {
        for (date, &day) in dates.iter_mut().zip(days) {
            let (year, month, day) = self.date_inside(day);
            *date = pack_date(year, month, day);
        }
    }

    /// Converts a whole chunk of days inside [`MonthOf::bounds`] into `out`.
    #[inline(always)]
    fn convert_inside<S: HijriSlot>(
        &self,
        calendar: Calendar,
        days: &[i32; CHUNK],
        out: &mut [S; CHUNK],
    ) {
        convert_by_passes(self, calendar, days, out);
    }

    /// The month after `span`, or an empty span after it when it is the calendar's last.
    #[inline(always)]
    fn month_after(&self, span: &MonthSpan) -> MonthSpan {
        // Proof: a span's first day and length are a DayNumber's R.D. and at most 31.
        #[allow(clippy::arithmetic_side_effects)]
        let after = span.first + span.days as i32;
        if after <= self.bounds().1 {
            self.month_inside(after)
        } else {
            MonthSpan { first: after, days: 0, ..*span }
        }
    }

    /// The month of R.D. `rata_die`, clipped to the calendar's range; `None` outside it.
    #[inline(always)]
    fn month_of(&self, rata_die: i32) -> Option<MonthSpan> {
        let (first, last) = self.bounds();
        if rata_die >= first && rata_die <= last {
            Some(self.month_inside(rata_die))
        } else {
            None
        }
    }
}

/// Converts a whole chunk of days inside the bounds of `months` into `out`: their dates first,
/// packed, then the slots.
#[inline(always)]
fn convert_by_passes<M: MonthOf + ?Sized, S: HijriSlot>(
    months: &M,
    calendar: Calendar,
    days: &[i32; CHUNK],
    out: &mut [S; CHUNK],
) {
    let mut dates: ChunkDates = [0; CHUNK];
    months.dates_inside(days, &mut dates);
    for (slot, &date) in out.iter_mut().zip(&dates) {
        let (year, month, day) = unpack_date(date);
        slot.put(HijriDate::from_parts_unchecked(calendar, year, month, day));
    }
}

/// Picks the fastest month finder for the calendar and runs the column through it, so that
/// the calendar is matched once per column rather than once per day.
#[inline]
fn convert_column<I, S: HijriSlot>(
    calendar: Calendar,
    input: &[I],
    output: &mut [S],
    rata_die_of: impl Fn(&I) -> i32,
) -> BulkSummary {
    match calendar {
        Calendar::UmmAlQura => run(calendar, &UmmAlQuraMonths, input, output, rata_die_of),
        Calendar::Tabular { cycle, epoch } => {
            run(calendar, &TabularMonths::new(cycle, epoch), input, output, rata_die_of)
        }
        Calendar::UmmAlQuraExtended => run(
            calendar,
            &ExtendedMonths { civil: TabularMonths::new(LeapCycle::II, Epoch::Friday) },
            input,
            output,
            rata_die_of,
        ),
        _ => run(calendar, &AnyMonths::new(calendar), input, output, rata_die_of),
    }
}

/// Elements converted together: their day counts first, then their range checked at once.
const CHUNK: usize = 16;

/// The least and the greatest of a chunk's days, in a pass of their own: without a branch
/// (a comparison branch mispredicts on a shuffled column), vectorized.
#[inline(always)]
fn least_and_greatest(days: &[i32]) -> (i32, i32) {
    // Four lanes, each the least (greatest) of every fourth day, then the lanes and the days
    // left over: a fold of a whole chunk into one value is unrolled into branches.
    let (mut least, mut greatest) = ([i32::MAX; 4], [i32::MIN; 4]);
    let quads = days.chunks_exact(4);
    let rest = quads.remainder();
    for days in quads {
        for ((least, greatest), &day) in least.iter_mut().zip(&mut greatest).zip(days) {
            *least = (*least).min(day);
            *greatest = (*greatest).max(day);
        }
    }
    let [a, b, c, d] = least;
    let [e, f, g, h] = greatest;
    rest.iter().fold((a.min(b).min(c.min(d)), e.max(f).max(g.max(h))), |(least, greatest), &day| {
        (least.min(day), greatest.max(day))
    })
}

/// Whether every one of `days` is in `low..=high`, without a branch (vectorized).
#[inline(always)]
fn all_inside(days: &[i32], low: i32, high: i32) -> bool {
    let span = high.wrapping_sub(low) as u32;
    days.iter().fold(0, |outside, &day| outside | u32::from(day.wrapping_sub(low) as u32 > span))
        == 0
}

/// The dates of a chunk of days, each packed by [`pack_date`].
type ChunkDates = [u64; CHUNK];

/// A year, month and day in a u64: the year's bits, the month from bit 32, the day from bit
/// 40, so that a slot's three fields are stored from one value.
#[inline(always)]
const fn pack_date(year: i32, month: u8, day: u8) -> u64 {
    (year as u32 as u64) | (month as u64) << 32 | (day as u64) << 40
}

/// The year, month and day of [`pack_date`].
#[inline(always)]
const fn unpack_date(date: u64) -> (i32, u8, u8) {
    (date as u32 as i32, (date >> 32) as u8, (date >> 40) as u8)
}

/// The failures of a column so far.
#[derive(Default)]
struct Failures {
    count: usize,
    first: Option<(usize, RangeError)>,
}

impl Failures {
    /// Counts a failure at `index`.
    #[inline]
    fn add(&mut self, index: usize, error: RangeError) {
        if self.first.is_none() {
            self.first = Some((index, error));
        }
        // Proof: at most one failure per element, so the count is at most the input length.
        #[allow(clippy::arithmetic_side_effects)]
        {
            self.count += 1;
        }
    }

    /// The summary of a column of `length` elements with these failures.
    #[inline]
    fn summary(self, length: usize) -> BulkSummary {
        // Proof: `count` counts failed elements of the column, so it is at most its length.
        #[allow(clippy::arithmetic_side_effects)]
        let converted = length - self.count;
        BulkSummary { converted, failed: self.count, first_failure: self.first }
    }
}

/// The conversion loop, a chunk at a time: the chunk's R.D.s are computed first. A chunk whose
/// ends are 62 days apart or more (a shuffled column) has its range checked, and each of its
/// days is looked up without a branch, independently of the others. A nearer chunk (a time
/// series) gets its least and greatest days: when the least day's month and the next one hold
/// the whole chunk, each day is an offset from one of their first days. A chunk with a day
/// outside the calendar, and the column's last few days, go day by day through
/// [`run_checked`].
#[inline(always)]
fn run<M: MonthOf, I, S: HijriSlot>(
    calendar: Calendar,
    months: &M,
    input: &[I],
    output: &mut [S],
    rata_die_of: impl Fn(&I) -> i32,
) -> BulkSummary {
    let (low, high) = months.bounds();
    let mut failures = Failures::default();
    let mut window: Option<(MonthSpan, MonthSpan)> = None;
    let mut outputs = output.chunks_exact_mut(CHUNK);
    let mut inputs = input.chunks_exact(CHUNK);
    for (chunk, (out, items)) in (&mut outputs).zip(&mut inputs).enumerate() {
        // Exact chunks: neither conversion fails. Arrays, so that every pass over a chunk
        // has a known length (the copy of day numbers is not a call, the loops unrolled).
        let (Ok(out), Ok(items)) =
            (<&mut [S; CHUNK]>::try_from(out), <&[I; CHUNK]>::try_from(items))
        else {
            continue;
        };
        let mut days = [0i32; CHUNK];
        for (day, item) in days.iter_mut().zip(items) {
            *day = rata_die_of(item);
        }
        // Proof: `chunk * CHUNK` is the index of an element of `input`.
        #[allow(clippy::arithmetic_side_effects)]
        let base = chunk * CHUNK;
        let [first, .., last] = days;
        if last.wrapping_sub(first).unsigned_abs() >= 62 {
            if M::EVERY_DAY || all_inside(&days, low, high) {
                months.convert_inside(calendar, &days, out);
            } else {
                run_checked(calendar, months, base, &days, out, &mut failures);
            }
        } else {
            run_near(calendar, months, &mut window, &days, out, base, &mut failures);
        }
    }
    let (out, items) = (outputs.into_remainder(), inputs.remainder());
    let mut days = [0i32; CHUNK];
    for (day, item) in days.iter_mut().zip(items) {
        *day = rata_die_of(item);
    }
    let days = days.get(..items.len()).unwrap_or_default();
    // Proof: the remainder is the end of `input`.
    #[allow(clippy::arithmetic_side_effects)]
    let base = input.len() - items.len();
    run_checked(calendar, months, base, days, out, &mut failures);
    failures.summary(input.len())
}

/// A chunk whose ends are less than 62 days apart. When the `window` of the chunk before (or,
/// failing it, the months of the least day and the next) holds the chunk, each day is an offset
/// from one of their first days; otherwise each is looked up.
#[inline(always)]
fn run_near<M: MonthOf, S: HijriSlot>(
    calendar: Calendar,
    months: &M,
    window: &mut Option<(MonthSpan, MonthSpan)>,
    days: &[i32; CHUNK],
    out: &mut [S; CHUNK],
    base: usize,
    failures: &mut Failures,
) {
    let (low, high) = months.bounds();
    let (least, greatest) = least_and_greatest(days);
    if !M::EVERY_DAY && (least < low || greatest > high) {
        run_checked(calendar, months, base, days, out, failures);
        return;
    }
    // A time series crosses a two-month window in about four chunks. Two months hold at
    // most 62 days: a wider chunk is not looked up.
    let cached = window.filter(|(this, next)| least >= this.first && greatest < end(next));
    // Proof: both are DayNumber R.D.s (about ±9.6·10^7), so the difference fits i32.
    #[allow(clippy::arithmetic_side_effects)]
    if cached.is_none() && greatest - least < 62 {
        let this = months.month_inside(least);
        let next = months.month_after(&this);
        *window = (greatest < end(&next) && next.first == end(&this)).then_some((this, next));
    } else {
        *window = cached;
    }
    if let Some((this, next)) = *window {
        // Every day in `this` month or the next: an offset from one of their first days.
        for (slot, &day) in out.iter_mut().zip(days) {
            let span = if day >= next.first { &next } else { &this };
            // Proof: the day lies in the span (`this.first <= least <= day < end`), so the
            // day of the month is 1..=31.
            #[allow(clippy::arithmetic_side_effects)]
            let day_of_month = (day - span.first) as u8 + 1;
            slot.put(HijriDate::from_parts_unchecked(
                calendar,
                span.year,
                span.month,
                day_of_month,
            ));
        }
    } else {
        months.convert_inside(calendar, days, out);
    }
}

/// A chunk with days outside the calendar, day by day: a day inside the cached month is an
/// offset from its first day; any other day is looked up, and its month cached.
#[inline(never)]
fn run_checked<M: MonthOf, S: HijriSlot>(
    calendar: Calendar,
    months: &M,
    base: usize,
    days: &[i32],
    output: &mut [S],
    failures: &mut Failures,
) {
    let mut span = MonthSpan::EMPTY;
    for (index, (slot, &rata_die)) in output.iter_mut().zip(days).enumerate() {
        // Days before the span wrap around to large offsets.
        let mut offset = rata_die.wrapping_sub(span.first) as u32;
        if offset >= span.days {
            match months.month_of(rata_die) {
                Some(found) => {
                    span = found;
                    offset = rata_die.wrapping_sub(span.first) as u32;
                }
                None => {
                    let error = RangeError::outside_calendar(calendar, i64::from(rata_die));
                    *slot = S::failed(error);
                    // Proof: `base + index` is the index of an element of the input.
                    #[allow(clippy::arithmetic_side_effects)]
                    failures.add(base + index, error);
                    continue;
                }
            }
        }
        // Proof: offset < span.days ≤ 31, so the day is 1..=31.
        #[allow(clippy::arithmetic_side_effects)]
        let day = offset as u8 + 1;
        slot.put(HijriDate::from_parts_unchecked(calendar, span.year, span.month, day));
    }
}

/// Any calendar, through [`HijriDate::from_day_number`] (for those without a table here).
struct AnyMonths {
    calendar: Calendar,
    first: i64,
    last: i64,
}

impl AnyMonths {
    fn new(calendar: Calendar) -> AnyMonths {
        AnyMonths { calendar, first: calendar.first_rata_die(), last: calendar.last_rata_die() }
    }
}

impl MonthOf for AnyMonths {
    #[inline]
    fn bounds(&self) -> (i32, i32) {
        // Cannot truncate: the calendar's range lies inside DayNumber's, inside i32.
        (self.first as i32, self.last as i32)
    }

    #[inline]
    fn month_inside(&self, rata_die: i32) -> MonthSpan {
        // Every day inside the bounds has a date; the fallback (the day alone) is never used.
        self.month_of(rata_die).unwrap_or(MonthSpan { first: rata_die, days: 1, year: 0, month: 1 })
    }

    #[inline]
    // Proof: R.D.s of `DayNumber`'s range (inside i32) and day counts 1..=30, added in i64.
    #[allow(clippy::arithmetic_side_effects)]
    fn month_of(&self, rata_die: i32) -> Option<MonthSpan> {
        let day = DayNumber::from_rata_die(i64::from(rata_die)).ok()?;
        let date = HijriDate::from_day_number(self.calendar, day).ok()?;
        let rata_die = i64::from(rata_die);
        let first = (rata_die - i64::from(date.day()) + 1).max(self.first);
        let last = (first + i64::from(date.days_in_month()) - 1).min(self.last);
        // Cannot truncate: the calendar's range lies inside DayNumber's, inside i32.
        Some(MonthSpan {
            first: first as i32,
            days: (last - first + 1) as u32,
            year: date.year(),
            month: date.month(),
        })
    }
}

/// A month-start table and its estimator: entry `i + 1` describes month `i` of the table
/// (`months` of them), as `start << 13 | year << 4 | month`: the day it starts on counted
/// from the table's first day (below 2^17), its year counted from the table's first year
/// (below 2^9) and its month (1..=12). Entry 0 is a placeholder for the month before the
/// table, and every entry after the last month holds the table's length in days as a start,
/// up to `N`, a power of two, so that an index masked with `N - 1` needs no bounds check.
///
/// A day's month is found from the estimate `(day · scale + bias) >> 32`, which is the month
/// or the one after it (checked at compile time for every month): the estimate's entry and
/// the next are loaded together, and one comparison picks one of them, without a branch.
struct MonthTable<const N: usize> {
    entries: [u32; N],
    scale: u32,
    bias: u64,
}

/// The bits of a [`MonthTable`] entry below the start.
const START_SHIFT: u32 = 13;

impl<const N: usize> MonthTable<N> {
    /// The table of `starts` (`months + 1` increasing day counts from 0: the months' first
    /// days and the day after the last month), months counted from month 1 of year 0; the
    /// scale is 0 when the estimator cannot be built (a compile-time check rejects that).
    // Proof: evaluated only at compile time (for `UQ_TABLE` and `CYCLE_TABLES`), where an
    // index out of bounds or an overflow is a compile error.
    #[allow(clippy::arithmetic_side_effects, clippy::indexing_slicing)]
    const fn new(starts: &[u32], months: usize) -> MonthTable<N> {
        let (scale, bias) = match month_estimator(starts, months) {
            Some(estimator) => estimator,
            None => (0, 0),
        };
        let mut entries = [0u32; N];
        let mut i = 0;
        while i + 1 < N {
            let month = if i < months { i } else { months };
            entries[i + 1] = (starts[month] << START_SHIFT)
                | ((month / 12) as u32) << 4
                | ((month % 12) as u32 + 1);
            i += 1;
        }
        // The scale is below 2^32: fewer months than days in the table.
        MonthTable { entries, scale: scale as u32, bias }
    }

    /// The entry at `index`, masked into the table.
    #[inline(always)]
    fn entry(&self, index: usize) -> u32 {
        // `N` is a power of two: the masked index is in bounds and the fallback never used.
        self.entries.get(index & N.wrapping_sub(1)).copied().unwrap_or(0)
    }

    /// The estimate of the month of `day` (counted from the table's first day, and below its
    /// length in days): the month or the next.
    // Proof: `day` is below 2^32 and `scale` below 2^28 (2^32 over a mean month of more than
    // 29 days), `bias` below 2^34 (the smallest `allow` of `month_estimator`): the estimate
    // fits a u64, and is at most `months` (checked at compile time).
    #[allow(clippy::arithmetic_side_effects)]
    #[inline(always)]
    fn estimate(&self, day: u32) -> u32 {
        ((u64::from(day) * u64::from(self.scale) + self.bias) >> 32) as u32
    }

    /// The index of the entry of the month of `day`, from its estimate.
    // Proof: the estimate is at most `months`, so `estimate + 1` does not overflow.
    #[allow(clippy::arithmetic_side_effects)]
    #[inline(always)]
    fn index(&self, estimate: u32, day: u32) -> usize {
        let estimate = estimate as usize;
        // Entry `estimate` is the month before the estimate, entry `estimate + 1` the estimate.
        // The index is computed, not selected: on a shuffled column either is as likely, and
        // a select of the two entries is compiled into a branch.
        estimate + usize::from(self.entry(estimate + 1) >> START_SHIFT <= day)
    }

    /// The index and entry of the month of `day` (counted from the table's first day, and
    /// below its length in days).
    #[inline(always)]
    fn find(&self, day: u32) -> (usize, u32) {
        let index = self.index(self.estimate(day), day);
        (index, self.entry(index))
    }

    /// The first day of month `index` of the table (counted from its first day).
    #[inline(always)]
    fn start(&self, index: usize) -> u32 {
        // `index` is a month of the table, so `index + 1` is an entry's index (and any other
        // index is masked into the table).
        self.entry(index.wrapping_add(1)) >> START_SHIFT
    }
}

/// The start, year (counted from the table's first year) and month of a [`MonthTable`] entry.
#[inline(always)]
const fn unpack(entry: u32) -> (u32, u32, u8) {
    (entry >> START_SHIFT, (entry >> 4) & 0x1FF, (entry & 0xF) as u8)
}

/// The `(scale, bias)` of [`MonthTable::find`] for a table of month starts whose mean month is
/// `total_days / months` days, or `None` when no bias makes every estimate the month or the one
/// after it.
// Proof: evaluated only at compile time (for `UQ_TABLE` and `CYCLE_TABLES`), where an
// index out of bounds or an overflow is a compile error. `i < months` and `starts` holds
// `months + 1` entries; the products are below 2^17 · 2^28 in i128.
#[allow(clippy::arithmetic_side_effects, clippy::indexing_slicing)]
const fn month_estimator(starts: &[u32], months: usize) -> Option<(u64, u64)> {
    let total = starts[months] as u64;
    let scale = ((months as u64) << 32) / total;
    // estimate(start of i) ≥ i and estimate(last day of i) ≤ i + 1, for every month i.
    let mut low: i128 = 0;
    let mut high: i128 = i128::MAX;
    let mut i = 0;
    while i < months {
        let start = starts[i] as i128 * scale as i128;
        let last = (starts[i + 1] as i128 - 1) * scale as i128;
        let need = ((i as i128) << 32) - start;
        if need > low {
            low = need;
        }
        let allow = (((i as i128) + 2) << 32) - last - 1;
        if allow < high {
            high = allow;
        }
        i += 1;
    }
    if low > high || high < 0 {
        return None;
    }
    Some((scale, ((low + high) / 2) as u64))
}

/// Checks a table at compile time: every entry unpacks to the month's start, year and month,
/// the entries after the last month hold its length, and every day of every month is found in
/// it.
// Proof: evaluated only at compile time, where an index out of bounds or an overflow is a
// compile error.
#[allow(clippy::arithmetic_side_effects, clippy::indexing_slicing)]
const fn table_is_consistent<const N: usize>(
    table: &MonthTable<N>,
    starts: &[u32],
    months: usize,
) -> bool {
    if N & (N - 1) != 0 || months + 2 > N || table.scale == 0 || starts[months] >= 1 << 17 {
        return false;
    }
    let mut i = 0;
    while i < N - 1 {
        let month = if i < months { i } else { months };
        let (start, year, month_of_year) = unpack(table.entries[i + 1]);
        if start != starts[month]
            || year as usize != month / 12
            || month_of_year as usize != month % 12 + 1
        {
            return false;
        }
        i += 1;
    }
    // The first and the last day of each month (the estimate grows with the day).
    let mut i = 0;
    while i < months {
        let (first, last) = (starts[i], starts[i + 1] - 1);
        let estimate_first = ((first as u64 * table.scale as u64 + table.bias) >> 32) as usize;
        let estimate_last = ((last as u64 * table.scale as u64 + table.bias) >> 32) as usize;
        if estimate_first < i
            || estimate_first > i + 1
            || estimate_last < i
            || estimate_last > i + 1
        {
            return false;
        }
        i += 1;
    }
    true
}

// ---- Umm al-Qura: every month start of the table. ----

const UQ_FIRST_YEAR: i32 = Calendar::UmmAlQura.first_date().year();
const UQ_YEARS: core::ops::RangeInclusive<i32> =
    UQ_FIRST_YEAR..=Calendar::UmmAlQura.last_date().year();
const UQ_MONTHS: usize = 12 * (Calendar::UmmAlQura.last_date().year() - UQ_FIRST_YEAR + 1) as usize;

/// Days from 1 Muharram 1300 to the first of each month of the table, and to the day after it.
// Proof: a constant, so an index out of bounds is a compile error; `i < UQ_MONTHS` anyway.
#[allow(clippy::indexing_slicing)]
const UQ_MONTH_STARTS: [u32; UQ_MONTHS + 1] = {
    let mut starts = [0u32; UQ_MONTHS + 1];
    let mut i = 0;
    while i < UQ_MONTHS {
        let year = UQ_FIRST_YEAR + (i / 12) as i32;
        let length = match Calendar::UmmAlQura.days_in_month(year, (i % 12) as u8 + 1) {
            Ok(length) => length as u32,
            Err(_) => 0,
        };
        starts[i + 1] = starts[i] + length;
        i += 1;
    }
    starts
};

/// The Umm al-Qura table in the binary, once: 3,612 months in 4,096 entries (16 KB, of which
/// 14.4 KB are read).
static UQ_TABLE: MonthTable<4096> = MonthTable::new(&UQ_MONTH_STARTS, UQ_MONTHS);

const _: () = assert!(
    UQ_MONTH_STARTS[UQ_MONTHS] as i64
        == Calendar::UmmAlQura.last_rata_die() - Calendar::UmmAlQura.first_rata_die() + 1
        && table_is_consistent(
            &MonthTable::<4096>::new(&UQ_MONTH_STARTS, UQ_MONTHS),
            &UQ_MONTH_STARTS,
            UQ_MONTHS
        ),
    "the Umm al-Qura month-start table does not cover the calendar"
);

/// Umm al-Qura, from the month-start table.
struct UmmAlQuraMonths;

impl UmmAlQuraMonths {
    const FIRST: i32 = Calendar::UmmAlQura.first_rata_die() as i32;
    const DAYS: u32 = UQ_MONTH_STARTS[UQ_MONTHS];
    /// R.D. of the day after the table.
    const END: i32 = Self::FIRST + Self::DAYS as i32;
}

impl MonthOf for UmmAlQuraMonths {
    #[inline(always)]
    fn bounds(&self) -> (i32, i32) {
        // Proof: constants: FIRST + DAYS - 1 is the R.D. of 29 Dhu al-Hijjah 1600.
        #[allow(clippy::arithmetic_side_effects)]
        (Self::FIRST, Self::END - 1)
    }

    // Proof: for a day of the table, `start <= day < DAYS` (106,665) and the next month's
    // start is at most DAYS; `FIRST` is 687,337 and the year offset at most 300.
    #[allow(clippy::arithmetic_side_effects)]
    #[inline(always)]
    fn month_inside(&self, rata_die: i32) -> MonthSpan {
        let day = rata_die.wrapping_sub(Self::FIRST) as u32;
        let (index, entry) = UQ_TABLE.find(day);
        let (start, year, month) = unpack(entry);
        MonthSpan {
            first: Self::FIRST + start as i32,
            days: UQ_TABLE.start(index) - start,
            year: UQ_FIRST_YEAR + year as i32,
            month,
        }
    }

    // Proof: as for `month_inside`; the day of the month is 1..=30.
    #[allow(clippy::arithmetic_side_effects)]
    #[inline(always)]
    fn date_inside(&self, rata_die: i32) -> (i32, u8, u8) {
        let day = rata_die.wrapping_sub(Self::FIRST) as u32;
        let (start, year, month) = unpack(UQ_TABLE.find(day).1);
        (UQ_FIRST_YEAR + year as i32, month, (day - start) as u8 + 1)
    }

    #[inline(always)]
    fn convert_inside<S: HijriSlot>(
        &self,
        calendar: Calendar,
        days: &[i32; CHUNK],
        out: &mut [S; CHUNK],
    ) {
        if S::BY_DATE {
            // Four dates a step: the loop's own instructions are shared.
            for (slots, days) in out.chunks_exact_mut(4).zip(days.chunks_exact(4)) {
                for (slot, &rata_die) in slots.iter_mut().zip(days) {
                    let (year, month, day) = self.date_inside(rata_die);
                    slot.put(HijriDate::from_parts_unchecked(calendar, year, month, day));
                }
            }
        } else {
            convert_by_passes(self, calendar, days, out);
        }
    }

    #[inline(always)]
    fn dates_inside(&self, days: &[i32; CHUNK], dates: &mut ChunkDates) {
        let (mut day, mut estimate, mut entry) = ([0u32; CHUNK], [0u32; CHUNK], [0u32; CHUNK]);
        for ((day, estimate), &rata_die) in day.iter_mut().zip(&mut estimate).zip(days) {
            *day = rata_die.wrapping_sub(Self::FIRST) as u32;
            *estimate = UQ_TABLE.estimate(*day);
        }
        for ((entry, &estimate), &day) in entry.iter_mut().zip(&estimate).zip(&day) {
            *entry = UQ_TABLE.entry(UQ_TABLE.index(estimate, day));
        }
        for (date, (&entry, &day)) in dates.iter_mut().zip(entry.iter().zip(&day)) {
            let (start, year, month) = unpack(entry);
            // Days of the table: the year offset is at most 300, the day of the month 1..=30.
            let day_of_month = (day.wrapping_sub(start) as u8).wrapping_add(1);
            *date = pack_date(UQ_FIRST_YEAR.wrapping_add(year as i32), month, day_of_month);
        }
    }
}

// ---- Tabular: the 360 month starts of a 30-year cycle. ----

/// Days in a 30-year cycle of a tabular calendar.
const CYCLE_DAYS: u32 = 10_631;
/// Whole cycles added to every day so that the day count is positive for every supported day
/// (9,100 cycles reach past -262143-01-01; the largest count, about 192 million, fits u32).
const CYCLES: u32 = 9_100;

/// Days from 1 Muharram of year 1 of a cycle to the first of each of its 360 months, and to
/// the day after it, for one leap cycle.
// Proof: evaluated only at compile time (for `CYCLE_TABLES` and the checks below), where an
// index out of bounds or an overflow is a compile error; `i < 360` and `starts` holds 361.
#[allow(clippy::arithmetic_side_effects, clippy::indexing_slicing)]
const fn cycle_starts(cycle: LeapCycle) -> [u32; 361] {
    let calendar = Calendar::Tabular { cycle, epoch: Epoch::Friday };
    let mut starts = [0u32; 361];
    let mut i = 0;
    while i < 360 {
        let length = match calendar.days_in_month(1 + (i / 12) as i32, (i % 12) as u8 + 1) {
            Ok(length) => length as u32,
            Err(_) => 0,
        };
        starts[i + 1] = starts[i] + length;
        i += 1;
    }
    starts
}

/// One leap cycle's month table: 360 months in 512 entries (2 KB).
type CycleTable = MonthTable<512>;

const fn cycle_table(cycle: LeapCycle) -> CycleTable {
    MonthTable::new(&cycle_starts(cycle), 360)
}

static CYCLE_TABLES: [CycleTable; 4] = [
    cycle_table(LeapCycle::I),
    cycle_table(LeapCycle::II),
    cycle_table(LeapCycle::III),
    cycle_table(LeapCycle::IV),
];

// Proof: a constant, so an index out of bounds is a compile error; `c < 4 == ALL.len()` anyway.
#[allow(clippy::indexing_slicing)]
const _: () = {
    let mut c = 0;
    while c < 4 {
        let starts = cycle_starts(LeapCycle::ALL[c]);
        assert!(
            starts[360] == CYCLE_DAYS
                && table_is_consistent(&cycle_table(LeapCycle::ALL[c]), &starts, 360),
            "a tabular month-start table is inconsistent"
        );
        c += 1;
    }
    // Year 1 of every cycle starts on the epoch plus whole cycles (the leap-day count
    // ⌊(11·y + k)/30⌋ is 0 for y = 1 and every shift k of the four cycles).
    let mut c = 0;
    while c < 4 {
        let calendar = Calendar::Tabular { cycle: LeapCycle::ALL[c], epoch: Epoch::Friday };
        let start = match HijriDate::new(calendar, 31, 1, 1) {
            Ok(date) => date.to_day_number().rata_die(),
            Err(_) => 0,
        };
        assert!(
            start == Epoch::Friday.first_day().to_day_number().rata_die() + CYCLE_DAYS as i64,
            "tabular cycles do not start on the epoch"
        );
        c += 1;
    }
    assert!(
        (CYCLES as i64) * (CYCLE_DAYS as i64)
            > Epoch::Friday.first_day().to_day_number().rata_die() - DayNumber::MIN.rata_die()
    );
};

/// A tabular calendar, from its cycle's month-start table.
struct TabularMonths {
    table: &'static CycleTable,
    /// R.D. of 1 Muharram 1 AH, less the whole cycles added.
    origin: i32,
}

impl TabularMonths {
    fn new(cycle: LeapCycle, epoch: Epoch) -> TabularMonths {
        TabularMonths { table: cycle_table_of(cycle), origin: origin(epoch) }
    }
}

/// The month-start table of a leap cycle.
#[inline(always)]
fn cycle_table_of(cycle: LeapCycle) -> &'static CycleTable {
    // CYCLE_TABLES has one table per LeapCycle, in LeapCycle::ALL's order.
    match cycle {
        LeapCycle::I => &CYCLE_TABLES[0],
        LeapCycle::II => &CYCLE_TABLES[1],
        LeapCycle::III => &CYCLE_TABLES[2],
        LeapCycle::IV => &CYCLE_TABLES[3],
    }
}

/// R.D. of 1 Muharram 1 AH less the whole cycles added, by epoch.
#[inline(always)]
const fn origin(epoch: Epoch) -> i32 {
    // Proof: evaluated only at compile time (for `THURSDAY` and `FRIDAY`), where an overflow
    // is a compile error; 227,015 less 96,742,100 is far inside i32.
    #[allow(clippy::arithmetic_side_effects)]
    const fn of(epoch: Epoch) -> i32 {
        // Cannot truncate: both epochs are in 622 CE, and the cycles about 96.7 million days.
        epoch.first_day().to_day_number().rata_die() as i32 - (CYCLES * CYCLE_DAYS) as i32
    }
    const THURSDAY: i32 = of(Epoch::Thursday);
    const FRIDAY: i32 = of(Epoch::Friday);
    match epoch {
        Epoch::Thursday => THURSDAY,
        Epoch::Friday => FRIDAY,
    }
}

impl TabularMonths {
    /// The cycle (counted from the whole cycles added) and the day of the cycle of a day.
    #[inline(always)]
    fn cycle_and_day(&self, rata_die: i32) -> (u32, u32) {
        // Every DayNumber is inside a tabular calendar, and its count from `origin` positive
        // (checked at compile time above).
        let count = rata_die.wrapping_sub(self.origin) as u32;
        // Proof: CYCLE_DAYS is not zero.
        #[allow(clippy::arithmetic_side_effects)]
        (count / CYCLE_DAYS, count % CYCLE_DAYS)
    }
}

impl MonthOf for TabularMonths {
    const EVERY_DAY: bool = true;

    // Proof: `rata_die` is a DayNumber's (inside i32); `find` returns `start <= day` and the
    // next start at most CYCLE_DAYS; `cycle` is at most about 18,100 and the year of the cycle
    // below 30, so the year is far inside i32.
    #[allow(clippy::arithmetic_side_effects)]
    #[inline(always)]
    fn month_inside(&self, rata_die: i32) -> MonthSpan {
        let (cycle, day) = self.cycle_and_day(rata_die);
        let (index, entry) = self.table.find(day);
        let (start, year, month) = unpack(entry);
        MonthSpan {
            first: rata_die - (day - start) as i32,
            days: self.table.start(index) - start,
            // cycle ≤ 20,000: no truncation.
            year: (cycle as i32 - CYCLES as i32) * 30 + 1 + year as i32,
            month,
        }
    }

    // Proof: as for `month_inside`; the day of the month is 1..=30.
    #[allow(clippy::arithmetic_side_effects)]
    #[inline(always)]
    fn date_inside(&self, rata_die: i32) -> (i32, u8, u8) {
        let (cycle, day) = self.cycle_and_day(rata_die);
        let (start, year, month) = unpack(self.table.find(day).1);
        ((cycle as i32 - CYCLES as i32) * 30 + 1 + year as i32, month, (day - start) as u8 + 1)
    }

    // Proof: as for `month_inside`: the cycle is at most about 18,100, so `cycle * 30` and
    // the year are far inside i32; the day of the month is 1..=30.
    #[allow(clippy::arithmetic_side_effects)]
    #[inline(always)]
    fn dates_inside(&self, days: &[i32; CHUNK], dates: &mut ChunkDates) {
        let (mut cycle, mut day, mut estimate) = ([0u32; CHUNK], [0u32; CHUNK], [0u32; CHUNK]);
        for (((cycle, day), estimate), &rata_die) in
            cycle.iter_mut().zip(&mut day).zip(&mut estimate).zip(days)
        {
            (*cycle, *day) = self.cycle_and_day(rata_die);
            *estimate = self.table.estimate(*day);
        }
        let mut entry = [0u32; CHUNK];
        for ((entry, &estimate), &day) in entry.iter_mut().zip(&estimate).zip(&day) {
            *entry = self.table.entry(self.table.index(estimate, day));
        }
        let found = entry.iter().zip(&day).zip(&cycle);
        for (date, ((&entry, &day), &cycle)) in dates.iter_mut().zip(found) {
            let (start, year_of_cycle, month) = unpack(entry);
            let year = (cycle as i32 - CYCLES as i32) * 30 + 1 + year_of_cycle as i32;
            *date = pack_date(year, month, (day - start) as u8 + 1);
        }
    }

    // Proof: as for `dates_inside`.
    #[allow(clippy::arithmetic_side_effects)]
    #[inline(always)]
    fn convert_inside<S: HijriSlot>(
        &self,
        calendar: Calendar,
        days: &[i32; CHUNK],
        out: &mut [S; CHUNK],
    ) {
        // The first two passes of `dates_inside`, the year's base in the first; the fields go
        // straight into the output (fewer instructions than packing them here; not so for
        // Umm al-Qura, whose fields are simpler).
        let (mut year, mut day, mut estimate) = ([0i32; CHUNK], [0u32; CHUNK], [0u32; CHUNK]);
        for (((year, day), estimate), &rata_die) in
            year.iter_mut().zip(&mut day).zip(&mut estimate).zip(days)
        {
            let cycle;
            (cycle, *day) = self.cycle_and_day(rata_die);
            *year = (cycle as i32 - CYCLES as i32) * 30 + 1;
            *estimate = self.table.estimate(*day);
        }
        let mut entry = [0u32; CHUNK];
        for ((entry, &estimate), &day) in entry.iter_mut().zip(&estimate).zip(&day) {
            *entry = self.table.entry(self.table.index(estimate, day));
        }
        let found = entry.iter().zip(&day).zip(&year);
        for (slot, ((&entry, &day), &year)) in out.iter_mut().zip(found) {
            let (start, year_of_cycle, month) = unpack(entry);
            let date = HijriDate::from_parts_unchecked(
                calendar,
                year + year_of_cycle as i32,
                month,
                (day - start) as u8 + 1,
            );
            slot.put(date);
        }
    }

    #[inline(always)]
    fn bounds(&self) -> (i32, i32) {
        DAY_NUMBER_BOUNDS
    }
}

/// The first and last R.D. of [`DayNumber`], the range of the tabular calendars.
// Cannot truncate: DayNumber's range lies inside i32.
const DAY_NUMBER_BOUNDS: (i32, i32) =
    (DayNumber::MIN.rata_die() as i32, DayNumber::MAX.rata_die() as i32);

/// Umm al-Qura inside its table and the civil calendar outside it.
struct ExtendedMonths {
    civil: TabularMonths,
}

impl MonthOf for ExtendedMonths {
    const EVERY_DAY: bool = true;

    // Proof: a span's first day and length are a DayNumber's R.D. (inside i32) and 29 or 30;
    // each difference is taken in the branch where it is positive.
    #[allow(clippy::arithmetic_side_effects)]
    #[inline(always)]
    fn month_inside(&self, rata_die: i32) -> MonthSpan {
        match UmmAlQuraMonths.month_of(rata_die) {
            Some(span) => span,
            None => {
                let mut span = self.civil.month_inside(rata_die);
                // Keep a civil month from reaching into the table's days.
                let (table_first, table_end) = (UmmAlQuraMonths::FIRST, UmmAlQuraMonths::END);
                let end = span.first + span.days as i32;
                if rata_die < table_first && end > table_first {
                    span.days = (table_first - span.first) as u32;
                } else if rata_die >= table_end && span.first < table_end {
                    span.days = (end - table_end) as u32;
                    span.first = table_end;
                }
                span
            }
        }
    }

    #[inline(always)]
    fn bounds(&self) -> (i32, i32) {
        DAY_NUMBER_BOUNDS
    }
}

// ---- Hijri to Gregorian. ----

/// The R.D. of a Hijri date, from the month-start tables where the calendar has one: one
/// lookup instead of the packed-year arithmetic.
#[inline(always)]
fn rata_die_of_hijri(date: &HijriDate) -> i32 {
    let (year, month, day) = (date.year(), date.month(), date.day());
    match date.calendar() {
        Calendar::UmmAlQura => umm_al_qura_rata_die(year, month, day),
        Calendar::UmmAlQuraExtended if UQ_YEARS.contains(&year) => {
            umm_al_qura_rata_die(year, month, day)
        }
        Calendar::UmmAlQuraExtended => {
            tabular_rata_die(&CYCLE_TABLES[1], origin(Epoch::Friday), year, month, day)
        }
        Calendar::Tabular { cycle, epoch } => {
            tabular_rata_die(cycle_table_of(cycle), origin(epoch), year, month, day)
        }
        // Cannot truncate: every day number lies inside i32.
        _ => date.to_day_number().rata_die() as i32,
    }
}

/// The R.D. of a valid Umm al-Qura date. The arithmetic wraps, so that any fields give some
/// number without a panic: [`chunk_rata_dies`] computes it before it knows the calendar.
#[inline(always)]
fn umm_al_qura_rata_die(year: i32, month: u8, day: u8) -> i32 {
    // A valid date's year is in the table (`year - UQ_FIRST_YEAR` is 0..=300), its month
    // 1..=12 and its day 1..=30: the index is below `UQ_MONTHS`, and nothing wraps.
    let index = (year.wrapping_sub(UQ_FIRST_YEAR) as u32)
        .wrapping_mul(12)
        .wrapping_add(u32::from(month))
        .wrapping_sub(1);
    (UQ_TABLE.start(index as usize) as i32)
        .wrapping_add(UmmAlQuraMonths::FIRST)
        .wrapping_add(i32::from(day))
        .wrapping_sub(1)
}

/// The R.D. of a valid tabular date, from its cycle's table and its epoch's origin; the
/// arithmetic wraps, as for [`umm_al_qura_rata_die`].
// Proof: CYCLE_DAYS and 30 are not zero.
#[allow(clippy::arithmetic_side_effects)]
#[inline(always)]
fn tabular_rata_die(table: &CycleTable, origin: i32, year: i32, month: u8, day: u8) -> i32 {
    // Years counted from the first year of the shifted cycles, positive for every supported
    // year (about ±271,000 against 273,000 years added) and below 2^20; the index is below
    // 360 and `cycle * CYCLE_DAYS + start` below 2^28: for a valid date nothing wraps, and
    // the R.D. is a DayNumber's.
    let shifted = year.wrapping_sub(1).wrapping_add((CYCLES * 30) as i32) as u32;
    let (cycle, year_of_cycle) = (shifted / 30, shifted % 30);
    let index = year_of_cycle.wrapping_mul(12).wrapping_add(u32::from(month)).wrapping_sub(1);
    let start = table.start(index as usize);
    (cycle.wrapping_mul(CYCLE_DAYS).wrapping_add(start) as i32)
        .wrapping_add(origin)
        .wrapping_add(i32::from(day))
        .wrapping_sub(1)
}

/// A tabular calendar's closed form for the years 0..[`NearTabular::YEARS`] AH, in 32-bit
/// arithmetic with the division by 30 as a multiplication: about half the instructions of
/// the cycle-table lookup, which needs the year's cycle (a division) before the table.
#[derive(Clone, Copy)]
struct NearTabular {
    /// `k + 30` of "leap years before year `y` = ⌊(11·y + k) / 30⌋".
    shift: u32,
    /// The R.D. of 1 Muharram 1 AH, less the constant terms of [`NearTabular::rata_die`].
    base: i32,
}

impl NearTabular {
    /// The years (from 0 AH) where [`NearTabular::rata_die`] is exact: `11·y + k + 30` stays
    /// below 71,800, where ⌊x / 30⌋ = (x · 34,953) >> 20 (checked in the tests). A power of
    /// two, so that a chunk's years are checked by or-ing them together.
    const YEARS: u32 = 4_096;

    // Proof: the shift is -2..=4 and the epochs are R.D. 227,014 and 227,015, so neither sum
    // overflows, and neither cast truncates.
    #[allow(clippy::arithmetic_side_effects)]
    #[inline(always)]
    const fn new(cycle: LeapCycle, epoch: Epoch) -> NearTabular {
        NearTabular {
            shift: (cycle.leap_shift() + 30) as u32,
            base: epoch.rata_die() as i32 - NearTabular::CONSTANT_DAYS,
        }
    }

    /// The days [`NearTabular::rata_die`] counts too many: a year (354 days a year from year
    /// 1), a leap day (⌊(11·y + k + 30) / 30⌋ counts one more than the leap days before year
    /// `y`), 29 (⌊59·m / 2⌋ for the days before month `m`, ⌈29.5·(m − 1)⌉) and the first day.
    const CONSTANT_DAYS: i32 = 354 + 1 + 29 + 1;

    /// Whether every year or-ed into `years` (each as a u32, see [`NearTabular::rata_die`]) is
    /// one of [`NearTabular::YEARS`].
    #[inline(always)]
    const fn holds(years: u32) -> bool {
        years < NearTabular::YEARS
    }

    /// The R.D. of a date whose year [`NearTabular::holds`]: 354 days a year, the leap days
    /// before it, the months alternating 30 and 29 days. The arithmetic wraps, so that any
    /// fields give some number without a panic.
    #[inline(always)]
    const fn rata_die(self, year: u32, month: u8, day: u8) -> i32 {
        let leap_days = year.wrapping_mul(11).wrapping_add(self.shift).wrapping_mul(34_953) >> 20;
        let month_days = (month as u32).wrapping_mul(59) >> 1;
        (year.wrapping_mul(354).wrapping_add(leap_days).wrapping_add(month_days) as i32)
            .wrapping_add(day as i32)
            .wrapping_add(self.base)
    }
}

/// Runs `write(slot, rata_die)` for each of `items` by the closed form of the tabular
/// calendar `cycle`/`epoch`, and says whether every date is in that calendar and in the
/// closed form's years (when not, some slots hold wrong numbers, to be written again).
#[inline(always)]
fn tabular_rata_dies<O>(
    cycle: LeapCycle,
    epoch: Epoch,
    near: NearTabular,
    items: &[HijriDate],
    out: &mut [O],
    write: impl Fn(&mut O, i32),
) -> bool {
    let (mut same, mut years) = (true, 0);
    for (slot, date) in out.iter_mut().zip(items) {
        same &= date.calendar() == Calendar::Tabular { cycle, epoch };
        let year = date.year() as u32;
        years |= year;
        write(slot, near.rata_die(year, date.month(), date.day()));
    }
    same & NearTabular::holds(years)
}

/// Runs `write(slot, rata_die)` for a chunk of Hijri dates. When the first is in Umm al-Qura
/// or a tabular calendar, the chunk goes through that calendar's lookup in one loop, without
/// a branch, while checking that every date is in the same calendar; when one is not (or the
/// first is in another calendar), the chunk is written again date by date.
#[inline(always)]
fn chunk_rata_dies<O>(items: &[HijriDate], out: &mut [O], write: impl Fn(&mut O, i32)) {
    let same = match items.first().map(|date| date.calendar()) {
        Some(Calendar::UmmAlQura) => {
            let mut same = true;
            for (slot, date) in out.iter_mut().zip(items) {
                same &= matches!(date.calendar(), Calendar::UmmAlQura);
                write(slot, umm_al_qura_rata_die(date.year(), date.month(), date.day()));
            }
            same
        }
        Some(Calendar::Tabular { cycle, epoch }) => {
            tabular_rata_dies(cycle, epoch, NearTabular::new(cycle, epoch), items, out, &write)
        }
        _ => false,
    };
    if !same {
        for (slot, date) in out.iter_mut().zip(items) {
            write(slot, rata_die_of_hijri(date));
        }
    }
}

/// Runs `write(slot, rata_die)` for each date of `input`.
#[inline(always)]
fn hijri_to_rata_die<O>(
    input: &[HijriDate],
    output: &mut [O],
    mut write: impl FnMut(&mut O, i32),
) -> Result<(), LengthMismatch> {
    check_lengths(input.len(), output.len())?;
    for (slot, date) in output.iter_mut().zip(input) {
        write(slot, rata_die_of_hijri(date));
    }
    Ok(())
}

/// Converts a column of Hijri dates (in any calendars) to day numbers. It cannot fail per
/// element: every Hijri date has a day number.
///
/// # Errors
/// [`LengthMismatch`] when `output` is not as long as `input`; nothing is written then.
///
/// # Example
/// ```
/// use hijri_calendar::bulk;
/// use hijri_calendar::{Calendar, DayNumber, HijriDate};
///
/// let dates = [HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?, HijriDate::new(Calendar::CIVIL, 1442, 2, 14)?];
/// let mut out = [DayNumber::MIN; 2];
/// bulk::day_numbers_from_hijri(&dates, &mut out)?;
/// assert_eq!(out.map(|d| d.rata_die()), [737_699, 737_700]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn day_numbers_from_hijri(
    input: &[HijriDate],
    output: &mut [DayNumber],
) -> Result<(), LengthMismatch> {
    check_lengths(input.len(), output.len())?;
    if let Some(Calendar::Tabular { cycle, epoch }) = input.first().map(|d| d.calendar()) {
        tabular_day_numbers(cycle, epoch, input, output);
        return Ok(());
    }
    for (out, items) in output.chunks_mut(CHUNK).zip(input.chunks(CHUNK)) {
        chunk_rata_dies(items, out, |slot, rata_die| {
            // Every Hijri date's R.D. is a DayNumber's; a chunk's slots whose date was not in
            // the calendar looked up are written again by `chunk_rata_dies`.
            *slot = DayNumber::from_rata_die_in_range(rata_die);
        });
    }
    Ok(())
}

/// [`day_numbers_from_hijri`] for a column whose first date is in a tabular calendar: the
/// closed form for every date, 64 at a time (16 spent a tenth of the time setting up chunks),
/// each 64 checked to hold only that calendar and years of the closed form, and written again
/// date by date if not.
#[inline(never)]
fn tabular_day_numbers(
    cycle: LeapCycle,
    epoch: Epoch,
    input: &[HijriDate],
    output: &mut [DayNumber],
) {
    let near = NearTabular::new(cycle, epoch);
    for (out, items) in output.chunks_mut(4 * CHUNK).zip(input.chunks(4 * CHUNK)) {
        let write = |slot: &mut DayNumber, rata_die| {
            *slot = DayNumber::from_rata_die_in_range(rata_die);
        };
        if !tabular_rata_dies(cycle, epoch, near, items, out, write) {
            for (slot, date) in out.iter_mut().zip(items) {
                *slot = date.to_day_number();
            }
        }
    }
}

/// Converts a column of Hijri dates (in any calendars) to proleptic Gregorian dates; see
/// [`day_numbers_from_hijri`].
///
/// # Errors
/// [`LengthMismatch`] when `output` is not as long as `input`; nothing is written then.
///
/// # Example
/// ```
/// use hijri_calendar::bulk;
/// use hijri_calendar::{Calendar, GregorianDate, HijriDate};
///
/// let start = HijriDate::new(Calendar::UmmAlQura, 1447, 9, 1)?;
/// let ramadan: Vec<HijriDate> = start.iter_days().take_while(|d| d.month() == 9).collect();
/// let mut out = vec![GregorianDate::MIN; ramadan.len()];
/// bulk::gregorian_from_hijri(&ramadan, &mut out)?;
/// assert_eq!(out[0].to_string(), "2026-02-18");
/// assert_eq!(out.last().unwrap().to_string(), "2026-03-19");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn gregorian_from_hijri(
    input: &[HijriDate],
    output: &mut [GregorianDate],
) -> Result<(), LengthMismatch> {
    let mut cache = GregorianMonthCache::EMPTY;
    hijri_to_rata_die(input, output, |slot, rata_die| *slot = cache.date(rata_die))
}

/// The Gregorian month of the last day converted, to step within it.
struct GregorianMonthCache {
    /// R.D. of day 0 of the month.
    base: i32,
    days: u32,
    first: GregorianDate,
}

impl GregorianMonthCache {
    const EMPTY: GregorianMonthCache =
        GregorianMonthCache { base: 0, days: 0, first: GregorianDate::MIN };

    // Proof: `offset < self.days <= 31`, so the day is 1..=31; `rata_die` is a DayNumber's
    // (inside i32) and the day of the month 1..=31.
    #[allow(clippy::arithmetic_side_effects)]
    #[inline(always)]
    fn date(&mut self, rata_die: i32) -> GregorianDate {
        let offset = rata_die.wrapping_sub(self.base).wrapping_sub(1) as u32;
        if offset < self.days {
            // The day exists in the cached month; `new` only re-checks it.
            if let Ok(date) =
                GregorianDate::new(self.first.year(), self.first.month(), offset as u8 + 1)
            {
                return date;
            }
        }
        // Cannot fail: rata_die came from a valid date.
        let day = DayNumber::from_rata_die(i64::from(rata_die)).unwrap_or(DayNumber::MIN);
        let date = GregorianDate::from_day_number(day);
        self.base = rata_die - i32::from(date.day());
        self.days = u32::from(date.days_in_month());
        self.first = date;
        date
    }
}

/// Whole 400-year Gregorian cycles (146,097 days each) added to a day count so that every
/// DayNumber's is positive: 700 cycles reach before -262143-01-01, and the largest count,
/// about 198 million, fits a u32.
const GREGORIAN_CYCLES: u32 = 700;

/// The proleptic Gregorian year and day of the year (1..=366) of a DayNumber's R.D., without
/// a branch: divisions by constants.
// Proof: for a DayNumber's R.D. (about ±9.6·10^7), `rata_die - 1 + 700 · 146,097` is positive
// and below 2^28; `r < 146,097`, so `r / 146_096 <= r / 36_524` and `n100 * 36_524 <= r`;
// `r < 1,461` next, so `r / 1_460 <= r / 365` and `n1 * 365 <= r`; the year is below 2^20
// before the cycles are taken off.
#[allow(clippy::arithmetic_side_effects)]
#[inline(always)]
fn gregorian_year_and_ordinal(rata_die: i32) -> (i32, u32) {
    let days = (rata_die.wrapping_sub(1) as u32).wrapping_add(GREGORIAN_CYCLES * 146_097);
    let (n400, r) = (days / 146_097, days % 146_097);
    // The last day of a 400-year cycle is in its fourth century, not a fifth; the last day of
    // a four-year cycle in its fourth year. Divisions, not `min`, which is compiled into a
    // branch that a shuffled column mispredicts a quarter of the time.
    let n100 = r / 36_524 - r / 146_096;
    let r = r - n100 * 36_524;
    let (n4, r) = (r / 1_461, r % 1_461);
    let n1 = r / 365 - r / 1_460;
    let year = 400 * n400 + 100 * n100 + 4 * n4 + n1 + 1;
    (year as i32 - (400 * GREGORIAN_CYCLES) as i32, r - n1 * 365 + 1)
}

/// The first year of [`JANUARY_FIRSTS`] and [`YEAR_STARTS`].
#[cfg(feature = "chrono")]
const FIRST_TABLE_YEAR: i32 = 600;

/// Years in [`JANUARY_FIRSTS`] and [`YEAR_STARTS`]: 600 to 2647 CE.
#[cfg(feature = "chrono")]
const TABLE_YEARS: usize = 2048;

/// R.D. of 1 January 600.
// Proof: a constant, so an overflow is a compile error.
#[cfg(feature = "chrono")]
#[allow(clippy::arithmetic_side_effects)]
const FIRST_TABLE_RATA_DIE: i32 = {
    let y = FIRST_TABLE_YEAR - 1;
    365 * y + y / 4 - y / 100 + y / 400 + 1
};

/// Days from 1 January 600 to 1 January of each year of the table, and to the day after it.
// Proof: evaluated only at compile time, where an index out of bounds or an overflow is a
// compile error; `i < TABLE_YEARS` and the array holds one more.
#[cfg(feature = "chrono")]
#[allow(clippy::arithmetic_side_effects, clippy::indexing_slicing)]
const YEAR_STARTS: [u32; TABLE_YEARS + 1] = {
    let mut starts = [0u32; TABLE_YEARS + 1];
    let mut i = 0;
    while i < TABLE_YEARS {
        let year = FIRST_TABLE_YEAR + i as i32;
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        starts[i + 1] = starts[i] + if leap { 366 } else { 365 };
        i += 1;
    }
    starts
};

/// The estimator of a day's year in [`YEAR_STARTS`], as for a month table.
#[cfg(feature = "chrono")]
const YEAR_ESTIMATOR: (u64, u64) = match month_estimator(&YEAR_STARTS, TABLE_YEARS) {
    Some(estimator) => estimator,
    None => (0, 0),
};

/// The year starts in the binary, once (8 KB).
#[cfg(feature = "chrono")]
static YEAR_STARTS_TABLE: [u32; TABLE_YEARS + 1] = YEAR_STARTS;

/// 1 January of each year of the table (8 KB): a date of those years is its year's first day
/// with another day of the year, a mask and a shift of chrono's packed date, instead of the
/// year's flags computed and looked up.
// Proof: evaluated only at compile time, where an index out of bounds or an overflow is a
// compile error; `i < TABLE_YEARS`.
#[cfg(feature = "chrono")]
#[allow(clippy::arithmetic_side_effects, clippy::indexing_slicing)]
static JANUARY_FIRSTS: [chrono::NaiveDate; TABLE_YEARS] = {
    let mut dates = [chrono::NaiveDate::MIN; TABLE_YEARS];
    let mut i = 0;
    while i < TABLE_YEARS {
        dates[i] = match chrono::NaiveDate::from_yo_opt(FIRST_TABLE_YEAR + i as i32, 1) {
            Some(date) => date,
            None => chrono::NaiveDate::MIN,
        };
        i += 1;
    }
    dates
};

// Proof: a constant, so an index out of bounds or an overflow is a compile error.
#[cfg(feature = "chrono")]
#[allow(clippy::arithmetic_side_effects, clippy::indexing_slicing)]
const _: () = {
    // The estimate of the first and the last day of every year is the year or the next.
    let (scale, bias) = YEAR_ESTIMATOR;
    assert!(scale != 0);
    let mut i = 0;
    while i < TABLE_YEARS {
        let first = ((YEAR_STARTS[i] as u64 * scale + bias) >> 32) as usize;
        let last = (((YEAR_STARTS[i + 1] - 1) as u64 * scale + bias) >> 32) as usize;
        assert!(first >= i && first <= i + 1 && last >= i && last <= i + 1);
        i += 1;
    }
    // 1 January 2000 is R.D. 730,120.
    assert!(FIRST_TABLE_RATA_DIE as u32 + YEAR_STARTS[1400] == 730_120);
};

/// The `NaiveDate` of a DayNumber's R.D.: for the years of the table, one estimate of the
/// year, one comparison with the next year's start, and the year's first day with another
/// day of the year, without a branch; other years from their year and day of the year.
#[cfg(feature = "chrono")]
#[inline(always)]
fn naive_date(rata_die: i32) -> chrono::NaiveDate {
    use chrono::{Datelike, NaiveDate};
    let day = rata_die.wrapping_sub(FIRST_TABLE_RATA_DIE) as u32;
    let date = if day < YEAR_STARTS[TABLE_YEARS] {
        // Proof: `day` is below 2^20 and the scale below 2^24, the bias below 2^34: the
        // estimate fits a u64 and is the day's year or the next (checked at compile time), so
        // the index is the day's year, `start <= day` and the day of the year 1..=366 (the
        // estimate is 0 only when the year is, and then `at` is 0).
        #[allow(clippy::arithmetic_side_effects)]
        {
            let estimate = ((u64::from(day) * YEAR_ESTIMATOR.0 + YEAR_ESTIMATOR.1) >> 32) as usize;
            // The estimate is the year or the next; the year's start settles which.
            let at = YEAR_STARTS_TABLE.get(estimate).copied().unwrap_or(0);
            let index = estimate.wrapping_sub(usize::from(at > day));
            let start = YEAR_STARTS_TABLE.get(index).copied().unwrap_or(0);
            let first = JANUARY_FIRSTS.get(index).copied().unwrap_or(NaiveDate::MIN);
            first.with_ordinal(day - start + 1)
        }
    } else {
        let (year, ordinal) = gregorian_year_and_ordinal(rata_die);
        NaiveDate::from_yo_opt(year, ordinal)
    };
    // Every DayNumber's R.D. is a NaiveDate's day count; the fallback is never produced.
    date.unwrap_or(NaiveDate::MIN)
}

/// Converts a column of Hijri dates (in any calendars) to `chrono::NaiveDate`s; see
/// [`day_numbers_from_hijri`].
///
/// # Errors
/// [`LengthMismatch`] when `output` is not as long as `input`; nothing is written then.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use hijri_calendar::bulk;
/// use hijri_calendar::{Calendar, HijriDate};
///
/// let dates = [HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?];
/// let mut out = [NaiveDate::MIN];
/// bulk::naive_dates_from_hijri(&dates, &mut out)?;
/// assert_eq!(out[0], NaiveDate::from_ymd_opt(2020, 10, 1).unwrap());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg(feature = "chrono")]
pub fn naive_dates_from_hijri(
    input: &[HijriDate],
    output: &mut [chrono::NaiveDate],
) -> Result<(), LengthMismatch> {
    use chrono::{Datelike, NaiveDate};
    check_lengths(input.len(), output.len())?;
    let mut days = [0i32; CHUNK];
    for (out, items) in output.chunks_mut(CHUNK).zip(input.chunks(CHUNK)) {
        chunk_rata_dies(items, &mut days, |day, rata_die| *day = rata_die);
        let days = days.get(..items.len()).unwrap_or_default();
        // A chunk whose ends are a year apart or more is not in one year: its least and
        // greatest days, and the year of the least, are not needed then.
        let (first, last) = (days.first().copied().unwrap_or(0), days.last().copied().unwrap_or(0));
        let (least, greatest) = if last.wrapping_sub(first).unsigned_abs() < 366 {
            least_and_greatest(days)
        } else {
            (first, first.wrapping_add(366))
        };
        // The Gregorian year of the least day: R.D. of its day 0, and its length.
        let year = (greatest.wrapping_sub(least) < 366).then(|| {
            let first = naive_date(least);
            let length = if first.leap_year() { 366 } else { 365 };
            // Proof: `least` is a DayNumber's R.D. (inside i32) and the ordinal 1..=366.
            #[allow(clippy::arithmetic_side_effects)]
            let base = least - first.ordinal() as i32;
            (first, base, length)
        });
        // Proof: every day of the chunk is at least `least`, so `day - base` is positive.
        #[allow(clippy::arithmetic_side_effects)]
        if let Some((first, base, _)) = year.filter(|&(_, base, length)| greatest - base <= length)
        {
            // The whole chunk in one year (a time series): the first date with another day
            // of the year.
            for (slot, &day) in out.iter_mut().zip(days) {
                *slot = first.with_ordinal((day - base) as u32).unwrap_or(NaiveDate::MIN);
            }
        } else {
            for (slot, &day) in out.iter_mut().zip(days) {
                *slot = naive_date(day);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The four-lane least and greatest agree with a plain search, for every length up to two
    /// chunks and the extreme values anywhere.
    #[test]
    fn least_and_greatest_of_every_length() {
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for length in 0..=2 * CHUNK {
            for round in 0..50 {
                let days: alloc::vec::Vec<i32> = (0..length)
                    .map(|i| {
                        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                        match (round + i) % 7 {
                            0 => i32::MIN,
                            1 => i32::MAX,
                            _ => (state >> 33) as i32 - (1 << 30),
                        }
                    })
                    .collect();
                let expected = (
                    days.iter().copied().min().unwrap_or(i32::MAX),
                    days.iter().copied().max().unwrap_or(i32::MIN),
                );
                assert_eq!(least_and_greatest(&days), expected, "{days:?}");
            }
        }
    }

    /// The division by 30 as a multiplication is exact for every number the closed form of
    /// `NearTabular` divides (`11·y + k + 30` for its years, `k` at most 4), and one past.
    #[test]
    fn near_tabular_division_is_exact() {
        for x in 0..=11 * NearTabular::YEARS + 35 {
            assert_eq!(x.wrapping_mul(34_953) >> 20, x / 30, "{x}");
        }
    }

    /// `NearTabular` gives the single conversion's R.D. for the first and last days of every
    /// month of its years, in every leap cycle and epoch, and holds exactly those years.
    #[test]
    fn near_tabular_is_the_tabular_calendar() {
        for cycle in LeapCycle::ALL {
            for epoch in Epoch::ALL {
                let calendar = Calendar::Tabular { cycle, epoch };
                let near = NearTabular::new(cycle, epoch);
                for year in 0..NearTabular::YEARS as i32 {
                    for month in 1..=12 {
                        let length =
                            HijriDate::new(calendar, year, month, 1).unwrap().days_in_month();
                        for day in [1, length] {
                            let date = HijriDate::new(calendar, year, month, day).unwrap();
                            let want = date.to_day_number().rata_die();
                            let got = near.rata_die(year as u32, month, day);
                            assert_eq!(i64::from(got), want, "{date}");
                        }
                    }
                }
            }
        }
        assert!(NearTabular::holds(0) && NearTabular::holds(NearTabular::YEARS - 1));
        assert!(!NearTabular::holds(NearTabular::YEARS) && !NearTabular::holds(-1i32 as u32));
    }
}
