//! The `geopera` command: its static commands and global options around the generated
//! tree, and the dispatch of a parsed command line.

use std::ffi::OsString;
use std::path::PathBuf;
use std::time::Duration;

use clap::{value_parser, Arg, ArgAction, ArgMatches, Command};
use geopera_api::RetryPolicy;

use crate::calls::{self, CallOptions};
use crate::failure::Failure;
use crate::output::Format;
use crate::session::{self, Identity, DEFAULT_SCOPE};
use crate::{body, transfers, tree};

/// Attempts are bounded by this by default (`--timeout`).
const DEFAULT_TIMEOUT_SECS: &str = "60";
/// Global options that take a value: skipped when looking for the command's first word.
const VALUED_GLOBALS: &[&str] = &["--output", "-o", "--timeout", "--retries"];

const PROFILE: &str = "profile";
const API_URL: &str = "api-url";

fn identity_args(command: Command) -> Command {
    command
        .arg(
            Arg::new(PROFILE)
                .long("profile")
                .help("Stored identity to use (env: GEOPERA_PROFILE). Default: 'default'."),
        )
        .arg(Arg::new(API_URL).long("api-url").help(
            "API base URL override (env: GEOPERA_API_URL). Default: https://api.geopera.com.",
        ))
}

fn identity(matches: &ArgMatches, profile: &str, api_url: &str) -> Identity {
    Identity {
        profile: matches.get_one::<String>(profile).cloned(),
        api_url: matches.get_one::<String>(api_url).cloned(),
    }
}

fn progress_arg() -> Arg {
    Arg::new("no-progress")
        .long("no-progress")
        .action(ArgAction::SetTrue)
        .help("Do not draw a progress bar on stderr.")
}

/// The whole command. With `only = Some(word)`, only the generated group `word` is built
/// with its commands (see [`tree::add_groups`]).
pub fn command(only: Option<&str>) -> Command {
    let root = Command::new("geopera")
        .about("Command-line interface for the Geopera geospatial data platform.")
        .version(env!("CARGO_PKG_VERSION"))
        .subcommand_required(true)
        .arg_required_else_help(true)
        .arg(
            Arg::new("output")
                .long("output")
                .short('o')
                .global(true)
                .value_parser(Format::NAMES)
                .default_value("json")
                .help("How answers are printed: json (as the Python CLI), ndjson, table."),
        )
        .arg(
            Arg::new("verbose")
                .long("verbose")
                .short('v')
                .global(true)
                .action(ArgAction::Count)
                .help("Trace calls on stderr (-vv for more); never bodies or credentials."),
        )
        .arg(
            Arg::new("timeout")
                .long("timeout")
                .global(true)
                .value_name("SECONDS")
                .value_parser(value_parser!(f64))
                .default_value(DEFAULT_TIMEOUT_SECS)
                .help("Time allowed for each attempt of a call; 0 for no limit."),
        )
        .arg(
            Arg::new("retries")
                .long("retries")
                .global(true)
                .value_name("N")
                .value_parser(value_parser!(u32))
                .help("Retries of calls that are safe to repeat (default 3); 0 turns them off."),
        )
        .subcommand(login())
        .subcommand(identity_args(
            Command::new("logout").about("Clear the active profile's stored credentials."),
        ))
        .subcommand(whoami())
        .subcommand(op())
        .subcommand(
            Command::new("completions")
                .about("Print a shell completion script.")
                .arg(
                    Arg::new("shell")
                        .required(true)
                        .value_parser(["bash", "zsh", "fish"]),
                ),
        )
        .subcommand(upload())
        .subcommand(download());
    tree::add_groups(root, only).mut_subcommand("clip", |clip| clip.subcommand(clip_download()))
}

fn login() -> Command {
    identity_args(
        Command::new("login")
            .about("Authenticate. Device flow by default; --api-key for headless use.")
            .arg(
                Arg::new("api-key")
                    .long("api-key")
                    .value_name("KEY")
                    .help("Skip the device flow and store an API key. Use '-' to read from stdin."),
            )
            .arg(
                Arg::new("no-browser")
                    .long("no-browser")
                    .action(ArgAction::SetTrue)
                    .help("Do not auto-open the verification URL."),
            )
            .arg(
                Arg::new("scope")
                    .long("scope")
                    .default_value(DEFAULT_SCOPE)
                    .help("OAuth scope to request."),
            ),
    )
}

fn whoami() -> Command {
    identity_args(
        Command::new("whoami")
            .about("Show the authenticated principal, org, and scopes.")
            .arg(
                Arg::new("json")
                    .long("json")
                    .action(ArgAction::SetTrue)
                    .help("Print the raw userinfo JSON."),
            ),
    )
}

