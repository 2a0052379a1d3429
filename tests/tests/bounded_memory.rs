//! A 1 GiB API answer costs the client bounded memory: the call runs in a child process
//! (`oversized-answer-probe`) so that its peak RSS is the client's alone, while the mock
//! that streams the answer runs here.

use std::process::Command;

use geopera_mock::{MockServer, Target};

const GIB: u64 = 1024 * 1024 * 1024;
const PEAK_RSS_LIMIT_KIB: u64 = 64 * 1024;

fn field<'a>(output: &'a str, name: &str) -> &'a str {
    output
        .lines()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix('='))
        .unwrap_or_else(|| panic!("the probe printed no `{name}`: {output}"))
}

#[test]
fn a_one_gib_answer_fails_with_peak_rss_under_64_mib() {
    let server = MockServer::builder().start_blocking().unwrap();
    server
        .faults()
        .oversized_body(Target::op("items.get"), GIB, 1);

    let output = Command::new(env!("CARGO_BIN_EXE_oversized-answer-probe"))
        .args([server.base_url().as_str(), server.dev_token()])
        .output()
        .expect("run the probe");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );

    assert_eq!(field(&stdout, "outcome"), "refused_too_large", "{stdout}");
    let error = field(&stdout, "error");
    assert!(error.starts_with("items.get: "), "{error}");
    assert!(error.contains("16777216 bytes"), "{error}");
    let peak_kib: u64 = field(&stdout, "peak_rss_kib").parse().unwrap();
    let elapsed_ms: u64 = field(&stdout, "elapsed_ms").parse().unwrap();
    eprintln!("1 GiB answer refused after {elapsed_ms} ms; client peak RSS {peak_kib} KiB");
    assert!(
        peak_kib < PEAK_RSS_LIMIT_KIB,
        "peak RSS {peak_kib} KiB is not under {PEAK_RSS_LIMIT_KIB} KiB"
    );
}
