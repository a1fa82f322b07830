//! Yoga presence against PyJHora 4.8.7 (an oracle, not the truth) on
//! identical sidereal positions: tests/data/pyjhora_yoga_all.csv, made by
//! tools/pyjhora_yoga/gen_yoga_fixtures.py (400 births, 283 of PyJHora's
//! 284 catalogue keys). The facts are built from PyJHora's own longitudes,
//! so the ephemeris plays no part; what is compared is the rule. PyJHora's
//! answer is what `get_yoga_details` reports for D1 (`<key>_from_jd_place`):
//! the `<key>@jd` column where the fixture has one, otherwise `<key>`. Known
//! disagreement classes are listed in tests/data/README.md ("Yoga
//! fixtures"); where PyJHora deviates from the text we follow the text.

use std::collections::BTreeMap;

use jyotish::yoga::{ChartFacts, find, is_present};

#[path = "yoga_vs_pyjhora/trace_a.rs"]
mod trace_a;

const CSV: &str = include_str!("data/pyjhora_yoga_all.csv");
/// Per birth of `CSV`: Maandi as PyJHora's yoga functions compute it (the
/// birth's clock hour; the `maandi` column of `CSV` is Maandi at the hour
/// shifted by the zone) and PyJHora's A1 and A12 (sign indices), made by
/// tools/pyjhora_yoga/gen_special_fixture.py.
const SPECIAL_CSV: &str = include_str!("data/pyjhora_yoga_special.csv");

/// Birth data and sidereal longitudes (degrees): not yogas.
const POSITION_COLUMNS: [&str; 14] = [
    "local_time",
    "lat",
    "lon",
    "tz",
    "asc",
    "sun",
    "moon",
    "mars",
    "mercury",
    "jupiter",
    "venus",
    "saturn",
    "rahu",
    "ketu",
];
/// PyJHora's own time facts (tithi, day birth, Maandi and Gulika
/// longitudes): not yogas.
const FACT_COLUMNS: [&str; 4] = ["pj_tithi", "pj_daytime", "maandi", "gulika"];

/// Keys whose `get_yoga_details` path is demonstrably broken, compared with
/// the one-argument planet-positions call (`<key>@pp`) instead: the jd/place
/// function of `parijatha_yoga` evaluates the Vyaya Malika rule (never true
/// in 4 400 births) instead of Parijata's.
const BROKEN_JD_PATH: [&str; 1] = ["parijatha_yoga"];

/// PyJHora keys with no declaration yet (none: every key of the fixture
/// is declared and compared).
const NOT_DECLARED: [&str; 0] = [];

/// Single cells no class explains yet (PyJHora fires and none of its
/// documented combinations holds on these positions), by key and ascendant.
/// Durmarana (birth 362): PyJHora's own Mandi, computed at the birth's
/// local clock time, is in Taurus with the Moon (called directly), but the
/// fixture's `maandi` column is computed at the clock time plus the zone
/// (`utils.jd_to_local`), so no classifier can re-run it from the fixture.
const UNEXPLAINED: [(&str, f64); 2] = [
    ("vanchana_chora_bheethi_yoga", 40.512218612503716),
    ("dhurmarana_yoga", 240.14840262784617),
];

/// Sign index (0 = Aries) of a longitude.
fn sign(deg: f64) -> usize {
    (deg.rem_euclid(360.0) / 30.0) as usize
}

/// Navamsa sign index (0 = Aries) of a longitude: 3°20′ parts counted on
/// from Aries, so each sign's first navamsa starts from the movable sign of
/// its triplicity.
fn navamsa(deg: f64) -> usize {
    (deg.rem_euclid(360.0) / (30.0 / 9.0)) as usize % 12
}

/// Classical lord (graha index, 0 = Sun) of a sign.
fn lord(s: usize) -> usize {
    [2, 5, 3, 1, 0, 3, 5, 2, 4, 6, 6, 4][s % 12]
}

struct Row {
    /// Position in the fixture (0-based birth number).
    index: usize,
    asc: f64,
    grahas: [f64; 9],
    gulika: f64,
    maandi: f64,
    /// Maandi as PyJHora's yoga functions compute it (`SPECIAL_CSV`).
    maandi_yoga: f64,
    /// PyJHora's arudha lagna and upapada (sign indices).
    pj_a1: usize,
    pj_a12: usize,
    /// PyJHora's tithi (1–30) at birth.
    tithi: u32,
    /// PyJHora's answer per key.
    flags: BTreeMap<&'static str, bool>,
}

impl Row {
    fn signs(&self) -> [usize; 9] {
        self.grahas.map(sign)
    }
    /// Sign of house `n` (1-based) from the lagna.
    fn house(&self, n: usize) -> usize {
        (sign(self.asc) + n - 1) % 12
    }
}

fn classic_class(key: &str, r: &Row, ours: bool) -> Option<&'static str> {
    let s: [usize; 9] = r.grahas.map(sign);
    let lagna = sign(r.asc);
    let in_sign = |t: usize| (0..9).filter(move |&i| s[i] == t);
    let tara = |t: usize| in_sign(t).any(|i| (2..=6).contains(&i));
    let node = |t: usize| in_sign(t).any(|i| i >= 7);
    // (reference graha, offsets, excluded luminary)
    let flank = |from: usize, offs: &[usize], lum: usize| -> Option<&'static str> {
        for &o in offs {
            let t = (s[from] + o) % 12;
            if ours && s[lum] == t && tara(t) {
                return Some("excluded luminary spoils");
            }
            if !ours && !tara(t) && node(t) {
                return Some("nodes counted");
            }
            if !ours && !tara(t) && lagna == t && from == 0 {
                return Some("lagna counted");
            }
        }
        None
    };
    match key {
        "sunaphaa_yoga" => flank(1, &[1], 0),
        "anaphaa_yoga" => flank(1, &[11], 0),
        "duradhara_yoga" => flank(1, &[1, 11], 0),
        "vesi_yoga" => flank(0, &[1], 1),
        "vosi_yoga" => flank(0, &[11], 1),
        "ubhayachara_yoga" => flank(0, &[1, 11], 1),
        "kemadruma_yoga" => {
            let kendra = |base: usize, t: usize| (t + 12 - base) % 3 == 0;
            let sun_or_node_in_lagna_kendra = [0, 7, 8].iter().any(|&i| kendra(lagna, s[i]));
            let node_by_moon = [7, 8]
                .iter()
                .any(|&i| [0, 1, 11].contains(&((s[i] + 12 - s[1]) % 12)));
            let tara_in_moon_kendra = (2..=6).any(|i| kendra(s[1], s[i]));
            (sun_or_node_in_lagna_kendra || node_by_moon || tara_in_moon_kendra)
                .then_some("occupants and cancellation")
        }
        "gaja_kesari_yoga" => {
            let d = (r.grahas[4] - r.grahas[0]).rem_euclid(360.0);
            let d = d.min(360.0 - d);
            if ours {
                (11.0..=28.0).contains(&d).then_some("combustion orb")
            } else {
                // Mercury and Venus aspect only the 7th: neither with Jupiter nor opposite.
                let influenced = [3, 5].iter().any(|&i| (s[i] + 12 - s[4]) % 6 == 0);
                if !influenced {
                    Some("benefic influence vacuous")
                } else {
                    // PyJHora's house_strengths_of_planets rates Virgo a friend's sign for Jupiter.
                    (s[4] == 5).then_some("Virgo as a friend's sign")
                }
            }
        }
        "harsha_yoga" | "sarala_yoga" | "vimala_yoga" => ours.then_some("dusthana"),
        "chaamara_yoga" => {
            let in_lagna = [3, 4, 5].iter().filter(|&&i| s[i] == lagna).count();
            if ours {
                // Or the lagna lord exalted but more than 1° from its deep
                // exaltation point, which PyJHora requires with positions.
                let lord_exalted = matches!(lagna, 9 | 10) && s[6] == 6
                    || matches!(lagna, 0 | 7) && s[2] == 9
                    || matches!(lagna, 1 | 6) && s[5] == 11
                    || matches!(lagna, 2 | 5) && s[3] == 5
                    || matches!(lagna, 8 | 11) && s[4] == 3
                    || lagna == 3 && s[1] == 1
                    || lagna == 4 && s[0] == 0;
                if in_lagna >= 2 {
                    Some("lagna omitted")
                } else {
                    lord_exalted.then_some("deep exaltation only")
                }
            } else {
                // Scorpio or Aquarius lagna: PyJHora may take Ketu or Rahu as its lord.
                (lagna == 7 || lagna == 10).then_some("node as co-lord")
            }
        }
        "saraswathi_yoga" => (!ours && s[4] == 5).then_some("Virgo as a friend's sign"),
        "sarpa_yoga" => {
            // Rahu and Ketu (always in opposite kendras together) counted as malefics.
            let nodes_in_kendra = (s[7] + 12 - lagna) % 3 == 0;
            nodes_in_kendra.then_some("nodes counted")
        }
        "vajra_yoga" | "yava_yoga" => {
            let (ben, mal) = if key == "vajra_yoga" {
                ([0, 6], [3, 9])
            } else {
                ([3, 9], [0, 6])
            };
            let off = |i: usize| (s[i] + 12 - lagna) % 12;
            let strict = [3, 4, 5].iter().all(|&i| ben.contains(&off(i)))
                && [0, 2, 6].iter().all(|&i| mal.contains(&off(i)));
            (!ours && !strict).then_some("presence only")
        }
        "amala_yoga" => {
            // A benefic (Mercury, Jupiter, Venus) with a malefic in the 10th.
            let mixed = [lagna, s[1]].iter().any(|&b| {
                let t = (b + 9) % 12;
                [3, 4, 5].iter().any(|&i| s[i] == t) && [0, 2, 6, 7, 8].iter().any(|&i| s[i] == t)
            });
            (!ours && mixed).then_some("malefic co-tenant")
        }
        _ => None,
    }
}

/// Disagreements from PyJHora's per-chart benefics on its jd/place path
/// (`charts.benefics_and_malefics`): the Moon benefic for tithis 1–15 and
/// malefic after; Mercury malefic only when outnumbered by malefics in his
/// sign. Ours: Mercury, Jupiter, Venus for the named yogas (BPHS 3.10–11;
/// the Moon by paksha where a rule says "benefics" of the chart).
fn chart_benefics_class(key: &str, r: &Row, ours: bool) -> Option<&'static str> {
    let s = r.signs();
    let lagna = sign(r.asc);
    let waxing = (r.grahas[1] - r.grahas[0]).rem_euclid(360.0) < 180.0;
    let from = |a: usize, b: usize| (b + 12 - a) % 12 + 1;
    match key {
        "adhi_yoga" => {
            let mercury_malefic = (0..9)
                .filter(|&i| s[i] == s[3] && [0, 2, 6, 7, 8].contains(&i))
                .count()
                > 0;
            let mercury_adhi = [6, 7, 8].contains(&from(s[1], s[3]));
            // PyJHora's jd path also wants the waxing Moon (a benefic) in
            // the 6th–8th from itself, which cannot be; and it drops
            // Mercury when he is outnumbered by malefics in his sign.
            let pj_mercury_malefic = pj_malefics(r) & (1 << 3) != 0;
            if ours {
                (waxing || (mercury_malefic && mercury_adhi)).then_some("chart benefics")
            } else {
                (pj_mercury_malefic && !mercury_adhi).then_some("chart benefics")
            }
        }
        "amala_yoga" => {
            let moon_tenth = from(lagna, s[1]) == 10;
            (!ours && waxing && moon_tenth).then_some("chart benefics")
        }
        "chaamara_yoga" => {
            let moon_with_benefic = [1, 7, 9, 10].contains(&from(lagna, s[1]))
                && [3, 4, 5].iter().any(|&i| s[i] == s[1]);
            // Ours: Mercury with Jupiter or Venus there; PyJHora's Mercury
            // is a malefic when outnumbered (a tie goes to the nearest).
            let mercury_pair =
                [1, 7, 9, 10].contains(&from(lagna, s[3])) && [4, 5].iter().any(|&i| s[i] == s[3]);
            let pj_mercury_malefic = pj_malefics(r) & (1 << 3) != 0;
            if ours {
                (mercury_pair && pj_mercury_malefic).then_some("chart benefics")
            } else {
                (waxing && moon_with_benefic).then_some("chart benefics")
            }
        }
        "sarpa_yoga" => {
            let moon_kendra = [1, 4, 7, 10].contains(&from(lagna, s[1]));
            (!ours && !waxing && moon_kendra).then_some("chart benefics")
        }
        _ => None,
    }
}

/// The documented class of a disagreement on a key beyond the first 54
/// (tests/data/README.md), or `None`.
fn bhava_class(key: &str, r: &Row, ours: bool) -> Option<&'static str> {
    let s = r.signs();
    let lagna = sign(r.asc);
    let l1 = lord(lagna);
    let in_sign = |t: usize| (0..9).filter(move |&i| s[i] == t);
    match key {
        "vanchana_chora_bheethi_yoga" => {
            // PyJHora evaluates the two Gulika combinations; we cannot.
            let g = sign(r.gulika);
            // PyJHora's malefics on this path include the waning Moon.
            let waning = (r.grahas[1] - r.grahas[0]).rem_euclid(360.0) >= 180.0;
            let malefic_in_lagna =
                in_sign(lagna).any(|i| [0, 2, 6, 7, 8].contains(&i)) || (waning && s[1] == lagna);
            let gulika_trine = [1, 5, 9].iter().any(|&n| r.house(n) == g);
            let kt_lord_with_gulika = [1, 4, 5, 7, 9, 10]
                .iter()
                .any(|&n| s[lord(r.house(n))] == g);
            if !ours && ((malefic_in_lagna && gulika_trine) || kt_lord_with_gulika) {
                Some("Gulika combinations")
            } else {
                (lagna == 7 || lagna == 10).then_some("node as co-lord")
            }
        }
        "rogagrastha_yoga" => {
            // PyJHora's second combination lets the lagna lord count as the
            // kendra/trikona lord it joins: any lagna lord not in a friend's,
            // own or exaltation sign makes the yoga.
            let dusthana_lord_with = [6, 8, 12]
                .iter()
                .any(|&n| lord(r.house(n)) != l1 && s[lord(r.house(n))] == s[l1]);
            let first = s[l1] == lagna && dusthana_lord_with;
            if ours {
                // Our second combination with a lagna lord weak by
                // combustion, a dusthana or compound relationship, which
                // PyJHora's sign-only table does not see.
                let trine_lord_with = [5, 9]
                    .iter()
                    .any(|&n| lord(r.house(n)) != l1 && s[lord(r.house(n))] == s[l1]);
                trine_lord_with.then_some("weakness criteria")
            } else {
                (!first).then_some("lagna lord joins itself")
            }
        }
        "anthya_vayasi_dhana_yoga" => {
            // PyJHora evaluates Raman #132's rule here: the 2nd lord in a
            // kendra or trine from the lagna lord.
            let d = (s[lord(r.house(2))] + 12 - s[l1]) % 12;
            let rule_132 = [0, 3, 4, 6, 8, 9].contains(&d);
            if r.flags[key] == rule_132 {
                Some("rule of #132")
            } else {
                // PyJHora may take Ketu or Rahu as lord of Scorpio or Aquarius.
                [lagna, r.house(2)]
                    .iter()
                    .any(|&h| h == 7 || h == 10)
                    .then_some("node as co-lord")
            }
        }
        _ => None,
    }
}

/// PyJHora's malefics on its jd/place path (`charts.benefics_and_malefics`):
/// Sun, Mars, Saturn, Rahu, Ketu; the Moon for tithis 16–30; Mercury when
/// more malefics than benefics share his sign (a tie goes to the graha
/// nearest him in longitude). Bit `i` = graha index.
fn pj_malefics(r: &Row) -> u16 {
    let s = r.signs();
    let mut mal: u16 = 0b1_1100_0101;
    let mut ben: u16 = 0b11_0000;
    if r.tithi > 15 {
        mal |= 1 << 1;
    } else {
        ben |= 1 << 1;
    }
    let with_me = |set: u16| {
        (0..9)
            .filter(|&i| set & (1 << i) != 0 && s[i] == s[3])
            .count()
    };
    let (m, b) = (with_me(mal), with_me(ben));
    let mercury_malefic = if m == b && m > 0 {
        let deg = |i: usize| r.grahas[i].rem_euclid(30.0);
        let nearest = (0..9)
            .filter(|&i| i != 3 && s[i] == s[3])
            .min_by(|&a, &c| (deg(a) - deg(3)).abs().total_cmp(&(deg(c) - deg(3)).abs()))
            .unwrap();
        mal & (1 << nearest) != 0
    } else {
        m > b
    };
    if mercury_malefic { mal | (1 << 3) } else { mal }
}

/// Graha drishti: does graha `g` in sign `from` aspect sign `to`?
fn graha_drishti(g: usize, from: usize, to: usize) -> bool {
    let d = (to + 12 - from) % 12 + 1;
    d == 7
        || (g == 2 && (d == 4 || d == 8))
        || (g == 4 && (d == 5 || d == 9))
        || (g == 6 && (d == 3 || d == 10))
}

/// Rasi (sign) drishti: movable signs aspect the fixed ones but the
/// adjacent, fixed the movable but the adjacent, dual the other duals.
fn rasi_drishti(from: usize, to: usize) -> bool {
    let (a, b) = (from % 3, to % 3);
    let adjacent = (to + 12 - from) % 12 == 1 || (from + 12 - to) % 12 == 1;
    match a {
        0 => b == 1 && !adjacent,
        1 => b == 0 && !adjacent,
        _ => b == 2 && from != to,
    }
}

/// PyJHora's `house.planets_aspecting_the_raasi(chart, raasi)` as it
/// computes: the grahas whose sign has rasi drishti on a sign holding the
/// graha whose *index* equals `raasi` (a sign number compared with graha
/// numbers), rather than the grahas aspecting the sign `raasi`.
fn pj_aspecting_raasi(s: &[usize; 9], raasi: usize) -> u16 {
    let mut out = 0;
    for p in 0..9 {
        if (0..9).any(|q| q == raasi && rasi_drishti(s[p], s[q])) {
            out |= 1 << p;
        }
    }
    out
}

