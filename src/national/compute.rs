//! Computing month starts from the astronomy: the criteria, evening by evening.

use crate::astro::{
    self, apparent_sidereal_time, lunation_near, new_moon, refraction, topocentric, Crossing,
    Direction, Equatorial, JulianDay, Observer, Sky, AU_KM, MOON_RADIUS_KM, SUN_RADIUS_KM,
};
use alloc::vec::Vec;

use crate::calendar::{Calendar, DayNumber, HijriDate};

use super::land::{self, AMERICAS_EAST, INDONESIA};
use super::{civil_month_start, Criterion, CriterionRangeError, FIRST_YEAR, LAST_YEAR};

/// The Ka'ba, where the Umm al-Qura rule is computed.
pub const KAABA: Observer = Observer::new(21.4225, 39.8262, 0.0);
/// Wellington, where Istanbul 2016's second clause takes dawn in New Zealand.
pub const WELLINGTON: Observer = Observer::new(-41.2865, 174.7762, 0.0);

/// The month of FCNA's first global-criterion month (Shawwal 1438).
const FCNA_GLOBAL_FROM: (i32, u8) = (1438, 10);

/// How close a criterion came to deciding the other way.
///
/// # Example
/// ```
/// use hijri_calendar::national::Margin;
/// assert!(Margin::Degrees(0.05).is_uncertain());
/// assert!(!Margin::Seconds(120.0).is_uncertain());
/// assert!(Margin::NearMidnight.is_uncertain());
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Margin {
    /// Degrees of altitude or elongation from the threshold; uncertain under 0.1°.
    Degrees(f64),
    /// Seconds between the conjunction and sunset or dawn, or between sunset and moonset;
    /// uncertain under 60 s.
    Seconds(f64),
    /// Istanbul 2016's 24:00 UT limit: moving it by 10 minutes either way would change the
    /// verdict; always uncertain.
    NearMidnight,
}

impl Margin {
    /// Whether the decision is closer than the model's accuracy: under 0.1°, 60 s, or 10
    /// minutes from the 24:00 UT limit.
    ///
    /// # Example
    /// ```
    /// use hijri_calendar::national::Margin;
    /// assert!(Margin::Seconds(-30.0).is_uncertain());
    /// ```
    pub fn is_uncertain(&self) -> bool {
        match *self {
            Margin::Degrees(d) => d.abs() < 0.1,
            Margin::Seconds(s) => s.abs() < 60.0,
            Margin::NearMidnight => true,
        }
    }

    /// The margin as a fraction of its uncertainty threshold, to compare margins of kinds.
    fn relative(&self) -> f64 {
        match *self {
            Margin::Degrees(d) => d.abs() / 0.1,
            Margin::Seconds(s) => s.abs() / 60.0,
            Margin::NearMidnight => 0.5,
        }
    }
}

/// What a criterion found at one place on one evening.
///
/// # Example
/// ```
/// use hijri_calendar::national::{evaluate, Criterion};
/// use hijri_calendar::GregorianDate;
/// let day = GregorianDate::new(2026, 2, 17)?.to_day_number();
/// let evening = evaluate(Criterion::UmmAlQuraRule, day);
/// let best = evening.best.ok_or("no sunset")?;
/// assert!(best.moonset.is_some());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sighting {
    /// The place.
    pub place: Observer,
    /// Its sunset (UT).
    pub sunset: JulianDay,
    /// The Moon's altitude at that sunset, degrees, as the criterion measures it (topocentric
    /// with refraction, or geocentric without for KHGT).
    pub moon_altitude: f64,
    /// The geocentric elongation at that sunset, degrees.
    pub elongation: f64,
    /// The moonset after that sunset (the Umm al-Qura rule only).
    pub moonset: Option<JulianDay>,
}

