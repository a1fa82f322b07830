//! Yogas of the twelve bhavas as B. V. Raman collects them in *Three
//! Hundred Important Combinations* (cited "Raman #n" where the number is
//! settled, otherwise by name): body, wealth (with the Dhana yogas of
//! BPHS ch. 41 given per lagna), poverty, speech, siblings, home and
//! mother, children, spouse, fortune, disease and affliction.
//!
//! Conventions as in the named yogas: [`Who::Benefics`] / [`Who::Malefics`]
//! are this chart's; "strong" and "weak" are the simple criteria of
//! [`Cond::Strong`] and [`Cond::Weak`]. Where a combination also names
//! Mandi (Gulika), a shashtiamsa (D60) quality or a vaiseshikamsa, which
//! [`ChartFacts`](super::super::ChartFacts) does not carry, the comment says
//! which part is left out.

use super::*;

/// The lagna lord in its sign of debilitation in the navamsa (BPHS 3.49–50:
/// the Sun Libra, the Moon Scorpio, Mars Cancer, Mercury Pisces, Jupiter
/// Capricorn, Venus Virgo, Saturn Aries).
const LAGNA_LORD_DEBILITATED_NAVAMSA: Cond = Cond::Any(&[
    Cond::All(&[
        is(lord(1), g(Sun)),
        Cond::NavamsaIn {
            who: g(Sun),
            signs: signs(&[Rashi::Libra]),
        },
    ]),
    Cond::All(&[
        is(lord(1), g(Moon)),
        Cond::NavamsaIn {
            who: g(Moon),
            signs: signs(&[Rashi::Scorpio]),
        },
    ]),
    Cond::All(&[
        is(lord(1), g(Mars)),
        Cond::NavamsaIn {
            who: g(Mars),
            signs: signs(&[Rashi::Cancer]),
        },
    ]),
    Cond::All(&[
        is(lord(1), g(Mercury)),
        Cond::NavamsaIn {
            who: g(Mercury),
            signs: signs(&[Rashi::Pisces]),
        },
    ]),
    Cond::All(&[
        is(lord(1), g(Jupiter)),
        Cond::NavamsaIn {
            who: g(Jupiter),
            signs: signs(&[Rashi::Capricorn]),
        },
    ]),
    Cond::All(&[
        is(lord(1), g(Venus)),
        Cond::NavamsaIn {
            who: g(Venus),
            signs: signs(&[Rashi::Virgo]),
        },
    ]),
    Cond::All(&[
        is(lord(1), g(Saturn)),
        Cond::NavamsaIn {
            who: g(Saturn),
            signs: signs(&[Rashi::Aries]),
        },
    ]),
]);

/// The 2nd lord in the navamsa of a natural enemy (BPHS 3.55): the Sun's
/// enemies Venus and Saturn, Mars's Mercury, Mercury's the Moon, Jupiter's
/// Mercury and Venus, Venus's the Sun and Moon, Saturn's the Sun, Moon and
/// Mars (the Moon has none).
const ENEMY_NAVAMSA_2ND_LORD: Cond = Cond::Any(&[
    Cond::All(&[
        is(lord(2), g(Sun)),
        Cond::NavamsaIn {
            who: g(Sun),
            signs: signs(&[
                Rashi::Taurus,
                Rashi::Libra,
                Rashi::Capricorn,
                Rashi::Aquarius,
            ]),
        },
    ]),
    Cond::All(&[
        is(lord(2), g(Mars)),
        Cond::NavamsaIn {
            who: g(Mars),
            signs: MERCURY_SIGNS,
        },
    ]),
    Cond::All(&[
        is(lord(2), g(Mercury)),
        Cond::NavamsaIn {
            who: g(Mercury),
            signs: signs(&[Rashi::Cancer]),
        },
    ]),
    Cond::All(&[
        is(lord(2), g(Jupiter)),
        Cond::NavamsaIn {
            who: g(Jupiter),
            signs: MERCURY_SIGNS | VENUS_SIGNS,
        },
    ]),
    Cond::All(&[
        is(lord(2), g(Venus)),
        Cond::NavamsaIn {
            who: g(Venus),
            signs: signs(&[Rashi::Cancer, Rashi::Leo]),
        },
    ]),
    Cond::All(&[
        is(lord(2), g(Saturn)),
        Cond::NavamsaIn {
            who: g(Saturn),
            signs: signs(&[Rashi::Cancer, Rashi::Leo]) | MARS_SIGNS,
        },
    ]),
]);

/// Signs Raman calls dry (Aries, Taurus, Gemini, Leo, Virgo, Sagittarius).
const DRY: u16 = signs(&[
    Rashi::Aries,
    Rashi::Taurus,
    Rashi::Gemini,
    Rashi::Leo,
    Rashi::Virgo,
    Rashi::Sagittarius,
]);
/// The dry grahas: Sun, Mars, Saturn.
const DRY_GRAHAS: Who = gs!(Sun, Mars, Saturn);
/// A neutral's or enemy's sign, or debilitation.
const UNFRIENDLY: u16 = dignities(&[
    Dignity::Neutral,
    Dignity::Enemy,
    Dignity::GreatEnemy,
    Dignity::Debilitated,
]);
/// Signs of the natural malefics Sun, Mars, Saturn.
const MALEFIC_SIGNS: u16 = MARS_SIGNS | SATURN_SIGNS | signs(&[Rashi::Leo]);

/// BPHS ch. 41 Dhana yoga in the 5th: the 5th is a sign of `$p`, `$p` there
/// and `$q` in the 11th.
macro_rules! dhana_fifth {
    ($name:literal, $key:literal, $n:literal, $p:ident, $ps:expr, $q:expr) => {
        y!(
            $name,
            [$key],
            Dhana,
            concat!("BPHS ch. 41; Raman #", $n),
            Cond::All(&[house_in(5, $ps), at(g($p), h!(5)), at($q, h!(11)),])
        )
    };
}

/// BPHS ch. 41 Dhana yoga in the lagna: `$p` in the lagna in its own sign
/// `$s`, joined or aspected by each of `$by`.
macro_rules! dhana_lagna {
    ($name:literal, $key:literal, $n:literal, $p:ident, $s:expr, [$($by:ident),+]) => {
        y!(
            $name,
            [$key],
            Dhana,
            concat!("BPHS ch. 41; Raman #", $n),
            Cond::All(&[
                house_in(1, $s),
                at(g($p), h!(1)),
                $(infl(g($p), g($by)),)+
            ])
        )
    };
}