/// The grahas aspecting sign `t` by graha drishti.
fn aspecting(s: &[usize; 9], t: usize) -> u16 {
    (0..9)
        .filter(|&p| graha_drishti(p, s[p], t))
        .fold(0, |m, p| m | (1 << p))
}

/// Classes traced key by key (tests/data/README.md, "Yoga fixtures").
fn traced_class(key: &str, r: &Row, ours: bool) -> Option<&'static str> {
    let s = r.signs();
    let lagna = sign(r.asc);
    let theirs = !ours;
    let pj_mal = pj_malefics(r);
    let occupied_by = |t: usize, set: u16| (0..9).any(|i| set & (1 << i) != 0 && s[i] == t);
    match key {
        "bandhu_pujya_yoga_194" => {
            // Jupiter in, or aspecting, the 4th; or with, or aspecting, the
            // 4th lord. PyJHora's "Jupiter conjoins the 4th lord" also holds
            // when Jupiter is the 4th lord (joined with itself).
            let h4 = r.house(4);
            let rule_with = |l4: usize, asp: &dyn Fn(usize) -> u16, itself: bool| {
                s[4] == h4
                    || asp(h4) & (1 << 4) != 0
                    || ((l4 != 4 || itself) && s[4] == s[l4])
                    || graha_drishti(4, s[4], s[l4])
            };
            let rule = |asp: &dyn Fn(usize) -> u16, itself: bool| rule_with(lord(h4), asp, itself);
            // PyJHora may take Ketu or Rahu as lord of Scorpio or Aquarius.
            let node = match h4 {
                7 => Some(8),
                10 => Some(7),
                _ => None,
            };
            let text = rule(&|t| aspecting(&s, t), false);
            if text != ours {
                None
            } else if rule(&|t| aspecting(&s, t), true) == theirs {
                Some("Jupiter joins itself")
            } else {
                if rule(&|t| pj_aspecting_raasi(&s, t), true) == theirs {
                    Some("house aspect misindexed")
                } else {
                    node.filter(|&n| rule_with(n, &|t| pj_aspecting_raasi(&s, t), true) == theirs)
                        .map(|_| "node as co-lord")
                }
            }
        }
        "kaalanirdesat_puthranaasa_yoga_230" | "khalwata_yoga" => {
            // Re-evaluate PyJHora's rule with its house-aspect lookup and
            // with graha drishti: the class holds when the first gives
            // PyJHora's answer and the second ours.
            let rule = |asp: &dyn Fn(usize) -> u16, mal: u16| -> bool {
                let hit = |t: usize| occupied_by(t, mal) || asp(t) & mal != 0;
                if key == "bandhu_pujya_yoga_194" {
                    // Jupiter in, or aspecting, the 4th; or with, or
                    // aspecting, the 4th lord.
                    let (h4, l4) = (r.house(4), lord(r.house(4)));
                    let j = 1 << 4;
                    s[4] == h4 || asp(h4) & j != 0 || s[4] == s[l4] || graha_drishti(4, s[4], s[l4])
                } else if key == "khalwata_yoga" {
                    [0, 1, 4, 7, 8, 9, 10].contains(&lagna) && asp(lagna) & mal != 0
                } else {
                    hit((lagna + 4) % 12) && hit((s[4] + 4) % 12)
                }
            };
            let pj = rule(&|t| pj_aspecting_raasi(&s, t), pj_mal);
            let text = rule(&|t| aspecting(&s, t), pj_mal);
            (pj == theirs && text == ours).then_some("house aspect misindexed")
        }
        "dharidhra_yoga" => {
            // PyJHora's method 1 also counts the 2nd lord in a dusthana.
            let l2 = lord(r.house(2));
            if theirs && [6, 8, 12].iter().any(|&n| s[l2] == r.house(n)) {
                Some("2nd lord counted")
            } else {
                // PyJHora may take Ketu or Rahu as lord of Scorpio or Aquarius.
                [r.house(2), r.house(11)]
                    .iter()
                    .any(|&h| h == 7 || h == 10)
                    .then_some("node as co-lord")
            }
        }
        "bandhubhisthyaktha_yoga" => {
            // Raman #195: the 4th lord associated with malefics, or in an
            // evil shashtiamsa, or in an inimical or debilitation sign.
            let l4 = lord(r.house(4));
            let mal = pj_malefics(r);
            // PyJHora's shashtiamsa deity: index (2 × degrees in sign),
            // reversed in signs of even index (0 = Aries, i.e. the odd
            // signs of the texts), evil if in `const.shashti_amsa_rulers_kroora`.
            const KROORA: [usize; 23] = [
                0, 1, 7, 8, 9, 10, 11, 14, 15, 29, 30, 31, 32, 33, 34, 39, 41, 42, 43, 47, 50, 51,
                58,
            ];
            // It reads the degrees of `planet_positions[lord]`, one entry
            // off (entry 0 is the lagna): the graha before the 4th lord.
            let deg = if l4 == 0 { r.asc } else { r.grahas[l4 - 1] };
            let part = ((deg.rem_euclid(30.0) * 2.0) as usize) % 60;
            let deity = if s[l4] % 2 == 0 { 59 - part } else { part };
            let pj_evil_amsa = KROORA.contains(&deity);
            // Associated: conjoined, mutual graha drishti or exchange.
            let pj_assoc = (0..9).any(|m| {
                m != l4
                    && mal & (1 << m) != 0
                    && (s[m] == s[l4]
                        || (graha_drishti(m, s[m], s[l4]) && graha_drishti(l4, s[l4], s[m]))
                        || (lord(s[m]) == l4 && lord(s[l4]) == m))
            });
            let pj_inimical = l4 < 7 && PJ_SIGN_STRENGTH[l4][s[l4]] <= 1;
            if theirs {
                if pj_evil_amsa {
                    Some("shashtiamsa not a chart fact")
                } else if pj_assoc {
                    Some("association by aspect or exchange")
                } else if pj_inimical {
                    Some("enmity by sign table")
                } else {
                    [7, 10].contains(&r.house(4)).then_some("node as co-lord")
                }
            } else {
                // Ours: compound enmity (BPHS 3.55–56) where PyJHora's table
                // sees none, or our chart malefics.
                let waxing = (r.grahas[1] - r.grahas[0]).rem_euclid(360.0) < 180.0;
                let base: u16 = 0b1_1100_0101 | if waxing { 0 } else { 1 << 1 };
                let merc_bad = (0..9).any(|i| i != 3 && s[i] == s[3] && base & (1 << i) != 0);
                let our_mal = base | if merc_bad { 1 << 3 } else { 0 };
                let with_only_ours =
                    (0..9).any(|m| m != l4 && our_mal & !mal & (1 << m) != 0 && s[m] == s[l4]);
                if with_only_ours {
                    Some("chart benefics")
                } else {
                    (!pj_inimical).then_some("enmity by sign table")
                }
            }
        }
        "madhya_vayasi_dhana_yoga" => {
            // PyJHora evaluates a rule of its own: chart benefics in both
            // the 2nd and the 3rd from the lagna lord.
            let ben = pj_benefics(r);
            let rule = |l1: usize| {
                let at = |o: usize| occupied_by((s[l1] + o) % 12, ben);
                at(1) && at(2)
            };
            // PyJHora may take Ketu or Rahu as lord of Scorpio or Aquarius.
            let node = match lagna {
                7 => Some(8),
                10 => Some(7),
                _ => None,
            };
            if theirs && rule(lord(lagna)) {
                Some("rule not the text's")
            } else {
                node.filter(|&n| theirs && rule(n))
                    .map(|_| "node as co-lord")
            }
        }
        "brahma_yoga" | "hari_yoga" | "hara_yoga" | "harihara_brahma_yoga" => {
            // BPHS 36: every benefic in the 2nd, 12th or 8th from the 2nd
            // lord (Hari), the 4th, 9th or 8th from the 7th lord (Hara), the
            // 4th, 10th or 11th from the lagna lord (Brahma; or Jupiter,
            // Venus and Mercury in kendras from the 9th, 11th and lagna or
            // 10th lords). PyJHora: its chart benefics, the first Brahma
            // combination only, and the reference lord left out of the
            // benefics for Hara and Brahma. For Harihara Brahma it takes
            // the union of those three, not Raman #51's rule.
            let m2 = {
                let k = |g: usize, n: usize| (s[g] + 12 - s[lord(r.house(n))]) % 3 == 0;
                k(4, 9) && k(5, 11) && (k(3, 1) || k(3, 10))
            };
            let part = |n: usize, offs: [usize; 3], ben: u16, excl: bool| {
                let l = lord(r.house(n));
                (0..9)
                    .filter(|&p| ben & (1 << p) != 0 && !(excl && p == l))
                    .all(|p| offs.contains(&((s[p] + 12 - s[l]) % 12)))
            };
            let hari = |ben: u16| part(2, [1, 7, 11], ben, false);
            let hara = |ben: u16, excl: bool| part(7, [3, 8, 7], ben, excl);
            let brahma = |ben: u16, excl: bool, second: bool| {
                part(1, [3, 9, 10], ben, excl) || (second && m2)
            };
            let rule = |ben: u16, excl: bool, second: bool| match key {
                "hari_yoga" => hari(ben),
                "hara_yoga" => hara(ben, excl),
                "brahma_yoga" => brahma(ben, excl, second),
                _ => hari(ben) || hara(ben, excl) || brahma(ben, excl, false),
            };
            let (pb, ob) = (pj_benefics(r), our_benefics(r));
            let nodes = [r.house(1), r.house(2), r.house(7)]
                .iter()
                .any(|&h| h == 7 || h == 10);
            if theirs != rule(pb, true, false) {
                // PyJHora may take Ketu or Rahu as lord of Scorpio or Aquarius.
                nodes.then_some("node as co-lord")
            } else if key == "harihara_brahma_yoga" {
                Some("rule not the text's")
            } else if key == "brahma_yoga" && rule(pb, true, true) == ours {
                Some("second combination omitted")
            } else if rule(ob, true, false) == ours {
                Some("chart benefics")
            } else if key != "hari_yoga" && rule(pb, false, false) == ours {
                Some("reference lord excluded")
            } else {
                Some("several departures")
            }
        }
        "vasumathi_yoga" => {
            // Raman #9: Mercury, Jupiter and Venus all in upachayas (3, 6,
            // 10, 11) from the lagna, or all from the Moon. PyJHora: its
            // chart benefics (the Moon by tithi, Mercury by company), each
            // in an upachaya from the lagna *or* from the Moon, references
            // mixed graha by graha.
            let up = |from: usize, p: usize| [2, 5, 9, 10].contains(&((s[p] + 12 - from) % 12));
            let rule = |ben: u16, mixed: bool| {
                let each =
                    |f: &dyn Fn(usize) -> bool| (0..9).filter(|&p| ben & (1 << p) != 0).all(f);
                if mixed {
                    each(&|p| up(lagna, p) || up(s[1], p))
                } else {
                    each(&|p| up(lagna, p)) || each(&|p| up(s[1], p))
                }
            };
            let (pb, nat) = (pj_benefics(r), 0b11_1000);
            if theirs != rule(pb, true) {
                None
            } else if rule(pb, false) == ours {
                Some("references mixed")
            } else if rule(nat, true) == ours {
                Some("chart benefics")
            } else {
                Some("several departures")
            }
        }
        "sankha_yoga" => {
            // BPHS 36: a strong lagna lord with the 5th and 6th lords in
            // mutual kendras; or the lagna and 10th lords together in a
            // movable sign with a strong 9th lord. PyJHora's "strong" is its
            // sign table ([`pj_strong`]), and it tests the sign numbered
            // lagna + the lords' sign for movability (the sign index added
            // to the ascendant's a second time).
            let l = |n: usize| lord(r.house(n));
            let rule = |strong: &dyn Fn(usize) -> bool, misindexed: bool| {
                let t = if misindexed {
                    (lagna + s[l(1)]) % 12
                } else {
                    s[l(1)]
                };
                (strong(l(1)) && (s[l(5)] + 12 - s[l(6)]) % 3 == 0)
                    || (s[l(1)] == s[l(10)] && t % 3 == 0 && strong(l(9)))
            };
            let pj = |g: usize| pj_strong(r, g);
            let our = |g: usize| our_strong(r, g);
            if theirs != rule(&pj, true) {
                [r.house(1), r.house(5), r.house(6), r.house(9), r.house(10)]
                    .iter()
                    .any(|&h| h == 7 || h == 10)
                    .then_some("node as co-lord")
            } else if rule(&our, true) == ours {
                Some("strength by sign table")
            } else if rule(&pj, false) == ours {
                Some("movable sign misindexed")
            } else {
                Some("several departures")
            }
        }
        "annadana_yoga" => {
            // Raman #171: the 2nd lord (in a vaiseshikamsa, not a chart
            // fact) conjoined with or aspected by Jupiter and by Mercury.
            // PyJHora lets a sign of a neutral or better (its table) stand
            // in for the vaiseshikamsa, counts the 2nd lord as conjoining
            // itself, and looks up the grahas the 2nd lord aspects rather
            // than those aspecting it.
            let l2 = lord(r.house(2));
            let rule = |amsa: bool, itself: bool, reversed: bool| {
                let link = |x: usize| {
                    (s[x] == s[l2] && (itself || x != l2))
                        || if reversed {
                            graha_drishti(l2, s[l2], s[x])
                        } else {
                            graha_drishti(x, s[x], s[l2])
                        }
                };
                (!amsa || PJ_SIGN_STRENGTH[l2][s[l2]] >= 2) && link(4) && link(3)
            };
            if theirs != rule(true, true, true) {
                // PyJHora may take Ketu or Rahu as lord of Scorpio or Aquarius.
                [7, 10].contains(&r.house(2)).then_some("node as co-lord")
            } else if rule(false, true, true) == ours {
                Some("sign strength for vaiseshikamsa")
            } else if rule(true, false, true) == ours {
                Some("2nd lord joins itself")
            } else if rule(true, true, false) == ours {
                Some("aspect direction reversed")
            } else {
                Some("several departures")
            }
        }
        "satkathadisravana_yoga" => {
            // Raman #186: the 3rd house a benefic's sign aspected by
            // benefics, the 3rd lord in a benefic navamsa (or, with
            // PyJHora's gloss, joined or aspected by a benefic). PyJHora:
            // "a benefic sign" = the 3rd lord is one of its chart benefics;
            // the aspect on the 3rd through the misindexed
            // `planets_aspecting_the_raasi`; no navamsa test; its chart
            // benefics throughout.
            let h3 = r.house(3);
            let l3 = lord(h3);
            const BENEFIC_SIGNS: [usize; 7] = [1, 2, 3, 5, 6, 8, 11];
            let rule = |ben: u16, sign_by_lord: bool, misindexed: bool, amsa: bool| {
                let benefic_sign = if sign_by_lord {
                    ben & (1 << l3) != 0
                } else {
                    BENEFIC_SIGNS.contains(&h3)
                };
                let asp = if misindexed {
                    pj_aspecting_raasi(&s, h3)
                } else {
                    aspecting(&s, h3)
                };
                let lord_ok = (0..9).any(|b| {
                    b != l3
                        && ben & (1 << b) != 0
                        && (s[b] == s[l3] || graha_drishti(b, s[b], s[l3]))
                }) || (amsa && BENEFIC_SIGNS.contains(&navamsa(r.grahas[l3])));
                benefic_sign && asp & ben != 0 && lord_ok
            };
            let (pb, ob) = (pj_benefics(r), our_benefics(r));
            if theirs != rule(pb, true, true, false) {
                [7, 10].contains(&h3).then_some("node as co-lord")
            } else if rule(pb, true, false, false) == ours {
                Some("house aspect misindexed")
            } else if rule(pb, false, true, false) == ours {
                Some("benefic sign by chart benefics")
            } else if rule(pb, true, true, true) == ours {
                Some("navamsa alternative omitted")
            } else if rule(ob, true, true, false) == ours {
                Some("chart benefics")
            } else {
                Some("several departures")
            }
        }
        "kahala_yoga" => {
            // Raman #15: the 4th and 9th lords in mutual kendras, the lagna
            // lord strong. PyJHora's "strong" here is the lagna lord in a
            // kendra or trikona, whatever its combustion or debilitation;
            // ours is `Cond::Strong` ([`our_strong`]).
            let l = |n: usize| lord(r.house(n));
            let kt = |g: usize| [0, 3, 4, 6, 8, 9].contains(&((s[g] + 12 - lagna) % 12));
            // PyJHora also counts one graha owning both houses (Mars for a
            // Leo lagna, Venus for Aquarius) as in a kendra from itself.
            let rule = |strong: bool, itself: bool| {
                strong && (itself || l(4) != l(9)) && (s[l(9)] + 12 - s[l(4)]) % 3 == 0
            };
            if theirs != rule(kt(l(1)), true) {
                [r.house(1), r.house(4), r.house(9)]
                    .iter()
                    .any(|&h| h == 7 || h == 10)
                    .then_some("node as co-lord")
            } else if rule(our_strong(r, l(1)), true) == ours {
                Some("strength by house alone")
            } else if rule(kt(l(1)), false) == ours {
                Some("one lord for both houses")
            } else {
                Some("several departures")
            }
        }
        "vishaprayoga_yoga" => {
            // Raman #176. PyJHora's jd/place path passes navamsa positions
            // but builds its navamsa chart only when none are passed, so
            // the function returns false for every birth.
            ours.then_some("navamsa chart not built")
        }
        "jada_yoga" => {
            // Raman #158: the 2nd lord in the 10th with malefics, or the 2nd
            // joined by the Sun and Mandi; the second needs Mandi, not a
            // chart fact, and is left out here. PyJHora evaluates it with
            // its `maandi` longitude.
            let h2 = r.house(2);
            let l2 = lord(h2);
            let with_mal =
                |mal: u16| (0..9).any(|m| m != l2 && mal & (1 << m) != 0 && s[m] == s[l2]);
            if theirs && s[0] == h2 && sign(r.maandi) == h2 {
                Some("Mandi not a chart fact")
            } else if s[l2] == r.house(10) && with_mal(pj_malefics(r)) == theirs {
                Some("chart benefics")
            } else {
                // PyJHora may take Ketu or Rahu as lord of Scorpio or Aquarius.
                [7, 10].contains(&h2).then_some("node as co-lord")
            }
        }
        "satkalatra_yoga" => {
            // Raman #239: the 7th lord or Venus joined or aspected by
            // Jupiter or Mercury. PyJHora's "the 7th lord conjoins Jupiter
            // (Mercury)" also holds when the 7th lord *is* Jupiter
            // (Mercury): it compares the two grahas' signs.
            let l7 = lord(r.house(7));
            let link = |g: usize, itself: bool| {
                [3, 4]
                    .iter()
                    .any(|&x| (s[x] == s[g] && (itself || x != g)) || graha_drishti(x, s[x], s[g]))
            };
            let rule = |itself: bool| link(l7, itself) || link(5, itself);
            if theirs != rule(true) {
                [7, 10].contains(&r.house(7)).then_some("node as co-lord")
            } else {
                (rule(false) == ours).then_some("7th lord joins itself")
            }
        }
        "vahana_yoga_210" => {
            // Raman #210: the 4th lord exalted, the lord of its exaltation
            // sign in a kendra or trikona. PyJHora's "exalted" is its
            // table's grade 4 or better, so an own sign counts too (the 4th
            // lord then its own dispositor), and it reads exaltation by
            // sign; our dignity (BPHS 3.51–52) keeps exaltation to the first
            // 3° of Taurus for the Moon and the first 15° of Virgo for
            // Mercury, the rest being moolatrikona (and own sign).
            const EXALT: [usize; 7] = [0, 1, 9, 5, 3, 11, 6];
            let l4 = lord(r.house(4));
            let deg = r.grahas[l4].rem_euclid(30.0);
            let rule = |own: bool, by_sign: bool| {
                let exalted = (own && PJ_SIGN_STRENGTH[l4][s[l4]] == 5)
                    || (s[l4] == EXALT[l4]
                        && (by_sign
                            || match l4 {
                                1 => deg < 3.0,
                                3 => deg < 15.0,
                                _ => true,
                            }));
                let d = lord(s[l4]);
                exalted && [0, 3, 4, 6, 8, 9].contains(&((s[d] + 12 - lagna) % 12))
            };
            if theirs != rule(true, true) {
                [7, 10].contains(&r.house(4)).then_some("node as co-lord")
            } else if rule(false, true) == ours {
                Some("own sign counted")
            } else if rule(true, false) == ours {
                Some("exaltation by sign")
            } else {
                Some("several departures")
            }
        }
        "parakrama_yoga" => {
            // Raman #182: the 3rd lord in a benefic navamsa, joined or
            // aspected by benefics, Mars in a benefic sign. PyJHora: its
            // chart benefics, and a benefic 3rd lord "conjoins a benefic"
            // by itself (it compares each benefic's sign with the lord's).
            const BENEFIC_SIGNS: [usize; 7] = [1, 2, 3, 5, 6, 8, 11];
            let l3 = lord(r.house(3));
            let rule = |ben: u16, itself: bool| {
                let infl = (0..9).any(|b| {
                    ben & (1 << b) != 0
                        && (itself || b != l3)
                        && (s[b] == s[l3] || graha_drishti(b, s[b], s[l3]))
                });
                BENEFIC_SIGNS.contains(&navamsa(r.grahas[l3]))
                    && infl
                    && BENEFIC_SIGNS.contains(&s[2])
            };
            let (pb, ob) = (pj_benefics(r), our_benefics(r));
            if theirs != rule(pb, true) {
                [7, 10].contains(&r.house(3)).then_some("node as co-lord")
            } else if rule(pb, false) == ours {
                Some("3rd lord joins itself")
            } else if rule(ob, true) == ours {
                Some("chart benefics")
            } else {
                Some("several departures")
            }
        }
        "mridanga_yoga" => {
            // Raman #46 (BPHS 36): grahas in own or exaltation signs in
            // kendras and trikonas, the lagna lord strong; ours: at least
            // two such grahas in kendras or trikonas, `Cond::Strong`.
            // PyJHora: one such graha in a kendra and one in a trikona (the
            // lagna serving as both), its sign table's grade ≥ 4 for the
            // dignity and for the lagna lord's strength.
            let kendra = |g: usize| (s[g] + 12 - lagna) % 3 == 0;
            let trikona = |g: usize| [0, 4, 8].contains(&((s[g] + 12 - lagna) % 12));
            // Its table rates Rahu exalted in Taurus and Gemini, Ketu in
            // Scorpio and Sagittarius, and it counts the nodes too.
            let dignified = |g: usize| match g {
                7 => [1, 2].contains(&s[7]),
                8 => [7, 8].contains(&s[8]),
                _ => PJ_SIGN_STRENGTH[g][s[g]] >= 4,
            };
            let rule = |each: bool, pj_strength: bool, nodes: bool| {
                let n = if nodes { 9 } else { 7 };
                let ok: Vec<usize> = (0..n).filter(|&g| dignified(g)).collect();
                let placed = if each {
                    ok.iter().any(|&g| kendra(g)) && ok.iter().any(|&g| trikona(g))
                } else {
                    ok.iter().filter(|&&g| kendra(g) || trikona(g)).count() >= 2
                };
                let l1 = lord(lagna);
                placed
                    && if pj_strength {
                        dignified(l1)
                    } else {
                        our_strong(r, l1)
                    }
            };
            if theirs != rule(true, true, true) {
                // PyJHora may take Ketu or Rahu as lord of Scorpio or Aquarius.
                [7, 10].contains(&lagna).then_some("node as co-lord")
            } else if rule(false, true, true) == ours {
                Some("kendra and trikona each")
            } else if rule(true, false, true) == ours {
                Some("strength by sign table")
            } else if rule(true, true, false) == ours {
                Some("nodes counted")
            } else {
                Some("several departures")
            }
        }
        "bhaga_chumbana_yoga" => {
            // Raman #240: the 7th lord in the 4th with Venus, or the lagna
            // lord debilitated in the rasi or the navamsa. PyJHora: rasi
            // debilitation only within 1° of the deep debilitation point
            // (positions given), and Venus as 7th lord in the 4th is "with
            // Venus" by itself.
            const DEEP_DEB: [f64; 7] = [190.0, 213.0, 118.0, 345.0, 275.0, 177.0, 20.0];
            const DEB: [usize; 7] = [6, 7, 3, 11, 9, 5, 0];
            let (l1, l7, h4) = (lord(lagna), lord(r.house(7)), r.house(4));
            let rule = |deep: bool, itself: bool| {
                let d = (r.grahas[l1] - DEEP_DEB[l1]).abs();
                let rasi = if deep { d <= 1.0 } else { s[l1] == DEB[l1] };
                (s[l7] == h4 && s[5] == h4 && (itself || l7 != 5))
                    || rasi
                    || navamsa(r.grahas[l1]) == DEB[l1]
            };
            if theirs != rule(true, true) {
                [lagna, r.house(7)]
                    .iter()
                    .any(|&h| h == 7 || h == 10)
                    .then_some("node as co-lord")
            } else if rule(false, true) == ours {
                Some("deep debilitation only")
            } else if rule(true, false) == ours {
                Some("Venus joins itself")
            } else {
                Some("several departures")
            }
        }
        "matru_satrutwa_yoga" => {
            // Raman #207: Mercury, lord of the lagna and the 4th (Gemini or
            // Virgo rising), joined or aspected by a malefic. PyJHora tests
            // Mercury and the 4th lord *in* the lagna, a malefic in the
            // lagna, or a malefic that Mercury aspects.
            let l4 = lord(r.house(4));
            let mal = pj_malefics(r);
            let pj = s[3] == lagna
                && s[l4] == lagna
                && (0..9).any(|m| {
                    mal & (1 << m) != 0 && (s[m] == lagna || graha_drishti(3, s[3], s[m]))
                });
            let our_mal = 0x1ff & !our_benefics(r);
            let text = [2, 5].contains(&lagna)
                && (0..9).any(|m| {
                    m != 3
                        && our_mal & (1 << m) != 0
                        && (s[m] == s[3] || graha_drishti(m, s[m], s[3]))
                });
            if text != ours {
                None
            } else if theirs == pj {
                Some("lordship read as occupation")
            } else {
                [7, 10].contains(&r.house(4)).then_some("node as co-lord")
            }
        }
        "ayatna_griha_prapta_yoga_190" => {
            // Raman #190: the 9th lord in a kendra, the 4th lord in its
            // exaltation, moolatrikona or own sign. PyJHora: a friend's sign
            // also counts (its "strong", grade ≥ 3), moolatrikona by sign.
            const MT: [usize; 7] = [4, 1, 0, 5, 8, 6, 10];
            let (l4, l9) = (lord(r.house(4)), lord(r.house(9)));
            let rule = |grade: u8| {
                (s[l9] + 12 - lagna) % 3 == 0
                    && (PJ_SIGN_STRENGTH[l4][s[l4]] >= grade || s[l4] == MT[l4])
            };
            if theirs != rule(3) {
                [7, 10]
                    .iter()
                    .any(|&h| h == r.house(4) || h == r.house(9))
                    .then_some("node as co-lord")
            } else if rule(4) == ours {
                Some("friend's sign counted")
            } else {
                Some("several departures")
            }
        }
        "asatyavadi_yoga" => {
            // Raman #157: the 2nd lord in a sign of Saturn or Mars, and
            // malefics in kendras and trikonas. PyJHora's jd/place path
            // hands its chart *benefics* to the function as the malefics.
            let l2 = lord(r.house(2));
            let kt = |g: usize| [0, 3, 4, 6, 8, 9].contains(&((s[g] + 12 - lagna) % 12));
            let rule = |set: u16| {
                [0, 7, 9, 10].contains(&s[l2]) && (0..9).any(|g| set & (1 << g) != 0 && kt(g))
            };
            let our_mal = 0x1ff & !our_benefics(r);
            if rule(our_mal) != ours {
                None
            } else if theirs == rule(pj_benefics(r)) {
                Some("benefics passed as malefics")
            } else {
                [7, 10]
                    .iter()
                    .any(|&h| h == r.house(2) || h == s[l2])
                    .then_some("node as co-lord")
            }
        }
        "swaveeryaddhana_yoga" => {
            // Raman #130–132 (alternatives; #130 needs vaiseshikamsa and is
            // left out on our side): (b) the rasi dispositor of the lagna
            // lord's navamsa dispositor strong, in a kendra or trikona from
            // the 2nd lord or in its own or exaltation sign; (c) the 2nd
            // lord in a kendra or trikona from the lagna lord, or a benefic
            // 2nd lord in deep exaltation or with an exalted graha.
            // PyJHora: "strong" by its sign table (friend or better); the
            // 2nd lord exalted anywhere in its sign for "deep exaltation";
            // its chart benefics.
            const EXALT: [usize; 7] = [0, 1, 9, 5, 3, 11, 6];
            const DEEP: [f64; 7] = [10.0, 33.0, 298.0, 165.0, 95.0, 357.0, 200.0];
            let grade = |g: usize| PJ_SIGN_STRENGTH[g][s[g]];
            let kt = |a: usize, b: usize| [0, 3, 4, 6, 8, 9].contains(&((b + 12 - a) % 12));
            let (l1, l2) = (lord(lagna), lord(r.house(2)));
            let disp = lord(s[lord(navamsa(r.grahas[l1]))]);
            let exalted_by_sign = |g: usize| g < 7 && s[g] == EXALT[g];
            let our_exalted = |g: usize| {
                let deg = r.grahas[g].rem_euclid(30.0);
                exalted_by_sign(g)
                    && match g {
                        1 => deg < 3.0,
                        3 => deg < 15.0,
                        _ => true,
                    }
            };
            let deep = |g: usize| {
                let d = (r.grahas[g] - DEEP[g]).rem_euclid(360.0);
                d.min(360.0 - d) <= 1.0
            };
            let rule = |pj_strength: bool, by_sign: bool, ben: u16, itself: bool| {
                let strong = if pj_strength {
                    grade(disp) >= 3
                } else {
                    our_strong(r, disp)
                };
                let b =
                    strong && (((itself || disp != l2) && kt(s[l2], s[disp])) || grade(disp) >= 4);
                let c1 = l1 == l2 || kt(s[l1], s[l2]);
                let with_exalted = (0..7).any(|p| {
                    p != l2
                        && s[p] == s[l2]
                        && if by_sign {
                            exalted_by_sign(p)
                        } else {
                            our_exalted(p)
                        }
                });
                let c2 = ben & (1 << l2) != 0
                    && ((if by_sign {
                        exalted_by_sign(l2)
                    } else {
                        deep(l2)
                    }) || with_exalted);
                b || c1 || c2
            };
            let (pb, ob) = (pj_benefics(r), our_benefics(r));
            // #130 on PyJHora's side: the lagna lord in its own or
            // exaltation sign, in a kendra with Jupiter, and the 2nd lord's
            // vaiseshikamsa score (sixteen vargas) at least 13.
            let first = grade(l1) >= 4 && (s[l1] + 12 - lagna) % 3 == 0 && s[4] == s[l1];
            if theirs != rule(true, true, pb, true) {
                if theirs && first {
                    Some("vaiseshikamsa not a chart fact")
                } else {
                    [
                        lagna,
                        r.house(2),
                        s[l2],
                        s[lord(navamsa(r.grahas[l1]))],
                        navamsa(r.grahas[l1]),
                    ]
                    .iter()
                    .any(|&h| h == 7 || h == 10)
                    .then_some("node as co-lord")
                }
            } else if rule(false, true, pb, true) == ours {
                Some("strength by sign table")
            } else if rule(true, false, pb, true) == ours {
                Some("exaltation by sign")
            } else if rule(true, true, ob, true) == ours {
                Some("chart benefics")
            } else if rule(true, true, pb, false) == ours {
                Some("2nd lord in a kendra from itself")
            } else {
                Some("several departures")
            }
        }
        "bheri_yoga" => {
            // BPHS 36 (Raman #45): the 9th lord strong, and the 1st, 2nd, 7th
            // and 12th occupied, or Venus and the lagna lord in kendras from
            // Jupiter. PyJHora: "strong" = a neutral's sign or better by its
            // table; Rahu and Ketu count as occupants.
            let l9 = lord(r.house(9));
            let rule = |strong: bool, nodes: bool| {
                let n = if nodes { 9 } else { 7 };
                let occupied = [1, 2, 7, 12]
                    .iter()
                    .all(|&h| (0..n).any(|g| s[g] == r.house(h)));
                let k = |g: usize| (s[g] + 12 - s[4]) % 3 == 0;
                strong && (occupied || (k(5) && k(lord(lagna))))
            };
            let pj_strong9 = PJ_SIGN_STRENGTH[l9][s[l9]] >= 2;
            let our = our_strong(r, l9);
            if theirs != rule(pj_strong9, true) {
                [lagna, r.house(9)]
                    .iter()
                    .any(|&h| h == 7 || h == 10)
                    .then_some("node as co-lord")
            } else if rule(our, true) == ours {
                Some("strength by sign table")
            } else if rule(pj_strong9, false) == ours {
                Some("nodes counted")
            } else {
                Some("several departures")
            }
        }
        "vakchalana_yoga" => {
            // Raman #175: a malefic 2nd lord in a cruel navamsa, the 2nd
            // free of benefic association and aspect. PyJHora: its chart
            // benefics and malefics, the aspect on the 2nd by rasi drishti.
            let h2 = r.house(2);
            let l2 = lord(h2);
            let rule = |ben: u16, rasi: bool| {
                let mal = 0x1ff & !ben;
                let cruel = [0, 4, 7, 9, 10].contains(&navamsa(r.grahas[l2]));
                let touched = (0..9).any(|b| {
                    ben & (1 << b) != 0
                        && (s[b] == h2
                            || if rasi {
                                rasi_drishti(s[b], h2)
                            } else {
                                graha_drishti(b, s[b], h2)
                            })
                });
                mal & (1 << l2) != 0 && cruel && !touched
            };
            let (pb, ob) = (pj_benefics(r), our_benefics(r));
            if theirs != rule(pb, true) {
                // Also as lord of the 2nd lord's navamsa sign.
                [h2, navamsa(r.grahas[l2])]
                    .iter()
                    .any(|&h| h == 7 || h == 10)
                    .then_some("node as co-lord")
            } else if rule(pb, false) == ours {
                Some("rasi drishti for graha drishti")
            } else if rule(ob, true) == ours {
                Some("chart benefics")
            } else {
                Some("several departures")
            }
        }
        "parijatha_yoga" => {
            // Raman #47: the lagna lord's dispositor's rasi dispositor, or
            // its navamsa dispositor, in a kendra or trikona or in its own
            // or exaltation sign. PyJHora checks the first only.
            let d1 = lord(s[lord(lagna)]);
            let placed = |g: usize, t: usize| {
                [0, 3, 4, 6, 8, 9].contains(&((t + 12 - lagna) % 12))
                    || (g < 7 && PJ_SIGN_STRENGTH[g][t] >= 4)
            };
            let d2 = lord(s[d1]);
            let n2 = lord(navamsa(r.grahas[d1]));
            let first = placed(d2, s[d2]);
            let second = placed(n2, s[n2]);
            if theirs == first && ours == (first || second) {
                Some("second combination omitted")
            } else {
                // PyJHora may take Ketu or Rahu as lord of Scorpio or Aquarius.
                [lagna, s[lord(lagna)], s[d1], navamsa(r.grahas[d1])]
                    .iter()
                    .any(|&h| h == 7 || h == 10)
                    .then_some("node as co-lord")
            }
        }
        "kalpadruma_yoga" => {
            // BPHS 36: the lagna lord, its dispositor, that one's rasi and
            // navamsa dispositors, each in a kendra or trikona from the
            // lagna or exalted. PyJHora also wants all four so placed in
            // the navamsa chart (from the navamsa lagna), and counts an own
            // sign as well as exaltation.
            let l1 = lord(lagna);
            let d1 = lord(s[l1]);
            let four = [l1, d1, lord(s[d1]), lord(navamsa(r.grahas[d1]))];
            let nav = r.grahas.map(navamsa);
            let all = |signs: &[usize; 9], asc: usize, own: bool| {
                four.iter().all(|&g| {
                    let grade = PJ_SIGN_STRENGTH[g][signs[g]];
                    [0, 3, 4, 6, 8, 9].contains(&((signs[g] + 12 - asc) % 12))
                        || grade == 4
                        || (own && grade == 5)
                })
            };
            let pj = all(&s, lagna, true) && all(&nav, navamsa(r.asc), true);
            if theirs != pj {
                // Also for the sign of d1's navamsa (its navamsa dispositor).
                [lagna, s[l1], s[d1], navamsa(r.grahas[d1])]
                    .iter()
                    .any(|&h| h == 7 || h == 10)
                    .then_some("node as co-lord")
            } else if all(&s, lagna, true) == ours {
                Some("navamsa chart also required")
            } else if (all(&s, lagna, false) && all(&nav, navamsa(r.asc), true)) == ours {
                Some("own sign counted")
            } else {
                Some("several departures")
            }
        }
        "sarpaganda_yoga" => {
            // Rahu in the 2nd; PyJHora also wants Mandi there.
            (ours && sign(r.maandi) != s[7]).then_some("Mandi not a chart fact")
        }
        "putramooladdhana_yoga"
        | "shatrumooladdhana_yoga"
        | "parihasaka_yoga"
        | "bhojana_soukhya_yoga" => {
            // PyJHora's jd/place path passes no vaiseshikamsa scores, so
            // these never fire there; we evaluate the rest of the rule.
            ours.then_some("vaiseshikamsa not passed")
        }
        _ => None,
    }
}

