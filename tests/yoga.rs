//! Hand-checked yoga cases, one or more per family, built from the rule text
//! (sources cited per case), plus catalogue invariants and proptests.
//!
//! Charts are given as whole signs: each graha at 15° of its sign, so
//! combustion (by degrees) is controlled by the signs chosen.

use jyotish::yoga::{
    CATALOGUE, ChartFacts, Cond, Family, Ref, Who, evaluate, explain, find, is_present,
};
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
    // Moon in Cancer; Venus in Taurus and Mars (exaltation lord) in Gemini:
    // neither in a kendra from the lagna or the Moon, nor in mutual kendras;
    // Saturn (exalted in Libra) in Aquarius, not in a kendra; the Sun's
    // navamsa (15° Libra) is Aquarius: no cancellation.
    let near = [LI, CN, GE, SC, SG, TA, AQ, TA, SC];
    assert!(!has(&facts(AR, near), "Neecha Bhanga (Sun)"));
    // Saturn moved to Capricorn (10th): Phaladeepika 7.27 cancels.
    let mut sat = near;
    sat[6] = CP;
    assert!(has(&facts(AR, sat), "Neecha Bhanga (Sun)"));
    // Mars moved to Leo, a kendra from Venus in Taurus: 7.28 cancels.
    let mut mutual = near;
    mutual[2] = LE;
    assert!(has(&facts(AR, mutual), "Neecha Bhanga (Sun)"));
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

/// Exact longitudes: lagna at 15° of its sign, grahas as given (degrees).
fn facts_deg(lagna: u8, g: [f64; 9]) -> ChartFacts {
    ChartFacts::from_longitudes(lagna as f64 * 30.0 + 15.0, &g)
}

#[test]
fn named_yogas_bphs_36() {
    // BPHS ch. 36 Parvata: Jupiter (4th) and Venus (7th) in kendras, no
    // malefic in a kendra nor in the 6th or 8th; Mercury with the Sun is a
    // malefic here but sits in the 3rd.
    let p = [GE, LE, LE, GE, CN, LI, AQ, GE, SG];
    let m = explain(find("parvata_yoga").unwrap(), &facts(AR, p)).unwrap();
    assert_eq!(m.yoga.family, Family::Named);
    let mut sat = p;
    sat[6] = CP; // Saturn in the 10th spoils the kendras
    assert!(!has(&facts(AR, sat), "Parvata"));
    // Srinatha: Sagittarius lagna, 7th lord Mercury exalted (5° Virgo) in the
    // 10th, with the 9th lord Sun.
    let mut g = [165.0, 45.0, 15.0, 155.0, 255.0, 285.0, 315.0, 75.0, 255.0];
    assert!(has(&facts_deg(SG, g), "Srinatha"));
    assert!(has(&facts_deg(SG, g), "sreenatha_yoga"));
    g[3] = 170.0; // 20° Virgo: moolatrikona, not exaltation
    assert!(!has(&facts_deg(SG, g), "Srinatha"));
    // Lakshmi: Aries lagna, 9th lord Jupiter exalted in the 4th, lagna lord
    // Mars strong in its own sign in the lagna.
    let l = [LE, TA, AR, VI, CN, LI, AQ, GE, SG];
    assert!(has(&facts(AR, l), "Lakshmi") && has(&facts(AR, l), "Hamsa"));
    let mut weak = l;
    weak[2] = CN; // Mars debilitated: not strong
    assert!(!has(&facts(AR, weak), "Lakshmi"));
    // Shiva: Aries lagna, 5th lord Sun in the 9th, 9th lord Jupiter in the
    // 10th, 10th lord Saturn in the 5th.
    let sh = [SG, TA, GE, SG, CP, SG, LE, GE, SG];
    assert!(has(&facts(AR, sh), "siva_yoga"));
    let mut no = sh;
    no[6] = VI;
    assert!(!has(&facts(AR, no), "Shiva"));
}

