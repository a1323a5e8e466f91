// The app shell against a mocked IPC (the real IPC is covered by the end-to-end tests).
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import App from './App.svelte';
import type { AppSnapshot, IpcError, Learner } from './lib/bindings';

const sanne: Learner = { id: '11111111-1111-4111-8111-111111111111', name: 'Sanne Verbeek', role: 'baliemedewerker', department: 'Publiekszaken' };

const empty: AppSnapshot = { language: 'nl', municipality: null, contacts: [], learners: [], active: null, refusedPacks: [], pinSet: false, locked: false, recoveryPending: false };
const demo: AppSnapshot = {
  language: 'nl',
  contacts: [],
  municipality: { name: 'Zilverdam', cbsCode: 'GM9901', inhabitants: 23400, region: null, isDemo: true },
  learners: [sanne],
  active: null,
  refusedPacks: [],
  pinSet: false,
  locked: false,
  recoveryPending: false,
};
const home: AppSnapshot = {
  ...demo,
  active: {
    learner: sanne,
    validCount: 1,
    requiredCount: 2,
    requiredValid: 1,
    nextExpiry: '2028-08-27T10:00:00Z',
    openModule: null,
    refresherDue: 0,
    refresher: null,
    effectOffer: null,
    effect: null,
    modules: [
      { moduleId: 'a', title: 'Module A', summary: 'Over A', minutes: 20, required: true,
        status: { state: 'completed', score: 90, completedAt: '2026-08-27T10:00:00Z', validUntil: '2028-08-27T10:00:00Z', expired: false } },
      { moduleId: 'b', title: 'Module B', summary: 'Over B', minutes: 25, required: true, status: { state: 'in-progress', since: '2026-11-17T10:00:00Z' } },
      { moduleId: 'c', title: 'Module C', summary: 'Over C', minutes: 30, required: false, status: { state: 'not-started' } },
    ],
  },
};

/** A fake backend: the snapshot to start from, and what each command returns. */
function backend(start: AppSnapshot, handlers: Record<string, (args: any) => AppSnapshot>) {
  const calls: string[] = [];
  mockIPC((cmd, args) => {
    calls.push(cmd);
    if (cmd === 'snapshot') return start;
    const handler = handlers[cmd];
    if (!handler) throw new Error(`unexpected command ${cmd}`);
    return handler(args);
  });
  return calls;
}

afterEach(() => clearMocks());

