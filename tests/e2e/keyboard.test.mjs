// A learner completes a module with the keyboard alone: Tab, Shift+Tab, Enter, Space and the arrow
// keys, sent to whatever has focus. Nothing is clicked; scripts only read where focus is (to know how
// often to press Tab) and never click or set a value. Where focus lands, it has to be visible.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertAccessible, baken, freshDataDir, repo, screenshotDir, startDriver, withApp } from './harness.mjs';
import { Key, sleep } from './webdriver.mjs';

const MODULE = 'wat-is-radicalisering'; // the fewest pages in the pack: 4 pages, 1 case, 8 items

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

// In-page helpers, put in front of every reading script: a short description of an element for
// failure messages, and what the test needs to know about the element that has focus.
const PAGE = `
  const describe = (el) => {
    if (!el || el === document.body || el === document.documentElement) return '(nothing: body)';
    let s = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '');
    const testid = el.getAttribute('data-testid');
    if (testid) s += '[' + testid + ']';
    if (el.type === 'radio' || el.type === 'checkbox') s += '[' + el.type + ' ' + el.name + '=' + el.value + (el.checked ? ' checked' : '') + ']';
    const text = (el.getAttribute('aria-label') || el.closest('label')?.innerText || el.innerText || '').trim().replace(/\\s+/g, ' ');
    return text ? s + ' "' + text.slice(0, 50) + '"' : s;
  };
  const active = document.activeElement;
`;

/** What has focus: its description, and for form controls their type, name, value and state. */
function focused(app) {
  return app.execute(`${PAGE}
    return { text: describe(active), type: active.type ?? null, name: active.name ?? null,
      value: active.value ?? null, checked: !!active.checked,
      optionId: active.closest('li[data-option-id]')?.dataset.optionId ?? null };`);
}

/**
 * Presses Tab until an element matching `css` (and containing `text`, when given) has focus; Shift+Tab
 * when the first such element comes before the focused one. Fails after `max` presses, listing where focus
 * went: that list is how a keyboard trap or a control out of reach shows up.
 */
async function tabTo(app, css, { text, max = 60 } = {}) {
  const path = [];
  for (let n = 0; n <= max; n++) {
    const s = await app.execute(`${PAGE}
      const wanted = (el) => el.matches(arguments[0]) && (!arguments[1] || el.innerText.includes(arguments[1]));
      const target = [...document.querySelectorAll(arguments[0])].find(wanted);
      return { at: wanted(active), focus: describe(active),
        back: !!target && !!(target.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) };`, [css, text ?? null]);
    if (s.at) return s.focus;
    path.push(s.focus);
    if (n === max) break;
    await app.keys(s.back ? [Key.Shift, Key.Tab] : Key.Tab);
  }
  throw new Error(`${max} presses of (Shift+)Tab did not reach ${css}${text ? ` with text ${JSON.stringify(text)}` : ''}; focus went:\n  ${path.join('\n  ')}`);
}

/** Waits until `script` (which may use `active` and `describe`) returns true. */
async function waitUntil(app, what, script, args = [], timeout = 10000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await app.execute(`${PAGE}${script}`, args)) return;
    await sleep(50);
  }
  throw new Error(`waited ${timeout} ms for ${what}; focus is on ${(await focused(app)).text}`);
}

/**
 * The element with focus shows it: it matches :focus-visible and has an outline or a ring
 * (box-shadow). A radio button or checkbox is small, so its label shows a ring as well.
 */
async function assertFocusVisible(app, where) {
  const s = await app.execute(`${PAGE}
    const style = getComputedStyle(active);
    const label = active.matches('input[type=radio], input[type=checkbox]') ? active.closest('label') : null;
    return { focus: describe(active), visible: active.matches(':focus-visible'), outline: style.outlineStyle,
      width: parseFloat(style.outlineWidth) || 0, shadow: style.boxShadow,
      labelShadow: label ? getComputedStyle(label).boxShadow : null };`);
  const ring = (shadow) => !!shadow && shadow !== 'none';
  const shown = (s.outline !== 'none' && s.width > 0) || ring(s.shadow);
  assert.ok(s.visible && shown && (s.labelShadow === null || ring(s.labelShadow)),
    `focus is not visible ${where} on ${s.focus}: ${JSON.stringify(s)}`);
}

/**
 * Moves focus to a control (checking that the focus shows, when `shows` says where), presses `key`,
 * and waits until `arrived` (a script) is true. Focus must then be somewhere: on `lands` when given,
 * else anywhere but the body (where a keyboard user would have to start again from the top).
 */
