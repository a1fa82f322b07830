//! Classical facts and traps, each checked against the text.

use super::*;
use crate::Rashi::*;
use alloc::string::ToString;

fn lon(d: f64) -> Longitude {
    Longitude::new(d).unwrap()
}

fn v(name: &str) -> Varga {
    Varga::from_name(name).unwrap()
}

#[test]
fn every_named_pair_has_a_rule_and_stays_in_the_zodiac() {
    let mut count = 0;
    for varga in Varga::all_named() {
        count += 1;
        for k in 0..3600 {
            let l = lon(k as f64 * 0.1 + 0.05);
            let r = varga_rashi(l, varga);
            assert!(r.index() < 12);
            if let Some(vl) = varga_longitude(l, varga) {
                assert_eq!(Rashi::of(vl), r, "{varga} at {l}");
            }
        }
    }
    assert_eq!(count, 105);
}

#[test]
fn vimshopaka_points_by_relationship() {
    // D1 signs of Sun … Saturn.
    let d1 = [Aries, Taurus, Gemini, Cancer, Leo, Virgo, Libra];
    let g = crate::Graha::ALL;
    // Mars in Taurus (Venus's): naturally neutral; Venus (Virgo) is 4th from
    // Mars (Gemini): temporal friend → friend, 15.
    assert_eq!(vimshopaka_points(g[2], Taurus, &d1), Some(15.0));
    // Saturn in Leo (Sun's): natural enemy; the Sun (Aries) is 7th from
    // Saturn (Libra): temporal enemy → great enemy, 5.
    assert_eq!(vimshopaka_points(g[6], Leo, &d1), Some(5.0));
    // Jupiter in Gemini (Mercury's): natural enemy; Mercury (Cancer) is 12th
    // from Jupiter (Leo): temporal friend → neutral, 10.
    assert_eq!(vimshopaka_points(g[4], Gemini, &d1), Some(10.0));
    // Moon in Capricorn (Saturn's): natural neutral; Saturn (Libra) is 6th
    // from the Moon (Taurus): temporal enemy → enemy, 7.
    assert_eq!(vimshopaka_points(g[1], Capricorn, &d1), Some(7.0));
    assert_eq!(vimshopaka_points(g[0], Leo, &d1), Some(20.0));
    assert_eq!(vimshopaka_points(crate::Graha::Ketu, Leo, &d1), None);
}

#[test]
fn d4_goes_to_the_kendras_bphs() {
    // BPHS ch. 6: the four chaturthamshas of a sign are ruled by the lords
    // of the sign and of its 4th, 7th and 10th — not consecutive signs.
    let d4 = v("D4");
    assert_eq!(varga_rashi(lon(1.0), d4), Aries);
    assert_eq!(varga_rashi(lon(8.0), d4), Cancer);
    assert_eq!(varga_rashi(lon(16.0), d4), Libra);
    assert_eq!(varga_rashi(lon(23.0), d4), Capricorn);
    // Taurus: Taurus, Leo, Scorpio, Aquarius.
    let got: alloc::vec::Vec<Rashi> = [31.0, 38.0, 46.0, 53.0]
        .iter()
        .map(|&d| varga_rashi(lon(d), d4))
        .collect();
    assert_eq!(got, [Taurus, Leo, Scorpio, Aquarius]);
}

