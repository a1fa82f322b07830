//! Ayanamsa: the longitude difference between the tropical zodiac (from
//! the vernal equinox) and a sidereal zodiac (fixed to the stars), in every
//! system Swiss Ephemeris 2.10 offers.
//!
//! Two values matter. The **mean** ayanamsa ([`AyanamsaValue::degrees`]) is
//! what `swe_get_ayanamsa_ut` returns: measured from the mean equinox of
//! date. The **true** ayanamsa ([`AyanamsaValue::true_degrees`]) adds the
//! nutation in longitude Δψ; sidereal longitudes are apparent tropical
//! longitudes minus the true ayanamsa, exactly as Swiss Ephemeris's
//! `SEFLG_SIDEREAL` forms them (mean-of-date longitude minus mean ayanamsa).
//!
//! # How each system is defined
//!
//! Epoch systems (all but the star-based ones) fix the ayanamsa to a value
//! `value_deg` at an epoch t₀ and let it grow with precession: the
//! ayanamsa at t is `value_deg` plus the arc, along the ecliptic of t₀,
//! from the mean equinox of t back to the mean equinox of t₀ — Swiss
//! Ephemeris's "precession on the ecliptic of t₀" method, with the Vondrák
//! et al. (2011) precession and obliquity. Five systems were defined with
//! an older precession theory (Newcomb for Fagan/Bradley, Raman,
//! Krishnamurti, Lahiri 1940 and Lahiri ICRC; IAU 1976 for Lahiri) and carry
//! Swiss's constant correction for the change of theory at t₀.
//!
//! Star-based ("true") systems put a star at a fixed sidereal longitude:
//! True Chitra keeps Spica at 180°, True Revati ζ Piscium at 359°50′, True
//! Pushya δ Cancri at 106°, True Mula λ Scorpii at 240°, the galactic-centre
//! systems Sgr A* at 240° (0° Sagittarius) and elsewhere, and the
//! galactic-equator systems the node of the galactic equator. They use the
//! star's apparent place of date without nutation (see `src/ayanamsa/star.rs` for the
//! pipeline and the star data), with the Earth's motion from a compact
//! analytic orbit; they agree with Swiss Ephemeris to a few mas.
//!
//! # References
//! Swiss Ephemeris programmer's documentation, ch. 2.7 ("Sidereal mode
//! calculations") for the definitions and epochs; Vondrák, Capitaine &
//! Wallace (2011), *A&A* 534, A22 for the precession; Lieske et al.
//! (1977) for IAU 1976 precession; Kinoshita (1975) for Newcomb's.

use crate::Error;

mod star;
use crate::math::{ARCSEC_TO_RAD, DEG_TO_RAD, atan2, norm_deg, poly, sin_cos};
use crate::nutation::Nutation;
use crate::precession::{Vec3, centuries, dot, equatorial_frame, mean_obliquity_arcsec};
use crate::time::{DeltaT, JulianDayTt, JulianDayUt};
use alloc::string::ToString;
use star::StarAnchor;

