//! The tabular (arithmetic) Islamic calendars: 30-year cycles of 11 leap years, months of
//! alternately 30 and 29 days, the last month 30 days in a leap year.
//!
//! Reference: E. M. Reingold and N. Dershowitz, *Calendrical Calculations* (4th ed., 2018),
//! §6.1 "Islamic calendar" (`fixed-from-islamic`, `islamic-from-fixed`), generalised from the
//! 16-based cycle to the four cycles in use, as tabulated by R. van Gent, "The Islamic calendar
//! and its variants" (Utrecht University): year `y` is a leap year when `(11·y + c) mod 30 < 11`,
//! with `c` = 15, 14, 11, 9 for types I, II, III, IV.
//!
//! Bounds used by the proofs below: years are `i32`s, worked in i64 (where 354 times one fits
//! with room to spare), and every R.D. lies within a day of a [`DayNumber`]'s range (±10^8).
//!
//! [`DayNumber`]: super::DayNumber

use core::fmt;

/// Which years of each 30-year cycle are leap years (355 days).
///
/// # Example
/// ```
/// use hijri_calendar::LeapCycle;
///
/// assert_eq!(LeapCycle::II.leap_years(), [2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29]);
/// assert!(LeapCycle::IV.is_leap_year(30));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[allow(clippy::upper_case_acronyms)]
pub enum LeapCycle {
    /// Type I: leap years 2, 5, 7, 10, 13, 15, 18, 21, 24, 26, 29.
    I,
    /// Type II, the most common (CLDR `islamic-civil`, `islamic-tbla`): leap years 2, 5, 7, 10,
    /// 13, 16, 18, 21, 24, 26, 29.
    II,
    /// Type III (Fatimid, Ismaili, Bohra): leap years 2, 5, 8, 10, 13, 16, 19, 21, 24, 27, 29.
    III,
    /// Type IV (Habash al-Hasib, al-Biruni): leap years 2, 5, 8, 11, 13, 16, 19, 21, 24, 27, 30.
    IV,
}

impl LeapCycle {
    /// The four cycles, in order.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::LeapCycle;
    /// assert_eq!(LeapCycle::ALL.len(), 4);
    /// ```
    pub const ALL: [LeapCycle; 4] = [LeapCycle::I, LeapCycle::II, LeapCycle::III, LeapCycle::IV];

    /// `k` in "leap years before year `y` = ⌊(11·y + k) / 30⌋"; year `y` is then leap when
    /// `(11·y + k + 11) mod 30 < 11`.
    #[inline]
    pub(crate) const fn leap_shift(self) -> i64 {
        match self {
            LeapCycle::I => 4,
            LeapCycle::II => 3,
            LeapCycle::III => 0,
            LeapCycle::IV => -2,
        }
    }

    /// Whether `year` (any year, negative ones included) has 355 days in this cycle.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::LeapCycle;
    /// assert!(LeapCycle::I.is_leap_year(15));
    /// assert!(!LeapCycle::II.is_leap_year(15));
    /// assert!(LeapCycle::II.is_leap_year(1442)); // 1442 is year 2 of its cycle
    /// assert!(LeapCycle::II.is_leap_year(-28)); // and so is -28
    /// ```
    #[inline]
    // Proof: an i32 times 11, in i64, plus at most 15, cannot overflow.
    #[allow(clippy::arithmetic_side_effects)]
    pub const fn is_leap_year(self, year: i32) -> bool {
        (11 * year as i64 + self.leap_shift() + 11).rem_euclid(30) < 11
    }

    /// The leap years of the cycle, as positions 1..=30 in it.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::LeapCycle;
    /// assert_eq!(LeapCycle::III.leap_years(), [2, 5, 8, 10, 13, 16, 19, 21, 24, 27, 29]);
    /// ```
    #[inline]
    // Indexing proof: `n < 11` is checked before `out[n]`. Proof: `n += 1` runs only when
    // `n < 11` and `year += 1` only when `year <= 30`.
    #[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
    pub const fn leap_years(self) -> [u8; 11] {
        let mut out = [0u8; 11];
        let mut n = 0;
        let mut year = 1;
        while year <= 30 {
            if self.is_leap_year(year) && n < 11 {
                out[n] = year as u8;
                n += 1;
            }
            year += 1;
        }
        out
    }

