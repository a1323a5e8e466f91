//! Stored values that a hand-edited or damaged database could hold are reported, not panicked on.

use baken_store::{Access, Store, StoreError};

use crate::now;

#[test]
fn a_dangling_active_learner_falls_back_to_the_profile_choice() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap();
    store.create_demo(now()).unwrap();
    store
        .connection()
        .execute(
            "INSERT INTO setting VALUES ('active_learner', 'not-a-uuid')",
            [],
        )
        .unwrap();
    let snap = store
        .snapshot(&baken_core::content::default_pack(), now())
        .unwrap();
    assert!(snap.active.is_none());
    assert_eq!(snap.learners.len(), 5);
}

#[test]
fn an_unknown_role_is_reported_as_damaged_data() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap();
    store.create_demo(now()).unwrap();
    store
        .connection()
        .execute("UPDATE learner SET role = 'astronaut'", [])
        .unwrap();
    let err = store.learners().unwrap_err();
    assert!(
        matches!(err, StoreError::Corrupt(ref m) if m.contains("astronaut")),
        "{err:?}"
    );
    assert_eq!(err.code(), baken_core::ErrorCode::Database);
}

#[test]
fn the_window_placement_survives_reopening_and_a_damaged_one_is_ignored() {
    use baken_core::window::WindowPlacement;
    let dir = tempfile::tempdir().unwrap();
    let placement = WindowPlacement {
        x: -40,
        y: 25,
        width: 1200,
        height: 800,
        maximized: true,
    };
    {
        let mut store = Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap();
        assert_eq!(store.window_placement().unwrap(), None);
        store.set_window_placement(&placement).unwrap();
    }
    let store = Store::open(dir.path(), Access::ReadWrite, &crate::key()).unwrap();
    assert_eq!(store.window_placement().unwrap(), Some(placement));
    store
        .connection()
        .execute(
            "UPDATE setting SET value = '{\"x\": \"left\"}' WHERE key = 'window'",
            [],
        )
        .unwrap();
    assert_eq!(store.window_placement().unwrap(), None);
}
