//! Names: [`Division`] (D1 … D300), [`Method`] (the schools' ways of mapping
//! parts to signs) and [`Varga`] (a division with a method), with parsing of
//! `"D9"` and `"D2:parashara"` and the table of which rule each pair uses.

use super::rules::{
    BACK, Cycle, FWD, KALACHAKRA, KASHINATHA, PANCHAMSHA, Prepared, RAMAN_HORA, Rule, affine,
    by_element, by_modality, by_parity, flatten, from_sign, trine_from_movable,
};
use crate::Error;
use crate::zodiac::Rashi;
use alloc::format;
use alloc::string::{String, ToString};
use core::fmt;

/// A division of each sign into n parts, D1 to D300.
///
/// The 23 classical divisions have constants (`Division::D9` …); any other
/// n up to [`Division::MAX`] is available through the generic parivritti
/// schemes only.
///
/// ```
/// use jyotish::varga::Division;
/// assert_eq!(Division::from_name("D9")?, Division::D9);
/// assert_eq!(Division::D9.sanskrit_name(), Some("Navamsha"));
/// assert_eq!(Division::new(57)?.to_string(), "D57");
/// assert!(Division::new(301).is_err());
/// assert!(Division::from_name("navamsha").is_err());
/// # Ok::<(), jyotish::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "String", into = "String"))]
pub struct Division(u16);

/// The classical divisions with their Sanskrit names.
const NAMES: [(u16, &str); 23] = [
    (1, "Rashi"),
    (2, "Hora"),
    (3, "Drekkana"),
    (4, "Chaturthamsha"),
    (5, "Panchamsha"),
    (6, "Shashthamsha"),
    (7, "Saptamsha"),
    (8, "Ashtamsha"),
    (9, "Navamsha"),
    (10, "Dashamsha"),
    (11, "Rudramsha"),
    (12, "Dvadashamsha"),
    (16, "Shodashamsha"),
    (20, "Vimshamsha"),
    (24, "Chaturvimshamsha"),
    (27, "Saptavimshamsha"),
    (30, "Trimshamsha"),
    (40, "Khavedamsha"),
    (45, "Akshavedamsha"),
    (60, "Shashtyamsha"),
    (81, "Navanavamsha"),
    (108, "Ashtottaramsha"),
    (144, "Dvadashadvadashamsha"),
];

impl Division {
    /// Largest division accepted by the generic rule.
    pub const MAX: u16 = 300;
    /// Rashi chart.
    pub const D1: Division = Division(1);
    /// Hora.
    pub const D2: Division = Division(2);
    /// Drekkana.
    pub const D3: Division = Division(3);
    /// Chaturthamsha (turyamsha).
    pub const D4: Division = Division(4);
    /// Panchamsha.
    pub const D5: Division = Division(5);
    /// Shashthamsha.
    pub const D6: Division = Division(6);
    /// Saptamsha.
    pub const D7: Division = Division(7);
    /// Ashtamsha.
    pub const D8: Division = Division(8);
    /// Navamsha.
    pub const D9: Division = Division(9);
    /// Dashamsha.
    pub const D10: Division = Division(10);
    /// Rudramsha (ekadashamsha).
    pub const D11: Division = Division(11);
    /// Dvadashamsha.
    pub const D12: Division = Division(12);
    /// Shodashamsha (kalamsha).
    pub const D16: Division = Division(16);
    /// Vimshamsha.
    pub const D20: Division = Division(20);
    /// Chaturvimshamsha (siddhamsha).
    pub const D24: Division = Division(24);
    /// Saptavimshamsha (nakshatramsha, bhamsha).
    pub const D27: Division = Division(27);
    /// Trimshamsha.
    pub const D30: Division = Division(30);
    /// Khavedamsha.
    pub const D40: Division = Division(40);
    /// Akshavedamsha.
    pub const D45: Division = Division(45);
    /// Shashtyamsha.
    pub const D60: Division = Division(60);
    /// Navanavamsha.
    pub const D81: Division = Division(81);
    /// Ashtottaramsha.
    pub const D108: Division = Division(108);
    /// Dvadashadvadashamsha.
    pub const D144: Division = Division(144);

