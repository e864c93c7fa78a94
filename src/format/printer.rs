//! The printer: options, and the loop that writes a checked pattern into a sink.

use core::fmt;

use super::pattern::{Field, GregorianPattern, Pad, Pattern, Piece, Side};
use crate::calendar::{GregorianDate, HijriDate, Weekday};
use crate::names::{Digits, GregorianMonthNames, HijriMonthSpelling, Language};

/// Whether the output is wrapped in Unicode bidi isolates.
///
/// By default the printer writes no bidi control at all. With [`Bidi::Isolate`] the whole date
/// is wrapped in U+2067 RIGHT-TO-LEFT ISOLATE (Arabic) or U+2066 LEFT-TO-RIGHT ISOLATE
/// (English) and closed with U+2069 POP DIRECTIONAL ISOLATE, so that an Arabic date keeps its
/// order inside left-to-right text and the text around it keeps its own.
///
/// # Example
/// ```
/// use hijri_calendar::format::{Bidi, Pattern, Printer};
/// use hijri_calendar::{Calendar, HijriDate};
///
/// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
/// let printer = Printer::new().bidi(Bidi::Isolate);
/// assert_eq!(printer.display(date, &Pattern::NUMERIC).to_string(), "\u{2067}14/02/1442هـ\u{2069}");
/// # Ok::<(), hijri_calendar::RangeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
#[non_exhaustive]
pub enum Bidi {
    /// No bidi controls (the default).
    #[default]
    None,
    /// Wrap the date in a directional isolate of the printer's language.
    Isolate,
}

/// Prints dates with patterns; a builder of options, cheap to copy.
///
/// The defaults: Arabic, Latin digits, CLDR Hijri month names, Egyptian Arabic names of the
/// Gregorian months, no bidi controls.
///
/// # Example
/// ```
/// use hijri_calendar::format::{Pattern, Printer};
/// use hijri_calendar::names::{Digits, HijriMonthSpelling, Language};
/// use hijri_calendar::{Calendar, HijriDate};
///
/// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 4, 14)?;
/// let printer = Printer::new().digits(Digits::ArabicIndic);
/// assert_eq!(printer.display(date, &Pattern::LONG).to_string(), "الأحد ١٤ ربيع الآخر ١٤٤٢هـ");
///
/// let printer = Printer::new()
///     .language(Language::English)
///     .hijri_month_spelling(HijriMonthSpelling::Common);
/// assert_eq!(printer.display(date, &Pattern::LONG).to_string(), "Sunday 14 Rabi al-Thani 1442 AH");
/// # Ok::<(), hijri_calendar::RangeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub struct Printer {
    language: Language,
    digits: Digits,
    hijri_month_spelling: HijriMonthSpelling,
    gregorian_month_names: GregorianMonthNames,
    bidi: Bidi,
}

impl Printer {
    /// A printer with the default options.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::Printer;
    /// assert_eq!(Printer::new(), Printer::default());
    /// ```
    pub const fn new() -> Printer {
        Printer {
            language: Language::Arabic,
            digits: Digits::Latin,
            hijri_month_spelling: HijriMonthSpelling::Cldr,
            gregorian_month_names: GregorianMonthNames::Egyptian,
            bidi: Bidi::None,
        }
    }

