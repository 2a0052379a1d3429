//! Items and assets created by uploads: read them, read them as STAC, download an asset,
//! delete an asset.

use serde_json::{json, Map, Value};

use super::download::{descriptor, Subject};
use super::{not_found, opt_str, str_field, Ctx, Outcome};
use crate::inspect::AssetInfo;
use crate::problem::Problem;
use crate::signing::encode_path;
use crate::world::{Item, Store};

fn item<'s>(store: &'s Store, ctx: &Ctx<'_>, id: &str) -> Result<&'s Item, super::Reject> {
    store
        .items
        .get(id)
        .filter(|i| i.info.organization_id == ctx.org())
        .ok_or_else(|| not_found("item", id))
}

fn asset_json(a: &AssetInfo) -> Value {
    json!({
        "asset_id": a.key,
        "key": a.key,
        "filename": a.filename,
        "size": a.size,
        "content_type": a.content_type,
        "sha256": a.sha256,
        "roles": ["data"],
    })
}

fn item_json(i: &Item) -> Value {
    let assets: Map<String, Value> = i
        .info
        .assets
        .iter()
        .map(|a| (a.key.clone(), asset_json(a)))
        .collect();
    json!({
        "id": i.info.id,
        "organization_id": i.info.organization_id,
        "project_id": i.info.project_id,
        "collection_id": i.collection_id,
        "upload_id": i.upload_id,
        "created_at": i.created_at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        "properties": { "datetime": i.created_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true) },
        "assets": assets,
    })
}

/// `items.get` → `ItemGetOutput { item }`.
pub fn get(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let store = ctx.app.store.lock().unwrap();
    let i = item(&store, ctx, str_field(body, "item_id"))?;
    Ok(json!({ "item": item_json(i) }))
}

/// `items.list`: the project's items, paged by `limit`/`offset`.
pub fn list(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let project_id = str_field(body, "project_id");
    let limit = body.get("limit").and_then(Value::as_u64).unwrap_or(100) as usize;
    let offset = body.get("offset").and_then(Value::as_u64).unwrap_or(0) as usize;
    let collection = opt_str(body, "collection_id");
    let store = ctx.app.store.lock().unwrap();
    let all: Vec<&Item> = store
        .items
        .values()
        .filter(|i| i.info.organization_id == ctx.org() && i.info.project_id == project_id)
        .filter(|i| collection.is_none() || i.collection_id == collection)
        .collect();
    let page: Vec<Value> = all
        .iter()
        .skip(offset)
        .take(limit)
        .map(|i| item_json(i))
        .collect();
    Ok(json!({ "items": page, "total": all.len(), "limit": limit, "offset": offset }))
}

/// `items.list_assets`.
pub fn list_assets(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let store = ctx.app.store.lock().unwrap();
    let i = item(&store, ctx, str_field(body, "item_id"))?;
    let assets: Vec<Value> = i.info.assets.iter().map(asset_json).collect();
    Ok(json!({ "item_id": i.info.id, "assets": assets }))
}

/// `items.get_stac`: the item as a STAC 1.0 Feature.
pub fn get_stac(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let store = ctx.app.store.lock().unwrap();
    let i = item(&store, ctx, str_field(body, "item_id"))?;
    let base = opt_str(body, "base_url").unwrap_or_else(|| ctx.base_url.clone());
    let base = base.trim_end_matches('/');
    let assets: Map<String, Value> = i
        .info
        .assets
        .iter()
        .map(|a| {
            (
                a.key.clone(),
                json!({
                    "href": format!("{base}/assets/{}", encode_path(&a.object_path)),
                    "type": a.content_type,
                    "title": a.filename,
                    "roles": ["data"],
                    "file:size": a.size,
                }),
            )
        })
        .collect();
    Ok(json!({
        "type": "Feature",
        "stac_version": "1.0.0",
        "id": i.info.id,
        "collection": i.collection_id,
        "geometry": null,
        "properties": {
            "datetime": i.created_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        },
        "links": [
            { "rel": "self", "href": format!("{base}/items/{}", i.info.id), "type": "application/geo+json" }
        ],
        "assets": assets,
    }))
}

/// `items.asset.download` → a descriptor with a signed GET URL.
pub fn download(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let item_id = str_field(body, "item_id");
    let asset_id = str_field(body, "asset_id");
    let mut store = ctx.app.store.lock().unwrap();
    let asset = item(&store, ctx, item_id)?
        .asset(asset_id)
        .cloned()
        .ok_or_else(|| not_found("asset", asset_id))?;
    let Some(object) = store
        .objects
        .get(&asset.object_path)
        .map(|o| o.info.clone())
    else {
        return Err(Problem::new(410, format!("asset '{asset_id}' is no longer stored")).into());
    };
    let mut d = descriptor(
        ctx,
        &mut store,
        &object,
        Subject {
            kind: "asset",
            resource_id: item_id,
            name: asset_id,
            filename: &asset.filename,
            user_agent: None,
            requester_ip: None,
        },
    );
    d["item_id"] = json!(item_id);
    d["asset_id"] = json!(asset_id);
    Ok(d)
}

/// `assets.delete`: removes the asset and its bytes, freeing used storage.
pub fn delete_asset(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let item_id = str_field(body, "item_id");
    let asset_id = str_field(body, "asset_id");
    let mut store = ctx.app.store.lock().unwrap();
    item(&store, ctx, item_id)?;
    let it = store.items.get_mut(item_id).expect("checked above");
    let Some(pos) = it.info.assets.iter().position(|a| a.key == asset_id) else {
        return Err(not_found("asset", asset_id));
    };
    let asset = it.info.assets.remove(pos);
    let org = it.info.organization_id.clone();
    store.delete_object(&asset.object_path);
    store.remove_used(&org, asset.size);
    Ok(json!({ "id": asset_id, "item_id": item_id, "deleted": true }))
}
