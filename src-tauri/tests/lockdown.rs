//! The app's lock-down, read from the files that define it: one window, one capability that allows
//! Baken's own commands and nothing else (no shell, no file system, no plugins, no remote pages),
//! a strict Content-Security-Policy and a UI that loads nothing from the network.
//!
//! These are file checks on purpose: the capability files, `build.rs`, `lib.rs` and the config can
//! drift apart without any build error (a command registered but not allowed only fails at run
//! time, a permission added by hand widens the app silently), so the test holds them together.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

fn app_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn json(path: &Path) -> Value {
    serde_json::from_str(&read(path))
        .unwrap_or_else(|e| panic!("{} is not valid JSON: {e}", path.display()))
}

fn config() -> Value {
    json(&app_dir().join("tauri.conf.json"))
}

/// `source` without `//` comments (outside string literals), so a commented-out command does not
/// count.
fn without_comments(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    for line in source.lines() {
        let mut in_string = false;
        let mut prev = '\0';
        let mut cut = line.len();
        for (i, c) in line.char_indices() {
            match c {
                '"' if prev != '\\' => in_string = !in_string,
                '/' if !in_string && prev == '/' => {
                    cut = i - 1;
                    break;
                }
                _ => {}
            }
            prev = c;
        }
        out.push_str(&line[..cut]);
        out.push('\n');
    }
    out
}

/// A TOML file without its `#` comments (outside strings), so a commented-out dependency does not
/// count.
fn toml_without_comments(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    for line in source.lines() {
        let mut in_string = false;
        let cut = line
            .char_indices()
            .find(|&(_, c)| {
                if c == '"' {
                    in_string = !in_string;
                }
                c == '#' && !in_string
            })
            .map_or(line.len(), |(i, _)| i);
        out.push_str(&line[..cut]);
        out.push('\n');
    }
    out
}

/// The text between `start` and the first `end` after it.
fn between<'a>(text: &'a str, start: &str, end: &str, what: &str) -> &'a str {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("{what}: `{start}` not found"))
        + start.len();
    let len = text[from..]
        .find(end)
        .unwrap_or_else(|| panic!("{what}: no `{end}` after `{start}`"));
    &text[from..from + len]
}

/// The commands `build.rs` declares to `tauri_build::AppManifest::commands`.
fn manifest_commands() -> BTreeSet<String> {
    let source = without_comments(&read(&app_dir().join("build.rs")));
    let list = between(&source, ".commands(&[", "])", "build.rs");
    let commands: BTreeSet<String> = list
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.strip_prefix('"')
                .and_then(|s| s.strip_suffix('"'))
                .unwrap_or_else(|| panic!("build.rs lists {s:?}, which is not a plain string"))
                .to_owned()
        })
        .collect();
    assert!(!commands.is_empty(), "build.rs declares no commands at all");
    commands
}

/// The commands `lib.rs` hands to `tauri::generate_handler!`.
fn registered_commands() -> BTreeSet<String> {
    let source = without_comments(&read(&app_dir().join("src/lib.rs")));
    assert_eq!(
        source.matches("generate_handler!").count(),
        1,
        "lib.rs should register its commands in exactly one generate_handler! list"
    );
    let list = between(&source, "generate_handler![", "]", "lib.rs");
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        // `commands::snapshot` is registered as `snapshot`.
        .map(|s| s.rsplit("::").next().unwrap_or(s).to_owned())
        .collect()
}

/// Every capability file, by name.
fn capabilities() -> BTreeMap<String, Value> {
    let dir = app_dir().join("capabilities");
    let mut found = BTreeMap::new();
    for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        // Tauri also reads TOML (and JSON5) capabilities: anything but JSON would escape this test.
        assert!(
            path.extension().is_some_and(|e| e == "json"),
            "capabilities/{name} is not a JSON file; every capability must be JSON so this test \
             can read it"
        );
        found.insert(name, json(&path));
    }
    found
}

/// The one capability there should be.
fn the_capability() -> Value {
    let all = capabilities();
    assert_eq!(
        all.len(),
        1,
        "there should be exactly one capability file, for the main window; found {:?}",
        all.keys().collect::<Vec<_>>()
    );
    all.into_values().next().unwrap()
}