/// An ayanamsa system. Its 0-based [`index`](Ayanamsa::index) is Swiss
/// Ephemeris's `SE_SIDM_*` number; [`name`](Ayanamsa::name) is the stable
/// snake_case name used by the CLI and in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Ayanamsa {
    /// Fagan/Bradley (Western sidereal): SVP 335°57′28.64″ at B1950.
    FaganBradley,
    /// Lahiri (Chitrapaksha), the Indian national standard: 23°15′00.658″ at 1956-03-21 (IAE 1989).
    Lahiri,
    /// De Luce: zero at 1 CE.
    DeLuce,
    /// B. V. Raman: 21°00′52″ at 1900.
    Raman,
    /// Usha/Shashi: 18°39′39″ at 1900.
    UshaShashi,
    /// Krishnamurti (KP): 22°21′50″ at 1900.
    Krishnamurti,
    /// Djwhal Khul (Alice Bailey school): 26°57′47″ at 1900.
    DjwhalKhul,
    /// Sri Yukteshwar (*The Holy Science*): 21°04′56″ at 1900.
    Yukteshwar,
    /// J. N. Bhasin: 21°21′56″ at 1900.
    JnBhasin,
    /// Babylonian, Kugler's first zodiac.
    BabylonianKugler1,
    /// Babylonian, Kugler's second zodiac.
    BabylonianKugler2,
    /// Babylonian, Kugler's third zodiac.
    BabylonianKugler3,
    /// Babylonian, P. Huber.
    BabylonianHuber,
    /// Babylonian, η Piscium as reference star.
    BabylonianEtaPiscium,
    /// Babylonian, Aldebaran at 15° Taurus.
    BabylonianAldebaran,
    /// Hipparchos.
    Hipparchos,
    /// Sassanian (Zij-i Shah).
    Sassanian,
    /// Galactic centre (Sgr A*) at 0° Sagittarius.
    GalacticCenter0Sag,
    /// Zero at J2000.0 (equinox-of-J2000 ecliptic longitudes).
    J2000,
    /// Zero at J1900.0.
    J1900,
    /// Zero at B1950.0.
    B1950,
    /// Surya Siddhanta: zero at its epoch, 499 CE.
    Suryasiddhanta,
    /// Surya Siddhanta, referred to the mean Sun.
    SuryasiddhantaMeanSun,
    /// Aryabhata: zero at 499 CE.
    Aryabhata,
    /// Aryabhata, referred to the mean Sun.
    AryabhataMeanSun,
    /// Surya Siddhanta, with Revati (ζ Psc) at 359°50′ in 499 CE.
    SsRevati,
    /// Surya Siddhanta, with Citra (Spica) at 180° in 499 CE.
    SsCitra,
    /// True Chitra: Spica held at 180° (apparent place of date).
    TrueChitra,
    /// True Revati: ζ Piscium held at 359°50′.
    TrueRevati,
    /// True Pushya (P. V. R. Narasimha Rao; PyJHora's default): δ Cancri held at 106°.
    TruePushya,
    /// Galactic centre at the golden section of Sagittarius (Gil Brand).
    GalacticCenterGilBrand,
    /// Galactic equator (IAU 1958 pole): its node at 0° Sagittarius.
    GalacticEquatorIau1958,
    /// Galactic equator (ICRS pole): its node at 0° Sagittarius.
    GalacticEquator,
    /// Galactic equator with its node in the middle of Mula.
    GalacticEquatorMidMula,
    /// Skydram (R. Mardyks): 30° at 1998-09-23.
    Skydram,
    /// True Mula (Chandra Hari): λ Scorpii held at 240°.
    TrueMula,
    /// Dhruva/galactic centre/mid-Mula (E. Wilhelm): the ecliptic point of Sgr A*'s right ascension at 246°40′.
    DhruvaGalacticCenterMula,
    /// Aryabhata, epoch 522 CE.
    Aryabhata522,
    /// Babylonian, J. P. Britton.
    BabylonianBritton,
    /// "Vedic" (Sheoran): δ Cancri held at 103°29′33.5″.
    TrueSheoran,
    /// Galactic centre at 0° Capricorn (D. Cochrane).
    GalacticCenterCochrane,
    /// Galactic equator (N. A. Fiorenza): 25° at 2000-01-01 0h UT.
    GalacticEquatorFiorenza,
    /// Vettius Valens.
    VettiusValens,
    /// Lahiri's 1940 value: 22°26′45.5″ at 1900.
    Lahiri1940,
    /// Lahiri, zero in 285 CE (vernal point coincidence).
    LahiriVp285,
    /// Krishnamurti–Senthilathiban: zero in 291 CE.
    KrishnamurtiSenthilathiban,
    /// Lahiri per the Indian Calendar Reform Committee: 23°15′ at 1956-03-21 (less nutation).
    LahiriIcrc,
}