#[test]
fn malika_mahabhagya_kemadruma_bhanga() {
    // Phaladeepika ch. 6: the seven in houses 2..8 is Dhana Malika (and
    // Ardha Chandra); from the lagna it is Nauka (= Lagna Malika).
    let f = facts(AR, [TA, GE, CN, LE, VI, LI, SC, GE, SG]);
    assert!(has(&f, "dhana_malika_yoga") && has(&f, "Ardha Chandra"));
    assert!(!has(&f, "lagna_malika_yoga") && !has(&f, "Vikrama Malika"));
    assert_eq!(find("lagna_malika_yoga").unwrap().name, "Nauka");
    // Mahabhagya (male): day birth (Sun in the 7th), Aries lagna, Sun and
    // Moon in odd signs.
    let f = facts(AR, [LI, GE, CN, VI, SG, LE, AQ, TA, SC]);
    assert!(has(&f, "mahabhagya_yoga") && !has(&f, "Mahabhagya (female)"));
    // Sun in the 5th: night birth.
    assert!(!has(
        &facts(AR, [LE, GE, CN, VI, SG, LE, AQ, TA, SC]),
        "Mahabhagya (male)"
    ));
    // Kemadruma (BPHS 37.3) and its cancellation by Jupiter in a kendra
    // from the lagna (Phaladeepika 6.4).
    let k = [LE, AR, GE, VI, AQ, VI, SG, TA, SC];
    assert!(!has(&facts(AR, k), "Kemadruma Bhanga (kendra from lagna)"));
    let mut c = k;
    c[4] = LI;
    assert!(has(&facts(AR, c), "Kemadruma Bhanga (kendra from lagna)"));
    assert!(has(&facts(AR, c), "Kemadruma Bhanga (kendra from Moon)"));
    assert!(!has(&facts(AR, c), "Kemadruma"));
}

#[test]
fn dhana_and_daridra() {
    // BPHS ch. 41, Raman #118: Gemini lagna, the 5th (Libra) a sign of Venus
    // with Venus in it, Saturn in the 11th (Aries).
    let d = [LE, TA, CN, LE, SG, LI, AR, GE, SG];
    let m = explain(find("dhana_yoga_118").unwrap(), &facts(GE, d)).unwrap();
    assert_eq!(m.yoga.family, Family::Dhana);
    let mut no = d;
    no[6] = TA;
    assert!(!has(&facts(GE, no), "dhana_yoga_118"));
    // Raman #123: Sun in a Leo lagna aspected by Mars (Aquarius, 7th
    // aspect) and Jupiter (Sagittarius, 9th aspect).
    let d = [LE, TA, AQ, VI, SG, LI, CP, GE, SG];
    assert!(has(&facts(LE, d), "dhana_yoga_123"));
    let mut no = d;
    no[4] = CP;
    assert!(!has(&facts(LE, no), "dhana_yoga_123"));
    // Phaladeepika ch. 6: Taurus lagna, 10th lord Saturn in the 6th
    // (Duryoga); 11th lord Jupiter in the 4th (no Daridra).
    let f = facts(TA, [AR, GE, CN, AR, LE, TA, LI, GE, SG]);
    assert!(has(&f, "dhur_yoga") && !has(&f, "dharidhra_yoga"));
    // Raman #146: the Moon and Ketu in the lagna.
    assert!(has(
        &facts(AR, [LE, AR, GE, VI, SG, LI, AQ, LI, AR]),
        "dharidhra_yoga_146"
    ));
}

#[test]
fn bhava_and_arishta_yogas() {
    // Raman #299: the Sun in the 10th degree of Libra (190°), not at 200°.
    let mut g = [190.0, 45.0, 75.0, 200.0, 255.0, 285.0, 315.0, 75.0, 255.0];
    assert!(has(&facts_deg(AR, g), "raja_bhanga_yoga_299"));
    g[0] = 200.0;
    assert!(!has(&facts_deg(AR, g), "raja_bhanga_yoga_299"));
    // Raman #220: Gemini lagna, Rahu in the 5th (Libra) at 5° (navamsa
    // Scorpio): present; at 15° (navamsa Aquarius, Saturn's): absent.
    let mut g = [45.0, 75.0, 105.0, 45.0, 255.0, 285.0, 315.0, 185.0, 5.0];
    assert!(has(&facts_deg(GE, g), "bahu_puthra_yoga_220"));
    g[7] = 195.0;
    g[8] = 15.0;
    assert!(!has(&facts_deg(GE, g), "bahu_puthra_yoga_220"));
    // BPHS ch. 9 Balarishta: the Moon in the 8th aspected by Saturn (7th
    // aspect from Taurus) and by no benefic.
    let b = [LE, SC, GE, LE, AR, VI, TA, CN, CP];
    assert!(has(&facts(AR, b), "Balarishta"));
    let mut no = b;
    no[4] = CN; // Jupiter in Cancer aspects Scorpio (5th aspect)
    assert!(!has(&facts(AR, no), "Balarishta"));
    // Raman #224 Aputra: Aries lagna, 5th lord Sun in the 8th.
    assert!(has(
        &facts(AR, [SC, TA, GE, VI, SG, LI, AQ, GE, SG]),
        "aputhra_yoga"
    ));
}

