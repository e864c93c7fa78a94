//! Sunset times against an independent ephemeris, the Hijri date around sunset, the polar
//! rules, location errors, and that no input panics.

use chrono::{DateTime, Duration, FixedOffset, TimeZone, Utc};
use hijri_calendar::sunset::{self, Boundary, Coordinate, Location, PolarRule, Sunset};
use hijri_calendar::{Calendar, GregorianDate};
use proptest::prelude::*;

/// One row of tests/data/sunset/sunsets.tsv (made by generate.py beside it, with PyEphem).
struct Row {
    place: String,
    location: Location,
    date: GregorianDate,
    expected: Expected,
}

enum Expected {
    At(DateTime<Utc>),
    PolarDay,
    PolarNight,
}

fn rows() -> Vec<Row> {
    let path = format!("{}/tests/data/sunset/sunsets.tsv", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("place\tlatitude\tlongitude\tdate\tsunset_utc"));
    lines
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            assert_eq!(f.len(), 5, "{line:?}");
            let date: GregorianDate = f[3].parse().unwrap();
            let expected = match f[4] {
                "polar-day" => Expected::PolarDay,
                "polar-night" => Expected::PolarNight,
                t => Expected::At(DateTime::parse_from_rfc3339(t).unwrap().with_timezone(&Utc)),
            };
            Row {
                place: f[0].to_string(),
                location: Location::new(f[1].parse().unwrap(), f[2].parse().unwrap()).unwrap(),
                date,
                expected,
            }
        })
        .collect()
}

#[test]
fn sunsets_match_an_independent_ephemeris_within_two_minutes() {
    let rows = rows();
    assert_eq!(rows.len(), 75);
    let mut worst = (0_i64, String::new());
    let mut places = std::collections::BTreeSet::new();
    for row in &rows {
        places.insert(row.place.clone());
        let got = sunset::sunset(row.date, row.location);
        match (&row.expected, got) {
            (Expected::At(expected), Sunset::At(at)) => {
                let error = (at - *expected).num_seconds().abs();
                if error > worst.0 {
                    worst = (error, format!("{} {}", row.place, row.date));
                }
                assert!(error <= 120, "{} {}: {at} vs {expected}", row.place, row.date);
            }
            (Expected::PolarDay, Sunset::PolarDay) | (Expected::PolarNight, Sunset::PolarNight) => {
            }
            (_, got) => panic!("{} {}: got {got:?}", row.place, row.date),
        }
    }
    assert_eq!(places.len(), 5);
    println!("largest deviation: {} s ({})", worst.0, worst.1);
}

fn mecca() -> Location {
    Location::new(21.4225, 39.8262).unwrap()
}

#[test]
fn the_hijri_date_advances_exactly_at_sunset() {
    // 29 Sha'ban 1447 is 17 February 2026 (Umm al-Qura); its evening begins 1 Ramadan.
    let date = GregorianDate::new(2026, 2, 17).unwrap();
    let at = sunset::sunset(date, mecca()).time().unwrap();
    let before = at - Duration::seconds(1);
    let day =
        sunset::hijri_day_at(Calendar::UmmAlQura, &before, mecca(), PolarRule::Midnight).unwrap();
    assert_eq!(day.date.to_string(), "1447-08-29");
    assert_eq!(day.daytime, date);
    assert_eq!(day.ends.at, at);
    assert_eq!(day.ends.by, Boundary::Sunset);
    let day = sunset::hijri_day_at(Calendar::UmmAlQura, &at, mecca(), PolarRule::Midnight).unwrap();
    assert_eq!(day.date.to_string(), "1447-09-01");
    assert_eq!(day.daytime.to_string(), "2026-02-18");
    assert_eq!(day.begins.at, at);
    // Midnight does not change the Hijri date: 00:30 in Mecca is still 1 Ramadan.
    let riyadh = FixedOffset::east_opt(3 * 3600).unwrap();
    let late = riyadh.with_ymd_and_hms(2026, 2, 18, 0, 30, 0).unwrap();
    let day =
        sunset::hijri_day_at(Calendar::UmmAlQura, &late, mecca(), PolarRule::Midnight).unwrap();
    assert_eq!(day.date.to_string(), "1447-09-01");
}

