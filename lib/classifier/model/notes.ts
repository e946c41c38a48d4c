/**
 * What a learned finding says, chosen by the words in its span: the model knows *that* a phrase reads
 * as a pitch or an intrusion; these cues say *which kind*, so the note fits the phrase. Data, like rules.
 */
import type { HeadName } from './model-types';

export interface ModelNote {
  concern: string;
  /** Any of these normalised tokens (or token prefixes ending in "*") in the span selects this note. */
  cues: string[];
  note: string;
  suggestion: string;
}

export const MODEL_NOTES: Record<HeadName, ModelNote[]> = {
  pitch: [
    {
      concern: 'money-offer',
      cues: ['<money>', '<pct>', '<dollar>', 'price*', 'off', 'discount*', 'sale', 'deal*', 'cheap*', 'free', 'code'],
      note: 'Prices and offers turn the people reading this into customers.',
      suggestion: 'Share the news without the price or the offer; anyone interested will ask.',
    },
    {
      concern: 'engagement-ask',
      cues: ['sub', 'subscribe*', 'follow*', 'like', 'likes', 'share', 'upvote*', 'review*', 'channel', 'views', 'vote'],
      note: 'Asking people to subscribe, follow, like or share for your own reach treats the conversation as an audience to grow.',
      suggestion: 'Join the conversation on its topic; people who like what you say will find your page.',
    },
    {
      concern: 'income-recruiting',
      cues: ['earn*', 'income', 'hiring', 'join', 'team', 'opportunity', 'boss*', 'home', 'side', 'hustle', 'commission*', 'residual'],
      note: 'Income claims and "join my team" invitations ask the people reading to become your recruits.',
      suggestion: 'If someone asks about your work, tell them; otherwise keep the invitation out of this conversation.',
    },
    {
      concern: 'investment',
      cues: ['invest*', 'crypto*', 'bitcoin', 'btc', 'profit*', 'returns', 'trading', 'forex', 'signals', 'coin', 'token*', 'roi'],
      note: 'Asking people to put money into a coin, a fund or your venture turns trust into a financial bet.',
      suggestion: 'Talk about it as a topic if you like; leave out the invitation to put money in.',
    },
    {
      concern: 'call-to-contact',
      cues: [
        'dm',
        'inbox',
        'message',
        'click',
        'link',
        'bio',
        '<url>',
        '<url-short>',
        '<url-tracked>',
        '<phone>',
        'whatsapp',
        'call',
        'text',
        'order*',
        'buy',
        'shop',
        'visit',
      ],
      note: 'Sending people to a link, a number or your inbox to buy reads as a sales funnel, not a conversation.',
      suggestion: 'Say what you want to share in the comment itself; leave the funnel for people who ask.',
    },
    {
      concern: 'pitch',
      cues: [],
      note: 'This reads like a pitch: to people who expect friendship or community, it turns them into prospects.',
      suggestion: 'Keep the pitch for people who asked for it (your business page, customers); here, talk as yourself.',
    },
  ],
  intrude: [
    {
      concern: 'surveillance',
      cues: [
        'saw',
        'noticed',
        'seen',
        'instagram',
        'insta',
        'facebook',
        'fb',
        'strava',
        'profile',
        'visited',
        'opened',
        'posted',
        'stories',
        'pics',
        'photos',
        'tracked',
        'location',
      ],
      note: 'Quoting what someone shared elsewhere, or what you tracked them doing, shows you watched their private life; in a business exchange that feels like surveillance.',
      suggestion: 'Stick to what they shared with you in this relationship, or ask them directly.',
    },
    {
      concern: 'looks-romance',
      cues: [
        'beautiful',
        'gorgeous',
        'attractive',
        'pretty',
        'hot',
        'sexy',
        'cute',
        'stunning',
        'dinner',
        'drinks',
        'date',
        'single',
        'smile',
        'looking',
      ],
      note: 'Remarks on looks or an invitation out turn a professional contact into a romantic one they did not ask for.',
      suggestion: 'Keep to the work: what you can do together, the next step, the timeline.',
    },
    {
      concern: 'pet-names',
      cues: ['babe', 'baby', 'hun', 'hon', 'honey', 'sweetie', 'sweetheart', 'dear', 'darling', 'love', 'sexy'],
      note: 'Pet names from a business contact feel familiar in a way the person never agreed to.',
      suggestion: 'Use their name, as you would with any client or colleague.',
    },
    {
      concern: 'private-topics',
      cues: [
        'divorce*',
        'pregnan*',
        'baby',
        'cancer',
        'surgery',
        'hospital',
        'funeral',
        'loss',
        'passed',
        'diagnos*',
        'therapy',
        'rehab',
        'kids',
        'wife',
        'husband',
      ],
      note: 'Bringing their health, family or grief into a business message uses private life as a hook.',
      suggestion: 'If they told you themselves, a kind word on its own is fine; keep any offer out of it.',
    },
    {
      concern: 'private-life',
      cues: [],
      note: "This brings the person's private life into a business exchange, which can feel intrusive.",
      suggestion: 'Keep to what they shared with you in this relationship, or ask them directly.',
    },
  ],
};

export function noteFor(head: HeadName, words: string[]): ModelNote {
  const notes = MODEL_NOTES[head];
  const has = (cue: string) => (cue.endsWith('*') ? words.some((w) => w.startsWith(cue.slice(0, -1))) : words.includes(cue));
  return notes.find((n) => n.cues.some(has)) ?? notes[notes.length - 1];
}
