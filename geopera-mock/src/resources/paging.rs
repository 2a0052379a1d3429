//! The four paging families of the spec, read from each list's request schema, and the
//! one answer envelope per family used where the response schema is untyped.
//!
//! | family | request | untyped answer | last page when |
//! |---|---|---|---|
//! | offset | `limit`, `offset` | `{items, total, limit, offset}` | `offset + items.len() >= total` (a short page) |
//! | page/size | `page` (0-based), `size`, `sort` | `{content, number, size, totalElements, totalPages, first, last}` | `last` (a short page) |
//! | limit/page | `limit`, `page` (0-based) | `{items, total, limit, page}` | `(page + 1) * limit >= total` (a short page) |
//! | cursor | `limit`, `next` | `{items, next, limit}` | `next` is `null` |
//!
//! Why these envelopes: offset lists answer as the service's own `items.list` does
//! (`items` + `total`), so a client can stop on a short page or on `total`; the
//! page/size requests carry Spring Data's `page`/`size`/`sort=createdAt,desc`
//! parameters, so they answer with Spring's `Page` fields, which clients of those
//! services already read; limit/page keeps the offset shape with `page` in place of
//! `offset`; the cursor answer is `items` plus the `next` token to send back, `null` on
//! the last page. Lists that do not page answer `{items, total}`. Typed response
//! schemas win over all of these (`items.search` answers a `FeatureCollection`).
//!
//! Defaults and maxima are the request schema's (`items.list` 100/0, `stac.search`
//! 10 up to 10000, …); values above a maximum never get here (422).

use serde_json::{json, Map, Value};

/// How a list pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PagingFamily {
    /// `limit` + `offset`.
    Offset,
    /// `page` (0-based) + `size` (+ `sort`).
    PageSize,
    /// `limit` + `page` (0-based).
    LimitPage,
    /// `limit` + `next` token.
    Cursor,
}

impl PagingFamily {
    /// The family of a request with these declared properties (`None`: not pageable).
    pub fn of(props: &Map<String, Value>) -> Option<PagingFamily> {
        let int = |k: &str| props.get(k).is_some_and(is_integer);
        if int("limit") && props.contains_key("next") {
            Some(PagingFamily::Cursor)
        } else if int("limit") && int("page") {
            Some(PagingFamily::LimitPage)
        } else if int("page") && int("size") {
            Some(PagingFamily::PageSize)
        } else if int("limit") && int("offset") {
            Some(PagingFamily::Offset)
        } else {
            None
        }
    }

    /// Name used in the operations table.
    pub fn name(self) -> &'static str {
        match self {
            PagingFamily::Offset => "offset",
            PagingFamily::PageSize => "page/size",
            PagingFamily::LimitPage => "limit/page",
            PagingFamily::Cursor => "cursor",
        }
    }

    /// The body fields that page rather than filter.
    pub fn is_paging_field(field: &str) -> bool {
        matches!(
            field,
            "limit" | "offset" | "page" | "size" | "sort" | "next"
        )
    }
}

fn is_integer(schema: &Value) -> bool {
    schema.get("type").and_then(Value::as_str) == Some("integer")
        || schema
            .get("anyOf")
            .and_then(Value::as_array)
            .is_some_and(|bs| bs.iter().any(is_integer))
}

/// A request field's value, or its schema default.
fn number(body: &Value, props: &Map<String, Value>, field: &str, fallback: u64) -> u64 {
    body.get(field)
        .and_then(Value::as_u64)
        .or_else(|| props.get(field)?.get("default")?.as_u64())
        .unwrap_or(fallback)
}

/// One page, cut from the whole filtered and ordered list.
#[derive(Debug)]
pub struct Page {
    /// The objects of this page.
    pub items: Vec<Value>,
    /// How many objects match in all.
    pub total: usize,
    /// The untyped answer envelope.
    pub envelope: Value,
}

impl Page {
    fn new(items: Vec<Value>, total: usize, envelope: Value) -> Self {
        Page {
            items,
            total,
            envelope,
        }
    }
}

/// Why a page could not be cut.
#[derive(Debug)]
pub struct BadCursor;

