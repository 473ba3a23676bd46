//! What one operation offers its callers: the arguments of its method, the setters of its
//! request, how each takes its value, and what a call returns. The code, the docs pages, the
//! example programs and `diff` all read it from here.

use sdkgen_ir::{Group, Operation, Parameter, RequestBody, TypeRef};

use super::spelling::{into_argument, plain_type, Primitive};

/// One operation's surface.
pub(crate) struct OperationSurface<'a> {
    /// The operation.
    pub op: &'a Operation,
    /// The method's arguments: the required parameters, then a required body.
    pub arguments: Vec<Input<'a>>,
    /// The request's setters: the optional parameters, then an optional body.
    pub setters: Vec<Input<'a>>,
    /// What a successful call returns.
    pub success: Success<'a>,
}

/// A value the caller gives: a parameter or the body.
pub(crate) struct Input<'a> {
    /// The Rust name of the argument or setter, and of the parameters struct's field.
    pub name: &'a str,
    /// The type the caller gives: a setter takes the value itself, even where the spec allows
    /// `null` (leaving it unset sends nothing).
    pub ty: &'a TypeRef,
    /// Where it comes from.
    pub source: InputSource<'a>,
}

/// The part of the operation an input comes from.
#[derive(Clone, Copy)]
pub(crate) enum InputSource<'a> {
    /// A parameter.
    Parameter(&'a Parameter),
    /// The request body.
    Body(&'a RequestBody),
}

/// How an argument or a setter takes its value.
pub(crate) enum Takes<'a> {
    /// The value itself.
    Value,
    /// `impl Into<…>` of this type: strings and byte streams.
    Into(Primitive),
    /// `impl IntoIterator<Item = …>` of the array's item type, or of `impl Into<…>` of it
    /// for items that convert (strings). Other items are taken as they are, so that literals
    /// and parsed values infer their type (`[5, 8]` for `u64`s).
    Items {
        /// The item type.
        item: &'a TypeRef,
        /// What each item converts from, if it does.
        into: Option<Primitive>,
    },
}

/// What a successful call returns.
pub(crate) enum Success<'a> {
    /// `()`: no success response has a body.
    Unit,
    /// One type, the same for every success response.
    One(&'a TypeRef),
    /// The operation's response enum, one variant per success response, by its name.
    Enum(String),
}

impl<'a> OperationSurface<'a> {
    /// The surface of `op`.
    pub fn new(op: &'a Operation) -> Self {
        let mut arguments = Vec::new();
        let mut setters = Vec::new();
        for p in &op.parameters {
            let source = InputSource::Parameter(p);
            if p.required {
                arguments.push(Input::new(&p.rust_name, &p.ty, source));
            } else {
                setters.push(Input::new(&p.rust_name, p.ty.non_null(), source));
            }
        }
        if let Some(body) = &op.request_body {
            let input = Input::new("body", &body.ty, InputSource::Body(body));
            if body.required {
                arguments.push(input);
            } else {
                setters.push(input);
            }
        }
        let success = match op.success_body_types().as_slice() {
            [] | [None] => Success::Unit,
            [Some(ty)] => Success::One(ty),
            _ => Success::Enum(response_enum_name(op)),
        };
        OperationSurface {
            op,
            arguments,
            setters,
            success,
        }
    }

    /// The success type as the code spells it, in plain text.
    pub fn success_type(&self) -> String {
        match &self.success {
            Success::Unit => "()".to_string(),
            Success::One(ty) => plain_type(ty),
            Success::Enum(name) => name.clone(),
        }
    }
}

/// An operation's error enum as a path from the crate root: it is in its group's module.
pub(crate) fn error_path(group: &Group, op: &Operation) -> String {
    format!("{}::{}", group.rust_name, op.error_type)
}

/// The name of the enum of an operation's success responses, which it has when they do not
/// share one type.
pub(crate) fn response_enum_name(op: &Operation) -> String {
    format!("{}Response", op.type_name)
}

impl<'a> Input<'a> {
    fn new(name: &'a str, ty: &'a TypeRef, source: InputSource<'a>) -> Self {
        Input { name, ty, source }
    }

    /// How the argument or setter takes its value.
    pub fn takes(&self) -> Takes<'a> {
        match self.ty {
            TypeRef::Array(item) => Takes::Items {
                item,
                into: into_argument(item),
            },
            ty => into_argument(ty).map_or(Takes::Value, Takes::Into),
        }
    }

    /// The parameter it sets, unless it is the body.
    pub fn parameter(&self) -> Option<&'a Parameter> {
        match self.source {
            InputSource::Parameter(p) => Some(p),
            InputSource::Body(_) => None,
        }
    }

    /// The type the argument or setter declares, as the docs show it.
    pub fn declared_type(&self) -> String {
        match self.takes() {
            Takes::Value => plain_type(self.ty),
            Takes::Into(target) => format!("impl Into<{}>", target.text()),
            Takes::Items {
                into: Some(target), ..
            } => format!("impl IntoIterator<Item = impl Into<{}>>", target.text()),
            Takes::Items { item, into: None } => {
                format!("impl IntoIterator<Item = {}>", plain_type(item))
            }
        }
    }

    /// Whether the spec deprecates it.
    pub fn deprecated(&self) -> bool {
        self.parameter().is_some_and(|p| p.deprecated)
    }
}