/// Our chart benefics (`Who::Benefics`, bit `i` = graha index): Jupiter,
/// Venus, the waxing Moon, Mercury unless joined by a malefic (BPHS
/// 3.10–11).
fn our_benefics(r: &Row) -> u16 {
    let s = r.signs();
    let waxing = (r.grahas[1] - r.grahas[0]).rem_euclid(360.0) < 180.0;
    let base_mal: u16 = 0b1_1100_0101 | if waxing { 0 } else { 1 << 1 };
    let merc_bad = (0..9).any(|i| i != 3 && s[i] == s[3] && base_mal & (1 << i) != 0);
    (1 << 4) | (1 << 5) | if waxing { 1 << 1 } else { 0 } | if merc_bad { 0 } else { 1 << 3 }
}

/// PyJHora's benefics on its jd/place path (bit `i` = graha index): the
/// complement of [`pj_malefics`] among the nine.
fn pj_benefics(r: &Row) -> u16 {
    0x1ff & !pj_malefics(r)
}

/// A departure of PyJHora's code from the text, which a model of its rule
/// can switch off (the text's reading) one at a time.
#[derive(Clone, Copy, PartialEq)]
enum Dev {
    /// PyJHora's chart benefics on its jd/place path ([`pj_malefics`]: the
    /// Moon by tithi, Mercury malefic only when outnumbered); off: ours
    /// (Mercury unless joined by a malefic, the waxing Moon; BPHS 3.10–11).
    Benefics,
    /// Rasi (Jaimini) drishti where the text means graha drishti; off: graha
    /// drishti.
    Rasi,
    /// The key's own departure (named in [`model_class`]); off: the text.
    Own,
    /// PyJHora's "strong": an own, exaltation or friend's sign by its table
    /// `const.house_strengths_of_planets` ([`pj_strong`]); off: ours
    /// ([`our_strong`]).
    Strength,
}

