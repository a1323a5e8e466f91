// The self-assessment screen against a mocked IPC: what it sends when a level is chosen, how it
// shows what the backend answers (the real backend is covered by the end-to-end test).
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import AssessmentScreen from './AssessmentScreen.svelte';
import type { AssessmentView, QuestionView, Response } from '../lib/bindings';

function item(id: string, answers: (Response | null)[], extra: Partial<QuestionView> = {}): QuestionView {
  return {
    id,
    question: `Vraag ${id}`,
    good: 'Goed is…',
    evidence: 'Het plan.',
    levels: ['niets', 'los', 'op papier', 'werkt', 'verbeterd'],
    fromRecords: false,
    agreed: { kind: 'unanswered' },
    differs: false,
    answers,
    ...extra,
  };
}

function view(answers: (Response | null)[], overall: number | null, differs = false): AssessmentView {
  return {
    assessments: [{ id: 7, title: 'Zelfevaluatie 2026', heldOn: '2026-11-20' }],
    open: {
      assessment: { id: 7, title: 'Zelfevaluatie 2026', heldOn: '2026-11-20' },
      respondents: [{ id: 1, name: 'Anja', function: 'AOV' }, { id: 2, name: 'Bert', function: '' }],
      themes: [{
        id: 'visie-en-plan', number: 1, title: 'Visie en plan', intro: 'Waarom.', previousScore: null,
        result: { theme: 'visie-en-plan', score: overall, items: 1, answered: overall === null ? 0 : 1, notApplicable: 0, dontKnow: 0, unanswered: overall === null ? 1 : 0 },
        items: [item('lokale-analyse', answers, { differs, agreed: overall === null ? { kind: 'unanswered' } : { kind: 'level', level: overall } })],
      }],
      actions: [],
      overall,
      previousOverall: 1.5,
      training: { roles: [], learners: 0, valid: 0 },
      strongest: overall === null ? [] : ['Visie en plan'],
      weakest: [],
      differences: differs ? 1 : 0,
    },
  };
}

afterEach(() => clearMocks());

describe('AssessmentScreen', () => {
  it('saves a chosen level for the respondent who is answering and shows the agreed result', async () => {
    const sent: any[] = [];
    mockIPC((cmd, args: any) => {
      if (cmd === 'assessment_view') return view([null, null], null);
      if (cmd === 'save_response') {
        sent.push(args);
        const mine: Response = { ...args.response };
        const bert: Response = { theme: 'visie-en-plan', item: 'lokale-analyse', rating: { kind: 'level', level: 1 }, explanation: 'Twijfel', evidence: '' };
        return view([bert, mine], 1, true);
      }
      throw new Error(`unexpected ${cmd}`);
    });
    render(AssessmentScreen);
    expect(await screen.findByText('Vraag lokale-analyse')).toBeTruthy();
    expect(screen.getByTestId('overall').textContent).toBe('– van 4');
    expect(screen.getByText('Vorige keer: 1,5')).toBeTruthy();

    // Answer as the second respondent.
    await fireEvent.change(screen.getByLabelText('Ik vul in als'), { target: { value: '1' } });
    await fireEvent.click(screen.getByLabelText(/3 – Uitgevoerd/));
    expect(await screen.findByText('Opgeslagen')).toBeTruthy();
    expect(sent).toEqual([{
      assessmentId: 7,
      respondentId: 2,
      response: { theme: 'visie-en-plan', item: 'lokale-analyse', rating: { kind: 'level', level: 3 }, explanation: '', evidence: '' },
    }]);
    expect(screen.getByTestId('overall').textContent).toBe('1,0 van 4');
    expect(screen.getByTestId('differs').textContent).toContain('2 niveaus of meer');
    expect(screen.getByText('Samen: 1 – Ad hoc')).toBeTruthy();
    expect(screen.getByTestId('preview').textContent).toContain('0 open acties; invullers verschillen bij 1 vraag.');
  });

  it('offers to start an assessment when there is none, and shows a refusal in words', async () => {
    mockIPC((cmd) => {
      if (cmd === 'assessment_view') return { assessments: [], open: null };
      if (cmd === 'create_assessment') throw { code: 'assessment-exists', message: 'Er is al een zelfevaluatie op deze datum.' };
      throw new Error(`unexpected ${cmd}`);
    });
    render(AssessmentScreen);
    const start = await screen.findByRole('button', { name: 'Zelfevaluatie beginnen' });
    await fireEvent.click(start);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Er is al een zelfevaluatie op deze datum.');
  });
});
