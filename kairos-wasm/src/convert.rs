//! Values across the boundary: JS objects in the Rust serde wire format in,
//! plain JS objects out, and every failure an `Error` whose `name` is the kind.

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

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
    let too_long = |bytes: usize| {
        js_error(
            "ValidationError",
            format!(
                "{name} is {:.1} MB; at most {} MB is accepted",
                bytes as f64 / 1_048_576.0,
                MAX_TEXT / 1_048_576
            ),
        )
    };
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
        return Err(too_long(units));
    }
    let text = utf8_of(text, units);
    if text.len() > MAX_TEXT {
        return Err(too_long(text.len()));
    }
    Ok(text)
}

#[wasm_bindgen]
extern "C" {
    /// The platform's UTF-8 encoder (every browser, and Node since 11).
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(
        this: &TextEncoder,
        text: &js_sys::JsString,
        buffer: &mut [u8],
    ) -> EncodeIntoResult;

    /// What `encodeInto` did: UTF-16 units read, bytes written.
    type EncodeIntoResult;
    #[wasm_bindgen(method, getter)]
    fn read(this: &EncodeIntoResult) -> u32;
    #[wasm_bindgen(method, getter)]
    fn written(this: &EncodeIntoResult) -> u32;
}

thread_local! {
    static ENCODER: TextEncoder = TextEncoder::new();
}

/// The UTF-8 of a JS string of `units` UTF-16 units (lone surrogates read
/// as U+FFFD, as `TextEncoder` does).
///
/// Why not `JsValue::as_string`: wasm-bindgen copies a string's ASCII
/// prefix one character at a time in a JS loop (12 % of a `scoreJobs`
/// batch in Node's profile), where `TextEncoder.encodeInto` writes into the
/// module's memory in native code. On the benchmark corpus's 8,752 texts
/// (12.2 MB) the copy takes 28 ms instead of 37 in Chromium, 12 instead of
/// 27 in Node.
fn utf8_of(text: &js_sys::JsString, units: usize) -> String {
    // Most job descriptions are ASCII, one byte a unit, or nearly so (a few
    // dashes and curly quotes, three bytes each): every text of the
    // benchmark corpus fits this first guess. Past it, no unit takes more
    // than three bytes (a surrogate pair, two units, takes four).
    let mut buffer = vec![0u8; units + units / 16 + 16];
    let done = ENCODER.with(|encoder| encoder.encode_into(text, &mut buffer));
    let written = if done.read() as usize == units {
        done.written()
    } else {
        buffer = vec![0u8; units * 3];
        ENCODER
            .with(|encoder| encoder.encode_into(text, &mut buffer))
            .written()
    };
    buffer.truncate(written as usize);
    // TextEncoder only writes well-formed UTF-8; should that ever fail, the
    // text reads with U+FFFD where it was broken rather than not at all.
    String::from_utf8(buffer).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// An optional string argument (`undefined` or `null` for none).
pub(crate) fn optional_text(
    value: &JsValue,
    name: &dyn std::fmt::Display,
) -> Result<Option<String>, JsValue> {
    if value.is_undefined() || value.is_null() {
        Ok(None)
    } else {
        text_arg(value, name).map(Some)
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
    serde_json::from_str(&json).map_err(|e| read_error(&json, &e, name))
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
