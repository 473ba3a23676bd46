//! How long the pipeline takes on real specs: loading and lowering to the IR, and rendering a
//! whole crate (code and docs) in memory. Run with `cargo xtask bench`.

use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn settings() -> sdkgen::Settings {
    let text = "[package]\nname = \"bench-client\"\nversion = \"0.1.0\"\ndescription = \"Bench.\"\nlicense = \"MIT\"\nrepository = \"https://example.invalid\"\n";
    match sdkgen::Settings::parse(Path::new("bench.toml"), text) {
        Ok(settings) => settings,
        Err(e) => panic!("{e}"),
    }
}

fn pipeline(c: &mut Criterion) {
    let specs = [
        (
            "feedback (seed, 3 operations)",
            root().join("specs/feedback.yaml"),
        ),
        (
            "rockset (seed, 5 operations)",
            root().join("specs/rockset.yaml"),
        ),
        (
            "rockset full (upstream, 99 operations, 468 KB)",
            root().join("crates/sdkgen/tests/upstream/rockset/openapi-generated.yaml"),
        ),
        (
            "sensorbucket full (upstream, 22 files)",
            root().join("crates/sdkgen/tests/upstream/sensorbucket/openapi/api.yaml"),
        ),
    ];
    let mut group = c.benchmark_group("pipeline");
    group.sample_size(20);
    for (name, spec) in &specs {
        group.bench_function(format!("ir/{name}"), |b| {
            b.iter(|| sdkgen::Generator::new(spec).ir().map(|api| api.types.len()))
        });
        group.bench_function(format!("render/{name}"), |b| {
            b.iter(|| {
                sdkgen::Generator::new(spec)
                    .settings(settings())
                    .render()
                    .map(|(files, _)| files.len())
            })
        });
    }
    group.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
