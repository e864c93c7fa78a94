//! Patterns: checked once when built, then only read by the printer.

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;
use core::str::FromStr;

use super::error::{PatternError, PatternErrorKind};
use crate::names::Language;

/// Every directive a pattern accepts, in the order error messages list them.
pub(crate) const DIRECTIVES: [&str; 17] = [
    "%Y",
    "%-Y",
    "%m",
    "%-m",
    "%d",
    "%-d",
    "%e",
    "%j",
    "%-j",
    "%B",
    "%b",
    "%A",
    "%a",
    "%E",
    "%%",
    "%{hijri}",
    "%{gregorian}",
];

/// Which calendar a directive reads.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Side {
    Hijri,
    Gregorian,
}

/// How a number is padded.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Pad {
    /// With zeros to the field's width: 4 for a year, 2 for a month or day, 3 for a day of year.
    Zero,
    /// Not at all.
    None,
    /// With spaces to the field's width.
    Space,
}

/// What a directive prints.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Field {
    Year(Pad),
    Month(Pad),
    Day(Pad),
    DayOfYear(Pad),
    MonthName,
    MonthShort,
    Weekday,
    WeekdayShort,
    Era,
}

/// One piece of a checked pattern.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) enum Piece {
    Literal(Cow<'static, str>),
    Field(Side, Field),
}

/// A ready-made pattern; each prints in the printer's language.
///
/// | preset | Arabic | English |
/// | --- | --- | --- |
/// | `iso` | `1442-02-14` | `1442-02-14` |
/// | `numeric` | `14/02/1442هـ` | `14/02/1442 AH` |
/// | `long` | `الخميس 14 صفر 1442هـ` | `Thursday 14 Safar 1442 AH` |
/// | `dual` | `الخميس 14 صفر 1442هـ الموافق 1 أكتوبر 2020م` | `Thursday 14 Safar 1442 AH corresponding to 1 October 2020 CE` |
///
/// For a Gregorian date ([`GregorianPattern::preset`]) `iso`, `numeric` and `long` print the
/// Gregorian fields (`01/10/2020م`, `Thursday 1 October 2020 CE`); `dual` needs a Hijri date.
/// [`Preset::source`] gives the equivalent pattern text.
///
/// # Example
/// ```
/// use hijri_calendar::format::{Pattern, Preset, Printer};
/// use hijri_calendar::{Calendar, HijriDate};
///
/// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
/// let preset: Preset = "numeric".parse()?;
/// assert_eq!(Printer::new().display(date, &Pattern::preset(preset)).to_string(), "14/02/1442هـ");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum Preset {
    /// `%Y-%m-%d`: `1442-02-14`.
    Iso,
    /// `%d/%m/%Y%E`: `14/02/1442هـ`, `14/02/1442 AH`.
    Numeric,
    /// `%A %-d %B %-Y%E`: `الخميس 14 صفر 1442هـ`, `Thursday 14 Safar 1442 AH`.
    Long,
    /// The long Hijri date, `الموافق` or `corresponding to`, and the long Gregorian date.
    Dual,
}

impl Preset {
    /// Every preset.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::Preset;
    /// assert_eq!(Preset::ALL.len(), 4);
    /// ```
    pub const ALL: [Preset; 4] = [Preset::Iso, Preset::Numeric, Preset::Long, Preset::Dual];

    /// The preset's name, as [`FromStr`] reads it: `iso`, `numeric`, `long` or `dual`.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::Preset;
    /// assert_eq!(Preset::Dual.name(), "dual");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            Preset::Iso => "iso",
            Preset::Numeric => "numeric",
            Preset::Long => "long",
            Preset::Dual => "dual",
        }
    }

    /// The pattern text the preset stands for in `language`; [`Pattern::new`] of it prints
    /// exactly what the preset prints.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::Preset;
    /// use hijri_calendar::names::Language;
    /// assert_eq!(Preset::Long.source(Language::Arabic), "%A %-d %B %-Y%E");
    /// assert_eq!(Preset::Long.source(Language::English), "%A %-d %B %-Y %E");
    /// ```
    pub const fn source(self, language: Language) -> &'static str {
        match (self, language) {
            (Preset::Iso, _) => "%Y-%m-%d",
            (Preset::Numeric, Language::Arabic) => "%d/%m/%Y%E",
            (Preset::Numeric, Language::English) => "%d/%m/%Y %E",
            (Preset::Long, Language::Arabic) => "%A %-d %B %-Y%E",
            (Preset::Long, Language::English) => "%A %-d %B %-Y %E",
            (Preset::Dual, Language::Arabic) => "%A %-d %B %-Y%E الموافق %{gregorian}%-d %B %-Y%E",
            (Preset::Dual, Language::English) => {
                "%A %-d %B %-Y %E corresponding to %{gregorian}%-d %B %-Y %E"
            }
        }
    }
}