/// Cuts the page the request asks for out of `all` (each paired with its creation
/// sequence number, in list order).
pub fn cut(
    paging: Option<PagingFamily>,
    props: &Map<String, Value>,
    body: &Value,
    all: Vec<(u64, Value)>,
) -> Result<Page, BadCursor> {
    let total = all.len();
    let slice = |start: usize, len: usize, all: Vec<(u64, Value)>| -> Vec<Value> {
        all.into_iter()
            .skip(start)
            .take(len)
            .map(|(_, v)| v)
            .collect()
    };
    Ok(match paging {
        None => {
            let items: Vec<Value> = all.into_iter().map(|(_, v)| v).collect();
            let envelope = json!({ "items": items, "total": total });
            Page::new(items, total, envelope)
        }
        Some(PagingFamily::Offset) => {
            let limit = number(body, props, "limit", 100);
            let offset = number(body, props, "offset", 0);
            let items = slice(offset as usize, limit as usize, all);
            let envelope =
                json!({ "items": items, "total": total, "limit": limit, "offset": offset });
            Page::new(items, total, envelope)
        }
        Some(PagingFamily::LimitPage) => {
            let limit = number(body, props, "limit", 20);
            let page = number(body, props, "page", 0);
            let items = slice(page.saturating_mul(limit) as usize, limit as usize, all);
            let envelope = json!({ "items": items, "total": total, "limit": limit, "page": page });
            Page::new(items, total, envelope)
        }
        Some(PagingFamily::PageSize) => {
            let size = number(body, props, "size", 20);
            let page = number(body, props, "page", 0);
            let items = slice(page.saturating_mul(size) as usize, size as usize, all);
            let pages = if size == 0 {
                0
            } else {
                (total as u64).div_ceil(size)
            };
            let envelope = json!({
                "content": items,
                "number": page,
                "size": size,
                "totalElements": total,
                "totalPages": pages,
                "first": page == 0,
                "last": page + 1 >= pages,
            });
            Page::new(items, total, envelope)
        }
        Some(PagingFamily::Cursor) => {
            let limit = number(body, props, "limit", 100) as usize;
            let after = match body.get("next").and_then(Value::as_str) {
                None => None,
                Some(token) => Some(decode_cursor(token).ok_or(BadCursor)?),
            };
            let rest: Vec<(u64, Value)> = all
                .into_iter()
                .filter(|(seq, _)| after.is_none_or(|a| *seq > a))
                .collect();
            let more = rest.len() > limit;
            let page: Vec<(u64, Value)> = rest.into_iter().take(limit).collect();
            let next = match (more, page.last()) {
                (true, Some((seq, _))) => json!(encode_cursor(*seq)),
                _ => Value::Null,
            };
            let items: Vec<Value> = page.into_iter().map(|(_, v)| v).collect();
            let envelope = json!({ "items": items, "next": next, "limit": limit });
            Page::new(items, total, envelope)
        }
    })
}

/// Cursor tokens name the creation sequence number of the last object returned, so a
/// walk neither repeats nor skips objects when others are created meanwhile. Clients
/// treat them as opaque.
fn encode_cursor(seq: u64) -> String {
    format!("cur_{seq:x}")
}

fn decode_cursor(token: &str) -> Option<u64> {
    u64::from_str_radix(token.strip_prefix("cur_")?, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(n: u64) -> Vec<(u64, Value)> {
        (1..=n).map(|i| (i, json!(i))).collect()
    }

    #[test]
    fn cursor_walk_ends_with_null_next() {
        let props = Map::new();
        let p1 = cut(
            Some(PagingFamily::Cursor),
            &props,
            &json!({"limit": 2}),
            all(3),
        )
        .unwrap();
        assert_eq!(p1.items, vec![json!(1), json!(2)]);
        let next = p1.envelope["next"].clone();
        let p2 = cut(
            Some(PagingFamily::Cursor),
            &props,
            &json!({"limit": 2, "next": next}),
            all(3),
        )
        .unwrap();
        assert_eq!(p2.items, vec![json!(3)]);
        assert_eq!(p2.envelope["next"], Value::Null);
        assert!(cut(
            Some(PagingFamily::Cursor),
            &props,
            &json!({"next": "bogus"}),
            all(1)
        )
        .is_err());
    }

    #[test]
    fn page_size_marks_the_last_page() {
        let props = Map::new();
        let p = cut(
            Some(PagingFamily::PageSize),
            &props,
            &json!({"page": 1, "size": 2}),
            all(4),
        )
        .unwrap();
        assert_eq!(p.envelope["last"], true);
        assert_eq!(p.envelope["totalPages"], 2);
    }
}
