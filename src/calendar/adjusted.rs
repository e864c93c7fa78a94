//! Adjusted calendars: a built-in calendar with some month starts moved, as a country's
//! moon-sighting authority decided them.
//!
//! An override says "month Y-M starts on day D". The month before it then ends the day before
//! D, and month Y-M runs until the next month's start (its own override or the base
//! calendar's). Every month touched must keep 29 or 30 days, so overrides never reorder or
//! overlap months, and every other day of the base calendar keeps its date.
//!
//! Bounds used by the proofs below: every R.D. here lies within one day of a [`DayNumber`]'s
//! range (an override's first day is a [`GregorianDate`]; otherwise the base calendar's own
//! first day, last day plus one, or a day of a month inside its range), so within ±10^8, and
//! every year passed to the month helpers is inside a base calendar's year range (at most
//! ±300,000): sums and differences of a few such values cannot overflow an i32 or an i64.
//!
//! [`DayNumber`]: crate::DayNumber

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use super::{
    days_in_month_unchecked, rata_die_from_ymd_unchecked, ymd_from_rata_die_unchecked, Calendar,
    GregorianDate,
};

/// The new first day of one month of an adjusted calendar.
///
/// # Example
/// ```
/// use hijri_calendar::{GregorianDate, MonthStart};
/// let start = MonthStart::new(1443, 5, GregorianDate::new(2021, 12, 6)?);
/// assert_eq!(start.to_string(), "1443-05 = 2021-12-06");
/// # Ok::<(), hijri_calendar::RangeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct MonthStart {
    year: i32,
    month: u8,
    first_day: GregorianDate,
}

impl MonthStart {
    /// Month `month` of `year` starts on `first_day`. Checked when the calendar is built.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{GregorianDate, MonthStart};
    /// let start = MonthStart::new(1447, 9, GregorianDate::new(2026, 2, 19)?);
    /// assert_eq!((start.year(), start.month()), (1447, 9));
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    pub const fn new(year: i32, month: u8, first_day: GregorianDate) -> MonthStart {
        MonthStart { year, month, first_day }
    }

    /// The Hijri year of the month.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{GregorianDate, MonthStart};
    /// assert_eq!(MonthStart::new(1447, 9, GregorianDate::new(2026, 2, 19)?).year(), 1447);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    pub const fn year(self) -> i32 {
        self.year
    }

    /// The month, 1..=12.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{GregorianDate, MonthStart};
    /// assert_eq!(MonthStart::new(1447, 9, GregorianDate::new(2026, 2, 19)?).month(), 9);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The Gregorian date of the month's first day.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{GregorianDate, MonthStart};
    /// let day = GregorianDate::new(2026, 2, 19)?;
    /// assert_eq!(MonthStart::new(1447, 9, day).first_day(), day);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    pub const fn first_day(self) -> GregorianDate {
        self.first_day
    }

    /// Months counted from year 0, for ordering and neighbours.
    // Proof: an i32 times 12 plus at most 255, in i64, cannot overflow.
    #[allow(clippy::arithmetic_side_effects)]
    const fn index(self) -> i64 {
        self.year as i64 * 12 + self.month as i64 - 1
    }
}

impl fmt::Display for MonthStart {
    /// The line of the text format: `YYYY-MM = YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.year < 0 {
            write!(f, "-{:04}-{:02} = {}", self.year.unsigned_abs(), self.month, self.first_day)
        } else {
            write!(f, "{:04}-{:02} = {}", self.year, self.month, self.first_day)
        }
    }
}

/// A built-in calendar with month starts moved by a moon-sighting authority.
///
/// Build one in code (as a constant, with [`AdjustedCalendar::new`]) or from the text format
/// ([`AdjustedCalendar::from_text`]), then use it through [`Calendar::Adjusted`] wherever a
/// calendar goes: conversion, arithmetic, parsing, formatting. The calendar is carried by a
/// `&'static` reference, so a calendar read at run time is leaked once
/// ([`AdjustedCalendar::leak`]); see DESIGN.md for the trade-off.
///
/// # Example
/// ```
/// use hijri_calendar::{AdjustedCalendar, Calendar, GregorianDate, HijriDate, MonthStart};
///
/// // Morocco began Jumada al-Ula 1443 a day after Umm al-Qura.
/// const STARTS: &[MonthStart] = &[MonthStart::new(1443, 5, match GregorianDate::new(2021, 12, 6) {
///     Ok(day) => day,
///     Err(_) => panic!(),
/// })];
/// static MOROCCO: AdjustedCalendar =
///     match AdjustedCalendar::new(Calendar::UmmAlQura, "islamic-umalqura-morocco", STARTS) {
///         Ok(calendar) => calendar,
///         Err(_) => panic!("invalid overrides"),
///     };
/// let calendar = Calendar::Adjusted(&MOROCCO);
/// let day = GregorianDate::new(2022, 1, 3)?;
/// assert_eq!(HijriDate::from_gregorian(calendar, day)?.to_string(), "1443-05-29");
/// assert_eq!(HijriDate::from_gregorian(Calendar::UmmAlQura, day)?.to_string(), "1443-05-30");
/// # Ok::<(), hijri_calendar::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct AdjustedCalendar {
    base: Calendar,
    name: &'static str,
    authority: &'static str,
    starts: &'static [MonthStart],
}

