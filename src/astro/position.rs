//! Coordinates and their transformations: ecliptic to equatorial, sidereal time, topocentric
//! parallax, altitude, refraction and elongation.

use super::angle::{normalize_degrees, DEG};
use super::nutation::Nutation;
use super::time::{centuries, JulianDay, J2000};

/// Geocentric ecliptic coordinates of date: longitude and latitude in degrees, and the distance
/// (AU for the Sun, kilometres for the Moon).
///
/// # Example
/// ```
/// use hijri_calendar::astro::Ecliptic;
/// let point = Ecliptic { longitude: 90.0, latitude: 0.0, distance: 1.0 };
/// let equatorial = point.to_equatorial(23.44);
/// assert!((equatorial.right_ascension - 90.0).abs() < 1e-9);
/// assert!((equatorial.declination - 23.44).abs() < 1e-9);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ecliptic {
    /// Ecliptic longitude λ, degrees in `0..360`.
    pub longitude: f64,
    /// Ecliptic latitude β, degrees.
    pub latitude: f64,
    /// Distance from the centre of the Earth (AU for the Sun, km for the Moon).
    pub distance: f64,
}

impl Ecliptic {
    /// Equatorial coordinates for the obliquity `obliquity` (degrees).
    ///
    /// Reference: Meeus, chapter 13, eq. 13.3 and 13.4.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::astro::Ecliptic;
    /// // Meeus example 13.a backwards: Pollux, λ = 113.215630°, β = 6.684170°, ε = 23.4392911°.
    /// let eq = Ecliptic { longitude: 113.215_630, latitude: 6.684_170, distance: 1.0 }
    ///     .to_equatorial(23.439_291_1);
    /// assert!((eq.right_ascension - 116.328_942).abs() < 1e-5);
    /// assert!((eq.declination - 28.026_183).abs() < 1e-5);
    /// ```
    pub fn to_equatorial(&self, obliquity: f64) -> Equatorial {
        let (sl, cl) = (self.longitude * DEG).sin_cos();
        let (sb, cb) = (self.latitude * DEG).sin_cos();
        let (se, ce) = (obliquity * DEG).sin_cos();
        let tb = sb / cb;
        let ra = (sl * ce - tb * se).atan2(cl);
        let dec = (sb * ce + cb * se * sl).asin();
        Equatorial {
            right_ascension: normalize_degrees(ra / DEG),
            declination: dec / DEG,
            distance: self.distance,
        }
    }
}

/// Equatorial coordinates of date: right ascension and declination in degrees, and the
/// distance as in [`Ecliptic`].
///
/// # Example
/// ```
/// use hijri_calendar::astro::Equatorial;
/// let a = Equatorial { right_ascension: 0.0, declination: 0.0, distance: 1.0 };
/// let b = Equatorial { right_ascension: 10.0, declination: 0.0, distance: 1.0 };
/// assert!((a.separation(&b) - 10.0).abs() < 1e-9);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Equatorial {
    /// Right ascension α, degrees in `0..360`.
    pub right_ascension: f64,
    /// Declination δ, degrees.
    pub declination: f64,
    /// Distance from the centre of the Earth (AU for the Sun, km for the Moon).
    pub distance: f64,
}

impl Equatorial {
    /// The angular separation from `other`, degrees: with the Sun and the Moon, the elongation.
    ///
    /// Reference: Meeus, chapter 48, eq. 48.2 (cos ψ = sin δ0 sin δ + cos δ0 cos δ cos(α0 − α)),
    /// computed with the haversine form for accuracy at small angles.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::astro::Equatorial;
    /// let pole = Equatorial { right_ascension: 0.0, declination: 90.0, distance: 1.0 };
    /// let equator = Equatorial { right_ascension: 123.0, declination: 0.0, distance: 1.0 };
    /// assert!((pole.separation(&equator) - 90.0).abs() < 1e-9);
    /// ```
    pub fn separation(&self, other: &Equatorial) -> f64 {
        let d1 = self.declination * DEG;
        let d2 = other.declination * DEG;
        let dra = (self.right_ascension - other.right_ascension) * DEG;
        let h = ((d2 - d1) / 2.0).sin().powi(2) + d1.cos() * d2.cos() * (dra / 2.0).sin().powi(2);
        2.0 * h.sqrt().min(1.0).asin() / DEG
    }
}

/// A place on the Earth: geodetic latitude and longitude in degrees (east positive), height
/// above sea level in metres.
///
/// # Example
/// ```
/// use hijri_calendar::astro::Observer;
/// let kaaba = Observer::new(21.4225, 39.8262, 0.0);
/// assert_eq!(kaaba.latitude, 21.4225);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Observer {
    /// Geodetic latitude, degrees, north positive.
    pub latitude: f64,
    /// Longitude, degrees, east positive.
    pub longitude: f64,
    /// Height above sea level, metres.
    pub height: f64,
}

impl Observer {
    /// A place from its latitude, longitude (east positive) and height.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::astro::Observer;
    /// let wellington = Observer::new(-41.2865, 174.7762, 0.0);
    /// assert_eq!(wellington.longitude, 174.7762);
    /// ```
    pub const fn new(latitude: f64, longitude: f64, height: f64) -> Observer {
        Observer { latitude, longitude, height }
    }

    /// ρ sin φ′ and ρ cos φ′, the observer's geocentric position in Earth radii.
    ///
    /// Reference: Meeus, chapter 11 (b/a = 0.99664719, a = 6378.14 km).
    fn geocentric(&self) -> (f64, f64) {
        let phi = self.latitude * DEG;
        let u = (0.996_647_19 * phi.tan()).atan();
        let h = self.height / 6_378_140.0;
        (0.996_647_19 * u.sin() + h * phi.sin(), u.cos() + h * phi.cos())
    }
}

