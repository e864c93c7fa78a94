//! Rising and setting, and other altitude crossings, by iteration on the hour angle.
//!
//! Reference: Meeus, *Astronomical Algorithms*, 2nd ed., chapter 15: cos H0 = (sin h0 −
//! sin φ sin δ) / (cos φ cos δ) (eq. 15.1) and the correction of the time by the altitude
//! error, iterated; here each step recomputes the body's topocentric position at the current
//! estimate, so that the result is the exact crossing of the body's own model.

use super::angle::{signed_degrees, DEG};
use super::position::{Equatorial, Observer};
use super::time::JulianDay;

/// The apparent upper limb on the horizon: the centre at −34′ (standard refraction) minus the
/// body's angular semi-diameter, as Astronomy Engine and the almanacs define rising and setting.
pub(crate) const HORIZON_REFRACTION: f64 = 34.0 / 60.0;

/// The Sun's radius, km (IAU 2015 nominal), for its semi-diameter.
pub(crate) const SUN_RADIUS_KM: f64 = 695_700.0;
/// The Moon's equatorial radius, km, for its semi-diameter.
pub(crate) const MOON_RADIUS_KM: f64 = 1738.1;
/// Kilometres per astronomical unit.
pub(crate) const AU_KM: f64 = 149_597_870.7;

/// Rising (on the eastern side) or setting (western).
///
/// # Example
/// ```
/// use hijri_calendar::astro::Direction;
/// assert_ne!(Direction::Rise, Direction::Set);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// The body climbs through the altitude, east of the meridian.
    Rise,
    /// The body sinks through the altitude, west of the meridian.
    Set,
}

/// What crosses which altitude.
///
/// # Example
/// ```
/// use hijri_calendar::astro::Crossing;
/// let fajr = Crossing::Centre { altitude: -18.0 };
/// assert_ne!(fajr, Crossing::UpperLimbOnHorizon);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Crossing {
    /// The upper limb on the horizon, with 34′ of refraction: sunrise, sunset, moonset.
    UpperLimbOnHorizon,
    /// The body's centre at a geometric (airless, topocentric) altitude in degrees, such as
    /// −18° for the Sun at dawn.
    Centre {
        /// Degrees.
        altitude: f64,
    },
}

/// The target geometric altitude of the centre for a crossing, given the topocentric distance
/// (km) and the body's radius (km).
fn target(crossing: Crossing, distance_km: f64, radius_km: f64) -> f64 {
    match crossing {
        Crossing::UpperLimbOnHorizon => {
            -HORIZON_REFRACTION - (radius_km / distance_km).asin() / DEG
        }
        Crossing::Centre { altitude } => altitude,
    }
}

/// The first crossing after `after` (within about a day and a quarter) of `crossing` in
/// `direction`, for a body whose topocentric apparent position and the Greenwich sidereal time
/// at a moment are given by `sky` (distance in km), of radius `radius_km`, turning at about
/// `rate` degrees of hour angle a day. `None` when the body does not reach the altitude that day
/// (polar day or night).
pub(crate) fn search<F>(
    sky: F,
    observer: &Observer,
    direction: Direction,
    crossing: Crossing,
    radius_km: f64,
    rate: f64,
    after: JulianDay,
) -> Option<JulianDay>
where
    F: Fn(JulianDay) -> (Equatorial, f64),
{
    let phi = observer.latitude * DEG;
    // The hour angle of the crossing at `t` (east negative), and the current hour angle.
    let angles = |t: JulianDay| -> Option<(f64, f64)> {
        let (position, sidereal) = sky(t);
        let h0 = target(crossing, position.distance, radius_km) * DEG;
        let dec = position.declination * DEG;
        let cos_h0 = (h0.sin() - phi.sin() * dec.sin()) / (phi.cos() * dec.cos());
        if !(-1.0..=1.0).contains(&cos_h0) {
            return None;
        }
        let h0 = cos_h0.acos() / DEG;
        let wanted = match direction {
            Direction::Set => h0,
            Direction::Rise => -h0,
        };
        let current = sidereal + observer.longitude - position.right_ascension;
        Some((wanted, current))
    };
    // First guess: the next time the hour angle reaches the crossing's (eq. 15.2's m).
    let (wanted, current) = angles(after)?;
    let mut ahead = (wanted - current) % 360.0;
    if ahead < 0.0 {
        ahead += 360.0;
    }
    // A crossing that converges before `after` (the first guess sat right on it) is the
    // previous one: then start a turn later.
    for extra in [0.0, 360.0] {
        let mut t = after.add_days((ahead + extra) / rate);
        for _ in 0..8 {
            let (wanted, current) = angles(t)?;
            let step = signed_degrees(wanted - current) / rate;
            t = t.add_days(step);
            // 1e-7 day is 9 ms: the Sun's altitude changes by 0.03″ in it.
            if step.abs() < 1e-7 {
                break;
            }
        }
        if t.value() >= after.value() - 1e-7 {
            return Some(t);
        }
    }
    None
}
