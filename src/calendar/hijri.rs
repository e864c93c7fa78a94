//! [`HijriDate`]: a validated date in one of the Hijri calendars, and its arithmetic.
//!
//! Bounds used by the proofs below: a [`HijriDate`] is validated, so its month is 1..=12, its
//! day 1..=30 and its R.D. a [`DayNumber`]'s (inside ±10^8); years are `i32`s, worked in i64.

use core::fmt;
use core::iter::FusedIterator;

use super::{
    check_date, days_in_month_unchecked, days_in_year_unchecked, rata_die_from_ymd_unchecked,
    tabular, umm_al_qura, ymd_from_rata_die, Calendar, DayNumber, GregorianDate, Weekday,
};
use crate::error::{RangeError, Unit};
use crate::national;

/// A date in a Hijri calendar: year, month (1..=12) and day (1..=30), and the calendar.
///
/// A `HijriDate` is always valid in its calendar. It is small (24 bytes: the fields and the
/// calendar, see [`design`](crate::design)) and `Copy`. Two dates
/// are equal when year, month, day and calendar are; ordering compares year, month and day
/// first, so it is chronological within one calendar (compare
/// [`to_day_number`](HijriDate::to_day_number) across calendars). `Display` prints ISO style
/// (`1442-02-14`); `Debug` adds the calendar.
///
/// # Example
/// ```
/// use hijri_calendar::{Calendar, GregorianDate, HijriDate, Weekday};
///
/// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
/// assert_eq!(date.to_gregorian(), GregorianDate::new(2020, 10, 1)?);
/// assert_eq!(date.weekday(), Weekday::Thursday);
/// assert_eq!(date.to_string(), "1442-02-14");
/// assert_eq!(format!("{date:?}"), "HijriDate(1442-02-14, islamic-umalqura)");
/// # Ok::<(), hijri_calendar::RangeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct HijriDate {
    year: i32,
    month: u8,
    day: u8,
    calendar: Calendar,
}

/// What month and year arithmetic does when the day does not exist in the target month.
///
/// # Example
/// ```
/// use hijri_calendar::{Calendar, HijriDate, Overflow};
///
/// // Safar 1442 has 30 days in Umm al-Qura, Rabi al-Awwal 1442 has 29.
/// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 30)?;
/// assert_eq!(date.add_months(1, Overflow::Clamp)?.to_string(), "1442-03-29");
/// assert!(date.add_months(1, Overflow::Reject).is_err());
/// # Ok::<(), hijri_calendar::RangeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Overflow {
    /// Use the last day of the target month instead.
    Clamp,
    /// Return the range error for the day.
    Reject,
}

/// A difference between two dates in whole years, months and days, as
/// [`HijriDate::until`] returns it. All three have the same sign.
///
/// # Example
/// ```
/// use hijri_calendar::{Calendar, HijriDate};
/// let a = HijriDate::new(Calendar::UmmAlQura, 1440, 9, 1)?;
/// let b = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
/// let d = a.until(b)?;
/// assert_eq!((d.years, d.months, d.days), (1, 5, 13));
/// # Ok::<(), hijri_calendar::RangeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub struct DateDifference {
    /// Whole years.
    pub years: i32,
    /// Whole months after the years, -11..=11.
    pub months: i32,
    /// Days after the years and months, -30..=30.
    pub days: i32,
}

