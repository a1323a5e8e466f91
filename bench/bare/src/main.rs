//! The baseline for `make bench` (`bench/run.py`): a bare Tauri 2 app with one static page, built
//! with the workspace's release profile, so Baken's start-up and memory can be compared with what
//! Tauri and WebKit cost by themselves.
//!
//! After its first frame the page calls `ready`, as Baken's UI does after its first screen with
//! data. With `BAKEN_EXIT_WHEN_READY=1` the process exits there (start-up time); with
//! `BAKEN_READY_FILE=path` it writes that file and keeps running (memory). Without either, nothing.

// Keeps a console window from opening next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// The page has painted its first frame.
#[tauri::command]
async fn ready(screen: String) {
    if let Some(path) = std::env::var_os("BAKEN_READY_FILE") {
        let _ = std::fs::write(path, &screen);
    }
    if std::env::var_os("BAKEN_EXIT_WHEN_READY").is_some_and(|v| v == "1") {
        println!("ready: {screen}");
        std::process::exit(0);
    }
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready])
        .run(tauri::generate_context!())
        .expect("error while running the bare Tauri app");
}
