//! The operations table of the crate docs (`OPERATIONS.md`), written from the code: the
//! hand-written handlers, the engine's catalog and the reasons it leaves an operation
//! to the synthesizer. A test fails when the committed file is stale.

use std::fmt::Write;

use super::catalog::{is_job_family, Catalog, Unbound, Verb};
use crate::ops::HANDLERS;
use crate::spec::Spec;

/// How the mock answers one operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Handling {
    /// A hand-written handler in `ops` (flows the engine cannot express).
    HandWritten,
    /// The resource engine.
    Stateful,
    /// A synthesized, schema-valid answer; the reason.
    Synthesized(String),
}

/// How `op_id` is answered.
pub fn handling(op_id: &str) -> Handling {
    if HANDLERS.iter().any(|(id, _)| *id == op_id) {
        return Handling::HandWritten;
    }
    let catalog = Catalog::get();
    if catalog.binding(op_id).is_some() {
        return Handling::Stateful;
    }
    let why = match catalog.unbound.get(op_id) {
        Some(Unbound::Singleton) => {
            "a `get` whose request names no object (a singleton view): nothing to look up".to_owned()
        }
        Some(Unbound::Action(verb)) => format!(
            "`{verb}` computes or acts; it is no create/get/update/delete/archive/list, so nothing is stored"
        ),
        None => "not in the catalog".to_owned(),
    };
    Handling::Synthesized(why)
}

/// The Markdown table, with counts.
pub fn render() -> String {
    let spec = Spec::get();
    let catalog = Catalog::get();
    let mut ops: Vec<&str> = spec.operations.iter().map(|o| o.id.as_str()).collect();
    ops.sort_unstable();
    let (mut hand, mut stateful, mut synth) = (0, 0, 0);
    let mut rows = String::new();
    for id in &ops {
        let (how, family, verb, paging, note) = match handling(id) {
            Handling::Synthesized(why) => {
                synth += 1;
                (
                    "synthesized",
                    String::new(),
                    String::new(),
                    String::new(),
                    why,
                )
            }
            h => {
                let b = catalog.binding(id);
                let family = b.map(|b| format!("`{}`", b.family)).unwrap_or_default();
                let verb = b.map(|b| b.verb.name().to_owned()).unwrap_or_default();
                let paging = b
                    .and_then(|b| b.paging)
                    .map(|p| p.name().to_owned())
                    .unwrap_or_default();
                let job = b.is_some_and(|b| is_job_family(&b.family));
                let note = match (&h, b.map(|b| b.verb)) {
                    (_, Some(Verb::Create)) if job => "starts a job".to_owned(),
                    (_, Some(Verb::Get)) if job => "polls a job".to_owned(),
                    (Handling::HandWritten, _) => "hand-written (`ops`)".to_owned(),
                    _ => String::new(),
                };
                if h == Handling::HandWritten {
                    hand += 1;
                    ("hand-written", family, verb, paging, note)
                } else {
                    stateful += 1;
                    (
                        if job { "job" } else { "stateful" },
                        family,
                        verb,
                        paging,
                        note,
                    )
                }
            }
        };
        let _ = writeln!(
            rows,
            "| `{id}` | {how} | {family} | {verb} | {paging} | {note} |"
        );
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Operations and how the mock answers them\n\n\
         Written by `cargo test -p geopera-mock --lib operations_table` with \
         `GEOPERA_MOCK_WRITE_TABLE=1`; do not edit by hand.\n\n\
         {} operations: {stateful} served by the resource engine (stateful families and \
         jobs), {hand} by hand-written handlers (uploads, downloads, clip files, items with \
         assets), {synth} synthesized (the smallest answer that validates), each with the \
         reason.\n",
        ops.len()
    );
    out.push_str(
        "| operation | answered by | family | verb | paging | note |\n|---|---|---|---|---|---|\n",
    );
    out.push_str(&rows);
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
            assert!(
                !matches!(handling(&op.id), Handling::Synthesized(_)) || singleton,
                "{} is not stateful",
                op.id
            );
        }
    }
}
