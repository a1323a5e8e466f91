// A learner completes a module in the real app: pages, a case, the check (failed once, passed on
// the retake); then leaves the next module half-way and resumes on the same page after a restart.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertAccessible, baken, freshDataDir, repo, screenshotDir, startDriver, withApp } from './harness.mjs';

let driver;
before(async () => {
  driver = await startDriver();
});
after(() => driver?.stop());

/** The module's check as written in the pack (Python's tomllib reads TOML; Node has none). */
function checkOf(moduleId) {
  const file = join(repo, 'content/default/modules', `${moduleId}.toml`);
  const r = spawnSync('python3', ['-c', 'import tomllib,json,sys; print(json.dumps(tomllib.load(open(sys.argv[1],"rb"))["check"]))', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

async function textOf(app, css) {
  return app.text(await app.waitFor(css));
}

/** Answers the item on screen, right or wrong, through the controls a learner uses. */
async function answer(app, item, right) {
  await app.waitFor(`form[data-item-id="${item.id}"]`);
  const opts = item.options;
  if (item.type === 'single' || item.type === 'multiple') {
    const pick = right ? opts.filter((o) => o.correct) : [opts.find((o) => !o.correct)];
    for (const o of pick) await app.click(await app.find(`input[value="${o.id}"]`));
  } else if (item.type === 'sort') {
    const cats = item.categories.map((c) => c.id);
    for (const o of opts) {
      const cat = right ? o.category : cats.find((c) => c !== o.category);
      await app.click(await app.find(`input[name="sort-${o.id}"][value="${cat}"]`));
    }
  } else if (right) {
    // Move each step up to its place, as a keyboard user would with the arrow buttons.
    for (let target = 0; target < opts.length; target++) {
      for (;;) {
        const shown = await app.execute(`return [...document.querySelectorAll('li[data-option-id]')].map((li) => li.dataset.optionId)`);
        const at = shown.indexOf(opts[target].id);
        if (at === target) break;
        await app.click(await app.find(`li[data-option-id="${opts[target].id}"] button:first-of-type`));
      }
    }
  } // A wrong order: Baken never shows the steps in the right order, so submitting as shown is wrong.
  await app.click(await app.find('[data-testid="submit-answer"]'));
}

async function takeCheck(app, check, right, shots) {
  for (const [i, item] of check.items.entries()) {
    if (shots && i === 0) {
      await app.waitFor(`form[data-item-id="${item.id}"]`);
      await app.screenshot(join(screenshotDir, `${shots}-item.png`));
      await assertAccessible(app, `${shots}-item`);
    }
    await answer(app, item, right);
    await app.waitFor('[data-testid="answer-feedback"]');
    if (shots && i === 0) {
      await app.screenshot(join(screenshotDir, `${shots}-explanation.png`));
      await assertAccessible(app, `${shots}-explanation`);
    }
    const last = i === check.items.length - 1;
    await app.click(await app.find(last ? '[data-testid="to-result"]' : '[data-testid="next-item"]'));
  }
  return app.waitFor('[data-testid="result"]');
}

describe('completing a module', () => {
  it('reads, plays the case, fails the check once, passes the retake, and resumes the next module', async () => {
    const dataDir = freshDataDir();
    baken('demo', '--data-dir', dataDir);
    const check = checkOf('wat-is-radicalisering');

    await withApp(driver, dataDir, 'learning', async (app) => {
      await app.click(await app.findByText('button.profile', 'Daan Hoekstra'));
      await app.click(await app.waitFor('[data-module-id="wat-is-radicalisering"] [data-testid="open-module"]'));

      // The pages, to the end.
      await app.waitFor('article[data-stage="pages"]');
      while ((await app.execute('return !!document.querySelector("[data-testid=next-page]")'))) {
        const before = await textOf(app, '[data-testid="page-position"]');
        await app.click(await app.find('[data-testid="next-page"]'));
        await app.execute('return 1');
        while ((await textOf(app, '[data-testid="page-position"]')) === before) await new Promise((r) => setTimeout(r, 50));
      }
      await app.click(await app.find('[data-testid="after-pages"]'));

      // The case: take the first choice at every step until an ending.
      await app.waitFor('article[data-stage="case"]');
      let decisions = 0;
      while (await app.execute('return !!document.querySelector("button[data-choice-id]")')) {
        const step = await app.attribute(await app.find('section[data-step-id]'), 'data-step-id');
        await app.click(await app.find('button[data-choice-id]'));
        decisions++;
        await app.waitFor('[data-testid="case-feedback"]');
        if (decisions === 1) {
          // With Daan, five learners of the demo have answered this first step.
          assert.match(await textOf(app, '[data-testid="colleagues"]'), /5 antwoorden/);
          await app.screenshot(join(screenshotDir, 'case-feedback.png'));
          await assertAccessible(app, 'case-feedback');
        }
        while ((await app.attribute(await app.find('section[data-step-id]'), 'data-step-id')) === step) {
          await new Promise((r) => setTimeout(r, 50));
        }
      }
      assert.ok(decisions >= 1);
      await app.click(await app.find('[data-testid="after-case"]'));

      // The check: all wrong first.
      let result = await takeCheck(app, check, false, 'check');
      assert.equal(await app.attribute(result, 'data-passed'), 'false');
      assert.match(await app.text(result), /Uw score: 0% \(0 van de \d+ goed\)/);
      await app.screenshot(join(screenshotDir, 'result-failed.png'));
      await assertAccessible(app, 'result-failed');

      // The retake: all right.
      await app.click(await app.find('[data-testid="retake"]'));
      assert.match(await textOf(app, '[data-testid="item-position"]'), /poging 2/);
      result = await takeCheck(app, check, true);
      assert.equal(await app.attribute(result, 'data-passed'), 'true');
      assert.match(await app.text(result), /Uw score: 100%/);
      await app.screenshot(join(screenshotDir, 'result-passed.png'));
      await assertAccessible(app, 'result-passed');

      // Back home the module is completed; the next one is opened and left on its second page.
      await app.click(await app.find('[data-testid="close-module"]'));
      const card = await app.waitFor('[data-module-id="wat-is-radicalisering"]');
      assert.equal(await app.attribute(card, 'data-state'), 'completed');
      await app.click(await app.find('[data-module-id="het-proces"] [data-testid="open-module"]'));
      await app.click(await app.waitFor('[data-testid="next-page"]'));
      await app.findByText('[data-testid="page-position"]', 'Pagina 2 van');
    });

    await withApp(driver, dataDir, 'learning-restart', async (app) => {
      assert.match(await textOf(app, '[data-testid="page-position"]'), /^Pagina 2 van \d$/);
      await app.click(await app.find('[data-testid="close-module"]'));
      const card = await app.waitFor('[data-module-id="wat-is-radicalisering"]');
      assert.equal(await app.attribute(card, 'data-state'), 'completed');
      assert.match(await app.text(card), /score 100%/);

      // The same module in English: the case and the check speak English too.
      await app.click(await app.find('[data-testid="language-switch"]'));
      await app.click(await app.findByText('[data-module-id="wat-is-radicalisering"] [data-testid="open-module"]', 'Review'));
      await app.click(await app.findByText('.toc-item', 'Case'));
      await app.click(await app.waitFor('button[data-choice-id]'));
      await app.findByText('[data-testid="case-feedback"]', 'You chose:');
      await app.screenshot(join(screenshotDir, 'case-feedback-en.png'));
      await assertAccessible(app, 'case-feedback-en');
      await app.click(await app.find('[data-testid="toc-check"]'));
      assert.match(await textOf(app, '[data-testid="item-position"]'), /^Question 1 of \d+ · attempt 3$/);
      await app.screenshot(join(screenshotDir, 'check-item-en.png'));
      await assertAccessible(app, 'check-item-en');
      await answer(app, check.items[0], false);
      await app.findByText('[data-testid="answer-feedback"]', 'Not right');
      await app.screenshot(join(screenshotDir, 'check-explanation-en.png'));
      await assertAccessible(app, 'check-explanation-en');
      // The rest of this attempt right: 7 of 8 passes, and the result speaks English.
      for (const item of check.items.slice(1)) {
        await app.click(await app.find('[data-testid="next-item"]'));
        await answer(app, item, true);
        await app.waitFor('[data-testid="answer-feedback"]');
      }
      await app.click(await app.find('[data-testid="to-result"]'));
      const result = await app.waitFor('[data-testid="result"]');
      assert.equal(await app.attribute(result, 'data-passed'), 'true');
      assert.match(await app.text(result), /Your score: 87% \(7 of 8 right\)/);
      await app.screenshot(join(screenshotDir, 'result-en.png'));
      await assertAccessible(app, 'result-en');
    });
  });
});

describe('refreshing', () => {
  it('brings back the questions that are due, with their explanations, until none are left', async () => {
    const dataDir = freshDataDir();
    baken('demo', '--data-dir', dataDir);
    const items = new Map(checkOf('signalen').items.map((i) => [i.id, i]));
    await withApp(driver, dataDir, 'refresher', async (app) => {
      await app.click(await app.findByText('button.profile', 'Youssef Amrani'));
      assert.match(await textOf(app, '[data-testid="refresher-card"]'), /3 vragen staan klaar om op te frissen/);
      await app.click(await app.find('[data-testid="open-refresher"]'));
      for (let n = 3; n >= 1; n--) {
        assert.match(await textOf(app, '[data-testid="refresher-position"]'), new RegExp(`Uit: Signalen en beschermende factoren · nog ${n} vra`));
        const id = await app.attribute(await app.find('form[data-item-id]'), 'data-item-id');
        if (n === 3) await app.screenshot(join(screenshotDir, 'refresher.png'));
        await answer(app, items.get(id), true);
        await app.findByText('[data-testid="answer-feedback"]', 'Goed!');
        await app.click(await app.find('[data-testid="next-item"]'));
      }
      assert.match(await textOf(app, '[data-testid="refresher-done"]'), /3 van de 3 vragen goed/);
      await app.click(await app.find('[data-testid="close-refresher"]'));
      await app.waitFor('main[data-screen="home"]');
      assert.equal(await app.execute('return !!document.querySelector("[data-testid=refresher-card]")'), false);
    });
  });
});

describe('the learning effect', () => {
  it('asks how sure the learner is and six questions before the first module', async () => {
    const dataDir = freshDataDir();
    baken('demo', '--data-dir', dataDir);
    await withApp(driver, dataDir, 'effect', async (app) => {
      // Daan has not started the course, so the pre-measurement is offered.
      await app.click(await app.findByText('button.profile', 'Daan Hoekstra'));
      await app.click(await app.waitFor('[data-testid="start-effect"]'));
      await app.waitFor('[data-testid="effect"][data-step="confidence"]');
      await app.screenshot(join(screenshotDir, 'effect-confidence.png'));
      await assertAccessible(app, 'effect-confidence');
      await app.click(await app.find('input[name="level"][value="2"]'));
      await app.click(await app.find('[data-testid="submit-confidence"]'));
      for (let n = 1; n <= 6; n++) {
        assert.equal(await textOf(app, '[data-testid="effect-position"]'), `Vraag ${n} van 6`);
        const id = await app.attribute(await app.find('form[data-item-id]'), 'data-item-id');
        const module = ['wat-is-radicalisering', 'signalen', 'signalen-wegen', 'wat-doet-u', 'informatie-delen', 'extremisme-nu'][n - 1];
        const item = checkOf(module).items.find((i) => i.id === id);
        await answer(app, item, n % 2 === 0);
        // No explanation in a measurement: straight on to the next question.
        if (n < 6) await app.findByText('[data-testid="effect-position"]', `Vraag ${n + 1} van 6`);
      }
      assert.match(await textOf(app, '[data-testid="effect-done"]'), /dezelfde vragen nog eens/);
      await app.click(await app.findByText('button', 'Terug naar uw modules'));
      await app.waitFor('main[data-screen="home"]');
      assert.equal(await app.execute('return !!document.querySelector("[data-testid=effect-card]")'), false);
    });
    const info = baken('info', '--data-dir', dataDir);
    assert.match(info, /Voortgangsgebeurtenissen/);
  });
});
