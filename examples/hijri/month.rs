//! `month` and `year`: `cal`-style grids of a Hijri month with the Gregorian day beside each
//! day, or of a Gregorian month with the Hijri day beside it; observances are marked with `*`
//! and named under the grid.
//!
//! # Right-to-left
//! With `--lang ar` the grid is laid out right to left by the program itself: each week is
//! written in visual order, its first day at the right, and every number and word is preceded
//! by U+200E LEFT-TO-RIGHT MARK. Terminals that implement no bidi algorithm (most of them)
//! show the cells as written; terminals and editors that do (VTE with bidi, Konsole, mlterm,
//! browsers) see a left-to-right line whose marks keep each cell in its place, so they cannot
//! reverse the week a second time; each Arabic word alone is still shaped and shown right to
//! left by them. Titles and the list of observances are logical-order text, right-aligned.

use std::fmt::Write as _;
use std::io::{self, IsTerminal, Write};

use clap::{Args, ValueEnum};
use hijri_calendar::format::{GregorianPattern, Pattern, Printer};
use hijri_calendar::names::Language;
use hijri_calendar::observances::Observance;
use hijri_calendar::{Calendar, DayNumber, GregorianDate, HijriDate, Weekday};

use crate::cli;
use crate::format_args::{DigitsArg, FormatArgs, Lang};

/// U+200E LEFT-TO-RIGHT MARK, before every cell of an Arabic grid.
const LRM: &str = "\u{200E}";
/// Width of a day's cell: two digits, a space, two digits, the observance mark.
const CELL: usize = 6;
/// Width of a week: seven cells and six spaces.
const WIDTH: usize = 7 * CELL + 6;

/// Options shared by `month` and `year`.
#[derive(Args, Debug, Clone)]
pub struct ViewArgs {
    /// The Hijri calendar.
    #[arg(long, value_name = "NAME", default_value = "islamic-umalqura", value_parser = cli::parse_calendar)]
    pub calendar: Calendar,
    /// The language of names; Arabic grids are laid out right to left.
    #[arg(long, value_enum, default_value_t = Lang::Ar)]
    pub lang: Lang,
    /// The digits of every number.
    #[arg(long, value_enum, default_value_t = DigitsArg::Latin)]
    pub digits: DigitsArg,
    /// The first day of the week.
    #[arg(long, value_enum, default_value_t = WeekStart::Sat)]
    pub week_start: WeekStart,
    /// Highlight today: always, never, or when standard output is a terminal.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    /// The Gregorian date taken as today (YYYY-MM-DD); default: the local date.
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
}

/// `--week-start`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum WeekStart {
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
    /// Monday.
    Mon,
}

/// `--color`.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Color {
    /// When standard output is a terminal.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Options of `month`.
#[derive(Args, Debug)]
pub struct MonthArgs {
    /// Shared view options.
    #[command(flatten)]
    pub view: ViewArgs,
    /// A Hijri month as YYYY-MM (1447-09), or a Gregorian one as gYYYY-MM (g2026-02);
    /// default: the Hijri month of today.
    #[arg(value_name = "MONTH")]
    pub month: Option<String>,
}

/// Options of `year`.
#[derive(Args, Debug)]
pub struct YearArgs {
    /// Shared view options.
    #[command(flatten)]
    pub view: ViewArgs,
    /// A Hijri year (1447) or a Gregorian one (g2026); default: the Hijri year of today.
    #[arg(value_name = "YEAR", allow_hyphen_values = true)]
    pub year: Option<String>,
}

/// Which month a grid shows.
#[derive(Clone, Copy, Debug)]
enum MonthSpec {
    Hijri(i32, u8),
    Gregorian(i32, u8),
}

/// Runs `month`.
pub fn run_month(args: &MonthArgs) -> Result<bool, String> {
    let view = View::new(&args.view)?;
    let spec = match &args.month {
        Some(text) => parse_month(text)?,
        None => {
            let today = HijriDate::from_gregorian(view.calendar, view.today)
                .map_err(|err| err.to_string())?;
            MonthSpec::Hijri(today.year(), today.month())
        }
    };
    let text = view.month(spec)?;
    print(&text)
}

/// Runs `year`.
pub fn run_year(args: &YearArgs) -> Result<bool, String> {
    let view = View::new(&args.view)?;
    let (gregorian, year) = match &args.year {
        Some(text) => parse_year(text)?,
        None => {
            let today = HijriDate::from_gregorian(view.calendar, view.today)
                .map_err(|err| err.to_string())?;
            (false, today.year())
        }
    };
    let mut text = String::new();
    for month in 1..=12 {
        if month > 1 {
            text.push('\n');
        }
        let spec = if gregorian {
            MonthSpec::Gregorian(year, month)
        } else {
            MonthSpec::Hijri(year, month)
        };
        text.push_str(&view.month(spec)?);
    }
    print(&text)
}

