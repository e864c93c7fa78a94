//! The calendars, and the day number every conversion goes through.
//!
//! [`Calendar`] names a calendar; the rules of each live in a private module
//! (`umm_al_qura`, `tabular`) and are reached only through the dispatch functions below, which
//! speak in day numbers (Rata Die).
//!
//! Like the whole crate, these modules have no indexing that can panic and no arithmetic that
//! can overflow outside tests, unless allowed on the smallest item with a `// Proof:` of why
//! it cannot (the crate root denies both lints). Bounds used by the
//! proofs in this file: dates are validated, or their fields checked in the order of
//! `check_date` (year in the calendar's range, month 1..=12, day of the month), before anything
//! is computed from them; every calendar's years are within ±300,000 and its R.D.s within a day
//! of a [`DayNumber`]'s range (±10^8).

mod adjusted;
mod day_number;
mod gregorian;
mod hijri;
mod tabular;
mod umm_al_qura;
mod umm_al_qura_data;
mod umm_al_qura_published;
mod umm_al_qura_published_data;

use core::fmt;
use core::str::FromStr;

pub use adjusted::{AdjustError, AdjustedCalendar, MonthStart};
pub use day_number::{DayNumber, Weekday};
pub use gregorian::GregorianDate;
pub use hijri::{DateDifference, Days, HijriDate, Months, Overflow};
pub use tabular::{Epoch, LeapCycle};

use crate::error::{Field, RangeError, UnknownCalendarError};
use crate::national::{self, Criterion};
use day_number::{MAX_RATA_DIE, MIN_RATA_DIE};

/// A Hijri calendar: the Umm al-Qura calendar or one of the eight tabular calendars.
///
/// Names (for [`FromStr`] and [`Display`](fmt::Display)) are those of CLDR where CLDR has one:
/// `islamic-umalqura`, `islamic-civil` (type II, Friday epoch), `islamic-tbla` (type II,
/// Thursday epoch); the others are `tabular-<I|II|III|IV>-<thursday|friday>`. Parsing ignores
/// case, and `tabular-II-friday` parses as `islamic-civil`, the same calendar.
///
/// # Example
/// ```
/// use hijri_calendar::{Calendar, Epoch, LeapCycle};
///
/// let civil: Calendar = "tabular-II-friday".parse()?;
/// assert_eq!(civil, Calendar::CIVIL);
/// assert_eq!(civil.to_string(), "islamic-civil");
/// assert_eq!(
///     Calendar::Tabular { cycle: LeapCycle::III, epoch: Epoch::Thursday }.to_string(),
///     "tabular-III-thursday"
/// );
/// # Ok::<(), hijri_calendar::UnknownCalendarError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Calendar {
    /// The Umm al-Qura calendar of Saudi Arabia, from the KACST table: 1300..=1600 AH
    /// (1882-11-12 ..= 2174-11-25). Outside that range every conversion is an error.
    UmmAlQura,
    /// The Umm al-Qura calendar as historically published (newspapers, official calendar
    /// books), 1343..=1500 AH (1924-08-01 ..= 2077-11-16), with its months of 28 and 31 days
    /// kept as printed. It differs from the KACST table in 740 month starts, all in 1343–1419
    /// and 1451–1500 AH: the calendar to read a 1926 newspaper by.
    UmmAlQuraPublished,
    /// Umm al-Qura from the KACST table inside 1300..=1600 AH and, opt-in, the tabular civil
    /// calendar ([`Calendar::CIVIL`]) outside it, which joins the table without a gap or an
    /// overlap at both ends. [`HijriDate::is_extrapolated`] tells which dates are not from the
    /// table. Valid for every day `chrono::NaiveDate` can hold.
    UmmAlQuraExtended,
    /// A tabular (arithmetic) calendar, valid for every day `chrono::NaiveDate` can hold.
    Tabular {
        /// Which years of the 30-year cycle have 355 days.
        cycle: LeapCycle,
        /// The day counted as 1 Muharram 1 AH.
        epoch: Epoch,
    },
    /// A built-in calendar with month starts moved by a moon-sighting authority; see
    /// [`AdjustedCalendar`]. Its range is its base's.
    Adjusted(&'static AdjustedCalendar),
    /// A national calendar computed from the Moon's position by a published criterion
    /// (Turkey's Diyanet, Muhammadiyah, Indonesia, FCNA, the Umm al-Qura rule), 1300..=1600
    /// AH, from tables precomputed by the crate's own astronomy; see
    /// [`national`](crate::national). FCNA's Dhu al-Hijjah follows the Umm al-Qura table, so
    /// that calendar has some months of 28 and 31 days.
    Computed(crate::national::Criterion),
}

