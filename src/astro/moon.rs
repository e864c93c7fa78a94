//! The apparent position of the Moon.
//!
//! Reference: Meeus, *Astronomical Algorithms*, 2nd ed., chapter 47: the fundamental arguments
//! (eq. 47.1–47.5 and 47.6 for E), the 60 terms of table 47.A (longitude and distance) and the
//! 60 terms of table 47.B (latitude), truncated from ELP-2000/82 (Chapront-Touzé & Chapront),
//! with the additive terms for Venus, Jupiter and the flattening of the Earth (A1, A2, A3);
//! then nutation in longitude (chapter 22) for the apparent longitude.

use super::angle::{normalize_degrees, DEG};
use super::nutation::Nutation;
use super::position::{t as centuries, Ecliptic};
use super::time::poly;

/// Table 47.A: multiples of D, M, M′, F; Σl in 1e-6 degree; Σr in 1e-3 km.
#[rustfmt::skip]
const LONGITUDE_DISTANCE: [([i8; 4], f64, f64); 60] = [
    ([0, 0, 1, 0], 6288774.0, -20905355.0),
    ([2, 0, -1, 0], 1274027.0, -3699111.0),
    ([2, 0, 0, 0], 658314.0, -2955968.0),
    ([0, 0, 2, 0], 213618.0, -569925.0),
    ([0, 1, 0, 0], -185116.0, 48888.0),
    ([0, 0, 0, 2], -114332.0, -3149.0),
    ([2, 0, -2, 0], 58793.0, 246158.0),
    ([2, -1, -1, 0], 57066.0, -152138.0),
    ([2, 0, 1, 0], 53322.0, -170733.0),
    ([2, -1, 0, 0], 45758.0, -204586.0),
    ([0, 1, -1, 0], -40923.0, -129620.0),
    ([1, 0, 0, 0], -34720.0, 108743.0),
    ([0, 1, 1, 0], -30383.0, 104755.0),
    ([2, 0, 0, -2], 15327.0, 10321.0),
    ([0, 0, 1, 2], -12528.0, 0.0),
    ([0, 0, 1, -2], 10980.0, 79661.0),
    ([4, 0, -1, 0], 10675.0, -34782.0),
    ([0, 0, 3, 0], 10034.0, -23210.0),
    ([4, 0, -2, 0], 8548.0, -21636.0),
    ([2, 1, -1, 0], -7888.0, 24208.0),
    ([2, 1, 0, 0], -6766.0, 30824.0),
    ([1, 0, -1, 0], -5163.0, -8379.0),
    ([1, 1, 0, 0], 4987.0, -16675.0),
    ([2, -1, 1, 0], 4036.0, -12831.0),
    ([2, 0, 2, 0], 3994.0, -10445.0),
    ([4, 0, 0, 0], 3861.0, -11650.0),
    ([2, 0, -3, 0], 3665.0, 14403.0),
    ([0, 1, -2, 0], -2689.0, -7003.0),
    ([2, 0, -1, 2], -2602.0, 0.0),
    ([2, -1, -2, 0], 2390.0, 10056.0),
    ([1, 0, 1, 0], -2348.0, 6322.0),
    ([2, -2, 0, 0], 2236.0, -9884.0),
    ([0, 1, 2, 0], -2120.0, 5751.0),
    ([0, 2, 0, 0], -2069.0, 0.0),
    ([2, -2, -1, 0], 2048.0, -4950.0),
    ([2, 0, 1, -2], -1773.0, 4130.0),
    ([2, 0, 0, 2], -1595.0, 0.0),
    ([4, -1, -1, 0], 1215.0, -3958.0),
    ([0, 0, 2, 2], -1110.0, 0.0),
    ([3, 0, -1, 0], -892.0, 3258.0),
    ([2, 1, 1, 0], -810.0, 2616.0),
    ([4, -1, -2, 0], 759.0, -1897.0),
    ([0, 2, -1, 0], -713.0, -2117.0),
    ([2, 2, -1, 0], -700.0, 2354.0),
    ([2, 1, -2, 0], 691.0, 0.0),
    ([2, -1, 0, -2], 596.0, 0.0),
    ([4, 0, 1, 0], 549.0, -1423.0),
    ([0, 0, 4, 0], 537.0, -1117.0),
    ([4, -1, 0, 0], 520.0, -1571.0),
    ([1, 0, -2, 0], -487.0, -1739.0),
    ([2, 1, 0, -2], -399.0, 0.0),
    ([0, 0, 2, -2], -381.0, -4421.0),
    ([1, 1, 1, 0], 351.0, 0.0),
    ([3, 0, -2, 0], -340.0, 0.0),
    ([4, 0, -3, 0], 330.0, 0.0),
    ([2, -1, 2, 0], 327.0, 0.0),
    ([0, 2, 1, 0], -323.0, 1165.0),
    ([1, 1, -1, 0], 299.0, 0.0),
    ([2, 0, 3, 0], 294.0, 0.0),
    ([2, 0, -1, -2], 0.0, 8752.0),
];

