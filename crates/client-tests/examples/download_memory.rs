//! Downloads a large body from an in-process server through the generated conformance client
//! and prints, as JSON, the process's resident memory before the download and its peak
//! (`VmRSS` and `VmHWM` of `/proc/self/status`). `cargo xtask bench` runs it.
//!
//! Usage: `download_memory stream|whole [MEGABYTES]`: `stream` reads the body with
//! `.stream()`, chunk by chunk, keeping none; `whole` awaits it into one `Bytes`, for contrast.

use std::time::Instant;

use sdkgen_conformance_client::Client;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// The size of each write of the server.
const CHUNK: usize = 64 * 1024;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_else(|| "stream".to_string());
    let megabytes: usize = args.next().map_or(Ok(200), |text| text.parse())?;
    let size = megabytes * 1024 * 1024;
    let base_url = serve(size).await?;
    let client = Client::builder().base_url(base_url).token("t").build()?;
    let baseline_kib = status_kib("VmRSS:");
    let started = Instant::now();
    let received = match mode.as_str() {
        "stream" => {
            let mut body = client
                .files()
                .download_blob("big")
                .stream()
                .await?
                .into_body();
            let mut received = 0;
            while let Some(chunk) = body.next_chunk().await {
                received += chunk?.len();
            }
            received
        }
        "whole" => client.files().download_blob("big").await?.len(),
        other => return Err(format!("unknown mode `{other}`: stream or whole").into()),
    };
    let seconds = started.elapsed().as_secs_f64();
    if received != size {
        return Err(format!("received {received} bytes of {size}").into());
    }
    let report = serde_json::json!({
        "mode": mode,
        "bytes": size,
        "seconds": seconds,
        "baseline_kib": baseline_kib,
        "peak_kib": status_kib("VmHWM:"),
    });
    println!("{report}");
    Ok(())
}

/// A server on a loopback port that answers one request with `size` bytes, written from one
/// small buffer, so that the server side holds no copy of the body.
async fn serve(size: usize) -> std::io::Result<String> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let address = listener.local_addr()?;
    tokio::spawn(async move {
        let Ok((mut socket, _)) = listener.accept().await else {
            return;
        };
        let mut request = vec![0; 4096];
        let _ = socket.read(&mut request).await;
        let head = format!("HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ncontent-length: {size}\r\n\r\n");
        if socket.write_all(head.as_bytes()).await.is_err() {
            return;
        }
        let buffer = vec![7u8; CHUNK];
        let mut left = size;
        while left > 0 {
            let part = buffer.get(..left.min(CHUNK)).unwrap_or_default();
            if socket.write_all(part).await.is_err() {
                return;
            }
            left -= part.len();
        }
    });
    Ok(format!("http://{address}"))
}

/// A `kB` line of `/proc/self/status`, where the system has one.
fn status_kib(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
