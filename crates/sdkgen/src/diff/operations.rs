//! Changes to operations: parameters, bodies, successes, errors and paging.

use sdkgen_ir::{Operation, Parameter};

use super::{endpoint, keyed, Changes, Impact, Kind};
use crate::surface::{plain_type, OperationSurface, Success};
use crate::text::md::code;

impl Changes {
    pub(super) fn operation(&mut self, item: &str, old: &Operation, new: &Operation) {
        if old.method != new.method || old.path != new.path {
            let detail = format!("now {} (was {})", endpoint(new), endpoint(old));
            self.push(Impact::Breaking, Kind::Changed, item, detail);
        }
        if old.deprecated != new.deprecated {
            let detail = if new.deprecated {
                "deprecated"
            } else {
                "no longer deprecated"
            };
            self.push(Impact::Additive, Kind::Changed, item, detail);
        }
        if old.summary != new.summary || old.description != new.description {
            self.push(
                Impact::DocsOnly,
                Kind::Changed,
                item,
                "summary or description changed",
            );
        }
        self.pair(
            keyed(&old.parameters, |item| &item.rust_name),
            keyed(&new.parameters, |item| &item.rust_name),
            |c, name, p| {
                c.push(
                    Impact::Breaking,
                    Kind::Removed,
                    item,
                    format!("{} removed", parameter_label(name, p)),
                )
            },
            |c, name, p| {
                let impact = if p.required {
                    Impact::Breaking
                } else {
                    Impact::Additive
                };
                c.push(
                    impact,
                    Kind::Added,
                    item,
                    format!("new {}: `{}`", parameter_label(name, p), plain_type(&p.ty)),
                );
            },
            |c, name, old, new| c.parameter(item, name, old, new),
        );
        self.body(item, old, new);
        self.successes(item, old, new);
        self.errors(item, old, new);
        match (&old.pagination, &new.pagination) {
            (None, Some(_)) => self.push(
                Impact::Additive,
                Kind::Added,
                item,
                "now pages: `pages()` and `items()`",
            ),
            (Some(_), None) => self.push(
                Impact::Breaking,
                Kind::Removed,
                item,
                "no longer pages: `pages()` and `items()` removed",
            ),
            (Some(old), Some(new)) if old.item_type != new.item_type => {
                self.push(
                    Impact::Breaking,
                    Kind::Changed,
                    item,
                    format!(
                        "`items()` yields `{}` (was `{}`)",
                        plain_type(&new.item_type),
                        plain_type(&old.item_type)
                    ),
                );
            }
            _ => {}
        }
    }

    fn parameter(&mut self, item: &str, name: &str, old: &Parameter, new: &Parameter) {
        let label = parameter_label(name, new);
        if old.required != new.required {
            let detail = if new.required {
                format!("`{name}` is now required: an argument, no longer a setter")
            } else {
                format!("`{name}` is now optional: a setter, no longer an argument")
            };
            self.push(Impact::Breaking, Kind::Changed, item, detail);
        } else if old.ty != new.ty {
            self.push(
                Impact::Breaking,
                Kind::Changed,
                item,
                format!(
                    "{label} is `{}` (was `{}`)",
                    plain_type(&new.ty),
                    plain_type(&old.ty)
                ),
            );
        }
        if old.location != new.location
            || old.api_name != new.api_name
            || old.style != new.style
            || old.explode != new.explode
        {
            self.push(
                Impact::Breaking,
                Kind::Changed,
                item,
                format!("{label} is sent differently"),
            );
        }
        if old.deprecated != new.deprecated {
            self.push(
                Impact::Additive,
                Kind::Changed,
                item,
                format!(
                    "{label} {}",
                    if new.deprecated {
                        "deprecated"
                    } else {
                        "no longer deprecated"
                    }
                ),
            );
        }
        self.docs(
            item,
            &format!("{label}'s description"),
            &old.description,
            &new.description,
        );
    }