describe('App', () => {
  it('renders the first screen from the snapshot that came with the page, without asking for it', async () => {
    const calls = backend(empty, {});
    (window as { __BAKEN_FIRST__?: AppSnapshot }).__BAKEN_FIRST__ = home;
    render(App);
    // On screen in the first render, before any IPC answer could have arrived.
    expect(screen.getByRole('heading', { level: 1, name: /Sanne Verbeek/ })).toBeTruthy();
    expect(calls).not.toContain('snapshot');
    // Used once: the page does not keep a copy that could go out of date.
    expect('__BAKEN_FIRST__' in window).toBe(false);
  });

  it('shows the onboarding when no municipality is set up, and the profiles after the demo', async () => {
    const calls = backend(empty, { start_demo: () => demo });
    render(App);
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom bij Baken' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Probeer de demogemeente' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Wie bent u?' })).toBeTruthy();
    expect(screen.getByText('Gemeente Zilverdam')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Sanne Verbeek/ })).toBeTruthy();
    expect(calls).toEqual(['snapshot', 'start_demo']);
  });

  it('shows the learner home with each module status', async () => {
    backend(home, {});
    render(App);
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Sanne Verbeek' })).toBeTruthy();
    expect(screen.getByText('1 van de 2 verplichte modules voor uw functie afgerond en geldig')).toBeTruthy();
    expect(screen.getByText('De eerste afronding verloopt op 27 augustus 2028. Daarna is een opfrisser nodig.')).toBeTruthy();
    expect(screen.getByText('Afgerond op 27 augustus 2026, score 90%')).toBeTruthy();
    expect(screen.getByText('Geldig tot 27 augustus 2028')).toBeTruthy();
    expect(screen.getByText('Bezig sinds 17 november 2026')).toBeTruthy();
    expect(screen.getByText('Nog niet begonnen')).toBeTruthy();
    expect(screen.getByText('Demogemeente: alle namen en gegevens zijn verzonnen.')).toBeTruthy();
  });

  it('switches every text to English', async () => {
    backend(home, { set_language: ({ language }) => ({ ...home, language }) });
    render(App);
    await screen.findByRole('heading', { name: 'Welkom, Sanne Verbeek' });
    await fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(await screen.findByRole('heading', { name: 'Welcome, Sanne Verbeek' })).toBeTruthy();
    expect(screen.getByText('Completed on 27 August 2026, score 90%')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });

  it('opens a module on its page, with the contact shown as such, and moves on', async () => {
    const view = (pageIndex: number): AppSnapshot => ({
      ...home,
      active: {
        ...home.active!,
        openModule: {
          moduleId: 'b', title: 'Module B', pageIndex, cases: [{ id: 'balie', text: 'Aan de balie' }], itemCount: 7, stage: { stage: 'pages' },
          pages: [
            { id: 'een', title: 'Eerste pagina', blocks: [{ type: 'paragraph', spans: [
              { text: 'Bel ', strong: false, emphasis: false },
              { text: 'meldpunt', strong: false, emphasis: false, contact: 'meldpunt' },
              { text: '.', strong: false, emphasis: false },
            ] }] },
            { id: 'twee', title: 'Tweede pagina', blocks: [{ type: 'list', ordered: false, items: [
              [{ text: 'feiten', strong: true, emphasis: false }],
            ] }] },
          ],
        },
      },
    });
    const calls: unknown[] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      if (cmd === 'snapshot') return home;
      if (cmd === 'open_module') return view(0);
      if (cmd === 'act') return view(1);
      throw new Error(cmd);
    });
    render(App);
    await fireEvent.click(await screen.findByRole('button', { name: 'Verder gaan: Module B' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Eerste pagina' })).toBeTruthy();
    expect(screen.getByText('Pagina 1 van 2')).toBeTruthy();
    const contact = document.querySelector('[data-contact="meldpunt"]');
    expect(contact?.textContent).toBe('Meldpunt radicalisering: contactgegevens nog niet ingevuld');
    await fireEvent.click(screen.getByRole('button', { name: 'Volgende pagina' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tweede pagina' })).toBeTruthy();
    expect(screen.getByText('feiten').tagName).toBe('STRONG');
    expect(screen.getByRole('button', { name: 'Naar de casus' })).toBeTruthy();
    expect(calls.slice(1)).toEqual([
      ['open_module', { moduleId: 'b' }],
      ['act', { moduleId: 'b', action: { type: 'view-page', page: 'twee' } }],
    ]);
  });

  it('renames the learner and shows the new name', async () => {
    const renamed: AppSnapshot = { ...home, active: { ...home.active!, learner: { ...sanne, name: 'Sanne de Boer' } } };
    const calls = backend(home, { rename_learner: () => renamed });
    render(App);
    await fireEvent.click(await screen.findByRole('button', { name: 'naam wijzigen' }));
    const field = screen.getByLabelText('Uw naam');
    await fireEvent.input(field, { target: { value: 'Sanne de Boer' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Naam opslaan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom, Sanne de Boer' })).toBeTruthy();
    expect(screen.queryByLabelText('Uw naam')).toBeNull();
    expect(calls).toEqual(['snapshot', 'rename_learner']);
  });

  it('puts a refused CBS code next to its field', async () => {
    const refusal: IpcError = { code: 'invalid-cbs-code', message: 'Een CBS-code bestaat uit GM en vier cijfers, bijvoorbeeld GM0123.' };
    backend(empty, { set_up_municipality: () => { throw refusal; } });
    render(App);
    await screen.findByRole('heading', { name: 'Welkom bij Baken' });
    await fireEvent.input(screen.getByLabelText('Naam van de gemeente'), { target: { value: 'Bergzicht' } });
    await fireEvent.input(screen.getByLabelText('CBS-code'), { target: { value: '1234' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Gemeente opslaan' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(refusal.message);
    expect(screen.getByLabelText('CBS-code').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows why the database could not be opened', async () => {
    const problem: IpcError = { code: 'not-baken', message: '/tmp/x is geen Baken-bestand. Baken heeft het niet gewijzigd.' };
    mockIPC(() => { throw problem; });
    render(App);
    expect((await screen.findByRole('alert')).textContent).toBe(problem.message);
    expect(screen.getByRole('heading', { level: 1, name: 'Dat lukte niet' })).toBeTruthy();
  });
});