impl HijriDate {
    /// A validated date.
    ///
    /// The checks run in order: the year must hold supported days, the month must be 1..=12,
    /// the day must exist in that month; for a tabular calendar, whose range ends inside a year,
    /// the date must also lie inside [`Calendar::first_date`]..=[`Calendar::last_date`].
    /// It is a `const fn`, so dates can be checked at compile time.
    ///
    /// # Errors
    /// A [`RangeError`] naming the first field that is out of range and the values allowed.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    ///
    /// const DATE: HijriDate = match HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14) {
    ///     Ok(date) => date,
    ///     Err(_) => panic!("not a date"),
    /// };
    /// assert_eq!(DATE.day(), 14);
    ///
    /// let err = HijriDate::new(Calendar::UmmAlQura, 1442, 1, 30).unwrap_err();
    /// assert_eq!(err.to_string(), "day 30 is out of range for Muharram 1442 in islamic-umalqura (1..=29)");
    /// let err = HijriDate::new(Calendar::UmmAlQura, 1442, 13, 1).unwrap_err();
    /// assert_eq!(err.to_string(), "month 13 is out of range for year 1442 in islamic-umalqura (1..=12)");
    /// let err = HijriDate::new(Calendar::UmmAlQura, 1601, 1, 1).unwrap_err();
    /// assert_eq!(err.to_string(), "year 1601 is out of range for islamic-umalqura (1300..=1600)");
    /// ```
    #[inline(always)]
    pub const fn new(
        calendar: Calendar,
        year: i32,
        month: u8,
        day: u8,
    ) -> Result<HijriDate, RangeError> {
        // Umm al-Qura, the computed calendars and the tabular calendars inside their whole
        // years are settled by a few comparisons; everything else, and every invalid date
        // (whose error says what is wrong), goes through `check_date`.
        if matches!(calendar, Calendar::UmmAlQura) && umm_al_qura::is_valid(year, month, day) {
            return Ok(HijriDate { year, month, day, calendar });
        }
        if let Calendar::Tabular { cycle, .. } = calendar {
            if tabular::is_valid_in_whole_years(cycle, year, month, day) {
                return Ok(HijriDate { year, month, day, calendar });
            }
        }
        if let Calendar::Computed(criterion) = calendar {
            if national::is_valid(criterion, year, month, day) {
                return Ok(HijriDate { year, month, day, calendar });
            }
        }
        match check_date(calendar, year, month, day) {
            Ok(_) => Ok(HijriDate { year, month, day, calendar }),
            Err(err) => Err(err),
        }
    }

    /// A date whose fields the caller has already checked.
    #[inline]
    pub(crate) const fn from_parts_unchecked(
        calendar: Calendar,
        year: i32,
        month: u8,
        day: u8,
    ) -> HijriDate {
        HijriDate { year, month, day, calendar }
    }

