//! The child process of `tests/bounded_memory.rs`: calls `items.get` once against the
//! service given on the command line (which answers with a huge body), and prints how the
//! call ended, how long it took and the process's peak resident memory. Run as a separate
//! process so that its peak RSS is the client's alone.
//!
//! Usage: `oversized-answer-probe BASE_URL TOKEN`.

use std::process::ExitCode;
use std::time::Instant;

use geopera_api::operations::items_get;
use geopera_api::types::ItemGetInput;
use geopera_api::{Client, Error, RefusalReason, RetryPolicy};
use nix::sys::resource::{getrusage, UsageWho};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(base_url), Some(token)) = (args.next(), args.next()) else {
        eprintln!("usage: oversized-answer-probe BASE_URL TOKEN");
        return ExitCode::from(2);
    };
    let client = match Client::builder()
        .base_url(base_url)
        .token(token)
        .retry_policy(RetryPolicy::disabled())
        .build()
    {
        Ok(client) => client,
        Err(err) => {
            eprintln!("{err}");
            return ExitCode::from(2);
        }
    };
    let body: ItemGetInput =
        serde_json::from_value(serde_json::json!({"item_id": "it_probe"})).expect("a valid body");
    let started = Instant::now();
    let result = items_get::send_blocking(&client, &body);
    let elapsed = started.elapsed();
    let outcome = match &result {
        Err(Error::Refused(refused))
            if matches!(refused.reason, RefusalReason::TooLarge { .. }) =>
        {
            "refused_too_large"
        }
        Err(_) => "other_error",
        Ok(_) => "accepted",
    };
    println!("outcome={outcome}");
    if let Err(err) = &result {
        println!("error={err}");
    }
    println!("elapsed_ms={}", elapsed.as_millis());
    match getrusage(UsageWho::RUSAGE_SELF) {
        // Linux reports ru_maxrss in KiB.
        Ok(usage) => println!("peak_rss_kib={}", usage.max_rss()),
        Err(err) => {
            eprintln!("getrusage: {err}");
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}