/// The name of a preset that does not exist.
///
/// # Example
/// ```
/// use hijri_calendar::format::Preset;
/// let err = "short".parse::<Preset>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown preset \"short\"; expected one of iso, numeric, long, dual");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownPresetError {
    name: String,
}

impl fmt::Display for UnknownPresetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown preset {:?}; expected one of iso, numeric, long, dual", self.name)
    }
}

impl core::error::Error for UnknownPresetError {}

impl FromStr for Preset {
    type Err = UnknownPresetError;

    /// Reads a preset name, ignoring ASCII case.
    ///
    /// # Errors
    /// An [`UnknownPresetError`] for any other text.
    fn from_str(name: &str) -> Result<Preset, UnknownPresetError> {
        Preset::ALL
            .into_iter()
            .find(|preset| preset.name().eq_ignore_ascii_case(name))
            .ok_or_else(|| UnknownPresetError { name: name.into() })
    }
}

impl fmt::Display for Preset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What a pattern holds: a preset, resolved for the printer's language when it prints, or the
/// pieces of a pattern text.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) enum Repr {
    Preset(Preset),
    Pieces { pieces: Vec<Piece>, uses_gregorian: bool },
}

/// A checked pattern for a [`HijriDate`](crate::HijriDate): strftime-style directives that
/// read the Hijri date, or, after `%{gregorian}`, the same day in the Gregorian calendar.
///
/// See the [module documentation](super) for the directives. A pattern is checked once, by
/// [`Pattern::new`]; printing it can then fail only if the output sink fails.
///
/// # Example
/// ```
/// use hijri_calendar::format::{Pattern, Printer};
/// use hijri_calendar::{Calendar, HijriDate};
///
/// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
/// let pattern = Pattern::new("%-d %B %-Y%E (%{gregorian}%d/%m/%Y)")?;
/// assert_eq!(Printer::new().display(date, &pattern).to_string(), "14 صفر 1442هـ (01/10/2020)");
/// # Ok::<(), hijri_calendar::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Pattern {
    pub(crate) repr: Repr,
}

impl Pattern {
    /// `iso`: `1442-02-14`.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::{Pattern, Printer};
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
    /// assert_eq!(Printer::new().display(date, &Pattern::ISO).to_string(), "1442-02-14");
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    pub const ISO: Pattern = Pattern::preset(Preset::Iso);
    /// `numeric`: `14/02/1442هـ`, `14/02/1442 AH`.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::{Pattern, Printer};
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
    /// assert_eq!(Printer::new().display(date, &Pattern::NUMERIC).to_string(), "14/02/1442هـ");
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    pub const NUMERIC: Pattern = Pattern::preset(Preset::Numeric);
    /// `long`: `الخميس 14 صفر 1442هـ`, `Thursday 14 Safar 1442 AH`.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::{Pattern, Printer};
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
    /// assert_eq!(Printer::new().display(date, &Pattern::LONG).to_string(), "الخميس 14 صفر 1442هـ");
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    pub const LONG: Pattern = Pattern::preset(Preset::Long);
    /// `dual`: `الخميس 14 صفر 1442هـ الموافق 1 أكتوبر 2020م`.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::{Pattern, Printer};
    /// use hijri_calendar::names::Language;
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
    /// let english = Printer::new().language(Language::English);
    /// assert_eq!(
    ///     english.display(date, &Pattern::DUAL).to_string(),
    ///     "Thursday 14 Safar 1442 AH corresponding to 1 October 2020 CE"
    /// );
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    pub const DUAL: Pattern = Pattern::preset(Preset::Dual);

    /// The pattern of a preset.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::{Pattern, Preset};
    /// assert_eq!(Pattern::preset(Preset::Long), Pattern::LONG);
    /// ```
    pub const fn preset(preset: Preset) -> Pattern {
        Pattern { repr: Repr::Preset(preset) }
    }

    /// Checks a pattern text and builds the pattern. Directives read the Hijri date until a
    /// `%{gregorian}`.
    ///
    /// # Errors
    /// A [`PatternError`] with the byte span of the first bad directive, and the list of valid
    /// ones in its message.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::Pattern;
    ///
    /// assert!(Pattern::new("%A %-d %B %-Y%E").is_ok());
    /// let err = Pattern::new("%d %B %Y%").unwrap_err();
    /// assert_eq!(err.span(), 8..9);
    /// assert!(err.to_string().starts_with("incomplete directive \"%\" at 8..9"));
    /// ```
    pub fn new(pattern: &str) -> Result<Pattern, PatternError> {
        let (pieces, uses_gregorian) = compile(pattern, Side::Hijri, true)?;
        Ok(Pattern { repr: Repr::Pieces { pieces, uses_gregorian } })
    }
}