#[test]
fn sumukha_and_durmukha_raman_166_168() {
    // Aries lagna: the 2nd lord Venus in Cancer (the 4th, a kendra) under
    // Jupiter's 7th aspect from Capricorn, the 2nd (Taurus) empty: Sumukha
    // by its first clause (Raman #166).
    //                  Sun Moon Mars Merc Jup Ven Sat Rahu Ketu
    let f = facts(AR, [LE, VI, SC, LE, CP, CN, AQ, GE, SG]);
    assert!(has(&f, "Sumukha"));
    // Jupiter moved to Sagittarius no longer aspects Cancer: absent.
    let f = facts(AR, [LE, VI, SC, LE, SG, CN, AQ, GE, SG]);
    assert!(!has(&f, "Sumukha"));
    // A benefic in the 2nd suffices (second clause).
    let f = facts(AR, [LE, VI, SC, LE, TA, CN, AQ, GE, SG]);
    assert!(has(&f, "Sumukha"));
    // Saturn in the 2nd and its lord Venus joined by Mars: Durmukha (Raman
    // #168); with Venus alone in Cancer it is not.
    let f = facts(AR, [LE, VI, CN, LE, SG, CN, TA, GE, SG]);
    assert!(has(&f, "Durmukha"));
    let f = facts(AR, [LE, VI, LE, LE, SG, CN, TA, GE, SG]);
    assert!(!has(&f, "Durmukha"));
    // Saturn in the 2nd with its lord Venus debilitated in Virgo: Durmukha.
    let f = facts(AR, [LE, LI, LE, LE, SG, VI, TA, GE, SG]);
    assert!(has(&f, "Durmukha"));
}

#[test]
fn mooka_raman() {
    // Raman (Mooka): the 2nd lord joins the 8th with Jupiter, unless the
    // 8th is Jupiter's own or exaltation sign. Aries lagna: the 2nd lord
    // Venus with Jupiter in Scorpio.
    //                  Sun Moon Mars Merc Jup Ven Sat Rahu Ketu
    let f = facts(AR, [LE, VI, LE, LE, SC, SC, AQ, GE, SG]);
    assert!(has(&f, "mooka_yoga"));
    // Venus in the 8th with Mars instead of Jupiter: absent.
    let f = facts(AR, [LE, VI, SC, LE, SG, SC, AQ, GE, SG]);
    assert!(!has(&f, "mooka_yoga"));
    // Sagittarius lagna: the 2nd lord Saturn with Jupiter in Cancer, the
    // 8th and Jupiter's exaltation: absent.
    let f = facts(SG, [LE, VI, LE, LE, CN, LI, CN, GE, SG]);
    assert!(!has(&f, "mooka_yoga"));
}

#[test]
fn doshas_pravrajya_graded_vesi() {
    // Kala Sarpa: Rahu in Aries, Ketu in Libra, the seven between them.
    let k = [TA, GE, CN, TA, LE, GE, VI, AR, LI];
    assert!(has(&facts(AR, k), "Kala Sarpa") && !has(&facts(AR, k), "Kala Amrita"));
    let mut no = k;
    no[6] = SC;
    assert!(!has(&facts(AR, no), "Kala Sarpa"));
    // Phaladeepika ch. 27: four of the seven in Cancer.
    let p = [CN, CN, CN, CN, LE, LI, AQ, GE, SG];
    assert!(has(&facts(AR, p), "Pravrajya"));
    let mut no = p;
    no[2] = LE;
    assert!(!has(&facts(AR, no), "Pravrajya"));
    // BPHS 38.2-3: Venus alone in the 2nd from the Sun is Shubha Vesi;
    // Saturn there makes it Papa Vesi.
    let v = [LE, AR, AQ, LE, SG, VI, CP, TA, SC];
    assert!(has(&facts(AR, v), "Shubha Vesi") && !has(&facts(AR, v), "Papa Vesi"));
    let mut pv = v;
    pv[5] = CP;
    pv[6] = VI;
    assert!(has(&facts(AR, pv), "Papa Vesi") && !has(&facts(AR, pv), "Shubha Vesi"));
}

#[test]
fn benefics_depend_on_the_chart() {
    // Subha (BPHS ch. 36): a benefic in the lagna. Mercury alone there is a
    // benefic; with Mars (a malefic) it is not, and Mars makes it Asubha.
    let f = facts(AR, [LE, CN, GE, AR, VI, SC, AQ, TA, SC]);
    assert!(has(&f, "Subha") && !has(&f, "Asubha"));
    let f = facts(AR, [LE, CN, AR, AR, VI, SC, AQ, TA, SC]);
    assert!(!has(&f, "Subha") && has(&f, "Asubha"));
    // The waxing Moon is a benefic, the waning Moon a malefic.
    let waxing = facts(AR, [PI, AR, GE, TA, VI, SC, AQ, CN, CP]);
    assert!(has(&waxing, "Subha"));
    let waning = facts(AR, [LE, AR, GE, TA, VI, SC, AQ, CN, CP]);
    assert!(!has(&waning, "Subha") && has(&waning, "Asubha"));
    // The explanation names the failing condition in words.
    let why = explain(find("Subha").unwrap(), &waning).unwrap_err();
    assert_eq!(why.to_string(), "failed: none of the alternatives held");
    let why = explain(find("Srinatha").unwrap(), &waning).unwrap_err();
    assert!(why.to_string().contains("lord of house 7"), "{why}");
}

