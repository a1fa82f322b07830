//! The yoga catalogue: one declaration per yoga.
//!
//! Conventions (each block cites its source):
//! - "Planets" in the Chandra, Surya and Nabhasa yogas are the seven grahas
//!   Sun … Saturn, and for the Chandra and Surya yogas the five tara grahas
//!   Mars … Saturn: the texts exclude the luminary counted from and the
//!   nodes (BPHS 35.1 counts Nabhasa yogas with the seven; Phaladeepika 6.1
//!   names Mars … Saturn for Sunapha/Anapha, 6.6 the same for Vesi/Vasi).
//! - Houses are whole signs from the reference point.
//! - House lords are the classical seven (Rahu and Ketu own no sign).

use super::{Cond, Family, Ref, Who, Yoga, dignities, grahas, houses, relation, signs};
use crate::chart::Dignity;
use crate::graha::Graha::{self, *};
use crate::zodiac::Rashi;

const MOON_: Ref = Ref::Graha(Moon);
const SUN_: Ref = Ref::Graha(Sun);
const L: Ref = Ref::Lagna;

/// The five tara grahas, Mars … Saturn.
const TARA: Who = Who::Set(grahas(&[Mars, Mercury, Jupiter, Venus, Saturn]));
/// The seven grahas Sun … Saturn.
const SEVEN: Who = Who::Set(grahas(&[Sun, Moon, Mars, Mercury, Jupiter, Venus, Saturn]));
const fn g(x: Graha) -> Who {
    Who::Set(1 << x.index())
}

const KENDRA: u16 = houses(&[1, 4, 7, 10]);
const DUSTHANA: u16 = houses(&[6, 8, 12]);
/// Houses other than the dusthanas and the 3rd (Phaladeepika 6.32–34).
const GOOD: u16 = houses(&[1, 2, 4, 5, 7, 9, 10, 11]);
const ANY_HOUSE: u16 = 0xfff;
/// Natural benefics for the named yogas: Mercury, Jupiter, Venus (the Moon,
/// benefic only when waxing, is left out of both sets).
const BENEFIC: Who = Who::Set(grahas(&[Mercury, Jupiter, Venus]));
/// The malefics among the seven, for the Nabhasa yogas (BPHS 35.1).
const MALEFIC7: Who = Who::Set(grahas(&[Sun, Mars, Saturn]));
/// Natural malefics: Sun, Mars, Saturn and the nodes.
const MALEFIC: Who = Who::Set(grahas(&[Sun, Mars, Saturn, Rahu, Ketu]));

const MOVABLE: u16 = signs(&[Rashi::Aries, Rashi::Cancer, Rashi::Libra, Rashi::Capricorn]);
const FIXED: u16 = signs(&[Rashi::Taurus, Rashi::Leo, Rashi::Scorpio, Rashi::Aquarius]);
const DUAL: u16 = signs(&[
    Rashi::Gemini,
    Rashi::Virgo,
    Rashi::Sagittarius,
    Rashi::Pisces,
]);

/// Own or exaltation sign and a kendra from the lagna (BPHS 75.1–2).
macro_rules! mahapurusha {
    ($p:expr, $($r:ident),+) => {
        Cond::All(&[
            Cond::InSigns { who: g($p), signs: signs(&[$(Rashi::$r),+]) },
            Cond::In { who: g($p), from: L, houses: KENDRA },
        ])
    };
}

/// All seven grahas in `h` from the lagna, and each of those houses held.
macro_rules! akriti_each {
    ($($h:expr),+) => {
        Cond::Fills { who: SEVEN, from: L, houses: houses(&[$($h),+]) }
    };
}

/// Neecha Bhanga of graha `$p`, debilitated: each classical cancellation
/// is one alternative, in this order —
/// 1. the lord of its debilitation sign (`$d`) or of its exaltation sign
///    (`$e`) in a kendra from the lagna or the Moon (Phaladeepika 7.26);
/// 2. the graha exalted in its debilitation sign (`$x`; none for the Moon)
///    in a kendra from the lagna or the Moon (Phaladeepika 7.27);
/// 3. the lords of its debilitation and exaltation signs in mutual kendras
///    (Phaladeepika 7.28);
/// 4. aspected by the lord of its debilitation sign (BPHS ch. 28);
/// 5. in exchange with the lord of its debilitation sign (BPHS ch. 28);
/// 6. exalted in the navamsa (sign `$n`) (Saravali ch. 5; BPHS ch. 28).
macro_rules! neecha_bhanga {
    ($name:literal, $p:expr, $d:expr, $e:expr, $x:expr, $n:ident) => {
        Yoga {
            name: $name,
            aliases: &[],
            family: Family::NeechaBhanga,
            source: "Phaladeepika 7.26-28; BPHS ch. 28 (neecha bhanga)",
            condition: Cond::All(&[
                Cond::Dignity {
                    who: g($p),
                    any_of: dignities(&[Dignity::Debilitated]),
                },
                Cond::Any(&[
                    Cond::In {
                        who: g($d),
                        from: L,
                        houses: KENDRA,
                    },
                    Cond::In {
                        who: g($d),
                        from: MOON_,
                        houses: KENDRA,
                    },
                    Cond::In {
                        who: g($e),
                        from: L,
                        houses: KENDRA,
                    },
                    Cond::In {
                        who: g($e),
                        from: MOON_,
                        houses: KENDRA,
                    },
                    Cond::In {
                        who: $x,
                        from: L,
                        houses: KENDRA,
                    },
                    Cond::In {
                        who: $x,
                        from: MOON_,
                        houses: KENDRA,
                    },
                    Cond::Apart {
                        a: g($d),
                        b: g($e),
                        houses: KENDRA,
                    },
                    Cond::Related {
                        a: g($p),
                        b: g($d),
                        how: relation::ASPECTED,
                    },
                    Cond::Related {
                        a: g($p),
                        b: g($d),
                        how: relation::EXCHANGE,
                    },
                    Cond::NavamsaIn {
                        who: g($p),
                        signs: signs(&[Rashi::$n]),
                    },
                ]),
            ]),
        }
    };
}