/// The precession theory an epoch system was originally defined with.
#[derive(Debug, Clone, Copy, PartialEq)]
enum OldPrecession {
    /// Newcomb, in Kinoshita's (1975) formulation.
    Newcomb,
    /// IAU 1976 (Lieske et al. 1977).
    Iau1976,
}

/// How a system is anchored.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Anchor {
    /// Ayanamsa `value_deg` at epoch `t0_jd` (TT, or UT if `t0_is_ut`).
    Epoch {
        t0_jd: f64,
        t0_is_ut: bool,
        value_deg: f64,
        defined_with: Option<OldPrecession>,
    },
    /// A star or galactic point held at a sidereal longitude.
    Star(StarAnchor),
}

struct Definition {
    name: &'static str,
    label: &'static str,
    anchor: Anchor,
}

const J1900: f64 = 2_415_020.0;

const fn epoch(
    name: &'static str,
    label: &'static str,
    t0_jd: f64,
    t0_is_ut: bool,
    value_deg: f64,
    defined_with: Option<OldPrecession>,
) -> Definition {
    Definition {
        name,
        label,
        anchor: Anchor::Epoch {
            t0_jd,
            t0_is_ut,
            value_deg,
            defined_with,
        },
    }
}

const fn star(
    name: &'static str,
    label: &'static str,
    star: star::Star,
    longitude_deg: f64,
    apparent: bool,
    by_right_ascension: bool,
) -> Definition {
    Definition {
        name,
        label,
        anchor: Anchor::Star(StarAnchor {
            star,
            longitude_deg,
            apparent,
            by_right_ascension,
        }),
    }
}

use star::{DELTA_CNC, GALACTIC_POLE_1958, GALACTIC_POLE_ICRS, LAMBDA_SCO, SGR_A, SPICA, ZETA_PSC};

use OldPrecession::{Iau1976, Newcomb};

