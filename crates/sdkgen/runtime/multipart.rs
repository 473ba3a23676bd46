/// A `multipart/form-data` body: one text part per property, repeated for arrays (values that
/// are not strings are sent as JSON text), then the file parts.
pub(crate) fn multipart_body<T: Serialize + ?Sized>(
    body: &T,
    files: impl IntoIterator<Item = (&'static str, Vec<FilePart>)>,
) -> Result<reqwest::multipart::Form, String> {
    let Value::Object(map) = to_json(body)? else {
        return Err("a multipart body must be an object".to_string());
    };
    let form =
        map.into_iter().fold(
            reqwest::multipart::Form::new(),
            |form, (name, value)| match value {
                Value::Null => form,
                Value::Array(items) => items
                    .iter()
                    .fold(form, |form, item| form.text(name.clone(), scalar(item))),
                other => form.text(name, scalar(&other)),
            },
        );
    files
        .into_iter()
        .flat_map(|(name, parts)| parts.into_iter().map(move |part| (name, part)))
        .try_fold(form, |form, (name, part)| {
            Ok(form.part(name, part.into_part()?))
        })
}

impl crate::call::RequestParts {
    /// Sets a `multipart/form-data` body with these file parts; reqwest writes its
    /// `Content-Type` with the boundary.
    pub(crate) fn multipart_body<T: Serialize + ?Sized>(
        &mut self,
        body: &T,
        files: impl IntoIterator<Item = (&'static str, Vec<FilePart>)>,
    ) -> Result<(), String> {
        let form = multipart_body(body, files)?;
        self.body = Some(crate::call::Body::Attach(Box::new(move |request| {
            request.multipart(form)
        })));
        Ok(())
    }
}

/// A file in a `multipart/form-data` body: its content, from bytes or a stream, with the file
/// name and media type the part announces. A form is sent once, never retried.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FilePart {
    content: FileContent,
    file_name: Option<String>,
    content_type: Option<String>,
}

/// The content of a file part; two parts read from streams are equal only when they share
/// the stream.
#[derive(Debug, Clone, Default)]
struct FileContent(Option<crate::stream::ByteStream>);

impl PartialEq for FileContent {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Some(one), Some(other)) => one.same_content(other),
            (None, None) => true,
            _ => false,
        }
    }
}

impl FilePart {
    /// A file part with this content (bytes, a `Vec<u8>`, a string or a [`ByteStream`](crate::ByteStream)).
    pub fn new(content: impl Into<crate::stream::ByteStream>) -> Self {
        FilePart {
            content: FileContent(Some(content.into())),
            file_name: None,
            content_type: None,
        }
    }

    /// A file part read from a file as it is sent, named after the file.
    pub async fn from_path(path: impl AsRef<std::path::Path>) -> std::io::Result<Self> {
        let path = path.as_ref();
        let part = FilePart::new(crate::stream::ByteStream::from_path(path).await?);
        Ok(match path.file_name() {
            Some(name) => part.file_name(name.to_string_lossy()),
            None => part,
        })
    }

    /// The file name the part announces; many servers need one to take the part as a file.
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    /// The part's media type, `application/octet-stream` unless set.
    pub fn content_type(mut self, media_type: impl Into<String>) -> Self {
        self.content_type = Some(media_type.into());
        self
    }

    fn into_part(self) -> Result<reqwest::multipart::Part, String> {
        let content = self.content.0.unwrap_or_default();
        let length = content.known_length();
        let body = content.into_body()?;
        let part = match length {
            Some(length) => reqwest::multipart::Part::stream_with_length(body, length),
            None => reqwest::multipart::Part::stream(body),
        };
        let part = match self.file_name {
            Some(name) => part.file_name(name),
            None => part,
        };
        let media_type = self
            .content_type
            .as_deref()
            .unwrap_or("application/octet-stream");
        part.mime_str(media_type)
            .map_err(|_| format!("`{media_type}` is not a media type"))
    }
}

/// The file parts of a form field: one file, an optional one, or a list.
pub(crate) trait FileField {
    fn parts(&self) -> Vec<FilePart>;
}

impl FileField for FilePart {
    fn parts(&self) -> Vec<FilePart> {
        vec![self.clone()]
    }
}

impl<T: FileField> FileField for Option<T> {
    fn parts(&self) -> Vec<FilePart> {
        self.as_ref().map(FileField::parts).unwrap_or_default()
    }
}

impl FileField for Vec<FilePart> {
    fn parts(&self) -> Vec<FilePart> {
        self.clone()
    }
}

/// The file parts of a form field.
pub(crate) fn file_parts(field: &impl FileField) -> Vec<FilePart> {
    field.parts()
}
