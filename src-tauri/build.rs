fn main() {
    // Only the commands listed here can be called from the UI, and only when a capability in
    // capabilities/ allows them.
    let commands = tauri_build::AppManifest::new().commands(&[
        "snapshot",
        "start_demo",
        "set_up_municipality",
        "add_learner",
        "choose_learner",
        "rename_learner",
        "open_module",
        "act",
        "open_refresher",
        "refresh_answer",
        "open_effect",
        "effect_act",
        "set_language",
        "update_municipality",
        "save_contact",
        "remove_contact",
        "assessment_view",
        "create_assessment",
        "add_respondent",
        "save_response",
        "save_action",
        "delete_action",
        "make_report",
        "export_assessment",
        "open_report",
        "make_pocket_card",
        "unlock",
        "lock_screens",
        "set_pin",
        "overview",
        "group_analysis",
        "export_overview",
        "export_records",
        "import_records",
        // `make bench` only: the first screen with data has painted.
        "ready",
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(commands))
        .expect("tauri-build failed");
}
