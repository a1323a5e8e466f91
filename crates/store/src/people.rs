//! One person, several profiles (schema version 8). The same name can arrive from two laptops;
//! Baken never merges by name, but a trainer can: [`Store::merge_profiles`] links the other
//! profiles (aliases) to the oldest (the person). Reading a person's events, the overview and the
//! profile list then see one person; the learners and events themselves are never rewritten.
//! [`Store::keep_apart`] records that profiles with the same name are different people.

use std::collections::{BTreeMap, HashSet};

use baken_core::learner::name_key;
use baken_core::records::{Profile, SameName};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use uuid::Uuid;

use crate::{Result, Store, learner_from_row, parse_time, parse_uuid, timestamp};

impl Store {
    /// Profiles with the same name that no trainer has merged or kept apart yet.
    pub fn same_names(&self) -> Result<Vec<SameName>> {
        self.with(|c| {
            let mut stmt = c.prepare(
                "SELECT l.id, l.name, l.role, l.department, l.created_at,
                        (SELECT count(*) FROM progress_event e WHERE e.learner_id = l.id),
                        (SELECT max(occurred_at) FROM progress_event e WHERE e.learner_id = l.id)
                 FROM learner l WHERE l.id NOT IN (SELECT alias FROM learner_link)
                 ORDER BY l.created_at, l.id",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, u32>(5)?,
                    r.get::<_, Option<String>>(6)?,
                ))
            })?;
            let mut groups: BTreeMap<String, Vec<Profile>> = BTreeMap::new();
            for row in rows {
                let (id, name, role, department, created_at, events, last) = row?;
                let profile = Profile {
                    learner: learner_from_row(&id, name, &role, department)?,
                    created_at: parse_time(&created_at)?,
                    events,
                    last_active: last.as_deref().map(parse_time).transpose()?,
                };
                groups
                    .entry(name_key(&profile.learner.name))
                    .or_default()
                    .push(profile);
            }
            let apart = apart_pairs(c)?;
            Ok(groups
                .into_values()
                .filter(|profiles| {
                    // Shown while some pair in it is neither merged nor kept apart.
                    profiles.iter().enumerate().any(|(i, a)| {
                        profiles[i + 1..]
                            .iter()
                            .any(|b| !apart.contains(&pair(a.learner.id, b.learner.id)))
                    })
                })
                .filter(|profiles| profiles.len() > 1)
                .map(|profiles| SameName {
                    name: profiles[0].learner.name.clone(),
                    profiles,
                })
                .collect())
        })
    }

    /// Makes `profiles` one person: the oldest stays, the others' records count as its.
    pub fn merge_profiles(&mut self, profiles: &[Uuid], now: DateTime<Utc>) -> Result<()> {
        self.with_tx(|tx| {
            let mut roots = Vec::new();
            for id in profiles {
                crate::read_learner(tx, *id)?;
                let root = person_of(tx, *id)?;
                if !roots.contains(&root) {
                    roots.push(root);
                }
            }
            let mut oldest: Vec<(String, Uuid)> = Vec::new();
            for id in &roots {
                let created: String = tx.query_row(
                    "SELECT created_at FROM learner WHERE id = ?1",
                    [id.to_string()],
                    |r| r.get(0),
                )?;
                oldest.push((created, *id));
            }
            oldest.sort();
            let Some((_, person)) = oldest.first().cloned() else {
                return Ok(());
            };
            for (_, alias) in &oldest[1..] {
                link(tx, *alias, person, now)?;
            }
            Ok(())
        })
    }

    /// Records that `profiles` (with the same name) are different people.
    pub fn keep_apart(&mut self, profiles: &[Uuid]) -> Result<()> {
        self.with_tx(|tx| {
            for id in profiles {
                crate::read_learner(tx, *id)?;
            }
            for (i, a) in profiles.iter().enumerate() {
                for b in &profiles[i + 1..] {
                    if a != b {
                        let (a, b) = pair(*a, *b);
                        tx.execute(
                            "INSERT INTO learner_apart (a, b) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
                            [a.to_string(), b.to_string()],
                        )?;
                    }
                }
            }
            Ok(())
        })
    }

    /// The person a profile belongs to: itself, or the person it was merged into.
    pub fn person_of(&self, id: Uuid) -> Result<Uuid> {
        self.with(|c| person_of(c, id))
    }
}

/// The person `id` counts as.
pub(crate) fn person_of(c: &Connection, id: Uuid) -> Result<Uuid> {
    let person: Option<String> = c
        .query_row(
            "SELECT person FROM learner_link WHERE alias = ?1",
            [id.to_string()],
            |r| r.get(0),
        )
        .optional()?;
    person.as_deref().map_or(Ok(id), parse_uuid)
}

/// Links `alias` to `person` (or the person that one belongs to). Profiles already merged into
/// `alias` move along, so a link always points at a person, never at another alias. False when
/// nothing changed: `alias` already belongs to someone, or is that person.
pub(crate) fn link(c: &Connection, alias: Uuid, person: Uuid, at: DateTime<Utc>) -> Result<bool> {
    let person = person_of(c, person)?;
    if person == alias || person_of(c, alias)? != alias {
        return Ok(false);
    }
    c.execute(
        "UPDATE learner_link SET person = ?2 WHERE person = ?1",
        [alias.to_string(), person.to_string()],
    )?;
    c.execute(
        "INSERT INTO learner_link (alias, person, linked_at) VALUES (?1, ?2, ?3)",
        params![alias.to_string(), person.to_string(), timestamp(at)],
    )?;
    Ok(true)
}