const SUNAPHA: Cond = Cond::Occupied {
    who: TARA,
    from: MOON_,
    houses: houses(&[2]),
};
const ANAPHA: Cond = Cond::Occupied {
    who: TARA,
    from: MOON_,
    houses: houses(&[12]),
};
const VESI: Cond = Cond::Occupied {
    who: TARA,
    from: SUN_,
    houses: houses(&[2]),
};
const VASI: Cond = Cond::Occupied {
    who: TARA,
    from: SUN_,
    houses: houses(&[12]),
};

/// The first slice: Pancha Mahapurusha, Chandra, Surya, Viparita,
/// Parivartana, Raja, Dhana, Neecha Bhanga, the first named and the 32
/// Nabhasa yogas.
const CORE: &[Yoga] = &[
    // ── Pancha Mahapurusha: BPHS 75.1–2 (Santhanam); Phaladeepika 6.1; Raman #19–23.
    Yoga {
        name: "Ruchaka",
        aliases: &["ruchaka_yoga", "Rucaka"],
        family: Family::PanchaMahapurusha,
        source: "BPHS 75.1-2; Phaladeepika 6.1; Raman #22",
        condition: mahapurusha!(Mars, Aries, Scorpio, Capricorn),
    },
    Yoga {
        name: "Bhadra",
        aliases: &["bhadra_yoga"],
        family: Family::PanchaMahapurusha,
        source: "BPHS 75.1-2; Phaladeepika 6.1; Raman #23",
        condition: mahapurusha!(Mercury, Gemini, Virgo),
    },
    Yoga {
        name: "Hamsa",
        aliases: &["hamsa_yoga", "Hansa"],
        family: Family::PanchaMahapurusha,
        source: "BPHS 75.1-2; Phaladeepika 6.1; Raman #19",
        condition: mahapurusha!(Jupiter, Sagittarius, Pisces, Cancer),
    },
    Yoga {
        name: "Malavya",
        aliases: &["maalavya_yoga", "Malavya"],
        family: Family::PanchaMahapurusha,
        source: "BPHS 75.1-2; Phaladeepika 6.1; Raman #20",
        condition: mahapurusha!(Venus, Taurus, Libra, Pisces),
    },
    Yoga {
        name: "Shasha",
        aliases: &["sasa_yoga", "Sasa", "Sasha"],
        family: Family::PanchaMahapurusha,
        source: "BPHS 75.1-2; Phaladeepika 6.1; Raman #21",
        condition: mahapurusha!(Saturn, Capricorn, Aquarius, Libra),
    },
    // ── Chandra yogas: BPHS ch. 37 (Santhanam); Phaladeepika 6.1-6; Raman #1-7.
    Yoga {
        name: "Sunapha",
        aliases: &["sunaphaa_yoga", "Sunaphaa"],
        family: Family::Chandra,
        source: "BPHS 37.1; Phaladeepika 6.1; Raman #2",
        condition: SUNAPHA,
    },
    Yoga {
        name: "Anapha",
        aliases: &["anaphaa_yoga", "Anaphaa"],
        family: Family::Chandra,
        source: "BPHS 37.1; Phaladeepika 6.1; Raman #3",
        condition: ANAPHA,
    },
    Yoga {
        name: "Durudhara",
        aliases: &["duradhara_yoga", "Dhurudhura", "Duradhara"],
        family: Family::Chandra,
        source: "BPHS 37.1; Phaladeepika 6.1; Raman #4",
        condition: Cond::All(&[SUNAPHA, ANAPHA]),
    },
    Yoga {
        // Kemadruma: no tara graha in the 2nd or 12th from the Moon nor with
        // it; cancelled by a tara graha in a kendra from the lagna or from the
        // Moon (Phaladeepika 6.2 and the cancellation of 6.4; BPHS 37.3-4).
        name: "Kemadruma",
        aliases: &["kemadruma_yoga"],
        family: Family::Chandra,
        source: "BPHS 37.3-4; Phaladeepika 6.2-4; Raman #5",
        condition: Cond::All(&[
            Cond::Not(&Cond::Occupied {
                who: TARA,
                from: MOON_,
                houses: houses(&[1, 2, 12]),
            }),
            Cond::Not(&Cond::Occupied {
                who: TARA,
                from: L,
                houses: KENDRA,
            }),
            Cond::Not(&Cond::Occupied {
                who: TARA,
                from: MOON_,
                houses: KENDRA,
            }),
        ]),
    },
    Yoga {
        name: "Chandra-Mangala",
        aliases: &["chandra_mangala_yoga", "Chandra Mangala"],
        family: Family::Chandra,
        source: "Phaladeepika ch. 6; Raman #6",
        condition: Cond::Conjunct {
            a: g(Moon),
            b: g(Mars),
        },
    },
    Yoga {
        // All three natural benefics in the 6th, 7th or 8th from the Moon.
        name: "Adhi",
        aliases: &["adhi_yoga", "Chandra Adhi"],
        family: Family::Chandra,
        source: "BPHS 37.7-8; Phaladeepika 6.5; Raman #7",
        condition: Cond::In {
            who: Who::Set(grahas(&[Mercury, Jupiter, Venus])),
            from: MOON_,
            houses: houses(&[6, 7, 8]),
        },
    },
    Yoga {
        // Jupiter in a kendra from the Moon, conjoined or aspected by a
        // benefic other than itself (Mercury, Venus), not debilitated,
        // combust or in an enemy's sign (Raman #1, after BPHS 36.3-4).
        name: "Gaja Kesari",
        aliases: &["gaja_kesari_yoga", "Gajakesari"],
        family: Family::Chandra,
        source: "BPHS 36.3-4; Raman #1",
        condition: Cond::All(&[
            Cond::In {
                who: g(Jupiter),
                from: MOON_,
                houses: KENDRA,
            },
            Cond::Influences {
                by: Who::Set(grahas(&[Mercury, Venus])),
                target: Jupiter,
            },
            Cond::Not(&Cond::Dignity {
                who: g(Jupiter),
                any_of: dignities(&[Dignity::Debilitated]),
            }),
            // An enemy's sign: Mercury's or Venus's, Jupiter's natural
            // enemies (BPHS 3.55).
            Cond::Not(&Cond::InSigns {
                who: g(Jupiter),
                signs: signs(&[Rashi::Taurus, Rashi::Gemini, Rashi::Virgo, Rashi::Libra]),
            }),
            Cond::Not(&Cond::Combust(g(Jupiter))),
        ]),
    },
    Yoga {
        // Moon in the 6th, 8th or 12th from Jupiter, unless the Moon is in a
        // kendra from the lagna.
        name: "Shakata",
        aliases: &["Sakata (Moon)"],
        family: Family::Chandra,
        source: "Phaladeepika ch. 6 (Sakata)",
        condition: Cond::All(&[
            Cond::In {
                who: g(Moon),
                from: Ref::Graha(Jupiter),
                houses: houses(&[6, 8, 12]),
            },
            Cond::Not(&Cond::In {
                who: g(Moon),
                from: L,
                houses: KENDRA,
            }),
        ]),
    },
    // ── Surya yogas: BPHS ch. 38; Phaladeepika 6.6; Raman #16-18, #26.
    Yoga {
        name: "Vesi",
        aliases: &["vesi_yoga", "Veshi"],
        family: Family::Surya,
        source: "BPHS 38.1; Phaladeepika 6.6; Raman #16",
        condition: VESI,
    },
    Yoga {
        name: "Vasi",
        aliases: &["vosi_yoga", "Voshi", "Vosi"],
        family: Family::Surya,
        source: "BPHS 38.1; Phaladeepika 6.6; Raman #17",
        condition: VASI,
    },
    Yoga {
        name: "Ubhayachari",
        aliases: &["ubhayachara_yoga", "Obhayachari"],
        family: Family::Surya,
        source: "BPHS 38.1; Phaladeepika 6.6; Raman #18",
        condition: Cond::All(&[VESI, VASI]),
    },
    Yoga {
        name: "Budha-Aditya",
        aliases: &["nipuna_yoga", "budha_aaditya_yoga", "Nipuna"],
        family: Family::Surya,
        source: "Raman #26",
        condition: Cond::Conjunct {
            a: g(Sun),
            b: g(Mercury),
        },
    },
    // ── Viparita Raja: lord of a dusthana in a dusthana (Phaladeepika 6.63-68;
    //    Raman #105-107).
    Yoga {
        name: "Harsha",
        aliases: &["harsha_yoga"],
        family: Family::ViparitaRaja,
        source: "Phaladeepika 6.63-68; Raman #105",
        condition: Cond::LordIn {
            house: 6,
            houses: DUSTHANA,
        },
    },
    Yoga {
        name: "Sarala",
        aliases: &["sarala_yoga"],
        family: Family::ViparitaRaja,
        source: "Phaladeepika 6.63-68; Raman #106",
        condition: Cond::LordIn {
            house: 8,
            houses: DUSTHANA,
        },
    },
    Yoga {
        name: "Vimala",
        aliases: &["vimala_yoga"],
        family: Family::ViparitaRaja,
        source: "Phaladeepika 6.63-68; Raman #107",
        condition: Cond::LordIn {
            house: 12,
            houses: DUSTHANA,
        },
    },
    // ── Parivartana: Phaladeepika 6.32-34.
    Yoga {
        name: "Maha Parivartana",
        aliases: &["Maha Yoga"],
        family: Family::Parivartana,
        source: "Phaladeepika 6.32-34",
        condition: Cond::LordsRelated {
            a: GOOD,
            b: GOOD,
            how: relation::EXCHANGE,
        },
    },
    Yoga {
        name: "Khala Parivartana",
        aliases: &["Khala Yoga"],
        family: Family::Parivartana,
        source: "Phaladeepika 6.32-34",
        condition: Cond::LordsRelated {
            a: houses(&[3]),
            b: GOOD,
            how: relation::EXCHANGE,
        },
    },
    Yoga {
        name: "Dainya Parivartana",
        aliases: &["Dainya Yoga"],
        family: Family::Parivartana,
        source: "Phaladeepika 6.32-34",
        condition: Cond::LordsRelated {
            a: DUSTHANA,
            b: ANY_HOUSE,
            how: relation::EXCHANGE,
        },
    },
    // ── Raja yogas: BPHS 39.
    Yoga {
        // Different lords of a kendra and a trikona conjoined, exchanged or in
        // mutual aspect.
        name: "Kendra-Trikona Raja",
        aliases: &["Raja Yoga"],
        family: Family::Raja,
        source: "BPHS 39.2-8",
        condition: Cond::LordsRelated {
            a: KENDRA,
            b: houses(&[1, 5, 9]),
            how: relation::ANY,
        },
    },
    Yoga {
        name: "Dharma-Karmadhipati",
        aliases: &["Dharma Karmadhipati"],
        family: Family::Raja,
        source: "BPHS 39.8",
        condition: Cond::LordsRelated {
            a: houses(&[9]),
            b: houses(&[10]),
            how: relation::ANY,
        },
    },
    // ── Dhana: BPHS ch. 41 (lords of wealth houses 2 and 11 with the lords of
    //    the lagna and trikonas).
    Yoga {
        name: "Dhana",
        aliases: &["Dhana Yoga"],
        family: Family::Dhana,
        source: "BPHS ch. 41",
        condition: Cond::LordsRelated {
            a: houses(&[2, 11]),
            b: houses(&[1, 5, 9]),
            how: relation::ANY,
        },
    },
    // ── Neecha Bhanga, one per graha: (graha, lord of its debilitation sign,
    //    lord of its exaltation sign) after BPHS 3.49-50.
    neecha_bhanga!("Neecha Bhanga (Sun)", Sun, Venus, Mars, g(Saturn), Aries),
    neecha_bhanga!(
        "Neecha Bhanga (Moon)",
        Moon,
        Mars,
        Venus,
        Who::Set(0),
        Taurus
    ),
    neecha_bhanga!(
        "Neecha Bhanga (Mars)",
        Mars,
        Moon,
        Saturn,
        g(Jupiter),
        Capricorn
    ),
    neecha_bhanga!(
        "Neecha Bhanga (Mercury)",
        Mercury,
        Jupiter,
        Mercury,
        g(Venus),
        Virgo
    ),
    neecha_bhanga!(
        "Neecha Bhanga (Jupiter)",
        Jupiter,
        Saturn,
        Moon,
        g(Mars),
        Cancer
    ),
    neecha_bhanga!(
        "Neecha Bhanga (Venus)",
        Venus,
        Mercury,
        Jupiter,
        g(Mercury),
        Pisces
    ),
    neecha_bhanga!("Neecha Bhanga (Saturn)", Saturn, Mars, Venus, g(Sun), Libra),
    // ── Named yogas.
    Yoga {
        // Only benefics in the 10th from the lagna or from the Moon.
        name: "Amala",
        aliases: &["amala_yoga"],
        family: Family::Named,
        source: "Phaladeepika ch. 6; Raman #13",
        condition: Cond::Any(&[
            Cond::All(&[
                Cond::Occupied {
                    who: BENEFIC,
                    from: L,
                    houses: houses(&[10]),
                },
                Cond::Not(&Cond::Occupied {
                    who: MALEFIC,
                    from: L,
                    houses: houses(&[10]),
                }),
            ]),
            Cond::All(&[
                Cond::Occupied {
                    who: BENEFIC,
                    from: MOON_,
                    houses: houses(&[10]),
                },
                Cond::Not(&Cond::Occupied {
                    who: MALEFIC,
                    from: MOON_,
                    houses: houses(&[10]),
                }),
            ]),
        ]),
    },
    Yoga {
        // The lagna lord exalted in a kendra and aspected by Jupiter, or two
        // benefics together in the lagna, 7th, 9th or 10th.
        name: "Chamara",
        aliases: &["chaamara_yoga", "Chaamara"],
        family: Family::Named,
        source: "Phaladeepika ch. 6 (Chamara)",
        condition: Cond::Any(&[
            Cond::All(&[
                Cond::LordDignity {
                    house: 1,
                    any_of: dignities(&[Dignity::Exalted]),
                },
                Cond::LordIn {
                    house: 1,
                    houses: KENDRA,
                },
                Cond::LordAspected {
                    house: 1,
                    by: g(Jupiter),
                },
            ]),
            Cond::Together {
                who: BENEFIC,
                from: L,
                houses: houses(&[1, 7, 9, 10]),
                count: 2,
            },
        ]),
    },
    Yoga {
        // Mercury, Jupiter and Venus in kendras, trikonas or the 2nd, Jupiter
        // in its own, exaltation or a natural friend's sign (BPHS 3.55:
        // friends Sun, Moon, Mars).
        name: "Saraswati",
        aliases: &["saraswathi_yoga", "Saraswathi"],
        family: Family::Named,
        source: "Phaladeepika ch. 6; Raman #161 (as PyJHora numbers it)",
        condition: Cond::All(&[
            Cond::In {
                who: BENEFIC,
                from: L,
                houses: houses(&[1, 2, 4, 5, 7, 9, 10]),
            },
            Cond::InSigns {
                who: g(Jupiter),
                signs: signs(&[
                    Rashi::Aries,
                    Rashi::Cancer,
                    Rashi::Leo,
                    Rashi::Scorpio,
                    Rashi::Sagittarius,
                    Rashi::Pisces,
                ]),
            },
        ]),
    },
    // ── Nabhasa, Ashraya: all seven in movable / fixed / dual signs (BPHS 35.7;
    //    Raman #98-100).
    Yoga {
        name: "Rajju",
        aliases: &["rajju_yoga"],
        family: Family::Nabhasa,
        source: "BPHS 35.7; Raman #98",
        condition: Cond::InSigns {
            who: SEVEN,
            signs: MOVABLE,
        },
    },
    Yoga {
        name: "Musala",
        aliases: &["musala_yoga"],
        family: Family::Nabhasa,
        source: "BPHS 35.7; Raman #99",
        condition: Cond::InSigns {
            who: SEVEN,
            signs: FIXED,
        },
    },
    Yoga {
        name: "Nala",
        aliases: &["nala_yoga"],
        family: Family::Nabhasa,
        source: "BPHS 35.7; Raman #100",
        condition: Cond::InSigns {
            who: SEVEN,
            signs: DUAL,
        },
    },
    // ── Nabhasa, Akriti (BPHS 35.9-16; Raman #81-90).
    Yoga {
        name: "Gada",
        aliases: &["gadaa_yoga"],
        family: Family::Nabhasa,
        source: "BPHS 35.9; Raman #81",
        condition: Cond::Any(&[
            akriti_each!(1, 4),
            akriti_each!(4, 7),
            akriti_each!(7, 10),
            akriti_each!(10, 1),
        ]),
    },
    Yoga {
        name: "Shakata (Nabhasa)",
        aliases: &["sakata_yoga"],
        family: Family::Nabhasa,
        source: "BPHS 35.9; Raman #82",
        condition: akriti_each!(1, 7),
    },
    Yoga {
        name: "Vihaga",
        aliases: &["vihanga_yoga", "Vihanga"],
        family: Family::Nabhasa,
        source: "BPHS 35.9; Raman #83",
        condition: akriti_each!(4, 10),
    },
    Yoga {
        name: "Shringataka",
        aliases: &["sringaataka_yoga", "Sringataka"],
        family: Family::Nabhasa,
        source: "BPHS 35.10; Raman #86",
        condition: akriti_each!(1, 5, 9),
    },
    Yoga {
        name: "Kamala",
        aliases: &["kamala_yoga"],
        family: Family::Nabhasa,
        source: "BPHS 35.11; Raman #88",
        condition: Cond::In {
            who: SEVEN,
            from: L,
            houses: KENDRA,
        },
    },
    Yoga {
        name: "Yupa",
        aliases: &["yoopa_yoga"],
        family: Family::Nabhasa,
        source: "BPHS 35.12; Raman #71",
        condition: Cond::In {
            who: SEVEN,
            from: L,
            houses: houses(&[1, 2, 3, 4]),
        },
    },
    Yoga {
        name: "Shakti",
        aliases: &["sakti_yoga", "Sakti"],
        family: Family::Nabhasa,
        source: "BPHS 35.12; Raman #73",
        condition: Cond::In {
            who: SEVEN,
            from: L,
            houses: houses(&[7, 8, 9, 10]),
        },
    },
    Yoga {
        name: "Danda",
        aliases: &["danda_yoga"],
        family: Family::Nabhasa,
        source: "BPHS 35.12; Raman #74",
        condition: Cond::In {
            who: SEVEN,
            from: L,
            houses: houses(&[10, 11, 12, 1]),
        },
    },
    // ── Nabhasa, Dala: three kendras held by benefics / malefics (BPHS 35.8).
    Yoga {
        name: "Mala",
        aliases: &["maalaa_yoga", "srik_yoga", "Srik"],
        family: Family::Nabhasa,
        source: "BPHS 35.8; Raman #101",
        condition: Cond::Any(&[
            Cond::All(&[
                Cond::EachOccupied {
                    who: BENEFIC,
                    from: L,
                    houses: houses(&[4, 7, 10]),
                },
                Cond::Not(&Cond::Occupied {
                    who: BENEFIC,
                    from: L,
                    houses: houses(&[1]),
                }),
            ]),
            Cond::All(&[
                Cond::EachOccupied {
                    who: BENEFIC,
                    from: L,
                    houses: houses(&[1, 7, 10]),
                },
                Cond::Not(&Cond::Occupied {
                    who: BENEFIC,
                    from: L,
                    houses: houses(&[4]),
                }),
            ]),
            Cond::All(&[
                Cond::EachOccupied {
                    who: BENEFIC,
                    from: L,
                    houses: houses(&[1, 4, 10]),
                },
                Cond::Not(&Cond::Occupied {
                    who: BENEFIC,
                    from: L,
                    houses: houses(&[7]),
                }),
            ]),
            Cond::All(&[
                Cond::EachOccupied {
                    who: BENEFIC,
                    from: L,
                    houses: houses(&[1, 4, 7]),
                },
                Cond::Not(&Cond::Occupied {
                    who: BENEFIC,
                    from: L,
                    houses: houses(&[10]),
                }),
            ]),
        ]),
    },
    Yoga {
        name: "Sarpa",
        aliases: &["sarpa_yoga"],
        family: Family::Nabhasa,
        source: "BPHS 35.8; Raman #102",
        condition: Cond::Any(&[
            Cond::All(&[
                Cond::EachOccupied {
                    who: MALEFIC7,
                    from: L,
                    houses: houses(&[4, 7, 10]),
                },
                Cond::Not(&Cond::Occupied {
                    who: MALEFIC7,
                    from: L,
                    houses: houses(&[1]),
                }),
            ]),
            Cond::All(&[
                Cond::EachOccupied {
                    who: MALEFIC7,
                    from: L,
                    houses: houses(&[1, 7, 10]),
                },
                Cond::Not(&Cond::Occupied {
                    who: MALEFIC7,
                    from: L,
                    houses: houses(&[4]),
                }),
            ]),
            Cond::All(&[
                Cond::EachOccupied {
                    who: MALEFIC7,
                    from: L,
                    houses: houses(&[1, 4, 10]),
                },
                Cond::Not(&Cond::Occupied {
                    who: MALEFIC7,
                    from: L,
                    houses: houses(&[7]),
                }),
            ]),
            Cond::All(&[
                Cond::EachOccupied {
                    who: MALEFIC7,
                    from: L,
                    houses: houses(&[1, 4, 7]),
                },
                Cond::Not(&Cond::Occupied {
                    who: MALEFIC7,
                    from: L,
                    houses: houses(&[10]),
                }),
            ]),
        ]),
    },
    // ── Nabhasa, more Akriti (BPHS 35.9-15; Raman #71-90).
    Yoga {
        name: "Hala",
        aliases: &["hala_yoga"],
        family: Family::Nabhasa,
        source: "BPHS 35.10; Raman #87",
        condition: Cond::Any(&[
            akriti_each!(2, 6, 10),
            akriti_each!(3, 7, 11),
            akriti_each!(4, 8, 12),
        ]),
    },
    Yoga {
        name: "Vajra",
        aliases: &["vajra_yoga"],
        family: Family::Nabhasa,
        source: "BPHS 35.10; Raman #84",
        condition: Cond::All(&[
            Cond::In {
                who: BENEFIC,
                from: L,
                houses: houses(&[1, 7]),
            },
            Cond::EachOccupied {
                who: BENEFIC,
                from: L,
                houses: houses(&[1, 7]),
            },
            Cond::In {
                who: MALEFIC7,
                from: L,
                houses: houses(&[4, 10]),
            },
            Cond::EachOccupied {
                who: MALEFIC7,
                from: L,
                houses: houses(&[4, 10]),
            },
        ]),
    },
    Yoga {
        name: "Yava",
        aliases: &["yava_yoga"],
        family: Family::Nabhasa,
        source: "BPHS 35.10; Raman #85",
        condition: Cond::All(&[
            Cond::In {
                who: MALEFIC7,
                from: L,
                houses: houses(&[1, 7]),
            },
            Cond::EachOccupied {
                who: MALEFIC7,
                from: L,
                houses: houses(&[1, 7]),
            },
            Cond::In {
                who: BENEFIC,
                from: L,
                houses: houses(&[4, 10]),
            },
            Cond::EachOccupied {
                who: BENEFIC,
                from: L,
                houses: houses(&[4, 10]),
            },
        ]),
    },
    Yoga {
        name: "Vapi",
        aliases: &["vaapi_yoga"],
        family: Family::Nabhasa,
        source: "BPHS 35.11; Raman #89",
        condition: Cond::Any(&[
            Cond::In {
                who: SEVEN,
                from: L,
                houses: houses(&[2, 5, 8, 11]),
            },
            Cond::In {
                who: SEVEN,
                from: L,
                houses: houses(&[3, 6, 9, 12]),
            },
        ]),
    },
    Yoga {
        name: "Ishu",
        aliases: &["ishu_yoga", "sara_yoga", "Sara"],
        family: Family::Nabhasa,
        source: "BPHS 35.12; Raman #72",
        condition: Cond::In {
            who: SEVEN,
            from: L,
            houses: houses(&[4, 5, 6, 7]),
        },
    },
    Yoga {
        name: "Nauka",
        aliases: &[
            "naukaa_yoga",
            "nav_yoga",
            "lagna_malika_yoga",
            "Lagna Malika",
        ],
        family: Family::Nabhasa,
        source: "BPHS 35.13; Raman #75",
        condition: akriti_each!(1, 2, 3, 4, 5, 6, 7),
    },
    Yoga {
        name: "Kuta",
        aliases: &["koota_yoga", "sukha_malika_yoga", "Koota", "Sukha Malika"],
        family: Family::Nabhasa,
        source: "BPHS 35.13; Raman #76",
        condition: akriti_each!(4, 5, 6, 7, 8, 9, 10),
    },
    Yoga {
        name: "Chhatra",
        aliases: &[
            "chatra_yoga",
            "kalatra_malika_yoga",
            "Chatra",
            "Kalatra Malika",
        ],
        family: Family::Nabhasa,
        source: "BPHS 35.13; Raman #77",
        condition: akriti_each!(7, 8, 9, 10, 11, 12, 1),
    },
    Yoga {
        name: "Chapa",
        aliases: &["chaapa_yoga", "karma_malika_yoga", "Dhanus", "Karma Malika"],
        family: Family::Nabhasa,
        source: "BPHS 35.13; Raman #78",
        condition: akriti_each!(10, 11, 12, 1, 2, 3, 4),
    },
    Yoga {
        name: "Ardha Chandra",
        aliases: &["ardha_chandra_yoga"],
        family: Family::Nabhasa,
        source: "BPHS 35.14; Raman #79",
        condition: Cond::Any(&[
            akriti_each!(2, 3, 4, 5, 6, 7, 8),
            akriti_each!(3, 4, 5, 6, 7, 8, 9),
            akriti_each!(5, 6, 7, 8, 9, 10, 11),
            akriti_each!(6, 7, 8, 9, 10, 11, 12),
            akriti_each!(8, 9, 10, 11, 12, 1, 2),
            akriti_each!(9, 10, 11, 12, 1, 2, 3),
            akriti_each!(11, 12, 1, 2, 3, 4, 5),
            akriti_each!(12, 1, 2, 3, 4, 5, 6),
        ]),
    },
    Yoga {
        name: "Chakra",
        aliases: &["chakra_yoga"],
        family: Family::Nabhasa,
        source: "BPHS 35.15; Raman #80",
        condition: akriti_each!(1, 3, 5, 7, 9, 11),
    },
    Yoga {
        name: "Samudra",
        aliases: &["samudra_yoga"],
        family: Family::Nabhasa,
        source: "BPHS 35.15; Raman #90",
        condition: akriti_each!(2, 4, 6, 8, 10, 12),
    },
    // ── Nabhasa, Sankhya: the seven occupy exactly n signs (BPHS 35.16-17;
    //    Raman #91-97).
    Yoga {
        name: "Vallaki",
        aliases: &["veenaa_yoga", "vallaki_yoga", "Veena"],
        family: Family::Nabhasa,
        source: "BPHS 35.16-17; Raman #91",
        condition: Cond::SignCount {
            who: SEVEN,
            count: 7,
        },
    },
    Yoga {
        name: "Dama",
        aliases: &["daama_yoga", "dama_yoga", "Daama"],
        family: Family::Nabhasa,
        source: "BPHS 35.16-17; Raman #92",
        condition: Cond::SignCount {
            who: SEVEN,
            count: 6,
        },
    },
    Yoga {
        name: "Pasha",
        aliases: &["paasa_yoga", "Paasa"],
        family: Family::Nabhasa,
        source: "BPHS 35.16-17; Raman #93",
        condition: Cond::SignCount {
            who: SEVEN,
            count: 5,
        },
    },
    Yoga {
        name: "Kedara",
        aliases: &["kedaara_yoga", "kedara_yoga", "Kedaara"],
        family: Family::Nabhasa,
        source: "BPHS 35.16-17; Raman #94",
        condition: Cond::SignCount {
            who: SEVEN,
            count: 4,
        },
    },
    Yoga {
        name: "Shula",
        aliases: &["soola_yoga", "sula_yoga", "Soola"],
        family: Family::Nabhasa,
        source: "BPHS 35.16-17; Raman #95",
        condition: Cond::SignCount {
            who: SEVEN,
            count: 3,
        },
    },
    Yoga {
        name: "Yuga",
        aliases: &["yuga_yoga"],
        family: Family::Nabhasa,
        source: "BPHS 35.16-17; Raman #96",
        condition: Cond::SignCount {
            who: SEVEN,
            count: 2,
        },
    },
    Yoga {
        name: "Gola",
        aliases: &["gola_yoga"],
        family: Family::Nabhasa,
        source: "BPHS 35.16-17; Raman #97",
        condition: Cond::SignCount {
            who: SEVEN,
            count: 1,
        },
    },
];

