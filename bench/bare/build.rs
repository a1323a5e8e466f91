fn main() {
    // The page may call exactly one command, and only through capabilities/default.json.
    let commands = tauri_build::AppManifest::new().commands(&["ready"]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(commands))
        .expect("tauri-build failed");
}
