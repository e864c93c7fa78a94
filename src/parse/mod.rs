//! Reading dates: Hijri and Gregorian dates as people write them, in Arabic, Persian, Urdu,
//! English and French, whole ([`parse`]) or in running text ([`find_dates`]).
//!
//! ```
//! use hijri_calendar::parse::{parse, find_dates};
//! use hijri_calendar::{GregorianDate, Weekday};
//!
//! // A whole text: one date expression.
//! let date = parse("الخميس ١٤ صفر ١٤٤٢ هـ")?;
//! assert_eq!(date.gregorian_date(), Some(GregorianDate::new(2020, 10, 1)?));
//! assert_eq!(date.weekday(), Some(Weekday::Thursday));
//! assert_eq!(date.weekday_matches(), Some(true));
//!
//! // A pair: both dates as written, and whether they agree in the parser's calendar.
//! let pair = parse("الخميس 29 صفر 1435هـ موافق 2 يناير 2014م")?; // Moroccan sighting
//! assert_eq!(pair.consistent(), Some(false));
//! assert_eq!(pair.days_apart(), Some(1));
//!
//! // Running text: every date with its byte span, and nothing else.
//! let text = "موقع أنصار الله  – 14 صفر 1442هـ\nدمرت 200 دبابة";
//! let found: Vec<_> = find_dates(text).collect();
//! assert_eq!(found.len(), 1);
//! assert_eq!(&text[found[0].span().range()], "14 صفر 1442هـ");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # What it reads
//! - Digits of three sets, mixed: `0-9`, `٠-٩`, `۰-۹`.
//! - Hijri month names in every common spelling (hamza, madda, ى/ي, ة/ه, tashkeel, tatweel,
//!   Urdu and Persian letters, the article dropped or glued), English and French
//!   transliterations; Gregorian month names of Egypt, the Levant, the Maghreb, Morocco,
//!   Urdu, Persian, English and French.
//! - Era marks (`هـ`, `هجري`, `هجری قمری`, `AH`, `م`, `ميلادية`, `CE`, …), weekdays before the
//!   date (`الأحد (26 تشرين الأول 2025)`, `الأربعاء المقبل`) or after it (`(Mon)`,
//!   `بروز جمعہ`), the day words `غرة`, `أول`, `یکم`, Arabic ordinal days before `من`
//!   (`للخامس عشر من يونيو`), `من`, `عام`, `سنة`, `of`, English ordinals (`21st`).
//! - Numeric dates (`14/2/1442هـ`, `1442-02-14`, `١١ /١١ /١٤٤١هـ`): without an era mark the
//!   year decides (up to 1600 Hijri, after it Gregorian) unless [`NumericCalendar`] says
//!   otherwise; English-style month-first order is a [`DateOrder`].
//! - RFC 9557 strings: `2020-10-01[u-ca=islamic-umalqura]`.
//! - Pairs joined by `الموافق`, `موافق`, `corresponding to`, `=`, `/`, a dash or parentheses,
//!   or side by side when both dates carry their era mark (`1446 هـ 22 مايو 2025 م`).
//! - Invisible characters (bidi marks, zero-width spaces, no-break spaces) between tokens.
//!
//! Pairs may disagree by a day or two when a country follows its own moon sighting, or by a
//! few days through a slip of the pen; that is reported by [`Parsed::consistent`] and
//! [`Parsed::days_apart`], not an error, as long as the two stay within 14 days (half a
//! month: they still name the same Hijri month). Further apart (a wrong calendar, a
//! misreading), or any disagreement in [`Strictness::Strict`] mode, it is a
//! [`ParseErrorKind::PairMismatch`].

mod error;
mod exact;
mod find;
mod fold;
mod grammar;
mod trie;
mod words;

use core::ops::Range;
use core::str::FromStr;

pub use error::{CloseMatches, Expected, ParseError, ParseErrorKind};
pub use find::FindDates;

use crate::calendar::{Calendar, GregorianDate, HijriDate, Weekday};
use grammar::{Mode, Scanner};

/// A byte range of a text; always on char boundaries.
///
/// # Example
/// ```
/// use hijri_calendar::parse::parse;
/// let text = " 14 صفر 1442هـ.";
/// assert_eq!(&text[parse(text)?.span().range()], "14 صفر 1442هـ");
/// # Ok::<(), hijri_calendar::parse::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub struct Span {
    /// The offset of the first byte.
    pub start: usize,
    /// The offset after the last byte.
    pub end: usize,
}

