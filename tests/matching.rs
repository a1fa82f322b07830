//! Matching against the classical rules and the texts' worked cases, the
//! invariants (proptest), ranking against brute force, and the serde form.
//!
//! Tara, Varna and Bhakoot are the three kootas where PyJHora 4.8.7 is
//! wrong (tests/matching_vs_pyjhora.rs); here they are checked exhaustively
//! against the rule as the texts state it.

use jyotish::matching::{
    AshtakootOptions, DashakootOptions, Exception, ExceptionSet, GanaTable, Grade, Koota,
    KujaCancellation, KujaCancellations, KujaHouses, KujaInput, KujaOptions, KujaReference,
    MaitriTable, MaleficBalance, Matcher, MoonClass, Porutham, RajjuRule, Role, SignHalf,
    VashyaTable, Verdict, YoniTable, ashtakoot, dashakoot, kuja_dosha, kuja_match,
};
use jyotish::{Error, Nakshatra, Pada, Rashi};
use proptest::prelude::*;

fn mc(n: u8, p: u8) -> MoonClass {
    MoonClass::new(n, p).unwrap()
}

fn all_padas() -> impl Iterator<Item = MoonClass> {
    (1..=27u8).flat_map(|n| (1..=4u8).map(move |p| mc(n, p)))
}

fn none() -> AshtakootOptions {
    AshtakootOptions {
        exceptions: ExceptionSet::NONE,
        ..AshtakootOptions::default()
    }
}

// ---------------------------------------------------------------------------
// The three kootas PyJHora gets wrong, against the classical rule.
// ---------------------------------------------------------------------------

/// Muhurta Chintamani 6.21 ("dvija jhashalikarkatas tato nripa vishonghrijah"):
/// Pisces, Scorpio, Cancer Brahmin; the signs after them (Aries, Sagittarius,
/// Leo) Kshatriya; then (Taurus, Capricorn, Virgo) Vaishya; then (Gemini,
/// Aquarius, Libra) Shudra. One point when the groom's varna is the same as
/// or higher than the bride's.
#[test]
fn varna_is_muhurta_chintamani() {
    use Rashi::*;
    let rank = |r: Rashi| match r {
        Pisces | Scorpio | Cancer => 0,
        Aries | Sagittarius | Leo => 1,
        Taurus | Capricorn | Virgo => 2,
        Gemini | Aquarius | Libra => 3,
    };
    for b in all_padas() {
        for g in all_padas().step_by(5) {
            let want = if rank(b.rashi()) <= rank(g.rashi()) {
                1.0
            } else {
                0.0
            };
            assert_eq!(ashtakoot(b, g, &none()).koota(Koota::Varna).points, want);
        }
    }
    // Groom Taurus (Vaishya), bride Gemini (Shudra): the groom is higher → 1.
    // (PyJHora, with earth and air swapped, gives 0.)
    let m = ashtakoot(mc(4, 1), mc(7, 1), &none());
    assert_eq!(m.koota(Koota::Varna).points, 1.0);
}

/// Muhurta Chintamani ch. 6 (Tara): count from the bride's star to the
/// groom's and from the groom's to the bride's, each divided by 9; the
/// remainders 3 (Vipat), 5 (Pratyak) and 7 (Vadha) are unfavourable. Each
/// favourable direction gives 1½.
#[test]
fn tara_is_the_classical_count() {
    let count = |from: Nakshatra, to: Nakshatra| (to.index() + 27 - from.index()) % 27 + 1;
    let good = |c: usize| ![3, 5, 7].contains(&(c % 9));
    for b in Nakshatra::ALL {
        for g in Nakshatra::ALL {
            let want = 1.5 * f64::from(u8::from(good(count(g, b))))
                + 1.5 * f64::from(u8::from(good(count(b, g))));
            let m = ashtakoot(mc(b.number(), 1), mc(g.number(), 1), &none());
            assert_eq!(m.koota(Koota::Tara).points, want, "{b} {g}");
        }
    }
    // Groom Bharani, bride Ashwini: 2nd (Sampat) and 27th (27 mod 9 = 0) → 3.
    assert_eq!(
        ashtakoot(mc(2, 1), mc(1, 1), &none())
            .koota(Koota::Tara)
            .points,
        3.0
    );
    // Groom Krittika, bride Ashwini: 3rd (Vipat) one way, 26th (8, Mitra) the other → 1½.
    assert_eq!(
        ashtakoot(mc(3, 1), mc(1, 1), &none())
            .koota(Koota::Tara)
            .points,
        1.5
    );
    // Groom Rohini, bride Ashwini: 4th (Kshema); the other way 25 (7, Vadha) → 1½.
    assert_eq!(
        ashtakoot(mc(4, 1), mc(1, 1), &none())
            .koota(Koota::Tara)
            .points,
        1.5
    );
    // A full 3 exists (PyJHora never gives it).
    assert!(all_padas().any(|b| ashtakoot(b, mc(1, 1), &none()).koota(Koota::Tara).points == 3.0));
}

