// Generated from the Rust types by src-tauri/src/bindings.rs. Do not edit: run `make bindings`.

export type AppSnapshot = { language: Language, 
/**
 * `None` until the onboarding is done.
 */
municipality: Municipality | null, 
/**
 * The local contacts filled in (lessons show them where a learner must act).
 */
contacts: Array<Contact>, learners: Array<Learner>, 
/**
 * The learner whose home screen is shown; `None` asks "who are you?".
 */
active: LearnerHome | null, 
/**
 * Local content packs that were refused, with their problems in the user's language.
 */
refusedPacks: Array<RefusedPack>, 
/**
 * A PIN guards the trainer's and coordinator's screens (Overzicht, Gemeente, Zelfevaluatie).
 */
pinSet: boolean, 
/**
 * Those screens are locked until the PIN is given.
 */
locked: boolean, 
/**
 * No one has said yet that the recovery code of the encrypted data is kept safe.
 */
recoveryPending: boolean, };

export type LearnerHome = { learner: Learner, modules: Array<ModuleProgress>, 
/**
 * Modules with a completion that is still valid.
 */
validCount: number, 
/**
 * Modules the learner's role must complete, and how many of those are done and valid.
 */
requiredCount: number, requiredValid: number, 
/**
 * The earliest date on which a valid completion of a required module expires.
 */
nextExpiry: string | null, 
/**
 * The module the learner has open, if any (else the home screen shows).
 */
openModule: ModuleView | null, 
/**
 * Check items due again in the refresher ("Opfrissen"), and the refresher when it is open.
 */
refresherDue: number, refresher: RefresherView | null, 
/**
 * The learning-effect measurement to offer now, and its screen when it is open.
 */
effectOffer: Phase | null, effect: EffectView | null, };

export type RefusedPack = { pack: string, problems: Array<string>, };

export type RefresherView = { 
/**
 * The next due item, if any is left.
 */
item: RefresherItem | null, 
/**
 * Items still due now, the shown one included.
 */
dueCount: number, 
/**
 * Refresher answers given today, and how many of them were right.
 */
answeredToday: number, rightToday: number, 
/**
 * The explanation of the answer given just before.
 */
last: AnswerFeedback | null, };

export type RefresherItem = { moduleId: string, moduleTitle: string, item: ItemView, };

export type EffectView = { phase: Phase, step: EffectStep, };

export type EffectStep = { "step": "confidence" } | { "step": "item", index: number, total: number, item: ItemView, } | { "step": "done", before: EffectScore | null, after: EffectScore | null, };

export type EffectScore = { right: number, total: number, confidence: number | null, };

export type EffectAction = { "type": "confidence", level: number, } | { "type": "answer", item: string, answer: Answer, } | { "type": "skip" };

export type Phase = "pre" | "post";

export type ModuleProgress = { moduleId: string, title: string, summary: string, minutes: number, 
/**
 * The learner's role must complete this module.
 */
required: boolean, status: ModuleStatus, };

export type ModuleStatus = { "state": "not-started" } | { "state": "in-progress", since: string, } | { "state": "completed", 
/**
 * The knowledge check's percentage; `None` for a completion in a workshop (classroom),
 * which has no score.
 */
score: number | null, completedAt: string, validUntil: string, 
/**
 * The completion is older than the pack's validity period: a refresher is due.
 */
expired: boolean, };

export type ModuleView = { moduleId: string, title: string, 
/**
 * The page to show in the pages stage: the one viewed last (0 when none yet).
 */
pageIndex: number, pages: Array<PageView>, 
/**
 * The module's cases (id and title), in order.
 */
cases: Array<OptionView>, itemCount: number, stage: Stage, };

export type PageView = { id: string, title: string, blocks: Array<Block>, };

export type Stage = { "stage": "pages" } | { "stage": "case" } & CaseView | { "stage": "check" } & CheckView | { "stage": "result" } & ResultView;

export type CaseView = { caseId: string, caseIndex: number, caseCount: number, setting: Setting, title: string, intro: Array<Block>, 
/**
 * How many choices the learner made so far in this run of the case.
 */
choicesMade: number, step: StepView, 
/**
 * What the learner chose at the previous step, and its consequence.
 */
last: ChoiceFeedback | null, };

export type StepView = { id: string, text: Array<Block>, end: boolean, choices: Array<OptionView>, };

