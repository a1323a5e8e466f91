//! Records between laptops: [`Store::export_records`] writes a records file
//! (`baken_core::records`); [`Store::begin_merge`] merges checked ones in, in one transaction.

use std::collections::HashMap;

use baken_core::content::Pack;
use baken_core::learner::name_key;
use baken_core::records::{
    self, FORMAT, Header, LearnerRecord, LinkRecord, MergeReport, RecordsFile, RemovedRecord,
    Selection, VERSION, Writer,
};
use chrono::{DateTime, Utc};
use rusqlite::params;
use uuid::Uuid;

use crate::{
    Result, Store, StoreError, SummaryMark, insert_event_row, mark_summary, parse_time, parse_uuid,
    read_learner, read_municipality, stored_event, timestamp,
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
            let (group, since) = match selection {
                Selection::All => (None, None),
                // The learner with every profile merged into the same person.
                Selection::Learner { learner } => {
                    read_learner(c, learner)?;
                    let person = crate::people::person_of(c, learner)?;
                    let mut ids = vec![person.to_string()];
                    let mut stmt = c.prepare("SELECT alias FROM learner_link WHERE person = ?1")?;
                    for alias in stmt.query_map([person.to_string()], |r| r.get::<_, String>(0))? {
                        ids.push(alias?);
                    }
                    let json = serde_json::to_string(&ids)
                        .map_err(|e| StoreError::Corrupt(e.to_string()))?;
                    (Some(json), None)
                }
                Selection::Since { since } => (None, Some(timestamp(since))),
            };
            // Every learner asked for; with a date, only those with events from then on.
            let mut learners = c.prepare(
                "SELECT id, name, role, department, created_at FROM learner
                 WHERE (?1 IS NULL OR id IN (SELECT value FROM json_each(?1)))
                   AND (?2 IS NULL OR EXISTS (SELECT 1 FROM progress_event e
                                              WHERE e.learner_id = learner.id AND e.occurred_at >= ?2))
                 ORDER BY created_at, id",
            )?;
            let rows = learners.query_map(params![group, since], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, String>(4)?,
                ))
            })?;
            let mut written = std::collections::HashSet::new();
            for row in rows {
                let (id, name, role, department, created_at) = row?;
                let id = parse_uuid(&id)?;
                written.insert(id);
                writer.learner(&LearnerRecord {
                    id,
                    name,
                    role: baken_core::Role::from_key(&role)
                        .ok_or_else(|| StoreError::Corrupt(format!("role {role:?}")))?,
                    department,
                    created_at: parse_time(&created_at)?,
                });
            }
            let mut events = c.prepare(
                "SELECT id, learner_id, module_id, kind, payload, occurred_at FROM progress_event
                 WHERE (?1 IS NULL OR learner_id IN (SELECT value FROM json_each(?1)))
                   AND (?2 IS NULL OR occurred_at >= ?2)
                 ORDER BY occurred_at, rowid",
            )?;
            let rows = events.query_map(params![group, since], |r| {
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
                let learner = parse_uuid(&learner)?;
                writer.event(&stored_event(&id, learner, module_id, &kind, &payload, &at)?);
            }
            // The trainers' decisions that two profiles are one person, between learners written.
            let mut links = c.prepare(
                "SELECT alias, person, linked_at FROM learner_link ORDER BY linked_at, alias",
            )?;
            let rows = links.query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })?;
            for row in rows {
                let (alias, person, at) = row?;
                let (alias, person) = (parse_uuid(&alias)?, parse_uuid(&person)?);
                if written.contains(&alias) && written.contains(&person) {
                    writer.link(&LinkRecord {
                        alias,
                        person,
                        at: parse_time(&at)?,
                    });
                }
            }
            // Learners removed for good, so the removal reaches the other laptop too (not with
            // one learner's records: that learner is not removed).
            if !matches!(selection, Selection::Learner { .. }) {
                let mut removed = c.prepare(
                    "SELECT id, removed_at FROM learner_removed
                     WHERE ?1 IS NULL OR removed_at >= ?1 ORDER BY removed_at, id",
                )?;
                let rows = removed.query_map(params![since], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
                })?;
                for row in rows {
                    let (id, at) = row?;
                    writer.removed(&RemovedRecord {
                        id: parse_uuid(&id)?,
                        at: parse_time(&at)?,
                    });
                }
            }
            Ok(())
        })?;
        Ok(writer.finish())
    }

    /// Merges one checked records file in a transaction of its own (see [`Store::begin_merge`]).
    pub fn merge_records(&mut self, file: &RecordsFile) -> Result<MergeReport> {
        let mut merge = self.begin_merge()?;
        let report = merge.add(file)?;
        merge.commit()?;
        Ok(report)
    }

    /// Starts merging records files: learners by id, events by id, each added only when it is not
    /// here yet, so merging a file again changes nothing. Everything [`Merge::add`]s goes into one
    /// transaction: the import lands whole at [`Merge::commit`], or not at all (dropping the
    /// [`Merge`], or any error, rolls it back).
    pub fn begin_merge(&mut self) -> Result<Merge<'_>> {
        let own = self.install_id()?;
        let conn = &self.conn;
        let path = &self.path;
        let run = || -> Result<Merge<'_>> {
            // Events arrive in a random order of ids: with SQLite's default 2 MB page cache each one
            // would read and write another page of the id index. A larger cache, only while merging,
            // keeps the indexes in memory (docs/performance.md).
            let cache: i64 = conn.pragma_query_value(None, "cache_size", |r| r.get(0))?;
            conn.pragma_update(None, "cache_size", MERGE_CACHE_KIB)?;
            let mut merge = Merge {
                conn,
                path,
                own,
                cache,
                names: HashMap::new(),
                removed: std::collections::HashSet::new(),
                open: false,
            };
            conn.execute_batch("BEGIN IMMEDIATE")?;
            merge.open = true;
            if read_municipality(conn)?.is_none() {
                return Err(StoreError::NoMunicipality);
            }
            // Learners removed for good here: nothing of theirs comes back.
            let mut stmt = conn.prepare("SELECT id FROM learner_removed")?;
            for id in stmt.query_map([], |r| r.get::<_, String>(0))? {
                merge.removed.insert(parse_uuid(&id?)?);
            }
            // Names already here, to point out a person who may now have two profiles.
            let mut stmt = conn.prepare("SELECT id, name FROM learner")?;
            let rows =
                stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
            for row in rows {
                let (id, name) = row?;
                merge
                    .names
                    .entry(name_key(&name))
                    .or_default()
                    .push(parse_uuid(&id)?);
            }
            Ok(merge)
        };
        run().map_err(|e| e.at(path))
    }
}

