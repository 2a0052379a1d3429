//! What items do beyond the resource engine: their assets (listed, downloaded,
//! deleted with their bytes), their STAC view, and deletion that frees storage.

use serde_json::{json, Map, Value};

use super::download::{descriptor, Subject};
use super::{not_found, opt_str, str_field, Ctx, Outcome};
use crate::inspect::AssetInfo;
use crate::problem::Problem;
use crate::resources::records::Record;
use crate::signing::encode_path;
use crate::world::{asset_json, Store, ITEMS};

fn text(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_owned()
}

/// The item `id` the caller sees, and its assets.
fn item<'s>(
    store: &'s Store,
    ctx: &Ctx<'_>,
    id: &str,
) -> Result<(&'s Record, &'s [AssetInfo]), super::Reject> {
    let rec = store
        .records
        .get(ITEMS, ctx.org(), id)
        .ok_or_else(|| not_found("item", id))?;
    let assets = store.assets.get(id).map(Vec::as_slice).unwrap_or_default();
    Ok((rec, assets))
}

fn field<'r>(rec: &'r Record, name: &str) -> &'r Value {
    rec.value.get(name).unwrap_or(&Value::Null)
}

/// `items.delete`: the item goes, and with it its assets' bytes and used storage.
pub fn delete(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let item_id = str_field(body, "item_id");
    let mut store = ctx.app.store.lock().unwrap();
    item(&store, ctx, item_id)?;
    for asset in store.assets.remove(item_id).unwrap_or_default() {
        store.delete_object(&asset.object_path);
        store.remove_used(ctx.org(), asset.size);
    }
    store.records.remove(ITEMS, item_id);
    Ok(json!({ "ok": true, "id": item_id }))
}

/// `items.list_assets`.
pub fn list_assets(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let store = ctx.app.store.lock().unwrap();
    let (rec, assets) = item(&store, ctx, str_field(body, "item_id"))?;
    let assets: Vec<Value> = assets.iter().map(asset_json).collect();
    Ok(json!({ "item_id": rec.id, "assets": assets }))
}

/// `items.get_stac`: the item as a STAC 1.0 Feature.
pub fn get_stac(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let store = ctx.app.store.lock().unwrap();
    let (rec, assets) = item(&store, ctx, str_field(body, "item_id"))?;
    let base = opt_str(body, "base_url").unwrap_or_else(|| ctx.base_url.clone());
    let base = base.trim_end_matches('/');
    let assets: Map<String, Value> = assets
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
        "id": rec.id,
        "collection": field(rec, "collection_id"),
        "geometry": field(rec, "geometry"),
        "bbox": field(rec, "bbox"),
        "properties": {
            "datetime": field(rec, "datetime").as_str().map(str::to_owned).unwrap_or_else(|| text(field(rec, "created_at"))),
        },
        "links": [
            { "rel": "self", "href": format!("{base}/items/{}", rec.id), "type": "application/geo+json" }
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
        .1
        .iter()
        .find(|a| a.key == asset_id)
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
    let assets = store.assets.entry(item_id.to_owned()).or_default();
    let Some(pos) = assets.iter().position(|a| a.key == asset_id) else {
        return Err(not_found("asset", asset_id));
    };
    let asset = assets.remove(pos);
    store.delete_object(&asset.object_path);
    store.remove_used(ctx.org(), asset.size);
    store.show_assets(item_id);
    Ok(json!({ "id": asset_id, "item_id": item_id, "deleted": true }))
}