/// PyJHora's `const.house_strengths_of_planets` for Sun … Saturn by sign
/// (0 debilitated, 1 enemy, 2 neutral, 3 friend, 4 exalted, 5 own), read
/// from PyJHora 4.8.7 (numbers, not code).
const PJ_SIGN_STRENGTH: [[u8; 12]; 7] = [
    [4, 1, 2, 2, 5, 2, 0, 3, 3, 1, 1, 3],
    [2, 4, 3, 5, 3, 3, 2, 0, 2, 2, 2, 2],
    [5, 2, 1, 0, 3, 1, 2, 5, 3, 4, 2, 3],
    [2, 3, 5, 1, 3, 5, 3, 2, 2, 2, 2, 0],
    [3, 1, 1, 4, 3, 3, 1, 3, 5, 0, 2, 5],
    [2, 5, 3, 1, 1, 0, 5, 2, 3, 3, 3, 4],
    [0, 3, 3, 1, 1, 3, 4, 1, 2, 5, 5, 2],
];

/// PyJHora's `utils.is_planet_strong` (friend's sign or better by its table).
fn pj_strong(r: &Row, g: usize) -> bool {
    g < 7 && PJ_SIGN_STRENGTH[g][r.signs()[g]] >= 3
}

/// Our [`Cond::Strong`](jyotish::yoga::Cond::Strong) from longitudes: not
/// combust (direct-motion orbs), not debilitated, and in its own or
/// exaltation sign or in a kendra or trikona from the lagna.
fn our_strong(r: &Row, g: usize) -> bool {
    const OWN: [&[usize]; 7] = [&[4], &[3], &[0, 7], &[2, 5], &[8, 11], &[1, 6], &[9, 10]];
    const EXALT: [usize; 7] = [0, 1, 9, 5, 3, 11, 6];
    const ORB: [f64; 7] = [0.0, 12.0, 17.0, 14.0, 11.0, 10.0, 15.0];
    if g >= 7 {
        return false;
    }
    let s = r.signs();
    let d = (r.grahas[g] - r.grahas[0]).rem_euclid(360.0);
    let combust = g > 0 && d.min(360.0 - d) <= ORB[g];
    let debilitated = s[g] == (EXALT[g] + 6) % 12;
    let dignified = OWN[g].contains(&s[g]) || s[g] == EXALT[g];
    let house = (s[g] + 12 - sign(r.asc)) % 12 + 1;
    !combust && !debilitated && (dignified || [1, 4, 5, 7, 9, 10].contains(&house))
}

/// PyJHora's rule for `key`, re-implemented from what its code computes,
/// with the departures in `on` (the others read as the text); `None` for
/// keys not modelled.
fn pj_model(key: &str, r: &Row, on: &[Dev]) -> Option<bool> {
    let s = r.signs();
    let lagna = sign(r.asc);
    let has = |d: Dev| on.contains(&d);
    let waxing = (r.grahas[1] - r.grahas[0]).rem_euclid(360.0) < 180.0;
    // Off: ours (Mercury unless with a malefic, the waxing Moon).
    let ours_ben = {
        let base_mal: u16 = 0b1_1100_0101 | if waxing { 0 } else { 1 << 1 };
        let merc_bad = (0..9).any(|i| i != 3 && s[i] == s[3] && base_mal & (1 << i) != 0);
        (1 << 4) | (1 << 5) | if waxing { 1 << 1 } else { 0 } | if merc_bad { 0 } else { 1 << 3 }
    };
    let ben = if has(Dev::Benefics) {
        pj_benefics(r)
    } else {
        ours_ben
    };
    let mal = if has(Dev::Benefics) {
        pj_malefics(r)
    } else {
        0x1ff & !ours_ben
    };
    let rasi = has(Dev::Rasi);
    let own = has(Dev::Own);
    let any = |set: u16, f: &dyn Fn(usize) -> bool| (0..9).any(|i| set & (1 << i) != 0 && f(i));
    // Grahas of `set` other than `g` aspecting graha `g` (rasi or graha drishti).
    let aspected_by = |g: usize, set: u16, rasi: bool| {
        any(set & !(1 << g), &|p| {
            if rasi {
                rasi_drishti(s[p], s[g])
            } else {
                graha_drishti(p, s[p], s[g])
            }
        })
    };
    let with = |g: usize, set: u16| any(set & !(1 << g), &|p| s[p] == s[g]);
    let kendra = |a: usize, b: usize| (b + 12 - a) % 3 == 0;
    let l = |n: usize| lord(r.house(n));
    Some(match key {
        // Raman #166: the 2nd lord in a kendra aspected by benefics, or
        // benefics in the 2nd.
        "sumukha_yoga" => {
            let l2 = l(2);
            (kendra(lagna, s[l2]) && aspected_by(l2, ben, rasi))
                || any(ben, &|p| s[p] == r.house(2))
        }
        // Raman #231: a benefic 5th lord aspected by a benefic or in a
        // benefic sign; own: PyJHora also accepts a benefic conjoining it.
        "buddhimaturya_yoga" => {
            let l5 = l(5);
            let benefic_sign = [1, 2, 3, 5, 6, 8, 11].contains(&s[l5]);
            // Own: PyJHora's "conjoins a benefic" also counts the benefic
            // 5th lord itself (it aspects by graha drishti, as we do).
            ben & (1 << l5) != 0 && (own || aspected_by(l5, ben, false) || benefic_sign)
        }
        // Raman #198: the Moon hemmed in by, joined or aspected by malefics.
        "matrunasa_yoga_198" => {
            let hem = |o: usize| any(mal, &|p| s[p] == (s[1] + o) % 12);
            // Own: a malefic (waning) Moon counts as associated with
            // itself (PyJHora scans the Moon's sign, the Moon included).
            let moon_itself = own && mal & (1 << 1) != 0;
            (hem(1) && hem(11)) || with(1, mal) || moon_itself || aspected_by(1, mal, rasi)
        }
        // Raman #149: the lagna lord associated with a 6th/8th/12th lord and
        // aspected by malefics; own: "associated" also when the dusthana
        // lord aspects it, and the lagna lord counts as associated with
        // itself when it owns a dusthana too.
        "dharidhra_yoga_149" => {
            let l1 = l(1);
            let tl = [l(6), l(8), l(12)];
            let assoc = tl.iter().any(|&t| {
                (t != l1 && s[t] == s[l1]) || (own && (t == l1 || graha_drishti(t, s[t], s[l1])))
            });
            assoc && aspected_by(l1, mal, false)
        }
        // Kahala (BPHS ch. 36): the 4th lord and Jupiter in mutual kendras;
        // own: PyJHora rates the lagna lord's strength in the lagna's sign
        // (its own sign, so always strong) and omits the second combination
        // (the 4th lord dignified with the 10th lord), so only the first
        // clause is decided here; off is our declaration.
        "kaahala_yoga" if own => kendra(s[l(4)], s[4]),
        // Raman #241: a strong benefic in the lagna, 3rd or 5th aspecting
        // the 9th. Own: PyJHora's house-aspect lookup is the misindexed
        // `planets_aspecting_the_raasi` ([`pj_aspecting_raasi`]).
        // Strength: its sign table.
        "bhaagya_yoga" => {
            let h9 = r.house(9);
            let strength = |g: usize| {
                if has(Dev::Strength) {
                    pj_strong(r, g)
                } else {
                    our_strong(r, g)
                }
            };
            any(ben, &|b| {
                [1, 3, 5].contains(&((s[b] + 12 - lagna) % 12 + 1))
                    && strength(b)
                    && if own {
                        pj_aspecting_raasi(&s, h9) & (1 << b) != 0
                    } else {
                        graha_drishti(b, s[b], h9)
                    }
            })
        }
        // Raman #177: the 3rd lord or Mars joined or aspected by benefics
        // and strong, or the 3rd house joined or aspected by benefics. Own:
        // PyJHora's "aspected by" looks up the grahas the 3rd lord (Mars)
        // *aspects* (`house.aspected_planets_of_the_planet`), not those
        // aspecting it. Strength: its sign table. Rasi: the 3rd house's
        // aspect by rasi drishti (the grahas' own aspect stays graha
        // drishti, as it computes).
        "bhratruvriddhi_yoga" => {
            let h3 = r.house(3);
            let strength = |g: usize| {
                if has(Dev::Strength) {
                    pj_strong(r, g)
                } else {
                    our_strong(r, g)
                }
            };
            let joined_or_aspected = |g: usize| {
                with(g, ben)
                    || if own {
                        any(ben & !(1 << g), &|b| graha_drishti(g, s[g], s[b]))
                    } else {
                        aspected_by(g, ben, false)
                    }
            };
            let house_aspected = any(ben, &|b| {
                if rasi {
                    rasi_drishti(s[b], h3)
                } else {
                    graha_drishti(b, s[b], h3)
                }
            });
            [l(3), 2]
                .iter()
                .any(|&g| strength(g) && joined_or_aspected(g))
                || any(ben, &|b| s[b] == h3)
                || house_aspected
        }
        _ => return None,
    })
}

/// Disagreements explained by re-running PyJHora's rule ([`pj_model`]):
/// the class is the departure whose switching-off alone gives our answer.
fn model_class(key: &str, r: &Row, ours: bool) -> Option<&'static str> {
    let all = [Dev::Benefics, Dev::Rasi, Dev::Own, Dev::Strength];
    let theirs = pj_model(key, r, &all)?;
    if theirs != r.flags[key] {
        return None;
    }
    if key == "kaahala_yoga" {
        return Some(if ours {
            "second combination omitted"
        } else {
            "strength in the lagna's sign"
        });
    }
    for (d, name) in [
        (Dev::Benefics, "chart benefics"),
        (Dev::Rasi, "rasi drishti for graha drishti"),
        (
            Dev::Own,
            match key {
                "buddhimaturya_yoga" => "conjunction counted",
                "dharidhra_yoga_149" => "association by one-way aspect",
                "bhratruvriddhi_yoga" => "aspect direction reversed",
                "matrunasa_yoga_198" => "Moon joins itself",
                "bhaagya_yoga" => "house aspect misindexed",
                _ => "own rule",
            },
        ),
        (Dev::Strength, "strength by sign table"),
    ] {
        let rest: Vec<Dev> = all.iter().copied().filter(|&x| x != d).collect();
        if pj_model(key, r, &rest) == Some(ours) {
            return Some(name);
        }
    }
    Some("several departures")
}

/// The ten keys that read Maandi, the shashtiamsa, the vaiseshikamsa, the
/// navamsa houses or the arudha padas (src/yoga/catalogue/special.rs),
/// each with classifiers in [`special_class`].
const SPECIAL_KEYS: [&str; 10] = [
    "yuddha_praveena_yoga",
    "yuddhatpaschaddrudha_yoga",
    "kapata_yoga_204",
    "thrikaala_gnana_yoga",
    "galakarna_yoga",
    "kshayaroga_yoga",
    "sirachcheda_yoga",
    "yuddha_marana_yoga",
    "mathibhramana_yoga_variation",
    "rajabhrashta_yoga",
];

/// PyJHora's cruel shashtiamsa rulers (`const.shashti_amsa_rulers_kroora`,
/// 0-based).
const PJ_CRUEL_D60: [u8; 23] = [
    0, 1, 7, 8, 9, 10, 11, 14, 15, 29, 30, 31, 32, 33, 34, 39, 41, 42, 43, 47, 50, 51, 58,
];

/// A longitude in a cruel shashtiamsa by PyJHora's reckoning
/// (`utils.get_amsa_ruler_from_planet_longitude`): the deities reversed in
/// the signs of even index (Aries, Gemini …), which are the odd signs.
fn pj_cruel_d60(deg: f64) -> bool {
    let s = sign(deg);
    let b = ((deg.rem_euclid(360.0) - 30.0 * s as f64) * 2.0) as u8 % 60;
    let d = if s % 2 == 0 { 59 - b } else { b };
    PJ_CRUEL_D60.contains(&d)
}

/// A longitude in a cruel shashtiamsa by the text's reckoning (jyotish).
fn our_cruel_d60(deg: f64) -> bool {
    use jyotish::varga::{is_cruel_shashtiamsa, shashtiamsa_deity};
    is_cruel_shashtiamsa(shashtiamsa_deity(
        jyotish::Longitude::new(deg.rem_euclid(360.0)).unwrap(),
    ))
}

/// Good vargas (own or exaltation sign) of graha `g` in `group`, with the
/// hora read by PyJHora's default D2 (`divisional_chart(…, 2)`, chart
/// method 1: parivritti with even signs reversed) when `pvr_hora`.
fn good_vargas(g: usize, deg: f64, group: jyotish::varga::VimshopakaGroup, pvr_hora: bool) -> u8 {
    use jyotish::chart::{exaltation, owns};
    use jyotish::varga::{Division, Varga, varga_rashi};
    let gr = jyotish::Graha::ALL[g];
    let l = jyotish::Longitude::new(deg.rem_euclid(360.0)).unwrap();
    group
        .weights()
        .iter()
        .filter(|(d, _)| {
            let v = if pvr_hora && *d == Division::D2 {
                Varga::from_name("D2:parivritti_even_reverse").unwrap()
            } else {
                Varga::parashara(*d)
            };
            let r = varga_rashi(l, v);
            r == exaltation(gr).0 || owns(gr, r)
        })
        .count() as u8
}

/// The classical lord of sign `t` and, for Scorpio and Aquarius, the node
/// PyJHora's `house_owner_from_planet_positions` may take instead.
fn co_lords(t: usize) -> Vec<usize> {
    match t {
        7 => vec![2, 8],
        10 => vec![6, 7],
        _ => vec![lord(t)],
    }
}

