//! CPython's numeric hashes (ints modulo 2**61 - 1, floats consistent with them), and
//! coropy's own string hash (CPython's is randomized per run).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

const HASH_MODULUS: u64 = (1 << 61) - 1;

pub fn str_hash(s: &str) -> u64 {
    crate::runtime::value::PyStr::new(s).hash()
}

/// CPython's hash of an integer (`hash(-1) == -2`), as u64 bits.
pub fn int_hash(i: i64) -> u64 {
    let m = (i.unsigned_abs() % HASH_MODULUS) as i64;
    let h = if i < 0 { -m } else { m };
    (if h == -1 { -2 } else { h }) as u64
}

pub fn bigint_hash(b: &BigInt) -> u64 {
    let m = (b.abs() % BigInt::from(HASH_MODULUS)).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    (if h == -1 { -2 } else { h }) as u64
}

/// CPython's hash of a float (equal to the int hash for integral values).
pub fn float_hash(x: f64) -> u64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { (-314159i64) as u64 };
    }
    if x.fract() == 0.0 && x.abs() < 9.2e18 {
        return int_hash(x as i64);
    }
    let (mut m, mut e) = frexp(x.abs());
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & HASH_MODULUS) | (h >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= HASH_MODULUS {
            h -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    h = ((h << e) & HASH_MODULUS) | (h >> (61 - e));
    let h = if x < 0.0 { -(h as i64) } else { h as i64 };
    (if h == -1 { -2 } else { h }) as u64
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}