fn print(text: &str) -> Result<bool, String> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes()).and_then(|()| out.flush()).map_err(|err| err.to_string())?;
    Ok(true)
}

/// Reads `YYYY-MM` or `gYYYY-MM`.
fn parse_month(text: &str) -> Result<MonthSpec, String> {
    let expected =
        || format!("{text:?}: expected a month as YYYY-MM (Hijri) or gYYYY-MM (Gregorian)");
    let (gregorian, rest) = match text.trim().strip_prefix(['g', 'G']) {
        Some(rest) => (true, rest),
        None => (false, text.trim()),
    };
    let (year, month) = rest.rsplit_once('-').ok_or_else(expected)?;
    let year: i32 = year.parse().map_err(|_| expected())?;
    let month: u8 = month.parse().map_err(|_| expected())?;
    if !(1..=12).contains(&month) {
        return Err(format!("{text:?}: month {month} is out of range (1..=12)"));
    }
    Ok(if gregorian { MonthSpec::Gregorian(year, month) } else { MonthSpec::Hijri(year, month) })
}

/// Reads `YYYY` or `gYYYY`: (whether Gregorian, the year).
pub fn parse_year(text: &str) -> Result<(bool, i32), String> {
    let (gregorian, rest) = match text.trim().strip_prefix(['g', 'G']) {
        Some(rest) => (true, rest),
        None => (false, text.trim()),
    };
    let year = rest
        .parse()
        .map_err(|_| format!("{text:?}: expected a year as YYYY (Hijri) or gYYYY (Gregorian)"))?;
    Ok((gregorian, year))
}

/// Today's Gregorian date: `--today`, or the local date.
pub fn today(option: Option<&str>) -> Result<GregorianDate, String> {
    match option {
        Some(text) => {
            let (y, m, d) =
                crate::convert::iso_fields(text).map_err(|e| format!("--today: {e}"))?;
            GregorianDate::new(y, m, d).map_err(|err| format!("--today: {err}"))
        }
        None => Ok(GregorianDate::from(chrono::Local::now().date_naive())),
    }
}

/// One day of a grid.
struct Day {
    /// The number shown large: the day of the month the grid is of.
    main: String,
    /// The number beside it: the day in the other calendar (empty outside its range).
    beside: String,
    observance: Option<Observance>,
    today: bool,
}

/// Everything a grid needs, computed once from the options.
struct View {
    calendar: Calendar,
    language: Language,
    printer: Printer,
    week_start: Weekday,
    highlight: bool,
    today: GregorianDate,
    hijri_day: Pattern,
    gregorian_day: GregorianPattern,
}

impl View {
    fn new(args: &ViewArgs) -> Result<View, String> {
        let printer = FormatArgs { format: None, lang: args.lang, digits: args.digits }.printer();
        let language = match args.lang {
            Lang::Ar => Language::Arabic,
            Lang::En => Language::English,
        };
        let highlight = match args.color {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => io::stdout().is_terminal(),
        };
        let week_start = match args.week_start {
            WeekStart::Sat => Weekday::Saturday,
            WeekStart::Sun => Weekday::Sunday,
            WeekStart::Mon => Weekday::Monday,
        };
        Ok(View {
            calendar: args.calendar,
            language,
            printer,
            week_start,
            highlight,
            today: today(args.today.as_deref())?,
            hijri_day: pattern("%-d")?,
            gregorian_day: GregorianPattern::new("%-d").map_err(|err| err.to_string())?,
        })
    }

    /// `pattern` followed by the era mark: attached in Arabic (`1447هـ`), after a space in
    /// English (`1447 AH`), as the presets print it.
    fn with_era(&self, pattern: &str) -> String {
        match self.language {
            Language::Arabic => format!("{pattern}%E"),
            _ => format!("{pattern} %E"),
        }
    }

    fn rtl(&self) -> bool {
        self.language == Language::Arabic
    }

    /// The whole text of one month's grid.
    fn month(&self, spec: MonthSpec) -> Result<String, String> {
        let (first, length) = self.first_day_and_length(spec)?;
        let mut days = Vec::with_capacity(usize::from(length));
        for offset in 0..i64::from(length) {
            let day = first.add_days(offset).map_err(|err| err.to_string())?;
            days.push(self.day(spec, day)?);
        }
        let last = first.add_days(i64::from(length) - 1).map_err(|err| err.to_string())?;
        let mut out = String::new();
        let (title, subtitle) = self.titles(spec, first, last)?;
        self.push_aligned(&mut out, &title, Align::Centre);
        self.push_aligned(&mut out, &subtitle, Align::Centre);
        self.push_header(&mut out);
        self.push_weeks(&mut out, first.weekday(), &days);
        self.push_legend(&mut out, spec, first, &days)?;
        Ok(out)
    }

