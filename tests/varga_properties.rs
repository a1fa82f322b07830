//! Property tests of the vargas: D1 is the rashi, the Parashara navamsha is
//! the rashi of nine times the longitude, parivritti of any Dn is the rashi
//! of n times the longitude, and every varga rashi and longitude is
//! consistent.

use jyotish::varga::{Division, Method, Varga, VargaChart, varga_longitude, varga_rashi};
use jyotish::{Graha, Longitude, Rashi};
use proptest::prelude::*;

/// Whether `n·λ` lies within `tol_deg` of a multiple of 30° (a sign boundary
/// of the multiplied longitude), where the two ways of computing the part
/// may round to different sides.
fn near_boundary(deg: f64, n: f64, tol_deg: f64) -> bool {
    let y = deg * n / 30.0;
    (y - y.round()).abs() * 30.0 < tol_deg
}

proptest! {
    /// D1 is the rashi itself, and every point is vargottama in it.
    #[test]
    fn d1_is_the_rashi(deg in 0.0f64..360.0) {
        let l = Longitude::new(deg).unwrap();
        prop_assert_eq!(varga_rashi(l, Varga::parashara(Division::D1)), Rashi::of(l));
        prop_assert_eq!(varga_longitude(l, Varga::parashara(Division::D1)), Some(l));
    }

    /// BPHS ch. 6: the Parashara navamsha of λ is the rashi of 9λ.
    #[test]
    fn d9_is_rashi_of_nine_times(deg in 0.0f64..360.0) {
        prop_assume!(!near_boundary(deg, 9.0, 1e-9));
        let l = Longitude::new(deg).unwrap();
        let nine = Longitude::new(9.0 * deg).unwrap();
        prop_assert_eq!(varga_rashi(l, Varga::parashara(Division::D9)), Rashi::of(nine));
    }

    /// Parivritti of any Dn: the rashi of n·λ; its varga longitude is n·λ.
    #[test]
    fn parivritti_is_rashi_of_n_times(deg in 0.0f64..360.0, n in 1u16..=300) {
        prop_assume!(!near_boundary(deg, f64::from(n), 1e-8));
        let l = Longitude::new(deg).unwrap();
        let v = Varga::new(Division::new(n).unwrap(), Method::Parivritti).unwrap();
        let times = Longitude::new(f64::from(n) * deg).unwrap();
        prop_assert_eq!(varga_rashi(l, v), Rashi::of(times));
        let vl = varga_longitude(l, v).unwrap();
        prop_assert!((vl.arc_from(times) + 1e-6) % 360.0 < 2e-6);
    }

    /// Every method of every division gives a rashi in 0..12, a varga
    /// longitude inside that rashi, and vargottama exactly when the varga
    /// rashi is the D1 rashi.
    #[test]
    fn every_varga_is_well_formed(deg in 0.0f64..360.0, n in 1u16..=300, pick in 0usize..16) {
        let l = Longitude::new(deg).unwrap();
        let d = Division::new(n).unwrap();
        let m = d.methods()[pick % d.methods().len()];
        let v = Varga::new(d, m).unwrap();
        let r = varga_rashi(l, v);
        prop_assert!(r.index() < 12);
        if let Some(vl) = varga_longitude(l, v) {
            prop_assert_eq!(Rashi::of(vl), r);
        }
        let chart = VargaChart::new(v, l, &[l; 9]);
        prop_assert_eq!(chart.ascendant.rashi, r);
        prop_assert_eq!(chart.graha(Graha::Ketu).vargottama, r == Rashi::of(l));
    }

    /// The same for the classical pairs, which `every_varga_is_well_formed`
    /// reaches rarely.
    #[test]
    fn named_vargas_in_zodiac(deg in 0.0f64..360.0) {
        let l = Longitude::new(deg).unwrap();
        for v in Varga::all_named() {
            let r = varga_rashi(l, v);
            prop_assert!(r.index() < 12);
            if let Some(vl) = varga_longitude(l, v) {
                prop_assert_eq!(Rashi::of(vl), r, "{}", v);
            }
        }
    }
}

/// The output model: vargas as `"D9:parashara"`, grahas by name, varga
/// longitudes in degrees or null for the unequal trimsamsha.
#[cfg(feature = "serde")]
#[test]
fn serde_output_model() {
    let l = Longitude::new(45.0).unwrap();
    let d30 = VargaChart::new(Varga::from_name("D30").unwrap(), l, &[l; 9]);
    let json = serde_json::to_value(d30).unwrap();
    assert_eq!(json["varga"], "D30:parashara");
    assert_eq!(json["ascendant"]["rashi"], "Pisces"); // 12°–20° of an even sign: Jupiter's
    assert!(json["ascendant"]["longitude"].is_null());
    assert_eq!(json["grahas"][1]["graha"], "Moon");
    assert_eq!(json["grahas"][1]["vargottama"], false);
    let back: VargaChart = serde_json::from_value(json).unwrap();
    assert_eq!(back, d30);
    let d9 = VargaChart::new(Varga::from_name("D9").unwrap(), l, &[l; 9]);
    let json = serde_json::to_value(d9).unwrap();
    assert_eq!(json["grahas"][8]["longitude"], 45.0);
    assert!(json["grahas"][8]["vargottama"].as_bool().unwrap());
    assert!(serde_json::from_str::<Varga>("\"D9:kashinatha\"").is_err());
    assert_eq!(
        serde_json::from_str::<Varga>("\"D2:raman\"")
            .unwrap()
            .method(),
        Method::Raman
    );
}
