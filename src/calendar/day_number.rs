//! The one pivot between calendars: a day number (Rata Die) and the weekday it falls on.
//!
//! Reference: E. M. Reingold and N. Dershowitz, *Calendrical Calculations* (4th ed., 2018), §1.2:
//! R.D. 1 is Monday, 1 January 1 of the proleptic Gregorian calendar. The Julian Day Number of a
//! day is its R.D. plus 1,721,425 (the JDN of the noon that falls inside that civil day).

use core::fmt;

use crate::error::RangeError;

/// R.D. of the first day the crate supports: proleptic Gregorian -262143-01-01, `chrono::NaiveDate::MIN`.
pub(crate) const MIN_RATA_DIE: i64 =
    super::gregorian::rata_die_from_ymd(super::gregorian::MIN_YEAR, 1, 1);
/// R.D. of the last day the crate supports: proleptic Gregorian 262142-12-31, `chrono::NaiveDate::MAX`.
pub(crate) const MAX_RATA_DIE: i64 =
    super::gregorian::rata_die_from_ymd(super::gregorian::MAX_YEAR, 12, 31);

/// The difference between a Julian Day Number and a Rata Die for the same civil day.
const JULIAN_DAY_OFFSET: i64 = 1_721_425;

/// A day, counted as a Rata Die (R.D.): day 1 is Monday, 1 January 1 (proleptic Gregorian).
///
/// Every calendar in this crate converts only to and from a day number, so a day number is how
/// dates move between calendars. A `DayNumber` always lies in the range every calendar of the crate
/// can be asked about: the days `chrono::NaiveDate` can hold, -262143-01-01 ..= 262142-12-31.
///
/// # Example
/// ```
/// use hijri_calendar::{DayNumber, Weekday};
///
/// let day = DayNumber::from_rata_die(737_699)?; // 2020-10-01
/// assert_eq!(day.julian_day_number(), 2_459_124);
/// assert_eq!(day.weekday(), Weekday::Thursday);
/// # Ok::<(), hijri_calendar::RangeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DayNumber(i32);

impl DayNumber {
    /// The first supported day: -262143-01-01 (proleptic Gregorian), R.D. -95,746,129.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::DayNumber;
    /// assert_eq!(DayNumber::MIN.rata_die(), -95_746_129);
    /// ```
    pub const MIN: DayNumber = DayNumber(MIN_RATA_DIE as i32);

    /// The last supported day: 262142-12-31 (proleptic Gregorian), R.D. 95,745,399.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::DayNumber;
    /// assert_eq!(DayNumber::MAX.rata_die(), 95_745_399);
    /// ```
    pub const MAX: DayNumber = DayNumber(MAX_RATA_DIE as i32);

    /// The day with the given Rata Die.
    ///
    /// # Errors
    /// A [`RangeError`] when `rata_die` lies outside [`DayNumber::MIN`] ..= [`DayNumber::MAX`].
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::DayNumber;
    ///
    /// assert_eq!(DayNumber::from_rata_die(1)?.rata_die(), 1);
    /// assert_eq!(
    ///     DayNumber::from_rata_die(i64::MAX).unwrap_err().to_string(),
    ///     "day number 9223372036854775807 is out of range (-95746129..=95745399)"
    /// );
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline(always)]
    pub const fn from_rata_die(rata_die: i64) -> Result<DayNumber, RangeError> {
        if rata_die < MIN_RATA_DIE || rata_die > MAX_RATA_DIE {
            return Err(RangeError::day_number(rata_die, MIN_RATA_DIE, MAX_RATA_DIE));
        }
        // Cannot truncate: the range above lies inside i32.
        Ok(DayNumber(rata_die as i32))
    }

    /// The day of an R.D. that the caller knows to lie in range (a valid date's), without the
    /// check: for loops where the check is most of the work. A wrong R.D. gives a wrong day,
    /// never a panic or undefined behaviour; callers keep it from reaching a user.
    #[inline(always)]
    pub(crate) const fn from_rata_die_in_range(rata_die: i32) -> DayNumber {
        DayNumber(rata_die)
    }

    /// The day with the given Julian Day Number (the JDN of the noon inside the civil day).
    ///
    /// # Errors
    /// A [`RangeError`] when the day lies outside [`DayNumber::MIN`] ..= [`DayNumber::MAX`].
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::DayNumber;
    ///
    /// // JDN 2451545 is 2000-01-01.
    /// assert_eq!(DayNumber::from_julian_day_number(2_451_545)?.rata_die(), 730_120);
    /// assert!(DayNumber::from_julian_day_number(i64::MIN).is_err());
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn from_julian_day_number(jdn: i64) -> Result<DayNumber, RangeError> {
        match jdn.checked_sub(JULIAN_DAY_OFFSET) {
            Some(rata_die) if rata_die >= MIN_RATA_DIE && rata_die <= MAX_RATA_DIE => {
                Ok(DayNumber(rata_die as i32))
            }
            _ => Err(RangeError::julian_day_number(
                jdn,
                MIN_RATA_DIE + JULIAN_DAY_OFFSET,
                MAX_RATA_DIE + JULIAN_DAY_OFFSET,
            )),
        }
    }

    /// The Rata Die of this day.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{DayNumber, GregorianDate};
    /// assert_eq!(GregorianDate::new(1, 1, 1)?.to_day_number().rata_die(), 1);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn rata_die(self) -> i64 {
        self.0 as i64
    }

    /// The Julian Day Number of this day.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::GregorianDate;
    /// assert_eq!(GregorianDate::new(2000, 1, 1)?.to_day_number().julian_day_number(), 2_451_545);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    // Proof: an i32 widened to i64 plus 1,721,425 cannot overflow an i64.
    #[allow(clippy::arithmetic_side_effects)]
    pub const fn julian_day_number(self) -> i64 {
        self.0 as i64 + JULIAN_DAY_OFFSET
    }

    /// The day of the week.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{DayNumber, Weekday};
    /// assert_eq!(DayNumber::from_rata_die(1)?.weekday(), Weekday::Monday);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn weekday(self) -> Weekday {
        // R.D. 0 is a Sunday.
        Weekday::from_days_since_sunday((self.0 as i64).rem_euclid(7) as u8)
    }

    /// The day `days` later (earlier when negative).
    ///
    /// # Errors
    /// A [`RangeError`] when the result lies outside [`DayNumber::MIN`] ..= [`DayNumber::MAX`].
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::DayNumber;
    /// assert_eq!(DayNumber::from_rata_die(10)?.add_days(-3)?.rata_die(), 7);
    /// assert!(DayNumber::MAX.add_days(1).is_err());
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn add_days(self, days: i64) -> Result<DayNumber, RangeError> {
        match (self.0 as i64).checked_add(days) {
            Some(rata_die) => DayNumber::from_rata_die(rata_die),
            None => Err(RangeError::day_number(
                if days < 0 { i64::MIN } else { i64::MAX },
                MIN_RATA_DIE,
                MAX_RATA_DIE,
            )),
        }
    }

    /// The number of days from `self` to `other`: positive when `other` is later.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::DayNumber;
    /// assert_eq!(DayNumber::MIN.days_until(DayNumber::MAX), 191_491_528);
    /// ```
    #[inline]
    // Proof: the difference of two i32 values, taken in i64, cannot overflow.
    #[allow(clippy::arithmetic_side_effects)]
    pub const fn days_until(self, other: DayNumber) -> i64 {
        other.0 as i64 - self.0 as i64
    }
}

