//! How answers are printed: `--output json` (the default, byte for byte what the Python CLI
//! prints), `ndjson` (one compact line per element of a list), `table` (a readable table for
//! lists).
//!
//! A "list" is the answer itself when it is an array, else the one field of an object that
//! holds an array of objects (`{"items": [...], "total": 3}` → its `items`); `ndjson` and
//! `table` print anything else as one line / a two-column table of its fields.

use std::io::Write;

use serde_json::Value;

/// The format of answers on stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Indented JSON, as the Python CLI prints it.
    #[default]
    Json,
    /// One compact JSON document per line: each element of a list.
    Ndjson,
    /// A table: one row per element of a list, one column per scalar field.
    Table,
}

impl Format {
    /// The names `--output` accepts.
    pub const NAMES: [&'static str; 3] = ["json", "ndjson", "table"];

    /// The format named `name` (one of [`Self::NAMES`]).
    pub fn from_name(name: &str) -> Self {
        match name {
            "ndjson" => Format::Ndjson,
            "table" => Format::Table,
            _ => Format::Json,
        }
    }
}

/// The widest a table cell is printed; longer text is cut with `…`.
const MAX_CELL: usize = 48;

/// Prints `value` to stdout in `format`.
pub fn print(value: &Value, format: Format) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    match format {
        Format::Json => writeln!(
            out,
            "{}",
            geopera_fluent::profiles::python_json_in_order(value)
        ),
        Format::Ndjson => {
            match list_of(value) {
                Some(items) => {
                    for item in items {
                        writeln!(out, "{item}")?;
                    }
                }
                None => writeln!(out, "{value}")?,
            }
            Ok(())
        }
        Format::Table => out.write_all(table(value).as_bytes()),
    }
}

/// Prints the items of a paged list as they arrive: `json` as one indented array (as the
/// Python CLI would print the list), `ndjson` one line each, `table` once all are in (the
/// columns depend on every row).
pub struct ListPrinter {
    format: Format,
    printed: usize,
    rows: Vec<Value>,
}

impl ListPrinter {
    /// A printer for `format`; nothing is printed yet.
    pub fn new(format: Format) -> Self {
        ListPrinter {
            format,
            printed: 0,
            rows: Vec::new(),
        }
    }

    /// Prints (or keeps, for a table) one item.
    pub fn item(&mut self, item: Value) -> std::io::Result<()> {
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Json => {
                let text = geopera_fluent::profiles::python_json_in_order(&item);
                let indented = text.replace('\n', "\n  ");
                let lead = if self.printed == 0 { "[\n  " } else { ",\n  " };
                write!(out, "{lead}{indented}")?;
                out.flush()?;
            }
            Format::Ndjson => writeln!(out, "{item}")?,
            Format::Table => self.rows.push(item),
        }
        self.printed += 1;
        Ok(())
    }

    /// Closes the list.
    pub fn finish(self) -> std::io::Result<()> {
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Json if self.printed == 0 => writeln!(out, "[]"),
            Format::Json => writeln!(out, "\n]"),
            Format::Ndjson => Ok(()),
            Format::Table => out.write_all(table(&Value::Array(self.rows)).as_bytes()),
        }
    }
}

/// The list inside an answer, if it has one (see the module docs).
pub fn list_of(value: &Value) -> Option<&Vec<Value>> {
    match value {
        Value::Array(items) => Some(items),
        Value::Object(map) => {
            let mut lists = map.values().filter_map(|v| match v {
                Value::Array(items) if items.iter().all(Value::is_object) => Some(items),
                _ => None,
            });
            let first = lists.next()?;
            lists.next().is_none().then_some(first)
        }
        _ => None,
    }
}

/// The text of a table for `value`.
pub fn table(value: &Value) -> String {
    let (header, rows): (Vec<String>, Vec<Vec<String>>) = match list_of(value) {
        Some(items) => {
            let mut columns: Vec<String> = Vec::new();
            for item in items {
                if let Value::Object(map) = item {
                    for (key, v) in map {
                        if !v.is_object() && !v.is_array() && !columns.contains(key) {
                            columns.push(key.clone());
                        }
                    }
                }
            }
            if columns.is_empty() {
                columns.push("value".into());
            }
            let rows = items
                .iter()
                .map(|item| match item {
                    Value::Object(map) => columns
                        .iter()
                        .map(|c| cell(map.get(c).unwrap_or(&Value::Null)))
                        .collect(),
                    other => vec![cell(other)],
                })
                .collect();
            (columns, rows)
        }
        None => match value {
            Value::Object(map) => (
                vec!["field".into(), "value".into()],
                map.iter().map(|(k, v)| vec![k.clone(), cell(v)]).collect(),
            ),
            other => (vec!["value".into()], vec![vec![cell(other)]]),
        },
    };
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        format!("{}\n", padded.join("  ").trim_end())
    };
    let upper: Vec<String> = header.iter().map(|h| h.to_uppercase()).collect();
    let mut text = line(&upper);
    for row in &rows {
        text.push_str(&line(row));
    }
    text
}

fn cell(value: &Value) -> String {
    let text = match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let text = text.replace(['\n', '\t'], " ");
    if text.chars().count() > MAX_CELL {
        let cut: String = text.chars().take(MAX_CELL - 1).collect();
        format!("{cut}…")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_table_has_a_row_per_item_and_a_column_per_scalar_field() {
        let page = json!({"items": [{"id": "it_1", "n": 2, "geo": {}}, {"id": "it_22", "ok": true}], "total": 2});
        assert_eq!(table(&page), "ID     N  OK\nit_1   2\nit_22     true\n");
        assert_eq!(table(&json!({"id": "x"})), "FIELD  VALUE\nid     x\n");
    }

    #[test]
    fn ndjson_lists_come_from_the_one_array_of_objects() {
        assert_eq!(list_of(&json!({"a": [{"x": 1}], "b": 2})).unwrap().len(), 1);
        assert!(list_of(&json!({"a": [{"x": 1}], "b": [{"y": 1}]})).is_none());
        assert!(list_of(&json!({"a": [1, 2]})).is_none());
    }
}