/// Every system, in Swiss Ephemeris mode order (`SE_SIDM_*` 0–46), with the
/// epoch and value Swiss Ephemeris 2.10.03 defines for it (its `sweph.h`
/// table of ayanamsas, documented in the Swiss Ephemeris manual ch. 2.7).
#[rustfmt::skip]
const DEFINITIONS: [Definition; 47] = [
    // Cyril Fagan & Donald Bradley: SVP 335°57′28.64″ at 1950.0 (B1950).
    epoch("fagan_bradley", "Fagan/Bradley", 2_433_282.423_46, false, 24.042_044_444, Some(Newcomb)),
    // N. C. Lahiri, Calendar Reform Committee 1955, as in the Indian
    // Astronomical Ephemeris 1989: 23°15′00.658″ mean at 1956-03-21 0h TT.
    epoch("lahiri", "Lahiri (Chitrapaksha)", 2_435_553.5, false, 23.250_182_778 - 0.004_658_035, Some(Iau1976)),
    epoch("de_luce", "De Luce", 1_721_057.5, true, 0.0, None),
    // B. V. Raman, *Hindu Predictive Astrology*: 338°59′08″ at 1900.
    epoch("raman", "Raman", J1900, false, 360.0 - 338.985_56, Some(Newcomb)),
    epoch("usha_shashi", "Usha/Shashi", J1900, false, 360.0 - 341.339_04, None),
    // K. S. Krishnamurti, KP Readers: 22°21′50″ at 1900.
    epoch("krishnamurti", "Krishnamurti (KP)", J1900, false, 360.0 - 337.636_111, Some(Newcomb)),
    epoch("djwhal_khul", "Djwhal Khul", J1900, false, 360.0 - 333.036_902_4, None),
    // Sri Yukteshwar, *The Holy Science*.
    epoch("yukteshwar", "Yukteshwar", J1900, false, 360.0 - 338.917_778, None),
    epoch("jn_bhasin", "J. N. Bhasin", J1900, false, 360.0 - 338.634_444, None),
    epoch("babylonian_kugler1", "Babylonian/Kugler 1", 1_684_532.5, true, -5.666_67, None),
    epoch("babylonian_kugler2", "Babylonian/Kugler 2", 1_684_532.5, true, -4.266_67, None),
    epoch("babylonian_kugler3", "Babylonian/Kugler 3", 1_684_532.5, true, -3.416_67, None),
    epoch("babylonian_huber", "Babylonian/Huber", 1_684_532.5, true, -4.466_67, None),
    epoch("babylonian_eta_piscium", "Babylonian/Eta Piscium", 1_673_941.0, true, -5.079_167, None),
    epoch("babylonian_aldebaran", "Babylonian/Aldebaran = 15 Tau", 1_684_532.5, true, -4.441_385_98, None),
    epoch("hipparchos", "Hipparchos", 1_674_484.0, true, -9.333_33, None),
    epoch("sassanian", "Sassanian", 1_927_135.874_779_3, true, 0.0, None),
    star("galactic_center_0_sag", "Galactic Centre = 0 Sagittarius", SGR_A, 240.0, true, false),
    epoch("j2000", "J2000", 2_451_545.0, false, 0.0, None),
    epoch("j1900", "J1900", J1900, false, 0.0, None),
    epoch("b1950", "B1950", 2_433_282.423_459_05, false, 0.0, None),
    // Surya Siddhanta: zero ayanamsa at its epoch, 499 CE.
    epoch("suryasiddhanta", "Suryasiddhanta", 1_903_396.812_865_4, true, 0.0, None),
    epoch("suryasiddhanta_mean_sun", "Suryasiddhanta, mean Sun", 1_903_396.812_865_4, true, -0.214_633_95, None),
    epoch("aryabhata", "Aryabhata", 1_903_396.789_532_1, true, 0.0, None),
    epoch("aryabhata_mean_sun", "Aryabhata, mean Sun", 1_903_396.789_532_1, true, -0.237_632_38, None),
    epoch("ss_revati", "Suryasiddhanta, Revati", 1_903_396.812_865_4, true, -0.791_670_46, None),
    epoch("ss_citra", "Suryasiddhanta, Citra", 1_903_396.812_865_4, true, 2.110_704_44, None),
    star("true_chitra", "True Chitra (Spica at 180°)", SPICA, 180.0, true, false),
    star("true_revati", "True Revati (zeta Piscium at 359°50′)", ZETA_PSC, 359.833_333_333_3, true, false),
    star("true_pushya", "True Pushya (delta Cancri at 106°, P. V. R. Narasimha Rao)", DELTA_CNC, 106.0, true, false),
    // Gil Brand: the galactic centre at the golden section of Sagittarius,
    // 210° + 90° × 0.3819660113.
    star("galactic_center_gil_brand", "Galactic Centre (Gil Brand)", SGR_A, 244.376_941_017, true, false),
    // Galactic-equator systems: the galactic pole at 150° puts the node of
    // the galactic equator at 0° Sagittarius (geometric places).
    star("galactic_equator_iau1958", "Galactic Equator (IAU 1958)", GALACTIC_POLE_1958, 150.0, false, false),
    star("galactic_equator", "Galactic Equator", GALACTIC_POLE_ICRS, 150.0, false, false),
    star("galactic_equator_mid_mula", "Galactic Equator mid-Mula", GALACTIC_POLE_ICRS, 156.666_666_666_7, false, false),
    epoch("skydram", "Skydram (Mardyks)", 2_451_079.734_892, false, 30.0, None),
    star("true_mula", "True Mula (lambda Scorpii at 240°, Chandra Hari)", LAMBDA_SCO, 240.0, true, false),
    // Ernst Wilhelm: the ecliptic point with the galactic centre's right
    // ascension at 246°40′ (mid-Mula).
    star("dhruva_galactic_center_mula", "Dhruva/Galactic Centre/Mula (Wilhelm)", SGR_A, 246.666_666_666_7, true, true),
    epoch("aryabhata_522", "Aryabhata 522", 1_911_797.740_782_065, true, 0.0, None),
    epoch("babylonian_britton", "Babylonian/Britton", 1_721_057.5, true, -3.2, None),
    star("true_sheoran", "\"Vedic\"/Sheoran (delta Cancri)", DELTA_CNC, 103.492_642_216_25, true, false),
    star("galactic_center_cochrane", "Galactic Centre = 0 Capricorn (Cochrane)", SGR_A, 270.0, true, false),
    epoch("galactic_equator_fiorenza", "Galactic Equator (Fiorenza)", 2_451_544.5, true, 25.0, None),
    epoch("vettius_valens", "Vettius Valens", 1_775_845.5, true, -2.942_2, None),
    // Lahiri's 1940 value: 22°26′45.5″ at 1900.
    epoch("lahiri_1940", "Lahiri 1940", J1900, false, 22.445_972_22, Some(Newcomb)),
    epoch("lahiri_vp285", "Lahiri VP285", 1_825_235.245_851_302_8, false, 0.0, None),
    epoch("krishnamurti_senthilathiban", "Krishnamurti-Senthilathiban", 1_827_424.752_255_678, false, 0.0, None),
    // Indian Calendar Reform Committee value: 23°15′ at 1956-03-21, less nutation.
    epoch("lahiri_icrc", "Lahiri ICRC", 2_435_553.5, false, 23.25 - 0.004_642_07, Some(Newcomb)),
];

