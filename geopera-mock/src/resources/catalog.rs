//! Resource families and verbs, read from the spec's dotted operation ids and their
//! request schemas: nothing here lists operations by hand.
//!
//! An operation id is `<namespace>.<verb>`. The verb decides what the operation does
//! to a family (create, get, update, delete, archive, list); the namespace (with the
//! last segment made singular when it is nested, so `clip.jobs.list` and `clip.job.get`
//! meet in `clip.job`) names the family. Compound verbs carry their noun:
//! `alerts.create_rule` creates in `alerts.rule`, `billing.reconciliation.list_runs`
//! lists `billing.reconciliation.run`. A creator whose family has neither a `get` nor a
//! `list` belongs to the family that has them: `<namespace>.job` (so
//! `clip.create_from_area` and `processing.create` start jobs polled with
//! `clip.job.get` / `processing.job.get`), or else the nearest enclosing family
//! (`orders.archive.place` places an order read with `orders.get`).

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use serde_json::{Map, Value};

use super::paging::PagingFamily;
use crate::spec::{OperationSpec, Spec};

/// What an operation does to its family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verb {
    /// Stores a new object (`create`, `place`, `save`, `add`, `request`, `execute`).
    Create,
    /// Reads one object by id.
    Get,
    /// Merges the body into an object.
    Update,
    /// Removes an object (`delete`, `revoke`, `remove`).
    Delete,
    /// Hides an object from lists.
    Archive,
    /// Lists objects (`list`, `list_<nouns>`, `search`, or any pageable request).
    List,
}

impl Verb {
    /// Lower-case name, as the operations table prints it.
    pub fn name(self) -> &'static str {
        match self {
            Verb::Create => "create",
            Verb::Get => "get",
            Verb::Update => "update",
            Verb::Delete => "delete",
            Verb::Archive => "archive",
            Verb::List => "list",
        }
    }
}

/// Verbs of the spec that create, besides `create` itself. `execute` starts a job
/// (`processing.execute`), as the service's long-running-job guide lists it.
const CREATE_SYNONYMS: &[&str] = &["create", "place", "save", "add", "request", "execute"];
/// Verbs of the spec that delete.
const DELETE_SYNONYMS: &[&str] = &["delete", "revoke", "remove"];

/// Per-family facts that are not in the spec: the id prefix Geopera uses, and whether
/// objects of the family are long-running jobs. The one table of its kind; families not
/// listed get `<singular>_` ids and are plain resources.
const KINDS: &[(&str, &str, bool)] = &[
    ("projects", "proj", false),
    ("uploads", "u", false),
    ("items", "it", false),
    ("collections", "col", false),
    ("clip.job", "job", true),
    ("processing.job", "pjob", true),
    ("orders", "ord", true),
    ("alerts.rule", "rule", false),
    ("api_keys", "key", false),
    ("band_formulas", "bf", false),
    ("event_subscriptions", "sub", false),
    ("share.link", "link", false),
    ("visualization.profile", "vp", false),
    ("billing.approval", "appr", false),
    ("orders.tasking.template", "tpl", false),
    ("notifications", "ntf", false),
    ("organizations", "org", false),
];

/// The id prefix of `family` (without the `_`).
pub fn id_prefix(family: &str) -> String {
    KINDS
        .iter()
        .find(|(f, _, _)| *f == family)
        .map(|(_, p, _)| (*p).to_owned())
        .unwrap_or_else(|| singular(family.rsplit('.').next().unwrap_or(family)))
}

/// Whether objects of `family` are long-running jobs.
pub fn is_job_family(family: &str) -> bool {
    KINDS.iter().any(|(f, _, job)| *f == family && *job)
}

/// How one operation acts on its family.
#[derive(Debug, Clone)]
pub struct Binding {
    /// The family, e.g. `clip.job`.
    pub family: String,
    /// What the operation does.
    pub verb: Verb,
    /// For get/update/delete/archive: the body field naming the object.
    pub id_field: Option<String>,
    /// For lists: how the request pages (`None`: one answer holds everything).
    pub paging: Option<PagingFamily>,
}

/// Why an operation is not bound to a family.
#[derive(Debug, Clone)]
pub enum Unbound {
    /// The last segment is no resource verb: a computation or an action.
    Action(String),
    /// A `get` whose request names no object: a singleton view.
    Singleton,
}