/// Muhurta Chintamani ch. 6 (Bhakoot / Rashi koota): the 2/12 (dvirdvadasha),
/// 5/9 (navapanchaka) and 6/8 (shadashtaka) relations of the Moon signs
/// score 0, all others 7.
#[test]
fn bhakoot_is_the_classical_rule() {
    for b in all_padas() {
        for g in all_padas().step_by(3) {
            let n = (b.rashi().index() + 12 - g.rashi().index()) % 12 + 1;
            let want = if [2, 12, 5, 9, 6, 8].contains(&n) {
                0.0
            } else {
                7.0
            };
            assert_eq!(ashtakoot(b, g, &none()).koota(Koota::Bhakoot).points, want);
        }
    }
    // Bride Aquarius (Dhanishta 3), groom Cancer (Pushya 1): Cancer is the
    // 6th from Aquarius → shadashtaka → 0 (PyJHora's table has 7 here).
    let m = ashtakoot(mc(8, 1), mc(23, 3), &none());
    assert_eq!(m.koota(Koota::Bhakoot).points, 0.0);
}

// ---------------------------------------------------------------------------
// Dosha exceptions: the texts' cases.
// ---------------------------------------------------------------------------

#[test]
fn nadi_exceptions() {
    let o = AshtakootOptions::default();
    // Krittika 2 and Rohini 1: both Taurus, both Antya nadi. Same rashi,
    // different nakshatra → Nadi dosha void (Muhurta Chintamani ch. 6).
    let m = ashtakoot(mc(3, 2), mc(4, 1), &o);
    assert_eq!(m.koota(Koota::Nadi).points, 0.0);
    assert_eq!(m.koota(Koota::Nadi).points_after_exceptions, 8.0);
    assert!(m.exceptions_fired().contains(Exception::NadiSameRashi));
    // Krittika is Rakshasa and Rohini Manushya, but both Moons are in
    // Venus's Taurus: the Gana dosha is relieved too.
    assert!(m.exceptions_fired().contains(Exception::GanaMaitri));
    assert_eq!(m.total_after_exceptions(), m.total() + 8.0 + 6.0);

    // Krittika 1 (Aries) and Krittika 2 (Taurus): same nakshatra, different
    // rashi and pada.
    let m = ashtakoot(mc(3, 1), mc(3, 2), &o);
    assert!(
        m.exceptions_fired()
            .contains(Exception::NadiSameNakshatraDifferentRashi)
    );
    assert!(
        m.exceptions_fired()
            .contains(Exception::NadiSameNakshatraDifferentPada)
    );
    assert!(!m.exceptions_fired().contains(Exception::NadiSameRashi));

    // Rohini 1 and Rohini 3: same nakshatra and rashi, different pada.
    let m = ashtakoot(mc(4, 1), mc(4, 3), &o);
    assert_eq!(
        m.exceptions_fired(),
        ExceptionSet::NONE.with(Exception::NadiSameNakshatraDifferentPada)
    );

    // Same nakshatra and pada: no relief.
    let m = ashtakoot(mc(1, 1), mc(1, 1), &o);
    assert!(m.exceptions_fired().is_empty());
    assert_eq!(m.koota(Koota::Nadi).points_after_exceptions, 0.0);

    // Ashwini (Aries, Mars) and Uttara Phalguni 1 (Leo, Sun), both Adi:
    // Mars and the Sun are mutual friends (BPHS 3.55).
    let m = ashtakoot(mc(1, 1), mc(12, 1), &o);
    assert_eq!(m.koota(Koota::Nadi).points, 0.0);
    assert!(m.exceptions_fired().contains(Exception::NadiFriendlyLords));

    // Switched off, nothing fires.
    let off = AshtakootOptions {
        exceptions: ExceptionSet::ALL.without(Exception::NadiSameRashi),
        ..o
    };
    let m = ashtakoot(mc(3, 2), mc(4, 1), &off);
    assert!(!m.exceptions_fired().contains(Exception::NadiSameRashi));
    assert_eq!(m.koota(Koota::Nadi).points_after_exceptions, 0.0);
}

