//! Progress records as xAPI 1.0.3 statements, so a municipality can send them to any Learning
//! Record Store (LRS).
//!
//! [`statements`] turns learners and their [`ProgressEvent`]s into one statement per event (the
//! caller serialises and sends them: core does no IO). It is a pure function of its input:
//!
//! - a statement's `id` is its event's id, so exporting twice gives the same statements and the
//!   LRS keeps each once;
//! - the actor is an `account` at `BASE/learner` named by the learner's UUID, which is unique
//!   across installs: a learner whose records were merged onto another laptop stays one agent.
//!   Names leave the laptop only when the caller asks for them; an `mbox` never does;
//! - `stored` and `authority` are left to the LRS.
//!
//! Activity ids under [`BASE`]: `module/<m>`, `module/<m>/page/<p>`, `…/case/<c>`,
//! `…/case/<c>/step/<s>`, `…/check`, `…/item/<i>`, `refresher`, `effect/<pre|post>` and
//! `effect/<phase>/confidence`; context extensions `extension/version` and `extension/attempt`.
//!
//! `effect-skipped` events give no statement: declining the learning-effect measurement is no
//! learning experience, and the verbs an LRS understands have nothing for it. Events of learners
//! that are not in the list are left out too.

use std::collections::HashMap;

use chrono::{Duration, SecondsFormat};
use serde_json::{Map, Value, json};
use uuid::Uuid;

use crate::content::{Pack, Texts};
use crate::effect::Phase;
use crate::progress::{Answer, EventKind, ProgressEvent, opens_module};
use crate::records::LearnerRecord;

/// The xAPI version the statements follow.
pub const XAPI_VERSION: &str = "1.0.3";

/// Base IRI of Baken's activity and extension ids.
///
/// Baken has no domain of its own, and xAPI only needs ids to be absolute IRIs that nobody else
/// mints. `.invalid` is reserved (RFC 2606, RFC 6761): it can never be registered, so no one else
/// can claim these ids, and a tool that tries to look one up fails at once instead of telling a
/// stranger's server which municipality trains with Baken. Changing it would change every
/// activity id an LRS already holds, so it stays.
pub const BASE: &str = "https://baken.invalid/xapi/";

/// One xAPI statement per event of a known learner, in the order of `events`. The learner's
/// display name goes into the actor only when `include_names` is set.
pub fn statements(
    learners: &[LearnerRecord],
    events: &[ProgressEvent],
    pack: &Pack,
    include_names: bool,
) -> Vec<Value> {
    let learners: HashMap<Uuid, &LearnerRecord> = learners.iter().map(|l| (l.id, l)).collect();
    let durations = durations(events);
    events
        .iter()
        .filter_map(|e| {
            let learner = learners.get(&e.learner_id)?;
            let mut s = statement(e, pack, durations.get(&e.id).copied())?;
            let account = json!({ "homePage": format!("{BASE}learner"), "name": learner.id });
            s["actor"] = json!({ "objectType": "Agent", "account": account });
            if include_names {
                s["actor"]["name"] = learner.name.clone().into();
            }
            Some(s)
        })
        .collect()
}

/// An ADL verb: the last part of its id (also its English display) and its Dutch display.
type Verb = (&'static str, &'static str);

const ATTEMPTED: Verb = ("attempted", "begon aan");
const EXPERIENCED: Verb = ("experienced", "bekeek");
const RESPONDED: Verb = ("responded", "reageerde op");
const ANSWERED: Verb = ("answered", "beantwoordde");
const PASSED: Verb = ("passed", "slaagde voor");
const FAILED: Verb = ("failed", "zakte voor");
const COMPLETED: Verb = ("completed", "rondde af");

