//! The generated command tree: clap commands built from the table in
//! `generated/commands.rs`, and the request body a matched command stands for.
//!
//! Operation `a.b.c` is `geopera a b c` (`_` → `-` in every segment). Each scalar field of
//! its body is a flag (`--x/--no-x` for booleans, repeatable for arrays of scalars); the
//! whole body, or what flags cannot express, goes through `--json` (inline, `@file`, `-`),
//! and flags override its keys. Every leaf also takes `--profile` and `--api-url`; leaves of
//! operations that page take `--paginate` (and `--max-items`), and those that start a job
//! `--wait` (and `--wait-timeout`), as geopera-api's paging metadata and geopera-fluent's
//! starter → poller map say.

use std::collections::BTreeMap;

use clap::{Arg, ArgAction, ArgMatches, Command};
use geopera_fluent::waiters::JobStarter;
use serde_json::{Map, Number, Value};

use crate::body;
use crate::failure::Failure;

/// One operation of the command tree (a row of the generated table).
#[derive(Debug)]
pub struct CommandSpec {
    /// The dotted operation id.
    pub id: &'static str,
    /// The spec's one-line summary.
    pub summary: &'static str,
    /// Its flags, in the body schema's order.
    pub fields: &'static [Field],
}

/// A body field that has a flag.
#[derive(Debug)]
pub struct Field {
    /// The JSON name; the flag is `--` + the name with `_` → `-`.
    pub name: &'static str,
    /// The value type.
    pub kind: Kind,
    /// An array of scalars: the flag repeats.
    pub repeated: bool,
    /// Whether the schema requires it (help text only: the service checks).
    pub required: bool,
    /// The schema's description.
    pub help: &'static str,
}

/// The JSON type a flag's text is converted to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A string, as typed.
    String,
    /// A whole number.
    Integer,
    /// A number.
    Number,
    /// `--x` (true) or `--no-x` (false).
    Bool,
}

/// Argument ids of the options every leaf has (never a field name: fields are lowercase).
pub const JSON_ARG: &str = "@json";
/// See [`JSON_ARG`].
pub const PROFILE_ARG: &str = "@profile";
/// See [`JSON_ARG`].
pub const API_URL_ARG: &str = "@api_url";
/// `--paginate`, on operations that page.
pub const PAGINATE_ARG: &str = "@paginate";
/// `--max-items`, with `--paginate`.
pub const MAX_ITEMS_ARG: &str = "@max_items";
/// `--wait`, on operations that start a job.
pub const WAIT_ARG: &str = "@wait";
/// `--wait-timeout`, with `--wait`.
pub const WAIT_TIMEOUT_ARG: &str = "@wait_timeout";

/// Every operation of the tree.
pub fn commands() -> &'static [CommandSpec] {
    crate::generated::COMMANDS
}

/// The words of `spec`'s command path: `clip.create_from_area` → `clip`, `create-from-area`.
pub fn path_of(spec: &CommandSpec) -> impl Iterator<Item = String> + '_ {
    spec.id.split('.').map(|segment| segment.replace('_', "-"))
}

/// The operation a matched command path stands for.
pub fn find(path: &[String]) -> Option<&'static CommandSpec> {
    commands()
        .iter()
        .find(|spec| path_of(spec).eq(path.iter().cloned()))
}

#[derive(Default)]
struct Node {
    children: BTreeMap<String, Node>,
    leaf: Option<&'static CommandSpec>,
}

/// Adds the command groups to `root`. With `only = Some(word)`, only group `word` gets its
/// commands; the others are listed with their help line but left empty, which is all
/// `geopera --help` needs and keeps start-up cheap.
pub fn add_groups(mut root: Command, only: Option<&str>) -> Command {
    let mut tree = Node::default();
    for spec in commands() {
        let mut node = &mut tree;
        for segment in path_of(spec) {
            node = node.children.entry(segment).or_default();
        }
        node.leaf = Some(spec);
    }
    for (name, node) in tree.children {
        let full = only.is_none_or(|word| word == name);
        root = root.subcommand(build(name, node, full));
    }
    root
}

fn build(name: String, node: Node, full: bool) -> Command {
    if let Some(spec) = node.leaf {
        return leaf(name, spec);
    }
    let about = format!("`{}` operations.", name.replace('-', "_"));
    let mut group = Command::new(name)
        .about(about)
        .subcommand_required(true)
        .arg_required_else_help(true);
    if full {
        for (child, node) in node.children {
            group = group.subcommand(build(child, node, true));
        }
    }
    group
}

