//! An entity's fields read one at a time from Python: their names, as the
//! wire format spells them (so an optional field left out of the JSON,
//! `"salary"` of a listing without pay, reads as `None` instead of raising
//! `AttributeError`), and one field's value converted without the rest.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::ser::{self, Impossible, Serialize, SerializeStruct, Serializer};

/// Every field name of `T`, a struct whose `Deserialize` serde derives:
/// the names serde hands its reader, caught before anything is read.
pub(crate) fn field_names<'de, T: Deserialize<'de>>() -> &'static [&'static str] {
    let mut names: &'static [&'static str] = &[];
    // Nothing is read: the reader stops at the struct's names, an error
    // that is expected and dropped.
    let _ = T::deserialize(NamesOnly(&mut names));
    names
}

/// A reader that records the field names of the struct asked of it and
/// reads nothing.
struct NamesOnly<'a>(&'a mut &'static [&'static str]);

impl<'de> Deserializer<'de> for NamesOnly<'_> {
    type Error = de::value::Error;

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Self::Error> {
        *self.0 = fields;
        Err(de::Error::custom("only the field names are read"))
    }

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("not a struct"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map enum identifier ignored_any
    }
}

/// The field `name` of `value` (a struct whose `Serialize` serde derives)
/// as plain Python data, the same as that key of the whole value's dict;
/// `None` when the struct does not write it (an empty optional, or no such
/// field). Only that field is converted: reading `report.salary` no longer
/// builds the whole report's dict (15–22 µs a read on a typical listing's
/// report, about what analysing it takes).
pub(crate) fn field_to_py<'py, T: Serialize>(
    py: Python<'py>,
    value: &T,
    name: &str,
) -> PyResult<Option<Bound<'py, PyAny>>> {
    let mut picked = None;
    value
        .serialize(FieldPicker {
            py,
            name,
            picked: &mut picked,
        })
        .map_err(|e| PyTypeError::new_err(format!("cannot convert the field {name:?}: {e}")))?;
    Ok(picked)
}

/// A writer that skips every field of a struct but one, which it converts
/// to Python. Anything but a struct is refused.
struct FieldPicker<'a, 'py> {
    py: Python<'py>,
    name: &'a str,
    picked: &'a mut Option<Bound<'py, PyAny>>,
}

/// The refusal of anything but a struct.
fn not_a_struct<T>() -> Result<T, de::value::Error> {
    Err(ser::Error::custom("not a struct"))
}

/// A serializer's methods for the values it refuses, each refusing.
macro_rules! refuse {
    ($($method:ident($($arg:ty),*) -> $ok:ty;)*) => {
        $(fn $method(self, $(_: $arg),*) -> Result<$ok, Self::Error> {
            not_a_struct()
        })*
    };
}

impl<'a, 'py> Serializer for FieldPicker<'a, 'py> {
    type Ok = ();
    type Error = de::value::Error;
    type SerializeSeq = Impossible<(), Self::Error>;
    type SerializeTuple = Impossible<(), Self::Error>;
    type SerializeTupleStruct = Impossible<(), Self::Error>;
    type SerializeTupleVariant = Impossible<(), Self::Error>;
    type SerializeMap = Impossible<(), Self::Error>;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), Self::Error>;

    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self, Self::Error> {
        Ok(self)
    }

    refuse! {
        serialize_bool(bool) -> ();
        serialize_i8(i8) -> ();
        serialize_i16(i16) -> ();
        serialize_i32(i32) -> ();
        serialize_i64(i64) -> ();
        serialize_u8(u8) -> ();
        serialize_u16(u16) -> ();
        serialize_u32(u32) -> ();
        serialize_u64(u64) -> ();
        serialize_f32(f32) -> ();
        serialize_f64(f64) -> ();
        serialize_char(char) -> ();
        serialize_str(&str) -> ();
        serialize_bytes(&[u8]) -> ();
        serialize_none() -> ();
        serialize_unit() -> ();
        serialize_unit_struct(&'static str) -> ();
        serialize_unit_variant(&'static str, u32, &'static str) -> ();
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant;
    }
    fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Result<(), Self::Error> {
        not_a_struct()
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<(), Self::Error> {
        not_a_struct()
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Self::Error> {
        not_a_struct()
    }
}

impl SerializeStruct for FieldPicker<'_, '_> {
    type Ok = ();
    type Error = de::value::Error;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Self::Error> {
        if key == self.name {
            let converted = pythonize::pythonize(self.py, value)
                .map_err(|e| <Self::Error as ser::Error>::custom(e.to_string()))?;
            *self.picked = Some(converted);
        }
        Ok(())
    }

    fn end(self) -> Result<(), Self::Error> {
        Ok(())
    }
}