/// Whether a condition reads only house positions counted from the lagna or
/// a graha (not signs, lords, dignities or navamsas), so that rotating the
/// whole chart by whole signs cannot change it.
fn house_based(c: &Cond) -> bool {
    fn who_ok(w: &Who) -> bool {
        matches!(
            w,
            Who::Set(_) | Who::Benefics | Who::Malefics | Who::Placed(_)
        )
    }
    fn ref_ok(r: &Ref) -> bool {
        matches!(r, Ref::Lagna | Ref::Graha(_))
    }
    match c {
        Cond::All(l) | Cond::Any(l) => l.iter().all(house_based),
        Cond::Not(c) => house_based(c),
        Cond::In { who, from, .. }
        | Cond::Occupied { who, from, .. }
        | Cond::EachOccupied { who, from, .. }
        | Cond::Fills { who, from, .. }
        | Cond::Together { who, from, .. }
        | Cond::Count { who, from, .. }
        | Cond::AspectsHouse { who, from, .. } => who_ok(who) && ref_ok(from),
        Cond::SignCount { who, .. } => who_ok(who),
        Cond::Conjunct { a, b } | Cond::Apart { a, b, .. } => who_ok(a) && who_ok(b),
        Cond::Related { a, b, how } => {
            who_ok(a) && who_ok(b) && how & jyotish::yoga::relation::EXCHANGE == 0
        }
        Cond::Influences { by, .. } => who_ok(by),
        Cond::Waxing | Cond::DayBirth => true,
        _ => false,
    }
}

#[test]
fn house_based_yogas_exist() {
    // The rotation proptest below must have something to bite on.
    let n = CATALOGUE
        .iter()
        .filter(|y| house_based(&y.condition))
        .count();
    assert!(n >= 60, "{n}");
    assert!(house_based(&find("Kala Sarpa").unwrap().condition));
    assert!(!house_based(&find("Lakshmi").unwrap().condition));
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
            prop_assert!(m.houses.iter().all(|h| (1..=12).contains(&h)));
        }
        // Exactly one Sankhya yoga holds (the seven occupy 1..=7 signs).
        let sankhya = ["Vallaki", "Dama", "Pasha", "Kedara", "Shula", "Yuga", "Gola"];
        prop_assert_eq!(a.iter().filter(|m| sankhya.contains(&m.yoga.name)).count(), 1);
    }

    #[test]
    fn rotation_keeps_house_based_yogas(
        asc in 0.0f64..360.0,
        g in proptest::array::uniform9(0.0f64..360.0),
        k in 1u8..12,
    ) {
        // Rotating every longitude by k whole signs keeps each graha's house
        // and the Sun–Moon elongation, so house-based yogas are unchanged.
        let shift = k as f64 * 30.0;
        let a = ChartFacts::from_longitudes(asc, &g);
        let b = ChartFacts::from_longitudes(asc + shift, &g.map(|x| x + shift));
        for y in CATALOGUE.iter().filter(|y| house_based(&y.condition)) {
            prop_assert_eq!(is_present(y, &a), is_present(y, &b), "{}", y.name);
        }
    }
}

