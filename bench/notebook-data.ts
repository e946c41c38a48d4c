// Synthetic but realistic notebook data for the bench: varied names (with accents), handles on several
// networks, circles, notes, and a LinkedIn Connections.csv in the real export's shape.
import { withDerived } from '../lib/db/derive';
import type { Contact, Norm } from '../lib/db/types';

const first = [
  'Ana',
  'Marc',
  'Zoë',
  'Li',
  'Grace',
  'Ada',
  'Sam',
  'Lucía',
  'Omar',
  'Priya',
  'Jonas',
  'Chloé',
  'Kwame',
  'Yuki',
  'Elena',
  'Tom',
  'Sofia',
  'Noah',
  'Amara',
  'Pierre',
  'Mia',
  'Ravi',
  'Ines',
  'Lars',
];
const last = [
  'García',
  'Dupont',
  'Martin',
  'Wei',
  'Hopper',
  'Lovelace',
  'Lopez',
  'Pérez',
  'Haddad',
  'Shah',
  'Berg',
  'Moreau',
  'Mensah',
  'Tanaka',
  'Rossi',
  'Novak',
  'Silva',
  'Müller',
  'Okafor',
  'Laurent',
  'Kowalski',
  'Iyer',
  'Costa',
  'Nielsen',
];
const tagSets = [
  ['family'],
  ['friend'],
  ['colleague'],
  ['client'],
  ['prospect'],
  ['friend', 'neighbour'],
  ['client', 'vip'],
  [],
  [],
  ['book club'],
];
const norms: Norm[] = ['social', 'market', 'hybrid'];
const notes = [
  'Loves hiking; two kids.',
  'Renewal due in spring, ask about the Q3 budget.',
  'Met at the climbing gym.',
  '',
  'Prefers email over calls.',
  'Owes me a book.',
];

/** Deterministic pseudo-random (so runs compare), seeded per index. */
const pick = <T>(list: readonly T[], i: number, salt: number) => list[((i * 2654435761 + salt * 40503) % 4294967296) % list.length];

export function syntheticContacts(count: number, now: number): Contact[] {
  const out: Contact[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${pick(first, i, 1)} ${pick(last, i, 2)} ${i}`;
    const slug = name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/\s+/g, '-');
    const createdAt = now - (i % 900) * 86_400_000;
    out.push(
      withDerived({
        id: `bench-${i}`,
        name,
        relationship: pick(norms, i, 3),
        tags: pick(tagSets, i, 4),
        howWeMet: i % 3 ? 'work' : 'school',
        notes: pick(notes, i, 5),
        keepInTouchDays: i % 7 === 0 ? 30 : null,
        lastInteraction: i % 4 ? now - (i % 400) * 86_400_000 : null,
        handles: [
          { network: 'linkedin', handle: slug, profileUrl: `https://www.linkedin.com/in/${slug}/` },
          ...(i % 2 ? [{ network: 'x', handle: slug.replace(/-/g, '_').slice(0, 15) }] : []),
        ],
        emails: i % 5 ? [] : [`${slug}@example.com`],
        phones: [],
        createdAt,
        updatedAt: createdAt,
      }),
    );
  }
  return out;
}

/** A Connections.csv of `count` people, with LinkedIn's preamble, quoted companies and the odd hidden member. */
export function syntheticConnectionsCsv(count: number): string {
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 0; i < count; i++) {
    const f = pick(first, i, 7);
    const l = `${pick(last, i, 8)}${i}`;
    const company = i % 3 ? `"${pick(last, i, 9)}, ${pick(last, i, 10)} & Co"` : 'Northwind';
    lines.push(
      `${f},${l},https://www.linkedin.com/in/${f.toLowerCase()}-${l.toLowerCase()}-${i},${i % 4 ? '' : `p${i}@example.com`},${company},Head of ${pick(['Sales', 'Growth', 'Design'], i, 11)},${(i % 28) + 1} Mar 2021`,
    );
  }
  return lines.join('\r\n') + '\r\n';
}