    /// The Roman numeral used in calendar names: `"I"`, `"II"`, `"III"` or `"IV"`.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::LeapCycle;
    /// assert_eq!(LeapCycle::IV.numeral(), "IV");
    /// ```
    #[inline]
    pub const fn numeral(self) -> &'static str {
        match self {
            LeapCycle::I => "I",
            LeapCycle::II => "II",
            LeapCycle::III => "III",
            LeapCycle::IV => "IV",
        }
    }
}

impl fmt::Display for LeapCycle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.numeral())
    }
}

/// The day a tabular calendar counts from: 1 Muharram 1 AH.
///
/// # Example
/// ```
/// use hijri_calendar::Epoch;
/// assert_eq!(Epoch::Friday.first_day().to_string(), "0622-07-19");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Epoch {
    /// Thursday 15 July 622 (Julian), 0622-07-18 proleptic Gregorian: the astronomical epoch
    /// (CLDR `islamic-tbla`).
    Thursday,
    /// Friday 16 July 622 (Julian), 0622-07-19 proleptic Gregorian: the civil epoch (CLDR
    /// `islamic-civil`).
    Friday,
}

impl Epoch {
    /// Both epochs, Thursday first.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::Epoch;
    /// assert_eq!(Epoch::ALL, [Epoch::Thursday, Epoch::Friday]);
    /// ```
    pub const ALL: [Epoch; 2] = [Epoch::Thursday, Epoch::Friday];

    #[inline]
    pub(crate) const fn rata_die(self) -> i64 {
        match self {
            Epoch::Thursday => 227_014,
            Epoch::Friday => 227_015,
        }
    }

    /// 1 Muharram 1 AH as a proleptic Gregorian date.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{Epoch, Weekday};
    /// assert_eq!(Epoch::Thursday.first_day().weekday(), Weekday::Thursday);
    /// ```
    #[inline]
    pub const fn first_day(self) -> super::GregorianDate {
        let (y, m, d) = super::gregorian::ymd_from_rata_die(self.rata_die());
        // Both epochs are valid dates; `new` cannot fail here.
        match super::GregorianDate::new(y, m, d) {
            Ok(date) => date,
            Err(_) => super::GregorianDate::MIN,
        }
    }

    /// The lower-case name used in calendar names: `"thursday"` or `"friday"`.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::Epoch;
    /// assert_eq!(Epoch::Friday.name(), "friday");
    /// ```
    #[inline]
    pub const fn name(self) -> &'static str {
        match self {
            Epoch::Thursday => "thursday",
            Epoch::Friday => "friday",
        }
    }
}

impl fmt::Display for Epoch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// R.D. of 1 Muharram of `year`.
// Proof: `year` is an i32, so every term, in i64, is below 2^42 in magnitude.
#[allow(clippy::arithmetic_side_effects)]
#[inline]
pub(crate) const fn year_start(cycle: LeapCycle, epoch: Epoch, year: i32) -> i64 {
    let year = year as i64;
    epoch.rata_die() + 354 * (year - 1) + (11 * year + cycle.leap_shift()).div_euclid(30)
}

/// Years within this many of year 0 are whole years of every tabular calendar: their ranges
/// (chrono's days) end inside years near ±270,000, as the assertion below checks.
const WHOLE_YEARS: u32 = 250_000;

// Indexing: evaluated at compile time, where an index out of bounds stops the build.
#[allow(clippy::indexing_slicing)]
const _: () = {
    let mut c = 0;
    while c < super::TABULAR_YEAR_RANGES.len() {
        let mut e = 0;
        while e < super::TABULAR_YEAR_RANGES[c].len() {
            let (first, last) = super::TABULAR_YEAR_RANGES[c][e];
            assert!(first < -(WHOLE_YEARS as i32) && last > WHOLE_YEARS as i32);
            e += 1;
        }
        c += 1;
    }
};

/// Whether `year`, `month`, `day` is a date of a whole year of the calendar (within
/// ±[`WHOLE_YEARS`]), by three comparisons, for [`HijriDate::new`](super::HijriDate::new)'s
/// quick path; `false` says nothing about dates of the partial years at the range's ends, which
/// `check_date` settles.
#[inline(always)]
pub(crate) const fn is_valid_in_whole_years(
    cycle: LeapCycle,
    year: i32,
    month: u8,
    day: u8,
) -> bool {
    year.unsigned_abs() <= WHOLE_YEARS
        && month.wrapping_sub(1) < 12
        && day.wrapping_sub(1) < days_in_month(cycle, year, month)
}

