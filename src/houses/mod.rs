//! House cusps: the ascendant, MC, ARMC, vertex and the twelve cusps of
//! every house system Swiss Ephemeris defines by a formula (24 of them,
//! plus the 36 Gauquelin sectors), tropical or sidereal.
//!
//! [`compute`] is the pure geometry: from the ARMC (local apparent sidereal
//! time as an angle), the geographic latitude and the true obliquity of the
//! ecliptic. [`houses_at`] derives those from an instant and a place exactly
//! as Swiss Ephemeris's `swe_houses_ex` does (ARMC = Greenwich apparent
//! sidereal time + east longitude, obliquity = Vondrák mean + IAU 2000B
//! nutation at TT = UT + ΔT) and, for the Sunshine system, takes the Sun's
//! declination from [`crate::ephemeris`]. [`Houses::to_sidereal`] turns
//! the result into any sidereal zodiac.
//!
//! Every system follows Swiss Ephemeris 2.10's definitions, including its
//! conventions at the edges (see `docs/research/houses.md`):
//!
//! * inside the polar circles (|φ| ≥ 90° − ε) Placidus, Koch and the
//!   Gauquelin sectors are undefined — [`Error::HousesUndefined`], or with
//!   [`HouseOptions::polar_fallback`] Porphyry houses, as Swiss returns;
//! * there the ascendant of the other systems is kept east of the meridian
//!   (turned by 180° when the formula gives the descending point), and
//!   Campanus, Regiomontanus, Savard-A, Topocentric, APC and Sunshine
//!   instead exchange MC and IC when the MC is below the horizon (their
//!   houses then run clockwise);
//! * a latitude of exactly ±90° is evaluated at ±(90° − 10⁻¹⁰°);
//! * in the tropics the vertex is kept west of the meridian.
//!
//! `tests/houses_vs_swiss.rs` compares every system with `swe_houses_ex`
//! (pyswisseph 2.10.3.2) over 1,200 births, tropical and sidereal: within
//! 0.01″ (in practice 1e-4″, 0.009″ for Placidus within 0.01° of a polar
//! circle, where Swiss's own iteration stops short). Sunshine houses from
//! [`houses_at`] use this crate's JPL-fitted Sun, whose declination differs
//! from Swiss's analytic Moshier Sun by up to 0.08″: their cusps differ by
//! up to ~0.1″ at |φ| ≤ 60° and ~1.5″ next to the polar circles, where the
//! house circles graze the ecliptic.

mod circles;
mod ecliptic;
mod equatorial;
mod semiarc;
mod sphere;

use crate::Error;
use crate::error::check_range;
use crate::time::JulianDayUt;
use sphere::{Sky, diff, norm, opp};

/// A house system. Names are stable snake_case (`placidus`, `whole_sign`, …).
///
/// Each variant names the Swiss Ephemeris letter it reproduces
/// ([`HouseSystem::swiss_code`]); the definitions are summarised in
/// `docs/research/houses.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum HouseSystem {
    /// Placidus (semi-arc): each cusp has covered a third or two thirds of
    /// its own diurnal or nocturnal semi-arc. Swiss 'P'. Undefined inside
    /// the polar circles.
    Placidus,
    /// Koch (birthplace, GOH): ascendants at thirds of the MC degree's
    /// semi-arc. Swiss 'K'. Undefined inside the polar circles.
    Koch,
    /// Porphyry: each quadrant of the ecliptic trisected. Swiss 'O'.
    Porphyry,
    /// Sripati: Porphyry's cusps taken as the bhava madhyas (house middles),
    /// the cusps (sandhis) halfway between. Swiss 'S'.
    Sripati,
    /// Equal houses of 30° from the ascendant. Swiss 'A'/'E'.
    Equal,
    /// Equal houses from the MC (cusp 10 = MC). Swiss 'D'.
    EqualMc,
    /// Whole-sign houses: the ascendant's sign is the first house. Swiss 'W'.
    WholeSign,
    /// Vedic equal houses: the ascendant (lagna) is the middle (bhava
    /// madhya) of the first house, cusps 15° before each equal-house cusp —
    /// the same cusps as Swiss 'V' (Vehlow).
    #[doc(alias = "bhava")]
    VedicEqual,
    /// Campanus: the prime vertical divided into twelve. Swiss 'C'.
    Campanus,
    /// Regiomontanus: the celestial equator divided into twelve, position
    /// circles through the north and south points. Swiss 'R'.
    Regiomontanus,
    /// Alcabitius: the ascendant's semi-arcs trisected on the equator.
    /// Swiss 'B'.
    #[doc(alias = "alcabitus")]
    Alcabitius,
    /// Morinus: the equator divided from the ARMC, projected along circles
    /// of ecliptic latitude. Swiss 'M'.
    Morinus,
    /// Topocentric (Polich–Page): pole heights tan f = k·tan φ / 3.
    /// Swiss 'T'.
    #[doc(alias = "polich_page")]
    Topocentric,
    /// Meridian (axial rotation, Zariel): the equator divided from the ARMC,
    /// projected along hour circles. Swiss 'X'.
    Meridian,
    /// Horizontal (azimuthal): the horizon divided into twelve from the
    /// east point. Swiss 'H'.
    Horizontal,
    /// Krusinski–Pisa–Goelzer: the great circle through the ascendant and
    /// the zenith divided into twelve. Swiss 'U'.
    KrusinskiPisa,
    /// Vehlow equal houses: the ascendant in the middle of the first house.
    /// Swiss 'V' (the same cusps as [`HouseSystem::VedicEqual`]).
    Vehlow,
    /// Carter poli-equatorial: the equator divided from the ascendant's
    /// right ascension. Swiss 'F'.
    Carter,
    /// APC houses (Knegt): the ascendant's parallel of declination divided
    /// into twelve. Swiss 'Y'.
    Apc,
    /// Sunshine (Makransky): the Sun's semi-arcs trisected, position circles
    /// through the north and south points. Swiss 'I'. Needs the Sun's
    /// declination ([`HouseOptions::sun_declination_deg`], or
    /// [`houses_at`] takes it from the ephemeris).
    Sunshine,
    /// Savard-A (Albategnius after Savard): the prime vertical cut by the
    /// parallels of declination φ/3 and 2φ/3. Swiss 'J'.
    SavardA,
    /// Pullen sinusoidal delta ("neo-Porphyry"). Swiss 'L'.
    PullenSd,
    /// Pullen sinusoidal ratio. Swiss 'Q'.
    PullenSr,
    /// Gauquelin sectors: 36 sectors at ninths of the semi-arcs, numbered
    /// clockwise from the ascendant. Swiss 'G'. In [`Houses`] the twelve
    /// cusps are the sectors that fall on house cusps (1, 34, 31, …, 4: the
    /// Placidus cusps); [`gauquelin_sectors`] gives all 36. Undefined inside
    /// the polar circles.
    Gauquelin,
}