impl Calendar {
    /// CLDR `islamic-civil`: type II leap years, Friday epoch.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::Calendar;
    /// assert_eq!(Calendar::CIVIL.name(), "islamic-civil");
    /// ```
    pub const CIVIL: Calendar = Calendar::Tabular { cycle: LeapCycle::II, epoch: Epoch::Friday };

    /// CLDR `islamic-tbla`: type II leap years, Thursday (astronomical) epoch.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::Calendar;
    /// assert_eq!(Calendar::TBLA.name(), "islamic-tbla");
    /// ```
    pub const TBLA: Calendar = Calendar::Tabular { cycle: LeapCycle::II, epoch: Epoch::Thursday };

    /// Every calendar of the crate: Umm al-Qura, then the tabular ones by cycle and epoch.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::Calendar;
    /// assert_eq!(Calendar::ALL.len(), 16);
    /// assert!(Calendar::ALL.contains(&Calendar::CIVIL));
    /// ```
    pub const ALL: [Calendar; 16] = [
        Calendar::UmmAlQura,
        Calendar::UmmAlQuraPublished,
        Calendar::UmmAlQuraExtended,
        Calendar::Tabular { cycle: LeapCycle::I, epoch: Epoch::Thursday },
        Calendar::Tabular { cycle: LeapCycle::I, epoch: Epoch::Friday },
        Calendar::TBLA,
        Calendar::CIVIL,
        Calendar::Tabular { cycle: LeapCycle::III, epoch: Epoch::Thursday },
        Calendar::Tabular { cycle: LeapCycle::III, epoch: Epoch::Friday },
        Calendar::Tabular { cycle: LeapCycle::IV, epoch: Epoch::Thursday },
        Calendar::Tabular { cycle: LeapCycle::IV, epoch: Epoch::Friday },
        Calendar::Computed(Criterion::TurkeyDiyanet),
        Calendar::Computed(Criterion::MuhammadiyahKhgt),
        Calendar::Computed(Criterion::IndonesiaMabims),
        Calendar::Computed(Criterion::Fcna),
        Calendar::Computed(Criterion::UmmAlQuraRule),
    ];