#[test]
fn the_time_zone_of_the_moment_does_not_matter_where_the_sun_sets() {
    let jakarta = Location::new(-6.2088, 106.8456).unwrap();
    let start = Utc.with_ymd_and_hms(2026, 3, 1, 0, 0, 0).unwrap();
    for step in 0..200 {
        let now = start + Duration::minutes(53 * step);
        let utc = sunset::hijri_day_at(Calendar::CIVIL, &now, jakarta, PolarRule::Midnight);
        for hours in [-11, -5, 0, 7, 14] {
            let zone = FixedOffset::east_opt(hours * 3600).unwrap();
            let there = now.with_timezone(&zone);
            let other = sunset::hijri_day_at(Calendar::CIVIL, &there, jakarta, PolarRule::Midnight);
            assert_eq!(utc, other, "{now} in UTC{hours:+}");
        }
    }
}

/// Over a year, every 47 minutes, at each place: the moment lies inside its day, a day's end
/// is the next day's beginning, and the date moves by one day at a time.
#[test]
fn days_are_contiguous_through_a_year_at_every_place() {
    let places = [
        (21.4225, 39.8262),
        (-6.2088, 106.8456),
        (30.0444, 31.2357),
        (51.5074, -0.1278),
        (69.6492, 18.9553),
        (-77.85, 166.67), // McMurdo: long polar day and night
    ];
    let zone = FixedOffset::east_opt(3600).unwrap();
    for (lat, lon) in places {
        let location = Location::new(lat, lon).unwrap();
        for rule in [PolarRule::Midnight, PolarRule::NearestLatitude] {
            let start = zone.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
            let mut previous: Option<sunset::HijriDay> = None;
            for step in 0..(366 * 24 * 60 / 47) {
                let now = start + Duration::minutes(47 * step);
                let day = sunset::hijri_day_at(Calendar::UmmAlQura, &now, location, rule).unwrap();
                assert!(day.begins.at <= now && now < day.ends.at, "{lat} {now}: {day:?}");
                assert_eq!(day.date.to_gregorian(), day.daytime);
                if let Some(prev) = previous {
                    if prev.date != day.date {
                        assert_eq!(prev.date.add_days(1).unwrap(), day.date, "{lat} {now}");
                        assert_eq!(prev.ends, day.begins, "{lat} {now}");
                    }
                }
                previous = Some(day);
            }
        }
    }
}

#[test]
fn polar_days_and_nights_follow_the_chosen_rule() {
    let tromso = Location::new(69.6492, 18.9553).unwrap();
    let midsummer = GregorianDate::new(2026, 6, 21).unwrap();
    assert_eq!(sunset::sunset(midsummer, tromso), Sunset::PolarDay);
    let midwinter = GregorianDate::new(2026, 12, 21).unwrap();
    assert_eq!(sunset::sunset(midwinter, tromso), Sunset::PolarNight);

    let oslo = FixedOffset::east_opt(3600).unwrap();
    let noon = oslo.with_ymd_and_hms(2026, 12, 21, 12, 0, 0).unwrap();
    let day =
        sunset::hijri_day_at(Calendar::UmmAlQura, &noon, tromso, PolarRule::Midnight).unwrap();
    assert_eq!(day.daytime, midwinter);
    assert_eq!(day.ends.by, Boundary::Midnight);
    assert_eq!(day.ends.at, oslo.with_ymd_and_hms(2026, 12, 22, 0, 0, 0).unwrap());

    let day = sunset::hijri_day_at(Calendar::UmmAlQura, &noon, tromso, PolarRule::NearestLatitude)
        .unwrap();
    let Boundary::SunsetAtLatitude(latitude) = day.ends.by else { panic!("{day:?}") };
    // The polar night's edge in midwinter lies near 67.4° N with the -0.833° altitude.
    assert!((66.5..68.5).contains(&latitude), "{latitude}");
    // At the edge of the polar night the sun only touches the horizon, near solar noon.
    let there = Location::new(latitude, 18.9553).unwrap();
    let edge_sunset = sunset::sunset(day.daytime, there).time();
    assert_eq!(edge_sunset, Some(day.ends.at));
    let solar_noon = Utc.with_ymd_and_hms(2026, 12, 21, 10, 44, 0).unwrap();
    assert!((day.ends.at - solar_noon).num_minutes().abs() < 24 * 60 + 20, "{day:?}");
    // Just south of it the sun sets, just north it does not.
    let south = Location::new(latitude - 0.01, 18.9553).unwrap();
    assert!(sunset::sunset(day.daytime, south).time().is_some());
    let north = Location::new(latitude + 0.01, 18.9553).unwrap();
    assert_eq!(sunset::sunset(day.daytime, north), Sunset::PolarNight);
}