impl FromStr for Pattern {
    type Err = PatternError;

    /// The same as [`Pattern::new`].
    ///
    /// # Errors
    /// A [`PatternError`], as [`Pattern::new`].
    fn from_str(pattern: &str) -> Result<Pattern, PatternError> {
        Pattern::new(pattern)
    }
}

impl From<Preset> for Pattern {
    fn from(preset: Preset) -> Pattern {
        Pattern::preset(preset)
    }
}

/// A checked pattern for a [`GregorianDate`](crate::GregorianDate): the same directives as
/// [`Pattern`], all reading the Gregorian date; `%{hijri}` is an error.
///
/// # Example
/// ```
/// use hijri_calendar::format::{GregorianPattern, Printer};
/// use hijri_calendar::names::{GregorianMonthNames, Language};
/// use hijri_calendar::GregorianDate;
///
/// let date = GregorianDate::new(2020, 10, 1)?;
/// let printer = Printer::new().gregorian_month_names(GregorianMonthNames::Levantine);
/// assert_eq!(
///     printer.display_gregorian(date, &GregorianPattern::LONG).to_string(),
///     "الخميس 1 تشرين الأول 2020م"
/// );
/// let pattern = GregorianPattern::new("%-d %b %Y")?;
/// let english = Printer::new().language(Language::English);
/// assert_eq!(english.display_gregorian(date, &pattern).to_string(), "1 Oct 2020");
/// # Ok::<(), hijri_calendar::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct GregorianPattern {
    pub(crate) repr: Repr,
}

impl GregorianPattern {
    /// `iso`: `2020-10-01`.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::{GregorianPattern, Printer};
    /// use hijri_calendar::GregorianDate;
    /// let date = GregorianDate::new(2020, 10, 1)?;
    /// assert_eq!(Printer::new().display_gregorian(date, &GregorianPattern::ISO).to_string(), "2020-10-01");
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    pub const ISO: GregorianPattern = GregorianPattern { repr: Repr::Preset(Preset::Iso) };
    /// `numeric`: `01/10/2020م`, `01/10/2020 CE`.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::{GregorianPattern, Printer};
    /// use hijri_calendar::GregorianDate;
    /// let date = GregorianDate::new(2020, 10, 1)?;
    /// assert_eq!(Printer::new().display_gregorian(date, &GregorianPattern::NUMERIC).to_string(), "01/10/2020م");
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    pub const NUMERIC: GregorianPattern = GregorianPattern { repr: Repr::Preset(Preset::Numeric) };
    /// `long`: `الخميس 1 أكتوبر 2020م`, `Thursday 1 October 2020 CE`.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::{GregorianPattern, Printer};
    /// use hijri_calendar::GregorianDate;
    /// let date = GregorianDate::new(2020, 10, 1)?;
    /// assert_eq!(Printer::new().display_gregorian(date, &GregorianPattern::LONG).to_string(), "الخميس 1 أكتوبر 2020م");
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    pub const LONG: GregorianPattern = GregorianPattern { repr: Repr::Preset(Preset::Long) };

    /// The Gregorian pattern of a preset, or `None` for [`Preset::Dual`], which needs a Hijri
    /// date.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::{GregorianPattern, Preset};
    /// assert_eq!(GregorianPattern::preset(Preset::Long), Some(GregorianPattern::LONG));
    /// assert_eq!(GregorianPattern::preset(Preset::Dual), None);
    /// ```
    pub const fn preset(preset: Preset) -> Option<GregorianPattern> {
        match preset {
            Preset::Dual => None,
            _ => Some(GregorianPattern { repr: Repr::Preset(preset) }),
        }
    }

    /// Checks a pattern text and builds the pattern.
    ///
    /// # Errors
    /// A [`PatternError`] with the byte span of the first bad directive; `%{hijri}` is one.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::format::{GregorianPattern, PatternErrorKind};
    ///
    /// assert!(GregorianPattern::new("%d/%m/%Y").is_ok());
    /// let err = GregorianPattern::new("%d %{hijri}%B").unwrap_err();
    /// assert_eq!(err.kind(), PatternErrorKind::HijriInGregorianPattern);
    /// assert_eq!(err.span(), 3..11);
    /// ```
    pub fn new(pattern: &str) -> Result<GregorianPattern, PatternError> {
        let (pieces, uses_gregorian) = compile(pattern, Side::Gregorian, false)?;
        Ok(GregorianPattern { repr: Repr::Pieces { pieces, uses_gregorian } })
    }
}