fn leaf(name: String, spec: &'static CommandSpec) -> Command {
    let summary = if spec.summary.is_empty() {
        format!("Invoke {}.", spec.id)
    } else {
        spec.summary.to_string()
    };
    let mut command = Command::new(name)
        .about(summary.clone())
        .long_about(format!("{summary}\n\nOperation: {}", spec.id))
        .arg(
            Arg::new(JSON_ARG)
                .long("json")
                .value_name("JSON")
                .help("Full JSON body (inline, @file, or - for stdin). Flags override its keys."),
        );
    for field in spec.fields {
        let flag = field.name.replace('_', "-");
        let help = match (field.help, field.required) {
            ("", false) => String::new(),
            ("", true) => "[required]".to_string(),
            (text, false) => text.to_string(),
            (text, true) => format!("{text} [required]"),
        };
        let arg = Arg::new(field.name).long(flag.clone()).help(help);
        command = match field.kind {
            Kind::Bool => {
                let negative = format!("no-{flag}");
                command
                    .arg(
                        arg.action(ArgAction::SetTrue)
                            .overrides_with(negative.clone()),
                    )
                    .arg(
                        Arg::new(negative.clone())
                            .long(negative)
                            .action(ArgAction::SetTrue)
                            .overrides_with(field.name)
                            .hide(true),
                    )
            }
            kind => {
                let arg = match kind {
                    Kind::Integer => arg
                        .value_parser(clap::value_parser!(i64))
                        .value_name("INTEGER"),
                    Kind::Number => arg
                        .value_parser(clap::value_parser!(f64))
                        .value_name("FLOAT"),
                    _ => arg.value_name("TEXT"),
                };
                // As click: whatever follows the flag is its value, `-5` included.
                let arg = arg.allow_hyphen_values(true);
                command.arg(if field.repeated {
                    arg.action(ArgAction::Append)
                } else {
                    arg
                })
            }
        };
    }
    let pages = geopera_api::dynamic::operation(spec.id).is_some_and(|info| info.paging.is_some());
    if pages {
        command = command
            .arg(
                Arg::new(PAGINATE_ARG)
                    .long("paginate")
                    .action(ArgAction::SetTrue)
                    .help("Fetch every page and print the items as they come (json: one array; ndjson: one line each)."),
            )
            .arg(
                Arg::new(MAX_ITEMS_ARG)
                    .long("max-items")
                    .value_name("N")
                    .value_parser(clap::value_parser!(u64))
                    .requires(PAGINATE_ARG)
                    .help("With --paginate: stop after N items."),
            );
    }
    if JobStarter::of(spec.id).is_some() {
        command = command
            .arg(
                Arg::new(WAIT_ARG)
                    .long("wait")
                    .action(ArgAction::SetTrue)
                    .help("Wait for the job to finish and print its final state."),
            )
            .arg(
                Arg::new(WAIT_TIMEOUT_ARG)
                    .long("wait-timeout")
                    .value_name("SECONDS")
                    .value_parser(clap::value_parser!(f64))
                    .requires(WAIT_ARG)
                    .help("With --wait: give up after this long (default 900)."),
            );
    }
    command
        .arg(
            Arg::new(PROFILE_ARG)
                .long("profile")
                .help("Stored identity (env: GEOPERA_PROFILE)."),
        )
        .arg(
            Arg::new(API_URL_ARG)
                .long("api-url")
                .help("API base URL override (env: GEOPERA_API_URL)."),
        )
}

/// The body of a matched leaf: `--json` (an object), then each given flag over it.
pub fn body_of(spec: &CommandSpec, matches: &ArgMatches) -> Result<Value, Failure> {
    let mut body = match matches
        .get_one::<String>(JSON_ARG)
        .filter(|s| !s.is_empty())
    {
        Some(arg) => match body::read_json_arg(arg)? {
            Value::Object(object) => object,
            _ => {
                return Err(Failure::local(
                    "--json must be a JSON object for this command.",
                ))
            }
        },
        None => Map::new(),
    };
    for field in spec.fields {
        if let Some(value) = flag_value(field, matches) {
            body.insert(field.name.to_string(), value);
        }
    }
    Ok(Value::Object(body))
}

fn flag_value(field: &Field, matches: &ArgMatches) -> Option<Value> {
    let one = |matches: &ArgMatches| -> Option<Vec<Value>> {
        let values: Vec<Value> = match field.kind {
            Kind::String => matches
                .get_many::<String>(field.name)?
                .map(|s| Value::String(s.clone()))
                .collect(),
            Kind::Integer => matches
                .get_many::<i64>(field.name)?
                .map(|n| Value::from(*n))
                .collect(),
            Kind::Number => matches
                .get_many::<f64>(field.name)?
                .filter_map(|n| Number::from_f64(*n).map(Value::Number))
                .collect(),
            Kind::Bool => unreachable!("booleans are read below"),
        };
        Some(values)
    };
    if field.kind == Kind::Bool {
        let negative = format!("no-{}", field.name.replace('_', "-"));
        return if matches.get_flag(field.name) {
            Some(Value::Bool(true))
        } else if matches.get_flag(&negative) {
            Some(Value::Bool(false))
        } else {
            None
        };
    }
    let mut values = one(matches)?;
    if field.repeated {
        (!values.is_empty()).then_some(Value::Array(values))
    } else {
        values.pop()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_has_one_leaf_and_no_path_is_both_group_and_leaf() {
        let root = add_groups(Command::new("geopera"), None);
        root.clone().debug_assert();
        for spec in commands() {
            let path: Vec<String> = path_of(spec).collect();
            let mut command = &root;
            for word in &path {
                command = command
                    .find_subcommand(word)
                    .expect("a subcommand per segment");
            }
            assert!(command.get_subcommands().next().is_none(), "{}", spec.id);
            assert_eq!(find(&path).map(|s| s.id), Some(spec.id));
        }
        assert!(commands().iter().all(|s| !s.id.starts_with("admin")));
    }

    #[test]
    fn flags_override_json_keys_and_booleans_take_the_last_word() {
        let spec = find(&["clip".into(), "jobs".into(), "list".into()]).unwrap();
        let root = add_groups(Command::new("geopera"), Some("clip"));
        let matches = root
            .try_get_matches_from([
                "geopera",
                "clip",
                "jobs",
                "list",
                "--json",
                r#"{"limit": 5, "offset": 3}"#,
                "--limit",
                "7",
            ])
            .unwrap();
        let (_, m) = matches.subcommand().unwrap();
        let (_, m) = m.subcommand().unwrap();
        let (_, m) = m.subcommand().unwrap();
        let body = body_of(spec, m).unwrap();
        assert_eq!(body, serde_json::json!({"limit": 7, "offset": 3}));
    }
}
