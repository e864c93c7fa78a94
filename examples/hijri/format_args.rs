//! The output options every command that prints dates shares: `--format`, `--lang`,
//! `--digits`. A command takes them with `#[command(flatten)] format: FormatArgs`.

use clap::{Args, ValueEnum};
use hijri_calendar::format::{GregorianPattern, Pattern, Preset, Printer};
use hijri_calendar::names::{Digits, Language};
use hijri_calendar::HijriDate;

/// Text after `--help` about the output options.
pub const FORMAT_HELP: &str = "\
Output (--format PRESET_OR_PATTERN, default iso):
  iso        1442-02-14
  numeric    14/02/1442هـ            14/02/1442 AH
  long       الخميس 14 صفر 1442هـ     Thursday 14 Safar 1442 AH
  dual       الخميس 14 صفر 1442هـ الموافق 1 أكتوبر 2020م
  a pattern  %Y %-Y %m %-m %d %-d %e %j %-j %B %b %A %a %E %%; %{gregorian} and %{hijri}
             switch the directives after them to that calendar, e.g.
             '%A %-d %B %-Y%E الموافق %{gregorian}%-d %B %-Y%E'";

/// `--format`, `--lang` and `--digits`.
#[derive(Args, Debug, Clone)]
pub struct FormatArgs {
    /// How to print each date: a preset (iso, numeric, long, dual) or a pattern such as
    /// '%A %-d %B %-Y%E'. Default: iso.
    #[arg(long, value_name = "PRESET_OR_PATTERN", value_parser = parse_format)]
    pub format: Option<Format>,
    /// The language of names and era marks.
    #[arg(long, value_enum, default_value_t = Lang::Ar)]
    pub lang: Lang,
    /// The digits of every number.
    #[arg(long, value_enum, default_value_t = DigitsArg::Latin)]
    pub digits: DigitsArg,
}

/// A language for `--lang`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Lang {
    /// Arabic.
    Ar,
    /// English.
    En,
}

/// A digit system for `--digits`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum DigitsArg {
    /// 0123456789
    Latin,
    /// Arabic-Indic ٠١٢٣٤٥٦٧٨٩
    Arabic,
    /// Extended Arabic-Indic ۰۱۲۳۴۵۶۷۸۹
    Persian,
}

/// What `--format` named: a preset, or a pattern text that [`Pattern::new`] accepts.
#[derive(Clone, Debug)]
pub enum Format {
    /// A preset by name.
    Preset(Preset),
    /// A pattern text.
    Pattern(String),
}

/// Reads `--format`: a preset name, else a pattern, checked here so that clap reports a bad
/// directive with its position.
fn parse_format(text: &str) -> Result<Format, String> {
    if let Ok(preset) = text.parse::<Preset>() {
        return Ok(Format::Preset(preset));
    }
    Pattern::new(text).map_err(|err| err.to_string())?;
    Ok(Format::Pattern(text.to_string()))
}

/// What a command prints for each day: a pattern read on the Hijri side, or one that prints
/// the Gregorian date alone.
pub enum Output {
    /// Directives read the Hijri date (and, after `%{gregorian}`, the Gregorian one).
    Hijri(Pattern),
    /// Directives read the Gregorian date.
    Gregorian(GregorianPattern),
}

impl FormatArgs {
    /// The printer these options describe.
    pub fn printer(&self) -> Printer {
        let language = match self.lang {
            Lang::Ar => Language::Arabic,
            Lang::En => Language::English,
        };
        let digits = match self.digits {
            DigitsArg::Latin => Digits::Latin,
            DigitsArg::Arabic => Digits::ArabicIndic,
            DigitsArg::Persian => Digits::Persian,
        };
        Printer::new().language(language).digits(digits)
    }

    /// The output of a command whose answer is a Hijri date.
    pub fn hijri_output(&self) -> Result<Output, String> {
        Ok(Output::Hijri(match &self.format {
            None => Pattern::ISO,
            Some(Format::Preset(preset)) => Pattern::preset(*preset),
            Some(Format::Pattern(text)) => Pattern::new(text).map_err(|err| err.to_string())?,
        }))
    }

    /// The output of a command whose answer is a Gregorian date: the presets print the
    /// Gregorian date, `dual` both, and a pattern reads the Gregorian date.
    pub fn gregorian_output(&self) -> Result<Output, String> {
        Ok(match &self.format {
            None => Output::Gregorian(GregorianPattern::ISO),
            Some(Format::Preset(preset)) => match GregorianPattern::preset(*preset) {
                Some(pattern) => Output::Gregorian(pattern),
                None => Output::Hijri(Pattern::preset(*preset)),
            },
            Some(Format::Pattern(text)) => Output::Gregorian(
                GregorianPattern::new(text).map_err(|err| format!("--format: {err}"))?,
            ),
        })
    }
}

impl Output {
    /// Writes one day, known by its Hijri date, into `out`.
    pub fn write(&self, printer: &Printer, date: HijriDate, out: &mut String) -> std::fmt::Result {
        match self {
            Output::Hijri(pattern) => printer.write(date, pattern, out),
            Output::Gregorian(pattern) => {
                printer.write_gregorian(date.to_gregorian(), pattern, out)
            }
        }
    }
}
