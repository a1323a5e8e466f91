//! Workshops (`baken_core::workshop`) in SQLite: the workshop, its attendees and the group's
//! answers per decision point (schema version 7). Signing off writes the attendees' classroom
//! completions as ordinary progress events, in the same transaction.

use std::collections::BTreeMap;

use baken_core::Language;
use baken_core::content::Pack;
use baken_core::workshop::{
    self, GroupAnswer, PresentationView, Workshop, WorkshopCard, WorkshopError, WorkshopsView,
};
use baken_core::{Learner, NewLearner};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use uuid::Uuid;

use crate::{
    Result, Store, StoreError, SummaryMark, insert_event_row, insert_learner, mark_summary,
    parse_time, parse_uuid, read_learner, timestamp,
};

impl Store {
    /// Stores a new workshop (checked by `NewWorkshop::validate`).
    pub fn create_workshop(&mut self, w: &Workshop) -> Result<()> {
        let cases =
            serde_json::to_string(&w.cases).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        self.with_tx(|tx| {
            tx.execute(
                "INSERT INTO workshop (id, held_on, place, trainer, module_id, cases, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    w.id.to_string(),
                    w.held_on.to_string(),
                    w.place,
                    w.trainer,
                    w.module_id,
                    cases,
                    timestamp(w.created_at)
                ],
            )?;
            Ok(())
        })
    }

    /// Every workshop, the latest first, as cards in `lang`.
    pub fn workshops(&self, pack: &Pack, lang: Language) -> Result<Vec<WorkshopCard>> {
        self.with(|c| {
            let municipality = municipality_name(c)?;
            let mut stmt =
                c.prepare("SELECT id FROM workshop ORDER BY held_on DESC, created_at DESC")?;
            let ids = stmt
                .query_map([], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            ids.iter()
                .map(|id| read_card(c, parse_uuid(id)?, pack, lang, &municipality))
                .collect()
        })
    }

    /// The trainer's workshops screen.
    pub fn workshops_view(&self, pack: &Pack, lang: Language) -> Result<WorkshopsView> {
        let municipality = self.with(municipality_name)?;
        Ok(WorkshopsView {
            workshops: self.workshops(pack, lang)?,
            learners: self.learners()?,
            modules: workshop::module_choices(pack, lang, &municipality),
        })
    }

    /// One workshop as a card in `lang`.
    pub fn workshop(&self, id: Uuid, pack: &Pack, lang: Language) -> Result<WorkshopCard> {
        self.with(|c| read_card(c, id, pack, lang, &municipality_name(c)?))
    }

    /// Marks `learner` as present at the workshop (or not).
    pub fn set_attendance(&mut self, id: Uuid, learner: Uuid, present: bool) -> Result<()> {
        self.with_tx(|tx| {
            read_workshop(tx, id)?
                .ensure_open()
                .map_err(StoreError::from)?;
            read_learner(tx, learner)?;
            let sql = if present {
                "INSERT INTO workshop_attendee (workshop_id, learner_id) VALUES (?1, ?2)
                 ON CONFLICT DO NOTHING"
            } else {
                "DELETE FROM workshop_attendee WHERE workshop_id = ?1 AND learner_id = ?2"
            };
            tx.execute(sql, [id.to_string(), learner.to_string()])?;
            Ok(())
        })
    }

    /// Adds a new learner who attended the workshop: the profile and the attendance together.
    pub fn add_attendee(
        &mut self,
        id: Uuid,
        form: &NewLearner,
        now: DateTime<Utc>,
    ) -> Result<Learner> {
        self.with_tx(|tx| {
            read_workshop(tx, id)?
                .ensure_open()
                .map_err(StoreError::from)?;
            let learner = insert_learner(tx, form, now)?;
            tx.execute(
                "INSERT INTO workshop_attendee (workshop_id, learner_id) VALUES (?1, ?2)",
                [id.to_string(), learner.id.to_string()],
            )?;
            Ok(learner)
        })
    }

    /// Case `index` of the workshop on the projector, after the group's answers so far.
    pub fn presentation(
        &self,
        id: Uuid,
        index: usize,
        pack: &Pack,
        lang: Language,
    ) -> Result<PresentationView> {
        self.with(|c| {
            let w = read_workshop(c, id)?;
            let (_, case) = w.case(pack, index)?;
            let answers = read_answers(c, id, &case.id, case.version)?;
            let municipality = municipality_name(c)?;
            Ok(workshop::presentation(
                &w,
                pack,
                index,
                &answers,
                lang,
                &municipality,
            )?)
        })
    }

    /// Stores how many chose each option at the current decision point of case `index`.
    pub fn enter_counts(
        &mut self,
        id: Uuid,
        index: usize,
        step: &str,
        counts: &BTreeMap<String, u32>,
        pack: &Pack,
    ) -> Result<()> {
        self.with_tx(|tx| {
            let (case, answers) = open_run(tx, id, index, pack)?;
            let answer = workshop::enter_counts(case, &answers, step, counts)?;
            let counts = serde_json::to_string(&answer.counts)
                .map_err(|e| StoreError::Corrupt(e.to_string()))?;
            tx.execute(
                "INSERT INTO workshop_answer
                   (workshop_id, case_id, case_version, seq, step_id, counts)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    id.to_string(),
                    case.id,
                    case.version,
                    answers.len() as i64,
                    answer.step,
                    counts
                ],
            )?;
            Ok(())
        })
    }

    /// The group goes on with `choice` (one of the most chosen) at the decision point on screen.
    pub fn follow_choice(
        &mut self,
        id: Uuid,
        index: usize,
        choice: &str,
        pack: &Pack,
    ) -> Result<()> {
        self.with_tx(|tx| {
            let (case, answers) = open_run(tx, id, index, pack)?;
            workshop::follow(case, &answers, choice)?;
            tx.execute(
                "UPDATE workshop_answer SET followed = ?4
                 WHERE workshop_id = ?1 AND case_id = ?2 AND case_version = ?3 AND seq = ?5",
                params![
                    id.to_string(),
                    case.id,
                    case.version,
                    choice,
                    answers.len() as i64 - 1
                ],
            )?;
            Ok(())
        })
    }

    /// One step back in case `index`: from the feedback to entering the counts again, or from a
    /// decision point to the feedback of the one before. Nothing happens at the start.
    pub fn step_back(&mut self, id: Uuid, index: usize, pack: &Pack) -> Result<()> {
        self.with_tx(|tx| {
            let (case, answers) = open_run(tx, id, index, pack)?;
            let Some(last) = answers.last() else {
                return Ok(());
            };
            let keys = params![
                id.to_string(),
                case.id,
                case.version,
                answers.len() as i64 - 1
            ];
            let sql = match last.followed {
                None => {
                    "DELETE FROM workshop_answer
                     WHERE workshop_id = ?1 AND case_id = ?2 AND case_version = ?3 AND seq = ?4"
                }
                Some(_) => {
                    "UPDATE workshop_answer SET followed = NULL
                     WHERE workshop_id = ?1 AND case_id = ?2 AND case_version = ?3 AND seq = ?4"
                }
            };
            tx.execute(sql, keys)?;
            Ok(())
        })
    }

    /// Signs the workshop off: every attendee gets a classroom completion of its module, and the
    /// workshop is closed. Gives the number of completions added.
    pub fn sign_off_workshop(
        &mut self,
        id: Uuid,
        now: DateTime<Utc>,
        today: NaiveDate,
    ) -> Result<usize> {
        self.with_tx(|tx| {
            let w = read_workshop(tx, id)?;
            let attendees = read_attendees(tx, id)?;
            let events = workshop::classroom_events(&w, &attendees, now, today)?;
            let mut added = 0;
            for event in &events {
                if insert_event_row(tx, event)? {
                    added += 1;
                    mark_summary(
                        tx,
                        event.learner_id,
                        &event.module_id,
                        SummaryMark::of(event),
                    )?;
                }
            }
            tx.execute(
                "UPDATE workshop SET signed_off_at = ?2 WHERE id = ?1",
                [id.to_string(), timestamp(now)],
            )?;
            Ok(added)
        })
    }
}

