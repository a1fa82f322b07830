#!/usr/bin/env python3
"""Muhurta fixture: tests/data/panchang_muhurta_pyjhora.csv.

    nice -n 10 tools/panchang/.venv/bin/python tools/panchang/gen_muhurta.py   # ~2 s

PyJHora 4.8.7's divisions of the day on the 314 date/place pairs of
tests/data/panchang_days.csv (read from that file, so the ~5-minute
gen_panchang.py need not run again): its own sunrise, sunset, next sunrise
and previous sunset, Rahu kalam, Yamaganda, Gulika kalam, Abhijit muhurta,
Brahma muhurta, durmuhurtas, the 16 gauri choghadiyas, the 24 horas and the
30 muhurtas of day and night.

Calls, with drik.set_ayanamsa_mode('LAHIRI') before each (the ayanamsa does
not enter these, but PyJHora's settings are global state):
place = drik.Place(zone, lat, lon, UTC offset at local noon of the date in
hours, 0.0); jd = utils.julian_day_number(date, (12, 0, 0)) -- PyJHora's jd
arguments are LOCAL time, as in gen_panchang.py. Then
  sunrise(jd)[0], sunset(jd)[0], sunrise(jd + 1)[0] + 24, sunset(jd - 1)[0] - 24
                                      local float hours from the date's midnight
  vaara(jd)                           0 = Sunday
  raahu_kaalam, yamaganda_kaalam, gulikai_kaalam, abhijit_muhurta, durmuhurtam
                                      'HH:MM:SS' strings, seconds rounded
  brahma_muhurtha                     float hours
  gauri_choghadiya, shubha_hora       (type, 'HH:MM:SS', 'HH:MM:SS'), wrapping at 24 h
  muhurthas                           (name, quality, (float, float))
Every instant is turned into UT with the same offset PyJHora was given:
jd_ut = swe.julday(date, 0h) + (local_hours - offset) / 24. A time string is
placed on the day by taking, of h + 24 k, the one nearest a reference (the
middle of the day or night it belongs to, or the previous end in a sequence).

PyJHora is AGPL: it is only called here; none of its code is copied.
"""
import csv
import datetime
import os
import sys
import zoneinfo

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(REPO, 'tests', 'data')

import swisseph as swe  # noqa: E402

# Choghadiya kinds in PyJHora's numbering (0-6) and planets in its numbering (0-6).
CHOGHADIYA = ['Udveg', 'Char', 'Labh', 'Amrit', 'Kaal', 'Shubh', 'Rog']
PLANETS = ['Sun', 'Moon', 'Mars', 'Mercury', 'Jupiter', 'Venus', 'Saturn']
DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']


def hours_of(s):
    """'HH:MM:SS' (possibly followed by ' (+1)') -> hours, the day suffix dropped."""
    hms = s.split()[0].split(':')
    return int(hms[0]) + int(hms[1]) / 60.0 + float(hms[2]) / 3600.0


def near(h, ref):
    """h + 24 k nearest to ref."""
    return h + 24.0 * round((ref - h) / 24.0)


def pairs():
    with open(os.path.join(DATA, 'panchang_days.csv')) as f:
        rows = [line for line in f if not line.startswith('#')]
    for r in csv.DictReader(rows):
        yield int(r['pair']), r['date'], r['zone'], float(r['lat']), float(r['lon'])


