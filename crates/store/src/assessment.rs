//! The municipality's local contacts and its self-assessments: respondents, their answers and the
//! action plan. Every answer is written the moment it is given (one small transaction), so a crash
//! loses at most the keystroke being typed.

use baken_core::ValidationError;
use baken_core::assessment::{
    ActionForm, ActionStatus, Assessment, AssessmentData, ImprovementAction, MAX_SHORT, MAX_TEXT,
    Rating, ReportInputs, Respondent, RespondentAnswers, Response, Scored, training_figures,
};
use baken_core::content::Questionnaire;
use baken_core::course::Outline;
use baken_core::municipality::ContactKey;
use baken_core::{Contact, Learner, Municipality, NewContact, NewMunicipality, ProgressEvent};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, params};

use crate::{Result, Store, StoreError, read_municipality, timestamp};

fn limited(text: &str, field: &'static str, max: usize) -> Result<String> {
    let text = text.trim();
    if text.chars().count() > max {
        return Err(ValidationError::TextTooLong { field, max }.into());
    }
    Ok(text.to_owned())
}

fn date_text(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

fn parse_date(text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|e| StoreError::Corrupt(format!("date {text:?}: {e}")))
}

impl Store {
    /// Changes the municipality's profile (name, CBS code, inhabitants, region).
    pub fn update_municipality(&mut self, form: &NewMunicipality) -> Result<Municipality> {
        let profile = form.validate()?;
        self.with_tx(|tx| {
            let changed = tx.execute(
                "UPDATE municipality SET name = ?1, cbs_code = ?2, inhabitants = ?3, region = ?4
                 WHERE id = 1",
                params![
                    profile.name,
                    profile.cbs_code.as_ref().map(|c| c.as_str()),
                    profile.inhabitants,
                    profile.region
                ],
            )?;
            if changed == 0 {
                return Err(StoreError::NoMunicipality);
            }
            read_municipality(tx)?.ok_or(StoreError::NoMunicipality)
        })
    }

    /// The local contacts filled in so far, in the order of [`ContactKey::ALL`].
    pub fn contacts(&self) -> Result<Vec<Contact>> {
        self.with(read_contacts)
    }

    /// Saves (or replaces) one local contact.
    pub fn save_contact(&mut self, form: &NewContact, now: DateTime<Utc>) -> Result<Contact> {
        let contact = form.validate()?;
        self.with_tx(|tx| upsert_contact(tx, &contact, now))?;
        Ok(contact)
    }

    /// Empties one local contact.
    pub fn remove_contact(&mut self, key: ContactKey) -> Result<()> {
        self.with_tx(|tx| {
            tx.execute("DELETE FROM contact WHERE key = ?1", [key.key()])?;
            Ok(())
        })
    }

