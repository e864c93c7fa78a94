"""Generates sunsets.tsv: reference sunset times for tests/sunset.rs.

Independent of the crate's NOAA/Meeus equations: PyEphem (libastro, VSOP87 planetary theory),
`pip install ephem==4.2.1`, run once with `python3 generate.py > sunsets.tsv`.

Sunset is the moment the sun's centre is at -0.833 degrees (-0:49.98) with refraction turned
off (pressure 0), which is the standard definition the crate uses (34' of refraction and 16'
of semi-diameter folded into the altitude). The day is the location's: the search starts at
its mean solar noon (12:00 UTC - longitude / 15 h). Days without sunset are `polar-day`
(ephem.AlwaysUpError) or `polar-night` (ephem.NeverUpError).
"""
import datetime as dt

import ephem

PLACES = [
    ("mecca", 21.4225, 39.8262),
    ("jakarta", -6.2088, 106.8456),
    ("cairo", 30.0444, 31.2357),
    ("london", 51.5074, -0.1278),
    ("tromso", 69.6492, 18.9553),
]
DATES = [
    "2026-01-15", "2026-02-18", "2026-03-20", "2026-04-15", "2026-05-10", "2026-06-21",
    "2026-07-15", "2026-08-20", "2026-09-22", "2026-10-15", "2026-11-10", "2026-12-21",
    "1990-03-01", "2000-01-01", "2050-09-01",
]

print("place\tlatitude\tlongitude\tdate\tsunset_utc")
for name, lat, lon in PLACES:
    for date in DATES:
        day = dt.datetime.fromisoformat(date)
        noon = day + dt.timedelta(hours=12) - dt.timedelta(hours=lon / 15.0)
        obs = ephem.Observer()
        obs.lat, obs.lon = str(lat), str(lon)
        obs.elevation = 0
        obs.pressure = 0
        obs.horizon = "-0:49.98"
        obs.date = ephem.Date(noon)
        try:
            setting = obs.next_setting(ephem.Sun(), use_center=True).datetime()
            value = setting.strftime("%Y-%m-%dT%H:%M:%SZ")
        except ephem.AlwaysUpError:
            value = "polar-day"
        except ephem.NeverUpError:
            value = "polar-night"
        print(f"{name}\t{lat}\t{lon}\t{date}\t{value}")
