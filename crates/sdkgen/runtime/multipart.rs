
/// A `multipart/form-data` body: one text part per property, repeated for arrays; values that
/// are not strings are sent as JSON text.
pub(crate) fn multipart_body<T: Serialize + ?Sized>(body: &T) -> Result<reqwest::multipart::Form, String> {
    let Value::Object(map) = to_json(body)? else {
        return Err("a multipart body must be an object".to_string());
    };
    Ok(map.into_iter().fold(reqwest::multipart::Form::new(), |form, (name, value)| match value {
        Value::Null => form,
        Value::Array(items) => items.iter().fold(form, |form, item| form.text(name.clone(), scalar(item))),
        other => form.text(name, scalar(&other)),
    }))
}
