//! New moons.
//!
//! Reference: Meeus, *Astronomical Algorithms*, 2nd ed., chapter 49: the mean phase (eq. 49.1),
//! the arguments E, M, M′, F, Ω (eq. 49.4–49.7), the periodic terms for the New Moon and the
//! 14 additional corrections A1–A14. Meeus gives the mean error of the result against ELP-2000/82
//! as a few seconds.

use super::angle::{signed_degrees, DEG};
use super::moon::moon_apparent_with;
use super::nutation::Nutation;
use super::sun::sun_apparent_with;
use super::time::{poly, JulianDay};

/// The New Moon periodic terms: coefficient (days), power of E, multiples of M, M′, F, Ω.
#[rustfmt::skip]
const TERMS: [(f64, u8, [i8; 4]); 25] = [
    (-0.40720, 0, [0, 1, 0, 0]), (0.17241, 1, [1, 0, 0, 0]), (0.01608, 0, [0, 2, 0, 0]),
    (0.01039, 0, [0, 0, 2, 0]), (0.00739, 1, [-1, 1, 0, 0]), (-0.00514, 1, [1, 1, 0, 0]),
    (0.00208, 2, [2, 0, 0, 0]), (-0.00111, 0, [0, 1, -2, 0]), (-0.00057, 0, [0, 1, 2, 0]),
    (0.00056, 1, [1, 2, 0, 0]), (-0.00042, 0, [0, 3, 0, 0]), (0.00042, 1, [1, 0, 2, 0]),
    (0.00038, 1, [1, 0, -2, 0]), (-0.00024, 1, [-1, 2, 0, 0]), (-0.00017, 0, [0, 0, 0, 1]),
    (-0.00007, 0, [2, 1, 0, 0]), (0.00004, 0, [0, 2, -2, 0]), (0.00004, 0, [3, 0, 0, 0]),
    (0.00003, 0, [1, 1, -2, 0]), (0.00003, 0, [0, 2, 2, 0]), (-0.00003, 0, [1, 1, 2, 0]),
    (0.00003, 0, [-1, 1, 2, 0]), (-0.00002, 0, [-1, 1, -2, 0]), (-0.00002, 0, [1, 3, 0, 0]),
    (0.00002, 0, [0, 4, 0, 0]),
];

/// The additional corrections: A_i = a + b·k (degrees), coefficient in days.
#[rustfmt::skip]
const PLANETARY: [(f64, f64, f64); 13] = [
    (251.88, 0.016_321, 0.000_165), (251.83, 26.651_886, 0.000_164),
    (349.42, 36.412_478, 0.000_126), (84.66, 18.206_239, 0.000_110),
    (141.74, 53.303_771, 0.000_062), (207.14, 2.453_732, 0.000_060),
    (154.84, 7.306_860, 0.000_056), (34.52, 27.261_239, 0.000_047),
    (207.19, 0.121_824, 0.000_042), (291.34, 1.844_379, 0.000_040),
    (161.72, 24.198_154, 0.000_037), (239.56, 25.513_099, 0.000_035),
    (331.55, 3.592_518, 0.000_023),
];

/// The number k of the lunation whose new moon is nearest to `jd`: k = 0 is the new moon of
/// 2000-01-06, and k grows by one each lunation (eq. 49.2, rounded).
///
/// # Example
/// ```
/// use hijri_calendar::astro::{lunation_near, JulianDay};
/// // Meeus example 49.a: the new moon of mid-February 1977 is k = −283.
/// assert_eq!(lunation_near(JulianDay::new(2_443_192.0)), -283);
/// ```
pub fn lunation_near(jd: JulianDay) -> i64 {
    ((jd.value() - 2_451_550.097_66) / 29.530_588_861).round() as i64
}

