//! What several test files share.

/// A spec with one operation, `GET /things`, that answers with the model `Thing`.
pub const THINGS_SPEC: &str = r#"
openapi: 3.0.3
info: {title: Demo, version: '1'}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
components:
  schemas:
    Thing:
      type: object
      properties:
        id: {type: string}
"#;
