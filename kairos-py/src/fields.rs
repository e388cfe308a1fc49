//! The names of an entity's fields, as its wire format spells them, so an
//! optional field left out of the JSON (`"salary"` of a listing without
//! pay) reads as `None` from Python instead of raising `AttributeError`.

use serde::de::{self, Deserialize, Deserializer, Visitor};

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
