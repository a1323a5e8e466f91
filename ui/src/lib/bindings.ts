// Generated from the Rust types by src-tauri/src/bindings.rs. Do not edit: run `make bindings`.

export type AppSnapshot = { language: Language, 
/**
 * `None` until the onboarding is done.
 */
municipality: Municipality | null, learners: Array<Learner>, 
/**
 * The learner whose home screen is shown; `None` asks "who are you?".
 */
active: LearnerHome | null, };

export type LearnerHome = { learner: Learner, modules: Array<ModuleProgress>, 
/**
 * Modules with a completion that is still valid.
 */
validCount: number, 
/**
 * The module the learner has open, if any (else the home screen shows).
 */
openModule: ModuleView | null, };

export type ModuleProgress = { moduleId: string, title: string, summary: string, minutes: number, status: ModuleStatus, };

export type ModuleStatus = { "state": "not-started" } | { "state": "in-progress", since: string, } | { "state": "completed", score: number, completedAt: string, validUntil: string, 
/**
 * The completion is older than the pack's validity period: a refresher is due.
 */
expired: boolean, };

export type ModuleView = { moduleId: string, title: string, 
/**
 * The page to show: the one the learner viewed last (0 when none yet).
 */
pageIndex: number, pages: Array<PageView>, caseCount: number, itemCount: number, };

export type PageView = { id: string, title: string, blocks: Array<Block>, };

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

export type ErrorCode = "name-required" | "name-too-long" | "invalid-cbs-code" | "invalid-inhabitants" | "municipality-exists" | "no-municipality" | "unknown-learner" | "unknown-module" | "no-database" | "not-baken" | "newer-schema" | "locked" | "read-only" | "io" | "database" | "internal";

export type IpcError = { code: ErrorCode, message: string, };
