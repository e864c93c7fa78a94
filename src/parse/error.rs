//! Parse errors: what went wrong, where (a byte span), and what was expected there.

use alloc::string::String;
use core::fmt;

use super::Span;
use crate::calendar::{Calendar, GregorianDate, HijriDate, Weekday};
use crate::error::RangeError;

/// What the parser expected where it stopped.
///
/// # Example
/// ```
/// use hijri_calendar::parse::{parse, Expected, ParseErrorKind};
/// let err = parse("14 صفر عام").unwrap_err();
/// assert_eq!(err.kind(), ParseErrorKind::Expected(Expected::Year));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum Expected {
    /// A date.
    Date,
    /// A day of the month.
    Day,
    /// A month number.
    Month,
    /// A month name.
    MonthName,
    /// A year.
    Year,
    /// A day or a year after a month name.
    DayOrYear,
    /// A year of four digits in a numeric date.
    FourDigitYear,
    /// The separator of a numeric date, again.
    Separator,
    /// A full date (day, month and year), for `FromStr`.
    FullDate,
    /// A date of the other calendar after a connector such as `الموافق`.
    OtherCalendar,
    /// A closing parenthesis.
    ClosingParenthesis,
    /// The end of the date.
    End,
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Expected::Date => "a date",
            Expected::Day => "a day of the month",
            Expected::Month => "a month",
            Expected::MonthName => "a month name",
            Expected::Year => "a year",
            Expected::DayOrYear => "a day or a year",
            Expected::FourDigitYear => "a year of four digits",
            Expected::Separator => "the same separator again",
            Expected::FullDate => "a full date with day, month and year",
            Expected::OtherCalendar => "a date of the other calendar",
            Expected::ClosingParenthesis => "a closing parenthesis",
            Expected::End => "the end of the date",
        })
    }
}

/// Up to three month names close to an unknown one, for messages.
///
/// # Example
/// ```
/// use hijri_calendar::parse::parse;
/// let err = parse("14 Ramadam 1445").unwrap_err();
/// assert_eq!(err.close_matches().collect::<Vec<_>>(), ["Ramadan"]);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub struct CloseMatches {
    names: [Option<&'static str>; 3],
}

impl CloseMatches {
    pub(crate) fn push(&mut self, name: &'static str) {
        if self.names.contains(&Some(name)) {
            return;
        }
        if let Some(slot) = self.names.iter_mut().find(|slot| slot.is_none()) {
            *slot = Some(name);
        }
    }

    /// The names, best first.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::parse::parse;
    /// let err = parse("١٤ صفار ١٤٤٢").unwrap_err();
    /// assert_eq!(err.close_matches().next(), Some("صفر"));
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.names.iter().flatten().copied()
    }
}

/// The kind of a [`ParseError`].
///
/// # Example
/// ```
/// use hijri_calendar::parse::{parse, ParseErrorKind};
/// assert!(matches!(parse("31 رمضان 1445هـ").unwrap_err().kind(), ParseErrorKind::Range(_)));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The text holds no date at all.
    NoDate,
    /// Something else was found where the parser expected this.
    Expected(Expected),
    /// A word where a month name belongs that is no month name.
    UnknownMonth(CloseMatches),
    /// `ربيع` or `جمادى` without `الأول` or `الآخر`: month 3 or 5, or the one after it.
    AmbiguousMonth {
        /// 3 (Rabiʿ) or 5 (Jumada).
        first: u8,
    },
    /// A range of days such as `22-29 تموز`, not one date.
    DayRange,
    /// A number with more digits than any day, month or year has.
    TooManyDigits,
    /// A day beyond the longest month of its name, in a date without a year.
    DayOutOfRange {
        /// The day written.
        day: u8,
        /// The longest the month can be.
        max: u8,
        /// The month's English name.
        month: &'static str,
    },
    /// A date that the calendar does not have (30 Safar in a year of 29-day Safar, month 13…).
    Range(RangeError),
    /// An era mark of the other calendar than the month name.
    ConflictingEra,
    /// The two dates of a pair are further apart than local moon sighting explains.
    PairMismatch {
        /// The Hijri date as written.
        hijri: HijriDate,
        /// The Gregorian date as written.
        gregorian: GregorianDate,
        /// Days from the Hijri date (in the parser's calendar) to the Gregorian one.
        days: i64,
    },
    /// A weekday that is not the date's, in strict mode.
    WeekdayMismatch {
        /// The weekday written.
        written: Weekday,
        /// The date's weekday.
        actual: Weekday,
    },
    /// An RFC 9557 `u-ca` annotation naming no calendar of the crate.
    UnknownCalendar,
}