#[test]
fn the_poles_and_the_date_line() {
    for (lat, lon) in [(90.0, 0.0), (-90.0, 180.0), (0.0, -180.0), (89.999, 180.0)] {
        let location = Location::new(lat, lon).unwrap();
        for month in 1..=12 {
            let date = GregorianDate::new(2026, month, 10).unwrap();
            let result = sunset::sunset(date, location);
            if lat.abs() == 90.0 {
                assert!(result.time().is_none(), "{lat} {month}: {result:?}");
            }
        }
    }
    // At the North Pole in June it is polar day, in December polar night.
    let pole = Location::new(90.0, 0.0).unwrap();
    let june = GregorianDate::new(2026, 6, 1).unwrap();
    assert_eq!(sunset::sunset(june, pole), Sunset::PolarDay);
}

#[test]
fn location_errors_say_what_was_wrong() {
    let cases = [
        (f64::NAN, 0.0, "latitude is not a number"),
        (0.0, f64::NAN, "longitude is not a number"),
        (f64::INFINITY, 0.0, "latitude inf is not finite"),
        (0.0, f64::NEG_INFINITY, "longitude -inf is not finite"),
        (90.5, 0.0, "latitude 90.5 is out of range (-90..=90)"),
        (-91.0, 0.0, "latitude -91 is out of range (-90..=90)"),
        (0.0, 180.25, "longitude 180.25 is out of range (-180..=180)"),
    ];
    for (lat, lon, message) in cases {
        let err = Location::new(lat, lon).unwrap_err();
        assert_eq!(err.to_string(), message);
        let expected = if message.starts_with("latitude") {
            Coordinate::Latitude
        } else {
            Coordinate::Longitude
        };
        assert_eq!(err.coordinate(), expected);
        let umbrella: hijri_calendar::Error = err.into();
        assert_eq!(umbrella.to_string(), message);
    }
    assert!(Location::new(-90.0, 180.0).is_ok());
    assert!(Location::new(90.0, -180.0).is_ok());
}

#[test]
fn range_errors_outside_the_calendar() {
    let before = Utc.with_ymd_and_hms(1800, 1, 1, 12, 0, 0).unwrap();
    let err = sunset::hijri_day_at(Calendar::UmmAlQura, &before, mecca(), PolarRule::Midnight)
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "gregorian date 1800-01-01 is out of range for islamic-umalqura (1882-11-12..=2174-11-25)"
    );
    let last = DateTime::<Utc>::MAX_UTC;
    assert!(sunset::hijri_day_at(Calendar::CIVIL, &last, mecca(), PolarRule::Midnight).is_err());
}

proptest! {
    #[test]
    fn no_input_panics(
        lat in proptest::num::f64::ANY,
        lon in proptest::num::f64::ANY,
        seconds in i64::MIN..i64::MAX,
        offset in -86_399_i32..86_400,
        nearest in any::<bool>(),
    ) {
        let Ok(location) = Location::new(lat, lon) else {
            prop_assert!(lat.is_nan() || lon.is_nan() || lat.abs() > 90.0 || lon.abs() > 180.0
                || lat.is_infinite() || lon.is_infinite());
            return Ok(());
        };
        let rule = if nearest { PolarRule::NearestLatitude } else { PolarRule::Midnight };
        let zone = FixedOffset::east_opt(offset).unwrap();
        let clamped = seconds.clamp(-8_210_298_412_800 + 2 * 86_400, 8_210_266_876_799 - 2 * 86_400);
        if let Some(now) = DateTime::from_timestamp(clamped, 0) {
            let now = now.with_timezone(&zone);
            if let Ok(day) = sunset::hijri_day_at(Calendar::CIVIL, &now, location, rule) {
                prop_assert!(day.begins.at <= now && now < day.ends.at);
            }
            let _ = sunset::hijri_day_at(Calendar::UmmAlQura, &now, location, rule);
            let _ = sunset::sunset(GregorianDate::from(now.date_naive()), location);
        }
    }

    #[test]
    fn valid_locations_in_umm_al_qura_years_always_answer(
        lat in -90.0_f64..=90.0,
        lon in -180.0_f64..=180.0,
        seconds in -2_000_000_000_i64..4_000_000_000,
    ) {
        let location = Location::new(lat, lon).unwrap();
        let now = DateTime::from_timestamp(seconds, 0).unwrap();
        for rule in [PolarRule::Midnight, PolarRule::NearestLatitude] {
            let day = sunset::hijri_day_at(Calendar::UmmAlQura, &now, location, rule).unwrap();
            prop_assert!(day.begins.at <= now && now < day.ends.at, "{:?}", day);
            prop_assert!(day.ends.at - day.begins.at <= Duration::hours(48));
        }
    }
}