/// Disagreements of the ten keys of [`SPECIAL_KEYS`] (tests/data/README.md,
/// "Yoga fixtures").
fn special_class(key: &str, r: &Row, ours: bool) -> Option<&'static str> {
    use jyotish::varga::VimshopakaGroup;
    let s = r.signs();
    let lagna = sign(r.asc);
    let theirs = !ours;
    let h = |n: usize| r.house(n);
    let nodal = |t: usize| t == 7 || t == 10;
    match key {
        "galakarna_yoga" => {
            // Rahu and Maandi in the 3rd, or Mars there in a cruel
            // shashtiamsa: re-evaluated with PyJHora's reckoning.
            let first = s[7] == h(3) && sign(r.maandi_yoga) == h(3);
            let second = |cruel: &dyn Fn(f64) -> bool| s[2] == h(3) && cruel(r.grahas[2]);
            if ours && first && !second(&pj_cruel_d60) {
                // Given positions, `_galakarna_yoga_calculation` returns the
                // Mars alternative alone: Rahu and Maandi are never read.
                Some("first combination dropped")
            } else {
                let rule = |cruel: &dyn Fn(f64) -> bool| first || second(cruel);
                (rule(&our_cruel_d60) == ours && second(&pj_cruel_d60) == theirs)
                    .then_some("shashtiamsa reckoning")
            }
        }
        "yuddhatpaschaddrudha_yoga" => {
            let l3 = lord(h(3));
            let fixed = |t: usize| t % 3 == 1;
            let base = fixed(s[l3])
                && fixed(navamsa(r.grahas[l3]))
                && s[lord(s[l3])] == [6, 7, 3, 9, 11, 5, 0][lord(s[l3])];
            let rule = |cruel: &dyn Fn(f64) -> bool| base && cruel(r.grahas[l3]);
            if rule(&our_cruel_d60) == ours && rule(&pj_cruel_d60) == theirs {
                Some("shashtiamsa reckoning")
            } else {
                // Ketu or Rahu taken as the dispositor in Scorpio/Aquarius.
                (theirs && nodal(s[l3])).then_some("node as co-lord")
            }
        }
        "sirachcheda_yoga" => {
            // PyJHora wants only Rahu in a cruel shashtiamsa (its
            // reckoning), with the Sun or Saturn joining him.
            let l6 = lord(h(6));
            let base = l6 != 5 && s[l6] == s[5] && (s[0] == s[7] || s[6] == s[7]);
            (base && ours && !pj_cruel_d60(r.grahas[7])).then_some("shashtiamsa reckoning")
        }
        "kapata_yoga_204" => {
            // "Aspected by malefics" looked up as the grahas the 4th lord
            // aspects (`house.aspected_planets_of_the_planet`).
            let l4 = lord(h(4));
            let mal = pj_malefics(r);
            let aspects_malefic =
                (0..9).any(|m| mal & (1 << m) != 0 && m != l4 && graha_drishti(l4, s[l4], s[m]));
            (ours && !aspects_malefic).then_some("aspect direction reversed")
        }
        "yuddha_marana_yoga" => {
            let l3 = lord(h(3));
            let mars_lord = [lord(h(6)), lord(h(8))].contains(&2);
            let pj_main = [0, 2, 5, 7].contains(&lagna)
                && s[2] == s[l3]
                && ((sign(r.maandi_yoga) == s[2] && pj_cruel_d60(r.maandi_yoga))
                    || (s[6] == s[2] && pj_cruel_d60(r.grahas[6]))
                    || (s[7] == s[2] && pj_cruel_d60(r.grahas[7])));
            if theirs && l3 == 2 && mars_lord && s[2] == s[l3] {
                // Virgo rising: Mars, the 3rd and 8th lord, "conjoins the
                // 3rd lord" by itself.
                Some("Mars joins itself")
            } else if theirs && !pj_main && [0, 2, 5, 7].contains(&lagna) && s[2] == s[l3] {
                // Saturn's drekkana lord in a sign or navamsa of Mars, or
                // aspected by Mars (a variation its comment attributes to
                // Raman), tried after the text's combination.
                let sat = r.grahas[6];
                let part = ((sat.rem_euclid(30.0)) / 10.0) as usize;
                let d3 = (s[6] + 4 * part.min(2)) % 12;
                let mars_sign = |t: usize| t == 0 || t == 7;
                // The drekkana's lord, or the node PyJHora may take as
                // co-lord of Scorpio or Aquarius.
                co_lords(d3)
                    .into_iter()
                    .any(|dl| {
                        mars_sign(s[dl])
                            || mars_sign(navamsa(r.grahas[dl]))
                            || (dl != 2 && graha_drishti(2, s[2], s[dl]))
                    })
                    .then_some("drekkana alternative added")
            } else {
                let main = |cruel: &dyn Fn(f64) -> bool| {
                    mars_lord
                        && l3 != 2
                        && s[2] == s[l3]
                        && ((sign(r.maandi_yoga) == s[2] && cruel(r.maandi_yoga))
                            || (s[6] == s[2] && cruel(r.grahas[6]))
                            || (s[7] == s[2] && cruel(r.grahas[7])))
                };
                (main(&our_cruel_d60) == ours && main(&pj_cruel_d60) == theirs)
                    .then_some("shashtiamsa reckoning")
            }
        }
        "thrikaala_gnana_yoga" => {
            // Gopuramsa counted with PyJHora's hora (parivritti, even signs
            // reversed); a benefic conjoining Jupiter also counts.
            let j = r.grahas[4];
            let ben = our_benefics(r);
            let asp = (0..9).any(|b| b != 4 && ben & (1 << b) != 0 && graha_drishti(b, s[b], s[4]));
            let conj = (0..9).any(|b| b != 4 && ben & (1 << b) != 0 && s[b] == s[4]);
            let gop = |pvr: bool| good_vargas(4, j, VimshopakaGroup::Dashavarga, pvr) >= 4;
            let path_a = ours && !(gop(false) && asp);
            if path_a {
                None
            } else if (gop(true) && asp) == theirs {
                Some("hora by parivritti")
            } else if (gop(true) && (asp || conj)) == theirs {
                Some("conjunction counted")
            } else {
                let pben = pj_benefics(r);
                let pasp =
                    (0..9).any(|b| b != 4 && pben & (1 << b) != 0 && graha_drishti(b, s[b], s[4]));
                let pconj = (0..9).any(|b| b != 4 && pben & (1 << b) != 0 && s[b] == s[4]);
                ((gop(true) && (pasp || pconj)) == theirs).then_some("chart benefics")
            }
        }
        "yuddha_praveena_yoga" => {
            // The 3rd lord's navamsa dispositor's navamsa dispositor, its
            // Shadvarga count with PyJHora's hora.
            let a = lord(navamsa(r.grahas[lord(h(3))]));
            let b = lord(navamsa(r.grahas[a]));
            let pvr = good_vargas(b, r.grahas[b], VimshopakaGroup::Shadvarga, true) >= 2;
            let chain = [h(3), navamsa(r.grahas[lord(h(3))]), navamsa(r.grahas[a])];
            if pvr == theirs {
                Some("hora by parivritti")
            } else if chain.iter().any(|&t| nodal(t)) {
                Some("node as co-lord")
            } else {
                None
            }
        }
        "rajabhrashta_yoga" => {
            let pada = |house: usize| {
                let ls = s[lord(house)];
                let d = (ls + 12 - house) % 12;
                let fell = (ls + d) % 12;
                if matches!((fell + 12 - house) % 12, 0 | 6) {
                    (fell + 9) % 12
                } else {
                    fell
                }
            };
            let (a1, a12) = (pada(lagna), pada(h(12)));
            if theirs && lord(a1) == lord(a12) {
                Some("one lord for both padas")
            } else if [lagna, h(12), a1, a12].iter().any(|&t| nodal(t)) {
                Some("node as co-lord")
            } else {
                None
            }
        }
        "mathibhramana_yoga_variation" => {
            // Any one of the four features of Raman's illustration (the
            // navamsa one read in the D81), where the text has them all.
            let any = s[7] == h(6)
                || co_lords(h(6)).into_iter().any(|l6| s[l6] == s[2])
                || (s[3] == s[2] && s[3] == s[0]);
            let d81 = |i: usize| ((r.grahas[i].rem_euclid(360.0) / (30.0 / 81.0)) as usize) % 12;
            let nl = ((r.asc.rem_euclid(360.0) / (30.0 / 81.0)) as usize) % 12;
            let n6 = (nl + 5) % 12;
            let nav = d81(3) == n6 && d81(7) == n6 && d81(lord(n6)) == d81(2);
            (theirs && (any || nav)).then_some("one feature for all")
        }
        _ => None,
    }
}

/// Keys whose disagreements are not yet analysed rule by rule: the count is
/// reported, and tests/data/README.md lists them.
fn unanalysed(key: &str) -> bool {
    !matches!(
        key,
        "vanchana_chora_bheethi_yoga" | "rogagrastha_yoga" | "anthya_vayasi_dhana_yoga"
    ) && !CLASSIC_KEYS.contains(&key)
        && !TRACED_KEYS.contains(&key)
        && !SPECIAL_KEYS.contains(&key)
        && !trace_a::TRACED_KEYS_A.contains(&key)
        && !TRACED_KEYS_B.contains(&key)
}

/// Keys traced rule by rule, each with classifiers in [`traced_class`].
const TRACED_KEYS: [&str; 34] = [
    "kaalanirdesat_puthranaasa_yoga_230",
    "vakchalana_yoga",
    "bheri_yoga",
    "swaveeryaddhana_yoga",
    "asatyavadi_yoga",
    "matru_satrutwa_yoga",
    "ayatna_griha_prapta_yoga_190",
    "bhaga_chumbana_yoga",
    "mridanga_yoga",
    "parakrama_yoga",
    "satkalatra_yoga",
    "vahana_yoga_210",
    "vishaprayoga_yoga",
    "jada_yoga",
    "kahala_yoga",
    "satkathadisravana_yoga",
    "annadana_yoga",
    "sankha_yoga",
    "vasumathi_yoga",
    "harihara_brahma_yoga",
    "brahma_yoga",
    "hari_yoga",
    "hara_yoga",
    "parijatha_yoga",
    "kalpadruma_yoga",
    "madhya_vayasi_dhana_yoga",
    "bandhu_pujya_yoga_194",
    "khalwata_yoga",
    "dharidhra_yoga",
    "sarpaganda_yoga",
    "putramooladdhana_yoga",
    "shatrumooladdhana_yoga",
    "parihasaka_yoga",
    "bhojana_soukhya_yoga",
];

/// The first 54 keys, each with classifiers written from its rule.
const CLASSIC_KEYS: [&str; 18] = [
    "sunaphaa_yoga",
    "anaphaa_yoga",
    "duradhara_yoga",
    "vesi_yoga",
    "vosi_yoga",
    "ubhayachara_yoga",
    "kemadruma_yoga",
    "gaja_kesari_yoga",
    "harsha_yoga",
    "sarala_yoga",
    "vimala_yoga",
    "chaamara_yoga",
    "saraswathi_yoga",
    "sarpa_yoga",
    "vajra_yoga",
    "yava_yoga",
    "amala_yoga",
    "adhi_yoga",
];

fn load() -> (Vec<&'static str>, Vec<Row>) {
    let mut lines = CSV.lines().filter(|l| !l.starts_with('#'));
    let header: Vec<&'static str> = lines.next().unwrap().split(',').collect();
    let col = |name: &str| header.iter().position(|h| *h == name);
    let need = |name: &str| col(name).unwrap_or_else(|| panic!("no column {name}"));
    let keys: Vec<&'static str> = header
        .iter()
        .copied()
        .filter(|h| !h.contains('@'))
        .filter(|h| !POSITION_COLUMNS.contains(h) && !FACT_COLUMNS.contains(h))
        .collect();
    // PyJHora's get_yoga_details answer for each key.
    let answer: Vec<(&'static str, usize)> = keys
        .iter()
        .map(|&k| {
            let c = if BROKEN_JD_PATH.contains(&k) {
                need(&format!("{k}@pp"))
            } else {
                col(&format!("{k}@jd")).unwrap_or_else(|| need(k))
            };
            (k, c)
        })
        .collect();
    let (asc, gul, maa) = (need("asc"), need("gulika"), need("maandi"));
    let tit = need("pj_tithi");
    let grahas = [
        "sun", "moon", "mars", "mercury", "jupiter", "venus", "saturn", "rahu", "ketu",
    ]
    .map(need);
    let special: Vec<Vec<&str>> = SPECIAL_CSV
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .map(|l| l.split(',').collect())
        .collect();
    let rows = lines
        .enumerate()
        .map(|(index, l)| {
            let f: Vec<&str> = l.split(',').collect();
            let n = |i: usize| f[i].parse::<f64>().unwrap();
            let sp = &special[index];
            assert_eq!(sp[0].parse::<usize>().unwrap(), index);
            Row {
                maandi_yoga: sp[1].parse().unwrap(),
                pj_a1: sp[2].parse().unwrap(),
                pj_a12: sp[3].parse().unwrap(),
                index,
                asc: n(asc),
                grahas: grahas.map(n),
                gulika: n(gul),
                maandi: n(maa),
                tithi: f[tit].parse().unwrap(),
                flags: answer.iter().map(|&(k, c)| (k, f[c] == "1")).collect(),
            }
        })
        .collect();
    (keys, rows)
}

#[test]
fn presence_agrees_with_pyjhora() {
    let (keys, rows) = load();
    assert!(rows.len() >= 300, "need at least 300 births");
    assert_eq!(keys.len(), 283, "PyJHora keys in the fixture");
    let facts: Vec<ChartFacts> = rows
        .iter()
        .map(|r| ChartFacts::from_longitudes(r.asc, &r.grahas).with_maandi(r.maandi_yoga))
        .collect();
    let (mut total, mut agree, mut full) = (0usize, 0usize, 0usize);
    let mut classes: BTreeMap<&str, usize> = BTreeMap::new();
    let mut unknown = Vec::new();
    let mut compared = 0;
    let mut pending: BTreeMap<&str, usize> = BTreeMap::new();
    for key in &keys {
        let Some(yoga) = find(key) else {
            assert!(NOT_DECLARED.contains(key), "no yoga with alias {key}");
            continue;
        };
        assert!(
            !NOT_DECLARED.contains(key),
            "{key} is declared now: compare it"
        );
        compared += 1;
        let (mut ours_only, mut theirs_only, mut both) = (0, 0, 0);
        for (r, f) in rows.iter().zip(&facts) {
            let ours = is_present(yoga, f);
            let theirs = r.flags[key];
            if std::env::var_os("YOGA_MODEL_CHECK").is_some() {
                // Analysis aid: births where a model of PyJHora's rule
                // misses ours (every departure off) or PyJHora's (all on).
                if let Some(m) = pj_model(key, r, &[]) {
                    if m != ours {
                        eprintln!("MODELOFF {key} row {} ours {ours}", r.index);
                    }
                }
                if let Some(m) =
                    pj_model(key, r, &[Dev::Benefics, Dev::Rasi, Dev::Own, Dev::Strength])
                {
                    if m != theirs {
                        eprintln!("MODELON {key} row {} theirs {theirs}", r.index);
                    }
                }
            }
            total += 1;
            if ours == theirs {
                agree += 1;
                both += usize::from(ours);
                continue;
            }
            if ours {
                ours_only += 1;
            } else {
                theirs_only += 1;
            }
            let class = classic_class(key, r, ours)
                .or_else(|| chart_benefics_class(key, r, ours))
                .or_else(|| bhava_class(key, r, ours))
                .or_else(|| traced_class(key, r, ours))
                .or_else(|| trace_a::traced_class_a(key, r, ours))
                .or_else(|| traced_class_b(key, r, ours))
                .or_else(|| model_class(key, r, ours))
                .or_else(|| special_class(key, r, ours))
                .or_else(|| unanalysed(key).then_some("not yet analysed"));
            if std::env::var_os("YOGA_MODEL_CHECK").is_some() && class == Some("several departures")
            {
                eprintln!("SEVERAL {key}");
            }
            if class == Some("not yet analysed") {
                *pending.entry(*key).or_default() += 1;
            }
            if let (Some(c), Some(_)) = (class, std::env::var_os("YOGA_CLASS_BY_KEY")) {
                // Analysis aid: the class of every disagreeing cell.
                eprintln!("CLASS {key} {c}");
            }
            match class {
                Some(c) => *classes.entry(c).or_default() += 1,
                None if UNEXPLAINED.contains(&(*key, r.asc))
                    || trace_a::UNEXPLAINED_A.contains(&(*key, r.asc)) =>
                {
                    *classes.entry("unexplained (listed)").or_default() += 1
                }
                None => unknown.push(format!("{key}: jyotish {ours}, asc {}", r.asc)),
            }
        }
        if let Some(path) = std::env::var_os("YOGA_DUMP") {
            // Analysis aid: every disagreeing cell as `key,row,ours`.
            use std::io::Write;
            let mut f = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
                .unwrap();
            for (i, (r, fa)) in rows.iter().zip(&facts).enumerate() {
                let ours = is_present(yoga, fa);
                if ours != r.flags[key] {
                    writeln!(f, "{key},{i},{}", u8::from(ours)).unwrap();
                }
            }
        }
        full += usize::from(ours_only + theirs_only == 0);
        println!("{key:36} both {both:4} jyotish-only {ours_only:4} pyjhora-only {theirs_only:4}");
    }
    let pct = 100.0 * agree as f64 / total as f64;
    println!("{compared} keys, {full} agree in every birth");
    println!("agreement {agree}/{total} = {pct:.2}%");
    for (c, n) in &classes {
        println!("class {c:32} {n:5}");
    }
    let mut pending: Vec<_> = pending.into_iter().collect();
    pending.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let list: Vec<String> = pending.iter().map(|(k, n)| format!("`{k}` {n}")).collect();
    println!("not yet analysed by key: {}", list.join(", "));
    // The measured floor: 107 574 of 113 200 cells (283 keys × 400
    // births), 95.03 %; the issue asks for 95 % (107 540).
    assert!(
        agree >= 107_574,
        "agreement {agree} cells, {pct:.3}% < 95.03%"
    );
    assert!(
        unknown.is_empty(),
        "undocumented disagreements: {unknown:#?}"
    );
}

/// The arudha lagna (A1) and upapada (A12) of `jyotish::chart::bhava_arudhas`
/// against PyJHora's `arudhas.bhava_arudhas_from_planet_positions` on the
/// 400 births (tests/data/pyjhora_yoga_special.csv). PyJHora may take Ketu
/// or Rahu as the lord of a Scorpio or Aquarius house (by its strength
/// rule); those births are left out, every other one must agree.
#[test]
fn arudha_padas_agree_with_pyjhora() {
    use jyotish::Rashi;
    use jyotish::chart::bhava_arudhas;
    let (_, rows) = load();
    let mut compared = 0;
    for r in &rows {
        let lagna = sign(r.asc);
        let twelfth = (lagna + 11) % 12;
        if [lagna, twelfth].iter().any(|&t| t == 7 || t == 10) {
            continue;
        }
        let signs = r.signs().map(|s| Rashi::ALL[s]);
        let padas = bhava_arudhas(Rashi::ALL[lagna], &signs);
        assert_eq!(
            (padas[0].index(), padas[11].index()),
            (r.pj_a1, r.pj_a12),
            "birth {}",
            r.index
        );
        compared += 1;
    }
    assert!(compared >= 250, "only {compared} births compared");
}

// ── Trace b (sixth pass): keys traced by re-running PyJHora's rule on each
// row with its departures switched on and off ([`switch_b`]).

/// Keys traced rule by rule in the sixth pass (second half), each with a
/// model of PyJHora's rule in [`traced_class_b`].
const TRACED_KEYS_B: [&str; 48] = [
    "asubha_yoga",
    "dharidhra_yoga_152",
    "matrudeerghayur_yoga_197",
    "kapata_yoga_202",
    "guhyaroga_yoga",
    "bandhubhisthyaktha_yoga",
    "sraddhannabhuktha_yoga",
    "yukthi_samanwithavagmi_yoga_154",
    "mathibhramana_yoga_294",
    "amaranantha_dhana_yoga",
    "bahu_puthra_yoga_221",
    "garuda_yoga",
    "anapathya_yoga",
    "bahu_sthree_yoga",
    "matrunasa_yoga_199",
    "dharidhra_yoga_147",
    "chatussagara_yoga",
    "mathibhramana_yoga_293",
    "vahana_yoga_209",
    "dharidhra_yoga_149",
    "dhur_yoga",
    "vrana_yoga",
    "dharidhra_yoga_148",
    "mathibhramana_yoga_292",
    "parannabhojana_yoga",
    "krisanga_yoga_113",
    "sodaranasa_yoga",
    "kalaanidhi_yoga",
    "kalatramooladdhana_yoga",
    "grihanasa_yoga_192",
    "yuddhatpoorvadridhachitta_yoga",
    "kaalanirdesat_puthra_yoga_227",
    "kushtaroga_yoga_268",
    "balya_dhana_yoga",
    "dharidhra_yoga_145",
    "jara_yoga",
    "ayatna_griha_prapta_yoga_189",
    "karascheda_yoga",
    "pittharoga_yoga",
    "vidyut_yoga",
    "lagnaadhi_yoga",
    "ekabhagini_yoga",
    "dhurmarana_yoga",
    "apakeerthi_yoga",
    "raja_bhanga_yoga_298",
    "sarpasaapa_yoga_215",
    "pushkala_yoga",
    "bhratruvriddhi_yoga",
];

/// One chart (rasi or navamsa) as PyJHora's functions see it: the signs
/// (0 = Aries) and degrees within the sign of the nine grahas and the lagna.
struct ChartB {
    s: [usize; 9],
    deg: [f64; 9],
    lagna: usize,
    lagna_deg: f64,
}

impl ChartB {
    fn rasi(r: &Row) -> ChartB {
        ChartB {
            s: r.grahas.map(sign),
            deg: r.grahas.map(|d| d.rem_euclid(30.0)),
            lagna: sign(r.asc),
            lagna_deg: r.asc.rem_euclid(30.0),
        }
    }
    /// The navamsa chart, each longitude times nine (PyJHora's D9
    /// positions, signs and degrees alike; checked on the 400 births).
    fn navamsa(r: &Row) -> ChartB {
        let nine = |d: f64| (d * 9.0).rem_euclid(360.0);
        ChartB {
            s: r.grahas.map(|d| sign(nine(d))),
            deg: r.grahas.map(|d| nine(d).rem_euclid(30.0)),
            lagna: sign(nine(r.asc)),
            lagna_deg: nine(r.asc).rem_euclid(30.0),
        }
    }
    /// Sign of house `n` (1-based) from this chart's lagna.
    fn house(&self, n: usize) -> usize {
        (self.lagna + n - 1) % 12
    }
}

/// PyJHora's `const.house_strengths_of_planets` rows for Rahu and Ketu
/// (numbers, as [`PJ_SIGN_STRENGTH`]): Rahu exalted in Taurus and Gemini,
/// debilitated in Scorpio and Sagittarius, Ketu the reverse.
const PJ_NODE_STRENGTH_B: [[u8; 12]; 2] = [
    [1, 4, 4, 1, 1, 3, 3, 0, 0, 3, 1, 3],
    [1, 0, 0, 1, 1, 3, 3, 4, 4, 3, 1, 3],
];

/// PyJHora's grade of graha `g` in sign `t` (0 debilitated … 5 own).
fn pj_grade_b(g: usize, t: usize) -> u8 {
    if g < 7 {
        PJ_SIGN_STRENGTH[g][t]
    } else {
        PJ_NODE_STRENGTH_B[g - 7][t]
    }
}

/// PyJHora's lord of sign `t` in chart `c`
/// (`house.house_owner_from_planet_positions`): the classical lord, but
/// for Scorpio and Aquarius the stronger of Mars/Ketu or Saturn/Rahu by its
/// rules, restated from what its code computes: a co-lord in the sign with
/// the other elsewhere makes the *other* the lord; then the one with more
/// grahas (the lagna counted) in its sign; then the one with more of
/// Mercury, Jupiter and its dispositor joining it (the dispositor compared
/// by its graha *number* with the sign) or aspecting its sign by rasi
/// drishti; then Mars or Saturn if exalted by its table; then the one in a
/// dual, else fixed sign; then the one further advanced in its sign.
/// Reproduces PyJHora's lord on all 400 births, rasi and navamsa.
fn pj_lord_b(c: &ChartB, t: usize) -> usize {
    let (p1, p2) = match t {
        7 => (2, 8),
        10 => (6, 7),
        _ => return lord(t),
    };
    let (h1, h2) = (c.s[p1], c.s[p2]);
    if h1 == t && h2 != t {
        return p2;
    }
    if h2 == t && h1 != t {
        return p1;
    }
    let company = |h: usize| (0..9).filter(|&j| c.s[j] == h).count() + usize::from(c.lagna == h);
    let support = |h: usize| {
        let disp = lord(h);
        let joined = usize::from(c.s[3] == h) + usize::from(c.s[4] == h) + usize::from(disp == h);
        joined
            + [3, 4, disp]
                .iter()
                .filter(|&&p| rasi_drishti(c.s[p], h))
                .count()
    };
    let rank = |h: usize| h % 3;
    for (a, b) in [(company(h1), company(h2)), (support(h1), support(h2))] {
        if a != b {
            return if a > b { p1 } else { p2 };
        }
    }
    if pj_grade_b(p1, h1) == 4 && pj_grade_b(p2, h2) < 4 {
        return p1;
    }
    if rank(h1) != rank(h2) {
        return if rank(h1) > rank(h2) { p1 } else { p2 };
    }
    if c.deg[p1] > c.deg[p2] { p1 } else { p2 }
}

/// PyJHora's malefics in chart `c` (`charts.benefics_and_malefics`, as
/// [`pj_malefics`]), with the lagna among the candidates when Mercury's
/// company is tied (nearest to him decides; the lagna is no benefic).
fn pj_mal_b(c: &ChartB, tithi: u32) -> u16 {
    let mut mal: u16 = 0b1_1100_0101;
    let mut ben: u16 = 0b11_0000;
    if tithi > 15 {
        mal |= 1 << 1;
    } else {
        ben |= 1 << 1;
    }
    let with_me = |set: u16| {
        (0..9)
            .filter(|&i| set & (1 << i) != 0 && c.s[i] == c.s[3])
            .count()
    };
    let (m, b) = (with_me(mal), with_me(ben));
    let mercury_malefic = if m == b && m > 0 {
        let mut best: Option<(f64, bool)> = None;
        let mut take = |d: f64, malefic: bool| {
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, malefic));
            }
        };
        for i in (0..9).filter(|&i| i != 3 && c.s[i] == c.s[3]) {
            take((c.deg[i] - c.deg[3]).abs(), ben & (1 << i) == 0);
        }
        if c.lagna == c.s[3] {
            take((c.lagna_deg - c.deg[3]).abs(), true);
        }
        best.is_some_and(|(_, malefic)| malefic)
    } else {
        m > b
    };
    if mercury_malefic { mal | (1 << 3) } else { mal }
}

