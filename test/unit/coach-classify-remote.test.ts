import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classify } from '@/lib/classifier';
import { classifyDraft } from '@/lib/classifier/classify-draft';
import { decodeModel } from '@/lib/classifier/model/model-codec';
import { registerBackgroundHandlers } from '@/runtime/background-handlers';
import { send } from '@/runtime/messaging';
import type { ClassifyInput, ClassifyOptions } from '@/lib/classifier/types';

beforeEach(() => {
  fakeBrowser.reset();
  registerBackgroundHandlers();
});

const classifyInBackground = (input: ClassifyInput, options?: ClassifyOptions) =>
  send('coach.classify', { input, ...(options ? { options } : {}) });

// Long drafts are classified in the background so the page's main thread stays free: the answer
// must be exactly what the content script would have computed itself.
describe('classifying long drafts in the background', () => {
  test('gives the same verdict as classify() in the page', async () => {
    const text = `${'We walked by the river and talked about the garden. '.repeat(500)}\nDM me for my rates, 20% off this week only!`;
    const input = { text, network: 'facebook', composer: 'post' as const };
    const remote = await classifyInBackground(input, { sensitivity: 0.5 });
    expect(remote).toEqual(classify(input, { sensitivity: 0.5 }));
    expect(remote.level).not.toBe('ok');
  });

  test('a bad request comes back as a readable error, not a crash', async () => {
    await expect(classifyInBackground({ text: 'hi', network: 'nope' })).rejects.toThrow(/unknown network/);
  });
});

// The content script's bundle leaves the weights out and asks the background for them once.
describe('the learned model handed to content scripts', () => {
  test('judges a draft exactly as classify() with the shipped model does', async () => {
    const model = decodeModel(await send('coach.model', {}));
    const input = {
      text: 'omg you guys I finally started my own little candle business!! would mean the world if you checked out my page and grabbed one 🕯️',
      network: 'facebook',
    };
    const inPage = classifyDraft(input, { model });
    expect(inPage).toEqual(classify(input));
    expect(inPage.findings.some((f) => f.source === 'model')).toBe(true);
  });

  test('without it the page judges by the rules alone', () => {
    const input = {
      text: 'omg you guys I finally started my own little candle business!! would mean the world if you checked out my page and grabbed one 🕯️',
      network: 'facebook',
    };
    expect(classifyDraft(input).findings.some((f) => f.source === 'model')).toBe(false);
  });
});
