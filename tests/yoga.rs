//! Hand-checked yoga cases, one or more per family, built from the rule text
//! (sources cited per case), plus catalogue invariants and proptests.
//!
//! Charts are given as whole signs: each graha at 15° of its sign, so
//! combustion (by degrees) is controlled by the signs chosen.

use jyotish::yoga::{CATALOGUE, ChartFacts, Family, evaluate, explain, find, is_present};
use jyotish::{BirthData, Chart, ChartConfig, JulianDayUt};
use proptest::prelude::*;

/// Signs 0 = Aries … 11 = Pisces: lagna, then Sun … Ketu.
fn facts(lagna: u8, s: [u8; 9]) -> ChartFacts {
    ChartFacts::from_longitudes(
        lagna as f64 * 30.0 + 15.0,
        &s.map(|x| x as f64 * 30.0 + 15.0),
    )
}

fn has(f: &ChartFacts, name: &str) -> bool {
    is_present(find(name).unwrap_or_else(|| panic!("{name}")), f)
}

// Sun Moon Mars Merc Jup Ven Sat Rahu Ketu
const AR: u8 = 0;
const TA: u8 = 1;
const GE: u8 = 2;
const CN: u8 = 3;
const LE: u8 = 4;
const VI: u8 = 5;
const LI: u8 = 6;
const SC: u8 = 7;
const SG: u8 = 8;
const CP: u8 = 9;
const AQ: u8 = 10;
const PI: u8 = 11;

#[test]
fn pancha_mahapurusha() {
    // BPHS 75.1-2: Mars in Capricorn (exalted) in the 10th from an Aries lagna.
    let f = facts(AR, [LE, TA, CP, VI, SG, LI, AQ, GE, SG]);
    let m = explain(find("Ruchaka").unwrap(), &f).unwrap();
    assert_eq!(m.yoga.family, Family::PanchaMahapurusha);
    assert_eq!(m.grahas, vec![jyotish::Graha::Mars]);
    assert_eq!(m.houses, vec![10]);
    // Same Mars from a Taurus lagna is in the 9th: no yoga, and it says why.
    let f = facts(TA, [LE, TA, CP, VI, SG, LI, AQ, GE, SG]);
    let why = explain(find("ruchaka_yoga").unwrap(), &f).unwrap_err();
    assert!(why.to_string().contains("houses 1,4,7,10"), "{why}");
    // Jupiter exalted in Cancer in the 4th: Hamsa; Venus own sign Libra in the 7th: Malavya.
    let f = facts(AR, [LE, TA, GE, VI, CN, LI, AQ, GE, SG]);
    assert!(has(&f, "Hamsa") && has(&f, "Malavya") && !has(&f, "Shasha"));
}

#[test]
fn chandra_yogas() {
    // Phaladeepika 6.1: a tara graha in the 2nd (Sunapha) / 12th (Anapha) from the Moon.
    let f = facts(AR, [CP, AR, TA, SC, SG, PI, LE, LI, AR]);
    assert!(has(&f, "Sunapha") && has(&f, "Anapha") && has(&f, "Durudhara"));
    // The Sun does not count, but does not spoil the yoga either.
    let f = facts(AR, [TA, AR, TA, GE, LE, GE, LE, LI, AR]);
    assert!(has(&f, "Sunapha"));
    // Nodes do not count.
    let f = facts(AR, [LE, AR, GE, LE, SG, VI, LI, TA, SC]);
    assert!(!has(&f, "Sunapha") && !has(&f, "Anapha"));
    // Kemadruma: nothing in 1/2/12 from the Moon nor in kendras from lagna or Moon.
    let k = [LE, AR, GE, VI, AQ, VI, SG, TA, SC];
    assert!(has(&facts(AR, k), "Kemadruma"));
    // Cancelled by Jupiter in Libra (7th from lagna and Moon).
    let mut c = k;
    c[4] = LI;
    let why = explain(find("Kemadruma").unwrap(), &facts(AR, c)).unwrap_err();
    assert!(why.to_string().starts_with("failed: not ("), "{why}");
    // Raman #6: Moon with Mars.
    assert!(has(
        &facts(AR, [LE, GE, GE, VI, SG, LI, AQ, TA, SC]),
        "Chandra-Mangala"
    ));
    // Raman #7 Adhi: Mercury, Jupiter, Venus in 6/7/8 from the Moon (Aries).
    assert!(has(
        &facts(AR, [LI, AR, CN, VI, LI, SC, CP, TA, SC]),
        "Adhi"
    ));
    // Raman #1 Gaja Kesari: Jupiter exalted in the 4th from the Moon with Venus.
    let gk = [PI, AR, GE, AQ, CN, CN, LI, TA, SC];
    let m = explain(find("Gaja Kesari").unwrap(), &facts(AR, gk)).unwrap();
    assert!(m.grahas.contains(&jyotish::Graha::Venus));
    // ...but not without a benefic's conjunction or aspect.
    let mut no = gk;
    no[5] = AQ;
    assert!(!has(&facts(AR, no), "Gaja Kesari"));
    // Shakata: Moon 6th from Jupiter and not in a kendra from the lagna.
    assert!(has(
        &facts(AR, [AR, LE, CP, TA, PI, TA, VI, TA, SC]),
        "Shakata"
    ));
    assert!(!has(
        &facts(AR, [AR, CN, CP, TA, AQ, TA, VI, TA, SC]),
        "Shakata"
    ));
}

