import type { RuleFamily } from '../types';

// Warmth in a market relationship is fine ("hope your mom is recovering"); using a private event as
// the hook for a pitch is not. Hence needsMarketFrame: these only count beside an offer.
export const privateTopics: RuleFamily = {
  kind: 'signal',
  category: 'private-topics',
  lang: 'en',
  direction: 'market-to-social',
  // Pitching to a grieving friend flips the friendship: under social norms the hook aggravates the sale.
  socialDirection: 'social-to-market',
  weights: { social: 1, hybrid: 0.8, market: 1 },
  rules: [
    {
      id: 'private-topics.life-event-hook',
      severity: 'high',
      needsMarketFrame: true,
      phrases: [
        'pregnan*', 'expecting ~1 a ~1 baby', 'baby on the way', 'new baby', 'newborn', 'divorc*', 'separation', 'breakup', 'break up', 'diagnos*', 'cancer', 'chemo*', 'tumor|tumour',
        'illness', 'surgery', 'hospital*', 'passed away', 'your loss', 'loss of your', 'funeral', 'griev*', 'widow*', 'miscarriage', 'fertility', 'ivf', 'rehab', 'depression',
        'your weight', 'laid off', 'lost ~1 your ~1 job', 'bankrupt*', 'debt', 'bereavement', 'passed', 'passing', 'therapy', 'anxiety', 'chemotherapy', 'miscarried', 'sober', 'sobriety', 'condolences', 'sorry for your', 'rest in peace',
      ],
      note: 'Using a private event (a pregnancy, an illness, a loss) as the opening for an offer makes the sympathy look like a sales tactic.',
      suggestion: 'Keep the two apart: send your sympathy or congratulations on their own, and make the offer another time, if at all.',
      examples: {
        flag: ['So sorry for your loss. When you are ready, our estate planning package can help', 'Congrats on the pregnancy! Our new baby insurance plan is 20% off'],
        pass: ['Hope your mom is recovering well after the surgery', 'So sorry for your loss, thinking of you'],
      },
    },
  ],
};