    /// The 23 classical divisions, D1 first.
    pub const NAMED: [Division; 23] = {
        let mut out = [Division(1); 23];
        let mut i = 0;
        while i < 23 {
            out[i] = Division(NAMES[i].0);
            i += 1;
        }
        out
    };

    /// The division into `parts` parts.
    ///
    /// # Errors
    /// [`Error::OutOfRange`] unless `1 ≤ parts ≤ 300`.
    pub fn new(parts: u16) -> Result<Division, Error> {
        if (1..=Self::MAX).contains(&parts) {
            Ok(Division(parts))
        } else {
            Err(Error::OutOfRange {
                what: "varga division",
                value: f64::from(parts),
                min: 1.0,
                max: f64::from(Self::MAX),
            })
        }
    }

    /// Parses `"D9"` (or `"d9"`).
    ///
    /// # Errors
    /// [`Error::UnknownName`] if the text is not `D` followed by a number;
    /// [`Error::OutOfRange`] if the number is outside 1–300.
    pub fn from_name(name: &str) -> Result<Division, Error> {
        let digits = name
            .strip_prefix('D')
            .or_else(|| name.strip_prefix('d'))
            .filter(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()));
        let Some(digits) = digits else {
            return Err(Error::UnknownName {
                what: "varga division",
                name: name.to_string(),
                allowed: "D1 to D300".to_string(),
            });
        };
        match digits.parse::<u16>() {
            Ok(n) => Division::new(n),
            Err(_) => Err(Error::OutOfRange {
                what: "varga division",
                value: digits.parse::<f64>().unwrap_or(f64::INFINITY),
                min: 1.0,
                max: f64::from(Self::MAX),
            }),
        }
    }

    /// Number of parts per sign.
    #[inline]
    pub const fn parts(self) -> u16 {
        self.0
    }

    /// The Sanskrit name of a classical division, `None` for the others.
    pub fn sanskrit_name(self) -> Option<&'static str> {
        NAMES.iter().find(|(n, _)| *n == self.0).map(|(_, s)| *s)
    }

    /// Whether this is one of the 23 classical divisions.
    pub fn is_named(self) -> bool {
        self.sanskrit_name().is_some()
    }

    /// The methods defined for this division, the default first.
    pub fn methods(self) -> &'static [Method] {
        use Method::*;
        const STANDARD: &[Method] = &[Parashara, Parivritti, ParivrittiEvenReverse, Somanatha];
        const GENERIC: &[Method] = &[Parivritti, ParivrittiEvenReverse, Somanatha];
        match self.0 {
            1 => &[Parashara, Parivritti],
            2 => &[
                Parashara,
                ParivrittiEvenReverse,
                Raman,
                Parivritti,
                Kashinatha,
                Somanatha,
            ],
            3 => &[
                Parashara,
                Parivritti,
                Somanatha,
                Jagannatha,
                ParivrittiEvenReverse,
            ],
            7 => &[
                Parashara,
                EvenBackward,
                EvenFromEnd,
                Parivritti,
                ParivrittiEvenReverse,
                Somanatha,
            ],
            9 => &[
                Parashara,
                ParivrittiEvenReverse,
                Kalachakra,
                KrishnaMishra,
                Parivritti,
                Somanatha,
            ],
            10 => &[
                Parashara,
                EvenBackward,
                EvenReverse,
                Parivritti,
                ParivrittiEvenReverse,
                Somanatha,
            ],
            11 => &[
                Parashara,
                Raman,
                Parivritti,
                ParivrittiEvenReverse,
                Somanatha,
            ],
            12 => &[
                Parashara,
                EvenBackward,
                Parivritti,
                ParivrittiEvenReverse,
                Somanatha,
            ],
            24 => &[
                Parashara,
                EvenBackward,
                EvenDoubleReverse,
                Parivritti,
                ParivrittiEvenReverse,
                Somanatha,
            ],
            30 => &[
                Parashara,
                Parivritti,
                FromSign,
                ParivrittiEvenReverse,
                Somanatha,
            ],
            60 => &[
                Parashara,
                Parivritti,
                Somanatha,
                EvenBackward,
                ParivrittiEvenReverse,
            ],
            4 | 5 | 6 | 8 | 16 | 20 | 27 | 40 | 45 | 81 | 108 | 144 => STANDARD,
            _ => GENERIC,
        }
    }

    /// The default method: [`Method::Parashara`] for the classical
    /// divisions (Jagannatha Hora's default), [`Method::Parivritti`] for the
    /// others.
    pub fn default_method(self) -> Method {
        self.methods()[0]
    }
}