#[test]
fn surya_yogas() {
    // Phaladeepika 6.6: tara grahas in 2nd and 12th from the Sun.
    let f = facts(AR, [LE, AR, VI, CN, SG, SG, AQ, TA, SC]);
    assert!(has(&f, "Vesi") && has(&f, "Vasi") && has(&f, "Ubhayachari"));
    // The Moon in the 2nd alone is not Vesi.
    assert!(!has(
        &facts(AR, [LE, VI, AR, LE, SG, LE, AQ, TA, SC]),
        "vesi_yoga"
    ));
    // Raman #26: Sun and Mercury in one sign.
    assert!(has(
        &facts(AR, [LE, VI, AR, LE, SG, LE, AQ, TA, SC]),
        "Budha-Aditya"
    ));
}

#[test]
fn viparita_parivartana_raja() {
    // Aries lagna: 6th lord Mercury in Scorpio (8th): Harsha (Phaladeepika 6.63-68).
    let f = facts(AR, [LI, AR, GE, SC, SG, LI, AQ, TA, SC]);
    assert!(has(&f, "Harsha") && !has(&f, "Sarala"));
    // Mars (1st lord) in Leo, Sun (5th lord) in Aries: Maha Parivartana and
    // a kendra–trikona Raja yoga (Phaladeepika 6.32-34; BPHS 39).
    let f = facts(AR, [AR, TA, LE, PI, SG, AQ, AQ, TA, SC]);
    assert!(has(&f, "Maha Parivartana") && has(&f, "Kendra-Trikona Raja"));
    assert!(!has(&f, "Dainya Parivartana"));
    // 6th lord Mercury in Pisces, 12th lord Jupiter in Virgo: Dainya.
    let f = facts(AR, [AQ, TA, LE, PI, VI, AQ, CN, TA, SC]);
    assert!(has(&f, "Dainya Parivartana") && !has(&f, "Maha Parivartana"));
    // 3rd lord Mercury in Leo, 5th lord Sun in Gemini: Khala.
    assert!(has(
        &facts(AR, [GE, TA, CN, LE, PI, CN, SC, TA, SC]),
        "Khala Parivartana"
    ));
    // 9th lord Jupiter with 10th lord Saturn: Dharma-Karmadhipati (BPHS 39.8).
    let m = explain(
        find("Dharma-Karmadhipati").unwrap(),
        &facts(AR, [LE, TA, CN, VI, LI, VI, LI, TA, SC]),
    )
    .unwrap();
    assert_eq!(m.houses, vec![7]);
}

#[test]
fn dhana_and_named() {
    // BPHS ch. 41: Aries lagna, 2nd lord Venus with 9th lord Jupiter.
    assert!(has(
        &facts(AR, [LE, TA, CN, VI, SG, SG, AQ, TA, SC]),
        "Dhana"
    ));
    // Raman #13 Amala: Jupiter alone in the 10th (Capricorn) from an Aries lagna.
    let f = facts(AR, [PI, TA, GE, PI, CP, AR, LE, CN, CP]);
    // Ketu is in Capricorn too: a malefic spoils the 10th from the lagna...
    assert!(!has(&f, "Amala"));
    // ...but Venus alone in the 10th from the Moon (Taurus: Aquarius) makes it.
    let f = facts(AR, [PI, TA, GE, AQ, SG, AQ, LE, CN, CP]);
    let m = explain(find("amala_yoga").unwrap(), &f).unwrap();
    assert_eq!(
        m.grahas,
        vec![jyotish::Graha::Mercury, jyotish::Graha::Venus]
    );
}