/// Mean and true ayanamsa at one instant (the output of the `ayanamsa` command).
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct AyanamsaValue {
    /// The system; `None` for a user-defined one ([`AyanamsaModel::user_defined`]).
    pub system: Option<Ayanamsa>,
    /// Mean ayanamsa (from the mean equinox of date), degrees, as
    /// `swe_get_ayanamsa_ut` returns it.
    pub degrees: f64,
    /// True ayanamsa = mean + nutation in longitude Δψ, degrees: subtract it
    /// from an apparent tropical longitude to get the sidereal longitude.
    pub true_degrees: f64,
}

impl Ayanamsa {
    /// Every system, in Swiss Ephemeris mode order.
    pub const ALL: [Ayanamsa; 47] = {
        use Ayanamsa::*;
        [
            FaganBradley,
            Lahiri,
            DeLuce,
            Raman,
            UshaShashi,
            Krishnamurti,
            DjwhalKhul,
            Yukteshwar,
            JnBhasin,
            BabylonianKugler1,
            BabylonianKugler2,
            BabylonianKugler3,
            BabylonianHuber,
            BabylonianEtaPiscium,
            BabylonianAldebaran,
            Hipparchos,
            Sassanian,
            GalacticCenter0Sag,
            J2000,
            J1900,
            B1950,
            Suryasiddhanta,
            SuryasiddhantaMeanSun,
            Aryabhata,
            AryabhataMeanSun,
            SsRevati,
            SsCitra,
            TrueChitra,
            TrueRevati,
            TruePushya,
            GalacticCenterGilBrand,
            GalacticEquatorIau1958,
            GalacticEquator,
            GalacticEquatorMidMula,
            Skydram,
            TrueMula,
            DhruvaGalacticCenterMula,
            Aryabhata522,
            BabylonianBritton,
            TrueSheoran,
            GalacticCenterCochrane,
            GalacticEquatorFiorenza,
            VettiusValens,
            Lahiri1940,
            LahiriVp285,
            KrishnamurtiSenthilathiban,
            LahiriIcrc,
        ]
    };