/// One criterion on the evening of one civil day.
///
/// # Example
/// ```
/// use hijri_calendar::national::{evaluate, Criterion};
/// use hijri_calendar::GregorianDate;
/// // 17 February 2026: Muhammadiyah's KHGT begins Ramadan 1447 the next day, Diyanet does not.
/// let day = GregorianDate::new(2026, 2, 17)?.to_day_number();
/// assert!(evaluate(Criterion::MuhammadiyahKhgt, day).met);
/// assert!(!evaluate(Criterion::TurkeyDiyanet, day).met);
/// # Ok::<(), hijri_calendar::RangeError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Evening {
    /// The civil day whose evening this is (for the global criteria, the UT date; for FCNA, the
    /// local date of the sunset; elsewhere the local date).
    pub day: DayNumber,
    /// The conjunction nearest this evening (UT).
    pub conjunction: JulianDay,
    /// Whether the criterion is met: the next day begins a month.
    pub met: bool,
    /// How close it came to the other verdict.
    pub margin: Margin,
    /// The place that came closest to (or furthest past) the thresholds, if any sunset was after
    /// the conjunction.
    pub best: Option<Sighting>,
    /// Whether Istanbul 2016's second clause (the Americas and dawn in New Zealand) decided.
    pub by_americas_clause: bool,
}

/// The start of one month by one criterion, with the evenings that decided it.
///
/// # Example
/// ```
/// use hijri_calendar::national::{compute_month_start, Criterion};
/// let ramadan = compute_month_start(Criterion::IndonesiaMabims, 1445, 9)?;
/// assert_eq!(ramadan.first_day.to_string(), "2024-03-12");
/// assert!(!ramadan.uncertain);
/// # Ok::<(), hijri_calendar::national::CriterionRangeError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MonthDecision {
    /// The criterion.
    pub criterion: Criterion,
    /// The Hijri year.
    pub year: i32,
    /// The month, 1..=12.
    pub month: u8,
    /// The first day of the month.
    pub first_day: crate::GregorianDate,
    /// The conjunction before it (UT).
    pub conjunction: JulianDay,
    /// The evening on which the criterion was met (the eve of `first_day`); `None` when the
    /// month is not computed (FCNA's Dhu al-Hijjah follows the Umm al-Qura table).
    pub deciding: Option<Evening>,
    /// The evening before, on which it was not.
    pub previous: Option<Evening>,
    /// The smaller of the two evenings' margins (relative to their thresholds).
    pub margin: Option<Margin>,
    /// Whether either evening's margin is under 0.1°, 60 s or 10 minutes from midnight UT.
    pub uncertain: bool,
}

// ---------------------------------------------------------------------------------------
// An interpolated ephemeris: Sky::at costs a few microseconds; a month needs hundreds of
// positions, so sample every half day and interpolate (4-point Lagrange, Meeus chapter 3).
// ---------------------------------------------------------------------------------------

const SAMPLES: usize = 16;
/// The first sample of the last four-sample interpolation window.
const LAST_WINDOW: i64 = SAMPLES as i64 - 4;
const STEP: f64 = 0.5;

struct Ephemeris {
    start: f64,
    /// Per sample: Sun α, δ, distance (km); Moon α, δ, distance (km); equation of equinoxes.
    values: [[f64; 7]; SAMPLES],
}

impl Ephemeris {
    /// Samples from `start` (JD UT) over 7.5 days.
    fn new(start: f64) -> Ephemeris {
        let mut values = [[0.0; 7]; SAMPLES];
        let (mut sun_ra0, mut moon_ra0) = (None, None);
        for (i, row) in values.iter_mut().enumerate() {
            let t = JulianDay::new(start + STEP * i as f64);
            let sky = Sky::at(t);
            let sun_ra = unwrap_near(
                sky.sun.right_ascension,
                *sun_ra0.get_or_insert(sky.sun.right_ascension),
            );
            let moon_ra = unwrap_near(
                sky.moon.right_ascension,
                *moon_ra0.get_or_insert(sky.moon.right_ascension),
            );
            sun_ra0 = Some(sun_ra);
            moon_ra0 = Some(moon_ra);
            *row = [
                sun_ra,
                sky.sun.declination,
                sky.sun.distance * AU_KM,
                moon_ra,
                sky.moon.declination,
                sky.moon.distance,
                sky.sidereal - mean_sidereal(t),
            ];
        }
        Ephemeris { start, values }
    }

