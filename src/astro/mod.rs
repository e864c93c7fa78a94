//! The astronomy the computed calendars stand on: the Sun, the Moon, new moons, rising and
//! setting, all from Jean Meeus, *Astronomical Algorithms* (2nd ed., Willmann-Bell, 1998), with
//! no dependency.
//!
//! - [`JulianDay`] and [`delta_t`]: time scales (chapters 7 and 10; Espenak–Meeus ΔT).
//! - [`Nutation`]: nutation and obliquity (chapter 22, the 63 terms of table 22.A).
//! - [`sun_apparent`]: the Sun from truncated VSOP87 (chapters 25 and 32, appendix III).
//! - [`moon_apparent`]: the Moon from truncated ELP-2000/82 (chapter 47, tables 47.A and 47.B).
//! - [`new_moon_meeus`] and [`new_moon`]: new moons (chapter 49), the latter refined to the
//!   exact conjunction in apparent longitude of the two series above.
//! - [`topocentric`], [`altitude`], [`refraction`], [`apparent_sidereal_time`]: parallax
//!   (chapter 40), altitude (chapter 13), refraction (chapter 16), sidereal time (chapter 12).
//! - [`Sky`]: the Sun, the Moon and the sidereal time at one moment, with the elongation and
//!   the Moon's altitude seen from a place; [`sunset`], [`moonset`] and [`Sky::search`] for
//!   rising and setting (chapter 15, iterated).
//!
//! Checked against Astronomy Engine (`tests/astro.rs`, `tests/data/astro/`): see there for the
//! measured worst cases over 1900–2100.
//!
//! This module needs `std`'s floating-point functions: it exists with the `std` feature.
//!
//! ```
//! use hijri_calendar::astro::{sunset, JulianDay, Observer, Sky};
//! use hijri_calendar::GregorianDate;
//!
//! // The evening of 17 February 2026 at the Ka'ba: the Moon, born at 12:01 UT, sets after the Sun.
//! let kaaba = Observer::new(21.4225, 39.8262, 0.0);
//! let noon = JulianDay::from_day_number(GregorianDate::new(2026, 2, 17)?.to_day_number(), 9.0);
//! let set = sunset(&kaaba, noon).ok_or("no sunset")?;
//! let sky = Sky::at(set);
//! assert!(sky.moon_altitude(&kaaba, true) > 0.0);
//! assert!(sky.elongation() < 3.0);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod angle;
mod moon;
mod nutation;
mod phase;
mod position;
mod riseset;
mod sun;
mod time;

pub use moon::moon_apparent;
pub use nutation::Nutation;
pub use phase::{lunation_near, new_moon, new_moon_meeus};
pub use position::{
    altitude, apparent_sidereal_time, refraction, topocentric, Ecliptic, Equatorial, Observer,
};
pub use riseset::{Crossing, Direction};
pub use sun::sun_apparent;
pub use time::{delta_t, JulianDay};

pub(crate) use riseset::{search, AU_KM, MOON_RADIUS_KM, SUN_RADIUS_KM};

/// The Sun and the Moon (apparent, geocentric, equatorial of date) and the apparent sidereal
/// time at one moment.
///
/// # Example
/// ```
/// use hijri_calendar::astro::{JulianDay, Sky};
/// let sky = Sky::at(JulianDay::new(2_451_545.0));
/// assert!((sky.sun.distance - 0.983).abs() < 0.001); // AU, early January
/// assert!(sky.moon.distance > 356_000.0 && sky.moon.distance < 407_000.0); // km
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sky {
    /// The moment (UT).
    pub time: JulianDay,
    /// The Sun: distance in AU.
    pub sun: Equatorial,
    /// The Moon: distance in km.
    pub moon: Equatorial,
    /// Apparent Greenwich sidereal time, degrees.
    pub sidereal: f64,
}

impl Sky {
    /// The sky at `time` (UT).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::astro::{JulianDay, Sky};
    /// let sky = Sky::at(JulianDay::new(2_460_000.5));
    /// assert!(sky.sidereal >= 0.0 && sky.sidereal < 360.0);
    /// ```
    pub fn at(time: JulianDay) -> Sky {
        let jde = time.ephemeris();
        let nutation = Nutation::at(jde);
        let obliquity = nutation.true_obliquity();
        Sky {
            time,
            sun: sun::sun_apparent_with(jde, &nutation).to_equatorial(obliquity),
            moon: moon::moon_apparent_with(jde, &nutation).to_equatorial(obliquity),
            sidereal: apparent_sidereal_time(time, &nutation),
        }
    }

    /// The geocentric elongation of the Moon from the Sun, degrees (Meeus eq. 48.2).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::astro::{new_moon, Sky};
    /// // At a conjunction the elongation is the Moon's distance from the ecliptic, under 5.3°.
    /// assert!(Sky::at(new_moon(323)).elongation() < 5.3);
    /// ```
    pub fn elongation(&self) -> f64 {
        self.sun.separation(&self.moon)
    }