fn op() -> Command {
    identity_args(
        Command::new("op")
            .about("Invoke any operation: POST /v1/op/OPERATION_ID with a JSON body.")
            .arg(
                Arg::new("operation")
                    .value_name("OPERATION_ID")
                    .help("Operation id, e.g. orders.estimate or catalog.federated_search."),
            )
            .arg(
                Arg::new("body")
                    .value_name("JSON")
                    .help("JSON request body. Use '-' to read from stdin."),
            )
            .arg(
                Arg::new("file")
                    .long("file")
                    .short('f')
                    .help("Read the JSON body from a file."),
            )
            .arg(
                Arg::new("list")
                    .long("list")
                    .action(ArgAction::SetTrue)
                    .help("List available operation ids (from the embedded spec) and exit."),
            )
            .arg(
                Arg::new("remote")
                    .long("remote")
                    .action(ArgAction::SetTrue)
                    .requires("list")
                    .help("With --list: ask the server's /openapi.json instead."),
            ),
    )
}

fn upload() -> Command {
    identity_args(
        Command::new("upload")
            .about("Upload files (or the files under directories) into a project.")
            .arg(Arg::new("project").value_name("PROJECT").required(true))
            .arg(
                Arg::new("paths")
                    .value_name("PATH")
                    .required(true)
                    .num_args(1..)
                    .value_parser(value_parser!(PathBuf)),
            )
            .arg(
                Arg::new("concurrency")
                    .long("concurrency")
                    .value_name("N")
                    .value_parser(value_parser!(usize))
                    .help("Files sent at once."),
            )
            .arg(progress_arg()),
    )
}

fn download() -> Command {
    identity_args(
        Command::new("download")
            .about("Download an item's asset to a file (resumed, verified, atomic).")
            .arg(Arg::new("item").value_name("ITEM").required(true))
            .arg(Arg::new("asset").value_name("ASSET").required(true))
            .arg(
                Arg::new("dest")
                    .value_name("DEST")
                    .required(true)
                    .value_parser(value_parser!(PathBuf)),
            )
            .arg(progress_arg()),
    )
}

fn clip_download() -> Command {
    identity_args(
        Command::new("download")
            .about("Download every file of a completed clip job into a directory.")
            .arg(Arg::new("job").value_name("JOB").required(true))
            .arg(
                Arg::new("dir")
                    .value_name("DIR")
                    .required(true)
                    .value_parser(value_parser!(PathBuf)),
            )
            .arg(progress_arg()),
    )
}

/// The first word of a command line that is not an option: the group to build.
fn first_word(args: &[OsString]) -> Option<String> {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            return words.next().map(|w| w.into_owned());
        }
        if VALUED_GLOBALS.contains(&word.as_ref()) {
            words.next();
        } else if !word.starts_with('-') {
            return Some(word.into_owned());
        }
    }
    None
}

