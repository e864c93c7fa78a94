//! Where the "anywhere on Earth" criteria look: a coarse mask of the land, and the places of
//! Indonesia that decide MABIMS.
//!
//! The global criteria (Istanbul 2016, KHGT, FCNA) are met first, on any evening, at the
//! westernmost land of some latitude: at a fixed latitude a later sunset finds an older Moon
//! further from the Sun and higher above the western horizon, so within one stretch of land
//! only its western end (or, before the 24:00 UT limit, the westernmost point whose sunset is
//! still before it) can decide. The search therefore walks rows of latitude every 2° from 50° S
//! to 60° N and, in each row, the stretches of land below, from their western ends; between
//! rows nothing is interpolated, so a margin under about 0.1° may depend on the grid (and such
//! months are flagged uncertain). Polar latitudes are left out: above 60° the evening twilight
//! of summer never ends and no authority applies the criteria there. Oceanic islands (Hawaii,
//! Polynesia, the Atlantic islands except the Canaries) are left out as well.
//!
//! Each band of 5° of latitude lists stretches of land as (western, eastern) longitude,
//! degrees east, rounded outwards to the degree from a general atlas.

/// Stretches of land for the band of latitudes `lat..lat + 5`, west to east.
pub(crate) const BANDS: [(i32, &[(f64, f64)]); 23] = [
    (-55, &[(-75.0, -64.0)]),
    (-50, &[(-76.0, -68.0)]),
    (-45, &[(-76.0, -65.0), (166.0, 174.0)]),
    (-40, &[(-74.0, -62.0), (143.0, 149.0), (172.0, 179.0)]),
    (-35, &[(-73.0, -54.0), (18.0, 27.0), (115.0, 151.0), (172.0, 179.0)]),
    (-30, &[(-72.0, -50.0), (16.0, 32.0), (114.0, 154.0)]),
    (-25, &[(-71.0, -43.0), (14.0, 48.0), (113.0, 154.0)]),
    (-20, &[(-71.0, -40.0), (13.0, 50.0), (113.0, 150.0)]),
    (-15, &[(-77.0, -39.0), (12.0, 50.0), (120.0, 146.0)]),
    (-10, &[(-80.0, -35.0), (12.0, 42.0), (102.0, 150.0)]),
    (-5, &[(-81.0, -35.0), (9.0, 42.0), (95.0, 152.0)]),
    (0, &[(-80.0, -50.0), (-10.0, 128.0)]),
    (5, &[(-84.0, -52.0), (-13.0, 126.0)]),
    (10, &[(-92.0, -60.0), (-17.0, 125.0)]),
    (15, &[(-105.0, -61.0), (-17.0, 123.0)]),
    (20, &[(-106.0, -72.0), (-17.0, 122.0)]),
    (25, &[(-115.0, -78.0), (-18.0, 122.0)]),
    (30, &[(-118.0, -80.0), (-10.0, 132.0)]),
    (35, &[(-123.0, -76.0), (-10.0, 141.0)]),
    (40, &[(-124.0, -66.0), (-9.0, 145.0)]),
    (45, &[(-125.0, -53.0), (-5.0, 145.0)]),
    (50, &[(-130.0, -56.0), (-10.0, 160.0)]),
    (55, &[(-165.0, -60.0), (-7.0, 163.0)]),
];

/// The rows of latitude searched, degrees.
pub(crate) fn rows() -> impl Iterator<Item = (f64, &'static [(f64, f64)])> {
    (-50..=60).step_by(2).filter_map(|degrees: i32| {
        let latitude = f64::from(degrees);
        // The band of 5° holding the row: `degrees` less its remainder (both within ±60).
        let band = degrees.saturating_sub(degrees.rem_euclid(5)).min(55);
        BANDS.iter().find(|(lat, _)| *lat == band).map(|(_, stretches)| (latitude, *stretches))
    })
}

/// Longitudes west of this are the Americas (for Istanbul 2016's second clause).
pub(crate) const AMERICAS_EAST: f64 = -30.0;

/// The westernmost land of Indonesia at each degree of latitude (Sabang and Lhoknga in Aceh,
/// Simeulue, Nias, the Mentawai islands, Enggano, western Java, the Lesser Sunda islands down to
/// Rote), from a general atlas: (latitude, longitude).
pub(crate) const INDONESIA: [(f64, f64); 18] = [
    (5.9, 95.3),
    (5.4, 95.2),
    (4.0, 96.0),
    (2.6, 95.8),
    (1.5, 97.1),
    (0.5, 97.1),
    (0.0, 97.8),
    (-1.0, 98.6),
    (-2.0, 99.5),
    (-3.0, 100.2),
    (-4.0, 102.0),
    (-5.3, 102.1),
    (-6.7, 105.2),
    (-7.5, 106.4),
    (-8.3, 110.0),
    (-8.9, 116.0),
    (-9.8, 119.0),
    (-10.9, 122.8),
];