/// The page cache while merging, in KiB (SQLite's negative `cache_size`): 128 MiB.
const MERGE_CACHE_KIB: i64 = -128 * 1024;

/// A merge in progress: one open transaction. See [`Store::begin_merge`].
pub struct Merge<'a> {
    conn: &'a rusqlite::Connection,
    path: &'a std::path::Path,
    own: Uuid,
    /// The page cache size to restore.
    cache: i64,
    names: HashMap<String, Vec<Uuid>>,
    /// Learners removed for good, here or on a laptop whose records were merged.
    removed: std::collections::HashSet<Uuid>,
    open: bool,
}

impl Merge<'_> {
    /// Adds what is new in `file`.
    pub fn add(&mut self, file: &RecordsFile) -> Result<MergeReport> {
        self.add_inner(file).map_err(|e| e.at(self.path))
    }

    fn add_inner(&mut self, file: &RecordsFile) -> Result<MergeReport> {
        let tx = self.conn;
        let mut report = MergeReport {
            from_install: file.header.install,
            from_this_install: file.header.install == self.own,
            municipality: file.header.municipality.clone(),
            learners_added: 0,
            learners_known: 0,
            events_added: 0,
            events_known: 0,
            links_added: 0,
            learners_removed: 0,
            same_names: vec![],
        };
        // Removals first: a learner removed on the other laptop goes here too, with every profile
        // merged into the same person.
        for gone in &file.removed {
            if self.removed.insert(gone.id) {
                let exists: bool = tx.query_row(
                    "SELECT EXISTS (SELECT 1 FROM learner WHERE id = ?1)",
                    [gone.id.to_string()],
                    |r| r.get(0),
                )?;
                if exists {
                    for id in crate::people::group_of(tx, gone.id)? {
                        crate::people::erase(tx, id, gone.at)?;
                        self.removed.insert(id);
                    }
                    report.learners_removed += 1;
                } else {
                    tx.execute(
                        "INSERT INTO learner_removed (id, removed_at) VALUES (?1, ?2)
                         ON CONFLICT DO NOTHING",
                        [gone.id.to_string(), timestamp(gone.at)],
                    )?;
                }
            }
        }
        let mut insert_learner = tx.prepare_cached(
            "INSERT INTO learner (id, name, role, department, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO NOTHING",
        )?;
        for l in file
            .learners
            .iter()
            .filter(|l| !self.removed.contains(&l.id))
        {
            let added = insert_learner.execute(params![
                l.id.to_string(),
                l.name,
                l.role.key(),
                l.department,
                timestamp(l.created_at)
            ])? == 1;
            if added {
                report.learners_added += 1;
                let others = self.names.entry(name_key(&l.name)).or_default();
                if !others.is_empty() {
                    report.same_names.push(l.name.clone());
                }
                others.push(l.id);
            } else {
                report.learners_known += 1;
            }
        }
        // In the order of their ids, so neighbouring inserts land on the same index pages.
        let mut events: Vec<_> = (file.events.iter())
            .filter(|e| !self.removed.contains(&e.learner_id))
            .collect();
        events.sort_unstable_by_key(|e| e.id);
        let mut known = tx.prepare_cached("SELECT 1 FROM progress_event WHERE id = ?1")?;
        let mut id = uuid::Uuid::encode_buffer();
        // What the new events tell each learner's module summary, folded per learner and module.
        let mut marks: HashMap<(Uuid, &str), SummaryMark> = HashMap::new();
        for event in events {
            let text = event.id.hyphenated().encode_lower(&mut id);
            if known.exists([&*text])? {
                report.events_known += 1;
            } else {
                insert_event_row(tx, event)?;
                report.events_added += 1;
                let mark = SummaryMark::of(event);
                if !mark.is_empty() {
                    let slot = marks
                        .entry((event.learner_id, &event.module_id))
                        .or_default();
                    *slot = slot.and(mark);
                }
            }
        }
        for ((learner, module), mark) in marks {
            mark_summary(tx, learner, module, mark)?;
        }
        for l in (file.links.iter())
            .filter(|l| !self.removed.contains(&l.alias) && !self.removed.contains(&l.person))
        {
            if crate::people::link(tx, l.alias, l.person, l.at)? {
                report.links_added += 1;
            }
        }
        // A name is only worth pointing out while its profiles are more than one person. Without
        // any link every profile is a person of its own, and there is nothing to look up (a merge
        // of thousands of learners with common names would otherwise ask for each of them).
        let mut same_names = std::mem::take(&mut report.same_names);
        same_names.sort();
        same_names.dedup();
        let linked: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM learner_link)", [], |r| {
            r.get(0)
        })?;
        if !linked {
            report.same_names = same_names;
            return Ok(report);
        }
        for name in same_names {
            let ids = self
                .names
                .get(&name_key(&name))
                .cloned()
                .unwrap_or_default();
            let mut people = std::collections::HashSet::new();
            for id in ids {
                people.insert(crate::people::person_of(tx, id)?);
            }
            if people.len() > 1 {
                report.same_names.push(name);
            }
        }
        Ok(report)
    }

    /// Makes everything added permanent.
    pub fn commit(mut self) -> Result<()> {
        self.conn
            .execute_batch("COMMIT")
            .map_err(|e| StoreError::from(e).at(self.path))?;
        self.open = false;
        Ok(())
    }
}

impl Drop for Merge<'_> {
    fn drop(&mut self) {
        if self.open {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
        let _ = self.conn.pragma_update(None, "cache_size", self.cache);
    }
}
