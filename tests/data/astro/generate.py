#!/usr/bin/env python3
"""Golden vectors for tests/astro.rs, computed once with Astronomy Engine.

    pip install astronomy-engine==2.1.19
    python3 tests/data/astro/generate.py

Writes, next to this script:
- new-moons.tsv: every 7th new moon from 1900 to 2100 (JD, UT): the apparent conjunction
  (equal apparent longitudes, Meeus' definition) and SearchMoonPhase's geometric one;
- positions.tsv: apparent geocentric ecliptic positions of date of the Sun (SunPosition) and
  the Moon (EclipticGeoMoon), at instants spread over 1900-2100;
- sunsets.tsv: sunset (SearchRiseSet, upper limb, 34' refraction) after local noon and the
  first moonset after that sunset, at Mecca, Sabang, Istanbul and Wellington.

Times are Julian days in UT (Astronomy Engine's ut + 2451545); Astronomy Engine's default
Delta T is the Espenak-Meeus polynomials, as in src/astro/time.rs.
"""
import os
import astronomy as ae

HERE = os.path.dirname(os.path.abspath(__file__))
J2000 = 2451545.0
PLACES = [
    ("mecca", 21.4225, 39.8262),
    ("sabang", 5.8933, 95.3214),
    ("istanbul", 41.0082, 28.9784),
    ("wellington", -41.2865, 174.7762),
]


def jd(t):
    return t.ut + J2000


def apparent_elongation_in_longitude(t):
    d = ae.EclipticGeoMoon(t).lon - ae.SunPosition(t).elon
    return (d + 180.0) % 360.0 - 180.0


def apparent_conjunction(t):
    """Astronomy Engine's SearchMoonPhase finds the geometric conjunction (its MoonPhase
    compares aberration-free J2000 longitudes), about 40 s after the apparent one that Meeus
    (ch. 49) and the crescent criteria use; refine to the apparent conjunction by the secant
    method on Astronomy Engine's own apparent longitudes."""
    t0, t1 = t.AddDays(-0.01), t
    f0, f1 = apparent_elongation_in_longitude(t0), apparent_elongation_in_longitude(t1)
    for _ in range(20):
        if f1 == f0:
            break
        t2 = t1.AddDays(-f1 * (t1.ut - t0.ut) / (f1 - f0))
        t0, f0 = t1, f1
        t1, f1 = t2, apparent_elongation_in_longitude(t2)
        if abs(t1.ut - t0.ut) < 1e-9:
            break
    return t1


def new_moons():
    rows = []
    t = ae.Time.Make(1900, 1, 1, 0, 0, 0)
    end = ae.Time.Make(2100, 12, 31, 0, 0, 0)
    n = 0
    while t.ut < end.ut:
        nm = ae.SearchMoonPhase(0.0, t, 40.0)
        if n % 7 == 0:
            rows.append(f"{jd(apparent_conjunction(nm)):.8f}\t{jd(nm):.8f}")
        n += 1
        t = nm.AddDays(20.0)
    return rows


def positions():
    rows = []
    start = ae.Time.Make(1900, 1, 1, 0, 0, 0)
    # 400 instants, about 183 days apart, at varied hours.
    for i in range(400):
        t = start.AddDays(i * 182.6211 + (i * 0.137) % 1.0)
        sun = ae.SunPosition(t)
        moon = ae.EclipticGeoMoon(t)
        rows.append(
            f"{jd(t):.8f}\t{sun.elon:.8f}\t{sun.elat:.8f}\t{sun.vec.Length():.9f}"
            f"\t{moon.lon:.8f}\t{moon.lat:.8f}\t{moon.dist * ae.KM_PER_AU:.3f}"
        )
    return rows


def sunsets():
    rows = []
    start = ae.Time.Make(1900, 1, 1, 0, 0, 0)
    for name, lat, lon in PLACES:
        obs = ae.Observer(lat, lon, 0.0)
        for i in range(150):
            day = start.AddDays(round(i * 487.0 + 11 * PLACES.index((name, lat, lon))))
            noon = day.AddDays(0.5 - lon / 360.0)
            sset = ae.SearchRiseSet(ae.Body.Sun, obs, ae.Direction.Set, noon, 1.0)
            if sset is None:
                continue
            mset = ae.SearchRiseSet(ae.Body.Moon, obs, ae.Direction.Set, sset, 1.2)
            mset_text = f"{jd(mset):.8f}" if mset is not None else "-"
            rows.append(f"{name}\t{lat}\t{lon}\t{jd(noon):.8f}\t{jd(sset):.8f}\t{mset_text}")
    return rows


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w") as f:
        f.write(header + "\n")
        for row in rows:
            f.write(row + "\n")


write("new-moons.tsv", "apparent_jd_ut\tgeometric_jd_ut", new_moons())
write(
    "positions.tsv",
    "jd_ut\tsun_lon\tsun_lat\tsun_dist_au\tmoon_lon\tmoon_lat\tmoon_dist_km",
    positions(),
)
write("sunsets.tsv", "place\tlat\tlon\tnoon_jd_ut\tsunset_jd_ut\tmoonset_jd_ut", sunsets())
