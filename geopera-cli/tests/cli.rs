//! The built `geopera` binary against an in-process geopera-mock: what it prints, its exit
//! codes, the credentials file it writes, transfers, and Ctrl-C during an upload.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use geopera_mock::{Faults, MockServer, Target};
use serde_json::Value;

/// A mock server and a fresh HOME (so a fresh credentials file) for one test.
struct Env {
    server: MockServer,
    home: tempfile::TempDir,
}

impl Env {
    fn new() -> Self {
        Env {
            server: MockServer::builder()
                .start_blocking()
                .expect("geopera-mock starts"),
            home: tempfile::tempdir().unwrap(),
        }
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_geopera"));
        command
            .args(args)
            .env_clear()
            .env("HOME", self.home.path())
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .stdin(Stdio::null());
        command
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("geopera runs")
    }

    fn login(&self) {
        let out = self.run(&[
            "login",
            "--api-key",
            "gpra_dev",
            "--api-url",
            &self.server.base_url(),
        ]);
        assert!(out.status.success(), "{}", text(&out.stderr));
    }

    fn credentials(&self) -> PathBuf {
        self.home.path().join(".config/geopera/credentials.json")
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn json(out: &Output) -> Value {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        text(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", text(&out.stdout)))
}

#[test]
fn login_writes_the_python_clis_profile_and_calls_print_indented_json() {
    let env = Env::new();
    env.login();
    let stored: Value =
        serde_json::from_str(&std::fs::read_to_string(env.credentials()).unwrap()).unwrap();
    assert_eq!(
        stored["default"]["auth"],
        serde_json::json!({"type": "api_key", "api_key": "gpra_dev"})
    );
    assert_eq!(stored["default"]["api_url"], env.server.base_url().as_str());

    let out = env.run(&["op", "projects.create", r#"{"name": "from the cli"}"#]);
    let project = json(&out);
    assert_eq!(project["name"], "from the cli");
    // Indented as Python's json.dumps(indent=2), keys in the service's order.
    let printed = text(&out.stdout);
    assert!(printed.starts_with("{\n  \"id\": \"proj_"), "{printed}");

    let out = env.run(&[
        "projects",
        "create",
        "--name",
        "by flag",
        "--json",
        r#"{"name": "by json", "description": "kept"}"#,
    ]);
    let project = json(&out);
    assert_eq!(
        (project["name"].as_str(), project["description"].as_str()),
        (Some("by flag"), Some("kept"))
    );

    let info = json(&env.run(&["whoami", "--json"]));
    assert_eq!(info["geopera_org_id"], "org_dev");
}

#[test]
fn failures_exit_1_locally_and_2_for_api_errors_with_one_error_line() {
    let env = Env::new();
    let out = env.run(&["items", "get", "--item-id", "it_x"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "Error: Not logged in (profile 'default'). Run 'geopera login' first.\n"
    );

    env.login();
    let out = env.run(&["items", "get", "--item-id", "it_missing"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "Error: [404] item 'it_missing' not found\n"
    );
    assert!(out.stdout.is_empty());

    let out = env.run(&["op", "items.get", "{}"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "Error: [422] body.item_id: Field required\n"
    );

    let out = env.run(&["op", "items.get", "{nope"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).starts_with("Error: Invalid JSON body: "),
        "{}",
        text(&out.stderr)
    );

    let out = env.run(&["items", "list", "--limit", "many"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("For more information, try '--help'."));
}

#[test]
fn op_list_is_offline_and_remote_reads_the_servers_document() {
    let env = Env::new();
    let offline = env.run(&["op", "--list", "--api-url", "http://127.0.0.1:9"]);
    assert!(offline.status.success());
    let ids: Vec<String> = text(&offline.stdout).lines().map(str::to_owned).collect();
    assert_eq!(ids.len(), geopera_api::operations::ALL.len());
    assert!(ids.contains(&"items.asset.download".to_string()));
    assert!(text(&offline.stderr).contains(&format!("{} operations.", ids.len())));

    let remote = env.run(&[
        "op",
        "--list",
        "--remote",
        "--api-url",
        &env.server.base_url(),
    ]);
    assert!(remote.status.success(), "{}", text(&remote.stderr));
    assert_eq!(remote.stdout, offline.stdout);
}

#[test]
fn output_formats_print_lists_as_lines_and_tables() {
    let env = Env::new();
    env.login();
    for name in ["alpha", "beta"] {
        json(&env.run(&["projects", "create", "--name", name]));
    }
    let body = r#"{"project_id": "proj_dev"}"#;
    let file = env.home.path().join("scene.tif");
    std::fs::write(&file, b"bytes").unwrap();
    json(&env.run(&[
        "upload",
        "proj_dev",
        file.to_str().unwrap(),
        "--no-progress",
    ]));
    let out = env.run(&["-o", "ndjson", "op", "items.list", body]);
    let lines: Vec<Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["name"], "scene.tif");

    let out = env.run(&[
        "items",
        "list",
        "--project-id",
        "proj_dev",
        "--output",
        "table",
    ]);
    let table = text(&out.stdout);
    let mut rows = table.lines();
    assert!(rows.next().unwrap().starts_with("PROJECT_ID"), "{table}");
    assert!(rows.next().unwrap().contains("scene.tif"), "{table}");
}

#[test]
fn completions_cover_the_generated_tree() {
    let env = Env::new();
    for shell in ["bash", "zsh", "fish"] {
        let out = env.run(&["completions", shell]);
        assert!(out.status.success());
        let script = text(&out.stdout);
        assert!(script.contains("create-from-area"), "{shell}");
    }
}

fn sha256_of(path: &Path) -> String {
    let out = Command::new("sha256sum").arg(path).output().unwrap();
    text(&out.stdout)
        .split_whitespace()
        .next()
        .unwrap()
        .to_string()
}

#[test]
fn upload_then_download_returns_the_same_bytes() {
    let env = Env::new();
    env.login();
    let dir = env.home.path().join("scenes");
    std::fs::create_dir_all(dir.join("b")).unwrap();
    let data: Vec<u8> = (0..3 * 1024 * 1024 + 17)
        .map(|i| (i * 31 % 251) as u8)
        .collect();
    std::fs::write(dir.join("a.tif"), &data).unwrap();
    std::fs::write(dir.join("b/small.tif"), b"small").unwrap();
    let done = json(&env.run(&["upload", "proj_dev", dir.to_str().unwrap(), "--no-progress"]));
    let items = done["item_ids"].as_array().unwrap();
    assert_eq!(items.len(), 2, "{done}");
    assert!(env.server.reservations().is_empty());

    let item = env
        .server
        .items()
        .into_iter()
        .find(|i| i.assets.iter().any(|a| a.filename == "a.tif"))
        .expect("an item for a.tif");
    let dest = env.home.path().join("back.tif");
    let report = json(&env.run(&[
        "download",
        &item.id,
        "visual",
        dest.to_str().unwrap(),
        "--no-progress",
    ]));
    assert_eq!(report["bytes"], data.len() as u64);
    let source_sha = sha256_of(&dir.join("a.tif"));
    assert_eq!(sha256_of(&dest), source_sha);
    assert_eq!(report["sha256"], source_sha.as_str());
}

#[test]
fn ctrl_c_during_an_upload_releases_its_session() {
    let env = Env::new();
    env.login();
    let faults: Faults = env.server.faults();
    // The upload's PUT stops being read after 64 KiB: the upload is in flight until stopped.
    faults.stall_request_after(Target::StoragePut, 64 * 1024, 1);
    let file = env.home.path().join("big.tif");
    std::fs::write(&file, vec![7u8; 4 * 1024 * 1024]).unwrap();
    let mut child = env
        .command(&[
            "upload",
            "proj_dev",
            file.to_str().unwrap(),
            "--no-progress",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait (bounded, as a failure guard) until the session holds its reservation.
    let started = std::time::Instant::now();
    while env.server.reservations().is_empty() {
        assert!(
            started.elapsed().as_secs() < 30,
            "the upload never reserved quota"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "geopera exited before its upload started"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("released"),
        "{}",
        text(&out.stderr)
    );
    assert!(
        env.server.reservations().is_empty(),
        "{:?}",
        env.server.reservations()
    );
    let session = &env.server.sessions()[0];
    assert_eq!(session.reserved_bytes, 0);
}

#[test]
fn paginate_walks_every_item_once_and_wait_returns_the_completed_clip_job() {
    let env = Env::new();
    env.login();
    let org = env.server.org_id().to_string();
    for n in 0..250 {
        let item = serde_json::json!({"project_id": "proj_dev", "name": format!("item {n}")});
        env.server
            .insert_resource("items", Some(&org), item)
            .unwrap();
    }
    let out = env.run(&[
        "-o",
        "ndjson",
        "items",
        "list",
        "--project-id",
        "proj_dev",
        "--limit",
        "7",
        "--paginate",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let ids: Vec<String> = text(&out.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let unique: std::collections::BTreeSet<&String> = ids.iter().collect();
    assert_eq!((ids.len(), unique.len()), (250, 250));

    let body = format!(
        r#"{{"area": "sydney_harbour", "mosaic_types": ["visual"], "organization_id": "{org}", "aoi_geometry": {{"type": "Polygon", "coordinates": [[[151.2, -33.86], [151.26, -33.86], [151.26, -33.83], [151.2, -33.86]]]}}}}"#
    );
    let job = json(&env.run(&["clip", "create-from-area", "--json", &body, "--wait"]));
    assert_eq!(job["status"], "completed", "{job}");
}