/// An event's statement without its actor, or `None` for an event that gives none.
///
/// `contextActivities.parent` is the activity the object is directly part of (a page's module,
/// an item's check, a case step's case); `grouping` the module further up, where there is one.
fn statement(e: &ProgressEvent, pack: &Pack, duration: Option<Duration>) -> Option<Value> {
    use EventKind as K;
    let m = e.module_id.as_str();
    let module = || Some(module_activity(pack, m));
    let (verb, object, parent, grouping) = match &e.kind {
        K::ModuleStarted => (ATTEMPTED, module_activity(pack, m), None, None),
        K::ModuleCompleted { .. } => (COMPLETED, module_activity(pack, m), None, None),
        K::ClassroomCompleted { .. } => (COMPLETED, module_activity(pack, m), None, None),
        K::PageViewed { page } => (EXPERIENCED, page_activity(pack, m, page), module(), None),
        K::CaseStarted { case, .. } => (ATTEMPTED, case_activity(pack, m, case), module(), None),
        K::CaseChoice { case, step, .. } => {
            let object = step_activity(m, case, step);
            let parent = Some(case_activity(pack, m, case));
            (RESPONDED, object, parent, module())
        }
        K::CheckStarted { .. } => (ATTEMPTED, check_activity(m), module(), None),
        K::CheckFinished { passed: true, .. } => (PASSED, check_activity(m), module(), None),
        K::CheckFinished { .. } => (FAILED, check_activity(m), module(), None),
        K::ItemAnswered { item, answer, .. } => {
            let object = item_activity(pack, m, item, answer);
            (ANSWERED, object, Some(check_activity(m)), module())
        }
        K::RefreshAnswered { item, answer, .. } => {
            let name = texts("Opfrissen", "Refresh");
            let refresher = activity(iri(&["refresher"]), "assessment", Some(&name));
            let object = item_activity(pack, m, item, answer);
            (ANSWERED, object, Some(refresher), module())
        }
        K::EffectConfidence { phase, .. } => {
            let statement = "Ik weet wat ik moet doen als ik een signaal opmerk";
            let name = texts(statement, "I know what to do when I notice a signal");
            let parent = effect_activity(*phase);
            let id = format!("{}/confidence", parent["id"].as_str().unwrap_or_default());
            let mut object = activity(id, "cmi.interaction", Some(&name));
            object["definition"]["interactionType"] = "likert".into();
            (RESPONDED, object, Some(parent), None)
        }
        K::EffectAnswered {
            phase,
            module,
            item,
            answer,
            ..
        } => {
            let object = item_activity(pack, module, item, answer);
            let grouping = Some(module_activity(pack, module));
            (ANSWERED, object, Some(effect_activity(*phase)), grouping)
        }
        K::EffectSkipped { .. } => return None,
    };
    let mut context = json!({ "platform": "Baken", "language": "nl-NL" });
    for (key, a) in [("parent", parent), ("grouping", grouping)] {
        if let Some(a) = a {
            context["contextActivities"][key] = json!([a]);
        }
    }
    // The event's own `version` (of the item or case) and `attempt` (at the check), if it has them.
    let fields = serde_json::to_value(&e.kind).unwrap_or_default();
    for key in ["version", "attempt"] {
        if let Some(n) = fields.get(key) {
            context["extensions"][&format!("{BASE}extension/{key}")] = n.clone();
        }
    }
    // A classroom completion: the workshop is the registration (xAPI's id for one enrolment in a
    // course, a UUID), and an extension says it happened in a classroom.
    if let K::ClassroomCompleted { workshop } = &e.kind {
        context["registration"] = workshop.hyphenated().to_string().into();
        context["extensions"][&format!("{BASE}extension/classroom")] = true.into();
    }
    let mut statement = json!({
        "id": e.id.hyphenated().to_string(),
        "verb": {
            "id": format!("http://adlnet.gov/expapi/verbs/{}", verb.0),
            "display": { "en-US": verb.0, "nl-NL": verb.1 },
        },
        "object": object,
        "context": context,
        "timestamp": e.occurred_at.to_rfc3339_opts(SecondsFormat::Millis, true),
        "version": XAPI_VERSION,
    });
    if let Some(result) = result(&e.kind, &fields, duration) {
        statement["result"] = result;
    }
    Some(statement)
}

