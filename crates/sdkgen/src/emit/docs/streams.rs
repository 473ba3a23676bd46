//! What the README says of streamed bodies: downloads, uploads, forms with files and
//! server-sent events, each only when the API has one.

use sdkgen_ir::Api;

/// The README's notes on streams and files.
pub(super) fn stream_notes(api: &Api, lib: &str) -> Vec<String> {
    let mut notes = Vec::new();
    if api.has_binary_downloads() {
        notes.push(format!(
            "**Downloads.** A binary success body is `bytes::Bytes` when the request is awaited. \
             `.stream()` instead returns a `{lib}::ByteStream` that is read chunk by chunk as it arrives \
             (`next_chunk()`, `collect()`, `into_async_read()`, or the `Stream` trait), so a large body never sits in memory. \
             The timeout and the deadline then cover the wait for the response headers only."
        ));
    }
    if api.has_binary_uploads() {
        notes.push(format!(
            "**Uploads.** A binary request body takes anything that converts into a `{lib}::ByteStream`: \
             bytes, a `Vec<u8>` or a string, sent again on a retry; or `ByteStream::from_stream`, \
             `from_reader` or `from_path`, read as it is sent. A streamed body is sent once and never retried."
        ));
    }
    if api.has_file_fields() {
        notes.push(format!(
            "**Files in forms.** The binary properties of a `multipart/form-data` body are `{lib}::FilePart`s: \
             `FilePart::new(bytes_or_stream).file_name(\"a.png\").content_type(\"image/png\")`, or \
             `FilePart::from_path(path)`. A form is sent once and never retried."
        ));
    }
    if api.has_event_streams() {
        notes.push(format!(
            "**Server-sent events.** An operation that answers `text/event-stream` returns a `{lib}::EventStream<T>`: \
             `next_event()` (or the `Stream` trait) yields each `Event` (`event`, `data: T`, `id`, `retry`) as the server sends it, \
             and `None` when the server closes the stream. Data that does not decode is a `StreamError::Decode`, and the stream goes on. \
             It does not reconnect by itself: to resume, wait `events.retry()` and send the request again with \
             `.header(\"Last-Event-ID\", id)`, where `id` comes from `events.last_event_id()`."
        ));
    }
    notes
}