    /// 0-based position in [`Ayanamsa::ALL`] = Swiss Ephemeris `SE_SIDM_*` number.
    #[inline]
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Stable snake_case name (`"lahiri"`, `"true_chitra"`, …).
    pub const fn name(self) -> &'static str {
        DEFINITIONS[self.index()].name
    }

    /// Human-readable name.
    pub const fn label(self) -> &'static str {
        DEFINITIONS[self.index()].label
    }

    /// Whether the system is anchored to a star's (or the galactic pole's)
    /// position of date rather than to a value at an epoch.
    pub const fn is_star_based(self) -> bool {
        matches!(DEFINITIONS[self.index()].anchor, Anchor::Star(_))
    }

    /// The system with a given snake_case name. Case-insensitive; `-` and
    /// spaces count as `_`; `chitrapaksha` and `kp` are accepted for Lahiri
    /// and Krishnamurti.
    ///
    /// ```
    /// use jyotish::Ayanamsa;
    /// assert_eq!(Ayanamsa::from_name("Lahiri")?, Ayanamsa::Lahiri);
    /// assert_eq!(Ayanamsa::from_name("true-chitra")?, Ayanamsa::TrueChitra);
    /// assert!(Ayanamsa::from_name("sidereal").is_err());
    /// # Ok::<(), jyotish::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::UnknownName`] listing the accepted names.
    pub fn from_name(name: &str) -> Result<Ayanamsa, Error> {
        let key = crate::enums::snake_key(name.trim());
        let key = match key.as_str() {
            "chitrapaksha" => "lahiri",
            "kp" => "krishnamurti",
            "fagan" => "fagan_bradley",
            "true_citra" => "true_chitra",
            other => other,
        };
        crate::enums::find_by_name(
            "ayanamsa",
            key,
            &Ayanamsa::ALL,
            Ayanamsa::name,
            crate::enums::snake_key,
        )
        .map_err(|e| match e {
            // Report the name as the caller wrote it, not its alias.
            Error::UnknownName { what, allowed, .. } => Error::UnknownName {
                what,
                name: name.to_string(),
                allowed,
            },
            other => other,
        })
    }

    /// Prepares the epoch-dependent part of the computation once, for many
    /// evaluations (charts over a range of dates, searches).
    pub fn model(self) -> AyanamsaModel {
        match DEFINITIONS[self.index()].anchor {
            Anchor::Epoch {
                t0_jd,
                t0_is_ut,
                value_deg,
                defined_with,
            } => AyanamsaModel::epoch(Some(self), t0_jd, t0_is_ut, value_deg, defined_with),
            Anchor::Star(anchor) => AyanamsaModel {
                system: Some(self),
                kind: ModelKind::Star(anchor),
            },
        }
    }

    /// Mean and true ayanamsa at a TT instant.
    ///
    /// ```
    /// use jyotish::{Ayanamsa, JulianDayTt};
    /// let a = Ayanamsa::Lahiri.at(JulianDayTt::J2000);
    /// assert!((a.degrees - 23.857_092_3).abs() < 1e-7); // 23°51′25.5″
    /// assert!((a.true_degrees - a.degrees - -0.003_869_87).abs() < 1e-7); // Δψ
    /// ```
    pub fn at(self, jd: JulianDayTt) -> AyanamsaValue {
        self.model().at(jd)
    }
}

impl core::fmt::Display for Ayanamsa {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}

impl core::str::FromStr for Ayanamsa {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Ayanamsa::from_name(s)
    }
}

/// A system with its epoch-dependent quantities computed: the basis of the
/// ecliptic of t₀ in J2000 coordinates and the correction for an older
/// precession theory. Cheap to copy; evaluate with [`AyanamsaModel::at`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AyanamsaModel {
    system: Option<Ayanamsa>,
    kind: ModelKind,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum ModelKind {
    Epoch {
        /// Equinox of t₀ and the ecliptic direction 90° east of it, as unit
        /// vectors in the J2000.0 mean equatorial frame.
        x_axis: Vec3,
        y_axis: Vec3,
        /// Value at t₀ minus the precession-theory correction, degrees.
        offset_deg: f64,
    },
    Star(StarAnchor),
}