// ── Shorthand for the declarations of the submodules.

/// One declaration: name, aliases, family, source, condition.
macro_rules! y {
    ($name:literal, [$($a:literal),* $(,)?], $fam:ident, $src:expr, $c:expr $(,)?) => {
        Yoga {
            name: $name,
            aliases: &[$($a),*],
            family: Family::$fam,
            source: $src,
            condition: $c,
        }
    };
}

/// A house set: `h!(1, 4, 7, 10)`.
macro_rules! h {
    ($($x:expr),+ $(,)?) => {
        houses(&[$($x),+])
    };
}

/// A fixed graha set: `gs!(Sun, Moon)`.
macro_rules! gs {
    ($($x:ident),+ $(,)?) => {
        Who::Set(grahas(&[$($x),+]))
    };
}

/// The lord of house `n` from the lagna.
const fn lord(n: u8) -> Who {
    Who::Lord(n)
}
/// Every graha of `w` in `hs` from the lagna.
const fn at(w: Who, hs: u16) -> Cond {
    Cond::In {
        who: w,
        from: L,
        houses: hs,
    }
}
/// Every graha of `w` in `hs` from `r`.
const fn at_from(w: Who, r: Ref, hs: u16) -> Cond {
    Cond::In {
        who: w,
        from: r,
        houses: hs,
    }
}
/// Some graha of `w` in `hs` from the lagna.
const fn occ(w: Who, hs: u16) -> Cond {
    Cond::Occupied {
        who: w,
        from: L,
        houses: hs,
    }
}
/// Some graha of `w` in `hs` from `r`.
const fn occ_from(w: Who, r: Ref, hs: u16) -> Cond {
    Cond::Occupied {
        who: w,
        from: r,
        houses: hs,
    }
}
/// Each house of `hs` from `r` holds a graha of `w`.
const fn each_from(w: Who, r: Ref, hs: u16) -> Cond {
    Cond::EachOccupied {
        who: w,
        from: r,
        houses: hs,
    }
}
/// No graha of `w` in `hs` from `r`.
const fn none_from(w: Who, r: Ref, hs: u16) -> Cond {
    Cond::Count {
        who: w,
        from: r,
        houses: hs,
        min: 0,
        max: 0,
    }
}
/// `a` conjoined with `b` (same sign).
const fn with(a: Who, b: Who) -> Cond {
    Cond::Related {
        a,
        b,
        how: relation::CONJUNCTION,
    }
}
/// `a` conjoined with or aspected by `b`.
const fn infl(a: Who, b: Who) -> Cond {
    Cond::Related {
        a,
        b,
        how: relation::INFLUENCED,
    }
}
/// `a` aspected (graha drishti) by `b`.
const fn aspected(a: Who, b: Who) -> Cond {
    Cond::Related {
        a,
        b,
        how: relation::ASPECTED,
    }
}
/// `b` in `hs` counted from `a`.
const fn apart(a: Who, b: Who, hs: u16) -> Cond {
    Cond::Apart { a, b, houses: hs }
}
/// Every graha of `w` in one of the dignities `d`.
const fn dig(w: Who, d: u16) -> Cond {
    Cond::Dignity { who: w, any_of: d }
}
/// Every graha of `w` in one of `s`.
const fn in_signs(w: Who, s: u16) -> Cond {
    Cond::InSigns { who: w, signs: s }
}
/// Some graha of `w` aspects a house of `hs` from the lagna.
const fn aspects(w: Who, hs: u16) -> Cond {
    Cond::AspectsHouse {
        who: w,
        from: L,
        houses: hs,
    }
}
/// The sign of house `n` from the lagna is one of `s`.
const fn house_in(n: u8, s: u16) -> Cond {
    Cond::HouseIn {
        from: L,
        house: n,
        signs: s,
    }
}
/// Every graha of `w` is among `among`.
const fn is(w: Who, among: Who) -> Cond {
    Cond::Is { who: w, among }
}
/// Every graha of `w` is strong (simple classical criteria).
const fn strong(w: Who) -> Cond {
    Cond::Strong(w)
}
/// Every graha of `w` is weak.
const fn weak(w: Who) -> Cond {
    Cond::Weak(w)
}

