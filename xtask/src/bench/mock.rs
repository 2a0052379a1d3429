//! The geopera-mock server the benchmarks run against, and the few `/_mock/` calls they make.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use anyhow::{anyhow, bail, Context, Result};

/// A running geopera-mock child; stopped (by its own pid) when dropped.
pub struct Mock {
    child: Child,
    /// `http://127.0.0.1:PORT`
    pub url: String,
}

impl Mock {
    /// Starts `bin` on an ephemeral loopback port with rate limits off and a quota that no
    /// benchmark reaches, storing objects under `data_dir`.
    pub fn start(bin: &Path, data_dir: &Path) -> Result<Mock> {
        std::fs::create_dir_all(data_dir)?;
        let mut child = Command::new(bin)
            .args(["--addr", "127.0.0.1:0", "--no-rate-limits"])
            .args(["--quota-bytes", "1000000000000000"])
            .arg("--data-dir")
            .arg(data_dir)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .with_context(|| format!("starting {}", bin.display()))?;
        let stdout = child.stdout.take().expect("piped stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(url) = line.strip_prefix("geopera-mock listening on ") {
                    let _ = tx.send(url.trim().to_owned());
                }
            }
        });
        let mut mock = Mock {
            child,
            url: String::new(),
        };
        mock.url = rx
            .recv_timeout(Duration::from_secs(20))
            .map_err(|_| anyhow!("geopera-mock did not report its address within 20 s"))?;
        Ok(mock)
    }

    fn host_port(&self) -> &str {
        self.url.trim_start_matches("http://").trim_end_matches('/')
    }

    /// A plain HTTP/1.1 request to the mock's control endpoints; returns the body.
    pub fn control(&self, method: &str, path: &str, body: Option<&str>) -> Result<String> {
        let host = self.host_port();
        let mut stream = TcpStream::connect(host).with_context(|| format!("connecting {host}"))?;
        stream.set_read_timeout(Some(Duration::from_secs(10)))?;
        let body = body.unwrap_or("");
        write!(
            stream,
            "{method} {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )?;
        let mut response = String::new();
        stream.read_to_string(&mut response)?;
        let status = response.split_whitespace().nth(1).unwrap_or("");
        if status != "200" {
            bail!("{method} {path}: {}", response.lines().next().unwrap_or(""));
        }
        Ok(response
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_owned())
            .unwrap_or_default())
    }

    /// Adds `ms` of latency to every operation call and storage request.
    pub fn add_latency(&self, ms: u64) -> Result<()> {
        let rule = format!(r#"{{"kind":"latency","target":"any","ms":{ms}}}"#);
        self.control("POST", "/_mock/faults", Some(&rule)).map(drop)
    }

    /// Removes every fault rule.
    pub fn clear_faults(&self) -> Result<()> {
        self.control("DELETE", "/_mock/faults", None).map(drop)
    }
}

impl Drop for Mock {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
