import type { RuleFamily } from '../types';

const base = { kind: 'signal', lang: 'de', direction: 'market-to-social' } as const;

export const marketToSocial: RuleFamily[] = [
  {
    ...base,
    category: 'private-data',
    rules: [
      {
        id: 'private-data.de-other-accounts',
        severity: 'high',
        phrases: [
          'auf ~1 deinem|ihrem ~1 instagram|facebook|tiktok|profil ~3 gesehen',
          'gesehen ~2 dass ~3 unsere ~2 preisseite|website|seite',
          'ihren|deinen ~1 einkaufen|kaufverlauf|suchverlauf',
        ],
        note: 'Wer zitiert, was jemand auf Instagram oder Facebook mit Freunden geteilt hat, wirkt in einer Geschäftsbeziehung wie ein Beobachter.',
        suggestion: 'Bleib bei dem, was die Person dir hier erzählt hat, oder frag direkt.',
        examples: { flag: ['Ich habe auf Ihrem Instagram gesehen, dass Sie in Rom waren'], pass: ['Ich habe Ihren Vortrag gesehen'] },
      },
    ],
  },
  {
    ...base,
    category: 'pet-names',
    weights: { market: 1, hybrid: 0.7, social: 0.05 },
    rules: [
      {
        id: 'pet-names.de-endearment',
        severity: 'high',
        phrases: ['schatz|schatzi|liebling|susse|suesse|hasi|mausi'],
        note: 'Kosenamen wie „Schatz“ oder „Liebling“ setzen eine Nähe voraus, die Kunden oder Kollegen nicht angeboten haben.',
        suggestion: 'Verwende den Namen.',
        examples: { flag: ['Danke Schatz, die Rechnung kommt morgen'], pass: ['Danke Anna, die Rechnung kommt morgen'] },
      },
    ],
  },
];
