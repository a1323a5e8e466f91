// A trainer's workshop in the real app: plan it, tick who came (and add someone new), run a case on
// the projector with the keyboard only, entering the group's counts at each decision point, and
// sign off. The attendees then have the module completed "in a classroom", and the group's counts
// are nobody's answers.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertAccessible, baken, freshDataDir, screenshotDir, startDriver, withApp } from './harness.mjs';
import { Key } from './webdriver.mjs';

let driver;
before(async () => {
  driver = await startDriver();
});
after(() => driver?.stop());

/** The number of progress events in the database, from `baken info`. */
function eventCount(dataDir) {
  const m = baken('info', '--data-dir', dataDir).match(/Voortgangsgebeurtenissen\s+(\d+)/);
  assert.ok(m, 'baken info names the events');
  return Number(m[1]);
}

/** Waits until `read()` gives something other than `old`; gives the new value. */
async function changed(read, old, { timeout = 20000 } = {}) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const now = await read();
    if (now !== old) return now;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`still ${old} after ${timeout} ms`);
}

describe('a workshop', () => {
  it('runs a case with the group and counts as classroom training for the attendees', async () => {
    const dataDir = freshDataDir();
    baken('demo', '--data-dir', dataDir);
    const before = eventCount(dataDir);
    await withApp(driver, dataDir, 'workshop', async (app) => {
      await app.waitFor('main[data-screen="profiles"]');
      await app.click(await app.find('[data-testid="nav-workshops"]'));
      await app.findByText('main p', 'Er zijn nog geen workshops.');

      // Plan it: the place is required.
      await app.type(await app.find('[data-testid="workshop-trainer"]'), 'Ineke de Vries');
      await app.click(await app.find('[data-testid="workshop-create"]'));
      await app.findByText('#workshop-place-error', 'Vul in waar de workshop is.');
      await app.type(await app.find('[data-testid="workshop-place"]'), 'Raadzaal');
      await assertAccessible(app, 'new workshop');
      await app.click(await app.find('[data-testid="workshop-create"]'));
      await app.waitFor('[data-testid="workshop"]');

      // Who came: two colleagues with a profile, and a new one.
      await app.click(await app.find('[data-attendee="Sanne Verbeek"]'));
      await app.findByText('[data-testid="attendance-count"]', '1 aanwezige');
      await app.click(await app.find('[data-attendee="Youssef Amrani"]'));
      await app.findByText('[data-testid="attendance-count"]', '2 aanwezigen');
      await app.type(await app.find('[data-testid="attendee-name"]'), 'Noor Visser');
      await app.click(await app.find('[data-testid="attendee-add"]'));
      await app.findByText('[data-testid="attendance-count"]', '3 aanwezigen');
      await app.screenshot(join(screenshotDir, 'workshop.png'));
      await assertAccessible(app, 'a workshop');

      // The presentation view, by keyboard from here on.
      await app.click(await app.find('[data-present="0"]'));
      await app.waitFor('[data-testid="presentation"] [data-count]');
      assert.equal(await app.execute(`return getComputedStyle(document.querySelector('header')).display`), 'none');
      await app.findByText('#present-step', 'Beslismoment 1');
      await assertAccessible(app, 'presentation: counting');
      // Nobody counted: refused with a message.
      await app.keys(Key.Space);
      await app.findByText('[data-testid="presentation"] [role="alert"]', 'Vul bij minstens één keuze in');
      const options = await app.execute(`return [...document.querySelectorAll('[data-count]')].map((e) => e.dataset.count)`);
      assert.ok(options.length >= 2);
      await app.type(await app.find(`[data-count="${options[0]}"]`), '3');
      await app.type(await app.find(`[data-count="${options[1]}"]`), '9');
      await app.screenshot(join(screenshotDir, 'presentation-count.png'));
      await app.keys(Key.Enter);
      // Every option's outcome, the most chosen one marked.
      await app.findByText('.outcome.lead', '9 (75%)');
      await app.findByText('[data-testid="presentation"] .total', '12 stemmen');
      await app.screenshot(join(screenshotDir, 'presentation.png'));
      await assertAccessible(app, 'presentation: the outcome');
      const outcomes = await app.execute(`return document.querySelectorAll('.outcome').length`);
      assert.equal(outcomes, options.length);

      // ← goes back to counting, → goes on along the most chosen option.
      await app.keys(Key.ArrowLeft);
      await app.waitFor('[data-count]');
      await app.type(await app.find(`[data-count="${options[1]}"]`), '5');
      await app.keys(Key.Enter);
      await app.findByText('.outcome.lead', '5 (100%)');
      await app.keys(Key.ArrowRight);
      await app.findByText('#present-step', 'Beslismoment 2');
      await app.findByText('.path', 'De groep koos:');

      // On to the end of the case: each time the first option, counted, revealed and followed.
      const heading = () => app.execute(`return document.querySelector('#present-step')?.textContent.trim()`);
      for (let n = 2; (await heading()) !== 'Zo liep het af'; n++) {
        assert.ok(n < 15, 'the case ends');
        assert.equal(await heading(), `Beslismoment ${n}`);
        const first = await app.execute(`return document.querySelector('[data-count]').dataset.count`);
        await app.type(await app.find(`[data-count="${first}"]`), '4');
        await app.keys(Key.Enter);
        await app.waitFor('.outcome.lead');
        await app.keys(Key.Space);
        await changed(heading, `Beslismoment ${n}`);
      }
      await app.findByText('#present-step', 'Zo liep het af');
      await app.keys(Key.Escape);
      await app.waitFor('[data-testid="workshop"]');
      await app.findByText('[data-testid="workshop"]', 'beslismomenten besproken');

      // Sign off, after a confirmation.
      await app.click(await app.find('[data-testid="sign-off"]'));
      await app.click(await app.waitFor('[data-testid="sign-off-confirm"]'));
      await app.findByText('[data-testid="signed-off"]', 'Deze workshop is afgetekend');
      assert.equal(await app.execute(`return document.querySelector('[data-testid="sign-off"], [data-testid="attendee-add"]')`), null);

      // Noor's own screen: the module completed in a classroom.
      await app.click(await app.find('[data-testid="nav-learn"]'));
      await app.click(await app.findByText('main button', 'Noor Visser'));
      await app.findByText('.badge.done', 'Klassikaal afgerond op');
    });
    // Three classroom completions, and not one answer of an individual from the group's counts.
    assert.equal(eventCount(dataDir), before + 3);
  });
});