/// Every family and every operation's binding.
#[derive(Debug)]
pub struct Catalog {
    /// Bindings by operation id.
    pub bindings: HashMap<String, Binding>,
    /// Unbound operations, with the reason.
    pub unbound: HashMap<String, Unbound>,
    /// Operation ids of each family, by verb then id.
    pub families: BTreeMap<String, Vec<(Verb, String)>>,
}

impl Catalog {
    /// The catalog of the embedded spec (derived once).
    pub fn get() -> &'static Catalog {
        static CATALOG: OnceLock<Catalog> = OnceLock::new();
        CATALOG.get_or_init(|| Catalog::derive(Spec::get()))
    }

    /// The binding of an operation, if it acts on a family.
    pub fn binding(&self, op_id: &str) -> Option<&Binding> {
        self.bindings.get(op_id)
    }

    /// The family that an `<x>_id` field refers to, when exactly one family with a
    /// creator has `x` as its singular name (`project_id` → `projects`).
    pub fn family_of_reference(&self, field: &str) -> Option<&str> {
        let noun = field.strip_suffix("_id")?;
        let mut hits = self.families.iter().filter(|(name, ops)| {
            singular(name.rsplit('.').next().unwrap_or(name)) == noun
                && ops.iter().any(|(v, _)| *v == Verb::Create)
        });
        let (first, _) = hits.next()?;
        hits.next().is_none().then_some(first.as_str())
    }

    fn derive(spec: &Spec) -> Catalog {
        let mut raw: Vec<(String, String, Verb)> = Vec::new();
        let mut unbound = HashMap::new();
        for op in &spec.operations {
            match classify(op) {
                Ok((family, verb)) => raw.push((op.id.clone(), family, verb)),
                Err(why) => {
                    unbound.insert(op.id.clone(), why);
                }
            }
        }
        // A compound verb names a family only when the family has more than that one
        // operation (`add_member`/`update_member`/`remove_member`,
        // `create_rule`/`rule.get`); alone (`remove_stale`) it is an action.
        let mut count: HashMap<&str, usize> = HashMap::new();
        for (_, f, _) in &raw {
            *count.entry(f.as_str()).or_default() += 1;
        }
        let lonely_compounds: Vec<String> = raw
            .iter()
            .filter(|(id, f, _)| count[f.as_str()] == 1 && is_compound(id))
            .map(|(id, _, _)| id.clone())
            .collect();
        raw.retain(|(id, _, _)| !lonely_compounds.contains(id));
        for id in lonely_compounds {
            let last = id.rsplit('.').next().unwrap_or(&id).to_owned();
            unbound.insert(id, Unbound::Action(last));
        }
        let mut verbs_of: BTreeMap<String, Vec<Verb>> = BTreeMap::new();
        for (_, f, v) in &raw {
            verbs_of.entry(f.clone()).or_default().push(*v);
        }
        let reads = |f: &str| {
            verbs_of
                .get(f)
                .is_some_and(|vs| vs.iter().any(|v| matches!(v, Verb::Get | Verb::List)))
        };
        let has_get = |f: &str| verbs_of.get(f).is_some_and(|vs| vs.contains(&Verb::Get));
        let mut bindings = HashMap::new();
        let mut families: BTreeMap<String, Vec<(Verb, String)>> = BTreeMap::new();
        let creates: HashMap<String, Vec<String>> = raw
            .iter()
            .filter(|(_, _, v)| *v == Verb::Create)
            .fold(HashMap::new(), |mut m, (id, f, _)| {
                m.entry(f.clone()).or_default().push(id.clone());
                m
            });
        for (id, family, verb) in &raw {
            let mut family = family.clone();
            if *verb == Verb::Create && !reads(&family) {
                if let Some(home) = home_of_creator(&family, &has_get) {
                    family = home;
                }
            }
            let op = spec.operation(id).expect("derived from the spec");
            let props = request_properties(op);
            let create_fields: Vec<String> = creates
                .get(&family)
                .into_iter()
                .flatten()
                .filter_map(|c| spec.operation(c))
                .flat_map(|c| request_properties(c).keys().cloned().collect::<Vec<_>>())
                .collect();
            let id_field = match verb {
                Verb::Get | Verb::Update | Verb::Delete | Verb::Archive => {
                    id_field(&family, &props, &create_fields)
                }
                _ => None,
            };
            if *verb == Verb::Get && id_field.is_none() {
                unbound.insert(id.clone(), Unbound::Singleton);
                continue;
            }
            let paging = (*verb == Verb::List)
                .then(|| PagingFamily::of(&props))
                .flatten();
            families
                .entry(family.clone())
                .or_default()
                .push((*verb, id.clone()));
            bindings.insert(
                id.clone(),
                Binding {
                    family,
                    verb: *verb,
                    id_field,
                    paging,
                },
            );
        }
        for ops in families.values_mut() {
            ops.sort();
        }
        Catalog {
            bindings,
            unbound,
            families,
        }
    }
}

