//! Islamic observances: the days of the Hijri year that people look up, with their Arabic and
//! English names, for a Hijri year or a Gregorian year in any [`Calendar`].
//!
//! Every Hijri day begins at sunset on the evening before its Gregorian date: the night of
//! [`Observance::LaylatAlQadr`] (27 Ramadan) is the night before the Gregorian day these
//! functions give for it. See [`crate::sunset`] for the moment a day begins at a place.
//!
//! ```
//! use hijri_calendar::observances::{self, Observance};
//! use hijri_calendar::{Calendar, GregorianDate};
//!
//! let eid = Observance::EidAlFitr.in_hijri_year(Calendar::UmmAlQura, 1441)?;
//! assert_eq!(eid.to_gregorian(), GregorianDate::new(2020, 5, 24)?);
//!
//! // 2030 holds the first of Ramadan twice, of 1451 and of 1452.
//! let ramadan: Vec<String> = observances::in_gregorian_year(Calendar::UmmAlQura, 2030)?
//!     .into_iter()
//!     .filter(|o| o.observance == Observance::FirstOfRamadan)
//!     .map(|o| o.date.to_string())
//!     .collect();
//! assert_eq!(ramadan, ["1451-09-01", "1452-09-01"]);
//! # Ok::<(), hijri_calendar::RangeError>(())
//! ```

use alloc::vec::Vec;
use core::fmt;

use crate::calendar::{Calendar, DayNumber, GregorianDate, HijriDate};
use crate::error::RangeError;
use crate::names::Language;

/// A yearly Islamic observance, fixed to a day of the Hijri year.
///
/// # Example
/// ```
/// use hijri_calendar::names::Language;
/// use hijri_calendar::observances::Observance;
///
/// assert_eq!(Observance::EidAlAdha.month_day(), (12, 10));
/// assert_eq!(Observance::EidAlAdha.name(Language::Arabic), "عيد الأضحى");
/// assert_eq!(Observance::EidAlAdha.to_string(), "Eid al-Adha");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[non_exhaustive]
pub enum Observance {
    /// The Islamic New Year, 1 Muharram (رأس السنة الهجرية).
    IslamicNewYear,
    /// Ashura, 10 Muharram (عاشوراء).
    Ashura,
    /// The Mawlid, the Prophet's birthday, 12 Rabi al-Awwal (المولد النبوي).
    Mawlid,
    /// Isra and Mi'raj, the Night Journey, 27 Rajab (الإسراء والمعراج).
    IsraAndMiraj,
    /// Mid-Sha'ban, 15 Sha'ban (ليلة النصف من شعبان).
    MidShaban,
    /// The first day of Ramadan, 1 Ramadan (أول رمضان).
    FirstOfRamadan,
    /// Laylat al-Qadr, the Night of Decree, 27 Ramadan (ليلة القدر).
    LaylatAlQadr,
    /// Eid al-Fitr, 1 Shawwal (عيد الفطر).
    EidAlFitr,
    /// The Day of Arafah, 9 Dhu al-Hijjah (يوم عرفة).
    DayOfArafah,
    /// Eid al-Adha, 10 Dhu al-Hijjah (عيد الأضحى).
    EidAlAdha,
}

impl Observance {
    /// The ten observances, in the order of the Hijri year.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::observances::Observance;
    /// assert_eq!(Observance::ALL.len(), 10);
    /// assert!(Observance::ALL.windows(2).all(|w| w[0].month_day() < w[1].month_day()));
    /// ```
    pub const ALL: [Observance; 10] = [
        Observance::IslamicNewYear,
        Observance::Ashura,
        Observance::Mawlid,
        Observance::IsraAndMiraj,
        Observance::MidShaban,
        Observance::FirstOfRamadan,
        Observance::LaylatAlQadr,
        Observance::EidAlFitr,
        Observance::DayOfArafah,
        Observance::EidAlAdha,
    ];

    /// The Hijri month (1..=12) and day of the observance.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::observances::Observance;
    /// assert_eq!(Observance::Mawlid.month_day(), (3, 12));
    /// ```
    pub const fn month_day(self) -> (u8, u8) {
        match self {
            Observance::IslamicNewYear => (1, 1),
            Observance::Ashura => (1, 10),
            Observance::Mawlid => (3, 12),
            Observance::IsraAndMiraj => (7, 27),
            Observance::MidShaban => (8, 15),
            Observance::FirstOfRamadan => (9, 1),
            Observance::LaylatAlQadr => (9, 27),
            Observance::EidAlFitr => (10, 1),
            Observance::DayOfArafah => (12, 9),
            Observance::EidAlAdha => (12, 10),
        }
    }