impl fmt::Display for Division {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "D{}", self.0)
    }
}

impl TryFrom<String> for Division {
    type Error = Error;
    fn try_from(s: String) -> Result<Self, Error> {
        Division::from_name(&s)
    }
}

impl From<Division> for String {
    fn from(d: Division) -> String {
        d.to_string()
    }
}

/// A school's way of mapping the parts of a sign to rashis.
///
/// Names are stable snake_case (`"parashara"`, `"somanatha"`); which methods
/// a division has is [`Division::methods`]. Each variant's documentation
/// says what it means for each division it applies to; see
/// [`crate::varga`] for the sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Method {
    /// The rule of Brihat Parashara Hora Shastra ch. 6 (Santhanam), or for
    /// divisions BPHS does not define (D5, D6, D8, D11, D81, D108, D144)
    /// the traditional form known by that name (see [`crate::varga`]). D2
    /// is the Sun/Moon hora (Leo/Cancer). The default of every classical
    /// division.
    Parashara,
    /// Parivritti (cyclic): the n·12 parts of the zodiac run through the
    /// signs from Aries round and round. Defined for every division; equals
    /// Parashara for D9, D27 and D81.
    #[doc(alias = "parivritti_cyclic")]
    Parivritti,
    /// Parivritti with the parts of even signs taken from the sign's end
    /// (Uma Shambhu; PyJHora's default D2; for D9 the "uniform Krishna
    /// Mishra" navamsha).
    ParivrittiEvenReverse,
    /// Parivritti alternating: odd signs take the next parts forwards from
    /// Aries, even signs the next ones backwards from Pisces.
    #[doc(alias = "parivritti_alternate")]
    Somanatha,
    /// D3: the three drekkanas are the sign's trines, movable one first,
    /// then fixed, then dual.
    Jagannatha,
    /// D2: the Sun's hora goes to the day-strong sign of the sign's lord,
    /// the Moon's hora to its night-strong sign.
    Kashinatha,
    /// D2: B. V. Raman's hora (tabulated, 2005); D11: Raman's ekadashamsha,
    /// counted backwards (anti-zodiacal).
    Raman,
    /// D9: navamsha by the Kalachakra dasha's pada sequence.
    Kalachakra,
    /// D9: fire signs from Aries forwards, water from Cancer backwards, air
    /// from Libra forwards, earth from Capricorn backwards (Rangacharya's
    /// Krishna Mishra navamsha; Sanjay Rath's nadi navamsha).
    KrishnaMishra,
    /// D7, D10, D12, D24, D60: odd signs as Parashara; even signs start
    /// where Parashara starts them but count backwards.
    EvenBackward,
    /// D7: odd signs as Parashara; even signs count Parashara's parts from
    /// the sign's end, so they start in the sign itself and run backwards,
    /// ending in the 7th.
    EvenFromEnd,
    /// D24: odd signs as Parashara; even signs count backwards from Cancer
    /// and from the sign's end (PyJHora's "double reversal"), which lands
    /// them forwards from Leo, like odd signs.
    EvenDoubleReverse,
    /// D10: odd signs as Parashara; even signs start from the 9th counted
    /// backwards and go backwards.
    EvenReverse,
    /// D30: thirty equal parts counted from the sign itself (like the
    /// shashtyamsha).
    FromSign,
}