/// What is wrong with an adjusted calendar: the override (or line) and the conflict.
///
/// # Example
/// ```
/// use hijri_calendar::AdjustedCalendar;
/// let err = AdjustedCalendar::from_text("1443-05 = 2021-12-20\n").unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "line 1: override 1443-05 = 2021-12-20 makes Rabi al-Thani 1443 44 days long (allowed 29..=30)"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{}{kind}", match line { Some(n) => alloc::format!("line {n}: "), None => String::new() })]
pub struct AdjustError {
    line: Option<usize>,
    kind: AdjustErrorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AdjustErrorKind {
    /// A calendar that cannot be built from its overrides.
    Invalid(Invalid),
    /// A line of the text format that is not an override, a header or a comment.
    Syntax { expected: &'static str },
    /// The base calendar name in a header is unknown.
    UnknownBase,
}

/// Why overrides do not make a calendar (`Copy`, so that the `const` checks can return it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Invalid {
    /// The base is itself adjusted.
    NestedBase,
    /// Overrides out of order.
    Order { start: MonthStart, previous: MonthStart },
    /// Two overrides for one month.
    Duplicate { start: MonthStart, previous: MonthStart },
    /// The month is outside the base calendar's range, or the first or last (partial) year.
    Outside { start: MonthStart, calendar: Calendar },
    /// A month touched by an override would not have 29 or 30 days.
    Length { start: MonthStart, year: i32, month: u8, days: i64 },
}

impl Invalid {
    /// The override the problem is about.
    const fn start(self) -> Option<MonthStart> {
        match self {
            Invalid::NestedBase => None,
            Invalid::Order { start, .. }
            | Invalid::Duplicate { start, .. }
            | Invalid::Outside { start, .. }
            | Invalid::Length { start, .. } => Some(start),
        }
    }
}

impl fmt::Display for AdjustErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AdjustErrorKind::Invalid(invalid) => invalid.fmt(f),
            AdjustErrorKind::Syntax { expected } => write!(f, "expected {expected}"),
            AdjustErrorKind::UnknownBase => write!(
                f,
                "unknown base calendar; expected one of {}",
                super::CALENDAR_NAMES_FOR_MESSAGES
            ),
        }
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Invalid::NestedBase => f.write_str("the base of an adjusted calendar must be a built-in calendar"),
            Invalid::Order { start, previous } => {
                write!(f, "override {start} comes after {previous}; overrides must be in month order")
            }
            Invalid::Duplicate { start, previous } => {
                write!(f, "override {start} moves the month {previous} already moves")
            }
            Invalid::Outside { start, calendar } => write!(
                f,
                "override {start} is outside the months {calendar} can move ({}..={}, whole years only)",
                calendar.first_date(),
                calendar.last_date()
            ),
            Invalid::Length { start, year, month, days } => write!(
                f,
                "override {start} makes {} {year} {days} days long (allowed 29..=30)",
                super::month_name_for_messages(*month)
            ),
        }
    }
}

impl AdjustError {
    const fn invalid(invalid: Invalid) -> AdjustError {
        AdjustError { line: None, kind: AdjustErrorKind::Invalid(invalid) }
    }

    /// The line of the text format the error is on, when it came from text.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::AdjustedCalendar;
    /// let err = AdjustedCalendar::from_text("# Morocco\nnonsense\n").unwrap_err();
    /// assert_eq!(err.line(), Some(2));
    /// ```
    pub fn line(&self) -> Option<usize> {
        self.line
    }
}