impl Span {
    /// The span as a range, to index the text.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::parse::Span;
    /// assert_eq!(Span { start: 3, end: 5 }.range(), 3..5);
    /// ```
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

/// A date as written: a full date, a month of a year, or a day of a month without a year.
///
/// # Example
/// ```
/// use hijri_calendar::parse::{parse, Written};
/// assert_eq!(parse("رمضان 1447هـ")?.hijri(), Some(Written::YearMonth { year: 1447, month: 9 }));
/// assert_eq!(parse("14 صفر")?.hijri(), Some(Written::MonthDay { month: 2, day: 14 }));
/// # Ok::<(), hijri_calendar::parse::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Written<D> {
    /// Day, month and year.
    Date(D),
    /// A month and its year, no day.
    YearMonth {
        /// The year.
        year: i32,
        /// The month, 1..=12.
        month: u8,
    },
    /// A day and its month, no year.
    MonthDay {
        /// The month, 1..=12.
        month: u8,
        /// The day, 1..=30 (Hijri) or up to the month's longest (Gregorian).
        day: u8,
    },
}

impl<D: Copy> Written<D> {
    /// The full date, if day, month and year were all written.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::parse::parse;
    /// assert_eq!(parse("14 صفر 1442هـ")?.hijri().and_then(|h| h.date()).map(|d| d.day()), Some(14));
    /// # Ok::<(), hijri_calendar::parse::ParseError>(())
    /// ```
    pub fn date(self) -> Option<D> {
        match self {
            Written::Date(date) => Some(date),
            _ => None,
        }
    }
}

macro_rules! written_fields {
    ($date:ty) => {
        impl Written<$date> {
            /// The year, if written.
            ///
            /// # Example
            /// ```
            /// use hijri_calendar::parse::parse;
            /// assert_eq!(parse("14 صفر 1442هـ")?.hijri().and_then(|h| h.year()), Some(1442));
            /// assert_eq!(parse("1 October 2020")?.gregorian().and_then(|g| g.year()), Some(2020));
            /// # Ok::<(), hijri_calendar::parse::ParseError>(())
            /// ```
            pub fn year(self) -> Option<i32> {
                match self {
                    Written::Date(date) => Some(date.year()),
                    Written::YearMonth { year, .. } => Some(year),
                    Written::MonthDay { .. } => None,
                }
            }

            /// The month, always written.
            ///
            /// # Example
            /// ```
            /// use hijri_calendar::parse::parse;
            /// assert_eq!(parse("Ramadan 1445")?.hijri().map(|h| h.month()), Some(9));
            /// assert_eq!(parse("June 30")?.gregorian().map(|g| g.month()), Some(6));
            /// # Ok::<(), hijri_calendar::parse::ParseError>(())
            /// ```
            pub fn month(self) -> u8 {
                match self {
                    Written::Date(date) => date.month(),
                    Written::YearMonth { month, .. } | Written::MonthDay { month, .. } => month,
                }
            }

            /// The day, if written.
            ///
            /// # Example
            /// ```
            /// use hijri_calendar::parse::parse;
            /// assert_eq!(parse("غرة رمضان")?.hijri().and_then(|h| h.day()), Some(1));
            /// assert_eq!(parse("مارس 2024")?.gregorian().and_then(|g| g.day()), None);
            /// # Ok::<(), hijri_calendar::parse::ParseError>(())
            /// ```
            pub fn day(self) -> Option<u8> {
                match self {
                    Written::Date(date) => Some(date.day()),
                    Written::MonthDay { day, .. } => Some(day),
                    Written::YearMonth { .. } => None,
                }
            }
        }
    };
}

written_fields!(HijriDate);
written_fields!(GregorianDate);

/// What a date expression holds: a Hijri date, a Gregorian date, or one of each.
///
/// # Example
/// ```
/// use hijri_calendar::parse::{parse, ParsedDate};
/// assert!(matches!(parse("14 صفر 1442هـ")?.date(), ParsedDate::Hijri(_)));
/// assert!(matches!(parse("1/10/2020")?.date(), ParsedDate::Gregorian(_)));
/// assert!(matches!(parse("14 صفر 1442هـ الموافق 1 أكتوبر 2020م")?.date(), ParsedDate::Pair { .. }));
/// # Ok::<(), hijri_calendar::parse::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ParsedDate {
    /// A Hijri date only.
    Hijri(Written<HijriDate>),
    /// A Gregorian date only.
    Gregorian(Written<GregorianDate>),
    /// Both, as written (in either order in the text).
    Pair {
        /// The Hijri date.
        hijri: Written<HijriDate>,
        /// The Gregorian date.
        gregorian: Written<GregorianDate>,
    },
}

