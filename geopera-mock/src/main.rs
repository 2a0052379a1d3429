//! `geopera-mock` binary: start the mock, print where it listens, serve until killed.

use std::io::Write;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use geopera_mock::{MockServer, MockServerBuilder};

const USAGE: &str = "\
usage: geopera-mock [--addr ADDR] [--data-dir DIR] [--quota-bytes N]
                    [--token NAME=SCOPE,SCOPE ...] [--token NAME@ORG=SCOPE ...]
                    [--url-ttl SECS] [--job-delay-ms MS] [--job-polls N|none]
                    [--no-rate-limits] [--session-ttl SECS] [--device-interval SECS]

Serves the Geopera operation API and a signed-URL object store.
Prints `geopera-mock listening on http://HOST:PORT` once ready.
The token `gpra_dev` (every scope) always exists unless redefined.";

fn parse(args: &[String]) -> Result<MockServerBuilder, String> {
    let mut b = MockServer::builder();
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag.as_str() {
            "--addr" => {
                let v = value("--addr")?;
                let addr: SocketAddr = v.parse().map_err(|e| format!("--addr {v}: {e}"))?;
                b = b.addr(addr);
            }
            "--data-dir" => b = b.data_dir(value("--data-dir")?),
            "--quota-bytes" => {
                let v = value("--quota-bytes")?;
                b = b.quota_bytes(v.parse().map_err(|e| format!("--quota-bytes {v}: {e}"))?);
            }
            "--url-ttl" => {
                let v = value("--url-ttl")?;
                let secs: u64 = v.parse().map_err(|e| format!("--url-ttl {v}: {e}"))?;
                b = b.url_ttl(Duration::from_secs(secs));
            }
            // `--clip-delay-ms` is the older name; it applies to every job kind.
            "--job-delay-ms" | "--clip-delay-ms" => {
                let v = value(flag)?;
                let ms: u64 = v.parse().map_err(|e| format!("{flag} {v}: {e}"))?;
                b = b.job_delay(Duration::from_millis(ms));
            }
            "--job-polls" => {
                let v = value("--job-polls")?;
                let n = match v.as_str() {
                    "none" => None,
                    n => Some(n.parse().map_err(|e| format!("--job-polls {v}: {e}"))?),
                };
                b = b.jobs_complete_after_polls(n);
            }
            "--token" => {
                let v = value("--token")?;
                let (who, scopes) = v
                    .split_once('=')
                    .ok_or_else(|| format!("--token {v}: expected NAME=SCOPE,SCOPE"))?;
                let scopes: Vec<&str> = scopes.split(',').filter(|s| !s.is_empty()).collect();
                b = match who.split_once('@') {
                    Some((name, org)) => b.token_in_org(name, org, &scopes),
                    None => b.token(who, &scopes),
                };
            }
            "--session-ttl" => {
                let v = value("--session-ttl")?;
                let secs: f64 = v.parse().map_err(|e| format!("--session-ttl {v}: {e}"))?;
                if !(secs.is_finite() && secs > 0.0) {
                    return Err(format!(
                        "--session-ttl {v}: must be a positive number of seconds"
                    ));
                }
                b = b.session_ttl(Duration::from_secs_f64(secs));
            }
            "--device-interval" => {
                let v = value("--device-interval")?;
                b = b.device_interval(
                    v.parse()
                        .map_err(|e| format!("--device-interval {v}: {e}"))?,
                );
            }
            "--no-rate-limits" => b = b.no_rate_limits(),
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown argument '{other}'")),
        }
    }
    Ok(b)
}

async fn wait_for_shutdown() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let builder = match parse(&args) {
        Ok(b) => b,
        Err(msg) => {
            if !msg.is_empty() {
                eprintln!("geopera-mock: {msg}");
            }
            eprintln!("{USAGE}");
            return if msg.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            };
        }
    };
    let server = match builder.start_blocking() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "geopera-mock listening on {}", server.base_url());
    let _ = out.flush();
    drop(out);
    let rt = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("geopera-mock: {e}");
            return ExitCode::FAILURE;
        }
    };
    rt.block_on(wait_for_shutdown());
    drop(server);
    ExitCode::SUCCESS
}