impl HouseSystem {
    /// Every system.
    pub const ALL: [HouseSystem; 24] = {
        use HouseSystem::*;
        [
            Placidus,
            Koch,
            Porphyry,
            Sripati,
            Equal,
            EqualMc,
            WholeSign,
            VedicEqual,
            Campanus,
            Regiomontanus,
            Alcabitius,
            Morinus,
            Topocentric,
            Meridian,
            Horizontal,
            KrusinskiPisa,
            Vehlow,
            Carter,
            Apc,
            Sunshine,
            SavardA,
            PullenSd,
            PullenSr,
            Gauquelin,
        ]
    };

    /// 0-based position in [`HouseSystem::ALL`].
    #[inline]
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Stable snake_case name.
    pub const fn name(self) -> &'static str {
        use HouseSystem::*;
        match self {
            Placidus => "placidus",
            Koch => "koch",
            Porphyry => "porphyry",
            Sripati => "sripati",
            Equal => "equal",
            EqualMc => "equal_mc",
            WholeSign => "whole_sign",
            VedicEqual => "vedic_equal",
            Campanus => "campanus",
            Regiomontanus => "regiomontanus",
            Alcabitius => "alcabitius",
            Morinus => "morinus",
            Topocentric => "topocentric",
            Meridian => "meridian",
            Horizontal => "horizontal",
            KrusinskiPisa => "krusinski_pisa",
            Vehlow => "vehlow",
            Carter => "carter",
            Apc => "apc",
            Sunshine => "sunshine",
            SavardA => "savard_a",
            PullenSd => "pullen_sd",
            PullenSr => "pullen_sr",
            Gauquelin => "gauquelin",
        }
    }

    /// The Swiss Ephemeris `hsys` letter whose cusps this system
    /// reproduces (`'E'` for [`HouseSystem::Equal`], which Swiss also calls
    /// `'A'`; `'V'` for both [`HouseSystem::Vehlow`] and
    /// [`HouseSystem::VedicEqual`]).
    ///
    /// ```
    /// use jyotish::HouseSystem;
    /// assert_eq!(HouseSystem::Placidus.swiss_code(), 'P');
    /// assert_eq!(HouseSystem::WholeSign.swiss_code(), 'W');
    /// ```
    pub const fn swiss_code(self) -> char {
        use HouseSystem::*;
        match self {
            Placidus => 'P',
            Koch => 'K',
            Porphyry => 'O',
            Sripati => 'S',
            Equal => 'E',
            EqualMc => 'D',
            WholeSign => 'W',
            VedicEqual | Vehlow => 'V',
            Campanus => 'C',
            Regiomontanus => 'R',
            Alcabitius => 'B',
            Morinus => 'M',
            Topocentric => 'T',
            Meridian => 'X',
            Horizontal => 'H',
            KrusinskiPisa => 'U',
            Carter => 'F',
            Apc => 'Y',
            Sunshine => 'I',
            SavardA => 'J',
            PullenSd => 'L',
            PullenSr => 'Q',
            Gauquelin => 'G',
        }
    }

    /// Whether the system is undefined inside the polar circles (Placidus,
    /// Koch, Gauquelin).
    pub const fn undefined_in_polar_circles(self) -> bool {
        matches!(
            self,
            HouseSystem::Placidus | HouseSystem::Koch | HouseSystem::Gauquelin
        )
    }

    /// The system with a snake_case name (case-insensitive, `-` or space for `_`).
    ///
    /// ```
    /// use jyotish::HouseSystem;
    /// assert_eq!(HouseSystem::from_name("Whole Sign")?, HouseSystem::WholeSign);
    /// assert!(HouseSystem::from_name("placidian").is_err());
    /// # Ok::<(), jyotish::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::UnknownName`] listing the accepted names.
    pub fn from_name(name: &str) -> Result<HouseSystem, Error> {
        crate::enums::find_by_name(
            "house system",
            name,
            &HouseSystem::ALL,
            HouseSystem::name,
            crate::enums::snake_key,
        )
    }
}

