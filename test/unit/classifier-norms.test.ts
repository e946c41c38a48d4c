import { describe, expect, test } from 'vitest';
import { classify } from '../../lib/classifier';

const pitch = "I'm selling Medicare supplement plans now and can get you a great rate. Want me to send over a quote?";

describe('which norm applies', () => {
  test('an explicit audience wins over contact and network', () => {
    const v = classify({ text: 'hi', network: 'linkedin', audience: 'social', contact: { relationship: 'market' } });
    expect(v.norm).toMatchObject({ norm: 'social', source: 'audience' });
  });

  test("the contact's relationship wins over the network: a LinkedIn DM to family is judged socially", () => {
    const v = classify({ text: pitch, network: 'linkedin', composer: 'dm', contact: { relationship: 'social', tags: ['family'] } });
    expect(v.norm.norm).toBe('social');
    expect(v.norm.reason).toBe('LinkedIn DM to a contact you marked as family: social norms');
    expect(v.level).toBe('flip');
    expect(v.direction).toBe('social-to-market');
  });

  test('the same pitch to a client is fine', () => {
    const v = classify({ text: pitch, network: 'linkedin', composer: 'dm', contact: { relationship: 'market', tags: ['client'] } });
    expect(v.level).toBe('ok');
    expect(v.flip).toBe(false);
    expect(v.direction).toBeNull();
  });

  test('the network default applies next, then hybrid', () => {
    expect(classify({ text: 'x', network: 'facebook' }).norm).toMatchObject({ norm: 'social', source: 'network' });
    expect(classify({ text: 'x', network: 'linkedin' }).norm.norm).toBe('market');
    expect(classify({ text: 'x' }).norm).toMatchObject({ norm: 'hybrid', source: 'default' });
    expect(classify({ text: 'x', network: 'generic' }).norm).toMatchObject({ norm: 'hybrid', source: 'default' });
  });

  test('unknown networks and audiences are errors, not guesses', () => {
    expect(() => classify({ text: 'x', network: 'friendster' })).toThrow(/unknown network/);
    // @ts-expect-error deliberately wrong
    expect(() => classify({ text: 'x', audience: 'family' })).toThrow(/unknown audience/);
    // @ts-expect-error deliberately wrong
    expect(() => classify({ text: 42 })).toThrow(/text must be a string/);
  });
});

describe('verdicts people would agree with', () => {
  test.each([
    ['facebook', 'Use code JESS20 for 20% off my new candle line, link in bio!', 'flip', 'social-to-market'],
    ['facebook', 'That dinner was amazing, Mom. How much do I owe you for Thanksgiving?', 'flip', 'social-to-market'],
    ['facebook', 'Please share our press release with all your friends!', 'flip', 'social-to-market'],
    [
      'linkedin',
      'Hi Sam, I saw on your Instagram that you just got back from Cancún! Want to hop on a quick call about our CRM?',
      'flip',
      'market-to-social',
    ],
    [
      'linkedin',
      'Hi Sam, I noticed you visited our pricing page three times this week. Happy to walk you through the plans.',
      'flip',
      'market-to-social',
    ],
    ['linkedin', 'Thanks sweetie, the invoice is attached.', 'flip', 'market-to-social'],
    [
      'linkedin',
      'So sorry for your loss. When you are ready, our estate planning package is 15% off for new clients.',
      'flip',
      'market-to-social',
    ],
  ] as const)('%s: %s → %s', (network, text, level, direction) => {
    const v = classify({ text, network });
    expect(v.level).toBe(level);
    expect(v.direction).toBe(direction);
  });

  test.each([
    ['linkedin', 'Hope your mom is recovering well after the surgery. No rush on the contract.'],
    ['facebook', 'Can anyone recommend a good plumber in Leeds?'],
    ['facebook', 'My friend Ana just opened a bakery on Main St, her croissants are unreal!'],
    ['facebook', "Excited to share that I've joined Acme as a product designer!"],
    ['facebook', 'Pizza and beer on me if you help me move on Saturday 🍕'],
    ['facebook', 'Running the 10k for the children’s hospital, please donate if you can!'],
    ['facebook', 'My work gave me a friends and family code for 30% off, anyone want it?'],
    ['linkedin', 'We are hiring a senior data engineer, $150k–$180k, remote. DM me for details.'],
    ['linkedin', 'Our new analytics product launches today: plans start at $49/month.'],
    ['x', 'New blog post: how we cut our AWS bill by 40% with three boring changes'],
    ['instagram', 'I saw on your Instagram you went to Lisbon!! So jealous, babe 😍'],
  ])('%s: %s → not a flip', (network, text) => {
    expect(classify({ text, network }).flip).toBe(false);
  });
});

describe('findings', () => {
  test('offsets point at the words as typed, emoji and all', () => {
    const text = '🎉🎉 Big news!! Use code ANA15 at checkout 💅';
    const v = classify({ text, network: 'facebook' });
    expect(v.findings.length).toBeGreaterThan(0);
    for (const f of v.findings) expect(text.slice(f.start, f.end)).toBe(f.actual);
    expect(v.findings.map((f) => f.actual)).toContain('Use code');
  });

  test('each finding explains itself', () => {
    const [f] = classify({ text: 'DM me to order!', network: 'facebook' }).findings;
    expect(f).toMatchObject({
      ruleId: 'calls-to-action.message-to-order',
      category: 'calls-to-action',
      severity: 'high',
      direction: 'social-to-market',
    });
    expect(f.note).toMatch(/message you for prices or orders/);
    expect(f.suggestion.length).toBeGreaterThan(10);
  });

  test('a tracking tag inside a link is found', () => {
    const v = classify({ text: 'love this https://shop.example.com/p/9?utm_source=fb&ref=jess', network: 'facebook' });
    expect(v.findings[0]).toMatchObject({
      ruleId: 'affiliate-links.tracking-link',
      actual: 'https://shop.example.com/p/9?utm_source=fb&ref=jess',
    });
  });

  test('a disclosure silences the sponsorship rule', () => {
    const plug = 'Thank you @glowco for sending me these serums, obsessed!';
    expect(classify({ text: plug, network: 'instagram' }).findings.map((f) => f.ruleId)).toContain('undisclosed-sponsorship.paid-plug');
    expect(classify({ text: `Ad: ${plug}`, network: 'instagram' }).findings.map((f) => f.ruleId)).not.toContain(
      'undisclosed-sponsorship.paid-plug',
    );
  });

  // The rule mechanics alone (model: null): the learned model has its own mute test in classifier-model.
  test('muted rules are ignored and sensitivity moves the line', () => {
    const text = 'Only 3 spots left!';
    const rulesOnly = { model: null };
    expect(classify({ text, network: 'facebook' }, rulesOnly).level).toBe('caution');
    expect(classify({ text, network: 'facebook' }, { ...rulesOnly, sensitivity: 1 }).level).toBe('flip');
    expect(classify({ text, network: 'facebook' }, { ...rulesOnly, sensitivity: 0 }).level).toBe('ok');
    expect(classify({ text, network: 'facebook' }, { ...rulesOnly, mutedRules: ['urgency.limited-offer'] }).findings).toEqual([]);
  });
});