impl From<WorkshopError> for StoreError {
    fn from(e: WorkshopError) -> StoreError {
        StoreError::Workshop(e)
    }
}

fn municipality_name(c: &Connection) -> Result<String> {
    Ok(crate::read_municipality(c)?
        .map(|m| m.profile.name)
        .unwrap_or_default())
}

fn read_workshop(c: &Connection, id: Uuid) -> Result<Workshop> {
    let row = c
        .query_row(
            "SELECT held_on, place, trainer, module_id, cases, created_at, signed_off_at
             FROM workshop WHERE id = ?1",
            [id.to_string()],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, Option<String>>(6)?,
                ))
            },
        )
        .optional()?;
    let (held_on, place, trainer, module_id, cases, created_at, signed_off_at) =
        row.ok_or(StoreError::UnknownWorkshop(id))?;
    Ok(Workshop {
        id,
        held_on: held_on
            .parse()
            .map_err(|e| StoreError::Corrupt(format!("workshop date {held_on:?}: {e}")))?,
        place,
        trainer,
        module_id,
        cases: serde_json::from_str(&cases)
            .map_err(|e| StoreError::Corrupt(format!("workshop cases: {e}")))?,
        created_at: parse_time(&created_at)?,
        signed_off_at: signed_off_at.as_deref().map(parse_time).transpose()?,
    })
}

