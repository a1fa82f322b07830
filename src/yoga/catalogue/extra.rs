//! Further Raja yogas (Phaladeepika ch. 6–7), the graded Surya yogas, the
//! Arishta (Balarishta) yogas and their cancellation (BPHS ch. 9–10),
//! Pravrajya (Phaladeepika ch. 27), and the doshas of later tradition that
//! users look for (Kala Sarpa, Kuja, Grahana …), each said to be such.

use super::*;

/// Rahu and Ketu.
const NODES: Who = gs!(Rahu, Ketu);

/// Further Raja, Surya, Arishta and dosha yogas.
pub(super) const EXTRA: &[Yoga] = &[
    // ── Raja yogas.
    y!(
        // Three or more grahas in their own, moolatrikona or exaltation
        // signs in kendras.
        "Raja (three dignified grahas in kendras)",
        [],
        Raja,
        "Phaladeepika ch. 7 (Raja yogas); BPHS ch. 39",
        Cond::Count {
            who: Who::Dignified(DIGNIFIED),
            from: L,
            houses: KENDRA,
            min: 3,
            max: 9,
        }
    ),
    y!(
        // The lagna lord, the Sun and the Moon in own, exaltation or
        // friends' signs in kendras or trikonas.
        "Srikantha",
        ["Shrikantha"],
        Named,
        "Phaladeepika ch. 6 (Srikantha)",
        Cond::All(&[
            at(lord(1), KENDRA_TRIKONA),
            at(gs!(Sun, Moon), KENDRA_TRIKONA),
            dig(lord(1), FRIENDLY),
            dig(gs!(Sun, Moon), FRIENDLY),
        ])
    ),
    y!(
        // Mercury, Venus and the 9th lord in own, exaltation or friends'
        // signs in kendras or trikonas.
        "Srinatha (Phaladeepika)",
        [],
        Named,
        "Phaladeepika ch. 6 (Srinatha)",
        Cond::All(&[
            at(lord(9), KENDRA_TRIKONA),
            at(gs!(Mercury, Venus), KENDRA_TRIKONA),
            dig(lord(9), FRIENDLY),
            dig(gs!(Mercury, Venus), FRIENDLY),
        ])
    ),
    // ── Surya yogas graded by the grahas that make them (BPHS 38.2-3).
    y!(
        "Shubha Vesi",
        ["Subha Vesi"],
        Surya,
        "BPHS 38.2-3",
        Cond::All(&[
            occ_from(Who::Both(&TARA, &BENEFICS), SUN_, h!(2)),
            none_from(Who::Both(&TARA, &MALEFICS), SUN_, h!(2)),
        ])
    ),
    y!(
        "Papa Vesi",
        ["Asubha Vesi", "Paapa Vesi"],
        Surya,
        "BPHS 38.2-3",
        Cond::All(&[
            occ_from(Who::Both(&TARA, &MALEFICS), SUN_, h!(2)),
            none_from(Who::Both(&TARA, &BENEFICS), SUN_, h!(2)),
        ])
    ),
    y!(
        "Shubha Vasi",
        ["Subha Vasi", "Shubha Vosi"],
        Surya,
        "BPHS 38.2-3",
        Cond::All(&[
            occ_from(Who::Both(&TARA, &BENEFICS), SUN_, h!(12)),
            none_from(Who::Both(&TARA, &MALEFICS), SUN_, h!(12)),
        ])
    ),
    y!(
        "Papa Vasi",
        ["Asubha Vasi", "Paapa Vosi"],
        Surya,
        "BPHS 38.2-3",
        Cond::All(&[
            occ_from(Who::Both(&TARA, &MALEFICS), SUN_, h!(12)),
            none_from(Who::Both(&TARA, &BENEFICS), SUN_, h!(12)),
        ])
    ),
    // ── Balarishta (BPHS ch. 9) and its cancellation (BPHS ch. 10).
    y!(
        // The Moon in the 6th, 8th or 12th aspected by malefics and by no
        // benefic.
        "Balarishta (Moon in a dusthana)",
        ["Balarishta"],
        Arishta,
        "BPHS ch. 9 (Arishta)",
        Cond::All(&[
            at(g(Moon), DUSTHANA),
            aspected(g(Moon), MALEFICS),
            Cond::Not(&aspected(g(Moon), BENEFICS)),
        ])
    ),
    y!(
        // The waning Moon in the lagna, malefics in the 8th and in a kendra.
        "Balarishta (waning Moon in the lagna)",
        [],
        Arishta,
        "BPHS ch. 9 (Arishta)",
        Cond::All(&[
            Cond::Not(&Cond::Waxing),
            at(g(Moon), h!(1)),
            occ(MALEFICS, h!(8)),
            occ(MALEFICS, h!(4, 7, 10)),
        ])
    ),
    y!(
        // Malefics in the lagna and the 7th, the Moon with a malefic, no
        // benefic aspecting the Moon.
        "Balarishta (malefics in the 1st and 7th)",
        [],
        Arishta,
        "BPHS ch. 9 (Arishta)",
        Cond::All(&[
            occ(MALEFICS, h!(1)),
            occ(MALEFICS, h!(7)),
            with(g(Moon), MALEFICS),
            Cond::Not(&aspected(g(Moon), BENEFICS)),
        ])
    ),
    y!(
        "Arishta Bhanga (Jupiter in a kendra)",
        [],
        Arishta,
        "BPHS ch. 10 (Arishta bhanga)",
        Cond::All(&[at(g(Jupiter), KENDRA), strong(g(Jupiter))])
    ),
    y!(
        "Arishta Bhanga (lagna lord in a kendra)",
        [],
        Arishta,
        "BPHS ch. 10 (Arishta bhanga)",
        Cond::All(&[
            at(lord(1), KENDRA),
            strong(lord(1)),
            aspected(lord(1), BENEFICS),
        ])
    ),
    // ── Pravrajya: four or more of the seven in one sign.
    y!(
        "Pravrajya",
        ["Sannyasa", "Parivraja"],
        Named,
        "Phaladeepika ch. 27 (Pravrajya); BPHS ch. 78",
        Cond::Together {
            who: SEVEN,
            from: L,
            houses: ANY_HOUSE,
            count: 4,
        }
    ),
    // ── Doshas of later tradition (no classical verse; named as users
    //    search for them).
    y!(
        // All seven in the houses from Rahu to Ketu (1st to 7th from Rahu).
        "Kala Sarpa",
        ["Kaal Sarp Dosha", "Kala Sarpa Dosha"],
        Arishta,
        "Later tradition (no classical verse)",
        at_from(SEVEN, Ref::Graha(Rahu), h!(1, 2, 3, 4, 5, 6, 7))
    ),
    y!(
        "Kala Amrita",
        ["Kaal Amrit"],
        Arishta,
        "Later tradition (no classical verse)",
        at_from(SEVEN, Ref::Graha(Ketu), h!(1, 2, 3, 4, 5, 6, 7))
    ),
    y!(
        // Mars in the 1st, 2nd, 4th, 7th, 8th or 12th from the lagna (the
        // Moon and Venus variants are the matching module's).
        "Kuja Dosha",
        ["Mangal Dosha", "Mangalik", "Manglik"],
        Arishta,
        "Kerala tradition (Deva Keralam); see the matching module",
        at(g(Mars), h!(1, 2, 4, 7, 8, 12))
    ),
    y!(
        "Guru Chandala",
        ["Guru Chandal"],
        Arishta,
        "Later tradition (no classical verse)",
        with(g(Jupiter), NODES)
    ),
    y!(
        "Surya Grahana",
        ["Grahan (Sun)"],
        Arishta,
        "Later tradition (no classical verse)",
        with(g(Sun), NODES)
    ),
    y!(
        "Chandra Grahana",
        ["Grahan (Moon)"],
        Arishta,
        "Later tradition (no classical verse)",
        with(g(Moon), NODES)
    ),
    y!(
        "Angaraka",
        ["Angarak"],
        Arishta,
        "Later tradition (no classical verse)",
        with(g(Mars), g(Rahu))
    ),
    y!(
        "Shrapit",
        ["Shrapit Dosha"],
        Arishta,
        "Later tradition (no classical verse)",
        with(g(Saturn), g(Rahu))
    ),
    y!(
        "Vish",
        ["Visha"],
        Arishta,
        "Later tradition (no classical verse)",
        with(g(Moon), g(Saturn))
    ),
];
