//! The dotted-resource tree of geopera-fluent: `client.items().asset().download(body)`.
//!
//! Every operation id `a.b.c` becomes accessor `a()` on `Geopera`, accessor `b()` on resource
//! `A`, and action `c(body)` on resource `AB`. A name that is both an action and a resource is
//! an error, since one method cannot be both.

use std::collections::BTreeMap;

use anyhow::bail;
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::naming;
use super::spec::{BodyShape, OperationSpec, OutputShape, Spec};
use super::{format_file, operations, GeneratedFile};

/// Output path of the resource tree.
pub const RESOURCES_PATH: &str = "geopera-fluent/src/generated/resources.rs";

#[derive(Default)]
struct Node<'a> {
    children: BTreeMap<String, Node<'a>>,
    actions: BTreeMap<String, &'a OperationSpec>,
}

pub fn render(spec: &Spec) -> anyhow::Result<GeneratedFile> {
    let mut root = Node::default();
    for op in &spec.operations {
        let segments: Vec<&str> = op.id.split('.').collect();
        let Some((action, resources)) = segments.split_last() else {
            continue;
        };
        if resources.is_empty() {
            bail!(
                "operation `{}`: an id needs a resource and an action (`resource.action`)",
                op.id
            );
        }
        let mut node = &mut root;
        for segment in resources {
            node = node.children.entry((*segment).to_string()).or_default();
        }
        node.actions.insert((*action).to_string(), op);
    }
    check_conflicts(&root, "")?;

    let mut items = Vec::new();
    let top_accessors = accessors(&root, &[]);
    items.push(quote! {
        impl crate::Geopera {
            #(#top_accessors)*
        }
    });
    for (name, child) in &root.children {
        render_node(child, &[name.as_str()], &mut items);
    }

    let reach = spec.operations.iter().map(|op| {
        let id = &op.id;
        // The last segment is the action: it takes a body, which is never sent here.
        let mut segments: Vec<Ident> =
            op.id.split('.').map(|s| ident(&naming::method_name(s))).collect();
        let action = segments.pop().expect("ids have an action");
        quote! {
            (#id, |client: &crate::Geopera| client #(.#segments())* .#action(::serde_json::Value::Null).info().id)
        }
    });

    let tokens = quote! {
        //! The resource tree: one accessor per dotted segment of every operation id.

        #(#items)*

        /// Every operation id with a function that reaches it through the resource tree.
        ///
        /// Used by the tests to prove the tree covers the spec; nothing is sent.
        #[doc(hidden)]
        pub static REACHABILITY: &[(&str, fn(&crate::Geopera) -> &'static str)] = &[
            #(#reach,)*
        ];
    };
    Ok(GeneratedFile {
        path: RESOURCES_PATH.to_string(),
        contents: format_file(tokens, "the fluent resource tree")?,
    })
}

fn check_conflicts(node: &Node<'_>, prefix: &str) -> anyhow::Result<()> {
    for (name, op) in &node.actions {
        if node.children.contains_key(name) {
            bail!(
                "operation `{}`: `{prefix}{name}` is both an action and a resource in the fluent tree",
                op.id
            );
        }
    }
    for (name, child) in &node.children {
        check_conflicts(child, &format!("{prefix}{name}."))?;
    }
    Ok(())
}

fn ident(name: &str) -> Ident {
    if let Some(raw) = name.strip_prefix("r#") {
        Ident::new_raw(raw, Span::call_site())
    } else {
        Ident::new(name, Span::call_site())
    }
}

fn struct_name(path: &[&str]) -> Ident {
    ident(
        &path
            .iter()
            .map(|s| naming::type_name(s))
            .collect::<String>(),
    )
}

/// Accessor methods from the resource at `path` to each of its child resources.
fn accessors(node: &Node<'_>, path: &[&str]) -> Vec<TokenStream> {
    node.children
        .keys()
        .map(|name| {
            let mut child_path = path.to_vec();
            child_path.push(name);
            let ty = struct_name(&child_path);
            let method = ident(&naming::method_name(name));
            let doc = format!(" The `{}` operations.", child_path.join("."));
            if path.is_empty() {
                quote! {
                    #[doc = #doc]
                    pub fn #method(&self) -> #ty<'_> {
                        #ty { client: self }
                    }
                }
            } else {
                quote! {
                    #[doc = #doc]
                    pub fn #method(&self) -> #ty<'a> {
                        #ty { client: self.client }
                    }
                }
            }
        })
        .collect()
}

/// The rustdoc line naming, with links, what an action takes and what it yields.
fn types_line(op: &OperationSpec) -> String {
    let body = match &op.body {
        BodyShape::Model(name) => {
            format!("[`{name}`](crate::types::{name}), its [builder](crate::types::{name}::builder) or a \
             JSON value checked against it")
        }
        BodyShape::OptionalObject => {
            "an optional JSON object ([`JsonObject`](crate::JsonObject), a `serde_json::Value` \
             or `()` for none)"
                .to_string()
        }
    };
    let output = match &op.output {
        OutputShape::Model(name) => format!("[`{name}`](crate::types::{name})"),
        OutputShape::Untyped => "untyped JSON (`serde_json::Value`)".to_string(),
        OutputShape::View(name) => format!("[`{name}`](crate::views::{name})"),
    };
    format!(" Body: {body}. Output: {output}.")
}

fn render_node(node: &Node<'_>, path: &[&str], items: &mut Vec<TokenStream>) {
    let ty = struct_name(path);
    let doc = format!(
        " The `{}` resource: `client.{}()`.",
        path.join("."),
        path.join("().")
    );
    let children = accessors(node, path);
    let actions = node.actions.iter().map(|(name, op)| {
        let method = ident(&naming::method_name(name));
        let module = ident(&naming::module_name(&op.id));
        let marker = ident(&naming::type_name(&op.id));
        let mut docs = operations::doc_lines(op);
        docs.push(String::new());
        docs.push(types_line(op));
        quote! {
            #(#[doc = #docs])*
            pub fn #method(
                &self,
                body: impl crate::IntoBody<::geopera_api::operations::#module::Body>,
            ) -> ::geopera_api::RequestBuilder<'a, ::geopera_api::operations::#module::#marker> {
                self.client.api().request(body)
            }
        }
    });
    items.push(quote! {
        #[doc = #doc]
        #[derive(Clone, Copy)]
        pub struct #ty<'a> {
            client: &'a crate::Geopera,
        }

        impl<'a> #ty<'a> {
            #(#children)*
            #(#actions)*
        }
    });
    for (name, child) in &node.children {
        let mut child_path = path.to_vec();
        child_path.push(name);
        render_node(child, &child_path, items);
    }
}
