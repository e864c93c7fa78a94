//! The printer: options, and the loop that writes a checked pattern into a sink.

use core::fmt;

use super::pattern::{Field, GregorianPattern, Pad, Pattern, Piece, Preset, Repr, Side};
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
        self.open_isolate(sink)?;
        match &pattern.repr {
            Repr::Preset(Preset::Dual) => self.write_preset(
                Preset::Dual,
                Day::Hijri(date),
                Some(Day::Gregorian(date.to_gregorian())),
                sink,
            )?,
            Repr::Preset(preset) => self.write_preset(*preset, Day::Hijri(date), None, sink)?,
            Repr::Pieces { pieces, uses_gregorian } => {
                let gregorian = uses_gregorian.then(|| date.to_gregorian());
                self.write_pieces(pieces, Some(date), gregorian, sink)?;
            }
        }
        self.close_isolate(sink)
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
        self.open_isolate(sink)?;
        match &pattern.repr {
            // A Gregorian pattern never holds `dual` (`GregorianPattern::preset` refuses it);
            // it would print as `long`.
            Repr::Preset(preset) => self.write_preset(*preset, Day::Gregorian(date), None, sink)?,
            Repr::Pieces { pieces, .. } => self.write_pieces(pieces, None, Some(date), sink)?,
        }
        self.close_isolate(sink)
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

    /// Opens the bidi isolate, if the printer has one.
    fn open_isolate<W: fmt::Write + ?Sized>(&self, sink: &mut W) -> fmt::Result {
        match (self.bidi, self.language) {
            (Bidi::None, _) => Ok(()),
            (Bidi::Isolate, Language::Arabic) => sink.write_char('\u{2067}'),
            (Bidi::Isolate, Language::English) => sink.write_char('\u{2066}'),
        }
    }

    /// Closes the bidi isolate, if the printer has one.
    fn close_isolate<W: fmt::Write + ?Sized>(&self, sink: &mut W) -> fmt::Result {
        match self.bidi {
            Bidi::None => Ok(()),
            Bidi::Isolate => sink.write_char('\u{2069}'),
        }
    }

    /// Writes a preset field by field, without the piece loop of a pattern text: the same
    /// output as the preset's [`Preset::source`] pattern (the tests compare the two for every
    /// preset, option and many days), in about a third of the time. `second` is the Gregorian
    /// side of `dual`.
    fn write_preset<W: fmt::Write + ?Sized>(
        &self,
        preset: Preset,
        first: Day,
        second: Option<Day>,
        sink: &mut W,
    ) -> fmt::Result {
        match preset {
            Preset::Iso => {
                self.write_number(first.year().into(), 4, Pad::Zero, sink)?;
                sink.write_char('-')?;
                self.write_number(first.month().into(), 2, Pad::Zero, sink)?;
                sink.write_char('-')?;
                self.write_number(first.day().into(), 2, Pad::Zero, sink)
            }
            Preset::Numeric => {
                self.write_number(first.day().into(), 2, Pad::Zero, sink)?;
                sink.write_char('/')?;
                self.write_number(first.month().into(), 2, Pad::Zero, sink)?;
                sink.write_char('/')?;
                self.write_number(first.year().into(), 4, Pad::Zero, sink)?;
                self.write_era(first, sink)
            }
            Preset::Long | Preset::Dual => {
                sink.write_str(self.language.weekday(first.weekday()))?;
                sink.write_char(' ')?;
                self.write_day_month_year(first, sink)?;
                match second {
                    Some(second) => {
                        sink.write_str(match self.language {
                            Language::Arabic => " الموافق ",
                            Language::English => " corresponding to ",
                        })?;
                        self.write_day_month_year(second, sink)
                    }
                    None => Ok(()),
                }
            }
        }
    }

    /// `%-d %B %-Y%E` (Arabic) or `%-d %B %-Y %E` (English).
    fn write_day_month_year<W: fmt::Write + ?Sized>(&self, day: Day, sink: &mut W) -> fmt::Result {
        self.write_number(day.day().into(), 2, Pad::None, sink)?;
        sink.write_char(' ')?;
        self.write_field(Field::MonthName, day, sink)?;
        sink.write_char(' ')?;
        self.write_number(day.year().into(), 4, Pad::None, sink)?;
        self.write_era(day, sink)
    }

    /// The era mark, after a space in English: `هـ`, ` AH`.
    fn write_era<W: fmt::Write + ?Sized>(&self, day: Day, sink: &mut W) -> fmt::Result {
        if self.language == Language::English {
            sink.write_char(' ')?;
        }
        self.write_field(Field::Era, day, sink)
    }

    /// Writes the pieces of a pattern text; a piece of a side without fields (a Hijri piece
    /// for a Gregorian date, which checked patterns never hold) prints nothing.
    fn write_pieces<W: fmt::Write + ?Sized>(
        &self,
        pieces: &[Piece],
        hijri: Option<HijriDate>,
        gregorian: Option<GregorianDate>,
        sink: &mut W,
    ) -> fmt::Result {
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
    /// value starts with `-`, before any zeros. Numbers below 10,000 (every field of a date
    /// inside 1..=9999) are written as one or two slices of a table of digit pairs, one
    /// `write_str` each; larger ones digit by digit.
    #[inline]
    fn write_number<W: fmt::Write + ?Sized>(
        &self,
        value: i64,
        width: usize,
        pad: Pad,
        sink: &mut W,
    ) -> fmt::Result {
        let magnitude = value.unsigned_abs();
        if magnitude >= 10_000 {
            return self.write_long_number(value, width, pad, sink);
        }
        // Below 10,000, so it fits a u32.
        let small = magnitude as u32;
        if value < 0 {
            sink.write_char('-')?;
        }
        if pad != Pad::None {
            // Proof: four terms of at most one.
            #[allow(clippy::arithmetic_side_effects)]
            let count = 1
                + usize::from(small >= 10)
                + usize::from(small >= 100)
                + usize::from(small >= 1000);
            self.write_padding(count, width, pad, sink)?;
        }
        // Proof: `small` is below 10,000, so the quotient is below 100.
        #[allow(clippy::arithmetic_side_effects)]
        if small >= 100 {
            sink.write_str(digit_pair(self.digits, small / 100, small < 1000))?;
            sink.write_str(digit_pair(self.digits, small % 100, false))
        } else {
            sink.write_str(digit_pair(self.digits, small, small < 10))
        }
    }

    /// Writes the padding before a number of `count` digits.
    fn write_padding<W: fmt::Write + ?Sized>(
        &self,
        count: usize,
        width: usize,
        pad: Pad,
        sink: &mut W,
    ) -> fmt::Result {
        let filler = match pad {
            Pad::Zero => self.digits.digit(0),
            Pad::Space => ' ',
            Pad::None => return Ok(()),
        };
        for _ in count..width {
            sink.write_char(filler)?;
        }
        Ok(())
    }

    /// [`Printer::write_number`] for 10,000 and more (and down to `i64::MIN`): digit by digit.
    #[cold]
    #[inline(never)]
    fn write_long_number<W: fmt::Write + ?Sized>(
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
        self.write_padding(count, width, pad, sink)?;
        for &d in reversed.get(..count).unwrap_or_default().iter().rev() {
            sink.write_char(self.digits.digit(d))?;
        }
        Ok(())
    }
}