/// Bhava, Dhana, Daridra and Arishta yogas (Raman #109–299).
pub(super) const BHAVA: &[Yoga] = &[
    // ── Body (Raman #109–117).
    y!(
        // "The lord of lagna, Jupiter or Venus in a kendra": any one of the
        // three suffices (the text's "or").
        "Sareera Soukhya",
        ["sareera_soukhya_yoga", "Sharira Saukhya"],
        Bhava,
        "Raman, Three Hundred Important Combinations (Sareera Soukhya)",
        Cond::Any(&[at(lord(1), KENDRA), occ(gs!(Jupiter, Venus), KENDRA)])
    ),
    y!(
        "Dehapushti",
        ["dehapushti_yoga"],
        Bhava,
        "Raman, Three Hundred Important Combinations (Dehapushti)",
        Cond::All(&[in_signs(lord(1), MOVABLE), aspected(lord(1), BENEFICS)])
    ),
    y!(
        // The lagna lord in the lagna with the lord of the 6th, 8th or
        // 12th; or a weak lagna lord (weak, or not in a friendly, own or
        // exaltation sign) with the lord of a trine.
        "Rogagrastha",
        ["rogagrastha_yoga"],
        Arishta,
        "Raman, Three Hundred Important Combinations (Rogagrastha)",
        Cond::Any(&[
            Cond::All(&[at(lord(1), h!(1)), with(lord(1), Who::Lords(DUSTHANA))]),
            Cond::All(&[
                Cond::Any(&[weak(lord(1)), dig(lord(1), UNFRIENDLY)]),
                with(lord(1), Who::Lords(h!(5, 9))),
            ]),
        ])
    ),
    y!(
        // The lagna lord in a dry sign or a sign of a dry graha.
        "Krisanga (lagna lord)",
        ["krisanga_yoga_112", "Krisanga"],
        Bhava,
        "Raman #112",
        in_signs(lord(1), DRY | MALEFIC_SIGNS)
    ),
    y!(
        // The navamsa lagna owned by a dry graha, malefics in the lagna.
        "Krisanga (navamsa lagna)",
        ["krisanga_yoga_113"],
        Bhava,
        "Raman #113",
        Cond::All(&[is(Who::NavamsaLagnaLord, DRY_GRAHAS), occ(MALEFICS, h!(1))])
    ),
    y!(
        // The lagna lord and its navamsa dispositor in watery signs.
        "Dehasthoulya (watery lords)",
        ["dehasthoulya_yoga_114", "Dehasthoulya"],
        Bhava,
        "Raman #114",
        Cond::All(&[
            in_signs(lord(1), WATERY),
            in_signs(Who::NavamsaDispositor(&Who::Lord(1)), WATERY),
        ])
    ),
    y!(
        // Jupiter in the lagna, or aspecting it from a watery sign.
        "Dehasthoulya (Jupiter)",
        ["dehasthoulya_yoga_115"],
        Bhava,
        "Raman #115",
        Cond::Any(&[
            at(g(Jupiter), h!(1)),
            Cond::All(&[in_signs(g(Jupiter), WATERY), aspects(g(Jupiter), h!(1))]),
        ])
    ),
    y!(
        // A watery lagna with benefics in it, or a watery lagna lord (the
        // Moon or Venus).
        "Dehasthoulya (watery lagna)",
        ["dehasthoulya_yoga_116"],
        Bhava,
        "Raman #116",
        Cond::Any(&[
            Cond::All(&[house_in(1, WATERY), occ(BENEFICS, h!(1))]),
            is(lord(1), gs!(Moon, Venus)),
        ])
    ),
    y!(
        // Raman #117: the lagna lord, or the lord of the sign the lagna lord
        // occupies, in a movable sign (the Moon plays no part).
        "Sada Sanchara",
        ["sada_sanchara_yoga"],
        Bhava,
        "Raman #117",
        Cond::Any(&[
            in_signs(lord(1), MOVABLE),
            in_signs(Who::Dispositor(&Who::Lord(1)), MOVABLE),
        ])
    ),
    // ── Dhana yogas per lagna (BPHS ch. 41; Raman #118–128).
    dhana_fifth!(
        "Dhana (Venus in the 5th)",
        "dhana_yoga_118",
        "118",
        Venus,
        VENUS_SIGNS,
        g(Saturn)
    ),
    dhana_fifth!(
        "Dhana (Mercury in the 5th)",
        "dhana_yoga_119",
        "119",
        Mercury,
        MERCURY_SIGNS,
        gs!(Moon, Mars)
    ),
    dhana_fifth!(
        "Dhana (Saturn in the 5th)",
        "dhana_yoga_120",
        "120",
        Saturn,
        SATURN_SIGNS,
        gs!(Mercury, Mars)
    ),
    dhana_fifth!(
        "Dhana (Sun in the 5th)",
        "dhana_yoga_121",
        "121",
        Sun,
        signs(&[Rashi::Leo]),
        gs!(Jupiter, Moon)
    ),
    dhana_fifth!(
        "Dhana (Jupiter in the 5th)",
        "dhana_yoga_122",
        "122",
        Jupiter,
        JUPITER_SIGNS,
        gs!(Mars, Moon)
    ),
    dhana_lagna!(
        "Dhana (Sun in Leo lagna)",
        "dhana_yoga_123",
        "123",
        Sun,
        signs(&[Rashi::Leo]),
        [Mars, Jupiter]
    ),
    y!(
        // The Moon in a Cancer lagna aspected by Jupiter and Mars.
        "Dhana (Moon in Cancer lagna)",
        ["dhana_yoga_124"],
        Dhana,
        "BPHS ch. 41; Raman #124",
        Cond::All(&[
            house_in(1, signs(&[Rashi::Cancer])),
            at(g(Moon), h!(1)),
            aspected(g(Moon), g(Jupiter)),
            aspected(g(Moon), g(Mars)),
        ])
    ),
    dhana_lagna!(
        "Dhana (Mars in own lagna)",
        "dhana_yoga_125",
        "125",
        Mars,
        MARS_SIGNS,
        [Moon, Venus, Saturn]
    ),
    dhana_lagna!(
        "Dhana (Mercury in own lagna)",
        "dhana_yoga_126",
        "126",
        Mercury,
        MERCURY_SIGNS,
        [Saturn, Venus]
    ),
    dhana_lagna!(
        "Dhana (Jupiter in own lagna)",
        "dhana_yoga_127",
        "127",
        Jupiter,
        JUPITER_SIGNS,
        [Mercury, Mars]
    ),
    dhana_lagna!(
        "Dhana (Venus in own lagna)",
        "dhana_yoga_128",
        "128",
        Venus,
        VENUS_SIGNS,
        [Saturn, Mercury]
    ),
    // ── Further wealth (Raman, after #128).
    y!(
        "Bahudravyarjana",
        ["bahudravyarjana_yoga"],
        Dhana,
        "Raman, Three Hundred Important Combinations (Bahudravyarjana)",
        Cond::All(&[at(lord(1), h!(2)), at(lord(2), h!(11)), at(lord(11), h!(1))])
    ),
    y!(
        // Raman gives three alternative combinations (#130–132):
        // (a) the lagna lord, strongest of all, in a kendra with Jupiter and
        //     the 2nd lord in a vaiseshikamsa — needs vaiseshikamsa and a
        //     strength module, left out;
        // (b) the dispositor of the lagna lord's navamsa dispositor strong,
        //     in a kendra or trine from the 2nd lord or in its own or
        //     exaltation sign;
        // (c) the 2nd lord in a kendra or trine from the lagna lord, or a
        //     benefic 2nd lord deeply exalted or with an exalted graha.
        "Swaveeryaddhana",
        ["swaveeryaddhana_yoga"],
        Dhana,
        "Raman, Three Hundred Important Combinations #130–132 (Swaveeryaddhana)",
        Cond::Any(&[
            Cond::All(&[
                strong(Who::Dispositor(&Who::NavamsaDispositor(&Who::Lord(1)))),
                Cond::Any(&[
                    apart(
                        lord(2),
                        Who::Dispositor(&Who::NavamsaDispositor(&Who::Lord(1))),
                        KENDRA_TRIKONA,
                    ),
                    dig(
                        Who::Dispositor(&Who::NavamsaDispositor(&Who::Lord(1))),
                        DIGNIFIED,
                    ),
                ]),
            ]),
            Cond::Any(&[
                apart(lord(1), lord(2), KENDRA_TRIKONA),
                is(lord(1), lord(2)),
            ]),
            Cond::All(&[
                is(lord(2), BENEFICS),
                Cond::Any(&[
                    Cond::DeepExalted(lord(2)),
                    with(lord(2), Who::Dignified(EXALTED)),
                ]),
            ]),
        ])
    ),
    y!(
        // Raman #133: the 2nd lord, possessing kala bala, joins the lords of
        // the lagna and the 11th in a kendra or trikona and is aspected by a
        // benefic (as Adawal, *Encyclopedia of Vedic Astrology* 7.18, gives
        // it). "Joins" is read as the same sign, a lord that also owns the
        // 2nd joining trivially; kala bala is not a chart fact and is left
        // out. The earlier reading (the three lords each anywhere in a
        // kendra or trikona) dropped the conjunction and the aspect.
        "Madhya Vayasi Dhana",
        ["madhya_vayasi_dhana_yoga"],
        Dhana,
        "Raman #133 (Madhya Vayasi Dhana)",
        Cond::All(&[
            at(lord(2), KENDRA_TRIKONA),
            apart(lord(2), lord(1), h!(1)),
            apart(lord(2), lord(11), h!(1)),
            aspected(lord(2), BENEFICS),
        ])
    ),
    y!(
        // The 9th and 11th lords in the 6th, 8th or 12th from the 2nd lord,
        // one of the three with a benefic.
        "Anthya Vayasi Dhana",
        ["anthya_vayasi_dhana_yoga"],
        Dhana,
        "Raman, Three Hundred Important Combinations (Anthya Vayasi Dhana)",
        Cond::All(&[
            apart(lord(2), lord(9), DUSTHANA),
            apart(lord(2), lord(11), DUSTHANA),
            with(Who::Lords(h!(2, 9, 11)), BENEFICS),
        ])
    ),
    y!(
        // The 2nd and 10th lords together in a kendra, aspected by the
        // navamsa dispositor of the lagna lord.
        "Balya Dhana",
        ["balya_dhana_yoga"],
        Dhana,
        "Raman, Three Hundred Important Combinations (Balya Dhana)",
        Cond::All(&[
            with(lord(2), lord(10)),
            at(lord(2), KENDRA),
            aspected(lord(2), Who::NavamsaDispositor(&Who::Lord(1))),
        ])
    ),
    y!(
        // Raman #136–137: the lagna and 2nd lords in the 3rd, the 3rd
        // aspected by a benefic; or the 3rd lord in the 2nd with Jupiter,
        // joined or aspected by the lagna lord (#137 also puts the lagna
        // lord in a vaiseshikamsa: not a chart fact, left out).
        "Bhratrumooladdhanaprapti",
        ["bhratrumooladdhanaprapti_yoga"],
        Dhana,
        "Raman #136–137",
        Cond::Any(&[
            Cond::All(&[at(Who::Lords(h!(1, 2)), h!(3)), aspects(BENEFICS, h!(3))]),
            Cond::All(&[
                at(lord(3), h!(2)),
                with(lord(3), g(Jupiter)),
                infl(lord(3), lord(1)),
            ]),
        ])
    ),
    y!(
        // Raman #138: the 2nd lord joins the 4th lord or is aspected by him.
        "Matrumooladdhana",
        ["matrumooladdhana_yoga"],
        Dhana,
        "Raman #138",
        infl(lord(2), lord(4))
    ),
    y!(
        // Raman #139: the strong 2nd lord conjoined with the 5th lord or
        // Jupiter (the lagna lord in a vaiseshikamsa: not a chart fact,
        // left out).
        "Putramooladdhana",
        ["putramooladdhana_yoga"],
        Dhana,
        "Raman #139",
        Cond::All(&[
            strong(lord(2)),
            Cond::Any(&[with(lord(2), lord(5)), with(lord(2), g(Jupiter))]),
        ])
    ),
    y!(
        // Raman #140: the strong 2nd lord joins the 6th lord or Mars (the
        // lagna lord in a vaiseshikamsa: left out).
        "Shatrumooladdhana",
        ["shatrumooladdhana_yoga"],
        Dhana,
        "Raman #140",
        Cond::All(&[
            strong(lord(2)),
            Cond::Any(&[with(lord(2), lord(6)), with(lord(2), g(Mars))]),
        ])
    ),
    y!(
        // Raman #141: the strong 2nd lord joined or aspected by the 7th
        // lord and by Venus, the lagna lord powerful.
        "Kalatramooladdhana",
        ["kalatramooladdhana_yoga"],
        Dhana,
        "Raman #141",
        Cond::All(&[
            strong(Who::Lords(h!(1, 2))),
            infl(lord(2), lord(7)),
            infl(lord(2), g(Venus)),
        ])
    ),
    y!(
        // Raman #142: "if a number of planets occupy the 2nd house and the
        // wealth-giving ones are strong or occupy own or exaltation signs".
        // "A number of" is read as several, at least three of the seven;
        // the wealth-giving planets as the 2nd lord and Jupiter (the
        // significator of wealth), each strong or in its own, moolatrikona
        // or exaltation sign. (It was the 2nd, 9th and 11th lords in kendras
        // with a strong lagna lord, which is not #142's rule.)
        "Amaranantha Dhana",
        ["amaranantha_dhana_yoga"],
        Dhana,
        "Raman #142",
        Cond::All(&[
            Cond::Count {
                who: SEVEN,
                from: L,
                houses: h!(2),
                min: 3,
                max: 7,
            },
            Cond::Any(&[strong(lord(2)), dig(lord(2), DIGNIFIED)]),
            Cond::Any(&[strong(g(Jupiter)), dig(g(Jupiter), DIGNIFIED)]),
        ])
    ),
    y!(
        "Ayatnadhanalabha",
        ["ayatnadhanalabha_yoga"],
        Dhana,
        // Raman #143: the lords of the lagna and the 2nd exchange places
        // (an exchange only: the text names no conjunction).
        "Raman #143",
        Cond::LordsRelated {
            a: h!(1),
            b: h!(2),
            how: relation::EXCHANGE,
        }
    ),
    // ── Poverty (Phaladeepika ch. 6; BPHS ch. 42; Raman #144–153).
    y!(
        "Duryoga",
        ["dhur_yoga", "Dur Yoga"],
        Daridra,
        "Phaladeepika ch. 6 (Duryoga)",
        at(lord(10), DUSTHANA)
    ),
    y!(
        "Daridra",
        ["dharidhra_yoga", "Dharidhra"],
        Daridra,
        "Phaladeepika ch. 6 (Daridra); BPHS ch. 42",
        at(lord(11), DUSTHANA)
    ),
    y!(
        // Lagna and 12th lords exchanged, joined or aspected by the 7th lord.
        "Daridra (lagna and 12th lords exchanged)",
        ["dharidhra_yoga_144"],
        Daridra,
        "BPHS ch. 42; Raman #144",
        Cond::All(&[
            Cond::LordsRelated {
                a: h!(1),
                b: h!(12),
                how: relation::EXCHANGE,
            },
            Cond::Any(&[infl(lord(1), lord(7)), infl(lord(12), lord(7))]),
        ])
    ),
    y!(
        // Lagna and 6th lords exchanged, the Moon aspected by the 2nd or 7th
        // lord.
        "Daridra (lagna and 6th lords exchanged)",
        ["dharidhra_yoga_145"],
        Daridra,
        "BPHS ch. 42; Raman #145",
        Cond::All(&[
            Cond::LordsRelated {
                a: h!(1),
                b: h!(6),
                how: relation::EXCHANGE,
            },
            aspected(g(Moon), Who::Lords(h!(2, 7))),
        ])
    ),
    y!(
        "Daridra (Moon and Ketu in the lagna)",
        ["dharidhra_yoga_146"],
        Daridra,
        "BPHS ch. 42; Raman #146",
        at(gs!(Moon, Ketu), h!(1))
    ),
    y!(
        "Daridra (lagna lord in the 8th)",
        ["dharidhra_yoga_147"],
        Daridra,
        "BPHS ch. 42; Raman #147",
        Cond::All(&[at(lord(1), h!(8)), infl(lord(1), Who::Lords(h!(2, 7)))])
    ),
    y!(
        "Daridra (lagna lord in a dusthana with a malefic)",
        ["dharidhra_yoga_148"],
        Daridra,
        "BPHS ch. 42; Raman #148",
        Cond::All(&[
            at(lord(1), DUSTHANA),
            with(lord(1), MALEFICS),
            infl(lord(1), Who::Lords(h!(2, 7))),
        ])
    ),
    y!(
        "Daridra (lagna lord with a dusthana lord)",
        ["dharidhra_yoga_149"],
        Daridra,
        "BPHS ch. 42; Raman #149",
        Cond::All(&[
            with(lord(1), Who::Lords(DUSTHANA)),
            aspected(lord(1), MALEFICS),
        ])
    ),
    y!(
        "Daridra (5th lord with a dusthana lord)",
        ["dharidhra_yoga_150"],
        Daridra,
        "BPHS ch. 42; Raman #150",
        Cond::All(&[
            with(lord(5), Who::Lords(DUSTHANA)),
            Cond::Not(&infl(lord(5), BENEFICS)),
        ])
    ),
    y!(
        "Daridra (5th lord in the 6th or 10th)",
        ["dharidhra_yoga_151"],
        Daridra,
        "BPHS ch. 42; Raman #151",
        Cond::All(&[
            at(lord(5), h!(6, 10)),
            aspected(lord(5), Who::Lords(h!(2, 6, 7, 8, 12))),
        ])
    ),
    y!(
        // A natural malefic in the lagna, not lord of the 9th or 10th, joined
        // or aspected by a maraka lord (2nd or 7th).
        "Daridra (malefic in the lagna with a maraka)",
        ["dharidhra_yoga_152"],
        Daridra,
        "BPHS ch. 42; Raman #152",
        infl(
            Who::Both(
                &Who::Placed(h!(1)),
                &Who::Except(&MALEFIC, &Who::Lords(h!(9, 10))),
            ),
            Who::Lords(h!(2, 7)),
        )
    ),
    y!(
        "Daridra (lagna and navamsa lagna lords in dusthanas)",
        ["dharidhra_yoga_153"],
        Daridra,
        "BPHS ch. 42; Raman #153",
        Cond::All(&[
            at(lord(1), DUSTHANA),
            at(Who::NavamsaLagnaLord, DUSTHANA),
            infl(lord(1), Who::Lords(h!(2, 7))),
            infl(Who::NavamsaLagnaLord, Who::Lords(h!(2, 7))),
        ])
    ),
    // ── Speech and the 2nd house (Raman #154–172).
    y!(
        "Yukthi Samanwithavagmi",
        ["yukthi_samanwithavagmi_yoga_154", "Yukti Samanvita Vagmi"],
        Bhava,
        "Raman #154",
        Cond::Any(&[
            Cond::All(&[with(lord(2), BENEFICS), at(lord(2), KENDRA_TRIKONA)]),
            Cond::All(&[dig(lord(2), EXALTED), with(lord(2), g(Jupiter))]),
        ])
    ),
    y!(
        // The 2nd lord in a kendra in deep exaltation (the Parvatamsa and
        // Simhasanamsa of Jupiter or Venus need vaiseshikamsas: left out).
        "Yukthi Samanwithavagmi (paramochcha)",
        ["yukthi_samanwithavagmi_yoga_155"],
        Bhava,
        "Raman #155",
        Cond::All(&[at(lord(2), KENDRA), Cond::DeepExalted(lord(2))])
    ),
    y!(
        // Raman #156: the lord of the Sun's navamsa in the 2nd (and in a
        // vaiseshikamsa: not a chart fact, left out).
        "Parihasaka",
        ["parihasaka_yoga"],
        Bhava,
        "Raman #156",
        at(Who::NavamsaDispositor(&g(Sun)), h!(2))
    ),
    y!(
        // Raman #157: the 2nd lord in a sign of Saturn or Mars, and
        // malefics in kendras and trikonas ("malefics join kendras and
        // trikonas": read as any malefic in any of them, as PyJHora reads it).
        "Asatyavadi",
        ["asatyavadi_yoga"],
        Bhava,
        "Raman #157",
        Cond::All(&[
            in_signs(lord(2), MARS_SIGNS | SATURN_SIGNS),
            occ(MALEFICS, KENDRA_TRIKONA),
        ])
    ),
    y!(
        // Raman #158: the 2nd lord in the 10th with malefics, or the 2nd
        // joined by the Sun and Mandi. Mandi is not a chart fact, so the
        // second combination is left out whole (as Vanchana Chora Bheethi's
        // Gulika combinations). (It was the 2nd lord in a dusthana aspected
        // by malefics, which is not Raman's rule.)
        "Jada",
        ["jada_yoga"],
        Bhava,
        "Raman #158",
        Cond::All(&[at(lord(2), h!(10)), with(lord(2), MALEFICS)])
    ),
    y!(
        "Marud",
        ["marud_yoga"],
        Bhava,
        "Raman, Three Hundred Important Combinations (Marud)",
        // Jupiter in the 5th or 9th from Venus, the Moon in the 5th from
        // Jupiter, the Sun in a kendra from the Moon.
        Cond::All(&[
            at_from(g(Jupiter), Ref::Graha(Venus), h!(5, 9)),
            at_from(g(Moon), Ref::Graha(Jupiter), h!(5)),
            at_from(g(Sun), MOON_, KENDRA),
        ])
    ),
    y!(
        "Budha (speech)",
        ["budha_yoga"],
        Bhava,
        "Raman, Three Hundred Important Combinations (Budha)",
        // Jupiter in the lagna, the Moon in a kendra, Rahu in the 2nd from
        // the Moon, the Sun and Mars in the 3rd from Rahu.
        Cond::All(&[
            at(g(Jupiter), h!(1)),
            at(g(Moon), KENDRA),
            at_from(g(Rahu), MOON_, h!(2)),
            at_from(gs!(Sun, Mars), Ref::Graha(Rahu), h!(3)),
        ])
    ),
    y!(
        // Raman (Mooka): "the 2nd lord should join the 8th with Jupiter";
        // not when the 8th is Jupiter's own or exaltation sign (Raman's
        // note, which PyJHora's docstring also quotes). "With" is another
        // graha: Jupiter as 2nd lord alone in the 8th does not make it.
        "Mooka",
        ["mooka_yoga"],
        Bhava,
        "Raman, Three Hundred Important Combinations (Mooka)",
        Cond::All(&[
            at(lord(2), h!(8)),
            with(lord(2), g(Jupiter)),
            Cond::Not(&house_in(
                8,
                signs(&[Rashi::Cancer, Rashi::Sagittarius, Rashi::Pisces]),
            )),
        ])
    ),
    y!(
        // The lords of the 10th and 6th in the lagna with the 2nd lord, or
        // all three debilitated.
        "Netranasa",
        ["netranasa_yoga"],
        Arishta,
        "Raman, Three Hundred Important Combinations (Netranasa)",
        Cond::Any(&[
            at(Who::Lords(h!(2, 6, 10)), h!(1)),
            Cond::All(&[
                dig(lord(2), DEBILITATED),
                dig(lord(6), DEBILITATED),
                dig(lord(10), DEBILITATED),
            ]),
        ])
    ),
    y!(
        // Raman #165: "Mercury and the Moon should be in the 2nd, or the
        // lords of Lagna and the 2nd should join the 2nd with the Sun". (It
        // was the lagna lord, the Sun and the Moon in the 2nd or 12th with a
        // malefic, which is not #165's rule.)
        "Andha",
        ["andha_yoga"],
        Arishta,
        "Raman #165",
        Cond::Any(&[
            at(gs!(Mercury, Moon), h!(2)),
            Cond::All(&[at(Who::Lords(h!(1, 2)), h!(2)), at(g(Sun), h!(2)),]),
        ])
    ),
    y!(
        // Raman #166: "the lord of the 2nd in a kendra aspected by benefics,
        // or benefics in the 2nd" (#167's Gopuramsa alternative needs
        // vaiseshikamsa and is left out).
        "Sumukha",
        ["sumukha_yoga"],
        Bhava,
        "Raman #166",
        Cond::Any(&[
            Cond::All(&[at(lord(2), KENDRA), aspected(lord(2), BENEFICS)]),
            occ(BENEFICS, h!(2)),
        ])
    ),
    y!(
        // Raman #168: malefics in the 2nd, its lord joining a malefic or
        // debilitated (#169's Gulika alternative is left out: Gulika is not
        // a chart fact).
        "Durmukha",
        ["durmukha_yoga"],
        Bhava,
        "Raman #168",
        Cond::All(&[
            occ(MALEFICS, h!(2)),
            Cond::Any(&[with(lord(2), MALEFICS), dig(lord(2), DEBILITATED)]),
        ])
    ),
    y!(
        "Bhojana Soukhya",
        ["bhojana_soukhya_yoga"],
        Bhava,
        "Raman, Three Hundred Important Combinations (Bhojana Soukhya)",
        Cond::All(&[strong(lord(2)), infl(lord(2), BENEFICS)])
    ),
    y!(
        // Raman #171: the 2nd lord in a vaiseshikamsa, conjoined with or
        // aspected by Jupiter and by Mercury. The vaiseshikamsa part is left
        // out (not a chart fact), as for the other bhava yogas that need
        // one. (It was Jupiter or the Moon in the 2nd or 12th with a
        // benefic's influence, which is not Raman's rule.)
        "Annadana",
        ["annadana_yoga"],
        Bhava,
        "Raman #171",
        Cond::All(&[infl(lord(2), g(Jupiter)), infl(lord(2), g(Mercury))])
    ),
    y!(
        // Raman #172: the 2nd lord debilitated or in an unfriendly navamsa
        // (a natural enemy's sign, BPHS 3.55), and aspected by a debilitated
        // graha. (It was a weak 2nd lord in the 8th or 12th, which is not
        // Raman's rule.)
        "Parannabhojana",
        ["parannabhojana_yoga"],
        Bhava,
        "Raman #172",
        Cond::All(&[
            Cond::Any(&[dig(lord(2), DEBILITATED), ENEMY_NAVAMSA_2ND_LORD]),
            aspected(lord(2), Who::Dignified(DEBILITATED)),
        ])
    ),
    y!(
        "Sraddhannabhuktha",
        ["sraddhannabhuktha_yoga"],
        Bhava,
        "Raman, Three Hundred Important Combinations (Sraddhannabhuktha)",
        // Saturn owning the 2nd or joining its lord, or a debilitated Saturn
        // aspecting the 2nd.
        Cond::Any(&[
            is(lord(2), g(Saturn)),
            with(lord(2), g(Saturn)),
            Cond::All(&[dig(g(Saturn), DEBILITATED), aspects(g(Saturn), h!(2))]),
        ])
    ),
    y!(
        // Raman: Rahu in the 2nd with Mandi (Mandi is not a chart fact:
        // left out, so Rahu in the 2nd suffices here).
        "Sarpaganda",
        ["sarpaganda_yoga"],
        Arishta,
        "Raman, Three Hundred Important Combinations (Sarpaganda)",
        at(g(Rahu), h!(2))
    ),
    y!(
        // Raman #175: a malefic owns the 2nd, its lord is in a cruel
        // navamsa (a sign of the Sun, Mars or Saturn), and the 2nd has no
        // benefic association or aspect. (It was the 2nd lord in a
        // dusthana with Rahu or Saturn, which is not Raman's rule.)
        "Vakchalana",
        ["vakchalana_yoga"],
        Bhava,
        "Raman #175",
        Cond::All(&[
            is(lord(2), MALEFICS),
            Cond::NavamsaIn {
                who: lord(2),
                signs: MARS_SIGNS | SATURN_SIGNS | signs(&[Rashi::Leo]),
            },
            Cond::Not(&occ(BENEFICS, h!(2))),
            Cond::Not(&aspects(BENEFICS, h!(2))),
        ])
    ),
    y!(
        // Raman #176: the 2nd house joined and aspected by malefics, its
        // lord in a cruel navamsa (a sign of the Sun, Mars or Saturn) and
        // aspected by a malefic. (It was the 2nd lord with a dusthana lord,
        // aspected by malefics, which is not Raman's rule.)
        "Vishaprayoga",
        ["vishaprayoga_yoga"],
        Arishta,
        "Raman #176",
        Cond::All(&[
            occ(MALEFICS, h!(2)),
            aspects(MALEFICS, h!(2)),
            Cond::NavamsaIn {
                who: lord(2),
                signs: MARS_SIGNS | SATURN_SIGNS | signs(&[Rashi::Leo]),
            },
            aspected(lord(2), MALEFICS),
        ])
    ),
    // ── Siblings and courage (Raman #173–186).
    y!(
        // Raman #177: "the 3rd lord, or Mars, or the 3rd house should be
        // joined or aspected by benefics and otherwise strong". Read as:
        // the 3rd lord, or Mars, joined or aspected by a benefic and strong
        // ([`Cond::Strong`]); or a benefic in or aspecting the 3rd house
        // (a bhava's own strength is not a chart fact: that part is left
        // out). An earlier reading (conjunction only, or the 3rd lord in a
        // benefic's sign or navamsa) had no ground in the text.
        "Bhratruvriddhi",
        ["bhratruvriddhi_yoga"],
        Bhava,
        "Raman #177 (Bhratruvriddhi)",
        Cond::Any(&[
            Cond::All(&[infl(lord(3), BENEFICS), strong(lord(3))]),
            Cond::All(&[infl(g(Mars), BENEFICS), strong(g(Mars))]),
            occ(BENEFICS, h!(3)),
            aspects(BENEFICS, h!(3)),
        ])
    ),
    y!(
        "Sodaranasa",
        ["sodaranasa_yoga"],
        Bhava,
        "Raman, Three Hundred Important Combinations (Sodaranasa)",
        Cond::All(&[
            at(g(Mars), h!(3, 5, 7, 8)),
            at(lord(3), h!(3, 5, 7, 8)),
            Cond::Any(&[aspected(g(Mars), MALEFICS), aspected(lord(3), MALEFICS)]),
        ])
    ),
    y!(
        "Ekabhagini",
        ["ekabhagini_yoga"],
        Bhava,
        "Raman, Three Hundred Important Combinations (Ekabhagini)",
        Cond::All(&[
            at(g(Mercury), h!(3)),
            with(lord(3), g(Moon)),
            with(g(Mars), g(Saturn)),
        ])
    ),
    y!(
        "Dwadasa Sahodara",
        ["dwadasa_sahodara_yoga"],
        Bhava,
        "Raman, Three Hundred Important Combinations (Dwadasa Sahodara)",
        Cond::All(&[
            at(lord(3), KENDRA),
            dig(g(Mars), EXALTED),
            with(g(Mars), g(Jupiter)),
            at_from(g(Mars), Ref::Of(&Who::Lord(3)), TRIKONA),
        ])
    ),
    y!(
        "Sapthasankhya Sahodara",
        ["sapthasankhya_sahodara_yoga"],
        Bhava,
        "Raman, Three Hundred Important Combinations (Sapthasankhya Sahodara)",
        Cond::All(&[
            with(lord(12), g(Mars)),
            at(g(Moon), h!(3)),
            with(g(Moon), g(Jupiter)),
            Cond::Not(&infl(g(Moon), g(Venus))),
        ])
    ),
    y!(
        "Parakrama",
        ["parakrama_yoga"],
        Bhava,
        "Raman, Three Hundred Important Combinations (Parakrama)",
        Cond::All(&[
            Cond::NavamsaIn {
                who: lord(3),
                signs: BENEFIC_SIGNS,
            },
            infl(lord(3), BENEFICS),
            in_signs(g(Mars), BENEFIC_SIGNS),
        ])
    ),
    y!(
        "Yuddhatpoorvadridhachitta",
        ["yuddhatpoorvadridhachitta_yoga"],
        Bhava,
        "Raman #184",
        Cond::All(&[
            dig(lord(3), EXALTED),
            with(lord(3), MALEFICS),
            Cond::Any(&[
                in_signs(lord(3), MOVABLE),
                Cond::NavamsaIn {
                    who: lord(3),
                    signs: MOVABLE,
                },
            ]),
        ])
    ),
    y!(
        // The 3rd house a benefic's sign aspected by a benefic; the 3rd lord
        // in a benefic's navamsa or joined or aspected by a benefic.
        "Satkathadisravana",
        ["satkathadisravana_yoga"],
        Bhava,
        "Raman, Three Hundred Important Combinations (Satkathadisravana)",
        Cond::All(&[
            house_in(3, BENEFIC_SIGNS),
            aspects(BENEFICS, h!(3)),
            Cond::Any(&[
                Cond::NavamsaIn {
                    who: lord(3),
                    signs: BENEFIC_SIGNS,
                },
                infl(lord(3), BENEFICS),
            ]),
        ])
    ),
    // ── Home, vehicles and mother (Raman #187–210).
    y!(
        "Utthama Griha",
        ["utthama_graha_yoga", "Uttama Griha"],
        Bhava,
        "Raman, Three Hundred Important Combinations (Uttama Griha)",
        Cond::All(&[
            with(lord(4), BENEFICS),
            aspected(lord(4), BENEFICS),
            at(lord(4), KENDRA_TRIKONA),
        ])
    ),
    y!(
        "Vichitra Saudha Prakara",
        ["vichitra_saudha_prakara_yoga"],
        Bhava,
        "Raman, Three Hundred Important Combinations (Vichitra Saudha Prakara)",
        Cond::All(&[
            with(lord(4), lord(10)),
            with(lord(4), g(Saturn)),
            with(lord(4), g(Mars)),
        ])
    ),
    y!(
        "Ayatna Griha Prapta (lagna and 7th lords)",
        ["ayatna_griha_prapta_yoga_189", "Ayatna Griha Prapta"],
        Bhava,
        "Raman #189",
        Cond::All(&[
            at(Who::Lords(h!(1, 7)), h!(1, 4)),
            aspected(Who::Lords(h!(1, 7)), BENEFICS),
        ])
    ),
    y!(
        "Ayatna Griha Prapta (9th lord in a kendra)",
        ["ayatna_griha_prapta_yoga_190"],
        Bhava,
        "Raman #190",
        Cond::All(&[at(lord(9), KENDRA), dig(lord(4), DIGNIFIED)])
    ),
    y!(
        "Grihanasa (4th lord in the 12th)",
        ["grihanasa_yoga_191", "Grihanasa"],
        Bhava,
        "Raman #191",
        Cond::All(&[at(lord(4), h!(12)), aspected(lord(4), MALEFICS)])
    ),
    y!(
        "Grihanasa (navamsa dispositor in the 12th)",
        ["grihanasa_yoga_192"],
        Bhava,
        "Raman #192",
        at(Who::NavamsaDispositor(&Who::Lord(4)), h!(12))
    ),
    y!(
        "Bandhu Pujya (benefic 4th lord)",
        ["bandhu_pujya_yoga_193", "Bandhu Pujya"],
        Bhava,
        "Raman #193",
        Cond::All(&[
            is(lord(4), BENEFICS),
            aspected(lord(4), BENEFICS),
            at(g(Mercury), h!(1)),
        ])
    ),
    y!(
        "Bandhu Pujya (Jupiter)",
        ["bandhu_pujya_yoga_194"],
        Bhava,
        "Raman #194",
        Cond::Any(&[
            occ(g(Jupiter), h!(4)),
            aspects(g(Jupiter), h!(4)),
            infl(lord(4), g(Jupiter)),
        ])
    ),
    y!(
        // The 4th lord with malefics or in an enemy's or its debilitation
        // sign (the evil-shashtiamsa alternative is left out).
        "Bandhubhisthyaktha",
        ["bandhubhisthyaktha_yoga"],
        Bhava,
        "Raman #195",
        Cond::Any(&[with(lord(4), MALEFICS), dig(lord(4), INIMICAL)])
    ),
    y!(
        "Matrudeerghayur (exalted 4th lord)",
        ["matrudeerghayur_yoga_196", "Matru Deerghayu"],
        Bhava,
        "Raman #196",
        Cond::All(&[occ(BENEFICS, h!(4)), dig(lord(4), EXALTED), strong(g(Moon)),])
    ),
    y!(
        "Matrudeerghayur (navamsa dispositor)",
        ["matrudeerghayur_yoga_197"],
        Bhava,
        "Raman #197",
        Cond::All(&[
            strong(Who::NavamsaDispositor(&Who::Lord(4))),
            at(Who::NavamsaDispositor(&Who::Lord(4)), KENDRA),
            at_from(Who::NavamsaDispositor(&Who::Lord(4)), MOON_, KENDRA),
        ])
    ),
    y!(
        // The Moon hemmed in by malefics, or joined or aspected by them.
        "Matrunasa (Moon afflicted)",
        ["matrunasa_yoga_198", "Matrunasa"],
        Arishta,
        "Raman #198",
        Cond::Any(&[
            Cond::All(&[
                occ_from(MALEFICS, MOON_, h!(2)),
                occ_from(MALEFICS, MOON_, h!(12)),
            ]),
            infl(g(Moon), MALEFICS),
        ])
    ),
    y!(
        "Matrunasa (navamsa chain in a dusthana)",
        ["matrunasa_yoga_199"],
        Arishta,
        "Raman #199",
        at(
            Who::NavamsaDispositor(&Who::NavamsaDispositor(&Who::Lord(4))),
            DUSTHANA,
        )
    ),
    y!(
        "Kapata (malefic in the 4th)",
        ["kapata_yoga_202", "Kapata"],
        Bhava,
        "Raman #202",
        Cond::All(&[
            occ(MALEFICS, h!(4)),
            Cond::Any(&[
                infl(lord(4), MALEFICS),
                Cond::All(&[
                    occ_from(MALEFICS, Ref::Of(&Who::Lord(4)), h!(2)),
                    occ_from(MALEFICS, Ref::Of(&Who::Lord(4)), h!(12)),
                ]),
            ]),
        ])
    ),
    y!(
        "Kapata (Saturn, Mars, Rahu in the 4th)",
        ["kapata_yoga_203"],
        Bhava,
        "Raman #203",
        Cond::All(&[
            at(gs!(Saturn, Mars, Rahu), h!(4)),
            at(lord(10), h!(4)),
            is(lord(10), MALEFICS),
            aspected(lord(10), MALEFICS),
        ])
    ),
    y!(
        "Nishkapata (4th house)",
        ["nishkapata_yoga_205", "Nishkapata"],
        Bhava,
        "Raman #205",
        Cond::Any(&[
            occ(BENEFICS, h!(4)),
            occ(Who::Dignified(FRIENDLY), h!(4)),
            house_in(4, BENEFIC_SIGNS),
        ])
    ),
    y!(
        // The lagna lord in the 4th joined or aspected by a benefic (the
        // Parvatamsa/Uttamamsa alternative needs vaiseshikamsas: left out).
        "Nishkapata (lagna lord in the 4th)",
        ["nishkapata_yoga_206"],
        Bhava,
        "Raman #206",
        Cond::All(&[at(lord(1), h!(4)), infl(lord(1), BENEFICS)])
    ),
    y!(
        "Matru Satrutwa",
        ["matru_satrutwa_yoga"],
        Bhava,
        "Raman, Three Hundred Important Combinations (Matru Satrutwa)",
        Cond::All(&[
            is(lord(1), g(Mercury)),
            is(lord(4), g(Mercury)),
            infl(g(Mercury), MALEFICS),
        ])
    ),
    y!(
        // The lagna and 4th have one lord; or their lords are friends
        // (naturally, or temporally by their places); or both lords are
        // aspected by benefics.
        "Matru Sneha",
        ["matru_sneha_yoga"],
        Bhava,
        "Raman, Three Hundred Important Combinations (Matru Sneha)",
        Cond::Any(&[
            is(lord(1), lord(4)),
            Cond::Related {
                a: lord(1),
                b: lord(4),
                how: relation::FRIENDS,
            },
            Cond::All(&[aspected(lord(1), BENEFICS), aspected(lord(4), BENEFICS)]),
        ])
    ),
    y!(
        "Vahana (lagna lord)",
        ["vahana_yoga_209", "Vahana"],
        Bhava,
        "Raman #209",
        at(lord(1), h!(4, 9, 11))
    ),
    y!(
        // The 4th lord exalted, the lord of its exaltation sign in a kendra
        // or trikona.
        "Vahana (exalted 4th lord)",
        ["vahana_yoga_210"],
        Bhava,
        "Raman #210",
        Cond::All(&[
            dig(lord(4), EXALTED),
            at(Who::ExaltationLord(&Who::Lord(4)), KENDRA_TRIKONA),
        ])
    ),
    // ── Children (Raman #211–235).
    y!(
        "Anapathya",
        ["anapathya_yoga"],
        Bhava,
        "Raman, Three Hundred Important Combinations (Anapatya)",
        Cond::All(&[weak(g(Jupiter)), weak(Who::Lords(h!(1, 5, 7)))])
    ),
    y!(
        "Sarpasapa (Rahu in the 5th)",
        ["sarpasaapa_yoga_212", "Sarpa Sapa"],
        Arishta,
        "Raman #212",
        Cond::All(&[
            at(g(Rahu), h!(5)),
            Cond::Any(&[aspected(g(Rahu), g(Mars)), house_in(5, MARS_SIGNS)]),
        ])
    ),
    y!(
        "Sarpasapa (5th lord with Rahu)",
        ["sarpasaapa_yoga_213"],
        Arishta,
        "Raman #213",
        Cond::All(&[
            with(lord(5), g(Rahu)),
            at(g(Saturn), h!(5)),
            infl(g(Saturn), g(Moon)),
        ])
    ),
    y!(
        "Sarpasapa (Jupiter with Mars)",
        ["sarpasaapa_yoga_214"],
        Arishta,
        "Raman #214",
        Cond::All(&[
            with(g(Jupiter), g(Mars)),
            at(g(Rahu), h!(1)),
            at(lord(5), DUSTHANA),
        ])
    ),
    y!(
        "Sarpasapa (Rahu in Mars's 5th)",
        ["sarpasaapa_yoga_215"],
        Arishta,
        "Raman #215",
        Cond::All(&[
            house_in(5, MARS_SIGNS),
            at(g(Rahu), h!(5)),
            infl(g(Rahu), g(Mercury)),
        ])
    ),
    y!(
        // The Sun in the 5th, debilitated, or in a navamsa of Saturn, or
        // hemmed in by malefics.
        "Pitru Sapa Sutakshaya",
        ["pithru_saapa_sutakshaya_yoga"],
        Arishta,
        "Raman, Three Hundred Important Combinations (Pitru Sapa)",
        Cond::All(&[
            at(g(Sun), h!(5)),
            Cond::Any(&[
                dig(g(Sun), DEBILITATED),
                Cond::NavamsaIn {
                    who: g(Sun),
                    signs: SATURN_SIGNS,
                },
                Cond::All(&[
                    occ_from(MALEFICS, SUN_, h!(2)),
                    occ_from(MALEFICS, SUN_, h!(12)),
                ]),
            ]),
        ])
    ),
    y!(
        "Matru Sapa Sutakshaya",
        ["maathru_saapa_sutakshaya_yoga"],
        Arishta,
        "Raman, Three Hundred Important Combinations (Matru Sapa)",
        Cond::All(&[
            Cond::LordsRelated {
                a: h!(5),
                b: h!(8),
                how: relation::EXCHANGE,
            },
            at(g(Moon), h!(6)),
            at(lord(4), h!(6)),
        ])
    ),
    y!(
        "Bhratru Sapa Sutakshaya",
        ["bhraathru_saapa_sutakshaya_yoga"],
        Arishta,
        "Raman, Three Hundred Important Combinations (Bhratru Sapa)",
        Cond::All(&[
            at(Who::Lords(h!(1, 5)), h!(8)),
            at(lord(3), h!(5)),
            at(gs!(Mars, Rahu), h!(5)),
        ])
    ),
    y!(
        // The Sun and Saturn in the 5th, the waning Moon in the 7th, Rahu in
        // the lagna, Jupiter in the 12th.
        "Pretha Sapa",
        ["pretha_saapa_yoga"],
        Arishta,
        "Raman, Three Hundred Important Combinations (Pretha Sapa)",
        Cond::All(&[
            at(gs!(Sun, Saturn), h!(5)),
            at(g(Moon), h!(7)),
            Cond::Not(&Cond::Waxing),
            at(g(Rahu), h!(1)),
            at(g(Jupiter), h!(12)),
        ])
    ),
    y!(
        "Bahu Putra (Rahu in the 5th)",
        ["bahu_puthra_yoga_220", "Bahu Putra"],
        Bhava,
        "Raman #220",
        Cond::All(&[
            at(g(Rahu), h!(5)),
            Cond::Not(&Cond::NavamsaIn {
                who: g(Rahu),
                signs: SATURN_SIGNS,
            }),
        ])
    ),
    y!(
        // The navamsa dispositor of the 7th lord in the 1st, 2nd or 5th.
        "Bahu Putra (navamsa dispositor)",
        ["bahu_puthra_yoga_221"],
        Bhava,
        "Raman #221",
        at(Who::NavamsaDispositor(&Who::Lord(7)), h!(1, 2, 5))
    ),
    y!(
        "Dattha Putra (Mars and Saturn in the 5th)",
        ["dattha_puthra_yoga_222", "Datta Putra"],
        Bhava,
        "Raman #222",
        Cond::All(&[
            at(gs!(Mars, Saturn), h!(5)),
            in_signs(lord(1), MERCURY_SIGNS),
            infl(lord(1), g(Mercury)),
        ])
    ),
    y!(
        "Dattha Putra (7th lord in the 11th)",
        ["dattha_puthra_yoga_223"],
        Bhava,
        "Raman #223",
        Cond::All(&[
            at(lord(7), h!(11)),
            with(lord(5), BENEFICS),
            occ(gs!(Mars, Saturn), h!(5)),
        ])
    ),
    y!(
        "Aputra",
        ["aputhra_yoga"],
        Bhava,
        "Raman #224",
        at(lord(5), DUSTHANA)
    ),
    y!(
        "Eka Putra",
        ["eka_puthra_yoga"],
        Bhava,
        "Raman #225",
        at(lord(5), KENDRA_TRIKONA)
    ),
    y!(
        // Jupiter lord of the 5th (Leo or Scorpio lagna), the Sun in its own,
        // exaltation or a friend's sign.
        "Suputra",
        ["suputhra_yoga"],
        Bhava,
        "Raman #226",
        Cond::All(&[is(lord(5), g(Jupiter)), dig(g(Sun), FRIENDLY)])
    ),
    y!(
        "Kalanirdesat Putra (Jupiter in the 5th)",
        ["kaalanirdesat_puthra_yoga_227"],
        Bhava,
        "Raman #227",
        Cond::All(&[at(g(Jupiter), h!(5)), with(lord(5), g(Venus))])
    ),
    y!(
        "Kalanirdesat Putra (Jupiter in the 9th)",
        ["kaalanirdesat_puthra_yoga_228"],
        Bhava,
        "Raman #228",
        Cond::All(&[
            at(g(Jupiter), h!(9)),
            at_from(g(Venus), Ref::Graha(Jupiter), h!(9)),
            with(g(Venus), lord(1)),
        ])
    ),
    y!(
        "Kalanirdesat Putranasa (Rahu in the 5th)",
        ["kaalanirdesat_puthranaasa_yoga_229"],
        Arishta,
        "Raman #229",
        Cond::All(&[
            at(g(Rahu), h!(5)),
            with(lord(5), MALEFICS),
            dig(g(Jupiter), DEBILITATED),
        ])
    ),
    y!(
        // Malefics in or aspecting the 5th from Jupiter and the 5th from the
        // lagna.
        "Kalanirdesat Putranasa (malefics on the 5ths)",
        ["kaalanirdesat_puthranaasa_yoga_230"],
        Arishta,
        "Raman #230",
        Cond::All(&[
            Cond::Any(&[
                occ_from(MALEFICS, Ref::Graha(Jupiter), h!(5)),
                Cond::AspectsHouse {
                    who: MALEFICS,
                    from: Ref::Graha(Jupiter),
                    houses: h!(5),
                },
            ]),
            Cond::Any(&[occ(MALEFICS, h!(5)), aspects(MALEFICS, h!(5))]),
        ])
    ),
    y!(
        "Buddhimaturya",
        ["buddhimaturya_yoga"],
        Bhava,
        "Raman #231",
        Cond::All(&[
            is(lord(5), BENEFICS),
            Cond::Any(&[
                aspected(lord(5), BENEFICS),
                in_signs(lord(5), BENEFIC_SIGNS)
            ]),
        ])
    ),
    y!(
        // A benefic 5th lord in the navamsa lagna's sign; the navamsa lagna
        // lord a benefic or aspected by one.
        "Theevrabuddhi",
        ["theevrabuddhi_yoga", "Tivra Buddhi"],
        Bhava,
        "Raman #232",
        Cond::All(&[
            is(lord(5), BENEFICS),
            Cond::InNavamsaLagna(lord(5)),
            Cond::Any(&[
                is(Who::NavamsaLagnaLord, BENEFICS),
                aspected(Who::NavamsaLagnaLord, BENEFICS),
            ]),
        ])
    ),
    y!(
        "Buddhi Jada",
        ["buddhi_jada_yoga"],
        Bhava,
        "Raman #233",
        Cond::Any(&[
            Cond::All(&[
                infl(lord(1), MALEFICS),
                at(g(Saturn), h!(5)),
                aspected(lord(1), g(Saturn)),
            ]),
            Cond::All(&[
                with(lord(5), MALEFICS),
                Cond::Any(&[aspected(lord(5), g(Saturn)), at(g(Moon), h!(5))]),
            ]),
        ])
    ),
    // ── Spouse, fortune and fame (Raman #236–244).
    y!(
        "Jara",
        ["jara_yoga"],
        Bhava,
        "Raman #236",
        at(Who::Lords(h!(2, 7, 10)), h!(10))
    ),
    y!(
        "Jarajaputra",
        ["jarajaputra_yoga"],
        Bhava,
        "Raman #237",
        Cond::All(&[
            strong(Who::Lords(h!(5, 7))),
            with(lord(5), lord(6)),
            with(lord(7), lord(6)),
            aspected(lord(6), BENEFICS),
        ])
    ),
    y!(
        "Bahu Stree",
        ["bahu_sthree_yoga", "Bahu Sthree"],
        Bhava,
        "Raman #238",
        Cond::LordsRelated {
            a: h!(1),
            b: h!(7),
            how: relation::CONJUNCTION | relation::MUTUAL_ASPECT,
        }
    ),
    y!(
        "Satkalatra",
        ["satkalatra_yoga"],
        Bhava,
        "Raman #239",
        Cond::Any(&[
            infl(lord(7), gs!(Jupiter, Mercury)),
            infl(g(Venus), gs!(Jupiter, Mercury)),
        ])
    ),
    y!(
        // Raman #240: the 7th lord in the 4th with Venus; or the lagna lord
        // debilitated in the rasi or in the navamsa. (The second
        // combination was missing.)
        "Bhaga Chumbana",
        ["bhaga_chumbana_yoga"],
        Bhava,
        "Raman #240",
        Cond::Any(&[
            Cond::All(&[at(lord(7), h!(4)), with(lord(7), g(Venus))]),
            dig(lord(1), DEBILITATED),
            LAGNA_LORD_DEBILITATED_NAVAMSA,
        ])
    ),
    y!(
        // A strong benefic in the 1st, 3rd or 5th aspecting the 9th.
        "Bhagya",
        ["bhaagya_yoga", "Bhaagya"],
        Bhava,
        "Raman #241",
        aspects(
            Who::Both(
                &Who::Both(&BENEFICS, &Who::Strong),
                &Who::Placed(h!(1, 3, 5)),
            ),
            h!(9),
        )
    ),
    y!(
        "Jananatpurvam Pitru Marana",
        ["jananatpurvam_pitru_marana_yoga"],
        Arishta,
        "Raman #242",
        Cond::All(&[
            at(g(Sun), DUSTHANA),
            at(lord(8), h!(9)),
            at(lord(12), h!(1)),
            at(lord(6), h!(5)),
        ])
    ),
    y!(
        "Dhatrutwa",
        ["dhatrutwa_yoga"],
        Bhava,
        "Raman #243",
        Cond::All(&[
            dig(lord(9), EXALTED),
            aspected(lord(9), BENEFICS),
            occ(BENEFICS, h!(9)),
        ])
    ),
    y!(
        // The Sun and Saturn in the 10th, aspected by malefics or in navamsas
        // of malefics.
        "Apakeerthi",
        ["apakeerthi_yoga"],
        Arishta,
        "Raman #244",
        Cond::All(&[
            at(gs!(Sun, Saturn), h!(10)),
            Cond::Any(&[
                aspected(gs!(Sun, Saturn), MALEFICS),
                Cond::NavamsaIn {
                    who: gs!(Sun, Saturn),
                    signs: MALEFIC_SIGNS,
                },
            ]),
        ])
    ),
    // ── Disease and affliction (Raman #265–299).
    y!(
        "Vrana",
        ["vrana_yoga"],
        Arishta,
        "Raman #265",
        Cond::All(&[is(lord(6), MALEFICS), at(lord(6), h!(1, 8, 10))])
    ),
    y!(
        "Sisnavyadhi",
        ["sisnavyadhi_yoga"],
        Arishta,
        "Raman #266",
        Cond::All(&[
            at(g(Mercury), h!(1)),
            with(g(Mercury), lord(6)),
            with(g(Mercury), lord(8)),
        ])
    ),
    y!(
        "Kushtaroga (lagna lord with Mars and Mercury)",
        ["kushtaroga_yoga_268", "Kushtaroga"],
        Arishta,
        "Raman #268",
        Cond::All(&[
            at(lord(1), h!(4, 12)),
            with(lord(1), g(Mars)),
            with(lord(1), g(Mercury)),
        ])
    ),
    y!(
        "Kushtaroga (Jupiter, Saturn, Moon in the 6th)",
        ["kushtaroga_yoga_269"],
        Arishta,
        "Raman #269",
        at(gs!(Jupiter, Saturn, Moon), h!(6))
    ),
    y!(
        "Bandhana",
        ["bhandhana_yoga"],
        Arishta,
        "Raman #271",
        Cond::All(&[
            with(lord(1), lord(6)),
            at(lord(1), KENDRA_TRIKONA),
            with(lord(1), gs!(Saturn, Rahu, Ketu)),
        ])
    ),
    y!(
        "Karascheda",
        ["karascheda_yoga"],
        Arishta,
        "Raman #272",
        Cond::Any(&[
            Cond::All(&[at(g(Saturn), h!(9)), at(g(Jupiter), h!(3))]),
            Cond::All(&[at(g(Saturn), h!(3)), at(g(Jupiter), h!(9))]),
        ])
    ),
    y!(
        // The Moon, aspected by the lagna lord, in a dusthana with Saturn or
        // Rahu (the Mandi alternative is left out).
        "Durmarana",
        ["dhurmarana_yoga"],
        Arishta,
        "Raman #274",
        Cond::All(&[
            at(g(Moon), DUSTHANA),
            aspected(g(Moon), lord(1)),
            with(g(Moon), gs!(Saturn, Rahu)),
        ])
    ),
    y!(
        "Pittharoga",
        ["pittharoga_yoga"],
        Arishta,
        "Raman #279",
        Cond::All(&[
            at(g(Sun), h!(6)),
            with(g(Sun), MALEFICS),
            aspected(g(Sun), MALEFICS),
        ])
    ),
    y!(
        "Putrakalatraheena",
        ["putrakalatraheena_yoga"],
        Arishta,
        "Raman #281",
        Cond::All(&[
            Cond::Not(&Cond::Waxing),
            at(g(Moon), h!(5)),
            each_from(MALEFICS, L, h!(1, 7, 12)),
        ])
    ),
    y!(
        // Venus, Saturn and Mars with the Moon in the 7th; or the 7th lord
        // with Venus aspected by Saturn, the 7th aspected by Saturn and Mars.
        "Bharyasahavyabhichara",
        ["bharyasahavyabhichara_yoga"],
        Arishta,
        "Raman #282",
        Cond::Any(&[
            at(gs!(Moon, Mars, Venus, Saturn), h!(7)),
            Cond::All(&[
                with(lord(7), g(Venus)),
                aspected(lord(7), g(Saturn)),
                aspects(g(Saturn), h!(7)),
                aspects(g(Mars), h!(7)),
            ]),
        ])
    ),
    y!(
        "Vamsacheda",
        ["vamsacheda_yoga"],
        Arishta,
        "Raman #283",
        Cond::Any(&[
            Cond::All(&[
                at(g(Moon), h!(10)),
                at(g(Venus), h!(7)),
                occ(MALEFICS, h!(4)),
            ]),
            Cond::All(&[
                at(gs!(Moon, Venus), h!(7)),
                occ(MALEFICS, h!(4)),
                occ(MALEFICS, h!(10)),
            ]),
        ])
    ),
    y!(
        "Guhyaroga",
        ["guhyaroga_yoga"],
        Arishta,
        "Raman #284",
        Cond::All(&[
            with(g(Moon), MALEFICS),
            Cond::NavamsaIn {
                who: g(Moon),
                signs: signs(&[Rashi::Cancer, Rashi::Scorpio]),
            },
        ])
    ),
    y!(
        "Angaheena",
        ["angaheena_yoga"],
        Arishta,
        "Raman #285",
        Cond::All(&[
            at_from(g(Moon), SUN_, h!(10)),
            at_from(g(Mars), SUN_, h!(7)),
            at_from(g(Saturn), SUN_, h!(2)),
        ])
    ),
    y!(
        "Swetakushta",
        ["swetakushta_yoga"],
        Arishta,
        "Raman #286",
        Cond::All(&[
            at(gs!(Mars, Saturn), h!(2, 12)),
            Cond::SignCount {
                who: gs!(Mars, Saturn),
                count: 2,
            },
            at(g(Moon), h!(1)),
            at(g(Sun), h!(7)),
        ])
    ),
    y!(
        "Pisacha Grastha",
        ["pisacha_grastha_yoga"],
        Arishta,
        "Raman #287",
        Cond::All(&[at(gs!(Rahu, Moon), h!(1)), occ(MALEFICS, h!(5, 9))])
    ),
    y!(
        "Andha (Rahu and Sun in the lagna)",
        ["andha_yoga_288"],
        Arishta,
        "Raman #288",
        Cond::All(&[at(gs!(Rahu, Sun), h!(1)), occ(MALEFICS, h!(5, 9))])
    ),
    y!(
        "Andha (Mars, Moon, Saturn, Sun in 2, 6, 12, 8)",
        ["andha_yoga_289"],
        Arishta,
        "Raman #289",
        Cond::All(&[
            at(g(Mars), h!(2)),
            at(g(Moon), h!(6)),
            at(g(Saturn), h!(12)),
            at(g(Sun), h!(8)),
        ])
    ),
    y!(
        "Vatharoga",
        ["vaatharoga_yoga"],
        Arishta,
        "Raman #290",
        Cond::All(&[at(g(Jupiter), h!(1)), at(g(Saturn), h!(7))])
    ),
    y!(
        "Mathibhramana (Jupiter and Mars)",
        ["mathibhramana_yoga_291", "Mathibhramana"],
        Arishta,
        "Raman #291",
        Cond::All(&[at(g(Jupiter), h!(1)), at(g(Mars), h!(7))])
    ),
    y!(
        "Mathibhramana (Saturn in the lagna)",
        ["mathibhramana_yoga_292"],
        Arishta,
        "Raman #292",
        Cond::All(&[at(g(Saturn), h!(1)), at(g(Mars), h!(5, 7, 9))])
    ),
    y!(
        "Mathibhramana (Saturn with the waning Moon)",
        ["mathibhramana_yoga_293"],
        Arishta,
        "Raman #293",
        Cond::All(&[
            at(g(Saturn), h!(12)),
            with(g(Saturn), g(Moon)),
            Cond::Not(&Cond::Waxing),
        ])
    ),
    y!(
        // Raman #294: "the Moon and Mercury should be in a kendra, aspected
        // by or conjoined with any other planet": both in kendras, each
        // joined or aspected by a graha other than the two. (It let the
        // Moon and Mercury conjoined with each other suffice.)
        "Mathibhramana (Moon and Mercury in a kendra)",
        ["mathibhramana_yoga_294"],
        Arishta,
        "Raman #294",
        Cond::All(&[
            at(gs!(Moon, Mercury), KENDRA),
            infl(g(Moon), Who::Except(&ANY_GRAHA, &gs!(Moon, Mercury))),
            infl(g(Mercury), Who::Except(&ANY_GRAHA, &gs!(Moon, Mercury))),
        ])
    ),
    y!(
        // A malefic's sign, Sagittarius or Taurus rising, aspected by a
        // malefic.
        "Khalwata",
        ["khalwata_yoga"],
        Arishta,
        "Raman #295",
        Cond::All(&[
            house_in(
                1,
                MALEFIC_SIGNS | signs(&[Rashi::Sagittarius, Rashi::Taurus]),
            ),
            aspects(MALEFICS, h!(1)),
        ])
    ),
    y!(
        "Nishturabhashi",
        ["nishturabhashi_yoga"],
        Arishta,
        "Raman #296",
        Cond::All(&[
            with(g(Moon), g(Saturn)),
            Cond::Not(&aspected(g(Moon), g(Jupiter))),
        ])
    ),
    y!(
        "Raja Bhanga (Leo lagna)",
        ["raja_bhanga_yoga_298", "Raja Bhanga"],
        Arishta,
        "Raman #298",
        Cond::All(&[
            house_in(1, signs(&[Rashi::Leo])),
            dig(g(Saturn), EXALTED),
            Cond::Any(&[
                Cond::NavamsaIn {
                    who: g(Saturn),
                    signs: signs(&[Rashi::Aries]),
                },
                aspected(g(Saturn), BENEFICS),
            ]),
        ])
    ),
    y!(
        // The Sun at its deepest debilitation, the 10th degree of Libra.
        "Raja Bhanga (Sun in deep debilitation)",
        ["raja_bhanga_yoga_299"],
        Arishta,
        "Raman #299",
        Cond::DeepDebilitated(g(Sun))
    ),
];