    /// The calendar's name, as [`Display`](fmt::Display) prints it and [`FromStr`] reads it.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::Calendar;
    /// let names: Vec<&str> = Calendar::ALL.iter().map(|c| c.name()).collect();
    /// assert_eq!(names[..4], ["islamic-umalqura", "islamic-umalqura-published", "islamic-umalqura-extended", "tabular-I-thursday"]);
    /// ```
    #[inline]
    pub const fn name(self) -> &'static str {
        match self {
            Calendar::UmmAlQura => "islamic-umalqura",
            Calendar::UmmAlQuraPublished => "islamic-umalqura-published",
            Calendar::UmmAlQuraExtended => "islamic-umalqura-extended",
            Calendar::Adjusted(adjusted) => adjusted.name(),
            Calendar::Computed(criterion) => criterion.name(),
            Calendar::Tabular { cycle, epoch } => match (cycle, epoch) {
                (LeapCycle::I, Epoch::Thursday) => "tabular-I-thursday",
                (LeapCycle::I, Epoch::Friday) => "tabular-I-friday",
                (LeapCycle::II, Epoch::Thursday) => "islamic-tbla",
                (LeapCycle::II, Epoch::Friday) => "islamic-civil",
                (LeapCycle::III, Epoch::Thursday) => "tabular-III-thursday",
                (LeapCycle::III, Epoch::Friday) => "tabular-III-friday",
                (LeapCycle::IV, Epoch::Thursday) => "tabular-IV-thursday",
                (LeapCycle::IV, Epoch::Friday) => "tabular-IV-friday",
            },
        }
    }

    /// The first date the calendar supports.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::Calendar;
    /// assert_eq!(Calendar::UmmAlQura.first_date().to_string(), "1300-01-01");
    /// assert_eq!(Calendar::UmmAlQura.first_date().to_gregorian().to_string(), "1882-11-12");
    /// ```
    #[inline]
    pub const fn first_date(self) -> HijriDate {
        let (year, month, day) = ymd_from_rata_die_unchecked(self, self.first_rata_die());
        HijriDate::from_parts_unchecked(self, year, month, day)
    }

    /// The last date the calendar supports.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::Calendar;
    /// assert_eq!(Calendar::UmmAlQura.last_date().to_string(), "1600-12-30");
    /// assert_eq!(Calendar::UmmAlQura.last_date().to_gregorian().to_string(), "2174-11-25");
    /// ```
    #[inline]
    pub const fn last_date(self) -> HijriDate {
        let (year, month, day) = ymd_from_rata_die_unchecked(self, self.last_rata_die());
        HijriDate::from_parts_unchecked(self, year, month, day)
    }

    /// The number of days in a month.
    ///
    /// # Errors
    /// A [`RangeError`] when the year is outside the calendar or the month outside 1..=12.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::Calendar;
    /// assert_eq!(Calendar::UmmAlQura.days_in_month(1442, 1)?, 29);
    /// assert_eq!(Calendar::CIVIL.days_in_month(1442, 1)?, 30);
    /// assert!(Calendar::UmmAlQura.days_in_month(1442, 13).is_err());
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn days_in_month(self, year: i32, month: u8) -> Result<u8, RangeError> {
        if let Err(err) = check_year(self, year) {
            return Err(err);
        }
        if let Err(err) = check_month(self, year, month) {
            return Err(err);
        }
        Ok(days_in_month_unchecked(self, year, month))
    }

    /// The number of days in a year, 354 or 355.
    ///
    /// # Errors
    /// A [`RangeError`] when the year is outside the calendar.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::Calendar;
    /// assert_eq!(Calendar::UmmAlQura.days_in_year(1442)?, 354);
    /// assert_eq!(Calendar::CIVIL.days_in_year(1442)?, 355);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn days_in_year(self, year: i32) -> Result<u16, RangeError> {
        if let Err(err) = check_year(self, year) {
            return Err(err);
        }
        Ok(days_in_year_unchecked(self, year))
    }

    /// Whether a year has 355 days (in Umm al-Qura, whether the table gives it 355 days).
    ///
    /// # Errors
    /// A [`RangeError`] when the year is outside the calendar.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::Calendar;
    /// assert!(Calendar::CIVIL.is_leap_year(1442)?);
    /// assert!(!Calendar::UmmAlQura.is_leap_year(1442)?);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    #[inline]
    pub const fn is_leap_year(self, year: i32) -> Result<bool, RangeError> {
        match self.days_in_year(year) {
            Ok(days) => Ok(days == 355),
            Err(err) => Err(err),
        }
    }

    /// R.D. of the first supported day.
    ///
    /// The three range functions recurse for an adjusted calendar's base, so they stay out of
    /// line, which keeps `HijriDate::new`'s inlined general check small: made inlinable, they
    /// doubled the time of constructing Umm al-Qura and civil dates in a loop (criterion,
    /// 2.2 -> 4.0 ns a date). The common calendars do not reach them when converting
    /// (`HijriDate::from_day_number` has its own arms for them).
    #[inline(always)]
    pub(crate) const fn first_rata_die(self) -> i64 {
        match self {
            Calendar::UmmAlQura => umm_al_qura::FIRST_RATA_DIE,
            Calendar::UmmAlQuraPublished => umm_al_qura_published::FIRST_RATA_DIE,
            Calendar::UmmAlQuraExtended | Calendar::Tabular { .. } => MIN_RATA_DIE,
            Calendar::Adjusted(adjusted) => adjusted.base().first_rata_die(),
            Calendar::Computed(criterion) => national::first_rata_die(criterion),
        }
    }

    /// R.D. of the last supported day.
    #[inline(always)]
    pub(crate) const fn last_rata_die(self) -> i64 {
        match self {
            Calendar::UmmAlQura => umm_al_qura::LAST_RATA_DIE,
            Calendar::UmmAlQuraPublished => umm_al_qura_published::LAST_RATA_DIE,
            Calendar::UmmAlQuraExtended | Calendar::Tabular { .. } => MAX_RATA_DIE,
            Calendar::Adjusted(adjusted) => adjusted.base().last_rata_die(),
            Calendar::Computed(criterion) => national::last_rata_die(criterion),
        }
    }

    /// The first and last years that hold supported days (possibly not all of their days).
    #[inline(always)]
    pub(crate) const fn year_range(self) -> (i32, i32) {
        match self {
            Calendar::UmmAlQura => (umm_al_qura_data::FIRST_YEAR, umm_al_qura::LAST_YEAR),
            Calendar::UmmAlQuraPublished => {
                (umm_al_qura_published_data::FIRST_YEAR, umm_al_qura_published::LAST_YEAR)
            }
            // The civil calendar's range, whose first and last years hold the ends.
            Calendar::UmmAlQuraExtended => TABULAR_YEAR_RANGES[1][1],
            Calendar::Adjusted(adjusted) => adjusted.base().year_range(),
            Calendar::Computed(_) => (national::FIRST_YEAR, national::LAST_YEAR),
            // Indexing proof: `LeapCycle` has four variants (0..=3) and `Epoch` two (0..=1), the
            // table's dimensions.
            #[allow(clippy::indexing_slicing)]
            Calendar::Tabular { cycle, epoch } => {
                TABULAR_YEAR_RANGES[cycle as usize][epoch as usize]
            }
        }
    }
}

