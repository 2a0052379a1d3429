//! `projects.create`: the one project operation uploads depend on.

use serde_json::{json, Value};

use super::{opt_str, str_field, Ctx, Outcome};
use crate::server_state::new_id;
use crate::world::Project;

/// The default region, as the spec's `ProjectCreate.gcs_region` default.
const DEFAULT_REGION: &str = "australia-southeast1";

/// Creates a project in the caller's organisation.
pub fn create(ctx: &Ctx<'_>, body: &Value) -> Outcome {
    let project = Project {
        id: new_id("proj"),
        org: ctx.org().to_owned(),
        name: str_field(body, "name").to_owned(),
        description: opt_str(body, "description"),
        gcs_region: opt_str(body, "gcs_region").unwrap_or_else(|| DEFAULT_REGION.into()),
        created_at: ctx.now,
    };
    let out = project_json(&project);
    ctx.app
        .store
        .lock()
        .unwrap()
        .projects
        .insert(project.id.clone(), project);
    Ok(out)
}

/// A project as `ProjectResponse`.
pub fn project_json(p: &Project) -> Value {
    let ts = p
        .created_at
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    json!({
        "id": p.id,
        "organization_id": p.org,
        "name": p.name,
        "description": p.description,
        "gcs_region": p.gcs_region,
        "gcs_bucket_name": format!("geopera-mock-{}", p.gcs_region),
        "is_archived": false,
        "created_at": ts,
        "updated_at": ts,
    })
}
