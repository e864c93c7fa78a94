//! `chrono` interop: `NaiveDate` and `Weekday` in and out.
//!
//! A `NaiveDate` holds exactly the days a [`DayNumber`] does (-262143-01-01 ..= 262142-12-31),
//! so the conversions between the two never fail; chrono's day count from 1 January 1 CE
//! (`num_days_from_ce`) is the Rata Die itself.

use chrono::{Datelike, NaiveDate};

use crate::calendar::{Calendar, DayNumber, GregorianDate, HijriDate, Weekday};
use crate::error::RangeError;

impl From<NaiveDate> for DayNumber {
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use hijri_calendar::DayNumber;
    /// let date = NaiveDate::from_ymd_opt(2020, 10, 1).unwrap();
    /// assert_eq!(DayNumber::from(date).rata_die(), 737_699);
    /// ```
    #[inline]
    fn from(date: NaiveDate) -> DayNumber {
        // Every NaiveDate lies inside DayNumber's range (tested in tests/chrono.rs); the fallback
        // is never produced.
        DayNumber::from_rata_die(i64::from(date.num_days_from_ce())).unwrap_or(DayNumber::MIN)
    }
}

impl From<DayNumber> for NaiveDate {
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use hijri_calendar::DayNumber;
    /// let day = DayNumber::from_rata_die(737_699)?;
    /// assert_eq!(NaiveDate::from(day), NaiveDate::from_ymd_opt(2020, 10, 1).unwrap());
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    fn from(day: DayNumber) -> NaiveDate {
        // DayNumber's range is NaiveDate's (tested in tests/chrono.rs); the fallback is never
        // produced. The cast cannot truncate: the range lies inside i32.
        NaiveDate::from_num_days_from_ce_opt(day.rata_die() as i32).unwrap_or(NaiveDate::MIN)
    }
}

impl From<NaiveDate> for GregorianDate {
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use hijri_calendar::GregorianDate;
    /// let date = NaiveDate::from_ymd_opt(2020, 10, 1).unwrap();
    /// assert_eq!(GregorianDate::from(date).to_string(), "2020-10-01");
    /// ```
    #[inline]
    fn from(date: NaiveDate) -> GregorianDate {
        GregorianDate::from_day_number(DayNumber::from(date))
    }
}

impl From<GregorianDate> for NaiveDate {
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use hijri_calendar::GregorianDate;
    /// let date = GregorianDate::new(2020, 10, 1)?;
    /// assert_eq!(NaiveDate::from(date), NaiveDate::from_ymd_opt(2020, 10, 1).unwrap());
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    fn from(date: GregorianDate) -> NaiveDate {
        NaiveDate::from(date.to_day_number())
    }
}

impl From<HijriDate> for NaiveDate {
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
    /// assert_eq!(NaiveDate::from(date), NaiveDate::from_ymd_opt(2020, 10, 1).unwrap());
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    fn from(date: HijriDate) -> NaiveDate {
        date.to_naive_date()
    }
}

impl HijriDate {
    /// The date of a `chrono::NaiveDate` in a calendar.
    ///
    /// # Errors
    /// A [`RangeError`] when the day lies outside the calendar's range.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use hijri_calendar::{Calendar, HijriDate};
    ///
    /// let day = NaiveDate::from_ymd_opt(2020, 10, 1).unwrap();
    /// assert_eq!(HijriDate::from_naive_date(Calendar::UmmAlQura, day)?.to_string(), "1442-02-14");
    /// assert!(HijriDate::from_naive_date(Calendar::UmmAlQura, NaiveDate::MAX).is_err());
    /// assert!(HijriDate::from_naive_date(Calendar::CIVIL, NaiveDate::MAX).is_ok());
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub fn from_naive_date(calendar: Calendar, date: NaiveDate) -> Result<HijriDate, RangeError> {
        HijriDate::from_day_number(calendar, DayNumber::from(date))
    }

    /// This day as a `chrono::NaiveDate`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1441, 10, 1)?;
    /// assert_eq!(date.to_naive_date(), NaiveDate::from_ymd_opt(2020, 5, 24).unwrap());
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub fn to_naive_date(self) -> NaiveDate {
        NaiveDate::from(self.to_day_number())
    }
}

impl From<chrono::Weekday> for Weekday {
    /// # Example
    /// ```
    /// use hijri_calendar::Weekday;
    /// assert_eq!(Weekday::from(chrono::Weekday::Fri), Weekday::Friday);
    /// ```
    #[inline]
    fn from(day: chrono::Weekday) -> Weekday {
        match day {
            chrono::Weekday::Mon => Weekday::Monday,
            chrono::Weekday::Tue => Weekday::Tuesday,
            chrono::Weekday::Wed => Weekday::Wednesday,
            chrono::Weekday::Thu => Weekday::Thursday,
            chrono::Weekday::Fri => Weekday::Friday,
            chrono::Weekday::Sat => Weekday::Saturday,
            chrono::Weekday::Sun => Weekday::Sunday,
        }
    }
}

impl From<Weekday> for chrono::Weekday {
    /// # Example
    /// ```
    /// use hijri_calendar::Weekday;
    /// assert_eq!(chrono::Weekday::from(Weekday::Sunday), chrono::Weekday::Sun);
    /// ```
    #[inline]
    fn from(day: Weekday) -> chrono::Weekday {
        match day {
            Weekday::Monday => chrono::Weekday::Mon,
            Weekday::Tuesday => chrono::Weekday::Tue,
            Weekday::Wednesday => chrono::Weekday::Wed,
            Weekday::Thursday => chrono::Weekday::Thu,
            Weekday::Friday => chrono::Weekday::Fri,
            Weekday::Saturday => chrono::Weekday::Sat,
            Weekday::Sunday => chrono::Weekday::Sun,
        }
    }
}
