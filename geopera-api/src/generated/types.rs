// generated — do not edit. Regenerate with `cargo xtask codegen` from spec/geopera.openapi.json.
//! The models of every component schema in the spec.
//!
//! Field names, optionality, defaults and constraints follow the schemas; objects with
//! `additionalProperties: true` keep unknown fields in a flattened `extra` map.
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
