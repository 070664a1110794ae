//! `SetData`: the storage of `set` and `frozenset`, a `Dict` whose values are unused.

use super::dict::{Dict, KeyEq};
use super::value::Value;

#[derive(Clone, Default)]
pub struct SetData {
    pub items: Dict,
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
    pub fn contains<E>(&self, hash: u64, key: &Value, eq: KeyEq<E>) -> Result<bool, E> {
        Ok(self.items.get(hash, key, eq)?.is_some())
    }
    pub fn insert<E>(&mut self, hash: u64, key: Value, eq: KeyEq<E>) -> Result<(), E> {
        self.items.insert(hash, key, Value::None, eq)
    }
    pub fn remove<E>(&mut self, hash: u64, key: &Value, eq: KeyEq<E>) -> Result<bool, E> {
        Ok(self.items.remove(hash, key, eq)?.is_some())
    }
    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.items.iter().map(|e| &e.key)
    }
    /// (hash, key) pairs, for rebuilding other sets without rehashing.
    pub fn entries(&self) -> impl Iterator<Item = (u64, &Value)> {
        self.items.iter().map(|e| (e.hash, &e.key))
    }
}