export type ChoiceFeedback = { choice: string, feedback: Array<Block>, quality: Quality, 
/**
 * How the learners on this install chose at this step (each learner's first choice), only
 * when at least [`MIN_COLLEAGUES`] answered, so no one's answer can be singled out.
 */
colleagues: Array<ColleagueShare> | null, };

export type ColleagueShare = { choice: string, count: number, percent: number, 
/**
 * The choice this learner made.
 */
mine: boolean, };

export type OptionView = { id: string, text: string, };

export type CheckView = { attempt: number, itemIndex: number, itemCount: number, passMark: number, item: ItemView, 
/**
 * The explanation of the item answered just before, if any.
 */
last: AnswerFeedback | null, };

export type ItemView = { id: string, kind: ItemKind, question: Array<Block>, 
/**
 * In the order to show them (`order` items shuffled).
 */
options: Array<OptionView>, categories: Array<OptionView>, };

export type AnswerFeedback = { question: Array<Block>, correct: boolean, 
/**
 * Every option with its explanation; for `order` items in the right order.
 */
options: Array<OptionFeedback>, };

export type OptionFeedback = { text: string, explanation: Array<Block>, 
/**
 * Part of the right answer (single/multiple).
 */
correct: boolean, 
/**
 * Chosen by the learner (single/multiple).
 */
chosen: boolean, 
/**
 * For `sort` items: the right category's text, and the one the learner gave.
 */
category: string | null, chosenCategory: string | null, };

export type ResultView = { attempt: number, score: number, passed: boolean, passMark: number, correctCount: number, itemCount: number, last: AnswerFeedback | null, };

export type Action = { "type": "view-page", page: string, } | { "type": "start-case", case: string, } | { "type": "choose", case: string, step: string, choice: string, } | { "type": "start-check" } | { "type": "answer", item: string, answer: Answer, };

export type Answer = { "type": "single", option: string, } | { "type": "multiple", options: Array<string>, } | { "type": "sort", categories: { [key in string]: string }, } | { "type": "order", options: Array<string>, };

export type Setting = "balie" | "huisbezoek" | "school" | "wijk" | "online" | "kantoor" | "jongerenwerk" | "anders";

export type Quality = "good" | "acceptable" | "poor";

export type ItemKind = "single" | "multiple" | "sort" | "order";

export type Block = { "type": "heading", spans: Array<Span>, } | { "type": "paragraph", spans: Array<Span>, } | { "type": "list", ordered: boolean, items: Array<Array<Span>>, };

export type Span = { text: string, strong: boolean, emphasis: boolean, contact?: string, };

export type Municipality = { 
/**
 * True for the fictional demo municipality, so screens can say it is a demo.
 */
isDemo: boolean, name: string, cbsCode: CbsCode | null, inhabitants: number | null, region: string | null, };

export type MunicipalityProfile = { name: string, cbsCode: CbsCode | null, inhabitants: number | null, region: string | null, };

export type CbsCode = string;

export type NewMunicipality = { name: string, cbsCode?: string, inhabitants?: number, region?: string, };

export type Learner = { id: string, name: string, role: Role, department: string | null, };

export type NewLearner = { name: string, role: Role, department?: string, };

export type Role = "baliemedewerker" | "wijkteam" | "leerplicht" | "wmo-consulent" | "boa" | "jongerenwerker" | "klantmanager" | "beleid" | "overig";

export type Language = "nl" | "en";

export type Contact = { key: ContactKey, name: string, phone: string, email: string, hours: string, };

export type ContactKey = "meldpunt" | "aov" | "zvh" | "wijkagent";

export type NewContact = { key: ContactKey, name: string, phone: string, email: string, hours: string, };

export type AssessmentView = { 
/**
 * Every assessment, the latest first.
 */
assessments: Array<Assessment>, open: OpenAssessment | null, };

export type Assessment = { id: number, title: string, heldOn: string, };

export type OpenAssessment = { assessment: Assessment, respondents: Array<Respondent>, themes: Array<ThemeView>, actions: Array<ImprovementAction>, overall: number | null, 
/**
 * Overall score of the assessment before this one, if any.
 */
previousOverall: number | null, training: TrainingFigures, 
/**
 * A preview of the report's summary: the (up to) three strongest and weakest themes' titles,
 * and how many items the respondents differ on.
 */
strongest: Array<string>, weakest: Array<string>, differences: number, };

export type Respondent = { id: number, name: string, 
/**
 * Their job, e.g. "AOV"; may be empty.
 */
function: string, };

export type ThemeView = { id: string, number: number, title: string, intro: string, result: ThemeResult, previousScore: number | null, items: Array<QuestionView>, };

