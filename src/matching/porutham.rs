//! The South Indian ten poruthams (Dashakoota): Dina, Gana, Mahendra,
//! Stree-deergha, Yoni, Rasi, Rasyadhipati, Vasya, Rajju and Vedha, each
//! agreeing or not (some graded), with Rajju and Vedha as vetoes.
//!
//! Counts are inclusive, as the texts count them: from the bride's star to
//! the groom's, the same star is the 1st.
//!
//! # Verdict
//! Rajju and Vedha are vetoes: if either fails the match is
//! [`Verdict::Rejected`] whatever else agrees (B. V. Raman, *Hindu
//! Predictive Astrology*: "Rajju and Vedha … should on no account be
//! ignored"). Otherwise the match is [`Verdict::Acceptable`] when at least
//! [`DashakootOptions::min_agreements`] of the ten agree (default 6, a
//! majority of the ten, as in Tamil practice and PyJHora's default search
//! threshold), else [`Verdict::NotRecommended`].

use super::MoonClass;
use super::ashtakoot::{MaitriTable, maitri_half_points};
use super::tables::{self, TAMIL_LORD_FRIENDS};
use crate::zodiac::Gana;

/// The ten poruthams, in the order of B. V. Raman's *Hindu Predictive
/// Astrology*.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Porutham {
    /// Dina (Tara): the star count.
    Dina,
    /// Gana: temperament.
    Gana,
    /// Mahendra: the groom's star 4th, 7th, … 25th from the bride's.
    Mahendra,
    /// Stree-deergha: the groom's star far enough from the bride's.
    StreeDeergha,
    /// Yoni: the animals are not sworn enemies.
    Yoni,
    /// Rasi: the groom's sign beyond the 6th from the bride's.
    Rasi,
    /// Rasyadhipati: the sign lords agree.
    Rasyadhipati,
    /// Vasya: the signs are mutually controllable.
    Vasya,
    /// Rajju: the stars are not in the same body part (a veto).
    Rajju,
    /// Vedha: the stars do not afflict each other (a veto).
    Vedha,
}

impl Porutham {
    /// All ten, Dina first.
    pub const ALL: [Porutham; 10] = [
        Porutham::Dina,
        Porutham::Gana,
        Porutham::Mahendra,
        Porutham::StreeDeergha,
        Porutham::Yoni,
        Porutham::Rasi,
        Porutham::Rasyadhipati,
        Porutham::Vasya,
        Porutham::Rajju,
        Porutham::Vedha,
    ];

    /// The snake_case key used in serde output and on the command line.
    pub const fn key(self) -> &'static str {
        match self {
            Porutham::Dina => "dina",
            Porutham::Gana => "gana",
            Porutham::Mahendra => "mahendra",
            Porutham::StreeDeergha => "stree_deergha",
            Porutham::Yoni => "yoni",
            Porutham::Rasi => "rasi",
            Porutham::Rasyadhipati => "rasyadhipati",
            Porutham::Vasya => "vasya",
            Porutham::Rajju => "rajju",
            Porutham::Vedha => "vedha",
        }
    }
}

/// How well one porutham agrees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Grade {
    /// Uttama: agrees fully.
    Good,
    /// Madhyama: agrees, middling.
    Medium,
    /// Adhama: does not agree.
    None,
}

/// Rule for Dina porutham.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum DinaRule {
    /// **Default.** Count from the bride's star to the groom's and divide by
    /// 9: a remainder of 2, 4, 6, 8 or 0 agrees (B. V. Raman, *Hindu
    /// Predictive Astrology*, Dina kuta).
    #[default]
    Remainder,
    /// The Tamil panchangam rule as PyJHora 4.8.7 states it (citing
    /// vysyamala.com): count from the **groom's** star to the bride's;
    /// counts 2, 4, 6, 8, 9, 11, 13, 15, 17, 18, 20, 21, 24, 25, 26 agree;
    /// so do a bride in Uttara Phalguni 2–4, Chitra 1–3 or Vishakha 1, 2, 4;
    /// the same star when it is one of Ashwini, Krittika, Mrigashira, Magha,
    /// Hasta, Swati, Purva Ashadha, Dhanishta and the bride's rashi or pada
    /// comes first, or (any star) when the groom's rashi comes first; the
    /// same rashi when the groom's star comes first; and twelve listed
    /// (groom, bride) pairs.
    TamilPanchangam,
}