/// The declared properties of an operation's request body (empty for untyped bodies).
pub fn request_properties(op: &OperationSpec) -> Map<String, Value> {
    op.request_schema
        .as_ref()
        .map(|s| Spec::get().concrete(s))
        .and_then(|s| s.get("properties"))
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default()
}

/// The family and verb an operation id names, before creators are re-homed.
fn classify(op: &OperationSpec) -> Result<(String, Verb), Unbound> {
    let (ns, last) = op.id.rsplit_once('.').unwrap_or(("", op.id.as_str()));
    let nested = |noun: &str| format!("{ns}.{noun}");
    let (family, verb) = if CREATE_SYNONYMS.contains(&last) {
        (ns.to_owned(), Verb::Create)
    } else if let Some(rest) = last
        .strip_prefix("create_")
        .or_else(|| last.strip_prefix("add_"))
    {
        if rest.starts_with("from_") || rest.starts_with("and_") {
            (ns.to_owned(), Verb::Create)
        } else {
            (nested(rest), Verb::Create)
        }
    } else if last == "get" {
        (ns.to_owned(), Verb::Get)
    } else if last == "update" {
        (ns.to_owned(), Verb::Update)
    } else if let Some(rest) = last.strip_prefix("update_") {
        (nested(rest), Verb::Update)
    } else if DELETE_SYNONYMS.contains(&last) {
        (ns.to_owned(), Verb::Delete)
    } else if let Some(rest) = last
        .strip_prefix("delete_")
        .or_else(|| last.strip_prefix("remove_"))
    {
        (nested(rest), Verb::Delete)
    } else if last == "archive" {
        (ns.to_owned(), Verb::Archive)
    } else if last == "list" || last.starts_with("list_by_") {
        (ns.to_owned(), Verb::List)
    } else if let Some(rest) = last.strip_prefix("list_") {
        if rest.ends_with('s') {
            (nested(rest), Verb::List)
        } else {
            (ns.to_owned(), Verb::List)
        }
    } else if (last == "search" || last.ends_with("_search") || last.starts_with("search_"))
        && last != "search_stream"
    {
        (ns.to_owned(), Verb::List)
    } else if PagingFamily::of(&request_properties(op)).is_some() {
        if last.ends_with('s') {
            (op.id.clone(), Verb::List)
        } else {
            (ns.to_owned(), Verb::List)
        }
    } else {
        return Err(Unbound::Action(last.to_owned()));
    };
    if family.is_empty() {
        return Err(Unbound::Action(last.to_owned()));
    }
    Ok((normalize(&family), verb))
}

/// Whether the verb of `op_id` carries a noun (`create_rule`, `remove_member`).
fn is_compound(op_id: &str) -> bool {
    let last = op_id.rsplit('.').next().unwrap_or(op_id);
    ["create_", "add_", "update_", "delete_", "remove_"]
        .iter()
        .any(|p| last.starts_with(p))
        && !last.starts_with("create_from_")
        && !last.starts_with("create_and_")
}

/// Nested families are named in the singular (`clip.jobs` → `clip.job`); top-level ones
/// keep the spec's plural (`items`, `projects`).
fn normalize(family: &str) -> String {
    match family.rsplit_once('.') {
        Some((head, last)) => format!("{head}.{}", singular(last)),
        None => family.to_owned(),
    }
}

/// English singular of a spec noun (`jobs` → `job`, `indices` → `index`,
/// `policies` → `policy`, `status` stays).
pub fn singular(noun: &str) -> String {
    if noun == "indices" {
        "index".to_owned()
    } else if noun.ends_with("us") || noun.ends_with("ss") {
        noun.to_owned()
    } else if let Some(stem) = noun.strip_suffix("ies") {
        format!("{stem}y")
    } else if let Some(stem) = noun.strip_suffix('s').filter(|s| !s.ends_with('s')) {
        stem.to_owned()
    } else {
        noun.to_owned()
    }
}