#[test]
fn bhakoot_exceptions() {
    let o = AshtakootOptions::default();
    // Aries (Ashwini) and Scorpio (Anuradha): 6/8, both ruled by Mars.
    let m = ashtakoot(mc(1, 1), mc(17, 1), &o);
    assert_eq!(m.koota(Koota::Bhakoot).points, 0.0);
    assert!(m.exceptions_fired().contains(Exception::BhakootSameLord));
    assert_eq!(m.koota(Koota::Bhakoot).points_after_exceptions, 7.0);
    // Leo (Magha) and Sagittarius (Mula): 5/9, Sun and Jupiter mutual friends.
    let m = ashtakoot(mc(10, 1), mc(19, 1), &o);
    assert!(
        m.exceptions_fired()
            .contains(Exception::BhakootFriendlyLords)
    );
    assert!(!m.exceptions_fired().contains(Exception::BhakootSameLord));
    // Taurus (Rohini) and Sagittarius (Mula): 6/8, Venus and Jupiter
    // enemies: the dosha stands.
    let m = ashtakoot(mc(4, 1), mc(19, 1), &o);
    assert_eq!(m.koota(Koota::Bhakoot).points_after_exceptions, 0.0);
}

#[test]
fn gana_relief_by_maitri() {
    let o = AshtakootOptions::default();
    // Magha (Rakshasa, Leo: Sun) with Ashwini (Deva, Aries: Mars): the
    // lords are mutual friends, so Maitri relieves the Gana dosha (groom
    // Deva with bride Rakshasa scores 1 of 6 by the default table).
    let m = ashtakoot(mc(1, 1), mc(10, 1), &o);
    assert_eq!(m.koota(Koota::Gana).points, 1.0);
    assert_eq!(m.koota(Koota::GrahaMaitri).points, 5.0);
    assert!(m.exceptions_fired().contains(Exception::GanaMaitri));
    assert_eq!(m.koota(Koota::Gana).points_after_exceptions, 6.0);
    // Krittika 2 (Rakshasa, Taurus: Venus) with Mrigashira 3 (Deva, Gemini:
    // Mercury): mutual friends too.
    let m = ashtakoot(mc(5, 3), mc(3, 2), &o);
    assert!(m.exceptions_fired().contains(Exception::GanaMaitri));
    // Ashlesha (Rakshasa, Cancer: Moon) with Bharani (Manushya, Aries: Mars):
    // the Moon is neutral to Mars → no relief.
    let m = ashtakoot(mc(2, 1), mc(9, 1), &o);
    assert!(!m.exceptions_fired().contains(Exception::GanaMaitri));
}

// ---------------------------------------------------------------------------
// Invariants.
// ---------------------------------------------------------------------------

fn class() -> impl Strategy<Value = MoonClass> {
    (0usize..MoonClass::COUNT).prop_map(|i| MoonClass::from_index(i).unwrap())
}

fn options() -> impl Strategy<Value = AshtakootOptions> {
    (0usize..3, 0usize..2, 0usize..2, 0usize..2, any::<u8>()).prop_map(|(v, y, g, m, e)| {
        AshtakootOptions {
            vashya: [
                VashyaTable::Saravali,
                VashyaTable::AstroYogi,
                VashyaTable::Maitreya,
            ][v],
            yoni: [YoniTable::Symmetric, YoniTable::SaravaliAsPublished][y],
            gana: [GanaTable::Maitreya, GanaTable::Symmetric][g],
            maitri: [MaitriTable::Standard, MaitriTable::Maitreya][m],
            exceptions: Exception::ALL
                .into_iter()
                .enumerate()
                .filter(|(i, _)| e & (1 << i) != 0)
                .map(|(_, x)| x)
                .collect(),
        }
    })
}