impl AyanamsaModel {
    fn epoch(
        system: Option<Ayanamsa>,
        t0_jd: f64,
        t0_is_ut: bool,
        value_deg: f64,
        defined_with: Option<OldPrecession>,
    ) -> Self {
        // An epoch given in UT is moved to TT with the default Delta T.
        let t0 = if t0_is_ut {
            t0_jd
                + DeltaT::SwissEphemeris
                    .seconds_at(JulianDayUt::new(t0_jd).unwrap_or(JulianDayUt::J2000))
                    / 86_400.0
        } else {
            t0_jd
        };
        let t = centuries(t0);
        let p = equatorial_frame(t);
        let (se, ce) = sin_cos(mean_obliquity_arcsec(t) * ARCSEC_TO_RAD);
        let x_axis = p[0];
        let y_axis = [
            ce * p[1][0] + se * p[2][0],
            ce * p[1][1] + se * p[2][1],
            ce * p[1][2] + se * p[2][2],
        ];
        let correction_deg = match defined_with {
            Some(old) if t0 != 2_451_545.0 => {
                // The equinox of t₀ (Vondrák) carried to J2000 and back to
                // t₀ with the old theory, measured on the ecliptic of t₀.
                let u = mat_vec(old_precession_matrix(old, t0), x_axis);
                let c = atan2(u[1] * ce + u[2] * se, u[0]) / DEG_TO_RAD;
                if c > 350.0 { c - 360.0 } else { c }
            }
            _ => 0.0,
        };
        Self {
            system,
            kind: ModelKind::Epoch {
                x_axis,
                y_axis,
                offset_deg: value_deg - correction_deg,
            },
        }
    }

    /// A user-defined system: `degrees_at_epoch` at `epoch`, growing with
    /// precession measured on the ecliptic of the epoch (Swiss Ephemeris's
    /// `SE_SIDM_USER` with t₀ in TT).
    ///
    /// ```
    /// use jyotish::{Ayanamsa, AyanamsaModel, JulianDayTt};
    /// // Lahiri rebuilt from its value at J2000.0.
    /// let j2000 = JulianDayTt::J2000;
    /// let lahiri = Ayanamsa::Lahiri.at(j2000).degrees;
    /// let user = AyanamsaModel::user_defined(j2000, lahiri)?;
    /// let later = JulianDayTt::new(2_460_000.5)?;
    /// let diff = user.mean_degrees(later) - Ayanamsa::Lahiri.at(later).degrees;
    /// assert!(diff.abs() * 3600.0 < 0.01); // the ecliptics of 1956 and 2000 differ slightly
    /// assert!(AyanamsaModel::user_defined(j2000, f64::NAN).is_err());
    /// # Ok::<(), jyotish::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::NotFinite`] / [`Error::OutOfRange`] for a value outside ±360°.
    pub fn user_defined(epoch: JulianDayTt, degrees_at_epoch: f64) -> Result<Self, Error> {
        crate::error::check_range(
            "ayanamsa at epoch (degrees)",
            degrees_at_epoch,
            -360.0,
            360.0,
        )?;
        Ok(Self::epoch(
            None,
            epoch.value(),
            false,
            degrees_at_epoch,
            None,
        ))
    }

    /// The named system this model evaluates (`None` if user-defined).
    pub fn system(&self) -> Option<Ayanamsa> {
        self.system
    }

    /// Whether the mean ayanamsa is precession alone (an epoch-anchored
    /// system), so smooth that over a few months it is a straight line to
    /// 1e-5″; star-anchored systems carry the annual aberration of their
    /// star.
    pub(crate) fn is_precession_only(&self) -> bool {
        matches!(self.kind, ModelKind::Epoch { .. })
    }

    /// Mean ayanamsa in degrees `[0, 360)` at a TT instant.
    pub fn mean_degrees(&self, jd: JulianDayTt) -> f64 {
        match &self.kind {
            ModelKind::Epoch {
                x_axis,
                y_axis,
                offset_deg,
            } => {
                // The mean equinox of date in J2000 coordinates, projected on
                // the ecliptic of t₀: the ayanamsa grows as it slides west.
                let equinox = equatorial_frame(jd.centuries_since_j2000())[0];
                let lambda_deg = atan2(dot(equinox, *y_axis), dot(equinox, *x_axis)) / DEG_TO_RAD;
                norm_deg(offset_deg - lambda_deg)
            }
            ModelKind::Star(anchor) => star::mean_ayanamsa_deg(anchor, jd.value()),
        }
    }

