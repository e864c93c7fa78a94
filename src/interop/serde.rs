//! `serde` interop (feature `serde`).
//!
//! In human-readable formats (JSON, TOML, YAML) dates are strings:
//! - [`HijriDate`]: its fields and calendar, `1442-02-14[u-ca=islamic-umalqura]` (the
//!   annotation of RFC 9557, here after the Hijri fields themselves);
//! - [`GregorianDate`]: ISO 8601, `2020-10-01`;
//! - [`Calendar`]: its name; [`DayNumber`]: the Rata Die as an integer.
//!
//! In compact formats a Hijri date is the tuple `(year, month, day, calendar name)` and a
//! Gregorian date `(year, month, day)`. Deserializing checks everything a constructor checks.
//! An adjusted calendar serializes by name but cannot be deserialized (its overrides are not in
//! the data): deserialize in its base calendar and move the date with
//! [`HijriDate::to_calendar`].

use core::fmt;

use serde::de::{self, Deserialize, Deserializer, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeTuple, Serializer};

use crate::calendar::{Calendar, DayNumber, GregorianDate, HijriDate};

impl Serialize for Calendar {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Calendar {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Calendar, D::Error> {
        struct CalendarName;
        impl Visitor<'_> for CalendarName {
            type Value = Calendar;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a calendar name such as islamic-umalqura")
            }
            fn visit_str<E: de::Error>(self, name: &str) -> Result<Calendar, E> {
                name.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(CalendarName)
    }
}

impl Serialize for DayNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.rata_die())
    }
}

impl<'de> Deserialize<'de> for DayNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<DayNumber, D::Error> {
        let rata_die = i64::deserialize(deserializer)?;
        DayNumber::from_rata_die(rata_die).map_err(de::Error::custom)
    }
}

/// Reads `[-]YYYY-MM-DD` into fields (at least four year digits, two month and day digits).
fn iso_fields(text: &str) -> Option<(i32, u8, u8)> {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let mut parts = rest.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some()
        || year.len() < 4
        || month.len() != 2
        || day.len() != 2
        || !digits(year)
        || !digits(month)
        || !digits(day)
    {
        return None;
    }
    let year: i32 = year.parse().ok()?;
    // Proof: `year` parsed from ASCII digits alone is 0..=i32::MAX, whose negation fits.
    #[allow(clippy::arithmetic_side_effects)]
    let year = if negative { -year } else { year };
    Some((year, month.parse().ok()?, day.parse().ok()?))
}

impl Serialize for GregorianDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            serializer.collect_str(self)
        } else {
            let mut tuple = serializer.serialize_tuple(3)?;
            tuple.serialize_element(&self.year())?;
            tuple.serialize_element(&self.month())?;
            tuple.serialize_element(&self.day())?;
            tuple.end()
        }
    }
}

impl<'de> Deserialize<'de> for GregorianDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<GregorianDate, D::Error> {
        struct Gregorian;
        impl<'de> Visitor<'de> for Gregorian {
            type Value = GregorianDate;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a Gregorian date as YYYY-MM-DD or (year, month, day)")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<GregorianDate, E> {
                let (y, m, d) = iso_fields(text)
                    .ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))?;
                GregorianDate::new(y, m, d).map_err(E::custom)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<GregorianDate, A::Error> {
                let missing = || de::Error::invalid_length(0, &"(year, month, day)");
                let y = seq.next_element()?.ok_or_else(missing)?;
                let m = seq.next_element()?.ok_or_else(missing)?;
                let d = seq.next_element()?.ok_or_else(missing)?;
                GregorianDate::new(y, m, d).map_err(de::Error::custom)
            }
        }
        if deserializer.is_human_readable() {
            deserializer.deserialize_str(Gregorian)
        } else {
            deserializer.deserialize_tuple(3, Gregorian)
        }
    }
}

impl Serialize for HijriDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            serializer.collect_str(&format_args!("{self}[u-ca={}]", self.calendar()))
        } else {
            let mut tuple = serializer.serialize_tuple(4)?;
            tuple.serialize_element(&self.year())?;
            tuple.serialize_element(&self.month())?;
            tuple.serialize_element(&self.day())?;
            tuple.serialize_element(&self.calendar())?;
            tuple.end()
        }
    }
}

impl<'de> Deserialize<'de> for HijriDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<HijriDate, D::Error> {
        struct Hijri;
        impl<'de> Visitor<'de> for Hijri {
            type Value = HijriDate;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(
                    "a Hijri date as YYYY-MM-DD[u-ca=CALENDAR] or (year, month, day, calendar)",
                )
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<HijriDate, E> {
                let bad = || E::invalid_value(de::Unexpected::Str(text), &self);
                let (fields, annotation) = text.split_once("[u-ca=").ok_or_else(bad)?;
                let name = annotation.strip_suffix(']').ok_or_else(bad)?;
                let calendar: Calendar = name.parse().map_err(E::custom)?;
                let (y, m, d) = iso_fields(fields).ok_or_else(bad)?;
                HijriDate::new(calendar, y, m, d).map_err(E::custom)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<HijriDate, A::Error> {
                let missing = || de::Error::invalid_length(0, &"(year, month, day, calendar)");
                let y = seq.next_element()?.ok_or_else(missing)?;
                let m = seq.next_element()?.ok_or_else(missing)?;
                let d = seq.next_element()?.ok_or_else(missing)?;
                let calendar = seq.next_element()?.ok_or_else(missing)?;
                HijriDate::new(calendar, y, m, d).map_err(de::Error::custom)
            }
        }
        if deserializer.is_human_readable() {
            deserializer.deserialize_str(Hijri)
        } else {
            deserializer.deserialize_tuple(4, Hijri)
        }
    }
}