impl Method {
    /// Every method.
    pub const ALL: [Method; 14] = [
        Method::Parashara,
        Method::Parivritti,
        Method::ParivrittiEvenReverse,
        Method::Somanatha,
        Method::Jagannatha,
        Method::Kashinatha,
        Method::Raman,
        Method::Kalachakra,
        Method::KrishnaMishra,
        Method::EvenBackward,
        Method::EvenFromEnd,
        Method::EvenDoubleReverse,
        Method::EvenReverse,
        Method::FromSign,
    ];

    /// The stable snake_case name.
    pub const fn name(self) -> &'static str {
        match self {
            Method::Parashara => "parashara",
            Method::Parivritti => "parivritti",
            Method::ParivrittiEvenReverse => "parivritti_even_reverse",
            Method::Somanatha => "somanatha",
            Method::Jagannatha => "jagannatha",
            Method::Kashinatha => "kashinatha",
            Method::Raman => "raman",
            Method::Kalachakra => "kalachakra",
            Method::KrishnaMishra => "krishna_mishra",
            Method::EvenBackward => "even_backward",
            Method::EvenFromEnd => "even_from_end",
            Method::EvenDoubleReverse => "even_double_reverse",
            Method::EvenReverse => "even_reverse",
            Method::FromSign => "from_sign",
        }
    }

    /// Parses a snake_case name (case-insensitive).
    ///
    /// # Errors
    /// [`Error::UnknownName`] listing the accepted names.
    pub fn from_name(name: &str) -> Result<Method, Error> {
        Method::ALL
            .into_iter()
            .find(|m| m.name().eq_ignore_ascii_case(name))
            .ok_or_else(|| Error::UnknownName {
                what: "varga method",
                name: name.to_string(),
                allowed: join(&Method::ALL),
            })
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

fn join(methods: &[Method]) -> String {
    let mut s = String::new();
    for (i, m) in methods.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(m.name());
    }
    s
}

/// A divisional chart: a division and the method that maps its parts.
///
/// Only pairs listed by [`Division::methods`] can be built. Written and
/// parsed as `"D9:parashara"`; a bare `"D9"` means the division's default
/// method.
///
/// ```
/// use jyotish::varga::{Division, Method, Varga};
/// let v = Varga::from_name("D2:kashinatha")?;
/// assert_eq!((v.division(), v.method()), (Division::D2, Method::Kashinatha));
/// assert_eq!(Varga::from_name("D9")?, Varga::parashara(Division::D9));
/// assert_eq!(Varga::from_name("D57")?.to_string(), "D57:parivritti");
/// // Kashinatha is a hora method only; "raman2" is no method at all.
/// assert!(Varga::from_name("D9:kashinatha").is_err());
/// assert!(Varga::from_name("D9:raman2").is_err());
/// # Ok::<(), jyotish::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "String", into = "String"))]
pub struct Varga {
    division: Division,
    method: Method,
}

impl Varga {
    /// A division with a method.
    ///
    /// # Errors
    /// [`Error::UnknownName`] if the method is not defined for the division
    /// (the message lists the ones that are).
    pub fn new(division: Division, method: Method) -> Result<Varga, Error> {
        if division.methods().contains(&method) {
            Ok(Varga { division, method })
        } else {
            Err(Error::UnknownName {
                what: "varga method for this division",
                name: format!("{division}:{method}"),
                allowed: join(division.methods()),
            })
        }
    }

    /// The division with its default method (Parashara for the classical
    /// divisions, parivritti for the others).
    pub fn parashara(division: Division) -> Varga {
        Varga {
            division,
            method: division.default_method(),
        }
    }

    /// The 23 classical divisions with their default (Parashara) methods.
    pub const NAMED: [Varga; 23] = {
        let mut out = [Varga {
            division: Division::D1,
            method: Method::Parashara,
        }; 23];
        let mut i = 0;
        while i < 23 {
            out[i].division = Division::NAMED[i];
            i += 1;
        }
        out
    };

    /// Parses `"D9"`, `"D2:parashara"`, `"d60:even_backward"`.
    ///
    /// # Errors
    /// As [`Division::from_name`], [`Method::from_name`] and [`Varga::new`].
    pub fn from_name(name: &str) -> Result<Varga, Error> {
        match name.split_once(':') {
            None => Ok(Varga::parashara(Division::from_name(name.trim())?)),
            Some((d, m)) => {
                Varga::new(Division::from_name(d.trim())?, Method::from_name(m.trim())?)
            }
        }
    }