    /// The English name.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::observances::Observance;
    /// assert_eq!(Observance::IsraAndMiraj.english_name(), "Isra and Mi'raj");
    /// ```
    pub const fn english_name(self) -> &'static str {
        match self {
            Observance::IslamicNewYear => "Islamic New Year",
            Observance::Ashura => "Ashura",
            Observance::Mawlid => "Mawlid",
            Observance::IsraAndMiraj => "Isra and Mi'raj",
            Observance::MidShaban => "Mid-Sha'ban",
            Observance::FirstOfRamadan => "First of Ramadan",
            Observance::LaylatAlQadr => "Laylat al-Qadr",
            Observance::EidAlFitr => "Eid al-Fitr",
            Observance::DayOfArafah => "Day of Arafah",
            Observance::EidAlAdha => "Eid al-Adha",
        }
    }

    /// The Arabic name.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::observances::Observance;
    /// assert_eq!(Observance::DayOfArafah.arabic_name(), "يوم عرفة");
    /// ```
    pub const fn arabic_name(self) -> &'static str {
        match self {
            Observance::IslamicNewYear => "رأس السنة الهجرية",
            Observance::Ashura => "عاشوراء",
            Observance::Mawlid => "المولد النبوي",
            Observance::IsraAndMiraj => "الإسراء والمعراج",
            Observance::MidShaban => "ليلة النصف من شعبان",
            Observance::FirstOfRamadan => "أول رمضان",
            Observance::LaylatAlQadr => "ليلة القدر",
            Observance::EidAlFitr => "عيد الفطر",
            Observance::DayOfArafah => "يوم عرفة",
            Observance::EidAlAdha => "عيد الأضحى",
        }
    }

    /// The name in `language`.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::names::Language;
    /// use hijri_calendar::observances::Observance;
    /// assert_eq!(Observance::Ashura.name(Language::English), "Ashura");
    /// assert_eq!(Observance::Ashura.name(Language::Arabic), "عاشوراء");
    /// ```
    pub const fn name(self, language: Language) -> &'static str {
        match language {
            Language::Arabic => self.arabic_name(),
            Language::English => self.english_name(),
        }
    }

    /// The observance that falls on `date`, if any.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::observances::Observance;
    /// use hijri_calendar::{Calendar, HijriDate};
    /// let date = HijriDate::new(Calendar::UmmAlQura, 1447, 9, 27)?;
    /// assert_eq!(Observance::on(date), Some(Observance::LaylatAlQadr));
    /// assert_eq!(Observance::on(date.add_days(1)?), None);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    pub fn on(date: HijriDate) -> Option<Observance> {
        let key = (date.month(), date.day());
        Observance::ALL.into_iter().find(|o| o.month_day() == key)
    }

    /// The date of the observance in Hijri year `year` of `calendar`.
    ///
    /// # Errors
    /// A [`RangeError`] when that day is outside the calendar's range.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::observances::Observance;
    /// use hijri_calendar::Calendar;
    /// let date = Observance::FirstOfRamadan.in_hijri_year(Calendar::UmmAlQura, 1447)?;
    /// assert_eq!(date.to_gregorian().to_string(), "2026-02-18");
    /// assert_eq!(
    ///     Observance::Ashura.in_hijri_year(Calendar::UmmAlQura, 1601).unwrap_err().to_string(),
    ///     "year 1601 is out of range for islamic-umalqura (1300..=1600)"
    /// );
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    pub const fn in_hijri_year(
        self,
        calendar: Calendar,
        year: i32,
    ) -> Result<HijriDate, RangeError> {
        let (month, day) = self.month_day();
        HijriDate::new(calendar, year, month, day)
    }
}

impl fmt::Display for Observance {
    /// The English name.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.english_name())
    }
}

/// An observance and its date in one year.
///
/// # Example
/// ```
/// use hijri_calendar::observances::{self, Observance};
/// use hijri_calendar::Calendar;
/// let first = observances::in_hijri_year(Calendar::UmmAlQura, 1447)?[0];
/// assert_eq!(first.observance, Observance::IslamicNewYear);
/// assert_eq!(first.date.to_string(), "1447-01-01");
/// assert_eq!(first.gregorian().to_string(), "2025-06-26");
/// # Ok::<(), hijri_calendar::RangeError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct ObservanceDate {
    /// The Hijri date, in the calendar that was asked for.
    pub date: HijriDate,
    /// Which observance.
    pub observance: Observance,
}

