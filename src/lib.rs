//! Exact Hijri (Islamic) calendars: the Saudi Umm al-Qura calendar and the eight tabular
//! calendars, converted through one day number, with `chrono` interop and date arithmetic.
//!
//! # A quick tour
//! ```
//! use hijri_calendar::{Calendar, GregorianDate, HijriDate, Overflow, Weekday};
//!
//! // 14 Safar 1442 AH in the Umm al-Qura calendar is Thursday 1 October 2020.
//! let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
//! assert_eq!(date.to_gregorian(), GregorianDate::new(2020, 10, 1)?);
//! assert_eq!(date.weekday(), Weekday::Thursday);
//!
//! // And back, from a Gregorian date (or a chrono::NaiveDate, or a day number).
//! let gregorian = GregorianDate::new(2020, 10, 1)?;
//! assert_eq!(HijriDate::from_gregorian(Calendar::UmmAlQura, gregorian)?, date);
//!
//! // The same day in the tabular civil calendar (CLDR islamic-civil) is a day earlier.
//! assert_eq!(date.to_calendar(Calendar::CIVIL)?.to_string(), "1442-02-13");
//!
//! // Arithmetic.
//! assert_eq!(date.add_days(30)?.to_string(), "1442-03-14"); // Safar 1442 has 30 days
//! assert_eq!(date.add_months(1, Overflow::Clamp)?.to_string(), "1442-03-14");
//!
//! // Out of range is an error that says what is allowed, never a guess.
//! let err = HijriDate::new(Calendar::UmmAlQura, 1601, 1, 1).unwrap_err();
//! assert_eq!(err.to_string(), "year 1601 is out of range for islamic-umalqura (1300..=1600)");
//! # Ok::<(), hijri_calendar::RangeError>(())
//! ```
//!
//! # Printing
//! [`format::Printer`] prints either calendar or both in one line, with presets or strftime-style
//! patterns, in Arabic or English, with Latin, Arabic-Indic or Extended Arabic-Indic digits:
//! ```
//! use hijri_calendar::format::{Pattern, Printer};
//! use hijri_calendar::{Calendar, HijriDate};
//!
//! let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
//! assert_eq!(
//!     Printer::new().display(date, &Pattern::DUAL).to_string(),
//!     "الخميس 14 صفر 1442هـ الموافق 1 أكتوبر 2020م"
//! );
//! # Ok::<(), hijri_calendar::RangeError>(())
//! ```
//! # Reading dates
//! [`parse::parse`] reads one date as people write it (`الخميس ١٤ صفر ١٤٤٢ هـ`,
//! `14/2/1442`, `2020-10-01[u-ca=islamic-umalqura]`, pairs joined by `الموافق`), and
//! [`parse::find_dates`] finds the dates in running text; `HijriDate` and `GregorianDate`
//! implement `FromStr` through it.
//!
//! # Columns of dates
//! [`bulk`] converts whole slices (`NaiveDate`, `GregorianDate` or `DayNumber` to Hijri, and
//! back) into a buffer the caller owns, an error in place for each day outside the calendar,
//! without allocating; time series step from day to day instead of converting each one.
//!
//! # Observances and sunset
//! [`observances`] gives the dates of the ten yearly observances (Ramadan, the two Eids, …)
//! for a Hijri or a Gregorian year, and [`sunset`] (features `std` and `chrono`) the Hijri
//! date of a moment at a place, which changes at sunset rather than at midnight:
//! ```
//! # #[cfg(all(feature = "std", feature = "chrono"))] {
//! use chrono::{TimeZone, Utc};
//! use hijri_calendar::observances::Observance;
//! use hijri_calendar::sunset::{self, Location, PolarRule};
//! use hijri_calendar::Calendar;
//!
//! let eid = Observance::EidAlFitr.in_hijri_year(Calendar::UmmAlQura, 1441)?;
//! assert_eq!(eid.to_gregorian().to_string(), "2020-05-24");
//!
//! // 20:00 in Cairo on 23 May 2020 is after sunset: already 1 Shawwal, the day of the Eid.
//! let cairo = Location::new(30.0444, 31.2357)?;
//! let evening = Utc.with_ymd_and_hms(2020, 5, 23, 17, 0, 0).unwrap();
//! let today = sunset::hijri_day_at(Calendar::UmmAlQura, &evening, cairo, PolarRule::Midnight)?;
//! assert_eq!(today.date, eid);
//! # }
//! # Ok::<(), hijri_calendar::Error>(())
//! ```
//!
//! # Calendars and ranges
//! - [`Calendar::UmmAlQura`]: the KACST table, 1 Muharram 1300 ..= 30 Dhu al-Hijjah 1600 AH
//!   (1882-11-12 ..= 2174-11-25). Outside it every conversion is a [`RangeError`].
//! - [`Calendar::Tabular`]: four leap cycles ([`LeapCycle`]) with the Thursday or Friday
//!   [`Epoch`]; [`Calendar::CIVIL`] is CLDR `islamic-civil`, [`Calendar::TBLA`] is
//!   `islamic-tbla`. They cover every day `chrono::NaiveDate` can hold.
//!
//! # Features
//! - `chrono` (default): `NaiveDate` and `Weekday` conversions.
//! - `std` (default): with `chrono`, the [`sunset`] module (it needs `std`'s floating-point
//!   functions); the rest of the crate is `no_std` with `alloc`.
//! - `serde`: `Serialize` and `Deserialize` for dates (`"1442-02-14[u-ca=islamic-umalqura]"`
//!   and ISO strings in human-readable formats, tuples in compact ones), calendars and day
//!   numbers; input is checked like a constructor's.
#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
// Outside tests nothing may panic: no unwrap, expect or panic, no indexing or slicing that can
// go out of bounds, no arithmetic that can overflow. Each exception is allowed on the smallest
// item with the proof (or, for tables built at compile time, the note that an overflow or an
// index out of bounds there stops the build) beside it.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::arithmetic_side_effects
    )
)]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

#[cfg(feature = "std")]
pub mod astro;
pub mod bulk;
mod calendar;
mod error;
pub mod format;
mod interop;
pub mod names;
pub mod national;
pub mod observances;
pub mod parse;
#[cfg(all(feature = "std", feature = "chrono"))]
pub mod sunset;

pub use calendar::{
    AdjustError, AdjustedCalendar, Calendar, DateDifference, DayNumber, Days, Epoch, GregorianDate,
    HijriDate, LeapCycle, MonthStart, Months, Overflow, Weekday,
};
pub use error::{Error, Field, RangeError, UnknownCalendarError};

/// Why the crate is built the way it is: the day-number pivot, errors outside tables, where
/// the data comes from and how to update it, how adjusted calendars are carried.
pub mod design {
    #![doc = include_str!("../DESIGN.md")]
}

/// How the crate compares with icu_calendar, hijri_date, Java's `HijrahDate`, .NET's
/// `UmAlQuraCalendar` and Python's hijridate, fact by fact.
pub mod compare {
    #![doc = include_str!("../COMPARE.md")]
}

/// The examples of README.md, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