const TRIKONA: u16 = houses(&[1, 5, 9]);
const KENDRA_TRIKONA: u16 = houses(&[1, 4, 5, 7, 9, 10]);
const UPACHAYA: u16 = houses(&[3, 6, 10, 11]);
const EXALTED: u16 = dignities(&[Dignity::Exalted]);
const DEBILITATED: u16 = dignities(&[Dignity::Debilitated]);
/// Own, moolatrikona or exaltation sign.
const DIGNIFIED: u16 = dignities(&[Dignity::Exalted, Dignity::Moolatrikona, Dignity::Own]);
/// Dignified or in a friend's sign.
const FRIENDLY: u16 = dignities(&[
    Dignity::Exalted,
    Dignity::Moolatrikona,
    Dignity::Own,
    Dignity::GreatFriend,
    Dignity::Friend,
]);
/// An enemy's sign or debilitation.
const INIMICAL: u16 = dignities(&[Dignity::Enemy, Dignity::GreatEnemy, Dignity::Debilitated]);
const BENEFICS: Who = Who::Benefics;
const MALEFICS: Who = Who::Malefics;
const ANY_GRAHA: Who = Who::Set(0x1ff);
const WATERY: u16 = signs(&[Rashi::Cancer, Rashi::Scorpio, Rashi::Pisces]);
const ODD: u16 = signs(&[
    Rashi::Aries,
    Rashi::Gemini,
    Rashi::Leo,
    Rashi::Libra,
    Rashi::Sagittarius,
    Rashi::Aquarius,
]);
const EVEN: u16 = 0xfff & !ODD;
/// Signs of Mercury, Venus, Jupiter, Mars, Saturn.
const MERCURY_SIGNS: u16 = signs(&[Rashi::Gemini, Rashi::Virgo]);
const VENUS_SIGNS: u16 = signs(&[Rashi::Taurus, Rashi::Libra]);
const JUPITER_SIGNS: u16 = signs(&[Rashi::Sagittarius, Rashi::Pisces]);
const MARS_SIGNS: u16 = signs(&[Rashi::Aries, Rashi::Scorpio]);
const SATURN_SIGNS: u16 = signs(&[Rashi::Capricorn, Rashi::Aquarius]);
/// Signs of the natural benefics Mercury, Jupiter, Venus and the Moon.
const BENEFIC_SIGNS: u16 = MERCURY_SIGNS | VENUS_SIGNS | JUPITER_SIGNS | signs(&[Rashi::Cancer]);

mod bhava;
mod extra;
mod named;
mod special;

/// All parts of the catalogue, in order.
const PARTS: &[&[Yoga]] = &[
    CORE,
    named::NAMED,
    bhava::BHAVA,
    extra::EXTRA,
    special::SPECIAL,
];

const fn total(parts: &[&[Yoga]]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < parts.len() {
        n += parts[i].len();
        i += 1;
    }
    n
}

const fn concat<const N: usize>(parts: &[&[Yoga]]) -> [Yoga; N] {
    const HOLE: Yoga = Yoga {
        name: "",
        aliases: &[],
        family: Family::Named,
        source: "",
        condition: Cond::Waxing,
    };
    let mut out = [HOLE; N];
    let mut k = 0;
    let mut i = 0;
    while i < parts.len() {
        let mut j = 0;
        while j < parts[i].len() {
            out[k] = parts[i][j];
            k += 1;
            j += 1;
        }
        i += 1;
    }
    out
}

/// The catalogue, in the family order of issue #8, then the named yogas of
/// BPHS ch. 36 and Phaladeepika ch. 6, then the bhava yogas of B. V.
/// Raman's *Three Hundred Important Combinations*.
pub static CATALOGUE: [Yoga; total(PARTS)] = concat(PARTS);
