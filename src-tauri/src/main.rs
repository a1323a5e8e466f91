// Keeps a console window from opening next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    #[cfg(target_os = "linux")]
    if baken_app::paint_on_cpu(
        std::path::Path::new("/dev/dri"),
        std::env::var_os(baken_app::CPU_PAINTING_ENV).as_deref(),
    ) {
        set_cpu_painting();
    }
    baken_app::run();
}

/// Tells WebKit (and the web process it starts, which inherits the environment) to paint on the
/// CPU. The one place Baken needs `unsafe`: changing the environment is only sound while no other
/// thread reads it, which holds here, first thing in `main`, before Tauri, GTK or any thread starts.
#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
fn set_cpu_painting() {
    // SAFETY: single-threaded at this point (see above).
    unsafe { std::env::set_var(baken_app::CPU_PAINTING_ENV, "1") };
}