/// Table 47.B: multiples of D, M, M′, F; Σb in 1e-6 degree.
#[rustfmt::skip]
const LATITUDE: [([i8; 4], f64); 60] = [
    ([0, 0, 0, 1], 5128122.0), ([0, 0, 1, 1], 280602.0), ([0, 0, 1, -1], 277693.0),
    ([2, 0, 0, -1], 173237.0), ([2, 0, -1, 1], 55413.0), ([2, 0, -1, -1], 46271.0),
    ([2, 0, 0, 1], 32573.0), ([0, 0, 2, 1], 17198.0), ([2, 0, 1, -1], 9266.0),
    ([0, 0, 2, -1], 8822.0), ([2, -1, 0, -1], 8216.0), ([2, 0, -2, -1], 4324.0),
    ([2, 0, 1, 1], 4200.0), ([2, 1, 0, -1], -3359.0), ([2, -1, -1, 1], 2463.0),
    ([2, -1, 0, 1], 2211.0), ([2, -1, -1, -1], 2065.0), ([0, 1, -1, -1], -1870.0),
    ([4, 0, -1, -1], 1828.0), ([0, 1, 0, 1], -1794.0), ([0, 0, 0, 3], -1749.0),
    ([0, 1, -1, 1], -1565.0), ([1, 0, 0, 1], -1491.0), ([0, 1, 1, 1], -1475.0),
    ([0, 1, 1, -1], -1410.0), ([0, 1, 0, -1], -1344.0), ([1, 0, 0, -1], -1335.0),
    ([0, 0, 3, 1], 1107.0), ([4, 0, 0, -1], 1021.0), ([4, 0, -1, 1], 833.0),
    ([0, 0, 1, -3], 777.0), ([4, 0, -2, 1], 671.0), ([2, 0, 0, -3], 607.0),
    ([2, 0, 2, -1], 596.0), ([2, -1, 1, -1], 491.0), ([2, 0, -2, 1], -451.0),
    ([0, 0, 3, -1], 439.0), ([2, 0, 2, 1], 422.0), ([2, 0, -3, -1], 421.0),
    ([2, 1, -1, 1], -366.0), ([2, 1, 0, 1], -351.0), ([4, 0, 0, 1], 331.0),
    ([2, -1, 1, 1], 315.0), ([2, -2, 0, -1], 302.0), ([0, 0, 1, 3], -283.0),
    ([2, 1, 1, -1], -229.0), ([1, 1, 0, -1], 223.0), ([1, 1, 0, 1], 223.0),
    ([0, 1, -2, -1], -220.0), ([2, 1, -1, -1], -220.0), ([1, 0, 1, 1], -185.0),
    ([2, -1, -2, -1], 181.0), ([0, 1, 2, 1], -177.0), ([4, 0, -2, -1], 176.0),
    ([4, -1, -1, -1], 166.0), ([1, 0, 1, -1], -164.0), ([4, 0, 1, -1], 132.0),
    ([1, 0, -1, -1], -119.0), ([4, -1, 0, -1], 115.0), ([2, -2, 0, 1], 107.0),
];

