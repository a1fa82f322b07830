//! Named yogas of BPHS ch. 36 ("various yogas"), Phaladeepika ch. 6 and the
//! first part of B. V. Raman's *Three Hundred Important Combinations*, with
//! the Malika yogas and the cancellations of Kemadruma.
//!
//! "Benefics" here are this chart's benefics ([`Who::Benefics`]: Jupiter,
//! Venus, the waxing Moon, unafflicted Mercury) unless a rule names the
//! grahas; "planets" occupying houses are the seven Sun … Saturn
//! (BPHS 35.1). "Strong" is [`Cond::Strong`]: the simple criteria of
//! dignity, house and combustion, until a strength module exists.

use super::*;

/// Seven grahas in the seven houses from house `$n` (Phaladeepika 6,
/// Malika yogas).
macro_rules! malika {
    ($name:literal, $key:literal, $a:expr, $b:expr, $c:expr, $d:expr, $e:expr, $f:expr, $g:expr) => {
        y!(
            $name,
            [$key],
            Named,
            "Phaladeepika ch. 6 (Malika yogas)",
            akriti_each!($a, $b, $c, $d, $e, $f, $g)
        )
    };
}

/// Graha `$x` in the 5th from the lagna, the Moon or the Sun (Kulavardhana).
macro_rules! fifth_from_any {
    ($x:ident) => {
        Cond::Any(&[
            at(g($x), h!(5)),
            at_from(g($x), MOON_, h!(5)),
            at_from(g($x), SUN_, h!(5)),
        ])
    };
}

/// No tara graha in the 2nd or 12th from the Moon nor with it: the
/// Kemadruma condition the cancellations below start from (BPHS 37.3).
const KEMA_BASE: Cond = none_from(TARA, MOON_, h!(1, 2, 12));

