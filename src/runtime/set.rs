//! `SetData`: the storage of `set` and `frozenset`. Keys live in a `Dict` (values
//! unused) for lookup; a shadow open-addressing table of (hash, key) mirrors CPython's
//! set table — same probing, resizing, dummies and `pop` finger — so sets iterate
//! (and print) in exactly CPython's order for ints, floats and tuples.

use super::dict::{Dict, KeyEq};
use super::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Used(u64, Value),
}

#[derive(Clone)]
pub struct SetData {
    pub items: Dict,
    slots: Vec<Slot>,
    /// Used plus dummy slots (CPython's `fill`).
    fill: usize,
    /// Where `pop()` starts looking.
    finger: usize,
}

impl Default for SetData {
    fn default() -> Self {
        SetData {
            items: Dict::new(),
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            finger: 0,
        }
    }
}

impl SetData {
    pub fn new() -> SetData {
        SetData::default()
    }
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    pub fn contains<E>(&self, hash: u64, key: &Value, eq: KeyEq<E>) -> Result<bool, E> {
        Ok(self.items.get(hash, key, eq)?.is_some())
    }
    pub fn insert<E>(&mut self, hash: u64, key: Value, eq: KeyEq<E>) -> Result<(), E> {
        if self.items.get(hash, &key, eq)?.is_some() {
            return Ok(());
        }
        self.add_new(hash, key);
        Ok(())
    }
    pub fn remove<E>(&mut self, hash: u64, key: &Value, eq: KeyEq<E>) -> Result<bool, E> {
        match self.items.remove(hash, key, eq)? {
            Some(e) => {
                self.shadow_discard(hash, &e.key);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Keys in table order (CPython's iteration order).
    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Used(_, k) => Some(k),
            _ => None,
        })
    }
    /// (hash, key) pairs in table order.
    pub fn entries(&self) -> impl Iterator<Item = (u64, &Value)> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Used(h, k) => Some((*h, k)),
            _ => None,
        })
    }
    /// The key in table slot `pos`, and the next slot to look at (`None` at the end).
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, Value)> {
        while pos < self.slots.len() {
            if let Slot::Used(_, k) = &self.slots[pos] {
                return Some((pos + 1, k.clone()));
            }
            pos += 1;
        }
        None
    }

    pub fn clear(&mut self) {
        *self = SetData::default();
    }

    /// Add a key known not to be present (the lookup store already said so).
    pub fn add_new(&mut self, hash: u64, key: Value) {
        self.items.push_new(hash, key.clone(), Value::None);
        self.shadow_add(hash, key);
    }

    /// Forget a key the lookup store just removed.
    pub fn forget(&mut self, hash: u64, key: &Value) {
        self.shadow_discard(hash, key);
    }

    /// `set.pop()`: the first used slot from the finger on.
    pub fn pop(&mut self) -> Option<Value> {
        if self.is_empty() {
            return None;
        }
        let n = self.slots.len();
        let mut i = self.finger & self.mask();
        while !matches!(self.slots[i], Slot::Used(..)) {
            i = (i + 1) % n;
        }
        let Slot::Used(hash, key) = std::mem::replace(&mut self.slots[i], Slot::Dummy) else {
            unreachable!("found a used slot")
        };
        self.finger = i + 1;
        let pos = self
            .items
            .candidates(hash)
            .into_iter()
            .find(|(_, k)| k.is(&key))
            .map(|(p, _)| p);
        if let Some(p) = pos {
            self.items.remove_at(p);
        }
        Some(key)
    }

    /// CPython's `set_add_entry` for a new key.
    fn shadow_add(&mut self, hash: u64, key: Value) {
        let mask = self.mask();
        let mut i = hash as usize & mask;
        let mut perturb = hash as usize;
        let mut freeslot = None;
        let unused = 'probe: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match self.slots[j] {
                    Slot::Empty => break 'probe j,
                    Slot::Dummy if freeslot.is_none() => freeslot = Some(j),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        };
        if let Some(f) = freeslot {
            self.slots[f] = Slot::Used(hash, key);
            return;
        }
        self.slots[unused] = Slot::Used(hash, key);
        self.fill += 1;
        if self.fill * 5 >= mask * 3 {
            let used = self.len();
            self.resize(if used > 50000 { used * 2 } else { used * 4 });
        }
    }

    fn shadow_discard(&mut self, hash: u64, key: &Value) {
        let mask = self.mask();
        let mut i = hash as usize & mask;
        let mut perturb = hash as usize;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => return,
                    Slot::Used(h, k) if *h == hash && k.is(key) => {
                        self.slots[j] = Slot::Dummy;
                        return;
                    }
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    /// CPython's `set_table_resize`: the smallest power of two above `minused`,
    /// re-inserting the active keys in old table order.
    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        self.fill = 0;
        for s in old {
            if let Slot::Used(h, k) = s {
                self.insert_clean(h, k);
            }
        }
    }

    /// CPython's `set_insert_clean` (no dummies, key known absent).
    fn insert_clean(&mut self, hash: u64, key: Value) {
        let mask = self.mask();
        let mut i = hash as usize & mask;
        let mut perturb = hash as usize;
        loop {
            if matches!(self.slots[i], Slot::Empty) {
                break;
            }
            let mut found = None;
            if i + LINEAR_PROBES <= mask {
                for j in i + 1..=i + LINEAR_PROBES {
                    if matches!(self.slots[j], Slot::Empty) {
                        found = Some(j);
                        break;
                    }
                }
            }
            if let Some(j) = found {
                i = j;
                break;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
        self.slots[i] = Slot::Used(hash, key);
        self.fill += 1;
    }

    /// CPython's `set_merge` of another set's keys (`set(s)`, `s.copy()`, `a | b`,
    /// `update`), with its one big resize up front. `present` tells whether a key is
    /// already in `self` (the caller's equality).
    pub fn merge_from(
        &mut self,
        other: &SetData,
        mut present: impl FnMut(&SetData, u64, &Value) -> bool,
    ) {
        if other.is_empty() {
            return;
        }
        if (self.fill + other.len()) * 5 >= self.mask() * 3 {
            self.resize((self.len() + other.len()) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.len() {
            *self = other.clone();
            self.finger = 0;
            return;
        }
        if self.fill == 0 {
            for (h, k) in other.entries() {
                self.items.push_new(h, k.clone(), Value::None);
                self.insert_clean(h, k.clone());
            }
            return;
        }
        for (h, k) in other.entries() {
            if !present(self, h, k) {
                self.add_new(h, k.clone());
            }
        }
    }
}