impl ObservanceDate {
    /// The Gregorian date of the day (whose eve, after sunset, already belongs to it).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::observances::{self, Observance};
    /// use hijri_calendar::Calendar;
    /// let eid = observances::in_hijri_year(Calendar::UmmAlQura, 1441)?[7];
    /// assert_eq!(eid.observance, Observance::EidAlFitr);
    /// assert_eq!(eid.gregorian().to_string(), "2020-05-24");
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    pub const fn gregorian(self) -> GregorianDate {
        self.date.to_gregorian()
    }
}

/// The ten observances of Hijri year `year` in `calendar`, in order.
///
/// # Errors
/// A [`RangeError`] when any of them falls outside the calendar's range (the whole year is
/// refused rather than a part of it returned).
///
/// # Example
/// ```
/// use hijri_calendar::observances;
/// use hijri_calendar::Calendar;
/// let year = observances::in_hijri_year(Calendar::UmmAlQura, 1441)?;
/// let dates: Vec<String> = year.iter().map(|o| o.gregorian().to_string()).collect();
/// assert_eq!(dates[0], "2019-08-31");
/// assert_eq!(dates[7], "2020-05-24");
/// assert!(observances::in_hijri_year(Calendar::UmmAlQura, 1299).is_err());
/// # Ok::<(), hijri_calendar::RangeError>(())
/// ```
pub fn in_hijri_year(calendar: Calendar, year: i32) -> Result<[ObservanceDate; 10], RangeError> {
    let mut out = [ObservanceDate { date: calendar.first_date(), observance: Observance::ALL[0] };
        Observance::ALL.len()];
    for (slot, observance) in out.iter_mut().zip(Observance::ALL) {
        *slot = ObservanceDate { date: observance.in_hijri_year(calendar, year)?, observance };
    }
    Ok(out)
}

/// The observances whose Gregorian date lies in Gregorian year `year`, in date order, with
/// their dates in `calendar`. A Gregorian year is 10 or 11 days longer than a Hijri year, so
/// an observance can occur in it twice (2030 holds the first of Ramadan of 1451 and of 1452).
///
/// # Errors
/// A [`RangeError`] when the year is outside the Gregorian range, or when any of its days is
/// outside the calendar's range (its observances there could not be known): the error names
/// the first such day.
///
/// # Example
/// ```
/// use hijri_calendar::observances::{self, Observance};
/// use hijri_calendar::Calendar;
///
/// let year = observances::in_gregorian_year(Calendar::UmmAlQura, 2020)?;
/// let eid = year.iter().find(|o| o.observance == Observance::EidAlFitr).map(|o| o.gregorian());
/// assert_eq!(eid.map(|d| d.to_string()).as_deref(), Some("2020-05-24"));
///
/// let err = observances::in_gregorian_year(Calendar::UmmAlQura, 1882).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "gregorian date 1882-01-01 is out of range for islamic-umalqura (1882-11-12..=2174-11-25)"
/// );
/// # Ok::<(), hijri_calendar::RangeError>(())
/// ```
pub fn in_gregorian_year(calendar: Calendar, year: i32) -> Result<Vec<ObservanceDate>, RangeError> {
    let first = GregorianDate::new(year, 1, 1)?.to_day_number();
    let last = GregorianDate::new(year, 12, 31)?.to_day_number();
    let first_hijri = HijriDate::from_day_number(calendar, first)?;
    let last_hijri = HijriDate::from_day_number(calendar, last)?;
    let mut out = Vec::new();
    // A Gregorian year touches two or three Hijri years.
    for hijri_year in first_hijri.year()..=last_hijri.year() {
        for observance in Observance::ALL {
            let Ok(date) = observance.in_hijri_year(calendar, hijri_year) else { continue };
            if in_days(date.to_day_number(), first, last) {
                out.push(ObservanceDate { date, observance });
            }
        }
    }
    Ok(out)
}

/// Whether `day` lies in `first..=last`.
fn in_days(day: DayNumber, first: DayNumber, last: DayNumber) -> bool {
    first.days_until(day) >= 0 && day.days_until(last) >= 0
}
