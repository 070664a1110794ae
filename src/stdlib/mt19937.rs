//! The Mersenne Twister MT19937 exactly as CPython's `_random` module drives it, plus the
//! pure-number parts of `random.py` (seeding, `_randbelow`, the index choices behind
//! `shuffle`, `sample` and `choices`), so that a seed gives CPython 3.11's sequences.

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// One generator: the MT state plus `gauss()`'s saved second value.
#[derive(Clone)]
pub struct Mt {
    state: [u32; N],
    index: usize,
    pub gauss_next: Option<f64>,
}

impl Default for Mt {
    fn default() -> Self {
        Mt::new()
    }
}

impl Mt {
    /// A generator seeded with 0 (callers normally seed it right away).
    pub fn new() -> Mt {
        let mut mt = Mt {
            state: [0; N],
            index: N + 1,
            gauss_next: None,
        };
        mt.init_by_array(&[0]);
        mt
    }

    fn init_genrand(&mut self, s: u32) {
        let mt = &mut self.state;
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// CPython's `init_by_array` (key words little-endian, least significant first).
    pub fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        self.gauss_next = None;
    }

    /// `seed(n)` for an int: all bits of `abs(n)` are used.
    pub fn seed_int(&mut self, n: &BigInt) {
        let (_, mut key) = n.to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
    }

    /// `seed(s)` for a str (version 2): the UTF-8 bytes followed by their SHA-512 digest,
    /// read as a big-endian integer.
    pub fn seed_str(&mut self, s: &str) {
        let mut bytes = s.as_bytes().to_vec();
        bytes.extend_from_slice(&sha512(s.as_bytes()));
        self.seed_int(&BigInt::from(BigUint::from_bytes_be(&bytes)));
    }

    /// `seed(s, version=1)` for a str: CPython's old string hash.
    pub fn seed_str_v1(&mut self, s: &str) {
        let chars: Vec<u32> = s.chars().map(|c| c as u32).collect();
        let mut x: u64 = chars.first().map_or(0, |&c| (c as u64) << 7);
        for &c in &chars {
            x = 1_000_003u64.wrapping_mul(x) ^ c as u64;
        }
        x ^= chars.len() as u64;
        self.seed_int(&BigInt::from(x));
    }