#[test]
fn chamara_and_saraswati() {
    // Phaladeepika ch. 6 Chamara: Cancer lagna, lord Moon exalted in Taurus
    // (11th, not a kendra): no; Leo lagna, Sun exalted in Aries (9th): no;
    // Capricorn lagna, Saturn exalted in Libra (10th) aspected by Jupiter
    // from Aries (7th aspect): yes.
    let f = facts(CP, [SG, GE, LE, SG, AR, CP, LI, TA, SC]);
    let m = explain(find("chaamara_yoga").unwrap(), &f).unwrap();
    assert!(
        m.grahas.contains(&jyotish::Graha::Saturn) && m.grahas.contains(&jyotish::Graha::Jupiter)
    );
    // Jupiter moved to Cancer no longer aspects Libra.
    assert!(!has(
        &facts(CP, [SG, GE, LE, SG, CN, CP, LI, TA, SC]),
        "Chamara"
    ));
    // Two benefics together in the lagna.
    assert!(has(
        &facts(AR, [PI, GE, LE, AR, CN, AR, LI, TA, SC]),
        "Chamara"
    ));
    // Saraswati: Mercury (2nd), Jupiter (own, 9th), Venus (lagna) from an Aries lagna.
    assert!(has(
        &facts(AR, [TA, GE, LE, TA, SG, AR, LI, TA, SC]),
        "Saraswati"
    ));
    // Jupiter in Virgo (an enemy's sign) spoils it.
    assert!(!has(
        &facts(AR, [TA, GE, LE, TA, VI, AR, LI, TA, SC]),
        "Saraswati"
    ));
}

#[test]
fn neecha_bhanga() {
    // Sun debilitated in Libra (7th from an Aries lagna); Venus, lord of
    // Libra, in Cancer (4th, a kendra): cancelled.
    let f = facts(AR, [LI, TA, GE, SC, SG, CN, AQ, TA, SC]);
    let m = explain(find("Neecha Bhanga (Sun)").unwrap(), &f).unwrap();
    assert_eq!(m.grahas, vec![jyotish::Graha::Sun, jyotish::Graha::Venus]);
    // Venus in Virgo and Mars (exaltation lord) in Gemini: neither in a kendra
    // from the lagna or the Moon (Taurus).
    assert!(!has(
        &facts(AR, [LI, TA, GE, SC, SG, VI, AQ, TA, SC]),
        "Neecha Bhanga (Sun)"
    ));
    // Not debilitated: nothing to cancel.
    assert!(!has(
        &facts(AR, [LE, TA, GE, VI, SG, CN, AQ, TA, SC]),
        "Neecha Bhanga (Sun)"
    ));
}

#[test]
fn nabhasa_yogas() {
    // BPHS 35: all seven in one sign (Gola), movable (Rajju), 1st and 7th (Shakata).
    let f = facts(AR, [AR, AR, AR, AR, AR, AR, AR, TA, SC]);
    assert!(has(&f, "Gola") && has(&f, "Rajju") && !has(&f, "Yuga"));
    let f = facts(AR, [AR, LI, AR, LI, AR, LI, AR, TA, SC]);
    assert!(has(&f, "Shakata (Nabhasa)") && has(&f, "Kamala"));
    // Gada needs two successive kendras; the 1st and 7th are not.
    assert!(!has(&f, "Gada"));
    assert!(has(
        &facts(AR, [AR, CN, AR, CN, AR, CN, AR, TA, SC]),
        "Gada"
    ));
    assert!(has(&f, "Yuga") && !has(&f, "Vihaga"));
    let f = facts(AR, [AR, LE, SG, AR, LE, SG, AR, TA, SC]);
    assert!(has(&f, "Shringataka") && has(&f, "Shula"));
    let f = facts(AR, [AR, TA, GE, CN, LE, VI, LI, TA, SC]);
    assert!(has(&f, "Vallaki") && !has(&f, "Dama"));
}

