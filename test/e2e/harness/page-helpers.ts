import type { Locator, Page } from 'playwright-core';

export type Level = 'ok' | 'caution' | 'flip';
export type ComposerKind = 'post' | 'comment' | 'reply' | 'dm';

/** Opens a fixture page under its real network URL and waits until its editors are mounted. */
export async function openFixture(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('html[data-fixture-ready=true]').waitFor({ state: 'attached' });
}

/** The coach host for one composer kind (pages with two composers, e.g. post and comment). */
export function coach(page: Page, composer?: ComposerKind): Locator {
  return page.locator(composer ? `tact-coach[data-composer="${composer}"]` : 'tact-coach');
}

/**
 * Waits until the composer's badge shows `level` for a draft of `text`'s length (a verdict on the
 * text just typed, not the empty draft's `ok` from before typing), then returns the badge host
 * (located by composer, so it still finds the host after the level changes). The host has no size:
 * "attached" is "there".
 */
export async function waitForLevel(
  page: Page,
  level: Level,
  composer: ComposerKind | undefined,
  text: string,
  timeout = 10_000,
): Promise<Locator> {
  const kind = composer ? `[data-composer="${composer}"]` : '';
  await page
    .locator(`tact-coach[data-level="${level}"][data-draft-length="${text.length}"]${kind}`)
    .first()
    .waitFor({ state: 'attached', timeout });
  return page.locator(`tact-coach${kind}`).first();
}

/** Real key events, so each editor library sees keydown/beforeinput/input the way a user makes them. */
export async function typeInto(page: Page, editor: Locator, text: string, delay = 0): Promise<void> {
  await editor.click();
  await page.keyboard.type(text, { delay });
}

/** Selects everything in the focused editor and deletes it with keys, as a user would. */
export async function clearEditor(page: Page, editor: Locator): Promise<void> {
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
}

/**
 * Pastes `text` into an editor. Editor libraries (Lexical, Draft.js, Quill, ProseMirror) get a
 * synthetic paste event carrying a DataTransfer, which their paste handlers insert. Plain fields
 * (textarea, bare contenteditable) ignore untrusted paste events, so they get the text through
 * Input.insertText, which is what the browser does after a real paste.
 */
export async function pasteInto(page: Page, editor: Locator, text: string, viaLibrary: boolean): Promise<void> {
  await editor.click();
  if (!viaLibrary) {
    await page.keyboard.insertText(text);
    return;
  }
  await editor.evaluate((el, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
  }, text);
}

/** A draft of at least `chars` characters in lines of ordinary prose, for the big-paste check. */
export function bigDraft(chars: number): string {
  const line = 'We walked along the river after lunch and talked about the garden, the kids and the summer.';
  const lines: string[] = [];
  for (let size = 0; size < chars; size += line.length + 1) lines.push(line);
  return lines.join('\n');
}
