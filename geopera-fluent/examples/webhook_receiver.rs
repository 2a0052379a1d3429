//! A webhook receiver: subscribe to `upload.completed`, upload a file, and print the event
//! Geopera delivers, after checking its signature with one call.
//!
//! ```sh
//! cargo run -p geopera-fluent --example webhook_receiver
//! ```
//!
//! Against geopera-mock (the default) the receiver listens on a loopback port and the mock
//! delivers to it. Against a real server (`GEOPERA_API_URL` set), Geopera must reach the
//! receiver: set `GEOPERA_WEBHOOK_URL` to a public HTTPS URL that forwards to
//! `GEOPERA_WEBHOOK_LISTEN` (default `127.0.0.1:8787` there).

mod common;

use std::time::Duration;

use anyhow::{bail, Context, Result};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use bytes::Bytes;
use geopera_fluent::webhooks::{verify_header_map, Event, WebhookSecret};
use serde_json::json;
use tokio::sync::mpsc;

/// What the handler needs: the subscription's secret, and where to hand verified events.
#[derive(Clone)]
struct Receiver {
    secret: WebhookSecret,
    events: mpsc::UnboundedSender<Event>,
}

/// Any 2xx acknowledges; a delivery that fails verification is refused (and not retried
/// into success: the sender's signature will not change).
async fn receive(State(rx): State<Receiver>, headers: HeaderMap, body: Bytes) -> StatusCode {
    match verify_header_map(&rx.secret, &headers, &body) {
        Ok(event) => {
            let _ = rx.events.send(event);
            StatusCode::NO_CONTENT
        }
        Err(e) => {
            eprintln!("{e}");
            StatusCode::UNAUTHORIZED
        }
    }
}

#[tokio::main]
async fn main() -> Result<()> {
    let env = common::connect()?;
    let listen = match (env.is_mock(), std::env::var("GEOPERA_WEBHOOK_LISTEN")) {
        (_, Ok(addr)) => addr,
        (true, Err(_)) => "127.0.0.1:0".to_owned(),
        (false, Err(_)) => "127.0.0.1:8787".to_owned(),
    };
    let listener = tokio::net::TcpListener::bind(&listen)
        .await
        .with_context(|| format!("cannot listen on {listen}"))?;
    let endpoint_url = match std::env::var("GEOPERA_WEBHOOK_URL") {
        Ok(url) => url,
        Err(_) if env.is_mock() => format!("http://{}/geopera-events", listener.local_addr()?),
        Err(_) => bail!(
            "set GEOPERA_WEBHOOK_URL to a public URL that forwards to {listen}: Geopera cannot reach localhost"
        ),
    };

    let subscription = env
        .client
        .event_subscriptions()
        .create(json!({
            "event_type": "upload.completed",
            "endpoint_url": endpoint_url,
            "description": "geopera-rs webhook_receiver example",
        }))
        .await?;
    // Shown once, by `create`: a real receiver stores it with its configuration.
    let secret = subscription
        .extra
        .get("secret")
        .and_then(|s| s.as_str())
        .context("event_subscriptions.create returned no secret")?;
    let (events, mut received) = mpsc::unbounded_channel();
    let state = Receiver {
        secret: WebhookSecret::new(secret),
        events,
    };
    let app = Router::new()
        .route("/geopera-events", post(receive))
        .with_state(state);
    tokio::spawn(async move { axum::serve(listener, app).await });
    println!("subscribed {} -> {endpoint_url}", subscription.id);

    let project_id = env.project_id().await?;
    let file = env.sample_tiff("harbour.tif", 64, 3)?;
    let done = env.client.upload(&project_id).file(&file).send().await?;
    println!("uploaded session {} -> items {:?}", done.id, done.item_ids);

    let event = loop {
        let event = tokio::time::timeout(Duration::from_secs(120), received.recv())
            .await
            .context("no upload.completed event within 2 minutes")?
            .context("receiver stopped")?;
        if event.entity_id.as_deref() == Some(done.id.as_str()) {
            break event;
        }
    };
    println!(
        "verified {} {} at {} for {} {}:\n{}",
        event.event_type,
        event.event_id,
        event.timestamp.to_rfc3339(),
        event.entity_type.as_deref().unwrap_or("-"),
        event.entity_id.as_deref().unwrap_or("-"),
        serde_json::to_string_pretty(&event.data)?
    );

    env.client
        .event_subscriptions()
        .delete(json!({ "subscription_id": subscription.id }))
        .await?;
    Ok(())
}