#[test]
fn more_nabhasa_yogas() {
    // BPHS 35.8 Mala: benefics in three kendras (1, 4, 7 from Aries), none in the 10th.
    let f = facts(AR, [TA, GE, LE, AR, CN, LI, SG, TA, SC]);
    assert!(has(&f, "Mala") && !has(&f, "Sarpa"));
    // Sarpa: Sun, Mars, Saturn in the 1st, 4th and 10th; nodes do not count.
    let f = facts(AR, [AR, GE, CN, TA, LE, PI, CP, LI, AR]);
    assert!(has(&f, "Sarpa"));
    // Hala: the seven in 2, 6, 10, each held.
    assert!(has(
        &facts(AR, [TA, VI, CP, TA, VI, TA, CP, GE, SG]),
        "Hala"
    ));
    // Vapi: all in panapharas (2, 5, 8, 11).
    assert!(!has(
        &facts(AR, [TA, LE, SC, TA, AQ, GE, LE, GE, SG]),
        "Vapi"
    ));
    assert!(has(
        &facts(AR, [TA, LE, SC, TA, AQ, TA, LE, GE, SG]),
        "Vapi"
    ));
    // Nauka: the seven in houses 1..7 from the lagna, one each.
    assert!(has(
        &facts(AR, [AR, TA, GE, CN, LE, VI, LI, GE, SG]),
        "Nauka"
    ));
    // Ardha Chandra: houses 2..8, one each.
    let f = facts(AR, [TA, GE, CN, LE, VI, LI, SC, GE, SG]);
    assert!(has(&f, "Ardha Chandra") && !has(&f, "Nauka"));
    // Chakra: one in each odd house; Samudra: one in each even house.
    assert!(has(
        &facts(AR, [AR, GE, LE, LI, SG, AQ, AR, TA, SC]),
        "Chakra"
    ));
    assert!(has(
        &facts(AR, [TA, CN, VI, SC, CP, PI, TA, TA, SC]),
        "Samudra"
    ));
}

#[test]
fn catalogue_is_consistent() {
    let mut names = std::collections::HashSet::new();
    for y in CATALOGUE.iter() {
        assert!(
            names.insert(y.name.to_ascii_lowercase()),
            "duplicate {}",
            y.name
        );
        for a in y.aliases {
            assert!(names.insert(a.to_ascii_lowercase()) || a.eq_ignore_ascii_case(y.name));
        }
        assert!(!y.source.is_empty());
        assert!(core::ptr::eq(find(y.name).unwrap(), y));
    }
}

#[test]
fn from_chart_matches_from_longitudes_on_signs() {
    let b = BirthData::new(JulianDayUt::new(2_451_545.25).unwrap(), 28.6, 77.2, 0.0).unwrap();
    let c = Chart::new(&b, &ChartConfig::default()).unwrap();
    let f1 = ChartFacts::from_chart(&c);
    let lons = jyotish::Graha::ALL.map(|g| c.graha(g).point.longitude);
    let f2 = ChartFacts::from_longitudes(c.ascendant.longitude, &lons);
    for g in jyotish::Graha::ALL {
        assert_eq!(f1.rashi(g), f2.rashi(g));
        assert_eq!(f1.house(g), c.graha(g).house);
    }
    let a: Vec<_> = evaluate(&f1).iter().map(|m| m.yoga.name).collect();
    let b: Vec<_> = evaluate(&f2).iter().map(|m| m.yoga.name).collect();
    assert_eq!(a, b);
}

proptest! {
    #[test]
    fn evaluation_is_total_and_deterministic(
        asc in -720.0f64..720.0,
        g in proptest::array::uniform9(-720.0f64..720.0),
    ) {
        let f = ChartFacts::from_longitudes(asc, &g);
        let a = evaluate(&f);
        prop_assert_eq!(&a, &evaluate(&f));
        for y in CATALOGUE.iter() {
            let present = a.iter().any(|m| core::ptr::eq(m.yoga, y));
            prop_assert_eq!(present, explain(y, &f).is_ok());
        }
        for m in &a {
            prop_assert!(m.houses.iter().all(|h| (1..=12).contains(h)));
        }
        // Exactly one Sankhya yoga holds (the seven occupy 1..=7 signs).
        let sankhya = ["Vallaki", "Dama", "Pasha", "Kedara", "Shula", "Yuga", "Gola"];
        prop_assert_eq!(a.iter().filter(|m| sankhya.contains(&m.yoga.name)).count(), 1);
    }
}