/// The year ranges of the tabular calendars, by cycle and epoch, computed at compile time.
// Proof: a constant, so an index out of bounds is a compile error; `c < 4` and `e < 2` anyway.
#[allow(clippy::indexing_slicing)]
const TABULAR_YEAR_RANGES: [[(i32, i32); 2]; 4] = {
    let mut table = [[(0, 0); 2]; 4];
    let mut c = 0;
    while c < 4 {
        let mut e = 0;
        while e < 2 {
            let (cycle, epoch) = (LeapCycle::ALL[c], Epoch::ALL[e]);
            table[c][e] = (
                tabular::ymd_from_rata_die(cycle, epoch, MIN_RATA_DIE).0,
                tabular::ymd_from_rata_die(cycle, epoch, MAX_RATA_DIE).0,
            );
            e += 1;
        }
        c += 1;
    }
    table
};

impl fmt::Display for Calendar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Calendar {
    type Err = UnknownCalendarError;

    /// Reads a calendar name, ignoring case.
    ///
    /// # Errors
    /// An [`UnknownCalendarError`] listing the valid names.
    fn from_str(name: &str) -> Result<Calendar, UnknownCalendarError> {
        let trimmed = name.trim();
        Calendar::ALL
            .iter()
            .copied()
            .find(|calendar| {
                calendar.name().eq_ignore_ascii_case(trimmed)
                    || matches!(calendar, Calendar::Tabular { cycle, epoch }
                        if tabular_long_name_matches(*cycle, *epoch, trimmed))
            })
            .ok_or_else(|| UnknownCalendarError::new(name))
    }
}

/// Whether `name` is `tabular-<cycle>-<epoch>`, ignoring case.
fn tabular_long_name_matches(cycle: LeapCycle, epoch: Epoch, name: &str) -> bool {
    let mut parts = name.split('-');
    matches!(
        (parts.next(), parts.next(), parts.next(), parts.next()),
        (Some(kind), Some(c), Some(e), None)
            if kind.eq_ignore_ascii_case("tabular")
                && c.eq_ignore_ascii_case(cycle.numeral())
                && e.eq_ignore_ascii_case(epoch.name())
    )
}

/// Every calendar name, for error messages.
pub(crate) const CALENDAR_NAMES_FOR_MESSAGES: &str = "islamic-umalqura, \
    islamic-umalqura-published, islamic-umalqura-extended, turkey-diyanet, muhammadiyah-khgt, \
    indonesia-mabims, fcna, umalqura-rule, islamic-civil, \
    islamic-tbla, tabular-I-thursday, tabular-I-friday, tabular-II-thursday, tabular-II-friday, \
    tabular-III-thursday, tabular-III-friday, tabular-IV-thursday, tabular-IV-friday";

/// The Hijri months in plain ASCII transliteration, for error messages.
const HIJRI_MONTH_NAMES_ASCII: [&str; 12] = [
    "Muharram",
    "Safar",
    "Rabi al-Awwal",
    "Rabi al-Thani",
    "Jumada al-Ula",
    "Jumada al-Akhirah",
    "Rajab",
    "Shaban",
    "Ramadan",
    "Shawwal",
    "Dhu al-Qadah",
    "Dhu al-Hijjah",
];

