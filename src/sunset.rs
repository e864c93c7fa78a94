//! Sunset, and the Hijri date of a moment at a place: a Hijri day begins at sunset (Maghrib),
//! so after local sunset the Hijri date is that of the next Gregorian day.
//!
//! Sunset is computed with the equations of NOAA's solar calculator (themselves from Meeus,
//! *Astronomical Algorithms*, 2nd ed., chapters 25 and 28), for the standard altitude of the
//! sun's centre at sunset, −0.833° (34′ of refraction and 16′ of semi-diameter). NOAA gives
//! their accuracy as about a minute between latitudes 72° south and north; the tests check
//! Mecca, Jakarta, Cairo, London and Tromsø against an independent ephemeris to two minutes.
//!
//! Where the sun does not set on a day (polar day) or does not rise (polar night), [`sunset`]
//! says so, and [`hijri_day_at`] ends that day by the [`PolarRule`] the caller chooses.
//!
//! This module needs floating-point functions from `std` and chrono's time zones: it exists
//! with the `std` and `chrono` features (both default).
//!
//! ```
//! use chrono::{FixedOffset, TimeZone};
//! use hijri_calendar::sunset::{self, Location, PolarRule};
//! use hijri_calendar::Calendar;
//!
//! let mecca = Location::new(21.4225, 39.8262)?;
//! let riyadh_time = FixedOffset::east_opt(3 * 3600).unwrap();
//!
//! // 17 February 2026 is 29 Sha'ban 1447; after sunset (about 18:20 in Mecca) it is 1 Ramadan.
//! let afternoon = riyadh_time.with_ymd_and_hms(2026, 2, 17, 17, 0, 0).unwrap();
//! let evening = riyadh_time.with_ymd_and_hms(2026, 2, 17, 19, 0, 0).unwrap();
//! let day = sunset::hijri_day_at(Calendar::UmmAlQura, &afternoon, mecca, PolarRule::Midnight)?;
//! assert_eq!(day.date.to_string(), "1447-08-29");
//! let day = sunset::hijri_day_at(Calendar::UmmAlQura, &evening, mecca, PolarRule::Midnight)?;
//! assert_eq!(day.date.to_string(), "1447-09-01");
//! assert_eq!(day.daytime.to_string(), "2026-02-18");
//! # Ok::<(), hijri_calendar::Error>(())
//! ```

use core::fmt;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use crate::calendar::{Calendar, DayNumber, GregorianDate, HijriDate};
use crate::error::RangeError;

/// The altitude of the sun's centre at sunset, in degrees: −50′, that is 34′ of atmospheric
/// refraction at the horizon and 16′ of the sun's semi-diameter.
///
/// Reference: Meeus, *Astronomical Algorithms*, 2nd ed., chapter 15 ("h0 = −0°50′ for the
/// Sun"), rounded to −0.833° as in NOAA's solar calculator.
///
/// # Example
/// ```
/// assert_eq!(hijri_calendar::sunset::STANDARD_ALTITUDE, -0.833);
/// ```
pub const STANDARD_ALTITUDE: f64 = -0.833;

/// Julian Day of the epoch J2000.0 (2000-01-01 12:00 TT), the origin of NOAA's Julian century.
const J2000: f64 = 2_451_545.0;
/// Days in 400 Gregorian years, after which dates and weekdays repeat.
const GREGORIAN_CYCLE_DAYS: f64 = 146_097.0;
/// R.D. of 1970-01-01, the Unix epoch.
const UNIX_EPOCH_RATA_DIE: i64 = 719_163;
const SECONDS_PER_DAY: i64 = 86_400;

/// A place on Earth: latitude and longitude in degrees, north and east positive.
///
/// # Example
/// ```
/// use hijri_calendar::sunset::Location;
/// let cairo = Location::new(30.0444, 31.2357)?;
/// assert_eq!(cairo.latitude(), 30.0444);
/// assert_eq!(cairo.longitude(), 31.2357);
/// # Ok::<(), hijri_calendar::sunset::LocationError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Location {
    latitude: f64,
    longitude: f64,
}

