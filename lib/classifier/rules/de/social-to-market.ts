import type { RuleFamily } from '../types';

const base = { kind: 'signal', lang: 'de', direction: 'social-to-market' } as const;

export const socialToMarket: RuleFamily[] = [
  {
    ...base,
    category: 'selling',
    rules: [
      {
        id: 'selling.de-offer',
        severity: 'high',
        phrases: ['verkaufe', 'zu ~1 verkaufen', 'nur|fur ~1 <money>', '<money> pro ~1 stuck|flasche|set|stunde', 'jetzt ~1 erhaltlich'],
        note: 'Ein Preis oder ein „verkaufe“ macht aus den Lesern Kunden: unter Bekannten zählen Geschenke und Gefallen, nicht Verkäufe.',
        suggestion: 'Erzähl, was du machst, ohne Preis; wer kaufen will, meldet sich.',
        examples: {
          flag: ['Verkaufe meine handgemachten Kerzen, nur 12€!'],
          pass: ['Der Flohmarkt war super'],
        },
      },
      {
        id: 'selling.de-shop',
        severity: 'high',
        // prettier-ignore
        phrases: [
          'mein|meinen|unser|unseren ~1 shop|onlineshop|laden',
        ],
        note: 'Wer auf den eigenen Shop oder Laden verweist, macht den Beitrag zum Schaufenster und die Leser zu Kunden.',
        suggestion: 'Erzähl, was dich an deinem Laden freut, ohne zum Kaufen einzuladen; wer mag, fragt nach.',
        examples: { flag: ['Schaut in meinen Onlineshop'] },
      },
    ],
  },
  {
    ...base,
    category: 'calls-to-action',
    rules: [
      {
        id: 'calls-to-action.de-buy-now',
        severity: 'high',
        phrases: [
          'jetzt ~1 kaufen|bestellen|buchen|sichern',
          'link ~1 in ~2 bio',
          'schreib|schreibt ~1 mir|uns ~3 bestellen|preise|bestellung',
          'bestell|bestellt ~1 jetzt|heute',
        ],
        note: 'Die Leser zum Kaufen aufzufordern („jetzt kaufen“) macht sie zu Kunden und verändert, was ihr füreinander seid.',
        suggestion: 'Lass den Kaufaufruf weg und teile, worauf du stolz bist.',
        examples: { flag: ['Jetzt bestellen, Link in der Bio!'], pass: ['Schreib mir, wenn du da bist'] },
      },
    ],
  },
  {
    ...base,
    category: 'promo-codes',
    rules: [
      {
        id: 'promo-codes.de-code',
        severity: 'high',
        // prettier-ignore: rule data keeps one phrase per line
        // Rule data keeps one phrase per line, even where the list would fit on one.
        // prettier-ignore
        phrases: [
          'rabattcode|gutscheincode|rabatt-code',
          'mit ~2 code <code>',
          '<percent> ~1 rabatt',
          'versandkostenfrei',
        ],
        note: 'Ein Rabattcode macht den Beitrag zur Werbung.',
        suggestion: 'Sag in eigenen Worten, warum du es magst; verdienst du am Code, beginne mit "Werbung:".',
        examples: { flag: ['Mit dem Code LENA15 bekommt ihr 15% Rabatt'], pass: ['Der Code kompiliert nicht'] },
      },
    ],
  },
  {
    ...base,
    category: 'urgency',
    rules: [
      {
        id: 'urgency.de-limited',
        severity: 'medium',
        phrases: [
          'nur ~1 noch ~1 heute',
          'nur ~1 noch <num> ~1 platze|stuck|exemplare|tickets|termine',
          'solange ~1 der ~1 vorrat ~1 reicht',
          'begrenzte|limitierte ~1 stuckzahl|platze|auflage|zeit',
          'letzte ~1 chance',
        ],
        note: 'Zeitdruck und Knappheit sind Verkaufstechniken; unter Freunden wirken sie wie Druck.',
        suggestion: 'Nimm den Druck raus und lass die Leute selbst entscheiden.',
        examples: { flag: ['Nur noch 3 Plätze, solange der Vorrat reicht!'], pass: ['Nur noch drei Tage bis zum Urlaub'] },
      },
    ],
  },
  {
    ...base,
    category: 'recruiting',
    rules: [
      {
        id: 'recruiting.de-opportunity',
        severity: 'high',
        phrases: [
          'geschaftsmoglichkeit|geschaftsidee',
          'passives ~1 einkommen',
          'sei ~1 dein ~1 eigener ~1 chef',
          'von ~1 zu ~1 hause ~3 arbeiten|verdienen',
          'finanzielle ~1 freiheit',
          'werde ~1 teil ~1 meines ~1 teams',
        ],
        note: 'Leute für ein Geschäft anzuwerben benutzt die Beziehung zu ihnen als Vertriebskanal.',
        suggestion: 'Erzähl, was dir an deiner Arbeit gefällt; wer neugierig ist, fragt.',
        examples: { flag: ['Finanzielle Freiheit und passives Einkommen, werde Teil meines Teams!'], pass: ['Mein Team hat gewonnen'] },
      },
    ],
  },
];
