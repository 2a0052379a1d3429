//! Turning spec names into Rust names.

/// `items.asset.download` → `items_asset_download` (the operation's module).
pub fn module_name(operation_id: &str) -> String {
    operation_id.replace('.', "_")
}

/// `uploads.signed_url` → `UploadsSignedUrl` (the operation's marker type).
pub fn type_name(operation_id: &str) -> String {
    operation_id
        .split(['.', '_'])
        .map(pascal_word)
        .collect::<Vec<_>>()
        .concat()
}

/// `signed_url` → `signed_url`, `type` → `r#type`: a method name usable in generated code.
pub fn method_name(segment: &str) -> String {
    if is_keyword(segment) {
        format!("r#{segment}")
    } else {
        segment.to_string()
    }
}

/// Upper-cases the first character of a word and keeps the rest.
pub fn pascal_word(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Whether `id` is a plain lowercase identifier (`[a-z][a-z0-9_]*`).
pub fn is_snake_identifier(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '_'))
}

fn is_keyword(word: &str) -> bool {
    matches!(
        word,
        "as" | "async"
            | "await"
            | "box"
            | "break"
            | "const"
            | "continue"
            | "crate"
            | "dyn"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "pub"
            | "ref"
            | "return"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "type"
            | "unsafe"
            | "use"
            | "where"
            | "while"
            | "yield"
            | "try"
            | "macro"
            | "override"
            | "priv"
            | "virtual"
            | "final"
            | "abstract"
            | "become"
            | "do"
            | "typeof"
            | "unsized"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_dotted_id() {
        assert_eq!(module_name("items.asset.download"), "items_asset_download");
        assert_eq!(type_name("uploads.signed_url"), "UploadsSignedUrl");
        assert_eq!(method_name("type"), "r#type");
        assert!(is_snake_identifier("signed_url"));
        assert!(!is_snake_identifier("Signed-Url"));
    }
}
