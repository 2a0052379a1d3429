//! The `geopera.call` span and events the README's Tracing section documents, as a
//! `tracing_subscriber::fmt` subscriber sees them.
//!
//! This test has its own binary: `tracing` caches each call site's interest process-wide, so
//! a test running beside it on another thread, with no subscriber, could leave an event of
//! this test unseen by the scoped subscriber it sets.

use geopera_fluent::Geopera;
use geopera_mock::MockServer;
use serde_json::json;

fn client(server: &MockServer) -> Geopera {
    Geopera::builder()
        .base_url(server.base_url())
        .token(server.dev_token())
        .build()
        .expect("client")
}

/// What a `tracing_subscriber::fmt` subscriber writes, shared with the test.
#[derive(Clone, Default)]
struct Captured(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The span and fields the README's Tracing section names, as a subscriber sees them.
#[tokio::test(flavor = "current_thread")]
async fn each_call_is_one_geopera_call_span_with_the_documented_fields() {
    use tracing_subscriber::fmt::format::FmtSpan;

    let server = MockServer::start().await;
    let client = client(&server);
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_span_events(FmtSpan::CLOSE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    server
        .faults()
        .fail_next(geopera_mock::Target::op("items.list"), 1, 503, Some(0));
    client
        .items()
        .list(json!({"project_id": server.project_id()}))
        .await
        .expect("a retried read");
    let err = client
        .items()
        .get(json!({"item_id": "it_missing"}))
        .await
        .expect_err("no such item");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));

    let text = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let closed: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("}: geopera_api::request: close "))
        .collect();
    assert_eq!(closed.len(), 2, "one span per call: {text}");
    // `fmt` appends each recorded value: a retried call shows every attempt's fields.
    for expected in [
        r#"geopera.call{operation="items.list" attempt=1 elapsed_ms="#,
        " status=503 attempt=2 elapsed_ms=",
        " status=200}: geopera_api::request: close",
    ] {
        assert!(closed[0].contains(expected), "{expected}: {text}");
    }
    for expected in [
        r#"geopera.call{operation="items.get" attempt=1 elapsed_ms="#,
        " status=404}: geopera_api::request: close",
    ] {
        assert!(closed[1].contains(expected), "{expected}: {text}");
    }
    assert!(text.contains("retrying"), "{text}");
    assert!(text.contains("delay_ms="), "{text}");
    assert!(text.contains("call succeeded"), "{text}");
    assert!(
        !text.contains(server.dev_token()),
        "no token in traces: {text}"
    );
}