    /// Sun, Moon (distances in km) and apparent sidereal time at `t`.
    fn at(&self, t: JulianDay) -> (Equatorial, Equatorial, f64) {
        let x = (t.value() - self.start) / STEP;
        let i = (x.floor() as i64).saturating_sub(1).clamp(0, LAST_WINDOW) as usize;
        let p = x - i as f64;
        // Lagrange weights for nodes 0, 1, 2, 3.
        let w = [
            -(p - 1.0) * (p - 2.0) * (p - 3.0) / 6.0,
            p * (p - 2.0) * (p - 3.0) / 2.0,
            -p * (p - 1.0) * (p - 3.0) / 2.0,
            p * (p - 1.0) * (p - 2.0) / 6.0,
        ];
        let mut v = [0.0; 7];
        for (k, weight) in w.iter().enumerate() {
            if let Some(row) = self.values.get(i.saturating_add(k)) {
                for (acc, value) in v.iter_mut().zip(row.iter()) {
                    *acc += weight * value;
                }
            }
        }
        let sun = Equatorial {
            right_ascension: v[0].rem_euclid(360.0),
            declination: v[1],
            distance: v[2],
        };
        let moon = Equatorial {
            right_ascension: v[3].rem_euclid(360.0),
            declination: v[4],
            distance: v[5],
        };
        (sun, moon, (mean_sidereal(t) + v[6]).rem_euclid(360.0))
    }

    fn sunset(&self, place: &Observer, after: JulianDay) -> Option<JulianDay> {
        let sky = |t: JulianDay| {
            let (sun, _, sidereal) = self.at(t);
            (topocentric(&sun, place, sidereal), sidereal)
        };
        astro::search(
            sky,
            place,
            Direction::Set,
            Crossing::UpperLimbOnHorizon,
            SUN_RADIUS_KM,
            360.0,
            after,
        )
    }

    fn moonset(&self, place: &Observer, after: JulianDay) -> Option<JulianDay> {
        let sky = |t: JulianDay| {
            let (_, moon, sidereal) = self.at(t);
            (topocentric(&moon, place, sidereal), sidereal)
        };
        astro::search(
            sky,
            place,
            Direction::Set,
            Crossing::UpperLimbOnHorizon,
            MOON_RADIUS_KM,
            347.8,
            after,
        )
    }

    /// Elongation and the Moon's altitude as `criterion` measures it, at `t` from `place`.
    fn moon(&self, place: &Observer, t: JulianDay, geocentric: bool) -> (f64, f64) {
        let (sun, moon, sidereal) = self.at(t);
        let elongation = sun.separation(&moon);
        let altitude = if geocentric {
            astro::altitude(&moon, place, sidereal)
        } else {
            let h = astro::altitude(&topocentric(&moon, place, sidereal), place, sidereal);
            h + refraction(h)
        };
        (elongation, altitude)
    }

    /// The Moon's upper limb above the setting threshold at `t` (it has not set yet).
    fn moon_up(&self, place: &Observer, t: JulianDay) -> bool {
        let (_, moon, sidereal) = self.at(t);
        let top = topocentric(&moon, place, sidereal);
        let h = astro::altitude(&top, place, sidereal);
        h + (MOON_RADIUS_KM / top.distance).asin().to_degrees() > -34.0 / 60.0
    }
}

/// Mean Greenwich sidereal time (Meeus eq. 12.4), degrees.
fn mean_sidereal(t: JulianDay) -> f64 {
    let zero = astro::Nutation { longitude: 0.0, obliquity: 0.0, mean_obliquity: 0.0 };
    apparent_sidereal_time(t, &zero)
}

/// `angle` plus or minus whole turns, to lie within half a turn of `near`.
fn unwrap_near(angle: f64, near: f64) -> f64 {
    angle + ((near - angle) / 360.0).round() * 360.0
}

// ---------------------------------------------------------------------------------------
// The criteria.
// ---------------------------------------------------------------------------------------

/// Thresholds of a global criterion.
#[derive(Clone, Copy)]
struct Thresholds {
    altitude: f64,
    elongation: f64,
    geocentric: bool,
}

const ISTANBUL: Thresholds = Thresholds { altitude: 5.0, elongation: 8.0, geocentric: false };
const KHGT: Thresholds = Thresholds { altitude: 5.0, elongation: 8.0, geocentric: true };
const MABIMS: Thresholds = Thresholds { altitude: 3.0, elongation: 6.4, geocentric: false };

/// The best candidate of an evening: margin min(alt − a, elong − e), with the sighting.
#[derive(Clone, Copy)]
struct Best {
    margin: f64,
    sighting: Option<Sighting>,
}

impl Best {
    const NONE: Best = Best { margin: f64::NEG_INFINITY, sighting: None };