impl AdjustedCalendar {
    /// An adjusted calendar: `base` with the month starts `starts` (in month order, at most one
    /// a month). It is a `const fn`, so a calendar of overrides known in advance can be a
    /// checked constant.
    ///
    /// # Errors
    /// An [`AdjustError`] naming the override when the base is itself adjusted, the overrides
    /// are out of order or repeat a month, a month lies outside the whole years of the base's
    /// range, or a month touched by an override would not have 29 or 30 days.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{AdjustedCalendar, Calendar, GregorianDate, MonthStart};
    /// static STARTS: [MonthStart; 1] = [MonthStart::new(1447, 9, match GregorianDate::new(2026, 2, 19) {
    ///     Ok(day) => day,
    ///     Err(_) => panic!(),
    /// })];
    /// let calendar = AdjustedCalendar::new(Calendar::UmmAlQura, "ramadan-1447-sighted", &STARTS)?;
    /// assert_eq!(calendar.base(), Calendar::UmmAlQura);
    /// # Ok::<(), hijri_calendar::AdjustError>(())
    /// ```
    pub const fn new(
        base: Calendar,
        name: &'static str,
        starts: &'static [MonthStart],
    ) -> Result<AdjustedCalendar, AdjustError> {
        AdjustedCalendar::with_authority(base, name, "", starts)
    }

    /// As [`AdjustedCalendar::new`], naming the authority that decided the overrides.
    ///
    /// # Errors
    /// As for [`AdjustedCalendar::new`].
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{AdjustedCalendar, Calendar};
    /// let calendar = AdjustedCalendar::with_authority(Calendar::UmmAlQura, "none", "nobody", &[])?;
    /// assert_eq!(calendar.authority(), "nobody");
    /// # Ok::<(), hijri_calendar::AdjustError>(())
    /// ```
    pub const fn with_authority(
        base: Calendar,
        name: &'static str,
        authority: &'static str,
        starts: &'static [MonthStart],
    ) -> Result<AdjustedCalendar, AdjustError> {
        if matches!(base, Calendar::Adjusted(_)) {
            return Err(AdjustError::invalid(Invalid::NestedBase));
        }
        let calendar = AdjustedCalendar { base, name, authority, starts };
        match calendar.check() {
            Ok(()) => Ok(calendar),
            Err(invalid) => Err(AdjustError::invalid(invalid)),
        }
    }

    /// Checks the overrides.
    const fn check(&self) -> Result<(), Invalid> {
        check_starts(self.base, self.starts)
    }

    /// The base calendar.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{AdjustedCalendar, Calendar};
    /// assert_eq!(AdjustedCalendar::new(Calendar::CIVIL, "x", &[])?.base(), Calendar::CIVIL);
    /// # Ok::<(), hijri_calendar::AdjustError>(())
    /// ```
    pub const fn base(&self) -> Calendar {
        self.base
    }

