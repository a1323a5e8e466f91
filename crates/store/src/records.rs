//! Records between laptops: [`Store::export_records`] writes a records file
//! (`baken_core::records`), [`Store::merge_records`] merges a checked one in, in one transaction.

use std::collections::HashMap;

use baken_core::content::Pack;
use baken_core::records::{
    self, FORMAT, Header, LearnerRecord, MergeReport, RecordsFile, Selection, VERSION, Writer,
};
use chrono::{DateTime, Utc};
use rusqlite::params;
use uuid::Uuid;

use crate::{
    Result, Store, StoreError, event_kind, insert_event_row, parse_time, parse_uuid, read_learner,
    read_municipality, timestamp,
};

impl Store {
    /// The records `selection` asks for, as the bytes of a records file: the learners first, then
    /// their events in the order they happened. `app_version` is the writing Baken's version.
    pub fn export_records(
        &self,
        selection: Selection,
        pack: &Pack,
        app_version: &str,
        now: DateTime<Utc>,
    ) -> Result<Vec<u8>> {
        let header = Header {
            format: FORMAT.into(),
            version: VERSION,
            install: self.install_id()?,
            app_version: app_version.into(),
            exported_at: now,
            municipality: self.with(read_municipality)?.map(|m| m.profile.name),
            selection,
            content: records::content_versions(pack),
        };
        let mut writer = Writer::new(&header);
        self.with(|c| {
            let (learner_id, since) = match selection {
                Selection::All => (None, None),
                Selection::Learner { learner } => {
                    read_learner(c, learner)?;
                    (Some(learner.to_string()), None)
                }
                Selection::Since { since } => (None, Some(timestamp(since))),
            };
            // Every learner asked for; with a date, only those with events from then on.
            let mut learners = c.prepare(
                "SELECT id, name, role, department, created_at FROM learner
                 WHERE (?1 IS NULL OR id = ?1)
                   AND (?2 IS NULL OR EXISTS (SELECT 1 FROM progress_event e
                                              WHERE e.learner_id = learner.id AND e.occurred_at >= ?2))
                 ORDER BY created_at, id",
            )?;
            let rows = learners.query_map(params![learner_id, since], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, String>(4)?,
                ))
            })?;
            for row in rows {
                let (id, name, role, department, created_at) = row?;
                writer.learner(&LearnerRecord {
                    id: parse_uuid(&id)?,
                    name,
                    role: baken_core::Role::from_key(&role)
                        .ok_or_else(|| StoreError::Corrupt(format!("role {role:?}")))?,
                    department,
                    created_at: parse_time(&created_at)?,
                });
            }
            let mut events = c.prepare(
                "SELECT id, learner_id, module_id, kind, payload, occurred_at FROM progress_event
                 WHERE (?1 IS NULL OR learner_id = ?1) AND (?2 IS NULL OR occurred_at >= ?2)
                 ORDER BY occurred_at, rowid",
            )?;
            let rows = events.query_map(params![learner_id, since], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                ))
            })?;
            for row in rows {
                let (id, learner, module_id, kind, payload, at) = row?;
                writer.event(&baken_core::ProgressEvent {
                    id: parse_uuid(&id)?,
                    learner_id: parse_uuid(&learner)?,
                    module_id,
                    occurred_at: parse_time(&at)?,
                    kind: event_kind(&kind, &payload)?,
                });
            }
            Ok(())
        })?;
        Ok(writer.finish())
    }

    /// Merges a checked records file: learners by id, events by id, each added only when it is
    /// not here yet. All in one transaction: the file lands whole or not at all, and merging it
    /// again changes nothing.
    pub fn merge_records(&mut self, file: &RecordsFile) -> Result<MergeReport> {
        let own = self.install_id()?;
        self.with_tx(|tx| {
            if read_municipality(tx)?.is_none() {
                return Err(StoreError::NoMunicipality);
            }
            // Names already here, to point out a person who may now have two profiles.
            let mut names: HashMap<String, Vec<Uuid>> = HashMap::new();
            {
                let mut stmt = tx.prepare("SELECT id, name FROM learner")?;
                let rows =
                    stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
                for row in rows {
                    let (id, name) = row?;
                    names
                        .entry(name_key(&name))
                        .or_default()
                        .push(parse_uuid(&id)?);
                }
            }
            let mut report = MergeReport {
                from_install: file.header.install,
                from_this_install: file.header.install == own,
                municipality: file.header.municipality.clone(),
                learners_added: 0,
                learners_known: 0,
                events_added: 0,
                events_known: 0,
                same_names: vec![],
            };
            let mut insert_learner = tx.prepare(
                "INSERT INTO learner (id, name, role, department, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO NOTHING",
            )?;
            for l in &file.learners {
                let added = insert_learner.execute(params![
                    l.id.to_string(),
                    l.name,
                    l.role.key(),
                    l.department,
                    timestamp(l.created_at)
                ])? == 1;
                if added {
                    report.learners_added += 1;
                    let others = names.entry(name_key(&l.name)).or_default();
                    if !others.is_empty() {
                        report.same_names.push(l.name.clone());
                    }
                    others.push(l.id);
                } else {
                    report.learners_known += 1;
                }
            }
            for event in &file.events {
                if insert_event_row(tx, event)? {
                    report.events_added += 1;
                } else {
                    report.events_known += 1;
                }
            }
            report.same_names.sort();
            report.same_names.dedup();
            Ok(report)
        })
    }
}

/// Names compare without case and surrounding or doubled spaces.
fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}
