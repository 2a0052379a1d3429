//! How each operation is answered, and the table of the crate docs (`OPERATIONS.md`)
//! written from it: the hand-written handlers, the engine's catalog, and the reason
//! for each operation left to the synthesizer. A test fails when the file is stale.

use super::catalog::{is_job_family, Catalog, Unbound};
use crate::ops::HANDLERS;
use crate::spec::Spec;

/// Who answers an operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnsweredBy {
    /// A hand-written handler (flows the engine cannot express: quota, signed URLs,
    /// stored bytes, egress).
    HandWritten,
    /// The resource engine: a stateful family, or a job.
    Engine,
    /// A synthesized, schema-valid answer; the reason nothing is stored.
    Synthesized(String),
}

/// How the server answers one operation (see [`crate::operations`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationInfo {
    /// Dotted operation id.
    pub id: String,
    /// Who answers it.
    pub answered_by: AnsweredBy,
    /// The resource family it acts on (`"clip.job"`, `"items"`, …), if any.
    pub family: Option<String>,
    /// What it does there: `create`, `get`, `update`, `delete`, `archive` or `list`.
    pub verb: Option<&'static str>,
    /// For lists: `offset`, `page/size`, `limit/page` or `cursor` (`None`: one answer
    /// holds everything).
    pub paging: Option<&'static str>,
    /// Whether the family's objects are long-running jobs.
    pub job: bool,
}

/// Every operation of the spec, sorted by id.
pub fn operations() -> Vec<OperationInfo> {
    let catalog = Catalog::get();
    let mut out: Vec<OperationInfo> = Spec::get()
        .operations
        .iter()
        .map(|op| {
            let binding = catalog.binding(&op.id);
            let answered_by = if HANDLERS.iter().any(|(id, _)| *id == op.id) {
                AnsweredBy::HandWritten
            } else if binding.is_some() {
                AnsweredBy::Engine
            } else {
                AnsweredBy::Synthesized(match catalog.unbound.get(&op.id) {
                    Some(Unbound::Singleton) => "a `get` whose request names no object (a \
                        singleton view): nothing to look up"
                        .to_owned(),
                    Some(Unbound::Action(verb)) => format!(
                        "`{verb}` computes or acts; it is no create/get/update/delete/archive/list, \
                         so nothing is stored"
                    ),
                    None => "not in the catalog".to_owned(),
                })
            };
            OperationInfo {
                id: op.id.clone(),
                answered_by,
                family: binding.map(|b| b.family.clone()),
                verb: binding.map(|b| b.verb.name()),
                paging: binding.and_then(|b| b.paging).map(|p| p.name()),
                job: binding.is_some_and(|b| is_job_family(&b.family)),
            }
        })
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// The Markdown table, with counts.
#[cfg(test)]
pub fn render() -> String {
    use std::fmt::Write;
    let ops = operations();
    let count = |f: &dyn Fn(&AnsweredBy) -> bool| ops.iter().filter(|o| f(&o.answered_by)).count();
    let engine = count(&|a| *a == AnsweredBy::Engine);
    let hand = count(&|a| *a == AnsweredBy::HandWritten);
    let synth = count(&|a| matches!(a, AnsweredBy::Synthesized(_)));
    let jobs = ops.iter().filter(|o| o.job).count();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Operations\n\n\
         How the server answers each operation of the spec. Written from the code by \
         `GEOPERA_MOCK_WRITE_TABLE=1 cargo test -p geopera-mock --lib operations_table` \
         (the test fails when this file is stale); also [`operations`] at run time.\n\n\
         {} operations: {engine} by the resource engine ({jobs} of them on job families), \
         {hand} by hand-written handlers (uploads, downloads, clip files, items' assets), \
         {synth} synthesized (the smallest answer that validates), each with its reason.\n",
        ops.len()
    );
    out.push_str(
        "| operation | answered by | family | verb | paging | note |\n|---|---|---|---|---|---|\n",
    );
    for o in &ops {
        let family = o
            .family
            .as_deref()
            .map(|f| format!("`{f}`"))
            .unwrap_or_default();
        let (how, note) = match &o.answered_by {
            AnsweredBy::HandWritten => ("hand-written", String::new()),
            AnsweredBy::Engine if o.job => ("job", String::new()),
            AnsweredBy::Engine => ("stateful", String::new()),
            AnsweredBy::Synthesized(why) => ("synthesized", why.clone()),
        };
        let note = match (o.job, o.verb) {
            (true, Some("create")) => "starts a job".to_owned(),
            (true, Some("get")) => "polls a job".to_owned(),
            _ => note,
        };
        let _ = writeln!(
            out,
            "| `{}` | {how} | {family} | {} | {} | {note} |",
            o.id,
            o.verb.unwrap_or_default(),
            o.paging.unwrap_or_default()
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operations_table_is_current() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/OPERATIONS.md");
        let fresh = render();
        if std::env::var_os("GEOPERA_MOCK_WRITE_TABLE").is_some() {
            std::fs::write(path, &fresh).unwrap();
        }
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == fresh,
            "geopera-mock/OPERATIONS.md is stale: run \
             `GEOPERA_MOCK_WRITE_TABLE=1 cargo test -p geopera-mock --lib operations_table`"
        );
    }

    #[test]
    fn every_resource_verb_and_pageable_list_is_stateful() {
        const VERBS: &[&str] = &[
            "create", "get", "update", "delete", "archive", "list", "place", "save", "add",
            "request", "revoke", "remove",
        ];
        let catalog = Catalog::get();
        for op in &Spec::get().operations {
            let last = op.id.rsplit('.').next().unwrap_or(&op.id);
            let pageable = super::super::paging::PagingFamily::of(
                &super::super::catalog::request_properties(op),
            )
            .is_some();
            if !(VERBS.contains(&last) || last.starts_with("list_") || pageable) {
                continue;
            }
            let singleton = matches!(catalog.unbound.get(&op.id), Some(Unbound::Singleton));
            let info = operations().into_iter().find(|o| o.id == op.id).unwrap();
            assert!(
                !matches!(info.answered_by, AnsweredBy::Synthesized(_)) || singleton,
                "{} is not stateful",
                op.id
            );
        }
    }
}