    fn body(&mut self, item: &str, old: &Operation, new: &Operation) {
        match (&old.request_body, &new.request_body) {
            (None, None) => {}
            (Some(_), None) => self.push(
                Impact::Breaking,
                Kind::Removed,
                item,
                "request body removed",
            ),
            (None, Some(body)) => {
                let (impact, what) = if body.required {
                    (Impact::Breaking, "argument")
                } else {
                    (Impact::Additive, "setter `.body()`")
                };
                self.push(
                    impact,
                    Kind::Added,
                    item,
                    format!("new request body ({what}): `{}`", plain_type(&body.ty)),
                );
            }
            (Some(old), Some(new)) => {
                if old.required != new.required {
                    self.push(
                        Impact::Breaking,
                        Kind::Changed,
                        item,
                        if new.required {
                            "the body is now required"
                        } else {
                            "the body is now optional"
                        },
                    );
                } else if old.ty != new.ty {
                    self.push(
                        Impact::Breaking,
                        Kind::Changed,
                        item,
                        format!(
                            "the body is `{}` (was `{}`)",
                            plain_type(&new.ty),
                            plain_type(&old.ty)
                        ),
                    );
                }
                if old.media_type != new.media_type {
                    self.push(
                        Impact::Breaking,
                        Kind::Changed,
                        item,
                        format!(
                            "the body is sent as {} (was {})",
                            code(&new.media_type),
                            code(&old.media_type)
                        ),
                    );
                }
                self.docs(
                    item,
                    "the body's description",
                    &old.description,
                    &new.description,
                );
            }
        }
    }

    fn successes(&mut self, item: &str, old: &Operation, new: &Operation) {
        let (old_output, new_output) = (success_text(old), success_text(new));
        if old_output != new_output {
            self.push(
                Impact::Breaking,
                Kind::Changed,
                item,
                format!("answers `{new_output}` (was `{old_output}`)"),
            );
            return;
        }
        let statuses = |op: &Operation| op.responses.iter().map(|r| r.status).collect::<Vec<_>>();
        let (old_statuses, new_statuses) = (statuses(old), statuses(new));
        for status in old_statuses.iter().filter(|s| !new_statuses.contains(s)) {
            self.push(
                Impact::Breaking,
                Kind::Removed,
                item,
                format!(
                    "success status {} removed (it is now an error)",
                    status.label()
                ),
            );
        }
        for status in new_statuses.iter().filter(|s| !old_statuses.contains(s)) {
            self.push(
                Impact::Additive,
                Kind::Added,
                item,
                format!("new success status {}", status.label()),
            );
        }
    }

    fn errors(&mut self, item: &str, old: &Operation, new: &Operation) {
        if old.error_type != new.error_type {
            self.push(
                Impact::Breaking,
                Kind::Changed,
                item,
                format!("fails with `{}` (was `{}`)", new.error_type, old.error_type),
            );
        }
        // Error enums are `#[non_exhaustive]`: a new variant breaks no `match`.
        self.pair(
            keyed(&old.errors, |item| &item.variant_name),
            keyed(&new.errors, |item| &item.variant_name),
            |c, name, r| {
                c.push(
                    Impact::Breaking,
                    Kind::Removed,
                    item,
                    format!("error `{name}` ({}) removed", r.status.label()),
                )
            },
            |c, name, r| {
                c.push(
                    Impact::Additive,
                    Kind::Added,
                    item,
                    format!("new error `{name}` ({})", r.status.label()),
                )
            },
            |c, name, old, new| {
                let ty = |r: &sdkgen_ir::Response| r.body.as_ref().map(|b| plain_type(&b.ty));
                if old.status != new.status || ty(old) != ty(new) {
                    c.push(
                        Impact::Breaking,
                        Kind::Changed,
                        item,
                        format!("error `{name}` changed status or body"),
                    );
                } else if old.description != new.description {
                    c.push(
                        Impact::DocsOnly,
                        Kind::Changed,
                        item,
                        format!("error `{name}`'s description changed"),
                    );
                }
            },
        );
    }
}

fn parameter_label(name: &str, p: &Parameter) -> String {
    if p.required {
        format!("argument `{name}`")
    } else {
        format!("setter `.{name}()`")
    }
}

/// An operation's success type as its `Output` reads; a response enum with its variants.
fn success_text(op: &Operation) -> String {
    let surface = OperationSurface::new(op);
    match &surface.success {
        Success::Enum(name) => {
            let variants: Vec<String> = op
                .responses
                .iter()
                .map(|r| match &r.body {
                    Some(body) => format!("{}({})", r.variant_name, plain_type(&body.ty)),
                    None => r.variant_name.clone(),
                })
                .collect();
            format!("{name} {{ {} }}", variants.join(", "))
        }
        _ => surface.success_type(),
    }
}
