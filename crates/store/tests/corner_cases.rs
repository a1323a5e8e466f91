//! Stored values that a hand-edited or damaged database could hold are reported, not panicked on.

use baken_store::{Access, Store, StoreError};

use crate::now;

#[test]
fn a_dangling_active_learner_falls_back_to_the_profile_choice() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), Access::ReadWrite).unwrap();
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
    let mut store = Store::open(dir.path(), Access::ReadWrite).unwrap();
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
