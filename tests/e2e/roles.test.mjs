// A PIN guards the trainer's and coordinator's screens. Set in Gemeente; once locked, Overzicht,
// Workshops, Gemeente and Zelfevaluatie show only the door, and their commands answer `forbidden` even when
// called directly from the page, as a learner on a shared laptop might try.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertAccessible, baken, freshDataDir, screenshotDir, startDriver, withApp } from './harness.mjs';

let driver;
before(async () => {
  driver = await startDriver();
});
after(() => driver?.stop());

/** Calls a Baken command straight from the page; resolves to its error code, or 'ok'. */
function callDirectly(app, command) {
  return app.cmd('POST', '/execute/async', {
    script: `const done = arguments[arguments.length - 1];
      window.__TAURI_INTERNALS__.invoke(arguments[0], {}).then(() => done('ok'), (e) => done(e.code ?? String(e)));`,
    args: [command],
  });
}

describe('the PIN for trainers and coordinators', () => {
  it('locks their screens, in the window and in the commands behind it', async () => {
    const dataDir = freshDataDir();
    baken('demo', '--data-dir', dataDir);
    await withApp(driver, dataDir, 'roles', async (app) => {
      await app.waitFor('main[data-screen="profiles"]');
      // Without a PIN everything is open, as before.
      assert.equal(await callDirectly(app, 'overview'), 'ok');

      await app.click(await app.find('[data-testid="nav-municipality"]'));
      await app.type(await app.waitFor('[data-testid="new-pin"]'), '12');
      await app.click(await app.find('[data-testid="save-pin"]'));
      await app.findByText('.pin [role="alert"]', 'Kies er een van minstens 4 tekens.');
      await app.type(await app.find('[data-testid="new-pin"]'), '34');
      await app.click(await app.find('[data-testid="save-pin"]'));
      await app.findByText('.pin [aria-live]', 'De pincode is opgeslagen.');
      await app.execute(`document.querySelector('.pin').scrollIntoView()`);
      await app.screenshot(join(screenshotDir, 'pin.png'));
      await assertAccessible(app, 'municipality with a PIN');

      await app.click(await app.find('[data-testid="lock"]'));
      await app.waitFor('[data-testid="unlock"]');
      assert.equal(await callDirectly(app, 'overview'), 'forbidden');
      assert.equal(await callDirectly(app, 'export_records'), 'forbidden');
      assert.equal(await callDirectly(app, 'workshops'), 'forbidden');
      for (const area of ['overview', 'workshops', 'assessment']) {
        await app.click(await app.find(`[data-testid="nav-${area}"]`));
        await app.waitFor('[data-testid="unlock"]');
        assert.equal(await app.execute(`return document.querySelector('[data-testid="overview-table"], [data-testid="workshop-list"], [data-testid="workshop-create"], [data-testid="theme-opleiding"]')`), null);
      }
      // A learner's own screens stay open.
      await app.click(await app.find('[data-testid="nav-learn"]'));
      await app.waitFor('main[data-screen="profiles"]');

      await app.click(await app.find('[data-testid="nav-overview"]'));
      await app.type(await app.waitFor('[data-testid="unlock-pin"]'), '1235');
      await app.click(await app.find('[data-testid="unlock-button"]'));
      await app.findByText('#unlock-error', 'Deze pincode klopt niet.');
      await app.screenshot(join(screenshotDir, 'unlock.png'));
      await assertAccessible(app, 'unlock with a wrong PIN');
      await app.type(await app.find('[data-testid="unlock-pin"]'), '1234');
      await app.click(await app.find('[data-testid="unlock-button"]'));
      await app.waitFor('[data-testid="overview-table"]');
      assert.equal(await callDirectly(app, 'overview'), 'ok');
    });
    // The PIN is kept as an Argon2id hash, and a new start is locked again.
    assert.doesNotMatch(baken('info', '--data-dir', dataDir), /1234/);
    await withApp(driver, dataDir, 'roles-again', async (app) => {
      await app.waitFor('main[data-screen="profiles"]');
      await app.click(await app.find('[data-testid="nav-assessment"]'));
      await app.waitFor('[data-testid="unlock"]');
      assert.equal(await callDirectly(app, 'assessment_view'), 'forbidden');
    });
  });
  it('can be set at onboarding', async () => {
    const dataDir = freshDataDir();
    await withApp(driver, dataDir, 'roles-onboarding', async (app) => {
      await app.waitFor('main[data-screen="onboarding"]');
      await app.type(await app.find('#municipality-name'), 'Gemeente Bergzicht');
      await app.type(await app.find('#onboarding-pin'), '12');
      await app.click(await app.findByText('button[type="submit"]', 'Gemeente opslaan'));
      await app.findByText('#onboarding-pin-error', 'Kies er een van minstens 4 tekens.');
      await assertAccessible(app, 'onboarding with a short PIN');
      await app.type(await app.find('#onboarding-pin'), '34');
      await app.click(await app.findByText('button[type="submit"]', 'Gemeente opslaan'));
      await app.waitFor('main[data-screen="profiles"]');
      // Whoever set it stays in until they lock.
      await app.click(await app.find('[data-testid="lock"]'));
      await app.click(await app.find('[data-testid="nav-overview"]'));
      await app.waitFor('[data-testid="unlock"]');
      assert.equal(await callDirectly(app, 'overview'), 'forbidden');
    });
  });
});