    /// The month's first day and its number of days.
    fn first_day_and_length(&self, spec: MonthSpec) -> Result<(DayNumber, u8), String> {
        match spec {
            MonthSpec::Hijri(year, month) => {
                let first =
                    HijriDate::new(self.calendar, year, month, 1).map_err(|e| e.to_string())?;
                Ok((first.to_day_number(), first.days_in_month()))
            }
            MonthSpec::Gregorian(year, month) => {
                let first = GregorianDate::new(year, month, 1).map_err(|e| e.to_string())?;
                Ok((first.to_day_number(), first.days_in_month()))
            }
        }
    }

    fn day(&self, spec: MonthSpec, day: DayNumber) -> Result<Day, String> {
        let gregorian = GregorianDate::from_day_number(day);
        let hijri = HijriDate::from_day_number(self.calendar, day).ok();
        let g = self.gregorian_number(gregorian)?;
        let h = match hijri {
            Some(date) => self.hijri_number(date)?,
            None => String::new(),
        };
        let (main, beside) = match spec {
            MonthSpec::Hijri(..) => (h, g),
            MonthSpec::Gregorian(..) => (g, h),
        };
        Ok(Day {
            main,
            beside,
            observance: hijri.and_then(Observance::on),
            today: gregorian == self.today,
        })
    }

    fn hijri_number(&self, date: HijriDate) -> Result<String, String> {
        Ok(self.printer.display(date, &self.hijri_day).to_string())
    }

    fn gregorian_number(&self, date: GregorianDate) -> Result<String, String> {
        Ok(self.printer.display_gregorian(date, &self.gregorian_day).to_string())
    }

    /// The title (the month shown) and the subtitle (the months of the other calendar).
    fn titles(
        &self,
        spec: MonthSpec,
        first: DayNumber,
        last: DayNumber,
    ) -> Result<(String, String), String> {
        let (g_first, g_last) =
            (GregorianDate::from_day_number(first), GregorianDate::from_day_number(last));
        let gregorian_span = self.gregorian_span(g_first, g_last)?;
        let hijri_span = match (
            HijriDate::from_day_number(self.calendar, first),
            HijriDate::from_day_number(self.calendar, last),
        ) {
            (Ok(a), Ok(b)) => self.hijri_span(a, b)?,
            (Ok(a), Err(_)) | (Err(_), Ok(a)) => self.hijri_span(a, a)?,
            (Err(_), Err(_)) => String::new(),
        };
        Ok(match spec {
            MonthSpec::Hijri(..) => (hijri_span, gregorian_span),
            MonthSpec::Gregorian(..) => (gregorian_span, hijri_span),
        })
    }

    /// `February – March 2026 CE`, `December 2029 – January 2030 CE`, `May 2026 CE`.
    fn gregorian_span(&self, a: GregorianDate, b: GregorianDate) -> Result<String, String> {
        let full = GregorianPattern::new(&self.with_era("%B %-Y")).map_err(|e| e.to_string())?;
        let name = GregorianPattern::new("%B").map_err(|e| e.to_string())?;
        let name_year = GregorianPattern::new("%B %-Y").map_err(|e| e.to_string())?;
        let p = &self.printer;
        Ok(if (a.year(), a.month()) == (b.year(), b.month()) {
            p.display_gregorian(a, &full).to_string()
        } else if a.year() == b.year() {
            format!("{} – {}", p.display_gregorian(a, &name), p.display_gregorian(b, &full))
        } else {
            format!("{} – {}", p.display_gregorian(a, &name_year), p.display_gregorian(b, &full))
        })
    }

    /// The same for Hijri months.
    fn hijri_span(&self, a: HijriDate, b: HijriDate) -> Result<String, String> {
        let p = &self.printer;
        let full = pattern(&self.with_era("%B %-Y"))?;
        Ok(if (a.year(), a.month()) == (b.year(), b.month()) {
            p.display(a, &full).to_string()
        } else if a.year() == b.year() {
            format!("{} – {}", p.display(a, &pattern("%B")?), p.display(b, &full))
        } else {
            format!("{} – {}", p.display(a, &pattern("%B %-Y")?), p.display(b, &full))
        })
    }