impl core::fmt::Display for HouseSystem {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}

impl core::str::FromStr for HouseSystem {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        HouseSystem::from_name(s)
    }
}

/// The angles of the chart and the twelve house cusps, in degrees `[0, 360)`.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Houses {
    /// The system these cusps follow: the one asked for, or
    /// [`HouseSystem::Porphyry`] when [`HouseOptions::polar_fallback`]
    /// replaced a system that is undefined at the latitude.
    pub system: HouseSystem,
    /// Cusps of houses 1–12 (index 0 = first house), degrees. Cusp 1 is
    /// the ascendant and cusp 10 the MC in the quadrant systems; see
    /// [`HouseSystem`] for the others.
    pub cusps: [f64; 12],
    /// Ascendant (lagna), degrees: the ecliptic's rising point in the
    /// east. Inside the polar circles Swiss's rule keeps it east of the
    /// meridian (and for Campanus, Regiomontanus, Savard-A, Topocentric,
    /// APC and Sunshine moves it with the MC).
    pub ascendant: f64,
    /// Midheaven (MC), degrees: the ecliptic point on the upper meridian
    /// (or the lower one, for the systems above, when inside a polar
    /// circle the upper one is below the horizon).
    pub mc: f64,
    /// Right ascension of the MC (ARMC = local apparent sidereal time),
    /// degrees.
    pub armc: f64,
    /// Vertex, degrees: the ecliptic point due west on the prime vertical
    /// (in the tropics, of the two, the one west of the meridian).
    pub vertex: f64,
    /// Equatorial ascendant ("east point"), degrees: the ecliptic point
    /// with right ascension ARMC + 90°.
    pub equatorial_ascendant: f64,
}

impl Houses {
    /// The same houses in a sidereal zodiac: every longitude less the true
    /// ayanamsa (mean + Δψ), as Swiss Ephemeris's `SEFLG_SIDEREAL` does;
    /// the ARMC is unchanged. Whole-sign cusps are the sidereal sign starts
    /// of the (sidereal) equal-house cusps, i.e. the signs from the
    /// sidereal ascendant's sign.
    ///
    /// ```
    /// use jyotish::houses::{compute, HouseOptions, HouseSystem};
    /// let trop = compute(HouseSystem::WholeSign, 123.45, 28.6139, 23.4367, &HouseOptions::default())?;
    /// assert_eq!(trop.cusps[0], 180.0); // ascendant 209.29° = 29°17′ Libra
    /// let sid = trop.to_sidereal(23.86); // Lahiri ~2000
    /// assert_eq!(sid.cusps[0], 180.0); // 185.43°: still Libra
    /// assert!((sid.ascendant - (trop.ascendant - 23.86)).abs() < 1e-12);
    /// # Ok::<(), jyotish::Error>(())
    /// ```
    pub fn to_sidereal(&self, true_ayanamsa_deg: f64) -> Houses {
        let s = |x: f64| norm(x - true_ayanamsa_deg);
        let mut out = *self;
        out.cusps = self.cusps.map(s);
        out.ascendant = s(self.ascendant);
        out.mc = s(self.mc);
        out.vertex = s(self.vertex);
        out.equatorial_ascendant = s(self.equatorial_ascendant);
        if self.system == HouseSystem::WholeSign {
            // Swiss computes equal houses, subtracts the ayanamsa and floors
            // each cusp to its sign.
            for (i, c) in out.cusps.iter_mut().enumerate() {
                *c = ecliptic::sign_start(s(norm(self.ascendant + 30.0 * i as f64)));
            }
        }
        out
    }
}