/// Parses `args` and runs the command.
pub fn run(args: Vec<OsString>) -> Result<(), Failure> {
    let word = first_word(&args);
    let only = word.as_deref().filter(|w| *w != "completions");
    let matches = match command(only).try_get_matches_from(args) {
        Ok(matches) => matches,
        Err(err) => {
            let _ = err.print();
            return Err(Failure {
                code: err.exit_code().clamp(0, 255) as u8,
                message: String::new(),
            });
        }
    };
    // Global options given after a subcommand are recorded on the deepest one.
    let mut globals = &matches;
    while let Some((_, sub)) = globals.subcommand() {
        globals = sub;
    }
    init_tracing(globals.get_count("verbose"));
    let timeout = globals
        .get_one::<f64>("timeout")
        .copied()
        .filter(|s| *s > 0.0)
        .map(Duration::from_secs_f64);
    let retry = match globals.get_one::<u32>("retries") {
        Some(n) => RetryPolicy::default().with_max_attempts(n.saturating_add(1)),
        None => RetryPolicy::default(),
    };
    let output = Format::from_name(
        globals
            .get_one::<String>("output")
            .map_or("json", String::as_str),
    );
    let options = CallOptions {
        timeout,
        retry,
        output,
    };
    let Some((name, sub)) = matches.subcommand() else {
        return Ok(());
    };
    let progress = |m: &ArgMatches| !m.get_flag("no-progress");
    match name {
        "login" => block_on(async {
            let who = identity(sub, PROFILE, API_URL);
            match sub.get_one::<String>("api-key") {
                Some(key) => session::login_api_key(&who, key).await,
                None => {
                    let scope = sub
                        .get_one::<String>("scope")
                        .map_or(DEFAULT_SCOPE, String::as_str);
                    session::login_device(&who, scope, !sub.get_flag("no-browser")).await
                }
            }
        }),
        "logout" => block_on(session::logout(&identity(sub, PROFILE, API_URL))),
        "whoami" => block_on(session::whoami(
            &identity(sub, PROFILE, API_URL),
            sub.get_flag("json"),
        )),
        "op" => {
            let who = identity(sub, PROFILE, API_URL);
            if sub.get_flag("list") {
                return block_on(calls::list_operations(&who, sub.get_flag("remote")));
            }
            let Some(id) = sub.get_one::<String>("operation") else {
                return Err(Failure::local("OPERATION_ID is required (or use --list)."));
            };
            let body = body::op_body(
                sub.get_one::<String>("body").map(String::as_str),
                sub.get_one::<String>("file").map(String::as_str),
            )?;
            block_on(calls::call_and_print(
                &who,
                calls::operation_info(id),
                &body,
                &options,
            ))
        }
        "completions" => {
            let shell = match sub.get_one::<String>("shell").map(String::as_str) {
                Some("zsh") => clap_complete::Shell::Zsh,
                Some("fish") => clap_complete::Shell::Fish,
                _ => clap_complete::Shell::Bash,
            };
            clap_complete::generate(shell, &mut command(None), "geopera", &mut std::io::stdout());
            Ok(())
        }
        "upload" => {
            let client = identity(sub, PROFILE, API_URL).client()?;
            let project = sub.get_one::<String>("project").expect("required");
            let paths: Vec<PathBuf> = sub
                .get_many::<PathBuf>("paths")
                .expect("required")
                .cloned()
                .collect();
            let concurrency = sub.get_one::<usize>("concurrency").copied();
            block_on_threads(transfers::upload(
                client,
                project,
                &paths,
                concurrency,
                progress(sub),
                output,
            ))
        }
        "download" => {
            let client = identity(sub, PROFILE, API_URL).client()?;
            let item = sub.get_one::<String>("item").expect("required");
            let asset = sub.get_one::<String>("asset").expect("required");
            let dest = sub.get_one::<PathBuf>("dest").expect("required");
            block_on_threads(transfers::download(
                client,
                item,
                asset,
                dest,
                progress(sub),
                output,
            ))
        }
        group => {
            let mut path = vec![group.to_string()];
            let mut leaf = sub;
            while let Some((word, next)) = leaf.subcommand() {
                path.push(word.to_string());
                leaf = next;
            }
            if path == ["clip", "download"] {
                let client = identity(leaf, PROFILE, API_URL).client()?;
                let job = leaf.get_one::<String>("job").expect("required");
                let dir = leaf.get_one::<PathBuf>("dir").expect("required");
                return block_on_threads(transfers::clip_download(
                    client,
                    job,
                    dir,
                    progress(leaf),
                    output,
                ));
            }
            let spec = tree::find(&path).ok_or_else(|| Failure {
                code: 2,
                message: format!(
                    "no command `geopera {}`; see `geopera --help`",
                    path.join(" ")
                ),
            })?;
            let body = tree::body_of(spec, leaf)?;
            let who = identity(leaf, tree::PROFILE_ARG, tree::API_URL_ARG);
            let info = calls::operation_info(spec.id);
            // Both flags exist only on the leaves that support them.
            let flag = |id: &str| {
                leaf.try_get_one::<bool>(id)
                    .ok()
                    .flatten()
                    .copied()
                    .unwrap_or(false)
            };
            if flag(tree::PAGINATE_ARG) {
                let max_items = leaf.get_one::<u64>(tree::MAX_ITEMS_ARG).copied();
                return block_on(calls::paginate_and_print(
                    &who, info, &body, &options, max_items,
                ));
            }
            if flag(tree::WAIT_ARG) {
                let timeout = leaf
                    .get_one::<f64>(tree::WAIT_TIMEOUT_ARG)
                    .map(|s| Duration::from_secs_f64(s.max(0.0)))
                    .unwrap_or(geopera_fluent::waiters::DEFAULT_TIMEOUT);
                return block_on(calls::call_wait_and_print(
                    &who, info, &body, &options, timeout,
                ));
            }
            block_on(calls::call_and_print(&who, info, &body, &options))
        }
    }
}

/// Runs a call on a single-threaded runtime: one request needs no more, and it starts fastest.
fn block_on<T>(
    future: impl std::future::Future<Output = Result<T, Failure>>,
) -> Result<T, Failure> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|err| Failure::local(format!("Cannot start the async runtime: {err}")))?
        .block_on(future)
}

/// Runs a transfer on a multi-threaded runtime: network, disk and hashing overlap.
fn block_on_threads<T>(
    future: impl std::future::Future<Output = Result<T, Failure>>,
) -> Result<T, Failure> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|err| Failure::local(format!("Cannot start the async runtime: {err}")))?
        .block_on(future)
}

/// `--verbose`: geopera's own spans and events on stderr (debug, or trace with `-vv`).
fn init_tracing(verbosity: u8) {
    use tracing_subscriber::filter::{LevelFilter, Targets};
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let level = match verbosity {
        0 => return,
        1 => LevelFilter::DEBUG,
        _ => LevelFilter::TRACE,
    };
    let targets = Targets::new()
        .with_target("geopera_api", level)
        .with_target("geopera_fluent", level)
        .with_target("geopera", level);
    let layer = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_target(false);
    let _ = tracing_subscriber::registry()
        .with(layer)
        .with(targets)
        .try_init();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_whole_command_is_consistent() {
        command(None).debug_assert();
    }

    #[test]
    fn the_first_word_skips_global_options_and_their_values() {
        let args = |s: &str| s.split(' ').map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            first_word(&args("geopera -o table items get")).as_deref(),
            Some("items")
        );
        assert_eq!(
            first_word(&args("geopera --verbose --timeout 3 clip jobs")).as_deref(),
            Some("clip")
        );
        assert_eq!(first_word(&args("geopera --help")), None);
    }
}