#[test]
fn d30_venus_portion_bphs() {
    // BPHS ch. 6: in odd signs the last 5° are Venus's (Libra); in even
    // signs the first 5° are Venus's (Taurus).
    let d30 = v("D30");
    assert_eq!(varga_rashi(lon(27.0), d30), Libra); // 27° Aries
    assert_eq!(varga_rashi(lon(30.0 + 2.0), d30), Taurus); // 2° Taurus
    assert_eq!(varga_rashi(lon(60.0 + 29.9), d30), Libra); // 29.9° Gemini
    assert_eq!(varga_rashi(lon(330.0 + 4.9), d30), Taurus); // 4.9° Pisces
    // The other portions: odd 5-5-8-7-5 Mars, Saturn, Jupiter, Mercury, Venus.
    let odd: alloc::vec::Vec<Rashi> = [2.0, 7.0, 14.0, 20.0, 26.0]
        .iter()
        .map(|&d| varga_rashi(lon(120.0 + d), d30))
        .collect();
    assert_eq!(odd, [Aries, Aquarius, Sagittarius, Gemini, Libra]);
    // Even 5-7-8-5-5 Venus, Mercury, Jupiter, Saturn, Mars.
    let even: alloc::vec::Vec<Rashi> = [2.0, 7.0, 14.0, 22.0, 26.0]
        .iter()
        .map(|&d| varga_rashi(lon(150.0 + d), d30))
        .collect();
    assert_eq!(even, [Taurus, Virgo, Pisces, Capricorn, Scorpio]);
    assert_eq!(varga_longitude(lon(27.0), d30), None);
}

#[test]
fn hora_of_parashara_is_leo_or_cancer() {
    // BPHS ch. 6: odd signs, first half Sun (Leo), second Moon (Cancer);
    // even signs the reverse.
    let d2 = v("D2");
    assert_eq!(varga_rashi(lon(10.0), d2), Leo);
    assert_eq!(varga_rashi(lon(20.0), d2), Cancer);
    assert_eq!(varga_rashi(lon(40.0), d2), Cancer);
    assert_eq!(varga_rashi(lon(50.0), d2), Leo);
    assert_eq!(Varga::parashara(Division::D2).method(), Method::Parashara);
}

#[test]
fn kashinatha_hora_examples() {
    // PVR's examples: Jupiter 25°16′ Taurus → Libra; Mars 18°53′ Sagittarius → Sagittarius.
    let k = v("D2:kashinatha");
    assert_eq!(varga_rashi(lon(30.0 + 25.0 + 16.0 / 60.0), k), Libra);
    assert_eq!(varga_rashi(lon(240.0 + 18.0 + 53.0 / 60.0), k), Sagittarius);
    // Leo and Cancer pair up for the Sun and the Moon.
    assert_eq!(varga_rashi(lon(120.0 + 20.0), k), Cancer);
    assert_eq!(varga_rashi(lon(90.0 + 20.0), k), Leo);
}

#[test]
fn drekkana_and_navamsha_facts() {
    // D3: 25° Aries is the third drekkana: Sagittarius (9th).
    assert_eq!(varga_rashi(lon(25.0), v("D3")), Sagittarius);
    // Jagannatha drekkana of Taurus: Capricorn (movable), Taurus, Virgo.
    let j = v("D3:jagannatha");
    assert_eq!(varga_rashi(lon(35.0), j), Capricorn);
    assert_eq!(varga_rashi(lon(45.0), j), Taurus);
    assert_eq!(varga_rashi(lon(55.0), j), Virgo);
    // D9: first navamsha of Taurus (earth) is Capricorn; last of Pisces is Pisces.
    assert_eq!(varga_rashi(lon(31.0), v("D9")), Capricorn);
    assert_eq!(varga_rashi(lon(359.9), v("D9")), Pisces);
    // Kalachakra: Rohini pada 1 (40°–43°20′) is Scorpio.
    assert_eq!(varga_rashi(lon(41.0), v("D9:kalachakra")), Scorpio);
}

#[test]
fn saptamsha_dashamsha_even_signs() {
    // BPHS ch. 6: D7 of an even sign starts from its 7th; D10 from its 9th.
    assert_eq!(varga_rashi(lon(31.0), v("D7")), Scorpio);
    assert_eq!(varga_rashi(lon(31.0), v("D10")), Capricorn);
    assert_eq!(varga_rashi(lon(1.0), v("D10")), Aries);
}