impl Location {
    /// A checked location.
    ///
    /// # Errors
    /// A [`LocationError`] when a coordinate is NaN or infinite, the latitude is outside
    /// −90..=90 or the longitude outside −180..=180.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::sunset::Location;
    /// assert!(Location::new(69.6492, 18.9553).is_ok());
    /// assert_eq!(
    ///     Location::new(91.0, 0.0).unwrap_err().to_string(),
    ///     "latitude 91 is out of range (-90..=90)"
    /// );
    /// assert_eq!(
    ///     Location::new(0.0, f64::NAN).unwrap_err().to_string(),
    ///     "longitude is not a number"
    /// );
    /// ```
    pub fn new(latitude: f64, longitude: f64) -> Result<Location, LocationError> {
        check(Coordinate::Latitude, latitude, 90.0)?;
        check(Coordinate::Longitude, longitude, 180.0)?;
        Ok(Location { latitude, longitude })
    }

    /// The latitude in degrees, north positive.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::sunset::Location;
    /// assert_eq!(Location::new(-6.2, 106.8)?.latitude(), -6.2);
    /// # Ok::<(), hijri_calendar::sunset::LocationError>(())
    /// ```
    pub const fn latitude(self) -> f64 {
        self.latitude
    }

    /// The longitude in degrees, east positive.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::sunset::Location;
    /// assert_eq!(Location::new(51.5, -0.13)?.longitude(), -0.13);
    /// # Ok::<(), hijri_calendar::sunset::LocationError>(())
    /// ```
    pub const fn longitude(self) -> f64 {
        self.longitude
    }
}

fn check(coordinate: Coordinate, value: f64, limit: f64) -> Result<(), LocationError> {
    let problem = if value.is_nan() {
        Problem::NotANumber
    } else if value.is_infinite() {
        Problem::Infinite
    } else if !(-limit..=limit).contains(&value) {
        Problem::OutOfRange
    } else {
        return Ok(());
    };
    Err(LocationError { coordinate, value, problem })
}

/// Which coordinate a [`LocationError`] is about.
///
/// # Example
/// ```
/// use hijri_calendar::sunset::{Coordinate, Location};
/// assert_eq!(Location::new(0.0, 181.0).unwrap_err().coordinate(), Coordinate::Longitude);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Coordinate {
    /// The latitude, −90..=90.
    Latitude,
    /// The longitude, −180..=180.
    Longitude,
}

impl fmt::Display for Coordinate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Coordinate::Latitude => "latitude",
            Coordinate::Longitude => "longitude",
        })
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Problem {
    NotANumber,
    Infinite,
    OutOfRange,
}

/// A latitude or longitude that is not a place: NaN, infinite, or out of range.
///
/// # Example
/// ```
/// use hijri_calendar::sunset::{Coordinate, Location};
/// let err = Location::new(f64::NEG_INFINITY, 0.0).unwrap_err();
/// assert_eq!(err.coordinate(), Coordinate::Latitude);
/// assert_eq!(err.to_string(), "latitude -inf is not finite");
/// ```
#[derive(Clone, Copy, Debug, thiserror::Error)]
pub struct LocationError {
    coordinate: Coordinate,
    value: f64,
    problem: Problem,
}

/// Equal when the same coordinate had the same value, bit for bit (so that equality is an
/// equivalence even for NaN, and [`Error`](crate::Error) can be `Eq`).
impl PartialEq for LocationError {
    fn eq(&self, other: &LocationError) -> bool {
        self.coordinate == other.coordinate
            && self.value.to_bits() == other.value.to_bits()
            && self.problem == other.problem
    }
}

impl Eq for LocationError {}

impl LocationError {
    /// The coordinate that was wrong.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::sunset::{Coordinate, Location};
    /// assert_eq!(Location::new(-90.5, 0.0).unwrap_err().coordinate(), Coordinate::Latitude);
    /// ```
    pub const fn coordinate(&self) -> Coordinate {
        self.coordinate
    }

    /// The value given for it.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::sunset::Location;
    /// assert_eq!(Location::new(-90.5, 0.0).unwrap_err().value(), -90.5);
    /// ```
    pub const fn value(&self) -> f64 {
        self.value
    }
}