/// The time of new moon number `k` (see [`lunation_near`]) by Meeus' series, as a Julian
/// Ephemeris Day (TT).
///
/// Reference: Meeus, chapter 49, eq. 49.1 and the New Moon corrections.
///
/// # Example
/// ```
/// use hijri_calendar::astro::new_moon_meeus;
/// // Meeus example 49.a: k = −283, JDE 2443192.65118 (1977 February 18, 3h37m42s TD).
/// assert!((new_moon_meeus(-283) - 2_443_192.651_18).abs() < 1e-5);
/// ```
pub fn new_moon_meeus(k: i64) -> f64 {
    let k = k as f64;
    let t = k / 1236.85;
    let jde = poly(t, &[0.0, 0.0, 0.000_154_37, -0.000_000_150, 0.000_000_000_73])
        + 2_451_550.097_66
        + 29.530_588_861 * k;
    let e = poly(t, &[1.0, -0.002_516, -0.000_007_4]);
    let m = (2.5534 + 29.105_356_70 * k + poly(t, &[0.0, 0.0, -0.000_001_4, -0.000_000_11])) * DEG;
    let mp = (201.5643
        + 385.816_935_28 * k
        + poly(t, &[0.0, 0.0, 0.010_758_2, 0.000_012_38, -0.000_000_058]))
        * DEG;
    let f = (160.7108
        + 390.670_502_84 * k
        + poly(t, &[0.0, 0.0, -0.001_611_8, -0.000_002_27, 0.000_000_011]))
        * DEG;
    let om = (124.7746 - 1.563_755_88 * k + poly(t, &[0.0, 0.0, 0.002_067_2, 0.000_002_15])) * DEG;
    let args = [m, mp, f, om];
    let mut correction = 0.0;
    for (c, e_power, mult) in TERMS.iter() {
        let angle: f64 = mult.iter().zip(args.iter()).map(|(n, a)| f64::from(*n) * a).sum();
        correction += c * e.powi(i32::from(*e_power)) * angle.sin();
    }
    let a1 = (299.77 + 0.107_408 * k - 0.009_173 * t * t) * DEG;
    correction += 0.000_325 * a1.sin();
    for (a, b, c) in PLANETARY.iter() {
        correction += c * ((a + b * k) * DEG).sin();
    }
    jde + correction
}

/// The apparent geocentric longitude of the Moon minus that of the Sun, degrees in
/// `-180..180`, at the Julian Ephemeris Day `jde`.
fn longitude_difference(jde: f64) -> f64 {
    // Nutation in longitude shifts both bodies alike and cancels in the difference.
    let nutation = Nutation { longitude: 0.0, obliquity: 0.0, mean_obliquity: 0.0 };
    let moon = moon_apparent_with(jde, &nutation);
    let sun = sun_apparent_with(jde, &nutation);
    signed_degrees(moon.longitude - sun.longitude)
}

/// The conjunction (new moon) of lunation `k`: the moment, in UT, when the apparent geocentric
/// longitudes of the Sun and the Moon are equal by this module's Sun (chapter 25) and Moon
/// (chapter 47), found by Newton's method from Meeus' chapter 49 estimate, so that it is
/// consistent with the positions the crescent criteria use.
///
/// # Example
/// ```
/// use hijri_calendar::astro::{lunation_near, new_moon, JulianDay};
/// use hijri_calendar::GregorianDate;
/// // The new moon of 17 February 2026, 12:01 UT.
/// let k = lunation_near(JulianDay::from_day_number(GregorianDate::new(2026, 2, 17)?.to_day_number(), 0.0));
/// let (rata_die, hours) = new_moon(k).rata_die_and_hours();
/// assert_eq!(rata_die, GregorianDate::new(2026, 2, 17)?.to_day_number().rata_die());
/// assert!((hours - 12.02).abs() < 0.05);
/// # Ok::<(), hijri_calendar::RangeError>(())
/// ```
pub fn new_moon(k: i64) -> JulianDay {
    let mut jde = new_moon_meeus(k);
    // The Moon gains on the Sun about 12.19° a day; three steps reach microseconds.
    for _ in 0..6 {
        let step = longitude_difference(jde) / 12.190_749;
        jde -= step;
        if step.abs() < 1e-9 {
            break;
        }
    }
    let delta_t = super::time::delta_t(JulianDay::new(jde)) / 86_400.0;
    JulianDay::new(jde - delta_t)
}
