import type { RuleFamily } from '../types';

// Recruiting friends into a business ("opportunity") uses the friendship as a sales channel.
export const recruiting: RuleFamily = {
  kind: 'signal',
  category: 'recruiting',
  lang: 'en',
  direction: 'social-to-market',
  rules: [
    {
      id: 'recruiting.opportunity',
      severity: 'high',
      phrases: [
        'business opportunity', 'amazing|incredible|exciting|changing|huge|rare ~1 opportunity', 'join my|our ~1 team', 'own ~1 boss', 'starter ~1 bundle|kit|pack', 'started ~1 with ~1 a|an ~2 brand|company ~3 thought|perfect', 'letting|accepting ~1 <num> ~2 people|spots|members', 'quit ~2 9 ~1 5', 'work from ~1 home|anywhere|your phone',
        'financial|time ~1 freedom', 'passive|residual|extra ~1 income', 'side hustle', 'ground floor', 'looking for ~3 motivated|driven|ambitious|hungry|coachable ~2 people|women|moms|mums|mamas|mommas|parents|individuals|ladies|partners|friends', 'for ~1 my ~1 team', 'business ~3 i ~1 joined', "you'd|youd ~1 be ~2 amazing|perfect|great|incredible ~1 at ~1 it|this", 'company ~3 changed ~1 everything|my', 'introduced ~1 me ~1 to ~1 a|this ~1 company|business|opportunity',
        'looking for <num> ~2 people|women|moms|mums|ladies|partners', 'who wants to ~2 make|earn ~2 money|extra|income', 'fire your boss', 'get rich ~1 fast|quick', 'changed ~1 my ~1 life ~1 financially', 'business ~5 run ~2 from', 'wellness|health|skincare|beauty ~1 business ~4 perfect', 'only ~1 taking|helping|accepting ~2 <num>|few ~1 people', 'want in', 'join ~1 my ~1 telegram|discord|whatsapp|group|vip', '#bossbabe', 'boss babe', '#mlm', 'income opportunity',
      ],
      note: 'Recruiting friends into a business treats the friendship as a sales channel, and most of them will notice.',
      suggestion: 'Talk about what you enjoy in your work; if someone is curious, they can ask you about joining.',
      examples: { flag: ['Looking for 3 motivated moms to join my team!', 'Want financial freedom? Be your own boss!'], pass: ['We are hiring a senior engineer, remote OK', 'My team won the pub quiz'] },
    },
    {
      id: 'recruiting.income-claim',
      severity: 'high',
      phrases: [
        'made|make|earn|earned|earning|making|pulled|pull|pulling|cleared|clear|netted|net|banked|raked ~1 <money>|<num> ~3 month|week|day|monthly|weekly|passively|part|side', 'turned <money> ~1 into <money>', '<num> ~1 thousand|grand|k ~3 a|per|each ~1 month|week', 'from ~1 your|my ~1 phone ~3 making|make|earn|extra|income|like',
        'made|make|earn|earned|earning|making ~1 <money> from ~2 home|phone|couch|sofa', 'quit|fired ~2 9 ~1 5 ~3 thanks', 'quit ~1 my ~1 job ~3 thanks ~1 to', 'replace|replaced ~3 income|salary',
        'six|seven|6|7 figure|figures ~2 income|business|month|year', '<money> in <num> ~1 weeks|days|months|week|day|month', 'made|make|earn|earned|earning|making ~1 <money> ~1 a|per|this|last|every ~1 month|week|day', '<num> figure income',
      ],
      note: 'Income claims are how direct-sales recruiting starts; friends read them as a pitch, not news.',
      suggestion: 'Share what changed for you without the money figures, or keep this for people who asked.',
      examples: { flag: ['I made $3,000 this month from my phone!', 'Replaced my full-time income in 6 months'], pass: ['Made $40 at the yard sale, time for pizza'] },
    },
    {
      id: 'recruiting.direct-sales',
      severity: 'medium',
      phrases: [
        'young living', 'doterra', 'arbonne', 'herbalife', 'monat', 'younique', 'rodan fields', 'rodan and fields', 'scentsy', 'lularoe', 'beachbody',
        'mary kay', 'color street', 'plexus', 'norwex', 'pampered chef', 'pure romance', 'isagenix', 'le vel', 'thrive patch', 'amway', 'juice plus',
        'online party', 'facebook party', 'hostess rewards|gifts|credit', 'host ~2 party ~3 free', 'host ~1 a ~1 demo|party|show', 'rep|consultant|distributor|ambassador|presenter ~1 for', 'cutco|avon|tupperware|paparazzi|usborne', 'send ~1 you ~2 catalog|samples|sample',
      ],
      note: 'Party-plan and direct-sales brands are built on selling through friendships; naming them reads as a pitch.',
      suggestion: 'If a friend might like it, mention it one-to-one when it fits the conversation, not as a broadcast.',
      examples: { flag: ['Loving my new doTERRA oils, who wants to try?', 'Join my online party tonight for hostess rewards!'], pass: ['Party at my place tonight!'] },
    },
  ],
};
