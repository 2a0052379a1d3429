fn main() -> anyhow::Result<()> {
    let raw: serde_json::Value = serde_json::from_str(&std::fs::read_to_string("spec/geopera.openapi.json")?)?;
    let schemas = raw["components"]["schemas"].as_object().unwrap().clone();
    let defs: Vec<(String, schemars::schema::Schema)> = schemas
        .into_iter()
        .map(|(k, v)| (k, serde_json::from_value(v).unwrap()))
        .collect();
    let mut settings = typify::TypeSpaceSettings::default();
    settings.with_struct_builder(false);
    let mut ts = typify::TypeSpace::new(&settings);
    ts.add_ref_types(defs)?;
    let file: syn::File = syn::parse2(ts.to_stream())?;
    println!("{}", prettyplease::unparse(&file));
    Ok(())
}