/// Choices for [`compute`] and [`houses_at`]. The default asks for no
/// fallback and no Sun declination.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct HouseOptions {
    /// Where the system is undefined (Placidus, Koch and Gauquelin inside
    /// the polar circles; Sunshine in the rare configuration where a
    /// division point falls on the north or south point), return Porphyry
    /// houses, as Swiss Ephemeris does, instead of
    /// [`Error::HousesUndefined`]. [`Houses::system`] then says
    /// [`HouseSystem::Porphyry`].
    pub polar_fallback: bool,
    /// The Sun's apparent declination, degrees (true equator of date), for
    /// [`HouseSystem::Sunshine`]. [`compute`] requires it for that system;
    /// [`houses_at`] computes it from the ephemeris when it is `None`.
    pub sun_declination_deg: Option<f64>,
}

/// The angles and cusps of one house system, from the ARMC, the latitude
/// and the true obliquity. Tropical; see [`Houses::to_sidereal`].
///
/// * `armc_deg`: right ascension of the MC (local apparent sidereal time ×
///   15), degrees, any finite value;
/// * `latitude_deg`: geographic latitude, degrees, north positive, in
///   [−90, 90] (±90 evaluated at ±(90 − 10⁻¹⁰));
/// * `true_obliquity_deg`: true obliquity of the ecliptic ε (mean +
///   nutation), degrees, in [0, 45];
/// * `options`: the polar fallback, and the Sun's declination for
///   Sunshine houses.
///
/// ```
/// use jyotish::houses::{compute, HouseOptions, HouseSystem};
/// let opts = HouseOptions::default();
/// // ARMC 123.45°, New Delhi, ε = 23.4367° (Swiss swe_houses_armc agrees to 1e-6°).
/// let h = compute(HouseSystem::Placidus, 123.45, 28.6139, 23.4367, &opts)?;
/// assert!((h.ascendant - 209.293_364).abs() < 1e-6);
/// assert!((h.mc - 121.221_28).abs() < 1e-6);
/// assert!((h.cusps[10] - 153.414_892).abs() < 1e-6); // 11th cusp
/// assert!((h.vertex - 86.216_275).abs() < 1e-6);
///
/// // Placidus is undefined at 70° N: an error, or Porphyry if asked.
/// let polar = compute(HouseSystem::Placidus, 123.45, 70.0, 23.4367, &opts);
/// assert!(matches!(polar, Err(jyotish::Error::HousesUndefined { .. })));
/// let fallback = HouseOptions { polar_fallback: true, ..opts };
/// let h = compute(HouseSystem::Placidus, 123.45, 70.0, 23.4367, &fallback)?;
/// assert_eq!(h.system, HouseSystem::Porphyry);
/// assert!((h.cusps[1] - 231.421_36).abs() < 1e-5);
///
/// // Sunshine needs the Sun's declination.
/// assert!(compute(HouseSystem::Sunshine, 123.45, 28.6139, 23.4367, &opts).is_err());
/// let sun = HouseOptions { sun_declination_deg: Some(-20.0), ..opts };
/// let h = compute(HouseSystem::Sunshine, 123.45, 28.6139, 23.4367, &sun)?;
/// assert!((h.cusps[1] - 238.194_544).abs() < 1e-6);
/// # Ok::<(), jyotish::Error>(())
/// ```
///
/// # Errors
/// * [`Error::NotFinite`] / [`Error::OutOfRange`] for an ARMC that is not
///   finite, a latitude outside [−90, 90] or an obliquity outside [0, 45];
///   for Sunshine, a missing Sun declination ([`Error::NotFinite`]) or one
///   beyond ±(ε + 1°);
/// * [`Error::HousesUndefined`] where the system is undefined (see
///   [`HouseOptions::polar_fallback`]).
///
/// # References
/// Swiss Ephemeris 2.10 documentation §6 (house systems) and its
/// `swehouse.c`, whose results these reproduce; M. P. Munkasey, *An
/// Astrological House Formulary* (NCGR); R. W. Holden, *The Elements of
/// House Division* (Fowler, 1977); B. Makransky, *Primary Directions*
/// (1988) for Sunshine houses. See `docs/research/houses.md`.
pub fn compute(
    system: HouseSystem,
    armc_deg: f64,
    latitude_deg: f64,
    true_obliquity_deg: f64,
    options: &HouseOptions,
) -> Result<Houses, Error> {
    let sky = validated_sky(armc_deg, latitude_deg, true_obliquity_deg)?;
    let sun_dec = if system == HouseSystem::Sunshine {
        let dec = options.sun_declination_deg.ok_or(Error::NotFinite {
            what: "Sun's declination (HouseOptions::sun_declination_deg, needed by sunshine houses)",
        })?;
        let lim = true_obliquity_deg + 1.0;
        check_range("Sun's declination (degrees)", dec, -lim, lim)?
    } else {
        0.0
    };
    let raw = Raw {
        asc: sky.ascendant(),
        mc: sky.midheaven(),
    };
    match cusps_for(system, &sky, raw, sun_dec) {
        Some(out) => Ok(finish(system, &sky, out)),
        None if options.polar_fallback => Ok(finish(HouseSystem::Porphyry, &sky, porphyry(raw))),
        None => Err(Error::HousesUndefined {
            system: system.name(),
            latitude_deg,
            max_latitude_deg: if system == HouseSystem::Sunshine {
                90.0 - sun_dec.abs()
            } else {
                90.0 - true_obliquity_deg
            },
        }),
    }
}

