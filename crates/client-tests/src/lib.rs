//! Helpers for testing the generated clients: a Prism mock server per spec.

use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The project root.
pub fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A running Prism mock server for one spec, stopped when dropped.
pub struct Prism {
    child: Child,
    port: u16,
    log: PathBuf,
}

/// What Prism does when a request or its own response breaks the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Violations {
    /// Answers with an error: 422 for a request, 500 for a response.
    Fail,
    /// Rejects a request that breaks the spec (422), but sends a response that breaks it as
    /// it is, naming what it breaks in an `sl-violations` header: what a client's leniency
    /// is tested with.
    Report,
}

/// How Prism makes up response bodies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The spec's examples.
    Static,
    /// Data made up from the schemas (the same on every run: the seed is fixed).
    Dynamic,
}

impl Prism {
    /// Starts Prism for `specs/<api>.yaml` on a free loopback port and waits until it listens.
    ///
    /// Prism comes from `SDKGEN_PRISM`, or from `node_modules/.bin/prism` as `cargo xtask test`
    /// installs it.
    pub fn start(api: &str, mode: Mode) -> Result<Prism, String> {
        let spec = project_root().join("specs").join(format!("{api}.yaml"));
        Prism::start_file(&spec, mode, Violations::Fail, Duration::from_secs(90))
    }

    /// Starts Prism for the spec at `spec`, waiting at most `startup` for it to listen (large
    /// specs take minutes).
    pub fn start_file(
        spec: &Path,
        mode: Mode,
        violations: Violations,
        startup: Duration,
    ) -> Result<Prism, String> {
        let root = project_root();
        let prism = std::env::var_os("SDKGEN_PRISM")
            .map(PathBuf::from)
            .unwrap_or_else(|| root.join("node_modules/.bin/prism"));
        if !prism.exists() {
            return Err(format!(
                "Prism is not installed at {}; run the tests with `cargo xtask test`, which runs `npm ci`",
                prism.display()
            ));
        }
        let port = free_port()?;
        let log = std::env::temp_dir().join(format!("prism-{port}.log"));
        let log_file =
            std::fs::File::create(&log).map_err(|e| format!("creating {}: {e}", log.display()))?;
        let mut command = Command::new(&prism);
        command.args(["mock", "--host", "127.0.0.1", "--port", &port.to_string()]);
        if violations == Violations::Fail {
            command.arg("--errors");
        }
        if mode == Mode::Dynamic {
            // A fixed seed: the same made-up responses on every run, so that a failure repeats.
            command.args(["--dynamic", "--seed", "sdkgen"]);
        }
        command.arg(spec);
        let stderr = log_file.try_clone().map_err(|e| e.to_string())?;
        let child = command
            .stdout(Stdio::from(log_file))
            .stderr(Stdio::from(stderr))
            .spawn()
            .map_err(|e| format!("starting {}: {e}", prism.display()))?;
        let mut server = Prism { child, port, log };
        server.wait_until_listening(startup)?;
        Ok(server)
    }

    fn wait_until_listening(&mut self, startup: Duration) -> Result<(), String> {
        let address = SocketAddr::from((Ipv4Addr::LOCALHOST, self.port));
        let deadline = Instant::now() + startup;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!(
                    "Prism exited ({status}); log:\n{}",
                    self.log_text()
                ));
            }
            if TcpStream::connect_timeout(&address, Duration::from_millis(200)).is_ok() {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Err(format!(
            "Prism did not listen within {} s; log:\n{}",
            startup.as_secs(),
            self.log_text()
        ))
    }

    /// The base URL to point a client at.
    pub fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// What Prism printed so far.
    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_file(&self.log);
    }
}

fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .map_err(|e| format!("finding a free port: {e}"))?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| format!("finding a free port: {e}"))
}

/// Fails when Prism flagged the exchange as breaking the spec.
pub fn assert_no_violations(headers: &reqwest::header::HeaderMap, what: &str) {
    if let Some(violations) = headers.get("sl-violations") {
        panic!("{what}: Prism reports spec violations: {violations:?}");
    }
}