#[test]
fn parijata_raman_47_and_trimurti_bphs_36() {
    // Parijata (Raman #47): Aries lagna, lagna lord Mars in Gemini, its
    // dispositor Mercury at 5° Leo (navamsa Taurus), whose rasi dispositor
    // the Sun is in Virgo (the 6th: neither kendra, trikona, own nor
    // exaltation). The second alternative, the navamsa dispositor Venus,
    // decides: in Cancer (the 4th) the yoga holds, in Gemini it does not.
    //      Sun    Moon   Mars  Merc   Jup    Ven    Sat   Rahu  Ketu
    let mut g = [165.0, 315.0, 75.0, 125.0, 315.0, 105.0, 15.0, 45.0, 225.0];
    assert!(has(&facts_deg(AR, g), "Parijata"));
    g[5] = 75.0;
    assert!(!has(&facts_deg(AR, g), "parijatha_yoga"));
    // Venus in Taurus, its own sign (the 2nd, no kendra): "his own or
    // exaltation places" suffices.
    g[5] = 45.0;
    assert!(has(&facts_deg(AR, g), "Parijata"));

    // Hari (BPHS 36): Gemini lagna, 2nd lord the waning Moon in Leo;
    // Jupiter (Pisces, the 8th from it), Venus (Cancer, the 12th) and
    // Mercury alone (Virgo, the 2nd): every benefic there.
    //                  Sun Moon Mars Merc Jup Ven Sat Rahu Ketu
    let h = [LI, LE, AR, VI, PI, CN, AQ, TA, SC];
    assert!(has(&facts(GE, h), "Hari"));
    // Mercury joins Venus in the 12th: the 2nd from the lord is empty, yet
    // every benefic is still in the 2nd, 8th or 12th (read as Adhi's
    // "benefics in the 6th, 7th and 8th"), and all are now in the 8th or
    // 12th: Harihara Brahma's first clause (Raman #51) as well.
    let mut h2 = h;
    h2[3] = CN;
    assert!(has(&facts(GE, h2), "Hari"));
    assert!(has(&facts(GE, h2), "Harihara Brahma"));
    // Jupiter in Aries (the 9th from the Moon): neither.
    h2[4] = AR;
    assert!(!has(&facts(GE, h2), "Hari"));
    assert!(!has(&facts(GE, h2), "harihara_brahma_yoga"));
    // Harihara Brahma's third clause: Capricorn lagna, lagna lord Saturn in
    // Aries; the Sun in Cancer (4th from it), Venus in Capricorn (10th),
    // Mars in Aquarius (11th).
    let t = [CN, PI, AQ, GE, SG, CP, AR, LE, AQ];
    assert!(has(&facts(CP, t), "Harihara Brahma"));
    let mut t2 = t;
    t2[2] = PI; // Mars in the 12th from Saturn
    assert!(!has(&facts(CP, t2), "Harihara Brahma"));
}

#[test]
fn annadana_and_parannabhojana_raman_171_172() {
    // Annadana (Raman #171; the vaiseshikamsa part is not a chart fact):
    // Aries lagna, the 2nd lord Venus in Cancer with Jupiter and under
    // Mercury's 7th aspect from Capricorn.
    //                  Sun Moon Mars Merc Jup Ven Sat Rahu Ketu
    let a = [LE, VI, AR, CP, CN, CN, AQ, GE, SG];
    assert!(has(&facts(AR, a), "Annadana"));
    // Mercury in Leo neither joins nor aspects Venus: absent.
    let mut b = a;
    b[3] = LE;
    assert!(!has(&facts(AR, b), "annadana_yoga"));
    // Parannabhojana (Raman #172): the 2nd lord Venus debilitated in Virgo
    // and aspected by Jupiter, debilitated in Capricorn (its 9th aspect).
    let p = [LE, TA, AR, LE, CP, VI, AQ, GE, SG];
    assert!(has(&facts(AR, p), "Parannabhojana"));
    // Jupiter in Sagittarius is not debilitated (nor aspects Virgo).
    let mut q = p;
    q[4] = SG;
    assert!(!has(&facts(AR, q), "Parannabhojana"));
    // The unfriendly-navamsa alternative: Venus in its own Taurus at 21°
    // (navamsa Cancer, the Moon's: her natural enemy, BPHS 3.55) under the
    // 7th aspect of the Moon debilitated in Scorpio.
    //      Sun   Moon   Mars   Merc  Jup    Ven   Sat    Rahu  Ketu
    let mut g = [20.0, 225.0, 165.0, 10.0, 255.0, 51.0, 315.0, 75.0, 255.0];
    assert!(has(&facts_deg(AR, g), "Parannabhojana"));
    g[5] = 41.0; // navamsa Aries (Mars's, a neutral for Venus)
    assert!(!has(&facts_deg(AR, g), "Parannabhojana"));
}

