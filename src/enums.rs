//! The macro that gives every closed set of names (grahas, rashis,
//! nakshatras, ayanamsas, …) the same small API: `ALL`, a 0-based `index()`,
//! a 1-based `number()` (as the texts count), `name()`, `from_index()` and
//! `from_number()`.

/// Declares a closed enum with `ALL`, `index`, `number`, `name`,
/// `from_index`, `from_number`. Variant names are the serde names.
macro_rules! closed_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident : $count:literal {
            $( $(#[$vmeta:meta])* $variant:ident => $text:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every member, in the classical order (index 0 first).
            pub const ALL: [$name; $count] = [ $( $name::$variant ),+ ];

            /// Position in [`Self::ALL`], 0-based.
            #[inline]
            pub const fn index(self) -> usize {
                self as usize
            }

            /// Number as the texts count, 1-based.
            #[inline]
            pub const fn number(self) -> u8 {
                self as u8 + 1
            }

            /// The name in one transliteration without diacritics.
            pub const fn name(self) -> &'static str {
                match self {
                    $( $name::$variant => $text ),+
                }
            }

            /// The member at a 0-based index, or `None` past the end.
            #[inline]
            pub const fn from_index(index: usize) -> Option<Self> {
                if index < $count { Some(Self::ALL[index]) } else { None }
            }

            /// The member with a 1-based number, or `None` outside `1..=N`.
            #[inline]
            pub const fn from_number(number: u8) -> Option<Self> {
                if number >= 1 { Self::from_index(number as usize - 1) } else { None }
            }

            /// The member at `index` modulo the set's size (for counting around the zodiac).
            #[inline]
            #[allow(dead_code)]
            pub(crate) const fn wrapping(index: usize) -> Self {
                Self::ALL[index % $count]
            }
        }

        impl core::fmt::Display for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.name())
            }
        }
    };
}

pub(crate) use closed_enum;

/// Finds the member of `all` whose `key` matches `name` after both pass
/// through `normalize`; otherwise [`crate::Error::UnknownName`] listing the
/// keys. One lookup for every closed set named in the API and the CLI.
pub(crate) fn find_by_name<T: Copy>(
    what: &'static str,
    name: &str,
    all: &[T],
    key: impl Fn(T) -> &'static str,
    normalize: impl Fn(&str) -> alloc::string::String,
) -> Result<T, crate::Error> {
    use alloc::string::ToString;
    use alloc::vec::Vec;
    let wanted = normalize(name.trim());
    all.iter()
        .copied()
        .find(|t| normalize(key(*t)) == wanted)
        .ok_or_else(|| crate::Error::UnknownName {
            what,
            name: name.to_string(),
            allowed: all.iter().map(|t| key(*t)).collect::<Vec<_>>().join(", "),
        })
}

/// Lower case with `-` and spaces read as `_`: `"True-Chitra"` → `"true_chitra"`.
pub(crate) fn snake_key(name: &str) -> alloc::string::String {
    name.chars()
        .map(|c| {
            if c == '-' || c == ' ' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}