/// Our dignity of graha `g` (`jyotish::chart::dignity`, as the facts).
fn our_dignity_b(r: &Row, g: usize) -> jyotish::Dignity {
    use jyotish::{Graha, Rashi};
    let rs = Rashi::ALL[sign(r.grahas[g])];
    let lord_sign = Rashi::ALL[sign(r.grahas[rs.lord().index()])];
    jyotish::chart::dignity(Graha::ALL[g], rs, r.grahas[g].rem_euclid(30.0), lord_sign)
}

/// "Exalted": PyJHora's (`utils.is_planet_in_exalation` without deep
/// exaltation: its table's grade 4 or better) with `B_OWN` (an own sign
/// counts) and `B_BYSIGN` (the exaltation sign whatever the degree); off,
/// ours (the Moon exalted in 0–3° Taurus, Mercury in 0–15° Virgo, BPHS
/// 3.51–52).
fn exalted_b(r: &Row, g: usize, on: u16) -> bool {
    const EXALT: [usize; 7] = [0, 1, 9, 5, 3, 11, 6];
    let t = sign(r.grahas[g]);
    let grade = pj_grade_b(g, t);
    let ex_sign = if g < 7 { t == EXALT[g] } else { grade == 4 };
    (on & B_OWN != 0 && grade == 5 && !ex_sign)
        || (ex_sign && (on & B_BYSIGN != 0 || our_dignity_b(r, g) == jyotish::Dignity::Exalted))
}

/// Grahas combust by PyJHora's `charts.planets_in_combustion` (bit `i` =
/// graha): the Moon … Saturn within an orb of the Sun, the orb read at
/// index `graha − 2` of its table (12, 17, 14, 10, 11, 15; the retrograde
/// table 12, 8, 12, 11, 8, 16 when its elongation test calls the graha
/// retrograde), so one graha off (the Moon takes the last entry), and
/// without wrapping at 0°/360°.
fn pj_combust_b(r: &Row) -> u16 {
    const RETRO: [(f64, f64); 5] = [
        (164.0, 196.0),
        (144.0, 216.0),
        (130.0, 230.0),
        (163.0, 197.0),
        (115.0, 245.0),
    ];
    const DIRECT: [f64; 6] = [12.0, 17.0, 14.0, 10.0, 11.0, 15.0];
    const RETRO_ORB: [f64; 6] = [12.0, 8.0, 12.0, 11.0, 8.0, 16.0];
    let sun = r.grahas[0];
    let mut out = 0;
    for p in 1..7 {
        let retro = p >= 2 && {
            let (a, b) = RETRO[p - 2];
            let lo = (sun + 360.0 + a) % 360.0;
            let mut hi = (sun + 360.0 + b) % 360.0;
            if hi < lo {
                hi += 360.0;
            }
            r.grahas[p] > lo && r.grahas[p] < hi
        };
        let orb = if retro { RETRO_ORB } else { DIRECT }[(p + 4) % 6];
        if r.grahas[p] >= sun - orb && r.grahas[p] <= sun + orb {
            out |= 1 << p;
        }
    }
    out
}

/// Our combustion ([`ChartFacts::from_longitudes`]: direct-motion orbs).
fn our_combust_b(r: &Row, g: usize) -> bool {
    const ORB: [f64; 7] = [0.0, 12.0, 17.0, 14.0, 11.0, 10.0, 15.0];
    let d = (r.grahas[g] - r.grahas[0]).rem_euclid(360.0);
    (1..7).contains(&g) && d.min(360.0 - d) <= ORB[g]
}

/// PyJHora's day birth (the fixture's `pj_daytime`: the local clock time
/// plus the zone, compared with its local sunrise and sunset).
fn pj_daytime_b(index: usize) -> bool {
    static DAY: std::sync::OnceLock<Vec<bool>> = std::sync::OnceLock::new();
    DAY.get_or_init(|| {
        let mut lines = CSV.lines().filter(|l| !l.starts_with('#'));
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        let c = header.iter().position(|h| *h == "pj_daytime").unwrap();
        lines.map(|l| l.split(',').nth(c) == Some("1")).collect()
    })[index]
}

// Departures of PyJHora's code from the text, as bits of a model's `on`
// (`B_X1`–`B_X3`: a key's own departures, named in its arm).
const B_NODE: u16 = 1;
const B_CHART: u16 = 1 << 1;
const B_RASI: u16 = 1 << 2;
const B_SELF: u16 = 1 << 3;
const B_REV: u16 = 1 << 4;
const B_TABLE: u16 = 1 << 5;
const B_OWN: u16 = 1 << 6;
const B_BYSIGN: u16 = 1 << 7;
const B_ONLY: u16 = 1 << 8;
const B_NAV: u16 = 1 << 9;
const B_X1: u16 = 1 << 10;
const B_X2: u16 = 1 << 11;
const B_X3: u16 = 1 << 12;

