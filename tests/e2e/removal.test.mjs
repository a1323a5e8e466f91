// The AVG in the real app: the coordinator removes a learner for good from the overview, after a
// confirmation; and a retention period lists who has been inactive for longer, removing them only
// when confirmed. The database then holds nothing of them (checked with `baken info`).
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertAccessible, baken, freshDataDir, screenshotDir, startDriver, withApp } from './harness.mjs';

let driver;
before(async () => {
  driver = await startDriver();
});
after(() => driver?.stop());

function learners(dataDir) {
  return Number(baken('info', '--data-dir', dataDir).match(/^Medewerkers\s+(\d+)$/m)[1]);
}

/** A records file (docs/records-format.md) with one learner last active in 2021. */
function oldRecords(dir) {
  const learner = randomUUID();
  const lines = [
    { format: 'baken-records', version: 2, install: randomUUID(), app_version: '0.1.0', exported_at: '2021-06-01T09:00:00Z',
      municipality: 'Zilverdam', selection: { kind: 'all' }, content: [] },
    { learner: { id: learner, name: 'Henk Oudewater', role: 'boa', department: null, created_at: '2021-03-01T09:00:00Z' } },
    { event: { id: randomUUID(), learner, module: 'signalen', at: '2021-03-02T09:00:00Z', kind: { type: 'module-started' } } },
  ];
  const body = lines.map((l) => `${JSON.stringify(l)}\n`).join('');
  const sha256 = createHash('sha256').update(body).digest('hex');
  const file = join(dir, 'oud.baken');
  writeFileSync(file, `${body}${JSON.stringify({ end: { learners: 1, events: 1, sha256 } })}\n`);
  return file;
}

describe('removing learners for good', () => {
  it('removes one from the overview, and the long inactive through a retention period', async () => {
    const dataDir = freshDataDir();
    baken('demo', '--data-dir', dataDir);
    baken('import', oldRecords(dataDir), '--data-dir', dataDir);
    assert.equal(learners(dataDir), 6);
    await withApp(driver, dataDir, 'removal', async (app) => {
      await app.waitFor('main[data-screen="profiles"]');
      await app.click(await app.find('[data-testid="nav-overview"]'));
      await app.click(await app.waitFor('tr[data-learner="Daan Hoekstra"] [data-testid="remove-learner"]'));
      await app.findByText('[role="alert"]', 'Daan Hoekstra en alle voortgang worden definitief verwijderd');
      await app.screenshot(join(screenshotDir, 'remove-learner.png'));
      await assertAccessible(app, 'removing a learner');
      await app.click(await app.find('[data-testid="remove-learner-confirm"]'));
      await app.findByText('[data-testid="removed-learner"]', 'Daan Hoekstra is verwijderd.');
      assert.equal(await app.execute(`return document.querySelector('tr[data-learner="Daan Hoekstra"]')`), null);
      assert.equal(learners(dataDir), 5);

      // Retention: off at first; three years lists Henk, who was last active in 2021.
      await app.click(await app.find('[data-testid="nav-municipality"]'));
      const select = await app.waitFor('[data-testid="retention-years"]');
      assert.equal(await app.execute(`return document.querySelector('[data-testid="retention-years"]').value`), '');
      await app.execute(`const s = document.querySelector('[data-testid="retention-years"]'); s.value = '3'; s.dispatchEvent(new Event('change', { bubbles: true }))`);
      assert.ok(select);
      await app.findByText('[data-testid="retention-preview"]', 'Henk Oudewater');
      const listed = await app.execute(`return document.querySelectorAll('[data-testid="retention-preview"] li').length`);
      assert.equal(listed, 1, 'only who was inactive for three years');
      await app.click(await app.find('[data-testid="retention-apply"]'));
      await app.click(await app.waitFor('[data-testid="retention-confirm"]'));
      await app.findByText('[data-testid="retention"]', '1 medewerker is verwijderd.');
      await app.execute(`document.querySelector('[data-testid="retention"]').scrollIntoView()`);
      await app.screenshot(join(screenshotDir, 'retention.png'));
      await assertAccessible(app, 'retention period');
    });
    assert.equal(learners(dataDir), 4);
    assert.doesNotMatch(baken('export', '--out', join(dataDir, 'alles.baken'), '--data-dir', dataDir), /Henk/);
  });
});