/// A text that is not a date, with the byte span of the offending part and what was expected.
///
/// Spans always fall on char boundaries. Messages are lower case without a trailing period.
///
/// # Example
/// ```
/// use hijri_calendar::parse::parse;
///
/// let text = "02 Mehr 1405";
/// let err = parse(text).unwrap_err();
/// assert_eq!(err.to_string(), "unknown month name \"Mehr\"; expected a hijri or gregorian month name");
/// assert_eq!(&text[err.span().range()], "Mehr");
///
/// let err = parse("30 صفر 1443هـ").unwrap_err(); // Safar 1443 has 29 days
/// assert_eq!(err.to_string(), "day 30 is out of range for Safar 1443 in islamic-umalqura (1..=29)");
/// assert_eq!(err.span().range(), 0..2);
/// ```
#[derive(Clone, PartialEq, Eq, Debug, thiserror::Error)]
pub struct ParseError {
    kind: ParseErrorKind,
    span: Span,
    found: String,
}

impl ParseError {
    pub(crate) fn new(kind: ParseErrorKind, span: Span, text: &str) -> ParseError {
        let found = text.get(span.start..span.end).unwrap_or("");
        let mut shown = String::new();
        for (i, c) in found.chars().enumerate() {
            if i == 40 {
                shown.push('…');
                break;
            }
            shown.push(c);
        }
        ParseError { kind, span, found: shown }
    }

    /// What went wrong.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::parse::{parse, ParseErrorKind};
    /// assert_eq!(parse("").unwrap_err().kind(), ParseErrorKind::NoDate);
    /// ```
    pub fn kind(&self) -> ParseErrorKind {
        self.kind
    }

    /// The byte span of the offending text (empty at the end of the text when something was
    /// missing).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::parse::parse;
    /// let err = parse("14/13/1442هـ").unwrap_err();
    /// assert_eq!(err.span().range(), 3..5);
    /// ```
    pub fn span(&self) -> Span {
        self.span
    }

    /// The month names close to an unknown one (none for other errors).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::parse::parse;
    /// let err = parse("1 Shawwl 1445").unwrap_err();
    /// assert_eq!(err.close_matches().collect::<Vec<_>>(), ["Shawwal"]);
    /// ```
    pub fn close_matches(&self) -> impl Iterator<Item = &'static str> + '_ {
        let matches = match &self.kind {
            ParseErrorKind::UnknownMonth(close) => Some(close),
            _ => None,
        };
        matches.into_iter().flat_map(|m| m.iter())
    }

    fn write_found(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.found.is_empty() {
            f.write_str("the end of the text")
        } else {
            write!(f, "{:?}", self.found)
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ParseErrorKind::NoDate if self.found.is_empty() => {
                f.write_str("expected a date, found nothing")
            }
            ParseErrorKind::NoDate => write!(f, "expected a date, found {:?}", self.found),
            ParseErrorKind::Expected(expected) => {
                write!(f, "expected {expected}, found ")?;
                self.write_found(f)
            }
            ParseErrorKind::UnknownMonth(close) => {
                write!(f, "unknown month name {:?}; ", self.found)?;
                let mut names = close.iter();
                match names.next() {
                    None => f.write_str("expected a hijri or gregorian month name"),
                    Some(first) => {
                        write!(f, "close matches: {first}")?;
                        names.try_for_each(|name| write!(f, ", {name}"))
                    }
                }
            }
            ParseErrorKind::AmbiguousMonth { first } => {
                // The parser makes `first` 3 or 5; a caller's own value (the field is public)
                // must not overflow here either, and any month past 12 has no name.
                let second = first.saturating_add(1);
                write!(
                    f,
                    "month name {:?} is ambiguous; expected {} ({}) or {} ({})",
                    self.found,
                    super::words::canonical(true, first, false),
                    super::words::canonical(true, first, true),
                    super::words::canonical(true, second, false),
                    super::words::canonical(true, second, true),
                )
            }
            ParseErrorKind::DayRange => {
                write!(f, "{:?} is a range of days, not a single date", self.found)
            }
            ParseErrorKind::TooManyDigits => {
                write!(f, "number {:?} has too many digits for a date", self.found)
            }
            ParseErrorKind::DayOutOfRange { day, max, month } => {
                write!(f, "day {day} is out of range for {month} (1..={max})")
            }
            ParseErrorKind::Range(err) => write!(f, "{err}"),
            ParseErrorKind::ConflictingEra => {
                write!(f, "era mark {:?} is of the other calendar than the month name", self.found)
            }
            ParseErrorKind::PairMismatch { hijri, gregorian, days } => write!(
                f,
                "the two dates are {} days apart: {hijri} in {} is {}, not {gregorian}",
                days.unsigned_abs(),
                hijri.calendar(),
                hijri.to_gregorian()
            ),
            ParseErrorKind::WeekdayMismatch { written, actual } => write!(
                f,
                "weekday {} contradicts the date, a {}",
                LowerCase(written.english_name()),
                LowerCase(actual.english_name())
            ),
            ParseErrorKind::UnknownCalendar => match self.found.parse::<Calendar>() {
                Err(err) => write!(f, "{err}"),
                Ok(_) => write!(f, "unknown calendar {:?}", self.found),
            },
        }
    }
}

/// Writes ASCII text in lower case.
pub(crate) struct LowerCase<'a>(pub(crate) &'a str);

impl fmt::Display for LowerCase<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            fmt::Write::write_char(f, c.to_ascii_lowercase())?;
        }
        Ok(())
    }
}