/// House cusps for an instant and a place, as Swiss Ephemeris's
/// `swe_houses_ex` computes them (tropical; see [`Houses::to_sidereal`]).
///
/// * TT = UT + ΔT (the default [`crate::DeltaT`] model);
/// * the true obliquity ε = ε_A + Δε (Vondrák 2011 + IAU 2000B,
///   [`crate::Nutation`]);
/// * ARMC = Greenwich apparent sidereal time
///   ([`crate::apparent_sidereal_time_deg`]) plus the east longitude;
/// * for [`HouseSystem::Sunshine`] without
///   [`HouseOptions::sun_declination_deg`], the Sun's apparent declination
///   from [`crate::ephemeris`] (JPL-fitted). Swiss uses its analytic Moshier
///   Sun there, 0.08″ away at most; that moves Sunshine cusps by up to
///   0.1″ at |φ| ≤ 60° and up to ~1.5″ near the polar circles.
///
/// Arguments:
///
/// * `latitude_deg`: geographic latitude, degrees, north positive, [−90, 90];
/// * `longitude_deg`: geographic longitude, degrees, **east** positive,
///   [−180, 180].
///
/// ```
/// use jyotish::JulianDayUt;
/// use jyotish::houses::{houses_at, HouseOptions, HouseSystem};
/// // 1990-01-15 09:00 UT, New Delhi (28.6139° N, 77.209° E).
/// let ut = JulianDayUt::new(2_447_906.875)?;
/// let h = houses_at(HouseSystem::Placidus, ut, 28.6139, 77.209, &HouseOptions::default())?;
/// // swe_houses_ex: Asc 71.134145°, MC 324.464908°, ARMC 326.76452°.
/// assert!((h.ascendant - 71.134_145).abs() < 1e-6);
/// assert!((h.mc - 324.464_908).abs() < 1e-6);
/// assert!((h.armc - 326.764_52).abs() < 1e-6);
/// // Lahiri whole signs: the sidereal ascendant 47.41° is in Taurus.
/// let aya = jyotish::Ayanamsa::Lahiri.at(ut.to_tt()).true_degrees;
/// let w = houses_at(HouseSystem::WholeSign, ut, 28.6139, 77.209, &HouseOptions::default())?;
/// assert_eq!(w.to_sidereal(aya).cusps[0], 30.0);
/// assert!(houses_at(HouseSystem::Placidus, ut, 28.6139, 200.0, &HouseOptions::default()).is_err());
/// # Ok::<(), jyotish::Error>(())
/// ```
///
/// # Errors
/// * [`Error::NotFinite`] / [`Error::OutOfRange`] for a latitude outside
///   [−90, 90] or a longitude outside [−180, 180];
/// * [`Error::HousesUndefined`] as [`compute`];
/// * [`Error::OutsideEphemeris`] for Sunshine houses outside 1600–2200
///   when no Sun declination is given.
///
/// # References
/// As [`compute`]; `docs/research/se-conventions.md` §5–6 for the sidereal
/// time and obliquity.
pub fn houses_at(
    system: HouseSystem,
    ut: JulianDayUt,
    latitude_deg: f64,
    longitude_deg: f64,
    options: &HouseOptions,
) -> Result<Houses, Error> {
    let tt = ut.to_tt();
    houses_at_with(
        system,
        ut,
        &crate::Nutation::at(tt),
        latitude_deg,
        longitude_deg,
        options,
    )
}

/// As [`houses_at`] with the nutation at TT (default Delta T) already
/// computed, so a chart evaluates it once.
pub(crate) fn houses_at_with(
    system: HouseSystem,
    ut: JulianDayUt,
    nutation: &crate::Nutation,
    latitude_deg: f64,
    longitude_deg: f64,
    options: &HouseOptions,
) -> Result<Houses, Error> {
    let armc = armc_at(ut, nutation, latitude_deg, longitude_deg)?;
    houses_at_armc(system, ut, nutation, armc, latitude_deg, options)
}

/// The ARMC (degrees) at `ut` for a place, with the nutation at TT already
/// computed: what [`houses_at_with`] needs before the system, so that a
/// chart with two systems computes it once.
pub(crate) fn armc_at(
    ut: JulianDayUt,
    nutation: &crate::Nutation,
    latitude_deg: f64,
    longitude_deg: f64,
) -> Result<f64, Error> {
    check_range("latitude (degrees)", latitude_deg, -90.0, 90.0)?;
    check_range("longitude (degrees)", longitude_deg, -180.0, 180.0)?;
    Ok(crate::math::norm_deg(
        crate::time::apparent_sidereal_time_with(ut, ut.to_tt(), nutation) + longitude_deg,
    ))
}