/// A date expression read from a text: what it holds, where, and its weekday.
///
/// # Example
/// ```
/// use hijri_calendar::parse::parse;
/// use hijri_calendar::{Calendar, Weekday};
///
/// let parsed = parse("الجمعة 14 صفر 1442هـ")?; // 14 Safar 1442 was a Thursday
/// assert_eq!(parsed.weekday(), Some(Weekday::Friday));
/// assert_eq!(parsed.weekday_matches(), Some(false));
/// assert_eq!(parsed.calendar(), Calendar::UmmAlQura);
/// # Ok::<(), hijri_calendar::parse::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Parsed {
    span: Span,
    calendar: Calendar,
    date: ParsedDate,
    weekday: Option<Weekday>,
}

impl Parsed {
    /// Where the expression is in the text (without surrounding space or punctuation).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::parse::parse;
    /// assert_eq!(parse("  14 صفر 1442هـ  ")?.span().range(), 2..20);
    /// # Ok::<(), hijri_calendar::parse::ParseError>(())
    /// ```
    #[inline]
    pub fn span(&self) -> Span {
        self.span
    }

    /// The Hijri calendar of the result: the parser's, or an RFC 9557 annotation's.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{parse::parse, Calendar};
    /// assert_eq!(parse("2020-10-01[u-ca=islamic-civil]")?.calendar(), Calendar::CIVIL);
    /// # Ok::<(), hijri_calendar::parse::ParseError>(())
    /// ```
    #[inline]
    pub fn calendar(&self) -> Calendar {
        self.calendar
    }

    /// What the expression holds, as written.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::parse::{parse, ParsedDate, Written};
    /// let parsed = parse("رمضان 1447هـ")?;
    /// assert_eq!(parsed.date(), ParsedDate::Hijri(Written::YearMonth { year: 1447, month: 9 }));
    /// # Ok::<(), hijri_calendar::parse::ParseError>(())
    /// ```
    #[inline]
    pub fn date(&self) -> ParsedDate {
        self.date
    }

    /// The Hijri date as written, if one was.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::parse::parse;
    /// assert!(parse("1 October 2020")?.hijri().is_none());
    /// # Ok::<(), hijri_calendar::parse::ParseError>(())
    /// ```
    #[inline]
    pub fn hijri(&self) -> Option<Written<HijriDate>> {
        match self.date {
            ParsedDate::Hijri(h) | ParsedDate::Pair { hijri: h, .. } => Some(h),
            ParsedDate::Gregorian(_) => None,
        }
    }

    /// The Gregorian date as written, if one was.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::parse::parse;
    /// assert!(parse("14 صفر 1442هـ")?.gregorian().is_none());
    /// # Ok::<(), hijri_calendar::parse::ParseError>(())
    /// ```
    #[inline]
    pub fn gregorian(&self) -> Option<Written<GregorianDate>> {
        match self.date {
            ParsedDate::Gregorian(g) | ParsedDate::Pair { gregorian: g, .. } => Some(g),
            ParsedDate::Hijri(_) => None,
        }
    }

    /// The full Hijri date: as written, or converted from a full Gregorian date when only
    /// that was written (`None` outside the calendar's range or for a partial date).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::parse::parse;
    /// assert_eq!(parse("1 October 2020")?.hijri_date().map(|d| d.to_string()), Some("1442-02-14".into()));
    /// # Ok::<(), hijri_calendar::parse::ParseError>(())
    /// ```
    #[inline]
    pub fn hijri_date(&self) -> Option<HijriDate> {
        match self.hijri() {
            Some(h) => h.date(),
            None => {
                let g = self.gregorian()?.date()?;
                HijriDate::from_gregorian(self.calendar, g).ok()
            }
        }
    }

