//! `round()`: floats through a correctly rounded decimal string (CPython's `double_round`),
//! ints to a negative number of digits, both half-to-even on the exact value.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, Signed, Zero};

use super::FmtError;

/// CPython's `NDIGITS_MAX`: more digits than this leave any double unchanged.
const NDIGITS_MAX: i64 = 323;
/// CPython's `NDIGITS_MIN`: fewer digits than this round any double to zero.
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)`. The only error is `OverflowError("rounded value too large to
/// represent")`, e.g. `round(1.7976931348623157e308, -308)`.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FmtError> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let rounded = if ndigits >= 0 {
        format!("{:.*}", ndigits as usize, x)
            .parse::<f64>()
            .expect("Rust float text parses")
    } else {
        let k = (-ndigits) as u32;
        let (mantissa, exp) = exact_parts(x.abs());
        let pow10 = BigInt::from(10u32).pow(k);
        let q = if exp >= 0 {
            div_half_even(&(mantissa << exp as usize), &pow10)
        } else {
            div_half_even(&mantissa, &(pow10 << (-exp) as usize))
        };
        let sign = if x.is_sign_negative() { "-" } else { "" };
        format!("{sign}{q}e{k}")
            .parse::<f64>()
            .expect("decimal text parses")
    };
    if rounded.is_infinite() {
        return Err(FmtError::Overflow(
            "rounded value too large to represent".into(),
        ));
    }
    Ok(rounded)
}

/// `round(x)` with no `ndigits`: the nearest int, ties to even.
pub fn round_float_to_int(x: f64) -> Result<BigInt, FmtError> {
    float_to_int(x.round_ties_even())
}

/// `int(x)` for a float: truncates toward zero; errors for infinities and nan.
pub fn float_to_int(x: f64) -> Result<BigInt, FmtError> {
    if x.is_nan() {
        return Err(FmtError::Value(
            "cannot convert float NaN to integer".into(),
        ));
    }
    BigInt::from_f64(x.trunc())
        .ok_or_else(|| FmtError::Overflow("cannot convert float infinity to integer".into()))
}

/// `round(n, ndigits)` for an int: unchanged for `ndigits >= 0`, else rounded half-to-even
/// to a multiple of `10**-ndigits` (`round(1250, -2)` → 1200).
pub fn round_int(n: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 {
        return n.clone();
    }
    let k = ndigits.unsigned_abs();
    // 10**k > 2*|n| rounds to zero; bits*log10(2) bounds the digit count.
    if k > n.bits() * 31 / 100 + 2 {
        return BigInt::zero();
    }
    let pow10 = BigInt::from(10u32).pow(k as u32);
    let q = div_half_even(&n.abs(), &pow10) * pow10;
    if n.is_negative() { -q } else { q }
}

/// x = mantissa × 2^exp exactly, for finite non-negative x.
fn exact_parts(x: f64) -> (BigInt, i64) {
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if exp_bits == 0 {
        (BigInt::from(frac), -1074)
    } else {
        (BigInt::from(frac | (1u64 << 52)), exp_bits - 1075)
    }
}

/// num / den rounded half-to-even, for num >= 0 and den > 0.
fn div_half_even(num: &BigInt, den: &BigInt) -> BigInt {
    let (q, r) = num.div_rem(den);
    let twice: BigInt = r << 1usize;
    if twice > *den || (twice == *den && q.is_odd()) {
        q + 1
    } else {
        q
    }
}