    /// The language of names, era marks and the words of presets.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::{Pattern, Printer};
    /// use hijri_calendar::names::Language;
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 9, 1)?;
    /// let printer = Printer::new().language(Language::English);
    /// assert_eq!(printer.display(date, &Pattern::NUMERIC).to_string(), "01/09/1442 AH");
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    pub const fn language(self, language: Language) -> Printer {
        Printer { language, ..self }
    }

    /// The digits of every number.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::{Pattern, Printer};
    /// use hijri_calendar::names::Digits;
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
    /// let printer = Printer::new().digits(Digits::Persian);
    /// assert_eq!(printer.display(date, &Pattern::ISO).to_string(), "۱۴۴۲-۰۲-۱۴");
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    pub const fn digits(self, digits: Digits) -> Printer {
        Printer { digits, ..self }
    }

    /// The spelling of the Hijri month names.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::{Pattern, Printer};
    /// use hijri_calendar::names::HijriMonthSpelling;
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 6, 1)?;
    /// let printer = Printer::new().hijri_month_spelling(HijriMonthSpelling::Common);
    /// assert_eq!(printer.display(date, &Pattern::new("%-d %B")?).to_string(), "1 جمادى الثانية");
    /// # Ok::<(), hijri_calendar::Error>(())
    /// ```
    pub const fn hijri_month_spelling(self, spelling: HijriMonthSpelling) -> Printer {
        Printer { hijri_month_spelling: spelling, ..self }
    }

    /// The Arabic names of the Gregorian months (English has one set).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::{GregorianPattern, Printer};
    /// use hijri_calendar::names::GregorianMonthNames;
    /// use hijri_calendar::GregorianDate;
    /// let date = GregorianDate::new(2021, 1, 5)?;
    /// let printer = Printer::new().gregorian_month_names(GregorianMonthNames::Maghrebi);
    /// assert_eq!(printer.display_gregorian(date, &GregorianPattern::LONG).to_string(), "الثلاثاء 5 جانفي 2021م");
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    pub const fn gregorian_month_names(self, names: GregorianMonthNames) -> Printer {
        Printer { gregorian_month_names: names, ..self }
    }

    /// Whether to wrap the output in bidi isolates; see [`Bidi`].
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::{Bidi, Printer};
    /// let printer = Printer::new().bidi(Bidi::Isolate);
    /// assert_ne!(printer, Printer::new());
    /// ```
    pub const fn bidi(self, bidi: Bidi) -> Printer {
        Printer { bidi, ..self }
    }

    /// Writes a Hijri date (of any calendar) with `pattern` into `sink`, allocating nothing.
    ///
    /// # Errors
    /// Only an error of the sink itself.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::{Pattern, Printer};
    /// use hijri_calendar::{Calendar, HijriDate};
    ///
    /// let mut line = String::new();
    /// let printer = Printer::new();
    /// for day in [1, 2] {
    ///     line.clear();
    ///     printer.write(HijriDate::new(Calendar::CIVIL, 1442, 9, day)?, &Pattern::DUAL, &mut line)?;
    /// }
    /// assert_eq!(line, "الأربعاء 2 رمضان 1442هـ الموافق 14 أبريل 2021م");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write<W: fmt::Write + ?Sized>(
        &self,
        date: HijriDate,
        pattern: &Pattern,
        sink: &mut W,
    ) -> fmt::Result {
        let (pieces, uses_gregorian) = pattern.repr.pieces(self.language, Side::Hijri);
        let gregorian = uses_gregorian.then(|| date.to_gregorian());
        self.render(pieces, Some(date), gregorian, sink)
    }

    /// Writes a Gregorian date with `pattern` into `sink`, allocating nothing.
    ///
    /// # Errors
    /// Only an error of the sink itself.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::{GregorianPattern, Printer};
    /// use hijri_calendar::names::Language;
    /// use hijri_calendar::GregorianDate;
    ///
    /// let mut out = String::new();
    /// let printer = Printer::new().language(Language::English);
    /// printer.write_gregorian(GregorianDate::new(2020, 10, 1)?, &GregorianPattern::LONG, &mut out)?;
    /// assert_eq!(out, "Thursday 1 October 2020 CE");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write_gregorian<W: fmt::Write + ?Sized>(
        &self,
        date: GregorianDate,
        pattern: &GregorianPattern,
        sink: &mut W,
    ) -> fmt::Result {
        let (pieces, _) = pattern.repr.pieces(self.language, Side::Gregorian);
        self.render(pieces, None, Some(date), sink)
    }

    /// A [`Display`](fmt::Display) of a Hijri date with `pattern`, for `to_string`, `format!`
    /// and `write!`.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::{Pattern, Printer};
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
    /// let printer = Printer::new();
    /// assert_eq!(format!("[{}]", printer.display(date, &Pattern::ISO)), "[1442-02-14]");
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    pub const fn display<'a>(&self, date: HijriDate, pattern: &'a Pattern) -> HijriDisplay<'a> {
        HijriDisplay { printer: *self, date, pattern }
    }

    /// A [`Display`](fmt::Display) of a Gregorian date with `pattern`.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::{GregorianPattern, Printer};
    /// use hijri_calendar::GregorianDate;
    /// let date = GregorianDate::new(2020, 10, 1)?;
    /// let shown = Printer::new().display_gregorian(date, &GregorianPattern::NUMERIC).to_string();
    /// assert_eq!(shown, "01/10/2020م");
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    pub const fn display_gregorian<'a>(
        &self,
        date: GregorianDate,
        pattern: &'a GregorianPattern,
    ) -> GregorianDisplay<'a> {
        GregorianDisplay { printer: *self, date, pattern }
    }

    /// Writes the pieces; a piece of a side without fields (a Hijri piece for a Gregorian
    /// date, which checked patterns never hold) prints nothing.
    fn render<W: fmt::Write + ?Sized>(
        &self,
        pieces: &[Piece],
        hijri: Option<HijriDate>,
        gregorian: Option<GregorianDate>,
        sink: &mut W,
    ) -> fmt::Result {
        if self.bidi == Bidi::Isolate {
            sink.write_char(match self.language {
                Language::Arabic => '\u{2067}',
                Language::English => '\u{2066}',
            })?;
        }
        for piece in pieces {
            match piece {
                Piece::Literal(text) => sink.write_str(text)?,
                Piece::Field(side, field) => {
                    let day = match side {
                        Side::Hijri => hijri.map(Day::Hijri),
                        Side::Gregorian => gregorian.map(Day::Gregorian),
                    };
                    if let Some(day) = day {
                        self.write_field(*field, day, sink)?;
                    }
                }
            }
        }
        if self.bidi == Bidi::Isolate {
            sink.write_char('\u{2069}')?;
        }
        Ok(())
    }

    /// Writes one field of `day`; what a field needs (a weekday, a day of the year) is
    /// computed only when the pattern asks for it.
    fn write_field<W: fmt::Write + ?Sized>(
        &self,
        field: Field,
        day: Day,
        sink: &mut W,
    ) -> fmt::Result {
        let language = self.language;
        // The months of valid dates are 1..=12, so the name look-ups below always succeed.
        let name = match (field, day) {
            (Field::Year(pad), _) => return self.write_number(day.year().into(), 4, pad, sink),
            (Field::Month(pad), _) => return self.write_number(day.month().into(), 2, pad, sink),
            (Field::Day(pad), _) => return self.write_number(day.day().into(), 2, pad, sink),
            (Field::DayOfYear(pad), _) => {
                return self.write_number(day.day_of_year().into(), 3, pad, sink)
            }
            (Field::MonthName, Day::Hijri(date)) => {
                language.hijri_month(date.month(), self.hijri_month_spelling)
            }
            (Field::MonthName, Day::Gregorian(date)) => {
                language.gregorian_month(date.month(), self.gregorian_month_names)
            }
            (Field::MonthShort, Day::Hijri(date)) => {
                language.hijri_month_short(date.month(), self.hijri_month_spelling)
            }
            (Field::MonthShort, Day::Gregorian(date)) => {
                language.gregorian_month_short(date.month(), self.gregorian_month_names)
            }
            (Field::Weekday, _) => Some(language.weekday(day.weekday())),
            (Field::WeekdayShort, _) => Some(language.weekday_short(day.weekday())),
            (Field::Era, Day::Hijri(_)) => Some(language.hijri_era()),
            (Field::Era, Day::Gregorian(_)) => Some(language.gregorian_era()),
        };
        sink.write_str(name.unwrap_or_default())
    }

    /// Writes `value` in the printer's digits, padded to `width` as `pad` says; a negative
    /// value starts with `-`, before any zeros. Characters go one by one: for a `String` sink
    /// that is cheaper than assembling a `&str`.
    fn write_number<W: fmt::Write + ?Sized>(
        &self,
        value: i64,
        width: usize,
        pad: Pad,
        sink: &mut W,
    ) -> fmt::Result {
        // A u64 has at most 20 decimal digits; they are collected least significant first.
        let mut reversed = [0u8; 20];
        let mut count = 0;
        let mut rest = value.unsigned_abs();
        for slot in reversed.iter_mut() {
            *slot = (rest % 10) as u8;
            // Proof: one step per slot of `reversed`, so `count` is at most 20.
            #[allow(clippy::arithmetic_side_effects)]
            {
                count += 1;
            }
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        if value < 0 {
            sink.write_char('-')?;
        }
        let filler = match pad {
            Pad::Zero => self.digits.digit(0),
            Pad::Space => ' ',
            Pad::None => ' ',
        };
        if pad != Pad::None {
            for _ in count..width {
                sink.write_char(filler)?;
            }
        }
        for &d in reversed.get(..count).unwrap_or_default().iter().rev() {
            sink.write_char(self.digits.digit(d))?;
        }
        Ok(())
    }
}