    /// The calendar's name, as dates in it display their calendar.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{AdjustedCalendar, Calendar};
    /// assert_eq!(AdjustedCalendar::new(Calendar::CIVIL, "civil-local", &[])?.name(), "civil-local");
    /// # Ok::<(), hijri_calendar::AdjustError>(())
    /// ```
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The authority that decided the overrides (empty when not given).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{AdjustedCalendar, Calendar};
    /// assert_eq!(AdjustedCalendar::new(Calendar::CIVIL, "x", &[])?.authority(), "");
    /// # Ok::<(), hijri_calendar::AdjustError>(())
    /// ```
    pub const fn authority(&self) -> &'static str {
        self.authority
    }

    /// The overrides, in month order.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{AdjustedCalendar, Calendar};
    /// assert!(AdjustedCalendar::new(Calendar::CIVIL, "x", &[])?.month_starts().is_empty());
    /// # Ok::<(), hijri_calendar::AdjustError>(())
    /// ```
    pub const fn month_starts(&self) -> &'static [MonthStart] {
        self.starts
    }

    /// Reads the text format: one override a line, `YYYY-MM = YYYY-MM-DD` (Hijri month,
    /// Gregorian first day); `#` starts a comment; optional header lines `base: NAME` (default
    /// `islamic-umalqura`), `name: NAME` and `authority: TEXT`. The overrides may come in any
    /// order. The strings and overrides are leaked to give the calendar its `'static` data: read
    /// a calendar once, at start-up.
    ///
    /// # Errors
    /// An [`AdjustError`] with the line number for a line that is not an override, a header or a
    /// comment, an unknown base, or an override the calendar rejects.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{AdjustedCalendar, Calendar, GregorianDate, HijriDate};
    ///
    /// let text = "# An example, not an authority\nauthority: Example\n1447-09 = 2026-02-19\n";
    /// let calendar = Calendar::Adjusted(AdjustedCalendar::from_text(text)?.leak());
    /// let day = GregorianDate::new(2026, 2, 19)?;
    /// assert_eq!(HijriDate::from_gregorian(calendar, day)?.to_string(), "1447-09-01");
    /// assert_eq!(calendar.name(), "islamic-umalqura+Example");
    /// # Ok::<(), hijri_calendar::Error>(())
    /// ```
    pub fn from_text(text: &str) -> Result<AdjustedCalendar, AdjustError> {
        AdjustedCalendar::from_text_with_base(text, Calendar::UmmAlQura)
    }

    /// As [`AdjustedCalendar::from_text`], with `base` as the base calendar when the text has
    /// no `base:` header (the command line's `--calendar`, say).
    ///
    /// # Errors
    /// As for [`AdjustedCalendar::from_text`].
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{AdjustedCalendar, Calendar};
    /// let adjusted = AdjustedCalendar::from_text_with_base("1443-05 = 2021-12-07\n", Calendar::CIVIL)?;
    /// assert_eq!(adjusted.base(), Calendar::CIVIL);
    /// let adjusted = AdjustedCalendar::from_text_with_base("base: islamic-umalqura\n", Calendar::CIVIL)?;
    /// assert_eq!(adjusted.base(), Calendar::UmmAlQura);
    /// # Ok::<(), hijri_calendar::AdjustError>(())
    /// ```
    pub fn from_text_with_base(
        text: &str,
        base: Calendar,
    ) -> Result<AdjustedCalendar, AdjustError> {
        let mut base = base;
        let mut name: Option<&str> = None;
        let mut authority = "";
        let mut starts: Vec<(MonthStart, usize)> = Vec::new();
        for (number, raw) in (1..).zip(text.lines()) {
            let at_line = |kind| AdjustError { line: Some(number), kind };
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            if let Some((key, value)) = line.split_once(':') {
                let value = value.trim();
                match key.trim() {
                    "base" => {
                        base = value.parse().map_err(|_| at_line(AdjustErrorKind::UnknownBase))?
                    }
                    "name" => name = Some(value),
                    "authority" => authority = value,
                    _ => {
                        return Err(at_line(AdjustErrorKind::Syntax {
                            expected: "a header (base:, name:, authority:)",
                        }))
                    }
                }
                continue;
            }
            let start = parse_override(line).ok_or_else(|| {
                at_line(AdjustErrorKind::Syntax { expected: "an override YYYY-MM = YYYY-MM-DD" })
            })?;
            starts.push((start, number));
        }
        starts.sort_by_key(|(start, _)| start.index());
        let name: String = match name {
            Some(name) => name.into(),
            None if authority.is_empty() => alloc::format!("{base}+adjusted"),
            None => alloc::format!("{base}+{authority}"),
        };
        let lines: Vec<usize> = starts.iter().map(|(_, line)| *line).collect();
        let starts: Vec<MonthStart> = starts.into_iter().map(|(start, _)| start).collect();
        // Check before leaking anything, so that rejected text costs no memory.
        let checked = if matches!(base, Calendar::Adjusted(_)) {
            Err(Invalid::NestedBase)
        } else {
            check_starts(base, &starts)
        };
        if let Err(invalid) = checked {
            let at = invalid.start().and_then(|start| starts.iter().position(|s| *s == start));
            return Err(AdjustError {
                line: at.and_then(|i| lines.get(i).copied()),
                kind: AdjustErrorKind::Invalid(invalid),
            });
        }
        let name: &'static str = Box::leak(name.into_boxed_str());
        let authority: &'static str = Box::leak(String::from(authority).into_boxed_str());
        let starts: &'static [MonthStart] = Box::leak(starts.into_boxed_slice());
        AdjustedCalendar::with_authority(base, name, authority, starts)
    }

    /// Writes the calendar in the text format [`AdjustedCalendar::from_text`] reads.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::AdjustedCalendar;
    /// let text = "base: islamic-umalqura\nname: morocco\nauthority: Example\n1443-05 = 2021-12-06\n";
    /// let calendar = AdjustedCalendar::from_text(text)?;
    /// assert_eq!(calendar.to_text(), text);
    /// assert_eq!(AdjustedCalendar::from_text(&calendar.to_text())?, calendar);
    /// # Ok::<(), hijri_calendar::AdjustError>(())
    /// ```
    pub fn to_text(&self) -> String {
        let mut out = alloc::format!("base: {}\nname: {}\n", self.base, self.name);
        if !self.authority.is_empty() {
            out.push_str(&alloc::format!("authority: {}\n", self.authority));
        }
        for start in self.starts {
            out.push_str(&alloc::format!("{start}\n"));
        }
        out
    }

    /// Moves the calendar to the heap for good and returns the `'static` reference that
    /// [`Calendar::Adjusted`] takes.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{AdjustedCalendar, Calendar};
    /// let calendar = Calendar::Adjusted(AdjustedCalendar::from_text("")?.leak());
    /// assert_eq!(calendar.first_date(), Calendar::UmmAlQura.first_date().to_calendar(calendar)?);
    /// # Ok::<(), hijri_calendar::Error>(())
    /// ```
    pub fn leak(self) -> &'static AdjustedCalendar {
        Box::leak(Box::new(self))
    }

    /// R.D. of day 1 of a month in the base calendar's range (overridden or the base's).
    pub(crate) const fn month_start(&self, year: i32, month: u8) -> i64 {
        month_start_in(self.base, self.starts, year, month)
    }

    /// Days in a month of the base's range.
    // Proof: the difference of two R.D.s (module documentation); it is 29 or 30, as
    // `check_starts` established for every month an override touches.
    #[allow(clippy::arithmetic_side_effects)]
    pub(crate) const fn days_in_month(&self, year: i32, month: u8) -> u8 {
        if self.starts.is_empty() {
            return days_in_month_unchecked(self.base, year, month);
        }
        let (ny, nm) = next_month(year, month);
        (self.month_start(ny, nm) - self.month_start(year, month)) as u8
    }

    /// R.D. of a date with valid fields.
    // Proof: an R.D. (module documentation) plus a day of the month, 1..=30.
    #[allow(clippy::arithmetic_side_effects)]
    pub(crate) const fn rata_die_from_ymd(&self, year: i32, month: u8, day: u8) -> i64 {
        self.month_start(year, month) + day as i64 - 1
    }

    /// The date of an R.D. inside the base's range.
    // Proof: the difference of two R.D.s plus one (module documentation); `rata_die` lies in
    // the month found, so the day is 1..=30.
    #[allow(clippy::arithmetic_side_effects)]
    pub(crate) const fn ymd_from_rata_die(&self, rata_die: i64) -> (i32, u8, u8) {
        let (mut year, mut month, _) = ymd_from_rata_die_unchecked(self.base, rata_die);
        if self.starts.is_empty() {
            return ymd_from_rata_die_unchecked(self.base, rata_die);
        }
        // Overrides move month starts by a day or two, so the month is the base's or a
        // neighbour; chains of overrides can drift further, hence the loops.
        while self.month_start(year, month) > rata_die {
            (year, month) = previous_month(year, month);
        }
        loop {
            let (ny, nm) = next_month(year, month);
            if self.month_start(ny, nm) > rata_die {
                break;
            }
            (year, month) = (ny, nm);
        }
        (year, month, (rata_die - self.month_start(year, month) + 1) as u8)
    }
}