    /// The full Gregorian date: as written, or converted from a full Hijri date when only that
    /// was written.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::parse::parse;
    /// assert_eq!(parse("14 صفر 1442هـ")?.gregorian_date().map(|d| d.to_string()), Some("2020-10-01".into()));
    /// # Ok::<(), hijri_calendar::parse::ParseError>(())
    /// ```
    #[inline]
    pub fn gregorian_date(&self) -> Option<GregorianDate> {
        match self.gregorian() {
            Some(g) => g.date(),
            None => Some(self.hijri()?.date()?.to_gregorian()),
        }
    }

    /// The weekday written with the date, if any.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{parse::parse, Weekday};
    /// assert_eq!(parse("Tuesday, 21st August 2018")?.weekday(), Some(Weekday::Tuesday));
    /// # Ok::<(), hijri_calendar::parse::ParseError>(())
    /// ```
    #[inline]
    pub fn weekday(&self) -> Option<Weekday> {
        self.weekday
    }

    /// Whether the written weekday is the date's (the Gregorian date's, when both calendars
    /// were written); `None` without a weekday or a full date.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::parse::parse;
    /// assert_eq!(parse("Saturday 7 July 2024")?.weekday_matches(), Some(false));
    /// assert_eq!(parse("7 July 2024")?.weekday_matches(), None);
    /// # Ok::<(), hijri_calendar::parse::ParseError>(())
    /// ```
    pub fn weekday_matches(&self) -> Option<bool> {
        Some(self.weekday? == self.gregorian_date()?.weekday())
    }

    /// For a pair of full dates: whether the Hijri date, in [`Parsed::calendar`], is the
    /// Gregorian date. `None` for a single date or a partial one.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::parse::parse;
    /// assert_eq!(parse("14 صفر 1442هـ الموافق 1 أكتوبر 2020م")?.consistent(), Some(true));
    /// assert_eq!(parse("14 صفر 1442هـ")?.consistent(), None);
    /// # Ok::<(), hijri_calendar::parse::ParseError>(())
    /// ```
    pub fn consistent(&self) -> Option<bool> {
        self.days_apart().map(|days| days == 0)
    }

    /// For a pair of full dates: the days from the Hijri date (in [`Parsed::calendar`]) to the
    /// Gregorian date; `1` when the writer's calendar starts the month a day after the table.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::parse::parse;
    /// assert_eq!(parse("السبت 29 شوال 1436 ه الموافق 15 غشت 2015")?.days_apart(), Some(1));
    /// # Ok::<(), hijri_calendar::parse::ParseError>(())
    /// ```
    pub fn days_apart(&self) -> Option<i64> {
        match self.date {
            ParsedDate::Pair { hijri: Written::Date(h), gregorian: Written::Date(g) } => {
                Some(h.to_day_number().days_until(g.to_day_number()))
            }
            _ => None,
        }
    }
}

/// How to order day and month in a numeric date whose year comes last.
///
/// # Example
/// ```
/// use hijri_calendar::parse::{DateOrder, Parser};
/// let us = Parser::new().date_order(DateOrder::MonthFirst);
/// assert_eq!(us.parse("10/01/2020")?.gregorian_date().map(|d| d.to_string()), Some("2020-10-01".into()));
/// # Ok::<(), hijri_calendar::parse::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub enum DateOrder {
    /// `14/2/1442`: day, month, year (the Arab world, Europe).
    #[default]
    DayFirst,
    /// `2/14/1442`: month, day, year (the United States).
    MonthFirst,
}

/// How much the parser forgives.
///
/// # Example
/// ```
/// use hijri_calendar::parse::{Parser, Strictness};
/// let strict = Parser::new().strictness(Strictness::Strict);
/// assert!(strict.parse("الجمعة 14 صفر 1442هـ").is_err()); // a Thursday
/// assert!(strict.parse("18 يوليو 2023 13:34").is_err());
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub enum Strictness {
    /// Reports a contradicting weekday and a pair up to 14 days apart in the result; allows a
    /// time after the date; swaps day and month of a numeric date when only that is valid.
    #[default]
    Lenient,
    /// Rejects a contradicting weekday, any disagreement of a pair, a time after the date,
    /// and a month above 12.
    Strict,
}

