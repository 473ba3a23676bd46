/// A fresh idempotency key: a random (version 4) UUID.
pub(crate) fn idempotency_key() -> String {
    uuid::Uuid::new_v4().to_string()
}