/// Apparent Greenwich sidereal time at `jd` (UT), degrees: the mean sidereal time of eq. 12.4
/// plus the equation of the equinoxes Δψ cos ε (chapter 12).
///
/// # Example
/// ```
/// use hijri_calendar::astro::{apparent_sidereal_time, JulianDay, Nutation};
/// // Meeus example 12.a (mean) and 12.b context: 1987 April 10, 0h UT: 197°41′35.1″ mean.
/// let jd = JulianDay::new(2_446_895.5);
/// let n = Nutation::at(jd.ephemeris());
/// let theta = apparent_sidereal_time(jd, &n);
/// assert!((theta - 197.693_195 - n.longitude * (n.true_obliquity().to_radians()).cos()).abs() < 1e-5);
/// ```
pub fn apparent_sidereal_time(jd: JulianDay, nutation: &Nutation) -> f64 {
    let d = jd.value() - J2000;
    let t = d / 36_525.0;
    let mean =
        280.460_618_37 + 360.985_647_366_29 * d + 0.000_387_933 * t * t - t * t * t / 38_710_000.0;
    normalize_degrees(mean + nutation.longitude * (nutation.true_obliquity() * DEG).cos())
}

/// Topocentric equatorial coordinates of a body at geocentric `position` (distance in km),
/// seen from `observer` when the apparent Greenwich sidereal time is `sidereal` (degrees).
///
/// Reference: Meeus, chapter 40, eq. 40.2 and 40.3 (sin π = 6378.14 km / Δ).
///
/// # Example
/// ```
/// use hijri_calendar::astro::{topocentric, Equatorial, Observer};
/// // A body on the local meridian, overhead at the equator, is not displaced in declination.
/// let moon = Equatorial { right_ascension: 0.0, declination: 0.0, distance: 384_400.0 };
/// let top = topocentric(&moon, &Observer::new(0.0, 0.0, 0.0), 0.0);
/// assert!(top.declination.abs() < 1e-9);
/// assert!((top.distance - (384_400.0 - 6378.14)).abs() < 1.0);
/// ```
pub fn topocentric(position: &Equatorial, observer: &Observer, sidereal: f64) -> Equatorial {
    let (rho_sin, rho_cos) = observer.geocentric();
    let sin_pi = 6378.14 / position.distance;
    let hour_angle = (sidereal + observer.longitude - position.right_ascension) * DEG;
    let (sh, ch) = hour_angle.sin_cos();
    let (sd, cd) = (position.declination * DEG).sin_cos();
    let delta_alpha = (-rho_cos * sin_pi * sh).atan2(cd - rho_cos * sin_pi * ch);
    let dec = ((sd - rho_sin * sin_pi) * delta_alpha.cos()).atan2(cd - rho_cos * sin_pi * ch);
    // Distance from the observer (eq. 40.2's denominators, rescaled): |r_body − r_observer|.
    let x = cd * ch - rho_cos * sin_pi;
    let y = cd * sh;
    let z = sd - rho_sin * sin_pi;
    let distance = position.distance * (x * x + y * y + z * z).sqrt();
    Equatorial {
        right_ascension: normalize_degrees(position.right_ascension + delta_alpha / DEG),
        declination: dec / DEG,
        distance,
    }
}

/// The geometric altitude (no refraction) of `position` for `observer`, degrees, given the
/// apparent Greenwich sidereal time `sidereal` in degrees.
///
/// Reference: Meeus, chapter 13, eq. 13.6 (H = θ0 + L − α, east longitudes positive).
///
/// # Example
/// ```
/// use hijri_calendar::astro::{altitude, Equatorial, Observer};
/// let star = Equatorial { right_ascension: 0.0, declination: 90.0, distance: 1.0 };
/// assert!((altitude(&star, &Observer::new(30.0, 0.0, 0.0), 0.0) - 30.0).abs() < 1e-9);
/// ```
pub fn altitude(position: &Equatorial, observer: &Observer, sidereal: f64) -> f64 {
    let hour_angle = (sidereal + observer.longitude - position.right_ascension) * DEG;
    let phi = observer.latitude * DEG;
    let dec = position.declination * DEG;
    (phi.sin() * dec.sin() + phi.cos() * dec.cos() * hour_angle.cos()).asin() / DEG
}

/// Atmospheric refraction, degrees, for a true (airless) altitude in degrees: Saemundsson's
/// formula, R = 1.02′ / tan(h + 10.3 / (h + 5.11)), for 10 °C and 1010 hPa. Below −1° the
/// formula is held at its −1° value and tapered to zero at the nadir, as Astronomy Engine does.
///
/// Reference: Meeus, chapter 16, eq. 16.4 (Saemundsson, *Sky and Telescope* 72, 1986).
///
/// # Example
/// ```
/// use hijri_calendar::astro::refraction;
/// // About 29′ at the horizon, 5.4′ at 10°.
/// assert!((refraction(0.0) * 60.0 - 28.9).abs() < 0.2);
/// assert!((refraction(10.0) * 60.0 - 5.4).abs() < 0.1);
/// ```
pub fn refraction(true_altitude: f64) -> f64 {
    if !(-90.0..=90.0).contains(&true_altitude) {
        return 0.0;
    }
    let h = true_altitude.max(-1.0);
    let r = 1.02 / ((h + 10.3 / (h + 5.11)) * DEG).tan() / 60.0;
    if true_altitude < -1.0 {
        r * (true_altitude + 90.0) / 89.0
    } else {
        r
    }
}

/// The Julian centuries of TT at `jde`, re-exported for the other modules' series.
pub(crate) fn t(jde: f64) -> f64 {
    centuries(jde)
}
