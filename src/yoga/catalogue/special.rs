//! The bhava and arishta yogas of B. V. Raman's *Three Hundred Important
//! Combinations* that read a fact beyond the signs: Maandi (an input, see
//! [`super::super::ChartFacts::with_maandi`]), the shashtiamsa (D60) deity,
//! the vaiseshikamsa, the navamsa chart counted from its own lagna, and the
//! arudha padas.

use super::*;
use crate::varga::VimshopakaGroup;

/// Mars.
const MARS: Who = g(Mars);
/// Shashtiamsa deity Mridu (BPHS 6.34–39: the 19th in an odd sign).
const MRIDU: u8 = 19;

/// Yogas needing Maandi, shashtiamsa, vaiseshikamsa, navamsa houses or
/// arudha padas.
pub(super) const SPECIAL: &[Yoga] = &[
    y!(
        // "If the lord of the navamsa joined by the planet who owns the
        // navamsa in which the 3rd lord is placed, joins his own vargas":
        // the 3rd lord's navamsa dispositor's navamsa dispositor in its own
        // vargas, read as the least vaiseshikamsa, own or exaltation signs
        // in two of the Shadvarga (Kimsukamsa, BPHS ch. 7).
        "Yuddha Praveena",
        ["yuddha_praveena_yoga", "Yuddhapraveena"],
        Bhava,
        "Raman #183; BPHS ch. 7 (vaiseshikamsa)",
        Cond::Vaiseshikamsa {
            who: Who::NavamsaDispositor(&Who::NavamsaDispositor(&Who::Lord(3))),
            group: VimshopakaGroup::Shadvarga,
            min: 2,
        }
    ),
    y!(
        // "The lord of the 3rd should occupy a fixed Rasi, a fixed Navamsa
        // and a cruel Shashtiamsa and the lord of the Rasi so occupied
        // should be in debility."
        "Yuddhatpaschaddrudha",
        ["yuddhatpaschaddrudha_yoga"],
        Bhava,
        "Raman #185; BPHS 6.33–41 (shashtiamsa)",
        Cond::All(&[
            in_signs(lord(3), FIXED),
            Cond::NavamsaIn {
                who: lord(3),
                signs: FIXED,
            },
            Cond::CruelShashtiamsa(lord(3)),
            dig(Who::Dispositor(&Who::Lord(3)), DEBILITATED),
        ])
    ),
    y!(
        // "The 4th lord must join Saturn, Mandi and Rahu and be aspected by
        // malefics." Another graha than Saturn or Rahu must be the 4th lord
        // for it to join them.
        "Kapata (4th lord with Saturn, Maandi and Rahu)",
        ["kapata_yoga_204"],
        Bhava,
        "Raman #204",
        Cond::All(&[
            with(lord(4), g(Saturn)),
            with(lord(4), g(Rahu)),
            Cond::MaandiIn {
                from: Ref::Of(&Who::Lord(4)),
                houses: h!(1),
            },
            Cond::LordAspected {
                house: 4,
                by: MALEFICS,
            },
        ])
    ),
    y!(
        // "Jupiter should be in Mridwamsa in his own navamsa, or in
        // Gopuramsa with benefic aspect": Jupiter in the shashtiamsa of
        // Mridu and in Sagittarius or Pisces in the navamsa; or in at least
        // Gopuramsa (own or exaltation signs in four of the Dashavarga, BPHS
        // ch. 7: a higher vaiseshikamsa holds the lower) aspected by a
        // benefic.
        "Thrikaala Gnana",
        ["thrikaala_gnana_yoga", "Trikalagnana"],
        Bhava,
        "Raman #234; BPHS 6.33–41 (shashtiamsa), ch. 7 (vaiseshikamsa)",
        Cond::Any(&[
            Cond::All(&[
                Cond::Shashtiamsa {
                    who: g(Jupiter),
                    deity: MRIDU,
                },
                Cond::NavamsaIn {
                    who: g(Jupiter),
                    signs: JUPITER_SIGNS,
                },
            ]),
            Cond::All(&[
                Cond::Vaiseshikamsa {
                    who: g(Jupiter),
                    group: VimshopakaGroup::Dashavarga,
                    min: 4,
                },
                aspected(g(Jupiter), BENEFICS),
            ]),
        ])
    ),
    y!(
        // "The 3rd house must be occupied by Mandi and Rahu or by Mars in
        // the shashtiamsa of Preta Purisha (cruel deities)."
        "Galakarna",
        ["galakarna_yoga"],
        Arishta,
        "Raman #264; BPHS 6.33–41 (shashtiamsa)",
        Cond::Any(&[
            Cond::All(&[
                Cond::MaandiIn {
                    from: L,
                    houses: h!(3),
                },
                at(g(Rahu), h!(3)),
            ]),
            Cond::All(&[at(MARS, h!(3)), Cond::CruelShashtiamsa(MARS)]),
        ])
    ),
    y!(
        // "Rahu in the 6th, Mandi in a kendra from Lagna, and the lord of
        // Lagna in the 8th."
        "Kshayaroga",
        ["kshayaroga_yoga", "Kshaya Roga"],
        Arishta,
        "Raman #270",
        Cond::All(&[
            at(g(Rahu), h!(6)),
            Cond::MaandiIn {
                from: L,
                houses: KENDRA,
            },
            at(lord(1), h!(8)),
        ])
    ),
    y!(
        // "The lord of the 6th must be in conjunction with Venus while the
        // Sun or Saturn should join Rahu in a cruel shashtiamsa": the Sun
        // (or Saturn) with Rahu, both in cruel shashtiamsas.
        "Sirachcheda",
        ["sirachcheda_yoga", "Shirascheda"],
        Arishta,
        "Raman #273; BPHS 6.33–41 (shashtiamsa)",
        Cond::All(&[
            with(lord(6), g(Venus)),
            Cond::CruelShashtiamsa(g(Rahu)),
            Cond::Any(&[
                Cond::All(&[with(g(Sun), g(Rahu)), Cond::CruelShashtiamsa(g(Sun))]),
                Cond::All(&[with(g(Saturn), g(Rahu)), Cond::CruelShashtiamsa(g(Saturn)),]),
            ]),
        ])
    ),
    y!(
        // "Mars, being lord of the 6th or 8th, should conjoin the 3rd lord
        // and Rahu, Saturn or Mandi in cruel shashtiamsas": Mars with
        // another graha, the 3rd lord, and with Rahu, Saturn or Maandi
        // that is in a cruel shashtiamsa.
        "Yuddha Marana",
        ["yuddha_marana_yoga"],
        Arishta,
        "Raman #275; BPHS 6.33–41 (shashtiamsa)",
        Cond::All(&[
            is(MARS, Who::Lords(h!(6, 8))),
            with(MARS, lord(3)),
            Cond::Any(&[
                Cond::All(&[with(MARS, g(Rahu)), Cond::CruelShashtiamsa(g(Rahu))]),
                Cond::All(&[with(MARS, g(Saturn)), Cond::CruelShashtiamsa(g(Saturn))]),
                Cond::All(&[
                    Cond::MaandiIn {
                        from: Ref::Graha(Mars),
                        houses: h!(1),
                    },
                    Cond::MaandiCruelShashtiamsa,
                ]),
            ]),
        ])
    ),
    y!(
        // Raman's worked chart for Mathibhramana (#291–294): the 6th
        // occupied by Rahu and aspected by Ketu; the 6th lord "further
        // afflicted" by Mars's conjunction; Mercury in a common sign with
        // Mars and the Sun; and "in the Navamsa again" Mercury with Rahu in
        // the 6th from the navamsa lagna, the navamsa 6th lord with Mars.
        // The features are cumulative: all of them.
        "Mathibhramana (Raman's variation)",
        ["mathibhramana_yoga_variation"],
        Arishta,
        "Raman #291–294 (the illustration)",
        Cond::All(&[
            at(g(Rahu), h!(6)),
            aspected(g(Rahu), g(Ketu)),
            with(lord(6), MARS),
            in_signs(g(Mercury), DUAL),
            with(g(Mercury), MARS),
            with(g(Mercury), g(Sun)),
            Cond::NavamsaHouse {
                who: gs!(Mercury, Rahu),
                houses: h!(6),
            },
            Cond::NavamsaConjunct {
                a: Who::NavamsaLord(6),
                b: MARS,
            },
        ])
    ),
    y!(
        // "The lords of Arudha Lagna and Upapada (the arudha of the 12th)
        // should be in conjunction": two different grahas in one sign.
        "Rajabhrashta",
        ["rajabhrashta_yoga", "Raja Bhrashta"],
        Arishta,
        "Raman #297; BPHS ch. 29 (arudha padas)",
        with(Who::ArudhaLord(1), Who::ArudhaLord(12))
    ),
];