/// As [`houses_at_with`] with the ARMC from [`armc_at`].
pub(crate) fn houses_at_armc(
    system: HouseSystem,
    ut: JulianDayUt,
    nutation: &crate::Nutation,
    armc_deg: f64,
    latitude_deg: f64,
    options: &HouseOptions,
) -> Result<Houses, Error> {
    let eps = nutation.true_obliquity_deg();
    let mut opts = *options;
    if system == HouseSystem::Sunshine && opts.sun_declination_deg.is_none() {
        opts.sun_declination_deg = Some(sun_declination_deg(ut.to_tt(), eps)?);
    }
    compute(system, armc_deg, latitude_deg, eps, &opts)
}

/// The Sun's apparent declination (true equator of date), degrees, from
/// the ephemeris's apparent ecliptic longitude and latitude and the true
/// obliquity: sin δ = sin β cos ε + cos β sin ε sin λ.
fn sun_declination_deg(tt: crate::JulianDayTt, eps_deg: f64) -> Result<f64, Error> {
    use crate::math::{DEG_TO_RAD, sin_cos};
    let sun = crate::ephemeris::position(crate::Body::Sun, tt)?;
    let (sl, _) = sin_cos(sun.longitude * DEG_TO_RAD);
    let (sb, cb) = sin_cos(sun.latitude * DEG_TO_RAD);
    let (se, ce) = sin_cos(eps_deg * DEG_TO_RAD);
    Ok(sphere::trig::asin(sb * ce + cb * se * sl) / DEG_TO_RAD)
}

/// The 36 Gauquelin sectors, degrees: index 0 is sector 1 (the
/// ascendant), numbered clockwise — with the diurnal motion — so that
/// sector 10 is the MC, 19 the descendant and 28 the IC. Sectors 1–9 and
/// 28–36 are at ninths of the diurnal and nocturnal semi-arcs, as Placidus
/// houses are at thirds; sector k + 18 is opposite sector k. Arguments as
/// [`compute`].
///
/// ```
/// use jyotish::houses::gauquelin_sectors;
/// let s = gauquelin_sectors(123.45, 28.6139, 23.4367)?;
/// assert!((s[0] - 209.293_364).abs() < 1e-6); // ascendant
/// assert!((s[1] - 201.038_139).abs() < 1e-6);
/// assert!((s[9] - 121.221_28).abs() < 1e-6); // MC
/// assert!(gauquelin_sectors(123.45, 70.0, 23.4367).is_err());
/// # Ok::<(), jyotish::Error>(())
/// ```
///
/// # Errors
/// As [`compute`]; [`Error::HousesUndefined`] inside the polar circles
/// (Swiss then gives only twelve Porphyry cusps; use [`compute`] with
/// [`HouseOptions::polar_fallback`] for those).
///
/// # References
/// M. Gauquelin, *Méthodes pour étudier la répartition des astres
/// dans le mouvement diurne* (1957); Swiss Ephemeris documentation §6.2.12.
pub fn gauquelin_sectors(
    armc_deg: f64,
    latitude_deg: f64,
    true_obliquity_deg: f64,
) -> Result<[f64; 36], Error> {
    let sky = validated_sky(armc_deg, latitude_deg, true_obliquity_deg)?;
    if sky.is_polar() {
        return Err(Error::HousesUndefined {
            system: HouseSystem::Gauquelin.name(),
            latitude_deg,
            max_latitude_deg: 90.0 - true_obliquity_deg,
        });
    }
    Ok(semiarc::gauquelin(&sky, sky.ascendant(), sky.midheaven()))
}

fn validated_sky(armc_deg: f64, latitude_deg: f64, eps_deg: f64) -> Result<Sky, Error> {
    if !armc_deg.is_finite() {
        return Err(Error::NotFinite {
            what: "ARMC (degrees)",
        });
    }
    check_range("latitude (degrees)", latitude_deg, -90.0, 90.0)?;
    check_range("true obliquity (degrees)", eps_deg, 0.0, 45.0)?;
    Ok(Sky::new(norm(armc_deg), latitude_deg, eps_deg))
}

/// The two angles as the ascendant formula and the MC formula give them,
/// before any system's polar rule.
#[derive(Debug, Clone, Copy)]
struct Raw {
    asc: f64,
    mc: f64,
}

impl Raw {
    /// Whether the ascendant formula gave the setting point (the ascendant
    /// precedes the MC in the zodiac), which happens only inside the polar
    /// circles.
    #[inline]
    fn asc_is_west(&self) -> bool {
        diff(self.asc, self.mc) < 0.0
    }

