//! Fixture reading shared by the integration tests.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::PathBuf;

/// A CSV fixture from `tests/data/`: `#` comment lines, one header line, rows.
pub struct Fixture {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    index: HashMap<String, usize>,
}

impl Fixture {
    pub fn load(name: &str) -> Fixture {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data")
            .join(name);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read fixture {}: {e}", path.display()));
        let mut lines = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
        let header: Vec<String> = lines
            .next()
            .expect("fixture has a header line")
            .split(',')
            .map(|s| s.trim().to_string())
            .collect();
        let rows: Vec<Vec<String>> = lines
            .map(|l| l.split(',').map(|s| s.trim().to_string()).collect())
            .collect();
        assert!(!rows.is_empty(), "fixture {name} has no rows");
        let index = header
            .iter()
            .enumerate()
            .map(|(i, h)| (h.clone(), i))
            .collect();
        Fixture {
            header,
            rows,
            index,
        }
    }

    pub fn col(&self, name: &str) -> usize {
        *self
            .index
            .get(name)
            .unwrap_or_else(|| panic!("fixture has no column {name}; columns: {:?}", self.header))
    }

    pub fn f64(&self, row: &[String], name: &str) -> f64 {
        let s = &row[self.col(name)];
        s.parse()
            .unwrap_or_else(|_| panic!("column {name}: {s:?} is not a number"))
    }

    pub fn str<'a>(&self, row: &'a [String], name: &str) -> &'a str {
        &row[self.col(name)]
    }
}

/// Largest absolute difference seen, with the row where it happened.
#[derive(Debug, Default, Clone)]
pub struct MaxErr {
    pub max: f64,
    pub at: String,
    pub count: usize,
}

impl MaxErr {
    pub fn add(&mut self, err: f64, at: impl FnOnce() -> String) {
        self.count += 1;
        assert!(err.is_finite(), "non-finite error at {}", at());
        if err.abs() > self.max {
            self.max = err.abs();
            self.at = at();
        }
    }
}
