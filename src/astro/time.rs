//! Time scales: Julian days in Universal Time, Terrestrial (Dynamical) Time, and ΔT = TT − UT.

use crate::calendar::DayNumber;

/// Julian day of the epoch J2000.0 (2000-01-01 12:00 TT).
pub(crate) const J2000: f64 = 2_451_545.0;
/// Days in a Julian century.
pub(crate) const DAYS_PER_CENTURY: f64 = 36_525.0;
/// Julian day of midnight (00:00 UT) at the start of R.D. 0.
const RATA_DIE_EPOCH_JD: f64 = 1_721_424.5;

/// A moment, as a Julian day (and fraction) in Universal Time (UT1, taken as UTC).
///
/// Reference: Meeus, *Astronomical Algorithms*, 2nd ed., chapter 7 (eq. 7.1 for calendar
/// dates); R.D. 0 begins at JD 1721424.5 (Reingold & Dershowitz, *Calendrical Calculations*).
///
/// # Example
/// ```
/// use hijri_calendar::astro::JulianDay;
/// use hijri_calendar::GregorianDate;
///
/// // Meeus example 7.a: 1957 October 4.81 is JD 2436116.31.
/// let day = GregorianDate::new(1957, 10, 4)?.to_day_number();
/// let jd = JulianDay::from_day_number(day, 0.81 * 24.0);
/// assert!((jd.value() - 2_436_116.31).abs() < 1e-6);
/// # Ok::<(), hijri_calendar::RangeError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct JulianDay(f64);

impl JulianDay {
    /// A Julian day from its value (days since −4712-01-01 12:00 UT).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::astro::JulianDay;
    /// assert_eq!(JulianDay::new(2_451_545.0).value(), 2_451_545.0);
    /// ```
    pub const fn new(value: f64) -> JulianDay {
        JulianDay(value)
    }

    /// The moment `hours_ut` hours after midnight (UT) starting the civil day `day`.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::astro::JulianDay;
    /// use hijri_calendar::GregorianDate;
    /// let day = GregorianDate::new(2000, 1, 1)?.to_day_number();
    /// assert_eq!(JulianDay::from_day_number(day, 12.0).value(), 2_451_545.0);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    pub fn from_day_number(day: DayNumber, hours_ut: f64) -> JulianDay {
        JulianDay(day.rata_die() as f64 + RATA_DIE_EPOCH_JD + hours_ut / 24.0)
    }

    /// The moment `hours_ut` hours after midnight (UT) starting the day with R.D. `rata_die`.
    pub(crate) fn from_rata_die(rata_die: i64, hours_ut: f64) -> JulianDay {
        JulianDay(rata_die as f64 + RATA_DIE_EPOCH_JD + hours_ut / 24.0)
    }

    /// The value in days.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::astro::JulianDay;
    /// assert_eq!(JulianDay::new(2_460_000.25).value(), 2_460_000.25);
    /// ```
    pub const fn value(self) -> f64 {
        self.0
    }

    /// The R.D. of the civil day (UT) this moment falls in, and the hours since its midnight.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::astro::JulianDay;
    /// use hijri_calendar::GregorianDate;
    /// let (rata_die, hours) = JulianDay::new(2_451_545.25).rata_die_and_hours();
    /// assert_eq!(rata_die, GregorianDate::new(2000, 1, 1)?.to_day_number().rata_die());
    /// assert!((hours - 18.0).abs() < 1e-6);
    /// # Ok::<(), hijri_calendar::RangeError>(())
    /// ```
    pub fn rata_die_and_hours(self) -> (i64, f64) {
        let days = self.0 - RATA_DIE_EPOCH_JD;
        let rata_die = days.floor();
        (rata_die as i64, (days - rata_die) * 24.0)
    }

    /// This moment `days` days later (or earlier, when negative).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::astro::JulianDay;
    /// assert_eq!(JulianDay::new(10.0).add_days(0.5).value(), 10.5);
    /// ```
    pub fn add_days(self, days: f64) -> JulianDay {
        JulianDay(self.0 + days)
    }

    /// The Julian Ephemeris Day (Terrestrial Time) of this moment: JD + ΔT.
    ///
    /// Reference: Meeus, chapter 10 (TT = UT + ΔT).
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::astro::JulianDay;
    /// let jd = JulianDay::new(2_451_545.0);
    /// assert!((jd.ephemeris() - jd.value() - 63.83 / 86_400.0).abs() < 1e-6);
    /// ```
    pub fn ephemeris(self) -> f64 {
        self.0 + delta_t(self) / 86_400.0
    }
}