#[test]
fn jada_and_vishaprayoga_raman_158_176() {
    // Jada (Raman #158, Mandi's combination left out): Aries lagna, the 2nd
    // lord Venus in the 10th (Capricorn) with Saturn.
    //                  Sun Moon Mars Merc Jup Ven Sat Rahu Ketu
    let j = [LE, VI, AR, LE, SG, CP, CP, GE, SG];
    assert!(has(&facts(AR, j), "Jada"));
    let mut k = j;
    k[6] = AQ; // Venus alone in the 10th
    assert!(!has(&facts(AR, k), "jada_yoga"));
    // Vishaprayoga (Raman #176): Aries lagna; Saturn in the 2nd (Taurus),
    // which Mars aspects from Scorpio; the 2nd lord Venus at 1° Leo, in the
    // Aries navamsa (Mars's, a cruel one), under Rahu's 7th aspect.
    //      Sun   Moon   Mars   Merc   Jup    Ven    Sat   Rahu   Ketu
    let mut g = [15.0, 200.0, 225.0, 350.0, 255.0, 121.0, 45.0, 315.0, 135.0];
    assert!(has(&facts_deg(AR, g), "Vishaprayoga"));
    g[5] = 128.0; // 8° Leo: the Gemini navamsa, Mercury's
    assert!(!has(&facts_deg(AR, g), "Vishaprayoga"));
}

#[test]
fn bhaga_chumbana_raman_240_second_combination() {
    // Raman #240's second combination: Aries lagna, the lagna lord Mars
    // debilitated in Cancer (the 7th lord Venus far from the 4th).
    //                  Sun Moon Mars Merc Jup Ven Sat Rahu Ketu
    let b = [LE, VI, CN, LE, SG, LI, AQ, GE, SG];
    assert!(has(&facts(AR, b), "Bhaga Chumbana"));
    let mut c = b;
    c[2] = LE; // Mars at 15° Leo: navamsa Leo, no debilitation
    assert!(!has(&facts(AR, c), "bhaga_chumbana_yoga"));
    // Debilitated in the navamsa only: Mars at 21° Taurus (navamsa Cancer).
    //      Sun    Moon   Mars  Merc   Jup    Ven    Sat    Rahu  Ketu
    let g = [135.0, 165.0, 51.0, 135.0, 255.0, 195.0, 315.0, 75.0, 255.0];
    assert!(has(&facts_deg(AR, g), "Bhaga Chumbana"));
}

#[test]
fn vakchalana_raman_175() {
    // Sagittarius lagna: the 2nd lord Saturn (a malefic) at 15° Leo, in the
    // Leo navamsa (the Sun's, a cruel one); no benefic in or aspecting
    // Capricorn (Mercury is with the Sun and Saturn, the Moon waning).
    //                  Sun Moon Mars Merc Jup Ven Sat Rahu Ketu
    let v = [LE, AR, SC, LE, SG, GE, LE, TA, SC];
    assert!(has(&facts(SG, v), "Vakchalana"));
    // Jupiter in Virgo aspects Capricorn (its 5th): absent.
    let mut w = v;
    w[4] = VI;
    assert!(!has(&facts(SG, w), "vakchalana_yoga"));
}

/// Exact longitudes for the lagna and the grahas (degrees).
fn facts_at(asc: f64, g: [f64; 9]) -> ChartFacts {
    ChartFacts::from_longitudes(asc, &g)
}

#[test]
fn shashtiamsa_deities_by_hand() {
    use jyotish::Longitude;
    use jyotish::varga::{SHASHTIAMSA_DEITIES, is_cruel_shashtiamsa, shashtiamsa_deity};
    let d = |x: f64| shashtiamsa_deity(Longitude::new(x).unwrap());
    // BPHS 6.33–40: 30′ parts; 5°12′ of Gemini (odd) is part 10, the 11th
    // deity, Maya (cruel); 5°12′ of Cancer (even) counts from the end,
    // 60 − 10 = 50, Praveena (benefic).
    assert_eq!(d(65.2), 11);
    assert_eq!(SHASHTIAMSA_DEITIES[10], "Maya");
    assert!(is_cruel_shashtiamsa(11));
    assert_eq!(d(95.2), 50);
    assert_eq!(SHASHTIAMSA_DEITIES[49], "Praveena");
    assert!(!is_cruel_shashtiamsa(50));
    // The last 30′ of Capricorn (even) is the first deity, Ghora.
    assert_eq!(d(299.7), 1);
    // 9°12′ of Gemini: part 18, the 19th deity, Mridu.
    assert_eq!(SHASHTIAMSA_DEITIES[d(69.2) as usize - 1], "Mridu");
}

