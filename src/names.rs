//! Month and weekday names, era marks and digit sets, in Arabic and English.
//!
//! These are the canonical spellings the formatter prints; the parser reads them and many more
//! variants. Sources: CLDR 46 (`ar` and `en`, calendars `islamic` and `gregorian`) for the CLDR
//! forms; the common alternatives are those of Saudi, Egyptian, Levantine and Maghrebi
//! newspapers.

use crate::calendar::Weekday;

/// A language for names.
///
/// # Example
/// ```
/// use hijri_calendar::names::{HijriMonthSpelling, Language};
/// assert_eq!(Language::Arabic.hijri_month(2, HijriMonthSpelling::Cldr), Some("صفر"));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
#[non_exhaustive]
pub enum Language {
    /// Arabic.
    #[default]
    Arabic,
    /// English.
    English,
}

/// Which spelling of the Hijri month names to use.
///
/// # Example
/// ```
/// use hijri_calendar::names::{HijriMonthSpelling, Language};
/// assert_eq!(Language::Arabic.hijri_month(4, HijriMonthSpelling::Cldr), Some("ربيع الآخر"));
/// assert_eq!(Language::Arabic.hijri_month(4, HijriMonthSpelling::Common), Some("ربيع الثاني"));
/// assert_eq!(Language::English.hijri_month(4, HijriMonthSpelling::Cldr), Some("Rabiʻ II"));
/// assert_eq!(Language::English.hijri_month(4, HijriMonthSpelling::Common), Some("Rabi al-Thani"));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub enum HijriMonthSpelling {
    /// The CLDR forms: ربيع الآخر، جمادى الآخرة; `Rabiʻ II`, `Jumada II`.
    #[default]
    Cldr,
    /// The common alternative: ربيع الثاني، جمادى الثانية; `Rabi al-Thani`, `Jumada al-Akhirah`.
    Common,
}

/// Which Arabic names to use for the Gregorian months.
///
/// # Example
/// ```
/// use hijri_calendar::names::GregorianMonthNames;
/// assert_eq!(GregorianMonthNames::Egyptian.arabic(1), Some("يناير"));
/// assert_eq!(GregorianMonthNames::Levantine.arabic(1), Some("كانون الثاني"));
/// assert_eq!(GregorianMonthNames::Maghrebi.arabic(1), Some("جانفي"));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub enum GregorianMonthNames {
    /// Egypt and the Gulf: يناير، فبراير، …
    #[default]
    Egyptian,
    /// The Levant and Iraq: كانون الثاني، شباط، …
    Levantine,
    /// Algeria and Tunisia: جانفي، فيفري، …
    Maghrebi,
}

/// A set of decimal digits.
///
/// # Example
/// ```
/// use hijri_calendar::names::Digits;
/// assert_eq!(Digits::ArabicIndic.digit(4), '٤');
/// assert_eq!(Digits::Persian.digit(4), '۴');
/// assert_eq!(Digits::Latin.digit(4), '4');
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub enum Digits {
    /// 0-9.
    #[default]
    Latin,
    /// Arabic-Indic ٠-٩ (U+0660..U+0669), used in the Arab East.
    ArabicIndic,
    /// Extended Arabic-Indic ۰-۹ (U+06F0..U+06F9), used for Persian and Urdu.
    Persian,
}

impl Digits {
    /// The character for `value` (taken modulo 10).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::names::Digits;
    /// assert_eq!(Digits::ArabicIndic.digit(0), '٠');
    /// ```
    // Proof: `zero` is at most 0x06F0 and `value % 10` at most 9, so the sum fits a u32.
    #[allow(clippy::arithmetic_side_effects)]
    pub const fn digit(self, value: u8) -> char {
        let zero = match self {
            Digits::Latin => 0x30,
            Digits::ArabicIndic => 0x0660,
            Digits::Persian => 0x06F0,
        };
        match char::from_u32(zero + (value % 10) as u32) {
            Some(c) => c,
            None => '0', // unreachable: all three ranges are assigned characters
        }
    }

