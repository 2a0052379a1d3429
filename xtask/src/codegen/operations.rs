//! One thin module per operation in geopera-api, plus the table of all operations.
//!
//! Each module holds a marker type implementing `geopera_api::Operation` (the operation's
//! metadata) and four one-line functions over the runtime's generic executor. All behaviour —
//! auth, retries, error mapping, blocking — lives once in the hand-written runtime.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::naming;
use super::spec::{BodyShape, OperationSpec, OutputShape, Spec};
use super::{format_file, GeneratedFile};

const OPERATIONS_DIR: &str = "geopera-api/src/generated/operations";

pub fn render(spec: &Spec) -> anyhow::Result<Vec<GeneratedFile>> {
    let mut files = Vec::with_capacity(spec.operations.len() + 2);
    for op in &spec.operations {
        files.push(GeneratedFile {
            path: format!("{OPERATIONS_DIR}/{}.rs", naming::module_name(&op.id)),
            contents: format_file(operation_module(op), &op.id)?,
        });
    }
    files.push(GeneratedFile {
        path: format!("{OPERATIONS_DIR}/mod.rs"),
        contents: format_file(index_module(spec), "the operations index")?,
    });
    files.push(GeneratedFile {
        path: "geopera-api/src/generated/mod.rs".to_string(),
        contents: format_file(
            quote! {
                //! Code generated from the spec: the models and one module per operation.
                pub mod operations;
                // typify documents models from the schemas, and not every field has a description.
                #[allow(missing_docs)]
                pub mod types;
            },
            "the generated module root",
        )?,
    });
    Ok(files)
}

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// The Rust type of an operation's body.
pub fn body_type(op: &OperationSpec) -> TokenStream {
    match &op.body {
        BodyShape::Model(name) => {
            let name = ident(name);
            quote!(crate::types::#name)
        }
        BodyShape::OptionalObject => quote!(::std::option::Option<crate::JsonObject>),
    }
}

fn output_type(op: &OperationSpec) -> TokenStream {
    match &op.output {
        OutputShape::Model(name) => {
            let name = ident(name);
            quote!(crate::types::#name)
        }
        OutputShape::Untyped => quote!(::serde_json::Value),
        OutputShape::View(name) => {
            let name = ident(name);
            quote!(crate::views::#name)
        }
    }
}

/// The rustdoc lines describing an operation: summary, description, HTTP line.
pub fn doc_lines(op: &OperationSpec) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(summary) = &op.summary {
        lines.push(format!(" {summary}"));
    }
    if let Some(description) = &op.description {
        lines.push(String::new());
        lines.extend(description.lines().map(|l| format!(" {l}")));
    }
    lines.push(String::new());
    let scope = op
        .scope
        .as_deref()
        .map(|s| format!(" · scope `{s}`"))
        .unwrap_or_default();
    lines.push(format!(
        " `POST {}`{scope} · success `{}`",
        op.path, op.success_status
    ));
    lines
}

fn operation_module(op: &OperationSpec) -> TokenStream {
    let marker = ident(&naming::type_name(&op.id));
    let body = body_type(op);
    let output = output_type(op);
    let id = &op.id;
    let path = &op.path;
    let status = op.success_status;
    let scope = match &op.scope {
        Some(scope) => quote!(::std::option::Option::Some(#scope)),
        None => quote!(::std::option::Option::None),
    };
    let body_required = matches!(op.body, BodyShape::Model(_));
    let requires_auth = op.requires_auth;
    let headers = &op.header_params;
    let summary = op.summary.clone().unwrap_or_default();
    let docs = doc_lines(op);
    let module_doc = docs.iter().map(|line| quote!(#![doc = #line]));
    let fn_doc = quote!(#(#[doc = #docs])*);
    let marker_doc =
        format!(" The `{id}` operation, for code that is generic over [`crate::Operation`].");
    let body_doc = match &op.body {
        BodyShape::Model(_) => format!(" The request body of `{id}`."),
        BodyShape::OptionalObject => {
            format!(" The request body of `{id}`: an optional JSON object (`None` sends no body).")
        }
    };
    let output_doc = format!(" The success result of `{id}`.");
    let accepts_idempotency_key = op.accepts_idempotency_key;
    let (paging_info, pageable_impl) = paging_tokens(op, &marker);
    quote! {
        #(#module_doc)*

        use crate::{ApiResponse, Client, Error, RequestBuilder};

        #[doc = #marker_doc]
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
        pub struct #marker;

        impl crate::Operation for #marker {
            type Body = #body;
            type Output = #output;
            const INFO: crate::OperationInfo = crate::OperationInfo {
                id: #id,
                path: #path,
                scope: #scope,
                success_status: #status,
                body_required: #body_required,
                requires_auth: #requires_auth,
                header_params: &[#(#headers),*],
                accepts_idempotency_key: #accepts_idempotency_key,
                paging: #paging_info,
                summary: #summary,
            };
        }

        #pageable_impl

        #[doc = #body_doc]
        pub type Body = #body;

        #[doc = #output_doc]
        pub type Output = #output;

        #fn_doc
        pub async fn send(client: &Client, body: &Body) -> Result<Output, Error> {
            client.request::<#marker>(body).send().await
        }

        #fn_doc
        ///
        /// Returns the status and headers with the parsed result.
        pub async fn send_detailed(client: &Client, body: &Body) -> Result<ApiResponse<Output>, Error> {
            client.request::<#marker>(body).send_detailed().await
        }

        #fn_doc
        ///
        /// Blocking form: needs no async runtime, and returns an error instead of blocking when
        /// called from inside one.
        pub fn send_blocking(client: &Client, body: &Body) -> Result<Output, Error> {
            client.request::<#marker>(body).send_blocking()
        }

        #fn_doc
        ///
        /// Blocking form of [`send_detailed`].
        pub fn send_blocking_detailed(client: &Client, body: &Body) -> Result<ApiResponse<Output>, Error> {
            client.request::<#marker>(body).send_blocking_detailed()
        }

        /// A request with per-call options (headers, `Idempotency-Key`, timeout) before sending.
        pub fn request<'a>(client: &'a Client, body: &Body) -> RequestBuilder<'a, #marker> {
            client.request::<#marker>(body)
        }
    }
}

/// The `paging` value of an operation's metadata and, for pageable operations, its
/// `Pageable` impl (which is what gives its requests `.pages()` and `.items()`).
fn paging_tokens(op: &OperationSpec, marker: &Ident) -> (TokenStream, TokenStream) {
    let Some(paging) = &op.paging else {
        return (quote!(::std::option::Option::None), TokenStream::new());
    };
    let family = ident(paging.family.variant());
    let (size_field, position_field) = (paging.size_field, paging.position_field);
    let optional = |value: Option<TokenStream>| match value {
        Some(value) => quote!(::std::option::Option::Some(#value)),
        None => quote!(::std::option::Option::None),
    };
    let default_size = optional(paging.default_size.map(|n| quote!(#n)));
    let max_size = optional(paging.max_size.map(|n| quote!(#n)));
    let items_field = optional(paging.items_field.as_ref().map(|f| quote!(#f)));
    let item = match &paging.item_model {
        Some(model) => {
            let model = ident(model);
            quote!(crate::types::#model)
        }
        None => quote!(::serde_json::Value),
    };
    let doc = format!(
        " `{}` pages: its requests have `.pages()` and `.items()`.",
        op.id
    );
    let pageable = quote! {
        #[doc = #doc]
        impl crate::paging::Pageable for #marker {
            type Item = #item;
            const PAGING: crate::paging::Paging = crate::paging::Paging {
                family: crate::paging::PagingFamily::#family,
                size_field: #size_field,
                position_field: #position_field,
                default_size: #default_size,
                max_size: #max_size,
                items_field: #items_field,
            };
        }
    };
    (
        quote!(::std::option::Option::Some(<#marker as crate::paging::Pageable>::PAGING)),
        pageable,
    )
}

fn index_module(spec: &Spec) -> TokenStream {
    let modules: Vec<Ident> = spec
        .operations
        .iter()
        .map(|op| ident(&naming::module_name(&op.id)))
        .collect();
    let markers: Vec<Ident> = spec
        .operations
        .iter()
        .map(|op| ident(&naming::type_name(&op.id)))
        .collect();
    let module_docs: Vec<String> = spec
        .operations
        .iter()
        .map(|op| format!(" `{}`: {}", op.id, op.summary.as_deref().unwrap_or("")))
        .collect();
    quote! {
        //! One module per operation of the spec, named after its id with dots as underscores.

        #(
            #[doc = #module_docs]
            pub mod #modules;
        )*

        /// The metadata of every operation, sorted by id.
        pub static ALL: &[crate::OperationInfo] = &[
            #( <#modules::#markers as crate::Operation>::INFO, )*
        ];
    }
}
