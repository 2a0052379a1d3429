// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! One module per operation of the spec, named after its id with dots as underscores.
/// `alerts.acknowledge_event`: Mark an alert event acknowledged (org-scoped).
pub mod alerts_acknowledge_event;
/// `alerts.create_rule`: Create an alert rule for the caller's organization.
pub mod alerts_create_rule;
/// `alerts.delete_rule`: Delete an alert rule (org-scoped).
pub mod alerts_delete_rule;
/// `alerts.events.list`: List the caller's organization's alert events (org-scoped, triggered_at desc).
pub mod alerts_events_list;
/// `alerts.rule.get`: Get a single alert rule by id (org-scoped; 404 cross-org).
pub mod alerts_rule_get;
/// `alerts.rules.list`: List the caller's organization's alert rules (org-scoped).
pub mod alerts_rules_list;
/// `alerts.test_rule`: Test-evaluate an alert rule against an item without persisting.
pub mod alerts_test_rule;
/// `alerts.update_rule`: Update an alert rule (org-scoped).
pub mod alerts_update_rule;
/// `analytics.band_math`: Apply a custom band-math formula to a COG (statistics JSON or rendered PNG).
pub mod analytics_band_math;
/// `analytics.calculate_index`: Calculate a named spectral index (NDVI, NDWI, …) on a COG (stats JSON or PNG).
pub mod analytics_calculate_index;
/// `analytics.execute`: Run a registered analytics operation (zonal_stats / time_series / change_detection).
pub mod analytics_execute;
/// `analytics.index.get`: Detailed info about a single spectral index (+ compatible sensors).
pub mod analytics_index_get;
/// `analytics.indices.list`: List spectral indices (optionally filtered by category / sensor compatibility).
pub mod analytics_indices_list;
/// `analytics.operations.get`: Detailed capabilities of a single analytics operation.
pub mod analytics_operations_get;
/// `analytics.operations.list`: List all registered analytics operations + their input schemas (discovery).
pub mod analytics_operations_list;
/// `analytics.sensors.list`: List supported sensors and their band mappings.
pub mod analytics_sensors_list;
/// `analytics.validate_formula`: Validate a band-math formula (syntax + required bands) without executing it.
pub mod analytics_validate_formula;
/// `api_keys.create`: Mint an organization API key (the secret is returned once).
pub mod api_keys_create;
/// `api_keys.list`: List an organization's API keys (metadata only — never the secret).
pub mod api_keys_list;
/// `api_keys.revoke`: Revoke an organization API key.
pub mod api_keys_revoke;
/// `assets.delete`: Delete an asset (file) from an item (item access required).
pub mod assets_delete;
/// `band_formulas.create`: Create a custom band-math formula for the caller's organization (write scope).
pub mod band_formulas_create;
/// `band_formulas.delete`: Delete a custom band-math formula (write scope; templates are protected).
pub mod band_formulas_delete;
/// `band_formulas.get`: Get a single custom band-math formula by id (org-scoped; cross-org → 404).
pub mod band_formulas_get;
/// `band_formulas.list`: List the caller-org's custom band-math formulas (optional category/template filters).
pub mod band_formulas_list;
/// `band_formulas.update`: Update a custom band-math formula (write scope; org-scoped).
pub mod band_formulas_update;
/// `billing.approvals.approve`: Approve a credit purchase and charge the saved card (human approver only).
pub mod billing_approvals_approve;
/// `billing.approvals.get`: Get one credit-purchase approval (org-scoped).
pub mod billing_approvals_get;
/// `billing.approvals.list`: List the org's credit-purchase approvals (optionally by status).
pub mod billing_approvals_list;
/// `billing.approvals.reject`: Reject a pending credit-purchase approval.
pub mod billing_approvals_reject;
/// `billing.approvals.request`: Request approval for a large credit purchase.
pub mod billing_approvals_request;
/// `billing.auto_topup.get`: Read the org's auto-topup settings (enabled=false if unset).
pub mod billing_auto_topup_get;
/// `billing.cleanup_deleted_orgs`: Purge data for organizations past their deletion date (cron, DESTRUCTIVE).
pub mod billing_cleanup_deleted_orgs;
/// `billing.credits.balance`: The org's current credit balance.
pub mod billing_credits_balance;
/// `billing.credits.transactions`: The org's credit ledger (paged, optionally filtered by reason).
pub mod billing_credits_transactions;
/// `billing.deletions.pending`: List organizations pending deletion (system admin).
pub mod billing_deletions_pending;
/// `billing.dlq.list_pending`: Unresolved tracking-failure DLQ counts, grouped by storage_type + source.
pub mod billing_dlq_list_pending;
/// `billing.dlq.replay`: Replay up to N unresolved tracking_failures rows (cron).
pub mod billing_dlq_replay;
/// `billing.enterprise.accrual`: The org's unbilled enterprise post-pay liability (to put on a Xero invoice).
pub mod billing_enterprise_accrual;
/// `billing.enterprise.mark_invoiced`: Record a manual Xero invoice and mark the org's committed enterprise orders billed (admin).
pub mod billing_enterprise_mark_invoiced;
/// `billing.free_tier.approve`: Approve an org for the free tier + grant its credits immediately (admin).
pub mod billing_free_tier_approve;
/// `billing.free_tier.grant_all`: Grant the signup + monthly free credits to every FREE org (idempotent; cron).
pub mod billing_free_tier_grant_all;
/// `billing.free_tier.list_pending`: Orgs awaiting free-tier approval (the operator review queue).
pub mod billing_free_tier_list_pending;
/// `billing.free_tier.revoke`: Revoke an org's free-tier approval (stops future grants; admin).
pub mod billing_free_tier_revoke;
/// `billing.invoices.list`: The org's enterprise invoices (grouped from settled orders).
pub mod billing_invoices_list;
/// `billing.jobs.settle_unsettled`: Settle/register terminal processing jobs holding an unsettled reservation (cron).
pub mod billing_jobs_settle_unsettled;
/// `billing.plans.list`: List all available plans with their quota/feature limits (public catalog).
pub mod billing_plans_list;
/// `billing.reconciliation.backfill_missing`: Backfill ledger add-events for live assets with no ledger entry (admin).
pub mod billing_reconciliation_backfill_missing;
/// `billing.reconciliation.correct_drift`: Surgical single-asset drift correction (audited ledger entry; admin).
pub mod billing_reconciliation_correct_drift;
/// `billing.reconciliation.detect_drift`: Compute storage-billing drift for one org (no run recorded).
pub mod billing_reconciliation_detect_drift;
/// `billing.reconciliation.list_corrections`: Audit trail of all drift corrections applied (compliance + support).
pub mod billing_reconciliation_list_corrections;
/// `billing.reconciliation.list_runs`: List reconciliation runs (newest first; filter by org / flagged).
pub mod billing_reconciliation_list_runs;
/// `billing.reconciliation.remove_stale`: Remove stale positive-net ledger entries for deleted assets (admin).
pub mod billing_reconciliation_remove_stale;
/// `billing.reconciliation.run`: Run reconciliation for one org + persist the result.
pub mod billing_reconciliation_run;
/// `billing.reconciliation.run_all`: Run reconciliation for every org with a subscription or credit balance (cron).
pub mod billing_reconciliation_run_all;
/// `billing.reconciliation.zero_negative_nets`: Zero orphan negative-net ledger residue with compensating adds (admin).
pub mod billing_reconciliation_zero_negative_nets;
/// `billing.run_monthly_cron`: Run monthly billing for every org needing a run (cron).
pub mod billing_run_monthly_cron;
/// `billing.run_monthly_for_org`: Run monthly billing for one org (manual; org admin).
pub mod billing_run_monthly_for_org;
/// `billing.set_auto_topup`: Configure automatic top-up (requires a default card when enabling).
pub mod billing_set_auto_topup;
/// `billing.status.get`: An org's billing status + current usage (org membership required).
pub mod billing_status_get;
/// `billing.stripe_invoices.list`: List the org's Stripe invoices (never 500s — empty on a Stripe hiccup).
pub mod billing_stripe_invoices_list;
/// `billing.topup`: Invoke Billing Topup
pub mod billing_topup;
/// `catalog.federated_search`: Search every data source covering the AOI in one query (merged, type-tagged).
pub mod catalog_federated_search;
/// `catalog.granule_points`: Extract a 3D point cloud (lon/lat/elev/attribute) from a GEDI or ICESat-2 granule.
pub mod catalog_granule_points;
/// `catalog.image.quicklook`: Resolve + 307-redirect to a scene's quicklook (external host).
pub mod catalog_image_quicklook;
/// `catalog.image.thumbnail`: Resolve + 307-redirect to a scene's thumbnail (external host).
pub mod catalog_image_thumbnail;
/// `catalog.info.landsat`: Landsat scene metadata (parsed id fields + available visualizations).
pub mod catalog_info_landsat;
/// `catalog.info.naip`: NAIP item metadata from the Element84 STAC.
pub mod catalog_info_naip;
/// `catalog.info.sample`: Sample scene metadata (sensor + on-disk STAC + bands + thumbnail).
pub mod catalog_info_sample;
/// `catalog.info.sentinel`: Sentinel-2 scene metadata (parsed id + live COG info + available visualizations).
pub mod catalog_info_sentinel;
/// `catalog.provider.samples`: List sample scenes for a provider (paged).
pub mod catalog_provider_samples;
/// `catalog.providers.list`: List on-disk sample-data providers (+ registered sensors).
pub mod catalog_providers_list;
/// `catalog.search`: Search a commercial-imagery host's catalog (STAC, price-enriched).
pub mod catalog_search;
/// `catalog.search_stream`: Invoke Catalog Search Stream
pub mod catalog_search_stream;
/// `catalog.sources.list`: List every searchable data source + its collections (the dataset registry).
pub mod catalog_sources_list;
/// `catalog.tile.render`: Render a public satellite XYZ tile (sentinel/landsat/naip/sample) — unbilled, unauthenticated.
pub mod catalog_tile_render;
/// `catalog.vendors.list`: List catalog vendors + host⇄pricing-vendor identifiers.
pub mod catalog_vendors_list;
/// `catalog.viz.landsat`: List available Landsat visualizations.
pub mod catalog_viz_landsat;
/// `catalog.viz.naip`: List available NAIP visualizations.
pub mod catalog_viz_naip;
/// `clip.area.metadata`: Capture-date metadata for a clip area.
pub mod clip_area_metadata;
/// `clip.area.mosaics`: List mosaic types for a clip area.
pub mod clip_area_mosaics;
/// `clip.areas.list`: List delivery-bucket clip areas.
pub mod clip_areas_list;
/// `clip.create_from_area`: Create + dispatch an area-bucket COG clip job.
pub mod clip_create_from_area;
/// `clip.create_from_item`: Invoke Clip Create From Item
pub mod clip_create_from_item;
/// `clip.job.delete`: Delete a clip job and its GCS files.
pub mod clip_job_delete;
/// `clip.job.download`: Stream a clip file from GCS (egress-enforced).
pub mod clip_job_download;
/// `clip.job.downloads`: List downloadable clip files for a job.
pub mod clip_job_downloads;
/// `clip.job.get`: Get a single clip job by id.
pub mod clip_job_get;
/// `clip.job.tile_info`: Tile rendering params for a completed clip job.
pub mod clip_job_tile_info;
/// `clip.jobs.list`: List clip jobs for an organization.
pub mod clip_jobs_list;
/// `cog.colormaps`: Curated colormap groups for the frontend picker (bare-dict).
pub mod cog_colormaps;
/// `cog.formulas`: Predefined spectral-index formula templates (bare-dict, keyed by index id).
pub mod cog_formulas;
/// `cog.statistics`: AOI-scoped percentile statistics for a COG — drives per-AOI colormap rescale.
pub mod cog_statistics;
/// `cog.thumbnail`: Generate a JPEG thumbnail from the smallest COG overview.
pub mod cog_thumbnail;
/// `cog.tile.render`: Render an XYZ tile from a COG (bands or band-math expression).
pub mod cog_tile_render;
/// `cog.tile.terrain`: Render a Mapbox Terrain-RGB tile from a single-band elevation/depth COG.
pub mod cog_tile_terrain;
/// `collections.create`: Create an organizing collection within a project (editor/admin required).
pub mod collections_create;
/// `collections.delete`: Soft-delete a collection, unlinking its items (project admin required).
pub mod collections_delete;
/// `collections.get`: Get a collection by id within a project.
pub mod collections_get;
/// `collections.list`: List a project's collections (with item counts).
pub mod collections_list;
/// `collections.update`: Update a collection's metadata (editor/admin required).
pub mod collections_update;
/// `eulas.document.accept`: Record an organization's acceptance of a EULA document (idempotent).
pub mod eulas_document_accept;
/// `eulas.document.get`: Get a single EULA document enriched with the caller's org acceptance.
pub mod eulas_document_get;
/// `eulas.documents.list`: List an EULA's documents (paged), each enriched with the caller's org acceptance.
pub mod eulas_documents_list;
/// `eulas.get`: Get a single EULA enriched with the caller's org acceptance.
pub mod eulas_get;
/// `eulas.list`: List EULAs (paged), each enriched with the caller's org acceptance.
pub mod eulas_list;
/// `event_subscriptions.create`: Create a webhook subscription for the caller's organization.
pub mod event_subscriptions_create;
/// `event_subscriptions.delete`: Delete a webhook subscription (org-scoped).
pub mod event_subscriptions_delete;
/// `event_subscriptions.get`: Get a single webhook subscription (org-scoped; secret redacted).
pub mod event_subscriptions_get;
/// `event_subscriptions.list`: List the caller's organization's webhook subscriptions (secret redacted).
pub mod event_subscriptions_list;
/// `event_subscriptions.test`: Send a test event to a webhook subscription and return the delivery result.
pub mod event_subscriptions_test;
/// `event_subscriptions.update`: Update a webhook subscription (org-scoped).
pub mod event_subscriptions_update;
/// `glossary.collections.get`: Get a single catalog collection by name.
pub mod glossary_collections_get;
/// `glossary.collections.list`: List catalog collections (provider-compatible, paged).
pub mod glossary_collections_list;
/// `glossary.data_products.get`: Get a single catalog data product by name.
pub mod glossary_data_products_get;
/// `glossary.data_products.list`: List catalog data products (provider-compatible, paged).
pub mod glossary_data_products_list;
/// `glossary.providers.get`: Get a single catalog provider by name.
pub mod glossary_providers_get;
/// `glossary.providers.list`: List catalog providers (PRODUCER/HOST, paged).
pub mod glossary_providers_list;
/// `items.asset.download`: Issue a signed, egress-tracked download URL for an item's asset.
pub mod items_asset_download;
/// `items.create`: Create an item within a project (editor/admin on the project).
pub mod items_create;
/// `items.delete`: Soft-delete an item (admin/editor on the item's project required).
pub mod items_delete;
/// `items.detect_asset_bands`: Auto-detect band names for an asset from its reflectance statistics.
pub mod items_detect_asset_bands;
/// `items.duplicate`: Duplicate an item with its assets + viz profiles (admin/editor on the project).
pub mod items_duplicate;
/// `items.expire_batch`: Transition all past-expiry items to 'expired' (the hourly retention cron).
pub mod items_expire_batch;
/// `items.get`: Fetch a single catalog item by id.
pub mod items_get;
/// `items.get_stac`: Get an item as a full STAC 1.0.0 Feature with embedded assets + links.
pub mod items_get_stac;
/// `items.lineage`: Get the lineage tree (parents + children) for an item.
pub mod items_lineage;
/// `items.list`: List a project's items (optionally filtered by collection).
pub mod items_list;
/// `items.list_assets`: List all assets (files) attached to an item.
pub mod items_list_assets;
/// `items.list_by_collection`: List items in a collection (access via the collection's project).
pub mod items_list_by_collection;
/// `items.list_expiring`: List items approaching retention expiry (system-wide, for the notification cron).
pub mod items_list_expiring;
/// `items.search`: Search a project's items with STAC-compatible filters (project member access).
pub mod items_search;
/// `items.search_org`: Search all items across the caller's organization (STAC-compatible).
pub mod items_search_org;
/// `items.set_asset_band_names`: Rename the bands on an item's asset (project member access).
pub mod items_set_asset_band_names;
/// `items.tile.render`: Render a map tile for one of our catalog items (profile or direct-param).
pub mod items_tile_render;
/// `items.tile.statistics`: Global expression statistics (p2/p98 rescale) from the smallest COG overview.
pub mod items_tile_statistics;
/// `items.tile.tilejson`: TileJSON metadata for one of our catalog items.
pub mod items_tile_tilejson;
/// `items.tile.wmts_capabilities`: OGC WMTS 1.0.0 GetCapabilities XML for one of our items.
pub mod items_tile_wmts_capabilities;
/// `items.tile.wmts_get_tile`: OGC WMTS GetTile (KVP) for one of our items.
pub mod items_tile_wmts_get_tile;
/// `items.update`: Update an item's mutable metadata (editor/admin on its project).
pub mod items_update;
/// `notifications.dismiss`: Dismiss one of the caller's notifications (hide it from the list).
pub mod notifications_dismiss;
/// `notifications.list`: List the caller's notifications, newest first (user-scoped inbox).
pub mod notifications_list;
/// `notifications.mark_all_read`: Mark all of the caller's unread notifications as read.
pub mod notifications_mark_all_read;
/// `notifications.mark_read`: Mark one of the caller's notifications as read.
pub mod notifications_mark_read;
/// `notifications.unread_count`: Count the caller's unread, undismissed notifications (lightweight poll).
pub mod notifications_unread_count;
/// `orders.archive.estimate`: Preview the server-authoritative AOI price for a cart of archive captures.
pub mod orders_archive_estimate;
/// `orders.archive.place`: Invoke Archive Place
pub mod orders_archive_place;
/// `orders.cancel`: Cancel an order (policy-gated), refunding/voiding its reservation.
pub mod orders_cancel;
/// `orders.coverage.get`: Covered-vs-remainder coverage for a fulfilled/fulfilling tasking order.
pub mod orders_coverage_get;
/// `orders.coverage.groups.list`: Per-AOI delivered-vs-requested coverage for a tasking order (any status).
pub mod orders_coverage_groups_list;
/// `orders.estimate`: Price-preview an order without committing (provider-compatible).
pub mod orders_estimate;
/// `orders.get`: Get a single order (org-scoped).
pub mod orders_get;
/// `orders.get_schema`: Get the dynamic order-form schema for a data product (reference).
pub mod orders_get_schema;
/// `orders.list`: List the org's orders (filtered, paged, provider-compatible).
pub mod orders_list;
/// `orders.list_assets`: List the items + assets delivered for an order (STAC FeatureCollection).
pub mod orders_list_assets;
/// `orders.place`: Place order(s) from a FeatureCollection (archive reserves; tasking queues feasibility).
pub mod orders_place;
/// `orders.tasking.decisions.pending`: Unified inbox of the org's pending tasking decisions (feasibility + quotation).
pub mod orders_tasking_decisions_pending;
/// `orders.tasking.estimate`: Preview the server-authoritative price for an AOI-priced tasking request.
pub mod orders_tasking_estimate;
/// `orders.tasking.feasibility_check`: Predict whether a tasking order needs a feasibility study (per-feature).
pub mod orders_tasking_feasibility_check;
/// `orders.tasking.feasibility_decide`: Accept a feasibility-study option (one-step priced accept reserves/post-pays).
pub mod orders_tasking_feasibility_decide;
/// `orders.tasking.feasibility_studies.list`: List the org's feasibility studies (+ their options, paged).
pub mod orders_tasking_feasibility_studies_list;
/// `orders.tasking.groups.list`: List an order's tasking groups (admin).
pub mod orders_tasking_groups_list;
/// `orders.tasking.opportunities_list`: Predicted satellite passes for a tasking AOI (manual-feasibility: empty).
pub mod orders_tasking_opportunities_list;
/// `orders.tasking.place`: Invoke Tasking Place
pub mod orders_tasking_place;
/// `orders.tasking.quotation_decide`: Accept or reject a tasking quotation (accept reserves/post-pays).
pub mod orders_tasking_quotation_decide;
/// `orders.tasking.quotations.list`: List the org's tasking quotations (paged).
pub mod orders_tasking_quotations_list;
/// `orders.tasking.sensors`: List the tasking sensor catalog (ids, resolution, bands, pricing inputs).
pub mod orders_tasking_sensors;
/// `orders.tasking.templates.delete`: Soft-delete a tasking template (org-scoped).
pub mod orders_tasking_templates_delete;
/// `orders.tasking.templates.list`: List the caller organization's active tasking templates.
pub mod orders_tasking_templates_list;
/// `orders.tasking.templates.save`: Save a reusable tasking acquisition template for the caller's organization.
pub mod orders_tasking_templates_save;
/// `orders.update`: Patch an order's tags (metadata only; provider merge-patch).
pub mod orders_update;
/// `organizations.commitments.list`: List the org's minimum commitments with server-computed burn-down + take-or-pay.
pub mod organizations_commitments_list;
/// `organizations.commitments.statement`: Monthly enterprise statement: all activity (commitment lines flagged) + burn-down + settlement reconciliation.
pub mod organizations_commitments_statement;
/// `organizations.create`: Create an organization and enroll the caller as its owner (self-serve onboarding).
pub mod organizations_create;
/// `payment_methods.attach`: Persist a saved card (Airwallex Payment Consent) for the org.
pub mod payment_methods_attach;
/// `payment_methods.create_setup_intent`: Start saving a card to the org (off-session) — returns the Airwallex client_secret + env.
pub mod payment_methods_create_setup_intent;
/// `payment_methods.detach`: Detach (remove) a saved payment method from the org.
pub mod payment_methods_detach;
/// `payment_methods.list`: List the org's saved payment methods.
pub mod payment_methods_list;
/// `payment_methods.set_default`: Make a saved payment method the org's default (used by off-session charges).
pub mod payment_methods_set_default;
/// `processing.catalog.estimate`: Estimate the cost of running a process with the given inputs.
pub mod processing_catalog_estimate;
/// `processing.catalog.get`: Get one process description (public).
pub mod processing_catalog_get;
/// `processing.catalog.list`: List available processes (OGC process catalog, public).
pub mod processing_catalog_list;
/// `processing.catalog.validate`: Validate process inputs (provider returns empty body on success).
pub mod processing_catalog_validate;
/// `processing.create`: Invoke Processing Create
pub mod processing_create;
/// `processing.create_and_dispatch`: Invoke Create And Dispatch
pub mod processing_create_and_dispatch;
/// `processing.dispatch`: Dispatch an existing pending processing job to its registered worker.
pub mod processing_dispatch;
/// `processing.execute`: Execute a process (reserve credits + dispatch a job).
pub mod processing_execute;
/// `processing.job.delete`: Delete any processing job by id (org-scoped).
pub mod processing_job_delete;
/// `processing.job.get`: Get a processing job by id (provider facade, org-scoped).
pub mod processing_job_get;
/// `processing.job.register`: Register a completed job's outputs + settle its credit reservation.
pub mod processing_job_register;
/// `processing.job.tile_info`: Tile rendering info for any completed processing job (clip/bathy outputs).
pub mod processing_job_tile_info;
/// `processing.job_types.list`: List available processing job types (optionally by category).
pub mod processing_job_types_list;
/// `processing.jobs.list`: List the org's processing jobs (provider facade, org-scoped).
pub mod processing_jobs_list;
/// `processing.project_job.get`: Get a processing job by id (org match + project access).
pub mod processing_project_job_get;
/// `processing.project_jobs.list`: List a project's processing jobs (project member access).
pub mod processing_project_jobs_list;
/// `projects.add_member`: Add a member to a workspace (project admin/owner).
pub mod projects_add_member;
/// `projects.archive`: Archive a workspace, hiding it from the default list (project admin/owner).
pub mod projects_archive;
/// `projects.create`: Create a workspace in the caller's organization.
pub mod projects_create;
/// `projects.delete`: Permanently delete a workspace and all its data (project admin/owner).
pub mod projects_delete;
/// `projects.remove_member`: Remove a member from a workspace (project admin/owner).
pub mod projects_remove_member;
/// `projects.update`: Update a workspace's metadata (project admin/owner).
pub mod projects_update;
/// `projects.update_member`: Change a member's role in a workspace (project admin/owner).
pub mod projects_update_member;
/// `provenance.get`:
pub mod provenance_get;
/// `reports.generate`: Invoke Reports Generate
pub mod reports_generate;
/// `share.link.create`: Create a password-protected share link for an item or collection.
pub mod share_link_create;
/// `share.link.revoke`: Revoke a share link (editor/admin on the shared target's project).
pub mod share_link_revoke;
/// `share.link.validate`: Validate a share link (token + password) and return the shared target.
pub mod share_link_validate;
/// `share.tile.render`: Render a map tile for a publicly-shared item (sharer-billed).
pub mod share_tile_render;
/// `share.tilejson`: TileJSON for a publicly-shared item (token + password).
pub mod share_tilejson;
/// `stac.collections.list`: List STAC Collections owned by the caller's organization (provider-compatible).
pub mod stac_collections_list;
/// `stac.search`: Cross-collection STAC search (CQL2-JSON / bbox / intersects), org-scoped.
pub mod stac_search;
/// `uploads.complete`: Invoke Uploads Complete
pub mod uploads_complete;
/// `uploads.fail`: Mark an upload session failed, releasing its storage reservation.
pub mod uploads_fail;
/// `uploads.initiate`: Start an upload session, reserving storage quota (editor/admin on the project).
pub mod uploads_initiate;
/// `uploads.progress`: Update an upload session's progress.
pub mod uploads_progress;
/// `uploads.signed_url`: Mint a signed URL for uploading a file into an upload session.
pub mod uploads_signed_url;
/// `usage.current`: Usage stats for the current billing period (storage, tiles, credits, jobs).
pub mod usage_current;
/// `usage.history`: Historical usage (tile requests + peak storage) for the past N months.
pub mod usage_history;
/// `usage.recalculate_storage`: Recalculate an org's storage from actual stored assets (org admin).
pub mod usage_recalculate_storage;
/// `visualization.list_for`: The visualizations available for an item — RGB/index/elevation — backend-owned + resolved.
pub mod visualization_list_for;
/// `visualization.profile.create`: Create a visualization profile for an item (editor/admin).
pub mod visualization_profile_create;
/// `visualization.profile.delete`: Delete a visualization profile (editor/admin).
pub mod visualization_profile_delete;
/// `visualization.profile.get`: Get a single visualization profile for an item.
pub mod visualization_profile_get;
/// `visualization.profile.set_default`: Set a profile as the item's default (editor/admin).
pub mod visualization_profile_set_default;
/// `visualization.profile.update`: Update a visualization profile (editor/admin).
pub mod visualization_profile_update;
/// `visualization.profiles.list`: List all visualization profiles for an item (ordered by sort_order, created_at).
pub mod visualization_profiles_list;
/// `webhooks.drain`: Deliver due/retryable webhook deliveries (cron drainer).
pub mod webhooks_drain;
/// The metadata of every operation, sorted by id.
pub static ALL: &[crate::OperationInfo] = &[
    <alerts_acknowledge_event::AlertsAcknowledgeEvent as crate::Operation>::INFO,
    <alerts_create_rule::AlertsCreateRule as crate::Operation>::INFO,
    <alerts_delete_rule::AlertsDeleteRule as crate::Operation>::INFO,
    <alerts_events_list::AlertsEventsList as crate::Operation>::INFO,
    <alerts_rule_get::AlertsRuleGet as crate::Operation>::INFO,
    <alerts_rules_list::AlertsRulesList as crate::Operation>::INFO,
    <alerts_test_rule::AlertsTestRule as crate::Operation>::INFO,
    <alerts_update_rule::AlertsUpdateRule as crate::Operation>::INFO,
    <analytics_band_math::AnalyticsBandMath as crate::Operation>::INFO,
    <analytics_calculate_index::AnalyticsCalculateIndex as crate::Operation>::INFO,
    <analytics_execute::AnalyticsExecute as crate::Operation>::INFO,
    <analytics_index_get::AnalyticsIndexGet as crate::Operation>::INFO,
    <analytics_indices_list::AnalyticsIndicesList as crate::Operation>::INFO,
    <analytics_operations_get::AnalyticsOperationsGet as crate::Operation>::INFO,
    <analytics_operations_list::AnalyticsOperationsList as crate::Operation>::INFO,
    <analytics_sensors_list::AnalyticsSensorsList as crate::Operation>::INFO,
    <analytics_validate_formula::AnalyticsValidateFormula as crate::Operation>::INFO,
    <api_keys_create::ApiKeysCreate as crate::Operation>::INFO,
    <api_keys_list::ApiKeysList as crate::Operation>::INFO,
    <api_keys_revoke::ApiKeysRevoke as crate::Operation>::INFO,
    <assets_delete::AssetsDelete as crate::Operation>::INFO,
    <band_formulas_create::BandFormulasCreate as crate::Operation>::INFO,
    <band_formulas_delete::BandFormulasDelete as crate::Operation>::INFO,
    <band_formulas_get::BandFormulasGet as crate::Operation>::INFO,
    <band_formulas_list::BandFormulasList as crate::Operation>::INFO,
    <band_formulas_update::BandFormulasUpdate as crate::Operation>::INFO,
    <billing_approvals_approve::BillingApprovalsApprove as crate::Operation>::INFO,
    <billing_approvals_get::BillingApprovalsGet as crate::Operation>::INFO,
    <billing_approvals_list::BillingApprovalsList as crate::Operation>::INFO,
    <billing_approvals_reject::BillingApprovalsReject as crate::Operation>::INFO,
    <billing_approvals_request::BillingApprovalsRequest as crate::Operation>::INFO,
    <billing_auto_topup_get::BillingAutoTopupGet as crate::Operation>::INFO,
    <billing_cleanup_deleted_orgs::BillingCleanupDeletedOrgs as crate::Operation>::INFO,
    <billing_credits_balance::BillingCreditsBalance as crate::Operation>::INFO,
    <billing_credits_transactions::BillingCreditsTransactions as crate::Operation>::INFO,
    <billing_deletions_pending::BillingDeletionsPending as crate::Operation>::INFO,
    <billing_dlq_list_pending::BillingDlqListPending as crate::Operation>::INFO,
    <billing_dlq_replay::BillingDlqReplay as crate::Operation>::INFO,
    <billing_enterprise_accrual::BillingEnterpriseAccrual as crate::Operation>::INFO,
    <billing_enterprise_mark_invoiced::BillingEnterpriseMarkInvoiced as crate::Operation>::INFO,
    <billing_free_tier_approve::BillingFreeTierApprove as crate::Operation>::INFO,
    <billing_free_tier_grant_all::BillingFreeTierGrantAll as crate::Operation>::INFO,
    <billing_free_tier_list_pending::BillingFreeTierListPending as crate::Operation>::INFO,
    <billing_free_tier_revoke::BillingFreeTierRevoke as crate::Operation>::INFO,
    <billing_invoices_list::BillingInvoicesList as crate::Operation>::INFO,
    <billing_jobs_settle_unsettled::BillingJobsSettleUnsettled as crate::Operation>::INFO,
    <billing_plans_list::BillingPlansList as crate::Operation>::INFO,
    <billing_reconciliation_backfill_missing::BillingReconciliationBackfillMissing as crate::Operation>::INFO,
    <billing_reconciliation_correct_drift::BillingReconciliationCorrectDrift as crate::Operation>::INFO,
    <billing_reconciliation_detect_drift::BillingReconciliationDetectDrift as crate::Operation>::INFO,
    <billing_reconciliation_list_corrections::BillingReconciliationListCorrections as crate::Operation>::INFO,
    <billing_reconciliation_list_runs::BillingReconciliationListRuns as crate::Operation>::INFO,
    <billing_reconciliation_remove_stale::BillingReconciliationRemoveStale as crate::Operation>::INFO,
    <billing_reconciliation_run::BillingReconciliationRun as crate::Operation>::INFO,
    <billing_reconciliation_run_all::BillingReconciliationRunAll as crate::Operation>::INFO,
    <billing_reconciliation_zero_negative_nets::BillingReconciliationZeroNegativeNets as crate::Operation>::INFO,
    <billing_run_monthly_cron::BillingRunMonthlyCron as crate::Operation>::INFO,
    <billing_run_monthly_for_org::BillingRunMonthlyForOrg as crate::Operation>::INFO,
    <billing_set_auto_topup::BillingSetAutoTopup as crate::Operation>::INFO,
    <billing_status_get::BillingStatusGet as crate::Operation>::INFO,
    <billing_stripe_invoices_list::BillingStripeInvoicesList as crate::Operation>::INFO,
    <billing_topup::BillingTopup as crate::Operation>::INFO,
    <catalog_federated_search::CatalogFederatedSearch as crate::Operation>::INFO,
    <catalog_granule_points::CatalogGranulePoints as crate::Operation>::INFO,
    <catalog_image_quicklook::CatalogImageQuicklook as crate::Operation>::INFO,
    <catalog_image_thumbnail::CatalogImageThumbnail as crate::Operation>::INFO,
    <catalog_info_landsat::CatalogInfoLandsat as crate::Operation>::INFO,
    <catalog_info_naip::CatalogInfoNaip as crate::Operation>::INFO,
    <catalog_info_sample::CatalogInfoSample as crate::Operation>::INFO,
    <catalog_info_sentinel::CatalogInfoSentinel as crate::Operation>::INFO,
    <catalog_provider_samples::CatalogProviderSamples as crate::Operation>::INFO,
    <catalog_providers_list::CatalogProvidersList as crate::Operation>::INFO,
    <catalog_search::CatalogSearch as crate::Operation>::INFO,
    <catalog_search_stream::CatalogSearchStream as crate::Operation>::INFO,
    <catalog_sources_list::CatalogSourcesList as crate::Operation>::INFO,
    <catalog_tile_render::CatalogTileRender as crate::Operation>::INFO,
    <catalog_vendors_list::CatalogVendorsList as crate::Operation>::INFO,
    <catalog_viz_landsat::CatalogVizLandsat as crate::Operation>::INFO,
    <catalog_viz_naip::CatalogVizNaip as crate::Operation>::INFO,
    <clip_area_metadata::ClipAreaMetadata as crate::Operation>::INFO,
    <clip_area_mosaics::ClipAreaMosaics as crate::Operation>::INFO,
    <clip_areas_list::ClipAreasList as crate::Operation>::INFO,
    <clip_create_from_area::ClipCreateFromArea as crate::Operation>::INFO,
    <clip_create_from_item::ClipCreateFromItem as crate::Operation>::INFO,
    <clip_job_delete::ClipJobDelete as crate::Operation>::INFO,
    <clip_job_download::ClipJobDownload as crate::Operation>::INFO,
    <clip_job_downloads::ClipJobDownloads as crate::Operation>::INFO,
    <clip_job_get::ClipJobGet as crate::Operation>::INFO,
    <clip_job_tile_info::ClipJobTileInfo as crate::Operation>::INFO,
    <clip_jobs_list::ClipJobsList as crate::Operation>::INFO,
    <cog_colormaps::CogColormaps as crate::Operation>::INFO,
    <cog_formulas::CogFormulas as crate::Operation>::INFO,
    <cog_statistics::CogStatistics as crate::Operation>::INFO,
    <cog_thumbnail::CogThumbnail as crate::Operation>::INFO,
    <cog_tile_render::CogTileRender as crate::Operation>::INFO,
    <cog_tile_terrain::CogTileTerrain as crate::Operation>::INFO,
    <collections_create::CollectionsCreate as crate::Operation>::INFO,
    <collections_delete::CollectionsDelete as crate::Operation>::INFO,
    <collections_get::CollectionsGet as crate::Operation>::INFO,
    <collections_list::CollectionsList as crate::Operation>::INFO,
    <collections_update::CollectionsUpdate as crate::Operation>::INFO,
    <eulas_document_accept::EulasDocumentAccept as crate::Operation>::INFO,
    <eulas_document_get::EulasDocumentGet as crate::Operation>::INFO,
    <eulas_documents_list::EulasDocumentsList as crate::Operation>::INFO,
    <eulas_get::EulasGet as crate::Operation>::INFO,
    <eulas_list::EulasList as crate::Operation>::INFO,
    <event_subscriptions_create::EventSubscriptionsCreate as crate::Operation>::INFO,
    <event_subscriptions_delete::EventSubscriptionsDelete as crate::Operation>::INFO,
    <event_subscriptions_get::EventSubscriptionsGet as crate::Operation>::INFO,
    <event_subscriptions_list::EventSubscriptionsList as crate::Operation>::INFO,
    <event_subscriptions_test::EventSubscriptionsTest as crate::Operation>::INFO,
    <event_subscriptions_update::EventSubscriptionsUpdate as crate::Operation>::INFO,
    <glossary_collections_get::GlossaryCollectionsGet as crate::Operation>::INFO,
    <glossary_collections_list::GlossaryCollectionsList as crate::Operation>::INFO,
    <glossary_data_products_get::GlossaryDataProductsGet as crate::Operation>::INFO,
    <glossary_data_products_list::GlossaryDataProductsList as crate::Operation>::INFO,
    <glossary_providers_get::GlossaryProvidersGet as crate::Operation>::INFO,
    <glossary_providers_list::GlossaryProvidersList as crate::Operation>::INFO,
    <items_asset_download::ItemsAssetDownload as crate::Operation>::INFO,
    <items_create::ItemsCreate as crate::Operation>::INFO,
    <items_delete::ItemsDelete as crate::Operation>::INFO,
    <items_detect_asset_bands::ItemsDetectAssetBands as crate::Operation>::INFO,
    <items_duplicate::ItemsDuplicate as crate::Operation>::INFO,
    <items_expire_batch::ItemsExpireBatch as crate::Operation>::INFO,
    <items_get::ItemsGet as crate::Operation>::INFO,
    <items_get_stac::ItemsGetStac as crate::Operation>::INFO,
    <items_lineage::ItemsLineage as crate::Operation>::INFO,
    <items_list::ItemsList as crate::Operation>::INFO,
    <items_list_assets::ItemsListAssets as crate::Operation>::INFO,
    <items_list_by_collection::ItemsListByCollection as crate::Operation>::INFO,
    <items_list_expiring::ItemsListExpiring as crate::Operation>::INFO,
    <items_search::ItemsSearch as crate::Operation>::INFO,
    <items_search_org::ItemsSearchOrg as crate::Operation>::INFO,
    <items_set_asset_band_names::ItemsSetAssetBandNames as crate::Operation>::INFO,
    <items_tile_render::ItemsTileRender as crate::Operation>::INFO,
    <items_tile_statistics::ItemsTileStatistics as crate::Operation>::INFO,
    <items_tile_tilejson::ItemsTileTilejson as crate::Operation>::INFO,
    <items_tile_wmts_capabilities::ItemsTileWmtsCapabilities as crate::Operation>::INFO,
    <items_tile_wmts_get_tile::ItemsTileWmtsGetTile as crate::Operation>::INFO,
    <items_update::ItemsUpdate as crate::Operation>::INFO,
    <notifications_dismiss::NotificationsDismiss as crate::Operation>::INFO,
    <notifications_list::NotificationsList as crate::Operation>::INFO,
    <notifications_mark_all_read::NotificationsMarkAllRead as crate::Operation>::INFO,
    <notifications_mark_read::NotificationsMarkRead as crate::Operation>::INFO,
    <notifications_unread_count::NotificationsUnreadCount as crate::Operation>::INFO,
    <orders_archive_estimate::OrdersArchiveEstimate as crate::Operation>::INFO,
    <orders_archive_place::OrdersArchivePlace as crate::Operation>::INFO,
    <orders_cancel::OrdersCancel as crate::Operation>::INFO,
    <orders_coverage_get::OrdersCoverageGet as crate::Operation>::INFO,
    <orders_coverage_groups_list::OrdersCoverageGroupsList as crate::Operation>::INFO,
    <orders_estimate::OrdersEstimate as crate::Operation>::INFO,
    <orders_get::OrdersGet as crate::Operation>::INFO,
    <orders_get_schema::OrdersGetSchema as crate::Operation>::INFO,
    <orders_list::OrdersList as crate::Operation>::INFO,
    <orders_list_assets::OrdersListAssets as crate::Operation>::INFO,
    <orders_place::OrdersPlace as crate::Operation>::INFO,
    <orders_tasking_decisions_pending::OrdersTaskingDecisionsPending as crate::Operation>::INFO,
    <orders_tasking_estimate::OrdersTaskingEstimate as crate::Operation>::INFO,
    <orders_tasking_feasibility_check::OrdersTaskingFeasibilityCheck as crate::Operation>::INFO,
    <orders_tasking_feasibility_decide::OrdersTaskingFeasibilityDecide as crate::Operation>::INFO,
    <orders_tasking_feasibility_studies_list::OrdersTaskingFeasibilityStudiesList as crate::Operation>::INFO,
    <orders_tasking_groups_list::OrdersTaskingGroupsList as crate::Operation>::INFO,
    <orders_tasking_opportunities_list::OrdersTaskingOpportunitiesList as crate::Operation>::INFO,
    <orders_tasking_place::OrdersTaskingPlace as crate::Operation>::INFO,
    <orders_tasking_quotation_decide::OrdersTaskingQuotationDecide as crate::Operation>::INFO,
    <orders_tasking_quotations_list::OrdersTaskingQuotationsList as crate::Operation>::INFO,
    <orders_tasking_sensors::OrdersTaskingSensors as crate::Operation>::INFO,
    <orders_tasking_templates_delete::OrdersTaskingTemplatesDelete as crate::Operation>::INFO,
    <orders_tasking_templates_list::OrdersTaskingTemplatesList as crate::Operation>::INFO,
    <orders_tasking_templates_save::OrdersTaskingTemplatesSave as crate::Operation>::INFO,
    <orders_update::OrdersUpdate as crate::Operation>::INFO,
    <organizations_commitments_list::OrganizationsCommitmentsList as crate::Operation>::INFO,
    <organizations_commitments_statement::OrganizationsCommitmentsStatement as crate::Operation>::INFO,
    <organizations_create::OrganizationsCreate as crate::Operation>::INFO,
    <payment_methods_attach::PaymentMethodsAttach as crate::Operation>::INFO,
    <payment_methods_create_setup_intent::PaymentMethodsCreateSetupIntent as crate::Operation>::INFO,
    <payment_methods_detach::PaymentMethodsDetach as crate::Operation>::INFO,
    <payment_methods_list::PaymentMethodsList as crate::Operation>::INFO,
    <payment_methods_set_default::PaymentMethodsSetDefault as crate::Operation>::INFO,
    <processing_catalog_estimate::ProcessingCatalogEstimate as crate::Operation>::INFO,
    <processing_catalog_get::ProcessingCatalogGet as crate::Operation>::INFO,
    <processing_catalog_list::ProcessingCatalogList as crate::Operation>::INFO,
    <processing_catalog_validate::ProcessingCatalogValidate as crate::Operation>::INFO,
    <processing_create::ProcessingCreate as crate::Operation>::INFO,
    <processing_create_and_dispatch::ProcessingCreateAndDispatch as crate::Operation>::INFO,
    <processing_dispatch::ProcessingDispatch as crate::Operation>::INFO,
    <processing_execute::ProcessingExecute as crate::Operation>::INFO,
    <processing_job_delete::ProcessingJobDelete as crate::Operation>::INFO,
    <processing_job_get::ProcessingJobGet as crate::Operation>::INFO,
    <processing_job_register::ProcessingJobRegister as crate::Operation>::INFO,
    <processing_job_tile_info::ProcessingJobTileInfo as crate::Operation>::INFO,
    <processing_job_types_list::ProcessingJobTypesList as crate::Operation>::INFO,
    <processing_jobs_list::ProcessingJobsList as crate::Operation>::INFO,
    <processing_project_job_get::ProcessingProjectJobGet as crate::Operation>::INFO,
    <processing_project_jobs_list::ProcessingProjectJobsList as crate::Operation>::INFO,
    <projects_add_member::ProjectsAddMember as crate::Operation>::INFO,
    <projects_archive::ProjectsArchive as crate::Operation>::INFO,
    <projects_create::ProjectsCreate as crate::Operation>::INFO,
    <projects_delete::ProjectsDelete as crate::Operation>::INFO,
    <projects_remove_member::ProjectsRemoveMember as crate::Operation>::INFO,
    <projects_update::ProjectsUpdate as crate::Operation>::INFO,
    <projects_update_member::ProjectsUpdateMember as crate::Operation>::INFO,
    <provenance_get::ProvenanceGet as crate::Operation>::INFO,
    <reports_generate::ReportsGenerate as crate::Operation>::INFO,
    <share_link_create::ShareLinkCreate as crate::Operation>::INFO,
    <share_link_revoke::ShareLinkRevoke as crate::Operation>::INFO,
    <share_link_validate::ShareLinkValidate as crate::Operation>::INFO,
    <share_tile_render::ShareTileRender as crate::Operation>::INFO,
    <share_tilejson::ShareTilejson as crate::Operation>::INFO,
    <stac_collections_list::StacCollectionsList as crate::Operation>::INFO,
    <stac_search::StacSearch as crate::Operation>::INFO,
    <uploads_complete::UploadsComplete as crate::Operation>::INFO,
    <uploads_fail::UploadsFail as crate::Operation>::INFO,
    <uploads_initiate::UploadsInitiate as crate::Operation>::INFO,
    <uploads_progress::UploadsProgress as crate::Operation>::INFO,
    <uploads_signed_url::UploadsSignedUrl as crate::Operation>::INFO,
    <usage_current::UsageCurrent as crate::Operation>::INFO,
    <usage_history::UsageHistory as crate::Operation>::INFO,
    <usage_recalculate_storage::UsageRecalculateStorage as crate::Operation>::INFO,
    <visualization_list_for::VisualizationListFor as crate::Operation>::INFO,
    <visualization_profile_create::VisualizationProfileCreate as crate::Operation>::INFO,
    <visualization_profile_delete::VisualizationProfileDelete as crate::Operation>::INFO,
    <visualization_profile_get::VisualizationProfileGet as crate::Operation>::INFO,
    <visualization_profile_set_default::VisualizationProfileSetDefault as crate::Operation>::INFO,
    <visualization_profile_update::VisualizationProfileUpdate as crate::Operation>::INFO,
    <visualization_profiles_list::VisualizationProfilesList as crate::Operation>::INFO,
    <webhooks_drain::WebhooksDrain as crate::Operation>::INFO,
];