/// The calendar of a numeric date without an era mark or annotation.
///
/// # Example
/// ```
/// use hijri_calendar::parse::{NumericCalendar, Parser};
/// assert!(Parser::new().parse("14/2/1442")?.hijri().is_some());
/// let gregorian = Parser::new().numeric(NumericCalendar::Gregorian);
/// assert!(gregorian.parse("14/2/1442")?.gregorian().is_some());
/// # Ok::<(), hijri_calendar::parse::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub enum NumericCalendar {
    /// Years up to 1600 are Hijri, later ones Gregorian.
    #[default]
    ByYear,
    /// Always Hijri.
    Hijri,
    /// Always Gregorian.
    Gregorian,
}

/// A configured parser.
///
/// # Example
/// ```
/// use hijri_calendar::parse::{DateOrder, Parser, Strictness};
/// use hijri_calendar::Calendar;
///
/// const PARSER: Parser = Parser::new()
///     .calendar(Calendar::CIVIL)
///     .date_order(DateOrder::DayFirst)
///     .strictness(Strictness::Lenient);
/// let parsed = PARSER.parse("14 صفر 1442هـ")?;
/// assert_eq!(parsed.gregorian_date().map(|d| d.to_string()), Some("2020-10-02".into()));
/// # Ok::<(), hijri_calendar::parse::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Parser {
    calendar: Calendar,
    order: DateOrder,
    strictness: Strictness,
    numeric: NumericCalendar,
}

impl Default for Parser {
    fn default() -> Parser {
        Parser::new()
    }
}

impl Parser {
    /// The default parser: Umm al-Qura, day first, lenient, numeric calendar by year.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::parse::Parser;
    /// assert_eq!(Parser::new(), Parser::default());
    /// ```
    pub const fn new() -> Parser {
        Parser {
            calendar: Calendar::UmmAlQura,
            order: DateOrder::DayFirst,
            strictness: Strictness::Lenient,
            numeric: NumericCalendar::ByYear,
        }
    }

    /// The Hijri calendar of results (an RFC 9557 annotation in the text overrides it).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{parse::Parser, Calendar};
    /// let parsed = Parser::new().calendar(Calendar::TBLA).parse("1442-02-14")?;
    /// assert_eq!(parsed.calendar(), Calendar::TBLA);
    /// # Ok::<(), hijri_calendar::parse::ParseError>(())
    /// ```
    pub const fn calendar(mut self, calendar: Calendar) -> Parser {
        self.calendar = calendar;
        self
    }

    /// Day-first or month-first numeric dates.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::parse::{DateOrder, Parser};
    /// let parsed = Parser::new().date_order(DateOrder::MonthFirst).parse("2/14/1442")?;
    /// assert_eq!(parsed.hijri().and_then(|h| h.day()), Some(14));
    /// # Ok::<(), hijri_calendar::parse::ParseError>(())
    /// ```
    pub const fn date_order(mut self, order: DateOrder) -> Parser {
        self.order = order;
        self
    }

    /// Strict or lenient.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::parse::{Parser, Strictness};
    /// assert!(Parser::new().strictness(Strictness::Strict).parse("14/13/1442").is_err());
    /// ```
    pub const fn strictness(mut self, strictness: Strictness) -> Parser {
        self.strictness = strictness;
        self
    }

    /// The calendar of numeric dates without an era mark.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::parse::{NumericCalendar, Parser};
    /// let parser = Parser::new().numeric(NumericCalendar::Hijri);
    /// assert!(parser.parse("2020-10-01").is_err()); // no Hijri year 2020 in Umm al-Qura
    /// ```
    pub const fn numeric(mut self, numeric: NumericCalendar) -> Parser {
        self.numeric = numeric;
        self
    }

    /// Reads a text that is one date expression, with white space, punctuation and bidi marks
    /// around it allowed.
    ///
    /// # Errors
    /// A [`ParseError`] with the span of the offending text and what was expected there; for
    /// a date the calendar does not have, the calendar's range error with the field's span.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::parse::Parser;
    /// let parsed = Parser::new().parse("1436/07/05 هـ الموافق : 24/04/2015 مـ")?;
    /// assert_eq!(parsed.consistent(), Some(true));
    /// # Ok::<(), hijri_calendar::parse::ParseError>(())
    /// ```
    pub fn parse(&self, text: &str) -> Result<Parsed, ParseError> {
        let scanner = Scanner::new(text, *self, Mode::Whole);
        let start = scanner.skip_junk(0);
        if let Some(parsed) = scanner.quick(start) {
            return Ok(parsed);
        }
        self.parse_by_grammar(&scanner, start)
    }

