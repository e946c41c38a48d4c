import type { RuleFamily } from '../types';

// Seed essay: paying your mother-in-law for Thanksgiving dinner. A price on a favour tells the
// other person the favour was a transaction.
export const payingFavours: RuleFamily = {
  kind: 'signal',
  literal: true,
  category: 'paying-favours',
  lang: 'en',
  direction: 'social-to-market',
  rules: [
    {
      id: 'paying-favours.price-a-favour',
      severity: 'high',
      phrases: [
        'pay|paying|venmo|zelle|paypal|tip ~1 you|ya ~4 for ~3 dinner|lunch|breakfast|meal|thanksgiving|christmas|hosting|having|babysitting|watching|helping|help|ride|lift|listening|advice|time|trouble|hospitality|favor|favour|cooking|everything',
        "i'll|ill|i will|let me ~1 pay|venmo|zelle|paypal ~1 you <money>",
        'pay|give ~1 you <money> ~4 help|helping|favor|favour|ride|dinner|babysit|babysitting|watch|watching|move|moving',
        'how much ~1 do|should ~1 i|we ~1 owe|pay ~1 you ~3 dinner|meal|thanksgiving|christmas|hosting|having|babysitting|helping|help|favor|favour|ride|lift',
        'what ~1 do|should ~1 i|we ~1 owe ~1 you ~3 dinner|meal|thanksgiving|christmas|hosting|having|helping|help|favor|favour',
        "here's|heres|here is ~1 <money> ~3 dinner|hosting|helping|help|trouble|time|hospitality|favor|favour",
        '<money> for ~2 your|the ~1 trouble|time|hospitality|hosting|cooking',
        'help ~1 you|ya ~4 for <money>',
        '<money> ~6 cover|for ~3 food|time|dinner|lunch|meal|hosting|help|helping|effort|trouble|saturday|hospitality|cooking|babysitting|hours',
        'venmo|zelle|pay|paypal|transfer|transferring|sending|send|venmoing ~1 me|you|her|him|mom|dad|them ~1 <money>|<num> ~3 for|to|anyway|as',
        'feel ~2 like ~1 i ~1 owe ~1 you',
        'pay|paying ~3 <money> ~4 help|helping|move|moving|babysit|watch|drive|ride|lift',
        'cash ~1 in ~1 hand ~4 help|move|hours',
        'owe ~1 me ~3 for ~2 helping|help|the|babysitting|watching|driving',
        'by ~1 the ~1 hour ~3 fix|fixing|help|helping|babysit|babysitting|cook|cooking|watch|watching',
        '<money> ~1 an|per|a ~1 hour ~3 help|helping|fix|fixing|watch|babysit|babysitting|for',
        'pay|paying|venmo|venmoing|zelle|paypal|transfer|transferring|give|giving|tip|tipping ~3 <money> ~2 for|as ~4 making|cooking|hosting|babysitting|helping|help|watching|driving|food|time|favor|favour|trouble|hospitality|dinner|thanksgiving|christmas|cake|fee|planner|labor|labour|effort|work|painting',
        "shouldn't|should not ~2 be ~1 doing ~3 for ~1 free",
        'charge ~1 you ~3 for ~2 helping|help|ride|watching|babysitting|the favor|favour',
      ],
      note: 'Putting a price on a favour or a family meal turns a gift into a transaction, and that is what hurts.',
      suggestion: 'Say thank you, and return the favour in kind: bring dessert next time, offer to host, help them back.',
      examples: {
        flag: [
          'That dinner was amazing, how much do I owe you for Thanksgiving?',
          "I'll pay you $50 to help me move Saturday",
          'Let me Venmo you for babysitting last night',
        ],
        pass: ['Pizza and beer on me if you help me move', 'Let me pay you back for the concert tickets'],
      },
    },
  ],
};
