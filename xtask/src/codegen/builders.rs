//! What the models of request bodies get beyond typify's output: the `BodyModel` impl with the
//! declared field list (JSON bodies are checked against it), `X::builder()` with one one-line
//! setter per field on `geopera_api::Builder<X>`, and `Default` where no field is required.
//!
//! It reads typify's output back as Rust (`syn`) rather than typify's internals, so the JSON
//! names, optionality and defaults are exactly what serde will use.

use std::collections::{BTreeSet, HashSet};

use anyhow::{bail, Context};
use proc_macro2::TokenStream;
use quote::quote;
use syn::{Attribute, Field, Fields, File, Item, ItemStruct, Type};

/// Builder methods a setter must not shadow.
const BUILDER_METHODS: &[&str] = &["new", "set", "build", "build_for"];

/// The additions for every model in `body_models`.
pub fn render(models: &File, body_models: &BTreeSet<String>) -> anyhow::Result<TokenStream> {
    let string_newtypes: HashSet<String> = models
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Struct(s) if is_string_newtype(s) => Some(s.ident.to_string()),
            _ => None,
        })
        .collect();
    let has_default: HashSet<String> = models
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Impl(i)
                if i.trait_
                    .as_ref()
                    .is_some_and(|(_, path, _)| last_segment(path) == "Default") =>
            {
                match &*i.self_ty {
                    Type::Path(p) => Some(last_segment(&p.path)),
                    _ => None,
                }
            }
            _ => None,
        })
        .collect();

    let mut out = TokenStream::new();
    for name in body_models {
        let model = models
            .items
            .iter()
            .find_map(|item| match item {
                Item::Struct(s) if s.ident == name => Some(s),
                _ => None,
            })
            .with_context(|| format!("body model `{name}` is not a struct in the models"))?;
        let fields: Vec<FieldInfo> = match &model.fields {
            Fields::Named(fields) => fields
                .named
                .iter()
                .map(FieldInfo::read)
                .collect::<anyhow::Result<_>>()?,
            // An object schema without properties: typify makes it a transparent JSON map,
            // which takes any field.
            Fields::Unnamed(_) => Vec::new(),
            Fields::Unit => bail!("body model `{name}` is a unit struct"),
        };
        let is_map = matches!(model.fields, Fields::Unnamed(_));
        let needs_default = !has_default.contains(name) && !derives(model, "Default");
        out.extend(model_impls(
            model,
            &fields,
            is_map,
            &string_newtypes,
            needs_default,
        )?);
    }
    Ok(out)
}

struct FieldInfo<'a> {
    field: &'a Field,
    json_name: String,
    flatten: bool,
    optional: bool,
    /// `Some(None)`: `#[serde(default)]`; `Some(Some(path))`: `#[serde(default = "path")]`.
    default: Option<Option<String>>,
}

impl<'a> FieldInfo<'a> {
    fn read(field: &'a Field) -> anyhow::Result<Self> {
        let ident = field.ident.as_ref().context("a named field")?;
        let mut info = FieldInfo {
            field,
            json_name: ident.to_string().trim_start_matches("r#").to_string(),
            flatten: false,
            optional: option_inner(&field.ty).is_some(),
            default: None,
        };
        for attr in field.attrs.iter().filter(|a| a.path().is_ident("serde")) {
            attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("rename") {
                    info.json_name = meta.value()?.parse::<syn::LitStr>()?.value();
                } else if meta.path.is_ident("flatten") {
                    info.flatten = true;
                } else if meta.path.is_ident("default") {
                    info.default = Some(match meta.value() {
                        Ok(value) => Some(value.parse::<syn::LitStr>()?.value()),
                        Err(_) => None,
                    });
                } else if meta.input.peek(syn::Token![=]) {
                    meta.value()?.parse::<syn::Expr>()?;
                }
                Ok(())
            })?;
        }
        Ok(info)
    }

    fn required(&self) -> bool {
        !self.optional && !self.flatten && self.default.is_none()
    }
}