    /// [`Parser::parse`] without the shortcut for the commonest shape.
    fn parse_by_grammar(&self, scanner: &Scanner<'_>, start: usize) -> Result<Parsed, ParseError> {
        let text = scanner.text;
        if start >= text.len() {
            let end = Span { start: text.len(), end: text.len() };
            return Err(ParseError::new(ParseErrorKind::NoDate, end, text));
        }
        let (parsed, end) = scanner
            .expression(start)
            .map_err(|fail| ParseError::new(fail.kind, fail.span, text))?;
        let mut rest = end;
        if rest < text.len() && self.strictness == Strictness::Lenient {
            rest = scanner.time(rest).unwrap_or(rest);
        }
        rest = scanner.skip_junk(rest);
        if rest < text.len() {
            let span = scanner.token_span(rest);
            return Err(ParseError::new(ParseErrorKind::Expected(Expected::End), span, text));
        }
        Ok(parsed)
    }

    /// The dates of a running text, in order, each with its span. Counts, scores, decree
    /// numbers, times, bare years and names such as `رجب طيب أردوغان` are not dates.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::parse::Parser;
    /// let text = "القرار رقم 2.11.473 صادر في 15 من شوال 1432";
    /// let found: Vec<_> = Parser::new().find_dates(text).collect();
    /// assert_eq!(found.len(), 1);
    /// assert_eq!(&text[found[0].span().range()], "15 من شوال 1432");
    /// ```
    #[inline]
    pub fn find_dates<'t>(&self, text: &'t str) -> FindDates<'t> {
        FindDates::new(text, *self)
    }
}

/// Reads a text that is one date expression, with the default [`Parser`].
///
/// # Errors
/// A [`ParseError`] with the span of the offending text and what was expected there.
///
/// # Example
/// ```
/// use hijri_calendar::parse::parse;
/// assert_eq!(parse("14 صفر 1442هـ")?.gregorian_date().map(|d| d.to_string()), Some("2020-10-01".into()));
/// assert_eq!(parse("14 ربيع 1442هـ").unwrap_err().to_string(),
///     "month name \"ربيع\" is ambiguous; expected ربيع الأول (Rabi al-Awwal) or ربيع الثاني (Rabi al-Thani)");
/// # Ok::<(), hijri_calendar::parse::ParseError>(())
/// ```
#[inline]
pub fn parse(text: &str) -> Result<Parsed, ParseError> {
    Parser::new().parse(text)
}

/// The dates of a running text, with the default [`Parser`].
///
/// # Example
/// ```
/// use hijri_calendar::parse::find_dates;
/// let text = "التقى رجب طيب أردوغان 3 مرات في 2020، آخرها الخميس 1 أكتوبر 2020";
/// let found: Vec<_> = find_dates(text).collect();
/// assert_eq!(found.len(), 1);
/// assert_eq!(&text[found[0].span().range()], "الخميس 1 أكتوبر 2020");
/// ```
#[inline]
pub fn find_dates(text: &str) -> FindDates<'_> {
    FindDates::new(text, Parser::new())
}

impl FromStr for HijriDate {
    type Err = ParseError;

    /// Reads a full date through [`parse`], in Umm al-Qura unless an RFC 9557 `[u-ca=…]`
    /// annotation names another calendar; a Gregorian date is converted.
    ///
    /// # Errors
    /// Any [`ParseError`], and [`Expected::FullDate`] for a partial date.
    fn from_str(text: &str) -> Result<HijriDate, ParseError> {
        let parsed = parse(text)?;
        parsed.hijri_date().ok_or_else(|| not_full(&parsed, text))
    }
}

impl FromStr for GregorianDate {
    type Err = ParseError;

    /// Reads a full date through [`parse`]; a Hijri date is converted from Umm al-Qura.
    ///
    /// # Errors
    /// Any [`ParseError`], and [`Expected::FullDate`] for a partial date.
    fn from_str(text: &str) -> Result<GregorianDate, ParseError> {
        let parsed = parse(text)?;
        parsed.gregorian_date().ok_or_else(|| not_full(&parsed, text))
    }
}

fn not_full(parsed: &Parsed, text: &str) -> ParseError {
    ParseError::new(ParseErrorKind::Expected(Expected::FullDate), parsed.span(), text)
}
