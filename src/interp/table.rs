//! Hash-table lookups with Python equality: the `Table` trait over a dict's `Dict` and
//! a set's `SetData`, and the lookups that compare keys with `==` while holding no
//! borrow of the table (so `__eq__` may read or mutate it).

use std::cell::RefCell;

use super::{Interp, PyResult};
use crate::runtime::dict::Dict;
use crate::runtime::exc::runtime_error;
use crate::runtime::set::SetData;
use crate::runtime::value::Value;

/// A hash table behind a `RefCell` (a dict's `Dict`, a set's `SetData`), accessed in
/// short borrows only.
pub trait Table {
    fn with<R>(&self, f: impl FnOnce(&Dict) -> R) -> R;
    fn with_mut<R>(&self, f: impl FnOnce(&mut Dict) -> R) -> R;
    /// Add a key known to be absent.
    fn push_new(&self, hash: u64, key: Value, value: Value) {
        self.with_mut(|d| d.push_new(hash, key, value))
    }
    /// Remove the entry at a raw position.
    fn remove_at(&self, pos: usize) -> Option<crate::runtime::dict::Entry> {
        self.with_mut(|d| d.remove_at(pos))
    }
}

impl Table for RefCell<Dict> {
    fn with<R>(&self, f: impl FnOnce(&Dict) -> R) -> R {
        f(&self.borrow())
    }
    fn with_mut<R>(&self, f: impl FnOnce(&mut Dict) -> R) -> R {
        f(&mut self.borrow_mut())
    }
}

impl Table for RefCell<SetData> {
    fn with<R>(&self, f: impl FnOnce(&Dict) -> R) -> R {
        f(&self.borrow().items)
    }
    fn with_mut<R>(&self, f: impl FnOnce(&mut Dict) -> R) -> R {
        f(&mut self.borrow_mut().items)
    }
    /// Sets keep their CPython-ordered shadow table in step.
    fn push_new(&self, hash: u64, key: Value, _value: Value) {
        self.borrow_mut().add_new(hash, key)
    }
    fn remove_at(&self, pos: usize) -> Option<crate::runtime::dict::Entry> {
        let mut s = self.borrow_mut();
        let e = s.items.remove_at(pos)?;
        s.forget(e.hash, &e.key);
        Some(e)
    }
}

/// Restarts of one lookup whose `__eq__` keeps mutating the table before it gives up
/// (CPython restarts forever).
const MAX_LOOKUP_RESTARTS: usize = 1000;

impl Interp {
    /// The raw position of `key` in `table`, comparing keys with `==` while holding no
    /// borrow of the table (so `__eq__` may read or mutate it). A lookup whose table
    /// changed under a comparison restarts, like CPython's.
    pub fn table_find(
        &mut self,
        table: &impl Table,
        hash: u64,
        key: &Value,
    ) -> PyResult<Option<usize>> {
        if let Some(found) = table.with(|d| d.find_simple(hash, key)) {
            return Ok(found);
        }
        'restart: for _ in 0..MAX_LOOKUP_RESTARTS {
            let candidates = table.with(|d| d.candidates(hash));
            if let Some(&(pos, _)) = candidates.iter().find(|(_, k)| k.is(key)) {
                return Ok(Some(pos));
            }
            for (pos, k) in candidates {
                let equal = self.eq(&k, key)?;
                if !table.with(|d| d.key_is_at(pos, &k)) {
                    continue 'restart;
                }
                if equal {
                    return Ok(Some(pos));
                }
            }
            return Ok(None);
        }
        Err(runtime_error(
            "dictionary keeps changing during lookup (its keys' __eq__ mutates it)",
        ))
    }

    /// `table[key]` for a dict-like table.
    pub fn table_get(
        &mut self,
        table: &impl Table,
        hash: u64,
        key: &Value,
    ) -> PyResult<Option<Value>> {
        Ok(match self.table_find(table, hash, key)? {
            Some(pos) => table.with(|d| d.value_at(pos).cloned()),
            None => None,
        })
    }

    /// Insert or overwrite (an existing key keeps its position and key object).
    pub fn table_insert(
        &mut self,
        table: &impl Table,
        hash: u64,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        match self.table_find(table, hash, &key)? {
            Some(pos) => table.with_mut(|d| d.set_value_at(pos, value)),
            None => table.push_new(hash, key, value),
        }
        Ok(())
    }

    /// Remove `key`, giving its entry.
    pub fn table_remove(
        &mut self,
        table: &impl Table,
        hash: u64,
        key: &Value,
    ) -> PyResult<Option<crate::runtime::dict::Entry>> {
        Ok(match self.table_find(table, hash, key)? {
            Some(pos) => table.remove_at(pos),
            None => None,
        })
    }
}
