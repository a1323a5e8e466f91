// The presentation view against a mocked IPC: the keys a trainer presses and what they send (the
// real backend and window are covered by tests/e2e/workshop.test.mjs).
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import Presentation from './Presentation.svelte';
import type { PresentationView, Tally, WorkshopCard } from '../lib/bindings';

const card: WorkshopCard = {
  workshop: {
    id: 'w1', heldOn: '2026-11-30', place: 'Raadzaal', trainer: 'Ineke', moduleId: 'signalen',
    cases: ['c1', 'c2'], createdAt: '2026-11-30T08:00:00Z', signedOffAt: null,
  },
  moduleTitle: 'Signalen', cases: [{ id: 'c1', text: 'Eerste' }, { id: 'c2', text: 'Tweede' }], attendees: [], answered: 0,
};

function view(step: number, tally: Tally | null = null): PresentationView {
  return {
    workshopId: 'w1', caseId: 'c1', caseIndex: 0, caseCount: 2, setting: 'wijk', title: 'Flyers', intro: [],
    stepNumber: step,
    step: { id: `s${step}`, text: [{ type: 'paragraph', spans: [{ text: 'Wat doet u?', strong: false, emphasis: false }] }], end: false,
      choices: [{ id: 'a', text: 'Praten' }, { id: 'b', text: 'Wegsturen' }] },
    path: [], tally, closed: false,
  };
}

const tally = (a: number, b: number): Tally => ({
  total: a + b,
  options: [
    { id: 'a', text: 'Praten', count: a, percent: Math.round((100 * a) / (a + b)), quality: 'good', feedback: [] },
    { id: 'b', text: 'Wegsturen', count: b, percent: Math.round((100 * b) / (a + b)), quality: 'poor', feedback: [] },
  ],
  leading: a === b ? ['a', 'b'] : a > b ? ['a'] : ['b'],
});

afterEach(() => clearMocks());

describe('Presentation', () => {
  it('sends the counts on →, follows the most chosen option on →, and goes back on ←', async () => {
    const sent: [string, any][] = [];
    let current = view(1);
    mockIPC((cmd, args: any) => {
      sent.push([cmd, args]);
      if (cmd === 'workshop_presentation') {
        if (args.step === 'back') current = view(1);
        return current;
      }
      if (cmd === 'workshop_counts') return (current = view(1, tally(args.counts.a, args.counts.b)));
      if (cmd === 'workshop_follow') return (current = view(2));
      throw new Error(`unexpected ${cmd}`);
    });
    let closed = 0;
    render(Presentation, { workshop: card, caseIndex: 0, onCase: () => {}, onClose: () => closed++ });
    const a = await screen.findByLabelText("Aantal voor 'Praten'");
    await fireEvent.input(a, { target: { value: '2' } });
    await fireEvent.input(screen.getByLabelText("Aantal voor 'Wegsturen'"), { target: { value: '7' } });
    // Typing in a field keeps its keys: an arrow there moves nothing.
    await fireEvent.keyDown(a, { key: 'ArrowRight' });
    expect(sent.filter(([c]) => c === 'workshop_counts')).toHaveLength(0);
    await fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(await screen.findByText('meeste stemmen', { exact: false })).toBeTruthy();
    expect(sent.find(([c]) => c === 'workshop_counts')?.[1]).toMatchObject({ workshop: 'w1', case: 0, step: 's1', counts: { a: 2, b: 7 } });

    await fireEvent.keyDown(document.body, { key: ' ' });
    expect(await screen.findByText('Beslismoment 2')).toBeTruthy();
    expect(sent.find(([c]) => c === 'workshop_follow')?.[1]).toMatchObject({ choice: 'b' });

    await fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    expect(await screen.findByText('Beslismoment 1')).toBeTruthy();
    expect(sent.at(-1)).toEqual(['workshop_presentation', { workshop: 'w1', case: 0, step: 'back' }]);

    await fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(closed).toBe(1);
  });

  it('on a tie waits for the trainer to pick the way on', async () => {
    const sent: string[] = [];
    mockIPC((cmd) => {
      sent.push(cmd);
      if (cmd === 'workshop_presentation') return view(1, tally(4, 4));
      if (cmd === 'workshop_follow') return view(2);
      throw new Error(`unexpected ${cmd}`);
    });
    render(Presentation, { workshop: card, caseIndex: 0, onCase: () => {}, onClose: () => {} });
    expect(await screen.findByText('Gelijke stand', { exact: false })).toBeTruthy();
    await fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(sent).not.toContain('workshop_follow');
    await fireEvent.click(screen.getByRole('button', { name: 'Wegsturen' }));
    expect(await screen.findByText('Beslismoment 2')).toBeTruthy();
  });
});