impl fmt::Display for LocationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (coordinate, value) = (self.coordinate, self.value);
        match self.problem {
            Problem::NotANumber => write!(f, "{coordinate} is not a number"),
            Problem::Infinite => write!(f, "{coordinate} {value} is not finite"),
            Problem::OutOfRange => {
                let limit = match coordinate {
                    Coordinate::Latitude => 90,
                    Coordinate::Longitude => 180,
                };
                write!(f, "{coordinate} {value} is out of range (-{limit}..={limit})")
            }
        }
    }
}

/// The sunset of one day at one place.
///
/// # Example
/// ```
/// use hijri_calendar::sunset::{self, Location, Sunset};
/// use hijri_calendar::GregorianDate;
/// let tromso = Location::new(69.6492, 18.9553)?;
/// let midsummer = GregorianDate::new(2026, 6, 21)?;
/// assert_eq!(sunset::sunset(midsummer, tromso), Sunset::PolarDay);
/// # Ok::<(), hijri_calendar::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Sunset {
    /// The sun sets at this moment.
    At(DateTime<Utc>),
    /// The sun stays above the horizon all day (the midnight sun).
    PolarDay,
    /// The sun stays below the horizon all day.
    PolarNight,
}

impl Sunset {
    /// The moment of sunset, or `None` on a polar day or night.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::sunset::Sunset;
    /// assert_eq!(Sunset::PolarNight.time(), None);
    /// ```
    pub const fn time(self) -> Option<DateTime<Utc>> {
        match self {
            Sunset::At(at) => Some(at),
            Sunset::PolarDay | Sunset::PolarNight => None,
        }
    }
}

/// The sunset of `date` (the local day, counted from the location's mean solar midnight) at
/// `location`, with the sun's centre at [`STANDARD_ALTITUDE`].
///
/// Reference: NOAA Global Monitoring Laboratory, *Solar Calculation Details* and its
/// spreadsheet (`NOAA_Solar_Calculations_day.xls`), which implement Meeus, *Astronomical
/// Algorithms*, 2nd ed., chapters 25 (solar coordinates, low accuracy) and 28 (equation of
/// time). The sun's position is evaluated at the moment of sunset itself (three iterations).
/// The equations are meant for years near the present (NOAA: 1800 to 2100); for a year
/// outside 1800..2200 the sun's position on the same date and time a whole number of 400-year
/// Gregorian cycles away, inside that span, is used (the calendar follows the seasons to about
/// a day in 3000 years). On the first and last day of the crate's range a sunset that would
/// fall beyond chrono's range saturates at `DateTime::<Utc>::MIN_UTC` or `MAX_UTC`.
///
/// # Example
/// ```
/// use hijri_calendar::sunset::{self, Location};
/// use hijri_calendar::GregorianDate;
/// let london = Location::new(51.5074, -0.1278)?;
/// let at = sunset::sunset(GregorianDate::new(2026, 6, 21)?, london).time().unwrap();
/// assert_eq!(at.format("%Y-%m-%d %H:%M").to_string(), "2026-06-21 20:21"); // UTC
/// # Ok::<(), hijri_calendar::Error>(())
/// ```
pub fn sunset(date: GregorianDate, location: Location) -> Sunset {
    sunset_at_altitude(date.to_day_number(), location.latitude, location.longitude)
}

/// The solar quantities of one moment.
struct SolarPosition {
    /// Declination, radians.
    declination: f64,
    /// Equation of time, minutes (apparent minus mean solar time).
    equation_of_time: f64,
}