    /// The date of a day number in a calendar.
    ///
    /// # Errors
    /// A [`RangeError`] when the day lies outside the calendar's range.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, DayNumber, HijriDate};
    ///
    /// let day = DayNumber::from_rata_die(737_699)?; // 2020-10-01
    /// assert_eq!(HijriDate::from_day_number(Calendar::UmmAlQura, day)?.to_string(), "1442-02-14");
    /// assert_eq!(
    ///     HijriDate::from_day_number(Calendar::UmmAlQura, DayNumber::MAX).unwrap_err().to_string(),
    ///     "gregorian date 262142-12-31 is out of range for islamic-umalqura (1882-11-12..=2174-11-25)"
    /// );
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline(always)]
    pub const fn from_day_number(
        calendar: Calendar,
        day: DayNumber,
    ) -> Result<HijriDate, RangeError> {
        HijriDate::from_rata_die_in_range(calendar, day.rata_die())
    }

    /// The date of an R.D. inside the supported range (a [`DayNumber`]'s) in a calendar:
    /// [`from_day_number`](HijriDate::from_day_number) without the day number, for
    /// [`from_gregorian`](HijriDate::from_gregorian).
    #[inline(always)]
    const fn from_rata_die_in_range(
        calendar: Calendar,
        rata_die: i64,
    ) -> Result<HijriDate, RangeError> {
        // The commonest calendars by one match arm each: Umm al-Qura and the computed
        // calendars inside their tables, and the tabular calendars, whose range is every day
        // number. The rest, and every error, go through the general dispatch.
        let (year, month, day) = match calendar {
            Calendar::UmmAlQura
                if rata_die >= umm_al_qura::FIRST_RATA_DIE
                    && rata_die <= umm_al_qura::LAST_RATA_DIE =>
            {
                umm_al_qura::ymd_from_rata_die(rata_die)
            }
            Calendar::Tabular { cycle, epoch } => {
                tabular::ymd_from_rata_die(cycle, epoch, rata_die)
            }
            Calendar::Computed(criterion)
                if rata_die >= national::first_rata_die(criterion)
                    && rata_die <= national::last_rata_die(criterion) =>
            {
                national::ymd_from_rata_die(criterion, rata_die)
            }
            _ => match ymd_from_rata_die(calendar, rata_die) {
                Ok(ymd) => ymd,
                Err(err) => return Err(err),
            },
        };
        Ok(HijriDate { year, month, day, calendar })
    }

    /// The day number of this date.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
    /// assert_eq!(date.to_day_number().rata_die(), 737_699);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline(always)]
    pub const fn to_day_number(self) -> DayNumber {
        let rata_die = rata_die_from_ymd_unchecked(self.calendar, self.year, self.month, self.day);
        // Every HijriDate lies inside its calendar's range, which lies inside DayNumber's; the
        // fallback is never produced.
        match DayNumber::from_rata_die(rata_die) {
            Ok(day) => day,
            Err(_) => DayNumber::MIN,
        }
    }

    /// The date of a Gregorian date in a calendar.
    ///
    /// # Errors
    /// A [`RangeError`] when the day lies outside the calendar's range.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, GregorianDate, HijriDate};
    ///
    /// let gregorian = GregorianDate::new(2020, 10, 1)?;
    /// assert_eq!(HijriDate::from_gregorian(Calendar::UmmAlQura, gregorian)?.to_string(), "1442-02-14");
    /// assert_eq!(HijriDate::from_gregorian(Calendar::CIVIL, gregorian)?.to_string(), "1442-02-13");
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline(always)]
    pub const fn from_gregorian(
        calendar: Calendar,
        date: GregorianDate,
    ) -> Result<HijriDate, RangeError> {
        HijriDate::from_rata_die_in_range(calendar, date.rata_die())
    }

    /// The proleptic Gregorian date of this day.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1441, 10, 1)?;
    /// assert_eq!(date.to_gregorian().to_string(), "2020-05-24");
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline(always)]
    pub const fn to_gregorian(self) -> GregorianDate {
        // The R.D. of a valid date lies inside the supported range, so it needs no check.
        GregorianDate::from_rata_die_in_range(rata_die_from_ymd_unchecked(
            self.calendar,
            self.year,
            self.month,
            self.day,
        ))
    }

    /// The same day in another calendar.
    ///
    /// # Errors
    /// A [`RangeError`] when the day lies outside the other calendar's range.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
    /// assert_eq!(date.to_calendar(Calendar::TBLA)?.to_string(), "1442-02-14");
    /// assert_eq!(date.to_calendar(Calendar::CIVIL)?.to_string(), "1442-02-13");
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn to_calendar(self, calendar: Calendar) -> Result<HijriDate, RangeError> {
        HijriDate::from_day_number(calendar, self.to_day_number())
    }

    /// The year (may be zero or negative in the tabular calendars: year 0 precedes 1 AH).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    /// assert_eq!(HijriDate::new(Calendar::CIVIL, -5, 1, 1)?.year(), -5);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 (Muharram) ..= 12 (Dhu al-Hijjah).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    /// assert_eq!(HijriDate::new(Calendar::UmmAlQura, 1447, 9, 1)?.month(), 9);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1..=30.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    /// assert_eq!(HijriDate::new(Calendar::UmmAlQura, 1447, 9, 1)?.day(), 1);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn day(self) -> u8 {
        self.day
    }

    /// The calendar the date is in.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    /// assert_eq!(HijriDate::new(Calendar::CIVIL, 1447, 9, 1)?.calendar(), Calendar::CIVIL);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn calendar(self) -> Calendar {
        self.calendar
    }

    /// Whether this date is not from a calendar's table but extrapolated: true only for
    /// [`Calendar::UmmAlQuraExtended`] outside 1300..=1600 AH, where it follows the tabular
    /// civil calendar.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    /// assert!(!HijriDate::new(Calendar::UmmAlQuraExtended, 1442, 2, 14)?.is_extrapolated());
    /// assert!(HijriDate::new(Calendar::UmmAlQuraExtended, 1700, 1, 1)?.is_extrapolated());
    /// assert!(!HijriDate::new(Calendar::CIVIL, 1700, 1, 1)?.is_extrapolated());
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn is_extrapolated(self) -> bool {
        matches!(self.calendar, Calendar::UmmAlQuraExtended)
            && !super::in_umm_al_qura_table(self.year)
    }

    /// The day of the week.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate, Weekday};
    /// assert_eq!(HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?.weekday(), Weekday::Thursday);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn weekday(self) -> Weekday {
        self.to_day_number().weekday()
    }

    /// The day of the year, 1..=355.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    /// assert_eq!(HijriDate::new(Calendar::CIVIL, 1442, 2, 14)?.day_of_year(), 44);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    // Proof: two R.D.s of the same valid year (inside ±10^8), 0..=354 apart, plus one.
    #[allow(clippy::arithmetic_side_effects)]
    pub const fn day_of_year(self) -> u16 {
        let start = rata_die_from_ymd_unchecked(self.calendar, self.year, 1, 1);
        let this = rata_die_from_ymd_unchecked(self.calendar, self.year, self.month, self.day);
        (this - start + 1) as u16
    }

    /// The number of days in this date's month, 29 or 30.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    /// assert_eq!(HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?.days_in_month(), 30);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn days_in_month(self) -> u8 {
        days_in_month_unchecked(self.calendar, self.year, self.month)
    }

    /// The number of days in this date's year, 354 or 355.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    /// assert_eq!(HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?.days_in_year(), 354);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn days_in_year(self) -> u16 {
        days_in_year_unchecked(self.calendar, self.year)
    }

    /// Whether this date's year has 355 days.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    /// assert!(HijriDate::new(Calendar::CIVIL, 1442, 2, 14)?.is_leap_year());
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn is_leap_year(self) -> bool {
        self.days_in_year() == 355
    }

    /// The first day of this date's month.
    ///
    /// # Errors
    /// A [`RangeError`] when that day precedes the calendar's range (only in the first month of
    /// a tabular calendar's range).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
    /// assert_eq!(date.first_day_of_month()?.to_string(), "1442-02-01");
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn first_day_of_month(self) -> Result<HijriDate, RangeError> {
        HijriDate::new(self.calendar, self.year, self.month, 1)
    }

    /// The last day of this date's month.
    ///
    /// # Errors
    /// A [`RangeError`] when that day follows the calendar's range (only in the last month of a
    /// tabular calendar's range).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
    /// assert_eq!(date.last_day_of_month()?.to_string(), "1442-02-30");
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn last_day_of_month(self) -> Result<HijriDate, RangeError> {
        HijriDate::new(self.calendar, self.year, self.month, self.days_in_month())
    }

    /// The first day of this date's year, 1 Muharram.
    ///
    /// # Errors
    /// A [`RangeError`] when that day precedes the calendar's range (only in the first year of
    /// a tabular calendar's range).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
    /// assert_eq!(date.first_day_of_year()?.to_gregorian().to_string(), "2020-08-20");
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn first_day_of_year(self) -> Result<HijriDate, RangeError> {
        HijriDate::new(self.calendar, self.year, 1, 1)
    }

    /// The last day of this date's year, the last of Dhu al-Hijjah.
    ///
    /// # Errors
    /// A [`RangeError`] when that day follows the calendar's range (only in the last year of a
    /// tabular calendar's range).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
    /// assert_eq!(date.last_day_of_year()?.to_string(), "1442-12-29");
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn last_day_of_year(self) -> Result<HijriDate, RangeError> {
        HijriDate::new(
            self.calendar,
            self.year,
            12,
            days_in_month_unchecked(self.calendar, self.year, 12),
        )
    }

    /// The date `days` days later (earlier when negative).
    ///
    /// # Errors
    /// A [`RangeError`] when the result lies outside the calendar's range.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
    /// assert_eq!(date.add_days(17)?.to_string(), "1442-03-01");
    /// assert_eq!(date.add_days(-14)?.to_string(), "1442-01-29");
    /// assert_eq!(
    ///     date.add_days(i64::MAX).unwrap_err().to_string(),
    ///     "1442-02-14 plus 9223372036854775807 days is out of range for islamic-umalqura (1300-01-01..=1600-12-30)"
    /// );
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn add_days(self, days: i64) -> Result<HijriDate, RangeError> {
        let rata_die = self.to_day_number().rata_die();
        let out_of_range = RangeError::arithmetic(self, days, Unit::Days);
        let Some(target) = rata_die.checked_add(days) else {
            return Err(out_of_range);
        };
        let Ok(day) = DayNumber::from_rata_die(target) else {
            return Err(out_of_range);
        };
        match HijriDate::from_day_number(self.calendar, day) {
            Ok(date) => Ok(date),
            Err(_) => Err(out_of_range),
        }
    }

    /// The date `days` days earlier (later when negative).
    ///
    /// # Errors
    /// A [`RangeError`] when the result lies outside the calendar's range.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
    /// assert_eq!(date.sub_days(14)?.to_string(), "1442-01-29");
    /// assert!(date.sub_days(i64::MIN).is_err());
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn sub_days(self, days: i64) -> Result<HijriDate, RangeError> {
        match days.checked_neg() {
            Some(negated) => self.add_days(negated),
            None => Err(RangeError::arithmetic(self, days, Unit::Days)),
        }
    }

    /// The date `months` months later (earlier when negative), with the same day of the month;
    /// `overflow` says what happens when the target month is too short.
    ///
    /// # Errors
    /// A [`RangeError`] when the target month lies outside the calendar's range, or, with
    /// [`Overflow::Reject`], when the day does not exist in the target month.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate, Overflow};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 30)?;
    /// assert_eq!(date.add_months(11, Overflow::Clamp)?.to_string(), "1443-01-30");
    /// assert_eq!(date.add_months(-2, Overflow::Clamp)?.to_string(), "1441-12-29");
    /// assert_eq!(
    ///     date.add_months(1, Overflow::Reject).unwrap_err().to_string(),
    ///     "day 30 is out of range for Rabi al-Awwal 1442 in islamic-umalqura (1..=29)"
    /// );
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn add_months(
        self,
        months: i64,
        overflow: Overflow,
    ) -> Result<HijriDate, RangeError> {
        let out_of_range = RangeError::arithmetic(self, months, Unit::Months);
        // Proof: an i32 times 12 plus 0..=11, in i64, cannot overflow.
        #[allow(clippy::arithmetic_side_effects)]
        let index = self.year as i64 * 12 + (self.month as i64 - 1);
        let Some(target) = index.checked_add(months) else {
            return Err(out_of_range);
        };
        let year = target.div_euclid(12);
        // Proof: `rem_euclid(12)` is 0..=11, so the month is 1..=12.
        #[allow(clippy::arithmetic_side_effects)]
        let month = (target.rem_euclid(12) + 1) as u8;
        if year < i32::MIN as i64 || year > i32::MAX as i64 {
            return Err(out_of_range);
        }
        self.with_year_month(year as i32, month, overflow, out_of_range)
    }

    /// The date `months` months earlier (later when negative); see [`HijriDate::add_months`].
    ///
    /// # Errors
    /// As for [`HijriDate::add_months`].
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate, Overflow};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
    /// assert_eq!(date.sub_months(2, Overflow::Reject)?.to_string(), "1441-12-14");
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn sub_months(
        self,
        months: i64,
        overflow: Overflow,
    ) -> Result<HijriDate, RangeError> {
        match months.checked_neg() {
            Some(negated) => self.add_months(negated, overflow),
            None => Err(RangeError::arithmetic(self, months, Unit::Months)),
        }
    }

    /// The same month and day `years` years later (earlier when negative); `overflow` says what
    /// happens when the day does not exist in that year's month.
    ///
    /// # Errors
    /// A [`RangeError`] when the target year lies outside the calendar's range, or, with
    /// [`Overflow::Reject`], when the day does not exist.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate, Overflow};
    /// let date = HijriDate::new(Calendar::CIVIL, 1442, 12, 30)?; // a leap year
    /// assert_eq!(date.add_years(1, Overflow::Clamp)?.to_string(), "1443-12-29");
    /// assert!(date.add_years(1, Overflow::Reject).is_err());
    /// assert!(date.add_years(i64::MAX, Overflow::Clamp).is_err());
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn add_years(self, years: i64, overflow: Overflow) -> Result<HijriDate, RangeError> {
        let out_of_range = RangeError::arithmetic(self, years, Unit::Years);
        let Some(year) = (self.year as i64).checked_add(years) else {
            return Err(out_of_range);
        };
        if year < i32::MIN as i64 || year > i32::MAX as i64 {
            return Err(out_of_range);
        }
        self.with_year_month(year as i32, self.month, overflow, out_of_range)
    }

    /// The same month and day `years` years earlier (later when negative); see
    /// [`HijriDate::add_years`].
    ///
    /// # Errors
    /// As for [`HijriDate::add_years`].
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate, Overflow};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
    /// assert_eq!(date.sub_years(142, Overflow::Reject)?.to_string(), "1300-02-14");
    /// assert!(date.sub_years(143, Overflow::Reject).is_err());
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn sub_years(self, years: i64, overflow: Overflow) -> Result<HijriDate, RangeError> {
        match years.checked_neg() {
            Some(negated) => self.add_years(negated, overflow),
            None => Err(RangeError::arithmetic(self, years, Unit::Years)),
        }
    }

    /// This date's day in another year and month, clamped or rejected as `overflow` says.
    #[inline]
    const fn with_year_month(
        self,
        year: i32,
        month: u8,
        overflow: Overflow,
        out_of_range: RangeError,
    ) -> Result<HijriDate, RangeError> {
        let (min_year, max_year) = self.calendar.year_range();
        if year < min_year || year > max_year {
            return Err(out_of_range);
        }
        let last = days_in_month_unchecked(self.calendar, year, month);
        let day = match overflow {
            Overflow::Clamp if self.day > last => last,
            _ => self.day,
        };
        match HijriDate::new(self.calendar, year, month, day) {
            Ok(date) => Ok(date),
            // A day that does not exist in the month is the caller's concern (Reject); a
            // date outside a partly supported year is out of range.
            Err(err) if day > last => Err(err),
            Err(_) => Err(out_of_range),
        }
    }

    /// The number of days from `self` to `other` (positive when `other` is later); the two may
    /// be in different calendars.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let a = HijriDate::new(Calendar::UmmAlQura, 1441, 9, 1)?;
    /// let b = HijriDate::new(Calendar::UmmAlQura, 1441, 10, 1)?;
    /// assert_eq!(a.days_until(b), 30);
    /// assert_eq!(b.days_until(a), -30);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn days_until(self, other: HijriDate) -> i64 {
        self.to_day_number().days_until(other.to_day_number())
    }

    /// The difference from `self` to `other` in years, months and days, in `self`'s calendar.
    ///
    /// The result is the largest whole number of months `m` (positive or negative) such that
    /// `self.add_months(m, Overflow::Clamp)` does not pass `other`, split into years and months,
    /// plus the days left over; so `self + years + months (clamped) + days == other`.
    ///
    /// # Errors
    /// A [`RangeError`] when `other` lies outside `self`'s calendar.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate, Overflow};
    /// let a = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
    /// let b = HijriDate::new(Calendar::UmmAlQura, 1447, 9, 1)?;
    /// let d = a.until(b)?;
    /// assert_eq!((d.years, d.months, d.days), (5, 6, 16)); // Shaban 1447 has 29 days
    /// let back = b.until(a)?;
    /// assert_eq!((back.years, back.months, back.days), (-5, -6, -17)); // not symmetric
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    pub fn until(self, other: HijriDate) -> Result<DateDifference, RangeError> {
        let other = other.to_calendar(self.calendar)?;
        let target = other.to_day_number();
        let forward = target >= self.to_day_number();
        // Proof: differences of i32 years and of months 1..=12, in i64, cannot overflow.
        #[allow(clippy::arithmetic_side_effects)]
        let mut months =
            (other.year as i64 - self.year as i64) * 12 + (other.month as i64 - self.month as i64);
        // Step back towards `self` while the month step passes `other` (at most twice); zero
        // months never passes it, so the loop ends.
        let landed = loop {
            let passes = match self.add_months(months, Overflow::Clamp) {
                Ok(date) if forward => date.to_day_number() > target,
                Ok(date) => date.to_day_number() < target,
                Err(_) => true,
            };
            if !passes {
                break self.add_months(months, Overflow::Clamp)?;
            }
            // Proof: the loop steps at most twice from a value below 2^37 in magnitude.
            #[allow(clippy::arithmetic_side_effects)]
            {
                months += if forward { -1 } else { 1 };
            }
        };
        let days = landed.days_until(other);
        Ok(DateDifference {
            // |months| ≤ 12 × the span of years, which fits i32 years and stays small for months.
            years: (months / 12) as i32,
            months: (months % 12) as i32,
            days: days as i32,
        })
    }

    /// An iterator over this day and every later day of the calendar's range.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 29)?;
    /// let days: Vec<String> = date.iter_days().take(3).map(|d| d.to_string()).collect();
    /// assert_eq!(days, ["1442-02-29", "1442-02-30", "1442-03-01"]);
    /// assert_eq!(Calendar::UmmAlQura.last_date().iter_days().count(), 1);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn iter_days(self) -> Days {
        Days { next: Some(self) }
    }

    /// An iterator over the first day of this date's month and of every later month of the
    /// calendar's range (the first item is `self` itself when the month's first day is not
    /// supported).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1600, 11, 14)?;
    /// let months: Vec<String> = date.iter_months().map(|d| d.to_string()).collect();
    /// assert_eq!(months, ["1600-11-01", "1600-12-01"]);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn iter_months(self) -> Months {
        match self.first_day_of_month() {
            Ok(first) => Months { next: Some(first) },
            Err(_) => Months { next: Some(self) },
        }
    }
}

