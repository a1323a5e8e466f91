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