/// The class of a disagreement from a model of PyJHora's rule: `model(on)`
/// with every departure of `devs` on must give PyJHora's answer and with
/// none ours (else `None`: the hypothesis fails on this row); the class is
/// the departure whose switching-off alone gives ours, or "several
/// departures".
fn switch_b(
    theirs: bool,
    ours: bool,
    model: &dyn Fn(u16) -> bool,
    devs: &[(u16, &'static str)],
) -> Option<&'static str> {
    let all = devs.iter().fold(0, |m, d| m | d.0);
    if model(all) != theirs || model(0) != ours {
        return None;
    }
    devs.iter()
        .find(|&&(d, _)| model(all & !d) == ours)
        .map(|&(_, n)| n)
        .or(Some("several departures"))
}

/// Classes of the keys traced in the sixth pass, second half
/// (tests/data/README.md, "Yoga fixtures"): each arm re-runs PyJHora's rule
/// ([`switch_b`]).
fn traced_class_b(key: &str, r: &Row, ours: bool) -> Option<&'static str> {
    let theirs = !ours;
    let rc = ChartB::rasi(r);
    let nc = ChartB::navamsa(r);
    let s = rc.s;
    let lagna = rc.lagna;
    let h = |n: usize| rc.house(n);
    let has = |set: u16, i: usize| set & (1 << i) != 0;
    // The lord of sign `t` in chart `c`: PyJHora's with `B_NODE`.
    let lf = |c: &ChartB, t: usize, on: u16| {
        if on & B_NODE != 0 {
            pj_lord_b(c, t)
        } else {
            lord(t)
        }
    };
    let our_mal = 0x1ff & !our_benefics(r);
    let mal = |on: u16| {
        if on & B_CHART != 0 {
            pj_mal_b(&rc, r.tithi)
        } else {
            our_mal
        }
    };
    let gd = |p: usize, q: usize| graha_drishti(p, s[p], s[q]);
    let kendra = |t: usize| (t + 12 - lagna) % 3 == 0;
    let node: (u16, &'static str) = (B_NODE, "node as co-lord");
    let chart: (u16, &'static str) = (B_CHART, "chart benefics");
    let rasi: (u16, &'static str) = (B_RASI, "rasi drishti for graha drishti");
    match key {
        "asubha_yoga" => {
            // BPHS ch. 36: malefics in the lagna, or in the 2nd and the
            // 12th. PyJHora: *only* malefics there (a benefic co-tenant
            // spoils), its chart malefics.
            let m = |on: u16| {
                let mal = mal(on);
                let ok = |t: usize| {
                    let occ = (0..9)
                        .filter(|&i| s[i] == t)
                        .fold(0u16, |m, i| m | (1 << i));
                    if on & B_ONLY != 0 {
                        occ != 0 && occ & !mal == 0
                    } else {
                        occ & mal != 0
                    }
                };
                ok(lagna) || (ok(h(12)) && ok(h(2)))
            };
            switch_b(
                theirs,
                ours,
                &m,
                &[(B_ONLY, "benefic co-tenant spoils"), chart],
            )
        }
        "dharidhra_yoga_152" => {
            // Raman #152: natural malefics not owning the 9th or 10th in
            // the lagna, joined or aspected by the 2nd or 7th lord. PyJHora:
            // its chart malefics, the aspect also by rasi drishti, and a
            // malefic in the lagna that *is* the 2nd or 7th lord "joins"
            // itself.
            let m = |on: u16| {
                let set = if on & B_CHART != 0 {
                    pj_mal_b(&rc, r.tithi)
                } else {
                    0b1_1100_0101
                };
                let l = |n: usize| lf(&rc, h(n), on);
                let (l9, l10) = (l(9), l(10));
                (0..9).any(|x| {
                    has(set, x)
                        && s[x] == lagna
                        && x != l9
                        && x != l10
                        && [l(2), l(7)].iter().any(|&k| {
                            (s[x] == s[k] && (on & B_SELF != 0 || x != k))
                                || gd(k, x)
                                || (on & B_RASI != 0 && rasi_drishti(s[x], s[k]))
                        })
                })
            };
            switch_b(
                theirs,
                ours,
                &m,
                &[chart, rasi, (B_SELF, "maraka lord joins itself"), node],
            )
        }
        "dharidhra_yoga_147" | "dharidhra_yoga_148" => {
            // Raman #147: the lagna lord in the 8th, joined or aspected by
            // the 2nd or 7th lord; #148: in the 6th, 8th or 12th with a
            // malefic, joined or aspected by the 2nd or 7th lord. PyJHora
            // also counts rasi drishti, uses its chart malefics, and (#148)
            // tests "a malefic with the lagna lord" with `any()` over graha
            // numbers, so the Sun (number 0) never counts.
            let m = |on: u16| {
                let l = |n: usize| lf(&rc, h(n), on);
                let l1 = l(1);
                let placed = if key == "dharidhra_yoga_147" {
                    s[l1] == h(8)
                } else {
                    [h(6), h(8), h(12)].contains(&s[l1])
                        && (0..9).any(|x| {
                            x != l1
                                && has(mal(on), x)
                                && s[x] == s[l1]
                                && (on & B_X1 == 0 || x != 0)
                        })
                };
                placed
                    && [l(2), l(7)].iter().any(|&k| {
                        (k != l1 && s[k] == s[l1])
                            || gd(k, l1)
                            || (on & B_RASI != 0 && rasi_drishti(s[l1], s[k]))
                    })
            };
            if key == "dharidhra_yoga_147" {
                switch_b(theirs, ours, &m, &[rasi, node])
            } else {
                switch_b(
                    theirs,
                    ours,
                    &m,
                    &[rasi, chart, (B_X1, "Sun skipped as malefic"), node],
                )
            }
        }
        "dharidhra_yoga_145" => {
            // Raman #145: the lagna and 6th lords exchanged, the Moon
            // aspected by the 2nd or 7th lord; PyJHora also by rasi drishti.
            let m = |on: u16| {
                let l = |n: usize| lf(&rc, h(n), on);
                let (l1, l6) = (l(1), l(6));
                s[l1] == h(6)
                    && s[l6] == lagna
                    && [l(2), l(7)].iter().any(|&k| {
                        k != 1 && (gd(k, 1) || (on & B_RASI != 0 && rasi_drishti(s[1], s[k])))
                    })
            };
            switch_b(theirs, ours, &m, &[rasi, node])
        }
        "dharidhra_yoga_149" => {
            // The modelled departures ([`pj_model`]) explain the cell, or
            // PyJHora took a node as co-lord.
            let all = [Dev::Benefics, Dev::Rasi, Dev::Own, Dev::Strength];
            if pj_model(key, r, &all) == Some(theirs) {
                return None;
            }
            let m = |on: u16| {
                let l = |n: usize| lf(&rc, h(n), on);
                let l1 = l(1);
                let assoc = [l(6), l(8), l(12)].iter().any(|&t| {
                    (s[t] == s[l1] && (on & B_X1 != 0 || t != l1))
                        || (on & B_X1 != 0 && t != l1 && gd(t, l1))
                });
                assoc && (0..9).any(|x| x != l1 && has(mal(on), x) && gd(x, l1))
            };
            switch_b(
                theirs,
                ours,
                &m,
                &[(B_X1, "association by one-way aspect"), chart, node],
            )
        }
        "matrudeerghayur_yoga_197" => {
            // Raman #197: the lord of the 4th lord's navamsa strong, in a
            // kendra from the lagna and from the Moon. PyJHora: "strong" =
            // its own sign by its table (grade 5).
            let m = |on: u16| {
                let l4 = lf(&rc, h(4), on);
                let nl = lf(&nc, nc.s[l4], on);
                let strong = if on & B_TABLE != 0 {
                    pj_grade_b(nl, s[nl]) == 5
                } else {
                    our_strong(r, nl)
                };
                strong && kendra(s[nl]) && (s[nl] + 12 - s[1]) % 3 == 0
            };
            switch_b(
                theirs,
                ours,
                &m,
                &[(B_TABLE, "strength by sign table"), node],
            )
        }
        "kapata_yoga_202" => {
            // Raman #202: a malefic in the 4th, the 4th lord joined or
            // aspected by malefics or hemmed in by them. PyJHora: "aspected
            // by" looks up the grahas the 4th lord aspects, a malefic 4th
            // lord joins itself, its chart malefics.
            let m = |on: u16| {
                let mal = mal(on);
                let l4 = lf(&rc, h(4), on);
                let any_mal = |f: &dyn Fn(usize) -> bool| (0..9).any(|x| has(mal, x) && f(x));
                any_mal(&|x| s[x] == h(4))
                    && (any_mal(&|x| {
                        x != l4
                            && if on & B_REV != 0 {
                                gd(l4, x)
                            } else {
                                gd(x, l4)
                            }
                    }) || any_mal(&|x| s[x] == s[l4] && (on & B_SELF != 0 || x != l4))
                        || (any_mal(&|x| s[x] == (s[l4] + 11) % 12)
                            && any_mal(&|x| s[x] == (s[l4] + 1) % 12)))
            };
            switch_b(
                theirs,
                ours,
                &m,
                &[
                    chart,
                    (B_REV, "aspect direction reversed"),
                    (B_SELF, "4th lord joins itself"),
                    node,
                ],
            )
        }
        "guhyaroga_yoga" => {
            // Raman #284: the Moon, in a Cancer or Scorpio navamsa, joined by
            // malefics (in the rasi). PyJHora: the conjunction in the navamsa
            // chart, with its malefics of that chart.
            let m = |on: u16| {
                if ![3, 7].contains(&nc.s[1]) {
                    return false;
                }
                let (c, set) = if on & B_NAV != 0 {
                    let set = if on & B_CHART != 0 {
                        pj_mal_b(&nc, r.tithi)
                    } else {
                        our_mal
                    };
                    (&nc, set)
                } else {
                    (&rc, mal(on))
                };
                (0..9).any(|x| x != 1 && has(set, x) && c.s[x] == c.s[1])
            };
            switch_b(
                theirs,
                ours,
                &m,
                &[(B_NAV, "conjunction in the navamsa"), chart],
            )
        }
        "bandhubhisthyaktha_yoga" => {
            // Raman #195 (the cells [`traced_class`] leaves): PyJHora's
            // "associated" is conjunction, exchange or mutual aspect by
            // `house.graha_drishti_of_the_planet`, which adds to graha
            // drishti the rasi drishti and the grahas of one more sign (the
            // last rasi-drishti sign counted again from the graha's own).
            const KROORA: [usize; 23] = [
                0, 1, 7, 8, 9, 10, 11, 14, 15, 29, 30, 31, 32, 33, 34, 39, 41, 42, 43, 47, 50, 51,
                58,
            ];
            let m = |on: u16| {
                let l4 = lf(&rc, h(4), on);
                let sees = |p: usize, q: usize| {
                    let last = (0..12).rev().find(|&t| rasi_drishti(s[p], t)).unwrap();
                    gd(p, q)
                        || (on & B_RASI != 0 && rasi_drishti(s[p], s[q]))
                        || (on & B_X1 != 0 && s[q] == (last + s[p] + 11) % 12)
                };
                let assoc = (0..9).any(|x| {
                    x != l4
                        && has(mal(on), x)
                        && (s[x] == s[l4]
                            || (on & B_X3 != 0
                                && ((sees(x, l4) && sees(l4, x))
                                    || (lf(&rc, s[x], on) == l4 && lf(&rc, s[l4], on) == x))))
                });
                let deg = if l4 == 0 { r.asc } else { r.grahas[l4 - 1] };
                let part = ((deg.rem_euclid(30.0) * 2.0) as usize) % 60;
                let deity = if s[l4] % 2 == 0 { 59 - part } else { part };
                let evil = on & B_X2 != 0 && KROORA.contains(&deity);
                let inimical = if on & B_TABLE != 0 {
                    pj_grade_b(l4, s[l4]) <= 1
                } else {
                    use jyotish::Dignity::{Debilitated, Enemy, GreatEnemy};
                    matches!(our_dignity_b(r, l4), Enemy | GreatEnemy | Debilitated)
                };
                evil || assoc || inimical
            };
            switch_b(
                theirs,
                ours,
                &m,
                &[
                    (B_RASI, "association by rasi drishti"),
                    (B_X1, "drishti sign misindexed"),
                    (B_X3, "association by aspect or exchange"),
                    (B_X2, "shashtiamsa not a chart fact"),
                    (B_TABLE, "enmity by sign table"),
                    chart,
                    node,
                ],
            )
        }
        "sraddhannabhuktha_yoga" => {
            // Raman: Saturn owning the 2nd or joining its lord, or a
            // debilitated Saturn aspecting the 2nd. PyJHora compares the
            // houses Saturn aspects (counted from the lagna, 0-based) with
            // the 2nd's *sign*.
            let m = |on: u16| {
                let l2 = lf(&rc, h(2), on);
                let aspects_2nd = if on & B_X1 != 0 {
                    (0..12).any(|t| graha_drishti(6, s[6], t) && (t + 12 - lagna) % 12 == h(2))
                } else {
                    graha_drishti(6, s[6], h(2))
                };
                l2 == 6 || s[l2] == s[6] || (s[6] == 0 && aspects_2nd)
            };
            switch_b(
                theirs,
                ours,
                &m,
                &[(B_X1, "aspected house read as sign"), node],
            )
        }
        "yukthi_samanwithavagmi_yoga_154" => {
            // Raman #154: the 2nd lord with a benefic in a kendra or trikona,
            // or exalted and with Jupiter. PyJHora: its chart benefics,
            // "exalted" by its table (own sign counted, exaltation by sign),
            // and Jupiter as 2nd lord is "with Jupiter" by itself.
            let m = |on: u16| {
                let l2 = lf(&rc, h(2), on);
                let ben = if on & B_CHART != 0 {
                    0x1ff & !pj_mal_b(&rc, r.tithi)
                } else {
                    our_benefics(r)
                };
                let kt = [0, 3, 4, 6, 8, 9].contains(&((s[l2] + 12 - lagna) % 12));
                (kt && (0..9).any(|b| b != l2 && has(ben, b) && s[b] == s[l2]))
                    || (exalted_b(r, l2, on) && s[4] == s[l2] && (on & B_SELF != 0 || l2 != 4))
            };
            switch_b(
                theirs,
                ours,
                &m,
                &[
                    (B_OWN, "own sign counted"),
                    (B_BYSIGN, "exaltation by sign"),
                    (B_SELF, "Jupiter joins itself"),
                    chart,
                    node,
                ],
            )
        }
        "mathibhramana_yoga_292" => {
            // Raman #292: Saturn in the lagna, Mars in the 5th, 7th or 9th.
            // PyJHora adds 4, 6 or 8 to the lagna's sign number without
            // wrapping past Pisces.
            let m = |on: u16| {
                let t = |n: usize| {
                    if on & B_X1 != 0 { lagna + n - 1 } else { h(n) }
                };
                s[6] == lagna && [t(5), t(7), t(9)].contains(&s[2])
            };
            switch_b(theirs, ours, &m, &[(B_X1, "house number not wrapped")])
        }
        "mathibhramana_yoga_293" => {
            // Raman #293: Saturn in the 12th with the waning Moon. PyJHora
            // tests the waning Moon (by tithi) but not its conjunction.
            let m = |on: u16| {
                let waning = if on & B_X2 != 0 {
                    r.tithi > 15
                } else {
                    (r.grahas[1] - r.grahas[0]).rem_euclid(360.0) >= 180.0
                };
                waning && s[6] == h(12) && (on & B_X1 != 0 || s[6] == s[1])
            };
            switch_b(
                theirs,
                ours,
                &m,
                &[
                    (B_X1, "Moon's conjunction omitted"),
                    (B_X2, "paksha by tithi"),
                ],
            )
        }
        "mathibhramana_yoga_294" => {
            // Raman #294: the Moon and Mercury in kendras, each joined or
            // aspected by another graha. PyJHora tests graha drishti only,
            // and the Moon and Mercury count for each other.
            let m = |on: u16| {
                let infl = |g: usize| {
                    (0..9).any(|p| {
                        p != g
                            && (on & B_X2 != 0 || (p != 1 && p != 3))
                            && ((on & B_X1 == 0 && s[p] == s[g]) || gd(p, g))
                    })
                };
                kendra(s[1]) && kendra(s[3]) && infl(1) && infl(3)
            };
            switch_b(
                theirs,
                ours,
                &m,
                &[
                    (B_X1, "conjunction omitted"),
                    (B_X2, "Moon and Mercury count each other"),
                ],
            )
        }
        "amaranantha_dhana_yoga" => {
            // Raman #142: several (three or more) of the seven in the 2nd,
            // the 2nd lord and Jupiter strong or in own or exaltation signs.
            // PyJHora: three of the nine, and one of the 2nd lord, 11th lord
            // or Jupiter *in the 2nd* in its own or exaltation sign there.
            let m = |on: u16| {
                let n = if on & B_X1 != 0 { 9 } else { 7 };
                let many = (0..n).filter(|&j| s[j] == h(2)).count() >= 3;
                let wealth = if on & B_X2 != 0 {
                    [lf(&rc, h(2), on), lf(&rc, h(11), on), 4]
                        .iter()
                        .any(|&p| s[p] == h(2) && pj_grade_b(p, h(2)) >= 4)
                } else {
                    use jyotish::Dignity::{Exalted, Moolatrikona, Own};
                    let ok = |g: usize| {
                        our_strong(r, g)
                            || matches!(our_dignity_b(r, g), Exalted | Moolatrikona | Own)
                    };
                    ok(lord(h(2))) && ok(4)
                };
                many && wealth
            };
            switch_b(
                theirs,
                ours,
                &m,
                &[
                    (B_X1, "nodes counted"),
                    (B_X2, "wealth lord dignified in the 2nd"),
                    node,
                ],
            )
        }
        "chatussagara_yoga" => {
            // Raman #8: a graha in each kendra; PyJHora counts Rahu and Ketu.
            let m = |on: u16| {
                let n = if on & B_X1 != 0 { 9 } else { 7 };
                [1, 4, 7, 10].iter().all(|&k| (0..n).any(|j| s[j] == h(k)))
            };
            switch_b(theirs, ours, &m, &[(B_X1, "nodes counted")])
        }
        "bahu_puthra_yoga_221"
        | "vahana_yoga_209"
        | "bahu_sthree_yoga"
        | "matrunasa_yoga_199"
        | "dhur_yoga"
        | "grihanasa_yoga_192"
        | "sodaranasa_yoga"
        | "krisanga_yoga_113"
        | "vrana_yoga"
        | "balya_dhana_yoga" => {
            // The same rule both sides (Raman #221, #209, #238, #199, the
            // Duryoga of Phaladeepika ch. 6, #192, Sodaranasa, #113, #265,
            // #135): PyJHora may take Ketu or Rahu as lord of Scorpio or
            // Aquarius (also in the navamsa chart), and some use its chart
            // malefics.
            let m = |on: u16| {
                let l = |n: usize| lf(&rc, h(n), on);
                match key {
                    "bahu_puthra_yoga_221" => {
                        let nl = lf(&nc, nc.s[l(7)], on);
                        [h(1), h(2), h(5)].contains(&s[nl])
                    }
                    "vahana_yoga_209" => [h(4), h(9), h(11)].contains(&s[l(1)]),
                    "bahu_sthree_yoga" => {
                        let (a, b) = (l(1), l(7));
                        s[a] == s[b] || (gd(a, b) && gd(b, a))
                    }
                    "matrunasa_yoga_199" => {
                        let a = lf(&nc, nc.s[l(4)], on);
                        let b = lf(&nc, nc.s[a], on);
                        [h(6), h(8), h(12)].contains(&s[b])
                    }
                    "dhur_yoga" => [h(6), h(8), h(12)].contains(&s[l(10)]),
                    "grihanasa_yoga_192" => s[lf(&nc, nc.s[l(4)], on)] == h(12),
                    "sodaranasa_yoga" => {
                        let l3 = l(3);
                        let t = [h(8), h(3), h(5), h(7)];
                        t.contains(&s[2])
                            && t.contains(&s[l3])
                            && (0..9).any(|x| {
                                has(mal(on), x) && [2, l3].iter().any(|&g| x != g && gd(x, g))
                            })
                    }
                    "krisanga_yoga_113" => {
                        [0, 2, 6].contains(&lf(&nc, nc.lagna, on))
                            && (0..9).any(|x| has(mal(on), x) && s[x] == lagna)
                    }
                    "vrana_yoga" => {
                        let l6 = l(6);
                        has(mal(on), l6) && [lagna, h(8), h(10)].contains(&s[l6])
                    }
                    _ => {
                        // Balya Dhana: the 2nd and 10th lords together in a
                        // kendra, aspected by the lagna lord's navamsa
                        // dispositor.
                        let (l2, l10) = (l(2), l(10));
                        let nd = lf(&nc, nc.s[l(1)], on);
                        s[l2] == s[l10] && l2 != l10 && kendra(s[l2]) && nd != l2 && gd(nd, l2)
                    }
                }
            };
            switch_b(theirs, ours, &m, &[node, chart])
        }
        "garuda_yoga" => {
            // Raman #66: the lord of the Moon's navamsa exalted, birth by day
            // in the bright half. PyJHora: "exalted" by its table (own sign
            // counted, exaltation by sign), the bright half as tithi < 15,
            // and its day birth ([`pj_daytime_b`]).
            let m = |on: u16| {
                let nl = lf(&nc, nc.s[1], on);
                let bright = if on & B_X2 != 0 {
                    r.tithi < 15
                } else {
                    (r.grahas[1] - r.grahas[0]).rem_euclid(360.0) < 180.0
                };
                let day = if on & B_X1 != 0 {
                    pj_daytime_b(r.index)
                } else {
                    (r.grahas[0] - r.asc).rem_euclid(360.0) >= 180.0
                };
                bright && day && exalted_b(r, nl, on)
            };
            switch_b(
                theirs,
                ours,
                &m,
                &[
                    (B_OWN, "own sign counted"),
                    (B_BYSIGN, "exaltation by sign"),
                    (B_X1, "day birth zone shifted"),
                    (B_X2, "paksha by tithi"),
                    node,
                ],
            )
        }
        "anapathya_yoga" => {
            // Raman: Jupiter and the lords of the lagna, 5th and 7th weak.
            // PyJHora's weakness (`utils.is_planet_weak`) has the same four
            // marks, but combustion by [`pj_combust_b`], debilitation by its
            // table and its chart malefics.
            let comb = pj_combust_b(r);
            let m = |on: u16| {
                let weak = |g: usize| {
                    let deb = if on & B_TABLE != 0 {
                        pj_grade_b(g, s[g]) == 0
                    } else {
                        our_dignity_b(r, g) == jyotish::Dignity::Debilitated
                    };
                    let burnt = if on & B_X1 != 0 {
                        has(comb, g)
                    } else {
                        our_combust_b(r, g)
                    };
                    deb || burnt
                        || [6, 8, 12].contains(&((s[g] + 12 - lagna) % 12 + 1))
                        || (0..9).any(|x| x != g && has(mal(on), x) && gd(x, g))
                };
                let l = |n: usize| lf(&rc, h(n), on);
                weak(4) && weak(l(1)) && weak(l(5)) && weak(l(7))
            };
            switch_b(
                theirs,
                ours,
                &m,
                &[
                    (B_X1, "combustion orb"),
                    (B_TABLE, "debilitation by sign table"),
                    chart,
                    node,
                ],
            )
        }
        "kalaanidhi_yoga" => {
            // BPHS ch. 36: Jupiter in the 2nd or 5th, joined or aspected by
            // Mercury and by Venus. PyJHora tests Venus's conjunction as
            // Jupiter's own (always true) and adds "in a sign of Mercury or
            // Jupiter" (Venus's, misnumbered) unless Mercury joins Jupiter.
            let m = |on: u16| {
                let infl = |g: usize| s[g] == s[4] || gd(g, 4);
                [h(2), h(5)].contains(&s[4])
                    && infl(3)
                    && (on & B_X1 != 0 || infl(5))
                    && (on & B_X2 == 0 || [3, 4].contains(&lord(s[4])) || s[3] == s[4])
            };
            switch_b(
                theirs,
                ours,
                &m,
                &[
                    (B_X1, "Venus's influence not tested"),
                    (B_X2, "sign of Mercury or Jupiter"),
                ],
            )
        }
        "kalatramooladdhana_yoga" => {
            // Raman #141: the strong 2nd lord joined or aspected by the 7th
            // lord and by Venus, the lagna lord strong. PyJHora: "strong" =
            // own or exaltation sign by its table, and both influences by
            // conjunction or both by aspect.
            let m = |on: u16| {
                let l = |n: usize| lf(&rc, h(n), on);
                let (l1, l2, l7) = (l(1), l(2), l(7));
                let strong = |g: usize| {
                    if on & B_TABLE != 0 {
                        pj_grade_b(g, s[g]) >= 4
                    } else {
                        our_strong(r, g)
                    }
                };
                let rel = if on & B_X1 != 0 {
                    (s[l2] == s[l7] && s[5] == s[l2]) || (gd(l7, l2) && gd(5, l2))
                } else {
                    [l7, 5]
                        .iter()
                        .all(|&x| x != l2 && (s[x] == s[l2] || gd(x, l2)))
                };
                strong(l1) && strong(l2) && rel
            };
            switch_b(
                theirs,
                ours,
                &m,
                &[
                    (B_TABLE, "strength by sign table"),
                    (B_X1, "influences not mixed"),
                    node,
                ],
            )
        }
        "parannabhojana_yoga" => {
            // Raman #172: the 2nd lord debilitated or in a natural enemy's
            // navamsa, aspected by a debilitated graha. PyJHora: debilitation
            // and enmity by its table (the nodes' too), and "aspected by"
            // looks up the grahas the 2nd lord aspects.
            let m = |on: u16| {
                let l2 = lf(&rc, h(2), on);
                let deb = |g: usize| {
                    if on & B_X1 != 0 {
                        pj_grade_b(g, s[g]) == 0
                    } else {
                        our_dignity_b(r, g) == jyotish::Dignity::Debilitated
                    }
                };
                let enemy = if on & B_TABLE != 0 {
                    pj_grade_b(l2, nc.s[l2]) == 1
                } else {
                    use jyotish::{Graha, chart::Relation, chart::natural_relation};
                    natural_relation(Graha::ALL[l2], Graha::ALL[lord(nc.s[l2])])
                        == Some(Relation::Enemy)
                };
                (deb(l2) || enemy)
                    && (0..9).any(|p| {
                        p != l2
                            && deb(p)
                            && if on & B_REV != 0 {
                                gd(l2, p)
                            } else {
                                gd(p, l2)
                            }
                    })
            };
            switch_b(
                theirs,
                ours,
                &m,
                &[
                    (B_X1, "debilitation by sign table"),
                    (B_TABLE, "enmity by sign table"),
                    (B_REV, "aspect direction reversed"),
                    node,
                ],
            )
        }
        "kaalanirdesat_puthra_yoga_227" | "kushtaroga_yoga_268" => {
            // Raman #227: Jupiter in the 5th, the 5th lord with Venus; #268:
            // the lagna lord with Mars and Mercury in the 4th or 12th.
            // PyJHora compares signs, so Venus as 5th lord (Mars or Mercury
            // as lagna lord) joins itself.
            let m = |on: u16| {
                let me = on & B_SELF != 0;
                if key == "kaalanirdesat_puthra_yoga_227" {
                    let l5 = lf(&rc, h(5), on);
                    s[4] == h(5) && s[l5] == s[5] && (me || l5 != 5)
                } else {
                    let l1 = lf(&rc, lagna, on);
                    [h(4), h(12)].iter().any(|&t| {
                        s[2] == t && s[3] == t && s[l1] == t && (me || (l1 != 2 && l1 != 3))
                    })
                }
            };
            let name = if key == "kushtaroga_yoga_268" {
                "lagna lord joins itself"
            } else {
                "5th lord joins itself"
            };
            switch_b(theirs, ours, &m, &[(B_SELF, name), node])
        }
        "jara_yoga" | "ayatna_griha_prapta_yoga_189" => {
            // Raman #236: the lords of the 10th, 2nd and 7th in the 10th;
            // #189: the lagna and 7th lords in the lagna or the 4th,
            // aspected by benefics. Same rule both sides but for the lords.
            let m = |on: u16| {
                let l = |n: usize| lf(&rc, h(n), on);
                if key == "jara_yoga" {
                    [l(2), l(7), l(10)].iter().all(|&g| s[g] == h(10))
                } else {
                    let (l1, l7) = (l(1), l(7));
                    let ben = if on & B_CHART != 0 {
                        0x1ff & !pj_mal_b(&rc, r.tithi)
                    } else {
                        our_benefics(r)
                    };
                    [lagna, h(4)].iter().any(|&t| s[l1] == t && s[l7] == t)
                        && [l1, l7]
                            .iter()
                            .any(|&g| (0..9).any(|b| b != g && has(ben, b) && gd(b, g)))
                }
            };
            switch_b(theirs, ours, &m, &[node, chart])
        }
        "karascheda_yoga" => {
            // Raman #272: "Saturn and Jupiter in the 9th and 3rd" (either
            // way round); PyJHora: Saturn in the 9th and Jupiter in the 3rd.
            let m = |on: u16| {
                (s[6] == h(9) && s[4] == h(3)) || (on & B_X1 == 0 && s[6] == h(3) && s[4] == h(9))
            };
            switch_b(theirs, ours, &m, &[(B_X1, "one order only")])
        }
        "pittharoga_yoga" => {
            // Raman #279: the Sun in the 6th with a malefic, aspected by
            // another malefic; PyJHora's chart malefics.
            let m = |on: u16| {
                let mal = mal(on);
                let with = (1..9).filter(|&x| has(mal, x) && s[x] == s[0]).count() > 0;
                s[0] == h(6) && with && (1..9).any(|x| has(mal, x) && s[x] != s[0] && gd(x, 0))
            };
            switch_b(theirs, ours, &m, &[chart])
        }
        "vidyut_yoga" => {
            // Raman #59: the 11th lord in deep exaltation with Venus, in a
            // kendra from the lagna lord. PyJHora: Venus as 11th lord is
            // "with Venus" by itself; a node as lord is "deeply exalted" in
            // its table's exaltation signs.
            const DEEP: [f64; 7] = [10.0, 33.0, 298.0, 165.0, 95.0, 357.0, 200.0];
            let m = |on: u16| {
                let l = |n: usize| lf(&rc, h(n), on);
                let l11 = l(11);
                let deep = if l11 < 7 {
                    let d = (r.grahas[l11] - DEEP[l11]).rem_euclid(360.0);
                    d.min(360.0 - d) <= 1.0
                } else {
                    pj_grade_b(l11, s[l11]) >= 4
                };
                deep && s[5] == s[l11]
                    && (on & B_SELF != 0 || l11 != 5)
                    && (s[l11] + 12 - s[l(1)]) % 3 == 0
            };
            switch_b(
                theirs,
                ours,
                &m,
                &[(B_SELF, "11th lord joins itself"), node],
            )
        }
        "lagnaadhi_yoga" => {
            // BPHS ch. 36: benefics in the 7th and 8th from the lagna, not
            // joined or aspected by malefics. PyJHora: every one of its chart
            // benefics in the 6th, 7th or 8th, no malefic there, and no
            // benefic *aspecting* a malefic.
            let m = |on: u16| {
                let ben = if on & B_CHART != 0 {
                    0x1ff & !pj_mal_b(&rc, r.tithi)
                } else {
                    our_benefics(r)
                };
                let mal = 0x1ff & !ben;
                let inn = |set: u16, hs: &[usize]| {
                    (0..9).filter(|&g| has(set, g)).any(|g| hs.contains(&s[g]))
                };
                let place = if on & B_X1 != 0 {
                    (0..9)
                        .filter(|&b| has(ben, b))
                        .all(|b| [h(6), h(7), h(8)].contains(&s[b]))
                        && !inn(mal, &[h(6), h(7), h(8)])
                } else {
                    inn(ben, &[h(7)]) && inn(ben, &[h(8)]) && !inn(mal, &[h(7), h(8)])
                };
                let spoilt = if on & B_REV != 0 {
                    (0..9).any(|b| has(ben, b) && (0..9).any(|x| has(mal, x) && gd(b, x)))
                } else {
                    (0..9).any(|x| {
                        has(mal, x) && [h(7), h(8)].iter().any(|&t| graha_drishti(x, s[x], t))
                    })
                };
                place && !spoilt
            };
            switch_b(
                theirs,
                ours,
                &m,
                &[
                    (B_X1, "every benefic in the 6th to 8th"),
                    (B_REV, "aspect direction reversed"),
                    chart,
                ],
            )
        }
        "ekabhagini_yoga" => {
            // Raman #179: Mercury in the 3rd, the 3rd lord with the Moon,
            // Mars with Saturn; PyJHora's "the Moon with the 3rd lord"
            // holds when the Moon *is* the 3rd lord.
            let m = |on: u16| {
                let l3 = lf(&rc, h(3), on);
                s[3] == h(3) && s[1] == s[l3] && (on & B_SELF != 0 || l3 != 1) && s[2] == s[6]
            };
            switch_b(theirs, ours, &m, &[(B_SELF, "3rd lord joins itself"), node])
        }
        "dhurmarana_yoga" => {
            // Raman #274: the Moon, aspected by the lagna lord, in a dusthana
            // with Saturn, Mandi or Rahu (Mandi left out here; PyJHora has
            // its `maandi` longitude).
            let m = |on: u16| {
                let l1 = lf(&rc, lagna, on);
                [h(6), h(8), h(12)].contains(&s[1])
                    && gd(l1, 1)
                    && (s[6] == s[1] || s[7] == s[1] || (on & B_X1 != 0 && sign(r.maandi) == s[1]))
            };
            switch_b(theirs, ours, &m, &[(B_X1, "Mandi not a chart fact"), node])
        }
        "apakeerthi_yoga" => {
            // Raman #244: the Sun and Saturn in the 10th, in malefic amsas
            // (navamsas of malefics) or aspected by malefics. PyJHora: the
            // aspect through the misindexed `planets_aspecting_the_raasi`,
            // the navamsa *lords* among its chart malefics, or both in cruel
            // shashtiamsas.
            const KROORA: [usize; 23] = [
                0, 1, 7, 8, 9, 10, 11, 14, 15, 29, 30, 31, 32, 33, 34, 39, 41, 42, 43, 47, 50, 51,
                58,
            ];
            let m = |on: u16| {
                let mal = mal(on);
                let h10 = h(10);
                let aspected = if on & B_X1 != 0 {
                    pj_aspecting_raasi(&s, h10) & mal != 0
                } else {
                    (0..9).any(|x| x != 0 && x != 6 && has(mal, x) && graha_drishti(x, s[x], h10))
                };
                let amsa = if on & B_X2 != 0 {
                    [0, 6].iter().all(|&g| has(mal, lf(&nc, nc.s[g], on)))
                } else {
                    [0, 6].iter().all(|&g| [0, 4, 7, 9, 10].contains(&nc.s[g]))
                };
                let cruel = |g: usize| {
                    let part = ((r.grahas[g].rem_euclid(30.0) * 2.0) as usize) % 60;
                    KROORA.contains(&if s[g] % 2 == 0 { 59 - part } else { part })
                };
                s[0] == h10
                    && s[6] == h10
                    && (aspected || amsa || (on & B_X3 != 0 && cruel(0) && cruel(6)))
            };
            switch_b(
                theirs,
                ours,
                &m,
                &[
                    (B_X1, "house aspect misindexed"),
                    (B_X2, "navamsa lord for navamsa"),
                    (B_X3, "shashtiamsa not a chart fact"),
                    chart,
                    node,
                ],
            )
        }
        "raja_bhanga_yoga_298" | "sarpasaapa_yoga_215" => {
            // Raman #298: Leo rising, Saturn exalted, in a debilitated
            // navamsa or aspected by a benefic (PyJHora: "exalted" by its
            // table, an own sign counted). #215: the 5th a sign of Mars with
            // Rahu, aspected by or with Mercury (PyJHora: the 5th lord Mars,
            // a node possibly; the houses Mercury aspects compared with the
            // 5th's sign).
            let m = |on: u16| {
                if key == "raja_bhanga_yoga_298" {
                    let ben = if on & B_CHART != 0 {
                        0x1ff & !pj_mal_b(&rc, r.tithi)
                    } else {
                        our_benefics(r)
                    };
                    lagna == 4
                        && exalted_b(r, 6, on)
                        && (nc.s[6] == 0 || (0..9).any(|b| b != 6 && has(ben, b) && gd(b, 6)))
                } else {
                    let h5 = h(5);
                    let aspects = if on & B_X1 != 0 {
                        (0..12).any(|t| graha_drishti(3, s[3], t) && (t + 12 - lagna) % 12 == h5)
                    } else {
                        graha_drishti(3, s[3], h5)
                    };
                    lf(&rc, h5, on) == 2 && s[7] == h5 && (s[3] == h5 || aspects)
                }
            };
            switch_b(
                theirs,
                ours,
                &m,
                &[
                    (B_OWN, "own sign counted"),
                    (B_X1, "aspected house read as sign"),
                    chart,
                    node,
                ],
            )
        }
        "pushkala_yoga" => {
            // Raman #26: the lagna lord with the Moon, the Moon's dispositor
            // in a kendra or a great friend's sign aspecting the lagna, and
            // a strong planet in the lagna; PyJHora leaves out the last.
            // PyJHora's "great friend" is a fixed table
            // (`const.compound_planet_relations`, 5 = adhimitra; numbers).
            const PJ_ADHIMITRA: [[u8; 9]; 9] = [
                [0, 5, 5, 4, 3, 3, 3, 3, 3],
                [5, 0, 2, 5, 2, 2, 4, 1, 1],
                [5, 3, 0, 3, 3, 2, 4, 1, 5],
                [5, 3, 4, 0, 2, 5, 2, 4, 2],
                [3, 3, 3, 1, 0, 1, 2, 3, 4],
                [3, 1, 2, 5, 2, 0, 5, 3, 5],
                [3, 3, 3, 3, 2, 5, 0, 5, 1],
                [3, 1, 1, 4, 2, 3, 5, 0, 1],
                [3, 1, 5, 2, 4, 5, 1, 1, 0],
            ];
            let m = |on: u16| {
                let l1 = lf(&rc, lagna, on);
                let dm = lf(&rc, s[1], on);
                let great_friend = if on & B_X2 != 0 {
                    PJ_ADHIMITRA[dm][lf(&rc, s[dm], on)] == 5
                } else {
                    our_dignity_b(r, dm) == jyotish::Dignity::GreatFriend
                };
                let placed = kendra(s[dm]) || great_friend;
                s[l1] == s[1]
                    && placed
                    && graha_drishti(dm, s[dm], lagna)
                    && (on & B_X1 != 0 || (0..7).any(|g| s[g] == lagna))
            };
            switch_b(
                theirs,
                ours,
                &m,
                &[
                    (B_X1, "lagna occupant omitted"),
                    (B_X2, "great friend by a fixed table"),
                    node,
                ],
            )
        }
        "bhratruvriddhi_yoga" => {
            // The modelled departures ([`pj_model`]) explain the cell, or
            // PyJHora took a node as the 3rd lord.
            let all = [Dev::Benefics, Dev::Rasi, Dev::Own, Dev::Strength];
            if pj_model(key, r, &all) == Some(theirs) {
                return None;
            }
            let m = |on: u16| {
                let ben = if on & B_CHART != 0 {
                    0x1ff & !pj_mal_b(&rc, r.tithi)
                } else {
                    our_benefics(r)
                };
                let strong = |g: usize| {
                    if on & B_TABLE != 0 {
                        pj_grade_b(g, s[g]) >= 3
                    } else {
                        our_strong(r, g)
                    }
                };
                let touched = |g: usize| {
                    (0..9).any(|b| {
                        b != g
                            && has(ben, b)
                            && (s[b] == s[g] || if on & B_REV != 0 { gd(g, b) } else { gd(b, g) })
                    })
                };
                let h3 = h(3);
                [lf(&rc, h3, on), 2]
                    .iter()
                    .any(|&g| strong(g) && touched(g))
                    || (0..9).any(|b| {
                        has(ben, b)
                            && (s[b] == h3
                                || if on & B_RASI != 0 {
                                    rasi_drishti(s[b], h3)
                                } else {
                                    graha_drishti(b, s[b], h3)
                                })
                    })
            };
            switch_b(
                theirs,
                ours,
                &m,
                &[
                    (B_TABLE, "strength by sign table"),
                    (B_REV, "aspect direction reversed"),
                    rasi,
                    chart,
                    node,
                ],
            )
        }
        "yuddhatpoorvadridhachitta_yoga" => {
            // Raman #184: the exalted 3rd lord with malefics, in a movable
            // sign or navamsa. PyJHora: "exalted" by its table, and the
            // conjunction in a movable sign of the rasi *or* of the navamsa
            // chart, its chart malefics.
            let m = |on: u16| {
                let l3 = lf(&rc, h(3), on);
                let mal = mal(on);
                let with = |c: &ChartB, movable: bool| {
                    (0..9).any(|x| {
                        x != l3 && has(mal, x) && c.s[x] == c.s[l3] && (!movable || c.s[x] % 3 == 0)
                    })
                };
                let joined = if on & B_NAV != 0 {
                    with(&rc, true) || with(&nc, true)
                } else {
                    with(&rc, false) && (s[l3] % 3 == 0 || nc.s[l3] % 3 == 0)
                };
                exalted_b(r, l3, on) && joined
            };
            switch_b(
                theirs,
                ours,
                &m,
                &[
                    (B_OWN, "own sign counted"),
                    (B_BYSIGN, "exaltation by sign"),
                    (B_NAV, "conjunction in the navamsa"),
                    chart,
                    node,
                ],
            )
        }
        _ => None,
    }
}
