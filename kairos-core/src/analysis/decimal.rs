//! Numbers as listings write them (`120000`, `7.5`, `.5`), read without
//! the standard library's float parser: `str::parse::<f64>` brings 10 KB of
//! tables into the WebAssembly module (about 10 KB gzipped: they do not
//! compress), and a listing's figures never need what they are for.

/// Exact powers of ten: every one up to 10^22 is an `f64` exactly.
const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The significant digits kept: more than an `f64` holds, fewer than
/// overflow a `u64`.
const MAX_DIGITS: usize = 19;

/// The number `s` writes with ASCII digits and at most one dot (`120000`,
/// `7.5`, `.5`, `5.`); `None` for anything else, as `s.parse::<f64>()`
/// would say for such text. Up to 15 significant digits (every figure a
/// listing writes) the value is the correctly rounded one, the same as
/// `parse` gives: both the digits and the power of ten are exact, and one
/// division rounds once. Longer numbers are read to within a few units in
/// the last place.
pub(crate) fn parse_decimal(s: &str) -> Option<f64> {
    let (whole, fraction) = s.split_once('.').unwrap_or((s, ""));
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let whole = whole.trim_start_matches('0');
    let mut digits: u64 = 0;
    let mut kept = 0;
    // Whole digits past the kept ones scale the value up; fraction digits
    // past them are dropped.
    let mut scale: i32 = 0;
    for (b, in_fraction) in whole
        .bytes()
        .map(|b| (b, false))
        .chain(fraction.bytes().map(|b| (b, true)))
    {
        if !b.is_ascii_digit() {
            return None;
        }
        if kept < MAX_DIGITS {
            // Zeros before the first significant digit of a fraction
            // (`0.05`) take no room.
            if digits > 0 || b != b'0' {
                kept += 1;
            }
            digits = digits * 10 + u64::from(b - b'0');
            if in_fraction {
                scale -= 1;
            }
        } else if !in_fraction {
            scale += 1;
        }
    }
    // One exact power and one rounding for every figure a listing writes;
    // more in steps (approximate, as said above).
    let mut value = digits as f64;
    while scale != 0 {
        let step = scale.unsigned_abs().min(22) as usize;
        if scale < 0 {
            value /= POWERS_OF_TEN[step];
            scale += step as i32;
        } else {
            value *= POWERS_OF_TEN[step];
            scale -= step as i32;
        }
    }
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_what_listings_write() {
        for (text, value) in [
            ("120000", 120000.0),
            ("7.5", 7.5),
            (".5", 0.5),
            ("5.", 5.0),
            ("0.05", 0.05),
            ("000123.4500", 123.45),
        ] {
            assert_eq!(parse_decimal(text), Some(value), "{text}");
        }
        for text in ["", ".", "1.2.3", "1,000", "-5", "+5", "1e5", "5 ", "٣"] {
            assert_eq!(parse_decimal(text), None, "{text:?}");
        }
    }

    proptest! {
        /// The same value as the standard parser, to the bit, for every
        /// number of up to 15 significant digits.
        #[test]
        fn agrees_with_the_standard_parser(
            whole in "[0-9]{0,9}",
            fraction in proptest::option::of("[0-9]{0,6}"),
        ) {
            let text = match &fraction {
                Some(f) => format!("{whole}.{f}"),
                None => whole.clone(),
            };
            let expected = text.parse::<f64>().ok();
            prop_assert_eq!(parse_decimal(&text).map(f64::to_bits), expected.map(f64::to_bits), "{}", text);
        }

        /// Long numbers stay within a part in 10^15 of the standard parser's.
        #[test]
        fn long_numbers_are_close(text in "[0-9]{1,30}(\\.0{0,25}[0-9]{1,30})?") {
            let expected: f64 = text.parse().unwrap();
            let read = parse_decimal(&text).unwrap();
            prop_assert!((read - expected).abs() <= expected.abs() * 1e-15, "{} read {} not {}", text, read, expected);
        }
    }
}