    /// The angles with the ascendant turned east of the meridian (Swiss's
    /// rule for every system that keeps the MC).
    #[inline]
    fn eastern_asc(self) -> Raw {
        if self.asc_is_west() {
            Raw {
                asc: opp(self.asc),
                mc: self.mc,
            }
        } else {
            self
        }
    }

    /// Both angles turned by 180° (MC and IC exchanged).
    #[inline]
    fn turned(self) -> Raw {
        Raw {
            asc: opp(self.asc),
            mc: opp(self.mc),
        }
    }
}

/// Cusps and final angles of one system.
struct Out {
    cusps: [f64; 12],
    asc: f64,
    mc: f64,
}

/// Cusps 4–9 as the opposites of 10–12 and 1–3.
fn fill_opposites(c: &mut [f64; 12]) {
    for i in 0..3 {
        c[i + 3] = opp(c[i + 9]);
        c[i + 6] = opp(c[i]);
    }
}

/// Cusps 1–3 and 10–12 turned by 180°.
fn turn_quadrant_cusps(c: &mut [f64; 12]) {
    for i in [0, 1, 2, 9, 10, 11] {
        c[i] = opp(c[i]);
    }
}

/// One system's cusps; `None` where it is undefined.
fn cusps_for(system: HouseSystem, sky: &Sky, raw: Raw, sun_dec_deg: f64) -> Option<Out> {
    use HouseSystem::*;
    let mut c = [0.0; 12];
    let east = raw.eastern_asc();
    let out = |c: [f64; 12], r: Raw| Out {
        cusps: c,
        asc: r.asc,
        mc: r.mc,
    };
    Some(match system {
        Placidus | Koch | Gauquelin if sky.is_polar() => return None,
        // Gauquelin's sectors 1, 34, 31, …, 4 (house n + 1 on sector
        // 1 − 3n mod 36) are at thirds of the semi-arcs: the Placidus cusps.
        Placidus | Gauquelin | Koch => {
            (c[0], c[9]) = (raw.asc, raw.mc);
            if system == Koch {
                semiarc::koch(sky, raw.mc, &mut c);
            } else {
                semiarc::placidus(sky, &mut c);
            }
            fill_opposites(&mut c);
            out(c, raw)
        }
        Porphyry => porphyry(raw),
        Sripati | PullenSd | PullenSr => {
            match system {
                Sripati => ecliptic::sripati(&east, &mut c),
                PullenSd => ecliptic::pullen_sd(&east, &mut c),
                _ => ecliptic::pullen_sr(&east, &mut c),
            }
            fill_opposites(&mut c);
            out(c, east)
        }
        Equal => out(ecliptic::equal(&east), east),
        EqualMc => out(ecliptic::equal_mc(&east), east),
        WholeSign => out(ecliptic::whole_sign(&east), east),
        VedicEqual | Vehlow => out(ecliptic::vehlow(&east), east),
        Campanus | Regiomontanus | SavardA | Topocentric => {
            (c[0], c[9]) = (raw.asc, raw.mc);
            match system {
                Campanus => circles::campanus(sky, &mut c),
                Regiomontanus => circles::regiomontanus(sky, &mut c),
                SavardA => circles::savard_a(sky, &mut c),
                _ => circles::topocentric(sky, &mut c),
            }
            let mut r = raw;
            // Inside a polar circle with the MC below the horizon the
            // geometric definition puts the MC at the IC and the houses run
            // clockwise.
            if sky.is_polar() && raw.asc_is_west() {
                r = raw.turned();
                turn_quadrant_cusps(&mut c);
            }
            fill_opposites(&mut c);
            out(c, r)
        }
        Horizontal => {
            circles::horizontal(sky, &raw, &mut c);
            fill_opposites(&mut c);
            out(c, east)
        }
        KrusinskiPisa => {
            circles::krusinski(sky, &east, &mut c);
            fill_opposites(&mut c);
            out(c, east)
        }
        Alcabitius | Carter => {
            if system == Alcabitius {
                equatorial::alcabitius(sky, &east, &mut c);
            } else {
                equatorial::carter(sky, &east, &mut c);
            }
            fill_opposites(&mut c);
            out(c, east)
        }
        Meridian | Morinus => {
            if system == Meridian {
                equatorial::meridian(sky, &raw, &mut c);
            } else {
                equatorial::morinus(sky, &mut c);
            }
            fill_opposites(&mut c);
            out(c, east)
        }
        Apc => {
            circles::apc(sky, &mut c);
            (c[9], c[3]) = (raw.mc, opp(raw.mc));
            if sky.is_polar() && raw.asc_is_west() {
                c = c.map(opp);
                out(c, raw.turned())
            } else {
                out(c, raw)
            }
        }
        Sunshine => {
            let r = if raw.asc_is_west() { raw.turned() } else { raw };
            (c[0], c[3], c[6], c[9]) = (r.asc, opp(r.mc), opp(r.asc), r.mc);
            if !circles::sunshine(sky, sun_dec_deg, &mut c) {
                return None;
            }
            // MC below the horizon (|φ − δ_MC| > 90°): the circles' far
            // intersections, keeping the houses in the order of the
            // exchanged MC and IC.
            let mc_dec = sphere::trig::atan(sky.th.s * sky.te) / crate::math::DEG_TO_RAD;
            if (sky.lat_deg - mc_dec).abs() > 90.0 {
                for i in [1, 2, 4, 5, 7, 8, 10, 11] {
                    c[i] = opp(c[i]);
                }
            }
            out(c, r)
        }
    })
}

