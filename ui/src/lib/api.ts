// Typed wrappers over the Tauri commands in src-tauri/src/lib.rs. Every command returns the whole
// AppSnapshot; a failure rejects with an IpcError { code, message } (message in the user's language).
import { invoke } from '@tauri-apps/api/core';
import type {
  Action, ActionForm, Answer, AppSnapshot, AssessmentView, ContactKey, EffectAction, ExportKind, Phase, IpcError, Language,
  GroupAnalysis, MergeReport, NewContact, NewLearner, NewMunicipality, NewWorkshop, Overview, PresentationView,
  ReportMade, Response, SameName, WorkshopsView, BackupsView, Restored, RetentionView, DataLock, RecoveryView,
} from './bindings';

/**
 * The snapshot the Rust side handed the page at start (`window.__BAKEN_FIRST__`), so the first
 * screen needs no IPC round trip; null after a reload, when it may be out of date.
 */
export function firstSnapshot(): AppSnapshot | null {
  const w = window as { __BAKEN_FIRST__?: AppSnapshot };
  const given = w.__BAKEN_FIRST__ ?? null;
  delete w.__BAKEN_FIRST__;
  if (!given) return null;
  const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return nav?.type === 'reload' ? null : given;
}

export const api = {
  snapshot: () => invoke<AppSnapshot>('snapshot'),
  startDemo: () => invoke<AppSnapshot>('start_demo'),
  setUpMunicipality: (form: NewMunicipality) => invoke<AppSnapshot>('set_up_municipality', { form }),
  addLearner: (form: NewLearner) => invoke<AppSnapshot>('add_learner', { form }),
  chooseLearner: (id: string | null) => invoke<AppSnapshot>('choose_learner', { id }),
  renameLearner: (id: string, name: string) => invoke<AppSnapshot>('rename_learner', { id, name }),
  setLanguage: (language: Language) => invoke<AppSnapshot>('set_language', { language }),
  openModule: (moduleId: string | null) => invoke<AppSnapshot>('open_module', { moduleId }),
  updateMunicipality: (form: NewMunicipality) => invoke<AppSnapshot>('update_municipality', { form }),
  saveContact: (form: NewContact) => invoke<AppSnapshot>('save_contact', { form }),
  removeContact: (key: ContactKey) => invoke<AppSnapshot>('remove_contact', { key }),
  assessmentView: (id: number | null) => invoke<AssessmentView>('assessment_view', { id }),
  createAssessment: (title: string, heldOn: string) => invoke<AssessmentView>('create_assessment', { title, heldOn }),
  addRespondent: (assessmentId: number, name: string, func: string) =>
    invoke<AssessmentView>('add_respondent', { assessmentId, name, function: func }),
  saveResponse: (assessmentId: number, respondentId: number, response: Response) =>
    invoke<AssessmentView>('save_response', { assessmentId, respondentId, response }),
  saveAction: (assessmentId: number, form: ActionForm) => invoke<AssessmentView>('save_action', { assessmentId, form }),
  deleteAction: (assessmentId: number, id: number) => invoke<AssessmentView>('delete_action', { assessmentId, id }),
  makeReport: (assessmentId: number) => invoke<ReportMade>('make_report', { assessmentId }),
  exportAssessment: (assessmentId: number, kind: ExportKind) =>
    invoke<ReportMade>('export_assessment', { assessmentId, kind }),
  openReport: (path: string) => invoke<null>('open_report', { path }),
  makePocketCard: () => invoke<ReportMade>('make_pocket_card'),
  unlock: (pin: string) => invoke<AppSnapshot>('unlock', { pin }),
  lockScreens: () => invoke<AppSnapshot>('lock_screens'),
  setPin: (pin: string | null) => invoke<AppSnapshot>('set_pin', { pin }),
  overview: () => invoke<Overview>('overview'),
  groupAnalysis: () => invoke<GroupAnalysis>('group_analysis'),
  exportOverview: () => invoke<ReportMade>('export_overview'),
  exportRecords: (passphrase: string | null) => invoke<ReportMade>('export_records', { passphrase }),
  /**
   * The bytes of a records file go as the request's raw body, not as JSON numbers; the passphrase
   * of a sealed file in a header.
   */
  importRecords: (bytes: Uint8Array, passphrase: string) =>
    invoke<MergeReport>('import_records', bytes, { headers: { 'x-baken-passphrase': encodeURIComponent(passphrase) } }),
  removeLearner: (id: string) => invoke<Overview>('remove_learner', { id }),
  retention: () => invoke<RetentionView>('retention'),
  setRetention: (years: number | null) => invoke<RetentionView>('set_retention', { years }),
  applyRetention: () => invoke<RetentionView>('apply_retention'),
  backups: () => invoke<BackupsView>('backups'),
  makeBackup: () => invoke<BackupsView>('make_backup'),
  restoreBackup: (file: string) => invoke<Restored>('restore_backup', { file }),
  dataLock: () => invoke<DataLock>('data_lock'),
  openData: (given: { passphrase?: string; newPassphrase?: string; code?: string }) =>
    invoke<AppSnapshot>('open_data', {
      passphrase: given.passphrase ?? null,
      newPassphrase: given.newPassphrase ?? null,
      code: given.code ?? null,
    }),
  recoveryCode: () => invoke<RecoveryView>('recovery_code'),
  confirmRecovery: () => invoke<AppSnapshot>('confirm_recovery'),
  makeRecoverySheet: () => invoke<ReportMade>('make_recovery_sheet'),
  sameNames: () => invoke<SameName[]>('same_names'),
  mergeProfiles: (profiles: string[]) => invoke<SameName[]>('merge_profiles', { profiles }),
  keepApart: (profiles: string[]) => invoke<SameName[]>('keep_apart', { profiles }),
  workshops: () => invoke<WorkshopsView>('workshops'),
  createWorkshop: (form: NewWorkshop) => invoke<WorkshopsView>('create_workshop', { form }),
  workshopAttendance: (workshop: string, learner: string, present: boolean) =>
    invoke<WorkshopsView>('workshop_attendance', { workshop, learner, present }),
  workshopAddAttendee: (workshop: string, form: NewLearner) =>
    invoke<WorkshopsView>('workshop_add_attendee', { workshop, form }),
  workshopSignOff: (workshop: string) => invoke<WorkshopsView>('workshop_sign_off', { workshop }),
  /** Case `caseIndex` of the workshop on the projector; `back` goes one step back first. */
  presentation: (workshop: string, caseIndex: number, step: 'show' | 'back') =>
    invoke<PresentationView>('workshop_presentation', { workshop, case: caseIndex, step }),
  workshopCounts: (workshop: string, caseIndex: number, step: string, counts: Record<string, number>) =>
    invoke<PresentationView>('workshop_counts', { workshop, case: caseIndex, step, counts }),
  workshopFollow: (workshop: string, caseIndex: number, choice: string) =>
    invoke<PresentationView>('workshop_follow', { workshop, case: caseIndex, choice }),
  act: (moduleId: string, action: Action) => invoke<AppSnapshot>('act', { moduleId, action }),
  openRefresher: (open: boolean) => invoke<AppSnapshot>('open_refresher', { open }),
  openEffect: (phase: Phase | null) => invoke<AppSnapshot>('open_effect', { phase }),
  effectAct: (phase: Phase, action: EffectAction) => invoke<AppSnapshot>('effect_act', { phase, action }),
  refreshAnswer: (moduleId: string, itemId: string, answer: Answer) =>
    invoke<AppSnapshot>('refresh_answer', { moduleId, itemId, answer }),
  /** `make bench` only: the first screen with data has painted (see App.svelte). */
  ready: (screen: string) => invoke<null>('ready', { screen }),
};

/** Turns whatever a command rejected with into an IpcError, so screens always have a message. */
export function asIpcError(e: unknown): IpcError {
  if (e && typeof e === 'object' && 'code' in e && 'message' in e) return e as IpcError;
  return { code: 'internal', message: String(e) };
}