/// The Moon's geocentric ecliptic position (mean equinox of date, no nutation): degrees and km.
fn geometric(jde: f64) -> (Ecliptic, f64) {
    let t = centuries(jde);
    let lp = poly(
        t,
        &[218.316_447_7, 481_267.881_234_21, -0.001_578_6, 1.0 / 538_841.0, -1.0 / 65_194_000.0],
    );
    let d = poly(
        t,
        &[297.850_192_1, 445_267.111_403_4, -0.001_881_9, 1.0 / 545_868.0, -1.0 / 113_065_000.0],
    );
    let m = poly(t, &[357.529_109_2, 35_999.050_290_9, -0.000_153_6, 1.0 / 24_490_000.0]);
    let mp = poly(
        t,
        &[134.963_396_4, 477_198.867_505_5, 0.008_741_4, 1.0 / 69_699.0, -1.0 / 14_712_000.0],
    );
    let f = poly(
        t,
        &[93.272_095_0, 483_202.017_523_3, -0.003_653_9, -1.0 / 3_526_000.0, 1.0 / 863_310_000.0],
    );
    let a1 = (119.75 + 131.849 * t) * DEG;
    let a2 = (53.09 + 479_264.290 * t) * DEG;
    let a3 = (313.45 + 481_266.484 * t) * DEG;
    let e = poly(t, &[1.0, -0.002_516, -0.000_007_4]);
    let e_factor = |m_multiple: i8| match m_multiple.unsigned_abs() {
        1 => e,
        2 => e * e,
        _ => 1.0,
    };
    let args = [
        normalize_degrees(d) * DEG,
        normalize_degrees(m) * DEG,
        normalize_degrees(mp) * DEG,
        normalize_degrees(f) * DEG,
    ];
    let angle = |k: &[i8; 4]| -> f64 {
        k.iter().zip(args.iter()).map(|(mult, arg)| f64::from(*mult) * arg).sum()
    };
    let (mut sl, mut sr) = (0.0, 0.0);
    for (k, l, r) in LONGITUDE_DISTANCE.iter() {
        let (s, c) = angle(k).sin_cos();
        let factor = e_factor(k[1]);
        sl += l * factor * s;
        sr += r * factor * c;
    }
    let mut sb = 0.0;
    for (k, b) in LATITUDE.iter() {
        sb += b * e_factor(k[1]) * angle(k).sin();
    }
    let lp_rad = normalize_degrees(lp) * DEG;
    let (mp_rad, f_rad) = (args[2], args[3]);
    sl += 3958.0 * a1.sin() + 1962.0 * (lp_rad - f_rad).sin() + 318.0 * a2.sin();
    sb += -2235.0 * lp_rad.sin()
        + 382.0 * a3.sin()
        + 175.0 * (a1 - f_rad).sin()
        + 175.0 * (a1 + f_rad).sin()
        + 127.0 * (lp_rad - mp_rad).sin()
        - 115.0 * (lp_rad + mp_rad).sin();
    let position = Ecliptic {
        longitude: normalize_degrees(lp + sl / 1e6),
        latitude: sb / 1e6,
        distance: 385_000.56 + sr / 1000.0,
    };
    (position, t)
}

/// The Moon's apparent geocentric ecliptic position at the Julian Ephemeris Day `jde`: true
/// equinox of date (nutation in longitude added), distance from the Earth's centre in km.
///
/// Reference: Meeus, chapter 47, tables 47.A and 47.B; chapter 22 for Δψ.
///
/// # Example
/// ```
/// use hijri_calendar::astro::moon_apparent;
/// // Meeus example 47.a: 1992 April 12, 0h TD: λ = 133.167265°, β = −3.229126°,
/// // Δ = 368409.7 km.
/// let moon = moon_apparent(2_448_724.5);
/// assert!((moon.longitude - 133.167_265).abs() < 1e-5);
/// assert!((moon.latitude - -3.229_126).abs() < 1e-5);
/// assert!((moon.distance - 368_409.7).abs() < 0.1);
/// ```
pub fn moon_apparent(jde: f64) -> Ecliptic {
    let (mut position, _) = geometric(jde);
    position.longitude = normalize_degrees(position.longitude + Nutation::at(jde).longitude);
    position
}

/// The Moon's apparent position when the nutation is already known (saves its 63 terms).
pub(crate) fn moon_apparent_with(jde: f64, nutation: &Nutation) -> Ecliptic {
    let (mut position, _) = geometric(jde);
    position.longitude = normalize_degrees(position.longitude + nutation.longitude);
    position
}