#[test]
fn vaiseshikamsa_by_hand() {
    use jyotish::varga::{VimshopakaGroup, vaiseshikamsa};
    use jyotish::{Graha, Longitude};
    let l = |x: f64| Longitude::new(x).unwrap();
    // Jupiter at 9°42′ Gemini, Dashavarga: D1 Gemini, D2 Leo (Sun's hora,
    // first half of an odd sign), D3 Gemini, D7 Leo (3rd part from the
    // sign), D9 Sagittarius (air signs from Libra, 3rd part) — own —, D10
    // Virgo, D12 Virgo, D16 Taurus (dual signs from Sagittarius, 6th part),
    // D30 Aquarius (Saturn's 5°–10°), D60 not Sagittarius, Pisces or
    // Cancer: one good varga.
    assert_eq!(
        vaiseshikamsa(Graha::Jupiter, l(69.7), VimshopakaGroup::Dashavarga),
        1
    );
    // The Moon at 2° Taurus, Shadvarga: D1 Taurus (exalted), D2 Cancer
    // (Moon's hora, first half of an even sign), D3 Taurus (exalted),
    // D9 Capricorn (earth signs from Capricorn), D12 Taurus (first part:
    // exalted), D30 Taurus (Venus's first 5° of an even sign, his even
    // sign): five good vargas, Chatramsa.
    assert_eq!(
        vaiseshikamsa(Graha::Moon, l(32.0), VimshopakaGroup::Shadvarga),
        5
    );
}

#[test]
fn arudha_padas_by_hand() {
    use jyotish::chart::bhava_arudhas;
    use jyotish::{Graha, Rashi};
    // Lagna Aries; Mars (its lord) in Gemini, the 3rd: the 3rd from Gemini
    // is Leo (A1). The 12th, Pisces, has Jupiter in Taurus, the 3rd from
    // it: the 3rd from Taurus is Cancer, the 5th from Pisces (A12). The
    // 4th, Cancer, has the Moon in Cancer itself: the pada would be Cancer,
    // so it is the 10th from it, Aries (A4).
    let mut s = [Rashi::Libra; 9];
    s[Graha::Mars.index()] = Rashi::Gemini;
    s[Graha::Jupiter.index()] = Rashi::Taurus;
    s[Graha::Moon.index()] = Rashi::Cancer;
    let a = bhava_arudhas(Rashi::Aries, &s);
    assert_eq!(
        (a[0], a[11], a[3]),
        (Rashi::Leo, Rashi::Cancer, Rashi::Aries)
    );
}

