// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! The models of every component schema in the spec.
//!
//! Field names, optionality, defaults and constraints follow the schemas; objects with
//! `additionalProperties: true` keep unknown fields in a flattened `extra` map.
//! Request bodies have `X::builder()`, and `Default` when no field is required.
///`AccrualInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AccrualInput {
    pub organization_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub period: ::std::option::Option<::std::string::String>,
}
///`AcknowledgeEventInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AcknowledgeEventInput {
    pub event_id: ::std::string::String,
}
///`AddMemberInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AddMemberInput {
    pub project_id: ::std::string::String,
    ///Role: admin, editor, or viewer
    #[serde(default = "defaults::add_member_input_role")]
    pub role: ::std::string::String,
    ///UUID of the user to add
    pub user_id: ::std::string::String,
}
///`AlertEventOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AlertEventOutput {
    pub alert_event: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
///`AlertEventsListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AlertEventsListInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub acknowledged: ::std::option::Option<bool>,
    #[serde(default = "defaults::default_u64::<i64, 50>")]
    pub limit: i64,
    #[serde(default)]
    pub offset: i64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rule_id: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for AlertEventsListInput {
    fn default() -> Self {
        Self {
            acknowledged: Default::default(),
            limit: defaults::default_u64::<i64, 50>(),
            offset: Default::default(),
            rule_id: Default::default(),
        }
    }
}
///`AlertRuleGetInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AlertRuleGetInput {
    pub rule_id: ::std::string::String,
}
///`AlertRuleOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AlertRuleOutput {
    pub alert_rule: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
///`AlertRulesListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct AlertRulesListInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub active: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub collection_id: ::std::option::Option<::std::string::String>,
}
///`AnalyticsExecuteOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct AnalyticsExecuteOutput(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for AnalyticsExecuteOutput {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<AnalyticsExecuteOutput>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: AnalyticsExecuteOutput) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for AnalyticsExecuteOutput {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
///`ApiKeyCreateInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ApiKeyCreateInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub expires_in_days: ::std::option::Option<::std::num::NonZeroU64>,
    pub name: ApiKeyCreateInputName,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub permissions: ::std::vec::Vec<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rate_limit: ::std::option::Option<::std::num::NonZeroU64>,
}
///`ApiKeyCreateInputName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ApiKeyCreateInputName(::std::string::String);
impl ::std::ops::Deref for ApiKeyCreateInputName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ApiKeyCreateInputName> for ::std::string::String {
    fn from(value: ApiKeyCreateInputName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ApiKeyCreateInputName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 200usize {
            return Err("longer than 200 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ApiKeyCreateInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ApiKeyCreateInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ApiKeyCreateInputName {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`ApiKeyCreateOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ApiKeyCreateOutput {
    pub created_at: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub expires_at: ::std::option::Option<::std::string::String>,
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    pub name: ::std::string::String,
    pub permissions: ::std::vec::Vec<::std::string::String>,
    pub prefix: ::std::string::String,
}
///`ApiKeyListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct ApiKeyListInput(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for ApiKeyListInput {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<ApiKeyListInput>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: ApiKeyListInput) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for ApiKeyListInput {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
///`ApiKeyRevokeInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ApiKeyRevokeInput {
    pub key_id: ::std::string::String,
}
///`ApiKeyRevokeOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ApiKeyRevokeOutput {
    pub id: ::std::string::String,
    #[serde(default = "defaults::default_bool::<true>")]
    pub ok: bool,
}
///`ApprovalGetInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ApprovalGetInput {
    pub approval_id: ::std::string::String,
}
///`ApprovalOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ApprovalOutput {
    pub id: ::std::string::String,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
///`ApprovalRefInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ApprovalRefInput {
    pub approval_id: ::std::string::String,
}
///`ApprovalsListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ApprovalsListInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}
///`ApproveInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ApproveInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub admin_user_id: ::std::option::Option<::std::string::String>,
    pub organization_id: ::std::string::String,
}
///`ArchiveEstimateInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ArchiveEstimateInput {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub captures: ::std::vec::Vec<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(
        rename = "splitByDate",
        default = "defaults::archive_estimate_input_split_by_date"
    )]
    pub split_by_date: ::std::option::Option<bool>,
}
impl ::std::default::Default for ArchiveEstimateInput {
    fn default() -> Self {
        Self {
            captures: Default::default(),
            split_by_date: defaults::archive_estimate_input_split_by_date(),
        }
    }
}
///`ArchiveEstimateOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ArchiveEstimateOutput {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub errors: ::std::vec::Vec<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub groups: ::std::vec::Vec<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(default = "defaults::archive_estimate_output_total_aud")]
    pub total_aud: f64,
    #[serde(default)]
    pub total_credits: i64,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
///`Area`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct Area {
    pub area: ::std::string::String,
}
///`AssetDeleteInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AssetDeleteInput {
    pub asset_id: ::std::string::String,
    pub item_id: ::std::string::String,
}
///`AssetDeleteOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AssetDeleteOutput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
///`AssetDownloadInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AssetDownloadInput {
    pub asset_id: ::std::string::String,
    pub item_id: ::std::string::String,
}
///`AssetOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AssetOutput {
    pub id: ::std::string::String,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
///`AttachInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct AttachInput {
    pub payment_method_id: AttachInputPaymentMethodId,
}
///`AttachInputPaymentMethodId`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct AttachInputPaymentMethodId(::std::string::String);
impl ::std::ops::Deref for AttachInputPaymentMethodId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AttachInputPaymentMethodId> for ::std::string::String {
    fn from(value: AttachInputPaymentMethodId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for AttachInputPaymentMethodId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() < 4usize {
            return Err("shorter than 4 characters".into());
        }
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^(cst|pm)_[A-Za-z0-9_]+$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^(cst|pm)_[A-Za-z0-9_]+$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for AttachInputPaymentMethodId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for AttachInputPaymentMethodId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for AttachInputPaymentMethodId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`BandFormulaCreateInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct BandFormulaCreateInput {
    #[serde(default = "defaults::band_formula_create_input_category")]
    pub category: ::std::string::String,
    #[serde(default = "defaults::band_formula_create_input_colormap")]
    pub colormap: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub display_name: ::std::option::Option<::std::string::String>,
    pub formula: BandFormulaCreateInputFormula,
    pub name: BandFormulaCreateInputName,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub value_range: ::std::vec::Vec<f64>,
}
///`BandFormulaCreateInputFormula`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct BandFormulaCreateInputFormula(::std::string::String);
impl ::std::ops::Deref for BandFormulaCreateInputFormula {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<BandFormulaCreateInputFormula> for ::std::string::String {
    fn from(value: BandFormulaCreateInputFormula) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for BandFormulaCreateInputFormula {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() < 3usize {
            return Err("shorter than 3 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for BandFormulaCreateInputFormula {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for BandFormulaCreateInputFormula {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for BandFormulaCreateInputFormula {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`BandFormulaCreateInputName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct BandFormulaCreateInputName(::std::string::String);
impl ::std::ops::Deref for BandFormulaCreateInputName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<BandFormulaCreateInputName> for ::std::string::String {
    fn from(value: BandFormulaCreateInputName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for BandFormulaCreateInputName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 50usize {
            return Err("longer than 50 characters".into());
        }
        if value.chars().count() < 2usize {
            return Err("shorter than 2 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for BandFormulaCreateInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for BandFormulaCreateInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for BandFormulaCreateInputName {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`BandFormulaDeleteInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct BandFormulaDeleteInput {
    pub formula_id: ::std::string::String,
}
///`BandFormulaDeleteOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct BandFormulaDeleteOutput {
    pub id: ::std::string::String,
    #[serde(default = "defaults::default_bool::<true>")]
    pub ok: bool,
}
///`BandFormulaGetInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct BandFormulaGetInput {
    pub formula_id: ::std::string::String,
}
///`BandFormulaOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct BandFormulaOutput {
    pub category: ::std::string::String,
    pub colormap: ::std::string::String,
    pub created_at: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub display_name: ::std::option::Option<::std::string::String>,
    pub formula: ::std::string::String,
    pub id: ::std::string::String,
    pub is_template: bool,
    pub name: ::std::string::String,
    pub organization_id: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub required_bands: ::std::vec::Vec<::std::string::String>,
    pub updated_at: ::std::string::String,
    pub value_range: ::std::vec::Vec<f64>,
}
///`BandFormulaUpdateInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct BandFormulaUpdateInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub category: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub colormap: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub display_name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub formula: ::std::option::Option<BandFormulaUpdateInputFormula>,
    pub formula_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<BandFormulaUpdateInputName>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value_range: ::std::option::Option<::std::vec::Vec<f64>>,
}
///`BandFormulaUpdateInputFormula`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct BandFormulaUpdateInputFormula(::std::string::String);
impl ::std::ops::Deref for BandFormulaUpdateInputFormula {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<BandFormulaUpdateInputFormula> for ::std::string::String {
    fn from(value: BandFormulaUpdateInputFormula) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for BandFormulaUpdateInputFormula {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() < 3usize {
            return Err("shorter than 3 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for BandFormulaUpdateInputFormula {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for BandFormulaUpdateInputFormula {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for BandFormulaUpdateInputFormula {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`BandFormulaUpdateInputName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct BandFormulaUpdateInputName(::std::string::String);
impl ::std::ops::Deref for BandFormulaUpdateInputName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<BandFormulaUpdateInputName> for ::std::string::String {
    fn from(value: BandFormulaUpdateInputName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for BandFormulaUpdateInputName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 50usize {
            return Err("longer than 50 characters".into());
        }
        if value.chars().count() < 2usize {
            return Err("shorter than 2 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for BandFormulaUpdateInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for BandFormulaUpdateInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for BandFormulaUpdateInputName {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`BandFormulasListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct BandFormulasListInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub category: ::std::option::Option<::std::string::String>,
    #[serde(default = "defaults::default_bool::<true>")]
    pub include_templates: bool,
}
impl ::std::default::Default for BandFormulasListInput {
    fn default() -> Self {
        Self {
            category: Default::default(),
            include_templates: defaults::default_bool::<true>(),
        }
    }
}
///`BandMathInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct BandMathInput {
    pub bbox: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    pub cog_url: ::std::string::String,
    #[serde(default = "defaults::band_math_input_colormap")]
    pub colormap: ::std::string::String,
    pub formula: ::std::string::String,
    #[serde(default = "defaults::default_u64::<i64, 2048>")]
    pub max_size: i64,
    #[serde(default = "defaults::band_math_input_output_format")]
    pub output_format: ::std::string::String,
    pub sensor: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub vmax: ::std::option::Option<f64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub vmin: ::std::option::Option<f64>,
}
///`BaseModel`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct BaseModel(pub ::serde_json::Map<::std::string::String, ::serde_json::Value>);
impl ::std::ops::Deref for BaseModel {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<BaseModel>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: BaseModel) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for BaseModel {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
///`CalculateIndexInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CalculateIndexInput {
    pub bbox: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    pub cog_url: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub colormap: ::std::option::Option<::std::string::String>,
    pub index_name: ::std::string::String,
    #[serde(default = "defaults::default_u64::<i64, 2048>")]
    pub max_size: i64,
    #[serde(default = "defaults::calculate_index_input_output_format")]
    pub output_format: ::std::string::String,
    pub sensor: ::std::string::String,
}
///`CatalogSearchInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CatalogSearchInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bbox: ::std::option::Option<::std::vec::Vec<f64>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub collections: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub datetime: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub full_catalog: ::std::option::Option<bool>,
    pub host_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub intersects: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 100>")]
    pub limit: ::std::num::NonZeroU64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub next: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub query: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, CloudQuery>,
    >,
}
///`CatalogSearchOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct CatalogSearchOutput(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for CatalogSearchOutput {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<CatalogSearchOutput>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: CatalogSearchOutput) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for CatalogSearchOutput {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
///`CatalogTileInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CatalogTileInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub aoi_clip: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub aoi_clip_body: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    pub collection: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub colormap: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub expression: ::std::option::Option<::std::string::String>,
    pub format: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub provider: ::std::option::Option<::std::string::String>,
    #[serde(default = "defaults::catalog_tile_input_quality")]
    pub quality: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rescale: ::std::option::Option<::std::string::String>,
    pub scene_id: ::std::string::String,
    pub visualization: ::std::string::String,
    pub x: i64,
    pub y: i64,
    pub z: i64,
}
///`ClipCreateFromAreaInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ClipCreateFromAreaInput {
    pub aoi_geometry: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub aoi_name: ::std::option::Option<::std::string::String>,
    pub area: ::std::string::String,
    pub mosaic_types: ::std::vec::Vec<::std::string::String>,
    pub organization_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub project_id: ::std::option::Option<::std::string::String>,
}
///`ClipDownloadInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ClipDownloadInput {
    pub job_id: ::std::string::String,
    pub mosaic_type: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub requester_ip: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_agent: ::std::option::Option<::std::string::String>,
}
///`ClipJobDeleteInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ClipJobDeleteInput {
    pub job_id: ::std::string::String,
}
///`ClipJobInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ClipJobInput {
    pub job_id: ::std::string::String,
}
///`ClipJobsListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ClipJobsListInput {
    #[serde(default = "defaults::default_u64::<i64, 50>")]
    pub limit: i64,
    #[serde(default)]
    pub offset: i64,
    pub organization_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}
///provider-shape: `query.cloudCoverage: {GT|GTE|LT|LTE: number}`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CloudQuery {
    #[serde(rename = "GT", skip_serializing_if = "::std::option::Option::is_none")]
    pub gt: ::std::option::Option<f64>,
    #[serde(rename = "GTE", skip_serializing_if = "::std::option::Option::is_none")]
    pub gte: ::std::option::Option<f64>,
    #[serde(rename = "LT", skip_serializing_if = "::std::option::Option::is_none")]
    pub lt: ::std::option::Option<f64>,
    #[serde(rename = "LTE", skip_serializing_if = "::std::option::Option::is_none")]
    pub lte: ::std::option::Option<f64>,
}
///`CogEmptyInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct CogEmptyInput(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for CogEmptyInput {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<CogEmptyInput>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: CogEmptyInput) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for CogEmptyInput {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
///`CogStatsInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CogStatsInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bands: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub expression: ::std::option::Option<::std::string::String>,
    pub geometry: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(default = "defaults::cog_stats_input_percentiles")]
    pub percentiles: (f64, f64),
    pub url: ::std::string::String,
}
///`CogTerrainInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CogTerrainInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub aoi: ::std::option::Option<::std::string::String>,
    #[serde(default)]
    pub invert: bool,
    pub url: ::std::string::String,
    pub x: i64,
    pub y: i64,
    pub z: i64,
}
///`CogThumbnailInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CogThumbnailInput {
    #[serde(default = "defaults::default_u64::<i64, 256>")]
    pub height: i64,
    pub url: ::std::string::String,
    #[serde(default = "defaults::default_u64::<i64, 256>")]
    pub width: i64,
}
///`CogTileInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CogTileInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub aoi: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bands: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub colormap: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub expression: ::std::option::Option<::std::string::String>,
    pub format: ::std::string::String,
    #[serde(default = "defaults::default_u64::<i64, 85>")]
    pub quality: i64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rescale: ::std::option::Option<::std::string::String>,
    pub url: ::std::string::String,
    pub x: i64,
    pub y: i64,
    pub z: i64,
}
///CollectionCreate + the project it lives in.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CollectionCreateInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub color: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(default)]
    pub layer_order: i64,
    pub name: CollectionCreateInputName,
    pub project_id: ::std::string::String,
    #[serde(default = "defaults::default_bool::<true>")]
    pub show_on_map: bool,
}
///`CollectionCreateInputName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct CollectionCreateInputName(::std::string::String);
impl ::std::ops::Deref for CollectionCreateInputName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CollectionCreateInputName> for ::std::string::String {
    fn from(value: CollectionCreateInputName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CollectionCreateInputName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 255usize {
            return Err("longer than 255 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for CollectionCreateInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CollectionCreateInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for CollectionCreateInputName {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`CollectionDeleteInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CollectionDeleteInput {
    pub collection_id: ::std::string::String,
    pub project_id: ::std::string::String,
}
///`CollectionDeleteOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CollectionDeleteOutput {
    pub id: ::std::string::String,
    #[serde(default = "defaults::default_bool::<true>")]
    pub ok: bool,
}
///`CollectionDto`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CollectionDto {
    pub access_model: ::std::string::String,
    pub data_type: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub gsd: ::std::option::Option<f64>,
    pub id: ::std::string::String,
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub render_params: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    pub render_strategy: ::std::string::String,
    pub title: ::std::string::String,
}
///`CollectionGetInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CollectionGetInput {
    pub collection_name: ::std::string::String,
}
///Collection as returned from the API.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CollectionResponse {
    #[serde(default)]
    pub auto_created: bool,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub color: ::std::option::Option<::std::string::String>,
    pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub deleted_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    pub id: ::std::string::String,
    #[serde(default)]
    pub item_count: i64,
    #[serde(default)]
    pub layer_order: i64,
    pub name: ::std::string::String,
    pub project_id: ::std::string::String,
    #[serde(default = "defaults::default_bool::<true>")]
    pub show_on_map: bool,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub source_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub source_type: ::std::option::Option<::std::string::String>,
    pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
}
///`CollectionUpdateInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CollectionUpdateInput {
    pub collection_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub color: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub layer_order: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<CollectionUpdateInputName>,
    pub project_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub show_on_map: ::std::option::Option<bool>,
}
///`CollectionUpdateInputName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct CollectionUpdateInputName(::std::string::String);
impl ::std::ops::Deref for CollectionUpdateInputName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CollectionUpdateInputName> for ::std::string::String {
    fn from(value: CollectionUpdateInputName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CollectionUpdateInputName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 255usize {
            return Err("longer than 255 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for CollectionUpdateInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CollectionUpdateInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for CollectionUpdateInputName {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`CollectionsGetInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CollectionsGetInput {
    pub collection_id: ::std::string::String,
    pub project_id: ::std::string::String,
}
///`CollectionsListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CollectionsListInput {
    pub project_id: ::std::string::String,
}
///`CommitmentsListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct CommitmentsListInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub commitment_id: ::std::option::Option<::std::string::String>,
    #[serde(default)]
    pub include_line_items: bool,
}
///`CorrectInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CorrectInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub asset_id: ::std::option::Option<::std::string::String>,
    pub bytes_delta: i64,
    pub organization_id: ::std::string::String,
    pub reason: ::std::string::String,
}
///`CorrectionsInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CorrectionsInput {
    #[serde(default = "defaults::default_u64::<i64, 100>")]
    pub limit: i64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub organization_id: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for CorrectionsInput {
    fn default() -> Self {
        Self {
            limit: defaults::default_u64::<i64, 100>(),
            organization_id: Default::default(),
        }
    }
}
///`CoverageInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CoverageInput {
    pub order_id: ::std::string::String,
}
///`CreateAlertRuleInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CreateAlertRuleInput {
    #[serde(default = "defaults::create_alert_rule_input_asset_key")]
    pub asset_key: ::std::string::String,
    #[serde(default, skip_serializing_if = ":: std :: collections :: HashMap::is_empty")]
    pub band_mapping: ::std::collections::HashMap<::std::string::String, i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub collection_id: ::std::option::Option<::std::string::String>,
    pub comparison: ::std::string::String,
    #[serde(default = "defaults::default_u64::<i64, 60>")]
    pub cooldown_minutes: i64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub event_types: ::std::vec::Vec<::std::string::String>,
    pub expression: ::std::string::String,
    pub name: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub notification_channels: ::std::vec::Vec<::std::string::String>,
    pub threshold: f64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub threshold_upper: ::std::option::Option<f64>,
}
///`CreateSubscriptionInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct CreateSubscriptionInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    pub endpoint_url: ::std::string::String,
    pub event_type: ::std::string::String,
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub filter_config: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(default, skip_serializing_if = ":: std :: collections :: HashMap::is_empty")]
    pub headers: ::std::collections::HashMap<
        ::std::string::String,
        ::std::string::String,
    >,
}
///`DataProductGetInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DataProductGetInput {
    pub data_product_name: ::std::string::String,
}
///`DataProductsListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DataProductsListInput {
    #[serde(
        rename = "dataProductId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_product_id: ::std::option::Option<::std::string::String>,
    #[serde(default)]
    pub page: i64,
    #[serde(default = "defaults::default_u64::<i64, 10>")]
    pub size: i64,
    #[serde(default = "defaults::data_products_list_input_sort")]
    pub sort: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for DataProductsListInput {
    fn default() -> Self {
        Self {
            data_product_id: Default::default(),
            page: Default::default(),
            size: defaults::default_u64::<i64, 10>(),
            sort: defaults::data_products_list_input_sort(),
        }
    }
}
///`DecisionsPendingInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DecisionsPendingInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub kinds: ::std::option::Option<::std::string::String>,
    #[serde(default)]
    pub page: i64,
    #[serde(default = "defaults::default_u64::<i64, 20>")]
    pub size: i64,
    #[serde(
        rename = "workspaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub workspace_id: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for DecisionsPendingInput {
    fn default() -> Self {
        Self {
            kinds: Default::default(),
            page: Default::default(),
            size: defaults::default_u64::<i64, 20>(),
            workspace_id: Default::default(),
        }
    }
}
///`DeleteAlertRuleInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DeleteAlertRuleInput {
    pub rule_id: ::std::string::String,
}
///`DeleteAlertRuleOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DeleteAlertRuleOutput {
    #[serde(default = "defaults::default_bool::<true>")]
    pub deleted: bool,
}
impl ::std::default::Default for DeleteAlertRuleOutput {
    fn default() -> Self {
        Self {
            deleted: defaults::default_bool::<true>(),
        }
    }
}
///`DeleteSubscriptionInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DeleteSubscriptionInput {
    pub subscription_id: ::std::string::String,
}
///`DeleteSubscriptionOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DeleteSubscriptionOutput {
    #[serde(default = "defaults::default_bool::<true>")]
    pub deleted: bool,
}
impl ::std::default::Default for DeleteSubscriptionOutput {
    fn default() -> Self {
        Self {
            deleted: defaults::default_bool::<true>(),
        }
    }
}
///`DetachInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DetachInput {
    pub payment_method_row_id: ::std::string::String,
}
///`DetachOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DetachOutput {
    #[serde(default = "defaults::default_bool::<true>")]
    pub ok: bool,
}
impl ::std::default::Default for DetachOutput {
    fn default() -> Self {
        Self {
            ok: defaults::default_bool::<true>(),
        }
    }
}
///`DetectBandsInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DetectBandsInput {
    pub asset_id: ::std::string::String,
    pub item_id: ::std::string::String,
}
///`DetectBandsOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DetectBandsOutput {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub current_band_names: ::std::vec::Vec<::serde_json::Value>,
    #[serde(default = "defaults::detect_bands_output_method")]
    pub method: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub suggested_band_names: ::std::vec::Vec<::serde_json::Value>,
}
impl ::std::default::Default for DetectBandsOutput {
    fn default() -> Self {
        Self {
            current_band_names: Default::default(),
            method: defaults::detect_bands_output_method(),
            suggested_band_names: Default::default(),
        }
    }
}
///`DrainInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct DrainInput {
    ///Max deliveries to attempt this pass.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<::std::num::NonZeroU64>,
}
///`DriftInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct DriftInput {
    pub organization_id: ::std::string::String,
}
///`Empty`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct Empty(pub ::serde_json::Map<::std::string::String, ::serde_json::Value>);
impl ::std::ops::Deref for Empty {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<Empty>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: Empty) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for Empty {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
///`EstimateInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct EstimateInput {
    #[serde(rename = "dataProduct")]
    pub data_product: ::std::string::String,
    #[serde(rename = "displayName", default)]
    pub display_name: ::std::string::String,
    #[serde(
        rename = "featureCollection",
        default,
        skip_serializing_if = "::serde_json::Map::is_empty"
    )]
    pub feature_collection: ::serde_json::Map<
        ::std::string::String,
        ::serde_json::Value,
    >,
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub params: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
///`EulaAcceptInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct EulaAcceptInput {
    pub document_id: ::std::string::String,
    pub eula_id: ::std::string::String,
    #[serde(default = "defaults::default_bool::<true>")]
    pub is_accepted: bool,
}
///`EulaDocumentGetInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct EulaDocumentGetInput {
    pub document_id: ::std::string::String,
    pub eula_id: ::std::string::String,
}
///`EulaDocumentsListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct EulaDocumentsListInput {
    pub eula_id: ::std::string::String,
    #[serde(default)]
    pub page: i64,
    #[serde(default = "defaults::default_u64::<i64, 20>")]
    pub size: i64,
    #[serde(default = "defaults::eula_documents_list_input_sort")]
    pub sort: ::std::string::String,
}
///`EulaGetInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct EulaGetInput {
    pub eula_id: ::std::string::String,
}
///`EulasListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct EulasListInput {
    #[serde(default)]
    pub page: i64,
    #[serde(default = "defaults::default_u64::<i64, 20>")]
    pub size: i64,
    #[serde(default = "defaults::eulas_list_input_sort")]
    pub sort: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub term: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for EulasListInput {
    fn default() -> Self {
        Self {
            page: Default::default(),
            size: defaults::default_u64::<i64, 20>(),
            sort: defaults::eulas_list_input_sort(),
            term: Default::default(),
        }
    }
}
///Request to execute a registered analytics operation.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ExecuteRequest {
    ///Name of the registered operation
    pub operation: ::std::string::String,
    ///Operation-specific parameters
    pub params: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
///`ExpiringInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ExpiringInput {
    #[serde(default = "defaults::default_u64::<i64, 7>")]
    pub days: i64,
}
impl ::std::default::Default for ExpiringInput {
    fn default() -> Self {
        Self {
            days: defaults::default_u64::<i64, 7>(),
        }
    }
}
///`FeasibilityCheckInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct FeasibilityCheckInput {
    #[serde(rename = "dataProduct")]
    pub data_product: ::std::string::String,
    #[serde(
        rename = "displayName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "featureCollection",
        default,
        skip_serializing_if = "::serde_json::Map::is_empty"
    )]
    pub feature_collection: ::serde_json::Map<
        ::std::string::String,
        ::serde_json::Value,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub params: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
}
///`FeasibilityDecideInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct FeasibilityDecideInput {
    #[serde(rename = "acceptedOptionId")]
    pub accepted_option_id: ::std::string::String,
    pub study_id: ::std::string::String,
}
///`FeatureCollectionOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct FeatureCollectionOutput {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub features: ::std::vec::Vec<::serde_json::Value>,
    #[serde(rename = "numberMatched", default)]
    pub number_matched: i64,
    #[serde(rename = "type", default = "defaults::feature_collection_output_type")]
    pub type_: ::std::string::String,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
