//! `event_subscriptions.*`: webhook subscriptions of the caller's organisation.
//!
//! `create` returns the signing secret (`whsec_…`) once; `get`, `list` and `update` answer
//! `"secret": null`. Another organisation's subscription is 404. Any `http(s)` URL is
//! accepted, as the service would; only loopback `http://` endpoints are ever contacted
//! (see the webhooks module). `test` sends an `event_subscription.test` event and answers
//! with its first attempt.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use super::{not_found, opt_str, str_field, Ctx, Outcome, Reject};
use crate::problem::ValidationIssue;
use crate::server_state::new_id;
use crate::webhooks::{test_result, Subscription};

/// `event_subscriptions.create`.
pub fn create(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let endpoint_url = str_field(body, "endpoint_url");
    check_endpoint(endpoint_url)?;
    let event_type = str_field(body, "event_type");
    if event_type.trim().is_empty() {
        return Err(invalid(
            "event_type",
            "an event type such as 'upload.completed', 'clip.job.*' or '*'",
            &json!(event_type),
        ));
    }
    let secret_bytes: [u8; 24] = rand::random();
    let subscription = Subscription {
        id: new_id("sub"),
        org: ctx.org().to_owned(),
        event_type: event_type.to_owned(),
        endpoint_url: endpoint_url.to_owned(),
        secret: format!("whsec_{}", hex::encode(secret_bytes)),
        headers: headers_field(body).unwrap_or_default(),
        filter_config: body.get("filter_config").cloned().unwrap_or(json!({})),
        description: opt_str(body, "description"),
        active: true,
        created_at: ctx.now,
        updated_at: ctx.now,
    };
    let out = subscription.to_json(true);
    ctx.app.webhooks.with_subscriptions(|subs| {
        subs.insert(subscription.id.clone(), subscription);
    });
    Ok(out)
}

/// `event_subscriptions.list`: oldest first, filtered by `event_type` and `active`.
pub fn list(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let event_type = opt_str(body, "event_type");
    let active = body.get("active").and_then(Value::as_bool);
    let mut subs: Vec<Subscription> = ctx.app.webhooks.with_subscriptions(|subs| {
        subs.values()
            .filter(|s| s.org == ctx.org())
            .filter(|s| event_type.as_ref().is_none_or(|t| &s.event_type == t))
            .filter(|s| active.is_none_or(|a| s.active == a))
            .cloned()
            .collect()
    });
    subs.sort_by(|a, b| a.created_at.cmp(&b.created_at).then(a.id.cmp(&b.id)));
    let list: Vec<Value> = subs.iter().map(|s| s.to_json(false)).collect();
    Ok(json!({ "total": list.len(), "subscriptions": list }))
}

/// `event_subscriptions.get`.
pub fn get(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    Ok(find(ctx, body)?.to_json(false))
}

/// `event_subscriptions.update`: each given field replaces the stored one; `null` or absent
/// leaves it alone. The secret is not rotated.
pub fn update(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let endpoint_url = opt_str(body, "endpoint_url");
    if let Some(url) = &endpoint_url {
        check_endpoint(url)?;
    }
    let id = str_field(body, "subscription_id");
    let updated = ctx.app.webhooks.with_subscriptions(|subs| {
        let sub = subs.get_mut(id).filter(|s| s.org == ctx.org())?;
        if let Some(url) = endpoint_url {
            sub.endpoint_url = url;
        }
        if let Some(config) = body.get("filter_config").filter(|v| !v.is_null()) {
            sub.filter_config = config.clone();
        }
        if let Some(headers) = headers_field(body) {
            sub.headers = headers;
        }
        if let Some(active) = body.get("active").and_then(Value::as_bool) {
            sub.active = active;
        }
        if let Some(description) = opt_str(body, "description") {
            sub.description = Some(description);
        }
        sub.updated_at = ctx.now;
        Some(sub.to_json(false))
    });
    updated.ok_or_else(|| not_found("event subscription", id))
}

/// `event_subscriptions.delete`: attempts still scheduled for it are dropped.
pub fn delete(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let id = str_field(body, "subscription_id");
    let removed = ctx.app.webhooks.with_subscriptions(|subs| {
        if subs.get(id).is_some_and(|s| s.org == ctx.org()) {
            subs.remove(id)
        } else {
            None
        }
    });
    match removed {
        Some(_) => Ok(json!({ "id": id, "deleted": true })),
        None => Err(not_found("event subscription", id)),
    }
}

/// `event_subscriptions.test`: delivers now and reports the first attempt.
pub fn test(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let subscription = find(ctx, body)?;
    let record = ctx.app.webhooks.send_test(&subscription);
    Ok(test_result(&record))
}

fn find(ctx: &Ctx<'_>, body: &Value) -> Result<Subscription, Reject> {
    let id = str_field(body, "subscription_id");
    ctx.app
        .webhooks
        .with_subscriptions(|subs| subs.get(id).filter(|s| s.org == ctx.org()).cloned())
        .ok_or_else(|| not_found("event subscription", id))
}

fn headers_field(body: &Value) -> Option<BTreeMap<String, String>> {
    let map = body.get("headers")?.as_object()?;
    Some(
        map.iter()
            .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
            .collect(),
    )
}

/// An endpoint must be an absolute `http(s)` URL with a host.
fn check_endpoint(url: &str) -> Result<(), Reject> {
    let parsed = url.parse::<http::Uri>().ok();
    let usable = parsed.as_ref().is_some_and(|u| {
        matches!(u.scheme_str(), Some("http" | "https")) && u.host().is_some_and(|h| !h.is_empty())
    });
    if usable {
        Ok(())
    } else {
        Err(invalid(
            "endpoint_url",
            "an absolute http(s) URL, e.g. 'https://example.com/geopera-events'",
            &json!(url),
        ))
    }
}

fn invalid(field: &str, expected: &str, input: &Value) -> Reject {
    Reject::Invalid(vec![ValidationIssue {
        loc: vec![json!("body"), json!(field)],
        msg: format!("Value error, expected {expected}"),
        kind: "value_error".into(),
        input: input.clone(),
    }])
}