/// The `result` of an event (`fields`: its kind as stored): scores as xAPI scores, answers as
/// whether they were right and the response in xAPI's format for the interaction type (`a[,]b`
/// for choices and sequences, `option[.]category[,]…` for matching).
fn result(kind: &EventKind, fields: &Value, duration: Option<Duration>) -> Option<Value> {
    let scored = |percent: &u8| {
        let percent = (*percent).min(100);
        json!({ "scaled": f64::from(percent) / 100.0, "raw": percent, "min": 0, "max": 100 })
    };
    Some(match kind {
        EventKind::ModuleCompleted { score } => {
            let mut result = json!({ "completion": true, "score": scored(score) });
            if let Some(d) = duration {
                result["duration"] = iso_duration(d).into();
            }
            result
        }
        EventKind::ClassroomCompleted { .. } => json!({ "completion": true }),
        EventKind::CheckFinished { passed, score, .. } => {
            json!({ "score": scored(score), "success": passed })
        }
        EventKind::CaseChoice { choice, .. } => json!({ "response": choice }),
        EventKind::EffectConfidence { level, .. } => json!({ "response": level.to_string() }),
        EventKind::ItemAnswered { answer, .. }
        | EventKind::RefreshAnswered { answer, .. }
        | EventKind::EffectAnswered { answer, .. } => {
            let response = match answer {
                Answer::Single { option } => option.clone(),
                Answer::Multiple { options } | Answer::Order { options } => options.join("[,]"),
                Answer::Sort { categories } => (categories.iter())
                    .map(|(option, category)| format!("{option}[.]{category}"))
                    .collect::<Vec<_>>()
                    .join("[,]"),
            };
            json!({ "success": fields["correct"], "response": response })
        }
        _ => return None,
    })
}

/// An activity of `kind` (an ADL activity type), with its name if the pack has one.
fn activity(id: String, kind: &str, name: Option<&Texts>) -> Value {
    let mut definition = json!({ "type": format!("http://adlnet.gov/expapi/activities/{kind}") });
    if let Some(name) = name.map(lang_map).filter(|n| n != &json!({})) {
        definition["name"] = name;
    }
    json!({ "objectType": "Activity", "id": id, "definition": definition })
}

fn module_activity(pack: &Pack, module: &str) -> Value {
    let title = pack.outline.modules.iter().find(|m| m.id == module);
    activity(iri(&["module", module]), "module", title.map(|m| &m.title))
}

fn page_activity(pack: &Pack, module: &str, page: &str) -> Value {
    let pages = pack.module(module).map_or(&[][..], |m| &m.pages);
    let title = pages.iter().find(|p| p.id == page).map(|p| &p.title);
    activity(iri(&["module", module, "page", page]), "lesson", title)
}

fn case_activity(pack: &Pack, module: &str, case: &str) -> Value {
    let cases = pack.module(module).map_or(&[][..], |m| &m.cases);
    let title = cases.iter().find(|c| c.id == case).map(|c| &c.title);
    activity(iri(&["module", module, "case", case]), "simulation", title)
}

/// A step of a case as a choice interaction (unnamed: a step's text is too long for a name).
fn step_activity(module: &str, case: &str, step: &str) -> Value {
    let id = iri(&["module", module, "case", case, "step", step]);
    let mut a = activity(id, "cmi.interaction", None);
    a["definition"]["interactionType"] = "choice".into();
    a
}

fn check_activity(module: &str) -> Value {
    let name = texts("Kennistoets", "Knowledge check");
    activity(iri(&["module", module, "check"]), "assessment", Some(&name))
}

fn effect_activity(phase: Phase) -> Value {
    let (key, name) = match phase {
        Phase::Pre => ("pre", texts("Voormeting", "Before the course")),
        Phase::Post => ("post", texts("Nameting", "After the course")),
    };
    activity(iri(&["effect", key]), "assessment", Some(&name))
}

/// A check item as an interaction, named by (the start of) its question.
fn item_activity(pack: &Pack, module: &str, item: &str, answer: &Answer) -> Value {
    let name = pack.item(module, item).map(|(_, i)| short(&i.question));
    let id = iri(&["module", module, "item", item]);
    let mut a = activity(id, "cmi.interaction", name.as_ref());
    a["definition"]["interactionType"] = match answer {
        Answer::Single { .. } | Answer::Multiple { .. } => "choice".into(),
        Answer::Sort { .. } => "matching".into(),
        Answer::Order { .. } => "sequencing".into(),
    };
    a
}

