//! Printing dates: strftime-style patterns, presets, Arabic and English names, three digit
//! systems, either calendar or both in one line.
//!
//! A [`Printer`] holds the options (language, digits, spellings); a [`Pattern`] (for a
//! [`HijriDate`](crate::HijriDate)) or a [`GregorianPattern`] (for a
//! [`GregorianDate`](crate::GregorianDate)) says what to print. Patterns are checked once, when
//! built; printing writes into any [`core::fmt::Write`] sink, allocates nothing, and can fail
//! only if the sink does.
//!
//! ```
//! use hijri_calendar::format::{Pattern, Printer};
//! use hijri_calendar::names::{Digits, Language};
//! use hijri_calendar::{Calendar, HijriDate};
//!
//! let date = HijriDate::new(Calendar::UmmAlQura, 1442, 2, 14)?;
//! let printer = Printer::new();
//! assert_eq!(
//!     printer.display(date, &Pattern::DUAL).to_string(),
//!     "الخميس 14 صفر 1442هـ الموافق 1 أكتوبر 2020م"
//! );
//!
//! // Into a reused buffer, in Arabic-Indic digits.
//! let mut line = String::new();
//! printer.digits(Digits::ArabicIndic).write(date, &Pattern::LONG, &mut line)?;
//! assert_eq!(line, "الخميس ١٤ صفر ١٤٤٢هـ");
//!
//! // Your own pattern, in English.
//! let pattern = Pattern::new("%a %-d %b %Y %E (%{gregorian}%Y-%m-%d)")?;
//! let english = printer.language(Language::English);
//! assert_eq!(english.display(date, &pattern).to_string(), "Thu 14 Saf. 1442 AH (2020-10-01)");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Directives
//!
//! | directive | prints | 14 Safar 1442 (Hijri side) | 1 October 2020 (Gregorian side) |
//! | --- | --- | --- | --- |
//! | `%Y` | year, at least four digits, `-` before a negative year | `1442` | `2020` |
//! | `%-Y` | year, no padding | `1442` | `2020` |
//! | `%m` | month, two digits | `02` | `10` |
//! | `%-m` | month, no padding | `2` | `10` |
//! | `%d` | day of the month, two digits | `14` | `01` |
//! | `%-d` | day of the month, no padding | `14` | `1` |
//! | `%e` | day of the month, padded with a space to two characters | `14` | ` 1` |
//! | `%j` | day of the year, three digits | `043` | `275` |
//! | `%-j` | day of the year, no padding | `43` | `275` |
//! | `%B` | month name | `صفر`, `Safar` | `أكتوبر`, `October` |
//! | `%b` | short month name (Arabic has none: the full name) | `صفر`, `Saf.` | `أكتوبر`, `Oct` |
//! | `%A` | weekday | `الخميس`, `Thursday` | the same |
//! | `%a` | short weekday (Arabic: the full name) | `الخميس`, `Thu` | the same |
//! | `%E` | era mark | `هـ`, `AH` | `م`, `CE` |
//! | `%%` | a `%` | `%` | `%` |
//! | `%{gregorian}` | prints nothing; the directives after it read the Gregorian date | | |
//! | `%{hijri}` | prints nothing; the directives after it read the Hijri date | | |
//!
//! Every other character is printed as it is. Numbers are written in the printer's
//! [`Digits`](crate::names::Digits), padding zeros included.
//!
//! # Both calendars in one pattern
//!
//! A [`Pattern`] starts on the Hijri side; `%{gregorian}` switches the directives after it to
//! the Gregorian date of the same day, and `%{hijri}` switches back. The Saudi style is one
//! pattern (it is the `dual` preset):
//!
//! ```text
//! %A %-d %B %-Y%E الموافق %{gregorian}%-d %B %-Y%E
//! الخميس 14 صفر 1442هـ الموافق 1 أكتوبر 2020م
//!
//! %{gregorian}%A %-d %B %-Y%E - %{hijri}%-d %B %-Y%E
//! الخميس 1 أكتوبر 2020م - 14 صفر 1442هـ
//! ```
//!
//! A [`GregorianPattern`] prints a Gregorian date alone, so `%{hijri}` is an error in it;
//! to print the Hijri date beside a Gregorian one, convert it
//! ([`HijriDate::from_gregorian`](crate::HijriDate::from_gregorian)) and use a [`Pattern`].
//!
//! # Output that reads back
//!
//! The era mark is attached to the year in Arabic (`1442هـ`) and follows it after a space in
//! English (`1442 AH`); names are those of [`names`](crate::names). Everything the presets
//! print, in every language, spelling and digit system, is what the crate's parser reads.
//!
//! # Right-to-left text
//!
//! The printer writes no bidi control characters unless asked ([`Bidi::Isolate`]). An Arabic
//! date displays correctly on its own and inside right-to-left text. Inside left-to-right text
//! (an English sentence, a log line, a table of Latin text), the Unicode bidi algorithm may
//! reorder a date against its neighbours: with Latin digits, `14/02/1442هـ` followed by `, 10:00`
//! can pull the following numbers into the Arabic run. Wrap the date in an isolate:
//! U+2067 RIGHT-TO-LEFT ISOLATE before and U+2069 POP DIRECTIONAL ISOLATE after (what
//! [`Bidi::Isolate`] writes), or in HTML `<bdi>…</bdi>` or `<span dir="rtl">…</span>`.
//! Arabic-Indic digits are less affected (they are Arabic numbers to the algorithm), but the
//! isolate is still the safe choice.

mod error;
mod pattern;
mod printer;

pub use error::{PatternError, PatternErrorKind};
pub use pattern::{GregorianPattern, Pattern, Preset, UnknownPresetError};
pub use printer::{Bidi, GregorianDisplay, HijriDisplay, Printer};