/// The sun's declination and the equation of time at Julian Day `jd`.
///
/// Reference: NOAA solar calculator spreadsheet, columns G..V (from Meeus, 2nd ed.,
/// chapters 22, 25 and 28); each line names the spreadsheet's column.
fn solar_position(jd: f64) -> SolarPosition {
    // Julian century (G), of the same moment moved by whole 400-year Gregorian cycles into
    // 1800..2200, where the equations hold: the Gregorian calendar follows the seasons to
    // about a day in 3000 years, and the polynomials in `t` diverge far from 2000.
    let cycles = ((jd - J2000) / GREGORIAN_CYCLE_DAYS).round();
    let t = (jd - J2000 - cycles * GREGORIAN_CYCLE_DAYS) / 36_525.0;
    // Geometric mean longitude of the sun, degrees (I); Meeus 25.2.
    let mean_longitude = (280.466_46 + t * (36_000.769_83 + t * 0.000_303_2)).rem_euclid(360.0);
    // Geometric mean anomaly, degrees (J); Meeus 25.3.
    let mean_anomaly = 357.529_11 + t * (35_999.050_29 - 0.000_153_7 * t);
    // Eccentricity of Earth's orbit (K); Meeus 25.4.
    let eccentricity = 0.016_708_634 - t * (0.000_042_037 + 0.000_000_126_7 * t);
    let m = mean_anomaly.to_radians();
    // Equation of the centre, degrees (L); Meeus chapter 25.
    let centre = m.sin() * (1.914_602 - t * (0.004_817 + 0.000_014 * t))
        + (2.0 * m).sin() * (0.019_993 - 0.000_101 * t)
        + (3.0 * m).sin() * 0.000_289;
    // True longitude (M), then apparent longitude (P), degrees; Meeus 25.8.
    let omega = (125.04 - 1_934.136 * t).to_radians();
    let apparent_longitude = mean_longitude + centre - 0.005_69 - 0.004_78 * omega.sin();
    // Mean obliquity of the ecliptic (Q), Meeus 22.2, and corrected obliquity (R), Meeus 25.8.
    let mean_obliquity =
        23.0 + (26.0 + (21.448 - t * (46.815 + t * (0.000_59 - t * 0.001_813))) / 60.0) / 60.0;
    let obliquity = (mean_obliquity + 0.002_56 * omega.cos()).to_radians();
    // Declination (T); Meeus 25.7.
    let declination = (obliquity.sin() * apparent_longitude.to_radians().sin()).asin();
    // Equation of time, minutes (V); Meeus 28.3 (Smart's formula).
    let y = (obliquity / 2.0).tan().powi(2);
    let l0 = mean_longitude.to_radians();
    let e = eccentricity;
    let radians = y * (2.0 * l0).sin() - 2.0 * e * m.sin()
        + 4.0 * e * y * m.sin() * (2.0 * l0).cos()
        - 0.5 * y * y * (4.0 * l0).sin()
        - 1.25 * e * e * (2.0 * m).sin();
    SolarPosition { declination, equation_of_time: 4.0 * radians.to_degrees() }
}

/// What the hour-angle equation gives on one day at one latitude.
enum HourAngle {
    /// The hour angle of sunset, degrees, 0..=180.
    Sets(f64),
    PolarDay,
    PolarNight,
}

/// The hour angle of sunset for a declination and a latitude.
///
/// Reference: Meeus, 2nd ed., equation 15.1: cos H0 = (sin h0 − sin φ sin δ) / (cos φ cos δ).
fn hour_angle(latitude: f64, declination: f64) -> HourAngle {
    let phi = latitude.to_radians();
    let cos_h = (STANDARD_ALTITUDE.to_radians().sin() - phi.sin() * declination.sin())
        / (phi.cos() * declination.cos());
    if cos_h.is_nan() || cos_h < -1.0 {
        // cos φ is never exactly 0 in f64, so NaN cannot occur; treat it as the pole's case.
        HourAngle::PolarDay
    } else if cos_h > 1.0 {
        HourAngle::PolarNight
    } else {
        HourAngle::Sets(cos_h.acos().to_degrees())
    }
}

/// Sunset of day `day` at (`latitude`, `longitude`), both already checked.
fn sunset_at_altitude(day: DayNumber, latitude: f64, longitude: f64) -> Sunset {
    match sunset_minutes(day, latitude, longitude) {
        Ok(minutes) => Sunset::At(moment(day, minutes)),
        Err(polar) => polar,
    }
}