/// A pack text as an xAPI language map (`nl` → `nl-NL`, `en` → `en-US`; other tags as they are).
fn lang_map(texts: &Texts) -> Value {
    let tag = |lang: &str| match lang {
        "nl" => "nl-NL".to_owned(),
        "en" => "en-US".to_owned(),
        other => other.to_owned(),
    };
    (texts.iter().filter(|(_, text)| !text.trim().is_empty()))
        .map(|(lang, text)| (tag(lang), Value::from(text.trim())))
        .collect::<Map<_, _>>()
        .into()
}

fn texts(nl: &str, en: &str) -> Texts {
    let text = |lang: &str, text: &str| (lang.to_owned(), text.to_owned());
    Texts::from([text("nl", nl), text("en", en)])
}

/// Each text cut to at most 120 characters, with `…` where it was cut: a name for a long text.
fn short(texts: &Texts) -> Texts {
    let cut = |text: &String| match text.trim().char_indices().nth(120) {
        Some((at, _)) => format!("{}…", text.trim()[..at].trim_end()),
        None => text.trim().to_owned(),
    };
    texts.iter().map(|(l, t)| (l.clone(), cut(t))).collect()
}

/// [`BASE`] and the path, each part with anything but unreserved characters percent-encoded:
/// content ids never need that, but an id from an odd records file cannot break the IRI.
fn iri(path: &[&str]) -> String {
    let encode = |part: &&str| -> String {
        let keep = |b: u8| b.is_ascii_alphanumeric() || b"-._~".contains(&b);
        let byte = |b: u8| keep(b).then(|| char::from(b).to_string());
        part.bytes()
            .map(|b| byte(b).unwrap_or_else(|| format!("%{b:02X}")))
            .collect()
    };
    BASE.to_owned() + &path.iter().map(encode).collect::<Vec<_>>().join("/")
}

/// For each module completion (by event id): the time from the learner's first event that opened
/// the module since their previous completion of it (a retake counts from the retake) to the
/// completion. Sorted by time, so the order of merged records does not matter.
fn durations(events: &[ProgressEvent]) -> HashMap<Uuid, Duration> {
    let completes = |e: &ProgressEvent| matches!(e.kind, EventKind::ModuleCompleted { .. });
    let mut runs: HashMap<(Uuid, &str), Vec<&ProgressEvent>> = HashMap::new();
    let counts = |e: &&ProgressEvent| completes(e) || opens_module(&e.kind);
    for e in events.iter().filter(counts) {
        let run = (e.learner_id, e.module_id.as_str());
        runs.entry(run).or_default().push(e);
    }
    let mut durations = HashMap::new();
    for mut run in runs.into_values() {
        // At the same moment, an opening comes before a completion.
        run.sort_by_key(|e| (e.occurred_at, completes(e)));
        let mut start = None;
        for e in run {
            if !completes(e) {
                start = start.or(Some(e.occurred_at));
            } else if let Some(s) = start.take() {
                durations.insert(e.id, e.occurred_at - s);
            }
        }
    }
    durations
}

