//! The proleptic Gregorian calendar and its day numbers.
//!
//! Reference: Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms" (2013), the
//! `days_from_civil` and `civil_from_days` algorithms: a year that starts on 1 March, so that
//! the leap day is the last day of its year, counted in eras of 400 years (146,097 days).

use core::fmt;

use super::day_number::DayNumber;
use crate::error::{Field, RangeError};

/// The first Gregorian year the crate supports (that of `chrono::NaiveDate::MIN`).
pub(crate) const MIN_YEAR: i32 = -262_143;
/// The last Gregorian year the crate supports (that of `chrono::NaiveDate::MAX`).
pub(crate) const MAX_YEAR: i32 = 262_142;

/// R.D. of 1970-01-01, the epoch of Hinnant's algorithms.
const UNIX_EPOCH_RATA_DIE: i64 = 719_163;
/// Days from 0000-03-01 to 1970-01-01.
const MARCH_ZERO_TO_UNIX: i64 = 719_468;

/// The R.D. of a valid proleptic Gregorian date (`month` 1..=12, `day` valid for the month).
pub(crate) const fn rata_die_from_ymd(year: i32, month: u8, day: u8) -> i64 {
    let y = year as i64 - if month <= 2 { 1 } else { 0 };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let month_from_march = (month as i64 + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day as i64 - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - MARCH_ZERO_TO_UNIX + UNIX_EPOCH_RATA_DIE
}

/// The proleptic Gregorian year, month and day of an R.D. inside the supported range.
pub(crate) const fn ymd_from_rata_die(rata_die: i64) -> (i32, u8, u8) {
    let z = rata_die - UNIX_EPOCH_RATA_DIE + MARCH_ZERO_TO_UNIX;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 { month_from_march + 3 } else { month_from_march - 9 };
    let year = year_of_era + era * 400 + if month <= 2 { 1 } else { 0 };
    // The casts cannot truncate: the supported range keeps years inside ±262,143.
    (year as i32, month as u8, day as u8)
}

/// Whether a proleptic Gregorian year has 366 days.
pub(crate) const fn is_leap_year(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days in a Gregorian month (`month` 1..=12).
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
    pub const fn from_day_number(day: DayNumber) -> GregorianDate {
        let (year, month, day) = ymd_from_rata_die(day.rata_die());
        GregorianDate { year, month, day }
    }

    /// The day number of this date.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::GregorianDate;
    /// assert_eq!(GregorianDate::new(2020, 10, 1)?.to_day_number().rata_die(), 737_699);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
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
