//! The runtime's `Object` loop and `object!` (`runtime/object.rs`, copied into generated
//! crates), compiled here on their own: required keys beyond the first 128 are tracked too,
//! and a model writes the keys its lists say.

use std::collections::BTreeMap;

use serde_json::json;

mod runtime {
    use std::fmt;

    include!("../runtime/object.rs");
}

use runtime::{decode_object, keep_value, Object};

/// An object with 130 required keys, `k0` to `k129`.
#[derive(Debug, Default)]
struct Wide {
    values: BTreeMap<String, i64>,
}

impl Object for Wide {
    const REQUIRED: &'static [&'static str] = &[
        "k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11", "k12", "k13",
        "k14", "k15", "k16", "k17", "k18", "k19", "k20", "k21", "k22", "k23", "k24", "k25", "k26",
        "k27", "k28", "k29", "k30", "k31", "k32", "k33", "k34", "k35", "k36", "k37", "k38", "k39",
        "k40", "k41", "k42", "k43", "k44", "k45", "k46", "k47", "k48", "k49", "k50", "k51", "k52",
        "k53", "k54", "k55", "k56", "k57", "k58", "k59", "k60", "k61", "k62", "k63", "k64", "k65",
        "k66", "k67", "k68", "k69", "k70", "k71", "k72", "k73", "k74", "k75", "k76", "k77", "k78",
        "k79", "k80", "k81", "k82", "k83", "k84", "k85", "k86", "k87", "k88", "k89", "k90", "k91",
        "k92", "k93", "k94", "k95", "k96", "k97", "k98", "k99", "k100", "k101", "k102", "k103",
        "k104", "k105", "k106", "k107", "k108", "k109", "k110", "k111", "k112", "k113", "k114",
        "k115", "k116", "k117", "k118", "k119", "k120", "k121", "k122", "k123", "k124", "k125",
        "k126", "k127", "k128", "k129",
    ];

    fn read<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<(), A::Error> {
        keep_value(&mut self.values, key, map)
    }
}

impl<'de> serde::Deserialize<'de> for Wide {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        decode_object(input)
    }
}

fn object_without(missing: Option<usize>) -> serde_json::Value {
    let map: serde_json::Map<String, serde_json::Value> = (0..130)
        .filter(|i| Some(*i) != missing)
        .map(|i| (format!("k{i}"), serde_json::Value::from(i)))
        .collect();
    serde_json::Value::Object(map)
}

#[test]
fn every_required_key_is_checked_before_and_beyond_the_first_128() {
    let whole: Wide = serde_json::from_value(object_without(None)).expect("all keys");
    assert_eq!(whole.values.len(), 130);
    for missing in [0, 64, 127, 128, 129] {
        let error = serde_json::from_value::<Wide>(object_without(Some(missing)))
            .expect_err("a key is missing");
        assert_eq!(error.to_string(), format!("missing field `k{missing}`"));
    }
}

/// A model a request sends: required keys (`note` may be `null`), optional ones (one with a key
/// that is not its name), one only the server sets, and the keys it does not declare.
#[derive(Debug, Default, PartialEq)]
struct Sent {
    id: i64,
    note: Option<String>,
    label: Option<String>,
    kind: Option<String>,
    revision: Option<i64>,
    others: BTreeMap<String, i64>,
}

crate::runtime::object! {
    Sent { id, note } optional { label, kind = "type" } read_only { revision } required = ["id"]
    others = others
}

#[test]
fn a_model_writes_its_required_keys_the_set_optional_ones_and_never_the_read_only_ones() {
    let mut sent = Sent {
        id: 1,
        kind: Some("a".to_string()),
        revision: Some(7),
        ..Sent::default()
    };
    sent.others.insert("extra".to_string(), 2);
    let written = serde_json::to_value(&sent).expect("writes");
    assert_eq!(
        written,
        json!({"id": 1, "note": null, "type": "a", "extra": 2})
    );

    let read: Sent = serde_json::from_value(json!({"id": 1, "type": "a", "revision": 8, "x": 3}))
        .expect("reads");
    assert_eq!((read.kind.as_deref(), read.revision), (Some("a"), Some(8)));
    assert_eq!(read.others, BTreeMap::from([("x".to_string(), 3)]));
}

/// A value serde cannot write.
#[derive(Debug, Default, PartialEq)]
struct Unwritable;

impl serde::Serialize for Unwritable {
    fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
        Err(serde::ser::Error::custom("not writable"))
    }
}

impl<'de> serde::Deserialize<'de> for Unwritable {
    fn deserialize<D: serde::Deserializer<'de>>(_: D) -> Result<Self, D::Error> {
        Ok(Unwritable)
    }
}

#[derive(Debug, Default, PartialEq)]
struct HalfWritable {
    first: Unwritable,
    second: i64,
}

crate::runtime::object! {
    HalfWritable { first, second } required = []
}

#[test]
fn the_first_error_in_writing_a_field_is_the_error_of_the_object() {
    let error = serde_json::to_value(HalfWritable::default()).expect_err("cannot write");
    assert_eq!(error.to_string(), "not writable");
}