impl fmt::Display for HijriDate {
    /// `YYYY-MM-DD`: the year zero-padded to four digits, a negative year with a leading `-`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        super::write_iso(f, self.year, self.month, self.day)
    }
}

impl fmt::Debug for HijriDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HijriDate({self}, {})", self.calendar)
    }
}

/// The days from a date on, to the end of its calendar's range; see [`HijriDate::iter_days`].
///
/// # Example
/// ```
/// use hijri_calendar::{Calendar, HijriDate};
/// let start = HijriDate::new(Calendar::UmmAlQura, 1447, 9, 1)?;
/// assert_eq!(start.iter_days().take_while(|d| d.month() == 9).count(), 30);
/// # Ok::<(), hijri_calendar::RangeError>(())
/// ```
#[derive(Clone, Debug)]
pub struct Days {
    next: Option<HijriDate>,
}

impl Iterator for Days {
    type Item = HijriDate;

    fn next(&mut self) -> Option<HijriDate> {
        let current = self.next?;
        self.next = current.add_days(1).ok();
        Some(current)
    }
}

impl FusedIterator for Days {}

/// The first days of successive months; see [`HijriDate::iter_months`].
///
/// # Example
/// ```
/// use hijri_calendar::{Calendar, HijriDate};
/// let start = HijriDate::new(Calendar::UmmAlQura, 1447, 1, 1)?;
/// let lengths: u16 = start.iter_months().take(12).map(|m| u16::from(m.days_in_month())).sum();
/// assert_eq!(lengths, start.days_in_year());
/// # Ok::<(), hijri_calendar::RangeError>(())
/// ```
#[derive(Clone, Debug)]
pub struct Months {
    next: Option<HijriDate>,
}