async function act(app, css, key, what, arrived, { text, shows, lands, args = [] } = {}) {
  await tabTo(app, css, { text });
  if (shows) await assertFocusVisible(app, shows);
  await app.keys(key);
  await waitUntil(app, what, arrived, args);
  await waitUntil(app, `focus to land ${lands ? `on ${lands}` : 'somewhere'} after ${what}`,
    lands ? `return active.matches(arguments[0])` : `return active !== document.body`, [lands ?? null], 2000);
}

/** Answers the check item on screen, right, with the keyboard. */
async function answer(app, item, shows) {
  await waitUntil(app, `item ${item.id}`, `return !!document.querySelector(arguments[0])`, [`form[data-item-id="${item.id}"]`]);
  const opts = item.options;
  if (item.type === 'single' || item.type === 'sort') {
    // Radio groups: Tab reaches a group, Space takes the focused choice, the arrow keys move the
    // choice within the group; Tab goes on to the next group.
    const groups = item.type === 'single' ? [['single', opts.find((o) => o.correct).id]] : opts.map((o) => [`sort-${o.id}`, o.category]);
    for (const [name, want] of groups) {
      await tabTo(app, `input[type=radio][name="${name}"]`);
      if (shows) await assertFocusVisible(app, `on a radio button (${item.type})`);
      await app.keys(Key.Space);
      for (let n = 0; ; n++) {
        const f = await focused(app);
        assert.equal(f.name, name, `the arrow keys left the group ${name}: focus is on ${f.text}`);
        if (f.value === want && f.checked) break;
        assert.ok(n <= opts.length + 2, `the arrow keys never reached ${want} in ${name}; last on ${f.text}`);
        await app.keys(Key.ArrowDown);
      }
    }
  } else if (item.type === 'multiple') {
    // Checkboxes: Tab from box to box, Space ticks the right ones.
    await tabTo(app, 'input[type=checkbox]');
    if (shows) await assertFocusVisible(app, 'on a checkbox');
    const right = new Set(opts.filter((o) => o.correct).map((o) => o.id));
    for (;;) {
      const f = await focused(app);
      if (f.type !== 'checkbox') break;
      if (right.has(f.value) !== f.checked) await app.keys(Key.Space);
      await app.keys(Key.Tab);
    }
    const ticked = await app.execute(`return [...document.querySelectorAll('input[type=checkbox]:checked')].map((i) => i.value)`);
    assert.deepEqual(new Set(ticked), right);
  } else {
    // Steps in order, from the last one up: the ↓ button of a step moves it down a place, and focus
    // stays on that button, so Enter again moves the step further.
    const shownOrder = () => app.execute(`return [...document.querySelectorAll('li[data-option-id]')].map((li) => li.dataset.optionId)`);
    for (let target = opts.length - 1; target >= 0; target--) {
      const id = opts[target].id;
      for (let n = 0; ; n++) {
        const shown = await shownOrder();
        if (shown.indexOf(id) === target) break;
        assert.ok(n <= opts.length, `step ${id} does not move down: ${shown.join(', ')}`);
        await tabTo(app, `li[data-option-id="${id}"] button:last-of-type`);
        if (shows && n === 0) await assertFocusVisible(app, 'on a move-down button');
        await app.keys(Key.Enter);
        await waitUntil(app, `step ${id} to move`, `return [...document.querySelectorAll('li[data-option-id]')].map((li) => li.dataset.optionId).join() !== arguments[0]`, [shown.join()]);
        const f = await focused(app);
        assert.equal(f.optionId, id, `focus left step ${id} when it moved; it is on ${f.text}`);
      }
      if (target === opts.length - 1) {
        // At the bottom the ↓ button does nothing, and keeps focus (a disabled button would lose it).
        await tabTo(app, `li[data-option-id="${id}"] button:last-of-type`);
        await app.keys(Key.Enter);
        await sleep(200); // time for a move that should not happen
        assert.equal((await shownOrder()).indexOf(id), target, `↓ moved the last step ${id}`);
        assert.equal((await focused(app)).optionId, id, `↓ on the last step took focus away from it`);
      }
    }
    assert.deepEqual(await shownOrder(), opts.map((o) => o.id));
  }
  await act(app, '[data-testid="submit-answer"]:not([disabled])', Key.Enter, 'the explanation',
    `return !!document.querySelector('[data-testid="answer-feedback"]')`, { shows: shows && 'on the submit button' });
}