fn model_impls(
    model: &ItemStruct,
    fields: &[FieldInfo<'_>],
    is_map: bool,
    string_newtypes: &HashSet<String>,
    derive_default: bool,
) -> anyhow::Result<TokenStream> {
    let name = &model.ident;
    let name_text = name.to_string();
    let open = is_map || fields.iter().any(|f| f.flatten);
    let declared = fields
        .iter()
        .filter(|f| !f.flatten)
        .map(|f| f.json_name.as_str());
    let declared = if open {
        quote!(::std::option::Option::None)
    } else {
        quote!(::std::option::Option::Some(&[#(#declared),*]))
    };

    let mut setters = Vec::new();
    for info in fields.iter().filter(|f| !f.flatten) {
        let ident = info.field.ident.as_ref().expect("named");
        if BUILDER_METHODS.contains(&ident.to_string().as_str()) {
            bail!("model `{name}`: field `{ident}` would shadow a builder method");
        }
        let json = &info.json_name;
        let inner = option_inner(&info.field.ty).unwrap_or(&info.field.ty);
        let value_type = setter_type(inner, string_newtypes);
        let docs = doc_attrs(&info.field.attrs);
        let note = if info.required() {
            format!(" Sets `{json}` (required).")
        } else {
            format!(" Sets `{json}`.")
        };
        let separator = (!docs.is_empty()).then(|| quote!(#[doc = ""]));
        // Numbers and booleans take their own type, so a literal (`.total_bytes(4096)`)
        // infers it; everything else takes anything that converts.
        let signature = if is_primitive(&value_type) {
            quote! {
                pub fn #ident(self, value: #value_type) -> Self {
                    self.set(#json, value)
                }
            }
        } else {
            quote! {
                pub fn #ident(self, value: impl Into<#value_type>) -> Self {
                    self.set::<#value_type>(#json, value.into())
                }
            }
        };
        setters.push(quote! {
            #[doc = #note]
            #separator
            #(#docs)*
            #signature
        });
    }
    let builder_doc = format!(
        " A builder of [`{name_text}`]: one setter per field, then \
         [`build`](crate::Builder::build), or pass the builder itself as a body."
    );

    let default = if derive_default && is_map {
        quote! {
            impl ::std::default::Default for #name {
                fn default() -> Self {
                    Self(::std::default::Default::default())
                }
            }
        }
    } else if derive_default && fields.iter().all(|f| !f.required()) {
        let inits = fields.iter().map(|info| {
            let ident = info.field.ident.as_ref().expect("named");
            let value = match &info.default {
                Some(Some(path)) => {
                    let path: syn::ExprPath = syn::parse_str(path).expect("a serde default path");
                    quote!(#path())
                }
                _ => quote!(::std::default::Default::default()),
            };
            quote!(#ident: #value)
        });
        quote! {
            impl ::std::default::Default for #name {
                fn default() -> Self {
                    Self { #(#inits,)* }
                }
            }
        }
    } else {
        TokenStream::new()
    };

    Ok(quote! {
        impl crate::BodyModel for #name {
            const NAME: &'static str = #name_text;
            const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = #declared;
        }
        impl #name {
            #[doc = #builder_doc]
            pub fn builder() -> crate::Builder<Self> {
                crate::Builder::new()
            }
        }
        impl crate::Builder<#name> {
            #(#setters)*
        }
        #default
    })
}

/// What a setter takes: the field's type, except that string newtypes (constrained by a
/// pattern or a length) take any string and `NonZeroU64` takes a `u64`, both checked when
/// the model is built.
fn setter_type(ty: &Type, string_newtypes: &HashSet<String>) -> TokenStream {
    if let Type::Path(path) = ty {
        let last = last_segment(&path.path);
        if string_newtypes.contains(&last) {
            return quote!(String);
        }
        if last == "NonZeroU64" {
            return quote!(u64);
        }
    }
    // Prelude names keep the one-line setters on one line; no model shadows them.
    let text = quote!(#ty)
        .to_string()
        .replace(":: std :: string :: String", "String")
        .replace(":: std :: vec :: Vec", "Vec")
        .replace(":: std :: option :: Option", "Option");
    text.parse().expect("a type with prelude names parses")
}

/// Whether `#[derive(..)]` on the struct names `name`.
fn derives(model: &ItemStruct, name: &str) -> bool {
    model
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("derive"))
        .any(|attr| {
            let mut found = false;
            let _ = attr.parse_nested_meta(|meta| {
                found |= meta.path.segments.last().is_some_and(|s| s.ident == name);
                Ok(())
            });
            found
        })
}

fn is_primitive(ty: &TokenStream) -> bool {
    matches!(
        ty.to_string().as_str(),
        "bool" | "u8" | "u16" | "u32" | "u64" | "i8" | "i16" | "i32" | "i64" | "f32" | "f64"
    )
}

fn option_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    let segment = path.path.segments.last()?;
    if segment.ident != "Option" {
        return None;
    }
    match &segment.arguments {
        syn::PathArguments::AngleBracketed(args) => match args.args.first()? {
            syn::GenericArgument::Type(inner) => Some(inner),
            _ => None,
        },
        _ => None,
    }
}

fn is_string_newtype(s: &ItemStruct) -> bool {
    match &s.fields {
        Fields::Unnamed(fields) if fields.unnamed.len() == 1 => matches!(
            &fields.unnamed[0].ty,
            Type::Path(p) if last_segment(&p.path) == "String"
        ),
        _ => false,
    }
}

fn last_segment(path: &syn::Path) -> String {
    path.segments
        .last()
        .map(|s| s.ident.to_string())
        .unwrap_or_default()
}

fn doc_attrs(attrs: &[Attribute]) -> Vec<&Attribute> {
    attrs.iter().filter(|a| a.path().is_ident("doc")).collect()
}