/// `start_demo` → `allow-start-demo`, the permission tauri-build generates for a command.
fn permission_for(command: &str) -> String {
    format!("allow-{}", command.replace('_', "-"))
}

#[test]
fn the_config_defines_only_the_main_window() {
    let config = config();
    let windows = config["app"]["windows"]
        .as_array()
        .expect("tauri.conf.json has no app.windows list");
    let labels: Vec<&str> = windows
        .iter()
        .map(|w| w["label"].as_str().unwrap_or("main"))
        .collect();
    assert_eq!(
        labels,
        ["main"],
        "the config should define one window, labelled main"
    );
    for window in windows {
        if let Some(url) = window["url"].as_str() {
            assert!(
                !url.contains("://"),
                "the main window opens {url:?}; it must show the app's own pages only"
            );
        }
    }
    // A window made in code would need a capability of its own; there should be none.
    let src = app_dir().join("src");
    for entry in fs::read_dir(&src).unwrap_or_else(|e| panic!("{}: {e}", src.display())) {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let source = without_comments(&read(&path));
        for builder in ["WebviewWindowBuilder", "WindowBuilder", "WebviewBuilder"] {
            assert!(
                !source.contains(builder),
                "{} builds a window or webview in code ({builder}); the config's main window \
                 should be the only one",
                path.display()
            );
        }
    }
}

#[test]
fn the_capability_is_for_the_main_window_and_local_pages_only() {
    let cap = the_capability();
    let windows: Vec<&str> = cap["windows"]
        .as_array()
        .expect("the capability names no windows")
        .iter()
        .map(|w| w.as_str().unwrap_or("?"))
        .collect();
    assert_eq!(
        windows,
        ["main"],
        "the capability should apply to the main window only"
    );
    assert!(
        cap.get("webviews").is_none(),
        "the capability names webviews; only the main window should get permissions"
    );
    assert!(
        cap.get("remote").is_none(),
        "the capability lets remote URLs call commands (`remote`); no remote page may"
    );
    assert_ne!(
        cap["local"],
        Value::Bool(false),
        "the capability is switched off for the app's own pages (`local: false`)"
    );
    // Capabilities written into the config itself would not be in capabilities/.
    let security = &config()["app"]["security"];
    let inline = security["capabilities"].as_array().map_or(0, Vec::len);
    assert_eq!(
        inline, 0,
        "tauri.conf.json defines capabilities of its own (app.security.capabilities); keep them \
         in capabilities/ where this test reads them"
    );
    assert!(
        security.get("dangerousRemoteDomainIpcAccess").is_none(),
        "tauri.conf.json opens the IPC to remote domains (dangerousRemoteDomainIpcAccess)"
    );
}

/// What is wrong with a capability's `permissions`, given the commands `build.rs` declares and
/// `lib.rs` registers; empty when they are the same set and nothing else is granted.
fn permission_problems(
    permissions: &Value,
    declared: &BTreeSet<String>,
    registered: &BTreeSet<String>,
) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(permissions) = permissions.as_array() else {
        return vec!["the capability has no permissions list".into()];
    };
    let mut allowed = BTreeSet::new();
    for p in permissions {
        // An object carries a scope (paths, URLs, programs); Baken's commands need none.
        let Some(p) = p.as_str() else {
            problems.push(format!(
                "the permission {p} has a scope; only plain `allow-<command>` entries belong here"
            ));
            continue;
        };
        if p.contains(':') {
            // `core:…`, `shell:…`, `fs:…`, `http:…`, `dialog:…`, `opener:…`.
            problems.push(format!(
                "the capability grants {p:?}, a permission of Tauri itself or of a plugin; the \
                 window may only call Baken's own commands"
            ));
        } else if !p.starts_with("allow-") {
            problems.push(format!(
                "the capability grants {p:?}; only `allow-<command>` permissions belong here (a \
                 default or a set may grant more than its name says)"
            ));
        } else if !allowed.insert(p.to_owned()) {
            problems.push(format!("the capability lists {p:?} twice"));
        }
    }

    let expected: BTreeSet<String> = declared.iter().map(|c| permission_for(c)).collect();
    let not_declared: Vec<_> = allowed.difference(&expected).collect();
    if !not_declared.is_empty() {
        problems.push(format!(
            "the capability allows {not_declared:?}, which build.rs does not declare as commands"
        ));
    }
    let not_allowed: Vec<_> = expected.difference(&allowed).collect();
    if !not_allowed.is_empty() {
        problems.push(format!(
            "build.rs declares commands the window may not call ({not_allowed:?}); allow them in \
             the capability or remove them"
        ));
    }
    let unregistered: Vec<_> = declared.difference(registered).collect();
    if !unregistered.is_empty() {
        problems.push(format!(
            "build.rs declares {unregistered:?}, but lib.rs does not register them in \
             generate_handler!"
        ));
    }
    let undeclared: Vec<_> = registered.difference(declared).collect();
    if !undeclared.is_empty() {
        problems.push(format!(
            "lib.rs registers {undeclared:?} in generate_handler!, but build.rs does not declare \
             them, so no capability can allow or refuse them"
        ));
    }
    problems
}