describe('keyboard only', () => {
  it('completes a module with Tab, Enter, Space and the arrow keys, focus visible all the way', async () => {
    const dataDir = freshDataDir();
    baken('demo', '--data-dir', dataDir);
    const check = checkOf(MODULE);
    const started = Date.now();

    await withApp(driver, dataDir, 'keyboard', async (app) => {
      const screenIs = (name) => `return document.querySelector('main')?.dataset.screen === '${name}'`;
      const stageIs = (name) => `return !!document.querySelector('article[data-stage="${name}"]')`;

      // The profile screen: Tab from the top of the window to Daan, Enter.
      await app.waitFor('button.profile');
      await assertAccessible(app, 'keyboard-profiles');
      await tabTo(app, 'a.skip-link');
      await assertFocusVisible(app, 'on the skip link');
      await act(app, 'button.profile', Key.Enter, 'the home screen', screenIs('home'), { text: 'Daan Hoekstra', shows: 'on a profile' });

      // Home: open the module.
      await assertAccessible(app, 'keyboard-home');
      await act(app, `[data-module-id="${MODULE}"] [data-testid="open-module"]`, Key.Enter, 'the first page', stageIs('pages'),
        { shows: 'on the open-module button' });

      // The pages, to the end; "Next" each time, and focus goes to the new page's title.
      await assertAccessible(app, 'keyboard-page');
      const pageIs = `return document.querySelector('[data-testid="page-position"]')?.innerText === arguments[0]`;
      for (let page = 1; ; page++) {
        const position = await app.execute(`return document.querySelector('[data-testid="page-position"]').innerText`);
        const total = Number(position.match(/^Pagina (\d+) van (\d+)$/)?.[2]);
        assert.equal(position, `Pagina ${page} van ${total}`);
        if (page === total) break;
        await act(app, '[data-testid="next-page"]', Key.Enter, `page ${page + 1}`, pageIs,
          { shows: page === 1 && 'on the next-page button', args: [`Pagina ${page + 1} van ${total}`], lands: '#page-title' });
      }
      await act(app, '[data-testid="after-pages"]', Key.Enter, 'the case', stageIs('case'));

      // The case: the first choice at every step, until an ending; focus goes to the consequence.
      let decisions = 0;
      while (await app.execute(`return !!document.querySelector('button[data-choice-id]')`)) {
        const step = await app.execute(`return document.querySelector('section[data-step-id]').dataset.stepId`);
        await act(app, 'button[data-choice-id]', Key.Enter, 'the next case step',
          `return document.querySelector('section[data-step-id]')?.dataset.stepId !== arguments[0]`,
          { shows: decisions === 0 && 'on a case choice', args: [step], lands: '[data-testid="case-feedback"] h2' });
        decisions++;
        if (decisions === 1) await assertAccessible(app, 'keyboard-case-feedback');
      }
      assert.ok(decisions >= 1);
      await act(app, '[data-testid="after-case"]', Key.Enter, 'the check', stageIs('check'), { shows: 'on the after-case button' });

      // The check, every item right; the explanation after each, then on to the next item, where
      // focus goes to its heading.
      const kindsShown = new Set();
      for (const [i, item] of check.items.entries()) {
        const first = !kindsShown.has(item.type);
        kindsShown.add(item.type);
        if (first) await assertAccessible(app, `keyboard-item-${item.type}`);
        await answer(app, item, first);
        const feedback = await app.execute(`return document.querySelector('[data-testid="answer-feedback"] h2').innerText`);
        assert.equal(feedback, 'Goed!', `item ${item.id} (${item.type}) was not answered right`);
        if (i === 0) await assertAccessible(app, 'keyboard-explanation');
        if (i < check.items.length - 1) {
          await act(app, '[data-testid="next-item"]', Key.Enter, 'the next item', `return !!document.querySelector('form[data-item-id]')`,
            { shows: i === 0 && 'on the next-question button', lands: '#item-title' });
        } else {
          await act(app, '[data-testid="to-result"]', Key.Enter, 'the result', `return !!document.querySelector('[data-testid="result"]')`,
            { lands: '[data-testid="result"] h1' });
        }
      }

      // The result: passed, all right.
      const result = await app.find('[data-testid="result"]');
      assert.equal(await app.attribute(result, 'data-passed'), 'true');
      assert.match(await app.text(result), /Uw score: 100% \(8 van de 8 goed\)/);
      await app.screenshot(join(screenshotDir, 'keyboard-result.png'));
      await assertAccessible(app, 'keyboard-result');

      // Back to the modules, still by keyboard: the module counts as completed.
      await act(app, '[data-testid="result"] button:not([data-testid="retake"])', Key.Enter, 'the home screen', screenIs('home'),
        { shows: 'on the back-to-modules button' });
      const state = await app.execute(`return document.querySelector('[data-module-id="${MODULE}"]').dataset.state`);
      assert.equal(state, 'completed');
    });
    console.log(`keyboard-only module: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
});
