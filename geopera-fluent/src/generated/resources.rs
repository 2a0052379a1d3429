// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! The resource tree: one accessor per dotted segment of every operation id.
impl crate::Geopera {
    /// The `alerts` operations.
    pub fn alerts(&self) -> Alerts<'_> {
        Alerts { client: self }
    }
    /// The `analytics` operations.
    pub fn analytics(&self) -> Analytics<'_> {
        Analytics { client: self }
    }
    /// The `api_keys` operations.
    pub fn api_keys(&self) -> ApiKeys<'_> {
        ApiKeys { client: self }
    }
    /// The `assets` operations.
    pub fn assets(&self) -> Assets<'_> {
        Assets { client: self }
    }
    /// The `band_formulas` operations.
    pub fn band_formulas(&self) -> BandFormulas<'_> {
        BandFormulas { client: self }
    }
    /// The `billing` operations.
    pub fn billing(&self) -> Billing<'_> {
        Billing { client: self }
    }
    /// The `catalog` operations.
    pub fn catalog(&self) -> Catalog<'_> {
        Catalog { client: self }
    }
    /// The `clip` operations.
    pub fn clip(&self) -> Clip<'_> {
        Clip { client: self }
    }
    /// The `cog` operations.
    pub fn cog(&self) -> Cog<'_> {
        Cog { client: self }
    }
    /// The `collections` operations.
    pub fn collections(&self) -> Collections<'_> {
        Collections { client: self }
    }
    /// The `eulas` operations.
    pub fn eulas(&self) -> Eulas<'_> {
        Eulas { client: self }
    }
    /// The `event_subscriptions` operations.
    pub fn event_subscriptions(&self) -> EventSubscriptions<'_> {
        EventSubscriptions { client: self }
    }
    /// The `glossary` operations.
    pub fn glossary(&self) -> Glossary<'_> {
        Glossary { client: self }
    }
    /// The `items` operations.
    pub fn items(&self) -> Items<'_> {
        Items { client: self }
    }
    /// The `notifications` operations.
    pub fn notifications(&self) -> Notifications<'_> {
        Notifications { client: self }
    }
    /// The `orders` operations.
    pub fn orders(&self) -> Orders<'_> {
        Orders { client: self }
    }
    /// The `organizations` operations.
    pub fn organizations(&self) -> Organizations<'_> {
        Organizations { client: self }
    }
    /// The `payment_methods` operations.
    pub fn payment_methods(&self) -> PaymentMethods<'_> {
        PaymentMethods { client: self }
    }
    /// The `processing` operations.
    pub fn processing(&self) -> Processing<'_> {
        Processing { client: self }
    }
    /// The `projects` operations.
    pub fn projects(&self) -> Projects<'_> {
        Projects { client: self }
    }
    /// The `provenance` operations.
    pub fn provenance(&self) -> Provenance<'_> {
        Provenance { client: self }
    }
    /// The `reports` operations.
    pub fn reports(&self) -> Reports<'_> {
        Reports { client: self }
    }
    /// The `share` operations.
    pub fn share(&self) -> Share<'_> {
        Share { client: self }
    }
    /// The `stac` operations.
    pub fn stac(&self) -> Stac<'_> {
        Stac { client: self }
    }
    /// The `uploads` operations.
    pub fn uploads(&self) -> Uploads<'_> {
        Uploads { client: self }
    }
    /// The `usage` operations.
    pub fn usage(&self) -> Usage<'_> {
        Usage { client: self }
    }
    /// The `visualization` operations.
    pub fn visualization(&self) -> Visualization<'_> {
        Visualization { client: self }
    }
    /// The `webhooks` operations.
    pub fn webhooks(&self) -> Webhooks<'_> {
        Webhooks { client: self }
    }
}
/// The `alerts` resource: `client.alerts()`.
#[derive(Clone, Copy)]
pub struct Alerts<'a> {
    client: &'a crate::Geopera,
}
impl<'a> Alerts<'a> {
    /// The `alerts.events` operations.
    pub fn events(&self) -> AlertsEvents<'a> {
        AlertsEvents {
            client: self.client,
        }
    }
    /// The `alerts.rule` operations.
    pub fn rule(&self) -> AlertsRule<'a> {
        AlertsRule { client: self.client }
    }
    /// The `alerts.rules` operations.
    pub fn rules(&self) -> AlertsRules<'a> {
        AlertsRules { client: self.client }
    }
    /// Mark an alert event acknowledged (org-scoped).
    ///
    /// `POST /v1/op/alerts.acknowledge_event` · scope `alerts:write` · success `200`
    ///
    /// Body: [`AcknowledgeEventInput`](crate::types::AcknowledgeEventInput), its [builder](crate::types::AcknowledgeEventInput::builder) or a JSON value checked against it. Output: [`AlertEventOutput`](crate::types::AlertEventOutput).
    pub fn acknowledge_event(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::alerts_acknowledge_event::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::alerts_acknowledge_event::AlertsAcknowledgeEvent,
    > {
        self.client.api().request(body)
    }
    /// Create an alert rule for the caller's organization.
    ///
    /// `POST /v1/op/alerts.create_rule` · scope `alerts:write` · success `200`
    ///
    /// Body: [`CreateAlertRuleInput`](crate::types::CreateAlertRuleInput), its [builder](crate::types::CreateAlertRuleInput::builder) or a JSON value checked against it. Output: [`AlertRuleOutput`](crate::types::AlertRuleOutput).
    pub fn create_rule(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::alerts_create_rule::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::alerts_create_rule::AlertsCreateRule,
    > {
        self.client.api().request(body)
    }
    /// Delete an alert rule (org-scoped).
    ///
    /// `POST /v1/op/alerts.delete_rule` · scope `alerts:write` · success `200`
    ///
    /// Body: [`DeleteAlertRuleInput`](crate::types::DeleteAlertRuleInput), its [builder](crate::types::DeleteAlertRuleInput::builder) or a JSON value checked against it. Output: [`DeleteAlertRuleOutput`](crate::types::DeleteAlertRuleOutput).
    pub fn delete_rule(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::alerts_delete_rule::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::alerts_delete_rule::AlertsDeleteRule,
    > {
        self.client.api().request(body)
    }
    /// Test-evaluate an alert rule against an item without persisting.
    ///
    /// `POST /v1/op/alerts.test_rule` · scope `alerts:read` · success `200`
    ///
    /// Body: [`TestAlertRuleInput`](crate::types::TestAlertRuleInput), its [builder](crate::types::TestAlertRuleInput::builder) or a JSON value checked against it. Output: [`TestAlertRuleOutput`](crate::types::TestAlertRuleOutput).
    pub fn test_rule(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::alerts_test_rule::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::alerts_test_rule::AlertsTestRule,
    > {
        self.client.api().request(body)
    }
    /// Update an alert rule (org-scoped).
    ///
    /// `POST /v1/op/alerts.update_rule` · scope `alerts:write` · success `200`
    ///
    /// Body: [`UpdateAlertRuleInput`](crate::types::UpdateAlertRuleInput), its [builder](crate::types::UpdateAlertRuleInput::builder) or a JSON value checked against it. Output: [`AlertRuleOutput`](crate::types::AlertRuleOutput).
    pub fn update_rule(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::alerts_update_rule::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::alerts_update_rule::AlertsUpdateRule,
    > {
        self.client.api().request(body)
    }
}
/// The `alerts.events` resource: `client.alerts().events()`.
#[derive(Clone, Copy)]
pub struct AlertsEvents<'a> {
    client: &'a crate::Geopera,
}
impl<'a> AlertsEvents<'a> {
    /// List the caller's organization's alert events (org-scoped, triggered_at desc).
    ///
    /// `POST /v1/op/alerts.events.list` · scope `alerts:read` · success `200`
    ///
    /// Body: [`AlertEventsListInput`](crate::types::AlertEventsListInput), its [builder](crate::types::AlertEventsListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::alerts_events_list::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::alerts_events_list::AlertsEventsList,
    > {
        self.client.api().request(body)
    }
}
/// The `alerts.rule` resource: `client.alerts().rule()`.
#[derive(Clone, Copy)]
pub struct AlertsRule<'a> {
    client: &'a crate::Geopera,
}
impl<'a> AlertsRule<'a> {
    /// Get a single alert rule by id (org-scoped; 404 cross-org).
    ///
    /// `POST /v1/op/alerts.rule.get` · scope `alerts:read` · success `200`
    ///
    /// Body: [`AlertRuleGetInput`](crate::types::AlertRuleGetInput), its [builder](crate::types::AlertRuleGetInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn get(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::alerts_rule_get::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::alerts_rule_get::AlertsRuleGet,
    > {
        self.client.api().request(body)
    }
}
/// The `alerts.rules` resource: `client.alerts().rules()`.
#[derive(Clone, Copy)]
pub struct AlertsRules<'a> {
    client: &'a crate::Geopera,
}
impl<'a> AlertsRules<'a> {
    /// List the caller's organization's alert rules (org-scoped).
    ///
    /// `POST /v1/op/alerts.rules.list` · scope `alerts:read` · success `200`
    ///
    /// Body: [`AlertRulesListInput`](crate::types::AlertRulesListInput), its [builder](crate::types::AlertRulesListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::alerts_rules_list::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::alerts_rules_list::AlertsRulesList,
    > {
        self.client.api().request(body)
    }
}
/// The `analytics` resource: `client.analytics()`.
#[derive(Clone, Copy)]
pub struct Analytics<'a> {
    client: &'a crate::Geopera,
}
impl<'a> Analytics<'a> {
    /// The `analytics.index` operations.
    pub fn index(&self) -> AnalyticsIndex<'a> {
        AnalyticsIndex {
            client: self.client,
        }
    }
    /// The `analytics.indices` operations.
    pub fn indices(&self) -> AnalyticsIndices<'a> {
        AnalyticsIndices {
            client: self.client,
        }
    }
    /// The `analytics.operations` operations.
    pub fn operations(&self) -> AnalyticsOperations<'a> {
        AnalyticsOperations {
            client: self.client,
        }
    }
    /// The `analytics.sensors` operations.
    pub fn sensors(&self) -> AnalyticsSensors<'a> {
        AnalyticsSensors {
            client: self.client,
        }
    }
    /// Apply a custom band-math formula to a COG (statistics JSON or rendered PNG).
    ///
    /// `POST /v1/op/analytics.band_math` · scope `analytics:process` · success `200`
    ///
    /// Body: [`BandMathInput`](crate::types::BandMathInput), its [builder](crate::types::BandMathInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn band_math(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::analytics_band_math::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::analytics_band_math::AnalyticsBandMath,
    > {
        self.client.api().request(body)
    }
    /// Calculate a named spectral index (NDVI, NDWI, …) on a COG (stats JSON or PNG).
    ///
    /// `POST /v1/op/analytics.calculate_index` · scope `analytics:process` · success `200`
    ///
    /// Body: [`CalculateIndexInput`](crate::types::CalculateIndexInput), its [builder](crate::types::CalculateIndexInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn calculate_index(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::analytics_calculate_index::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::analytics_calculate_index::AnalyticsCalculateIndex,
    > {
        self.client.api().request(body)
    }
    /// Run a registered analytics operation (zonal_stats / time_series / change_detection).
    ///
    /// `POST /v1/op/analytics.execute` · scope `analytics:process` · success `200`
    ///
    /// Body: [`ExecuteRequest`](crate::types::ExecuteRequest), its [builder](crate::types::ExecuteRequest::builder) or a JSON value checked against it. Output: [`AnalyticsExecuteOutput`](crate::types::AnalyticsExecuteOutput).
    pub fn execute(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::analytics_execute::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::analytics_execute::AnalyticsExecute,
    > {
        self.client.api().request(body)
    }
    /// Validate a band-math formula (syntax + required bands) without executing it.
    ///
    /// `POST /v1/op/analytics.validate_formula` · scope `analytics:read` · success `200`
    ///
    /// Body: [`ValidateFormulaInput`](crate::types::ValidateFormulaInput), its [builder](crate::types::ValidateFormulaInput::builder) or a JSON value checked against it. Output: [`ValidateFormulaOutput`](crate::types::ValidateFormulaOutput).
    pub fn validate_formula(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::analytics_validate_formula::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::analytics_validate_formula::AnalyticsValidateFormula,
    > {
        self.client.api().request(body)
    }
}
/// The `analytics.index` resource: `client.analytics().index()`.
#[derive(Clone, Copy)]
pub struct AnalyticsIndex<'a> {
    client: &'a crate::Geopera,
}
impl<'a> AnalyticsIndex<'a> {
    /// Detailed info about a single spectral index (+ compatible sensors).
    ///
    /// `POST /v1/op/analytics.index.get` · scope `analytics:read` · success `200`
    ///
    /// Body: [`IndexGetInput`](crate::types::IndexGetInput), its [builder](crate::types::IndexGetInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn get(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::analytics_index_get::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::analytics_index_get::AnalyticsIndexGet,
    > {
        self.client.api().request(body)
    }
}
/// The `analytics.indices` resource: `client.analytics().indices()`.
#[derive(Clone, Copy)]
pub struct AnalyticsIndices<'a> {
    client: &'a crate::Geopera,
}
impl<'a> AnalyticsIndices<'a> {
    /// List spectral indices (optionally filtered by category / sensor compatibility).
    ///
    /// `POST /v1/op/analytics.indices.list` · scope `analytics:read` · success `200`
    ///
    /// Body: [`IndicesListInput`](crate::types::IndicesListInput), its [builder](crate::types::IndicesListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::analytics_indices_list::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::analytics_indices_list::AnalyticsIndicesList,
    > {
        self.client.api().request(body)
    }
}
/// The `analytics.operations` resource: `client.analytics().operations()`.
#[derive(Clone, Copy)]
pub struct AnalyticsOperations<'a> {
    client: &'a crate::Geopera,
}
impl<'a> AnalyticsOperations<'a> {
    /// Detailed capabilities of a single analytics operation.
    ///
    /// `POST /v1/op/analytics.operations.get` · scope `analytics:read` · success `200`
    ///
    /// Body: [`OperationGetInput`](crate::types::OperationGetInput), its [builder](crate::types::OperationGetInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn get(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::analytics_operations_get::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::analytics_operations_get::AnalyticsOperationsGet,
    > {
        self.client.api().request(body)
    }
    /// List all registered analytics operations + their input schemas (discovery).
    ///
    /// `POST /v1/op/analytics.operations.list` · scope `analytics:read` · success `200`
    ///
    /// Body: [`OperationsListInput`](crate::types::OperationsListInput), its [builder](crate::types::OperationsListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::analytics_operations_list::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::analytics_operations_list::AnalyticsOperationsList,
    > {
        self.client.api().request(body)
    }
}
/// The `analytics.sensors` resource: `client.analytics().sensors()`.
#[derive(Clone, Copy)]
pub struct AnalyticsSensors<'a> {
    client: &'a crate::Geopera,
}
impl<'a> AnalyticsSensors<'a> {
    /// List supported sensors and their band mappings.
    ///
    /// `POST /v1/op/analytics.sensors.list` · scope `analytics:read` · success `200`
    ///
    /// Body: [`Empty`](crate::types::Empty), its [builder](crate::types::Empty::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::analytics_sensors_list::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::analytics_sensors_list::AnalyticsSensorsList,
    > {
        self.client.api().request(body)
    }
}
/// The `api_keys` resource: `client.api_keys()`.
#[derive(Clone, Copy)]
pub struct ApiKeys<'a> {
    client: &'a crate::Geopera,
}
impl<'a> ApiKeys<'a> {
    /// Mint an organization API key (the secret is returned once).
    ///
    /// `POST /v1/op/api_keys.create` · scope `api_keys:write` · success `200`
    ///
    /// Body: [`ApiKeyCreateInput`](crate::types::ApiKeyCreateInput), its [builder](crate::types::ApiKeyCreateInput::builder) or a JSON value checked against it. Output: [`ApiKeyCreateOutput`](crate::types::ApiKeyCreateOutput).
    pub fn create(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::api_keys_create::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::api_keys_create::ApiKeysCreate,
    > {
        self.client.api().request(body)
    }
    /// List an organization's API keys (metadata only — never the secret).
    ///
    /// `POST /v1/op/api_keys.list` · scope `api_keys:read` · success `200`
    ///
    /// Body: [`ApiKeyListInput`](crate::types::ApiKeyListInput), its [builder](crate::types::ApiKeyListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::api_keys_list::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::api_keys_list::ApiKeysList,
    > {
        self.client.api().request(body)
    }
    /// Revoke an organization API key.
    ///
    /// `POST /v1/op/api_keys.revoke` · scope `api_keys:write` · success `200`
    ///
    /// Body: [`ApiKeyRevokeInput`](crate::types::ApiKeyRevokeInput), its [builder](crate::types::ApiKeyRevokeInput::builder) or a JSON value checked against it. Output: [`ApiKeyRevokeOutput`](crate::types::ApiKeyRevokeOutput).
    pub fn revoke(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::api_keys_revoke::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::api_keys_revoke::ApiKeysRevoke,
    > {
        self.client.api().request(body)
    }
}
/// The `assets` resource: `client.assets()`.
#[derive(Clone, Copy)]
pub struct Assets<'a> {
    client: &'a crate::Geopera,
}
impl<'a> Assets<'a> {
    /// Delete an asset (file) from an item (item access required).
    ///
    /// `POST /v1/op/assets.delete` · scope `items:write` · success `200`
    ///
    /// Body: [`AssetDeleteInput`](crate::types::AssetDeleteInput), its [builder](crate::types::AssetDeleteInput::builder) or a JSON value checked against it. Output: [`AssetDeleteOutput`](crate::types::AssetDeleteOutput).
    pub fn delete(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::assets_delete::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::assets_delete::AssetsDelete,
    > {
        self.client.api().request(body)
    }
}
/// The `band_formulas` resource: `client.band_formulas()`.
#[derive(Clone, Copy)]
pub struct BandFormulas<'a> {
    client: &'a crate::Geopera,
}
impl<'a> BandFormulas<'a> {
    /// Create a custom band-math formula for the caller's organization (write scope).
    ///
    /// `POST /v1/op/band_formulas.create` · scope `band_formulas:write` · success `200`
    ///
    /// Body: [`BandFormulaCreateInput`](crate::types::BandFormulaCreateInput), its [builder](crate::types::BandFormulaCreateInput::builder) or a JSON value checked against it. Output: [`BandFormulaOutput`](crate::types::BandFormulaOutput).
    pub fn create(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::band_formulas_create::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::band_formulas_create::BandFormulasCreate,
    > {
        self.client.api().request(body)
    }
    /// Delete a custom band-math formula (write scope; templates are protected).
    ///
    /// `POST /v1/op/band_formulas.delete` · scope `band_formulas:write` · success `200`
    ///
    /// Body: [`BandFormulaDeleteInput`](crate::types::BandFormulaDeleteInput), its [builder](crate::types::BandFormulaDeleteInput::builder) or a JSON value checked against it. Output: [`BandFormulaDeleteOutput`](crate::types::BandFormulaDeleteOutput).
    pub fn delete(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::band_formulas_delete::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::band_formulas_delete::BandFormulasDelete,
    > {
        self.client.api().request(body)
    }
    /// Get a single custom band-math formula by id (org-scoped; cross-org → 404).
    ///
    /// `POST /v1/op/band_formulas.get` · scope `band_formulas:read` · success `200`
    ///
    /// Body: [`BandFormulaGetInput`](crate::types::BandFormulaGetInput), its [builder](crate::types::BandFormulaGetInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn get(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::band_formulas_get::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::band_formulas_get::BandFormulasGet,
    > {
        self.client.api().request(body)
    }
    /// List the caller-org's custom band-math formulas (optional category/template filters).
    ///
    /// `POST /v1/op/band_formulas.list` · scope `band_formulas:read` · success `200`
    ///
    /// Body: [`BandFormulasListInput`](crate::types::BandFormulasListInput), its [builder](crate::types::BandFormulasListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::band_formulas_list::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::band_formulas_list::BandFormulasList,
    > {
        self.client.api().request(body)
    }
    /// Update a custom band-math formula (write scope; org-scoped).
    ///
    /// `POST /v1/op/band_formulas.update` · scope `band_formulas:write` · success `200`
    ///
    /// Body: [`BandFormulaUpdateInput`](crate::types::BandFormulaUpdateInput), its [builder](crate::types::BandFormulaUpdateInput::builder) or a JSON value checked against it. Output: [`BandFormulaOutput`](crate::types::BandFormulaOutput).
    pub fn update(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::band_formulas_update::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::band_formulas_update::BandFormulasUpdate,
    > {
        self.client.api().request(body)
    }
}
/// The `billing` resource: `client.billing()`.
#[derive(Clone, Copy)]
pub struct Billing<'a> {
    client: &'a crate::Geopera,
}
impl<'a> Billing<'a> {
    /// The `billing.approvals` operations.
    pub fn approvals(&self) -> BillingApprovals<'a> {
        BillingApprovals {
            client: self.client,
        }
    }
    /// The `billing.auto_topup` operations.
    pub fn auto_topup(&self) -> BillingAutoTopup<'a> {
        BillingAutoTopup {
            client: self.client,
        }
    }
    /// The `billing.credits` operations.
    pub fn credits(&self) -> BillingCredits<'a> {
        BillingCredits {
            client: self.client,
        }
    }
    /// The `billing.deletions` operations.
    pub fn deletions(&self) -> BillingDeletions<'a> {
        BillingDeletions {
            client: self.client,
        }
    }
    /// The `billing.dlq` operations.
    pub fn dlq(&self) -> BillingDlq<'a> {
        BillingDlq { client: self.client }
    }
    /// The `billing.enterprise` operations.
    pub fn enterprise(&self) -> BillingEnterprise<'a> {
        BillingEnterprise {
            client: self.client,
        }
    }
    /// The `billing.free_tier` operations.
    pub fn free_tier(&self) -> BillingFreeTier<'a> {
        BillingFreeTier {
            client: self.client,
        }
    }
    /// The `billing.invoices` operations.
    pub fn invoices(&self) -> BillingInvoices<'a> {
        BillingInvoices {
            client: self.client,
        }
    }
    /// The `billing.jobs` operations.
    pub fn jobs(&self) -> BillingJobs<'a> {
        BillingJobs { client: self.client }
    }
    /// The `billing.plans` operations.
    pub fn plans(&self) -> BillingPlans<'a> {
        BillingPlans {
            client: self.client,
        }
    }
    /// The `billing.reconciliation` operations.
    pub fn reconciliation(&self) -> BillingReconciliation<'a> {
        BillingReconciliation {
            client: self.client,
        }
    }
    /// The `billing.status` operations.
    pub fn status(&self) -> BillingStatus<'a> {
        BillingStatus {
            client: self.client,
        }
    }
    /// The `billing.stripe_invoices` operations.
    pub fn stripe_invoices(&self) -> BillingStripeInvoices<'a> {
        BillingStripeInvoices {
            client: self.client,
        }
    }
    /// Purge data for organizations past their deletion date (cron, DESTRUCTIVE).
    ///
    /// `POST /v1/op/billing.cleanup_deleted_orgs` · scope `admin:write` · success `200`
    ///
    /// Body: [`Empty`](crate::types::Empty), its [builder](crate::types::Empty::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn cleanup_deleted_orgs(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_cleanup_deleted_orgs::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_cleanup_deleted_orgs::BillingCleanupDeletedOrgs,
    > {
        self.client.api().request(body)
    }
    /// Run monthly billing for every org needing a run (cron).
    ///
    /// `POST /v1/op/billing.run_monthly_cron` · scope `admin:write` · success `200`
    ///
    /// Body: [`Empty`](crate::types::Empty), its [builder](crate::types::Empty::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn run_monthly_cron(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_run_monthly_cron::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_run_monthly_cron::BillingRunMonthlyCron,
    > {
        self.client.api().request(body)
    }
    /// Run monthly billing for one org (manual; org admin).
    ///
    /// `POST /v1/op/billing.run_monthly_for_org` · scope `billing:write` · success `200`
    ///
    /// Body: [`OrgInput`](crate::types::OrgInput), its [builder](crate::types::OrgInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn run_monthly_for_org(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_run_monthly_for_org::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_run_monthly_for_org::BillingRunMonthlyForOrg,
    > {
        self.client.api().request(body)
    }
    /// Configure automatic top-up (requires a default card when enabling).
    ///
    /// `POST /v1/op/billing.set_auto_topup` · scope `billing:write` · success `200`
    ///
    /// Body: [`SetAutoTopupInput`](crate::types::SetAutoTopupInput), its [builder](crate::types::SetAutoTopupInput::builder) or a JSON value checked against it. Output: [`SetAutoTopupOutput`](crate::types::SetAutoTopupOutput).
    pub fn set_auto_topup(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_set_auto_topup::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_set_auto_topup::BillingSetAutoTopup,
    > {
        self.client.api().request(body)
    }
    /// Invoke Billing Topup
    ///
    /// Off-session card charge → credits.
    ///
    /// `POST /v1/op/billing.topup` · scope `billing:write` · success `201`
    ///
    /// Body: an optional JSON object ([`JsonObject`](crate::JsonObject), a `serde_json::Value` or `()` for none). Output: untyped JSON (`serde_json::Value`).
    pub fn topup(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::billing_topup::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_topup::BillingTopup,
    > {
        self.client.api().request(body)
    }
}
/// The `billing.approvals` resource: `client.billing().approvals()`.
#[derive(Clone, Copy)]
pub struct BillingApprovals<'a> {
    client: &'a crate::Geopera,
}
impl<'a> BillingApprovals<'a> {
    /// Approve a credit purchase and charge the saved card (human approver only).
    ///
    /// `POST /v1/op/billing.approvals.approve` · scope `billing:write` · success `200`
    ///
    /// Body: [`ApprovalRefInput`](crate::types::ApprovalRefInput), its [builder](crate::types::ApprovalRefInput::builder) or a JSON value checked against it. Output: [`ApprovalOutput`](crate::types::ApprovalOutput).
    pub fn approve(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_approvals_approve::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_approvals_approve::BillingApprovalsApprove,
    > {
        self.client.api().request(body)
    }
    /// Get one credit-purchase approval (org-scoped).
    ///
    /// `POST /v1/op/billing.approvals.get` · scope `billing:read` · success `200`
    ///
    /// Body: [`ApprovalGetInput`](crate::types::ApprovalGetInput), its [builder](crate::types::ApprovalGetInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn get(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_approvals_get::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_approvals_get::BillingApprovalsGet,
    > {
        self.client.api().request(body)
    }
    /// List the org's credit-purchase approvals (optionally by status).
    ///
    /// `POST /v1/op/billing.approvals.list` · scope `billing:read` · success `200`
    ///
    /// Body: [`ApprovalsListInput`](crate::types::ApprovalsListInput), its [builder](crate::types::ApprovalsListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_approvals_list::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_approvals_list::BillingApprovalsList,
    > {
        self.client.api().request(body)
    }
    /// Reject a pending credit-purchase approval.
    ///
    /// `POST /v1/op/billing.approvals.reject` · scope `billing:write` · success `200`
    ///
    /// Body: [`RejectApprovalInput`](crate::types::RejectApprovalInput), its [builder](crate::types::RejectApprovalInput::builder) or a JSON value checked against it. Output: [`ApprovalOutput`](crate::types::ApprovalOutput).
    pub fn reject(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_approvals_reject::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_approvals_reject::BillingApprovalsReject,
    > {
        self.client.api().request(body)
    }
    /// Request approval for a large credit purchase.
    ///
    /// `POST /v1/op/billing.approvals.request` · scope `billing:write` · success `200`
    ///
    /// Body: [`RequestApprovalInput`](crate::types::RequestApprovalInput), its [builder](crate::types::RequestApprovalInput::builder) or a JSON value checked against it. Output: [`ApprovalOutput`](crate::types::ApprovalOutput).
    pub fn request(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_approvals_request::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_approvals_request::BillingApprovalsRequest,
    > {
        self.client.api().request(body)
    }
}
/// The `billing.auto_topup` resource: `client.billing().auto_topup()`.
#[derive(Clone, Copy)]
pub struct BillingAutoTopup<'a> {
    client: &'a crate::Geopera,
}
impl<'a> BillingAutoTopup<'a> {
    /// Read the org's auto-topup settings (enabled=false if unset).
    ///
    /// `POST /v1/op/billing.auto_topup.get` · scope `billing:read` · success `200`
    ///
    /// Body: [`Empty`](crate::types::Empty), its [builder](crate::types::Empty::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn get(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_auto_topup_get::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_auto_topup_get::BillingAutoTopupGet,
    > {
        self.client.api().request(body)
    }
}
/// The `billing.credits` resource: `client.billing().credits()`.
#[derive(Clone, Copy)]
pub struct BillingCredits<'a> {
    client: &'a crate::Geopera,
}
impl<'a> BillingCredits<'a> {
    /// The org's current credit balance.
    ///
    /// `POST /v1/op/billing.credits.balance` · scope `billing:read` · success `200`
    ///
    /// Body: [`Empty`](crate::types::Empty), its [builder](crate::types::Empty::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn balance(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_credits_balance::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_credits_balance::BillingCreditsBalance,
    > {
        self.client.api().request(body)
    }
    /// The org's credit ledger (paged, optionally filtered by reason).
    ///
    /// `POST /v1/op/billing.credits.transactions` · scope `billing:read` · success `200`
    ///
    /// Body: [`TransactionsInput`](crate::types::TransactionsInput), its [builder](crate::types::TransactionsInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn transactions(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_credits_transactions::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_credits_transactions::BillingCreditsTransactions,
    > {
        self.client.api().request(body)
    }
}
/// The `billing.deletions` resource: `client.billing().deletions()`.
#[derive(Clone, Copy)]
pub struct BillingDeletions<'a> {
    client: &'a crate::Geopera,
}
impl<'a> BillingDeletions<'a> {
    /// List organizations pending deletion (system admin).
    ///
    /// `POST /v1/op/billing.deletions.pending` · scope `admin:read` · success `200`
    ///
    /// Body: [`Empty`](crate::types::Empty), its [builder](crate::types::Empty::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn pending(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_deletions_pending::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_deletions_pending::BillingDeletionsPending,
    > {
        self.client.api().request(body)
    }
}
/// The `billing.dlq` resource: `client.billing().dlq()`.
#[derive(Clone, Copy)]
pub struct BillingDlq<'a> {
    client: &'a crate::Geopera,
}
impl<'a> BillingDlq<'a> {
    /// Unresolved tracking-failure DLQ counts, grouped by storage_type + source.
    ///
    /// `POST /v1/op/billing.dlq.list_pending` · scope `admin:read` · success `200`
    ///
    /// Body: [`Empty`](crate::types::Empty), its [builder](crate::types::Empty::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list_pending(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_dlq_list_pending::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_dlq_list_pending::BillingDlqListPending,
    > {
        self.client.api().request(body)
    }
    /// Replay up to N unresolved tracking_failures rows (cron).
    ///
    /// `POST /v1/op/billing.dlq.replay` · scope `admin:write` · success `200`
    ///
    /// Body: [`ReplayInput`](crate::types::ReplayInput), its [builder](crate::types::ReplayInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn replay(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::billing_dlq_replay::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_dlq_replay::BillingDlqReplay,
    > {
        self.client.api().request(body)
    }
}
/// The `billing.enterprise` resource: `client.billing().enterprise()`.
#[derive(Clone, Copy)]
pub struct BillingEnterprise<'a> {
    client: &'a crate::Geopera,
}
impl<'a> BillingEnterprise<'a> {
    /// The org's unbilled enterprise post-pay liability (to put on a Xero invoice).
    ///
    /// `POST /v1/op/billing.enterprise.accrual` · scope `admin:read` · success `200`
    ///
    /// Body: [`AccrualInput`](crate::types::AccrualInput), its [builder](crate::types::AccrualInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn accrual(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_enterprise_accrual::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_enterprise_accrual::BillingEnterpriseAccrual,
    > {
        self.client.api().request(body)
    }
    /// Record a manual Xero invoice and mark the org's committed enterprise orders billed (admin).
    ///
    /// `POST /v1/op/billing.enterprise.mark_invoiced` · scope `admin:write` · success `200`
    ///
    /// Body: [`MarkInvoicedInput`](crate::types::MarkInvoicedInput), its [builder](crate::types::MarkInvoicedInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn mark_invoiced(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_enterprise_mark_invoiced::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_enterprise_mark_invoiced::BillingEnterpriseMarkInvoiced,
    > {
        self.client.api().request(body)
    }
}
/// The `billing.free_tier` resource: `client.billing().free_tier()`.
#[derive(Clone, Copy)]
pub struct BillingFreeTier<'a> {
    client: &'a crate::Geopera,
}
impl<'a> BillingFreeTier<'a> {
    /// Approve an org for the free tier + grant its credits immediately (admin).
    ///
    /// `POST /v1/op/billing.free_tier.approve` · scope `admin:write` · success `200`
    ///
    /// Body: [`ApproveInput`](crate::types::ApproveInput), its [builder](crate::types::ApproveInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn approve(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_free_tier_approve::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_free_tier_approve::BillingFreeTierApprove,
    > {
        self.client.api().request(body)
    }
    /// Grant the signup + monthly free credits to every FREE org (idempotent; cron).
    ///
    /// `POST /v1/op/billing.free_tier.grant_all` · scope `admin:write` · success `200`
    ///
    /// Body: [`BaseModel`](crate::types::BaseModel), its [builder](crate::types::BaseModel::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn grant_all(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_free_tier_grant_all::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_free_tier_grant_all::BillingFreeTierGrantAll,
    > {
        self.client.api().request(body)
    }
    /// Orgs awaiting free-tier approval (the operator review queue).
    ///
    /// `POST /v1/op/billing.free_tier.list_pending` · scope `admin:read` · success `200`
    ///
    /// Body: [`Empty`](crate::types::Empty), its [builder](crate::types::Empty::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list_pending(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_free_tier_list_pending::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_free_tier_list_pending::BillingFreeTierListPending,
    > {
        self.client.api().request(body)
    }
    /// Revoke an org's free-tier approval (stops future grants; admin).
    ///
    /// `POST /v1/op/billing.free_tier.revoke` · scope `admin:write` · success `200`
    ///
    /// Body: [`OrgInput`](crate::types::OrgInput), its [builder](crate::types::OrgInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn revoke(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_free_tier_revoke::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_free_tier_revoke::BillingFreeTierRevoke,
    > {
        self.client.api().request(body)
    }
}
/// The `billing.invoices` resource: `client.billing().invoices()`.
#[derive(Clone, Copy)]
pub struct BillingInvoices<'a> {
    client: &'a crate::Geopera,
}
impl<'a> BillingInvoices<'a> {
    /// The org's enterprise invoices (grouped from settled orders).
    ///
    /// `POST /v1/op/billing.invoices.list` · scope `billing:read` · success `200`
    ///
    /// Body: [`InvoicesInput`](crate::types::InvoicesInput), its [builder](crate::types::InvoicesInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_invoices_list::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_invoices_list::BillingInvoicesList,
    > {
        self.client.api().request(body)
    }
}
/// The `billing.jobs` resource: `client.billing().jobs()`.
#[derive(Clone, Copy)]
pub struct BillingJobs<'a> {
    client: &'a crate::Geopera,
}
impl<'a> BillingJobs<'a> {
    /// Settle/register terminal processing jobs holding an unsettled reservation (cron).
    ///
    /// `POST /v1/op/billing.jobs.settle_unsettled` · scope `admin:write` · success `200`
    ///
    /// Body: [`SettleInput`](crate::types::SettleInput), its [builder](crate::types::SettleInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn settle_unsettled(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_jobs_settle_unsettled::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_jobs_settle_unsettled::BillingJobsSettleUnsettled,
    > {
        self.client.api().request(body)
    }
}
/// The `billing.plans` resource: `client.billing().plans()`.
#[derive(Clone, Copy)]
pub struct BillingPlans<'a> {
    client: &'a crate::Geopera,
}
impl<'a> BillingPlans<'a> {
    /// List all available plans with their quota/feature limits (public catalog).
    ///
    /// `POST /v1/op/billing.plans.list` · scope `billing:read` · success `200`
    ///
    /// Body: [`Empty`](crate::types::Empty), its [builder](crate::types::Empty::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::billing_plans_list::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_plans_list::BillingPlansList,
    > {
        self.client.api().request(body)
    }
}
/// The `billing.reconciliation` resource: `client.billing().reconciliation()`.
#[derive(Clone, Copy)]
pub struct BillingReconciliation<'a> {
    client: &'a crate::Geopera,
}
impl<'a> BillingReconciliation<'a> {
    /// Backfill ledger add-events for live assets with no ledger entry (admin).
    ///
    /// `POST /v1/op/billing.reconciliation.backfill_missing` · scope `admin:write` · success `200`
    ///
    /// Body: [`OrgInput`](crate::types::OrgInput), its [builder](crate::types::OrgInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn backfill_missing(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_reconciliation_backfill_missing::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_reconciliation_backfill_missing::BillingReconciliationBackfillMissing,
    > {
        self.client.api().request(body)
    }
    /// Surgical single-asset drift correction (audited ledger entry; admin).
    ///
    /// `POST /v1/op/billing.reconciliation.correct_drift` · scope `admin:write` · success `200`
    ///
    /// Body: [`CorrectInput`](crate::types::CorrectInput), its [builder](crate::types::CorrectInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn correct_drift(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_reconciliation_correct_drift::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_reconciliation_correct_drift::BillingReconciliationCorrectDrift,
    > {
        self.client.api().request(body)
    }
    /// Compute storage-billing drift for one org (no run recorded).
    ///
    /// `POST /v1/op/billing.reconciliation.detect_drift` · scope `admin:read` · success `200`
    ///
    /// Body: [`DriftInput`](crate::types::DriftInput), its [builder](crate::types::DriftInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn detect_drift(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_reconciliation_detect_drift::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_reconciliation_detect_drift::BillingReconciliationDetectDrift,
    > {
        self.client.api().request(body)
    }
    /// Audit trail of all drift corrections applied (compliance + support).
    ///
    /// `POST /v1/op/billing.reconciliation.list_corrections` · scope `admin:read` · success `200`
    ///
    /// Body: [`CorrectionsInput`](crate::types::CorrectionsInput), its [builder](crate::types::CorrectionsInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list_corrections(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_reconciliation_list_corrections::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_reconciliation_list_corrections::BillingReconciliationListCorrections,
    > {
        self.client.api().request(body)
    }
    /// List reconciliation runs (newest first; filter by org / flagged).
    ///
    /// `POST /v1/op/billing.reconciliation.list_runs` · scope `admin:read` · success `200`
    ///
    /// Body: [`RunsInput`](crate::types::RunsInput), its [builder](crate::types::RunsInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list_runs(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_reconciliation_list_runs::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_reconciliation_list_runs::BillingReconciliationListRuns,
    > {
        self.client.api().request(body)
    }
    /// Remove stale positive-net ledger entries for deleted assets (admin).
    ///
    /// `POST /v1/op/billing.reconciliation.remove_stale` · scope `admin:write` · success `200`
    ///
    /// Body: [`OrgInput`](crate::types::OrgInput), its [builder](crate::types::OrgInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn remove_stale(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_reconciliation_remove_stale::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_reconciliation_remove_stale::BillingReconciliationRemoveStale,
    > {
        self.client.api().request(body)
    }
    /// Run reconciliation for one org + persist the result.
    ///
    /// `POST /v1/op/billing.reconciliation.run` · scope `admin:write` · success `200`
    ///
    /// Body: [`RunInput`](crate::types::RunInput), its [builder](crate::types::RunInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn run(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_reconciliation_run::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_reconciliation_run::BillingReconciliationRun,
    > {
        self.client.api().request(body)
    }
    /// Run reconciliation for every org with a subscription or credit balance (cron).
    ///
    /// `POST /v1/op/billing.reconciliation.run_all` · scope `admin:write` · success `200`
    ///
    /// Body: [`RunAllInput`](crate::types::RunAllInput), its [builder](crate::types::RunAllInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn run_all(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_reconciliation_run_all::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_reconciliation_run_all::BillingReconciliationRunAll,
    > {
        self.client.api().request(body)
    }
    /// Zero orphan negative-net ledger residue with compensating adds (admin).
    ///
    /// `POST /v1/op/billing.reconciliation.zero_negative_nets` · scope `admin:write` · success `200`
    ///
    /// Body: [`OrgInput`](crate::types::OrgInput), its [builder](crate::types::OrgInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn zero_negative_nets(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_reconciliation_zero_negative_nets::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_reconciliation_zero_negative_nets::BillingReconciliationZeroNegativeNets,
    > {
        self.client.api().request(body)
    }
}
/// The `billing.status` resource: `client.billing().status()`.
#[derive(Clone, Copy)]
pub struct BillingStatus<'a> {
    client: &'a crate::Geopera,
}
impl<'a> BillingStatus<'a> {
    /// An org's billing status + current usage (org membership required).
    ///
    /// `POST /v1/op/billing.status.get` · scope `billing:read` · success `200`
    ///
    /// Body: [`OrgStatusInput`](crate::types::OrgStatusInput), its [builder](crate::types::OrgStatusInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn get(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::billing_status_get::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_status_get::BillingStatusGet,
    > {
        self.client.api().request(body)
    }
}
/// The `billing.stripe_invoices` resource: `client.billing().stripe_invoices()`.
#[derive(Clone, Copy)]
pub struct BillingStripeInvoices<'a> {
    client: &'a crate::Geopera,
}
impl<'a> BillingStripeInvoices<'a> {
    /// List the org's Stripe invoices (never 500s — empty on a Stripe hiccup).
    ///
    /// `POST /v1/op/billing.stripe_invoices.list` · scope `billing:read` · success `200`
    ///
    /// Body: [`InvoicesInput`](crate::types::InvoicesInput), its [builder](crate::types::InvoicesInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::billing_stripe_invoices_list::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::billing_stripe_invoices_list::BillingStripeInvoicesList,
    > {
        self.client.api().request(body)
    }
}
/// The `catalog` resource: `client.catalog()`.
#[derive(Clone, Copy)]
pub struct Catalog<'a> {
    client: &'a crate::Geopera,
}
impl<'a> Catalog<'a> {
    /// The `catalog.image` operations.
    pub fn image(&self) -> CatalogImage<'a> {
        CatalogImage {
            client: self.client,
        }
    }
    /// The `catalog.info` operations.
    pub fn info(&self) -> CatalogInfo<'a> {
        CatalogInfo { client: self.client }
    }
    /// The `catalog.provider` operations.
    pub fn provider(&self) -> CatalogProvider<'a> {
        CatalogProvider {
            client: self.client,
        }
    }
    /// The `catalog.providers` operations.
    pub fn providers(&self) -> CatalogProviders<'a> {
        CatalogProviders {
            client: self.client,
        }
    }
    /// The `catalog.sources` operations.
    pub fn sources(&self) -> CatalogSources<'a> {
        CatalogSources {
            client: self.client,
        }
    }
    /// The `catalog.tile` operations.
    pub fn tile(&self) -> CatalogTile<'a> {
        CatalogTile { client: self.client }
    }
    /// The `catalog.vendors` operations.
    pub fn vendors(&self) -> CatalogVendors<'a> {
        CatalogVendors {
            client: self.client,
        }
    }
    /// The `catalog.viz` operations.
    pub fn viz(&self) -> CatalogViz<'a> {
        CatalogViz { client: self.client }
    }
    /// Search every data source covering the AOI in one query (merged, type-tagged).
    ///
    /// `POST /v1/op/catalog.federated_search` · scope `catalog:read` · success `200`
    ///
    /// Body: [`FederatedSearchInput`](crate::types::FederatedSearchInput), its [builder](crate::types::FederatedSearchInput::builder) or a JSON value checked against it. Output: [`FederatedSearchOutput`](crate::types::FederatedSearchOutput).
    pub fn federated_search(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::catalog_federated_search::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::catalog_federated_search::CatalogFederatedSearch,
    > {
        self.client.api().request(body)
    }
    /// Extract a 3D point cloud (lon/lat/elev/attribute) from a GEDI or ICESat-2 granule.
    ///
    /// `POST /v1/op/catalog.granule_points` · scope `catalog:read` · success `200`
    ///
    /// Body: [`GranulePointsInput`](crate::types::GranulePointsInput), its [builder](crate::types::GranulePointsInput::builder) or a JSON value checked against it. Output: [`GranulePointsOutput`](crate::types::GranulePointsOutput).
    pub fn granule_points(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::catalog_granule_points::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::catalog_granule_points::CatalogGranulePoints,
    > {
        self.client.api().request(body)
    }
    /// Search a commercial-imagery host's catalog (STAC, price-enriched).
    ///
    /// `POST /v1/op/catalog.search` · scope `catalog:read` · success `200`
    ///
    /// Body: [`CatalogSearchInput`](crate::types::CatalogSearchInput), its [builder](crate::types::CatalogSearchInput::builder) or a JSON value checked against it. Output: [`CatalogSearchOutput`](crate::types::CatalogSearchOutput).
    pub fn search(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::catalog_search::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::catalog_search::CatalogSearch,
    > {
        self.client.api().request(body)
    }
    /// Invoke Catalog Search Stream
    ///
    /// Multi-vendor progressive catalog search.
    ///
    /// `POST /v1/op/catalog.search_stream` · scope `catalog:read` · success `200`
    ///
    /// Body: an optional JSON object ([`JsonObject`](crate::JsonObject), a `serde_json::Value` or `()` for none). Output: untyped JSON (`serde_json::Value`).
    pub fn search_stream(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::catalog_search_stream::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::catalog_search_stream::CatalogSearchStream,
    > {
        self.client.api().request(body)
    }
}
/// The `catalog.image` resource: `client.catalog().image()`.
#[derive(Clone, Copy)]
pub struct CatalogImage<'a> {
    client: &'a crate::Geopera,
}
impl<'a> CatalogImage<'a> {
    /// Resolve + 307-redirect to a scene's quicklook (external host).
    ///
    /// `POST /v1/op/catalog.image.quicklook` · scope `catalog:read` · success `200`
    ///
    /// Body: [`ImageAssetInput`](crate::types::ImageAssetInput), its [builder](crate::types::ImageAssetInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn quicklook(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::catalog_image_quicklook::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::catalog_image_quicklook::CatalogImageQuicklook,
    > {
        self.client.api().request(body)
    }
    /// Resolve + 307-redirect to a scene's thumbnail (external host).
    ///
    /// `POST /v1/op/catalog.image.thumbnail` · scope `catalog:read` · success `200`
    ///
    /// Body: [`ImageAssetInput`](crate::types::ImageAssetInput), its [builder](crate::types::ImageAssetInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn thumbnail(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::catalog_image_thumbnail::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::catalog_image_thumbnail::CatalogImageThumbnail,
    > {
        self.client.api().request(body)
    }
}
/// The `catalog.info` resource: `client.catalog().info()`.
#[derive(Clone, Copy)]
pub struct CatalogInfo<'a> {
    client: &'a crate::Geopera,
}
impl<'a> CatalogInfo<'a> {
    /// Landsat scene metadata (parsed id fields + available visualizations).
    ///
    /// `POST /v1/op/catalog.info.landsat` · scope `tiles:read` · success `200`
    ///
    /// Body: [`SceneInfoInput`](crate::types::SceneInfoInput), its [builder](crate::types::SceneInfoInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn landsat(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::catalog_info_landsat::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::catalog_info_landsat::CatalogInfoLandsat,
    > {
        self.client.api().request(body)
    }
    /// NAIP item metadata from the Element84 STAC.
    ///
    /// `POST /v1/op/catalog.info.naip` · scope `tiles:read` · success `200`
    ///
    /// Body: [`SceneInfoInput`](crate::types::SceneInfoInput), its [builder](crate::types::SceneInfoInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn naip(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::catalog_info_naip::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::catalog_info_naip::CatalogInfoNaip,
    > {
        self.client.api().request(body)
    }
    /// Sample scene metadata (sensor + on-disk STAC + bands + thumbnail).
    ///
    /// `POST /v1/op/catalog.info.sample` · scope `tiles:read` · success `200`
    ///
    /// Body: [`SampleInfoInput`](crate::types::SampleInfoInput), its [builder](crate::types::SampleInfoInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn sample(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::catalog_info_sample::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::catalog_info_sample::CatalogInfoSample,
    > {
        self.client.api().request(body)
    }
    /// Sentinel-2 scene metadata (parsed id + live COG info + available visualizations).
    ///
    /// `POST /v1/op/catalog.info.sentinel` · scope `tiles:read` · success `200`
    ///
    /// Body: [`SceneInfoInput`](crate::types::SceneInfoInput), its [builder](crate::types::SceneInfoInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn sentinel(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::catalog_info_sentinel::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::catalog_info_sentinel::CatalogInfoSentinel,
    > {
        self.client.api().request(body)
    }
}
/// The `catalog.provider` resource: `client.catalog().provider()`.
#[derive(Clone, Copy)]
pub struct CatalogProvider<'a> {
    client: &'a crate::Geopera,
}
impl<'a> CatalogProvider<'a> {
    /// List sample scenes for a provider (paged).
    ///
    /// `POST /v1/op/catalog.provider.samples` · scope `tiles:read` · success `200`
    ///
    /// Body: [`ProviderSamplesInput`](crate::types::ProviderSamplesInput), its [builder](crate::types::ProviderSamplesInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn samples(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::catalog_provider_samples::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::catalog_provider_samples::CatalogProviderSamples,
    > {
        self.client.api().request(body)
    }
}
/// The `catalog.providers` resource: `client.catalog().providers()`.
#[derive(Clone, Copy)]
pub struct CatalogProviders<'a> {
    client: &'a crate::Geopera,
}
impl<'a> CatalogProviders<'a> {
    /// List on-disk sample-data providers (+ registered sensors).
    ///
    /// `POST /v1/op/catalog.providers.list` · scope `tiles:read` · success `200`
    ///
    /// Body: [`VizListInput`](crate::types::VizListInput), its [builder](crate::types::VizListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::catalog_providers_list::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::catalog_providers_list::CatalogProvidersList,
    > {
        self.client.api().request(body)
    }
}
/// The `catalog.sources` resource: `client.catalog().sources()`.
#[derive(Clone, Copy)]
pub struct CatalogSources<'a> {
    client: &'a crate::Geopera,
}
impl<'a> CatalogSources<'a> {
    /// List every searchable data source + its collections (the dataset registry).
    ///
    /// `POST /v1/op/catalog.sources.list` · scope `catalog:read` · success `200`
    ///
    /// Body: [`SourcesListInput`](crate::types::SourcesListInput), its [builder](crate::types::SourcesListInput::builder) or a JSON value checked against it. Output: [`SourcesListOutput`](crate::types::SourcesListOutput).
    pub fn list(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::catalog_sources_list::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::catalog_sources_list::CatalogSourcesList,
    > {
        self.client.api().request(body)
    }
}
/// The `catalog.tile` resource: `client.catalog().tile()`.
#[derive(Clone, Copy)]
pub struct CatalogTile<'a> {
    client: &'a crate::Geopera,
}
impl<'a> CatalogTile<'a> {
    /// Render a public satellite XYZ tile (sentinel/landsat/naip/sample) — unbilled, unauthenticated.
    ///
    /// `POST /v1/op/catalog.tile.render` · scope `tiles:read` · success `200`
    ///
    /// Body: [`CatalogTileInput`](crate::types::CatalogTileInput), its [builder](crate::types::CatalogTileInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn render(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::catalog_tile_render::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::catalog_tile_render::CatalogTileRender,
    > {
        self.client.api().request(body)
    }
}
/// The `catalog.vendors` resource: `client.catalog().vendors()`.
#[derive(Clone, Copy)]
pub struct CatalogVendors<'a> {
    client: &'a crate::Geopera,
}
impl<'a> CatalogVendors<'a> {
    /// List catalog vendors + host⇄pricing-vendor identifiers.
    ///
    /// `POST /v1/op/catalog.vendors.list` · scope `catalog:read` · success `200`
    ///
    /// Body: [`Empty`](crate::types::Empty), its [builder](crate::types::Empty::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::catalog_vendors_list::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::catalog_vendors_list::CatalogVendorsList,
    > {
        self.client.api().request(body)
    }
}
/// The `catalog.viz` resource: `client.catalog().viz()`.
#[derive(Clone, Copy)]
pub struct CatalogViz<'a> {
    client: &'a crate::Geopera,
}
impl<'a> CatalogViz<'a> {
    /// List available Landsat visualizations.
    ///
    /// `POST /v1/op/catalog.viz.landsat` · scope `tiles:read` · success `200`
    ///
    /// Body: [`VizListInput`](crate::types::VizListInput), its [builder](crate::types::VizListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn landsat(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::catalog_viz_landsat::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::catalog_viz_landsat::CatalogVizLandsat,
    > {
        self.client.api().request(body)
    }
    /// List available NAIP visualizations.
    ///
    /// `POST /v1/op/catalog.viz.naip` · scope `tiles:read` · success `200`
    ///
    /// Body: [`VizListInput`](crate::types::VizListInput), its [builder](crate::types::VizListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn naip(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::catalog_viz_naip::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::catalog_viz_naip::CatalogVizNaip,
    > {
        self.client.api().request(body)
    }
}
/// The `clip` resource: `client.clip()`.
#[derive(Clone, Copy)]
pub struct Clip<'a> {
    client: &'a crate::Geopera,
}
impl<'a> Clip<'a> {
    /// The `clip.area` operations.
    pub fn area(&self) -> ClipArea<'a> {
        ClipArea { client: self.client }
    }
    /// The `clip.areas` operations.
    pub fn areas(&self) -> ClipAreas<'a> {
        ClipAreas { client: self.client }
    }
    /// The `clip.job` operations.
    pub fn job(&self) -> ClipJob<'a> {
        ClipJob { client: self.client }
    }
    /// The `clip.jobs` operations.
    pub fn jobs(&self) -> ClipJobs<'a> {
        ClipJobs { client: self.client }
    }
    /// Create + dispatch an area-bucket COG clip job.
    ///
    /// `POST /v1/op/clip.create_from_area` · scope `clip:write` · success `200`
    ///
    /// Body: [`ClipCreateFromAreaInput`](crate::types::ClipCreateFromAreaInput), its [builder](crate::types::ClipCreateFromAreaInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn create_from_area(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::clip_create_from_area::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::clip_create_from_area::ClipCreateFromArea,
    > {
        self.client.api().request(body)
    }
    /// Invoke Clip Create From Item
    ///
    /// `POST /v1/op/clip.create_from_item` · scope `processing:process` · success `200`
    ///
    /// Body: an optional JSON object ([`JsonObject`](crate::JsonObject), a `serde_json::Value` or `()` for none). Output: untyped JSON (`serde_json::Value`).
    pub fn create_from_item(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::clip_create_from_item::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::clip_create_from_item::ClipCreateFromItem,
    > {
        self.client.api().request(body)
    }
}
/// The `clip.area` resource: `client.clip().area()`.
#[derive(Clone, Copy)]
pub struct ClipArea<'a> {
    client: &'a crate::Geopera,
}
impl<'a> ClipArea<'a> {
    /// Capture-date metadata for a clip area.
    ///
    /// `POST /v1/op/clip.area.metadata` · scope `clip:read` · success `200`
    ///
    /// Body: [`Area`](crate::types::Area), its [builder](crate::types::Area::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn metadata(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::clip_area_metadata::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::clip_area_metadata::ClipAreaMetadata,
    > {
        self.client.api().request(body)
    }
    /// List mosaic types for a clip area.
    ///
    /// `POST /v1/op/clip.area.mosaics` · scope `clip:read` · success `200`
    ///
    /// Body: [`Area`](crate::types::Area), its [builder](crate::types::Area::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn mosaics(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::clip_area_mosaics::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::clip_area_mosaics::ClipAreaMosaics,
    > {
        self.client.api().request(body)
    }
}
/// The `clip.areas` resource: `client.clip().areas()`.
#[derive(Clone, Copy)]
pub struct ClipAreas<'a> {
    client: &'a crate::Geopera,
}
impl<'a> ClipAreas<'a> {
    /// List delivery-bucket clip areas.
    ///
    /// `POST /v1/op/clip.areas.list` · scope `clip:read` · success `200`
    ///
    /// Body: [`Empty`](crate::types::Empty), its [builder](crate::types::Empty::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::clip_areas_list::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::clip_areas_list::ClipAreasList,
    > {
        self.client.api().request(body)
    }
}
/// The `clip.job` resource: `client.clip().job()`.
#[derive(Clone, Copy)]
pub struct ClipJob<'a> {
    client: &'a crate::Geopera,
}
impl<'a> ClipJob<'a> {
    /// Delete a clip job and its GCS files.
    ///
    /// `POST /v1/op/clip.job.delete` · scope `clip:destroy` · success `200`
    ///
    /// Body: [`ClipJobDeleteInput`](crate::types::ClipJobDeleteInput), its [builder](crate::types::ClipJobDeleteInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn delete(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::clip_job_delete::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::clip_job_delete::ClipJobDelete,
    > {
        self.client.api().request(body)
    }
    /// Stream a clip file from GCS (egress-enforced).
    ///
    /// `POST /v1/op/clip.job.download` · scope `clip:read` · success `200`
    ///
    /// Body: [`ClipDownloadInput`](crate::types::ClipDownloadInput), its [builder](crate::types::ClipDownloadInput::builder) or a JSON value checked against it. Output: [`DownloadDescriptor`](crate::views::DownloadDescriptor).
    pub fn download(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::clip_job_download::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::clip_job_download::ClipJobDownload,
    > {
        self.client.api().request(body)
    }
    /// List downloadable clip files for a job.
    ///
    /// `POST /v1/op/clip.job.downloads` · scope `clip:read` · success `200`
    ///
    /// Body: [`ClipJobInput`](crate::types::ClipJobInput), its [builder](crate::types::ClipJobInput::builder) or a JSON value checked against it. Output: [`ClipDownloads`](crate::views::ClipDownloads).
    pub fn downloads(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::clip_job_downloads::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::clip_job_downloads::ClipJobDownloads,
    > {
        self.client.api().request(body)
    }
    /// Get a single clip job by id.
    ///
    /// `POST /v1/op/clip.job.get` · scope `clip:read` · success `200`
    ///
    /// Body: [`ClipJobInput`](crate::types::ClipJobInput), its [builder](crate::types::ClipJobInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn get(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::clip_job_get::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::clip_job_get::ClipJobGet,
    > {
        self.client.api().request(body)
    }
    /// Tile rendering params for a completed clip job.
    ///
    /// `POST /v1/op/clip.job.tile_info` · scope `clip:read` · success `200`
    ///
    /// Body: [`ClipJobInput`](crate::types::ClipJobInput), its [builder](crate::types::ClipJobInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn tile_info(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::clip_job_tile_info::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::clip_job_tile_info::ClipJobTileInfo,
    > {
        self.client.api().request(body)
    }
}
/// The `clip.jobs` resource: `client.clip().jobs()`.
#[derive(Clone, Copy)]
pub struct ClipJobs<'a> {
    client: &'a crate::Geopera,
}
impl<'a> ClipJobs<'a> {
    /// List clip jobs for an organization.
    ///
    /// `POST /v1/op/clip.jobs.list` · scope `clip:read` · success `200`
    ///
    /// Body: [`ClipJobsListInput`](crate::types::ClipJobsListInput), its [builder](crate::types::ClipJobsListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::clip_jobs_list::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::clip_jobs_list::ClipJobsList,
    > {
        self.client.api().request(body)
    }
}
/// The `cog` resource: `client.cog()`.
#[derive(Clone, Copy)]
pub struct Cog<'a> {
    client: &'a crate::Geopera,
}
impl<'a> Cog<'a> {
    /// The `cog.tile` operations.
    pub fn tile(&self) -> CogTile<'a> {
        CogTile { client: self.client }
    }
    /// Curated colormap groups for the frontend picker (bare-dict).
    ///
    /// `POST /v1/op/cog.colormaps` · scope `tiles:read` · success `200`
    ///
    /// Body: [`CogEmptyInput`](crate::types::CogEmptyInput), its [builder](crate::types::CogEmptyInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn colormaps(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::cog_colormaps::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::cog_colormaps::CogColormaps,
    > {
        self.client.api().request(body)
    }
    /// Predefined spectral-index formula templates (bare-dict, keyed by index id).
    ///
    /// `POST /v1/op/cog.formulas` · scope `tiles:read` · success `200`
    ///
    /// Body: [`CogEmptyInput`](crate::types::CogEmptyInput), its [builder](crate::types::CogEmptyInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn formulas(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::cog_formulas::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::cog_formulas::CogFormulas,
    > {
        self.client.api().request(body)
    }
    /// AOI-scoped percentile statistics for a COG — drives per-AOI colormap rescale.
    ///
    /// `POST /v1/op/cog.statistics` · scope `tiles:read` · success `200`
    ///
    /// Body: [`CogStatsInput`](crate::types::CogStatsInput), its [builder](crate::types::CogStatsInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn statistics(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::cog_statistics::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::cog_statistics::CogStatistics,
    > {
        self.client.api().request(body)
    }
    /// Generate a JPEG thumbnail from the smallest COG overview.
    ///
    /// `POST /v1/op/cog.thumbnail` · scope `tiles:read` · success `200`
    ///
    /// Body: [`CogThumbnailInput`](crate::types::CogThumbnailInput), its [builder](crate::types::CogThumbnailInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn thumbnail(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::cog_thumbnail::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::cog_thumbnail::CogThumbnail,
    > {
        self.client.api().request(body)
    }
}
/// The `cog.tile` resource: `client.cog().tile()`.
#[derive(Clone, Copy)]
pub struct CogTile<'a> {
    client: &'a crate::Geopera,
}
impl<'a> CogTile<'a> {
    /// Render an XYZ tile from a COG (bands or band-math expression).
    ///
    /// `POST /v1/op/cog.tile.render` · scope `tiles:read` · success `200`
    ///
    /// Body: [`CogTileInput`](crate::types::CogTileInput), its [builder](crate::types::CogTileInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn render(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::cog_tile_render::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::cog_tile_render::CogTileRender,
    > {
        self.client.api().request(body)
    }
    /// Render a Mapbox Terrain-RGB tile from a single-band elevation/depth COG.
    ///
    /// `POST /v1/op/cog.tile.terrain` · scope `tiles:read` · success `200`
    ///
    /// Body: [`CogTerrainInput`](crate::types::CogTerrainInput), its [builder](crate::types::CogTerrainInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn terrain(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::cog_tile_terrain::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::cog_tile_terrain::CogTileTerrain,
    > {
        self.client.api().request(body)
    }
}
/// The `collections` resource: `client.collections()`.
#[derive(Clone, Copy)]
pub struct Collections<'a> {
    client: &'a crate::Geopera,
}
impl<'a> Collections<'a> {
    /// Create an organizing collection within a project (editor/admin required).
    ///
    /// `POST /v1/op/collections.create` · scope `collections:write` · success `200`
    ///
    /// Body: [`CollectionCreateInput`](crate::types::CollectionCreateInput), its [builder](crate::types::CollectionCreateInput::builder) or a JSON value checked against it. Output: [`CollectionResponse`](crate::types::CollectionResponse).
    pub fn create(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::collections_create::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::collections_create::CollectionsCreate,
    > {
        self.client.api().request(body)
    }
    /// Soft-delete a collection, unlinking its items (project admin required).
    ///
    /// `POST /v1/op/collections.delete` · scope `collections:write` · success `200`
    ///
    /// Body: [`CollectionDeleteInput`](crate::types::CollectionDeleteInput), its [builder](crate::types::CollectionDeleteInput::builder) or a JSON value checked against it. Output: [`CollectionDeleteOutput`](crate::types::CollectionDeleteOutput).
    pub fn delete(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::collections_delete::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::collections_delete::CollectionsDelete,
    > {
        self.client.api().request(body)
    }
    /// Get a collection by id within a project.
    ///
    /// `POST /v1/op/collections.get` · scope `collections:read` · success `200`
    ///
    /// Body: [`CollectionsGetInput`](crate::types::CollectionsGetInput), its [builder](crate::types::CollectionsGetInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn get(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::collections_get::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::collections_get::CollectionsGet,
    > {
        self.client.api().request(body)
    }
    /// List a project's collections (with item counts).
    ///
    /// `POST /v1/op/collections.list` · scope `collections:read` · success `200`
    ///
    /// Body: [`CollectionsListInput`](crate::types::CollectionsListInput), its [builder](crate::types::CollectionsListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::collections_list::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::collections_list::CollectionsList,
    > {
        self.client.api().request(body)
    }
    /// Update a collection's metadata (editor/admin required).
    ///
    /// `POST /v1/op/collections.update` · scope `collections:write` · success `200`
    ///
    /// Body: [`CollectionUpdateInput`](crate::types::CollectionUpdateInput), its [builder](crate::types::CollectionUpdateInput::builder) or a JSON value checked against it. Output: [`CollectionResponse`](crate::types::CollectionResponse).
    pub fn update(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::collections_update::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::collections_update::CollectionsUpdate,
    > {
        self.client.api().request(body)
    }
}
/// The `eulas` resource: `client.eulas()`.
#[derive(Clone, Copy)]
pub struct Eulas<'a> {
    client: &'a crate::Geopera,
}
impl<'a> Eulas<'a> {
    /// The `eulas.document` operations.
    pub fn document(&self) -> EulasDocument<'a> {
        EulasDocument {
            client: self.client,
        }
    }
    /// The `eulas.documents` operations.
    pub fn documents(&self) -> EulasDocuments<'a> {
        EulasDocuments {
            client: self.client,
        }
    }
    /// Get a single EULA enriched with the caller's org acceptance.
    ///
    /// `POST /v1/op/eulas.get` · scope `eulas:read` · success `200`
    ///
    /// Body: [`EulaGetInput`](crate::types::EulaGetInput), its [builder](crate::types::EulaGetInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn get(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::eulas_get::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::eulas_get::EulasGet,
    > {
        self.client.api().request(body)
    }
    /// List EULAs (paged), each enriched with the caller's org acceptance.
    ///
    /// `POST /v1/op/eulas.list` · scope `eulas:read` · success `200`
    ///
    /// Body: [`EulasListInput`](crate::types::EulasListInput), its [builder](crate::types::EulasListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::eulas_list::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::eulas_list::EulasList,
    > {
        self.client.api().request(body)
    }
}
/// The `eulas.document` resource: `client.eulas().document()`.
#[derive(Clone, Copy)]
pub struct EulasDocument<'a> {
    client: &'a crate::Geopera,
}
impl<'a> EulasDocument<'a> {
    /// Record an organization's acceptance of a EULA document (idempotent).
    ///
    /// `POST /v1/op/eulas.document.accept` · scope `eulas:write` · success `200`
    ///
    /// Body: [`EulaAcceptInput`](crate::types::EulaAcceptInput), its [builder](crate::types::EulaAcceptInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn accept(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::eulas_document_accept::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::eulas_document_accept::EulasDocumentAccept,
    > {
        self.client.api().request(body)
    }
    /// Get a single EULA document enriched with the caller's org acceptance.
    ///
    /// `POST /v1/op/eulas.document.get` · scope `eulas:read` · success `200`
    ///
    /// Body: [`EulaDocumentGetInput`](crate::types::EulaDocumentGetInput), its [builder](crate::types::EulaDocumentGetInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn get(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::eulas_document_get::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::eulas_document_get::EulasDocumentGet,
    > {
        self.client.api().request(body)
    }
}
/// The `eulas.documents` resource: `client.eulas().documents()`.
#[derive(Clone, Copy)]
pub struct EulasDocuments<'a> {
    client: &'a crate::Geopera,
}
impl<'a> EulasDocuments<'a> {
    /// List an EULA's documents (paged), each enriched with the caller's org acceptance.
    ///
    /// `POST /v1/op/eulas.documents.list` · scope `eulas:read` · success `200`
    ///
    /// Body: [`EulaDocumentsListInput`](crate::types::EulaDocumentsListInput), its [builder](crate::types::EulaDocumentsListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::eulas_documents_list::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::eulas_documents_list::EulasDocumentsList,
    > {
        self.client.api().request(body)
    }
}
/// The `event_subscriptions` resource: `client.event_subscriptions()`.
#[derive(Clone, Copy)]
pub struct EventSubscriptions<'a> {
    client: &'a crate::Geopera,
}
impl<'a> EventSubscriptions<'a> {
    /// Create a webhook subscription for the caller's organization.
    ///
    /// `POST /v1/op/event_subscriptions.create` · scope `event_subscriptions:write` · success `200`
    ///
    /// Body: [`CreateSubscriptionInput`](crate::types::CreateSubscriptionInput), its [builder](crate::types::CreateSubscriptionInput::builder) or a JSON value checked against it. Output: [`SubscriptionOutput`](crate::types::SubscriptionOutput).
    pub fn create(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::event_subscriptions_create::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::event_subscriptions_create::EventSubscriptionsCreate,
    > {
        self.client.api().request(body)
    }
    /// Delete a webhook subscription (org-scoped).
    ///
    /// `POST /v1/op/event_subscriptions.delete` · scope `event_subscriptions:write` · success `200`
    ///
    /// Body: [`DeleteSubscriptionInput`](crate::types::DeleteSubscriptionInput), its [builder](crate::types::DeleteSubscriptionInput::builder) or a JSON value checked against it. Output: [`DeleteSubscriptionOutput`](crate::types::DeleteSubscriptionOutput).
    pub fn delete(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::event_subscriptions_delete::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::event_subscriptions_delete::EventSubscriptionsDelete,
    > {
        self.client.api().request(body)
    }
    /// Get a single webhook subscription (org-scoped; secret redacted).
    ///
    /// `POST /v1/op/event_subscriptions.get` · scope `event_subscriptions:read` · success `200`
    ///
    /// Body: [`GetSubscriptionInput`](crate::types::GetSubscriptionInput), its [builder](crate::types::GetSubscriptionInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn get(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::event_subscriptions_get::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::event_subscriptions_get::EventSubscriptionsGet,
    > {
        self.client.api().request(body)
    }
    /// List the caller's organization's webhook subscriptions (secret redacted).
    ///
    /// `POST /v1/op/event_subscriptions.list` · scope `event_subscriptions:read` · success `200`
    ///
    /// Body: [`ListSubscriptionsInput`](crate::types::ListSubscriptionsInput), its [builder](crate::types::ListSubscriptionsInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::event_subscriptions_list::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::event_subscriptions_list::EventSubscriptionsList,
    > {
        self.client.api().request(body)
    }
    /// Send a test event to a webhook subscription and return the delivery result.
    ///
    /// `POST /v1/op/event_subscriptions.test` · scope `event_subscriptions:write` · success `200`
    ///
    /// Body: [`TestSubscriptionInput`](crate::types::TestSubscriptionInput), its [builder](crate::types::TestSubscriptionInput::builder) or a JSON value checked against it. Output: [`TestSubscriptionOutput`](crate::types::TestSubscriptionOutput).
    pub fn test(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::event_subscriptions_test::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::event_subscriptions_test::EventSubscriptionsTest,
    > {
        self.client.api().request(body)
    }
    /// Update a webhook subscription (org-scoped).
    ///
    /// `POST /v1/op/event_subscriptions.update` · scope `event_subscriptions:write` · success `200`
    ///
    /// Body: [`UpdateSubscriptionInput`](crate::types::UpdateSubscriptionInput), its [builder](crate::types::UpdateSubscriptionInput::builder) or a JSON value checked against it. Output: [`SubscriptionOutput`](crate::types::SubscriptionOutput).
    pub fn update(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::event_subscriptions_update::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::event_subscriptions_update::EventSubscriptionsUpdate,
    > {
        self.client.api().request(body)
    }
}
/// The `glossary` resource: `client.glossary()`.
#[derive(Clone, Copy)]
pub struct Glossary<'a> {
    client: &'a crate::Geopera,
}
impl<'a> Glossary<'a> {
    /// The `glossary.collections` operations.
    pub fn collections(&self) -> GlossaryCollections<'a> {
        GlossaryCollections {
            client: self.client,
        }
    }
    /// The `glossary.data_products` operations.
    pub fn data_products(&self) -> GlossaryDataProducts<'a> {
        GlossaryDataProducts {
            client: self.client,
        }
    }
    /// The `glossary.providers` operations.
    pub fn providers(&self) -> GlossaryProviders<'a> {
        GlossaryProviders {
            client: self.client,
        }
    }
}
/// The `glossary.collections` resource: `client.glossary().collections()`.
#[derive(Clone, Copy)]
pub struct GlossaryCollections<'a> {
    client: &'a crate::Geopera,
}
impl<'a> GlossaryCollections<'a> {
    /// Get a single catalog collection by name.
    ///
    /// `POST /v1/op/glossary.collections.get` · scope `catalog:read` · success `200`
    ///
    /// Body: [`CollectionGetInput`](crate::types::CollectionGetInput), its [builder](crate::types::CollectionGetInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn get(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::glossary_collections_get::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::glossary_collections_get::GlossaryCollectionsGet,
    > {
        self.client.api().request(body)
    }
    /// List catalog collections (provider-compatible, paged).
    ///
    /// `POST /v1/op/glossary.collections.list` · scope `catalog:read` · success `200`
    ///
    /// Body: [`GlossaryCollectionsListInput`](crate::types::GlossaryCollectionsListInput), its [builder](crate::types::GlossaryCollectionsListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::glossary_collections_list::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::glossary_collections_list::GlossaryCollectionsList,
    > {
        self.client.api().request(body)
    }
}
/// The `glossary.data_products` resource: `client.glossary().data_products()`.
#[derive(Clone, Copy)]
pub struct GlossaryDataProducts<'a> {
    client: &'a crate::Geopera,
}
impl<'a> GlossaryDataProducts<'a> {
    /// Get a single catalog data product by name.
    ///
    /// `POST /v1/op/glossary.data_products.get` · scope `catalog:read` · success `200`
    ///
    /// Body: [`DataProductGetInput`](crate::types::DataProductGetInput), its [builder](crate::types::DataProductGetInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn get(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::glossary_data_products_get::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::glossary_data_products_get::GlossaryDataProductsGet,
    > {
        self.client.api().request(body)
    }
    /// List catalog data products (provider-compatible, paged).
    ///
    /// `POST /v1/op/glossary.data_products.list` · scope `catalog:read` · success `200`
    ///
    /// Body: [`DataProductsListInput`](crate::types::DataProductsListInput), its [builder](crate::types::DataProductsListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::glossary_data_products_list::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::glossary_data_products_list::GlossaryDataProductsList,
    > {
        self.client.api().request(body)
    }
}
/// The `glossary.providers` resource: `client.glossary().providers()`.
#[derive(Clone, Copy)]
pub struct GlossaryProviders<'a> {
    client: &'a crate::Geopera,
}
impl<'a> GlossaryProviders<'a> {
    /// Get a single catalog provider by name.
    ///
    /// `POST /v1/op/glossary.providers.get` · scope `catalog:read` · success `200`
    ///
    /// Body: [`ProviderGetInput`](crate::types::ProviderGetInput), its [builder](crate::types::ProviderGetInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn get(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::glossary_providers_get::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::glossary_providers_get::GlossaryProvidersGet,
    > {
        self.client.api().request(body)
    }
    /// List catalog providers (PRODUCER/HOST, paged).
    ///
    /// `POST /v1/op/glossary.providers.list` · scope `catalog:read` · success `200`
    ///
    /// Body: [`ProvidersListInput`](crate::types::ProvidersListInput), its [builder](crate::types::ProvidersListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::glossary_providers_list::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::glossary_providers_list::GlossaryProvidersList,
    > {
        self.client.api().request(body)
    }
}
/// The `items` resource: `client.items()`.
#[derive(Clone, Copy)]
pub struct Items<'a> {
    client: &'a crate::Geopera,
}
impl<'a> Items<'a> {
    /// The `items.asset` operations.
    pub fn asset(&self) -> ItemsAsset<'a> {
        ItemsAsset { client: self.client }
    }
    /// The `items.tile` operations.
    pub fn tile(&self) -> ItemsTile<'a> {
        ItemsTile { client: self.client }
    }
    /// Create an item within a project (editor/admin on the project).
    ///
    /// `POST /v1/op/items.create` · scope `items:write` · success `200`
    ///
    /// Body: [`ItemCreateInput`](crate::types::ItemCreateInput), its [builder](crate::types::ItemCreateInput::builder) or a JSON value checked against it. Output: [`ItemResponse`](crate::types::ItemResponse).
    pub fn create(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::items_create::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::items_create::ItemsCreate,
    > {
        self.client.api().request(body)
    }
    /// Soft-delete an item (admin/editor on the item's project required).
    ///
    /// `POST /v1/op/items.delete` · scope `items:write` · success `200`
    ///
    /// Body: [`ItemDeleteInput`](crate::types::ItemDeleteInput), its [builder](crate::types::ItemDeleteInput::builder) or a JSON value checked against it. Output: [`ItemDeleteOutput`](crate::types::ItemDeleteOutput).
    pub fn delete(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::items_delete::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::items_delete::ItemsDelete,
    > {
        self.client.api().request(body)
    }
    /// Auto-detect band names for an asset from its reflectance statistics.
    ///
    /// `POST /v1/op/items.detect_asset_bands` · scope `items:read` · success `200`
    ///
    /// Body: [`DetectBandsInput`](crate::types::DetectBandsInput), its [builder](crate::types::DetectBandsInput::builder) or a JSON value checked against it. Output: [`DetectBandsOutput`](crate::types::DetectBandsOutput).
    pub fn detect_asset_bands(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::items_detect_asset_bands::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::items_detect_asset_bands::ItemsDetectAssetBands,
    > {
        self.client.api().request(body)
    }
    /// Duplicate an item with its assets + viz profiles (admin/editor on the project).
    ///
    /// `POST /v1/op/items.duplicate` · scope `items:write` · success `200`
    ///
    /// Body: [`ItemDuplicateInput`](crate::types::ItemDuplicateInput), its [builder](crate::types::ItemDuplicateInput::builder) or a JSON value checked against it. Output: [`ItemResponse`](crate::types::ItemResponse).
    pub fn duplicate(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::items_duplicate::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::items_duplicate::ItemsDuplicate,
    > {
        self.client.api().request(body)
    }
    /// Transition all past-expiry items to 'expired' (the hourly retention cron).
    ///
    /// `POST /v1/op/items.expire_batch` · scope `admin:write` · success `200`
    ///
    /// Body: [`Empty`](crate::types::Empty), its [builder](crate::types::Empty::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn expire_batch(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::items_expire_batch::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::items_expire_batch::ItemsExpireBatch,
    > {
        self.client.api().request(body)
    }
    /// Fetch a single catalog item by id.
    ///
    /// `POST /v1/op/items.get` · scope `items:read` · success `200`
    ///
    /// Body: [`ItemGetInput`](crate::types::ItemGetInput), its [builder](crate::types::ItemGetInput::builder) or a JSON value checked against it. Output: [`ItemGetOutput`](crate::types::ItemGetOutput).
    pub fn get(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::items_get::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::items_get::ItemsGet,
    > {
        self.client.api().request(body)
    }
    /// Get an item as a full STAC 1.0.0 Feature with embedded assets + links.
    ///
    /// `POST /v1/op/items.get_stac` · scope `items:read` · success `200`
    ///
    /// Body: [`ItemStacInput`](crate::types::ItemStacInput), its [builder](crate::types::ItemStacInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn get_stac(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::items_get_stac::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::items_get_stac::ItemsGetStac,
    > {
        self.client.api().request(body)
    }
    /// Get the lineage tree (parents + children) for an item.
    ///
    /// `POST /v1/op/items.lineage` · scope `items:read` · success `200`
    ///
    /// Body: [`ItemLineageInput`](crate::types::ItemLineageInput), its [builder](crate::types::ItemLineageInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn lineage(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::items_lineage::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::items_lineage::ItemsLineage,
    > {
        self.client.api().request(body)
    }
    /// List a project's items (optionally filtered by collection).
    ///
    /// `POST /v1/op/items.list` · scope `items:read` · success `200`
    ///
    /// Body: [`ItemsListInput`](crate::types::ItemsListInput), its [builder](crate::types::ItemsListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::items_list::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::items_list::ItemsList,
    > {
        self.client.api().request(body)
    }
    /// List all assets (files) attached to an item.
    ///
    /// `POST /v1/op/items.list_assets` · scope `items:read` · success `200`
    ///
    /// Body: [`ItemAssetsInput`](crate::types::ItemAssetsInput), its [builder](crate::types::ItemAssetsInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list_assets(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::items_list_assets::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::items_list_assets::ItemsListAssets,
    > {
        self.client.api().request(body)
    }
    /// List items in a collection (access via the collection's project).
    ///
    /// `POST /v1/op/items.list_by_collection` · scope `items:read` · success `200`
    ///
    /// Body: [`ItemsByCollectionInput`](crate::types::ItemsByCollectionInput), its [builder](crate::types::ItemsByCollectionInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list_by_collection(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::items_list_by_collection::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::items_list_by_collection::ItemsListByCollection,
    > {
        self.client.api().request(body)
    }
    /// List items approaching retention expiry (system-wide, for the notification cron).
    ///
    /// `POST /v1/op/items.list_expiring` · scope `admin:read` · success `200`
    ///
    /// Body: [`ExpiringInput`](crate::types::ExpiringInput), its [builder](crate::types::ExpiringInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list_expiring(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::items_list_expiring::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::items_list_expiring::ItemsListExpiring,
    > {
        self.client.api().request(body)
    }
    /// Search a project's items with STAC-compatible filters (project member access).
    ///
    /// `POST /v1/op/items.search` · scope `items:read` · success `200`
    ///
    /// Body: [`ProjectItemSearchInput`](crate::types::ProjectItemSearchInput), its [builder](crate::types::ProjectItemSearchInput::builder) or a JSON value checked against it. Output: [`FeatureCollectionOutput`](crate::types::FeatureCollectionOutput).
    pub fn search(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::items_search::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::items_search::ItemsSearch,
    > {
        self.client.api().request(body)
    }
    /// Search all items across the caller's organization (STAC-compatible).
    ///
    /// `POST /v1/op/items.search_org` · scope `items:read` · success `200`
    ///
    /// Body: [`OrgItemSearchInput`](crate::types::OrgItemSearchInput), its [builder](crate::types::OrgItemSearchInput::builder) or a JSON value checked against it. Output: [`FeatureCollectionOutput`](crate::types::FeatureCollectionOutput).
    pub fn search_org(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::items_search_org::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::items_search_org::ItemsSearchOrg,
    > {
        self.client.api().request(body)
    }
    /// Rename the bands on an item's asset (project member access).
    ///
    /// `POST /v1/op/items.set_asset_band_names` · scope `items:write` · success `200`
    ///
    /// Body: [`SetBandNamesInput`](crate::types::SetBandNamesInput), its [builder](crate::types::SetBandNamesInput::builder) or a JSON value checked against it. Output: [`AssetOutput`](crate::types::AssetOutput).
    pub fn set_asset_band_names(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::items_set_asset_band_names::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::items_set_asset_band_names::ItemsSetAssetBandNames,
    > {
        self.client.api().request(body)
    }
    /// Update an item's mutable metadata (editor/admin on its project).
    ///
    /// `POST /v1/op/items.update` · scope `items:write` · success `200`
    ///
    /// Body: [`ItemUpdateInput`](crate::types::ItemUpdateInput), its [builder](crate::types::ItemUpdateInput::builder) or a JSON value checked against it. Output: [`ItemResponse`](crate::types::ItemResponse).
    pub fn update(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::items_update::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::items_update::ItemsUpdate,
    > {
        self.client.api().request(body)
    }
}
/// The `items.asset` resource: `client.items().asset()`.
#[derive(Clone, Copy)]
pub struct ItemsAsset<'a> {
    client: &'a crate::Geopera,
}
impl<'a> ItemsAsset<'a> {
    /// Issue a signed, egress-tracked download URL for an item's asset.
    ///
    /// `POST /v1/op/items.asset.download` · scope `items:read` · success `200`
    ///
    /// Body: [`AssetDownloadInput`](crate::types::AssetDownloadInput), its [builder](crate::types::AssetDownloadInput::builder) or a JSON value checked against it. Output: [`DownloadDescriptor`](crate::views::DownloadDescriptor).
    pub fn download(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::items_asset_download::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::items_asset_download::ItemsAssetDownload,
    > {
        self.client.api().request(body)
    }
}
/// The `items.tile` resource: `client.items().tile()`.
#[derive(Clone, Copy)]
pub struct ItemsTile<'a> {
    client: &'a crate::Geopera,
}
impl<'a> ItemsTile<'a> {
    /// Render a map tile for one of our catalog items (profile or direct-param).
    ///
    /// `POST /v1/op/items.tile.render` · scope `items:read` · success `200`
    ///
    /// Body: [`ItemTileRenderInput`](crate::types::ItemTileRenderInput), its [builder](crate::types::ItemTileRenderInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn render(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::items_tile_render::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::items_tile_render::ItemsTileRender,
    > {
        self.client.api().request(body)
    }
    /// Global expression statistics (p2/p98 rescale) from the smallest COG overview.
    ///
    /// `POST /v1/op/items.tile.statistics` · scope `items:read` · success `200`
    ///
    /// Body: [`ItemStatisticsInput`](crate::types::ItemStatisticsInput), its [builder](crate::types::ItemStatisticsInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn statistics(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::items_tile_statistics::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::items_tile_statistics::ItemsTileStatistics,
    > {
        self.client.api().request(body)
    }
    /// TileJSON metadata for one of our catalog items.
    ///
    /// `POST /v1/op/items.tile.tilejson` · scope `items:read` · success `200`
    ///
    /// Body: [`ItemTilejsonInput`](crate::types::ItemTilejsonInput), its [builder](crate::types::ItemTilejsonInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn tilejson(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::items_tile_tilejson::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::items_tile_tilejson::ItemsTileTilejson,
    > {
        self.client.api().request(body)
    }
    /// OGC WMTS 1.0.0 GetCapabilities XML for one of our items.
    ///
    /// `POST /v1/op/items.tile.wmts_capabilities` · scope `items:read` · success `200`
    ///
    /// Body: [`ItemWmtsCapabilitiesInput`](crate::types::ItemWmtsCapabilitiesInput), its [builder](crate::types::ItemWmtsCapabilitiesInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn wmts_capabilities(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::items_tile_wmts_capabilities::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::items_tile_wmts_capabilities::ItemsTileWmtsCapabilities,
    > {
        self.client.api().request(body)
    }
    /// OGC WMTS GetTile (KVP) for one of our items.
    ///
    /// `POST /v1/op/items.tile.wmts_get_tile` · scope `items:read` · success `200`
    ///
    /// Body: [`ItemWmtsGetTileInput`](crate::types::ItemWmtsGetTileInput), its [builder](crate::types::ItemWmtsGetTileInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn wmts_get_tile(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::items_tile_wmts_get_tile::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::items_tile_wmts_get_tile::ItemsTileWmtsGetTile,
    > {
        self.client.api().request(body)
    }
}
/// The `notifications` resource: `client.notifications()`.
#[derive(Clone, Copy)]
pub struct Notifications<'a> {
    client: &'a crate::Geopera,
}
impl<'a> Notifications<'a> {
    /// Dismiss one of the caller's notifications (hide it from the list).
    ///
    /// `POST /v1/op/notifications.dismiss` · scope `notifications:write` · success `200`
    ///
    /// Body: [`NotificationRef`](crate::types::NotificationRef), its [builder](crate::types::NotificationRef::builder) or a JSON value checked against it. Output: [`NotificationOutput`](crate::types::NotificationOutput).
    pub fn dismiss(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::notifications_dismiss::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::notifications_dismiss::NotificationsDismiss,
    > {
        self.client.api().request(body)
    }
    /// List the caller's notifications, newest first (user-scoped inbox).
    ///
    /// `POST /v1/op/notifications.list` · scope `notifications:read` · success `200`
    ///
    /// Body: [`NotificationsListInput`](crate::types::NotificationsListInput), its [builder](crate::types::NotificationsListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::notifications_list::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::notifications_list::NotificationsList,
    > {
        self.client.api().request(body)
    }
    /// Mark all of the caller's unread notifications as read.
    ///
    /// `POST /v1/op/notifications.mark_all_read` · scope `notifications:write` · success `200`
    ///
    /// Body: [`Empty`](crate::types::Empty), its [builder](crate::types::Empty::builder) or a JSON value checked against it. Output: [`MarkAllReadOutput`](crate::types::MarkAllReadOutput).
    pub fn mark_all_read(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::notifications_mark_all_read::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::notifications_mark_all_read::NotificationsMarkAllRead,
    > {
        self.client.api().request(body)
    }
    /// Mark one of the caller's notifications as read.
    ///
    /// `POST /v1/op/notifications.mark_read` · scope `notifications:write` · success `200`
    ///
    /// Body: [`NotificationRef`](crate::types::NotificationRef), its [builder](crate::types::NotificationRef::builder) or a JSON value checked against it. Output: [`NotificationOutput`](crate::types::NotificationOutput).
    pub fn mark_read(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::notifications_mark_read::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::notifications_mark_read::NotificationsMarkRead,
    > {
        self.client.api().request(body)
    }
    /// Count the caller's unread, undismissed notifications (lightweight poll).
    ///
    /// `POST /v1/op/notifications.unread_count` · scope `notifications:read` · success `200`
    ///
    /// Body: [`Empty`](crate::types::Empty), its [builder](crate::types::Empty::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn unread_count(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::notifications_unread_count::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::notifications_unread_count::NotificationsUnreadCount,
    > {
        self.client.api().request(body)
    }
}
/// The `orders` resource: `client.orders()`.
#[derive(Clone, Copy)]
pub struct Orders<'a> {
    client: &'a crate::Geopera,
}
impl<'a> Orders<'a> {
    /// The `orders.archive` operations.
    pub fn archive(&self) -> OrdersArchive<'a> {
        OrdersArchive {
            client: self.client,
        }
    }
    /// The `orders.coverage` operations.
    pub fn coverage(&self) -> OrdersCoverage<'a> {
        OrdersCoverage {
            client: self.client,
        }
    }
    /// The `orders.tasking` operations.
    pub fn tasking(&self) -> OrdersTasking<'a> {
        OrdersTasking {
            client: self.client,
        }
    }
    /// Cancel an order (policy-gated), refunding/voiding its reservation.
    ///
    /// `POST /v1/op/orders.cancel` · scope `orders:write` · success `200`
    ///
    /// Body: [`OrderCancelInput`](crate::types::OrderCancelInput), its [builder](crate::types::OrderCancelInput::builder) or a JSON value checked against it. Output: [`OrderCancelOutput`](crate::types::OrderCancelOutput).
    pub fn cancel(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::orders_cancel::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_cancel::OrdersCancel,
    > {
        self.client.api().request(body)
    }
    /// Price-preview an order without committing (provider-compatible).
    ///
    /// `POST /v1/op/orders.estimate` · scope `items:read` · success `200`
    ///
    /// Body: [`EstimateInput`](crate::types::EstimateInput), its [builder](crate::types::EstimateInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn estimate(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::orders_estimate::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_estimate::OrdersEstimate,
    > {
        self.client.api().request(body)
    }
    /// Get a single order (org-scoped).
    ///
    /// `POST /v1/op/orders.get` · scope `orders:read` · success `200`
    ///
    /// Body: [`OrderGetInput`](crate::types::OrderGetInput), its [builder](crate::types::OrderGetInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn get(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::orders_get::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_get::OrdersGet,
    > {
        self.client.api().request(body)
    }
    /// Get the dynamic order-form schema for a data product (reference).
    ///
    /// `POST /v1/op/orders.get_schema` · scope `items:read` · success `200`
    ///
    /// Body: [`OrderSchemaInput`](crate::types::OrderSchemaInput), its [builder](crate::types::OrderSchemaInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn get_schema(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::orders_get_schema::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_get_schema::OrdersGetSchema,
    > {
        self.client.api().request(body)
    }
    /// List the org's orders (filtered, paged, provider-compatible).
    ///
    /// `POST /v1/op/orders.list` · scope `orders:read` · success `200`
    ///
    /// Body: [`OrdersListInput`](crate::types::OrdersListInput), its [builder](crate::types::OrdersListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::orders_list::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_list::OrdersList,
    > {
        self.client.api().request(body)
    }
    /// List the items + assets delivered for an order (STAC FeatureCollection).
    ///
    /// `POST /v1/op/orders.list_assets` · scope `items:read` · success `200`
    ///
    /// Body: [`OrderAssetsInput`](crate::types::OrderAssetsInput), its [builder](crate::types::OrderAssetsInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list_assets(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::orders_list_assets::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_list_assets::OrdersListAssets,
    > {
        self.client.api().request(body)
    }
    /// Place order(s) from a FeatureCollection (archive reserves; tasking queues feasibility).
    ///
    /// `POST /v1/op/orders.place` · scope `orders:write` · success `200`
    ///
    /// Body: [`OrderPlaceInput`](crate::types::OrderPlaceInput), its [builder](crate::types::OrderPlaceInput::builder) or a JSON value checked against it. Output: [`OrderPlaceOutput`](crate::types::OrderPlaceOutput).
    pub fn place(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::orders_place::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_place::OrdersPlace,
    > {
        self.client.api().request(body)
    }
    /// Patch an order's tags (metadata only; provider merge-patch).
    ///
    /// `POST /v1/op/orders.update` · scope `orders:write` · success `200`
    ///
    /// Body: [`OrderUpdateInput`](crate::types::OrderUpdateInput), its [builder](crate::types::OrderUpdateInput::builder) or a JSON value checked against it. Output: [`OrderUpdateOutput`](crate::types::OrderUpdateOutput).
    pub fn update(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::orders_update::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_update::OrdersUpdate,
    > {
        self.client.api().request(body)
    }
}
/// The `orders.archive` resource: `client.orders().archive()`.
#[derive(Clone, Copy)]
pub struct OrdersArchive<'a> {
    client: &'a crate::Geopera,
}
impl<'a> OrdersArchive<'a> {
    /// Preview the server-authoritative AOI price for a cart of archive captures.
    ///
    /// `POST /v1/op/orders.archive.estimate` · scope `orders:read` · success `200`
    ///
    /// Body: [`ArchiveEstimateInput`](crate::types::ArchiveEstimateInput), its [builder](crate::types::ArchiveEstimateInput::builder) or a JSON value checked against it. Output: [`ArchiveEstimateOutput`](crate::types::ArchiveEstimateOutput).
    pub fn estimate(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::orders_archive_estimate::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_archive_estimate::OrdersArchiveEstimate,
    > {
        self.client.api().request(body)
    }
    /// Invoke Archive Place
    ///
    /// `POST /v1/op/orders.archive.place` · scope `orders:write` · success `202`
    ///
    /// Body: an optional JSON object ([`JsonObject`](crate::JsonObject), a `serde_json::Value` or `()` for none). Output: untyped JSON (`serde_json::Value`).
    pub fn place(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::orders_archive_place::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_archive_place::OrdersArchivePlace,
    > {
        self.client.api().request(body)
    }
}
/// The `orders.coverage` resource: `client.orders().coverage()`.
#[derive(Clone, Copy)]
pub struct OrdersCoverage<'a> {
    client: &'a crate::Geopera,
}
impl<'a> OrdersCoverage<'a> {
    /// The `orders.coverage.groups` operations.
    pub fn groups(&self) -> OrdersCoverageGroups<'a> {
        OrdersCoverageGroups {
            client: self.client,
        }
    }
    /// Covered-vs-remainder coverage for a fulfilled/fulfilling tasking order.
    ///
    /// `POST /v1/op/orders.coverage.get` · scope `orders:read` · success `200`
    ///
    /// Body: [`CoverageInput`](crate::types::CoverageInput), its [builder](crate::types::CoverageInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn get(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::orders_coverage_get::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_coverage_get::OrdersCoverageGet,
    > {
        self.client.api().request(body)
    }
}
/// The `orders.coverage.groups` resource: `client.orders().coverage().groups()`.
#[derive(Clone, Copy)]
pub struct OrdersCoverageGroups<'a> {
    client: &'a crate::Geopera,
}
impl<'a> OrdersCoverageGroups<'a> {
    /// Per-AOI delivered-vs-requested coverage for a tasking order (any status).
    ///
    /// `POST /v1/op/orders.coverage.groups.list` · scope `orders:read` · success `200`
    ///
    /// Body: [`CoverageInput`](crate::types::CoverageInput), its [builder](crate::types::CoverageInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::orders_coverage_groups_list::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_coverage_groups_list::OrdersCoverageGroupsList,
    > {
        self.client.api().request(body)
    }
}
/// The `orders.tasking` resource: `client.orders().tasking()`.
#[derive(Clone, Copy)]
pub struct OrdersTasking<'a> {
    client: &'a crate::Geopera,
}
impl<'a> OrdersTasking<'a> {
    /// The `orders.tasking.decisions` operations.
    pub fn decisions(&self) -> OrdersTaskingDecisions<'a> {
        OrdersTaskingDecisions {
            client: self.client,
        }
    }
    /// The `orders.tasking.feasibility_studies` operations.
    pub fn feasibility_studies(&self) -> OrdersTaskingFeasibilityStudies<'a> {
        OrdersTaskingFeasibilityStudies {
            client: self.client,
        }
    }
    /// The `orders.tasking.groups` operations.
    pub fn groups(&self) -> OrdersTaskingGroups<'a> {
        OrdersTaskingGroups {
            client: self.client,
        }
    }
    /// The `orders.tasking.quotations` operations.
    pub fn quotations(&self) -> OrdersTaskingQuotations<'a> {
        OrdersTaskingQuotations {
            client: self.client,
        }
    }
    /// The `orders.tasking.templates` operations.
    pub fn templates(&self) -> OrdersTaskingTemplates<'a> {
        OrdersTaskingTemplates {
            client: self.client,
        }
    }
    /// Preview the server-authoritative price for an AOI-priced tasking request.
    ///
    /// `POST /v1/op/orders.tasking.estimate` · scope `orders:read` · success `200`
    ///
    /// Body: [`TaskingEstimateInput`](crate::types::TaskingEstimateInput), its [builder](crate::types::TaskingEstimateInput::builder) or a JSON value checked against it. Output: [`TaskingEstimateOutput`](crate::types::TaskingEstimateOutput).
    pub fn estimate(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::orders_tasking_estimate::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_tasking_estimate::OrdersTaskingEstimate,
    > {
        self.client.api().request(body)
    }
    /// Predict whether a tasking order needs a feasibility study (per-feature).
    ///
    /// `POST /v1/op/orders.tasking.feasibility_check` · scope `orders:read` · success `200`
    ///
    /// Body: [`FeasibilityCheckInput`](crate::types::FeasibilityCheckInput), its [builder](crate::types::FeasibilityCheckInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn feasibility_check(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::orders_tasking_feasibility_check::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_tasking_feasibility_check::OrdersTaskingFeasibilityCheck,
    > {
        self.client.api().request(body)
    }
    /// Accept a feasibility-study option (one-step priced accept reserves/post-pays).
    ///
    /// `POST /v1/op/orders.tasking.feasibility_decide` · scope `orders:write` · success `200`
    ///
    /// Body: [`FeasibilityDecideInput`](crate::types::FeasibilityDecideInput), its [builder](crate::types::FeasibilityDecideInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn feasibility_decide(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::orders_tasking_feasibility_decide::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_tasking_feasibility_decide::OrdersTaskingFeasibilityDecide,
    > {
        self.client.api().request(body)
    }
    /// Predicted satellite passes for a tasking AOI (manual-feasibility: empty).
    ///
    /// `POST /v1/op/orders.tasking.opportunities_list` · scope `orders:read` · success `200`
    ///
    /// Body: [`FeasibilityCheckInput`](crate::types::FeasibilityCheckInput), its [builder](crate::types::FeasibilityCheckInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn opportunities_list(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::orders_tasking_opportunities_list::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_tasking_opportunities_list::OrdersTaskingOpportunitiesList,
    > {
        self.client.api().request(body)
    }
    /// Invoke Tasking Place
    ///
    /// `POST /v1/op/orders.tasking.place` · scope `orders:write` · success `202`
    ///
    /// Body: an optional JSON object ([`JsonObject`](crate::JsonObject), a `serde_json::Value` or `()` for none). Output: untyped JSON (`serde_json::Value`).
    pub fn place(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::orders_tasking_place::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_tasking_place::OrdersTaskingPlace,
    > {
        self.client.api().request(body)
    }
    /// Accept or reject a tasking quotation (accept reserves/post-pays).
    ///
    /// `POST /v1/op/orders.tasking.quotation_decide` · scope `orders:write` · success `200`
    ///
    /// Body: [`QuotationDecideInput`](crate::types::QuotationDecideInput), its [builder](crate::types::QuotationDecideInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn quotation_decide(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::orders_tasking_quotation_decide::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_tasking_quotation_decide::OrdersTaskingQuotationDecide,
    > {
        self.client.api().request(body)
    }
    /// List the tasking sensor catalog (ids, resolution, bands, pricing inputs).
    ///
    /// `POST /v1/op/orders.tasking.sensors` · scope `orders:read` · success `200`
    ///
    /// Body: [`TaskingSensorsInput`](crate::types::TaskingSensorsInput), its [builder](crate::types::TaskingSensorsInput::builder) or a JSON value checked against it. Output: [`TaskingSensorsOutput`](crate::types::TaskingSensorsOutput).
    pub fn sensors(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::orders_tasking_sensors::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_tasking_sensors::OrdersTaskingSensors,
    > {
        self.client.api().request(body)
    }
}
/// The `orders.tasking.decisions` resource: `client.orders().tasking().decisions()`.
#[derive(Clone, Copy)]
pub struct OrdersTaskingDecisions<'a> {
    client: &'a crate::Geopera,
}
impl<'a> OrdersTaskingDecisions<'a> {
    /// Unified inbox of the org's pending tasking decisions (feasibility + quotation).
    ///
    /// `POST /v1/op/orders.tasking.decisions.pending` · scope `orders:read` · success `200`
    ///
    /// Body: [`DecisionsPendingInput`](crate::types::DecisionsPendingInput), its [builder](crate::types::DecisionsPendingInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn pending(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::orders_tasking_decisions_pending::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_tasking_decisions_pending::OrdersTaskingDecisionsPending,
    > {
        self.client.api().request(body)
    }
}
/// The `orders.tasking.feasibility_studies` resource: `client.orders().tasking().feasibility_studies()`.
#[derive(Clone, Copy)]
pub struct OrdersTaskingFeasibilityStudies<'a> {
    client: &'a crate::Geopera,
}
impl<'a> OrdersTaskingFeasibilityStudies<'a> {
    /// List the org's feasibility studies (+ their options, paged).
    ///
    /// `POST /v1/op/orders.tasking.feasibility_studies.list` · scope `orders:read` · success `200`
    ///
    /// Body: [`StudiesListInput`](crate::types::StudiesListInput), its [builder](crate::types::StudiesListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::orders_tasking_feasibility_studies_list::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_tasking_feasibility_studies_list::OrdersTaskingFeasibilityStudiesList,
    > {
        self.client.api().request(body)
    }
}
/// The `orders.tasking.groups` resource: `client.orders().tasking().groups()`.
#[derive(Clone, Copy)]
pub struct OrdersTaskingGroups<'a> {
    client: &'a crate::Geopera,
}
impl<'a> OrdersTaskingGroups<'a> {
    /// List an order's tasking groups (admin).
    ///
    /// `POST /v1/op/orders.tasking.groups.list` · scope `admin:read` · success `200`
    ///
    /// Body: [`TaskingGroupsInput`](crate::types::TaskingGroupsInput), its [builder](crate::types::TaskingGroupsInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::orders_tasking_groups_list::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_tasking_groups_list::OrdersTaskingGroupsList,
    > {
        self.client.api().request(body)
    }
}
/// The `orders.tasking.quotations` resource: `client.orders().tasking().quotations()`.
#[derive(Clone, Copy)]
pub struct OrdersTaskingQuotations<'a> {
    client: &'a crate::Geopera,
}
impl<'a> OrdersTaskingQuotations<'a> {
    /// List the org's tasking quotations (paged).
    ///
    /// `POST /v1/op/orders.tasking.quotations.list` · scope `orders:read` · success `200`
    ///
    /// Body: [`StudiesListInput`](crate::types::StudiesListInput), its [builder](crate::types::StudiesListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::orders_tasking_quotations_list::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_tasking_quotations_list::OrdersTaskingQuotationsList,
    > {
        self.client.api().request(body)
    }
}
/// The `orders.tasking.templates` resource: `client.orders().tasking().templates()`.
#[derive(Clone, Copy)]
pub struct OrdersTaskingTemplates<'a> {
    client: &'a crate::Geopera,
}
impl<'a> OrdersTaskingTemplates<'a> {
    /// Soft-delete a tasking template (org-scoped).
    ///
    /// `POST /v1/op/orders.tasking.templates.delete` · scope `orders:write` · success `200`
    ///
    /// Body: [`TemplateDeleteInput`](crate::types::TemplateDeleteInput), its [builder](crate::types::TemplateDeleteInput::builder) or a JSON value checked against it. Output: [`TemplateDeleteOutput`](crate::types::TemplateDeleteOutput).
    pub fn delete(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::orders_tasking_templates_delete::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_tasking_templates_delete::OrdersTaskingTemplatesDelete,
    > {
        self.client.api().request(body)
    }
    /// List the caller organization's active tasking templates.
    ///
    /// `POST /v1/op/orders.tasking.templates.list` · scope `orders:read` · success `200`
    ///
    /// Body: [`TemplateListInput`](crate::types::TemplateListInput), its [builder](crate::types::TemplateListInput::builder) or a JSON value checked against it. Output: [`TemplateListOutput`](crate::types::TemplateListOutput).
    pub fn list(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::orders_tasking_templates_list::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_tasking_templates_list::OrdersTaskingTemplatesList,
    > {
        self.client.api().request(body)
    }
    /// Save a reusable tasking acquisition template for the caller's organization.
    ///
    /// `POST /v1/op/orders.tasking.templates.save` · scope `orders:write` · success `200`
    ///
    /// Body: [`TemplateSaveInput`](crate::types::TemplateSaveInput), its [builder](crate::types::TemplateSaveInput::builder) or a JSON value checked against it. Output: [`TemplateSaveOutput`](crate::types::TemplateSaveOutput).
    pub fn save(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::orders_tasking_templates_save::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::orders_tasking_templates_save::OrdersTaskingTemplatesSave,
    > {
        self.client.api().request(body)
    }
}
/// The `organizations` resource: `client.organizations()`.
#[derive(Clone, Copy)]
pub struct Organizations<'a> {
    client: &'a crate::Geopera,
}
impl<'a> Organizations<'a> {
    /// The `organizations.commitments` operations.
    pub fn commitments(&self) -> OrganizationsCommitments<'a> {
        OrganizationsCommitments {
            client: self.client,
        }
    }
    /// Create an organization and enroll the caller as its owner (self-serve onboarding).
    ///
    /// `POST /v1/op/organizations.create` · scope `organizations:write` · success `200`
    ///
    /// Body: [`OrganizationCreateInput`](crate::types::OrganizationCreateInput), its [builder](crate::types::OrganizationCreateInput::builder) or a JSON value checked against it. Output: [`OrganizationCreateOutput`](crate::types::OrganizationCreateOutput).
    pub fn create(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::organizations_create::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::organizations_create::OrganizationsCreate,
    > {
        self.client.api().request(body)
    }
}
/// The `organizations.commitments` resource: `client.organizations().commitments()`.
#[derive(Clone, Copy)]
pub struct OrganizationsCommitments<'a> {
    client: &'a crate::Geopera,
}
impl<'a> OrganizationsCommitments<'a> {
    /// List the org's minimum commitments with server-computed burn-down + take-or-pay.
    ///
    /// `POST /v1/op/organizations.commitments.list` · scope `orders:read` · success `200`
    ///
    /// Body: [`CommitmentsListInput`](crate::types::CommitmentsListInput), its [builder](crate::types::CommitmentsListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::organizations_commitments_list::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::organizations_commitments_list::OrganizationsCommitmentsList,
    > {
        self.client.api().request(body)
    }
    /// Monthly enterprise statement: all activity (commitment lines flagged) + burn-down + settlement reconciliation.
    ///
    /// `POST /v1/op/organizations.commitments.statement` · scope `billing:read` · success `200`
    ///
    /// Body: [`StatementInput`](crate::types::StatementInput), its [builder](crate::types::StatementInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn statement(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::organizations_commitments_statement::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::organizations_commitments_statement::OrganizationsCommitmentsStatement,
    > {
        self.client.api().request(body)
    }
}
/// The `payment_methods` resource: `client.payment_methods()`.
#[derive(Clone, Copy)]
pub struct PaymentMethods<'a> {
    client: &'a crate::Geopera,
}
impl<'a> PaymentMethods<'a> {
    /// Persist a saved card (Airwallex Payment Consent) for the org.
    ///
    /// `POST /v1/op/payment_methods.attach` · scope `billing:write` · success `200`
    ///
    /// Body: [`AttachInput`](crate::types::AttachInput), its [builder](crate::types::AttachInput::builder) or a JSON value checked against it. Output: [`PaymentMethodOutput`](crate::types::PaymentMethodOutput).
    pub fn attach(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::payment_methods_attach::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::payment_methods_attach::PaymentMethodsAttach,
    > {
        self.client.api().request(body)
    }
    /// Start saving a card to the org (off-session) — returns the Airwallex client_secret + env.
    ///
    /// `POST /v1/op/payment_methods.create_setup_intent` · scope `billing:write` · success `200`
    ///
    /// Body: [`SetupIntentInput`](crate::types::SetupIntentInput), its [builder](crate::types::SetupIntentInput::builder) or a JSON value checked against it. Output: [`SetupIntentOutput`](crate::types::SetupIntentOutput).
    pub fn create_setup_intent(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::payment_methods_create_setup_intent::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::payment_methods_create_setup_intent::PaymentMethodsCreateSetupIntent,
    > {
        self.client.api().request(body)
    }
    /// Detach (remove) a saved payment method from the org.
    ///
    /// `POST /v1/op/payment_methods.detach` · scope `billing:write` · success `200`
    ///
    /// Body: [`DetachInput`](crate::types::DetachInput), its [builder](crate::types::DetachInput::builder) or a JSON value checked against it. Output: [`DetachOutput`](crate::types::DetachOutput).
    pub fn detach(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::payment_methods_detach::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::payment_methods_detach::PaymentMethodsDetach,
    > {
        self.client.api().request(body)
    }
    /// List the org's saved payment methods.
    ///
    /// `POST /v1/op/payment_methods.list` · scope `billing:read` · success `200`
    ///
    /// Body: [`Empty`](crate::types::Empty), its [builder](crate::types::Empty::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::payment_methods_list::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::payment_methods_list::PaymentMethodsList,
    > {
        self.client.api().request(body)
    }
    /// Make a saved payment method the org's default (used by off-session charges).
    ///
    /// `POST /v1/op/payment_methods.set_default` · scope `billing:write` · success `200`
    ///
    /// Body: [`SetDefaultInput`](crate::types::SetDefaultInput), its [builder](crate::types::SetDefaultInput::builder) or a JSON value checked against it. Output: [`PaymentMethodOutput`](crate::types::PaymentMethodOutput).
    pub fn set_default(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::payment_methods_set_default::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::payment_methods_set_default::PaymentMethodsSetDefault,
    > {
        self.client.api().request(body)
    }
}
/// The `processing` resource: `client.processing()`.
#[derive(Clone, Copy)]
pub struct Processing<'a> {
    client: &'a crate::Geopera,
}
impl<'a> Processing<'a> {
    /// The `processing.catalog` operations.
    pub fn catalog(&self) -> ProcessingCatalog<'a> {
        ProcessingCatalog {
            client: self.client,
        }
    }
    /// The `processing.job` operations.
    pub fn job(&self) -> ProcessingJob<'a> {
        ProcessingJob {
            client: self.client,
        }
    }
    /// The `processing.job_types` operations.
    pub fn job_types(&self) -> ProcessingJobTypes<'a> {
        ProcessingJobTypes {
            client: self.client,
        }
    }
    /// The `processing.jobs` operations.
    pub fn jobs(&self) -> ProcessingJobs<'a> {
        ProcessingJobs {
            client: self.client,
        }
    }
    /// The `processing.project_job` operations.
    pub fn project_job(&self) -> ProcessingProjectJob<'a> {
        ProcessingProjectJob {
            client: self.client,
        }
    }
    /// The `processing.project_jobs` operations.
    pub fn project_jobs(&self) -> ProcessingProjectJobs<'a> {
        ProcessingProjectJobs {
            client: self.client,
        }
    }
    /// Invoke Processing Create
    ///
    /// `POST /v1/op/processing.create` · scope `processing:process` · success `201`
    ///
    /// Body: an optional JSON object ([`JsonObject`](crate::JsonObject), a `serde_json::Value` or `()` for none). Output: untyped JSON (`serde_json::Value`).
    pub fn create(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::processing_create::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::processing_create::ProcessingCreate,
    > {
        self.client.api().request(body)
    }
    /// Invoke Create And Dispatch
    ///
    /// `POST /v1/op/processing.create_and_dispatch` · scope `processing:process` · success `200`
    ///
    /// Body: an optional JSON object ([`JsonObject`](crate::JsonObject), a `serde_json::Value` or `()` for none). Output: untyped JSON (`serde_json::Value`).
    pub fn create_and_dispatch(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::processing_create_and_dispatch::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::processing_create_and_dispatch::ProcessingCreateAndDispatch,
    > {
        self.client.api().request(body)
    }
    /// Dispatch an existing pending processing job to its registered worker.
    ///
    /// `POST /v1/op/processing.dispatch` · scope `processing:process` · success `200`
    ///
    /// Body: [`ProcessingDispatchInput`](crate::types::ProcessingDispatchInput), its [builder](crate::types::ProcessingDispatchInput::builder) or a JSON value checked against it. Output: [`ProcessingDispatchOutput`](crate::types::ProcessingDispatchOutput).
    pub fn dispatch(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::processing_dispatch::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::processing_dispatch::ProcessingDispatch,
    > {
        self.client.api().request(body)
    }
    /// Execute a process (reserve credits + dispatch a job).
    ///
    /// `POST /v1/op/processing.execute` · scope `processing:process` · success `200`
    ///
    /// Body: [`ProcessExecuteInput`](crate::types::ProcessExecuteInput), its [builder](crate::types::ProcessExecuteInput::builder) or a JSON value checked against it. Output: [`ProcessExecuteOutput`](crate::types::ProcessExecuteOutput).
    pub fn execute(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::processing_execute::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::processing_execute::ProcessingExecute,
    > {
        self.client.api().request(body)
    }
}
/// The `processing.catalog` resource: `client.processing().catalog()`.
#[derive(Clone, Copy)]
pub struct ProcessingCatalog<'a> {
    client: &'a crate::Geopera,
}
impl<'a> ProcessingCatalog<'a> {
    /// Estimate the cost of running a process with the given inputs.
    ///
    /// `POST /v1/op/processing.catalog.estimate` · scope `processing:read` · success `200`
    ///
    /// Body: [`ProcessRunInput`](crate::types::ProcessRunInput), its [builder](crate::types::ProcessRunInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn estimate(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::processing_catalog_estimate::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::processing_catalog_estimate::ProcessingCatalogEstimate,
    > {
        self.client.api().request(body)
    }
    /// Get one process description (public).
    ///
    /// `POST /v1/op/processing.catalog.get` · scope `processing:read` · success `200`
    ///
    /// Body: [`ProcessGetInput`](crate::types::ProcessGetInput), its [builder](crate::types::ProcessGetInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn get(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::processing_catalog_get::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::processing_catalog_get::ProcessingCatalogGet,
    > {
        self.client.api().request(body)
    }
    /// List available processes (OGC process catalog, public).
    ///
    /// `POST /v1/op/processing.catalog.list` · scope `processing:read` · success `200`
    ///
    /// Body: [`Empty`](crate::types::Empty), its [builder](crate::types::Empty::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::processing_catalog_list::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::processing_catalog_list::ProcessingCatalogList,
    > {
        self.client.api().request(body)
    }
    /// Validate process inputs (provider returns empty body on success).
    ///
    /// `POST /v1/op/processing.catalog.validate` · scope `processing:read` · success `200`
    ///
    /// Body: [`ProcessRunInput`](crate::types::ProcessRunInput), its [builder](crate::types::ProcessRunInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn validate(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::processing_catalog_validate::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::processing_catalog_validate::ProcessingCatalogValidate,
    > {
        self.client.api().request(body)
    }
}
/// The `processing.job` resource: `client.processing().job()`.
#[derive(Clone, Copy)]
pub struct ProcessingJob<'a> {
    client: &'a crate::Geopera,
}
impl<'a> ProcessingJob<'a> {
    /// Delete any processing job by id (org-scoped).
    ///
    /// `POST /v1/op/processing.job.delete` · scope `clip:destroy` · success `200`
    ///
    /// Body: [`ProcessingJobInput`](crate::types::ProcessingJobInput), its [builder](crate::types::ProcessingJobInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn delete(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::processing_job_delete::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::processing_job_delete::ProcessingJobDelete,
    > {
        self.client.api().request(body)
    }
    /// Get a processing job by id (provider facade, org-scoped).
    ///
    /// `POST /v1/op/processing.job.get` · scope `processing:read` · success `200`
    ///
    /// Body: [`JobGetInput`](crate::types::JobGetInput), its [builder](crate::types::JobGetInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn get(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::processing_job_get::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::processing_job_get::ProcessingJobGet,
    > {
        self.client.api().request(body)
    }
    /// Register a completed job's outputs + settle its credit reservation.
    ///
    /// `POST /v1/op/processing.job.register` · scope `processing:process` · success `200`
    ///
    /// Body: [`JobRegisterInput`](crate::types::JobRegisterInput), its [builder](crate::types::JobRegisterInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn register(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::processing_job_register::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::processing_job_register::ProcessingJobRegister,
    > {
        self.client.api().request(body)
    }
    /// Tile rendering info for any completed processing job (clip/bathy outputs).
    ///
    /// `POST /v1/op/processing.job.tile_info` · scope `clip:read` · success `200`
    ///
    /// Body: [`ProcessingJobInput`](crate::types::ProcessingJobInput), its [builder](crate::types::ProcessingJobInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn tile_info(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::processing_job_tile_info::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::processing_job_tile_info::ProcessingJobTileInfo,
    > {
        self.client.api().request(body)
    }
}
/// The `processing.job_types` resource: `client.processing().job_types()`.
#[derive(Clone, Copy)]
pub struct ProcessingJobTypes<'a> {
    client: &'a crate::Geopera,
}
impl<'a> ProcessingJobTypes<'a> {
    /// List available processing job types (optionally by category).
    ///
    /// `POST /v1/op/processing.job_types.list` · scope `processing:read` · success `200`
    ///
    /// Body: [`JobTypesInput`](crate::types::JobTypesInput), its [builder](crate::types::JobTypesInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::processing_job_types_list::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::processing_job_types_list::ProcessingJobTypesList,
    > {
        self.client.api().request(body)
    }
}
/// The `processing.jobs` resource: `client.processing().jobs()`.
#[derive(Clone, Copy)]
pub struct ProcessingJobs<'a> {
    client: &'a crate::Geopera,
}
impl<'a> ProcessingJobs<'a> {
    /// List the org's processing jobs (provider facade, org-scoped).
    ///
    /// `POST /v1/op/processing.jobs.list` · scope `processing:read` · success `200`
    ///
    /// Body: [`JobsListInput`](crate::types::JobsListInput), its [builder](crate::types::JobsListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::processing_jobs_list::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::processing_jobs_list::ProcessingJobsList,
    > {
        self.client.api().request(body)
    }
}
/// The `processing.project_job` resource: `client.processing().project_job()`.
#[derive(Clone, Copy)]
pub struct ProcessingProjectJob<'a> {
    client: &'a crate::Geopera,
}
impl<'a> ProcessingProjectJob<'a> {
    /// Get a processing job by id (org match + project access).
    ///
    /// `POST /v1/op/processing.project_job.get` · scope `processing:read` · success `200`
    ///
    /// Body: [`ProjectJobGetInput`](crate::types::ProjectJobGetInput), its [builder](crate::types::ProjectJobGetInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn get(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::processing_project_job_get::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::processing_project_job_get::ProcessingProjectJobGet,
    > {
        self.client.api().request(body)
    }
}
/// The `processing.project_jobs` resource: `client.processing().project_jobs()`.
#[derive(Clone, Copy)]
pub struct ProcessingProjectJobs<'a> {
    client: &'a crate::Geopera,
}
impl<'a> ProcessingProjectJobs<'a> {
    /// List a project's processing jobs (project member access).
    ///
    /// `POST /v1/op/processing.project_jobs.list` · scope `processing:read` · success `200`
    ///
    /// Body: [`ProjectJobsInput`](crate::types::ProjectJobsInput), its [builder](crate::types::ProjectJobsInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::processing_project_jobs_list::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::processing_project_jobs_list::ProcessingProjectJobsList,
    > {
        self.client.api().request(body)
    }
}
/// The `projects` resource: `client.projects()`.
#[derive(Clone, Copy)]
pub struct Projects<'a> {
    client: &'a crate::Geopera,
}
impl<'a> Projects<'a> {
    /// Add a member to a workspace (project admin/owner).
    ///
    /// `POST /v1/op/projects.add_member` · scope `projects:write` · success `200`
    ///
    /// Body: [`AddMemberInput`](crate::types::AddMemberInput), its [builder](crate::types::AddMemberInput::builder) or a JSON value checked against it. Output: [`MemberOutput`](crate::types::MemberOutput).
    pub fn add_member(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::projects_add_member::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::projects_add_member::ProjectsAddMember,
    > {
        self.client.api().request(body)
    }
    /// Archive a workspace, hiding it from the default list (project admin/owner).
    ///
    /// `POST /v1/op/projects.archive` · scope `projects:write` · success `200`
    ///
    /// Body: [`ProjectArchiveInput`](crate::types::ProjectArchiveInput), its [builder](crate::types::ProjectArchiveInput::builder) or a JSON value checked against it. Output: [`ProjectResponse`](crate::types::ProjectResponse).
    pub fn archive(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::projects_archive::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::projects_archive::ProjectsArchive,
    > {
        self.client.api().request(body)
    }
    /// Create a workspace in the caller's organization.
    ///
    /// `POST /v1/op/projects.create` · scope `projects:write` · success `200`
    ///
    /// Body: [`ProjectCreate`](crate::types::ProjectCreate), its [builder](crate::types::ProjectCreate::builder) or a JSON value checked against it. Output: [`ProjectResponse`](crate::types::ProjectResponse).
    pub fn create(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::projects_create::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::projects_create::ProjectsCreate,
    > {
        self.client.api().request(body)
    }
    /// Permanently delete a workspace and all its data (project admin/owner).
    ///
    /// `POST /v1/op/projects.delete` · scope `projects:write` · success `200`
    ///
    /// Body: [`ProjectDeleteInput`](crate::types::ProjectDeleteInput), its [builder](crate::types::ProjectDeleteInput::builder) or a JSON value checked against it. Output: [`ProjectDeleteOutput`](crate::types::ProjectDeleteOutput).
    pub fn delete(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::projects_delete::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::projects_delete::ProjectsDelete,
    > {
        self.client.api().request(body)
    }
    /// Remove a member from a workspace (project admin/owner).
    ///
    /// `POST /v1/op/projects.remove_member` · scope `projects:write` · success `200`
    ///
    /// Body: [`RemoveMemberInput`](crate::types::RemoveMemberInput), its [builder](crate::types::RemoveMemberInput::builder) or a JSON value checked against it. Output: [`RemoveMemberOutput`](crate::types::RemoveMemberOutput).
    pub fn remove_member(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::projects_remove_member::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::projects_remove_member::ProjectsRemoveMember,
    > {
        self.client.api().request(body)
    }
    /// Update a workspace's metadata (project admin/owner).
    ///
    /// `POST /v1/op/projects.update` · scope `projects:write` · success `200`
    ///
    /// Body: [`ProjectUpdateInput`](crate::types::ProjectUpdateInput), its [builder](crate::types::ProjectUpdateInput::builder) or a JSON value checked against it. Output: [`ProjectResponse`](crate::types::ProjectResponse).
    pub fn update(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::projects_update::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::projects_update::ProjectsUpdate,
    > {
        self.client.api().request(body)
    }
    /// Change a member's role in a workspace (project admin/owner).
    ///
    /// `POST /v1/op/projects.update_member` · scope `projects:write` · success `200`
    ///
    /// Body: [`UpdateMemberInput`](crate::types::UpdateMemberInput), its [builder](crate::types::UpdateMemberInput::builder) or a JSON value checked against it. Output: [`MemberOutput`](crate::types::MemberOutput).
    pub fn update_member(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::projects_update_member::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::projects_update_member::ProjectsUpdateMember,
    > {
        self.client.api().request(body)
    }
}
/// The `provenance` resource: `client.provenance()`.
#[derive(Clone, Copy)]
pub struct Provenance<'a> {
    client: &'a crate::Geopera,
}
impl<'a> Provenance<'a> {
    ///
    /// `POST /v1/op/provenance.get` · scope `provenance:read` · success `200`
    ///
    /// Body: [`LineageGetInput`](crate::types::LineageGetInput), its [builder](crate::types::LineageGetInput::builder) or a JSON value checked against it. Output: [`LineageGetOutput`](crate::types::LineageGetOutput).
    pub fn get(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::provenance_get::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::provenance_get::ProvenanceGet,
    > {
        self.client.api().request(body)
    }
}
/// The `reports` resource: `client.reports()`.
#[derive(Clone, Copy)]
pub struct Reports<'a> {
    client: &'a crate::Geopera,
}
impl<'a> Reports<'a> {
    /// Invoke Reports Generate
    ///
    /// Render + export a report.
    ///
    /// `POST /v1/op/reports.generate` · scope `reports:read` · success `200`
    ///
    /// Body: an optional JSON object ([`JsonObject`](crate::JsonObject), a `serde_json::Value` or `()` for none). Output: untyped JSON (`serde_json::Value`).
    pub fn generate(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::reports_generate::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::reports_generate::ReportsGenerate,
    > {
        self.client.api().request(body)
    }
}
/// The `share` resource: `client.share()`.
#[derive(Clone, Copy)]
pub struct Share<'a> {
    client: &'a crate::Geopera,
}
impl<'a> Share<'a> {
    /// The `share.link` operations.
    pub fn link(&self) -> ShareLink<'a> {
        ShareLink { client: self.client }
    }
    /// The `share.tile` operations.
    pub fn tile(&self) -> ShareTile<'a> {
        ShareTile { client: self.client }
    }
    /// TileJSON for a publicly-shared item (token + password).
    ///
    /// `POST /v1/op/share.tilejson` · scope `shares:read` · success `200`
    ///
    /// Body: [`ShareTilejsonInput`](crate::types::ShareTilejsonInput), its [builder](crate::types::ShareTilejsonInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn tilejson(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::share_tilejson::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::share_tilejson::ShareTilejson,
    > {
        self.client.api().request(body)
    }
}
/// The `share.link` resource: `client.share().link()`.
#[derive(Clone, Copy)]
pub struct ShareLink<'a> {
    client: &'a crate::Geopera,
}
impl<'a> ShareLink<'a> {
    /// Create a password-protected share link for an item or collection.
    ///
    /// `POST /v1/op/share.link.create` · scope `shares:write` · success `200`
    ///
    /// Body: [`ShareLinkCreate`](crate::types::ShareLinkCreate), its [builder](crate::types::ShareLinkCreate::builder) or a JSON value checked against it. Output: [`ShareLinkCreateOutput`](crate::types::ShareLinkCreateOutput).
    pub fn create(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::share_link_create::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::share_link_create::ShareLinkCreate,
    > {
        self.client.api().request(body)
    }
    /// Revoke a share link (editor/admin on the shared target's project).
    ///
    /// `POST /v1/op/share.link.revoke` · scope `shares:write` · success `200`
    ///
    /// Body: [`ShareLinkRevokeInput`](crate::types::ShareLinkRevokeInput), its [builder](crate::types::ShareLinkRevokeInput::builder) or a JSON value checked against it. Output: [`ShareLinkRevokeOutput`](crate::types::ShareLinkRevokeOutput).
    pub fn revoke(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::share_link_revoke::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::share_link_revoke::ShareLinkRevoke,
    > {
        self.client.api().request(body)
    }
    /// Validate a share link (token + password) and return the shared target.
    ///
    /// `POST /v1/op/share.link.validate` · scope `shares:read` · success `200`
    ///
    /// Body: [`ShareLinkValidateInput`](crate::types::ShareLinkValidateInput), its [builder](crate::types::ShareLinkValidateInput::builder) or a JSON value checked against it. Output: [`ShareLinkValidateOutput`](crate::types::ShareLinkValidateOutput).
    pub fn validate(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::share_link_validate::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::share_link_validate::ShareLinkValidate,
    > {
        self.client.api().request(body)
    }
}
/// The `share.tile` resource: `client.share().tile()`.
#[derive(Clone, Copy)]
pub struct ShareTile<'a> {
    client: &'a crate::Geopera,
}
impl<'a> ShareTile<'a> {
    /// Render a map tile for a publicly-shared item (sharer-billed).
    ///
    /// `POST /v1/op/share.tile.render` · scope `shares:read` · success `200`
    ///
    /// Body: [`ShareTileInput`](crate::types::ShareTileInput), its [builder](crate::types::ShareTileInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn render(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::share_tile_render::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::share_tile_render::ShareTileRender,
    > {
        self.client.api().request(body)
    }
}
/// The `stac` resource: `client.stac()`.
#[derive(Clone, Copy)]
pub struct Stac<'a> {
    client: &'a crate::Geopera,
}
impl<'a> Stac<'a> {
    /// The `stac.collections` operations.
    pub fn collections(&self) -> StacCollections<'a> {
        StacCollections {
            client: self.client,
        }
    }
    /// Cross-collection STAC search (CQL2-JSON / bbox / intersects), org-scoped.
    ///
    /// `POST /v1/op/stac.search` · scope `items:read` · success `200`
    ///
    /// Body: [`SearchInput`](crate::types::SearchInput), its [builder](crate::types::SearchInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn search(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::stac_search::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::stac_search::StacSearch,
    > {
        self.client.api().request(body)
    }
}
/// The `stac.collections` resource: `client.stac().collections()`.
#[derive(Clone, Copy)]
pub struct StacCollections<'a> {
    client: &'a crate::Geopera,
}
impl<'a> StacCollections<'a> {
    /// List STAC Collections owned by the caller's organization (provider-compatible).
    ///
    /// `POST /v1/op/stac.collections.list` · scope `items:read` · success `200`
    ///
    /// Body: [`StacCollectionsListInput`](crate::types::StacCollectionsListInput), its [builder](crate::types::StacCollectionsListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::stac_collections_list::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::stac_collections_list::StacCollectionsList,
    > {
        self.client.api().request(body)
    }
}
/// The `uploads` resource: `client.uploads()`.
#[derive(Clone, Copy)]
pub struct Uploads<'a> {
    client: &'a crate::Geopera,
}
impl<'a> Uploads<'a> {
    /// Invoke Uploads Complete
    ///
    /// `POST /v1/op/uploads.complete` · scope `uploads:write` · success `200`
    ///
    /// Body: an optional JSON object ([`JsonObject`](crate::JsonObject), a `serde_json::Value` or `()` for none). Output: [`UploadCompleted`](crate::views::UploadCompleted).
    pub fn complete(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::uploads_complete::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::uploads_complete::UploadsComplete,
    > {
        self.client.api().request(body)
    }
    /// Mark an upload session failed, releasing its storage reservation.
    ///
    /// `POST /v1/op/uploads.fail` · scope `uploads:write` · success `200`
    ///
    /// Body: [`UploadFailInput`](crate::types::UploadFailInput), its [builder](crate::types::UploadFailInput::builder) or a JSON value checked against it. Output: [`UploadOutput`](crate::types::UploadOutput).
    pub fn fail(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::uploads_fail::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::uploads_fail::UploadsFail,
    > {
        self.client.api().request(body)
    }
    /// Start an upload session, reserving storage quota (editor/admin on the project).
    ///
    /// `POST /v1/op/uploads.initiate` · scope `uploads:write` · success `200`
    ///
    /// Body: [`UploadInitiate`](crate::types::UploadInitiate), its [builder](crate::types::UploadInitiate::builder) or a JSON value checked against it. Output: [`UploadOutput`](crate::types::UploadOutput).
    pub fn initiate(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::uploads_initiate::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::uploads_initiate::UploadsInitiate,
    > {
        self.client.api().request(body)
    }
    /// Update an upload session's progress.
    ///
    /// `POST /v1/op/uploads.progress` · scope `uploads:write` · success `200`
    ///
    /// Body: [`UploadProgressInput`](crate::types::UploadProgressInput), its [builder](crate::types::UploadProgressInput::builder) or a JSON value checked against it. Output: [`UploadOutput`](crate::types::UploadOutput).
    pub fn progress(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::uploads_progress::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::uploads_progress::UploadsProgress,
    > {
        self.client.api().request(body)
    }
    /// Mint a signed URL for uploading a file into an upload session.
    ///
    /// `POST /v1/op/uploads.signed_url` · scope `uploads:write` · success `200`
    ///
    /// Body: [`SignedUrlInput`](crate::types::SignedUrlInput), its [builder](crate::types::SignedUrlInput::builder) or a JSON value checked against it. Output: [`SignedUrlOutput`](crate::types::SignedUrlOutput).
    pub fn signed_url(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::uploads_signed_url::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::uploads_signed_url::UploadsSignedUrl,
    > {
        self.client.api().request(body)
    }
}
/// The `usage` resource: `client.usage()`.
#[derive(Clone, Copy)]
pub struct Usage<'a> {
    client: &'a crate::Geopera,
}
impl<'a> Usage<'a> {
    /// Usage stats for the current billing period (storage, tiles, credits, jobs).
    ///
    /// `POST /v1/op/usage.current` · scope `usage:read` · success `200`
    ///
    /// Body: [`UsageCurrentInput`](crate::types::UsageCurrentInput), its [builder](crate::types::UsageCurrentInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn current(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::usage_current::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::usage_current::UsageCurrent,
    > {
        self.client.api().request(body)
    }
    /// Historical usage (tile requests + peak storage) for the past N months.
    ///
    /// `POST /v1/op/usage.history` · scope `usage:read` · success `200`
    ///
    /// Body: [`UsageHistoryInput`](crate::types::UsageHistoryInput), its [builder](crate::types::UsageHistoryInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn history(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::usage_history::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::usage_history::UsageHistory,
    > {
        self.client.api().request(body)
    }
    /// Recalculate an org's storage from actual stored assets (org admin).
    ///
    /// `POST /v1/op/usage.recalculate_storage` · scope `usage:write` · success `200`
    ///
    /// Body: [`RecalculateInput`](crate::types::RecalculateInput), its [builder](crate::types::RecalculateInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn recalculate_storage(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::usage_recalculate_storage::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::usage_recalculate_storage::UsageRecalculateStorage,
    > {
        self.client.api().request(body)
    }
}
/// The `visualization` resource: `client.visualization()`.
#[derive(Clone, Copy)]
pub struct Visualization<'a> {
    client: &'a crate::Geopera,
}
impl<'a> Visualization<'a> {
    /// The `visualization.profile` operations.
    pub fn profile(&self) -> VisualizationProfile<'a> {
        VisualizationProfile {
            client: self.client,
        }
    }
    /// The `visualization.profiles` operations.
    pub fn profiles(&self) -> VisualizationProfiles<'a> {
        VisualizationProfiles {
            client: self.client,
        }
    }
    /// The visualizations available for an item — RGB/index/elevation — backend-owned + resolved.
    ///
    /// `POST /v1/op/visualization.list_for` · scope `tiles:read` · success `200`
    ///
    /// Body: [`VisualizationListInput`](crate::types::VisualizationListInput), its [builder](crate::types::VisualizationListInput::builder) or a JSON value checked against it. Output: [`VisualizationListOutput`](crate::types::VisualizationListOutput).
    pub fn list_for(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::visualization_list_for::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::visualization_list_for::VisualizationListFor,
    > {
        self.client.api().request(body)
    }
}
/// The `visualization.profile` resource: `client.visualization().profile()`.
#[derive(Clone, Copy)]
pub struct VisualizationProfile<'a> {
    client: &'a crate::Geopera,
}
impl<'a> VisualizationProfile<'a> {
    /// Create a visualization profile for an item (editor/admin).
    ///
    /// `POST /v1/op/visualization.profile.create` · scope `items:write` · success `200`
    ///
    /// Body: [`ProfileCreateInput`](crate::types::ProfileCreateInput), its [builder](crate::types::ProfileCreateInput::builder) or a JSON value checked against it. Output: [`ProfileResponse`](crate::types::ProfileResponse).
    pub fn create(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::visualization_profile_create::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::visualization_profile_create::VisualizationProfileCreate,
    > {
        self.client.api().request(body)
    }
    /// Delete a visualization profile (editor/admin).
    ///
    /// `POST /v1/op/visualization.profile.delete` · scope `items:write` · success `200`
    ///
    /// Body: [`ProfileRef`](crate::types::ProfileRef), its [builder](crate::types::ProfileRef::builder) or a JSON value checked against it. Output: [`OkOutput`](crate::types::OkOutput).
    pub fn delete(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::visualization_profile_delete::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::visualization_profile_delete::VisualizationProfileDelete,
    > {
        self.client.api().request(body)
    }
    /// Get a single visualization profile for an item.
    ///
    /// `POST /v1/op/visualization.profile.get` · scope `items:read` · success `200`
    ///
    /// Body: [`ProfileGetInput`](crate::types::ProfileGetInput), its [builder](crate::types::ProfileGetInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn get(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::visualization_profile_get::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::visualization_profile_get::VisualizationProfileGet,
    > {
        self.client.api().request(body)
    }
    /// Set a profile as the item's default (editor/admin).
    ///
    /// `POST /v1/op/visualization.profile.set_default` · scope `items:write` · success `200`
    ///
    /// Body: [`ProfileRef`](crate::types::ProfileRef), its [builder](crate::types::ProfileRef::builder) or a JSON value checked against it. Output: [`ProfileResponse`](crate::types::ProfileResponse).
    pub fn set_default(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::visualization_profile_set_default::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::visualization_profile_set_default::VisualizationProfileSetDefault,
    > {
        self.client.api().request(body)
    }
    /// Update a visualization profile (editor/admin).
    ///
    /// `POST /v1/op/visualization.profile.update` · scope `items:write` · success `200`
    ///
    /// Body: [`ProfileUpdateInput`](crate::types::ProfileUpdateInput), its [builder](crate::types::ProfileUpdateInput::builder) or a JSON value checked against it. Output: [`ProfileResponse`](crate::types::ProfileResponse).
    pub fn update(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::visualization_profile_update::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::visualization_profile_update::VisualizationProfileUpdate,
    > {
        self.client.api().request(body)
    }
}
/// The `visualization.profiles` resource: `client.visualization().profiles()`.
#[derive(Clone, Copy)]
pub struct VisualizationProfiles<'a> {
    client: &'a crate::Geopera,
}
impl<'a> VisualizationProfiles<'a> {
    /// List all visualization profiles for an item (ordered by sort_order, created_at).
    ///
    /// `POST /v1/op/visualization.profiles.list` · scope `items:read` · success `200`
    ///
    /// Body: [`ProfilesListInput`](crate::types::ProfilesListInput), its [builder](crate::types::ProfilesListInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn list(
        &self,
        body: impl crate::IntoBody<
            ::geopera_api::operations::visualization_profiles_list::Body,
        >,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::visualization_profiles_list::VisualizationProfilesList,
    > {
        self.client.api().request(body)
    }
}
/// The `webhooks` resource: `client.webhooks()`.
#[derive(Clone, Copy)]
pub struct Webhooks<'a> {
    client: &'a crate::Geopera,
}
impl<'a> Webhooks<'a> {
    /// Deliver due/retryable webhook deliveries (cron drainer).
    ///
    /// `POST /v1/op/webhooks.drain` · scope `admin:write` · success `200`
    ///
    /// Body: [`DrainInput`](crate::types::DrainInput), its [builder](crate::types::DrainInput::builder) or a JSON value checked against it. Output: untyped JSON (`serde_json::Value`).
    pub fn drain(
        &self,
        body: impl crate::IntoBody<::geopera_api::operations::webhooks_drain::Body>,
    ) -> ::geopera_api::RequestBuilder<
        'a,
        ::geopera_api::operations::webhooks_drain::WebhooksDrain,
    > {
        self.client.api().request(body)
    }
}
/// Every operation id with a function that reaches it through the resource tree.
///
/// Used by the tests to prove the tree covers the spec; nothing is sent.
#[doc(hidden)]
pub static REACHABILITY: &[(&str, fn(&crate::Geopera) -> &'static str)] = &[
    (
        "alerts.acknowledge_event",
        |client: &crate::Geopera| {
            client.alerts().acknowledge_event(::serde_json::Value::Null).info().id
        },
    ),
    (
        "alerts.create_rule",
        |client: &crate::Geopera| {
            client.alerts().create_rule(::serde_json::Value::Null).info().id
        },
    ),
    (
        "alerts.delete_rule",
        |client: &crate::Geopera| {
            client.alerts().delete_rule(::serde_json::Value::Null).info().id
        },
    ),
    (
        "alerts.events.list",
        |client: &crate::Geopera| {
            client.alerts().events().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "alerts.rule.get",
        |client: &crate::Geopera| {
            client.alerts().rule().get(::serde_json::Value::Null).info().id
        },
    ),
    (
        "alerts.rules.list",
        |client: &crate::Geopera| {
            client.alerts().rules().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "alerts.test_rule",
        |client: &crate::Geopera| {
            client.alerts().test_rule(::serde_json::Value::Null).info().id
        },
    ),
    (
        "alerts.update_rule",
        |client: &crate::Geopera| {
            client.alerts().update_rule(::serde_json::Value::Null).info().id
        },
    ),
    (
        "analytics.band_math",
        |client: &crate::Geopera| {
            client.analytics().band_math(::serde_json::Value::Null).info().id
        },
    ),
    (
        "analytics.calculate_index",
        |client: &crate::Geopera| {
            client.analytics().calculate_index(::serde_json::Value::Null).info().id
        },
    ),
    (
        "analytics.execute",
        |client: &crate::Geopera| {
            client.analytics().execute(::serde_json::Value::Null).info().id
        },
    ),
    (
        "analytics.index.get",
        |client: &crate::Geopera| {
            client.analytics().index().get(::serde_json::Value::Null).info().id
        },
    ),
    (
        "analytics.indices.list",
        |client: &crate::Geopera| {
            client.analytics().indices().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "analytics.operations.get",
        |client: &crate::Geopera| {
            client.analytics().operations().get(::serde_json::Value::Null).info().id
        },
    ),
    (
        "analytics.operations.list",
        |client: &crate::Geopera| {
            client.analytics().operations().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "analytics.sensors.list",
        |client: &crate::Geopera| {
            client.analytics().sensors().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "analytics.validate_formula",
        |client: &crate::Geopera| {
            client.analytics().validate_formula(::serde_json::Value::Null).info().id
        },
    ),
    (
        "api_keys.create",
        |client: &crate::Geopera| {
            client.api_keys().create(::serde_json::Value::Null).info().id
        },
    ),
    (
        "api_keys.list",
        |client: &crate::Geopera| {
            client.api_keys().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "api_keys.revoke",
        |client: &crate::Geopera| {
            client.api_keys().revoke(::serde_json::Value::Null).info().id
        },
    ),
    (
        "assets.delete",
        |client: &crate::Geopera| {
            client.assets().delete(::serde_json::Value::Null).info().id
        },
    ),
    (
        "band_formulas.create",
        |client: &crate::Geopera| {
            client.band_formulas().create(::serde_json::Value::Null).info().id
        },
    ),
    (
        "band_formulas.delete",
        |client: &crate::Geopera| {
            client.band_formulas().delete(::serde_json::Value::Null).info().id
        },
    ),
    (
        "band_formulas.get",
        |client: &crate::Geopera| {
            client.band_formulas().get(::serde_json::Value::Null).info().id
        },
    ),
    (
        "band_formulas.list",
        |client: &crate::Geopera| {
            client.band_formulas().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "band_formulas.update",
        |client: &crate::Geopera| {
            client.band_formulas().update(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.approvals.approve",
        |client: &crate::Geopera| {
            client.billing().approvals().approve(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.approvals.get",
        |client: &crate::Geopera| {
            client.billing().approvals().get(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.approvals.list",
        |client: &crate::Geopera| {
            client.billing().approvals().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.approvals.reject",
        |client: &crate::Geopera| {
            client.billing().approvals().reject(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.approvals.request",
        |client: &crate::Geopera| {
            client.billing().approvals().request(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.auto_topup.get",
        |client: &crate::Geopera| {
            client.billing().auto_topup().get(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.cleanup_deleted_orgs",
        |client: &crate::Geopera| {
            client.billing().cleanup_deleted_orgs(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.credits.balance",
        |client: &crate::Geopera| {
            client.billing().credits().balance(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.credits.transactions",
        |client: &crate::Geopera| {
            client.billing().credits().transactions(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.deletions.pending",
        |client: &crate::Geopera| {
            client.billing().deletions().pending(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.dlq.list_pending",
        |client: &crate::Geopera| {
            client.billing().dlq().list_pending(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.dlq.replay",
        |client: &crate::Geopera| {
            client.billing().dlq().replay(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.enterprise.accrual",
        |client: &crate::Geopera| {
            client.billing().enterprise().accrual(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.enterprise.mark_invoiced",
        |client: &crate::Geopera| {
            client
                .billing()
                .enterprise()
                .mark_invoiced(::serde_json::Value::Null)
                .info()
                .id
        },
    ),
    (
        "billing.free_tier.approve",
        |client: &crate::Geopera| {
            client.billing().free_tier().approve(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.free_tier.grant_all",
        |client: &crate::Geopera| {
            client.billing().free_tier().grant_all(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.free_tier.list_pending",
        |client: &crate::Geopera| {
            client
                .billing()
                .free_tier()
                .list_pending(::serde_json::Value::Null)
                .info()
                .id
        },
    ),
    (
        "billing.free_tier.revoke",
        |client: &crate::Geopera| {
            client.billing().free_tier().revoke(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.invoices.list",
        |client: &crate::Geopera| {
            client.billing().invoices().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.jobs.settle_unsettled",
        |client: &crate::Geopera| {
            client.billing().jobs().settle_unsettled(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.plans.list",
        |client: &crate::Geopera| {
            client.billing().plans().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.reconciliation.backfill_missing",
        |client: &crate::Geopera| {
            client
                .billing()
                .reconciliation()
                .backfill_missing(::serde_json::Value::Null)
                .info()
                .id
        },
    ),
    (
        "billing.reconciliation.correct_drift",
        |client: &crate::Geopera| {
            client
                .billing()
                .reconciliation()
                .correct_drift(::serde_json::Value::Null)
                .info()
                .id
        },
    ),
    (
        "billing.reconciliation.detect_drift",
        |client: &crate::Geopera| {
            client
                .billing()
                .reconciliation()
                .detect_drift(::serde_json::Value::Null)
                .info()
                .id
        },
    ),
    (
        "billing.reconciliation.list_corrections",
        |client: &crate::Geopera| {
            client
                .billing()
                .reconciliation()
                .list_corrections(::serde_json::Value::Null)
                .info()
                .id
        },
    ),
    (
        "billing.reconciliation.list_runs",
        |client: &crate::Geopera| {
            client
                .billing()
                .reconciliation()
                .list_runs(::serde_json::Value::Null)
                .info()
                .id
        },
    ),
    (
        "billing.reconciliation.remove_stale",
        |client: &crate::Geopera| {
            client
                .billing()
                .reconciliation()
                .remove_stale(::serde_json::Value::Null)
                .info()
                .id
        },
    ),
    (
        "billing.reconciliation.run",
        |client: &crate::Geopera| {
            client.billing().reconciliation().run(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.reconciliation.run_all",
        |client: &crate::Geopera| {
            client
                .billing()
                .reconciliation()
                .run_all(::serde_json::Value::Null)
                .info()
                .id
        },
    ),
    (
        "billing.reconciliation.zero_negative_nets",
        |client: &crate::Geopera| {
            client
                .billing()
                .reconciliation()
                .zero_negative_nets(::serde_json::Value::Null)
                .info()
                .id
        },
    ),
    (
        "billing.run_monthly_cron",
        |client: &crate::Geopera| {
            client.billing().run_monthly_cron(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.run_monthly_for_org",
        |client: &crate::Geopera| {
            client.billing().run_monthly_for_org(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.set_auto_topup",
        |client: &crate::Geopera| {
            client.billing().set_auto_topup(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.status.get",
        |client: &crate::Geopera| {
            client.billing().status().get(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.stripe_invoices.list",
        |client: &crate::Geopera| {
            client.billing().stripe_invoices().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "billing.topup",
        |client: &crate::Geopera| {
            client.billing().topup(::serde_json::Value::Null).info().id
        },
    ),
    (
        "catalog.federated_search",
        |client: &crate::Geopera| {
            client.catalog().federated_search(::serde_json::Value::Null).info().id
        },
    ),
    (
        "catalog.granule_points",
        |client: &crate::Geopera| {
            client.catalog().granule_points(::serde_json::Value::Null).info().id
        },
    ),
    (
        "catalog.image.quicklook",
        |client: &crate::Geopera| {
            client.catalog().image().quicklook(::serde_json::Value::Null).info().id
        },
    ),
    (
        "catalog.image.thumbnail",
        |client: &crate::Geopera| {
            client.catalog().image().thumbnail(::serde_json::Value::Null).info().id
        },
    ),
    (
        "catalog.info.landsat",
        |client: &crate::Geopera| {
            client.catalog().info().landsat(::serde_json::Value::Null).info().id
        },
    ),
    (
        "catalog.info.naip",
        |client: &crate::Geopera| {
            client.catalog().info().naip(::serde_json::Value::Null).info().id
        },
    ),
    (
        "catalog.info.sample",
        |client: &crate::Geopera| {
            client.catalog().info().sample(::serde_json::Value::Null).info().id
        },
    ),
    (
        "catalog.info.sentinel",
        |client: &crate::Geopera| {
            client.catalog().info().sentinel(::serde_json::Value::Null).info().id
        },
    ),
    (
        "catalog.provider.samples",
        |client: &crate::Geopera| {
            client.catalog().provider().samples(::serde_json::Value::Null).info().id
        },
    ),
    (
        "catalog.providers.list",
        |client: &crate::Geopera| {
            client.catalog().providers().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "catalog.search",
        |client: &crate::Geopera| {
            client.catalog().search(::serde_json::Value::Null).info().id
        },
    ),
    (
        "catalog.search_stream",
        |client: &crate::Geopera| {
            client.catalog().search_stream(::serde_json::Value::Null).info().id
        },
    ),
    (
        "catalog.sources.list",
        |client: &crate::Geopera| {
            client.catalog().sources().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "catalog.tile.render",
        |client: &crate::Geopera| {
            client.catalog().tile().render(::serde_json::Value::Null).info().id
        },
    ),
    (
        "catalog.vendors.list",
        |client: &crate::Geopera| {
            client.catalog().vendors().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "catalog.viz.landsat",
        |client: &crate::Geopera| {
            client.catalog().viz().landsat(::serde_json::Value::Null).info().id
        },
    ),
    (
        "catalog.viz.naip",
        |client: &crate::Geopera| {
            client.catalog().viz().naip(::serde_json::Value::Null).info().id
        },
    ),
    (
        "clip.area.metadata",
        |client: &crate::Geopera| {
            client.clip().area().metadata(::serde_json::Value::Null).info().id
        },
    ),
    (
        "clip.area.mosaics",
        |client: &crate::Geopera| {
            client.clip().area().mosaics(::serde_json::Value::Null).info().id
        },
    ),
    (
        "clip.areas.list",
        |client: &crate::Geopera| {
            client.clip().areas().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "clip.create_from_area",
        |client: &crate::Geopera| {
            client.clip().create_from_area(::serde_json::Value::Null).info().id
        },
    ),
    (
        "clip.create_from_item",
        |client: &crate::Geopera| {
            client.clip().create_from_item(::serde_json::Value::Null).info().id
        },
    ),
    (
        "clip.job.delete",
        |client: &crate::Geopera| {
            client.clip().job().delete(::serde_json::Value::Null).info().id
        },
    ),
    (
        "clip.job.download",
        |client: &crate::Geopera| {
            client.clip().job().download(::serde_json::Value::Null).info().id
        },
    ),
    (
        "clip.job.downloads",
        |client: &crate::Geopera| {
            client.clip().job().downloads(::serde_json::Value::Null).info().id
        },
    ),
    (
        "clip.job.get",
        |client: &crate::Geopera| {
            client.clip().job().get(::serde_json::Value::Null).info().id
        },
    ),
    (
        "clip.job.tile_info",
        |client: &crate::Geopera| {
            client.clip().job().tile_info(::serde_json::Value::Null).info().id
        },
    ),
    (
        "clip.jobs.list",
        |client: &crate::Geopera| {
            client.clip().jobs().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "cog.colormaps",
        |client: &crate::Geopera| {
            client.cog().colormaps(::serde_json::Value::Null).info().id
        },
    ),
    (
        "cog.formulas",
        |client: &crate::Geopera| {
            client.cog().formulas(::serde_json::Value::Null).info().id
        },
    ),
    (
        "cog.statistics",
        |client: &crate::Geopera| {
            client.cog().statistics(::serde_json::Value::Null).info().id
        },
    ),
    (
        "cog.thumbnail",
        |client: &crate::Geopera| {
            client.cog().thumbnail(::serde_json::Value::Null).info().id
        },
    ),
    (
        "cog.tile.render",
        |client: &crate::Geopera| {
            client.cog().tile().render(::serde_json::Value::Null).info().id
        },
    ),
    (
        "cog.tile.terrain",
        |client: &crate::Geopera| {
            client.cog().tile().terrain(::serde_json::Value::Null).info().id
        },
    ),
    (
        "collections.create",
        |client: &crate::Geopera| {
            client.collections().create(::serde_json::Value::Null).info().id
        },
    ),
    (
        "collections.delete",
        |client: &crate::Geopera| {
            client.collections().delete(::serde_json::Value::Null).info().id
        },
    ),
    (
        "collections.get",
        |client: &crate::Geopera| {
            client.collections().get(::serde_json::Value::Null).info().id
        },
    ),
    (
        "collections.list",
        |client: &crate::Geopera| {
            client.collections().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "collections.update",
        |client: &crate::Geopera| {
            client.collections().update(::serde_json::Value::Null).info().id
        },
    ),
    (
        "eulas.document.accept",
        |client: &crate::Geopera| {
            client.eulas().document().accept(::serde_json::Value::Null).info().id
        },
    ),
    (
        "eulas.document.get",
        |client: &crate::Geopera| {
            client.eulas().document().get(::serde_json::Value::Null).info().id
        },
    ),
    (
        "eulas.documents.list",
        |client: &crate::Geopera| {
            client.eulas().documents().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "eulas.get",
        |client: &crate::Geopera| client.eulas().get(::serde_json::Value::Null).info().id,
    ),
    (
        "eulas.list",
        |client: &crate::Geopera| {
            client.eulas().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "event_subscriptions.create",
        |client: &crate::Geopera| {
            client.event_subscriptions().create(::serde_json::Value::Null).info().id
        },
    ),
    (
        "event_subscriptions.delete",
        |client: &crate::Geopera| {
            client.event_subscriptions().delete(::serde_json::Value::Null).info().id
        },
    ),
    (
        "event_subscriptions.get",
        |client: &crate::Geopera| {
            client.event_subscriptions().get(::serde_json::Value::Null).info().id
        },
    ),
    (
        "event_subscriptions.list",
        |client: &crate::Geopera| {
            client.event_subscriptions().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "event_subscriptions.test",
        |client: &crate::Geopera| {
            client.event_subscriptions().test(::serde_json::Value::Null).info().id
        },
    ),
    (
        "event_subscriptions.update",
        |client: &crate::Geopera| {
            client.event_subscriptions().update(::serde_json::Value::Null).info().id
        },
    ),
    (
        "glossary.collections.get",
        |client: &crate::Geopera| {
            client.glossary().collections().get(::serde_json::Value::Null).info().id
        },
    ),
    (
        "glossary.collections.list",
        |client: &crate::Geopera| {
            client.glossary().collections().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "glossary.data_products.get",
        |client: &crate::Geopera| {
            client.glossary().data_products().get(::serde_json::Value::Null).info().id
        },
    ),
    (
        "glossary.data_products.list",
        |client: &crate::Geopera| {
            client.glossary().data_products().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "glossary.providers.get",
        |client: &crate::Geopera| {
            client.glossary().providers().get(::serde_json::Value::Null).info().id
        },
    ),
    (
        "glossary.providers.list",
        |client: &crate::Geopera| {
            client.glossary().providers().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "items.asset.download",
        |client: &crate::Geopera| {
            client.items().asset().download(::serde_json::Value::Null).info().id
        },
    ),
    (
        "items.create",
        |client: &crate::Geopera| {
            client.items().create(::serde_json::Value::Null).info().id
        },
    ),
    (
        "items.delete",
        |client: &crate::Geopera| {
            client.items().delete(::serde_json::Value::Null).info().id
        },
    ),
    (
        "items.detect_asset_bands",
        |client: &crate::Geopera| {
            client.items().detect_asset_bands(::serde_json::Value::Null).info().id
        },
    ),
    (
        "items.duplicate",
        |client: &crate::Geopera| {
            client.items().duplicate(::serde_json::Value::Null).info().id
        },
    ),
    (
        "items.expire_batch",
        |client: &crate::Geopera| {
            client.items().expire_batch(::serde_json::Value::Null).info().id
        },
    ),
    (
        "items.get",
        |client: &crate::Geopera| client.items().get(::serde_json::Value::Null).info().id,
    ),
    (
        "items.get_stac",
        |client: &crate::Geopera| {
            client.items().get_stac(::serde_json::Value::Null).info().id
        },
    ),
    (
        "items.lineage",
        |client: &crate::Geopera| {
            client.items().lineage(::serde_json::Value::Null).info().id
        },
    ),
    (
        "items.list",
        |client: &crate::Geopera| {
            client.items().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "items.list_assets",
        |client: &crate::Geopera| {
            client.items().list_assets(::serde_json::Value::Null).info().id
        },
    ),
    (
        "items.list_by_collection",
        |client: &crate::Geopera| {
            client.items().list_by_collection(::serde_json::Value::Null).info().id
        },
    ),
    (
        "items.list_expiring",
        |client: &crate::Geopera| {
            client.items().list_expiring(::serde_json::Value::Null).info().id
        },
    ),
    (
        "items.search",
        |client: &crate::Geopera| {
            client.items().search(::serde_json::Value::Null).info().id
        },
    ),
    (
        "items.search_org",
        |client: &crate::Geopera| {
            client.items().search_org(::serde_json::Value::Null).info().id
        },
    ),
    (
        "items.set_asset_band_names",
        |client: &crate::Geopera| {
            client.items().set_asset_band_names(::serde_json::Value::Null).info().id
        },
    ),
    (
        "items.tile.render",
        |client: &crate::Geopera| {
            client.items().tile().render(::serde_json::Value::Null).info().id
        },
    ),
    (
        "items.tile.statistics",
        |client: &crate::Geopera| {
            client.items().tile().statistics(::serde_json::Value::Null).info().id
        },
    ),
    (
        "items.tile.tilejson",
        |client: &crate::Geopera| {
            client.items().tile().tilejson(::serde_json::Value::Null).info().id
        },
    ),
    (
        "items.tile.wmts_capabilities",
        |client: &crate::Geopera| {
            client.items().tile().wmts_capabilities(::serde_json::Value::Null).info().id
        },
    ),
    (
        "items.tile.wmts_get_tile",
        |client: &crate::Geopera| {
            client.items().tile().wmts_get_tile(::serde_json::Value::Null).info().id
        },
    ),
    (
        "items.update",
        |client: &crate::Geopera| {
            client.items().update(::serde_json::Value::Null).info().id
        },
    ),
    (
        "notifications.dismiss",
        |client: &crate::Geopera| {
            client.notifications().dismiss(::serde_json::Value::Null).info().id
        },
    ),
    (
        "notifications.list",
        |client: &crate::Geopera| {
            client.notifications().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "notifications.mark_all_read",
        |client: &crate::Geopera| {
            client.notifications().mark_all_read(::serde_json::Value::Null).info().id
        },
    ),
    (
        "notifications.mark_read",
        |client: &crate::Geopera| {
            client.notifications().mark_read(::serde_json::Value::Null).info().id
        },
    ),
    (
        "notifications.unread_count",
        |client: &crate::Geopera| {
            client.notifications().unread_count(::serde_json::Value::Null).info().id
        },
    ),
    (
        "orders.archive.estimate",
        |client: &crate::Geopera| {
            client.orders().archive().estimate(::serde_json::Value::Null).info().id
        },
    ),
    (
        "orders.archive.place",
        |client: &crate::Geopera| {
            client.orders().archive().place(::serde_json::Value::Null).info().id
        },
    ),
    (
        "orders.cancel",
        |client: &crate::Geopera| {
            client.orders().cancel(::serde_json::Value::Null).info().id
        },
    ),
    (
        "orders.coverage.get",
        |client: &crate::Geopera| {
            client.orders().coverage().get(::serde_json::Value::Null).info().id
        },
    ),
    (
        "orders.coverage.groups.list",
        |client: &crate::Geopera| {
            client.orders().coverage().groups().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "orders.estimate",
        |client: &crate::Geopera| {
            client.orders().estimate(::serde_json::Value::Null).info().id
        },
    ),
    (
        "orders.get",
        |client: &crate::Geopera| {
            client.orders().get(::serde_json::Value::Null).info().id
        },
    ),
    (
        "orders.get_schema",
        |client: &crate::Geopera| {
            client.orders().get_schema(::serde_json::Value::Null).info().id
        },
    ),
    (
        "orders.list",
        |client: &crate::Geopera| {
            client.orders().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "orders.list_assets",
        |client: &crate::Geopera| {
            client.orders().list_assets(::serde_json::Value::Null).info().id
        },
    ),
    (
        "orders.place",
        |client: &crate::Geopera| {
            client.orders().place(::serde_json::Value::Null).info().id
        },
    ),
    (
        "orders.tasking.decisions.pending",
        |client: &crate::Geopera| {
            client
                .orders()
                .tasking()
                .decisions()
                .pending(::serde_json::Value::Null)
                .info()
                .id
        },
    ),
    (
        "orders.tasking.estimate",
        |client: &crate::Geopera| {
            client.orders().tasking().estimate(::serde_json::Value::Null).info().id
        },
    ),
    (
        "orders.tasking.feasibility_check",
        |client: &crate::Geopera| {
            client
                .orders()
                .tasking()
                .feasibility_check(::serde_json::Value::Null)
                .info()
                .id
        },
    ),
    (
        "orders.tasking.feasibility_decide",
        |client: &crate::Geopera| {
            client
                .orders()
                .tasking()
                .feasibility_decide(::serde_json::Value::Null)
                .info()
                .id
        },
    ),
    (
        "orders.tasking.feasibility_studies.list",
        |client: &crate::Geopera| {
            client
                .orders()
                .tasking()
                .feasibility_studies()
                .list(::serde_json::Value::Null)
                .info()
                .id
        },
    ),
    (
        "orders.tasking.groups.list",
        |client: &crate::Geopera| {
            client.orders().tasking().groups().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "orders.tasking.opportunities_list",
        |client: &crate::Geopera| {
            client
                .orders()
                .tasking()
                .opportunities_list(::serde_json::Value::Null)
                .info()
                .id
        },
    ),
    (
        "orders.tasking.place",
        |client: &crate::Geopera| {
            client.orders().tasking().place(::serde_json::Value::Null).info().id
        },
    ),
    (
        "orders.tasking.quotation_decide",
        |client: &crate::Geopera| {
            client
                .orders()
                .tasking()
                .quotation_decide(::serde_json::Value::Null)
                .info()
                .id
        },
    ),
    (
        "orders.tasking.quotations.list",
        |client: &crate::Geopera| {
            client
                .orders()
                .tasking()
                .quotations()
                .list(::serde_json::Value::Null)
                .info()
                .id
        },
    ),
    (
        "orders.tasking.sensors",
        |client: &crate::Geopera| {
            client.orders().tasking().sensors(::serde_json::Value::Null).info().id
        },
    ),
    (
        "orders.tasking.templates.delete",
        |client: &crate::Geopera| {
            client
                .orders()
                .tasking()
                .templates()
                .delete(::serde_json::Value::Null)
                .info()
                .id
        },
    ),
    (
        "orders.tasking.templates.list",
        |client: &crate::Geopera| {
            client
                .orders()
                .tasking()
                .templates()
                .list(::serde_json::Value::Null)
                .info()
                .id
        },
    ),
    (
        "orders.tasking.templates.save",
        |client: &crate::Geopera| {
            client
                .orders()
                .tasking()
                .templates()
                .save(::serde_json::Value::Null)
                .info()
                .id
        },
    ),
    (
        "orders.update",
        |client: &crate::Geopera| {
            client.orders().update(::serde_json::Value::Null).info().id
        },
    ),
    (
        "organizations.commitments.list",
        |client: &crate::Geopera| {
            client
                .organizations()
                .commitments()
                .list(::serde_json::Value::Null)
                .info()
                .id
        },
    ),
    (
        "organizations.commitments.statement",
        |client: &crate::Geopera| {
            client
                .organizations()
                .commitments()
                .statement(::serde_json::Value::Null)
                .info()
                .id
        },
    ),
    (
        "organizations.create",
        |client: &crate::Geopera| {
            client.organizations().create(::serde_json::Value::Null).info().id
        },
    ),
    (
        "payment_methods.attach",
        |client: &crate::Geopera| {
            client.payment_methods().attach(::serde_json::Value::Null).info().id
        },
    ),
    (
        "payment_methods.create_setup_intent",
        |client: &crate::Geopera| {
            client
                .payment_methods()
                .create_setup_intent(::serde_json::Value::Null)
                .info()
                .id
        },
    ),
    (
        "payment_methods.detach",
        |client: &crate::Geopera| {
            client.payment_methods().detach(::serde_json::Value::Null).info().id
        },
    ),
    (
        "payment_methods.list",
        |client: &crate::Geopera| {
            client.payment_methods().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "payment_methods.set_default",
        |client: &crate::Geopera| {
            client.payment_methods().set_default(::serde_json::Value::Null).info().id
        },
    ),
    (
        "processing.catalog.estimate",
        |client: &crate::Geopera| {
            client.processing().catalog().estimate(::serde_json::Value::Null).info().id
        },
    ),
    (
        "processing.catalog.get",
        |client: &crate::Geopera| {
            client.processing().catalog().get(::serde_json::Value::Null).info().id
        },
    ),
    (
        "processing.catalog.list",
        |client: &crate::Geopera| {
            client.processing().catalog().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "processing.catalog.validate",
        |client: &crate::Geopera| {
            client.processing().catalog().validate(::serde_json::Value::Null).info().id
        },
    ),
    (
        "processing.create",
        |client: &crate::Geopera| {
            client.processing().create(::serde_json::Value::Null).info().id
        },
    ),
    (
        "processing.create_and_dispatch",
        |client: &crate::Geopera| {
            client.processing().create_and_dispatch(::serde_json::Value::Null).info().id
        },
    ),
    (
        "processing.dispatch",
        |client: &crate::Geopera| {
            client.processing().dispatch(::serde_json::Value::Null).info().id
        },
    ),
    (
        "processing.execute",
        |client: &crate::Geopera| {
            client.processing().execute(::serde_json::Value::Null).info().id
        },
    ),
    (
        "processing.job.delete",
        |client: &crate::Geopera| {
            client.processing().job().delete(::serde_json::Value::Null).info().id
        },
    ),
    (
        "processing.job.get",
        |client: &crate::Geopera| {
            client.processing().job().get(::serde_json::Value::Null).info().id
        },
    ),
    (
        "processing.job.register",
        |client: &crate::Geopera| {
            client.processing().job().register(::serde_json::Value::Null).info().id
        },
    ),
    (
        "processing.job.tile_info",
        |client: &crate::Geopera| {
            client.processing().job().tile_info(::serde_json::Value::Null).info().id
        },
    ),
    (
        "processing.job_types.list",
        |client: &crate::Geopera| {
            client.processing().job_types().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "processing.jobs.list",
        |client: &crate::Geopera| {
            client.processing().jobs().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "processing.project_job.get",
        |client: &crate::Geopera| {
            client.processing().project_job().get(::serde_json::Value::Null).info().id
        },
    ),
    (
        "processing.project_jobs.list",
        |client: &crate::Geopera| {
            client.processing().project_jobs().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "projects.add_member",
        |client: &crate::Geopera| {
            client.projects().add_member(::serde_json::Value::Null).info().id
        },
    ),
    (
        "projects.archive",
        |client: &crate::Geopera| {
            client.projects().archive(::serde_json::Value::Null).info().id
        },
    ),
    (
        "projects.create",
        |client: &crate::Geopera| {
            client.projects().create(::serde_json::Value::Null).info().id
        },
    ),
    (
        "projects.delete",
        |client: &crate::Geopera| {
            client.projects().delete(::serde_json::Value::Null).info().id
        },
    ),
    (
        "projects.remove_member",
        |client: &crate::Geopera| {
            client.projects().remove_member(::serde_json::Value::Null).info().id
        },
    ),
    (
        "projects.update",
        |client: &crate::Geopera| {
            client.projects().update(::serde_json::Value::Null).info().id
        },
    ),
    (
        "projects.update_member",
        |client: &crate::Geopera| {
            client.projects().update_member(::serde_json::Value::Null).info().id
        },
    ),
    (
        "provenance.get",
        |client: &crate::Geopera| {
            client.provenance().get(::serde_json::Value::Null).info().id
        },
    ),
    (
        "reports.generate",
        |client: &crate::Geopera| {
            client.reports().generate(::serde_json::Value::Null).info().id
        },
    ),
    (
        "share.link.create",
        |client: &crate::Geopera| {
            client.share().link().create(::serde_json::Value::Null).info().id
        },
    ),
    (
        "share.link.revoke",
        |client: &crate::Geopera| {
            client.share().link().revoke(::serde_json::Value::Null).info().id
        },
    ),
    (
        "share.link.validate",
        |client: &crate::Geopera| {
            client.share().link().validate(::serde_json::Value::Null).info().id
        },
    ),
    (
        "share.tile.render",
        |client: &crate::Geopera| {
            client.share().tile().render(::serde_json::Value::Null).info().id
        },
    ),
    (
        "share.tilejson",
        |client: &crate::Geopera| {
            client.share().tilejson(::serde_json::Value::Null).info().id
        },
    ),
    (
        "stac.collections.list",
        |client: &crate::Geopera| {
            client.stac().collections().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "stac.search",
        |client: &crate::Geopera| {
            client.stac().search(::serde_json::Value::Null).info().id
        },
    ),
    (
        "uploads.complete",
        |client: &crate::Geopera| {
            client.uploads().complete(::serde_json::Value::Null).info().id
        },
    ),
    (
        "uploads.fail",
        |client: &crate::Geopera| {
            client.uploads().fail(::serde_json::Value::Null).info().id
        },
    ),
    (
        "uploads.initiate",
        |client: &crate::Geopera| {
            client.uploads().initiate(::serde_json::Value::Null).info().id
        },
    ),
    (
        "uploads.progress",
        |client: &crate::Geopera| {
            client.uploads().progress(::serde_json::Value::Null).info().id
        },
    ),
    (
        "uploads.signed_url",
        |client: &crate::Geopera| {
            client.uploads().signed_url(::serde_json::Value::Null).info().id
        },
    ),
    (
        "usage.current",
        |client: &crate::Geopera| {
            client.usage().current(::serde_json::Value::Null).info().id
        },
    ),
    (
        "usage.history",
        |client: &crate::Geopera| {
            client.usage().history(::serde_json::Value::Null).info().id
        },
    ),
    (
        "usage.recalculate_storage",
        |client: &crate::Geopera| {
            client.usage().recalculate_storage(::serde_json::Value::Null).info().id
        },
    ),
    (
        "visualization.list_for",
        |client: &crate::Geopera| {
            client.visualization().list_for(::serde_json::Value::Null).info().id
        },
    ),
    (
        "visualization.profile.create",
        |client: &crate::Geopera| {
            client.visualization().profile().create(::serde_json::Value::Null).info().id
        },
    ),
    (
        "visualization.profile.delete",
        |client: &crate::Geopera| {
            client.visualization().profile().delete(::serde_json::Value::Null).info().id
        },
    ),
    (
        "visualization.profile.get",
        |client: &crate::Geopera| {
            client.visualization().profile().get(::serde_json::Value::Null).info().id
        },
    ),
    (
        "visualization.profile.set_default",
        |client: &crate::Geopera| {
            client
                .visualization()
                .profile()
                .set_default(::serde_json::Value::Null)
                .info()
                .id
        },
    ),
    (
        "visualization.profile.update",
        |client: &crate::Geopera| {
            client.visualization().profile().update(::serde_json::Value::Null).info().id
        },
    ),
    (
        "visualization.profiles.list",
        |client: &crate::Geopera| {
            client.visualization().profiles().list(::serde_json::Value::Null).info().id
        },
    ),
    (
        "webhooks.drain",
        |client: &crate::Geopera| {
            client.webhooks().drain(::serde_json::Value::Null).info().id
        },
    ),
];