    /// The value of a digit of any of the three sets, or `None` for any other character.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::names::Digits;
    /// assert_eq!(Digits::value_of('٧'), Some(7));
    /// assert_eq!(Digits::value_of('۷'), Some(7));
    /// assert_eq!(Digits::value_of('7'), Some(7));
    /// assert_eq!(Digits::value_of('x'), None);
    /// ```
    // Proof: each subtraction takes the first code point of the range `c` just matched, so it
    // cannot underflow, and the difference is 0..=9.
    #[allow(clippy::arithmetic_side_effects)]
    pub const fn value_of(c: char) -> Option<u8> {
        let c = c as u32;
        match c {
            0x30..=0x39 => Some((c - 0x30) as u8),
            0x0660..=0x0669 => Some((c - 0x0660) as u8),
            0x06F0..=0x06F9 => Some((c - 0x06F0) as u8),
            _ => None,
        }
    }
}

const HIJRI_AR_CLDR: [&str; 12] = [
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
];

const HIJRI_AR_COMMON: [&str; 12] = [
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الثاني",
    "جمادى الأولى",
    "جمادى الثانية",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
];

const HIJRI_EN_CLDR: [&str; 12] = [
    "Muharram",
    "Safar",
    "Rabiʻ I",
    "Rabiʻ II",
    "Jumada I",
    "Jumada II",
    "Rajab",
    "Shaʻban",
    "Ramadan",
    "Shawwal",
    "Dhuʻl-Qiʻdah",
    "Dhuʻl-Hijjah",
];

const HIJRI_EN_CLDR_SHORT: [&str; 12] = [
    "Muh.",
    "Saf.",
    "Rab. I",
    "Rab. II",
    "Jum. I",
    "Jum. II",
    "Raj.",
    "Sha.",
    "Ram.",
    "Shaw.",
    "Dhuʻl-Q.",
    "Dhuʻl-H.",
];

const HIJRI_EN_COMMON: [&str; 12] = [
    "Muharram",
    "Safar",
    "Rabi al-Awwal",
    "Rabi al-Thani",
    "Jumada al-Ula",
    "Jumada al-Akhirah",
    "Rajab",
    "Sha'ban",
    "Ramadan",
    "Shawwal",
    "Dhu al-Qadah",
    "Dhu al-Hijjah",
];

const GREGORIAN_AR_EGYPTIAN: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

const GREGORIAN_AR_LEVANTINE: [&str; 12] = [
    "كانون الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين الأول",
    "تشرين الثاني",
    "كانون الأول",
];

const GREGORIAN_AR_MAGHREBI: [&str; 12] = [
    "جانفي",
    "فيفري",
    "مارس",
    "أفريل",
    "ماي",
    "جوان",
    "جويلية",
    "أوت",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

/// The English Gregorian month names: the calendar module's (its error messages use them).
const GREGORIAN_EN: [&str; 12] = crate::calendar::GREGORIAN_MONTH_NAMES;

const GREGORIAN_EN_SHORT: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// Weekdays from Monday, as in [`Weekday::ALL`].
const WEEKDAYS_AR: [&str; 7] =
    ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"];
const WEEKDAYS_EN: [&str; 7] =
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const WEEKDAYS_EN_SHORT: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// Entry `month` (1..=12) of a table of twelve names.
fn month_entry(table: &'static [&'static str; 12], month: u8) -> Option<&'static str> {
    table.get(usize::from(month).checked_sub(1)?).copied()
}