/// Minutes after UTC midnight of `day` at which the sun sets, or the polar case.
fn sunset_minutes(day: DayNumber, latitude: f64, longitude: f64) -> Result<f64, Sunset> {
    // Julian Day of 0h UTC on `day` (the Julian Day Number names the noon that follows).
    let jd_midnight = day.julian_day_number() as f64 - 0.5;
    // Start from local mean solar noon; then evaluate the sun at the estimated sunset.
    let mut minutes = 720.0 - 4.0 * longitude;
    let mut last = HourAngle::Sets(90.0);
    for _ in 0..3 {
        let sun = solar_position(jd_midnight + minutes / 1_440.0);
        last = hour_angle(latitude, sun.declination);
        let h0 = match last {
            HourAngle::Sets(h0) => h0,
            HourAngle::PolarDay => 180.0,
            HourAngle::PolarNight => 0.0,
        };
        // Solar noon (NOAA column X) plus four minutes per degree of hour angle (AB).
        minutes = 720.0 - 4.0 * longitude - sun.equation_of_time + 4.0 * h0;
    }
    match last {
        HourAngle::Sets(_) => Ok(minutes),
        HourAngle::PolarDay => Err(Sunset::PolarDay),
        HourAngle::PolarNight => Err(Sunset::PolarNight),
    }
}

/// The moment `minutes` after 0h UTC of `day`, to the second, saturating at chrono's limits
/// (reached only by a sunset on the first or last day of [`DayNumber`]'s range that falls on
/// the UTC day beyond it).
fn moment(day: DayNumber, minutes: f64) -> DateTime<Utc> {
    // A day number is an i32, so neither this difference nor the product below comes near
    // i64's limits; saturating (like the result, at chrono's limits) costs nothing here.
    let days = day.rata_die().saturating_sub(UNIX_EPOCH_RATA_DIE);
    // `minutes` is finite and within a few days' worth of minutes of 0 (solar noon ± 12 h of
    // hour angle, ± 12 h of longitude, ± 17 min of equation of time): the cast is exact.
    let seconds =
        days.saturating_mul(SECONDS_PER_DAY).saturating_add((minutes * 60.0).round() as i64);
    match DateTime::from_timestamp(seconds, 0) {
        Some(at) => at,
        None if seconds > 0 => DateTime::<Utc>::MAX_UTC,
        None => DateTime::<Utc>::MIN_UTC,
    }
}

/// What ends a Hijri day where the sun does not set (polar day or polar night).
///
/// # Example
/// ```
/// use hijri_calendar::sunset::PolarRule;
/// assert_ne!(PolarRule::Midnight, PolarRule::NearestLatitude);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum PolarRule {
    /// The day ends at midnight in the moment's time zone.
    Midnight,
    /// The day ends at sunset at the nearest latitude (same longitude, towards the equator)
    /// where the sun sets that day. Near that edge the sun barely sets: in a polar day its
    /// sunset is close to solar midnight, in a polar night close to solar noon.
    NearestLatitude,
}

/// How a Hijri day's boundary was found.
///
/// # Example
/// ```
/// use hijri_calendar::sunset::Boundary;
/// let by = Boundary::SunsetAtLatitude(65.7);
/// assert!(matches!(by, Boundary::SunsetAtLatitude(lat) if lat < 66.0));
/// ```
#[derive(Clone, Copy, PartialEq, Debug)]
#[non_exhaustive]
pub enum Boundary {
    /// Local sunset.
    Sunset,
    /// Midnight in the moment's time zone, by [`PolarRule::Midnight`] on a day without sunset.
    Midnight,
    /// Sunset at this latitude, by [`PolarRule::NearestLatitude`] on a day without sunset.
    SunsetAtLatitude(f64),
}