proptest! {
    /// The total is the sum of the kootas, each within 0..=max, before and
    /// after exceptions; only enabled exceptions fire.
    #[test]
    fn totals_and_ranges(b in class(), g in class(), o in options()) {
        let m = ashtakoot(b, g, &o);
        let sum: f64 = m.kootas().iter().map(|k| k.points).sum();
        let after: f64 = m.kootas().iter().map(|k| k.points_after_exceptions).sum();
        prop_assert_eq!(m.total(), sum);
        prop_assert_eq!(m.total_after_exceptions(), after);
        prop_assert!((0.0..=36.0).contains(&m.total()));
        prop_assert!(m.total_after_exceptions() >= m.total());
        for (k, s) in Koota::ALL.iter().zip(&m.kootas()) {
            prop_assert_eq!(s.koota, *k);
            prop_assert_eq!(s.max, k.max_points());
            prop_assert!(s.points >= 0.0 && s.points <= s.max);
            prop_assert!(s.points_after_exceptions >= s.points && s.points_after_exceptions <= s.max);
        }
        for e in m.exceptions_fired().iter() {
            prop_assert!(o.exceptions.contains(e));
        }
    }

    /// Swapping groom and bride leaves Tara, Yoni, Graha Maitri, Bhakoot and
    /// Nadi (and the exceptions) unchanged; only Varna, Vashya and Gana may
    /// change.
    #[test]
    fn swap_symmetry(b in class(), g in class(), o in options()) {
        // The published saravali.de Yoni table is the one asymmetric option.
        let o = AshtakootOptions { yoni: YoniTable::Symmetric, ..o };
        let (x, y) = (ashtakoot(b, g, &o), ashtakoot(g, b, &o));
        for k in [Koota::Tara, Koota::Yoni, Koota::GrahaMaitri, Koota::Bhakoot, Koota::Nadi] {
            prop_assert_eq!(x.koota(k), y.koota(k));
        }
        prop_assert_eq!(x.exceptions_fired(), y.exceptions_fired());
    }

    /// The precomputed table gives what the direct computation gives.
    #[test]
    fn matcher_is_direct(b in class(), g in class()) {
        let o = AshtakootOptions::default();
        prop_assert_eq!(MATCHER.with(|m| m.ashtakoot(b, g)), ashtakoot(b, g, &o));
    }

    /// Poruthams: agreement follows the grade; vetoes reject.
    #[test]
    fn porutham_verdicts(b in class(), g in class()) {
        let m = dashakoot(b, g, &DashakootOptions::default());
        for p in &m.poruthams {
            prop_assert_eq!(p.agrees, p.grade != Grade::None);
        }
        prop_assert_eq!(usize::from(m.agreements), m.poruthams.iter().filter(|p| p.agrees).count());
        let veto = !m.porutham(Porutham::Rajju).agrees || !m.porutham(Porutham::Vedha).agrees;
        prop_assert_eq!(veto, m.verdict == Verdict::Rejected);
    }
}

thread_local! {
    static MATCHER: Matcher = Matcher::new(AshtakootOptions::default());
}

#[test]
fn direction_dependent_kootas_do_change() {
    let o = AshtakootOptions::default();
    let mut changed = [false; 8];
    for b in all_padas() {
        for g in all_padas() {
            let (x, y) = (ashtakoot(b, g, &o), ashtakoot(g, b, &o));
            for k in Koota::ALL {
                if x.koota(k).points != y.koota(k).points {
                    changed[k.index()] = true;
                }
            }
        }
    }
    let which: Vec<Koota> = Koota::ALL
        .into_iter()
        .filter(|k| changed[k.index()])
        .collect();
    assert_eq!(which, [Koota::Varna, Koota::Vashya, Koota::Gana]);
}

// ---------------------------------------------------------------------------
// Ranking.
// ---------------------------------------------------------------------------