///`FederatedSearchInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct FederatedSearchInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bbox: ::std::option::Option<::std::vec::Vec<f64>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub collections: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub datetime: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub full_catalog: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub intersects: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 100>")]
    pub limit: ::std::num::NonZeroU64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub query: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, CloudQuery>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub source_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ::std::default::Default for FederatedSearchInput {
    fn default() -> Self {
        Self {
            bbox: Default::default(),
            collections: Default::default(),
            data_types: Default::default(),
            datetime: Default::default(),
            full_catalog: Default::default(),
            ids: Default::default(),
            intersects: Default::default(),
            limit: defaults::default_nzu64::<::std::num::NonZeroU64, 100>(),
            query: Default::default(),
            source_ids: Default::default(),
        }
    }
}
///`FederatedSearchOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct FederatedSearchOutput {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub features: ::std::vec::Vec<::serde_json::Value>,
    #[serde(rename = "numberReturned", default)]
    pub number_returned: i64,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub sources: ::std::vec::Vec<SourceResultSummary>,
    #[serde(rename = "type", default = "defaults::federated_search_output_type")]
    pub type_: ::std::string::String,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
///`GcsRegion`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum GcsRegion {
    #[serde(rename = "australia-southeast1")]
    AustraliaSoutheast1,
    #[serde(rename = "asia-southeast1")]
    AsiaSoutheast1,
    #[serde(rename = "us-west1")]
    UsWest1,
    #[serde(rename = "europe-west1")]
    EuropeWest1,
}
impl ::std::fmt::Display for GcsRegion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::AustraliaSoutheast1 => f.write_str("australia-southeast1"),
            Self::AsiaSoutheast1 => f.write_str("asia-southeast1"),
            Self::UsWest1 => f.write_str("us-west1"),
            Self::EuropeWest1 => f.write_str("europe-west1"),
        }
    }
}
impl ::std::str::FromStr for GcsRegion {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "australia-southeast1" => Ok(Self::AustraliaSoutheast1),
            "asia-southeast1" => Ok(Self::AsiaSoutheast1),
            "us-west1" => Ok(Self::UsWest1),
            "europe-west1" => Ok(Self::EuropeWest1),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for GcsRegion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for GcsRegion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`GetSubscriptionInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct GetSubscriptionInput {
    pub subscription_id: ::std::string::String,
}
///`GlossaryCollectionsListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct GlossaryCollectionsListInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub integrations: ::std::option::Option<::std::string::String>,
    #[serde(default)]
    pub page: i64,
    #[serde(default = "defaults::default_u64::<i64, 10>")]
    pub size: i64,
    #[serde(default = "defaults::glossary_collections_list_input_sort")]
    pub sort: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for GlossaryCollectionsListInput {
    fn default() -> Self {
        Self {
            integrations: Default::default(),
            page: Default::default(),
            size: defaults::default_u64::<i64, 10>(),
            sort: defaults::glossary_collections_list_input_sort(),
            type_: Default::default(),
        }
    }
}
///`GranulePointsInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct GranulePointsInput {
    ///AOI [west, south, east, north]
    pub bbox: ::std::vec::Vec<f64>,
    ///AOI GeoJSON Polygon/MultiPolygon — points are clipped to this exact shape, not just the bbox
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub clip_polygon: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    ///Registry collection id, e.g.
    pub collection: ::std::string::String,
    ///HTTPS .h5 granule URL from the STAC item (Earthdata-hosted)
    pub href: ::std::string::String,
    ///Uniform-subsample ceiling
    #[serde(default = "defaults::default_u64::<i64, 60000>")]
    pub max_points: i64,
}
///`GranulePointsOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct GranulePointsOutput {
    #[serde(default)]
    pub count: i64,
    ///[lon, lat, elevation_m, value] rows
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub points: ::std::vec::Vec<::std::vec::Vec<f64>>,
    #[serde(default)]
    pub returned: i64,
    #[serde(default)]
    pub subsampled: bool,
    #[serde(default)]
    pub value_label: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub value_range: ::std::vec::Vec<f64>,
}
///`ImageAssetInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ImageAssetInput {
    pub host_name: ::std::string::String,
    pub image_id: ::std::string::String,
}
///`IndexGetInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct IndexGetInput {
    pub index_name: ::std::string::String,
}
///`IndicesListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct IndicesListInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub category: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sensor: ::std::option::Option<::std::string::String>,
}
///`InvoicesInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct InvoicesInput {
    #[serde(default = "defaults::default_u64::<i64, 50>")]
    pub limit: i64,
}
impl ::std::default::Default for InvoicesInput {
    fn default() -> Self {
        Self {
            limit: defaults::default_u64::<i64, 50>(),
        }
    }
}
///`ItemAssetsInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ItemAssetsInput {
    pub item_id: ::std::string::String,
}
///`ItemCreateInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ItemCreateInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bbox: ::std::option::Option<::std::vec::Vec<f64>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cloud_cover: ::std::option::Option<f64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub collection_id: ::std::option::Option<::std::string::String>,
    ///ISO 8601 datetime
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub datetime: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub end_datetime: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub geometry: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub gsd: ::std::option::Option<f64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub job_id: ::std::option::Option<::std::string::String>,
    pub name: ItemCreateInputName,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub order_id: ::std::option::Option<::std::string::String>,
    pub project_id: ::std::string::String,
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub properties: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub stac_extensions: ::std::vec::Vec<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub stac_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub start_datetime: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type")]
    pub type_: ItemType,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub upload_id: ::std::option::Option<::std::string::String>,
}
///`ItemCreateInputName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ItemCreateInputName(::std::string::String);
impl ::std::ops::Deref for ItemCreateInputName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ItemCreateInputName> for ::std::string::String {
    fn from(value: ItemCreateInputName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ItemCreateInputName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ItemCreateInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ItemCreateInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ItemCreateInputName {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`ItemDeleteInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ItemDeleteInput {
    ///The item to soft-delete.
    pub item_id: ::std::string::String,
}
///`ItemDeleteOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ItemDeleteOutput {
    pub id: ::std::string::String,
    #[serde(default = "defaults::default_bool::<true>")]
    pub ok: bool,
}
///`ItemDuplicateInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ItemDuplicateInput {
    pub item_id: ::std::string::String,
    ///Name for the copy
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub new_name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub target_collection_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub target_project_id: ::std::option::Option<::std::string::String>,
}
///`ItemGetInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ItemGetInput {
    pub item_id: ::std::string::String,
}
///`ItemGetOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ItemGetOutput {
    pub item: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
///`ItemLineageInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ItemLineageInput {
    pub item_id: ::std::string::String,
}
///Item as returned from the API.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ItemResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub archived_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bbox: ::std::option::Option<::std::vec::Vec<f64>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cloud_cover: ::std::option::Option<f64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub collection_id: ::std::option::Option<::std::string::String>,
    pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_by: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub datetime: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub deleted_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub duplicated_from_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub end_datetime: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub geometry: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub gsd: ::std::option::Option<f64>,
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub job_id: ::std::option::Option<::std::string::String>,
    #[serde(default = "defaults::item_response_lifecycle_state")]
    pub lifecycle_state: LifecycleState,
    pub name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub order_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub previous_version_id: ::std::option::Option<::std::string::String>,
    pub project_id: ::std::string::String,
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub properties: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub stac_extensions: ::std::vec::Vec<::std::string::String>,
    pub stac_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub start_datetime: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    #[serde(rename = "type")]
    pub type_: ItemType,
    pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub upload_id: ::std::option::Option<::std::string::String>,
}
///`ItemStacInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ItemStacInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub base_url: ::std::option::Option<::std::string::String>,
    pub item_id: ::std::string::String,
}
///`ItemStatisticsInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ItemStatisticsInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub asset_key: ::std::option::Option<::std::string::String>,
    pub expression: ::std::string::String,
    pub item_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub profile: ::std::option::Option<::std::string::String>,
}
///`ItemTileRenderInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ItemTileRenderInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub asset_key: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bands: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub colormap: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub expression: ::std::option::Option<::std::string::String>,
    #[serde(default = "defaults::item_tile_render_input_format")]
    pub format: ::std::string::String,
    pub item_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub profile: ::std::option::Option<::std::string::String>,
    #[serde(default = "defaults::default_u64::<i64, 82>")]
    pub quality: i64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rescale: ::std::option::Option<::std::string::String>,
    pub x: i64,
    pub y: i64,
    pub z: i64,
}
///`ItemTilejsonInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ItemTilejsonInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub asset_key: ::std::option::Option<::std::string::String>,
    pub item_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub profile: ::std::option::Option<::std::string::String>,
}
///`ItemType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum ItemType {
    #[serde(rename = "satellite_capture")]
    SatelliteCapture,
    #[serde(rename = "derived_raster")]
    DerivedRaster,
    #[serde(rename = "derived_vector")]
    DerivedVector,
    #[serde(rename = "clip")]
    Clip,
    #[serde(rename = "user_raster")]
    UserRaster,
    #[serde(rename = "user_vector")]
    UserVector,
    #[serde(rename = "external_reference")]
    ExternalReference,
}
impl ::std::fmt::Display for ItemType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::SatelliteCapture => f.write_str("satellite_capture"),
            Self::DerivedRaster => f.write_str("derived_raster"),
            Self::DerivedVector => f.write_str("derived_vector"),
            Self::Clip => f.write_str("clip"),
            Self::UserRaster => f.write_str("user_raster"),
            Self::UserVector => f.write_str("user_vector"),
            Self::ExternalReference => f.write_str("external_reference"),
        }
    }
}
impl ::std::str::FromStr for ItemType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "satellite_capture" => Ok(Self::SatelliteCapture),
            "derived_raster" => Ok(Self::DerivedRaster),
            "derived_vector" => Ok(Self::DerivedVector),
            "clip" => Ok(Self::Clip),
            "user_raster" => Ok(Self::UserRaster),
            "user_vector" => Ok(Self::UserVector),
            "external_reference" => Ok(Self::ExternalReference),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ItemType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ItemType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`ItemUpdateInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ItemUpdateInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bbox: ::std::option::Option<::std::vec::Vec<f64>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cloud_cover: ::std::option::Option<f64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub collection_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub datetime: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub geometry: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub gsd: ::std::option::Option<f64>,
    pub item_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub lifecycle_state: ::std::option::Option<LifecycleState>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<ItemUpdateInputName>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub properties: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
}
///`ItemUpdateInputName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ItemUpdateInputName(::std::string::String);
impl ::std::ops::Deref for ItemUpdateInputName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ItemUpdateInputName> for ::std::string::String {
    fn from(value: ItemUpdateInputName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ItemUpdateInputName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 500usize {
            return Err("longer than 500 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ItemUpdateInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ItemUpdateInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ItemUpdateInputName {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`ItemWmtsCapabilitiesInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ItemWmtsCapabilitiesInput {
    pub base_url: ::std::string::String,
    pub item_id: ::std::string::String,
    #[serde(default)]
    pub key: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub profile: ::std::option::Option<::std::string::String>,
}
///`ItemWmtsGetTileInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ItemWmtsGetTileInput {
    pub item_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub profile: ::std::option::Option<::std::string::String>,
    pub x: i64,
    pub y: i64,
    pub z: i64,
}
///`ItemsByCollectionInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ItemsByCollectionInput {
    pub collection_id: ::std::string::String,
    #[serde(default = "defaults::default_u64::<i64, 100>")]
    pub limit: i64,
    #[serde(default)]
    pub offset: i64,
}
///`ItemsListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ItemsListInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub collection_id: ::std::option::Option<::std::string::String>,
    #[serde(default = "defaults::default_u64::<i64, 100>")]
    pub limit: i64,
    #[serde(default)]
    pub offset: i64,
    pub project_id: ::std::string::String,
    #[serde(default)]
    pub uncollected: bool,
}
///`JobGetInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct JobGetInput {
    pub job_id: ::std::string::String,
}
///`JobRegisterInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct JobRegisterInput {
    pub job_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub outputs: ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
}
///`JobTypesInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct JobTypesInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub category: ::std::option::Option<::std::string::String>,
}
///`JobsListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct JobsListInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ids: ::std::option::Option<::std::string::String>,
    #[serde(default = "defaults::default_u64::<i64, 20>")]
    pub limit: i64,
    #[serde(default)]
    pub page: i64,
    #[serde(
        rename = "processId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub process_id: ::std::option::Option<::std::string::String>,
    #[serde(default = "defaults::jobs_list_input_sort")]
    pub sort: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "workspaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub workspace_id: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for JobsListInput {
    fn default() -> Self {
        Self {
            ids: Default::default(),
            limit: defaults::default_u64::<i64, 20>(),
            page: Default::default(),
            process_id: Default::default(),
            sort: defaults::jobs_list_input_sort(),
            status: Default::default(),
            workspace_id: Default::default(),
        }
    }
}
///`LifecycleState`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum LifecycleState {
    #[serde(rename = "active")]
    Active,
    #[serde(rename = "expiring")]
    Expiring,
    #[serde(rename = "archived")]
    Archived,
    #[serde(rename = "expired")]
    Expired,
    #[serde(rename = "deleted")]
    Deleted,
}
impl ::std::fmt::Display for LifecycleState {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Active => f.write_str("active"),
            Self::Expiring => f.write_str("expiring"),
            Self::Archived => f.write_str("archived"),
            Self::Expired => f.write_str("expired"),
            Self::Deleted => f.write_str("deleted"),
        }
    }
}
impl ::std::str::FromStr for LifecycleState {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "active" => Ok(Self::Active),
            "expiring" => Ok(Self::Expiring),
            "archived" => Ok(Self::Archived),
            "expired" => Ok(Self::Expired),
            "deleted" => Ok(Self::Deleted),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for LifecycleState {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for LifecycleState {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`LineageEdge`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct LineageEdge {
    pub depth: i64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub dst_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub dst_type: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub invocation_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub relation: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub src_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub src_type: ::std::option::Option<::std::string::String>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
///`LineageGetInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct LineageGetInput {
    ///up=ancestors, down=descendants, both
    #[serde(default = "defaults::lineage_get_input_direction")]
    pub direction: LineageGetInputDirection,
    ///Root entity id
    pub entity_id: ::std::string::String,
    ///Root node type: item | order | processing_job | collection | project
    pub entity_type: ::std::string::String,
    #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 20>")]
    pub max_depth: ::std::num::NonZeroU64,
}
///up=ancestors, down=descendants, both
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct LineageGetInputDirection(::std::string::String);
impl ::std::ops::Deref for LineageGetInputDirection {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<LineageGetInputDirection> for ::std::string::String {
    fn from(value: LineageGetInputDirection) -> Self {
        value.0
    }
}
impl ::std::default::Default for LineageGetInputDirection {
    fn default() -> Self {
        LineageGetInputDirection("up".to_string())
    }
}
impl ::std::str::FromStr for LineageGetInputDirection {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^(up|down|both)$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^(up|down|both)$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for LineageGetInputDirection {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for LineageGetInputDirection {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for LineageGetInputDirection {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`LineageGetOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct LineageGetOutput {
    pub direction: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub edges: ::std::vec::Vec<LineageEdge>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub nodes: ::std::vec::Vec<LineageNode>,
    pub root: ::std::collections::HashMap<::std::string::String, ::std::string::String>,
}
///`LineageNode`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct LineageNode {
    pub depth: i64,
    pub entity_id: ::std::string::String,
    pub entity_type: ::std::string::String,
}
///`ListSubscriptionsInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct ListSubscriptionsInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub active: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub event_type: ::std::option::Option<::std::string::String>,
}
///`MarkAllReadOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct MarkAllReadOutput {
    #[serde(default)]
    pub marked_count: i64,
}
///`MarkInvoicedInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct MarkInvoicedInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub note: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub order_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub organization_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub period: ::std::option::Option<::std::string::String>,
    pub reference: ::std::string::String,
}
///`MemberOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct MemberOutput(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for MemberOutput {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<MemberOutput>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: MemberOutput) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for MemberOutput {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
///`NotificationOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct NotificationOutput {
    pub id: ::std::string::String,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
///`NotificationRef`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct NotificationRef {
    pub notification_id: ::std::string::String,
}
///`NotificationsListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct NotificationsListInput {
    #[serde(default = "defaults::default_u64::<i64, 50>")]
    pub limit: i64,
    #[serde(default)]
    pub offset: i64,
    #[serde(default)]
    pub unread_only: bool,
}
impl ::std::default::Default for NotificationsListInput {
    fn default() -> Self {
        Self {
            limit: defaults::default_u64::<i64, 50>(),
            offset: Default::default(),
            unread_only: Default::default(),
        }
    }
}
///`OkOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct OkOutput {
    pub id: ::std::string::String,
    #[serde(default = "defaults::default_bool::<true>")]
    pub ok: bool,
}
///`OperationGetInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct OperationGetInput {
    pub operation_name: ::std::string::String,
}
///`OperationsListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct OperationsListInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data_type: ::std::option::Option<::std::string::String>,
}
///`OrderAssetsInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct OrderAssetsInput {
    pub order_id: ::std::string::String,
}
///`OrderCancelInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct OrderCancelInput {
    pub order_id: ::std::string::String,
}
///`OrderCancelOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct OrderCancelOutput {
    #[serde(rename = "orderId")]
    pub order_id: ::std::string::String,
    pub status: ::std::string::String,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
///`OrderGetInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct OrderGetInput {
    pub order_id: ::std::string::String,
}
///`OrderPlaceInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct OrderPlaceInput {
    #[serde(rename = "dataProduct")]
    pub data_product: ::std::string::String,
    #[serde(rename = "displayName", default)]
    pub display_name: ::std::string::String,
    #[serde(
        rename = "featureCollection",
        default,
        skip_serializing_if = "::serde_json::Map::is_empty"
    )]
    pub feature_collection: ::serde_json::Map<
        ::std::string::String,
        ::serde_json::Value,
    >,
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub params: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "workspaceId")]
    pub workspace_id: ::std::string::String,
}
///`OrderPlaceOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct OrderPlaceOutput(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for OrderPlaceOutput {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<OrderPlaceOutput>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: OrderPlaceOutput) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for OrderPlaceOutput {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
///`OrderSchemaInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct OrderSchemaInput {
    pub data_product_id: ::std::string::String,
}
///`OrderUpdateInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct OrderUpdateInput {
    pub order_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
