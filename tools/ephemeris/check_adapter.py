"""Check the old-format adapter (oldformat.py) against the real SPK kernel.

DE421 in old format (PyPI de421) through the adapter vs de421.bsp must agree
to well under 1 mas; DE405 through the adapter vs de421.bsp shows the
ephemeris differences.  20 000 random TT instants 1900-2050."""
import sys, time, warnings
warnings.filterwarnings('ignore')
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy as np
from skyfield.api import load_file, load
from skyfield.framelib import ecliptic_frame
from skyfield_data import get_skyfield_data_path
import de405, de421
from oldformat import OldFormatKernel
ts = load.timescale(builtin=True)
bsp = load_file(get_skyfield_data_path()+'/de421.bsp')
k421 = OldFormatKernel(de421); k405 = OldFormatKernel(de405)

codes = [10, 301, 1, 2, 4, 5, 6, 7, 8, 9]
rng = np.random.default_rng(1)
jd = np.sort(rng.uniform(2415020.5, 2469807.5, 20000))
t = ts.tt_jd(jd)
def app(k, code, t):
    e = k[399].at(t)
    a = e.observe(k[code]).apparent()
    lat, lon, d = a.frame_latlon(ecliptic_frame)
    return lon.degrees, lat.degrees, d.au
for code in codes:
    t0=time.time()
    r = app(bsp, code, t); t1=time.time()
    a = app(k421, code, t); b = app(k405, code, t)
    def diff(x, y):
        dl = ((x[0]-y[0]+180)%360-180)*3.6e6; db=(x[1]-y[1])*3.6e6; dr=(x[2]-y[2])/y[2]
        return '%.4f %.4f %.2e' % (np.abs(dl).max(), np.abs(db).max(), np.abs(dr).max())
    print(code, 'old421-bsp mas:', diff(a, r), ' 405-bsp mas:', diff(b, r), ' t=%.2fs'%(t1-t0))

# OldSeries (whole + fraction) vs jplephem's position_and_velocity (one float)
from oldformat import OldSeries
from jplephem.ephem import Ephemeris
for mod in (de405, de421):
    e = Ephemeris(mod)
    w = np.floor(jd); f = jd - w
    for name in ('earthmoon', 'moon', 'mercury', 'sun', 'pluto'):
        p1, v1 = e.position_and_velocity(name, w, f)
        p2, v2 = OldSeries(e, name).position_and_velocity(w, f)
        print(mod.__name__, name, 'max |dp| km %.2e  |dv| km/d %.2e' % (
            np.abs(p1 - p2).max(), np.abs(v1 - v2).max()))