export type ThemeResult = { theme: string, 
/**
 * Mean agreed level (0–4); `None` when no item has a level.
 */
score: number | null, items: number, answered: number, notApplicable: number, dontKnow: number, unanswered: number, };

export type QuestionView = { id: string, question: string, good: string, evidence: string, 
/**
 * What levels 0–4 look like for this item.
 */
levels: Array<string>, fromRecords: boolean, agreed: Agreed, differs: boolean, 
/**
 * Each respondent's answer, in the order of `respondents` (`None`: not answered yet).
 */
answers: Array<Response | null>, };

export type Agreed = { "kind": "level", level: number, } | { "kind": "not-applicable" } | { "kind": "dont-know" } | { "kind": "unanswered" };

export type Rating = { "kind": "level", level: number, } | { "kind": "not-applicable" } | { "kind": "dont-know" };

export type Response = { theme: string, item: string, rating: Rating | null, explanation: string, evidence: string, };

export type ImprovementAction = { id: number, theme: string, item: string | null, action: string, owner: string, deadline: string | null, status: ActionStatus, };

export type ActionForm = { id?: number, theme: string, item?: string, action: string, owner: string, deadline: string | null, status: ActionStatus, };

export type ActionStatus = "open" | "in-progress" | "done";

export type TrainingFigures = { 
/**
 * Roles that have learners, in the order of [`Role::ALL`].
 */
roles: Array<RoleTraining>, learners: number, valid: number, };

export type RoleTraining = { role: Role, learners: number, 
/**
 * Learners whose every required module is completed and still valid.
 */
valid: number, 
/**
 * Of those, whose first required module expires within three months.
 */
expiring: number, 
/**
 * Learners who have not opened a single required module.
 */
neverStarted: number, };

export type ReportMade = { path: string, bytes: number, };

export type Overview = { 
/**
 * Every learner, by name.
 */
rows: Array<OverviewRow>, 
/**
 * The departments that occur, sorted, for a filter.
 */
departments: Array<string>, 
/**
 * How long a completed module stays valid.
 */
validityMonths: number, };

export type OverviewRow = { learner: Learner, 
/**
 * Modules the role requires, and how many of them are completed and valid.
 */
required: number, valid: number, 
/**
 * When the first of the required modules expires, once all are valid.
 */
validUntil: string | null, state: TrainingState, };

export type TrainingState = "valid" | "expiring" | "in-progress" | "expired" | "never-started" | "none-required";

export type MergeReport = { 
/**
 * The install that wrote the file.
 */
fromInstall: string, 
/**
 * The file came from this very install (merging it adds nothing, and that is fine).
 */
fromThisInstall: boolean, municipality: string | null, learnersAdded: number, 
/**
 * Learners in the file who were already here (by id).
 */
learnersKnown: number, eventsAdded: number, 
/**
 * Events in the file that were already here (by id): merged before, or from this install.
 */
eventsKnown: number, 
/**
 * Trainers' decisions that two profiles are one person, new here.
 */
linksAdded: number, 
/**
 * Learners removed here because they were removed for good on the other laptop.
 */
learnersRemoved: number, 
/**
 * Added learners whose name another learner here already has, under another id: perhaps one
 * person on two laptops. Baken never merges them by name; a trainer decides.
 */
sameNames: Array<string>, };

export type SameName = { name: string, 
/**
 * The oldest profile first: merging keeps it and counts the others' records as its.
 */
profiles: Array<Profile>, };

export type Profile = { learner: Learner, createdAt: string, events: number, lastActive: string | null, };

export type GroupAnalysis = { 
/**
 * Items with answers, the hardest (lowest share correct) first.
 */
items: Array<ItemStats>, 
/**
 * Decision points with choices, the hardest (highest share of poor choices) first.
 */
steps: Array<StepStats>, 
/**
 * Module completions per calendar month, from the first month with one to the last.
 */
completions: Array<MonthCount>, };

export type ItemStats = { moduleId: string, module: string, itemId: string, question: string, answers: number, 
/**
 * Share of answers that were right, 0–1.
 */
correct: number, 
/**
 * The wrong option chosen most often (single and multiple choice), with how often.
 */
commonMistake: string | null, commonMistakeCount: number, 
/**
 * Upper–lower discrimination index, from [`MIN_FOR_DISCRIMINATION`] answers on.
 */
discrimination: number | null, };

