//! Angle helpers shared by the astronomy module.

/// Radians per degree.
pub(crate) const DEG: f64 = core::f64::consts::PI / 180.0;
/// Degrees per arcsecond.
pub(crate) const ARCSEC: f64 = 1.0 / 3600.0;

/// An angle in degrees reduced to `0..360`.
pub(crate) fn normalize_degrees(x: f64) -> f64 {
    let r = x % 360.0;
    if r < 0.0 {
        r + 360.0
    } else {
        r
    }
}

/// An angle in degrees reduced to `-180..180`.
pub(crate) fn signed_degrees(x: f64) -> f64 {
    let r = normalize_degrees(x);
    if r >= 180.0 {
        r - 360.0
    } else {
        r
    }
}