/// ΔT = TT − UT in seconds, from the Espenak–Meeus polynomials (NASA's *Five Millennium Canon
/// of Solar Eclipses*, 2006), with the decimal year taken as 2000 + (JD − 2451559) / 365.24217
/// as Astronomy Engine does. Before 1600 the long-term parabola −20 + 32 u² is used.
///
/// Reference: Espenak & Meeus, "Polynomial expressions for Delta T" (NASA/TP-2006-214141);
/// Meeus, chapter 10.
///
/// # Example
/// ```
/// use hijri_calendar::astro::{delta_t, JulianDay};
/// // The 2005–2050 polynomial gives 71.6 s for 2020 (the observed value was 69.4 s).
/// let dt = delta_t(JulianDay::new(2_458_850.0));
/// assert!((dt - 71.6).abs() < 0.1);
/// ```
pub fn delta_t(jd: JulianDay) -> f64 {
    let y = 2000.0 + (jd.0 - J2000 - 14.0) / 365.242_17;
    if !(1600.0..2150.0).contains(&y) {
        let u = (y - 1820.0) / 100.0;
        return -20.0 + 32.0 * u * u;
    }
    if y < 1700.0 {
        let u = y - 1600.0;
        return 120.0 - 0.9808 * u - 0.01532 * u * u + u * u * u / 7129.0;
    }
    if y < 1800.0 {
        let u = y - 1700.0;
        return poly(u, &[8.83, 0.1603, -0.005_928_5, 0.000_133_36, -1.0 / 1_174_000.0]);
    }
    if y < 1860.0 {
        let u = y - 1800.0;
        return poly(
            u,
            &[
                13.72,
                -0.332_447,
                0.006_861_2,
                0.004_111_6,
                -0.000_374_36,
                0.000_012_127_2,
                -0.000_000_169_9,
                0.000_000_000_875,
            ],
        );
    }
    if y < 1900.0 {
        let u = y - 1860.0;
        return poly(
            u,
            &[7.62, 0.5737, -0.251_754, 0.016_806_68, -0.000_447_362_4, 1.0 / 233_174.0],
        );
    }
    if y < 1920.0 {
        let u = y - 1900.0;
        return poly(u, &[-2.79, 1.494_119, -0.059_893_9, 0.006_196_6, -0.000_197]);
    }
    if y < 1941.0 {
        let u = y - 1920.0;
        return poly(u, &[21.20, 0.844_93, -0.076_100, 0.002_093_6]);
    }
    if y < 1961.0 {
        let u = y - 1950.0;
        return poly(u, &[29.07, 0.407, -1.0 / 233.0, 1.0 / 2547.0]);
    }
    if y < 1986.0 {
        let u = y - 1975.0;
        return poly(u, &[45.45, 1.067, -1.0 / 260.0, -1.0 / 718.0]);
    }
    if y < 2005.0 {
        let u = y - 2000.0;
        return poly(u, &[63.86, 0.3345, -0.060_374, 0.001_727_5, 0.000_651_814, 0.000_023_735_99]);
    }
    if y < 2050.0 {
        let u = y - 2000.0;
        return poly(u, &[62.92, 0.322_17, 0.005_589]);
    }
    let u = (y - 1820.0) / 100.0;
    -20.0 + 32.0 * u * u - 0.5628 * (2150.0 - y)
}

/// A polynomial by Horner's rule, lowest coefficient first.
pub(crate) fn poly(x: f64, coefficients: &[f64]) -> f64 {
    coefficients.iter().rev().fold(0.0, |acc, c| acc * x + c)
}

/// Julian centuries of TT since J2000.0 (Meeus eq. 22.1).
pub(crate) fn centuries(jde: f64) -> f64 {
    (jde - J2000) / DAYS_PER_CENTURY
}
