
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

impl crate::call::RequestParts {
    /// Sets a `multipart/form-data` body; reqwest writes its `Content-Type` with the boundary.
    pub(crate) fn multipart_body<T: Serialize + ?Sized>(&mut self, body: &T) -> Result<(), String> {
        let form = multipart_body(body)?;
        self.body = Some(crate::call::Body::Attach(Box::new(move |request| request.multipart(form))));
        Ok(())
    }
}