#[test]
fn d108_is_d12_of_d9_and_d144_d12_of_d12() {
    for k in 0..10_000 {
        let l = lon(k as f64 * 0.036 + 0.0001);
        let d9 = varga_longitude(l, v("D9")).unwrap();
        assert_eq!(varga_rashi(l, v("D108")), varga_rashi(d9, v("D12")), "{l}");
        let d12 = varga_longitude(l, v("D12")).unwrap();
        assert_eq!(varga_rashi(l, v("D144")), varga_rashi(d12, v("D12")), "{l}");
    }
}

#[test]
fn equal_to_parivritti_where_the_text_says_so() {
    for k in 0..36_000 {
        let l = lon(k as f64 * 0.01 + 0.003);
        for d in [9u16, 27, 81] {
            let d = Division::new(d).unwrap();
            let p = Varga::new(d, Method::Parivritti).unwrap();
            assert_eq!(varga_rashi(l, Varga::parashara(d)), varga_rashi(l, p));
        }
        // D60 Parashara from the sign; parivritti (60 ≡ 0 mod 12) from Aries.
        assert_eq!(
            varga_rashi(l, v("D60:parivritti")).index(),
            ((l.degrees() * 2.0) as usize) % 12
        );
    }
}

#[test]
fn bad_names_are_typed_errors() {
    use crate::Error;
    assert!(matches!(
        Varga::from_name("D0"),
        Err(Error::OutOfRange { .. })
    ));
    assert!(matches!(
        Varga::from_name("D301"),
        Err(Error::OutOfRange { .. })
    ));
    assert!(matches!(
        Varga::from_name("D99999"),
        Err(Error::OutOfRange { .. })
    ));
    assert!(matches!(
        Varga::from_name("X9"),
        Err(Error::UnknownName { .. })
    ));
    assert!(matches!(
        Varga::from_name("D"),
        Err(Error::UnknownName { .. })
    ));
    assert!(matches!(
        Varga::from_name("D9:foo"),
        Err(Error::UnknownName { .. })
    ));
    assert!(matches!(
        Varga::from_name("D57:parashara"),
        Err(Error::UnknownName { .. })
    ));
    assert!(matches!(
        Varga::from_name("D1:somanatha"),
        Err(Error::UnknownName { .. })
    ));
    let e = Varga::from_name("D7:kashinatha").unwrap_err().to_string();
    assert!(e.contains("parashara, even_backward"), "{e}");
    // Round trip of every pair's name.
    for varga in Varga::all_named() {
        assert_eq!(Varga::from_name(&varga.to_string()).unwrap(), varga);
    }
    for m in Method::ALL {
        assert_eq!(Method::from_name(m.name()).unwrap(), m);
    }
}

#[test]
fn vimshopaka_weights_sum_to_twenty() {
    for g in VimshopakaGroup::ALL {
        let total: f64 = g.weights().iter().map(|(_, w)| w).sum();
        assert_eq!(total, 20.0, "{g}");
    }
}

#[test]
fn vimshopaka_is_the_weighted_mean_of_points() {
    // BPHS ch. 7: Σ weight·points / 20 over the group, built here by hand.
    let grahas = [130.0, 33.0, 280.0, 160.0, 95.0, 350.0, 200.0].map(lon);
    let d1 = grahas.map(Rashi::of);
    for group in VimshopakaGroup::ALL {
        let bala = vimshopaka_bala(&grahas, group);
        for (i, b) in bala.iter().enumerate() {
            let g = crate::Graha::ALL[i];
            let by_hand: f64 = group
                .weights()
                .iter()
                .map(|&(d, w)| {
                    w * vimshopaka_points(g, varga_rashi(grahas[i], Varga::parashara(d)), &d1)
                        .unwrap()
                })
                .sum::<f64>()
                / 20.0;
            assert!((b.points - by_hand).abs() < 1e-12);
            assert!((5.0..=20.0).contains(&b.points));
        }
    }
}