/// One end of a Hijri day: when, and by which rule.
///
/// # Example
/// ```
/// use chrono::{TimeZone, Utc};
/// use hijri_calendar::sunset::{self, Boundary, Location, PolarRule};
/// use hijri_calendar::Calendar;
/// let jakarta = Location::new(-6.2088, 106.8456)?;
/// let now = Utc.with_ymd_and_hms(2026, 3, 1, 3, 0, 0).unwrap();
/// let day = sunset::hijri_day_at(Calendar::UmmAlQura, &now, jakarta, PolarRule::Midnight)?;
/// assert_eq!(day.ends.by, Boundary::Sunset);
/// assert!(day.begins.at < now && now < day.ends.at);
/// # Ok::<(), hijri_calendar::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct DayEdge {
    /// The moment.
    pub at: DateTime<Utc>,
    /// How it was found.
    pub by: Boundary,
}

/// The Hijri day a moment falls in at a place, and when that day began and ends.
///
/// # Example
/// ```
/// use chrono::{TimeZone, Utc};
/// use hijri_calendar::sunset::{self, Location, PolarRule};
/// use hijri_calendar::Calendar;
/// let cairo = Location::new(30.0444, 31.2357)?;
/// let now = Utc.with_ymd_and_hms(2020, 5, 23, 17, 0, 0).unwrap(); // 20:00 in Cairo
/// let day = sunset::hijri_day_at(Calendar::UmmAlQura, &now, cairo, PolarRule::Midnight)?;
/// assert_eq!(day.date.to_string(), "1441-10-01"); // the eve of Eid al-Fitr
/// assert_eq!(day.daytime.to_string(), "2020-05-24");
/// # Ok::<(), hijri_calendar::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct HijriDay {
    /// The Hijri date.
    pub date: HijriDate,
    /// The Gregorian date of its daylight hours (the day after the evening it began).
    pub daytime: GregorianDate,
    /// When it began: sunset (or the polar rule's moment) of the day before.
    pub begins: DayEdge,
    /// When it ends and the next Hijri day begins.
    pub ends: DayEdge,
}

/// The Hijri date of `moment` at `location`: the date of the Gregorian day whose sunset comes
/// next, so that after sunset it is the next day's date. On a day without sunset the day ends
/// by `rule`.
///
/// The Gregorian day is the location's (from its mean solar time, longitude / 15 hours from
/// UTC), not the time zone's, so any time zone can be given for the moment; the time zone
/// matters only for [`PolarRule::Midnight`].
///
/// # Errors
/// A [`RangeError`] when the day is outside the calendar's range (or, within a day of them,
/// the limits of [`DayNumber`]).
///
/// # Example
/// ```
/// use chrono::{FixedOffset, TimeZone};
/// use hijri_calendar::sunset::{self, Boundary, Location, PolarRule};
/// use hijri_calendar::Calendar;
///
/// let tromso = Location::new(69.6492, 18.9553)?;
/// let oslo_summer = FixedOffset::east_opt(2 * 3600).unwrap();
/// let now = oslo_summer.with_ymd_and_hms(2026, 6, 22, 0, 30, 0).unwrap();
/// // Midnight sun: by the midnight rule the day of 22 June has begun...
/// let day = sunset::hijri_day_at(Calendar::UmmAlQura, &now, tromso, PolarRule::Midnight)?;
/// assert_eq!(day.daytime.to_string(), "2026-06-22");
/// assert_eq!(day.begins.by, Boundary::Midnight);
/// // ...by sunset at the nearest latitude where the sun sets (about 65.7°, where it sets at
/// // solar midnight, 00:44 here), it is still the day of 21 June.
/// let day = sunset::hijri_day_at(Calendar::UmmAlQura, &now, tromso, PolarRule::NearestLatitude)?;
/// assert_eq!(day.daytime.to_string(), "2026-06-21");
/// assert!(matches!(day.ends.by, Boundary::SunsetAtLatitude(lat) if (65.0..67.0).contains(&lat)));
/// # Ok::<(), hijri_calendar::Error>(())
/// ```
pub fn hijri_day_at<Tz: TimeZone>(
    calendar: Calendar,
    moment: &DateTime<Tz>,
    location: Location,
    rule: PolarRule,
) -> Result<HijriDay, RangeError> {
    let zone = moment.timezone();
    let now = moment.timestamp();
    // The location's mean solar day: UTC shifted by 240 s per degree of longitude.
    // chrono's timestamps lie within ±2^43 s and the shift within ±43,200 s: the sum is exact.
    let solar_seconds = now.saturating_add((location.longitude * 240.0).round() as i64);
    let solar_day = DayNumber::from_rata_die(
        solar_seconds.div_euclid(SECONDS_PER_DAY).saturating_add(UNIX_EPOCH_RATA_DIE),
    )?;
    let edges = Edges { zone: &zone, location, rule };
    let mut chosen = None;
    for offset in [-1, 0, 1] {
        let daytime = solar_day.add_days(offset)?;
        let begins = edges.end_of(daytime.add_days(-1)?);
        let ends = edges.end_of(daytime);
        if begins.at.timestamp() <= now && now < ends.at.timestamp() {
            chosen = Some((daytime, begins, ends));
            break;
        }
    }
    let (daytime, begins, ends) = match chosen {
        Some(found) => found,
        // Edges are increasing and the three days cover the moment for every time zone
        // within ±24 h of the location's solar time; beyond that, the solar day is the answer.
        None => (solar_day, edges.end_of(solar_day.add_days(-1)?), edges.end_of(solar_day)),
    };
    Ok(HijriDay {
        date: HijriDate::from_day_number(calendar, daytime)?,
        daytime: GregorianDate::from_day_number(daytime),
        begins,
        ends,
    })
}