/// Case `index` of a workshop that can still change, with the group's answers so far: what every
/// step of a run starts from.
fn open_run<'p>(
    c: &Connection,
    id: Uuid,
    index: usize,
    pack: &'p Pack,
) -> Result<(&'p baken_core::content::Case, Vec<GroupAnswer>)> {
    let w = read_workshop(c, id)?;
    w.ensure_open()?;
    let (_, case) = w.case(pack, index)?;
    let answers = read_answers(c, id, &case.id, case.version)?;
    Ok((case, answers))
}

fn read_attendees(c: &Connection, id: Uuid) -> Result<Vec<Uuid>> {
    let mut stmt = c.prepare(
        "SELECT a.learner_id FROM workshop_attendee a JOIN learner l ON l.id = a.learner_id
         WHERE a.workshop_id = ?1 ORDER BY l.name COLLATE NOCASE, l.id",
    )?;
    let ids = stmt
        .query_map([id.to_string()], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    ids.iter().map(|id| parse_uuid(id)).collect()
}

fn read_answers(c: &Connection, id: Uuid, case: &str, version: u32) -> Result<Vec<GroupAnswer>> {
    let mut stmt = c.prepare(
        "SELECT step_id, counts, followed FROM workshop_answer
         WHERE workshop_id = ?1 AND case_id = ?2 AND case_version = ?3 ORDER BY seq",
    )?;
    let rows = stmt.query_map(params![id.to_string(), case, version], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?,
        ))
    })?;
    rows.map(|row| {
        let (step, counts, followed) = row?;
        Ok(GroupAnswer {
            step,
            counts: serde_json::from_str(&counts)
                .map_err(|e| StoreError::Corrupt(format!("workshop counts: {e}")))?,
            followed,
        })
    })
    .collect()
}

fn read_card(
    c: &Connection,
    id: Uuid,
    pack: &Pack,
    lang: Language,
    municipality: &str,
) -> Result<WorkshopCard> {
    let w = read_workshop(c, id)?;
    let attendees = read_attendees(c, id)?;
    let answered: u32 = c.query_row(
        "SELECT count(*) FROM workshop_answer WHERE workshop_id = ?1",
        [id.to_string()],
        |r| r.get(0),
    )?;
    Ok(workshop::card(
        w,
        pack,
        attendees,
        answered,
        lang,
        municipality,
    ))
}