/// Named yogas (BPHS ch. 36, Phaladeepika ch. 6).
pub(super) const NAMED: &[Yoga] = &[
    // ── BPHS ch. 36: Subha and Asubha.
    y!(
        // Benefics in the lagna, or hemming it in (2nd and 12th).
        "Subha",
        ["subha_yoga", "Shubha"],
        Named,
        "BPHS ch. 36 (Subha)",
        Cond::Any(&[
            occ(BENEFICS, h!(1)),
            Cond::All(&[occ(BENEFICS, h!(2)), occ(BENEFICS, h!(12))]),
        ])
    ),
    y!(
        "Asubha",
        ["asubha_yoga", "Ashubha"],
        Named,
        "BPHS ch. 36 (Asubha)",
        Cond::Any(&[
            occ(MALEFICS, h!(1)),
            Cond::All(&[occ(MALEFICS, h!(2)), occ(MALEFICS, h!(12))]),
        ])
    ),
    y!(
        // Hemming only: benefics in the 2nd and the 12th from the lagna.
        "Shubha Kartari",
        ["Subha Kartari"],
        Named,
        "BPHS ch. 36 (kartari); Phaladeepika ch. 6",
        Cond::All(&[occ(BENEFICS, h!(2)), occ(BENEFICS, h!(12))])
    ),
    y!(
        "Papa Kartari",
        ["Paapa Kartari"],
        Named,
        "BPHS ch. 36 (kartari); Phaladeepika ch. 6",
        Cond::All(&[occ(MALEFICS, h!(2)), occ(MALEFICS, h!(12))])
    ),
    y!(
        // Jupiter and Mars together or in the 7th from each other.
        "Guru-Mangala",
        ["guru_mangala_yoga", "Guru Mangala"],
        Named,
        "Traditional (as PyJHora lists it); no classical verse located",
        apart(g(Jupiter), g(Mars), h!(1, 7))
    ),
    // ── BPHS ch. 36; Phaladeepika ch. 6.
    y!(
        // Benefics in the kendras and no malefic there; the 6th and 8th
        // empty or holding only benefics.
        "Parvata",
        ["parvata_yoga"],
        Named,
        "BPHS ch. 36 (Parvata); Phaladeepika ch. 6; Raman #14",
        Cond::All(&[
            occ(BENEFICS, KENDRA),
            none_from(MALEFICS, L, KENDRA),
            none_from(MALEFICS, L, h!(6, 8)),
        ])
    ),
    y!(
        // Lords of the 4th and 9th in mutual kendras, the lagna lord strong.
        "Kahala",
        ["kahala_yoga"],
        Named,
        "Phaladeepika ch. 6 (Kahala); Raman #15",
        Cond::All(&[apart(lord(4), lord(9), KENDRA), strong(lord(1))])
    ),
    y!(
        // The 4th lord and Jupiter in mutual kendras with a strong lagna
        // lord; or the 4th lord in its own or exaltation sign with the 10th
        // lord.
        "Kahala (BPHS)",
        ["kaahala_yoga", "Kaahala"],
        Named,
        "BPHS ch. 36 (Kahala)",
        Cond::Any(&[
            Cond::All(&[apart(lord(4), g(Jupiter), KENDRA), strong(lord(1))]),
            Cond::All(&[dig(lord(4), DIGNIFIED), with(lord(4), lord(10))]),
        ])
    ),
    y!(
        // Strong lagna lord with the 5th and 6th lords in mutual kendras; or
        // the lagna and 10th lords together in a movable sign with a strong
        // 9th lord.
        "Shankha",
        ["sankha_yoga", "Sankha"],
        Named,
        "BPHS ch. 36 (Sankha)",
        Cond::Any(&[
            Cond::All(&[strong(lord(1)), apart(lord(5), lord(6), KENDRA)]),
            Cond::All(&[
                with(lord(1), lord(10)),
                in_signs(lord(1), MOVABLE),
                strong(lord(9)),
            ]),
        ])
    ),
    y!(
        // Strong 9th lord and planets in the 1st, 2nd, 7th and 12th; or a
        // strong 9th lord with Venus and the lagna lord in kendras from
        // Jupiter.
        "Bheri",
        ["bheri_yoga"],
        Named,
        "BPHS ch. 36 (Bheri)",
        Cond::All(&[
            strong(lord(9)),
            Cond::Any(&[
                each_from(SEVEN, L, h!(1, 2, 7, 12)),
                Cond::All(&[
                    at_from(g(Venus), Ref::Graha(Jupiter), KENDRA),
                    at_from(lord(1), Ref::Graha(Jupiter), KENDRA),
                ]),
            ]),
        ])
    ),
    y!(
        // At least two grahas in their own or exaltation signs in kendras
        // or trikonas, and the lagna lord strong.
        "Mridanga",
        ["mridanga_yoga"],
        Named,
        "BPHS ch. 36 (Mridanga)",
        Cond::All(&[
            Cond::Count {
                who: Who::Dignified(DIGNIFIED),
                from: L,
                houses: KENDRA_TRIKONA,
                min: 2,
                max: 9,
            },
            strong(lord(1)),
        ])
    ),
    y!(
        // The 7th lord exalted in the 10th, the 10th lord with the 9th lord.
        "Srinatha",
        ["sreenaatha_yoga", "sreenatha_yoga", "Sreenatha"],
        Named,
        "BPHS ch. 36 (Srinatha)",
        Cond::All(&[
            at(lord(7), h!(10)),
            dig(lord(7), EXALTED),
            with(lord(10), lord(9)),
        ])
    ),
    y!(
        // The 10th lord in the 5th, Mercury in a kendra, the Sun strong in
        // Leo, Mercury or Jupiter in a trikona from the Moon, Mars in the
        // 11th.
        "Sharada",
        ["saarada_yoga", "Sarada"],
        Named,
        "BPHS ch. 36 (Sarada)",
        Cond::All(&[
            at(lord(10), h!(5)),
            at(g(Mercury), KENDRA),
            in_signs(g(Sun), signs(&[Rashi::Leo])),
            strong(g(Sun)),
            occ_from(gs!(Mercury, Jupiter), MOON_, TRIKONA),
            at(g(Mars), h!(11)),
        ])
    ),
    y!(
        // Benefics in the lagna and the 9th, a planet in the 5th, malefics in
        // the 4th and 8th.
        "Matsya",
        ["matsya_yoga"],
        Named,
        "BPHS ch. 36 (Matsya)",
        Cond::All(&[
            occ(BENEFICS, h!(1)),
            occ(BENEFICS, h!(9)),
            occ(SEVEN, h!(5)),
            occ(MALEFICS, h!(4)),
            occ(MALEFICS, h!(8)),
        ])
    ),
    y!(
        // Benefics in friendly or better signs in each of the 5th, 6th, 7th;
        // malefics in own or exaltation signs in each of the 1st, 3rd, 11th.
        "Kurma",
        ["koorma_yoga", "Koorma"],
        Named,
        "BPHS ch. 36 (Kurma)",
        Cond::All(&[
            each_from(
                Who::Both(&BENEFICS, &Who::Dignified(FRIENDLY)),
                L,
                h!(5, 6, 7),
            ),
            each_from(
                Who::Both(&MALEFICS, &Who::Dignified(DIGNIFIED)),
                L,
                h!(1, 3, 11),
            ),
        ])
    ),
    y!(
        // Exchange of the 2nd and 9th lords, the lagna lord in a kendra or
        // trikona.
        "Khadga",
        ["khadga_yoga"],
        Named,
        "BPHS ch. 36 (Khadga)",
        Cond::All(&[
            Cond::LordsRelated {
                a: h!(2),
                b: h!(9),
                how: relation::EXCHANGE,
            },
            at(lord(1), KENDRA_TRIKONA),
        ])
    ),
    y!(
        // The 9th lord in its own or exaltation sign in a kendra, the lagna
        // lord strong.
        "Lakshmi",
        ["lakshmi_yoga"],
        Named,
        "BPHS ch. 36 (Lakshmi); Phaladeepika ch. 6",
        Cond::All(&[
            dig(lord(9), DIGNIFIED),
            at(lord(9), KENDRA),
            strong(lord(1)),
        ])
    ),
    y!(
        // A fixed lagna, Venus in a kendra, the Moon in a trikona with a
        // benefic, Saturn in the 10th.
        "Kusuma",
        ["kusuma_yoga"],
        Named,
        "BPHS ch. 36 (Kusuma)",
        Cond::All(&[
            house_in(1, FIXED),
            at(g(Venus), KENDRA),
            at(g(Moon), TRIKONA),
            with(g(Moon), BENEFICS),
            at(g(Saturn), h!(10)),
        ])
    ),
    y!(
        // Jupiter in the 2nd or 5th, joined or aspected by both Mercury and
        // Venus. (Phaladeepika's reading, Jupiter in a sign of Mercury or
        // Venus, is narrower; PyJHora's `kalanidhi_yoga` takes it.)
        "Kalanidhi",
        ["kalaanidhi_yoga", "kalanidhi_yoga", "Kalaanidhi"],
        Named,
        "BPHS ch. 36 (Kalanidhi)",
        Cond::All(&[
            at(g(Jupiter), h!(2, 5)),
            infl(g(Jupiter), g(Mercury)),
            infl(g(Jupiter), g(Venus)),
        ])
    ),
    y!(
        // The lagna lord, its dispositor, that one's dispositor and its
        // navamsa dispositor each in a kendra or trikona or exalted.
        "Kalpadruma",
        ["kalpadruma_yoga", "Parijata (Kalpadruma)"],
        Named,
        "BPHS ch. 36 (Kalpadruma)",
        Cond::All(&[
            Cond::Any(&[at(lord(1), KENDRA_TRIKONA), dig(lord(1), EXALTED)]),
            Cond::Any(&[
                at(Who::Dispositor(&Who::Lord(1)), KENDRA_TRIKONA),
                dig(Who::Dispositor(&Who::Lord(1)), EXALTED),
            ]),
            Cond::Any(&[
                at(
                    Who::Dispositor(&Who::Dispositor(&Who::Lord(1))),
                    KENDRA_TRIKONA,
                ),
                dig(Who::Dispositor(&Who::Dispositor(&Who::Lord(1))), EXALTED,),
            ]),
            Cond::Any(&[
                at(
                    Who::NavamsaDispositor(&Who::Dispositor(&Who::Lord(1))),
                    KENDRA_TRIKONA,
                ),
                dig(
                    Who::NavamsaDispositor(&Who::Dispositor(&Who::Lord(1))),
                    EXALTED,
                ),
            ]),
        ])
    ),
    y!(
        // Benefics in the 7th and 8th from the lagna, none conjoined or
        // aspected by a malefic.
        "Lagnadhi",
        ["lagnaadhi_yoga", "Lagna Adhi"],
        Named,
        "Phaladeepika ch. 6 (Lagnadhi)",
        Cond::All(&[
            each_from(BENEFICS, L, h!(7, 8)),
            none_from(MALEFICS, L, h!(7, 8)),
            Cond::Not(&aspects(MALEFICS, h!(7, 8))),
        ])
    ),
    y!(
        // "Benefics in the 2nd, 12th and 8th from the 2nd lord": every
        // benefic of the chart in one of those houses, read as Adhi's
        // "benefics in the 6th, 7th and 8th" (not one in each house).
        "Hari",
        ["hari_yoga"],
        Named,
        "BPHS ch. 36 (Hari)",
        at_from(BENEFICS, Ref::Of(&Who::Lord(2)), h!(2, 8, 12))
    ),
    y!(
        // "Benefics in the 4th, 9th and 8th from the 7th lord": every
        // benefic in one of those houses (as Hari).
        "Hara",
        ["hara_yoga"],
        Named,
        "BPHS ch. 36 (Hara)",
        at_from(BENEFICS, Ref::Of(&Who::Lord(7)), h!(4, 8, 9))
    ),
    y!(
        // Every benefic in the 4th, 10th or 11th from the lagna lord (as
        // Hari: not one in each house); or Jupiter
        // in a kendra from the 9th lord, Venus from the 11th lord, Mercury
        // from the lagna or 10th lord.
        "Brahma",
        ["brahma_yoga"],
        Named,
        "BPHS ch. 36 (Brahma)",
        Cond::Any(&[
            at_from(BENEFICS, Ref::Of(&Who::Lord(1)), h!(4, 10, 11)),
            Cond::All(&[
                at_from(g(Jupiter), Ref::Of(&Who::Lord(9)), KENDRA),
                at_from(g(Venus), Ref::Of(&Who::Lord(11)), KENDRA),
                Cond::Any(&[
                    at_from(g(Mercury), Ref::Of(&Who::Lord(1)), KENDRA),
                    at_from(g(Mercury), Ref::Of(&Who::Lord(10)), KENDRA),
                ]),
            ]),
        ])
    ),
    y!(
        // Raman #51: benefics in the 8th or 12th from the 2nd lord; or
        // Jupiter, the Moon and Mercury in the 4th, 9th and 8th from the
        // 7th lord; or the Sun, Venus and Mars in the 4th, 10th and 11th
        // from the lagna lord. "X, Y and Z in the 4th, 9th and 8th" is read
        // as Adhi's "in the 6th, 7th and 8th": each of them in one of those
        // houses. (It was the benefics in the 2nd, 8th and 12th from the 9th
        // lord, which is not Raman's rule.)
        "Harihara Brahma",
        ["harihara_brahma_yoga"],
        Named,
        "Raman #51",
        Cond::Any(&[
            at_from(BENEFICS, Ref::Of(&Who::Lord(2)), h!(8, 12)),
            at_from(
                gs!(Jupiter, Moon, Mercury),
                Ref::Of(&Who::Lord(7)),
                h!(4, 8, 9)
            ),
            at_from(gs!(Sun, Venus, Mars), Ref::Of(&Who::Lord(1)), h!(4, 10, 11)),
        ])
    ),
    y!(
        // The 9th and 10th lords in the 2nd, with the navamsa dispositor of
        // the 9th lord.
        "Vishnu",
        ["vishnu_yoga"],
        Named,
        "BPHS ch. 36 (Vishnu)",
        Cond::All(&[
            at(lord(9), h!(2)),
            at(lord(10), h!(2)),
            at(Who::NavamsaDispositor(&Who::Lord(9)), h!(2)),
        ])
    ),
    y!(
        "Shiva",
        ["siva_yoga", "Siva"],
        Named,
        "BPHS ch. 36 (Siva)",
        Cond::All(&[at(lord(5), h!(9)), at(lord(9), h!(10)), at(lord(10), h!(5))])
    ),
    y!(
        // Sun, Moon and Mars in three signs in trine to one another.
        "Trilochana",
        ["trilochana_yoga"],
        Named,
        "BPHS ch. 36 (Trilochana)",
        Cond::All(&[
            at_from(gs!(Moon, Mars), SUN_, TRIKONA),
            Cond::SignCount {
                who: gs!(Sun, Moon, Mars),
                count: 3,
            },
        ])
    ),
    y!(
        // The navamsa dispositor of the 10th lord exalted in the 10th, with
        // the lagna lord.
        "Gauri",
        ["gouri_yoga", "Gouri"],
        Named,
        "BPHS ch. 36 (Gauri)",
        Cond::All(&[
            at(Who::NavamsaDispositor(&Who::Lord(10)), h!(10)),
            dig(Who::NavamsaDispositor(&Who::Lord(10)), EXALTED),
            at(lord(1), h!(10)),
        ])
    ),
    y!(
        // A fixed lagna aspected by the 6th lord; the Sun with the navamsa
        // dispositors of the 6th and 9th lords.
        "Chandika",
        ["chandikaa_yoga", "Chandikaa"],
        Named,
        "BPHS ch. 36 (Chandika)",
        Cond::All(&[
            house_in(1, FIXED),
            aspects(lord(6), h!(1)),
            with(g(Sun), Who::NavamsaDispositor(&Who::Lord(6))),
            with(g(Sun), Who::NavamsaDispositor(&Who::Lord(9))),
        ])
    ),
    y!(
        // The navamsa dispositor of the 2nd, 5th or 11th lord exalted and
        // with the 9th lord.
        "Bharati",
        ["bhaarathi_yoga", "Bharathi"],
        Named,
        "BPHS ch. 36 (Bharati)",
        Cond::Any(&[
            Cond::All(&[
                dig(Who::NavamsaDispositor(&Who::Lord(2)), EXALTED),
                with(Who::NavamsaDispositor(&Who::Lord(2)), lord(9)),
            ]),
            Cond::All(&[
                dig(Who::NavamsaDispositor(&Who::Lord(5)), EXALTED),
                with(Who::NavamsaDispositor(&Who::Lord(5)), lord(9)),
            ]),
            Cond::All(&[
                dig(Who::NavamsaDispositor(&Who::Lord(11)), EXALTED),
                with(Who::NavamsaDispositor(&Who::Lord(11)), lord(9)),
            ]),
        ])
    ),
    y!(
        // Jupiter, Venus and an exalted Saturn in kendras.
        "Amshavatara",
        ["amsaavatara_yoga", "Amsavatara"],
        Named,
        "BPHS ch. 36 (Amsavatara)",
        Cond::All(&[
            at(gs!(Jupiter, Venus, Saturn), KENDRA),
            dig(g(Saturn), EXALTED),
        ])
    ),
    y!(
        // A fixed lagna; the 2nd and 10th lords exchanged, and the lagna and
        // 11th lords exchanged.
        "Devendra",
        ["devendra_yoga"],
        Named,
        "Phaladeepika ch. 6 (Devendra)",
        Cond::All(&[
            house_in(1, FIXED),
            Cond::LordsRelated {
                a: h!(2),
                b: h!(10),
                how: relation::EXCHANGE,
            },
            Cond::LordsRelated {
                a: h!(1),
                b: h!(11),
                how: relation::EXCHANGE,
            },
        ])
    ),
    y!(
        "Indra",
        ["indra_yoga"],
        Named,
        "Phaladeepika ch. 6 (Indra)",
        Cond::All(&[
            Cond::LordsRelated {
                a: h!(5),
                b: h!(11),
                how: relation::EXCHANGE,
            },
            at(g(Moon), h!(5)),
        ])
    ),
    y!(
        // The Sun in the 10th, the 10th lord in the 3rd with Saturn.
        "Ravi",
        ["ravi_yoga"],
        Named,
        "Phaladeepika ch. 6 (Ravi)",
        Cond::All(&[
            at(g(Sun), h!(10)),
            at(lord(10), h!(3)),
            with(lord(10), g(Saturn)),
        ])
    ),
    y!(
        // The Moon 12th and Mercury 2nd from the Sun, Jupiter 5th or 9th from
        // the Moon.
        "Bhaskara",
        ["bhaaskara_yoga", "Bhaaskara"],
        Named,
        "Phaladeepika ch. 6 (Bhaskara)",
        Cond::All(&[
            at_from(g(Moon), SUN_, h!(12)),
            at_from(g(Mercury), SUN_, h!(2)),
            at_from(g(Jupiter), MOON_, h!(5, 9)),
        ])
    ),
    y!(
        // Each of the seven in the 5th from the lagna, the Moon or the Sun.
        "Kulavardhana",
        ["kulavardhana_yoga"],
        Named,
        "Phaladeepika ch. 6 (Kulavardhana)",
        Cond::All(&[
            fifth_from_any!(Sun),
            fifth_from_any!(Moon),
            fifth_from_any!(Mars),
            fifth_from_any!(Mercury),
            fifth_from_any!(Jupiter),
            fifth_from_any!(Venus),
            fifth_from_any!(Saturn),
        ])
    ),
    y!(
        // Mercury, Jupiter and Venus all in upachayas (3, 6, 10, 11) from the
        // lagna or from the Moon.
        "Vasumati",
        ["vasumathi_yoga", "Vasumathi"],
        Chandra,
        "BPHS ch. 37; Phaladeepika ch. 6; Raman #9",
        Cond::Any(&[at(BENEFIC, UPACHAYA), at_from(BENEFIC, MOON_, UPACHAYA),])
    ),
    y!(
        // The 10th lord in a trikona from the 7th (3rd, 7th, 11th), the lagna
        // lord joined or aspected by Jupiter, the Sun exalted and strong, the
        // Moon in the 9th.
        "Gandharva",
        ["gandharva_yoga"],
        Named,
        "Phaladeepika ch. 6 (Gandharva)",
        Cond::All(&[
            at(lord(10), h!(3, 7, 11)),
            infl(lord(1), g(Jupiter)),
            dig(g(Sun), EXALTED),
            strong(g(Sun)),
            at(g(Moon), h!(9)),
        ])
    ),
    y!(
        // Jupiter strong in its moolatrikona with the 2nd lord, the lagna
        // lord exalted.
        "Go",
        ["go_yoga"],
        Named,
        "Phaladeepika ch. 6 (Go)",
        Cond::All(&[
            dig(g(Jupiter), dignities(&[Dignity::Moolatrikona])),
            strong(g(Jupiter)),
            with(g(Jupiter), lord(2)),
            dig(lord(1), EXALTED),
        ])
    ),
    y!(
        // The 11th lord in deep exaltation with Venus, both in a kendra from
        // the lagna lord.
        "Vidyut",
        ["vidyut_yoga"],
        Named,
        "Phaladeepika ch. 6 (Vidyut)",
        Cond::All(&[
            Cond::DeepExalted(lord(11)),
            with(lord(11), g(Venus)),
            at_from(lord(11), Ref::Of(&Who::Lord(1)), KENDRA),
        ])
    ),
    y!(
        // The 4th and 10th lords exchanged, the lagna lord exalted.
        "Chapa (lords)",
        ["chapa_yoga", "Chaapa (Phaladeepika)"],
        Named,
        "Phaladeepika ch. 6 (Chapa)",
        Cond::All(&[
            Cond::LordsRelated {
                a: h!(4),
                b: h!(10),
                how: relation::EXCHANGE,
            },
            dig(lord(1), EXALTED),
        ])
    ),
    y!(
        // The lagna lord with the Moon; the Moon's dispositor in a kendra or
        // a great friend's sign, aspecting the lagna; a planet in the lagna.
        "Pushkala",
        ["pushkala_yoga"],
        Named,
        "Phaladeepika ch. 6 (Pushkala)",
        Cond::All(&[
            with(lord(1), g(Moon)),
            Cond::Any(&[
                at(Who::Dispositor(&g(Moon)), KENDRA),
                dig(
                    Who::Dispositor(&g(Moon)),
                    dignities(&[Dignity::GreatFriend]),
                ),
            ]),
            aspects(Who::Dispositor(&g(Moon)), h!(1)),
            occ(SEVEN, h!(1)),
        ])
    ),
    y!(
        // Jupiter in the 9th from the 9th lord, a benefic in the 9th from
        // Jupiter, Saturn in the 10th.
        "Makuta",
        ["makuta_yoga"],
        Named,
        "Phaladeepika ch. 6 (Makuta)",
        Cond::All(&[
            at_from(g(Jupiter), Ref::Of(&Who::Lord(9)), h!(9)),
            occ_from(BENEFICS, Ref::Graha(Jupiter), h!(9)),
            at(g(Saturn), h!(10)),
        ])
    ),
    y!(
        // The 10th lord in deep exaltation, the 6th lord debilitated.
        "Jaya",
        ["jaya_yoga"],
        Named,
        "Phaladeepika ch. 6 (Jaya)",
        Cond::All(&[Cond::DeepExalted(lord(10)), dig(lord(6), DEBILITATED),])
    ),
    y!(
        // The navamsa dispositor of the Moon exalted; birth by day in the
        // bright half.
        "Garuda",
        ["garuda_yoga"],
        Named,
        "Phaladeepika ch. 6 (Garuda)",
        Cond::All(&[
            dig(Who::NavamsaDispositor(&g(Moon)), EXALTED),
            Cond::DayBirth,
            Cond::Waxing,
        ])
    ),
    y!(
        // Raman #47: "the lord of the sign in which the lord of the house
        // occupied by the Ascendant lord [is], or the lord of the navamsa
        // occupied by the lord of the rasi in which the Ascendant lord is
        // posited, shall join a quadrant, a trine or his own or exaltation
        // places". Two alternatives: the lagna lord's dispositor's rasi
        // dispositor, or its navamsa dispositor, in a kendra or trikona
        // from the lagna or in its own or exaltation sign.
        "Parijata",
        ["parijatha_yoga", "Parijatha"],
        Named,
        "Raman #47; BPHS ch. 36 (Parijata)",
        Cond::Any(&[
            at(
                Who::Dispositor(&Who::Dispositor(&Who::Lord(1))),
                KENDRA_TRIKONA,
            ),
            dig(Who::Dispositor(&Who::Dispositor(&Who::Lord(1))), DIGNIFIED),
            at(
                Who::NavamsaDispositor(&Who::Dispositor(&Who::Lord(1))),
                KENDRA_TRIKONA,
            ),
            dig(
                Who::NavamsaDispositor(&Who::Dispositor(&Who::Lord(1))),
                DIGNIFIED,
            ),
        ])
    ),
    // ── Raman #8–12 (after Phaladeepika ch. 6).
    y!(
        // Each kendra holds a planet.
        "Chatussagara",
        ["chatussagara_yoga", "Chatusagara"],
        Named,
        "Phaladeepika ch. 6; Raman #8",
        each_from(SEVEN, L, KENDRA)
    ),
    y!(
        // Jupiter, Venus, Mercury and the Moon all in kendras.
        "Rajalakshana",
        ["rajalakshana_yoga"],
        Named,
        "Raman #10",
        at(gs!(Moon, Mercury, Jupiter, Venus), KENDRA)
    ),
    y!(
        // A malefic in the lagna with Gulika in a trine, or Gulika with
        // the lords of kendras and trikonas, or the lagna lord associated
        // (conjoined) with Rahu, Saturn or Ketu. Gulika is not among the
        // chart facts: the third combination only.
        "Vanchana Chora Bheethi",
        ["vanchana_chora_bheethi_yoga"],
        Named,
        "Raman #11",
        with(lord(1), gs!(Saturn, Rahu, Ketu))
    ),
    // ── Mahabhagya: day birth, lagna, Sun and Moon in odd signs for a man;
    //    night birth and even signs for a woman (Phaladeepika ch. 6).
    y!(
        "Mahabhagya (male)",
        ["mahabhagya_yoga", "Mahabhagya"],
        Named,
        "Phaladeepika ch. 6 (Mahabhagya); BPHS ch. 36",
        Cond::All(&[
            Cond::DayBirth,
            house_in(1, ODD),
            in_signs(gs!(Sun, Moon), ODD),
        ])
    ),
    y!(
        "Mahabhagya (female)",
        [],
        Named,
        "Phaladeepika ch. 6 (Mahabhagya); BPHS ch. 36",
        Cond::All(&[
            Cond::Not(&Cond::DayBirth),
            house_in(1, EVEN),
            in_signs(gs!(Sun, Moon), EVEN),
        ])
    ),
    // ── Malika yogas: the seven in seven houses in a row from a given house
    //    (Phaladeepika ch. 6). From the 1st, 4th, 7th and 10th they are
    //    Nauka, Kuta, Chhatra and Chapa of BPHS 35.13 (aliases there).
    malika!("Dhana Malika", "dhana_malika_yoga", 2, 3, 4, 5, 6, 7, 8),
    malika!("Vikrama Malika", "vikrama_malika_yoga", 3, 4, 5, 6, 7, 8, 9),
    malika!("Putra Malika", "putra_malika_yoga", 5, 6, 7, 8, 9, 10, 11),
    malika!("Shatru Malika", "satru_malika_yoga", 6, 7, 8, 9, 10, 11, 12),
    malika!(
        "Randhra Malika",
        "randhra_malika_yoga",
        8,
        9,
        10,
        11,
        12,
        1,
        2
    ),
    malika!(
        "Bhagya Malika",
        "bhagya_malika_yoga",
        9,
        10,
        11,
        12,
        1,
        2,
        3
    ),
    malika!("Labha Malika", "laabha_malika_yoga", 11, 12, 1, 2, 3, 4, 5),
    malika!("Vyaya Malika", "vyaya_malika_yoga", 12, 1, 2, 3, 4, 5, 6),
    // ── Kemadruma and each of its cancellations (BPHS 37.3-4; Phaladeepika
    //    6.2-4): the bare Kemadruma condition with one cancelling condition.
    y!(
        "Kemadruma Bhanga (kendra from lagna)",
        [],
        Chandra,
        "Phaladeepika 6.4; BPHS 37.4",
        Cond::All(&[KEMA_BASE, occ(TARA, KENDRA)])
    ),
    y!(
        "Kemadruma Bhanga (kendra from Moon)",
        [],
        Chandra,
        "Phaladeepika 6.4; BPHS 37.4",
        Cond::All(&[KEMA_BASE, occ_from(TARA, MOON_, KENDRA)])
    ),
    y!(
        // The Moon in a kendra from the lagna aspected by Jupiter.
        "Kemadruma Bhanga (Moon in kendra, Jupiter's aspect)",
        [],
        Chandra,
        "Phaladeepika ch. 6 (Kemadruma bhanga)",
        Cond::All(&[
            KEMA_BASE,
            at(g(Moon), KENDRA),
            aspected(g(Moon), g(Jupiter)),
        ])
    ),
    y!(
        // The Moon in its exaltation or own sign (or with a benefic) in a
        // kendra.
        "Kemadruma Bhanga (dignified Moon in kendra)",
        [],
        Chandra,
        "Phaladeepika ch. 6 (Kemadruma bhanga)",
        Cond::All(&[KEMA_BASE, at(g(Moon), KENDRA), dig(g(Moon), DIGNIFIED)])
    ),
];