    /// All assessments, the latest first.
    pub fn assessments(&self) -> Result<Vec<Assessment>> {
        self.with(|c| {
            let mut stmt =
                c.prepare("SELECT id, title, held_on FROM assessment ORDER BY held_on DESC")?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })?;
            rows.map(|row| {
                let (id, title, held_on) = row?;
                Ok(Assessment {
                    id,
                    title,
                    held_on: parse_date(&held_on)?,
                })
            })
            .collect()
        })
    }

    /// Starts an assessment on `held_on`. One per date.
    pub fn create_assessment(
        &mut self,
        title: &str,
        held_on: NaiveDate,
        questionnaire: &Questionnaire,
        now: DateTime<Utc>,
    ) -> Result<Assessment> {
        let title = baken_core::learner::valid_learner_name(title)?;
        self.with_tx(|tx| {
            if read_municipality(tx)?.is_none() {
                return Err(StoreError::NoMunicipality);
            }
            let taken: Option<i64> = tx
                .query_row(
                    "SELECT id FROM assessment WHERE held_on = ?1",
                    [date_text(held_on)],
                    |r| r.get(0),
                )
                .optional()?;
            if taken.is_some() {
                return Err(StoreError::AssessmentExists(held_on));
            }
            tx.execute(
                "INSERT INTO assessment (title, held_on, questionnaire_version, created_at)
                 VALUES (?1, ?2, ?3, ?4)",
                params![
                    title,
                    date_text(held_on),
                    questionnaire.version,
                    timestamp(now)
                ],
            )?;
            Ok(Assessment {
                id: tx.last_insert_rowid(),
                title,
                held_on,
            })
        })
    }

    /// Adds a respondent to an assessment; a name already there is returned as it is.
    pub fn add_respondent(
        &mut self,
        assessment: i64,
        name: &str,
        function: &str,
    ) -> Result<Respondent> {
        let name = baken_core::learner::valid_learner_name(name)?;
        let function = limited(function, "function", MAX_SHORT)?;
        self.with_tx(|tx| {
            read_assessment(tx, assessment)?;
            tx.execute(
                "INSERT INTO respondent (assessment_id, name, function) VALUES (?1, ?2, ?3)
                 ON CONFLICT (assessment_id, name) DO UPDATE SET function = ?3",
                params![assessment, name, function],
            )?;
            let id = tx.query_row(
                "SELECT id FROM respondent WHERE assessment_id = ?1 AND name = ?2",
                params![assessment, name],
                |r| r.get(0),
            )?;
            Ok(Respondent { id, name, function })
        })
    }

    /// Saves one respondent's answer to one item (replacing an earlier one). Returns the answer as
    /// stored (trimmed).
    pub fn save_response(
        &mut self,
        respondent: i64,
        response: &Response,
        questionnaire: &Questionnaire,
        now: DateTime<Utc>,
    ) -> Result<Response> {
        let Some(item) = questionnaire.item(&response.theme, &response.item) else {
            return Err(StoreError::UnknownItem(format!(
                "{}/{}",
                response.theme, response.item
            )));
        };
        if let Some(Rating::Level { level }) = response.rating
            && level > baken_core::assessment::MAX_LEVEL
        {
            return Err(ValidationError::InvalidLevel.into());
        }
        let stored = Response {
            theme: response.theme.clone(),
            item: response.item.clone(),
            // The training item's level comes from the records; an answer adds context only.
            rating: if item.from_records {
                None
            } else {
                response.rating
            },
            explanation: limited(&response.explanation, "explanation", MAX_TEXT)?,
            evidence: limited(&response.evidence, "evidence", MAX_TEXT)?,
        };
        self.with_tx(|tx| {
            let exists: Option<i64> = tx
                .query_row(
                    "SELECT id FROM respondent WHERE id = ?1",
                    [respondent],
                    |r| r.get(0),
                )
                .optional()?;
            if exists.is_none() {
                return Err(StoreError::UnknownItem(format!("respondent {respondent}")));
            }
            tx.execute(
                "INSERT INTO assessment_answer
                   (respondent_id, theme, item, rating, explanation, evidence, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (respondent_id, theme, item) DO UPDATE
                   SET rating = ?4, explanation = ?5, evidence = ?6, updated_at = ?7",
                params![
                    respondent,
                    stored.theme,
                    stored.item,
                    stored.rating.map(Rating::key),
                    stored.explanation,
                    stored.evidence,
                    timestamp(now)
                ],
            )?;
            Ok(stored.clone())
        })
    }

    /// Adds or changes an action of the plan.
    pub fn save_action(
        &mut self,
        assessment: i64,
        form: &ActionForm,
        questionnaire: &Questionnaire,
        now: DateTime<Utc>,
    ) -> Result<ImprovementAction> {
        if questionnaire.theme(&form.theme).is_none()
            || form
                .item
                .as_ref()
                .is_some_and(|i| questionnaire.item(&form.theme, i).is_none())
        {
            return Err(StoreError::UnknownItem(form.theme.clone()));
        }
        let action = limited(&form.action, "action", MAX_SHORT)?;
        if action.is_empty() {
            return Err(ValidationError::NameRequired { field: "action" }.into());
        }
        let owner = limited(&form.owner, "owner", MAX_SHORT)?;
        self.with_tx(|tx| {
            read_assessment(tx, assessment)?;
            let values = params![
                assessment,
                form.theme,
                form.item,
                action,
                owner,
                form.deadline.map(date_text),
                form.status.key(),
                timestamp(now)
            ];
            let id = match form.id {
                None => {
                    tx.execute(
                        "INSERT INTO improvement_action
                           (assessment_id, theme, item, action, owner, deadline, status, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                        values,
                    )?;
                    tx.last_insert_rowid()
                }
                Some(id) => {
                    let changed = tx.execute(
                        "UPDATE improvement_action SET theme = ?2, item = ?3, action = ?4,
                           owner = ?5, deadline = ?6, status = ?7, updated_at = ?8
                         WHERE id = ?9 AND assessment_id = ?1",
                        rusqlite::params_from_iter(
                            values
                                .iter()
                                .copied()
                                .chain(std::iter::once(&id as &dyn rusqlite::ToSql)),
                        ),
                    )?;
                    if changed == 0 {
                        return Err(StoreError::UnknownItem(format!("action {id}")));
                    }
                    id
                }
            };
            Ok(ImprovementAction {
                id,
                theme: form.theme.clone(),
                item: form.item.clone(),
                action,
                owner,
                deadline: form.deadline,
                status: form.status,
            })
        })
    }

    pub fn delete_action(&mut self, id: i64) -> Result<()> {
        self.with_tx(|tx| {
            tx.execute("DELETE FROM improvement_action WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    /// One assessment with its respondents, their answers and the action plan.
    pub fn assessment_data(&self, id: i64) -> Result<AssessmentData> {
        self.with(|c| {
            let assessment = read_assessment(c, id)?;
            let mut stmt = c.prepare(
                "SELECT id, name, function FROM respondent WHERE assessment_id = ?1 ORDER BY id",
            )?;
            let respondents: Vec<Respondent> = stmt
                .query_map([id], |r| {
                    Ok(Respondent {
                        id: r.get(0)?,
                        name: r.get(1)?,
                        function: r.get(2)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            let mut answers = c.prepare(
                "SELECT theme, item, rating, explanation, evidence FROM assessment_answer
                 WHERE respondent_id = ?1 ORDER BY rowid",
            )?;
            let mut out = Vec::new();
            for respondent in respondents {
                let rows = answers.query_map([respondent.id], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(4)?,
                    ))
                })?;
                let responses = rows
                    .map(|row| {
                        let (theme, item, rating, explanation, evidence) = row?;
                        let rating =
                            match rating {
                                None => None,
                                Some(key) => Some(Rating::from_key(&key).ok_or_else(|| {
                                    StoreError::Corrupt(format!("rating {key:?}"))
                                })?),
                            };
                        Ok(Response {
                            theme,
                            item,
                            rating,
                            explanation,
                            evidence,
                        })
                    })
                    .collect::<Result<Vec<_>>>()?;
                out.push(RespondentAnswers {
                    respondent,
                    responses,
                });
            }
            let mut stmt = c.prepare(
                "SELECT id, theme, item, action, owner, deadline, status FROM improvement_action
                 WHERE assessment_id = ?1",
            )?;
            let rows = stmt.query_map([id], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, String>(6)?,
                ))
            })?;
            let mut actions = rows
                .map(|row| {
                    let (id, theme, item, action, owner, deadline, status) = row?;
                    Ok(ImprovementAction {
                        id,
                        theme,
                        item,
                        action,
                        owner,
                        deadline: deadline.as_deref().map(parse_date).transpose()?,
                        status: ActionStatus::from_key(&status)
                            .ok_or_else(|| StoreError::Corrupt(format!("status {status:?}")))?,
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            baken_core::assessment::by_urgency(&mut actions);
            Ok(AssessmentData {
                assessment,
                respondents: out,
                actions,
            })
        })
    }

    /// The assessment held before `id`, if any (the one the report compares with).
    pub fn previous_assessment(&self, id: i64) -> Result<Option<Assessment>> {
        let all = self.assessments()?;
        let Some(pos) = all.iter().position(|a| a.id == id) else {
            return Err(StoreError::UnknownAssessment(id));
        };
        Ok(all.get(pos + 1).cloned())
    }

    /// What the council report of assessment `id` is made from: its answers and the training
    /// figures at the end of its day, and the same of the assessment before it.
    pub fn report_inputs(&self, id: i64, outline: &Outline) -> Result<ReportInputs> {
        let municipality = self.municipality()?.ok_or(StoreError::NoMunicipality)?;
        let learners = self.learners_with_events()?;
        let scored = |id: i64| -> Result<Scored> {
            let data = self.assessment_data(id)?;
            let end_of_day = data
                .assessment
                .held_on
                .and_hms_opt(23, 59, 59)
                .unwrap_or_default()
                .and_utc();
            let training = training_figures(outline, &learners, end_of_day);
            Ok(Scored { data, training })
        };
        let current = scored(id)?;
        let previous = match self.previous_assessment(id)? {
            Some(p) => Some(scored(p.id)?),
            None => None,
        };
        Ok(ReportInputs {
            municipality,
            current,
            previous,
        })
    }

    /// Every learner with all their events, for the training figures.
    pub fn learners_with_events(&self) -> Result<Vec<(Learner, Vec<ProgressEvent>)>> {
        self.learners()?
            .into_iter()
            .map(|l| {
                let events = self.events_of(l.id)?;
                Ok((l, events))
            })
            .collect()
    }
}

fn read_assessment(c: &Connection, id: i64) -> Result<Assessment> {
    let row: Option<(String, String)> = c
        .query_row(
            "SELECT title, held_on FROM assessment WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (title, held_on) = row.ok_or(StoreError::UnknownAssessment(id))?;
    Ok(Assessment {
        id,
        title,
        held_on: parse_date(&held_on)?,
    })
}

pub(crate) fn read_contacts(c: &Connection) -> Result<Vec<Contact>> {
    let mut stmt = c.prepare("SELECT key, name, phone, email, hours FROM contact")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get(1)?,
            r.get(2)?,
            r.get(3)?,
            r.get(4)?,
        ))
    })?;
    let mut contacts = rows
        .map(|row| {
            let (key, name, phone, email, hours) = row?;
            let key = ContactKey::from_key(&key)
                .ok_or_else(|| StoreError::Corrupt(format!("contact {key:?}")))?;
            Ok(Contact {
                key,
                name,
                phone,
                email,
                hours,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    contacts.sort_by_key(|c| ContactKey::ALL.iter().position(|k| *k == c.key));
    Ok(contacts)
}

/// Saves a validated contact, replacing an earlier one of the same kind.
fn upsert_contact(c: &Connection, contact: &Contact, now: DateTime<Utc>) -> Result<()> {
    c.execute(
        "INSERT INTO contact (key, name, phone, email, hours, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (key) DO UPDATE SET name = ?2, phone = ?3, email = ?4, hours = ?5,
           updated_at = ?6",
        params![
            contact.key.key(),
            contact.name,
            contact.phone,
            contact.email,
            contact.hours,
            timestamp(now)
        ],
    )?;
    Ok(())
}

/// The demo municipality's contacts and its two assessments, inside the demo's transaction.
pub(crate) fn insert_demo(c: &Connection, now: DateTime<Utc>) -> Result<()> {
    for form in baken_core::demo::contacts() {
        upsert_contact(c, &form.validate()?, now)?;
    }
    for demo in baken_core::demo::assessments() {
        let held_on = (now - chrono::Duration::days(demo.days_ago)).date_naive();
        let title = baken_core::assessment::default_title(
            chrono::Datelike::year(&held_on),
            baken_core::Language::Nl,
        );
        c.execute(
            "INSERT INTO assessment (title, held_on, questionnaire_version, created_at)
             VALUES (?1, ?2, 1, ?3)",
            params![title, date_text(held_on), timestamp(now)],
        )?;
        let assessment = c.last_insert_rowid();
        for r in &demo.respondents {
            c.execute(
                "INSERT INTO respondent (assessment_id, name, function) VALUES (?1, ?2, ?3)",
                params![assessment, r.name, r.function],
            )?;
            let respondent = c.last_insert_rowid();
            for x in &r.responses {
                c.execute(
                    "INSERT INTO assessment_answer
                       (respondent_id, theme, item, rating, explanation, evidence, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![
                        respondent,
                        x.theme,
                        x.item,
                        x.rating.map(Rating::key),
                        x.explanation,
                        x.evidence,
                        timestamp(now)
                    ],
                )?;
            }
        }
        for (theme, item, action, owner, days, status) in &demo.actions {
            c.execute(
                "INSERT INTO improvement_action
                   (assessment_id, theme, item, action, owner, deadline, status, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    assessment,
                    theme,
                    item,
                    action,
                    owner,
                    date_text(held_on + chrono::Duration::days(*days)),
                    status.key(),
                    timestamp(now)
                ],
            )?;
        }
    }
    Ok(())
}
