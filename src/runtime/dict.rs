//! `Dict`: an insertion-ordered hash table keyed by Python values.
//!
//! Hashing and equality of keys may run Python code (`__hash__`, `__eq__`), so the
//! table takes the hash precomputed and an equality callback from the interpreter.

use hashbrown::HashTable;

use super::value::Value;

/// Key equality that may call into the interpreter; errors stop the lookup.
pub type KeyEq<'a, E> = &'a mut dyn FnMut(&Value, &Value) -> Result<bool, E>;

#[derive(Clone)]
pub struct Entry {
    pub hash: u64,
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Default)]
pub struct Dict {
    /// Entries in insertion order; removed entries are `None` until compaction.
    entries: Vec<Option<Entry>>,
    /// Indices into `entries`.
    index: HashTable<usize>,
    len: usize,
    /// Live entries whose key is not a builtin scalar (str, int, bool, float, None):
    /// while it is 0, no lookup can run Python code and `find_simple` probes directly.
    complex_keys: usize,
}

/// `x == k` exactly, as CPython compares a float with an int.
fn float_equals_int(x: f64, k: i64) -> bool {
    x.fract() == 0.0 && (i64::MIN as f64..-(i64::MIN as f64)).contains(&x) && x as i64 == k
}

/// Keys whose equality with a str or int never runs Python code.
fn is_scalar_key(k: &Value) -> bool {
    matches!(
        k,
        Value::Str(_) | Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None
    )
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    /// Every key is a builtin scalar (str, int, bool, float, None): looking up a str
    /// or int key runs no Python code.
    pub fn scalar_keys_only(&self) -> bool {
        self.complex_keys == 0
    }

    fn find<E>(&self, hash: u64, key: &Value, eq: KeyEq<E>) -> Result<Option<usize>, E> {
        let mut err = None;
        let entries = &self.entries;
        let found = self.index.find(hash, |&i| {
            if err.is_some() {
                return false;
            }
            let e = entries[i].as_ref().expect("index points at a live entry");
            if e.hash != hash {
                return false;
            }
            if e.key.is(key) {
                return true;
            }
            match eq(&e.key, key) {
                Ok(b) => b,
                Err(x) => {
                    err = Some(x);
                    false
                }
            }
        });
        match err {
            Some(e) => Err(e),
            None => Ok(found.copied()),
        }
    }

    pub fn get<E>(&self, hash: u64, key: &Value, eq: KeyEq<E>) -> Result<Option<&Value>, E> {
        Ok(self
            .find(hash, key, eq)?
            .map(|i| &self.entries[i].as_ref().unwrap().value))
    }

    /// Insert or overwrite (an existing key keeps its position and original key object).
    pub fn insert<E>(
        &mut self,
        hash: u64,
        key: Value,
        value: Value,
        eq: KeyEq<E>,
    ) -> Result<(), E> {
        if let Some(i) = self.find(hash, &key, eq)? {
            self.entries[i].as_mut().unwrap().value = value;
            return Ok(());
        }
        self.push_new(hash, key, value);
        Ok(())
    }

    pub fn remove<E>(&mut self, hash: u64, key: &Value, eq: KeyEq<E>) -> Result<Option<Entry>, E> {
        let Some(i) = self.find(hash, key, eq)? else {
            return Ok(None);
        };
        let entry = self.index.find_entry(hash, |&j| j == i).expect("indexed");
        entry.remove();
        let e = self.entries[i].take();
        self.forget_key(e.as_ref());
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Ok(e)
    }

    /// Remove and return the last inserted entry.
    pub fn pop_last(&mut self) -> Option<Entry> {
        while let Some(last) = self.entries.pop() {
            if let Some(e) = last {
                let i = self.entries.len();
                let entry = self.index.find_entry(e.hash, |&j| j == i).expect("indexed");
                entry.remove();
                self.forget_key(Some(&e));
                self.len -= 1;
                return Some(e);
            }
        }
        None
    }

    /// Keep `complex_keys` in step when an entry leaves the table.
    fn forget_key(&mut self, e: Option<&Entry>) {
        if let Some(e) = e
            && !is_scalar_key(&e.key)
        {
            self.complex_keys -= 1;
        }
    }

    fn compact(&mut self) {
        self.entries.retain(|e| e.is_some());
        self.index.clear();
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            let h = e.as_ref().unwrap().hash;
            self.index
                .insert_unique(h, i, |&j| entries[j].as_ref().unwrap().hash);
        }
    }

    // ---- Borrow-free lookup ----
    //
    // Comparing keys may run Python code (`__eq__`) that reads or mutates this very
    // dict, so the interpreter must not hold a borrow of the table while comparing.
    // It takes the candidates (entries with the same hash) out, compares them with no
    // borrow held, then re-checks that the entry it matched is still in place
    // (`key_is_at`), restarting the lookup otherwise — as CPython does.

    /// Live entries whose hash is `hash`: (raw position, key), in insertion order.
    pub fn candidates(&self, hash: u64) -> Vec<(usize, Value)> {
        let mut out: Vec<(usize, Value)> = self
            .index
            .iter_hash(hash)
            .filter_map(|&i| {
                let e = self.entries[i].as_ref()?;
                (e.hash == hash).then(|| (i, e.key.clone()))
            })
            .collect();
        out.sort_unstable_by_key(|&(i, _)| i);
        out
    }
    /// Lookup that needs no Python code: `Some(result)` when `key` is a str or int and
    /// every entry with this hash is a builtin scalar (str, int, bool, float, None), so
    /// equality is decided here and at most one key can be equal; `None` when some
    /// comparison could run `__eq__` (the caller takes the borrow-free path).
    pub fn find_simple(&self, hash: u64, key: &Value) -> Option<Option<usize>> {
        if self.complex_keys == 0 {
            // Only scalar keys: at most one can equal `key`, found by one probe.
            let entries = &self.entries;
            let live = |i: usize| entries[i].as_ref().filter(|e| e.hash == hash);
            return match key {
                Value::Str(ks) => Some(
                    self.index
                        .find(hash, |&i| {
                            live(i).is_some_and(|e| match &e.key {
                                Value::Str(s) => std::rc::Rc::ptr_eq(s, ks) || s.text_eq(ks),
                                _ => false,
                            })
                        })
                        .copied(),
                ),
                Value::Int(k) => {
                    let k = *k;
                    Some(
                        self.index
                            .find(hash, |&i| {
                                live(i).is_some_and(|e| match &e.key {
                                    Value::Int(x) => *x == k,
                                    Value::Bool(b) => (*b as i64) == k,
                                    Value::Float(x) => float_equals_int(*x, k),
                                    _ => false,
                                })
                            })
                            .copied(),
                    )
                }
                _ => self.find_simple_scan(hash, key),
            };
        }
        self.find_simple_scan(hash, key)
    }

    /// `d[key] = value` decided as `find_simple` decides a lookup (a new key is
    /// cloned in); the value comes back when some comparison could run `__eq__`.
    pub fn store_simple(&mut self, hash: u64, key: &Value, value: Value) -> Result<(), Value> {
        match self.find_simple(hash, key) {
            Some(Some(pos)) => self.set_value_at(pos, value),
            Some(None) => self.push_new(hash, key.clone(), value),
            None => return Err(value),
        }
        Ok(())
    }

    /// `find_simple` by visiting every entry with this hash (some keys are not scalars).
    fn find_simple_scan(&self, hash: u64, key: &Value) -> Option<Option<usize>> {
        let mut found: Option<usize> = None;
        match key {
            Value::Str(ks) => {
                for &i in self.index.iter_hash(hash) {
                    let Some(e) = self.entries[i].as_ref() else {
                        continue;
                    };
                    if e.hash != hash {
                        continue;
                    }
                    match &e.key {
                        Value::Str(s) => {
                            if std::rc::Rc::ptr_eq(s, ks) || s.text_eq(ks) {
                                found = Some(found.map_or(i, |f| f.min(i)));
                            }
                        }
                        Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None => {}
                        _ => return None,
                    }
                }
            }
            Value::Int(k) => {
                let k = *k;
                for &i in self.index.iter_hash(hash) {
                    let Some(e) = self.entries[i].as_ref() else {
                        continue;
                    };
                    if e.hash != hash {
                        continue;
                    }
                    let equal = match &e.key {
                        Value::Int(x) => *x == k,
                        Value::Bool(b) => (*b as i64) == k,
                        Value::Str(_) | Value::None => false,
                        _ => return None,
                    };
                    if equal {
                        found = Some(found.map_or(i, |f| f.min(i)));
                    }
                }
            }
            _ => return None,
        }
        Some(found)
    }
    /// Is `key` (by identity) still the key at raw position `pos`?
    pub fn key_is_at(&self, pos: usize, key: &Value) -> bool {
        matches!(self.entries.get(pos), Some(Some(e)) if e.key.is(key))
    }
    /// The value at a raw position found by a lookup.
    pub fn value_at(&self, pos: usize) -> Option<&Value> {
        self.entries.get(pos)?.as_ref().map(|e| &e.value)
    }
    /// Overwrite the value at a raw position found by a lookup.
    pub fn set_value_at(&mut self, pos: usize, value: Value) {
        if let Some(Some(e)) = self.entries.get_mut(pos) {
            e.value = value;
        }
    }
    /// Append a new entry (the caller's lookup found no equal key).
    pub fn push_new(&mut self, hash: u64, key: Value, value: Value) {
        if !is_scalar_key(&key) {
            self.complex_keys += 1;
        }
        let i = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index
            .insert_unique(hash, i, |&j| entries[j].as_ref().unwrap().hash);
        self.len += 1;
    }
    /// Remove the entry at a raw position found by a lookup.
    pub fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        let hash = self.entries.get(pos)?.as_ref()?.hash;
        let entry = self.index.find_entry(hash, |&j| j == pos).expect("indexed");
        entry.remove();
        let e = self.entries[pos].take();
        self.forget_key(e.as_ref());
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        e
    }

    pub fn clear(&mut self) {
        *self = Dict::default();
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }
    /// The entry at raw position `pos` (for iterators that survive mutation checks).
    pub fn entry_at(&self, pos: usize) -> Option<Option<&Entry>> {
        self.entries.get(pos).map(|e| e.as_ref())
    }
    /// Number of raw positions (live and removed) — iterators walk `0..raw_len()`.
    pub fn raw_len(&self) -> usize {
        self.entries.len()
    }
}