/// Days in a month (`month` 1..=12).
#[inline]
pub(crate) const fn days_in_month(cycle: LeapCycle, year: i32, month: u8) -> u8 {
    if month % 2 == 1 || (month == 12 && cycle.is_leap_year(year)) {
        30
    } else {
        29
    }
}

/// R.D. of a valid date.
// Proof: a valid date lies in the supported range, so its year is within ±271,000 and the
// shifted year 2,000..=544,000 (`CYCLES` reaches past the first year, as for
// `ymd_from_rata_die`); `shifted_year_start` of it is below 2^28, the month is 1..=12 and the
// day 1..=30, so the sum is below 2^29 and at least one; the constant is within ±2^28.
#[allow(clippy::arithmetic_side_effects)]
#[inline(always)]
pub(crate) const fn rata_die_from_ymd(
    cycle: LeapCycle,
    epoch: Epoch,
    year: i32,
    month: u8,
    day: u8,
) -> i64 {
    // Unsigned arithmetic after shifting the year by whole cycles, as the way back does, so
    // that the division by 30 is a multiplication (the signed `div_euclid` of `year_start`
    // took twice the instructions).
    let year = (year as i64 + 30 * CYCLES as i64) as u64;
    // Months alternate 30, 29, ...: month m starts ⌈29.5·(m − 1)⌉ days into the year.
    let days = shifted_year_start(cycle, year) + (59 * month as u64 - 58) / 2 + day as u64;
    days as i64 + (epoch.rata_die() - (CYCLES * 10_631) as i64 - 1)
}

/// Whole 30-year cycles (10,631 days each) added so that every supported day counts forward
/// from the epoch: 9,100 cycles (96,742,100 days) reach past -262143-01-01.
const CYCLES: u64 = 9_100;

/// Days from the shifted epoch to 1 Muharram of shifted year `year` (≥ 1): the closed form
/// of `year_start` with the leap-day term kept non-negative for unsigned arithmetic.
// Proof: callers pass a year of 1..=2^20 (`ymd_from_rata_die`), so `year - 1` cannot wrap,
// the products are below 2^30, and the quotient is at least one (`leap_shift() + 30 >= 28`,
// so `11 * year + 28 >= 39`).
#[allow(clippy::arithmetic_side_effects)]
#[inline]
const fn shifted_year_start(cycle: LeapCycle, year: u64) -> u64 {
    354 * (year - 1) + (11 * year + (cycle.leap_shift() + 30) as u64) / 30 - 1
}

/// The year, month and day of an R.D. inside the supported range.
// Proof: the R.D. is within a day of a DayNumber's range, so `day` is positive (the shift
// reaches past `DayNumber::MIN`, and `TABULAR_YEAR_RANGES` is computed from it) and below
// 2^28, and `year` about 2,170..=542,600: `year - 1` cannot wrap (and `start > day` is false at
// year 1, whose start is 0). The year found starts on or before `day`, so `day - start` is
// 0..=354; `month - 1` is 0..=11; `2 * day_of_year / 59 + 1 >= month`, so the month starts on
// or before `day_of_year` and the day is 1..=30. `year - 30 * CYCLES` is within i64.
#[allow(clippy::arithmetic_side_effects)]
#[inline(always)]
pub(crate) const fn ymd_from_rata_die(
    cycle: LeapCycle,
    epoch: Epoch,
    rata_die: i64,
) -> (i32, u8, u8) {
    // Unsigned arithmetic after shifting by whole cycles (which keeps every year's place in its
    // cycle), so that divisions by constants become multiplications.
    let day = (rata_die - epoch.rata_die() + (CYCLES * 10_631) as i64) as u64;
    // The mean year is exactly 10631/30 days, so this estimate is off by at most one year.
    let mut year = 30 * day / 10_631 + 1;
    let mut start = shifted_year_start(cycle, year);
    if start > day {
        year -= 1;
        start = shifted_year_start(cycle, year);
    } else {
        let next = shifted_year_start(cycle, year + 1);
        if next <= day {
            year += 1;
            start = next;
        }
    }
    let day_of_year = (day - start) as u32;
    // Months alternate 30, 29, ...: month m starts ⌈29.5·(m − 1)⌉ days into the year.
    let month = {
        let m = 2 * day_of_year / 59 + 1;
        if m > 12 {
            12
        } else {
            m
        }
    };
    let day = day_of_year - (59 * (month - 1)).div_ceil(2) + 1;
    // The casts cannot truncate: the supported range keeps years inside ±271,000.
    ((year as i64 - 30 * CYCLES as i64) as i32, month as u8, day as u8)
}