/// The two digits of `pair` (0..=99) in `digits`, or only the last one when `last_only`: an
/// entry of a static table, so a number costs no division loop and no character encoding.
fn digit_pair(digits: Digits, pair: u32, last_only: bool) -> &'static str {
    let table = match (digits, last_only) {
        (Digits::Latin, false) => &LATIN_PAIRS,
        (Digits::Latin, true) => &LATIN_LAST,
        (Digits::ArabicIndic, false) => &ARABIC_INDIC_PAIRS,
        (Digits::ArabicIndic, true) => &ARABIC_INDIC_LAST,
        (Digits::Persian, false) => &PERSIAN_PAIRS,
        (Digits::Persian, true) => &PERSIAN_LAST,
    };
    // Callers pass pairs 0..=99; another value would give an empty string, not a panic.
    table.get(pair as usize).copied().unwrap_or_default()
}

/// "00" to "99" (or, with `last_only`, the last digit of each) in `digits`, as 100 string
/// slices of `bytes`, which holds the pairs' UTF-8, digit by digit: one byte a digit for
/// Latin, two for the Arabic scripts. Built at compile time; an entry that were not UTF-8
/// would be empty, which the assertion below rules out.
// Indexing proof: `i` runs over 0..100 and each entry is `2 * width` bytes from
// `2 * width * i`, inside `bytes` (checked by `split_at` anyway). Proof: evaluated only at
// compile time, where an overflow is a compile error.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const fn digit_pair_table(bytes: &'static [u8], last_only: bool) -> [&'static str; 100] {
    let mut table = [""; 100];
    let width = bytes.len() / 200;
    let skip = if last_only { width } else { 0 };
    let mut i = 0;
    while i < 100 {
        let (_, rest) = bytes.split_at(2 * width * i + skip);
        let (entry, _) = rest.split_at(2 * width - skip);
        table[i] = match core::str::from_utf8(entry) {
            Ok(text) => text,
            Err(_) => "",
        };
        i += 1;
    }
    table
}