///`OrderUpdateOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct OrderUpdateOutput(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for OrderUpdateOutput {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<OrderUpdateOutput>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: OrderUpdateOutput) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for OrderUpdateOutput {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
///`OrdersListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct OrdersListInput {
    #[serde(
        rename = "dataProductIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_product_ids: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "displayName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "orderIds", skip_serializing_if = "::std::option::Option::is_none")]
    pub order_ids: ::std::option::Option<::std::string::String>,
    #[serde(default)]
    pub page: i64,
    #[serde(default = "defaults::default_u64::<i64, 20>")]
    pub size: i64,
    #[serde(default = "defaults::orders_list_input_sort")]
    pub sort: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "subStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sub_status: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "workspaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub workspace_id: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for OrdersListInput {
    fn default() -> Self {
        Self {
            data_product_ids: Default::default(),
            display_name: Default::default(),
            order_ids: Default::default(),
            page: Default::default(),
            size: defaults::default_u64::<i64, 20>(),
            sort: defaults::orders_list_input_sort(),
            status: Default::default(),
            sub_status: Default::default(),
            tags: Default::default(),
            type_: Default::default(),
            workspace_id: Default::default(),
        }
    }
}
///`OrgInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct OrgInput {
    pub organization_id: ::std::string::String,
}
///`OrgItemSearchInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct OrgItemSearchInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub base_url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bbox: ::std::option::Option<::std::vec::Vec<f64>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub collections: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub datetime: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub format: ::std::option::Option<::std::string::String>,
    #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 100>")]
    pub limit: ::std::num::NonZeroU64,
    #[serde(default)]
    pub offset: u64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub query: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sortby: ::std::option::Option<
        ::std::vec::Vec<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    >,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<ItemType>,
}
impl ::std::default::Default for OrgItemSearchInput {
    fn default() -> Self {
        Self {
            base_url: Default::default(),
            bbox: Default::default(),
            collections: Default::default(),
            datetime: Default::default(),
            format: Default::default(),
            limit: defaults::default_nzu64::<::std::num::NonZeroU64, 100>(),
            offset: Default::default(),
            query: Default::default(),
            sortby: Default::default(),
            type_: Default::default(),
        }
    }
}
///`OrgStatusInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct OrgStatusInput {
    pub organization_id: ::std::string::String,
}
///`OrganizationCreateInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct OrganizationCreateInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub abn: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub billing_address: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub billing_admin_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub billing_email: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub country: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(default)]
    pub enterprise_billing: bool,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub industry: ::std::option::Option<::std::string::String>,
    pub name: OrganizationCreateInputName,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub size: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tax_number: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub website: ::std::option::Option<::std::string::String>,
}
///`OrganizationCreateInputName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct OrganizationCreateInputName(::std::string::String);
impl ::std::ops::Deref for OrganizationCreateInputName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<OrganizationCreateInputName> for ::std::string::String {
    fn from(value: OrganizationCreateInputName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for OrganizationCreateInputName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for OrganizationCreateInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for OrganizationCreateInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for OrganizationCreateInputName {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`OrganizationCreateOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct OrganizationCreateOutput {
    pub enterprise_billing: bool,
    pub id: ::std::string::String,
    pub name: ::std::string::String,
    pub slug: ::std::string::String,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
///`PaymentMethodOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct PaymentMethodOutput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "isDefault", default)]
    pub is_default: bool,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
///`ProcessExecuteInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProcessExecuteInput {
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub inputs: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    pub process_id: ::std::string::String,
    #[serde(rename = "workspaceId")]
    pub workspace_id: ::std::string::String,
}
///`ProcessExecuteOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct ProcessExecuteOutput(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for ProcessExecuteOutput {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<ProcessExecuteOutput>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: ProcessExecuteOutput) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for ProcessExecuteOutput {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
///`ProcessGetInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProcessGetInput {
    pub process_id: ::std::string::String,
}
///`ProcessRunInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProcessRunInput {
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub inputs: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    pub process_id: ::std::string::String,
}
///`ProcessingDispatchInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProcessingDispatchInput {
    pub job_id: ::std::string::String,
    #[serde(default = "defaults::processing_dispatch_input_version")]
    pub version: ::std::string::String,
}
///`ProcessingDispatchOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProcessingDispatchOutput {
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub dispatch: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub job: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
///`ProcessingJobInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProcessingJobInput {
    pub job_id: ::std::string::String,
}
///`ProfileCreateInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProfileCreateInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub asset_key: ::std::option::Option<::std::string::String>,
    ///Render configuration.
    pub config: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    #[serde(default)]
    pub is_default: bool,
    pub item_id: ::std::string::String,
    #[serde(default = "defaults::profile_create_input_layer")]
    pub layer: ProfileLayer,
    pub name: ProfileCreateInputName,
    #[serde(default)]
    pub sort_order: i64,
    #[serde(rename = "type")]
    pub type_: ProfileType,
}
///`ProfileCreateInputName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ProfileCreateInputName(::std::string::String);
impl ::std::ops::Deref for ProfileCreateInputName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ProfileCreateInputName> for ::std::string::String {
    fn from(value: ProfileCreateInputName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ProfileCreateInputName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 255usize {
            return Err("longer than 255 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ProfileCreateInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ProfileCreateInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ProfileCreateInputName {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`ProfileGetInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProfileGetInput {
    pub item_id: ::std::string::String,
    pub profile_id: ::std::string::String,
}
///`ProfileLayer`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum ProfileLayer {
    #[serde(rename = "sensor")]
    Sensor,
    #[serde(rename = "auto")]
    Auto,
    #[serde(rename = "user")]
    User,
}
impl ::std::fmt::Display for ProfileLayer {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Sensor => f.write_str("sensor"),
            Self::Auto => f.write_str("auto"),
            Self::User => f.write_str("user"),
        }
    }
}
impl ::std::str::FromStr for ProfileLayer {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "sensor" => Ok(Self::Sensor),
            "auto" => Ok(Self::Auto),
            "user" => Ok(Self::User),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ProfileLayer {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ProfileLayer {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`ProfileRef`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProfileRef {
    pub item_id: ::std::string::String,
    pub profile_id: ::std::string::String,
}
///Visualization profile as returned from the API.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProfileResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub asset_key: ::std::option::Option<::std::string::String>,
    pub config: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_by: ::std::option::Option<::std::string::String>,
    pub id: ::std::string::String,
    #[serde(default)]
    pub is_default: bool,
    pub item_id: ::std::string::String,
    pub layer: ProfileLayer,
    pub name: ::std::string::String,
    #[serde(default)]
    pub sort_order: i64,
    #[serde(rename = "type")]
    pub type_: ProfileType,
    pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(default = "defaults::default_u64::<i64, 1>")]
    pub version: i64,
}
///`ProfileType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum ProfileType {
    #[serde(rename = "rgb")]
    Rgb,
    #[serde(rename = "singleband")]
    Singleband,
    #[serde(rename = "multiband")]
    Multiband,
    #[serde(rename = "expression")]
    Expression,
}
impl ::std::fmt::Display for ProfileType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Rgb => f.write_str("rgb"),
            Self::Singleband => f.write_str("singleband"),
            Self::Multiband => f.write_str("multiband"),
            Self::Expression => f.write_str("expression"),
        }
    }
}
impl ::std::str::FromStr for ProfileType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "rgb" => Ok(Self::Rgb),
            "singleband" => Ok(Self::Singleband),
            "multiband" => Ok(Self::Multiband),
            "expression" => Ok(Self::Expression),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ProfileType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ProfileType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`ProfileUpdateInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProfileUpdateInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub asset_key: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub config: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub is_default: ::std::option::Option<bool>,
    pub item_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<ProfileUpdateInputName>,
    pub profile_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sort_order: ::std::option::Option<i64>,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<ProfileType>,
}
///`ProfileUpdateInputName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ProfileUpdateInputName(::std::string::String);
impl ::std::ops::Deref for ProfileUpdateInputName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ProfileUpdateInputName> for ::std::string::String {
    fn from(value: ProfileUpdateInputName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ProfileUpdateInputName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 255usize {
            return Err("longer than 255 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ProfileUpdateInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ProfileUpdateInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ProfileUpdateInputName {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`ProfilesListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProfilesListInput {
    pub item_id: ::std::string::String,
}
///`ProjectArchiveInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProjectArchiveInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub is_archived: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<ProjectArchiveInputName>,
    pub project_id: ::std::string::String,
}
///`ProjectArchiveInputName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ProjectArchiveInputName(::std::string::String);
impl ::std::ops::Deref for ProjectArchiveInputName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ProjectArchiveInputName> for ::std::string::String {
    fn from(value: ProjectArchiveInputName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ProjectArchiveInputName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 255usize {
            return Err("longer than 255 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ProjectArchiveInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ProjectArchiveInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ProjectArchiveInputName {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///Input for creating a project.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProjectCreate {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(default = "defaults::project_create_gcs_region")]
    pub gcs_region: GcsRegion,
    pub name: ProjectCreateName,
}
///`ProjectCreateName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ProjectCreateName(::std::string::String);
impl ::std::ops::Deref for ProjectCreateName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ProjectCreateName> for ::std::string::String {
    fn from(value: ProjectCreateName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ProjectCreateName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 255usize {
            return Err("longer than 255 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ProjectCreateName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ProjectCreateName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ProjectCreateName {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`ProjectDeleteInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProjectDeleteInput {
    pub project_id: ::std::string::String,
}
///`ProjectDeleteOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProjectDeleteOutput {
    #[serde(default = "defaults::default_bool::<true>")]
    pub deleted: bool,
    pub project_id: ::std::string::String,
    #[serde(default)]
    pub storage_freed_bytes: i64,
}
///`ProjectItemSearchInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProjectItemSearchInput {
    ///Base URL for STAC links (stac format only)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub base_url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bbox: ::std::option::Option<::std::vec::Vec<f64>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub collections: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub datetime: ::std::option::Option<::std::string::String>,
    ///'stac' for full STAC features
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub format: ::std::option::Option<::std::string::String>,
    #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 100>")]
    pub limit: ::std::num::NonZeroU64,
    #[serde(default)]
    pub offset: u64,
    pub project_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub query: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sortby: ::std::option::Option<
        ::std::vec::Vec<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    >,
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub type_: ::std::option::Option<ItemType>,
}
///`ProjectJobGetInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProjectJobGetInput {
    pub job_id: ::std::string::String,
}
///`ProjectJobsInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProjectJobsInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub job_type_name: ::std::option::Option<::std::string::String>,
    #[serde(default = "defaults::default_u64::<i64, 50>")]
    pub limit: i64,
    #[serde(default)]
    pub offset: i64,
    pub project_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}
///Project as returned from the API.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProjectResponse {
    pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub gcs_bucket_name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub gcs_region: ::std::option::Option<GcsRegion>,
    pub id: ::std::string::String,
    #[serde(default)]
    pub is_archived: bool,
    pub name: ::std::string::String,
    pub organization_id: ::std::string::String,
    pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
}
///`ProjectUpdateInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProjectUpdateInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub is_archived: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<ProjectUpdateInputName>,
    pub project_id: ::std::string::String,
}
///`ProjectUpdateInputName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ProjectUpdateInputName(::std::string::String);
impl ::std::ops::Deref for ProjectUpdateInputName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ProjectUpdateInputName> for ::std::string::String {
    fn from(value: ProjectUpdateInputName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ProjectUpdateInputName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 255usize {
            return Err("longer than 255 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ProjectUpdateInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ProjectUpdateInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ProjectUpdateInputName {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`ProviderGetInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProviderGetInput {
    pub provider_name: ::std::string::String,
}
///`ProviderSamplesInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProviderSamplesInput {
    #[serde(default = "defaults::default_u64::<i64, 50>")]
    pub limit: i64,
    #[serde(default)]
    pub offset: i64,
    pub provider: ::std::string::String,
}
///`ProvidersListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ProvidersListInput {
    #[serde(default)]
    pub page: i64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub role: ::std::option::Option<::std::string::String>,
    #[serde(default = "defaults::default_u64::<i64, 10>")]
    pub size: i64,
    #[serde(default = "defaults::providers_list_input_sort")]
    pub sort: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for ProvidersListInput {
    fn default() -> Self {
        Self {
            page: Default::default(),
            role: Default::default(),
            size: defaults::default_u64::<i64, 10>(),
            sort: defaults::providers_list_input_sort(),
        }
    }
}
///`QuotationDecideInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct QuotationDecideInput {
    pub decision: QuotationDecideInputDecision,
    pub quotation_id: ::std::string::String,
}
///`QuotationDecideInputDecision`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct QuotationDecideInputDecision(::std::string::String);
impl ::std::ops::Deref for QuotationDecideInputDecision {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<QuotationDecideInputDecision> for ::std::string::String {
    fn from(value: QuotationDecideInputDecision) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for QuotationDecideInputDecision {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^(ACCEPTED|REJECTED)$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^(ACCEPTED|REJECTED)$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for QuotationDecideInputDecision {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for QuotationDecideInputDecision {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for QuotationDecideInputDecision {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`RecalculateInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RecalculateInput {
    pub organization_id: ::std::string::String,
}
///`RejectApprovalInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RejectApprovalInput {
    pub approval_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
}
///`RemoveMemberInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RemoveMemberInput {
    pub project_id: ::std::string::String,
    pub user_id: ::std::string::String,
}
///`RemoveMemberOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RemoveMemberOutput {
    #[serde(default = "defaults::default_bool::<true>")]
    pub ok: bool,
}
impl ::std::default::Default for RemoveMemberOutput {
    fn default() -> Self {
        Self {
            ok: defaults::default_bool::<true>(),
        }
    }
}
///`ReplayInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ReplayInput {
    #[serde(default = "defaults::default_u64::<i64, 100>")]
    pub batch_size: i64,
}
impl ::std::default::Default for ReplayInput {
    fn default() -> Self {
        Self {
            batch_size: defaults::default_u64::<i64, 100>(),
        }
    }
}
///`RequestApprovalInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RequestApprovalInput {
    pub credits: ::std::num::NonZeroU64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub expiry_hours: ::std::option::Option<::std::num::NonZeroU64>,
}
///`RunAllInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RunAllInput {
    #[serde(default = "defaults::default_u64::<i64, 1048576>")]
    pub threshold_bytes: i64,
}
impl ::std::default::Default for RunAllInput {
    fn default() -> Self {
        Self {
            threshold_bytes: defaults::default_u64::<i64, 1048576>(),
        }
    }
}
///`RunInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RunInput {
    pub organization_id: ::std::string::String,
    #[serde(default = "defaults::default_u64::<i64, 1048576>")]
    pub threshold_bytes: i64,
}
///`RunsInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct RunsInput {
    #[serde(default)]
    pub flagged_only: bool,
    #[serde(default = "defaults::default_u64::<i64, 50>")]
    pub limit: i64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub organization_id: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for RunsInput {
    fn default() -> Self {
        Self {
            flagged_only: Default::default(),
            limit: defaults::default_u64::<i64, 50>(),
            organization_id: Default::default(),
        }
    }
}
///`SampleInfoInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SampleInfoInput {
    pub provider: ::std::string::String,
    pub scene_id: ::std::string::String,
}
///`SceneInfoInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SceneInfoInput {
    pub scene_id: ::std::string::String,
}
///Subset of provider's `POST /assets/stac/search` body schema, plus base_url.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SearchInput {
    #[serde(default)]
    pub base_url: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bbox: ::std::option::Option<::std::vec::Vec<f64>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub collections: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub datetime: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub filter: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(rename = "filter-lang", default = "defaults::search_input_filter_lang")]
    pub filter_lang: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub intersects: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 10>")]
    pub limit: ::std::num::NonZeroU64,
    #[serde(default)]
    pub page: u64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sortby: ::std::option::Option<::std::vec::Vec<SortClause>>,
}
impl ::std::default::Default for SearchInput {
    fn default() -> Self {
        Self {
            base_url: Default::default(),
            bbox: Default::default(),
            collections: Default::default(),
            datetime: Default::default(),
            filter: Default::default(),
            filter_lang: defaults::search_input_filter_lang(),
            ids: Default::default(),
            intersects: Default::default(),
            limit: defaults::default_nzu64::<::std::num::NonZeroU64, 10>(),
            page: Default::default(),
            sortby: Default::default(),
        }
    }
}
///`SetAutoTopupInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SetAutoTopupInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub daily_charge_cap_aud: ::std::option::Option<f64>,
    pub enabled: bool,
    pub threshold_credits: ::std::num::NonZeroU64,
    pub topup_amount_credits: ::std::num::NonZeroU64,
}
///`SetAutoTopupOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SetAutoTopupOutput {
    pub enabled: bool,
    pub threshold_credits: i64,
    pub topup_amount_credits: i64,
}
///`SetBandNamesInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SetBandNamesInput {
    pub asset_id: ::std::string::String,
    pub band_names: ::std::vec::Vec<::std::string::String>,
    pub item_id: ::std::string::String,
}
///`SetDefaultInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SetDefaultInput {
    pub payment_method_row_id: ::std::string::String,
}
///`SettleInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SettleInput {
    #[serde(default = "defaults::default_u64::<i64, 500>")]
    pub limit: i64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub organization_id: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for SettleInput {
    fn default() -> Self {
        Self {
            limit: defaults::default_u64::<i64, 500>(),
            organization_id: Default::default(),
        }
    }
}
///`SetupIntentInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct SetupIntentInput(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for SetupIntentInput {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<SetupIntentInput>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: SetupIntentInput) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for SetupIntentInput {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
///`SetupIntentOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SetupIntentOutput {
    pub client_secret: ::std::string::String,
    pub customer_id: ::std::string::String,
    pub env: ::std::string::String,
    pub setup_intent_id: ::std::string::String,
}
///Input for creating a share link.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ShareLinkCreate {
    pub expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
    ///Plaintext password (will be bcrypt-hashed)
    pub password: ShareLinkCreatePassword,
    #[serde(default = "defaults::share_link_create_permission")]
    pub permission: SharePermission,
    pub target_id: ::std::string::String,
    pub target_type: ShareTargetType,
}
///`ShareLinkCreateOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ShareLinkCreateOutput {
    #[serde(default)]
    pub access_count: i64,
    pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_by: ::std::option::Option<::std::string::String>,
    pub expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
    pub id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub last_accessed_at: ::std::option::Option<
        ::chrono::DateTime<::chrono::offset::Utc>,
    >,
    pub organization_id: ::std::string::String,
    pub permission: ::std::string::String,
    pub project_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub revoked_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
    pub target_id: ::std::string::String,
    pub target_type: ::std::string::String,
    pub token: ::std::string::String,
}
///Plaintext password (will be bcrypt-hashed)
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ShareLinkCreatePassword(::std::string::String);
impl ::std::ops::Deref for ShareLinkCreatePassword {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ShareLinkCreatePassword> for ::std::string::String {
    fn from(value: ShareLinkCreatePassword) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ShareLinkCreatePassword {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() < 8usize {
            return Err("shorter than 8 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ShareLinkCreatePassword {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ShareLinkCreatePassword {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ShareLinkCreatePassword {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`ShareLinkRevokeInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ShareLinkRevokeInput {
    pub link_id: ::std::string::String,
}
///`ShareLinkRevokeOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ShareLinkRevokeOutput {
    pub id: ::std::string::String,
    #[serde(default = "defaults::default_bool::<true>")]
    pub ok: bool,
}
///`ShareLinkValidateInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ShareLinkValidateInput {
    #[serde(default)]
    pub password: ::std::string::String,
    pub token: ::std::string::String,
}
///`ShareLinkValidateOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ShareLinkValidateOutput {
    pub permission: ::std::string::String,
    pub target: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    pub target_type: ::std::string::String,
}
///`SharePermission`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum SharePermission {
    #[serde(rename = "view")]
    View,
    #[serde(rename = "download")]
    Download,
}
impl ::std::fmt::Display for SharePermission {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::View => f.write_str("view"),
            Self::Download => f.write_str("download"),
        }
    }
}
impl ::std::str::FromStr for SharePermission {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "view" => Ok(Self::View),
            "download" => Ok(Self::Download),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for SharePermission {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SharePermission {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`ShareTargetType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum ShareTargetType {
    #[serde(rename = "item")]
    Item,
    #[serde(rename = "collection")]
    Collection,
}
impl ::std::fmt::Display for ShareTargetType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Item => f.write_str("item"),
            Self::Collection => f.write_str("collection"),
        }
    }
}
impl ::std::str::FromStr for ShareTargetType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "item" => Ok(Self::Item),
            "collection" => Ok(Self::Collection),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for ShareTargetType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ShareTargetType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`ShareTileInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ShareTileInput {
    #[serde(default = "defaults::share_tile_input_format")]
    pub format: ::std::string::String,
    #[serde(default)]
    pub password: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub profile: ::std::option::Option<::std::string::String>,
    pub token: ::std::string::String,
    pub x: i64,
    pub y: i64,
    pub z: i64,
}
///`ShareTilejsonInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ShareTilejsonInput {
    #[serde(default)]
    pub password: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub profile: ::std::option::Option<::std::string::String>,
    pub token: ::std::string::String,
}
///`SignedUrlInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SignedUrlInput {
    #[serde(default = "defaults::signed_url_input_content_type")]
    pub content_type: ::std::string::String,
    pub file_name: SignedUrlInputFileName,
    pub upload_id: ::std::string::String,
}
///`SignedUrlInputFileName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct SignedUrlInputFileName(::std::string::String);
impl ::std::ops::Deref for SignedUrlInputFileName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<SignedUrlInputFileName> for ::std::string::String {
    fn from(value: SignedUrlInputFileName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for SignedUrlInputFileName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for SignedUrlInputFileName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for SignedUrlInputFileName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for SignedUrlInputFileName {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`SignedUrlOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SignedUrlOutput {
    pub object_path: ::std::string::String,
    pub upload_url: ::std::string::String,
}
///`SortClause`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SortClause {
    #[serde(default = "defaults::sort_clause_direction")]
    pub direction: ::std::string::String,
    pub field: ::std::string::String,
}
///`SourceDto`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SourceDto {
    pub access_model: ::std::string::String,
    pub attribution: ::std::string::String,
    pub collections: ::std::vec::Vec<CollectionDto>,
    pub countries: ::std::vec::Vec<::std::string::String>,
    pub description: ::std::string::String,
    pub id: ::std::string::String,
    pub license: ::std::string::String,
    pub scope: ::std::string::String,
    pub title: ::std::string::String,
}
///`SourceResultSummary`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SourceResultSummary {
    pub count: i64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::std::string::String>,
    pub source_id: ::std::string::String,
    pub title: ::std::string::String,
}
///`SourcesListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct SourcesListInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub country: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub data_type: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scope: ::std::option::Option<::std::string::String>,
}
///`SourcesListOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SourcesListOutput {
    pub sources: ::std::vec::Vec<SourceDto>,
}
///org-scoped STAC collection listing; base_url builds the self/root/items links.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct StacCollectionsListInput {
    #[serde(default)]
    pub base_url: ::std::string::String,
}
///`StatementInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct StatementInput {
    pub organization_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub period: ::std::option::Option<::std::string::String>,
}
///`StudiesListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct StudiesListInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub decision: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "orderId", skip_serializing_if = "::std::option::Option::is_none")]
    pub order_id: ::std::option::Option<::std::string::String>,
    #[serde(default)]
    pub page: i64,
    #[serde(default = "defaults::default_u64::<i64, 20>")]
    pub size: i64,
    #[serde(
        rename = "workspaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub workspace_id: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for StudiesListInput {
    fn default() -> Self {
        Self {
            decision: Default::default(),
            id: Default::default(),
            order_id: Default::default(),
            page: Default::default(),
            size: defaults::default_u64::<i64, 20>(),
            workspace_id: Default::default(),
        }
    }
}
///`SubscriptionOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct SubscriptionOutput {
    pub id: ::std::string::String,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
///`TaskingEstimateInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct TaskingEstimateInput {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub groups: ::std::vec::Vec<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
}
///`TaskingEstimateOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TaskingEstimateOutput {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub errors: ::std::vec::Vec<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub groups: ::std::vec::Vec<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(
        rename = "totalAud",
        default = "defaults::tasking_estimate_output_total_aud"
    )]
    pub total_aud: f64,
    #[serde(rename = "totalCredits", default)]
    pub total_credits: i64,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
///`TaskingGroupsInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TaskingGroupsInput {
    pub order_id: ::std::string::String,
}
///`TaskingSensorsInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct TaskingSensorsInput(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for TaskingSensorsInput {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<TaskingSensorsInput>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: TaskingSensorsInput) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for TaskingSensorsInput {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
///`TaskingSensorsOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TaskingSensorsOutput {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub sensors: ::std::vec::Vec<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
///`TemplateDeleteInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TemplateDeleteInput {
    pub template_id: ::std::string::String,
}
///`TemplateDeleteOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TemplateDeleteOutput {
    #[serde(default = "defaults::default_bool::<true>")]
    pub deleted: bool,
    pub template_id: ::std::string::String,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
///`TemplateListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct TemplateListInput(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for TemplateListInput {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<TemplateListInput>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: TemplateListInput) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for TemplateListInput {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
///`TemplateListOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TemplateListOutput {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub templates: ::std::vec::Vec<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
///`TemplateSaveInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TemplateSaveInput {
    #[serde(default = "defaults::default_bool::<true>")]
    pub capture_asap: bool,
    pub capture_frequency: ::std::string::String,
    pub datum: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    pub file_format: ::std::string::String,
    #[serde(default)]
    pub has_control: bool,
    #[serde(default)]
    pub max_cloud_coverage: i64,
    #[serde(default)]
    pub max_nadir_angle: i64,
    pub name: TemplateSaveInputName,
    pub resolution: ::std::string::String,
    pub sensor: ::std::string::String,
}
///`TemplateSaveInputName`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct TemplateSaveInputName(::std::string::String);
impl ::std::ops::Deref for TemplateSaveInputName {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<TemplateSaveInputName> for ::std::string::String {
    fn from(value: TemplateSaveInputName) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for TemplateSaveInputName {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() > 255usize {
            return Err("longer than 255 characters".into());
        }
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for TemplateSaveInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for TemplateSaveInputName {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for TemplateSaveInputName {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`TemplateSaveOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TemplateSaveOutput {
    pub id: ::std::string::String,
    pub name: ::std::string::String,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
///`TestAlertRuleInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TestAlertRuleInput {
    pub item_id: ::std::string::String,
    pub rule_id: ::std::string::String,
}
///`TestAlertRuleOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TestAlertRuleOutput {
    pub comparison: ::std::string::String,
    pub computed_value: f64,
    pub expression: ::std::string::String,
    pub item_id: ::std::string::String,
    pub threshold: f64,
    pub would_trigger: bool,
}
///`TestSubscriptionInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TestSubscriptionInput {
    pub subscription_id: ::std::string::String,
}
///`TestSubscriptionOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TestSubscriptionOutput {
    pub delivered: bool,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::std::string::String>,
    pub event_id: ::std::string::String,
    pub event_type: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub http_status: ::std::option::Option<i64>,
    pub status: ::std::string::String,
}
///`TransactionsInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct TransactionsInput {
    #[serde(default = "defaults::default_u64::<i64, 50>")]
    pub limit: i64,
    #[serde(default)]
    pub offset: i64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
}
impl ::std::default::Default for TransactionsInput {
    fn default() -> Self {
        Self {
            limit: defaults::default_u64::<i64, 50>(),
            offset: Default::default(),
            reason: Default::default(),
        }
    }
}
///`UpdateAlertRuleInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct UpdateAlertRuleInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub active: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub asset_key: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub band_mapping: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, i64>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub collection_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub comparison: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cooldown_minutes: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub event_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub expression: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub notification_channels: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub rule_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub threshold: ::std::option::Option<f64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub threshold_upper: ::std::option::Option<f64>,
}
///`UpdateMemberInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct UpdateMemberInput {
    pub project_id: ::std::string::String,
    ///New role: admin, editor, or viewer
    pub role: ::std::string::String,
    pub user_id: ::std::string::String,
}
///`UpdateSubscriptionInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct UpdateSubscriptionInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub active: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub endpoint_url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_config: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub headers: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub subscription_id: ::std::string::String,
}
///`UploadFailInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct UploadFailInput {
    pub error_message: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error_step: ::std::option::Option<::std::string::String>,
    pub upload_id: ::std::string::String,
}
///Input for starting an upload session.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct UploadInitiate {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub asset_key: ::std::option::Option<::std::string::String>,
    #[serde(default = "defaults::default_nzu64::<::std::num::NonZeroU64, 1>")]
    pub file_count: ::std::num::NonZeroU64,
    #[serde(default)]
    pub is_categorical: bool,
    pub project_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub target_collection_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub target_item_id: ::std::option::Option<::std::string::String>,
    #[serde(default)]
    pub total_bytes: u64,
    #[serde(default = "defaults::upload_initiate_transfer_method")]
    pub transfer_method: UploadInitiateTransferMethod,
}
///`UploadInitiateTransferMethod`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct UploadInitiateTransferMethod(::std::string::String);
impl ::std::ops::Deref for UploadInitiateTransferMethod {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<UploadInitiateTransferMethod> for ::std::string::String {
    fn from(value: UploadInitiateTransferMethod) -> Self {
        value.0
    }
}
impl ::std::default::Default for UploadInitiateTransferMethod {
    fn default() -> Self {
        UploadInitiateTransferMethod("browser".to_string())
    }
}
impl ::std::str::FromStr for UploadInitiateTransferMethod {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^(browser|cli|cloud_transfer)$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^(browser|cli|cloud_transfer)$\"".into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for UploadInitiateTransferMethod {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for UploadInitiateTransferMethod {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for UploadInitiateTransferMethod {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`UploadOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct UploadOutput {
    pub id: ::std::string::String,
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
///`UploadProgressInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct UploadProgressInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bytes_uploaded: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    pub upload_id: ::std::string::String,
}
///`UsageCurrentInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct UsageCurrentInput {
    pub organization_id: ::std::string::String,
}
///`UsageHistoryInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct UsageHistoryInput {
    #[serde(default = "defaults::default_u64::<i64, 3>")]
    pub months: i64,
    pub organization_id: ::std::string::String,
}
///`ValidateFormulaInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ValidateFormulaInput {
    pub formula: ::std::string::String,
    pub sensor: ::std::string::String,
}
///`ValidateFormulaOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct ValidateFormulaOutput {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub available_bands: ::std::vec::Vec<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::std::string::String>,
    pub formula: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub required_bands: ::std::vec::Vec<::std::string::String>,
    pub sensor: ::std::string::String,
    pub valid: bool,
}
///`VisualizationListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VisualizationListInput {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub asset: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = ":: std :: collections :: HashMap::is_empty")]
    pub band_roles: ::std::collections::HashMap<::std::string::String, i64>,
    #[serde(default = "defaults::visualization_list_input_data_type")]
    pub data_type: ::std::string::String,
    #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
    pub render_params: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl ::std::default::Default for VisualizationListInput {
    fn default() -> Self {
        Self {
            asset: Default::default(),
            band_roles: Default::default(),
            data_type: defaults::visualization_list_input_data_type(),
            render_params: Default::default(),
        }
    }
}
///`VisualizationListOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
pub struct VisualizationListOutput {
    #[serde(default)]
    pub default_id: ::std::string::String,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub visualizations: ::std::vec::Vec<VisualizationSpec>,
}
///`VisualizationSpec`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
pub struct VisualizationSpec {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub asset: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bands: ::std::option::Option<::std::vec::Vec<i64>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub category: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub colormap: ::std::option::Option<::std::string::String>,
    #[serde(default)]
    pub description: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub expression: ::std::option::Option<::std::string::String>,
    pub id: ::std::string::String,
    #[serde(default)]
    pub is_default: bool,
    pub kind: VisualizationSpecKind,
    pub label: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rescale: ::std::option::Option<::std::string::String>,
}
///`VisualizationSpecKind`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum VisualizationSpecKind {
    #[serde(rename = "rgb")]
    Rgb,
    #[serde(rename = "index")]
    Index,
    #[serde(rename = "elevation")]
    Elevation,
    #[serde(rename = "raw")]
    Raw,
}
impl ::std::fmt::Display for VisualizationSpecKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Rgb => f.write_str("rgb"),
            Self::Index => f.write_str("index"),
            Self::Elevation => f.write_str("elevation"),
            Self::Raw => f.write_str("raw"),
        }
    }
}
impl ::std::str::FromStr for VisualizationSpecKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "rgb" => Ok(Self::Rgb),
            "index" => Ok(Self::Index),
            "elevation" => Ok(Self::Elevation),
            "raw" => Ok(Self::Raw),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for VisualizationSpecKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for VisualizationSpecKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///`VizListInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(transparent)]