    /// The weekday names, first day of the week first (at the right in Arabic).
    fn push_header(&self, out: &mut String) {
        let mut cells = Vec::with_capacity(7);
        let mut day = self.week_start;
        for _ in 0..7 {
            cells.push(centre(&self.weekday_name(day), CELL));
            day = day.next();
        }
        self.push_row(out, cells);
    }

    /// A weekday's name for a header: `Sat` in English; in Arabic the name without its article
    /// (سبت، أحد، …), as printed calendars write it.
    fn weekday_name(&self, day: Weekday) -> String {
        match self.language {
            Language::Arabic => {
                let full = Language::Arabic.weekday(day);
                full.strip_prefix("ال").unwrap_or(full).to_string()
            }
            _ => self.language.weekday_short(day).to_string(),
        }
    }

    fn push_weeks(&self, out: &mut String, first_weekday: Weekday, days: &[Day]) {
        // Blank cells before the first day.
        let lead = (7 + usize::from(first_weekday.days_since_monday())
            - usize::from(self.week_start.days_since_monday()))
            % 7;
        let mut row: Vec<String> = vec![" ".repeat(CELL); lead];
        for day in days {
            row.push(self.cell(day));
            if row.len() == 7 {
                self.push_row(out, std::mem::take(&mut row));
            }
        }
        if !row.is_empty() {
            self.push_row(out, row);
        }
    }

    /// One day's cell, `CELL` columns wide, highlighted when it is today.
    fn cell(&self, day: &Day) -> String {
        let mark = if day.observance.is_some() { "*" } else { " " };
        let (main, beside) = (&day.main, &day.beside);
        let text = if self.rtl() {
            // The mirror of the left-to-right cell: mark, the other day, then the day itself.
            format!("{mark}{LRM}{}{LRM} {LRM}{}", pad_left(beside, 2), pad_right(main, 2))
        } else {
            format!("{} {}{mark}", pad_left(main, 2), pad_right(beside, 2))
        };
        if day.today && self.highlight {
            format!("\x1b[7m{text}\x1b[0m")
        } else {
            text
        }
    }

    /// Writes a row of cells in reading order: left to right, or (Arabic) right to left.
    fn push_row(&self, out: &mut String, mut cells: Vec<String>) {
        if self.rtl() {
            while cells.len() < 7 {
                cells.push(" ".repeat(CELL));
            }
            cells.reverse();
            for cell in &mut cells {
                cell.insert_str(0, LRM);
            }
        }
        let line = cells.join(" ");
        out.push_str(line.trim_end_matches([' ', '\u{200E}']));
        out.push('\n');
    }

    /// A line of text, centred over the grid or (right to left) aligned right.
    fn push_aligned(&self, out: &mut String, text: &str, align: Align) {
        let width = text.chars().count();
        let pad = match (align, self.rtl()) {
            (Align::Centre, _) => WIDTH.saturating_sub(width) / 2,
            (Align::Start, true) => WIDTH.saturating_sub(width),
            (Align::Start, false) => 0,
        };
        let _ = writeln!(out, "{}{text}", " ".repeat(pad));
    }

    /// The observances of the month, one per line: `* 1 Ramadan (18 February): First of Ramadan`.
    fn push_legend(
        &self,
        out: &mut String,
        spec: MonthSpec,
        first: DayNumber,
        days: &[Day],
    ) -> Result<(), String> {
        let mut any = false;
        for (offset, day) in (0_i64..).zip(days) {
            let Some(observance) = day.observance else { continue };
            let number = first.add_days(offset).map_err(|e| e.to_string())?;
            let hijri =
                HijriDate::from_day_number(self.calendar, number).map_err(|e| e.to_string())?;
            let both = match spec {
                MonthSpec::Hijri(..) => pattern("%-d %B (%{gregorian}%-d %B)")?,
                MonthSpec::Gregorian(..) => pattern("%{gregorian}%-d %B (%{hijri}%-d %B)")?,
            };
            if !any {
                out.push('\n');
                any = true;
            }
            let line = format!(
                "* {}: {}",
                self.printer.display(hijri, &both),
                observance.name(self.language)
            );
            self.push_aligned(out, &line, Align::Start);
        }
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum Align {
    Centre,
    Start,
}

fn pattern(text: &str) -> Result<Pattern, String> {
    Pattern::new(text).map_err(|err| err.to_string())
}

fn pad_left(text: &str, width: usize) -> String {
    format!("{}{text}", " ".repeat(width.saturating_sub(text.chars().count())))
}

fn pad_right(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(text.chars().count())))
}

fn centre(text: &str, width: usize) -> String {
    let len = text.chars().count();
    let left = width.saturating_sub(len) / 2;
    let right = width.saturating_sub(len + left);
    format!("{}{text}{}", " ".repeat(left), " ".repeat(right))
}
