//! The stored objects of every family: JSON objects with an owner and a creation
//! sequence number (the order lists and cursors follow).

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::jobs::JobProgress;

/// One stored object.
#[derive(Debug, Clone)]
pub struct Record {
    /// Its id (also `value["id"]`).
    pub id: String,
    /// Owning organisation; `None` for reference data every organisation sees
    /// (objects seeded through [`crate::MockServer::insert_resource`] without one).
    pub org: Option<String>,
    /// The object as the API shows it.
    pub value: Map<String, Value>,
    /// Creation order across all families (1, 2, …).
    pub seq: u64,
    /// Progress, for objects of job families.
    pub job: Option<JobProgress>,
}

impl Record {
    /// Whether `org` may see this object.
    pub fn visible_to(&self, org: &str) -> bool {
        self.org.as_deref().is_none_or(|o| o == org)
    }

    /// Whether the object is archived (hidden from lists unless asked for).
    pub fn is_archived(&self) -> bool {
        self.value.get("is_archived") == Some(&Value::Bool(true))
    }
}

/// Every family's objects.
#[derive(Debug, Default)]
pub struct Records {
    families: BTreeMap<String, BTreeMap<String, Record>>,
    seq: u64,
}

impl Records {
    /// Stores `value` (which must carry `id`) in `family`.
    pub fn insert(
        &mut self,
        family: &str,
        org: Option<&str>,
        value: Map<String, Value>,
        job: Option<JobProgress>,
    ) -> &mut Record {
        self.seq += 1;
        let id = value
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        let record = Record {
            id: id.clone(),
            org: org.map(str::to_owned),
            value,
            seq: self.seq,
            job,
        };
        let fam = self.families.entry(family.to_owned()).or_default();
        fam.insert(id.clone(), record);
        fam.get_mut(&id).expect("just inserted")
    }

    /// The object of `family` that `org` sees under `key`: its id, or else the value of
    /// its `field` (objects keyed by another id, e.g. a project member by `user_id`).
    pub fn find_mut(
        &mut self,
        family: &str,
        org: &str,
        field: &str,
        key: &str,
    ) -> Option<&mut Record> {
        let fam = self.families.get_mut(family)?;
        let id = if fam.get(key).is_some_and(|r| r.visible_to(org)) {
            key.to_owned()
        } else {
            fam.values()
                .filter(|r| r.visible_to(org))
                .find(|r| r.value.get(field).and_then(Value::as_str) == Some(key))?
                .id
                .clone()
        };
        fam.get_mut(&id)
    }

    /// The object `id` of `family`, if `org` sees it.
    pub fn get(&self, family: &str, org: &str, id: &str) -> Option<&Record> {
        self.families
            .get(family)?
            .get(id)
            .filter(|r| r.visible_to(org))
    }

    /// The object `id` of `family`, if `org` sees it, to change.
    pub fn get_mut(&mut self, family: &str, org: &str, id: &str) -> Option<&mut Record> {
        self.families
            .get_mut(family)?
            .get_mut(id)
            .filter(|r| r.visible_to(org))
    }

    /// Removes the object `id` of `family`.
    pub fn remove(&mut self, family: &str, id: &str) -> Option<Record> {
        self.families.get_mut(family)?.remove(id)
    }

    /// The objects of `family` that `org` sees, in creation order.
    pub fn visible_mut(&mut self, family: &str, org: &str) -> Vec<&mut Record> {
        let mut out: Vec<&mut Record> = self
            .families
            .get_mut(family)
            .into_iter()
            .flat_map(|f| f.values_mut())
            .filter(|r| r.visible_to(org))
            .collect();
        out.sort_by_key(|r| r.seq);
        out
    }

    /// Every object of `family`, in creation order (for inspection).
    pub fn all(&self, family: &str) -> Vec<&Record> {
        let mut out: Vec<&Record> = self
            .families
            .get(family)
            .into_iter()
            .flat_map(|f| f.values())
            .collect();
        out.sort_by_key(|r| r.seq);
        out
    }

    /// Finds an object by id in any family.
    pub fn find_any_mut(&mut self, id: &str) -> Option<(&str, &mut Record)> {
        self.families
            .iter_mut()
            .find_map(|(f, recs)| recs.get_mut(id).map(|r| (f.as_str(), r)))
    }
}