pub struct VizListInput(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for VizListInput {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<VizListInput>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: VizListInput) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for VizListInput {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
/// Generation of default values for serde.
pub mod defaults {
    pub(super) fn default_bool<const V: bool>() -> bool {
        V
    }
    pub(super) fn default_u64<T, const V: u64>() -> T
    where
        T: ::std::convert::TryFrom<u64>,
        <T as ::std::convert::TryFrom<u64>>::Error: ::std::fmt::Debug,
    {
        T::try_from(V).unwrap()
    }
    pub(super) fn default_nzu64<T, const V: u64>() -> T
    where
        T: ::std::convert::TryFrom<::std::num::NonZeroU64>,
        <T as ::std::convert::TryFrom<::std::num::NonZeroU64>>::Error: ::std::fmt::Debug,
    {
        T::try_from(::std::num::NonZeroU64::try_from(V).unwrap()).unwrap()
    }
    pub(super) fn add_member_input_role() -> ::std::string::String {
        "editor".to_string()
    }
    pub(super) fn archive_estimate_input_split_by_date() -> ::std::option::Option<bool> {
        ::std::option::Option::Some(false)
    }
    pub(super) fn archive_estimate_output_total_aud() -> f64 {
        0.0_f64
    }
    pub(super) fn band_formula_create_input_category() -> ::std::string::String {
        "custom".to_string()
    }
    pub(super) fn band_formula_create_input_colormap() -> ::std::string::String {
        "RdYlGn".to_string()
    }
    pub(super) fn band_math_input_colormap() -> ::std::string::String {
        "viridis".to_string()
    }
    pub(super) fn band_math_input_output_format() -> ::std::string::String {
        "json".to_string()
    }
    pub(super) fn calculate_index_input_output_format() -> ::std::string::String {
        "json".to_string()
    }
    pub(super) fn catalog_tile_input_quality() -> ::std::option::Option<i64> {
        ::std::option::Option::Some(95_i64)
    }
    pub(super) fn cog_stats_input_percentiles() -> (f64, f64) {
        (2.0_f64, 98.0_f64)
    }
    pub(super) fn create_alert_rule_input_asset_key() -> ::std::string::String {
        "data".to_string()
    }
    pub(super) fn data_products_list_input_sort() -> ::std::option::Option<
        ::std::string::String,
    > {
        ::std::option::Option::Some("createdAt,desc".to_string())
    }
    pub(super) fn detect_bands_output_method() -> ::std::string::String {
        "reflectance_ranking".to_string()
    }
    pub(super) fn eula_documents_list_input_sort() -> ::std::string::String {
        "validFrom,desc".to_string()
    }
    pub(super) fn eulas_list_input_sort() -> ::std::string::String {
        "createdAt,desc".to_string()
    }
    pub(super) fn feature_collection_output_type() -> ::std::string::String {
        "FeatureCollection".to_string()
    }
    pub(super) fn federated_search_output_type() -> ::std::string::String {
        "FeatureCollection".to_string()
    }
    pub(super) fn glossary_collections_list_input_sort() -> ::std::option::Option<
        ::std::string::String,
    > {
        ::std::option::Option::Some("createdAt,desc".to_string())
    }
    pub(super) fn item_response_lifecycle_state() -> super::LifecycleState {
        super::LifecycleState::Active
    }
    pub(super) fn item_tile_render_input_format() -> ::std::string::String {
        "webp".to_string()
    }
    pub(super) fn jobs_list_input_sort() -> ::std::string::String {
        "created,desc".to_string()
    }
    pub(super) fn lineage_get_input_direction() -> super::LineageGetInputDirection {
        super::LineageGetInputDirection("up".to_string())
    }
    pub(super) fn orders_list_input_sort() -> ::std::string::String {
        "createdAt,desc".to_string()
    }
    pub(super) fn processing_dispatch_input_version() -> ::std::string::String {
        "1.0".to_string()
    }
    pub(super) fn profile_create_input_layer() -> super::ProfileLayer {
        super::ProfileLayer::User
    }
    pub(super) fn project_create_gcs_region() -> super::GcsRegion {
        super::GcsRegion::AustraliaSoutheast1
    }
    pub(super) fn providers_list_input_sort() -> ::std::option::Option<
        ::std::string::String,
    > {
        ::std::option::Option::Some("name,desc".to_string())
    }
    pub(super) fn search_input_filter_lang() -> ::std::option::Option<
        ::std::string::String,
    > {
        ::std::option::Option::Some("cql2-json".to_string())
    }
    pub(super) fn share_link_create_permission() -> super::SharePermission {
        super::SharePermission::View
    }
    pub(super) fn share_tile_input_format() -> ::std::string::String {
        "png".to_string()
    }
    pub(super) fn signed_url_input_content_type() -> ::std::string::String {
        "application/octet-stream".to_string()
    }
    pub(super) fn sort_clause_direction() -> ::std::string::String {
        "asc".to_string()
    }
    pub(super) fn tasking_estimate_output_total_aud() -> f64 {
        0.0_f64
    }
    pub(super) fn upload_initiate_transfer_method() -> super::UploadInitiateTransferMethod {
        super::UploadInitiateTransferMethod("browser".to_string())
    }
    pub(super) fn visualization_list_input_data_type() -> ::std::string::String {
        "raster".to_string()
    }
}
/// Error types.
pub mod error {
    /// Error from a `TryFrom` or `FromStr` implementation.
    pub struct ConversionError(::std::borrow::Cow<'static, str>);
    impl ::std::error::Error for ConversionError {}
    impl ::std::fmt::Display for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl ::std::fmt::Debug for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Debug::fmt(&self.0, f)
        }
    }
    impl From<&'static str> for ConversionError {
        fn from(value: &'static str) -> Self {
            Self(value.into())
        }
    }
    impl From<String> for ConversionError {
        fn from(value: String) -> Self {
            Self(value.into())
        }
    }
}
impl crate::BodyModel for AccrualInput {
    const NAME: &'static str = "AccrualInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["organization_id", "period"],
    );
}
impl AccrualInput {
    /// A builder of [`AccrualInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<AccrualInput> {
    /// Sets `organization_id` (required).
    pub fn organization_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("organization_id", value.into())
    }
    /// Sets `period`.
    pub fn period(self, value: impl Into<String>) -> Self {
        self.set::<String>("period", value.into())
    }
}
impl crate::BodyModel for AcknowledgeEventInput {
    const NAME: &'static str = "AcknowledgeEventInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["event_id"],
    );
}
impl AcknowledgeEventInput {
    /// A builder of [`AcknowledgeEventInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<AcknowledgeEventInput> {
    /// Sets `event_id` (required).
    pub fn event_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("event_id", value.into())
    }
}
impl crate::BodyModel for AddMemberInput {
    const NAME: &'static str = "AddMemberInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["project_id", "role", "user_id"],
    );
}
impl AddMemberInput {
    /// A builder of [`AddMemberInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<AddMemberInput> {
    /// Sets `project_id` (required).
    pub fn project_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("project_id", value.into())
    }
    /// Sets `role`.
    ///
    ///Role: admin, editor, or viewer
    pub fn role(self, value: impl Into<String>) -> Self {
        self.set::<String>("role", value.into())
    }
    /// Sets `user_id` (required).
    ///
    ///UUID of the user to add
    pub fn user_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("user_id", value.into())
    }
}
impl crate::BodyModel for AlertEventsListInput {
    const NAME: &'static str = "AlertEventsListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["acknowledged", "limit", "offset", "rule_id"],
    );
}
impl AlertEventsListInput {
    /// A builder of [`AlertEventsListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<AlertEventsListInput> {
    /// Sets `acknowledged`.
    pub fn acknowledged(self, value: bool) -> Self {
        self.set("acknowledged", value)
    }
    /// Sets `limit`.
    pub fn limit(self, value: i64) -> Self {
        self.set("limit", value)
    }
    /// Sets `offset`.
    pub fn offset(self, value: i64) -> Self {
        self.set("offset", value)
    }
    /// Sets `rule_id`.
    pub fn rule_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("rule_id", value.into())
    }
}
impl crate::BodyModel for AlertRuleGetInput {
    const NAME: &'static str = "AlertRuleGetInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["rule_id"],
    );
}
impl AlertRuleGetInput {
    /// A builder of [`AlertRuleGetInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<AlertRuleGetInput> {
    /// Sets `rule_id` (required).
    pub fn rule_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("rule_id", value.into())
    }
}
impl crate::BodyModel for AlertRulesListInput {
    const NAME: &'static str = "AlertRulesListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["active", "collection_id"],
    );
}
impl AlertRulesListInput {
    /// A builder of [`AlertRulesListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<AlertRulesListInput> {
    /// Sets `active`.
    pub fn active(self, value: bool) -> Self {
        self.set("active", value)
    }
    /// Sets `collection_id`.
    pub fn collection_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("collection_id", value.into())
    }
}
impl crate::BodyModel for ApiKeyCreateInput {
    const NAME: &'static str = "ApiKeyCreateInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["expires_in_days", "name", "permissions", "rate_limit"],
    );
}
impl ApiKeyCreateInput {
    /// A builder of [`ApiKeyCreateInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ApiKeyCreateInput> {
    /// Sets `expires_in_days`.
    pub fn expires_in_days(self, value: u64) -> Self {
        self.set("expires_in_days", value)
    }
    /// Sets `name` (required).
    pub fn name(self, value: impl Into<String>) -> Self {
        self.set::<String>("name", value.into())
    }
    /// Sets `permissions`.
    pub fn permissions(self, value: impl Into<Vec<String>>) -> Self {
        self.set::<Vec<String>>("permissions", value.into())
    }
    /// Sets `rate_limit`.
    pub fn rate_limit(self, value: u64) -> Self {
        self.set("rate_limit", value)
    }
}
impl crate::BodyModel for ApiKeyListInput {
    const NAME: &'static str = "ApiKeyListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::None;
}
impl ApiKeyListInput {
    /// A builder of [`ApiKeyListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ApiKeyListInput> {}
impl ::std::default::Default for ApiKeyListInput {
    fn default() -> Self {
        Self(::std::default::Default::default())
    }
}
impl crate::BodyModel for ApiKeyRevokeInput {
    const NAME: &'static str = "ApiKeyRevokeInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["key_id"],
    );
}
impl ApiKeyRevokeInput {
    /// A builder of [`ApiKeyRevokeInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ApiKeyRevokeInput> {
    /// Sets `key_id` (required).
    pub fn key_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("key_id", value.into())
    }
}
impl crate::BodyModel for ApprovalGetInput {
    const NAME: &'static str = "ApprovalGetInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["approval_id"],
    );
}
impl ApprovalGetInput {
    /// A builder of [`ApprovalGetInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ApprovalGetInput> {
    /// Sets `approval_id` (required).
    pub fn approval_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("approval_id", value.into())
    }
}
impl crate::BodyModel for ApprovalRefInput {
    const NAME: &'static str = "ApprovalRefInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["approval_id"],
    );
}
impl ApprovalRefInput {
    /// A builder of [`ApprovalRefInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ApprovalRefInput> {
    /// Sets `approval_id` (required).
    pub fn approval_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("approval_id", value.into())
    }
}
impl crate::BodyModel for ApprovalsListInput {
    const NAME: &'static str = "ApprovalsListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["status"],
    );
}
impl ApprovalsListInput {
    /// A builder of [`ApprovalsListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ApprovalsListInput> {
    /// Sets `status`.
    pub fn status(self, value: impl Into<String>) -> Self {
        self.set::<String>("status", value.into())
    }
}
impl crate::BodyModel for ApproveInput {
    const NAME: &'static str = "ApproveInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["admin_user_id", "organization_id"],
    );
}
impl ApproveInput {
    /// A builder of [`ApproveInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ApproveInput> {
    /// Sets `admin_user_id`.
    pub fn admin_user_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("admin_user_id", value.into())
    }
    /// Sets `organization_id` (required).
    pub fn organization_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("organization_id", value.into())
    }
}
impl crate::BodyModel for ArchiveEstimateInput {
    const NAME: &'static str = "ArchiveEstimateInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["captures", "splitByDate"],
    );
}
impl ArchiveEstimateInput {
    /// A builder of [`ArchiveEstimateInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ArchiveEstimateInput> {
    /// Sets `captures`.
    pub fn captures(
        self,
        value: impl Into<Vec<::serde_json::Map<String, ::serde_json::Value>>>,
    ) -> Self {
        self.set::<
                Vec<::serde_json::Map<String, ::serde_json::Value>>,
            >("captures", value.into())
    }
    /// Sets `splitByDate`.
    pub fn split_by_date(self, value: bool) -> Self {
        self.set("splitByDate", value)
    }
}
impl crate::BodyModel for Area {
    const NAME: &'static str = "Area";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["area"],
    );
}
impl Area {
    /// A builder of [`Area`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<Area> {
    /// Sets `area` (required).
    pub fn area(self, value: impl Into<String>) -> Self {
        self.set::<String>("area", value.into())
    }
}
impl crate::BodyModel for AssetDeleteInput {
    const NAME: &'static str = "AssetDeleteInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["asset_id", "item_id"],
    );
}
impl AssetDeleteInput {
    /// A builder of [`AssetDeleteInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<AssetDeleteInput> {
    /// Sets `asset_id` (required).
    pub fn asset_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("asset_id", value.into())
    }
    /// Sets `item_id` (required).
    pub fn item_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("item_id", value.into())
    }
}
impl crate::BodyModel for AssetDownloadInput {
    const NAME: &'static str = "AssetDownloadInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["asset_id", "item_id"],
    );
}
impl AssetDownloadInput {
    /// A builder of [`AssetDownloadInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<AssetDownloadInput> {
    /// Sets `asset_id` (required).
    pub fn asset_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("asset_id", value.into())
    }
    /// Sets `item_id` (required).
    pub fn item_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("item_id", value.into())
    }
}
impl crate::BodyModel for AttachInput {
    const NAME: &'static str = "AttachInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["payment_method_id"],
    );
}
impl AttachInput {
    /// A builder of [`AttachInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<AttachInput> {
    /// Sets `payment_method_id` (required).
    pub fn payment_method_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("payment_method_id", value.into())
    }
}
impl crate::BodyModel for BandFormulaCreateInput {
    const NAME: &'static str = "BandFormulaCreateInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "category",
            "colormap",
            "description",
            "display_name",
            "formula",
            "name",
            "value_range",
        ],
    );
}
impl BandFormulaCreateInput {
    /// A builder of [`BandFormulaCreateInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<BandFormulaCreateInput> {
    /// Sets `category`.
    pub fn category(self, value: impl Into<String>) -> Self {
        self.set::<String>("category", value.into())
    }
    /// Sets `colormap`.
    pub fn colormap(self, value: impl Into<String>) -> Self {
        self.set::<String>("colormap", value.into())
    }
    /// Sets `description`.
    pub fn description(self, value: impl Into<String>) -> Self {
        self.set::<String>("description", value.into())
    }
    /// Sets `display_name`.
    pub fn display_name(self, value: impl Into<String>) -> Self {
        self.set::<String>("display_name", value.into())
    }
    /// Sets `formula` (required).
    pub fn formula(self, value: impl Into<String>) -> Self {
        self.set::<String>("formula", value.into())
    }
    /// Sets `name` (required).
    pub fn name(self, value: impl Into<String>) -> Self {
        self.set::<String>("name", value.into())
    }
    /// Sets `value_range`.
    pub fn value_range(self, value: impl Into<Vec<f64>>) -> Self {
        self.set::<Vec<f64>>("value_range", value.into())
    }
}
impl crate::BodyModel for BandFormulaDeleteInput {
    const NAME: &'static str = "BandFormulaDeleteInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["formula_id"],
    );
}
impl BandFormulaDeleteInput {
    /// A builder of [`BandFormulaDeleteInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<BandFormulaDeleteInput> {
    /// Sets `formula_id` (required).
    pub fn formula_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("formula_id", value.into())
    }
}
impl crate::BodyModel for BandFormulaGetInput {
    const NAME: &'static str = "BandFormulaGetInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["formula_id"],
    );
}
impl BandFormulaGetInput {
    /// A builder of [`BandFormulaGetInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<BandFormulaGetInput> {
    /// Sets `formula_id` (required).
    pub fn formula_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("formula_id", value.into())
    }
}
impl crate::BodyModel for BandFormulaUpdateInput {
    const NAME: &'static str = "BandFormulaUpdateInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "category",
            "colormap",
            "description",
            "display_name",
            "formula",
            "formula_id",
            "name",
            "value_range",
        ],
    );
}
impl BandFormulaUpdateInput {
    /// A builder of [`BandFormulaUpdateInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<BandFormulaUpdateInput> {
    /// Sets `category`.
    pub fn category(self, value: impl Into<String>) -> Self {
        self.set::<String>("category", value.into())
    }
    /// Sets `colormap`.
    pub fn colormap(self, value: impl Into<String>) -> Self {
        self.set::<String>("colormap", value.into())
    }
    /// Sets `description`.
    pub fn description(self, value: impl Into<String>) -> Self {
        self.set::<String>("description", value.into())
    }
    /// Sets `display_name`.
    pub fn display_name(self, value: impl Into<String>) -> Self {
        self.set::<String>("display_name", value.into())
    }
    /// Sets `formula`.
    pub fn formula(self, value: impl Into<String>) -> Self {
        self.set::<String>("formula", value.into())
    }
    /// Sets `formula_id` (required).
    pub fn formula_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("formula_id", value.into())
    }
    /// Sets `name`.
    pub fn name(self, value: impl Into<String>) -> Self {
        self.set::<String>("name", value.into())
    }
    /// Sets `value_range`.
    pub fn value_range(self, value: impl Into<Vec<f64>>) -> Self {
        self.set::<Vec<f64>>("value_range", value.into())
    }
}
impl crate::BodyModel for BandFormulasListInput {
    const NAME: &'static str = "BandFormulasListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["category", "include_templates"],
    );
}
impl BandFormulasListInput {
    /// A builder of [`BandFormulasListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<BandFormulasListInput> {
    /// Sets `category`.
    pub fn category(self, value: impl Into<String>) -> Self {
        self.set::<String>("category", value.into())
    }
    /// Sets `include_templates`.
    pub fn include_templates(self, value: bool) -> Self {
        self.set("include_templates", value)
    }
}
impl crate::BodyModel for BandMathInput {
    const NAME: &'static str = "BandMathInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "bbox",
            "cog_url",
            "colormap",
            "formula",
            "max_size",
            "output_format",
            "sensor",
            "vmax",
            "vmin",
        ],
    );
}
impl BandMathInput {
    /// A builder of [`BandMathInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<BandMathInput> {
    /// Sets `bbox` (required).
    pub fn bbox(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<::serde_json::Map<String, ::serde_json::Value>>("bbox", value.into())
    }
    /// Sets `cog_url` (required).
    pub fn cog_url(self, value: impl Into<String>) -> Self {
        self.set::<String>("cog_url", value.into())
    }
    /// Sets `colormap`.
    pub fn colormap(self, value: impl Into<String>) -> Self {
        self.set::<String>("colormap", value.into())
    }
    /// Sets `formula` (required).
    pub fn formula(self, value: impl Into<String>) -> Self {
        self.set::<String>("formula", value.into())
    }
    /// Sets `max_size`.
    pub fn max_size(self, value: i64) -> Self {
        self.set("max_size", value)
    }
    /// Sets `output_format`.
    pub fn output_format(self, value: impl Into<String>) -> Self {
        self.set::<String>("output_format", value.into())
    }
    /// Sets `sensor` (required).
    pub fn sensor(self, value: impl Into<String>) -> Self {
        self.set::<String>("sensor", value.into())
    }
    /// Sets `vmax`.
    pub fn vmax(self, value: f64) -> Self {
        self.set("vmax", value)
    }
    /// Sets `vmin`.
    pub fn vmin(self, value: f64) -> Self {
        self.set("vmin", value)
    }
}
impl crate::BodyModel for BaseModel {
    const NAME: &'static str = "BaseModel";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::None;
}
impl BaseModel {
    /// A builder of [`BaseModel`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<BaseModel> {}
impl ::std::default::Default for BaseModel {
    fn default() -> Self {
        Self(::std::default::Default::default())
    }
}
impl crate::BodyModel for CalculateIndexInput {
    const NAME: &'static str = "CalculateIndexInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "bbox",
            "cog_url",
            "colormap",
            "index_name",
            "max_size",
            "output_format",
            "sensor",
        ],
    );
}
impl CalculateIndexInput {
    /// A builder of [`CalculateIndexInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<CalculateIndexInput> {
    /// Sets `bbox` (required).
    pub fn bbox(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<::serde_json::Map<String, ::serde_json::Value>>("bbox", value.into())
    }
    /// Sets `cog_url` (required).
    pub fn cog_url(self, value: impl Into<String>) -> Self {
        self.set::<String>("cog_url", value.into())
    }
    /// Sets `colormap`.
    pub fn colormap(self, value: impl Into<String>) -> Self {
        self.set::<String>("colormap", value.into())
    }
    /// Sets `index_name` (required).
    pub fn index_name(self, value: impl Into<String>) -> Self {
        self.set::<String>("index_name", value.into())
    }
    /// Sets `max_size`.
    pub fn max_size(self, value: i64) -> Self {
        self.set("max_size", value)
    }
    /// Sets `output_format`.
    pub fn output_format(self, value: impl Into<String>) -> Self {
        self.set::<String>("output_format", value.into())
    }
    /// Sets `sensor` (required).
    pub fn sensor(self, value: impl Into<String>) -> Self {
        self.set::<String>("sensor", value.into())
    }
}
impl crate::BodyModel for CatalogSearchInput {
    const NAME: &'static str = "CatalogSearchInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "bbox",
            "collections",
            "datetime",
            "full_catalog",
            "host_name",
            "ids",
            "intersects",
            "limit",
            "next",
            "query",
        ],
    );
}
impl CatalogSearchInput {
    /// A builder of [`CatalogSearchInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<CatalogSearchInput> {
    /// Sets `bbox`.
    pub fn bbox(self, value: impl Into<Vec<f64>>) -> Self {
        self.set::<Vec<f64>>("bbox", value.into())
    }
    /// Sets `collections`.
    pub fn collections(self, value: impl Into<Vec<String>>) -> Self {
        self.set::<Vec<String>>("collections", value.into())
    }
    /// Sets `datetime`.
    pub fn datetime(self, value: impl Into<String>) -> Self {
        self.set::<String>("datetime", value.into())
    }
    /// Sets `full_catalog`.
    pub fn full_catalog(self, value: bool) -> Self {
        self.set("full_catalog", value)
    }
    /// Sets `host_name` (required).
    pub fn host_name(self, value: impl Into<String>) -> Self {
        self.set::<String>("host_name", value.into())
    }
    /// Sets `ids`.
    pub fn ids(self, value: impl Into<Vec<String>>) -> Self {
        self.set::<Vec<String>>("ids", value.into())
    }
    /// Sets `intersects`.
    pub fn intersects(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("intersects", value.into())
    }
    /// Sets `limit`.
    pub fn limit(self, value: u64) -> Self {
        self.set("limit", value)
    }
    /// Sets `next`.
    pub fn next(self, value: impl Into<String>) -> Self {
        self.set::<String>("next", value.into())
    }
    /// Sets `query`.
    pub fn query(
        self,
        value: impl Into<::std::collections::HashMap<String, CloudQuery>>,
    ) -> Self {
        self.set::<
                ::std::collections::HashMap<String, CloudQuery>,
            >("query", value.into())
    }
}
impl crate::BodyModel for CatalogTileInput {
    const NAME: &'static str = "CatalogTileInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "aoi_clip",
            "aoi_clip_body",
            "collection",
            "colormap",
            "expression",
            "format",
            "provider",
            "quality",
            "rescale",
            "scene_id",
            "visualization",
            "x",
            "y",
            "z",
        ],
    );
}
impl CatalogTileInput {
    /// A builder of [`CatalogTileInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<CatalogTileInput> {
    /// Sets `aoi_clip`.
    pub fn aoi_clip(self, value: impl Into<String>) -> Self {
        self.set::<String>("aoi_clip", value.into())
    }
    /// Sets `aoi_clip_body`.
    pub fn aoi_clip_body(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("aoi_clip_body", value.into())
    }
    /// Sets `collection` (required).
    pub fn collection(self, value: impl Into<String>) -> Self {
        self.set::<String>("collection", value.into())
    }
    /// Sets `colormap`.
    pub fn colormap(self, value: impl Into<String>) -> Self {
        self.set::<String>("colormap", value.into())
    }
    /// Sets `expression`.
    pub fn expression(self, value: impl Into<String>) -> Self {
        self.set::<String>("expression", value.into())
    }
    /// Sets `format` (required).
    pub fn format(self, value: impl Into<String>) -> Self {
        self.set::<String>("format", value.into())
    }
    /// Sets `provider`.
    pub fn provider(self, value: impl Into<String>) -> Self {
        self.set::<String>("provider", value.into())
    }
    /// Sets `quality`.
    pub fn quality(self, value: i64) -> Self {
        self.set("quality", value)
    }
    /// Sets `rescale`.
    pub fn rescale(self, value: impl Into<String>) -> Self {
        self.set::<String>("rescale", value.into())
    }
    /// Sets `scene_id` (required).
    pub fn scene_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("scene_id", value.into())
    }
    /// Sets `visualization` (required).
    pub fn visualization(self, value: impl Into<String>) -> Self {
        self.set::<String>("visualization", value.into())
    }
    /// Sets `x` (required).
    pub fn x(self, value: i64) -> Self {
        self.set("x", value)
    }
    /// Sets `y` (required).
    pub fn y(self, value: i64) -> Self {
        self.set("y", value)
    }
    /// Sets `z` (required).
    pub fn z(self, value: i64) -> Self {
        self.set("z", value)
    }
}
impl crate::BodyModel for ClipCreateFromAreaInput {
    const NAME: &'static str = "ClipCreateFromAreaInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "aoi_geometry",
            "aoi_name",
            "area",
            "mosaic_types",
            "organization_id",
            "project_id",
        ],
    );
}
impl ClipCreateFromAreaInput {
    /// A builder of [`ClipCreateFromAreaInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ClipCreateFromAreaInput> {
    /// Sets `aoi_geometry` (required).
    pub fn aoi_geometry(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("aoi_geometry", value.into())
    }
    /// Sets `aoi_name`.
    pub fn aoi_name(self, value: impl Into<String>) -> Self {
        self.set::<String>("aoi_name", value.into())
    }
    /// Sets `area` (required).
    pub fn area(self, value: impl Into<String>) -> Self {
        self.set::<String>("area", value.into())
    }
    /// Sets `mosaic_types` (required).
    pub fn mosaic_types(self, value: impl Into<Vec<String>>) -> Self {
        self.set::<Vec<String>>("mosaic_types", value.into())
    }
    /// Sets `organization_id` (required).
    pub fn organization_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("organization_id", value.into())
    }
    /// Sets `project_id`.
    pub fn project_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("project_id", value.into())
    }
}
impl crate::BodyModel for ClipDownloadInput {
    const NAME: &'static str = "ClipDownloadInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["job_id", "mosaic_type", "requester_ip", "user_agent"],
    );
}
impl ClipDownloadInput {
    /// A builder of [`ClipDownloadInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ClipDownloadInput> {
    /// Sets `job_id` (required).
    pub fn job_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("job_id", value.into())
    }
    /// Sets `mosaic_type` (required).
    pub fn mosaic_type(self, value: impl Into<String>) -> Self {
        self.set::<String>("mosaic_type", value.into())
    }
    /// Sets `requester_ip`.
    pub fn requester_ip(self, value: impl Into<String>) -> Self {
        self.set::<String>("requester_ip", value.into())
    }
    /// Sets `user_agent`.
    pub fn user_agent(self, value: impl Into<String>) -> Self {
        self.set::<String>("user_agent", value.into())
    }
}
impl crate::BodyModel for ClipJobDeleteInput {
    const NAME: &'static str = "ClipJobDeleteInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["job_id"],
    );
}
impl ClipJobDeleteInput {
    /// A builder of [`ClipJobDeleteInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ClipJobDeleteInput> {
    /// Sets `job_id` (required).
    pub fn job_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("job_id", value.into())
    }
}
impl crate::BodyModel for ClipJobInput {
    const NAME: &'static str = "ClipJobInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["job_id"],
    );
}
impl ClipJobInput {
    /// A builder of [`ClipJobInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ClipJobInput> {
    /// Sets `job_id` (required).
    pub fn job_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("job_id", value.into())
    }
}
impl crate::BodyModel for ClipJobsListInput {
    const NAME: &'static str = "ClipJobsListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["limit", "offset", "organization_id", "status"],
    );
}
impl ClipJobsListInput {
    /// A builder of [`ClipJobsListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ClipJobsListInput> {
    /// Sets `limit`.
    pub fn limit(self, value: i64) -> Self {
        self.set("limit", value)
    }
    /// Sets `offset`.
    pub fn offset(self, value: i64) -> Self {
        self.set("offset", value)
    }
    /// Sets `organization_id` (required).
    pub fn organization_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("organization_id", value.into())
    }
    /// Sets `status`.
    pub fn status(self, value: impl Into<String>) -> Self {
        self.set::<String>("status", value.into())
    }
}
impl crate::BodyModel for CogEmptyInput {
    const NAME: &'static str = "CogEmptyInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::None;
}
impl CogEmptyInput {
    /// A builder of [`CogEmptyInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<CogEmptyInput> {}
impl ::std::default::Default for CogEmptyInput {
    fn default() -> Self {
        Self(::std::default::Default::default())
    }
}
impl crate::BodyModel for CogStatsInput {
    const NAME: &'static str = "CogStatsInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["bands", "expression", "geometry", "percentiles", "url"],
    );
}
impl CogStatsInput {
    /// A builder of [`CogStatsInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<CogStatsInput> {
    /// Sets `bands`.
    pub fn bands(self, value: impl Into<String>) -> Self {
        self.set::<String>("bands", value.into())
    }
    /// Sets `expression`.
    pub fn expression(self, value: impl Into<String>) -> Self {
        self.set::<String>("expression", value.into())
    }
    /// Sets `geometry` (required).
    pub fn geometry(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("geometry", value.into())
    }
    /// Sets `percentiles`.
    pub fn percentiles(self, value: impl Into<(f64, f64)>) -> Self {
        self.set::<(f64, f64)>("percentiles", value.into())
    }
    /// Sets `url` (required).
    pub fn url(self, value: impl Into<String>) -> Self {
        self.set::<String>("url", value.into())
    }
}
impl crate::BodyModel for CogTerrainInput {
    const NAME: &'static str = "CogTerrainInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["aoi", "invert", "url", "x", "y", "z"],
    );
}
impl CogTerrainInput {
    /// A builder of [`CogTerrainInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<CogTerrainInput> {
    /// Sets `aoi`.
    pub fn aoi(self, value: impl Into<String>) -> Self {
        self.set::<String>("aoi", value.into())
    }
    /// Sets `invert`.
    pub fn invert(self, value: bool) -> Self {
        self.set("invert", value)
    }
    /// Sets `url` (required).
    pub fn url(self, value: impl Into<String>) -> Self {
        self.set::<String>("url", value.into())
    }
    /// Sets `x` (required).
    pub fn x(self, value: i64) -> Self {
        self.set("x", value)
    }
    /// Sets `y` (required).
    pub fn y(self, value: i64) -> Self {
        self.set("y", value)
    }
    /// Sets `z` (required).
    pub fn z(self, value: i64) -> Self {
        self.set("z", value)
    }
}
impl crate::BodyModel for CogThumbnailInput {
    const NAME: &'static str = "CogThumbnailInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["height", "url", "width"],
    );
}
impl CogThumbnailInput {
    /// A builder of [`CogThumbnailInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<CogThumbnailInput> {
    /// Sets `height`.
    pub fn height(self, value: i64) -> Self {
        self.set("height", value)
    }
    /// Sets `url` (required).
    pub fn url(self, value: impl Into<String>) -> Self {
        self.set::<String>("url", value.into())
    }
    /// Sets `width`.
    pub fn width(self, value: i64) -> Self {
        self.set("width", value)
    }
}
impl crate::BodyModel for CogTileInput {
    const NAME: &'static str = "CogTileInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "aoi",
            "bands",
            "colormap",
            "expression",
            "format",
            "quality",
            "rescale",
            "url",
            "x",
            "y",
            "z",
        ],
    );
}
impl CogTileInput {
    /// A builder of [`CogTileInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<CogTileInput> {
    /// Sets `aoi`.
    pub fn aoi(self, value: impl Into<String>) -> Self {
        self.set::<String>("aoi", value.into())
    }
    /// Sets `bands`.
    pub fn bands(self, value: impl Into<String>) -> Self {
        self.set::<String>("bands", value.into())
    }
    /// Sets `colormap`.
    pub fn colormap(self, value: impl Into<String>) -> Self {
        self.set::<String>("colormap", value.into())
    }
    /// Sets `expression`.
    pub fn expression(self, value: impl Into<String>) -> Self {
        self.set::<String>("expression", value.into())
    }
    /// Sets `format` (required).
    pub fn format(self, value: impl Into<String>) -> Self {
        self.set::<String>("format", value.into())
    }
    /// Sets `quality`.
    pub fn quality(self, value: i64) -> Self {
        self.set("quality", value)
    }
    /// Sets `rescale`.
    pub fn rescale(self, value: impl Into<String>) -> Self {
        self.set::<String>("rescale", value.into())
    }
    /// Sets `url` (required).
    pub fn url(self, value: impl Into<String>) -> Self {
        self.set::<String>("url", value.into())
    }
    /// Sets `x` (required).
    pub fn x(self, value: i64) -> Self {
        self.set("x", value)
    }
    /// Sets `y` (required).
    pub fn y(self, value: i64) -> Self {
        self.set("y", value)
    }
    /// Sets `z` (required).
    pub fn z(self, value: i64) -> Self {
        self.set("z", value)
    }
}
impl crate::BodyModel for CollectionCreateInput {
    const NAME: &'static str = "CollectionCreateInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["color", "description", "layer_order", "name", "project_id", "show_on_map"],
    );
}
impl CollectionCreateInput {
    /// A builder of [`CollectionCreateInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<CollectionCreateInput> {
    /// Sets `color`.
    pub fn color(self, value: impl Into<String>) -> Self {
        self.set::<String>("color", value.into())
    }
    /// Sets `description`.
    pub fn description(self, value: impl Into<String>) -> Self {
        self.set::<String>("description", value.into())
    }
    /// Sets `layer_order`.
    pub fn layer_order(self, value: i64) -> Self {
        self.set("layer_order", value)
    }
    /// Sets `name` (required).
    pub fn name(self, value: impl Into<String>) -> Self {
        self.set::<String>("name", value.into())
    }
    /// Sets `project_id` (required).
    pub fn project_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("project_id", value.into())
    }
    /// Sets `show_on_map`.
    pub fn show_on_map(self, value: bool) -> Self {
        self.set("show_on_map", value)
    }
}
impl crate::BodyModel for CollectionDeleteInput {
    const NAME: &'static str = "CollectionDeleteInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["collection_id", "project_id"],
    );
}
impl CollectionDeleteInput {
    /// A builder of [`CollectionDeleteInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<CollectionDeleteInput> {
    /// Sets `collection_id` (required).
    pub fn collection_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("collection_id", value.into())
    }
    /// Sets `project_id` (required).
    pub fn project_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("project_id", value.into())
    }
}
impl crate::BodyModel for CollectionGetInput {
    const NAME: &'static str = "CollectionGetInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["collection_name"],
    );
}
impl CollectionGetInput {
    /// A builder of [`CollectionGetInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<CollectionGetInput> {
    /// Sets `collection_name` (required).
    pub fn collection_name(self, value: impl Into<String>) -> Self {
        self.set::<String>("collection_name", value.into())
    }
}
impl crate::BodyModel for CollectionUpdateInput {
    const NAME: &'static str = "CollectionUpdateInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "collection_id",
            "color",
            "description",
            "layer_order",
            "name",
            "project_id",
            "show_on_map",
        ],
    );
}
impl CollectionUpdateInput {
    /// A builder of [`CollectionUpdateInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<CollectionUpdateInput> {
    /// Sets `collection_id` (required).
    pub fn collection_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("collection_id", value.into())
    }
    /// Sets `color`.
    pub fn color(self, value: impl Into<String>) -> Self {
        self.set::<String>("color", value.into())
    }
    /// Sets `description`.
    pub fn description(self, value: impl Into<String>) -> Self {
        self.set::<String>("description", value.into())
    }
    /// Sets `layer_order`.
    pub fn layer_order(self, value: i64) -> Self {
        self.set("layer_order", value)
    }
    /// Sets `name`.
    pub fn name(self, value: impl Into<String>) -> Self {
        self.set::<String>("name", value.into())
    }
    /// Sets `project_id` (required).
    pub fn project_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("project_id", value.into())
    }
    /// Sets `show_on_map`.
    pub fn show_on_map(self, value: bool) -> Self {
        self.set("show_on_map", value)
    }
}
impl crate::BodyModel for CollectionsGetInput {
    const NAME: &'static str = "CollectionsGetInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["collection_id", "project_id"],
    );
}
impl CollectionsGetInput {
    /// A builder of [`CollectionsGetInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<CollectionsGetInput> {
    /// Sets `collection_id` (required).
    pub fn collection_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("collection_id", value.into())
    }
    /// Sets `project_id` (required).
    pub fn project_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("project_id", value.into())
    }
}
impl crate::BodyModel for CollectionsListInput {
    const NAME: &'static str = "CollectionsListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["project_id"],
    );
}
impl CollectionsListInput {
    /// A builder of [`CollectionsListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<CollectionsListInput> {
    /// Sets `project_id` (required).
    pub fn project_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("project_id", value.into())
    }
}
impl crate::BodyModel for CommitmentsListInput {
    const NAME: &'static str = "CommitmentsListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["commitment_id", "include_line_items"],
    );
}
impl CommitmentsListInput {
    /// A builder of [`CommitmentsListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<CommitmentsListInput> {
    /// Sets `commitment_id`.
    pub fn commitment_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("commitment_id", value.into())
    }
    /// Sets `include_line_items`.
    pub fn include_line_items(self, value: bool) -> Self {
        self.set("include_line_items", value)
    }
}
impl crate::BodyModel for CorrectInput {
    const NAME: &'static str = "CorrectInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["asset_id", "bytes_delta", "organization_id", "reason"],
    );
}
impl CorrectInput {
    /// A builder of [`CorrectInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<CorrectInput> {
    /// Sets `asset_id`.
    pub fn asset_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("asset_id", value.into())
    }
    /// Sets `bytes_delta` (required).
    pub fn bytes_delta(self, value: i64) -> Self {
        self.set("bytes_delta", value)
    }
    /// Sets `organization_id` (required).
    pub fn organization_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("organization_id", value.into())
    }
    /// Sets `reason` (required).
    pub fn reason(self, value: impl Into<String>) -> Self {
        self.set::<String>("reason", value.into())
    }
}
impl crate::BodyModel for CorrectionsInput {
    const NAME: &'static str = "CorrectionsInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["limit", "organization_id"],
    );
}
impl CorrectionsInput {
    /// A builder of [`CorrectionsInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<CorrectionsInput> {
    /// Sets `limit`.
    pub fn limit(self, value: i64) -> Self {
        self.set("limit", value)
    }
    /// Sets `organization_id`.
    pub fn organization_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("organization_id", value.into())
    }
}
impl crate::BodyModel for CoverageInput {
    const NAME: &'static str = "CoverageInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["order_id"],
    );
}
impl CoverageInput {
    /// A builder of [`CoverageInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<CoverageInput> {
    /// Sets `order_id` (required).
    pub fn order_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("order_id", value.into())
    }
}
impl crate::BodyModel for CreateAlertRuleInput {
    const NAME: &'static str = "CreateAlertRuleInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "asset_key",
            "band_mapping",
            "collection_id",
            "comparison",
            "cooldown_minutes",
            "description",
            "event_types",
            "expression",
            "name",
            "notification_channels",
            "threshold",
            "threshold_upper",
        ],
    );
}
impl CreateAlertRuleInput {
    /// A builder of [`CreateAlertRuleInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<CreateAlertRuleInput> {
    /// Sets `asset_key`.
    pub fn asset_key(self, value: impl Into<String>) -> Self {
        self.set::<String>("asset_key", value.into())
    }
    /// Sets `band_mapping`.
    pub fn band_mapping(
        self,
        value: impl Into<::std::collections::HashMap<String, i64>>,
    ) -> Self {
        self.set::<
                ::std::collections::HashMap<String, i64>,
            >("band_mapping", value.into())
    }
    /// Sets `collection_id`.
    pub fn collection_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("collection_id", value.into())
    }
    /// Sets `comparison` (required).
    pub fn comparison(self, value: impl Into<String>) -> Self {
        self.set::<String>("comparison", value.into())
    }
    /// Sets `cooldown_minutes`.
    pub fn cooldown_minutes(self, value: i64) -> Self {
        self.set("cooldown_minutes", value)
    }
    /// Sets `description`.
    pub fn description(self, value: impl Into<String>) -> Self {
        self.set::<String>("description", value.into())
    }
    /// Sets `event_types`.
    pub fn event_types(self, value: impl Into<Vec<String>>) -> Self {
        self.set::<Vec<String>>("event_types", value.into())
    }
    /// Sets `expression` (required).
    pub fn expression(self, value: impl Into<String>) -> Self {
        self.set::<String>("expression", value.into())
    }
    /// Sets `name` (required).
    pub fn name(self, value: impl Into<String>) -> Self {
        self.set::<String>("name", value.into())
    }
    /// Sets `notification_channels`.
    pub fn notification_channels(self, value: impl Into<Vec<String>>) -> Self {
        self.set::<Vec<String>>("notification_channels", value.into())
    }
    /// Sets `threshold` (required).
    pub fn threshold(self, value: f64) -> Self {
        self.set("threshold", value)
    }
    /// Sets `threshold_upper`.
    pub fn threshold_upper(self, value: f64) -> Self {
        self.set("threshold_upper", value)
    }
}
impl crate::BodyModel for CreateSubscriptionInput {
    const NAME: &'static str = "CreateSubscriptionInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["description", "endpoint_url", "event_type", "filter_config", "headers"],
    );
}
impl CreateSubscriptionInput {
    /// A builder of [`CreateSubscriptionInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<CreateSubscriptionInput> {
    /// Sets `description`.
    pub fn description(self, value: impl Into<String>) -> Self {
        self.set::<String>("description", value.into())
    }
    /// Sets `endpoint_url` (required).
    pub fn endpoint_url(self, value: impl Into<String>) -> Self {
        self.set::<String>("endpoint_url", value.into())
    }
    /// Sets `event_type` (required).
    pub fn event_type(self, value: impl Into<String>) -> Self {
        self.set::<String>("event_type", value.into())
    }
    /// Sets `filter_config`.
    pub fn filter_config(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("filter_config", value.into())
    }
    /// Sets `headers`.
    pub fn headers(
        self,
        value: impl Into<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.set::<::std::collections::HashMap<String, String>>("headers", value.into())
    }
}
impl crate::BodyModel for DataProductGetInput {
    const NAME: &'static str = "DataProductGetInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["data_product_name"],
    );
}
impl DataProductGetInput {
    /// A builder of [`DataProductGetInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<DataProductGetInput> {
    /// Sets `data_product_name` (required).
    pub fn data_product_name(self, value: impl Into<String>) -> Self {
        self.set::<String>("data_product_name", value.into())
    }
}
impl crate::BodyModel for DataProductsListInput {
    const NAME: &'static str = "DataProductsListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["dataProductId", "page", "size", "sort"],
    );
}
impl DataProductsListInput {
    /// A builder of [`DataProductsListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<DataProductsListInput> {
    /// Sets `dataProductId`.
    pub fn data_product_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("dataProductId", value.into())
    }
    /// Sets `page`.
    pub fn page(self, value: i64) -> Self {
        self.set("page", value)
    }
    /// Sets `size`.
    pub fn size(self, value: i64) -> Self {
        self.set("size", value)
    }
    /// Sets `sort`.
    pub fn sort(self, value: impl Into<String>) -> Self {
        self.set::<String>("sort", value.into())
    }
}
impl crate::BodyModel for DecisionsPendingInput {
    const NAME: &'static str = "DecisionsPendingInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["kinds", "page", "size", "workspaceId"],
    );
}
impl DecisionsPendingInput {
    /// A builder of [`DecisionsPendingInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<DecisionsPendingInput> {
    /// Sets `kinds`.
    pub fn kinds(self, value: impl Into<String>) -> Self {
        self.set::<String>("kinds", value.into())
    }
    /// Sets `page`.
    pub fn page(self, value: i64) -> Self {
        self.set("page", value)
    }
    /// Sets `size`.
    pub fn size(self, value: i64) -> Self {
        self.set("size", value)
    }
    /// Sets `workspaceId`.
    pub fn workspace_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("workspaceId", value.into())
    }
}
impl crate::BodyModel for DeleteAlertRuleInput {
    const NAME: &'static str = "DeleteAlertRuleInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["rule_id"],
    );
}
impl DeleteAlertRuleInput {
    /// A builder of [`DeleteAlertRuleInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<DeleteAlertRuleInput> {
    /// Sets `rule_id` (required).
    pub fn rule_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("rule_id", value.into())
    }
}
impl crate::BodyModel for DeleteSubscriptionInput {
    const NAME: &'static str = "DeleteSubscriptionInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["subscription_id"],
    );
}
impl DeleteSubscriptionInput {
    /// A builder of [`DeleteSubscriptionInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<DeleteSubscriptionInput> {
    /// Sets `subscription_id` (required).
    pub fn subscription_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("subscription_id", value.into())
    }
}
impl crate::BodyModel for DetachInput {
    const NAME: &'static str = "DetachInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["payment_method_row_id"],
    );
}
impl DetachInput {
    /// A builder of [`DetachInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<DetachInput> {
    /// Sets `payment_method_row_id` (required).
    pub fn payment_method_row_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("payment_method_row_id", value.into())
    }
}
impl crate::BodyModel for DetectBandsInput {
    const NAME: &'static str = "DetectBandsInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["asset_id", "item_id"],
    );
}
impl DetectBandsInput {
    /// A builder of [`DetectBandsInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<DetectBandsInput> {
    /// Sets `asset_id` (required).
    pub fn asset_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("asset_id", value.into())
    }
    /// Sets `item_id` (required).
    pub fn item_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("item_id", value.into())
    }
}
impl crate::BodyModel for DrainInput {
    const NAME: &'static str = "DrainInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["limit"],
    );
}
impl DrainInput {
    /// A builder of [`DrainInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<DrainInput> {
    /// Sets `limit`.
    ///
    ///Max deliveries to attempt this pass.
    pub fn limit(self, value: u64) -> Self {
        self.set("limit", value)
    }
}
impl crate::BodyModel for DriftInput {
    const NAME: &'static str = "DriftInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["organization_id"],
    );
}
impl DriftInput {
    /// A builder of [`DriftInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<DriftInput> {
    /// Sets `organization_id` (required).
    pub fn organization_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("organization_id", value.into())
    }
}
impl crate::BodyModel for Empty {
    const NAME: &'static str = "Empty";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::None;
}
impl Empty {
    /// A builder of [`Empty`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<Empty> {}
impl ::std::default::Default for Empty {
    fn default() -> Self {
        Self(::std::default::Default::default())
    }
}
impl crate::BodyModel for EstimateInput {
    const NAME: &'static str = "EstimateInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["dataProduct", "displayName", "featureCollection", "params", "tags"],
    );
}
impl EstimateInput {
    /// A builder of [`EstimateInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<EstimateInput> {
    /// Sets `dataProduct` (required).
    pub fn data_product(self, value: impl Into<String>) -> Self {
        self.set::<String>("dataProduct", value.into())
    }
    /// Sets `displayName`.
    pub fn display_name(self, value: impl Into<String>) -> Self {
        self.set::<String>("displayName", value.into())
    }
    /// Sets `featureCollection`.
    pub fn feature_collection(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("featureCollection", value.into())
    }
    /// Sets `params`.
    pub fn params(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("params", value.into())
    }
    /// Sets `tags`.
    pub fn tags(self, value: impl Into<Vec<String>>) -> Self {
        self.set::<Vec<String>>("tags", value.into())
    }
}
impl crate::BodyModel for EulaAcceptInput {
    const NAME: &'static str = "EulaAcceptInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["document_id", "eula_id", "is_accepted"],
    );
}
impl EulaAcceptInput {
    /// A builder of [`EulaAcceptInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<EulaAcceptInput> {
    /// Sets `document_id` (required).
    pub fn document_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("document_id", value.into())
    }
    /// Sets `eula_id` (required).
    pub fn eula_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("eula_id", value.into())
    }
    /// Sets `is_accepted`.
    pub fn is_accepted(self, value: bool) -> Self {
        self.set("is_accepted", value)
    }
}
impl crate::BodyModel for EulaDocumentGetInput {
    const NAME: &'static str = "EulaDocumentGetInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["document_id", "eula_id"],
    );
}
impl EulaDocumentGetInput {
    /// A builder of [`EulaDocumentGetInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<EulaDocumentGetInput> {
    /// Sets `document_id` (required).
    pub fn document_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("document_id", value.into())
    }
    /// Sets `eula_id` (required).
    pub fn eula_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("eula_id", value.into())
    }
}
impl crate::BodyModel for EulaDocumentsListInput {
    const NAME: &'static str = "EulaDocumentsListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["eula_id", "page", "size", "sort"],
    );
}
impl EulaDocumentsListInput {
    /// A builder of [`EulaDocumentsListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<EulaDocumentsListInput> {
    /// Sets `eula_id` (required).
    pub fn eula_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("eula_id", value.into())
    }
    /// Sets `page`.
    pub fn page(self, value: i64) -> Self {
        self.set("page", value)
    }
    /// Sets `size`.
    pub fn size(self, value: i64) -> Self {
        self.set("size", value)
    }
    /// Sets `sort`.
    pub fn sort(self, value: impl Into<String>) -> Self {
        self.set::<String>("sort", value.into())
    }
}
impl crate::BodyModel for EulaGetInput {
    const NAME: &'static str = "EulaGetInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["eula_id"],
    );
}
impl EulaGetInput {
    /// A builder of [`EulaGetInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<EulaGetInput> {
    /// Sets `eula_id` (required).
    pub fn eula_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("eula_id", value.into())
    }
}
impl crate::BodyModel for EulasListInput {
    const NAME: &'static str = "EulasListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["page", "size", "sort", "term"],
    );
}
impl EulasListInput {
    /// A builder of [`EulasListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<EulasListInput> {
    /// Sets `page`.
    pub fn page(self, value: i64) -> Self {
        self.set("page", value)
    }
    /// Sets `size`.
    pub fn size(self, value: i64) -> Self {
        self.set("size", value)
    }
    /// Sets `sort`.
    pub fn sort(self, value: impl Into<String>) -> Self {
        self.set::<String>("sort", value.into())
    }
    /// Sets `term`.
    pub fn term(self, value: impl Into<String>) -> Self {
        self.set::<String>("term", value.into())
    }
}
impl crate::BodyModel for ExecuteRequest {
    const NAME: &'static str = "ExecuteRequest";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["operation", "params"],
    );
}
impl ExecuteRequest {
    /// A builder of [`ExecuteRequest`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ExecuteRequest> {
    /// Sets `operation` (required).
    ///
    ///Name of the registered operation
    pub fn operation(self, value: impl Into<String>) -> Self {
        self.set::<String>("operation", value.into())
    }
    /// Sets `params` (required).
    ///
    ///Operation-specific parameters
    pub fn params(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("params", value.into())
    }
}
impl crate::BodyModel for ExpiringInput {
    const NAME: &'static str = "ExpiringInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["days"],
    );
}
impl ExpiringInput {
    /// A builder of [`ExpiringInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ExpiringInput> {
    /// Sets `days`.
    pub fn days(self, value: i64) -> Self {
        self.set("days", value)
    }
}
impl crate::BodyModel for FeasibilityCheckInput {
    const NAME: &'static str = "FeasibilityCheckInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["dataProduct", "displayName", "featureCollection", "params"],
    );
}
impl FeasibilityCheckInput {
    /// A builder of [`FeasibilityCheckInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<FeasibilityCheckInput> {
    /// Sets `dataProduct` (required).
    pub fn data_product(self, value: impl Into<String>) -> Self {
        self.set::<String>("dataProduct", value.into())
    }
    /// Sets `displayName`.
    pub fn display_name(self, value: impl Into<String>) -> Self {
        self.set::<String>("displayName", value.into())
    }
    /// Sets `featureCollection`.
    pub fn feature_collection(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("featureCollection", value.into())
    }
    /// Sets `params`.
    pub fn params(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("params", value.into())
    }
}
impl crate::BodyModel for FeasibilityDecideInput {
    const NAME: &'static str = "FeasibilityDecideInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["acceptedOptionId", "study_id"],
    );
}
impl FeasibilityDecideInput {
    /// A builder of [`FeasibilityDecideInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<FeasibilityDecideInput> {
    /// Sets `acceptedOptionId` (required).
    pub fn accepted_option_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("acceptedOptionId", value.into())
    }
    /// Sets `study_id` (required).
    pub fn study_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("study_id", value.into())
    }
}
impl crate::BodyModel for FederatedSearchInput {
    const NAME: &'static str = "FederatedSearchInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "bbox",
            "collections",
            "data_types",
            "datetime",
            "full_catalog",
            "ids",
            "intersects",
            "limit",
            "query",
            "source_ids",
        ],
    );
}
impl FederatedSearchInput {
    /// A builder of [`FederatedSearchInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<FederatedSearchInput> {
    /// Sets `bbox`.
    pub fn bbox(self, value: impl Into<Vec<f64>>) -> Self {
        self.set::<Vec<f64>>("bbox", value.into())
    }
    /// Sets `collections`.
    pub fn collections(self, value: impl Into<Vec<String>>) -> Self {
        self.set::<Vec<String>>("collections", value.into())
    }
    /// Sets `data_types`.
    pub fn data_types(self, value: impl Into<Vec<String>>) -> Self {
        self.set::<Vec<String>>("data_types", value.into())
    }
    /// Sets `datetime`.
    pub fn datetime(self, value: impl Into<String>) -> Self {
        self.set::<String>("datetime", value.into())
    }
    /// Sets `full_catalog`.
    pub fn full_catalog(self, value: bool) -> Self {
        self.set("full_catalog", value)
    }
    /// Sets `ids`.
    pub fn ids(self, value: impl Into<Vec<String>>) -> Self {
        self.set::<Vec<String>>("ids", value.into())
    }
    /// Sets `intersects`.
    pub fn intersects(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("intersects", value.into())
    }
    /// Sets `limit`.
    pub fn limit(self, value: u64) -> Self {
        self.set("limit", value)
    }
    /// Sets `query`.
    pub fn query(
        self,
        value: impl Into<::std::collections::HashMap<String, CloudQuery>>,
    ) -> Self {
        self.set::<
                ::std::collections::HashMap<String, CloudQuery>,
            >("query", value.into())
    }
    /// Sets `source_ids`.
    pub fn source_ids(self, value: impl Into<Vec<String>>) -> Self {
        self.set::<Vec<String>>("source_ids", value.into())
    }
}
impl crate::BodyModel for GetSubscriptionInput {
    const NAME: &'static str = "GetSubscriptionInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["subscription_id"],
    );
}
impl GetSubscriptionInput {
    /// A builder of [`GetSubscriptionInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<GetSubscriptionInput> {
    /// Sets `subscription_id` (required).
    pub fn subscription_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("subscription_id", value.into())
    }
}
impl crate::BodyModel for GlossaryCollectionsListInput {
    const NAME: &'static str = "GlossaryCollectionsListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["integrations", "page", "size", "sort", "type"],
    );
}
impl GlossaryCollectionsListInput {
    /// A builder of [`GlossaryCollectionsListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<GlossaryCollectionsListInput> {
    /// Sets `integrations`.
    pub fn integrations(self, value: impl Into<String>) -> Self {
        self.set::<String>("integrations", value.into())
    }
    /// Sets `page`.
    pub fn page(self, value: i64) -> Self {
        self.set("page", value)
    }
    /// Sets `size`.
    pub fn size(self, value: i64) -> Self {
        self.set("size", value)
    }
    /// Sets `sort`.
    pub fn sort(self, value: impl Into<String>) -> Self {
        self.set::<String>("sort", value.into())
    }
    /// Sets `type`.
    pub fn type_(self, value: impl Into<String>) -> Self {
        self.set::<String>("type", value.into())
    }
}
impl crate::BodyModel for GranulePointsInput {
    const NAME: &'static str = "GranulePointsInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["bbox", "clip_polygon", "collection", "href", "max_points"],
    );
}
impl GranulePointsInput {
    /// A builder of [`GranulePointsInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<GranulePointsInput> {
    /// Sets `bbox` (required).
    ///
    ///AOI [west, south, east, north]
    pub fn bbox(self, value: impl Into<Vec<f64>>) -> Self {
        self.set::<Vec<f64>>("bbox", value.into())
    }
    /// Sets `clip_polygon`.
    ///
    ///AOI GeoJSON Polygon/MultiPolygon — points are clipped to this exact shape, not just the bbox
    pub fn clip_polygon(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("clip_polygon", value.into())
    }
    /// Sets `collection` (required).
    ///
    ///Registry collection id, e.g.
    pub fn collection(self, value: impl Into<String>) -> Self {
        self.set::<String>("collection", value.into())
    }
    /// Sets `href` (required).
    ///
    ///HTTPS .h5 granule URL from the STAC item (Earthdata-hosted)
    pub fn href(self, value: impl Into<String>) -> Self {
        self.set::<String>("href", value.into())
    }
    /// Sets `max_points`.
    ///
    ///Uniform-subsample ceiling
    pub fn max_points(self, value: i64) -> Self {
        self.set("max_points", value)
    }
}
impl crate::BodyModel for ImageAssetInput {
    const NAME: &'static str = "ImageAssetInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["host_name", "image_id"],
    );
}
impl ImageAssetInput {
    /// A builder of [`ImageAssetInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ImageAssetInput> {
    /// Sets `host_name` (required).
    pub fn host_name(self, value: impl Into<String>) -> Self {
        self.set::<String>("host_name", value.into())
    }
    /// Sets `image_id` (required).
    pub fn image_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("image_id", value.into())
    }
}
impl crate::BodyModel for IndexGetInput {
    const NAME: &'static str = "IndexGetInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["index_name"],
    );
}
impl IndexGetInput {
    /// A builder of [`IndexGetInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<IndexGetInput> {
    /// Sets `index_name` (required).
    pub fn index_name(self, value: impl Into<String>) -> Self {
        self.set::<String>("index_name", value.into())
    }
}
impl crate::BodyModel for IndicesListInput {
    const NAME: &'static str = "IndicesListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["category", "sensor"],
    );
}
impl IndicesListInput {
    /// A builder of [`IndicesListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<IndicesListInput> {
    /// Sets `category`.
    pub fn category(self, value: impl Into<String>) -> Self {
        self.set::<String>("category", value.into())
    }
    /// Sets `sensor`.
    pub fn sensor(self, value: impl Into<String>) -> Self {
        self.set::<String>("sensor", value.into())
    }
}
impl crate::BodyModel for InvoicesInput {
    const NAME: &'static str = "InvoicesInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["limit"],
    );
}
impl InvoicesInput {
    /// A builder of [`InvoicesInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<InvoicesInput> {
    /// Sets `limit`.
    pub fn limit(self, value: i64) -> Self {
        self.set("limit", value)
    }
}
impl crate::BodyModel for ItemAssetsInput {
    const NAME: &'static str = "ItemAssetsInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["item_id"],
    );
}
impl ItemAssetsInput {
    /// A builder of [`ItemAssetsInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ItemAssetsInput> {
    /// Sets `item_id` (required).
    pub fn item_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("item_id", value.into())
    }
}
impl crate::BodyModel for ItemCreateInput {
    const NAME: &'static str = "ItemCreateInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "bbox",
            "cloud_cover",
            "collection_id",
            "datetime",
            "description",
            "end_datetime",
            "geometry",
            "gsd",
            "job_id",
            "name",
            "order_id",
            "project_id",
            "properties",
            "stac_extensions",
            "stac_id",
            "start_datetime",
            "type",
            "upload_id",
        ],
    );
}
impl ItemCreateInput {
    /// A builder of [`ItemCreateInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ItemCreateInput> {
    /// Sets `bbox`.
    pub fn bbox(self, value: impl Into<Vec<f64>>) -> Self {
        self.set::<Vec<f64>>("bbox", value.into())
    }
    /// Sets `cloud_cover`.
    pub fn cloud_cover(self, value: f64) -> Self {
        self.set("cloud_cover", value)
    }
    /// Sets `collection_id`.
    pub fn collection_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("collection_id", value.into())
    }
    /// Sets `datetime`.
    ///
    ///ISO 8601 datetime
    pub fn datetime(self, value: impl Into<String>) -> Self {
        self.set::<String>("datetime", value.into())
    }
    /// Sets `description`.
    pub fn description(self, value: impl Into<String>) -> Self {
        self.set::<String>("description", value.into())
    }
    /// Sets `end_datetime`.
    pub fn end_datetime(self, value: impl Into<String>) -> Self {
        self.set::<String>("end_datetime", value.into())
    }
    /// Sets `geometry`.
    pub fn geometry(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("geometry", value.into())
    }
    /// Sets `gsd`.
    pub fn gsd(self, value: f64) -> Self {
        self.set("gsd", value)
    }
    /// Sets `job_id`.
    pub fn job_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("job_id", value.into())
    }
    /// Sets `name` (required).
    pub fn name(self, value: impl Into<String>) -> Self {
        self.set::<String>("name", value.into())
    }
    /// Sets `order_id`.
    pub fn order_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("order_id", value.into())
    }
    /// Sets `project_id` (required).
    pub fn project_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("project_id", value.into())
    }
    /// Sets `properties`.
    pub fn properties(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("properties", value.into())
    }
    /// Sets `stac_extensions`.
    pub fn stac_extensions(self, value: impl Into<Vec<String>>) -> Self {
        self.set::<Vec<String>>("stac_extensions", value.into())
    }
    /// Sets `stac_id`.
    pub fn stac_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("stac_id", value.into())
    }
    /// Sets `start_datetime`.
    pub fn start_datetime(self, value: impl Into<String>) -> Self {
        self.set::<String>("start_datetime", value.into())
    }
    /// Sets `type` (required).
    pub fn type_(self, value: impl Into<ItemType>) -> Self {
        self.set::<ItemType>("type", value.into())
    }
    /// Sets `upload_id`.
    pub fn upload_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("upload_id", value.into())
    }
}
impl crate::BodyModel for ItemDeleteInput {
    const NAME: &'static str = "ItemDeleteInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["item_id"],
    );
}
impl ItemDeleteInput {
    /// A builder of [`ItemDeleteInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ItemDeleteInput> {
    /// Sets `item_id` (required).
    ///
    ///The item to soft-delete.
    pub fn item_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("item_id", value.into())
    }
}
impl crate::BodyModel for ItemDuplicateInput {
    const NAME: &'static str = "ItemDuplicateInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["item_id", "new_name", "target_collection_id", "target_project_id"],
    );
}
impl ItemDuplicateInput {
    /// A builder of [`ItemDuplicateInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ItemDuplicateInput> {
    /// Sets `item_id` (required).
    pub fn item_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("item_id", value.into())
    }
    /// Sets `new_name`.
    ///
    ///Name for the copy
    pub fn new_name(self, value: impl Into<String>) -> Self {
        self.set::<String>("new_name", value.into())
    }
    /// Sets `target_collection_id`.
    pub fn target_collection_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("target_collection_id", value.into())
    }
    /// Sets `target_project_id`.
    pub fn target_project_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("target_project_id", value.into())
    }
}
impl crate::BodyModel for ItemGetInput {
    const NAME: &'static str = "ItemGetInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["item_id"],
    );
}
impl ItemGetInput {
    /// A builder of [`ItemGetInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ItemGetInput> {
    /// Sets `item_id` (required).
    pub fn item_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("item_id", value.into())
    }
}
impl crate::BodyModel for ItemLineageInput {
    const NAME: &'static str = "ItemLineageInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["item_id"],
    );
}
impl ItemLineageInput {
    /// A builder of [`ItemLineageInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ItemLineageInput> {
    /// Sets `item_id` (required).
    pub fn item_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("item_id", value.into())
    }
}
impl crate::BodyModel for ItemStacInput {
    const NAME: &'static str = "ItemStacInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["base_url", "item_id"],
    );
}
impl ItemStacInput {
    /// A builder of [`ItemStacInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ItemStacInput> {
    /// Sets `base_url`.
    pub fn base_url(self, value: impl Into<String>) -> Self {
        self.set::<String>("base_url", value.into())
    }
    /// Sets `item_id` (required).
    pub fn item_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("item_id", value.into())
    }
}
impl crate::BodyModel for ItemStatisticsInput {
    const NAME: &'static str = "ItemStatisticsInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["asset_key", "expression", "item_id", "profile"],
    );
}
impl ItemStatisticsInput {
    /// A builder of [`ItemStatisticsInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ItemStatisticsInput> {
    /// Sets `asset_key`.
    pub fn asset_key(self, value: impl Into<String>) -> Self {
        self.set::<String>("asset_key", value.into())
    }
    /// Sets `expression` (required).
    pub fn expression(self, value: impl Into<String>) -> Self {
        self.set::<String>("expression", value.into())
    }
    /// Sets `item_id` (required).
    pub fn item_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("item_id", value.into())
    }
    /// Sets `profile`.
    pub fn profile(self, value: impl Into<String>) -> Self {
        self.set::<String>("profile", value.into())
    }
}
impl crate::BodyModel for ItemTileRenderInput {
    const NAME: &'static str = "ItemTileRenderInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "asset_key",
            "bands",
            "colormap",
            "expression",
            "format",
            "item_id",
            "profile",
            "quality",
            "rescale",
            "x",
            "y",
            "z",
        ],
    );
}
impl ItemTileRenderInput {
    /// A builder of [`ItemTileRenderInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ItemTileRenderInput> {
    /// Sets `asset_key`.
    pub fn asset_key(self, value: impl Into<String>) -> Self {
        self.set::<String>("asset_key", value.into())
    }
    /// Sets `bands`.
    pub fn bands(self, value: impl Into<String>) -> Self {
        self.set::<String>("bands", value.into())
    }
    /// Sets `colormap`.
    pub fn colormap(self, value: impl Into<String>) -> Self {
        self.set::<String>("colormap", value.into())
    }
    /// Sets `expression`.
    pub fn expression(self, value: impl Into<String>) -> Self {
        self.set::<String>("expression", value.into())
    }
    /// Sets `format`.
    pub fn format(self, value: impl Into<String>) -> Self {
        self.set::<String>("format", value.into())
    }
    /// Sets `item_id` (required).
    pub fn item_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("item_id", value.into())
    }
    /// Sets `profile`.
    pub fn profile(self, value: impl Into<String>) -> Self {
        self.set::<String>("profile", value.into())
    }
    /// Sets `quality`.
    pub fn quality(self, value: i64) -> Self {
        self.set("quality", value)
    }
    /// Sets `rescale`.
    pub fn rescale(self, value: impl Into<String>) -> Self {
        self.set::<String>("rescale", value.into())
    }
    /// Sets `x` (required).
    pub fn x(self, value: i64) -> Self {
        self.set("x", value)
    }
    /// Sets `y` (required).
    pub fn y(self, value: i64) -> Self {
        self.set("y", value)
    }
    /// Sets `z` (required).
    pub fn z(self, value: i64) -> Self {
        self.set("z", value)
    }
}
impl crate::BodyModel for ItemTilejsonInput {
    const NAME: &'static str = "ItemTilejsonInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["asset_key", "item_id", "profile"],
    );
}
impl ItemTilejsonInput {
    /// A builder of [`ItemTilejsonInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ItemTilejsonInput> {
    /// Sets `asset_key`.
    pub fn asset_key(self, value: impl Into<String>) -> Self {
        self.set::<String>("asset_key", value.into())
    }
    /// Sets `item_id` (required).
    pub fn item_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("item_id", value.into())
    }
    /// Sets `profile`.
    pub fn profile(self, value: impl Into<String>) -> Self {
        self.set::<String>("profile", value.into())
    }
}
impl crate::BodyModel for ItemUpdateInput {
    const NAME: &'static str = "ItemUpdateInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "bbox",
            "cloud_cover",
            "collection_id",
            "datetime",
            "description",
            "geometry",
            "gsd",
            "item_id",
            "lifecycle_state",
            "name",
            "properties",
        ],
    );
}
impl ItemUpdateInput {
    /// A builder of [`ItemUpdateInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ItemUpdateInput> {
    /// Sets `bbox`.
    pub fn bbox(self, value: impl Into<Vec<f64>>) -> Self {
        self.set::<Vec<f64>>("bbox", value.into())
    }
    /// Sets `cloud_cover`.
    pub fn cloud_cover(self, value: f64) -> Self {
        self.set("cloud_cover", value)
    }
    /// Sets `collection_id`.
    pub fn collection_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("collection_id", value.into())
    }
    /// Sets `datetime`.
    pub fn datetime(self, value: impl Into<String>) -> Self {
        self.set::<String>("datetime", value.into())
    }
    /// Sets `description`.
    pub fn description(self, value: impl Into<String>) -> Self {
        self.set::<String>("description", value.into())
    }
    /// Sets `geometry`.
    pub fn geometry(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("geometry", value.into())
    }
    /// Sets `gsd`.
    pub fn gsd(self, value: f64) -> Self {
        self.set("gsd", value)
    }
    /// Sets `item_id` (required).
    pub fn item_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("item_id", value.into())
    }
    /// Sets `lifecycle_state`.
    pub fn lifecycle_state(self, value: impl Into<LifecycleState>) -> Self {
        self.set::<LifecycleState>("lifecycle_state", value.into())
    }
    /// Sets `name`.
    pub fn name(self, value: impl Into<String>) -> Self {
        self.set::<String>("name", value.into())
    }
    /// Sets `properties`.
    pub fn properties(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("properties", value.into())
    }
}
impl crate::BodyModel for ItemWmtsCapabilitiesInput {
    const NAME: &'static str = "ItemWmtsCapabilitiesInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["base_url", "item_id", "key", "profile"],
    );
}
impl ItemWmtsCapabilitiesInput {
    /// A builder of [`ItemWmtsCapabilitiesInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ItemWmtsCapabilitiesInput> {
    /// Sets `base_url` (required).
    pub fn base_url(self, value: impl Into<String>) -> Self {
        self.set::<String>("base_url", value.into())
    }
    /// Sets `item_id` (required).
    pub fn item_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("item_id", value.into())
    }
    /// Sets `key`.
    pub fn key(self, value: impl Into<String>) -> Self {
        self.set::<String>("key", value.into())
    }
    /// Sets `profile`.
    pub fn profile(self, value: impl Into<String>) -> Self {
        self.set::<String>("profile", value.into())
    }
}
impl crate::BodyModel for ItemWmtsGetTileInput {
    const NAME: &'static str = "ItemWmtsGetTileInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["item_id", "profile", "x", "y", "z"],
    );
}
impl ItemWmtsGetTileInput {
    /// A builder of [`ItemWmtsGetTileInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ItemWmtsGetTileInput> {
    /// Sets `item_id` (required).
    pub fn item_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("item_id", value.into())
    }
    /// Sets `profile`.
    pub fn profile(self, value: impl Into<String>) -> Self {
        self.set::<String>("profile", value.into())
    }
    /// Sets `x` (required).
    pub fn x(self, value: i64) -> Self {
        self.set("x", value)
    }
    /// Sets `y` (required).
    pub fn y(self, value: i64) -> Self {
        self.set("y", value)
    }
    /// Sets `z` (required).
    pub fn z(self, value: i64) -> Self {
        self.set("z", value)
    }
}
impl crate::BodyModel for ItemsByCollectionInput {
    const NAME: &'static str = "ItemsByCollectionInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["collection_id", "limit", "offset"],
    );
}
impl ItemsByCollectionInput {
    /// A builder of [`ItemsByCollectionInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ItemsByCollectionInput> {
    /// Sets `collection_id` (required).
    pub fn collection_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("collection_id", value.into())
    }
    /// Sets `limit`.
    pub fn limit(self, value: i64) -> Self {
        self.set("limit", value)
    }
    /// Sets `offset`.
    pub fn offset(self, value: i64) -> Self {
        self.set("offset", value)
    }
}
impl crate::BodyModel for ItemsListInput {
    const NAME: &'static str = "ItemsListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["collection_id", "limit", "offset", "project_id", "uncollected"],
    );
}
impl ItemsListInput {
    /// A builder of [`ItemsListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ItemsListInput> {
    /// Sets `collection_id`.
    pub fn collection_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("collection_id", value.into())
    }
    /// Sets `limit`.
    pub fn limit(self, value: i64) -> Self {
        self.set("limit", value)
    }
    /// Sets `offset`.
    pub fn offset(self, value: i64) -> Self {
        self.set("offset", value)
    }
    /// Sets `project_id` (required).
    pub fn project_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("project_id", value.into())
    }
    /// Sets `uncollected`.
    pub fn uncollected(self, value: bool) -> Self {
        self.set("uncollected", value)
    }
}
impl crate::BodyModel for JobGetInput {
    const NAME: &'static str = "JobGetInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["job_id"],
    );
}
impl JobGetInput {
    /// A builder of [`JobGetInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<JobGetInput> {
    /// Sets `job_id` (required).
    pub fn job_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("job_id", value.into())
    }
}
impl crate::BodyModel for JobRegisterInput {
    const NAME: &'static str = "JobRegisterInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["job_id", "outputs"],
    );
}
impl JobRegisterInput {
    /// A builder of [`JobRegisterInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<JobRegisterInput> {
    /// Sets `job_id` (required).
    pub fn job_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("job_id", value.into())
    }
    /// Sets `outputs`.
    pub fn outputs(self, value: impl Into<Vec<::serde_json::Value>>) -> Self {
        self.set::<Vec<::serde_json::Value>>("outputs", value.into())
    }
}
impl crate::BodyModel for JobTypesInput {
    const NAME: &'static str = "JobTypesInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["category"],
    );
}
impl JobTypesInput {
    /// A builder of [`JobTypesInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<JobTypesInput> {
    /// Sets `category`.
    pub fn category(self, value: impl Into<String>) -> Self {
        self.set::<String>("category", value.into())
    }
}
impl crate::BodyModel for JobsListInput {
    const NAME: &'static str = "JobsListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["ids", "limit", "page", "processId", "sort", "status", "workspaceId"],
    );
}
impl JobsListInput {
    /// A builder of [`JobsListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<JobsListInput> {
    /// Sets `ids`.
    pub fn ids(self, value: impl Into<String>) -> Self {
        self.set::<String>("ids", value.into())
    }
    /// Sets `limit`.
    pub fn limit(self, value: i64) -> Self {
        self.set("limit", value)
    }
    /// Sets `page`.
    pub fn page(self, value: i64) -> Self {
        self.set("page", value)
    }
    /// Sets `processId`.
    pub fn process_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("processId", value.into())
    }
    /// Sets `sort`.
    pub fn sort(self, value: impl Into<String>) -> Self {
        self.set::<String>("sort", value.into())
    }
    /// Sets `status`.
    pub fn status(self, value: impl Into<String>) -> Self {
        self.set::<String>("status", value.into())
    }
    /// Sets `workspaceId`.
    pub fn workspace_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("workspaceId", value.into())
    }
}
impl crate::BodyModel for LineageGetInput {
    const NAME: &'static str = "LineageGetInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["direction", "entity_id", "entity_type", "max_depth"],
    );
}
impl LineageGetInput {
    /// A builder of [`LineageGetInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<LineageGetInput> {
    /// Sets `direction`.
    ///
    ///up=ancestors, down=descendants, both
    pub fn direction(self, value: impl Into<String>) -> Self {
        self.set::<String>("direction", value.into())
    }
    /// Sets `entity_id` (required).
    ///
    ///Root entity id
    pub fn entity_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("entity_id", value.into())
    }
    /// Sets `entity_type` (required).
    ///
    ///Root node type: item | order | processing_job | collection | project
    pub fn entity_type(self, value: impl Into<String>) -> Self {
        self.set::<String>("entity_type", value.into())
    }
    /// Sets `max_depth`.
    pub fn max_depth(self, value: u64) -> Self {
        self.set("max_depth", value)
    }
}
impl crate::BodyModel for ListSubscriptionsInput {
    const NAME: &'static str = "ListSubscriptionsInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["active", "event_type"],
    );
}
impl ListSubscriptionsInput {
    /// A builder of [`ListSubscriptionsInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ListSubscriptionsInput> {
    /// Sets `active`.
    pub fn active(self, value: bool) -> Self {
        self.set("active", value)
    }
    /// Sets `event_type`.
    pub fn event_type(self, value: impl Into<String>) -> Self {
        self.set::<String>("event_type", value.into())
    }
}
impl crate::BodyModel for MarkInvoicedInput {
    const NAME: &'static str = "MarkInvoicedInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["note", "order_ids", "organization_id", "period", "reference"],
    );
}
impl MarkInvoicedInput {
    /// A builder of [`MarkInvoicedInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<MarkInvoicedInput> {
    /// Sets `note`.
    pub fn note(self, value: impl Into<String>) -> Self {
        self.set::<String>("note", value.into())
    }
    /// Sets `order_ids`.
    pub fn order_ids(self, value: impl Into<Vec<String>>) -> Self {
        self.set::<Vec<String>>("order_ids", value.into())
    }
    /// Sets `organization_id` (required).
    pub fn organization_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("organization_id", value.into())
    }
    /// Sets `period`.
    pub fn period(self, value: impl Into<String>) -> Self {
        self.set::<String>("period", value.into())
    }
    /// Sets `reference` (required).
    pub fn reference(self, value: impl Into<String>) -> Self {
        self.set::<String>("reference", value.into())
    }
}
impl crate::BodyModel for NotificationRef {
    const NAME: &'static str = "NotificationRef";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["notification_id"],
    );
}
impl NotificationRef {
    /// A builder of [`NotificationRef`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<NotificationRef> {
    /// Sets `notification_id` (required).
    pub fn notification_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("notification_id", value.into())
    }
}
impl crate::BodyModel for NotificationsListInput {
    const NAME: &'static str = "NotificationsListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["limit", "offset", "unread_only"],
    );
}
impl NotificationsListInput {
    /// A builder of [`NotificationsListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<NotificationsListInput> {
    /// Sets `limit`.
    pub fn limit(self, value: i64) -> Self {
        self.set("limit", value)
    }
    /// Sets `offset`.
    pub fn offset(self, value: i64) -> Self {
        self.set("offset", value)
    }
    /// Sets `unread_only`.
    pub fn unread_only(self, value: bool) -> Self {
        self.set("unread_only", value)
    }
}
impl crate::BodyModel for OperationGetInput {
    const NAME: &'static str = "OperationGetInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["operation_name"],
    );
}
impl OperationGetInput {
    /// A builder of [`OperationGetInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<OperationGetInput> {
    /// Sets `operation_name` (required).
    pub fn operation_name(self, value: impl Into<String>) -> Self {
        self.set::<String>("operation_name", value.into())
    }
}
impl crate::BodyModel for OperationsListInput {
    const NAME: &'static str = "OperationsListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["data_type"],
    );
}
impl OperationsListInput {
    /// A builder of [`OperationsListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<OperationsListInput> {
    /// Sets `data_type`.
    pub fn data_type(self, value: impl Into<String>) -> Self {
        self.set::<String>("data_type", value.into())
    }
}
impl crate::BodyModel for OrderAssetsInput {
    const NAME: &'static str = "OrderAssetsInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["order_id"],
    );
}
impl OrderAssetsInput {
    /// A builder of [`OrderAssetsInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<OrderAssetsInput> {
    /// Sets `order_id` (required).
    pub fn order_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("order_id", value.into())
    }
}
impl crate::BodyModel for OrderCancelInput {
    const NAME: &'static str = "OrderCancelInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["order_id"],
    );
}
impl OrderCancelInput {
    /// A builder of [`OrderCancelInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<OrderCancelInput> {
    /// Sets `order_id` (required).
    pub fn order_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("order_id", value.into())
    }
}
impl crate::BodyModel for OrderGetInput {
    const NAME: &'static str = "OrderGetInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["order_id"],
    );
}
impl OrderGetInput {
    /// A builder of [`OrderGetInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<OrderGetInput> {
    /// Sets `order_id` (required).
    pub fn order_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("order_id", value.into())
    }
}
impl crate::BodyModel for OrderPlaceInput {
    const NAME: &'static str = "OrderPlaceInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "dataProduct",
            "displayName",
            "featureCollection",
            "params",
            "tags",
            "workspaceId",
        ],
    );
}
impl OrderPlaceInput {
    /// A builder of [`OrderPlaceInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<OrderPlaceInput> {
    /// Sets `dataProduct` (required).
    pub fn data_product(self, value: impl Into<String>) -> Self {
        self.set::<String>("dataProduct", value.into())
    }
    /// Sets `displayName`.
    pub fn display_name(self, value: impl Into<String>) -> Self {
        self.set::<String>("displayName", value.into())
    }
    /// Sets `featureCollection`.
    pub fn feature_collection(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("featureCollection", value.into())
    }
    /// Sets `params`.
    pub fn params(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("params", value.into())
    }
    /// Sets `tags`.
    pub fn tags(self, value: impl Into<Vec<String>>) -> Self {
        self.set::<Vec<String>>("tags", value.into())
    }
    /// Sets `workspaceId` (required).
    pub fn workspace_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("workspaceId", value.into())
    }
}
impl crate::BodyModel for OrderSchemaInput {
    const NAME: &'static str = "OrderSchemaInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["data_product_id"],
    );
}
impl OrderSchemaInput {
    /// A builder of [`OrderSchemaInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<OrderSchemaInput> {
    /// Sets `data_product_id` (required).
    pub fn data_product_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("data_product_id", value.into())
    }
}
impl crate::BodyModel for OrderUpdateInput {
    const NAME: &'static str = "OrderUpdateInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["order_id", "tags"],
    );
}
impl OrderUpdateInput {
    /// A builder of [`OrderUpdateInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<OrderUpdateInput> {
    /// Sets `order_id` (required).
    pub fn order_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("order_id", value.into())
    }
    /// Sets `tags`.
    pub fn tags(self, value: impl Into<Vec<String>>) -> Self {
        self.set::<Vec<String>>("tags", value.into())
    }
}
impl crate::BodyModel for OrdersListInput {
    const NAME: &'static str = "OrdersListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "dataProductIds",
            "displayName",
            "orderIds",
            "page",
            "size",
            "sort",
            "status",
            "subStatus",
            "tags",
            "type",
            "workspaceId",
        ],
    );
}
impl OrdersListInput {
    /// A builder of [`OrdersListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<OrdersListInput> {
    /// Sets `dataProductIds`.
    pub fn data_product_ids(self, value: impl Into<String>) -> Self {
        self.set::<String>("dataProductIds", value.into())
    }
    /// Sets `displayName`.
    pub fn display_name(self, value: impl Into<String>) -> Self {
        self.set::<String>("displayName", value.into())
    }
    /// Sets `orderIds`.
    pub fn order_ids(self, value: impl Into<String>) -> Self {
        self.set::<String>("orderIds", value.into())
    }
    /// Sets `page`.
    pub fn page(self, value: i64) -> Self {
        self.set("page", value)
    }
    /// Sets `size`.
    pub fn size(self, value: i64) -> Self {
        self.set("size", value)
    }
    /// Sets `sort`.
    pub fn sort(self, value: impl Into<String>) -> Self {
        self.set::<String>("sort", value.into())
    }
    /// Sets `status`.
    pub fn status(self, value: impl Into<String>) -> Self {
        self.set::<String>("status", value.into())
    }
    /// Sets `subStatus`.
    pub fn sub_status(self, value: impl Into<String>) -> Self {
        self.set::<String>("subStatus", value.into())
    }
    /// Sets `tags`.
    pub fn tags(self, value: impl Into<String>) -> Self {
        self.set::<String>("tags", value.into())
    }
    /// Sets `type`.
    pub fn type_(self, value: impl Into<String>) -> Self {
        self.set::<String>("type", value.into())
    }
    /// Sets `workspaceId`.
    pub fn workspace_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("workspaceId", value.into())
    }
}
impl crate::BodyModel for OrgInput {
    const NAME: &'static str = "OrgInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["organization_id"],
    );
}
impl OrgInput {
    /// A builder of [`OrgInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<OrgInput> {
    /// Sets `organization_id` (required).
    pub fn organization_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("organization_id", value.into())
    }
}
impl crate::BodyModel for OrgItemSearchInput {
    const NAME: &'static str = "OrgItemSearchInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "base_url",
            "bbox",
            "collections",
            "datetime",
            "format",
            "limit",
            "offset",
            "query",
            "sortby",
            "type",
        ],
    );
}
impl OrgItemSearchInput {
    /// A builder of [`OrgItemSearchInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<OrgItemSearchInput> {
    /// Sets `base_url`.
    pub fn base_url(self, value: impl Into<String>) -> Self {
        self.set::<String>("base_url", value.into())
    }
    /// Sets `bbox`.
    pub fn bbox(self, value: impl Into<Vec<f64>>) -> Self {
        self.set::<Vec<f64>>("bbox", value.into())
    }
    /// Sets `collections`.
    pub fn collections(self, value: impl Into<Vec<String>>) -> Self {
        self.set::<Vec<String>>("collections", value.into())
    }
    /// Sets `datetime`.
    pub fn datetime(self, value: impl Into<String>) -> Self {
        self.set::<String>("datetime", value.into())
    }
    /// Sets `format`.
    pub fn format(self, value: impl Into<String>) -> Self {
        self.set::<String>("format", value.into())
    }
    /// Sets `limit`.
    pub fn limit(self, value: u64) -> Self {
        self.set("limit", value)
    }
    /// Sets `offset`.
    pub fn offset(self, value: u64) -> Self {
        self.set("offset", value)
    }
    /// Sets `query`.
    pub fn query(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<::serde_json::Map<String, ::serde_json::Value>>("query", value.into())
    }
    /// Sets `sortby`.
    pub fn sortby(
        self,
        value: impl Into<Vec<::std::collections::HashMap<String, String>>>,
    ) -> Self {
        self.set::<
                Vec<::std::collections::HashMap<String, String>>,
            >("sortby", value.into())
    }
    /// Sets `type`.
    pub fn type_(self, value: impl Into<ItemType>) -> Self {
        self.set::<ItemType>("type", value.into())
    }
}
impl crate::BodyModel for OrgStatusInput {
    const NAME: &'static str = "OrgStatusInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["organization_id"],
    );
}
impl OrgStatusInput {
    /// A builder of [`OrgStatusInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<OrgStatusInput> {
    /// Sets `organization_id` (required).
    pub fn organization_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("organization_id", value.into())
    }
}
impl crate::BodyModel for OrganizationCreateInput {
    const NAME: &'static str = "OrganizationCreateInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "abn",
            "billing_address",
            "billing_admin_id",
            "billing_email",
            "country",
            "description",
            "enterprise_billing",
            "industry",
            "name",
            "size",
            "tax_number",
            "website",
        ],
    );
}
impl OrganizationCreateInput {
    /// A builder of [`OrganizationCreateInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<OrganizationCreateInput> {
    /// Sets `abn`.
    pub fn abn(self, value: impl Into<String>) -> Self {
        self.set::<String>("abn", value.into())
    }
    /// Sets `billing_address`.
    pub fn billing_address(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("billing_address", value.into())
    }
    /// Sets `billing_admin_id`.
    pub fn billing_admin_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("billing_admin_id", value.into())
    }
    /// Sets `billing_email`.
    pub fn billing_email(self, value: impl Into<String>) -> Self {
        self.set::<String>("billing_email", value.into())
    }
    /// Sets `country`.
    pub fn country(self, value: impl Into<String>) -> Self {
        self.set::<String>("country", value.into())
    }
    /// Sets `description`.
    pub fn description(self, value: impl Into<String>) -> Self {
        self.set::<String>("description", value.into())
    }
    /// Sets `enterprise_billing`.
    pub fn enterprise_billing(self, value: bool) -> Self {
        self.set("enterprise_billing", value)
    }
    /// Sets `industry`.
    pub fn industry(self, value: impl Into<String>) -> Self {
        self.set::<String>("industry", value.into())
    }
    /// Sets `name` (required).
    pub fn name(self, value: impl Into<String>) -> Self {
        self.set::<String>("name", value.into())
    }
    /// Sets `size`.
    pub fn size(self, value: impl Into<String>) -> Self {
        self.set::<String>("size", value.into())
    }
    /// Sets `tax_number`.
    pub fn tax_number(self, value: impl Into<String>) -> Self {
        self.set::<String>("tax_number", value.into())
    }
    /// Sets `website`.
    pub fn website(self, value: impl Into<String>) -> Self {
        self.set::<String>("website", value.into())
    }
}
impl crate::BodyModel for ProcessExecuteInput {
    const NAME: &'static str = "ProcessExecuteInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["inputs", "process_id", "workspaceId"],
    );
}
impl ProcessExecuteInput {
    /// A builder of [`ProcessExecuteInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ProcessExecuteInput> {
    /// Sets `inputs`.
    pub fn inputs(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("inputs", value.into())
    }
    /// Sets `process_id` (required).
    pub fn process_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("process_id", value.into())
    }
    /// Sets `workspaceId` (required).
    pub fn workspace_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("workspaceId", value.into())
    }
}
impl crate::BodyModel for ProcessGetInput {
    const NAME: &'static str = "ProcessGetInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["process_id"],
    );
}
impl ProcessGetInput {
    /// A builder of [`ProcessGetInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ProcessGetInput> {
    /// Sets `process_id` (required).
    pub fn process_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("process_id", value.into())
    }
}
impl crate::BodyModel for ProcessRunInput {
    const NAME: &'static str = "ProcessRunInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["inputs", "process_id"],
    );
}
impl ProcessRunInput {
    /// A builder of [`ProcessRunInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ProcessRunInput> {
    /// Sets `inputs`.
    pub fn inputs(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("inputs", value.into())
    }
    /// Sets `process_id` (required).
    pub fn process_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("process_id", value.into())
    }
}
impl crate::BodyModel for ProcessingDispatchInput {
    const NAME: &'static str = "ProcessingDispatchInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["job_id", "version"],
    );
}
impl ProcessingDispatchInput {
    /// A builder of [`ProcessingDispatchInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ProcessingDispatchInput> {
    /// Sets `job_id` (required).
    pub fn job_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("job_id", value.into())
    }
    /// Sets `version`.
    pub fn version(self, value: impl Into<String>) -> Self {
        self.set::<String>("version", value.into())
    }
}
impl crate::BodyModel for ProcessingJobInput {
    const NAME: &'static str = "ProcessingJobInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["job_id"],
    );
}
impl ProcessingJobInput {
    /// A builder of [`ProcessingJobInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ProcessingJobInput> {
    /// Sets `job_id` (required).
    pub fn job_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("job_id", value.into())
    }
}
impl crate::BodyModel for ProfileCreateInput {
    const NAME: &'static str = "ProfileCreateInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "asset_key",
            "config",
            "is_default",
            "item_id",
            "layer",
            "name",
            "sort_order",
            "type",
        ],
    );
}
impl ProfileCreateInput {
    /// A builder of [`ProfileCreateInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ProfileCreateInput> {
    /// Sets `asset_key`.
    pub fn asset_key(self, value: impl Into<String>) -> Self {
        self.set::<String>("asset_key", value.into())
    }
    /// Sets `config` (required).
    ///
    ///Render configuration.
    pub fn config(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("config", value.into())
    }
    /// Sets `is_default`.
    pub fn is_default(self, value: bool) -> Self {
        self.set("is_default", value)
    }
    /// Sets `item_id` (required).
    pub fn item_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("item_id", value.into())
    }
    /// Sets `layer`.
    pub fn layer(self, value: impl Into<ProfileLayer>) -> Self {
        self.set::<ProfileLayer>("layer", value.into())
    }
    /// Sets `name` (required).
    pub fn name(self, value: impl Into<String>) -> Self {
        self.set::<String>("name", value.into())
    }
    /// Sets `sort_order`.
    pub fn sort_order(self, value: i64) -> Self {
        self.set("sort_order", value)
    }
    /// Sets `type` (required).
    pub fn type_(self, value: impl Into<ProfileType>) -> Self {
        self.set::<ProfileType>("type", value.into())
    }
}
impl crate::BodyModel for ProfileGetInput {
    const NAME: &'static str = "ProfileGetInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["item_id", "profile_id"],
    );
}
impl ProfileGetInput {
    /// A builder of [`ProfileGetInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ProfileGetInput> {
    /// Sets `item_id` (required).
    pub fn item_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("item_id", value.into())
    }
    /// Sets `profile_id` (required).
    pub fn profile_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("profile_id", value.into())
    }
}
impl crate::BodyModel for ProfileRef {
    const NAME: &'static str = "ProfileRef";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["item_id", "profile_id"],
    );
}
impl ProfileRef {
    /// A builder of [`ProfileRef`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ProfileRef> {
    /// Sets `item_id` (required).
    pub fn item_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("item_id", value.into())
    }
    /// Sets `profile_id` (required).
    pub fn profile_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("profile_id", value.into())
    }
}
impl crate::BodyModel for ProfileUpdateInput {
    const NAME: &'static str = "ProfileUpdateInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "asset_key",
            "config",
            "is_default",
            "item_id",
            "name",
            "profile_id",
            "sort_order",
            "type",
        ],
    );
}
impl ProfileUpdateInput {
    /// A builder of [`ProfileUpdateInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ProfileUpdateInput> {
    /// Sets `asset_key`.
    pub fn asset_key(self, value: impl Into<String>) -> Self {
        self.set::<String>("asset_key", value.into())
    }
    /// Sets `config`.
    pub fn config(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("config", value.into())
    }
    /// Sets `is_default`.
    pub fn is_default(self, value: bool) -> Self {
        self.set("is_default", value)
    }
    /// Sets `item_id` (required).
    pub fn item_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("item_id", value.into())
    }
    /// Sets `name`.
    pub fn name(self, value: impl Into<String>) -> Self {
        self.set::<String>("name", value.into())
    }
    /// Sets `profile_id` (required).
    pub fn profile_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("profile_id", value.into())
    }
    /// Sets `sort_order`.
    pub fn sort_order(self, value: i64) -> Self {
        self.set("sort_order", value)
    }
    /// Sets `type`.
    pub fn type_(self, value: impl Into<ProfileType>) -> Self {
        self.set::<ProfileType>("type", value.into())
    }
}
impl crate::BodyModel for ProfilesListInput {
    const NAME: &'static str = "ProfilesListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["item_id"],
    );
}
impl ProfilesListInput {
    /// A builder of [`ProfilesListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ProfilesListInput> {
    /// Sets `item_id` (required).
    pub fn item_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("item_id", value.into())
    }
}
impl crate::BodyModel for ProjectArchiveInput {
    const NAME: &'static str = "ProjectArchiveInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["description", "is_archived", "name", "project_id"],
    );
}
impl ProjectArchiveInput {
    /// A builder of [`ProjectArchiveInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ProjectArchiveInput> {
    /// Sets `description`.
    pub fn description(self, value: impl Into<String>) -> Self {
        self.set::<String>("description", value.into())
    }
    /// Sets `is_archived`.
    pub fn is_archived(self, value: bool) -> Self {
        self.set("is_archived", value)
    }
    /// Sets `name`.
    pub fn name(self, value: impl Into<String>) -> Self {
        self.set::<String>("name", value.into())
    }
    /// Sets `project_id` (required).
    pub fn project_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("project_id", value.into())
    }
}
impl crate::BodyModel for ProjectCreate {
    const NAME: &'static str = "ProjectCreate";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["description", "gcs_region", "name"],
    );
}
impl ProjectCreate {
    /// A builder of [`ProjectCreate`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ProjectCreate> {
    /// Sets `description`.
    pub fn description(self, value: impl Into<String>) -> Self {
        self.set::<String>("description", value.into())
    }
    /// Sets `gcs_region`.
    pub fn gcs_region(self, value: impl Into<GcsRegion>) -> Self {
        self.set::<GcsRegion>("gcs_region", value.into())
    }
    /// Sets `name` (required).
    pub fn name(self, value: impl Into<String>) -> Self {
        self.set::<String>("name", value.into())
    }
}
impl crate::BodyModel for ProjectDeleteInput {
    const NAME: &'static str = "ProjectDeleteInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["project_id"],
    );
}
impl ProjectDeleteInput {
    /// A builder of [`ProjectDeleteInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ProjectDeleteInput> {
    /// Sets `project_id` (required).
    pub fn project_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("project_id", value.into())
    }
}
impl crate::BodyModel for ProjectItemSearchInput {
    const NAME: &'static str = "ProjectItemSearchInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "base_url",
            "bbox",
            "collections",
            "datetime",
            "format",
            "limit",
            "offset",
            "project_id",
            "query",
            "sortby",
            "type",
        ],
    );
}
impl ProjectItemSearchInput {
    /// A builder of [`ProjectItemSearchInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ProjectItemSearchInput> {
    /// Sets `base_url`.
    ///
    ///Base URL for STAC links (stac format only)
    pub fn base_url(self, value: impl Into<String>) -> Self {
        self.set::<String>("base_url", value.into())
    }
    /// Sets `bbox`.
    pub fn bbox(self, value: impl Into<Vec<f64>>) -> Self {
        self.set::<Vec<f64>>("bbox", value.into())
    }
    /// Sets `collections`.
    pub fn collections(self, value: impl Into<Vec<String>>) -> Self {
        self.set::<Vec<String>>("collections", value.into())
    }
    /// Sets `datetime`.
    pub fn datetime(self, value: impl Into<String>) -> Self {
        self.set::<String>("datetime", value.into())
    }
    /// Sets `format`.
    ///
    ///'stac' for full STAC features
    pub fn format(self, value: impl Into<String>) -> Self {
        self.set::<String>("format", value.into())
    }
    /// Sets `limit`.
    pub fn limit(self, value: u64) -> Self {
        self.set("limit", value)
    }
    /// Sets `offset`.
    pub fn offset(self, value: u64) -> Self {
        self.set("offset", value)
    }
    /// Sets `project_id` (required).
    pub fn project_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("project_id", value.into())
    }
    /// Sets `query`.
    pub fn query(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<::serde_json::Map<String, ::serde_json::Value>>("query", value.into())
    }
    /// Sets `sortby`.
    pub fn sortby(
        self,
        value: impl Into<Vec<::std::collections::HashMap<String, String>>>,
    ) -> Self {
        self.set::<
                Vec<::std::collections::HashMap<String, String>>,
            >("sortby", value.into())
    }
    /// Sets `type`.
    pub fn type_(self, value: impl Into<ItemType>) -> Self {
        self.set::<ItemType>("type", value.into())
    }
}
impl crate::BodyModel for ProjectJobGetInput {
    const NAME: &'static str = "ProjectJobGetInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["job_id"],
    );
}
impl ProjectJobGetInput {
    /// A builder of [`ProjectJobGetInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ProjectJobGetInput> {
    /// Sets `job_id` (required).
    pub fn job_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("job_id", value.into())
    }
}
impl crate::BodyModel for ProjectJobsInput {
    const NAME: &'static str = "ProjectJobsInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["job_type_name", "limit", "offset", "project_id", "status"],
    );
}
impl ProjectJobsInput {
    /// A builder of [`ProjectJobsInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ProjectJobsInput> {
    /// Sets `job_type_name`.
    pub fn job_type_name(self, value: impl Into<String>) -> Self {
        self.set::<String>("job_type_name", value.into())
    }
    /// Sets `limit`.
    pub fn limit(self, value: i64) -> Self {
        self.set("limit", value)
    }
    /// Sets `offset`.
    pub fn offset(self, value: i64) -> Self {
        self.set("offset", value)
    }
    /// Sets `project_id` (required).
    pub fn project_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("project_id", value.into())
    }
    /// Sets `status`.
    pub fn status(self, value: impl Into<String>) -> Self {
        self.set::<String>("status", value.into())
    }
}
impl crate::BodyModel for ProjectUpdateInput {
    const NAME: &'static str = "ProjectUpdateInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["description", "is_archived", "name", "project_id"],
    );
}
impl ProjectUpdateInput {
    /// A builder of [`ProjectUpdateInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ProjectUpdateInput> {
    /// Sets `description`.
    pub fn description(self, value: impl Into<String>) -> Self {
        self.set::<String>("description", value.into())
    }
    /// Sets `is_archived`.
    pub fn is_archived(self, value: bool) -> Self {
        self.set("is_archived", value)
    }
    /// Sets `name`.
    pub fn name(self, value: impl Into<String>) -> Self {
        self.set::<String>("name", value.into())
    }
    /// Sets `project_id` (required).
    pub fn project_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("project_id", value.into())
    }
}
impl crate::BodyModel for ProviderGetInput {
    const NAME: &'static str = "ProviderGetInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["provider_name"],
    );
}
impl ProviderGetInput {
    /// A builder of [`ProviderGetInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ProviderGetInput> {
    /// Sets `provider_name` (required).
    pub fn provider_name(self, value: impl Into<String>) -> Self {
        self.set::<String>("provider_name", value.into())
    }
}
impl crate::BodyModel for ProviderSamplesInput {
    const NAME: &'static str = "ProviderSamplesInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["limit", "offset", "provider"],
    );
}
impl ProviderSamplesInput {
    /// A builder of [`ProviderSamplesInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ProviderSamplesInput> {
    /// Sets `limit`.
    pub fn limit(self, value: i64) -> Self {
        self.set("limit", value)
    }
    /// Sets `offset`.
    pub fn offset(self, value: i64) -> Self {
        self.set("offset", value)
    }
    /// Sets `provider` (required).
    pub fn provider(self, value: impl Into<String>) -> Self {
        self.set::<String>("provider", value.into())
    }
}
impl crate::BodyModel for ProvidersListInput {
    const NAME: &'static str = "ProvidersListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["page", "role", "size", "sort"],
    );
}
impl ProvidersListInput {
    /// A builder of [`ProvidersListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ProvidersListInput> {
    /// Sets `page`.
    pub fn page(self, value: i64) -> Self {
        self.set("page", value)
    }
    /// Sets `role`.
    pub fn role(self, value: impl Into<String>) -> Self {
        self.set::<String>("role", value.into())
    }
    /// Sets `size`.
    pub fn size(self, value: i64) -> Self {
        self.set("size", value)
    }
    /// Sets `sort`.
    pub fn sort(self, value: impl Into<String>) -> Self {
        self.set::<String>("sort", value.into())
    }
}
impl crate::BodyModel for QuotationDecideInput {
    const NAME: &'static str = "QuotationDecideInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["decision", "quotation_id"],
    );
}
impl QuotationDecideInput {
    /// A builder of [`QuotationDecideInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<QuotationDecideInput> {
    /// Sets `decision` (required).
    pub fn decision(self, value: impl Into<String>) -> Self {
        self.set::<String>("decision", value.into())
    }
    /// Sets `quotation_id` (required).
    pub fn quotation_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("quotation_id", value.into())
    }
}
impl crate::BodyModel for RecalculateInput {
    const NAME: &'static str = "RecalculateInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["organization_id"],
    );
}
impl RecalculateInput {
    /// A builder of [`RecalculateInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<RecalculateInput> {
    /// Sets `organization_id` (required).
    pub fn organization_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("organization_id", value.into())
    }
}
impl crate::BodyModel for RejectApprovalInput {
    const NAME: &'static str = "RejectApprovalInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["approval_id", "reason"],
    );
}
impl RejectApprovalInput {
    /// A builder of [`RejectApprovalInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<RejectApprovalInput> {
    /// Sets `approval_id` (required).
    pub fn approval_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("approval_id", value.into())
    }
    /// Sets `reason`.
    pub fn reason(self, value: impl Into<String>) -> Self {
        self.set::<String>("reason", value.into())
    }
}
impl crate::BodyModel for RemoveMemberInput {
    const NAME: &'static str = "RemoveMemberInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["project_id", "user_id"],
    );
}
impl RemoveMemberInput {
    /// A builder of [`RemoveMemberInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<RemoveMemberInput> {
    /// Sets `project_id` (required).
    pub fn project_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("project_id", value.into())
    }
    /// Sets `user_id` (required).
    pub fn user_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("user_id", value.into())
    }
}
impl crate::BodyModel for ReplayInput {
    const NAME: &'static str = "ReplayInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["batch_size"],
    );
}
impl ReplayInput {
    /// A builder of [`ReplayInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ReplayInput> {
    /// Sets `batch_size`.
    pub fn batch_size(self, value: i64) -> Self {
        self.set("batch_size", value)
    }
}
impl crate::BodyModel for RequestApprovalInput {
    const NAME: &'static str = "RequestApprovalInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["credits", "expiry_hours"],
    );
}
impl RequestApprovalInput {
    /// A builder of [`RequestApprovalInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<RequestApprovalInput> {
    /// Sets `credits` (required).
    pub fn credits(self, value: u64) -> Self {
        self.set("credits", value)
    }
    /// Sets `expiry_hours`.
    pub fn expiry_hours(self, value: u64) -> Self {
        self.set("expiry_hours", value)
    }
}
impl crate::BodyModel for RunAllInput {
    const NAME: &'static str = "RunAllInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["threshold_bytes"],
    );
}
impl RunAllInput {
    /// A builder of [`RunAllInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<RunAllInput> {
    /// Sets `threshold_bytes`.
    pub fn threshold_bytes(self, value: i64) -> Self {
        self.set("threshold_bytes", value)
    }
}
impl crate::BodyModel for RunInput {
    const NAME: &'static str = "RunInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["organization_id", "threshold_bytes"],
    );
}
impl RunInput {
    /// A builder of [`RunInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<RunInput> {
    /// Sets `organization_id` (required).
    pub fn organization_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("organization_id", value.into())
    }
    /// Sets `threshold_bytes`.
    pub fn threshold_bytes(self, value: i64) -> Self {
        self.set("threshold_bytes", value)
    }
}
impl crate::BodyModel for RunsInput {
    const NAME: &'static str = "RunsInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["flagged_only", "limit", "organization_id"],
    );
}
impl RunsInput {
    /// A builder of [`RunsInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<RunsInput> {
    /// Sets `flagged_only`.
    pub fn flagged_only(self, value: bool) -> Self {
        self.set("flagged_only", value)
    }
    /// Sets `limit`.
    pub fn limit(self, value: i64) -> Self {
        self.set("limit", value)
    }
    /// Sets `organization_id`.
    pub fn organization_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("organization_id", value.into())
    }
}
impl crate::BodyModel for SampleInfoInput {
    const NAME: &'static str = "SampleInfoInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["provider", "scene_id"],
    );
}
impl SampleInfoInput {
    /// A builder of [`SampleInfoInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<SampleInfoInput> {
    /// Sets `provider` (required).
    pub fn provider(self, value: impl Into<String>) -> Self {
        self.set::<String>("provider", value.into())
    }
    /// Sets `scene_id` (required).
    pub fn scene_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("scene_id", value.into())
    }
}
impl crate::BodyModel for SceneInfoInput {
    const NAME: &'static str = "SceneInfoInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["scene_id"],
    );
}
impl SceneInfoInput {
    /// A builder of [`SceneInfoInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<SceneInfoInput> {
    /// Sets `scene_id` (required).
    pub fn scene_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("scene_id", value.into())
    }
}
impl crate::BodyModel for SearchInput {
    const NAME: &'static str = "SearchInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "base_url",
            "bbox",
            "collections",
            "datetime",
            "filter",
            "filter-lang",
            "ids",
            "intersects",
            "limit",
            "page",
            "sortby",
        ],
    );
}
impl SearchInput {
    /// A builder of [`SearchInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<SearchInput> {
    /// Sets `base_url`.
    pub fn base_url(self, value: impl Into<String>) -> Self {
        self.set::<String>("base_url", value.into())
    }
    /// Sets `bbox`.
    pub fn bbox(self, value: impl Into<Vec<f64>>) -> Self {
        self.set::<Vec<f64>>("bbox", value.into())
    }
    /// Sets `collections`.
    pub fn collections(self, value: impl Into<Vec<String>>) -> Self {
        self.set::<Vec<String>>("collections", value.into())
    }
    /// Sets `datetime`.
    pub fn datetime(self, value: impl Into<String>) -> Self {
        self.set::<String>("datetime", value.into())
    }
    /// Sets `filter`.
    pub fn filter(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("filter", value.into())
    }
    /// Sets `filter-lang`.
    pub fn filter_lang(self, value: impl Into<String>) -> Self {
        self.set::<String>("filter-lang", value.into())
    }
    /// Sets `ids`.
    pub fn ids(self, value: impl Into<Vec<String>>) -> Self {
        self.set::<Vec<String>>("ids", value.into())
    }
    /// Sets `intersects`.
    pub fn intersects(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("intersects", value.into())
    }
    /// Sets `limit`.
    pub fn limit(self, value: u64) -> Self {
        self.set("limit", value)
    }
    /// Sets `page`.
    pub fn page(self, value: u64) -> Self {
        self.set("page", value)
    }
    /// Sets `sortby`.
    pub fn sortby(self, value: impl Into<Vec<SortClause>>) -> Self {
        self.set::<Vec<SortClause>>("sortby", value.into())
    }
}
impl crate::BodyModel for SetAutoTopupInput {
    const NAME: &'static str = "SetAutoTopupInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["daily_charge_cap_aud", "enabled", "threshold_credits", "topup_amount_credits"],
    );
}
impl SetAutoTopupInput {
    /// A builder of [`SetAutoTopupInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<SetAutoTopupInput> {
    /// Sets `daily_charge_cap_aud`.
    pub fn daily_charge_cap_aud(self, value: f64) -> Self {
        self.set("daily_charge_cap_aud", value)
    }
    /// Sets `enabled` (required).
    pub fn enabled(self, value: bool) -> Self {
        self.set("enabled", value)
    }
    /// Sets `threshold_credits` (required).
    pub fn threshold_credits(self, value: u64) -> Self {
        self.set("threshold_credits", value)
    }
    /// Sets `topup_amount_credits` (required).
    pub fn topup_amount_credits(self, value: u64) -> Self {
        self.set("topup_amount_credits", value)
    }
}
impl crate::BodyModel for SetBandNamesInput {
    const NAME: &'static str = "SetBandNamesInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["asset_id", "band_names", "item_id"],
    );
}
impl SetBandNamesInput {
    /// A builder of [`SetBandNamesInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<SetBandNamesInput> {
    /// Sets `asset_id` (required).
    pub fn asset_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("asset_id", value.into())
    }
    /// Sets `band_names` (required).
    pub fn band_names(self, value: impl Into<Vec<String>>) -> Self {
        self.set::<Vec<String>>("band_names", value.into())
    }
    /// Sets `item_id` (required).
    pub fn item_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("item_id", value.into())
    }
}
impl crate::BodyModel for SetDefaultInput {
    const NAME: &'static str = "SetDefaultInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["payment_method_row_id"],
    );
}
impl SetDefaultInput {
    /// A builder of [`SetDefaultInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<SetDefaultInput> {
    /// Sets `payment_method_row_id` (required).
    pub fn payment_method_row_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("payment_method_row_id", value.into())
    }
}
impl crate::BodyModel for SettleInput {
    const NAME: &'static str = "SettleInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["limit", "organization_id"],
    );
}
impl SettleInput {
    /// A builder of [`SettleInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<SettleInput> {
    /// Sets `limit`.
    pub fn limit(self, value: i64) -> Self {
        self.set("limit", value)
    }
    /// Sets `organization_id`.
    pub fn organization_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("organization_id", value.into())
    }
}
impl crate::BodyModel for SetupIntentInput {
    const NAME: &'static str = "SetupIntentInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::None;
}
impl SetupIntentInput {
    /// A builder of [`SetupIntentInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<SetupIntentInput> {}
impl ::std::default::Default for SetupIntentInput {
    fn default() -> Self {
        Self(::std::default::Default::default())
    }
}
impl crate::BodyModel for ShareLinkCreate {
    const NAME: &'static str = "ShareLinkCreate";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["expires_at", "password", "permission", "target_id", "target_type"],
    );
}
impl ShareLinkCreate {
    /// A builder of [`ShareLinkCreate`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ShareLinkCreate> {
    /// Sets `expires_at` (required).
    pub fn expires_at(
        self,
        value: impl Into<::chrono::DateTime<::chrono::offset::Utc>>,
    ) -> Self {
        self.set::<::chrono::DateTime<::chrono::offset::Utc>>("expires_at", value.into())
    }
    /// Sets `password` (required).
    ///
    ///Plaintext password (will be bcrypt-hashed)
    pub fn password(self, value: impl Into<String>) -> Self {
        self.set::<String>("password", value.into())
    }
    /// Sets `permission`.
    pub fn permission(self, value: impl Into<SharePermission>) -> Self {
        self.set::<SharePermission>("permission", value.into())
    }
    /// Sets `target_id` (required).
    pub fn target_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("target_id", value.into())
    }
    /// Sets `target_type` (required).
    pub fn target_type(self, value: impl Into<ShareTargetType>) -> Self {
        self.set::<ShareTargetType>("target_type", value.into())
    }
}
impl crate::BodyModel for ShareLinkRevokeInput {
    const NAME: &'static str = "ShareLinkRevokeInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["link_id"],
    );
}
impl ShareLinkRevokeInput {
    /// A builder of [`ShareLinkRevokeInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ShareLinkRevokeInput> {
    /// Sets `link_id` (required).
    pub fn link_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("link_id", value.into())
    }
}
impl crate::BodyModel for ShareLinkValidateInput {
    const NAME: &'static str = "ShareLinkValidateInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["password", "token"],
    );
}
impl ShareLinkValidateInput {
    /// A builder of [`ShareLinkValidateInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ShareLinkValidateInput> {
    /// Sets `password`.
    pub fn password(self, value: impl Into<String>) -> Self {
        self.set::<String>("password", value.into())
    }
    /// Sets `token` (required).
    pub fn token(self, value: impl Into<String>) -> Self {
        self.set::<String>("token", value.into())
    }
}
impl crate::BodyModel for ShareTileInput {
    const NAME: &'static str = "ShareTileInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["format", "password", "profile", "token", "x", "y", "z"],
    );
}
impl ShareTileInput {
    /// A builder of [`ShareTileInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ShareTileInput> {
    /// Sets `format`.
    pub fn format(self, value: impl Into<String>) -> Self {
        self.set::<String>("format", value.into())
    }
    /// Sets `password`.
    pub fn password(self, value: impl Into<String>) -> Self {
        self.set::<String>("password", value.into())
    }
    /// Sets `profile`.
    pub fn profile(self, value: impl Into<String>) -> Self {
        self.set::<String>("profile", value.into())
    }
    /// Sets `token` (required).
    pub fn token(self, value: impl Into<String>) -> Self {
        self.set::<String>("token", value.into())
    }
    /// Sets `x` (required).
    pub fn x(self, value: i64) -> Self {
        self.set("x", value)
    }
    /// Sets `y` (required).
    pub fn y(self, value: i64) -> Self {
        self.set("y", value)
    }
    /// Sets `z` (required).
    pub fn z(self, value: i64) -> Self {
        self.set("z", value)
    }
}
impl crate::BodyModel for ShareTilejsonInput {
    const NAME: &'static str = "ShareTilejsonInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["password", "profile", "token"],
    );
}
impl ShareTilejsonInput {
    /// A builder of [`ShareTilejsonInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ShareTilejsonInput> {
    /// Sets `password`.
    pub fn password(self, value: impl Into<String>) -> Self {
        self.set::<String>("password", value.into())
    }
    /// Sets `profile`.
    pub fn profile(self, value: impl Into<String>) -> Self {
        self.set::<String>("profile", value.into())
    }
    /// Sets `token` (required).
    pub fn token(self, value: impl Into<String>) -> Self {
        self.set::<String>("token", value.into())
    }
}
impl crate::BodyModel for SignedUrlInput {
    const NAME: &'static str = "SignedUrlInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["content_type", "file_name", "upload_id"],
    );
}
impl SignedUrlInput {
    /// A builder of [`SignedUrlInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<SignedUrlInput> {
    /// Sets `content_type`.
    pub fn content_type(self, value: impl Into<String>) -> Self {
        self.set::<String>("content_type", value.into())
    }
    /// Sets `file_name` (required).
    pub fn file_name(self, value: impl Into<String>) -> Self {
        self.set::<String>("file_name", value.into())
    }
    /// Sets `upload_id` (required).
    pub fn upload_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("upload_id", value.into())
    }
}
impl crate::BodyModel for SourcesListInput {
    const NAME: &'static str = "SourcesListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["country", "data_type", "scope"],
    );
}
impl SourcesListInput {
    /// A builder of [`SourcesListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<SourcesListInput> {
    /// Sets `country`.
    pub fn country(self, value: impl Into<String>) -> Self {
        self.set::<String>("country", value.into())
    }
    /// Sets `data_type`.
    pub fn data_type(self, value: impl Into<String>) -> Self {
        self.set::<String>("data_type", value.into())
    }
    /// Sets `scope`.
    pub fn scope(self, value: impl Into<String>) -> Self {
        self.set::<String>("scope", value.into())
    }
}
impl crate::BodyModel for StacCollectionsListInput {
    const NAME: &'static str = "StacCollectionsListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["base_url"],
    );
}
impl StacCollectionsListInput {
    /// A builder of [`StacCollectionsListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<StacCollectionsListInput> {
    /// Sets `base_url`.
    pub fn base_url(self, value: impl Into<String>) -> Self {
        self.set::<String>("base_url", value.into())
    }
}
impl crate::BodyModel for StatementInput {
    const NAME: &'static str = "StatementInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["organization_id", "period"],
    );
}
impl StatementInput {
    /// A builder of [`StatementInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<StatementInput> {
    /// Sets `organization_id` (required).
    pub fn organization_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("organization_id", value.into())
    }
    /// Sets `period`.
    pub fn period(self, value: impl Into<String>) -> Self {
        self.set::<String>("period", value.into())
    }
}
impl crate::BodyModel for StudiesListInput {
    const NAME: &'static str = "StudiesListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["decision", "id", "orderId", "page", "size", "workspaceId"],
    );
}
impl StudiesListInput {
    /// A builder of [`StudiesListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<StudiesListInput> {
    /// Sets `decision`.
    pub fn decision(self, value: impl Into<String>) -> Self {
        self.set::<String>("decision", value.into())
    }
    /// Sets `id`.
    pub fn id(self, value: impl Into<String>) -> Self {
        self.set::<String>("id", value.into())
    }
    /// Sets `orderId`.
    pub fn order_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("orderId", value.into())
    }
    /// Sets `page`.
    pub fn page(self, value: i64) -> Self {
        self.set("page", value)
    }
    /// Sets `size`.
    pub fn size(self, value: i64) -> Self {
        self.set("size", value)
    }
    /// Sets `workspaceId`.
    pub fn workspace_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("workspaceId", value.into())
    }
}
impl crate::BodyModel for TaskingEstimateInput {
    const NAME: &'static str = "TaskingEstimateInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["groups"],
    );
}
impl TaskingEstimateInput {
    /// A builder of [`TaskingEstimateInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<TaskingEstimateInput> {
    /// Sets `groups`.
    pub fn groups(
        self,
        value: impl Into<Vec<::serde_json::Map<String, ::serde_json::Value>>>,
    ) -> Self {
        self.set::<
                Vec<::serde_json::Map<String, ::serde_json::Value>>,
            >("groups", value.into())
    }
}
impl crate::BodyModel for TaskingGroupsInput {
    const NAME: &'static str = "TaskingGroupsInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["order_id"],
    );
}
impl TaskingGroupsInput {
    /// A builder of [`TaskingGroupsInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<TaskingGroupsInput> {
    /// Sets `order_id` (required).
    pub fn order_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("order_id", value.into())
    }
}
impl crate::BodyModel for TaskingSensorsInput {
    const NAME: &'static str = "TaskingSensorsInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::None;
}
impl TaskingSensorsInput {
    /// A builder of [`TaskingSensorsInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<TaskingSensorsInput> {}
impl ::std::default::Default for TaskingSensorsInput {
    fn default() -> Self {
        Self(::std::default::Default::default())
    }
}
impl crate::BodyModel for TemplateDeleteInput {
    const NAME: &'static str = "TemplateDeleteInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["template_id"],
    );
}
impl TemplateDeleteInput {
    /// A builder of [`TemplateDeleteInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<TemplateDeleteInput> {
    /// Sets `template_id` (required).
    pub fn template_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("template_id", value.into())
    }
}
impl crate::BodyModel for TemplateListInput {
    const NAME: &'static str = "TemplateListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::None;
}
impl TemplateListInput {
    /// A builder of [`TemplateListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<TemplateListInput> {}
impl ::std::default::Default for TemplateListInput {
    fn default() -> Self {
        Self(::std::default::Default::default())
    }
}
impl crate::BodyModel for TemplateSaveInput {
    const NAME: &'static str = "TemplateSaveInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "capture_asap",
            "capture_frequency",
            "datum",
            "description",
            "file_format",
            "has_control",
            "max_cloud_coverage",
            "max_nadir_angle",
            "name",
            "resolution",
            "sensor",
        ],
    );
}
impl TemplateSaveInput {
    /// A builder of [`TemplateSaveInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<TemplateSaveInput> {
    /// Sets `capture_asap`.
    pub fn capture_asap(self, value: bool) -> Self {
        self.set("capture_asap", value)
    }
    /// Sets `capture_frequency` (required).
    pub fn capture_frequency(self, value: impl Into<String>) -> Self {
        self.set::<String>("capture_frequency", value.into())
    }
    /// Sets `datum` (required).
    pub fn datum(self, value: impl Into<String>) -> Self {
        self.set::<String>("datum", value.into())
    }
    /// Sets `description`.
    pub fn description(self, value: impl Into<String>) -> Self {
        self.set::<String>("description", value.into())
    }
    /// Sets `file_format` (required).
    pub fn file_format(self, value: impl Into<String>) -> Self {
        self.set::<String>("file_format", value.into())
    }
    /// Sets `has_control`.
    pub fn has_control(self, value: bool) -> Self {
        self.set("has_control", value)
    }
    /// Sets `max_cloud_coverage`.
    pub fn max_cloud_coverage(self, value: i64) -> Self {
        self.set("max_cloud_coverage", value)
    }
    /// Sets `max_nadir_angle`.
    pub fn max_nadir_angle(self, value: i64) -> Self {
        self.set("max_nadir_angle", value)
    }
    /// Sets `name` (required).
    pub fn name(self, value: impl Into<String>) -> Self {
        self.set::<String>("name", value.into())
    }
    /// Sets `resolution` (required).
    pub fn resolution(self, value: impl Into<String>) -> Self {
        self.set::<String>("resolution", value.into())
    }
    /// Sets `sensor` (required).
    pub fn sensor(self, value: impl Into<String>) -> Self {
        self.set::<String>("sensor", value.into())
    }
}
impl crate::BodyModel for TestAlertRuleInput {
    const NAME: &'static str = "TestAlertRuleInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["item_id", "rule_id"],
    );
}
impl TestAlertRuleInput {
    /// A builder of [`TestAlertRuleInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<TestAlertRuleInput> {
    /// Sets `item_id` (required).
    pub fn item_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("item_id", value.into())
    }
    /// Sets `rule_id` (required).
    pub fn rule_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("rule_id", value.into())
    }
}
impl crate::BodyModel for TestSubscriptionInput {
    const NAME: &'static str = "TestSubscriptionInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["subscription_id"],
    );
}
impl TestSubscriptionInput {
    /// A builder of [`TestSubscriptionInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<TestSubscriptionInput> {
    /// Sets `subscription_id` (required).
    pub fn subscription_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("subscription_id", value.into())
    }
}
impl crate::BodyModel for TransactionsInput {
    const NAME: &'static str = "TransactionsInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["limit", "offset", "reason"],
    );
}
impl TransactionsInput {
    /// A builder of [`TransactionsInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<TransactionsInput> {
    /// Sets `limit`.
    pub fn limit(self, value: i64) -> Self {
        self.set("limit", value)
    }
    /// Sets `offset`.
    pub fn offset(self, value: i64) -> Self {
        self.set("offset", value)
    }
    /// Sets `reason`.
    pub fn reason(self, value: impl Into<String>) -> Self {
        self.set::<String>("reason", value.into())
    }
}
impl crate::BodyModel for UpdateAlertRuleInput {
    const NAME: &'static str = "UpdateAlertRuleInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "active",
            "asset_key",
            "band_mapping",
            "collection_id",
            "comparison",
            "cooldown_minutes",
            "description",
            "event_types",
            "expression",
            "name",
            "notification_channels",
            "rule_id",
            "threshold",
            "threshold_upper",
        ],
    );
}
impl UpdateAlertRuleInput {
    /// A builder of [`UpdateAlertRuleInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<UpdateAlertRuleInput> {
    /// Sets `active`.
    pub fn active(self, value: bool) -> Self {
        self.set("active", value)
    }
    /// Sets `asset_key`.
    pub fn asset_key(self, value: impl Into<String>) -> Self {
        self.set::<String>("asset_key", value.into())
    }
    /// Sets `band_mapping`.
    pub fn band_mapping(
        self,
        value: impl Into<::std::collections::HashMap<String, i64>>,
    ) -> Self {
        self.set::<
                ::std::collections::HashMap<String, i64>,
            >("band_mapping", value.into())
    }
    /// Sets `collection_id`.
    pub fn collection_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("collection_id", value.into())
    }
    /// Sets `comparison`.
    pub fn comparison(self, value: impl Into<String>) -> Self {
        self.set::<String>("comparison", value.into())
    }
    /// Sets `cooldown_minutes`.
    pub fn cooldown_minutes(self, value: i64) -> Self {
        self.set("cooldown_minutes", value)
    }
    /// Sets `description`.
    pub fn description(self, value: impl Into<String>) -> Self {
        self.set::<String>("description", value.into())
    }
    /// Sets `event_types`.
    pub fn event_types(self, value: impl Into<Vec<String>>) -> Self {
        self.set::<Vec<String>>("event_types", value.into())
    }
    /// Sets `expression`.
    pub fn expression(self, value: impl Into<String>) -> Self {
        self.set::<String>("expression", value.into())
    }
    /// Sets `name`.
    pub fn name(self, value: impl Into<String>) -> Self {
        self.set::<String>("name", value.into())
    }
    /// Sets `notification_channels`.
    pub fn notification_channels(self, value: impl Into<Vec<String>>) -> Self {
        self.set::<Vec<String>>("notification_channels", value.into())
    }
    /// Sets `rule_id` (required).
    pub fn rule_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("rule_id", value.into())
    }
    /// Sets `threshold`.
    pub fn threshold(self, value: f64) -> Self {
        self.set("threshold", value)
    }
    /// Sets `threshold_upper`.
    pub fn threshold_upper(self, value: f64) -> Self {
        self.set("threshold_upper", value)
    }
}
impl crate::BodyModel for UpdateMemberInput {
    const NAME: &'static str = "UpdateMemberInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["project_id", "role", "user_id"],
    );
}
impl UpdateMemberInput {
    /// A builder of [`UpdateMemberInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<UpdateMemberInput> {
    /// Sets `project_id` (required).
    pub fn project_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("project_id", value.into())
    }
    /// Sets `role` (required).
    ///
    ///New role: admin, editor, or viewer
    pub fn role(self, value: impl Into<String>) -> Self {
        self.set::<String>("role", value.into())
    }
    /// Sets `user_id` (required).
    pub fn user_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("user_id", value.into())
    }
}
impl crate::BodyModel for UpdateSubscriptionInput {
    const NAME: &'static str = "UpdateSubscriptionInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "active",
            "description",
            "endpoint_url",
            "filter_config",
            "headers",
            "subscription_id",
        ],
    );
}
impl UpdateSubscriptionInput {
    /// A builder of [`UpdateSubscriptionInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<UpdateSubscriptionInput> {
    /// Sets `active`.
    pub fn active(self, value: bool) -> Self {
        self.set("active", value)
    }
    /// Sets `description`.
    pub fn description(self, value: impl Into<String>) -> Self {
        self.set::<String>("description", value.into())
    }
    /// Sets `endpoint_url`.
    pub fn endpoint_url(self, value: impl Into<String>) -> Self {
        self.set::<String>("endpoint_url", value.into())
    }
    /// Sets `filter_config`.
    pub fn filter_config(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("filter_config", value.into())
    }
    /// Sets `headers`.
    pub fn headers(
        self,
        value: impl Into<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.set::<::std::collections::HashMap<String, String>>("headers", value.into())
    }
    /// Sets `subscription_id` (required).
    pub fn subscription_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("subscription_id", value.into())
    }
}
impl crate::BodyModel for UploadFailInput {
    const NAME: &'static str = "UploadFailInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["error_message", "error_step", "upload_id"],
    );
}
impl UploadFailInput {
    /// A builder of [`UploadFailInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<UploadFailInput> {
    /// Sets `error_message` (required).
    pub fn error_message(self, value: impl Into<String>) -> Self {
        self.set::<String>("error_message", value.into())
    }
    /// Sets `error_step`.
    pub fn error_step(self, value: impl Into<String>) -> Self {
        self.set::<String>("error_step", value.into())
    }
    /// Sets `upload_id` (required).
    pub fn upload_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("upload_id", value.into())
    }
}
impl crate::BodyModel for UploadInitiate {
    const NAME: &'static str = "UploadInitiate";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &[
            "asset_key",
            "file_count",
            "is_categorical",
            "project_id",
            "target_collection_id",
            "target_item_id",
            "total_bytes",
            "transfer_method",
        ],
    );
}
impl UploadInitiate {
    /// A builder of [`UploadInitiate`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<UploadInitiate> {
    /// Sets `asset_key`.
    pub fn asset_key(self, value: impl Into<String>) -> Self {
        self.set::<String>("asset_key", value.into())
    }
    /// Sets `file_count`.
    pub fn file_count(self, value: u64) -> Self {
        self.set("file_count", value)
    }
    /// Sets `is_categorical`.
    pub fn is_categorical(self, value: bool) -> Self {
        self.set("is_categorical", value)
    }
    /// Sets `project_id` (required).
    pub fn project_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("project_id", value.into())
    }
    /// Sets `target_collection_id`.
    pub fn target_collection_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("target_collection_id", value.into())
    }
    /// Sets `target_item_id`.
    pub fn target_item_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("target_item_id", value.into())
    }
    /// Sets `total_bytes`.
    pub fn total_bytes(self, value: u64) -> Self {
        self.set("total_bytes", value)
    }
    /// Sets `transfer_method`.
    pub fn transfer_method(self, value: impl Into<String>) -> Self {
        self.set::<String>("transfer_method", value.into())
    }
}
impl crate::BodyModel for UploadProgressInput {
    const NAME: &'static str = "UploadProgressInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["bytes_uploaded", "status", "upload_id"],
    );
}
impl UploadProgressInput {
    /// A builder of [`UploadProgressInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<UploadProgressInput> {
    /// Sets `bytes_uploaded`.
    pub fn bytes_uploaded(self, value: i64) -> Self {
        self.set("bytes_uploaded", value)
    }
    /// Sets `status`.
    pub fn status(self, value: impl Into<String>) -> Self {
        self.set::<String>("status", value.into())
    }
    /// Sets `upload_id` (required).
    pub fn upload_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("upload_id", value.into())
    }
}
impl crate::BodyModel for UsageCurrentInput {
    const NAME: &'static str = "UsageCurrentInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["organization_id"],
    );
}
impl UsageCurrentInput {
    /// A builder of [`UsageCurrentInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<UsageCurrentInput> {
    /// Sets `organization_id` (required).
    pub fn organization_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("organization_id", value.into())
    }
}
impl crate::BodyModel for UsageHistoryInput {
    const NAME: &'static str = "UsageHistoryInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["months", "organization_id"],
    );
}
impl UsageHistoryInput {
    /// A builder of [`UsageHistoryInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<UsageHistoryInput> {
    /// Sets `months`.
    pub fn months(self, value: i64) -> Self {
        self.set("months", value)
    }
    /// Sets `organization_id` (required).
    pub fn organization_id(self, value: impl Into<String>) -> Self {
        self.set::<String>("organization_id", value.into())
    }
}
impl crate::BodyModel for ValidateFormulaInput {
    const NAME: &'static str = "ValidateFormulaInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["formula", "sensor"],
    );
}
impl ValidateFormulaInput {
    /// A builder of [`ValidateFormulaInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<ValidateFormulaInput> {
    /// Sets `formula` (required).
    pub fn formula(self, value: impl Into<String>) -> Self {
        self.set::<String>("formula", value.into())
    }
    /// Sets `sensor` (required).
    pub fn sensor(self, value: impl Into<String>) -> Self {
        self.set::<String>("sensor", value.into())
    }
}
impl crate::BodyModel for VisualizationListInput {
    const NAME: &'static str = "VisualizationListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["asset", "band_roles", "data_type", "render_params"],
    );
}
impl VisualizationListInput {
    /// A builder of [`VisualizationListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<VisualizationListInput> {
    /// Sets `asset`.
    pub fn asset(self, value: impl Into<String>) -> Self {
        self.set::<String>("asset", value.into())
    }
    /// Sets `band_roles`.
    pub fn band_roles(
        self,
        value: impl Into<::std::collections::HashMap<String, i64>>,
    ) -> Self {
        self.set::<::std::collections::HashMap<String, i64>>("band_roles", value.into())
    }
    /// Sets `data_type`.
    pub fn data_type(self, value: impl Into<String>) -> Self {
        self.set::<String>("data_type", value.into())
    }
    /// Sets `render_params`.
    pub fn render_params(
        self,
        value: impl Into<::serde_json::Map<String, ::serde_json::Value>>,
    ) -> Self {
        self.set::<
                ::serde_json::Map<String, ::serde_json::Value>,
            >("render_params", value.into())
    }
}
impl crate::BodyModel for VizListInput {
    const NAME: &'static str = "VizListInput";
    const DECLARED_FIELDS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::None;
}
impl VizListInput {
    /// A builder of [`VizListInput`]: one setter per field, then [`build`](crate::Builder::build), or pass the builder itself as a body.
    pub fn builder() -> crate::Builder<Self> {
        crate::Builder::new()
    }
}
impl crate::Builder<VizListInput> {}
impl ::std::default::Default for VizListInput {
    fn default() -> Self {
        Self(::std::default::Default::default())
    }
}