impl Language {
    /// The full name of Hijri month `month` (1..=12), or `None` for another number.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::names::{HijriMonthSpelling, Language};
    /// assert_eq!(Language::English.hijri_month(9, HijriMonthSpelling::Cldr), Some("Ramadan"));
    /// assert_eq!(Language::English.hijri_month(13, HijriMonthSpelling::Cldr), None);
    /// ```
    pub fn hijri_month(self, month: u8, spelling: HijriMonthSpelling) -> Option<&'static str> {
        let table = match (self, spelling) {
            (Language::Arabic, HijriMonthSpelling::Cldr) => &HIJRI_AR_CLDR,
            (Language::Arabic, HijriMonthSpelling::Common) => &HIJRI_AR_COMMON,
            (Language::English, HijriMonthSpelling::Cldr) => &HIJRI_EN_CLDR,
            (Language::English, HijriMonthSpelling::Common) => &HIJRI_EN_COMMON,
        };
        month_entry(table, month)
    }

    /// The abbreviated name of Hijri month `month` (1..=12). Arabic has no abbreviations in
    /// use, so it gives the full name; English CLDR gives `Rab. I`, the common spelling its
    /// full name.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::names::{HijriMonthSpelling, Language};
    /// assert_eq!(Language::English.hijri_month_short(3, HijriMonthSpelling::Cldr), Some("Rab. I"));
    /// assert_eq!(Language::Arabic.hijri_month_short(3, HijriMonthSpelling::Cldr), Some("ربيع الأول"));
    /// ```
    pub fn hijri_month_short(
        self,
        month: u8,
        spelling: HijriMonthSpelling,
    ) -> Option<&'static str> {
        match (self, spelling) {
            (Language::English, HijriMonthSpelling::Cldr) => {
                month_entry(&HIJRI_EN_CLDR_SHORT, month)
            }
            _ => self.hijri_month(month, spelling),
        }
    }

    /// The full name of Gregorian month `month` (1..=12); `arabic_names` chooses the Arabic set.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::names::{GregorianMonthNames, Language};
    /// assert_eq!(Language::Arabic.gregorian_month(10, GregorianMonthNames::Egyptian), Some("أكتوبر"));
    /// assert_eq!(Language::English.gregorian_month(10, GregorianMonthNames::Egyptian), Some("October"));
    /// ```
    pub fn gregorian_month(
        self,
        month: u8,
        arabic_names: GregorianMonthNames,
    ) -> Option<&'static str> {
        match self {
            Language::Arabic => arabic_names.arabic(month),
            Language::English => month_entry(&GREGORIAN_EN, month),
        }
    }

    /// The abbreviated name of Gregorian month `month` (1..=12): `Oct` in English, the full
    /// name in Arabic.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::names::{GregorianMonthNames, Language};
    /// assert_eq!(Language::English.gregorian_month_short(10, GregorianMonthNames::Egyptian), Some("Oct"));
    /// ```
    pub fn gregorian_month_short(
        self,
        month: u8,
        arabic_names: GregorianMonthNames,
    ) -> Option<&'static str> {
        match self {
            Language::Arabic => arabic_names.arabic(month),
            Language::English => month_entry(&GREGORIAN_EN_SHORT, month),
        }
    }

    /// The full name of a weekday.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{names::Language, Weekday};
    /// assert_eq!(Language::Arabic.weekday(Weekday::Thursday), "الخميس");
    /// assert_eq!(Language::English.weekday(Weekday::Thursday), "Thursday");
    /// ```
    pub fn weekday(self, day: Weekday) -> &'static str {
        let table = match self {
            Language::Arabic => &WEEKDAYS_AR,
            Language::English => &WEEKDAYS_EN,
        };
        // days_since_monday is 0..=6, inside both tables.
        table.get(usize::from(day.days_since_monday())).copied().unwrap_or("")
    }

    /// The abbreviated name of a weekday: `Thu` in English, the full name in Arabic.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::{names::Language, Weekday};
    /// assert_eq!(Language::English.weekday_short(Weekday::Thursday), "Thu");
    /// ```
    pub fn weekday_short(self, day: Weekday) -> &'static str {
        match self {
            Language::Arabic => self.weekday(day),
            Language::English => {
                WEEKDAYS_EN_SHORT.get(usize::from(day.days_since_monday())).copied().unwrap_or("")
            }
        }
    }

    /// The era mark of the Hijri calendar: `هـ` or `AH`.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::names::Language;
    /// assert_eq!(Language::Arabic.hijri_era(), "هـ");
    /// ```
    pub const fn hijri_era(self) -> &'static str {
        match self {
            Language::Arabic => "هـ",
            Language::English => "AH",
        }
    }

    /// The era mark of the Gregorian calendar: `م` or `CE`.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::names::Language;
    /// assert_eq!(Language::English.gregorian_era(), "CE");
    /// ```
    pub const fn gregorian_era(self) -> &'static str {
        match self {
            Language::Arabic => "م",
            Language::English => "CE",
        }
    }
}

impl GregorianMonthNames {
    /// The Arabic name of Gregorian month `month` (1..=12) in this set.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::names::GregorianMonthNames;
    /// assert_eq!(GregorianMonthNames::Levantine.arabic(12), Some("كانون الأول"));
    /// ```
    pub fn arabic(self, month: u8) -> Option<&'static str> {
        let table = match self {
            GregorianMonthNames::Egyptian => &GREGORIAN_AR_EGYPTIAN,
            GregorianMonthNames::Levantine => &GREGORIAN_AR_LEVANTINE,
            GregorianMonthNames::Maghrebi => &GREGORIAN_AR_MAGHREBI,
        };
        month_entry(table, month)
    }
}