#[test]
fn rank_matches_brute_force() {
    let m = Matcher::new(AshtakootOptions::default());
    // A deterministic pseudo-random candidate list.
    let mut x = 0x2545_f491_4f6c_dd1du64;
    let cands: Vec<MoonClass> = (0..5000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            MoonClass::from_index((x % 216) as usize).unwrap()
        })
        .collect();
    for (profile, role) in [(mc(7, 2), Role::Boy), (mc(20, 3), Role::Girl)] {
        for top in [0, 1, 100, 4999, 6000] {
            let got = m.rank(profile, role, &cands, top);
            let mut want: Vec<(f64, usize)> = cands
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let (b, g) = match role {
                        Role::Boy => (profile, *c),
                        Role::Girl => (*c, profile),
                    };
                    (ashtakoot(b, g, m.options()).total_after_exceptions(), i)
                })
                .collect();
            want.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap().then(a.1.cmp(&b.1)));
            want.truncate(top);
            let got: Vec<(f64, usize)> = got
                .iter()
                .map(|r| (r.total_after_exceptions, r.index))
                .collect();
            assert_eq!(got, want, "top {top}");
        }
    }
}

// ---------------------------------------------------------------------------
// South Indian poruthams.
// ---------------------------------------------------------------------------

#[test]
fn poruthams_by_raman() {
    let o = DashakootOptions::default();
    // Dina: count from the bride's star: 2, 4, 6, 8, 9 (remainder 0) agree.
    let dina = |b: u8| {
        dashakoot(mc(b, 1), mc(1, 1), &o)
            .porutham(Porutham::Dina)
            .agrees
    };
    let agreeing: Vec<u8> = (1..=27).filter(|&b| dina(b)).collect();
    assert_eq!(
        agreeing,
        [2, 4, 6, 8, 9, 11, 13, 15, 17, 18, 20, 22, 24, 26, 27]
    );

    // Rajju: Ashwini and Magha are both foot (pada) rajju → rejected.
    let m = dashakoot(mc(1, 1), mc(10, 1), &o);
    assert!(!m.porutham(Porutham::Rajju).agrees);
    assert_eq!(m.verdict, Verdict::Rejected);
    // With the aaroha/avaroha relief, Ashwini (ascending) and Ashlesha
    // (descending, foot) agree.
    let relief = DashakootOptions {
        rajju: RajjuRule::AarohaAvaroha,
        ..o
    };
    assert!(
        !dashakoot(mc(1, 1), mc(9, 1), &o)
            .porutham(Porutham::Rajju)
            .agrees
    );
    assert!(
        dashakoot(mc(1, 1), mc(9, 1), &relief)
            .porutham(Porutham::Rajju)
            .agrees
    );

    // Vedha: Mrigashira–Chitra–Dhanishta mutually; Ardra–Hasta is not vedha.
    let vedha = |b, g| {
        dashakoot(mc(b, 1), mc(g, 1), &o)
            .porutham(Porutham::Vedha)
            .agrees
    };
    assert!(!vedha(5, 14) && !vedha(14, 23) && !vedha(23, 5));
    assert!(vedha(6, 13) && vedha(14, 14) && vedha(1, 27));

    // Stree-deergha: beyond 13 good, 8–13 middling.
    let sd = |b: u8| {
        dashakoot(mc(b, 1), mc(1, 1), &o)
            .porutham(Porutham::StreeDeergha)
            .grade
    };
    assert_eq!(
        (sd(7), sd(8), sd(14)),
        (Grade::None, Grade::Medium, Grade::Good)
    );

    // Rasi: the groom's sign beyond the 6th from the bride's.
    let rasi = |b: u8, g: u8| {
        dashakoot(mc(b, 1), mc(g, 1), &o)
            .porutham(Porutham::Rasi)
            .agrees
    };
    assert!(!rasi(12, 1)); // Leo is the 5th from Aries
    assert!(rasi(15, 1)); // Libra the 7th

    // Vasya: Leo is vashya to Aries.
    let v = dashakoot(mc(10, 1), mc(1, 1), &o);
    assert!(v.porutham(Porutham::Vasya).agrees);

    // Yoni: Cat (Punarvasu) and Rat (Magha) are enemies.
    assert!(
        !dashakoot(mc(7, 1), mc(10, 1), &o)
            .porutham(Porutham::Yoni)
            .agrees
    );
}