    /// Mean and true ayanamsa at a TT instant.
    pub fn at(&self, jd: JulianDayTt) -> AyanamsaValue {
        self.at_with_nutation(jd, Nutation::at(jd).longitude_deg)
    }

    /// As [`AyanamsaModel::at`] with Δψ (IAU 2000B, degrees) at `jd` given.
    pub(crate) fn at_with_nutation(&self, jd: JulianDayTt, dpsi: f64) -> AyanamsaValue {
        let degrees = self.mean_degrees(jd);
        AyanamsaValue {
            system: self.system,
            degrees,
            true_degrees: norm_deg(degrees + dpsi),
        }
    }
}

fn mat_vec(m: [Vec3; 3], v: Vec3) -> Vec3 {
    [dot(m[0], v), dot(m[1], v), dot(m[2], v)]
}

/// Precession matrix J2000.0 → date `jd` (TT) in an old theory:
/// P = R₃(−z_A) R₂(θ_A) R₃(−ζ_A).
fn old_precession_matrix(model: OldPrecession, jd: f64) -> [Vec3; 3] {
    let (zeta, z, theta) = match model {
        OldPrecession::Iau1976 => {
            // Lieske et al. (1977), T in Julian centuries from J2000.0.
            let t = centuries(jd);
            (
                poly(t, &[0.0, 2306.2181, 0.30188, 0.017998]),
                poly(t, &[0.0, 2306.2181, 1.09468, 0.018203]),
                poly(t, &[0.0, 2004.3109, -0.42665, -0.041833]),
            )
        }
        OldPrecession::Newcomb => {
            // Kinoshita (1975): tropical millennia from B1850.0.
            const B1850: f64 = 2_396_758.203_581_0;
            const MILLENNIUM: f64 = 365_242.198_782;
            let t1 = (2_451_545.0 - B1850) / MILLENNIUM;
            let tau = (jd - B1850) / MILLENNIUM - t1;
            let a = 23_035.554_8 + 139.720 * t1 + 0.069 * t1 * t1;
            (
                poly(tau, &[0.0, a, 30.242 - 0.269 * t1, 17.996]),
                poly(tau, &[0.0, a, 109.478 - 0.387 * t1, 18.324]),
                poly(
                    tau,
                    &[
                        0.0,
                        20_051.125 - 85.294 * t1 - 0.365 * t1 * t1,
                        -42.647 - 0.365 * t1,
                        -41.802,
                    ],
                ),
            )
        }
    };
    let r3 = |a: f64| {
        let (s, c) = sin_cos(a * ARCSEC_TO_RAD);
        [[c, s, 0.0], [-s, c, 0.0], [0.0, 0.0, 1.0]]
    };
    let (s, c) = sin_cos(theta * ARCSEC_TO_RAD);
    let r2 = [[c, 0.0, -s], [0.0, 1.0, 0.0], [s, 0.0, c]];
    mat_mul(r3(-z), mat_mul(r2, r3(-zeta)))
}

fn mat_mul(a: [Vec3; 3], b: [Vec3; 3]) -> [Vec3; 3] {
    let mut m = [[0.0; 3]; 3];
    for (i, row) in m.iter_mut().enumerate() {
        for (j, x) in row.iter_mut().enumerate() {
            *x = a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j];
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_round_trip() {
        for (i, a) in Ayanamsa::ALL.iter().enumerate() {
            assert_eq!(a.index(), i);
            assert_eq!(Ayanamsa::from_name(a.name()).unwrap(), *a);
        }
    }

    #[test]
    fn value_at_epoch_is_the_defined_value() {
        // J2000 system: zero at J2000.0 by definition.
        let m = Ayanamsa::J2000.model();
        assert!(m.mean_degrees(JulianDayTt::J2000).abs() < 1e-12);
    }
}