/// R.D. of day 1 of a month of `base` with the overrides `starts` (sorted).
// Proof: `index` is an i32 times 12 plus at most 255, in i64; `last_rata_die() + 1` is an R.D.
// (module documentation). In the binary search `low <= middle < high <= starts.len()`, so
// `starts[middle]` is in bounds, `middle + 1` is at most the length and `low + high` at most
// twice the length of a slice of 8-byte items, which fits a usize. (`<[T]>::get` is not a
// `const fn`.)
#[allow(clippy::arithmetic_side_effects, clippy::indexing_slicing)]
const fn month_start_in(base: Calendar, starts: &[MonthStart], year: i32, month: u8) -> i64 {
    let index = year as i64 * 12 + month as i64 - 1;
    // Binary search of the overrides by month.
    let (mut low, mut high) = (0, starts.len());
    while low < high {
        let middle = (low + high) / 2;
        let candidate = starts[middle];
        let candidate_index = candidate.index();
        if candidate_index == index {
            return candidate.first_day.to_day_number().rata_die();
        } else if candidate_index < index {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    let (min_year, max_year) = base.year_range();
    if year > max_year {
        // The month after the last: the day after the base's range.
        return base.last_rata_die() + 1;
    }
    if year < min_year {
        return base.first_rata_die();
    }
    rata_die_from_ymd_unchecked(base, year, month, 1)
}

/// Checks overrides on `base` (any lifetime, so that text can be checked before anything is
/// leaked).
// Proof: the movable month indexes are an i32 plus or minus one, times 12, plus at most 11, in
// i64; `before` and `length` are differences of two R.D.s (module documentation).
#[allow(clippy::arithmetic_side_effects)]
const fn check_starts(base: Calendar, starts: &[MonthStart]) -> Result<(), Invalid> {
    let (min_year, max_year) = base.year_range();
    let mut previous: Option<MonthStart> = None;
    let mut rest = starts;
    while let [start, tail @ ..] = rest {
        let start = *start;
        rest = tail;
        // Whole years only: a tabular range begins and ends inside a year, and the first
        // month of Umm al-Qura's range fixes where it begins.
        let first_movable =
            if matches!(base, Calendar::Tabular { .. } | Calendar::UmmAlQuraExtended) {
                (min_year as i64 + 1) * 12 + 1
            } else {
                min_year as i64 * 12 + 1
            };
        let last_movable = if matches!(base, Calendar::Tabular { .. } | Calendar::UmmAlQuraExtended)
        {
            (max_year as i64 - 1) * 12 + 11
        } else {
            max_year as i64 * 12 + 11
        };
        if start.month < 1
            || start.month > 12
            || start.index() < first_movable
            || start.index() > last_movable
        {
            return Err(Invalid::Outside { start, calendar: base });
        }
        if let Some(previous) = previous {
            if previous.index() == start.index() {
                return Err(Invalid::Duplicate { start, previous });
            }
            if previous.index() > start.index() {
                return Err(Invalid::Order { start, previous });
            }
        }
        previous = Some(start);
        // The month before and the month itself must keep 29 or 30 days.
        let (py, pm) = previous_month(start.year, start.month);
        let before = month_start_in(base, starts, start.year, start.month)
            - month_start_in(base, starts, py, pm);
        if before < 29 || before > 30 {
            return Err(Invalid::Length { start, year: py, month: pm, days: before });
        }
        let (ny, nm) = next_month(start.year, start.month);
        let length = month_start_in(base, starts, ny, nm)
            - month_start_in(base, starts, start.year, start.month);
        if length < 29 || length > 30 {
            return Err(Invalid::Length {
                start,
                year: start.year,
                month: start.month,
                days: length,
            });
        }
    }
    Ok(())
}

/// The month before (year, month).
// Proof: callers pass a month 1..=12 (so `month - 1` runs only for 2..=12) and a year inside a
// base calendar's year range (module documentation), far from i32's limits.
#[allow(clippy::arithmetic_side_effects)]
const fn previous_month(year: i32, month: u8) -> (i32, u8) {
    if month == 1 {
        (year - 1, 12)
    } else {
        (year, month - 1)
    }
}

/// The month after (year, month).
// Proof: callers pass a month 1..=12 (so `month + 1` runs only for 1..=11) and a year inside a
// base calendar's year range (module documentation), far from i32's limits.
#[allow(clippy::arithmetic_side_effects)]
const fn next_month(year: i32, month: u8) -> (i32, u8) {
    if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    }
}

/// Reads `[-]YYYY-MM = [-]YYYY-MM-DD`.
fn parse_override(line: &str) -> Option<MonthStart> {
    let (month_part, day_part) = line.split_once('=')?;
    let (year, month) = split_signed(month_part.trim(), 2)?;
    let (year, month) = (year?, month);
    let (g_year, rest) = split_signed(day_part.trim(), 3)?;
    let g_year = g_year?;
    let mut rest = rest.into_iter();
    let (g_month, g_day) = (rest.next()?, rest.next()?);
    let first_day = GregorianDate::new(g_year, g_month, g_day).ok()?;
    let month: u8 = *month.first()?;
    Some(MonthStart::new(year, month, first_day))
}

/// Splits `[-]Y-A[-B]` into the signed year and `parts - 1` two-digit numbers.
fn split_signed(text: &str, parts: usize) -> Option<(Option<i32>, Vec<u8>)> {
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let fields: Vec<&str> = text.split('-').collect();
    if fields.len() != parts
        || fields.iter().any(|f| f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let year: i32 = fields.first()?.parse().ok()?;
    let rest: Option<Vec<u8>> =
        fields.iter().skip(1).map(|f| if f.len() == 2 { f.parse().ok() } else { None }).collect();
    // Proof: `year` parsed from ASCII digits alone is 0..=i32::MAX, whose negation fits.
    #[allow(clippy::arithmetic_side_effects)]
    let year = if negative { -year } else { year };
    Some((Some(year), rest?))
}