/// One side of the day being printed.
#[derive(Clone, Copy)]
enum Day {
    Hijri(HijriDate),
    Gregorian(GregorianDate),
}

impl Day {
    fn year(self) -> i32 {
        match self {
            Day::Hijri(date) => date.year(),
            Day::Gregorian(date) => date.year(),
        }
    }
    fn month(self) -> u8 {
        match self {
            Day::Hijri(date) => date.month(),
            Day::Gregorian(date) => date.month(),
        }
    }
    fn day(self) -> u8 {
        match self {
            Day::Hijri(date) => date.day(),
            Day::Gregorian(date) => date.day(),
        }
    }
    fn day_of_year(self) -> u16 {
        match self {
            Day::Hijri(date) => date.day_of_year(),
            Day::Gregorian(date) => date.day_of_year(),
        }
    }
    fn weekday(self) -> Weekday {
        match self {
            Day::Hijri(date) => date.weekday(),
            Day::Gregorian(date) => date.weekday(),
        }
    }
}

/// A Hijri date with a printer and a pattern, shown by [`Display`](fmt::Display); made by
/// [`Printer::display`].
///
/// # Example
/// ```
/// use hijri_calendar::format::{Pattern, Printer};
/// use hijri_calendar::{Calendar, HijriDate};
/// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
/// let pattern = Pattern::LONG;
/// let shown = Printer::new().display(date, &pattern);
/// assert_eq!(shown.to_string(), "الخميس 14 صفر 1442هـ");
/// # Ok::<(), hijri_calendar::RangeError>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct HijriDisplay<'a> {
    printer: Printer,
    date: HijriDate,
    pattern: &'a Pattern,
}

impl fmt::Display for HijriDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.printer.write(self.date, self.pattern, f)
    }
}

/// A Gregorian date with a printer and a pattern, shown by [`Display`](fmt::Display); made by
/// [`Printer::display_gregorian`].
///
/// # Example
/// ```
/// use hijri_calendar::format::{GregorianPattern, Printer};
/// use hijri_calendar::GregorianDate;
/// let date = GregorianDate::new(2020, 10, 1)?;
/// let pattern = GregorianPattern::LONG;
/// let shown = Printer::new().display_gregorian(date, &pattern);
/// assert_eq!(shown.to_string(), "الخميس 1 أكتوبر 2020م");
/// # Ok::<(), hijri_calendar::RangeError>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct GregorianDisplay<'a> {
    printer: Printer,
    date: GregorianDate,
    pattern: &'a GregorianPattern,
}

impl fmt::Display for GregorianDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.printer.write_gregorian(self.date, self.pattern, f)
    }
}