#[test]
fn the_capability_allows_exactly_the_apps_own_commands() {
    let problems = permission_problems(
        &the_capability()["permissions"],
        &manifest_commands(),
        &registered_commands(),
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_permission_check_finds_what_would_widen_the_app() {
    let commands: BTreeSet<String> = ["snapshot", "start_demo"].map(String::from).into();
    let check = |permissions: Value| permission_problems(&permissions, &commands, &commands);
    assert_eq!(
        check(serde_json::json!(["allow-snapshot", "allow-start-demo"])),
        Vec::<String>::new()
    );
    for (permissions, expected) in [
        (
            serde_json::json!(["allow-snapshot", "allow-start-demo", "shell:allow-open"]),
            "shell:allow-open",
        ),
        (
            serde_json::json!(["allow-snapshot", "allow-start-demo", "core:default"]),
            "core:default",
        ),
        (
            serde_json::json!(["allow-snapshot", "allow-start-demo",
                {"identifier": "fs:allow-read", "allow": [{"path": "$HOME/**"}]}]),
            "has a scope",
        ),
        (serde_json::json!(["allow-snapshot"]), "may not call"),
        (
            serde_json::json!(["allow-snapshot", "allow-start-demo", "allow-rm-rf"]),
            "does not declare",
        ),
        (
            serde_json::json!(["allow-snapshot", "allow-start-demo", "default"]),
            "only `allow-<command>`",
        ),
    ] {
        let problems = check(permissions.clone());
        assert!(
            problems.iter().any(|p| p.contains(expected)),
            "{permissions} should be refused with {expected:?}, got {problems:?}"
        );
    }
    let registered: BTreeSet<String> = ["snapshot"].map(String::from).into();
    let problems = permission_problems(
        &serde_json::json!(["allow-snapshot", "allow-start-demo"]),
        &commands,
        &registered,
    );
    assert!(
        problems.iter().any(|p| p.contains("does not register")),
        "{problems:?}"
    );
}

#[test]
fn no_hand_written_permission_sets() {
    // tauri-build writes permissions/autogenerated/; a permission file beside it could bundle
    // commands, or scopes, under a name the capability's check above cannot see through.
    let dir = app_dir().join("permissions");
    let Ok(entries) = fs::read_dir(&dir) else {
        return;
    };
    for entry in entries {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert_eq!(
            name, "autogenerated",
            "permissions/{name} is a hand-written permission file; the capability should allow \
             single commands only"
        );
    }
}

#[test]
fn no_tauri_plugins_and_no_asset_protocol() {
    let workspace = app_dir().join("../Cargo.toml");
    for path in [app_dir().join("Cargo.toml"), workspace.clone()] {
        let manifest = toml_without_comments(&read(&path));
        // Plugins bring shell, file system, HTTP or dialog access with them.
        assert!(
            !manifest.contains("tauri-plugin"),
            "{} depends on a Tauri plugin; the app needs none",
            path.display()
        );
    }
    let lock = read(&app_dir().join("../Cargo.lock"));
    assert!(
        !lock.contains("name = \"tauri-plugin"),
        "Cargo.lock holds a Tauri plugin, so some dependency brings one in"
    );
    // The asset protocol lets the page read files from disk.
    let manifest = toml_without_comments(&read(&workspace));
    let tauri = manifest
        .lines()
        .find(|l| l.trim_start().starts_with("tauri ="))
        .expect("the workspace has no `tauri =` dependency line");
    assert!(
        !tauri.contains("protocol-asset"),
        "the tauri dependency enables `protocol-asset`, which serves files from disk to the page"
    );
    assert_ne!(
        config()["app"]["security"]["assetProtocol"]["enable"],
        Value::Bool(true),
        "the asset protocol is enabled in tauri.conf.json; it serves files from disk to the page"
    );
}

#[test]
fn no_global_tauri_object_and_no_remote_frontend() {
    let config = config();
    assert_ne!(
        config["app"]["withGlobalTauri"],
        Value::Bool(true),
        "withGlobalTauri is on: every script in the page would get window.__TAURI__"
    );
    let dist = config["build"]["frontendDist"]
        .as_str()
        .expect("build.frontendDist is not a path");
    assert!(
        !dist.contains("://"),
        "build.frontendDist is {dist:?}; the app must ship its UI, not load it from a server"
    );
    if let Some(dev) = config["build"]["devUrl"].as_str() {
        assert!(
            dev.starts_with("http://localhost:") || dev.starts_with("http://127.0.0.1:"),
            "build.devUrl is {dev:?}; during development the UI comes from the local Vite server only"
        );
    }
}

/// What is wrong with a Content-Security-Policy; empty when it is as strict as Baken needs.
fn csp_problems(text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut csp: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for part in text.split(';') {
        let mut words = part.split_whitespace();
        let Some(name) = words.next() else { continue };
        let name = name.to_ascii_lowercase();
        if csp.contains_key(&name) {
            problems.push(format!(
                "the CSP names {name} twice (browsers use the first and ignore the second)"
            ));
            continue;
        }
        csp.insert(name, words.map(str::to_owned).collect());
    }
    let sources = |name: &str| csp.get(name).map(Vec::as_slice);
    let only_none = |name: &str| sources(name).is_some_and(|s| s == ["'none'"]);

    if sources("default-src").is_none_or(|s| s != ["'self'"]) {
        problems.push("default-src should be 'self' alone".into());
    }
    for (name, list) in &csp {
        if list.iter().any(|s| s == "'unsafe-eval'") {
            problems.push(format!(
                "{name} allows 'unsafe-eval': strings could be run as code"
            ));
        }
        if list.iter().any(|s| s == "'unsafe-hashes'") {
            problems.push(format!(
                "{name} allows 'unsafe-hashes': inline event handlers could run"
            ));
        }
    }
    // Without script-src, default-src decides; the -elem/-attr variants override both.
    let scripts = [
        sources("script-src").or(sources("default-src")),
        sources("script-src-elem"),
        sources("script-src-attr"),
    ];
    if scripts
        .iter()
        .flatten()
        .any(|list| list.iter().any(|s| s == "'unsafe-inline'"))
    {
        problems.push(
            "scripts may be inline ('unsafe-inline'): markup that slipped into the page could run"
                .into(),
        );
    }

    // Nothing from the network: only the IPC origins Tauri's `invoke` uses (`ipc:` on Linux and
    // macOS, `http://ipc.localhost` on Windows), and only for connections.
    for (name, list) in &csp {
        for source in list {
            let ipc =
                name == "connect-src" && (source == "ipc:" || source == "http://ipc.localhost");
            let remote = source.contains('*')
                || source.contains("://")
                || ["http:", "https:", "ws:", "wss:", "ftp:"]
                    .iter()
                    .any(|scheme| source.starts_with(scheme));
            if remote && !ipc {
                problems.push(format!(
                    "{name} allows {source:?}: the app must never load anything from a server"
                ));
            }
        }
    }

    // What has no use in Baken, locked shut.
    for (name, why) in [
        ("object-src", "plugins (<object>, <embed>)"),
        (
            "base-uri",
            "a <base> element changing where relative links go",
        ),
        ("form-action", "forms sending their contents somewhere"),
        ("frame-ancestors", "other pages framing the app"),
    ] {
        if !only_none(name) {
            problems.push(format!("the CSP should set {name} 'none' to refuse {why}"));
        }
    }
    // default-src 'self' would still let the page frame the app's own pages, which it never does.
    let frames_shut = match sources("frame-src") {
        Some(_) => only_none("frame-src"),
        None => only_none("child-src"),
    };
    if !frames_shut {
        problems.push("the CSP should set frame-src 'none': the app shows no frames".into());
    }
    problems
}

#[test]
fn the_content_security_policy_is_strict() {
    let config = config();
    let csp = config["app"]["security"]["csp"]
        .as_str()
        .expect("app.security.csp is missing (or not a single string)");
    let problems = csp_problems(csp);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The development server's policy, when there is one, is held to the same rules.
    if let Some(dev) = config["app"]["security"]["devCsp"].as_str() {
        let problems = csp_problems(dev);
        assert!(problems.is_empty(), "devCsp: {}", problems.join("\n"));
    }
    assert_ne!(
        config["app"]["security"]["dangerousDisableAssetCspModification"],
        Value::Bool(true),
        "Tauri may not add its nonces and hashes to the CSP, so the policy would have to loosen"
    );
}

#[test]
fn the_csp_check_finds_what_would_weaken_the_policy() {
    let strict = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; \
                  connect-src ipc: http://ipc.localhost; object-src 'none'; base-uri 'none'; \
                  form-action 'none'; frame-src 'none'; frame-ancestors 'none'";
    assert_eq!(csp_problems(strict), Vec::<String>::new());
    for (change, expected) in [
        (
            ("default-src 'self'", "default-src *"),
            "default-src should be",
        ),
        (
            ("img-src 'self' data:", "img-src 'self' https:"),
            "\"https:\"",
        ),
        (
            ("style-src 'self'", "style-src 'self' https://fonts.example"),
            "https://fonts.example",
        ),
        (
            ("connect-src ipc:", "connect-src ipc: wss://sync.example"),
            "wss://sync.example",
        ),
        (
            ("img-src 'self' data:", "script-src 'self' 'unsafe-inline'"),
            "scripts may be inline",
        ),
        (
            ("img-src 'self' data:", "script-src 'self' 'unsafe-eval'"),
            "'unsafe-eval'",
        ),
        (
            ("img-src 'self' data:", "script-src-attr 'unsafe-inline'"),
            "scripts may be inline",
        ),
        (("object-src 'none'; ", ""), "object-src 'none'"),
        (
            ("base-uri 'none'", "base-uri 'self' https:"),
            "base-uri 'none'",
        ),
        (
            ("form-action 'none'", "form-action 'self'"),
            "form-action 'none'",
        ),
        (("frame-src 'none'; ", ""), "frame-src 'none'"),
        (
            ("frame-ancestors 'none'", "frame-ancestors 'self'"),
            "frame-ancestors",
        ),
        (("img-src 'self' data:", "object-src *"), "twice"),
    ] {
        let (from, to) = change;
        assert!(strict.contains(from), "{from}");
        let weak = strict.replacen(from, to, 1);
        let problems = csp_problems(&weak);
        assert!(
            problems.iter().any(|p| p.contains(expected)),
            "{weak:?} should be refused with {expected:?}, got {problems:?}"
        );
    }
}

#[test]
fn the_built_ui_loads_nothing_from_the_network() {
    let dist = app_dir().join("../ui/dist");
    let index = dist.join("index.html");
    if !index.exists() {
        eprintln!(
            "skipped: {} is absent (build the UI with `npm --prefix ui run build`)",
            index.display()
        );
        return;
    }
    let html = read(&index).to_ascii_lowercase();
    for attr in ["src=", "href=", "srcset=", "action=", "content="] {
        for quote in ["\"", "'", ""] {
            for remote in ["http://", "https://", "//"] {
                let pattern = format!("{attr}{quote}{remote}");
                assert!(
                    !html.contains(&pattern),
                    "ui/dist/index.html loads something from the network ({pattern}…)"
                );
            }
        }
    }
    assert!(
        !html.contains("http-equiv=\"refresh\""),
        "ui/dist/index.html redirects with a meta refresh"
    );
    // Style sheets could pull fonts or images from a server with url(…) or @import.
    let assets = dist.join("assets");
    for entry in fs::read_dir(&assets).into_iter().flatten() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "css") {
            continue;
        }
        let css = read(&path)
            .to_ascii_lowercase()
            .replace([' ', '"', '\''], "");
        for remote in ["url(http", "url(//", "@importhttp", "@import//"] {
            assert!(
                !css.contains(remote),
                "{} loads something from the network ({remote}…)",
                path.display()
            );
        }
    }
}