#[test]
fn porutham_verdict_threshold() {
    let o = DashakootOptions::default();
    let mut seen = [false; 3];
    for b in all_padas() {
        for g in all_padas().step_by(3) {
            let m = dashakoot(b, g, &o);
            match m.verdict {
                Verdict::Acceptable => assert!(m.agreements >= 6),
                Verdict::NotRecommended => assert!(m.agreements < 6),
                Verdict::Rejected => {}
            }
            seen[m.verdict as usize] = true;
        }
    }
    assert_eq!(seen, [true; 3]);
}

// ---------------------------------------------------------------------------
// Mangal dosha: B. V. Raman's cases.
// ---------------------------------------------------------------------------

fn chart(lagna: Rashi, moon: Rashi, venus: Rashi, mars: Rashi, jupiter: Rashi) -> KujaInput {
    KujaInput {
        lagna,
        moon,
        venus,
        mars,
        mars_house_from_lagna: None,
        jupiter,
        saturn: Rashi::Pisces,
        rahu: Rashi::Pisces,
        mars_retrograde: false,
    }
}

#[test]
fn kuja_dosha_houses_and_cancellations() {
    use Rashi::*;
    let o = KujaOptions::default();
    // Aries lagna, Mars in Libra (7th), Moon and Venus in Gemini (Mars 5th),
    // Jupiter in Taurus (no aspect on Libra): dosha from the lagna only, and
    // none of the exceptions applies.
    let c = chart(Aries, Gemini, Gemini, Libra, Taurus);
    let k = kuja_dosha(&c, &o).unwrap();
    let l = k.from_reference(KujaReference::Lagna);
    assert_eq!((l.mars_house, l.in_dosha_house, l.present), (7, true, true));
    assert!(!k.from_reference(KujaReference::Moon).in_dosha_house);
    assert!(k.present);

    // Jupiter in Gemini aspects Libra with its 5th-sign aspect: cancelled.
    let k = kuja_dosha(&chart(Aries, Gemini, Gemini, Libra, Gemini), &o).unwrap();
    assert!(k.present_raw && !k.present);
    assert!(
        k.from_reference(KujaReference::Lagna)
            .cancelled_by
            .contains(KujaCancellation::JupiterAssociation)
    );

    // Mars in the 7th in Capricorn (Cancer lagna): exalted, the 7th in
    // Capricorn, and a Cancer lagna all cancel it.
    let k = kuja_dosha(&chart(Cancer, Aries, Aries, Capricorn, Aries), &o).unwrap();
    let by = k.from_reference(KujaReference::Lagna).cancelled_by;
    for c in [
        KujaCancellation::OwnOrExalted,
        KujaCancellation::HouseSign,
        KujaCancellation::LagnaCancerOrLeo,
    ] {
        assert!(by.contains(c), "{c:?}");
    }
    // Mars in the 2nd in Gemini (Taurus lagna): Raman's 2nd-house exception.
    let k = kuja_dosha(&chart(Taurus, Aries, Aries, Gemini, Aries), &o).unwrap();
    assert!(
        k.from_reference(KujaReference::Lagna)
            .cancelled_by
            .contains(KujaCancellation::HouseSign)
    );
    // Without the 2nd house it is no dosha at all.
    let no2 = KujaOptions {
        houses: KujaHouses::WITHOUT_SECOND,
        ..o
    };
    let k = kuja_dosha(&chart(Taurus, Aries, Aries, Gemini, Aries), &no2).unwrap();
    assert!(!k.from_reference(KujaReference::Lagna).in_dosha_house);

    // A bhava chart can move Mars out of the 7th.
    let mut c = chart(Aries, Gemini, Gemini, Libra, Taurus);
    c.mars_house_from_lagna = Some(6);
    assert!(!kuja_dosha(&c, &o).unwrap().present);
    c.mars_house_from_lagna = Some(13);
    assert!(matches!(
        kuja_dosha(&c, &o),
        Err(Error::OutOfRange { what: "house", .. })
    ));
    assert!(KujaHouses::from_houses(&[0]).is_err());

    // Retrograde Mars, with that cancellation switched off and on.
    let mut c = chart(Aries, Gemini, Gemini, Libra, Taurus);
    c.mars_retrograde = true;
    assert!(!kuja_dosha(&c, &o).unwrap().present);
    let keep = KujaOptions {
        cancellations: KujaCancellations::ALL.without(KujaCancellation::Retrograde),
        ..o
    };
    assert!(kuja_dosha(&c, &keep).unwrap().present);
}