/// Rule for Gana porutham.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum GanaPoruthamRule {
    /// **Default.** Same gana good (Rakshasa with Rakshasa too), Deva with
    /// Manushya middling, a Rakshasa with a non-Rakshasa no agreement
    /// (Muhurta Chintamani ch. 6; B. V. Raman, *Hindu Predictive Astrology*).
    #[default]
    Classical,
    /// As PyJHora 4.8.7 (Tamil): like `Classical`, but two Rakshasa stars
    /// agree only when the bride's nakshatra number exceeds 14.
    TamilRakshasaAfter14,
}

/// Which yoni pairs are enemies for Yoni porutham.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum YoniEnmity {
    /// **Default.** The seven sworn-enemy pairs of Muhurta Chintamani ch. 6.
    #[default]
    Classical,
    /// Those seven plus Serpent–Rat, as Tamil practice (and PyJHora 4.8.7's
    /// south method) has it.
    WithSerpentRat,
}

/// Rule for Rasyadhipati porutham.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum RasyadhipatiRule {
    /// **Default.** By BPHS 3.55 natural relationships: the same lord or
    /// mutual friends good; friend–neutral or neutral–neutral middling; any
    /// enmity no agreement (B. V. Raman, *Hindu Predictive Astrology*).
    #[default]
    Natural,
    /// The Tamil friendship list PyJHora 4.8.7 tabulates (source not stated
    /// there): Sun–Jupiter, Moon–Mercury/Jupiter, Mars–Mercury/Venus,
    /// Mercury–all but the Sun, Jupiter–all but Mars, Venus–Saturn; the same
    /// lord does not agree.
    TamilFriendList,
}

/// Rule for Vasya porutham.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum VasyaRule {
    /// **Default.** The groom's sign is vashya to the bride's (as PyJHora
    /// 4.8.7 reads the list).
    #[default]
    GroomVashyaToBride,
    /// Either sign vashya to the other.
    Either,
}

/// Rule for Rajju porutham.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum RajjuRule {
    /// **Default.** Stars in the same rajju (foot, waist, stomach, neck,
    /// head) never agree (B. V. Raman, *Hindu Predictive Astrology*).
    #[default]
    SameRajjuFails,
    /// Tamil panchangam relief: an ascending (aaroha) star with a
    /// non-ascending one agrees even in the same rajju. Ascending are the
    /// first four of each nine-star cycle (Ashwini–Rohini, Magha–Hasta,
    /// Mula–Shravana); the head stars (Mrigashira, Chitra, Dhanishta) are
    /// neither.
    AarohaAvaroha,
}

/// The choices of a Dashakoota match. `Default` gives every named default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DashakootOptions {
    /// Dina rule.
    pub dina: DinaRule,
    /// Gana rule.
    pub gana: GanaPoruthamRule,
    /// Yoni enemies.
    pub yoni: YoniEnmity,
    /// Rasyadhipati rule.
    pub rasyadhipati: RasyadhipatiRule,
    /// Vasya rule.
    pub vasya: VasyaRule,
    /// Rajju rule.
    pub rajju: RajjuRule,
    /// How many of the ten must agree (with no veto) for
    /// [`Verdict::Acceptable`]; default 6.
    pub min_agreements: u8,
}

impl Default for DashakootOptions {
    fn default() -> Self {
        DashakootOptions {
            dina: DinaRule::default(),
            gana: GanaPoruthamRule::default(),
            yoni: YoniEnmity::default(),
            rasyadhipati: RasyadhipatiRule::default(),
            vasya: VasyaRule::default(),
            rajju: RajjuRule::default(),
            min_agreements: 6,
        }
    }
}

/// One porutham's outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct PoruthamResult {
    /// Which porutham.
    pub porutham: Porutham,
    /// Its grade.
    pub grade: Grade,
    /// Whether it agrees (grade good or medium).
    pub agrees: bool,
}

/// The overall verdict (see the module docs for the rule).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Verdict {
    /// No veto and enough agreements.
    Acceptable,
    /// No veto, but fewer agreements than required.
    NotRecommended,
    /// Rajju or Vedha fails.
    Rejected,
}