/// The UTF-8 of "00" to "99" in a digit set whose digits take `N / 200` bytes each, from the
/// digits' own characters.
// Indexing proof: `i` runs over 0..100 and each step writes `2 * width <= N / 100` bytes
// from `2 * width * i`, inside the array of `N` bytes. Proof: evaluated only at compile time,
// where an overflow is a compile error.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const fn digit_pair_bytes<const N: usize>(digits: Digits) -> [u8; N] {
    let mut bytes = [0u8; N];
    let width = N / 200;
    let mut i = 0;
    while i < 100 {
        let mut half = 0;
        while half < 2 {
            let digit = if half == 0 { i / 10 } else { i % 10 };
            // UTF-8 by hand (`char::encode_utf8` is not const before Rust 1.83): one byte
            // below U+0080, else two (every digit is below U+0800).
            let code = digits.digit(digit as u8) as u32;
            let at = 2 * width * i + width * half;
            if width == 1 {
                bytes[at] = code as u8;
            } else {
                bytes[at] = (0xC0 | (code >> 6)) as u8;
                bytes[at + 1] = (0x80 | (code & 0x3F)) as u8;
            }
            half += 1;
        }
        i += 1;
    }
    bytes
}

const LATIN_PAIR_BYTES: &[u8] = &digit_pair_bytes::<200>(Digits::Latin);
const ARABIC_INDIC_PAIR_BYTES: &[u8] = &digit_pair_bytes::<400>(Digits::ArabicIndic);
const PERSIAN_PAIR_BYTES: &[u8] = &digit_pair_bytes::<400>(Digits::Persian);
const LATIN_PAIRS: [&str; 100] = digit_pair_table(LATIN_PAIR_BYTES, false);
const LATIN_LAST: [&str; 100] = digit_pair_table(LATIN_PAIR_BYTES, true);
const ARABIC_INDIC_PAIRS: [&str; 100] = digit_pair_table(ARABIC_INDIC_PAIR_BYTES, false);
const ARABIC_INDIC_LAST: [&str; 100] = digit_pair_table(ARABIC_INDIC_PAIR_BYTES, true);
const PERSIAN_PAIRS: [&str; 100] = digit_pair_table(PERSIAN_PAIR_BYTES, false);
const PERSIAN_LAST: [&str; 100] = digit_pair_table(PERSIAN_PAIR_BYTES, true);

/// Whether every entry of the digit-pair tables has its length (no entry fell back to "").
// Indexing proof: `i` runs over 0..100, the tables' length. Proof: evaluated only at compile
// time, where an overflow is a compile error.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
const fn digit_pair_tables_are_complete() -> bool {
    let mut i = 0;
    while i < 100 {
        if LATIN_PAIRS[i].len() != 2
            || LATIN_LAST[i].len() != 1
            || ARABIC_INDIC_PAIRS[i].len() != 4
            || ARABIC_INDIC_LAST[i].len() != 2
            || PERSIAN_PAIRS[i].len() != 4
            || PERSIAN_LAST[i].len() != 2
        {
            return false;
        }
        i += 1;
    }
    true
}

const _: () = assert!(digit_pair_tables_are_complete(), "a digit-pair table is not UTF-8");

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