#[test]
fn kuja_mutual_cancellation() {
    use Rashi::*;
    let o = KujaOptions::default();
    let manglik = chart(Aries, Gemini, Gemini, Libra, Taurus);
    let clear = chart(Aries, Gemini, Gemini, Gemini, Taurus);
    // Both doshic: each cancels the other.
    let m = kuja_match(&manglik, &manglik, &o).unwrap();
    assert!(m.mutual_cancellation && !m.dosha_remains);
    // One-sided: remains.
    let m = kuja_match(&manglik, &clear, &o).unwrap();
    assert!(!m.mutual_cancellation && m.dosha_remains);
    // Balanced by Saturn in the bride's 7th from her lagna, when enabled.
    let mut saturn7 = clear;
    saturn7.saturn = Libra;
    let bal = KujaOptions {
        malefic_balance: MaleficBalance::SaturnRahuKetu,
        ..o
    };
    let m = kuja_match(&manglik, &saturn7, &bal).unwrap();
    assert!(m.balanced_by_malefics && !m.dosha_remains);
    assert!(kuja_match(&manglik, &saturn7, &o).unwrap().dosha_remains);
}

// ---------------------------------------------------------------------------
// Input errors and serde.
// ---------------------------------------------------------------------------

#[test]
fn bad_input_is_a_typed_error() {
    for (n, p) in [(0, 1), (28, 1), (255, 1)] {
        assert!(matches!(
            MoonClass::new(n, p),
            Err(Error::OutOfRange {
                what: "nakshatra number",
                ..
            })
        ));
    }
    for p in [0, 5, 9] {
        assert!(matches!(
            MoonClass::new(1, p),
            Err(Error::OutOfRange { what: "pada", .. })
        ));
    }
    let bad = Pada {
        nakshatra: Nakshatra::Mula,
        quarter: 0,
    };
    assert!(MoonClass::with_half(bad, SignHalf::First).is_err());
    assert_eq!(
        MoonClass::new(1, 5).unwrap_err().to_string(),
        "pada 5 is out of range: allowed 1 to 4"
    );
    assert!(Koota::from_key("nadi").is_ok());
    assert!(matches!(
        Koota::from_key("bhakut"),
        Err(Error::UnknownName { what: "koota", .. })
    ));
}

#[test]
fn serde_round_trip() {
    let m = ashtakoot(mc(3, 2), mc(4, 1), &AshtakootOptions::default());
    let j = serde_json::to_value(m).unwrap();
    assert_eq!(j["kootas"][4]["koota"], "graha_maitri");
    assert_eq!(j["exceptions_fired"][0], "nadi_same_rashi");
    let back: jyotish::matching::AshtakootMatch = serde_json::from_value(j).unwrap();
    assert_eq!(back, m);
    let c = MoonClass::new(20, 1).unwrap();
    let j = serde_json::to_value(c).unwrap();
    assert_eq!(
        j,
        serde_json::json!({"nakshatra": "PurvaAshadha", "pada": 1, "half": "first"})
    );
    assert_eq!(serde_json::from_value::<MoonClass>(j).unwrap(), c);
    assert!(
        serde_json::from_value::<MoonClass>(serde_json::json!({"nakshatra": "Mula", "pada": 7}))
            .is_err()
    );
    let d = dashakoot(mc(1, 1), mc(18, 1), &DashakootOptions::default());
    let j = serde_json::to_value(d).unwrap();
    assert_eq!(j["verdict"], "rejected");
    assert_eq!(j["poruthams"][3]["porutham"], "stree_deergha");
}