    /// The Moon's topocentric altitude (centre) seen from `observer`, degrees, with
    /// refraction (Saemundsson) when `refracted`.
    ///
    /// Reference: Meeus, chapters 40 (parallax), 13 (altitude) and 16 (refraction).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::astro::{JulianDay, Observer, Sky};
    /// let sky = Sky::at(JulianDay::new(2_460_000.5));
    /// let place = Observer::new(21.4225, 39.8262, 0.0);
    /// assert!(sky.moon_altitude(&place, true) >= sky.moon_altitude(&place, false));
    /// ```
    pub fn moon_altitude(&self, observer: &Observer, refracted: bool) -> f64 {
        let top = topocentric(&self.moon, observer, self.sidereal);
        let h = altitude(&top, observer, self.sidereal);
        if refracted {
            h + refraction(h)
        } else {
            h
        }
    }

    /// The Moon's geocentric altitude (centre, no parallax, no refraction), degrees: the
    /// altitude Muhammadiyah's KHGT criterion uses.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::astro::{JulianDay, Observer, Sky};
    /// let sky = Sky::at(JulianDay::new(2_460_000.5));
    /// let place = Observer::new(0.0, 0.0, 0.0);
    /// // Parallax lowers the Moon by up to about a degree.
    /// assert!(sky.moon_geocentric_altitude(&place) - sky.moon_altitude(&place, false) < 1.1);
    /// ```
    pub fn moon_geocentric_altitude(&self, observer: &Observer) -> f64 {
        altitude(&self.moon, observer, self.sidereal)
    }

    /// The first crossing after `after` of `crossing` by `body` in `direction` at `observer`,
    /// within about a day; `None` when there is none (polar day or night).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::astro::{Body, Crossing, Direction, JulianDay, Observer, Sky};
    /// let wellington = Observer::new(-41.2865, 174.7762, 0.0);
    /// let dawn = Sky::search(Body::Sun, &wellington, Direction::Rise,
    ///     Crossing::Centre { altitude: -18.0 }, JulianDay::new(2_460_000.5));
    /// assert!(dawn.is_some());
    /// ```
    pub fn search(
        body: Body,
        observer: &Observer,
        direction: Direction,
        crossing: Crossing,
        after: JulianDay,
    ) -> Option<JulianDay> {
        match body {
            Body::Sun => {
                let sky = |t: JulianDay| {
                    let s = Sky::at(t);
                    let mut sun = s.sun;
                    sun.distance *= AU_KM;
                    (topocentric(&sun, observer, s.sidereal), s.sidereal)
                };
                search(sky, observer, direction, crossing, SUN_RADIUS_KM, 360.0, after)
            }
            Body::Moon => {
                let sky = |t: JulianDay| {
                    let s = Sky::at(t);
                    (topocentric(&s.moon, observer, s.sidereal), s.sidereal)
                };
                search(sky, observer, direction, crossing, MOON_RADIUS_KM, 347.8, after)
            }
        }
    }
}

/// The Sun or the Moon.
///
/// # Example
/// ```
/// use hijri_calendar::astro::Body;
/// assert_ne!(Body::Sun, Body::Moon);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Body {
    /// The Sun.
    Sun,
    /// The Moon.
    Moon,
}

/// The first sunset (upper limb on the horizon, 34′ of refraction) at `observer` after
/// `after`, within about a day; `None` in polar day or night.
///
/// # Example
/// ```
/// use hijri_calendar::astro::{sunset, JulianDay, Observer};
/// use hijri_calendar::GregorianDate;
/// let mecca = Observer::new(21.4225, 39.8262, 0.0);
/// let day = GregorianDate::new(2026, 2, 17)?.to_day_number();
/// let set = sunset(&mecca, JulianDay::from_day_number(day, 9.0)).ok_or("none")?;
/// let (_, hours) = set.rata_die_and_hours();
/// assert!((hours - 15.33).abs() < 0.05); // 18:20 in Mecca (UTC+3)
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn sunset(observer: &Observer, after: JulianDay) -> Option<JulianDay> {
    Sky::search(Body::Sun, observer, Direction::Set, Crossing::UpperLimbOnHorizon, after)
}

/// The first moonset (upper limb on the horizon, 34′ of refraction, topocentric) at
/// `observer` after `after`, within about a day; `None` when the Moon does not set.
///
/// # Example
/// ```
/// use hijri_calendar::astro::{moonset, sunset, JulianDay, Observer};
/// use hijri_calendar::GregorianDate;
/// let mecca = Observer::new(21.4225, 39.8262, 0.0);
/// let day = GregorianDate::new(2026, 2, 17)?.to_day_number();
/// let sun_set = sunset(&mecca, JulianDay::from_day_number(day, 9.0)).ok_or("none")?;
/// let moon_set = moonset(&mecca, sun_set).ok_or("none")?;
/// assert!(moon_set.value() - sun_set.value() < 1.0 / 24.0); // a young Moon sets soon after
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn moonset(observer: &Observer, after: JulianDay) -> Option<JulianDay> {
    Sky::search(Body::Moon, observer, Direction::Set, Crossing::UpperLimbOnHorizon, after)
}