    fn consider(
        &mut self,
        eph: &Ephemeris,
        th: Thresholds,
        place: Observer,
        sunset: JulianDay,
        conjunction: f64,
    ) {
        if sunset.value() <= conjunction {
            return;
        }
        let (elongation, moon_altitude) = eph.moon(&place, sunset, th.geocentric);
        let margin = (moon_altitude - th.altitude).min(elongation - th.elongation);
        if margin > self.margin {
            *self = Best {
                margin,
                sighting: Some(Sighting {
                    place,
                    sunset,
                    moon_altitude,
                    elongation,
                    moonset: None,
                }),
            };
        }
    }
}

/// The western end of a stretch of land on one evening: its sunset of the local day.
struct WestEnd {
    place: Observer,
    east: f64,
    sunset: Option<JulianDay>,
}

/// The western ends of all the stretches of land, for one local day, computed once an evening
/// and shared by the main clause, the Americas clause and the moved 24:00 UT limits.
struct Land<'a> {
    eph: &'a Ephemeris,
    day: f64,
    ends: core::cell::OnceCell<Vec<WestEnd>>,
}

impl<'a> Land<'a> {
    fn new(eph: &'a Ephemeris, day: f64) -> Land<'a> {
        Land { eph, day, ends: core::cell::OnceCell::new() }
    }

    fn ends(&self) -> &[WestEnd] {
        self.ends.get_or_init(|| {
            let mut ends = Vec::with_capacity(160);
            for (latitude, stretches) in land::rows() {
                for &(west, east) in stretches {
                    let place = Observer::new(latitude, west, 0.0);
                    let sunset = local_sunset(self.eph, &place, self.day);
                    ends.push(WestEnd { place, east, sunset });
                }
            }
            ends
        })
    }
}

/// The global search over land for sunsets in `window` (UT), each stretch of land from its
/// western end or the westernmost point whose sunset is in the window; `americas_only` keeps
/// the Americas.
fn global_best(
    land: &Land<'_>,
    th: Thresholds,
    window: (f64, f64),
    americas_only: bool,
    conjunction: f64,
) -> Best {
    let (eph, day) = (land.eph, land.day);
    let mut best = Best::NONE;
    // Elongation only grows after the conjunction: if it is short of the threshold at the end
    // of the window, no sunset in the window can meet the criterion, and the margin is at
    // most the shortfall (reported as such, without the search).
    let end = window.1.min(day + 1.6);
    if end <= conjunction {
        return Best { margin: f64::NEG_INFINITY, sighting: None };
    }
    let (sun, moon, _) = eph.at(JulianDay::new(end));
    let shortfall = sun.separation(&moon) - th.elongation;
    if shortfall < -0.2 {
        return Best { margin: shortfall, sighting: None };
    }
    for end in land.ends() {
        let west = end.place.longitude;
        if americas_only && west > AMERICAS_EAST {
            continue;
        }
        let east = if americas_only { end.east.min(AMERICAS_EAST) } else { end.east };
        let Some(mut set) = end.sunset else { continue };
        let mut place = end.place;
        // Too late: move east until the sunset is inside the window (4 minutes a degree),
        // twice, for the Sun's own motion over the shift.
        for _ in 0..2 {
            if set.value() < window.1 {
                break;
            }
            let longitude = place.longitude + (set.value() - window.1) * 360.0 + 1e-3;
            if longitude > east {
                break;
            }
            place = Observer::new(place.latitude, longitude, 0.0);
            match local_sunset(eph, &place, day) {
                Some(s) => set = s,
                None => break,
            }
        }
        if set.value() < window.0 || set.value() >= window.1 {
            continue;
        }
        best.consider(eph, th, place, set, conjunction);
    }
    best
}

/// The sunset of the local civil day `day` (JD of its 00:00 UT) at `place`.
fn local_sunset(eph: &Ephemeris, place: &Observer, day: f64) -> Option<JulianDay> {
    // Local mean noon of that day.
    let noon = JulianDay::new(day + 0.5 - place.longitude / 360.0);
    eph.sunset(place, noon)
}

/// Istanbul 2016 / KHGT on the UT day `day` (JD of 00:00 UT), with the 24:00 UT limit moved by
/// `midnight_shift` days: the main clause, then the Americas and New Zealand clause.
struct IstanbulVerdict {
    met: bool,
    main: Best,
    /// When the main clause failed: the best place in the Americas after the limit.
    americas: Option<Best>,
    /// When the main clause failed: New Zealand's dawn minus the conjunction, seconds.
    dawn_after_conjunction: Option<f64>,
}

fn istanbul_evening(
    land: &Land<'_>,
    th: Thresholds,
    conjunction: f64,
    midnight_shift: f64,
) -> IstanbulVerdict {
    let (eph, day) = (land.eph, land.day);
    let limit = day + 1.0 + midnight_shift;
    let main = global_best(land, th, (day - 0.5, limit), false, conjunction);
    if main.margin >= 0.0 {
        return IstanbulVerdict { met: true, main, americas: None, dawn_after_conjunction: None };
    }
    // Sunsets of the same local day in the Americas after 24:00 UT.
    let americas = global_best(land, th, (limit, day + 1.6), true, conjunction);
    // Dawn (Sun at −18°) of the next local day in New Zealand.
    let nz_midnight = JulianDay::new(day + 1.0 - WELLINGTON.longitude / 360.0);
    let sky = |t: JulianDay| {
        let (sun, _, sidereal) = eph.at(t);
        (topocentric(&sun, &WELLINGTON, sidereal), sidereal)
    };
    let fajr = astro::search(
        sky,
        &WELLINGTON,
        Direction::Rise,
        Crossing::Centre { altitude: -18.0 },
        SUN_RADIUS_KM,
        360.0,
        nz_midnight,
    );
    let dawn_after_conjunction = fajr.map(|f| (f.value() - conjunction) * 86_400.0);
    let met = americas.margin >= 0.0 && dawn_after_conjunction.is_some_and(|s| s > 0.0);
    IstanbulVerdict { met, main, americas: Some(americas), dawn_after_conjunction }
}

/// The margin of the smaller relative size.
fn closer(a: Margin, b: Margin) -> Margin {
    if b.relative() < a.relative() {
        b
    } else {
        a
    }
}

/// The margin of the larger relative size.
fn farther(a: Margin, b: Margin) -> Margin {
    if b.relative() > a.relative() {
        b
    } else {
        a
    }
}

/// Whether the conjunction came before New Zealand's dawn.
fn dawn_ok(dawn: Margin) -> bool {
    matches!(dawn, Margin::Seconds(s) if s > 0.0)
}

/// One evening of one criterion, with the ephemeris of its month.
/// `midnight_check`: whether to test Istanbul's 24:00 UT limit moved by ten minutes (needed
/// only on the two evenings that decide a month).
fn evening(
    land: &Land<'_>,
    criterion: Criterion,
    day: i64,
    conjunction: JulianDay,
    fcna_global: bool,
    midnight_check: bool,
) -> Evening {
    let (eph, day_jd) = (land.eph, land.day);
    // Month starts are within 1300..=1601 AH, far inside the crate's day range.
    let day_number = DayNumber::from_rata_die(day).unwrap_or(DayNumber::MIN);
    let c = conjunction.value();
    let (met, margin, best, by_americas_clause) = match criterion {
        Criterion::TurkeyDiyanet | Criterion::MuhammadiyahKhgt => {
            let th = if criterion == Criterion::TurkeyDiyanet { ISTANBUL } else { KHGT };
            let verdict = istanbul_evening(land, th, c, 0.0);
            let main = Margin::Degrees(verdict.main.margin);
            let mut margin = main;
            let mut best = verdict.main;
            let mut clause = false;
            if let Some(americas) = verdict.americas {
                // The main clause failed; the second clause needs both the Americas and the
                // conjunction before New Zealand's dawn.
                let americas_margin = Margin::Degrees(americas.margin);
                let dawn =
                    Margin::Seconds(verdict.dawn_after_conjunction.unwrap_or(f64::NEG_INFINITY));
                margin = if verdict.met {
                    // Met by the second clause: undone when either of its parts fails (the main
                    // clause failing already, it cannot undo anything).
                    closer(americas_margin, dawn)
                } else {
                    // Not met: done when the main clause is met, or when every failing part of
                    // the second clause is; the farthest of those is how far the clause is.
                    let failing =
                        [(americas.margin < 0.0, americas_margin), (!dawn_ok(dawn), dawn)];
                    let clause_distance = failing
                        .iter()
                        .filter(|(fails, _)| *fails)
                        .map(|&(_, m)| m)
                        .reduce(farther)
                        .unwrap_or(main);
                    closer(main, clause_distance)
                };
                // Show the place that came closest: the Americas after 24:00 UT, when they did.
                if verdict.met || (americas.margin > best.margin && americas.sighting.is_some()) {
                    best = americas;
                }
                if verdict.met {
                    clause = true;
                }
            }
            // The 24:00 UT limit: would ten minutes either way change the verdict?
            let changes = |shift: f64| istanbul_evening(land, th, c, shift).met != verdict.met;
            if midnight_check && (changes(-600.0 / 86_400.0) || changes(600.0 / 86_400.0)) {
                margin = closer(margin, Margin::NearMidnight);
            }
            (verdict.met, margin, best.sighting, clause)
        }
        Criterion::IndonesiaMabims => {
            let mut best = Best::NONE;
            for &(lat, lon) in INDONESIA.iter() {
                let place = Observer::new(lat, lon, 0.0);
                if let Some(set) = local_sunset(eph, &place, day_jd) {
                    best.consider(eph, MABIMS, place, set, c);
                }
            }
            (best.margin >= 0.0, Margin::Degrees(best.margin), best.sighting, false)
        }
        Criterion::Fcna if fcna_global => {
            let best = global_best(land, ISTANBUL, (f64::NEG_INFINITY, f64::INFINITY), false, c);
            (best.margin >= 0.0, Margin::Degrees(best.margin), best.sighting, false)
        }
        Criterion::Fcna | Criterion::UmmAlQuraRule => {
            let place = KAABA;
            match local_sunset(eph, &place, day_jd) {
                None => (false, Margin::Seconds(f64::NEG_INFINITY), None, false),
                Some(set) => {
                    let (elongation, moon_altitude) = eph.moon(&place, set, false);
                    let up = eph.moon_up(&place, set);
                    let moonset = if up {
                        eph.moonset(&place, set)
                    } else {
                        eph.moonset(&place, set.add_days(-0.7))
                    };
                    let after_conjunction = (set.value() - c) * 86_400.0;
                    let moon_after = moonset.map_or(0.0, |m| (m.value() - set.value()) * 86_400.0);
                    let met = after_conjunction > 0.0 && up;
                    let seconds = if met {
                        after_conjunction.min(moon_after)
                    } else if after_conjunction <= 0.0 {
                        after_conjunction
                    } else {
                        moon_after.min(0.0)
                    };
                    let sighting =
                        Sighting { place, sunset: set, moon_altitude, elongation, moonset };
                    (met, Margin::Seconds(seconds), Some(sighting), false)
                }
            }
        }
    };
    Evening { day: day_number, conjunction, met, margin, best, by_americas_clause }
}

/// The conjunction before the first day of a month, from the tabular estimate of its start.
fn conjunction_for(year: i32, month: u8) -> JulianDay {
    let estimate = civil_month_start(year, month);
    let jd = JulianDay::from_rata_die(estimate, 0.0);
    new_moon(lunation_near(jd.add_days(-1.5)))
}

/// What `criterion` measures on the evening of `day` (the sunset ending that civil day).
///
/// # Example
/// ```
/// use hijri_calendar::national::{evaluate, Criterion};
/// use hijri_calendar::GregorianDate;
/// // 20 April 2023, the eve of Eid al-Fitr 1444 in Turkey but not in Indonesia.
/// let day = GregorianDate::new(2023, 4, 20)?.to_day_number();
/// assert!(evaluate(Criterion::TurkeyDiyanet, day).met);
/// assert!(!evaluate(Criterion::IndonesiaMabims, day).met);
/// # Ok::<(), hijri_calendar::RangeError>(())
/// ```
pub fn evaluate(criterion: Criterion, day: DayNumber) -> Evening {
    let jd = JulianDay::from_day_number(day, 12.0);
    let k = lunation_near(jd);
    // The conjunction that this evening's crescent would follow: the last before its end.
    let mut conjunction = new_moon(k);
    if conjunction.value() > jd.value() + 0.6 {
        conjunction = new_moon(k.saturating_sub(1));
    }
    let eph = Ephemeris::new(jd.value() - 2.0);
    let fcna_global = fcna_global_on(day);
    let land = Land::new(&eph, JulianDay::from_day_number(day, 0.0).value());
    evening(&land, criterion, day.rata_die(), conjunction, fcna_global, true)
}

/// Whether FCNA applied the global criterion for a month beginning around `day`.
fn fcna_global_on(day: DayNumber) -> bool {
    match HijriDate::from_day_number(Calendar::UmmAlQura, day) {
        Ok(date) => {
            (date.year(), date.month())
                >= (FCNA_GLOBAL_FROM.0, FCNA_GLOBAL_FROM.1.saturating_sub(1))
        }
        Err(_) => day.rata_die() > 736_000,
    }
}

/// Computes, from the astronomy alone, the first day of `month` of `year` by `criterion`:
/// the day after the first evening, from the day of the conjunction on, on which it is met.
///
/// # Errors
/// [`CriterionRangeError`] when the year is outside 1300..=1600 or the month outside 1..=12.
///
/// # Example
/// ```
/// use hijri_calendar::national::{compute_month_start, Criterion};
/// let eid = compute_month_start(Criterion::TurkeyDiyanet, 1444, 10)?;
/// assert_eq!(eid.first_day.to_string(), "2023-04-21");
/// assert!(compute_month_start(Criterion::TurkeyDiyanet, 1299, 1).is_err());
/// # Ok::<(), hijri_calendar::national::CriterionRangeError>(())
/// ```
pub fn compute_month_start(
    criterion: Criterion,
    year: i32,
    month: u8,
) -> Result<MonthDecision, CriterionRangeError> {
    if !(FIRST_YEAR..=LAST_YEAR + 1).contains(&year) || !(1..=12).contains(&month) {
        return Err(CriterionRangeError { criterion, year, month });
    }
    let conjunction = conjunction_for(year, month);
    let fcna_global = (year, month) >= FCNA_GLOBAL_FROM;
    if criterion == Criterion::Fcna && month == 12 {
        // Dhu al-Hijjah follows the Umm al-Qura table.
        let first = HijriDate::new(Calendar::UmmAlQura, year, 12, 1)
            .map_err(|_| CriterionRangeError { criterion, year, month })?;
        return Ok(MonthDecision {
            criterion,
            year,
            month,
            first_day: first.to_gregorian(),
            conjunction,
            deciding: None,
            previous: None,
            margin: None,
            uncertain: false,
        });
    }
    let (day0, _) = conjunction.rata_die_and_hours();
    let first_evening = day0.saturating_sub(1);
    let eph = Ephemeris::new(JulianDay::from_rata_die(first_evening, 0.0).value() - 1.0);
    let istanbul = matches!(criterion, Criterion::TurkeyDiyanet | Criterion::MuhammadiyahKhgt);
    // One lazily computed set of western ends of land per evening, shared by the passes.
    let lands: [Land<'_>; 5] = core::array::from_fn(|i| {
        Land::new(
            &eph,
            JulianDay::from_rata_die(first_evening.saturating_add(i as i64), 0.0).value(),
        )
    });
    let mut previous =
        evening(&lands[0], criterion, first_evening, conjunction, fcna_global, false);
    for (i, land) in lands.iter().enumerate().skip(1) {
        let day = first_evening.saturating_add(i as i64);
        let mut current = evening(land, criterion, day, conjunction, fcna_global, false);
        if current.met {
            if istanbul {
                current = evening(land, criterion, day, conjunction, fcna_global, true);
                if let Some(before) = i.checked_sub(1).and_then(|j| lands.get(j)) {
                    previous = evening(
                        before,
                        criterion,
                        day.saturating_sub(1),
                        conjunction,
                        fcna_global,
                        true,
                    );
                }
            }
            let margin = closer(current.margin, previous.margin);
            let first_day = DayNumber::from_rata_die(day.saturating_add(1))
                .map_err(|_| CriterionRangeError { criterion, year, month })?;
            return Ok(MonthDecision {
                criterion,
                year,
                month,
                first_day: crate::GregorianDate::from_day_number(first_day),
                conjunction,
                deciding: Some(current),
                previous: Some(previous),
                margin: Some(margin),
                uncertain: margin.is_uncertain(),
            });
        }
        previous = current;
    }
    // Never reached on Earth's land within four evenings of a conjunction; kept total.
    Err(CriterionRangeError { criterion, year, month })
}