impl fmt::Debug for DayNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DayNumber(R.D. {})", self.0)
    }
}

impl fmt::Display for DayNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "R.D. {}", self.0)
    }
}

/// A day of the week.
///
/// The Islamic week begins on Saturday or Sunday depending on the country, so this enum has no
/// opinion: use [`Weekday::days_since_sunday`] or [`Weekday::days_since_monday`] as needed.
///
/// # Example
/// ```
/// use hijri_calendar::Weekday;
/// assert_eq!(Weekday::Friday.next(), Weekday::Saturday);
/// assert_eq!(Weekday::Friday.to_string(), "Friday");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Weekday {
    /// Monday (الاثنين)
    Monday,
    /// Tuesday (الثلاثاء)
    Tuesday,
    /// Wednesday (الأربعاء)
    Wednesday,
    /// Thursday (الخميس)
    Thursday,
    /// Friday (الجمعة)
    Friday,
    /// Saturday (السبت)
    Saturday,
    /// Sunday (الأحد)
    Sunday,
}

impl Weekday {
    /// All seven days, Monday first.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::Weekday;
    /// assert_eq!(Weekday::ALL[4], Weekday::Friday);
    /// ```
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    #[inline]
    const fn from_days_since_sunday(n: u8) -> Weekday {
        match n % 7 {
            0 => Weekday::Sunday,
            1 => Weekday::Monday,
            2 => Weekday::Tuesday,
            3 => Weekday::Wednesday,
            4 => Weekday::Thursday,
            5 => Weekday::Friday,
            _ => Weekday::Saturday,
        }
    }

    /// 0 for Monday up to 6 for Sunday (ISO 8601 order, less one).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::Weekday;
    /// assert_eq!(Weekday::Sunday.days_since_monday(), 6);
    /// ```
    #[inline]
    pub const fn days_since_monday(self) -> u8 {
        self as u8
    }

    /// 0 for Sunday up to 6 for Saturday.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::Weekday;
    /// assert_eq!(Weekday::Saturday.days_since_sunday(), 6);
    /// assert_eq!(Weekday::Sunday.days_since_sunday(), 0);
    /// ```
    #[inline]
    // Proof: `self as u8` is 0..=6 (seven variants), so the sum is at most 7.
    #[allow(clippy::arithmetic_side_effects)]
    pub const fn days_since_sunday(self) -> u8 {
        (self as u8 + 1) % 7
    }

    /// The following day.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::Weekday;
    /// assert_eq!(Weekday::Sunday.next(), Weekday::Monday);
    /// ```
    // Proof: `days_since_sunday` is 0..=6, so the sum is at most 7.
    #[allow(clippy::arithmetic_side_effects)]
    pub const fn next(self) -> Weekday {
        Weekday::from_days_since_sunday(self.days_since_sunday() + 1)
    }

    /// The preceding day.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::Weekday;
    /// assert_eq!(Weekday::Monday.previous(), Weekday::Sunday);
    /// ```
    #[inline]
    // Proof: `days_since_sunday` is 0..=6, so the sum is at most 12.
    #[allow(clippy::arithmetic_side_effects)]
    pub const fn previous(self) -> Weekday {
        Weekday::from_days_since_sunday(self.days_since_sunday() + 6)
    }

    /// The English name: `"Monday"` .. `"Sunday"`.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::Weekday;
    /// assert_eq!(Weekday::Thursday.english_name(), "Thursday");
    /// ```
    #[inline]
    pub const fn english_name(self) -> &'static str {
        match self {
            Weekday::Monday => "Monday",
            Weekday::Tuesday => "Tuesday",
            Weekday::Wednesday => "Wednesday",
            Weekday::Thursday => "Thursday",
            Weekday::Friday => "Friday",
            Weekday::Saturday => "Saturday",
            Weekday::Sunday => "Sunday",
        }
    }
}

impl fmt::Display for Weekday {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.english_name())
    }
}