#[test]
fn special_yogas_raman() {
    // Rajabhrashta (Raman #297): lagna Aries, Mars in Gemini: A1 Leo, lord
    // the Sun; Jupiter (12th lord) in Taurus: A12 Cancer, lord the Moon.
    // The Sun and the Moon together in Virgo: the yoga; apart, none.
    let r = [VI, VI, GE, LI, TA, LE, CP, SG, GE];
    assert!(has(&facts(AR, r), "Rajabhrashta"));
    let mut r2 = r;
    r2[1] = LI;
    assert!(!has(&facts(AR, r2), "Rajabhrashta"));

    // Kshayaroga (#270): Rahu in the 6th (Virgo), the lagna lord Mars in the
    // 8th (Scorpio), Maandi in a kendra (Cancer, 100°).
    let k = facts(AR, [LE, TA, SC, LE, SG, LE, CP, VI, PI]);
    assert!(is_present(
        find("Kshayaroga").unwrap(),
        &k.clone().with_maandi(100.0)
    ));
    // Maandi in Leo, the 5th: no kendra.
    assert!(!is_present(
        find("Kshayaroga").unwrap(),
        &k.clone().with_maandi(130.0)
    ));
    // Without Maandi the yoga is absent and explain says why.
    let why = explain(find("Kshayaroga").unwrap(), &k).unwrap_err();
    assert!(why.maandi_missing);
    assert!(why.to_string().contains("Maandi not supplied"), "{why}");

    // Kapata #204: the 4th lord (the Moon, Cancer 4th) with Saturn, Rahu and
    // Maandi in Libra, aspected by Ketu from Aries (the 7th) — a malefic.
    let kp = facts(AR, [LE, LI, TA, VI, SG, LE, LI, LI, AR]);
    assert!(is_present(
        find("kapata_yoga_204").unwrap(),
        &kp.clone().with_maandi(195.0)
    ));
    assert!(!is_present(
        find("kapata_yoga_204").unwrap(),
        &kp.with_maandi(225.0)
    ));

    // Galakarna (#264), lagna Aries, 3rd Gemini: Rahu and Maandi there.
    let g = facts(AR, [LE, TA, SC, LE, SG, LE, CP, GE, SG]);
    assert!(is_present(
        find("Galakarna").unwrap(),
        &g.clone().with_maandi(75.0)
    ));
    assert!(!is_present(find("Galakarna").unwrap(), &g));
    // Or Mars in Gemini in a cruel shashtiamsa: 5°12′, Maya; at 9°12′,
    // Mridu, benefic: none (Rahu elsewhere, no Maandi).
    let mars = |x: f64| {
        facts_at(
            15.0,
            [135.0, 45.0, x, 135.0, 255.0, 135.0, 285.0, 225.0, 45.0],
        )
    };
    assert!(has(&mars(65.2), "Galakarna"));
    assert!(!has(&mars(69.2), "Galakarna"));

    // Sirachcheda (#273), lagna Aries: the 6th lord Mercury with Venus in
    // Taurus; the Sun (0°12′ Leo, Ghora) with Rahu (0°42′ Leo, Rakshasa),
    // both cruel. Rahu at 1°12′ (Deva, benefic): none.
    let sira = |rahu: f64| {
        facts_at(
            15.0,
            [
                120.2,
                255.0,
                15.0,
                45.0,
                255.0,
                45.0,
                285.0,
                rahu,
                rahu + 180.0,
            ],
        )
    };
    assert!(has(&sira(120.7), "Sirachcheda"));
    assert!(!has(&sira(121.2), "Sirachcheda"));

    // Yuddha Marana (#275), lagna Aries: Mars owns the 8th (Scorpio); with
    // the 3rd lord Mercury and Saturn in Capricorn, Saturn in the last 30′
    // of that even sign (Ghora, cruel); at 28°42′ (Deva): none.
    let ym = |sat: f64| {
        facts_at(
            15.0,
            [135.0, 45.0, 285.0, 285.0, 255.0, 45.0, sat, 195.0, 15.0],
        )
    };
    assert!(has(&ym(299.7), "Yuddha Marana"));
    assert!(!has(&ym(298.7), "Yuddha Marana"));

    // Yuddhatpaschaddrudha (#185), lagna Aries: the 3rd lord Mercury at
    // 5°12′ Leo (fixed; navamsa Taurus, fixed; shashtiamsa Maya, cruel), its
    // dispositor the Sun debilitated in Libra. At 6°12′ Leo the shashtiamsa
    // is Apampati (benefic): none.
    let yp = |me: f64| {
        facts_at(
            15.0,
            [195.0, 45.0, 15.0, me, 255.0, 45.0, 285.0, 225.0, 45.0],
        )
    };
    assert!(has(&yp(125.2), "Yuddhatpaschaddrudha"));
    assert!(!has(&yp(126.2), "Yuddhatpaschaddrudha"));

    // Thrikaala Gnana (#234): Jupiter at 9°12′ Gemini is in Mridu and in a
    // Sagittarius navamsa (air signs from Libra, 3rd part). At 9°42′ the
    // shashtiamsa is Komala and Jupiter has one good varga of the
    // Dashavarga (above): none.
    let tk = |j: f64| {
        facts_at(
            15.0,
            [135.0, 45.0, 285.0, 165.0, j, 45.0, 285.0, 225.0, 45.0],
        )
    };
    assert!(has(&tk(69.2), "Thrikaala Gnana"));
    assert!(!has(&tk(69.7), "Thrikaala Gnana"));

    // Yuddha Praveena (#183), lagna Aries: the 3rd lord Mercury at 9°12′
    // Gemini has a Sagittarius navamsa, lord Jupiter; Jupiter at 1° Cancer
    // has a Cancer navamsa, lord the Moon; the Moon at 2° Taurus is in own
    // or exaltation signs in five of the Shadvarga (above). At 24° Scorpio
    // the Moon has one: D3 Cancer (third drekkana, the 9th sign); D2 Leo,
    // D9 Aquarius (8th part from Cancer), D12 Leo (10th part from the
    // sign), D30 Capricorn (Saturn's 20°–25° of an even sign): none.
    let pr = |moon: f64| {
        facts_at(
            15.0,
            [135.0, moon, 285.0, 69.2, 91.0, 45.0, 285.0, 225.0, 45.0],
        )
    };
    assert!(has(&pr(32.0), "Yuddha Praveena"));
    assert!(!has(&pr(234.0), "Yuddha Praveena"));

    // Raman's Mathibhramana chart: lagna 15° Aries (navamsa lagna Leo, its
    // 6th Capricorn, lord Saturn). Rahu in Virgo, the 6th, aspected by
    // Ketu; the 6th lord Mercury with Mars and the Sun in Virgo, a dual
    // sign; Mercury (1°) and Rahu (2°) in the Capricorn navamsa (earth
    // signs from Capricorn), Mars (2°30′) there too with Saturn (1°
    // Capricorn). Saturn at 5° Capricorn has an Aquarius navamsa: none.
    let mb = |sat: f64| {
        facts_at(
            15.0,
            [170.0, 45.0, 152.5, 151.0, 255.0, 45.0, sat, 152.0, 332.0],
        )
    };
    assert!(has(&mb(271.0), "mathibhramana_yoga_variation"));
    assert!(!has(&mb(275.0), "mathibhramana_yoga_variation"));
}