export type StepStats = { moduleId: string, case: string, stepId: string, 
/**
 * The situation at this step, as the case tells it.
 */
situation: string, learners: number, 
/**
 * Share of learners whose first choice was a poor one, 0–1.
 */
poor: number, 
/**
 * The poor choice made most often.
 */
commonChoice: string | null, };

export type MonthCount = { 
/**
 * `YYYY-MM`.
 */
month: string, completions: number, };

export type WorkshopsView = { workshops: Array<WorkshopCard>, learners: Array<Learner>, modules: Array<ModuleChoice>, };

export type WorkshopCard = { workshop: Workshop, moduleTitle: string, 
/**
 * The workshop's cases: id and title.
 */
cases: Array<OptionView>, 
/**
 * The learners who attended.
 */
attendees: Array<string>, 
/**
 * How many decision points the group has answered, over all cases.
 */
answered: number, };

export type Workshop = { id: string, heldOn: string, place: string, trainer: string, moduleId: string, 
/**
 * The cases to run, in the module's order.
 */
cases: Array<string>, createdAt: string, 
/**
 * When the trainer signed the workshop off; after that nothing in it changes.
 */
signedOffAt: string | null, };

export type NewWorkshop = { heldOn: string, place: string, trainer: string, moduleId: string, 
/**
 * Case ids of the module; empty for all of them.
 */
cases: Array<string>, };

export type ModuleChoice = { id: string, title: string, cases: Array<OptionView>, };

export type PresentationView = { workshopId: string, caseId: string, caseIndex: number, caseCount: number, setting: Setting, title: string, intro: Array<Block>, 
/**
 * 1 for the case's first decision point, 2 for the next, …
 */
stepNumber: number, step: StepView, 
/**
 * The options the group followed to get here, as shown.
 */
path: Array<string>, 
/**
 * Once the trainer has entered the counts: every option with its count and feedback.
 */
tally: Tally | null, 
/**
 * The workshop is signed off: the view can be shown, not changed.
 */
closed: boolean, };

export type Tally = { total: number, options: Array<TallyOption>, 
/**
 * The most chosen option ids: the group goes on with it (the trainer picks one on a tie).
 */
leading: Array<string>, };

export type TallyOption = { id: string, text: string, count: number, percent: number, quality: Quality, feedback: Array<Block>, };

export type ExportKind = "answers-csv" | "actions-csv" | "json";

export type BackupsView = { backups: Array<Backup>, dir: string, keep: number, };

export type RetentionView = { years: number | null, 
/**
 * With a period set: the people inactive for longer, oldest activity first.
 */
inactive: Array<InactiveLearner>, };

export type InactiveLearner = { learner: Learner, lastActive: string, };

export type Restored = { 
/**
 * The backup the replaced database was saved as.
 */
savedAs: string | null, 
/**
 * Where a damaged database was set aside.
 */
putAside: string | null, };

export type DataLock = { 
/**
 * A recovery code here needs a new passphrase beside it (a key file, or no key store).
 */
codeNeedsPassphrase: boolean, };

export type RecoveryView = { 
/**
 * Eight groups of four characters.
 */
code: string, 
/**
 * The key is kept in the operating system's key store (else in the key file).
 */
inKeyStore: boolean, keyFile: string, 
/**
 * When the coordinator said it is kept safe.
 */
confirmedAt: string | null, };

export type Backup = { 
/**
 * The file name (in [`DIR`]): what a restore asks for.
 */
file: string, takenAt: string, reason: Reason, bytes: number, };

export type Reason = "daily" | "upgrade" | "import" | "manual" | "restore";

export type ErrorCode = "name-required" | "name-too-long" | "invalid-cbs-code" | "invalid-inhabitants" | "invalid-phone" | "invalid-email" | "invalid-level" | "text-too-long" | "unknown-assessment" | "assessment-exists" | "unknown-item" | "municipality-exists" | "no-municipality" | "unknown-learner" | "unknown-module" | "out-of-step" | "path-incomplete" | "no-database" | "not-baken" | "newer-schema" | "bad-records" | "secret-too-short" | "forbidden" | "wrong-pin" | "unknown-workshop" | "workshop-closed" | "no-attendees" | "not-yet-held" | "no-counts" | "invalid-count" | "damaged" | "unknown-backup" | "bad-backup" | "passphrase-needed" | "passphrase-choose" | "recovery-needed" | "wrong-passphrase" | "bad-key-file" | "key-store" | "bad-recovery-code" | "key-mismatch" | "locked" | "read-only" | "io" | "database" | "internal";

export type IpcError = { code: ErrorCode, message: string, };