/// The Gregorian months in English, for error messages and the `names` module.
pub(crate) const GREGORIAN_MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The name of Hijri month `month` (1..=12) for messages; `"month N"` past the table.
#[inline]
pub(crate) fn month_name_for_messages(month: u8) -> &'static str {
    HIJRI_MONTH_NAMES_ASCII.get(usize::from(month).wrapping_sub(1)).copied().unwrap_or("?")
}

/// The English name of Gregorian month `month` (1..=12) for messages.
#[inline]
pub(crate) fn gregorian_month_name_for_messages(month: u8) -> &'static str {
    GREGORIAN_MONTH_NAMES.get(usize::from(month).wrapping_sub(1)).copied().unwrap_or("?")
}

/// Writes `YYYY-MM-DD`: the year zero-padded to four digits, a negative one with a `-`.
#[inline]
pub(crate) fn write_iso(f: &mut dyn fmt::Write, year: i32, month: u8, day: u8) -> fmt::Result {
    if year < 0 {
        write!(f, "-{:04}-{month:02}-{day:02}", year.unsigned_abs())
    } else {
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

// ---- Dispatch to the rules of each calendar, in day numbers. ----

/// Whether `year` is one of the KACST table's (for [`Calendar::UmmAlQuraExtended`]).
#[inline]
pub(crate) const fn in_umm_al_qura_table(year: i32) -> bool {
    year >= umm_al_qura_data::FIRST_YEAR && year <= umm_al_qura::LAST_YEAR
}

/// Checks that `year` holds supported days.
#[inline]
const fn check_year(calendar: Calendar, year: i32) -> Result<(), RangeError> {
    let (min, max) = calendar.year_range();
    if year < min || year > max {
        return Err(RangeError::hijri_field(
            Field::Year,
            year as i64,
            min as i64,
            max as i64,
            calendar,
            year,
            0,
        ));
    }
    Ok(())
}

/// Checks that `month` is 1..=12.
#[inline]
const fn check_month(calendar: Calendar, year: i32, month: u8) -> Result<(), RangeError> {
    if month < 1 || month > 12 {
        return Err(RangeError::hijri_field(Field::Month, month as i64, 1, 12, calendar, year, 0));
    }
    Ok(())
}

/// Days in a month of a checked year.
#[inline(always)]
const fn days_in_month_unchecked(calendar: Calendar, year: i32, month: u8) -> u8 {
    match calendar {
        Calendar::UmmAlQura => umm_al_qura::days_in_month(year, month),
        Calendar::UmmAlQuraPublished => umm_al_qura_published::days_in_month(year, month),
        Calendar::UmmAlQuraExtended if in_umm_al_qura_table(year) => {
            umm_al_qura::days_in_month(year, month)
        }
        Calendar::UmmAlQuraExtended => tabular::days_in_month(LeapCycle::II, year, month),
        Calendar::Adjusted(adjusted) => adjusted.days_in_month(year, month),
        Calendar::Computed(criterion) => national::days_in_month(criterion, year, month),
        Calendar::Tabular { cycle, .. } => tabular::days_in_month(cycle, year, month),
    }
}

/// Days in a checked year.
// Proof: the year is in the calendar's range (±300,000), so `year + 1` fits; the difference of
// two R.D.s one year apart is 353..=356; 354 plus one is 355.
#[allow(clippy::arithmetic_side_effects)]
#[inline]
const fn days_in_year_unchecked(calendar: Calendar, year: i32) -> u16 {
    match calendar {
        Calendar::UmmAlQura => umm_al_qura::days_in_year(year),
        Calendar::UmmAlQuraPublished => umm_al_qura_published::days_in_year(year),
        Calendar::UmmAlQuraExtended if in_umm_al_qura_table(year) => {
            umm_al_qura::days_in_year(year)
        }
        Calendar::UmmAlQuraExtended => 354 + LeapCycle::II.is_leap_year(year) as u16,
        Calendar::Adjusted(adjusted) => {
            (adjusted.month_start(year + 1, 1) - adjusted.month_start(year, 1)) as u16
        }
        Calendar::Computed(criterion) => national::days_in_year(criterion, year),
        Calendar::Tabular { cycle, .. } => 354 + cycle.is_leap_year(year) as u16,
    }
}

/// Validates a date: the year, then the month, then the day, then (for the first and last
/// years of a tabular range, which are only partly supported) the whole date.
#[inline(always)]
const fn check_date(calendar: Calendar, year: i32, month: u8, day: u8) -> Result<(), RangeError> {
    let (min_year, max_year) = calendar.year_range();
    if year < min_year || year > max_year {
        return Err(RangeError::hijri_field(
            Field::Year,
            year as i64,
            min_year as i64,
            max_year as i64,
            calendar,
            year,
            0,
        ));
    }
    if let Err(err) = check_month(calendar, year, month) {
        return Err(err);
    }
    let last = days_in_month_unchecked(calendar, year, month);
    if day < 1 || day > last {
        return Err(RangeError::hijri_field(
            Field::Day,
            day as i64,
            1,
            last as i64,
            calendar,
            year,
            month,
        ));
    }
    // Umm al-Qura's range is whole years; a tabular range begins and ends inside a year.
    let partial_year = matches!(calendar, Calendar::Tabular { .. } | Calendar::UmmAlQuraExtended)
        && (year == min_year || year == max_year);
    if partial_year {
        let rata_die = rata_die_from_ymd_unchecked(calendar, year, month, day);
        if rata_die < calendar.first_rata_die() || rata_die > calendar.last_rata_die() {
            return Err(RangeError::hijri_date(calendar, year, month, day));
        }
    }
    Ok(())
}

/// R.D. of a date with valid fields.
// Proof: a month start of a computed calendar's table (inside ±10^8) plus a day 1..=30.
#[allow(clippy::arithmetic_side_effects)]
#[inline(always)]
const fn rata_die_from_ymd_unchecked(calendar: Calendar, year: i32, month: u8, day: u8) -> i64 {
    match calendar {
        Calendar::UmmAlQura => umm_al_qura::rata_die_from_ymd(year, month, day),
        Calendar::UmmAlQuraPublished => umm_al_qura_published::rata_die_from_ymd(year, month, day),
        Calendar::UmmAlQuraExtended if in_umm_al_qura_table(year) => {
            umm_al_qura::rata_die_from_ymd(year, month, day)
        }
        Calendar::UmmAlQuraExtended => {
            tabular::rata_die_from_ymd(LeapCycle::II, Epoch::Friday, year, month, day)
        }
        Calendar::Adjusted(adjusted) => adjusted.rata_die_from_ymd(year, month, day),
        Calendar::Computed(criterion) => {
            national::month_start(criterion, year, month) + day as i64 - 1
        }
        Calendar::Tabular { cycle, epoch } => {
            tabular::rata_die_from_ymd(cycle, epoch, year, month, day)
        }
    }
}

/// The date of an R.D. inside the calendar's range.
#[inline(always)]
const fn ymd_from_rata_die_unchecked(calendar: Calendar, rata_die: i64) -> (i32, u8, u8) {
    match calendar {
        Calendar::UmmAlQura => umm_al_qura::ymd_from_rata_die(rata_die),
        Calendar::UmmAlQuraPublished => umm_al_qura_published::ymd_from_rata_die(rata_die),
        Calendar::UmmAlQuraExtended
            if rata_die >= umm_al_qura::FIRST_RATA_DIE
                && rata_die <= umm_al_qura::LAST_RATA_DIE =>
        {
            umm_al_qura::ymd_from_rata_die(rata_die)
        }
        Calendar::UmmAlQuraExtended => {
            tabular::ymd_from_rata_die(LeapCycle::II, Epoch::Friday, rata_die)
        }
        Calendar::Adjusted(adjusted) => adjusted.ymd_from_rata_die(rata_die),
        Calendar::Computed(criterion) => national::ymd_from_rata_die(criterion, rata_die),
        Calendar::Tabular { cycle, epoch } => tabular::ymd_from_rata_die(cycle, epoch, rata_die),
    }
}

/// The date of any R.D., or the error that it is outside the calendar.
#[inline(always)]
const fn ymd_from_rata_die(calendar: Calendar, rata_die: i64) -> Result<(i32, u8, u8), RangeError> {
    if rata_die < calendar.first_rata_die() || rata_die > calendar.last_rata_die() {
        return Err(RangeError::outside_calendar(calendar, rata_die));
    }
    Ok(ymd_from_rata_die_unchecked(calendar, rata_die))
}