/// Where a creator with no reader in its own family belongs: `<family>.job` when that
/// family has a `get`, else the nearest enclosing family with a `get`.
fn home_of_creator(family: &str, has_get: &dyn Fn(&str) -> bool) -> Option<String> {
    let job = format!("{family}.job");
    if has_get(&job) {
        return Some(job);
    }
    let mut cur = family;
    while let Some((parent, _)) = cur.rsplit_once('.') {
        if has_get(parent) {
            return Some(parent.to_owned());
        }
        cur = parent;
    }
    None
}

/// The body field naming the object: `<singular>_id` / `<singular>_name` when the
/// request has it, else the one `…_id`/`…_name` field that the family's creators do not
/// take (those are references to parents, e.g. `project_id` of a collection).
fn id_field(family: &str, props: &Map<String, Value>, create_fields: &[String]) -> Option<String> {
    let noun = singular(family.rsplit('.').next().unwrap_or(family));
    for cand in [format!("{noun}_id"), format!("{noun}_name")] {
        if props.contains_key(&cand) {
            return Some(cand);
        }
    }
    let idish = |k: &&String| k.ends_with("_id") || k.ends_with("_name") || k.as_str() == "id";
    let own: Vec<&String> = props
        .keys()
        .filter(idish)
        .filter(|k| !create_fields.contains(k))
        .collect();
    if let [one] = own.as_slice() {
        return Some((*one).clone());
    }
    let all: Vec<&String> = props.keys().filter(idish).collect();
    all.last().map(|k| (*k).clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bound(id: &str) -> (String, Verb, Option<String>) {
        let b = Catalog::get().binding(id).unwrap_or_else(|| panic!("{id}"));
        (b.family.clone(), b.verb, b.id_field.clone())
    }

    #[test]
    fn families_come_from_operation_ids() {
        assert_eq!(bound("clip.jobs.list").0, "clip.job");
        assert_eq!(
            bound("clip.job.get"),
            ("clip.job".into(), Verb::Get, Some("job_id".into()))
        );
        assert_eq!(bound("clip.create_from_area").0, "clip.job");
        assert_eq!(
            bound("processing.create"),
            ("processing.job".into(), Verb::Create, None)
        );
        assert_eq!(bound("orders.archive.place").0, "orders");
        assert_eq!(bound("orders.tasking.place").0, "orders");
        assert_eq!(bound("alerts.create_rule").0, "alerts.rule");
        assert_eq!(
            bound("alerts.delete_rule"),
            ("alerts.rule".into(), Verb::Delete, Some("rule_id".into()))
        );
        assert_eq!(bound("collections.get").2.as_deref(), Some("collection_id"));
        assert_eq!(
            bound("band_formulas.update").2.as_deref(),
            Some("formula_id")
        );
        assert_eq!(bound("api_keys.revoke").1, Verb::Delete);
        assert_eq!(
            bound("orders.tasking.templates.save").0,
            "orders.tasking.template"
        );
        assert_eq!(bound("billing.approvals.request").0, "billing.approval");
        assert_eq!(bound("analytics.index.get").0, "analytics.index");
        assert_eq!(bound("analytics.indices.list").0, "analytics.index");
        assert_eq!(bound("items.search").0, "items");
        assert_eq!(bound("projects.archive").1, Verb::Archive);
        assert!(Catalog::get().binding("cog.tile.render").is_none());
    }

    #[test]
    fn references_resolve_to_unique_families() {
        let c = Catalog::get();
        assert_eq!(c.family_of_reference("project_id"), Some("projects"));
        assert_eq!(c.family_of_reference("item_id"), Some("items"));
        // Two job families: a bare `job_id` is ambiguous.
        assert_eq!(c.family_of_reference("job_id"), None);
    }

    #[test]
    fn paging_families_match_the_documented_counts() {
        let c = Catalog::get();
        let count = |p: PagingFamily| c.bindings.values().filter(|b| b.paging == Some(p)).count();
        assert_eq!(count(PagingFamily::Offset), 10);
        assert_eq!(count(PagingFamily::PageSize), 9);
        assert_eq!(count(PagingFamily::LimitPage), 2);
        assert_eq!(count(PagingFamily::Cursor), 1);
    }
}