fn pair(a: Uuid, b: Uuid) -> (Uuid, Uuid) {
    if a < b { (a, b) } else { (b, a) }
}

fn apart_pairs(c: &Connection) -> Result<HashSet<(Uuid, Uuid)>> {
    let mut stmt = c.prepare("SELECT a, b FROM learner_apart")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    rows.map(|row| {
        let (a, b) = row?;
        Ok(pair(parse_uuid(&a)?, parse_uuid(&b)?))
    })
    .collect()
}

/// A learner who has not been active for a while, for the retention preview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inactive {
    pub learner: baken_core::Learner,
    /// The latest event of the person (any of their profiles), or when the profile was made.
    pub last_active: DateTime<Utc>,
}

impl Store {
    /// Removes a learner for good, with every profile merged into the same person: their
    /// events, module summaries, workshop attendance, certificates, links and the profiles. Only
    /// the ids stay, as removed, so merged records cannot bring them back. Freed pages are
    /// overwritten, and the log is folded into the file afterwards, so the data is gone from the
    /// database file too (older backups keep it until they are rotated out). Gives the number of
    /// profiles and events removed.
    pub fn remove_learner(&mut self, id: Uuid, now: DateTime<Utc>) -> Result<(usize, usize)> {
        self.conn.pragma_update(None, "secure_delete", true)?;
        let result = self.with_tx(|tx| {
            crate::read_learner(tx, id)?;
            let ids = group_of(tx, id)?;
            let mut events = 0;
            for id in &ids {
                events += erase(tx, *id, now)?;
            }
            Ok((ids.len(), events))
        });
        let _ = self.conn.pragma_update(None, "secure_delete", false);
        let removed = result?;
        // The old pages are still in the write-ahead log until it is checkpointed.
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(removed)
    }

    /// The people with no activity since `since` (their latest event, or the day their profile
    /// was made when they have none), oldest activity first: what a retention period would remove.
    pub fn inactive_since(&self, since: DateTime<Utc>) -> Result<Vec<Inactive>> {
        let learners = self.learners()?;
        self.with(|c| {
            let mut out = Vec::new();
            let mut stmt = c.prepare(
                "SELECT max(coalesce((SELECT max(e.occurred_at) FROM progress_event e
                                      WHERE e.learner_id = l.id), l.created_at))
                 FROM learner l
                 WHERE l.id = ?1 OR l.id IN (SELECT alias FROM learner_link WHERE person = ?1)",
            )?;
            for learner in learners {
                let last: String = stmt.query_row([learner.id.to_string()], |r| r.get(0))?;
                let last_active = parse_time(&last)?;
                if last_active < since {
                    out.push(Inactive {
                        learner,
                        last_active,
                    });
                }
            }
            out.sort_by_key(|i| i.last_active);
            Ok(out)
        })
    }

    /// The retention period in years (`None`: off, the default).
    pub fn retention_years(&self) -> Result<Option<u32>> {
        Ok(self
            .setting("retention_years")?
            .and_then(|v| v.parse().ok()))
    }

    pub fn set_retention_years(&mut self, years: Option<u32>) -> Result<()> {
        let value = years.map(|y| y.to_string());
        self.set_setting("retention_years", value.as_deref())
    }
}

/// Every profile of the person `id` belongs to: the person first, then the aliases.
pub(crate) fn group_of(c: &Connection, id: Uuid) -> Result<Vec<Uuid>> {
    let person = person_of(c, id)?;
    let mut ids = vec![person];
    let mut stmt = c.prepare("SELECT alias FROM learner_link WHERE person = ?1")?;
    for alias in stmt.query_map([person.to_string()], |r| r.get::<_, String>(0))? {
        ids.push(parse_uuid(&alias?)?);
    }
    Ok(ids)
}

/// Deletes one profile and everything about it, and remembers its id as removed. Gives the
/// number of events deleted.
pub(crate) fn erase(c: &Connection, id: Uuid, now: DateTime<Utc>) -> Result<usize> {
    let id = id.to_string();
    let events = c.execute("DELETE FROM progress_event WHERE learner_id = ?1", [&id])?;
    for sql in [
        "DELETE FROM module_summary WHERE learner_id = ?1",
        "DELETE FROM workshop_attendee WHERE learner_id = ?1",
        "DELETE FROM certificate WHERE learner_id = ?1",
        "DELETE FROM learner_link WHERE alias = ?1 OR person = ?1",
        "DELETE FROM learner_apart WHERE a = ?1 OR b = ?1",
        "DELETE FROM setting WHERE key = 'active_learner' AND value = ?1",
        "DELETE FROM learner WHERE id = ?1",
    ] {
        c.execute(sql, [&id])?;
    }
    c.execute(
        "INSERT INTO learner_removed (id, removed_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        [id, timestamp(now)],
    )?;
    Ok(events)
}