def main():
    import jhora  # noqa: F401  (prints its banner once)
    from jhora.panchanga import drik
    from jhora import utils

    def call(f, *a):
        drik.set_ayanamsa_mode('LAHIRI')
        return f(*a)

    out = []
    n = 0
    for pair, date, zone, lat, lon in pairs():
        ymd = tuple(int(x) for x in date.split('-'))
        tz = zoneinfo.ZoneInfo(zone)
        off = datetime.datetime(*ymd, 12, tzinfo=tz).utcoffset().total_seconds() / 3600.0
        base = swe.julday(*ymd, 0.0)
        p = drik.Place(zone, lat, lon, off, 0.0)
        jd = utils.julian_day_number(ymd, (12, 0, 0))

        def ut(h):
            return base + (h - off) / 24.0

        def row(kind, index, name, a, b):
            out.append((pair, kind, index, name, ut(a), ut(b)))

        sr = call(drik.sunrise, jd, p)[0]
        ss = call(drik.sunset, jd, p)[0]
        nsr = call(drik.sunrise, jd + 1, p)[0] + 24.0
        pss = call(drik.sunset, jd - 1, p)[0] - 24.0
        vara = call(drik.vaara, jd, p)
        mid_day, mid_night = 0.5 * (sr + ss), 0.5 * (ss + nsr)
        row('day', 0, DAYS[vara], sr, ss)
        row('night', 0, '', ss, nsr)
        row('prev_night', 0, '', pss, sr)
        for kind, f in (('rahu_kalam', drik.raahu_kaalam), ('yamaganda', drik.yamaganda_kaalam),
                        ('gulika_kalam', drik.gulikai_kaalam), ('abhijit', drik.abhijit_muhurta)):
            a, b = call(f, jd, p)
            row(kind, 0, '', near(hours_of(a), mid_day), near(hours_of(b), mid_day))
        dm = call(drik.durmuhurtam, jd, p)
        for i in range(0, len(dm), 2):
            # Tuesday's second durmuhurta is in the night.
            ref = mid_night if (vara == 2 and i == 2) else mid_day
            row('durmuhurta', i // 2, '', near(hours_of(dm[i]), ref), near(hours_of(dm[i + 1]), ref))
        a, b = call(drik.brahma_muhurtha, jd, p)
        row('brahma_muhurta', 0, '', a, b)
        for kind, f, names, per in (('choghadiya', drik.gauri_choghadiya, CHOGHADIYA, 8),
                                    ('hora', drik.shubha_hora, PLANETS, 12)):
            prev = sr
            for i, (k, a, b) in enumerate(call(f, jd, p)):
                a = near(hours_of(a), prev)
                b = near(hours_of(b), a)
                prev = b
                part = 'day' if i < per else 'night'
                row(f'{kind}_{part}', i % per, names[k], a, b)
        for i, (name, _good, (a, b)) in enumerate(call(drik.muhurthas, jd, p)):
            row('muhurta', i, name, a, b)
        n += 1
        if n % 50 == 0:
            print(n, file=sys.stderr)

    today = datetime.date.today()
    with open(os.path.join(DATA, 'panchang_muhurta_pyjhora.csv'), 'w') as f:
        f.write('# PyJHora 4.8.7 divisions of the day on the pairs of panchang_days.csv (panchang_muhurta_pyjhora.csv)\n'
                f'# generator: tools/panchang/gen_muhurta.py, date {today}; python {sys.version.split()[0]}; '
                f'pyswisseph {swe.version}; PyJHora 4.8.7; zoneinfo with tzdata 2026.6\n'
                '# calls (drik.set_ayanamsa_mode("LAHIRI") before each): place = drik.Place(zone, lat, lon, utc offset at '
                'local noon in hours, 0.0); jd = utils.julian_day_number(date, (12,0,0)) [local time];\n'
                '# kind day = sunrise(jd)[0]..sunset(jd)[0] (name: vaara(jd)); night = sunset(jd)..sunrise(jd+1); '
                'prev_night = sunset(jd-1)..sunrise(jd); rahu_kalam = raahu_kaalam(jd); yamaganda = yamaganda_kaalam(jd); '
                'gulika_kalam = gulikai_kaalam(jd); abhijit = abhijit_muhurta(jd); durmuhurta = durmuhurtam(jd) in pairs; '
                'brahma_muhurta = brahma_muhurtha(jd); choghadiya_day/night = gauri_choghadiya(jd) (name: its type 0-6 '
                'Udveg Char Labh Amrit Kaal Shubh Rog); hora_day/night = shubha_hora(jd) (name: its planet 0-6 Sun Moon '
                'Mars Mercury Jupiter Venus Saturn); muhurta = muhurthas(jd) (its names)\n'
                '# local hours -> UT: swe.julday(date, 0) + (hours - offset) / 24; strings are whole seconds\n')
        f.write('pair,kind,index,name,start_jd_ut,end_jd_ut\n')
        for r in out:
            f.write(','.join(repr(x) if isinstance(x, float) else str(x) for x in r) + '\n')
    print(f'{n} pairs, {len(out)} rows', file=sys.stderr)


if __name__ == '__main__':
    main()
