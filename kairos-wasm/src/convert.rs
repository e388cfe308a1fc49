//! Values across the boundary: JS objects in the Rust serde wire format in,
//! plain JS objects out, and every failure an `Error` whose `name` is the kind.

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::objects_only::ObjectsOnly;

/// The largest text any function takes. A pasted job description or resume
/// is a few kilobytes; past this, a mistake is more likely than a document.
pub(crate) const MAX_TEXT: usize = 16 * 1024 * 1024;

/// A JS `Error` with `name` set to `kind` (`TypeError`, `ValidationError`,
/// `ResumeImportError`, …).
pub(crate) fn js_error(kind: &str, message: impl AsRef<str>) -> JsValue {
    let error = js_sys::Error::new(message.as_ref());
    error.set_name(kind);
    error.into()
}

/// The one conversion from core errors: the kind becomes the JS name.
pub(crate) fn core_error(e: kairos_core::Error) -> JsValue {
    js_error(e.kind(), e.to_string())
}

/// What a JS value is, for errors: `null`, `array`, or its `typeof`.
pub(crate) fn type_name(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if js_sys::Array::is_array(value) {
        "array".into()
    } else {
        value
            .js_typeof()
            .as_string()
            .unwrap_or_else(|| "unknown".into())
    }
}

/// A required string argument, at most [`MAX_TEXT`] bytes. `name` is
/// written out only for an error (a batch names each item: `jobs[3].title`).
pub(crate) fn text_arg(value: &JsValue, name: &dyn std::fmt::Display) -> Result<String, JsValue> {
    let Some(text) = value.dyn_ref::<js_sys::JsString>() else {
        return Err(js_error(
            "TypeError",
            format!("{name} must be a string (got {})", type_name(value)),
        ));
    };
    // A UTF-16 unit is at least one UTF-8 byte: an over-long text is turned
    // away before it is copied.
    let units = text.length() as usize;
    if units > MAX_TEXT {
        return Err(too_long(name, units));
    }
    let text = String::from(text);
    if text.len() > MAX_TEXT {
        return Err(too_long(name, text.len()));
    }
    Ok(text)
}

/// A required text given as a string or as its UTF-8 bytes (a
/// `Uint8Array`, as `fetch(…).arrayBuffer()` or a dropped file gives it),
/// at most [`MAX_TEXT`] bytes. Bytes cross into the module as one copy,
/// where a string is re-encoded on its way in, much of it character by
/// character in JavaScript: for the benchmark's 12 MB batch, a seventh of
/// ranking it in Chromium.
pub(crate) fn text_or_utf8_arg(
    value: &JsValue,
    name: &dyn std::fmt::Display,
) -> Result<String, JsValue> {
    let Some(bytes) = value.dyn_ref::<js_sys::Uint8Array>() else {
        if !value.is_string() {
            return Err(js_error(
                "TypeError",
                format!(
                    "{name} must be a string or its UTF-8 bytes in a Uint8Array (got {})",
                    type_name(value)
                ),
            ));
        }
        return text_arg(value, name);
    };
    let len = bytes.length() as usize;
    if len > MAX_TEXT {
        return Err(too_long(name, len));
    }
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        js_error(
            "ValidationError",
            format!(
                "{name} is not UTF-8: byte {} starts no character",
                e.utf8_error().valid_up_to()
            ),
        )
    })
}

/// The error for a text of `bytes` bytes, over [`MAX_TEXT`].
fn too_long(name: &dyn std::fmt::Display, bytes: usize) -> JsValue {
    js_error(
        "ValidationError",
        format!(
            "{name} is {:.1} MB; at most {} MB is accepted",
            bytes as f64 / 1_048_576.0,
            MAX_TEXT / 1_048_576
        ),
    )
}

/// An optional trailing string argument (one of the typed extern types in
/// `types.rs`): left out, `undefined` or `null` for none.
pub(crate) fn optional_text(
    arg: Option<impl Into<JsValue>>,
    name: &dyn std::fmt::Display,
) -> Result<Option<String>, JsValue> {
    let value: JsValue = arg.map_or(JsValue::UNDEFINED, Into::into);
    if value.is_undefined() || value.is_null() {
        Ok(None)
    } else {
        text_arg(&value, name).map(Some)
    }
}

/// A required object argument in the wire format; errors name the path
/// (`profile.skills[3].proficiency`).
pub(crate) fn from_js<T: DeserializeOwned>(
    value: &JsValue,
    name: &dyn std::fmt::Display,
) -> Result<T, JsValue> {
    // Only the read itself depends on `T`: the rest is shared by every
    // argument type instead of copied into the module once for each.
    let json = wire_json(value, name)?;
    let mut reader = serde_json::Deserializer::from_str(&json);
    T::deserialize(ObjectsOnly(&mut reader))
        .and_then(|value| reader.end().map(|()| value))
        .map_err(|e| read_error(&json, &e, name))
}

/// `value` as JSON text, refusing what is not an object.
fn wire_json(value: &JsValue, name: &dyn std::fmt::Display) -> Result<String, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Err(js_error(
            "TypeError",
            format!("{name} is required (got {})", type_name(value)),
        ));
    }
    if !value.is_object() {
        return Err(js_error(
            "TypeError",
            format!("{name} must be an object (got {})", type_name(value)),
        ));
    }
    // Through JSON text: JSON.stringify refuses cycles and BigInts with a
    // TypeError instead of recursing forever, and what arrives is exactly the
    // wire format the Rust serde reads.
    Ok(js_sys::JSON::stringify(value)
        .map_err(|e| {
            let why = e.dyn_ref::<js_sys::Error>().map_or_else(
                || "not serialisable".to_owned(),
                |e| String::from(e.message()),
            );
            js_error("TypeError", format!("{name} cannot be read as JSON: {why}"))
        })?
        .as_string()
        .unwrap_or_default())
}

/// The error for a wire-format value serde refused.
fn read_error(json: &str, e: &serde_json::Error, name: &dyn std::fmt::Display) -> JsValue {
    // The JSON is ours, not the caller's: name the field, not a column.
    let (path, message) = kairos_core::json_path::error_path(json, e);
    let at = match path.as_str() {
        "." => name.to_string(),
        p if p.starts_with('[') => format!("{name}{p}"),
        p => format!("{name}.{p}"),
    };
    js_error("ValidationError", format!("{at}: {message}"))
}

/// An optional object argument.
pub(crate) fn optional_from_js<T: DeserializeOwned>(
    value: &JsValue,
    name: &dyn std::fmt::Display,
) -> Result<Option<T>, JsValue> {
    if value.is_undefined() || value.is_null() {
        Ok(None)
    } else {
        from_js(value, name).map(Some)
    }
}

/// A plain JS object in the wire format (serde_json's output, parsed by
/// `JSON.parse`, so it is the same data the Rust and Python surfaces give).
pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let json = serde_json::to_string(value)
        .map_err(|e| js_error("Error", format!("cannot convert the result: {e}")))?;
    js_sys::JSON::parse(&json)
}
