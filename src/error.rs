//! Errors: one umbrella [`Error`] over small, specific error types.
//!
//! Every message is lower case without a trailing period and says what was found and what is
//! allowed, for example `day 30 is out of range for Muharram 1442 in islamic-umalqura (1..=29)`.

use alloc::string::String;
use core::fmt;

use crate::calendar::{Calendar, HijriDate};

/// Any error of this crate.
///
/// Functions return the specific error type they can produce ([`RangeError`],
/// [`UnknownCalendarError`], …); this enum gathers them for callers that want one type.
///
/// # Example
/// ```
/// use hijri_calendar::{Calendar, Error, HijriDate};
///
/// fn first_of(name: &str, year: i32) -> Result<HijriDate, Error> {
///     let calendar: Calendar = name.parse()?;
///     Ok(HijriDate::new(calendar, year, 1, 1)?)
/// }
/// assert!(matches!(first_of("islamic-umalqura", 1200), Err(Error::Range(_))));
/// assert!(matches!(first_of("julian", 1442), Err(Error::UnknownCalendar(_))));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A value outside what a calendar or the crate supports.
    #[error(transparent)]
    Range(#[from] RangeError),
    /// A calendar name that is not one of the crate's calendars.
    #[error(transparent)]
    UnknownCalendar(#[from] UnknownCalendarError),
    /// Month-start overrides that do not make an adjusted calendar.
    #[error(transparent)]
    Adjust(#[from] crate::calendar::AdjustError),
    /// A bulk conversion's output slice of the wrong length.
    #[error(transparent)]
    Length(#[from] crate::bulk::LengthMismatch),
    /// A pattern for the printer that cannot be built.
    #[error(transparent)]
    Pattern(#[from] crate::format::PatternError),
    /// A text that is not a date.
    #[error(transparent)]
    Parse(#[from] crate::parse::ParseError),
    /// A month outside a computed criterion's table.
    #[error(transparent)]
    Criterion(#[from] crate::national::CriterionRangeError),
    /// A latitude or longitude that is not a place.
    #[cfg(all(feature = "std", feature = "chrono"))]
    #[error(transparent)]
    Location(#[from] crate::sunset::LocationError),
}

/// Which field of a date a [`RangeError`] is about.
///
/// # Example
/// ```
/// use hijri_calendar::{Calendar, Field, HijriDate};
/// let err = HijriDate::new(Calendar::UmmAlQura, 1442, 13, 1).unwrap_err();
/// assert_eq!(err.field(), Some(Field::Month));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The year.
    Year,
    /// The month.
    Month,
    /// The day of the month.
    Day,
}

impl Field {
    const fn name(self) -> &'static str {
        match self {
            Field::Year => "year",
            Field::Month => "month",
            Field::Day => "day",
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A value outside the range a calendar, or the crate, supports.
///
/// It says which value was wrong and what is allowed; [`RangeError::field`],
/// [`RangeError::value`] and [`RangeError::allowed`] give the same facts to programs.
///
/// # Example
/// ```
/// use hijri_calendar::{Calendar, HijriDate};
///
/// let err = HijriDate::new(Calendar::UmmAlQura, 1442, 1, 30).unwrap_err();
/// assert_eq!(err.to_string(), "day 30 is out of range for Muharram 1442 in islamic-umalqura (1..=29)");
/// assert_eq!(err.value(), Some(30));
/// assert_eq!(err.allowed(), Some((1, 29)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{kind}")]
pub struct RangeError {
    kind: RangeErrorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RangeErrorKind {
    /// A year, month or day of a Hijri date. `year` is the context of a month or day, `month`
    /// that of a day.
    HijriField {
        field: Field,
        value: i64,
        min: i64,
        max: i64,
        calendar: Calendar,
        year: i32,
        month: u8,
    },
    /// A year, month or day of a Gregorian date.
    GregorianField { field: Field, value: i64, min: i64, max: i64, year: i32, month: u8 },
    /// A Hijri date with valid fields, before the first or after the last supported day.
    HijriDate { calendar: Calendar, year: i32, month: u8, day: u8 },
    /// A day number (a Rata Die, or a Julian Day Number when `julian`) outside the crate's range.
    DayNumber { value: i64, min: i64, max: i64, julian: bool },
    /// A day (as an R.D.) outside the range of a calendar.
    OutsideCalendar { calendar: Calendar, rata_die: i64 },
    /// The result of date arithmetic is out of range.
    Arithmetic { date: HijriDate, amount: i64, unit: Unit },
}

/// The unit of an arithmetic operation, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Days,
    Months,
    Years,
}

impl RangeError {
    pub(crate) const fn hijri_field(
        field: Field,
        value: i64,
        min: i64,
        max: i64,
        calendar: Calendar,
        year: i32,
        month: u8,
    ) -> RangeError {
        RangeError {
            kind: RangeErrorKind::HijriField { field, value, min, max, calendar, year, month },
        }
    }

    pub(crate) const fn gregorian_field(
        field: Field,
        value: i64,
        min: i64,
        max: i64,
        year: i32,
        month: u8,
    ) -> RangeError {
        RangeError { kind: RangeErrorKind::GregorianField { field, value, min, max, year, month } }
    }

    pub(crate) const fn hijri_date(
        calendar: Calendar,
        year: i32,
        month: u8,
        day: u8,
    ) -> RangeError {
        RangeError { kind: RangeErrorKind::HijriDate { calendar, year, month, day } }
    }

    pub(crate) const fn day_number(value: i64, min: i64, max: i64) -> RangeError {
        RangeError { kind: RangeErrorKind::DayNumber { value, min, max, julian: false } }
    }

    pub(crate) const fn julian_day_number(value: i64, min: i64, max: i64) -> RangeError {
        RangeError { kind: RangeErrorKind::DayNumber { value, min, max, julian: true } }
    }

    pub(crate) const fn outside_calendar(calendar: Calendar, rata_die: i64) -> RangeError {
        RangeError { kind: RangeErrorKind::OutsideCalendar { calendar, rata_die } }
    }

    pub(crate) const fn arithmetic(date: HijriDate, amount: i64, unit: Unit) -> RangeError {
        RangeError { kind: RangeErrorKind::Arithmetic { date, amount, unit } }
    }

    /// The field that was out of range, where the error is about one field.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, Field, HijriDate};
    /// let err = HijriDate::new(Calendar::UmmAlQura, 1601, 1, 1).unwrap_err();
    /// assert_eq!(err.field(), Some(Field::Year));
    /// ```
    pub const fn field(&self) -> Option<Field> {
        match self.kind {
            RangeErrorKind::HijriField { field, .. }
            | RangeErrorKind::GregorianField { field, .. } => Some(field),
            _ => None,
        }
    }

    /// The value that was out of range, where it is a number (a field or a day number).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let err = HijriDate::new(Calendar::UmmAlQura, i32::MIN, 1, 1).unwrap_err();
    /// assert_eq!(err.value(), Some(i32::MIN as i64));
    /// ```
    pub const fn value(&self) -> Option<i64> {
        match self.kind {
            RangeErrorKind::HijriField { value, .. }
            | RangeErrorKind::GregorianField { value, .. }
            | RangeErrorKind::DayNumber { value, .. } => Some(value),
            _ => None,
        }
    }

    /// The allowed range `(min, max)`, both inclusive, where the error is about a number.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let err = HijriDate::new(Calendar::UmmAlQura, 1200, 1, 1).unwrap_err();
    /// assert_eq!(err.allowed(), Some((1300, 1600)));
    /// ```
    pub const fn allowed(&self) -> Option<(i64, i64)> {
        match self.kind {
            RangeErrorKind::HijriField { min, max, .. }
            | RangeErrorKind::GregorianField { min, max, .. }
            | RangeErrorKind::DayNumber { min, max, .. } => Some((min, max)),
            _ => None,
        }
    }

    /// The calendar whose range was left, where there is one.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let err = HijriDate::new(Calendar::CIVIL, 1442, 2, 30).unwrap_err();
    /// assert_eq!(err.calendar(), Some(Calendar::CIVIL));
    /// ```
    pub const fn calendar(&self) -> Option<Calendar> {
        match self.kind {
            RangeErrorKind::HijriField { calendar, .. }
            | RangeErrorKind::HijriDate { calendar, .. }
            | RangeErrorKind::OutsideCalendar { calendar, .. } => Some(calendar),
            RangeErrorKind::Arithmetic { date, .. } => Some(date.calendar()),
            _ => None,
        }
    }
}

/// Writes `first..=last` of a calendar's supported Hijri dates.
fn write_hijri_range(f: &mut fmt::Formatter<'_>, calendar: Calendar) -> fmt::Result {
    write!(f, "({}..={})", calendar.first_date(), calendar.last_date())
}

impl fmt::Display for RangeErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            RangeErrorKind::HijriField { field, value, min, max, calendar, year, month } => {
                write!(f, "{field} {value} is out of range for ")?;
                match field {
                    Field::Year => {}
                    Field::Month => write!(f, "year {year} in ")?,
                    Field::Day => {
                        write!(f, "{} {year} in ", crate::calendar::month_name_for_messages(month))?
                    }
                }
                write!(f, "{calendar} ({min}..={max})")
            }
            RangeErrorKind::GregorianField { field, value, min, max, year, month } => {
                write!(f, "{field} {value} is out of range for ")?;
                match field {
                    Field::Year => {}
                    Field::Month => write!(f, "year {year} in ")?,
                    Field::Day => write!(
                        f,
                        "{} {year} in ",
                        crate::calendar::gregorian_month_name_for_messages(month)
                    )?,
                }
                write!(f, "gregorian ({min}..={max})")
            }
            RangeErrorKind::HijriDate { calendar, year, month, day } => {
                f.write_str("date ")?;
                crate::calendar::write_iso(f, year, month, day)?;
                write!(f, " is out of range for {calendar} ")?;
                write_hijri_range(f, calendar)
            }
            RangeErrorKind::DayNumber { value, min, max, julian } => {
                let julian = if julian { "julian " } else { "" };
                write!(f, "{julian}day number {value} is out of range ({min}..={max})")
            }
            RangeErrorKind::OutsideCalendar { calendar, rata_die } => {
                match crate::calendar::DayNumber::from_rata_die(rata_die) {
                    Ok(day) => write!(
                        f,
                        "gregorian date {} is out of range for {calendar} ",
                        crate::calendar::GregorianDate::from_day_number(day)
                    )?,
                    Err(_) => write!(f, "day number {rata_die} is out of range for {calendar} ")?,
                }
                let first = calendar.first_date().to_gregorian();
                let last = calendar.last_date().to_gregorian();
                write!(f, "({first}..={last})")
            }
            RangeErrorKind::Arithmetic { date, amount, unit } => {
                let unit = match unit {
                    Unit::Days => "days",
                    Unit::Months => "months",
                    Unit::Years => "years",
                };
                write!(f, "{date} plus {amount} {unit} is out of range for {} ", date.calendar())?;
                write_hijri_range(f, date.calendar())
            }
        }
    }
}

/// A calendar name that the crate does not know.
///
/// # Example
/// ```
/// use hijri_calendar::Calendar;
///
/// let err = "islamic".parse::<Calendar>().unwrap_err();
/// assert!(err.to_string().starts_with("unknown calendar \"islamic\"; expected one of islamic-umalqura,"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown calendar {name:?}; expected one of {}",
    crate::calendar::CALENDAR_NAMES_FOR_MESSAGES
)]
pub struct UnknownCalendarError {
    name: String,
}

impl UnknownCalendarError {
    pub(crate) fn new(name: &str) -> UnknownCalendarError {
        UnknownCalendarError { name: name.into() }
    }

    /// The name that was not recognised.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::Calendar;
    /// assert_eq!("hebrew".parse::<Calendar>().unwrap_err().name(), "hebrew");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }
}