/// Porphyry houses (also the fallback where a system is undefined).
fn porphyry(raw: Raw) -> Out {
    let east = raw.eastern_asc();
    let mut c = [0.0; 12];
    ecliptic::porphyry(&east, &mut c);
    fill_opposites(&mut c);
    Out {
        cusps: c,
        asc: east.asc,
        mc: east.mc,
    }
}

/// Adds the system-independent points.
fn finish(system: HouseSystem, sky: &Sky, out: Out) -> Houses {
    Houses {
        system,
        cusps: out.cusps,
        ascendant: out.asc,
        mc: out.mc,
        armc: sky.armc_deg,
        vertex: vertex(sky, out.mc),
        equatorial_ascendant: sky.ra_to_lon(sky.th.plus90()),
    }
}

/// The vertex: the western intersection of the prime vertical and the
/// ecliptic — the oblique ascendant of ARMC − 90° under the pole
/// ±90° − φ (the prime vertical is the horizon of the co-latitude). In
/// the tropics (|φ| ≤ ε) the formula can give the eastern point; Swiss then
/// takes the one west of the meridian.
fn vertex(sky: &Sky, mc: f64) -> f64 {
    let (cos_f, sin_f) = if sky.lat_deg >= 0.0 {
        (sky.sp, sky.cp)
    } else {
        (-sky.sp, -sky.cp)
    };
    let v = sky.oblique_asc(sky.th.minus90(), cos_f, sin_f);
    if sky.lat_deg.abs() <= sky.eps_deg && diff(v, mc) > 0.0 {
        opp(v)
    } else {
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_codes_are_swiss_letters() {
        for h in HouseSystem::ALL {
            assert_eq!(HouseSystem::from_name(h.name()).unwrap(), h);
            assert_eq!(HouseSystem::ALL[h.index()], h);
            assert!("PKOSEDWVCRBMTXHUFYIJLQG".contains(h.swiss_code()));
        }
        let e = HouseSystem::from_name("placidian").unwrap_err();
        assert!(e.to_string().contains("whole_sign"));
    }

    #[test]
    fn input_is_validated() {
        let o = HouseOptions::default();
        let p = HouseSystem::Porphyry;
        assert!(compute(p, f64::NAN, 0.0, 23.4, &o).is_err());
        assert!(compute(p, f64::INFINITY, 0.0, 23.4, &o).is_err());
        assert!(compute(p, 0.0, 90.000_001, 23.4, &o).is_err());
        assert!(compute(p, 0.0, 10.0, -1.0, &o).is_err());
        assert!(compute(p, 0.0, 10.0, 45.1, &o).is_err());
        assert!(compute(p, 1e300, 10.0, 23.4, &o).is_ok());
        let sun = HouseOptions {
            sun_declination_deg: Some(30.0),
            ..o
        };
        assert!(compute(HouseSystem::Sunshine, 0.0, 10.0, 23.4, &sun).is_err());
    }

    /// The ascendant is on the horizon (its direction is perpendicular to
    /// the zenith) and the MC on the meridian.
    #[test]
    fn ascendant_on_horizon_mc_on_meridian() {
        use crate::math::DEG_TO_RAD;
        for (armc, lat) in [(0.0, 0.0), (123.4, 51.5), (300.0, -33.9), (89.9, 66.0)] {
            let h = compute(
                HouseSystem::Equal,
                armc,
                lat,
                23.44,
                &HouseOptions::default(),
            )
            .unwrap();
            let (se, ce) = (23.44f64 * DEG_TO_RAD).sin_cos();
            let l = h.ascendant * DEG_TO_RAD;
            let a = [l.cos(), l.sin() * ce, l.sin() * se];
            let (t, p) = (armc * DEG_TO_RAD, lat * DEG_TO_RAD);
            let z = [p.cos() * t.cos(), p.cos() * t.sin(), p.sin()];
            let dot: f64 = a.iter().zip(z).map(|(x, y)| x * y).sum();
            assert!(dot.abs() < 1e-14, "{armc} {lat}: {dot}");
            let m = h.mc * DEG_TO_RAD;
            let ra = (m.sin() * ce).atan2(m.cos()) / DEG_TO_RAD;
            assert!(diff(ra, armc).abs() < 1e-12);
        }
    }
}