/// A duration in ISO 8601 (`PT1H23M4S`), whole seconds; hours are not carried into days.
fn iso_duration(d: Duration) -> String {
    let total = d.num_seconds().max(0);
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
    let mut out = String::from("PT");
    for (n, unit) in [(h, 'H'), (m, 'M'), (s, 'S')] {
        if n > 0 || (unit == 'S' && total == 0) {
            out.push_str(&format!("{n}{unit}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use chrono::DateTime;

    use super::*;
    use crate::content::{Item, ItemKind, default_pack};

    /// The properties xAPI 1.0.3 allows at a statement's top level.
    const TOP_LEVEL: &str =
        "id actor verb object result context timestamp stored authority version attachments";

    fn text(v: &Value) -> &str {
        v.as_str().unwrap_or_default()
    }

    /// Checks the xAPI 1.0.3 rules that Baken's statements must keep; the first one broken.
    fn validate(s: &Value) -> Result<(), &'static str> {
        let top = s.as_object().ok_or("not an object")?;
        let known = top.keys().all(|k| TOP_LEVEL.split(' ').any(|t| t == k));
        let needed = ["actor", "verb", "object"].map(|k| top.contains_key(k));
        let uuid = Uuid::parse_str(text(&s["id"])).map(|u| u.to_string());
        let (actor, account) = (&s["actor"], &s["actor"]["account"]);
        let ifis = ["mbox", "mbox_sha1sum", "openid", "account"].map(|k| actor.get(k));
        let named = !text(&account["name"]).is_empty() && actor["objectType"] == "Agent";
        let mut iris = vec![text(&account["homePage"]), text(&s["verb"]["id"])];
        let mut maps = vec![&s["verb"]["display"]];
        let context = s["context"]["contextActivities"].as_object();
        let lists = context.into_iter().flat_map(|c| c.values());
        let activities = lists.filter_map(Value::as_array).flatten();
        let mut objects = true;
        for a in std::iter::once(&s["object"]).chain(activities) {
            objects &= a["objectType"] == "Activity";
            iris.push(text(&a["id"]));
            iris.extend(a["definition"].get("type").map(text));
            maps.extend(a["definition"].get("name"));
            maps.extend(a["definition"].get("description"));
        }
        let extensions = s["context"]["extensions"].as_object().into_iter().flatten();
        iris.extend(extensions.map(|(key, _)| key.as_str()));
        let duration = s["result"].get("duration").map(text);
        let score = |k: &str| s["result"]["score"][k].as_f64();
        let scaled = score("scaled").is_none_or(|v| (-1.0..=1.0).contains(&v));
        let min = score("min").unwrap_or(f64::MIN);
        let raw = score("raw").is_none_or(|r| min <= r && r <= score("max").unwrap_or(r));
        let time = DateTime::parse_from_rfc3339(text(&s["timestamp"]));
        let registration = s["context"].get("registration");
        let registration = registration.is_none_or(|r| Uuid::parse_str(text(r)).is_ok());
        let rules = [
            (registration, "context.registration: no UUID"),
            (known, "a property xAPI does not know"),
            (needed == [true; 3], "no actor, verb or object"),
            (uuid.is_ok_and(|u| u == s["id"]), "id: no lowercase UUID"),
            (ifis[..3] == [None; 3] && ifis[3].is_some(), "actor: IFI"),
            (named, "actor: no Agent with a named account"),
            (objects, "object: no Activity"),
            (iris.into_iter().all(iri), "no absolute IRI"),
            (maps.into_iter().all(lang_map), "no language map"),
            (duration.is_none_or(iso_duration), "no ISO 8601 duration"),
            (scaled && raw, "score out of range"),
            (time.is_ok(), "timestamp: no RFC 3339"),
            (text(&s["version"]).starts_with("1.0."), "version"),
        ];
        let broken = rules.into_iter().find(|(ok, _)| !ok);
        broken.map_or(Ok(()), |(_, rule)| Err(rule))
    }

    /// An absolute IRI: a scheme (a letter, then letters, digits, `+`, `-`, `.`), `:`, more, and
    /// no whitespace.
    fn iri(s: &str) -> bool {
        let Some((scheme, rest)) = s.split_once(':') else {
            return false;
        };
        let mut scheme = scheme.chars();
        let letter = scheme.next().is_some_and(|c| c.is_ascii_alphabetic());
        let scheme = scheme.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
        letter && scheme && !rest.is_empty() && !s.contains(char::is_whitespace)
    }

    /// A non-empty object of strings under language tags such as `nl-NL`.
    fn lang_map(v: &Value) -> bool {
        let tag = |tag: &str| {
            tag.split('-').enumerate().all(|(n, sub)| {
                let ok = |c: char| c.is_ascii_alphabetic() || (n > 0 && c.is_ascii_digit());
                (1..=8).contains(&sub.len()) && sub.chars().all(ok)
            })
        };
        let map = v.as_object().filter(|m| !m.is_empty());
        map.is_some_and(|m| m.iter().all(|(t, text)| tag(t) && text.is_string()))
    }

    /// `^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$`, and neither
    /// `P` nor `PT` alone: checked on the duration's shape, every number written `#`.
    fn iso_duration(d: &str) -> bool {
        let mut shape = String::new();
        for c in d.chars() {
            match c {
                '0'..='9' if shape.ends_with('#') => {}
                '0'..='9' => shape.push('#'),
                c => shape.push(c),
            }
        }
        let strip = |mut rest: &str, units: [&str; 3]| {
            for unit in units {
                rest = rest.strip_prefix(unit).unwrap_or(rest);
            }
            rest.to_owned()
        };
        let Some(rest) = shape.strip_prefix('P') else {
            return false;
        };
        let rest = strip(rest, ["#Y", "#M", "#D"]);
        let rest = match rest.strip_prefix('T') {
            Some(time) => strip(&time.replace("#.#S", "#S"), ["#H", "#M", "#S"]),
            None => rest,
        };
        rest.is_empty() && !shape.ends_with(['P', 'T'])
    }

    fn learner(id: u128) -> LearnerRecord {
        let learner = json!({ "id": Uuid::from_u128(id), "name": "Sanne Verbeek",
            "role": "wijkteam", "department": null, "created_at": "2026-03-01T08:00:00Z" });
        serde_json::from_value(learner).unwrap()
    }

    /// Learner 1's events from `[module, kind as stored, time]`; without a time, a minute apart
    /// from 09:00.
    fn events(list: Value) -> Vec<ProgressEvent> {
        let event = |(n, pair): (usize, &Value)| {
            let time = pair
                .get(2)
                .map_or(format!("09:{n:02}:00"), |t| text(t).into());
            ProgressEvent {
                id: Uuid::from_u128(1000 + n as u128),
                learner_id: Uuid::from_u128(1),
                module_id: text(&pair[0]).into(),
                occurred_at: format!("2026-03-02T{time}Z").parse().unwrap(),
                kind: serde_json::from_value(pair[1].clone()).unwrap(),
            }
        };
        let list = list.as_array().unwrap();
        list.iter().enumerate().map(event).collect()
    }

    /// An answer to an item, as stored: every option, each in its own category.
    fn answer(item: &Item) -> Value {
        let ids: Vec<_> = item.options.iter().map(|o| &o.id).collect();
        let sort: BTreeMap<_, _> = item.options.iter().map(|o| (&o.id, &o.category)).collect();
        match item.kind {
            ItemKind::Single => json!({"type": "single", "option": ids[0]}),
            ItemKind::Multiple => json!({"type": "multiple", "options": ids}),
            ItemKind::Order => json!({"type": "order", "options": ids}),
            ItemKind::Sort => json!({"type": "sort", "categories": sort}),
        }
    }

    /// A module's pages, case and check with an item of every kind, a refresher, and the
    /// learning-effect measurement taken before and skipped after: every kind of event.
    fn course() -> (Pack, Vec<ProgressEvent>) {
        let pack = default_pack();
        let m = pack.module("signalen").unwrap();
        let (case, items) = (&m.cases[0], &m.check.as_ref().unwrap().items);
        let step = case.steps.iter().find(|s| s.id == case.start).unwrap();
        let (effect_module, effect_item) = &pack.outline.effect_items[0];
        let effect = pack.item(effect_module, effect_item).unwrap().1;
        let of_kind = |kind| {
            let i = items.iter().find(|i| i.kind == kind).unwrap();
            json!(["signalen", {"type": "item-answered", "item": i.id, "version": i.version,
                "attempt": 2, "answer": answer(i), "correct": true}])
        };
        let (v, e) = (case.version, crate::effect::EFFECT_MODULE);
        let events = events(json!([
            ["signalen", {"type": "module-started"}],
            ["signalen", {"type": "page-viewed", "page": m.pages[0].id}],
            ["signalen", {"type": "case-started", "case": case.id, "version": v}],
            ["signalen", {"type": "case-choice", "case": case.id, "version": v, "step": step.id,
                "choice": step.choices[0].id}],
            ["signalen", {"type": "check-started", "attempt": 1}],
            ["signalen", {"type": "check-finished", "attempt": 1, "score": 40, "passed": false}],
            ["signalen", {"type": "check-started", "attempt": 2}],
            of_kind(ItemKind::Single), of_kind(ItemKind::Multiple),
            of_kind(ItemKind::Sort), of_kind(ItemKind::Order),
            ["signalen", {"type": "check-finished", "attempt": 2, "score": 80, "passed": true}],
            ["signalen", {"type": "module-completed", "score": 80}],
            ["signalen", {"type": "refresh-answered", "item": items[0].id,
                "version": items[0].version, "answer": answer(&items[0]), "correct": false}],
            [e, {"type": "effect-confidence", "phase": "pre", "level": 3}],
            [e, {"type": "effect-answered", "phase": "pre", "module": effect_module,
                "item": effect_item, "version": effect.version, "answer": answer(effect),
                "correct": true}],
            [e, {"type": "effect-skipped", "phase": "post"}],
            ["signalen", {"type": "classroom-completed",
                "workshop": "5b0e7c1a-3f2d-4e8b-9a61-0c4d2e7f8a90"}],
        ]));
        (pack, events)
    }

    #[test]
    fn every_statement_is_valid_xapi() {
        let (pack, events) = course();
        let kinds: BTreeSet<_> = events.iter().map(|e| e.kind.name()).collect();
        assert_eq!(kinds.len(), 13, "every kind of event");
        let all = statements(&[learner(1)], &events, &pack, true);
        // All but the skipped measurement.
        assert_eq!(all.len() + 1, events.len());
        for s in &all {
            assert_eq!(validate(s), Ok(()), "{s:#}");
        }
    }

    #[test]
    fn the_validator_rejects_broken_statements() {
        let (pack, events) = course();
        let good = &statements(&[learner(1)], &events, &pack, false)[12];
        assert_eq!(good["result"]["duration"], "PT12M");
        assert_eq!(validate(good), Ok(()));
        let breakages = json!([
            ["/id", "AAAAAAAA-0000-0000-0000-000000000000"], ["/id", "statement-1"],
            ["/actor/mbox", "mailto:sanne@example.nl"], ["/actor/objectType", "Group"],
            ["/actor/account/homePage", "baken"], ["/actor/account/name", ""],
            ["/verb/id", "verbs/completed"], ["/verb/display", "completed"],
            ["/verb/display", {"nl NL": "rondde af"}], ["/object/id", "https://baken.invalid/a b"],
            ["/object/objectType", "Agent"], ["/object/definition/name", {}],
            ["/context/extensions", {"attempt": 1}], ["/result/duration", "PT"],
            ["/result/duration", "PT4M1H"], ["/result/score/scaled", 1.5],
            ["/result/score/raw", 101], ["/timestamp", "2 maart 2026"], ["/version", "2.0.0"],
            ["/learner", "Sanne"], ["/context/registration", "workshop-1"], ["/verb", null], ["/actor", null], ["/object", null],
        ]);
        for pair in breakages.as_array().unwrap() {
            let mut bad = good.clone();
            let (parent, key) = text(&pair[0]).rsplit_once('/').unwrap();
            let parent = bad.pointer_mut(parent).unwrap().as_object_mut().unwrap();
            match &pair[1] {
                Value::Null => drop(parent.remove(key)),
                value => drop(parent.insert(key.into(), value.clone())),
            }
            assert!(validate(&bad).is_err(), "{pair} passed");
        }
        let bad = "P PT P1H PT1.S PT1.5M 1H PT-1S PT1H1H P1DT PT1S2 P1.5D PT1.5.5S P1W";
        assert_eq!(bad.split(' ').find(|d| iso_duration(d)), None);
        let good = "PT1H23M4S P1D P1Y2M3DT4H5M6.5S PT0S PT25H P2M P1M2D";
        assert_eq!(good.split(' ').find(|d| !iso_duration(d)), None);
    }

    #[test]
    fn exporting_twice_gives_the_same_statements() {
        let (pack, events) = course();
        let first = statements(&[learner(1)], &events, &pack, false);
        let again = statements(&[learner(1)], &events, &pack, false);
        assert_eq!(first, again);
        let ids: Vec<_> = first.iter().map(|s| text(&s["id"])).collect();
        let kept = events.iter().filter(|e| e.kind.name() != "effect-skipped");
        assert_eq!(ids, kept.map(|e| e.id.to_string()).collect::<Vec<_>>());
    }

    #[test]
    fn names_leave_only_when_asked_and_only_for_known_learners() {
        let (pack, events) = course();
        let actor = json!({ "objectType": "Agent", "account": {
            "homePage": "https://baken.invalid/xapi/learner",
            "name": "00000000-0000-0000-0000-000000000001" } });
        for s in statements(&[learner(1)], &events, &pack, false) {
            assert_eq!(s["actor"], actor);
            assert!(!s.to_string().contains("Sanne"), "{s:#}");
        }
        for s in statements(&[learner(1)], &events, &pack, true) {
            assert_eq!(s["actor"]["name"], "Sanne Verbeek");
        }
        assert!(statements(&[learner(2)], &events, &pack, true).is_empty());
    }

    #[test]
    fn a_completion_lasts_from_the_first_event_of_its_run() {
        let mut events = events(json!([
            ["signalen", {"type": "module-started"}],
            ["signalen", {"type": "page-viewed", "page": "p"}],
            ["signalen", {"type": "module-completed", "score": 90}, "10:23:04"],
            // A retake counts from the retake; nothing before a completion, no duration.
            ["signalen", {"type": "module-started"}, "11:00:00"],
            ["signalen", {"type": "module-completed", "score": 100}, "11:00:30"],
            ["other", {"type": "module-completed", "score": 70}],
        ]));
        events.reverse(); // Merged records come in any order.
        let all = statements(&[learner(1)], &events, &default_pack(), false);
        let durations: Vec<_> = all.iter().map(|s| &s["result"]["duration"]).collect();
        let expected = json!([null, "PT30S", null, "PT1H23M4S", null, null]);
        assert_eq!(json!(durations), expected);
        let expected = json!({ "completion": true, "duration": "PT1H23M4S",
            "score": { "scaled": 0.9, "raw": 90, "min": 0, "max": 100 } });
        assert_eq!(all[3]["result"], expected);
        assert_eq!(all[3]["timestamp"], "2026-03-02T10:23:04.000Z");
        assert_eq!(super::iso_duration(Duration::seconds(90_061)), "PT25H1M1S");
        assert_eq!(super::iso_duration(Duration::zero()), "PT0S");
    }

    #[test]
    fn statements_say_what_happened() {
        let (pack, events) = course();
        let all = statements(&[learner(1)], &events, &pack, false);
        let verbs: Vec<_> = all.iter().map(|s| &text(&s["verb"]["id"])[31..]).collect();
        let expected = "attempted experienced attempted responded attempted failed attempted \
            answered answered answered answered passed completed answered responded answered \
            completed";
        assert_eq!(verbs.join(" "), expected);
        let module = "https://baken.invalid/xapi/module/signalen";
        let title = pack.outline.modules.iter().find(|m| m.id == "signalen");
        let parent = "/context/contextActivities/parent/0/id";
        let extension = "/context/extensions/https:~1~1baken.invalid~1xapi~1extension~1";
        // [statement, JSON pointer, value]
        let expected = json!([
            [0, "/object/definition/name/nl-NL", title.unwrap().title["nl"]],
            [1, parent, module],
            [3, "/context/contextActivities/grouping/0/id", module],
            [3, format!("{extension}version"), 1],
            [5, format!("{extension}attempt"), 1],
            [5, "/result", {"score": {"scaled": 0.4, "raw": 40, "min": 0, "max": 100},
                "success": false}],
            [10, parent, format!("{module}/check")],
            [13, parent, format!("{BASE}refresher")],
            [15, parent, format!("{BASE}effect/pre")],
            [0, "/context", {"platform": "Baken", "language": "nl-NL"}],
            [7, "/object/definition/interactionType", "choice"],
            [9, "/object/definition/interactionType", "matching"],
            [10, "/object/definition/interactionType", "sequencing"],
            // The classroom completion: the workshop as the registration, no score.
            [16, "/context/registration", "5b0e7c1a-3f2d-4e8b-9a61-0c4d2e7f8a90"],
            [16, format!("{extension}classroom"), true],
            [16, "/result", {"completion": true}],
        ]);
        for row in expected.as_array().unwrap() {
            let s = &all[row[0].as_u64().unwrap() as usize];
            assert_eq!(s.pointer(text(&row[1])), Some(&row[2]), "{row}");
        }
        let response = |n: usize| text(&all[n]["result"]["response"]);
        assert!(response(8).contains("[,]") && response(10).contains("[,]"));
        assert!(response(9).contains("[.]") && response(9).contains("[,]"));
    }
}