/// The result of a Dashakoota match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DashakootMatch {
    /// The ten, Dina first.
    pub poruthams: [PoruthamResult; 10],
    /// How many agree, 0–10.
    pub agreements: u8,
    /// Whether Dina, Gana, Yoni, Rasi and Rajju all agree — the five that
    /// Tamil panchangams treat as the minimum.
    pub essentials_agree: bool,
    /// The verdict.
    pub verdict: Verdict,
}

impl DashakootMatch {
    /// One porutham's outcome.
    pub fn porutham(&self, p: Porutham) -> &PoruthamResult {
        &self.poruthams[p as usize]
    }
}

fn res(porutham: Porutham, grade: Grade) -> PoruthamResult {
    PoruthamResult {
        porutham,
        grade,
        agrees: grade != Grade::None,
    }
}

fn good_if(ok: bool) -> Grade {
    if ok { Grade::Good } else { Grade::None }
}

/// Rajju of a nakshatra (0 foot … 4 head) and whether it is ascending.
fn rajju(n: usize) -> (u8, Option<bool>) {
    let k = n % 9;
    let dir = match k {
        0..=3 => Some(true),
        4 => None,
        _ => Some(false),
    };
    (tables::RAJJU_CYCLE[k], dir)
}

/// Scores the ten poruthams; `boy` is the groom's Moon, `girl` the bride's.
///
/// ```
/// use jyotish::matching::{DashakootOptions, MoonClass, Porutham, Verdict, dashakoot};
/// // Ashwini and Jyeshtha are a vedha pair: rejected whatever else agrees.
/// let m = dashakoot(MoonClass::new(1, 1)?, MoonClass::new(18, 1)?, &DashakootOptions::default());
/// assert!(!m.porutham(Porutham::Vedha).agrees);
/// assert_eq!(m.verdict, Verdict::Rejected);
/// # Ok::<(), jyotish::Error>(())
/// ```
pub fn dashakoot(boy: MoonClass, girl: MoonClass, o: &DashakootOptions) -> DashakootMatch {
    let (bn, gn) = (boy.nakshatra(), girl.nakshatra());
    let (br, gr) = (boy.rashi(), girl.rashi());
    let from_girl = tables::star_count(gn, bn);

    // Dina.
    let dina = match o.dina {
        DinaRule::Remainder => good_if(matches!(from_girl % 9, 0 | 2 | 4 | 6 | 8)),
        DinaRule::TamilPanchangam => good_if(dina_tamil(boy, girl)),
    };

    // Gana.
    let (bg, gg) = (bn.gana(), gn.gana());
    let gana = if bg == gg {
        match (bg, o.gana) {
            (Gana::Rakshasa, GanaPoruthamRule::TamilRakshasaAfter14) => good_if(gn.number() > 14),
            _ => Grade::Good,
        }
    } else if bg != Gana::Rakshasa && gg != Gana::Rakshasa {
        Grade::Medium
    } else {
        Grade::None
    };

    // Mahendra: 4, 7, 10, …, 25 from the bride's star.
    let mahendra = good_if(from_girl % 3 == 1 && from_girl > 1);

    // Stree-deergha: beyond the 13th good, beyond the 7th middling.
    let stree = match from_girl {
        14.. => Grade::Good,
        8..=13 => Grade::Medium,
        _ => Grade::None,
    };

    // Yoni: anything but enemies agrees; the same animal is best.
    let (by, gy) = (bn.yoni().index(), gn.yoni().index());
    let pair = (by.min(gy), by.max(gy));
    let enemy = tables::YONI_ENEMIES.contains(&pair)
        || (o.yoni == YoniEnmity::WithSerpentRat && pair == tables::YONI_SERPENT_RAT);
    let yoni = if enemy {
        Grade::None
    } else if by == gy {
        Grade::Good
    } else {
        Grade::Medium
    };

    // Rasi: the groom's sign beyond the 6th from the bride's.
    let rasi = good_if(tables::sign_count(gr, br) > 6);

    // Rasyadhipati.
    let rasyadhipati = match o.rasyadhipati {
        RasyadhipatiRule::Natural => match maitri_half_points(br, gr, MaitriTable::Standard) {
            10 => Grade::Good,
            6 | 8 => Grade::Medium,
            _ => Grade::None,
        },
        RasyadhipatiRule::TamilFriendList => {
            good_if(TAMIL_LORD_FRIENDS[br.lord().index()][gr.lord().index()])
        }
    };

    // Vasya.
    let groom_to_bride = tables::VASYA_SIGNS[gr.index()] & (1 << br.index()) != 0;
    let bride_to_groom = tables::VASYA_SIGNS[br.index()] & (1 << gr.index()) != 0;
    let vasya = good_if(match o.vasya {
        VasyaRule::GroomVashyaToBride => groom_to_bride,
        VasyaRule::Either => groom_to_bride || bride_to_groom,
    });

    // Rajju.
    let ((brj, bdir), (grj, gdir)) = (rajju(bn.index()), rajju(gn.index()));
    let relieved =
        o.rajju == RajjuRule::AarohaAvaroha && (bdir == Some(true)) != (gdir == Some(true));
    let rajju_g = good_if(brj != grj || relieved);

    // Vedha.
    let (a, b) = (bn.number().min(gn.number()), bn.number().max(gn.number()));
    let vedha = good_if(!tables::VEDHA_PAIRS.contains(&(a, b)));

    let poruthams = [
        res(Porutham::Dina, dina),
        res(Porutham::Gana, gana),
        res(Porutham::Mahendra, mahendra),
        res(Porutham::StreeDeergha, stree),
        res(Porutham::Yoni, yoni),
        res(Porutham::Rasi, rasi),
        res(Porutham::Rasyadhipati, rasyadhipati),
        res(Porutham::Vasya, vasya),
        res(Porutham::Rajju, rajju_g),
        res(Porutham::Vedha, vedha),
    ];
    let agreements = poruthams.iter().filter(|p| p.agrees).count() as u8;
    let essentials_agree = [dina, gana, yoni, rasi, rajju_g]
        .iter()
        .all(|g| *g != Grade::None);
    let verdict = if rajju_g == Grade::None || vedha == Grade::None {
        Verdict::Rejected
    } else if agreements >= o.min_agreements {
        Verdict::Acceptable
    } else {
        Verdict::NotRecommended
    };
    DashakootMatch {
        poruthams,
        agreements,
        essentials_agree,
        verdict,
    }
}