/// How to find the end of each Hijri day at a place.
struct Edges<'a, Tz: TimeZone> {
    zone: &'a Tz,
    location: Location,
    rule: PolarRule,
}

impl<Tz: TimeZone> Edges<'_, Tz> {
    /// The end of the Hijri day whose daylight falls on `daytime`.
    fn end_of(&self, daytime: DayNumber) -> DayEdge {
        let (latitude, longitude) = (self.location.latitude, self.location.longitude);
        if let Ok(minutes) = sunset_minutes(daytime, latitude, longitude) {
            return DayEdge { at: moment(daytime, minutes), by: Boundary::Sunset };
        }
        match self.rule {
            PolarRule::Midnight => {
                DayEdge { at: self.midnight_after(daytime), by: Boundary::Midnight }
            }
            PolarRule::NearestLatitude => {
                let (at, latitude) = nearest_sunset(daytime, latitude, longitude);
                DayEdge { at, by: Boundary::SunsetAtLatitude(latitude) }
            }
        }
    }

    /// The first moment of the civil day after `daytime` in the time zone; where midnight
    /// falls in a clock change's gap, the first quarter hour after it that exists; failing
    /// all, the location's mean solar midnight.
    fn midnight_after(&self, daytime: DayNumber) -> DateTime<Utc> {
        let longitude = self.location.longitude;
        let solar_midnight = moment(daytime, 1_440.0 - 4.0 * longitude);
        let Ok(next) = daytime.add_days(1) else { return solar_midnight };
        let Some(midnight) = NaiveDate::from(next).and_hms_opt(0, 0, 0) else {
            return solar_midnight;
        };
        for minutes in (0..=240).step_by(15) {
            let Some(local) = midnight.checked_add_signed(chrono::Duration::minutes(minutes))
            else {
                break;
            };
            if let Some(at) = self.zone.from_local_datetime(&local).earliest() {
                return at.with_timezone(&Utc);
            }
        }
        solar_midnight
    }
}

/// Sunset on `daytime` at the latitude nearest `latitude` (towards the equator, same
/// longitude) where the sun sets, by bisection; returns it and that latitude.
fn nearest_sunset(daytime: DayNumber, latitude: f64, longitude: f64) -> (DateTime<Utc>, f64) {
    // The sun sets every day at the equator (|δ| < 23.5° leaves cos H0 near 0 there).
    let (mut sets, mut polar) = (0.0_f64, latitude);
    for _ in 0..40 {
        let middle = (sets + polar) / 2.0;
        if sunset_minutes(daytime, middle, longitude).is_ok() {
            sets = middle;
        } else {
            polar = middle;
        }
    }
    let minutes = sunset_minutes(daytime, sets, longitude).unwrap_or(1_080.0 - 4.0 * longitude);
    (moment(daytime, minutes), sets)
}