impl Iterator for Months {
    type Item = HijriDate;

    // Proof: an i32 times 12 plus 1..=12, in i64, cannot overflow; `rem_euclid(12) + 1` is
    // 1..=12.
    #[allow(clippy::arithmetic_side_effects)]
    fn next(&mut self) -> Option<HijriDate> {
        let current = self.next?;
        let index = current.year as i64 * 12 + current.month as i64; // the next month, 0-based
        self.next = i32::try_from(index.div_euclid(12)).ok().and_then(|year| {
            let month = (index.rem_euclid(12) + 1) as u8;
            HijriDate::new(current.calendar, year, month, 1).ok()
        });
        Some(current)
    }
}

impl FusedIterator for Months {}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The quick paths of `HijriDate::new` accept exactly what `check_date` accepts.
        #[test]
        fn new_agrees_with_the_general_check(
            calendar in proptest::sample::select(&Calendar::ALL[..]),
            year in proptest::prop_oneof![-300_000i32..300_000, 1290i32..1610, proptest::num::i32::ANY],
            month in 0u8..15,
            day in 0u8..33,
        ) {
            let quick = HijriDate::new(calendar, year, month, day);
            let general = check_date(calendar, year, month, day)
                .map(|()| HijriDate { year, month, day, calendar });
            proptest::prop_assert_eq!(quick, general);
        }
    }

    #[test]
    fn new_agrees_at_the_ends_of_the_tabular_ranges() {
        for calendar in Calendar::ALL {
            let (first, last) = calendar.year_range();
            for year in [first, first + 1, last - 1, last] {
                for month in 0..=13 {
                    for day in 0..=31 {
                        let general = check_date(calendar, year, month, day).map(|()| HijriDate {
                            year,
                            month,
                            day,
                            calendar,
                        });
                        assert_eq!(HijriDate::new(calendar, year, month, day), general);
                    }
                }
            }
        }
    }
}