    /// Every (division, method) pair of the classical divisions, in
    /// [`Division::NAMED`] then [`Division::methods`] order.
    pub fn all_named() -> impl Iterator<Item = Varga> {
        Division::NAMED.into_iter().flat_map(|d| {
            d.methods().iter().map(move |&m| Varga {
                division: d,
                method: m,
            })
        })
    }

    /// The division.
    #[inline]
    pub const fn division(self) -> Division {
        self.division
    }

    /// The method.
    #[inline]
    pub const fn method(self) -> Method {
        self.method
    }

    /// The rule this pair uses, ready to apply.
    #[inline]
    pub(crate) const fn prepared(self) -> Prepared {
        let (rule, table) = self.rule();
        Prepared::new(rule, table, self.division.0)
    }

    /// The rule this pair uses (see `rules.rs`) and, for the classical
    /// pairs, the same rule flattened into a table at compile time.
    #[inline]
    const fn rule(self) -> (&'static Rule, Option<&'static [Rashi]>) {
        use Method::*;
        use Rashi::*;
        const D9_PARASHARA: Rule =
            by_element([(Aries, FWD), (Capricorn, FWD), (Libra, FWD), (Cancer, FWD)]);
        const D12_PARASHARA: Rule = from_sign((0, FWD), (0, FWD));
        /// A classical pair: the rule and its table of 12·n rashis.
        macro_rules! named {
            ($n:literal, $rule:expr) => {{
                const RULE: Rule = $rule;
                const TABLE: [Rashi; 12 * $n] = flatten::<{ 12 * $n }>(&RULE, $n);
                (&RULE, Some(&TABLE as &'static [Rashi]))
            }};
        }
        match (self.division.0, self.method) {
            // BPHS ch. 6: odd signs' first half the Sun's hora (Leo), second
            // the Moon's (Cancer); even signs the reverse.
            (2, Parashara) => named!(2, by_parity((Leo, BACK), (Cancer, FWD))),
            (2, Raman) => named!(2, Rule::Table(&RAMAN_HORA)),
            (2, Kashinatha) => named!(2, Rule::Table(&KASHINATHA)),
            // BPHS ch. 6: the sign, its 5th, its 9th.
            (3, Parashara) => named!(3, from_sign((0, 4), (0, 4))),
            (3, Jagannatha) => named!(3, trine_from_movable()),
            // BPHS ch. 6: the sign and its kendras, 1st, 4th, 7th, 10th.
            (4, Parashara) => named!(4, from_sign((0, 3), (0, 3))),
            (5, Parashara) => named!(5, Rule::Table(&PANCHAMSHA)),
            // Odd signs from Aries, even from Libra.
            (6, Parashara) => named!(6, by_parity((Aries, FWD), (Libra, FWD))),
            // BPHS ch. 6: odd signs from the sign, even from its 7th.
            (7, Parashara) => named!(7, from_sign((0, FWD), (6, FWD))),
            (7, EvenBackward) => named!(7, from_sign((0, FWD), (6, BACK))),
            (7, EvenFromEnd) => named!(7, from_sign((0, FWD), (0, BACK))),
            // Movable signs from Aries, fixed from Sagittarius, dual from Leo.
            (8, Parashara) => named!(8, by_modality(Aries, Sagittarius, Leo)),
            // BPHS ch. 6: fire signs from Aries, earth from Capricorn, air
            // from Libra, water from Cancer.
            (9, Parashara) => named!(9, D9_PARASHARA),
            (9, Kalachakra) => named!(9, Rule::Absolute(&KALACHAKRA)),
            (9, KrishnaMishra) => named!(
                9,
                by_element([
                    (Aries, FWD),
                    (Capricorn, BACK),
                    (Libra, FWD),
                    (Cancer, BACK)
                ])
            ),
            // BPHS ch. 6: odd signs from the sign, even from its 9th.
            (10, Parashara) => named!(10, from_sign((0, FWD), (8, FWD))),
            (10, EvenBackward) => named!(10, from_sign((0, FWD), (8, BACK))),
            (10, EvenReverse) => named!(10, from_sign((0, FWD), (4, BACK))),
            // Part p of sign s (0-based) goes to rashi p − s: Aries' parts
            // run from Aries, Taurus' from Pisces, … (Sanjay Rath's
            // rudramsha); Raman's run backwards from the sign before:
            // Aries' from Pisces, Taurus' from Aries, …
            (11, Parashara) => named!(11, affine(0, 11, FWD)),
            (11, Raman) => named!(11, affine(11, 1, BACK)),
            // BPHS ch. 6: from the sign itself.
            (12, Parashara) => named!(12, D12_PARASHARA),
            (12, EvenBackward) => named!(12, from_sign((0, FWD), (0, BACK))),
            // BPHS ch. 6: movable signs from Aries, fixed from Leo, dual from
            // Sagittarius.
            (16, Parashara) => named!(16, by_modality(Aries, Leo, Sagittarius)),
            // BPHS ch. 6: movable from Aries, fixed from Sagittarius, dual
            // from Leo.
            (20, Parashara) => named!(20, by_modality(Aries, Sagittarius, Leo)),
            // BPHS ch. 6: odd signs from Leo, even from Cancer.
            (24, Parashara) => named!(24, by_parity((Leo, FWD), (Cancer, FWD))),
            (24, EvenBackward) => named!(24, by_parity((Leo, FWD), (Cancer, BACK))),
            (24, EvenDoubleReverse) => named!(24, by_parity((Leo, FWD), (Leo, FWD))),
            // BPHS ch. 6: fire signs from Aries, earth from Cancer, air from
            // Libra, water from Capricorn (= parivritti).
            (27, Parashara) => named!(
                27,
                by_element([(Aries, FWD), (Cancer, FWD), (Libra, FWD), (Capricorn, FWD)])
            ),
            // BPHS ch. 6: the unequal portions of the five lords.
            (30, Parashara) => named!(30, Rule::Trimsamsha),
            (30, FromSign) => named!(30, D12_PARASHARA),
            // BPHS ch. 6: odd signs from Aries, even from Libra.
            (40, Parashara) => named!(40, by_parity((Aries, FWD), (Libra, FWD))),
            // BPHS ch. 6: movable from Aries, fixed from Leo, dual from
            // Sagittarius.
            (45, Parashara) => named!(45, by_modality(Aries, Leo, Sagittarius)),
            // BPHS ch. 6: counted from the sign itself.
            (60, Parashara) => named!(60, D12_PARASHARA),
            (60, EvenBackward) => named!(60, from_sign((0, FWD), (0, BACK))),
            // D9 of D9 = parivritti.
            (81, Parashara) => named!(81, Rule::Parivritti(Cycle::Cyclic)),
            // D12 of D9, and D12 of D12.
            (108, Parashara) => named!(
                108,
                Rule::Compose {
                    inner: &D9_PARASHARA,
                    inner_n: 9,
                    outer: &D12_PARASHARA,
                }
            ),
            (144, Parashara) => named!(
                144,
                Rule::Compose {
                    inner: &D12_PARASHARA,
                    inner_n: 12,
                    outer: &D12_PARASHARA,
                }
            ),
            (1, Parashara) => named!(1, D12_PARASHARA),
            (_, Parivritti) => (&Rule::Parivritti(Cycle::Cyclic), None),
            (_, ParivrittiEvenReverse) => (&Rule::Parivritti(Cycle::EvenReverse), None),
            (_, Somanatha) => (&Rule::Parivritti(Cycle::Alternate), None),
            // Varga::new admits only pairs of Division::methods, all covered above.
            _ => unreachable!(),
        }
    }
}

impl fmt::Display for Varga {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.division, self.method)
    }
}

impl TryFrom<String> for Varga {
    type Error = Error;
    fn try_from(s: String) -> Result<Self, Error> {
        Varga::from_name(&s)
    }
}

impl From<Varga> for String {
    fn from(v: Varga) -> String {
        v.to_string()
    }
}