impl FromStr for GregorianPattern {
    type Err = PatternError;

    /// The same as [`GregorianPattern::new`].
    ///
    /// # Errors
    /// A [`PatternError`], as [`GregorianPattern::new`].
    fn from_str(pattern: &str) -> Result<GregorianPattern, PatternError> {
        GregorianPattern::new(pattern)
    }
}

/// Appends literal text, merging it into a literal that ends the pieces.
fn push_literal(pieces: &mut Vec<Piece>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Piece::Literal(last)) = pieces.last_mut() {
        last.to_mut().push_str(text);
    } else {
        pieces.push(Piece::Literal(Cow::Owned(text.into())));
    }
}

/// The field of a one-character directive after `%` (and `-` when `unpadded`).
fn field_of(c: char, unpadded: bool) -> Option<Field> {
    let pad = if unpadded { Pad::None } else { Pad::Zero };
    Some(match c {
        'Y' => Field::Year(pad),
        'm' => Field::Month(pad),
        'd' => Field::Day(pad),
        'j' => Field::DayOfYear(pad),
        'e' if !unpadded => Field::Day(Pad::Space),
        'B' if !unpadded => Field::MonthName,
        'b' if !unpadded => Field::MonthShort,
        'A' if !unpadded => Field::Weekday,
        'a' if !unpadded => Field::WeekdayShort,
        'E' if !unpadded => Field::Era,
        _ => return None,
    })
}

/// Checks `pattern` and turns it into pieces; also says whether a piece reads the Gregorian
/// calendar. `side` is where directives start; `%{hijri}` is an error unless `allow_hijri`.
// Proof: every sum below is a byte offset of something found inside `pattern` (the `%`, the
// character or `}` after it) plus that thing's length, so it is at most `pattern.len()`,
// which is at most `isize::MAX`: no sum can overflow a usize.
#[allow(clippy::arithmetic_side_effects)]
fn compile(
    pattern: &str,
    mut side: Side,
    allow_hijri: bool,
) -> Result<(Vec<Piece>, bool), PatternError> {
    let mut pieces = Vec::new();
    let mut uses_gregorian = false;
    let mut start = 0;
    // `%`, `-`, `{` and `}` are ASCII, so every index found below is a char boundary.
    while let Some(offset) = pattern.get(start..).and_then(|rest| rest.find('%')) {
        let percent = start + offset;
        push_literal(&mut pieces, pattern.get(start..percent).unwrap_or_default());
        let after = pattern.get(percent + 1..).unwrap_or_default();
        let error = |kind, end| Err(PatternError::new(kind, pattern, percent, end));
        let mut chars = after.chars();
        let (field, end) = match chars.next() {
            None => return error(PatternErrorKind::IncompleteDirective, pattern.len()),
            Some('%') => {
                push_literal(&mut pieces, "%");
                start = percent + 2;
                continue;
            }
            Some('{') => {
                let Some(close) = after.find('}') else {
                    return error(PatternErrorKind::UnclosedBrace, pattern.len());
                };
                let end = percent + 1 + close + 1;
                match after.get(1..close) {
                    Some("hijri") if allow_hijri => side = Side::Hijri,
                    Some("hijri") => return error(PatternErrorKind::HijriInGregorianPattern, end),
                    Some("gregorian") => side = Side::Gregorian,
                    _ => return error(PatternErrorKind::UnknownDirective, end),
                }
                start = end;
                continue;
            }
            Some('-') => match chars.next() {
                None => return error(PatternErrorKind::IncompleteDirective, pattern.len()),
                Some(c) => (field_of(c, true), percent + 2 + c.len_utf8()),
            },
            Some(c) => (field_of(c, false), percent + 1 + c.len_utf8()),
        };
        let Some(field) = field else {
            return error(PatternErrorKind::UnknownDirective, end);
        };
        uses_gregorian |= side == Side::Gregorian;
        pieces.push(Piece::Field(side, field));
        start = end;
    }
    push_literal(&mut pieces, pattern.get(start..).unwrap_or_default());
    Ok((pieces, uses_gregorian))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_are_merged() {
        let (pieces, _) = compile("a%%b%dc", Side::Hijri, true).unwrap();
        assert_eq!(
            pieces,
            [
                Piece::Literal(Cow::Borrowed("a%b")),
                Piece::Field(Side::Hijri, Field::Day(Pad::Zero)),
                Piece::Literal(Cow::Borrowed("c")),
            ]
        );
    }
}