/// The Tamil panchangam Dina rule (see [`DinaRule::TamilPanchangam`]).
fn dina_tamil(boy: MoonClass, girl: MoonClass) -> bool {
    let (b, g) = (boy.nakshatra().number(), girl.nakshatra().number());
    let (bp, gp) = (boy.pada(), girl.pada());
    let (br, gr) = (boy.rashi().number(), girl.rashi().number());
    let from_boy = tables::star_count(boy.nakshatra(), girl.nakshatra()) as u8;
    if tables::DINA_TAMIL_COUNTS.contains(&from_boy) {
        return true;
    }
    if tables::DINA_TAMIL_BRIDE_PADAS
        .iter()
        .any(|&(n, padas)| n == g && padas & (1 << gp) != 0)
    {
        return true;
    }
    if g == b {
        if tables::DINA_TAMIL_SAME_STAR.contains(&g) && (gr < br || gp < bp) {
            return true;
        }
        if br < gr {
            return true;
        }
    }
    if gr == br && b < g {
        return true;
    }
    tables::DINA_TAMIL_PAIRS.contains(&(b, g))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mc(n: u8, p: u8) -> MoonClass {
        MoonClass::new(n, p).unwrap()
    }

    #[test]
    fn rajju_groups() {
        // Mrigashira, Chitra, Dhanishta: head.
        for n in [5, 14, 23] {
            assert_eq!(rajju(n - 1).0, 4);
        }
        // Ashwini, Ashlesha, Magha, Jyeshtha, Mula, Revati: foot.
        for n in [1, 9, 10, 18, 19, 27] {
            assert_eq!(rajju(n - 1).0, 0);
        }
    }

    #[test]
    fn mahendra_counts() {
        let o = DashakootOptions::default();
        for k in 1..=27u8 {
            // Groom k-1 stars after the bride (Ashwini): count k.
            let m = dashakoot(mc(k, 1), mc(1, 1), &o);
            let want = [4, 7, 10, 13, 16, 19, 22, 25].contains(&k);
            assert_eq!(m.porutham(Porutham::Mahendra).agrees, want, "{k}");
        }
    }
}