    pub fn genrand_u32(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.state;
            let mag01 = [0u32, MATRIX_A];
            let mut kk = 0;
            while kk < N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[(y & 1) as usize];
                kk += 1;
            }
            while kk < N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag01[(y & 1) as usize];
                kk += 1;
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[(y & 1) as usize];
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// `random()`: a 53-bit float in [0, 1).
    pub fn random(&mut self) -> f64 {
        let a = (self.genrand_u32() >> 5) as f64;
        let b = (self.genrand_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for k ≤ 64.
    pub fn bits_u64(&mut self, k: u32) -> u64 {
        match k {
            0 => 0,
            1..=32 => (self.genrand_u32() >> (32 - k)) as u64,
            _ => {
                let lo = self.genrand_u32() as u64;
                let hi = (self.genrand_u32() >> (64 - k)) as u64;
                lo | (hi << 32)
            }
        }
    }

    /// `getrandbits(k)`: 32-bit words filled least significant first.
    pub fn getrandbits(&mut self, k: u64) -> BigUint {
        if k <= 64 {
            return BigUint::from(self.bits_u64(k as u32));
        }
        let words = (k - 1) / 32 + 1;
        let mut rest = k;
        let mut digits = Vec::with_capacity(words as usize);
        for _ in 0..words {
            let mut r = self.genrand_u32();
            if rest < 32 {
                r >>= 32 - rest;
            }
            digits.push(r);
            rest = rest.saturating_sub(32);
        }
        BigUint::from_slice(&digits)
    }

    /// `_randbelow(n)` for 0 < n (rejection sampling on `n.bit_length()` bits).
    pub fn randbelow(&mut self, n: u64) -> u64 {
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.bits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `_randbelow(n)` for any positive int.
    pub fn randbelow_big(&mut self, n: &BigUint) -> BigUint {
        if let Some(small) = n.to_u64() {
            return BigUint::from(self.randbelow(small));
        }
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }

    /// The swaps of `shuffle(x)` for `len(x) == n`: `(i, j)` pairs in order.
    pub fn shuffle_swaps(&mut self, n: usize) -> Vec<(usize, usize)> {
        (1..n.max(1))
            .rev()
            .map(|i| (i, self.randbelow(i as u64 + 1) as usize))
            .collect()
    }

    /// The population indices `sample(population, k)` picks (0 ≤ k ≤ n checked by the
    /// caller), using CPython's choice between a pool and a set of selections.
    pub fn sample_indices(&mut self, n: usize, k: usize) -> Vec<usize> {
        let mut setsize = 21usize;
        if k > 5 {
            let e = ((k as f64 * 3.0).ln() / 4f64.ln()).ceil() as u32;
            setsize += 4usize.saturating_pow(e);
        }
        let mut result = Vec::with_capacity(k);
        if n <= setsize {
            let mut pool: Vec<usize> = (0..n).collect();
            for i in 0..k {
                let j = self.randbelow((n - i) as u64) as usize;
                result.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut selected = std::collections::HashSet::with_capacity(k);
            for _ in 0..k {
                let mut j = self.randbelow(n as u64) as usize;
                while selected.contains(&j) {
                    j = self.randbelow(n as u64) as usize;
                }
                selected.insert(j);
                result.push(j);
            }
        }
        result
    }

    /// `choices(population, k=k)` without weights: `floor(random() * n)` each.
    pub fn choices_indices(&mut self, n: usize, k: usize) -> Vec<usize> {
        let nf = n as f64;
        (0..k)
            .map(|_| (self.random() * nf).floor() as usize)
            .collect()
    }

    /// `choices` with cumulative weights (validated, total > 0 and finite).
    pub fn choices_weighted(&mut self, cum: &[f64], k: usize) -> Vec<usize> {
        let total = cum[cum.len() - 1];
        let hi = cum.len() - 1;
        (0..k)
            .map(|_| bisect_right(cum, self.random() * total, hi))
            .collect()
    }
}

impl Mt {
    /// `randrange(start, stop, step)` on ints; the error is a ValueError message.
    pub fn randrange(
        &mut self,
        start: &BigInt,
        stop: &BigInt,
        step: &BigInt,
    ) -> Result<BigInt, String> {
        let width = stop - start;
        if step.is_one() {
            if width.is_positive() {
                return Ok(start + BigInt::from(self.randbelow_big(width.magnitude())));
            }
            return Err(format!(
                "empty range for randrange() ({start}, {stop}, {width})"
            ));
        }
        let n = if step.is_positive() {
            (&width + step - BigInt::one()).div_floor(step)
        } else if step.is_negative() {
            (&width + step + BigInt::one()).div_floor(step)
        } else {
            return Err("zero step for randrange()".into());
        };
        if !n.is_positive() {
            return Err("empty range for randrange()".into());
        }
        Ok(start + step * BigInt::from(self.randbelow_big(n.magnitude())))
    }

    /// The common case `randrange(start, stop)` with i64 bounds and a non-empty range.
    pub fn randrange_i64(&mut self, start: i64, stop: i64) -> Option<i64> {
        let width = stop as i128 - start as i128;
        if width <= 0 {
            return None;
        }
        Some((start as i128 + self.randbelow(width as u64) as i128) as i64)
    }

    /// `gauss(mu, sigma)` (Box–Muller, keeping the second value for the next call).
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * std::f64::consts::TAU;
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    /// `normalvariate(mu, sigma)` (Kinderman and Monahan).
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        let magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = magic * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -u2.ln() {
                return mu + z * sigma;
            }
        }
    }
}

/// `bisect.bisect_right(a, x, 0, hi)`.
pub fn bisect_right(a: &[f64], x: f64, hi: usize) -> usize {
    let (mut lo, mut hi) = (0, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if x < a[mid] {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

/// A seed from the OS (`seed(None)`): 624 words from /dev/urandom, else time and pid.
pub fn entropy_key() -> Vec<u32> {
    use std::io::Read;
    let mut buf = vec![0u8; N * 4];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .is_ok();
    if ok {
        return buf
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
    }
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    vec![
        nanos as u32,
        (nanos >> 32) as u32,
        (nanos >> 64) as u32,
        std::process::id(),
    ]
}

const K512: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];

/// SHA-512 (FIPS 180-4) of `data`.
pub fn sha512(data: &[u8]) -> [u8; 64] {
    let mut h: [u64; 8] = [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 128 != 112 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u128) * 8).to_be_bytes());
    for block in msg.chunks_exact(128) {
        let mut w = [0u64; 80];
        for (t, c) in block.chunks_exact(8).enumerate() {
            w[t] = u64::from_be_bytes(c.try_into().expect("8 bytes"));
        }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16]
                .wrapping_add(s0)
                .wrapping_add(w[t - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for t in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K512[t])
                .wrapping_add(w[t]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 64];
    for (i, x) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&x.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeded(seed: &str) -> Mt {
        let mut mt = Mt::new();
        if let Some(s) = seed.strip_prefix("s:") {
            mt.seed_str(s);
        } else if let Some(f) = seed.strip_prefix("f:") {
            let x: f64 = f.parse().unwrap();
            let h = crate::interp::protocols::float_hash(x);
            mt.seed_int(&BigInt::from(h));
        } else {
            mt.seed_int(&seed.parse().unwrap());
        }
        mt
    }

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    fn run_case(mt: &mut Mt, case: &str) -> Vec<String> {
        let strs = |v: Vec<usize>| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let floats = |v: Vec<f64>| {
            v.iter()
                .map(|x| crate::fmt::float_repr::float_repr(*x))
                .collect()
        };
        match case {
            "random" => floats((0..6).map(|_| mt.random()).collect()),
            "getrandbits" => [1, 5, 31, 32, 33, 63, 64, 65, 100, 200]
                .iter()
                .map(|&k| mt.getrandbits(k).to_string())
                .collect(),
            "randbelow" => {
                let ns = [
                    "1",
                    "2",
                    "7",
                    "100",
                    "4294967296",
                    "4294967297",
                    "8589934593",
                    "18446744073709551615",
                    "18446744073709551616",
                    "1000000000000000000000000000000",
                ];
                ns.iter()
                    .map(|n| mt.randbelow_big(&n.parse().unwrap()).to_string())
                    .collect()
            }
            "randrange" => {
                let mut v: Vec<String> = (0..5)
                    .map(|_| {
                        mt.randrange(&big("3"), &big("100"), &big("7"))
                            .unwrap()
                            .to_string()
                    })
                    .collect();
                let r = mt.randrange(&big("100000000000000000000"), &big("-5"), &big("-3"));
                v.push(r.unwrap().to_string());
                v
            }
            "randint" => (0..8)
                .map(|_| mt.randrange_i64(-10, 11).unwrap().to_string())
                .collect(),
            "shuffle" => {
                let mut x: Vec<usize> = (0..20).collect();
                for (i, j) in mt.shuffle_swaps(20) {
                    x.swap(i, j);
                }
                strs(x)
            }
            "sample_pool" => {
                let mut v = mt.sample_indices(10, 4);
                v.extend(mt.sample_indices(30, 25));
                strs(v)
            }
            "sample_set" => {
                let mut v = mt.sample_indices(1000, 10);
                v.extend(mt.sample_indices(100, 3));
                strs(v)
            }
            "choices" => strs(mt.choices_indices(10, 7)),
            "choices_weighted" => strs(mt.choices_weighted(&[1.0, 3.0, 6.0, 10.5, 15.5], 7)),
            "gauss" => floats(vec![
                mt.gauss(0.0, 1.0),
                mt.gauss(0.0, 1.0),
                mt.gauss(0.0, 1.0),
                mt.gauss(10.0, 2.0),
            ]),
            "normalvariate" => floats((0..3).map(|_| mt.normalvariate(0.0, 1.0)).collect()),
            "uniform" => floats((0..3).map(|_| 1.0 + (5.0 - 1.0) * mt.random()).collect()),
            other => panic!("unknown case {other}"),
        }
    }

    /// Every sequence in testdata/random_expected.txt (written by gen_random.py under
    /// CPython 3.11) is reproduced exactly.
    #[test]
    fn matches_cpython_sequences() {
        let data = include_str!("testdata/random_expected.txt");
        let mut checked = 0;
        for line in data.lines() {
            let mut parts = line.splitn(3, '|');
            let (seed, case, want) = (
                parts.next().unwrap(),
                parts.next().unwrap(),
                parts.next().unwrap(),
            );
            let mut mt = seeded(seed);
            let got = run_case(&mut mt, case).join(" ");
            assert_eq!(got, want, "seed {seed} case {case}");
            checked += 1;
        }
        assert_eq!(checked, 130);
    }

    #[test]
    fn sha512_known_answers() {
        let hex = |b: [u8; 64]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
        assert_eq!(
            hex(sha512(b"abc")),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a\
             2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
        assert_eq!(&hex(sha512(&[b'a'; 200]))[..16], "4b11459c33f52a22");
    }
}
