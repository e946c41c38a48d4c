import type { MitigatorFamily } from '../types';

// The essays' "not a flip" cases: context that keeps a message inside gift norms.
export const mitigators: MitigatorFamily = {
  kind: 'mitigator',
  lang: 'en',
  mitigators: [
    {
      id: 'friends-and-family-only',
      phrases: ['friends and family ~2 only|code|discount|sale|pricing|night|event|rate|offer', 'friends family ~1 only|code|discount|sale|pricing|night|rate', 'friends and family', 'employee discount', 'my work gave me'],
      dampens: ['promo-codes', 'selling', 'calls-to-action', 'urgency', 'pitch-language'],
      factor: 0.5,
      why: 'The "friends and family only" inside scoop passes as sharing, not selling (seed essay on F&F coupons).',
    },
    {
      id: 'charity',
      phrases: [
        'donate|donated|donating|donation|donations|fundraiser|fundraising|charity|charities|nonprofit|gofundme|justgiving', 'raising|raise ~1 money|funds ~1 for', 'non ~1 profit', 'in memory of',
        'sponsor ~1 me', 'per ~1 mile|km|lap', 'bake sale', 'walk|run|ride|relay ~1 for ~2 cancer|alzheimer|alzheimers|research|charity|kids|children|hospital', 'all proceeds', 'proceeds go', 'every ~1 dollar|penny|cent ~2 goes', 'marathon|race|walk|ride|swim ~4 for ~2 the|a|charity', 'half ~1 marathon ~4 for', 'nicu', 'matching ~1 donations|gifts', 'donation ~1 matching', 'food bank', 'animal shelter',
      ],
      dampens: ['selling', 'calls-to-action', 'promo-codes', 'urgency', 'distribution-asks', 'investment-asks', 'undisclosed-sponsorship', 'private-topics', 'paying-favours', 'pitch-language'],
      factor: 0.3,
      why: 'Donations follow gift norms, not market ones.',
    },
    {
      id: 'asking-for-a-recommendation',
      phrases: [
        'can|could|would ~1 anyone|anybody|someone|you ~2 recommend', 'any ~1 recommendations|recs|suggestions', 'does ~1 anyone|anybody ~2 know', 'know ~1 of ~1 a ~1 good',
        'who ~1 do ~1 you ~1 use ~1 for', 'looking for ~1 a ~2 good|reliable|recommend', 'anyone ~2 tried',
      ],
      dampens: ['selling', 'calls-to-action', 'promo-codes', 'pitch-language'],
      factor: 0.35,
      why: 'Asking friends for a recommendation is a favour request, not a sale.',
    },
    {
      id: 'recommending-a-friend',
      phrases: [
        'my ~1 friend|friends|sister|brother|cousin|neighbor|neighbour|mom|mum|dad|aunt|uncle|niece|nephew|bestie|coworker|colleague ~3 opened|started|launched|opening|starting|runs|owns|makes|sells',
        "friend's|friends|sister's|brother's|cousin's|neighbor's|neighbour's|mom's|mum's|dad's ~3 shop|bakery|business|store|studio|salon|restaurant|cafe|band|book|etsy|gallery",
        'support ~1 small|local ~1 business|businesses', 'shout ~1 out ~1 to', 'shoutout ~1 to', 'not sponsored', 'not an ad', 'no affiliation', 'not affiliated',
      ],
      dampens: ['selling', 'calls-to-action', 'promo-codes', 'urgency', 'distribution-asks', 'pitch-language'],
      factor: 0.45,
      why: 'Recommending a friend\'s business is a gift to both friends.',
    },
    {
      id: 'gift-and-reciprocity',
      phrases: [
        'on ~1 me', 'my ~1 treat', "i'll|ill|i will ~1 buy|bring|get ~2 pizza|pizzas|beer|beers|drinks|dinner|lunch|coffee|wine|snacks|cake|dessert", 'buy ~1 you ~1 a ~2 coffee|beer|drink|lunch|dinner|pint',
        'owe ~1 you ~1 one', 'owe ~1 you ~1 a ~1 beer|coffee|drink|pint|lunch|dinner|favor|favour', 'as ~1 a ~1 thank ~1 you', 'birthday|bday ~1 money|gift|present', 'for ~1 your ~1 birthday|bday', 'a ~1 little ~1 gift', 'return ~1 the ~1 favor|favour',
      ],
      dampens: ['paying-favours', 'selling', 'pitch-language'],
      factor: 0.3,
      why: 'Gifts and returned favours are how social ties work ("pizza and beer on me if you help me move").',
    },
    {
      id: 'settling-shared-costs',
      phrases: ['split|splitting ~2 bill|check|cost|costs|tab|rent|gas|utilities', 'came ~1 to <money>', 'total ~1 was|is|came|comes', 'splitwise|tricount', 'kitty', 'each ~1 if ~3 all|everyone|we', 'per ~1 person ~3 if|split', 'raised <money>', 'settle ~1 up', '<money> ~1 each ~2 venmo|zelle|paypal|splitwise', 'venmo|zelle|paypal ~1 me', 'roommates|housemates|flatmates', 'pay ~1 you ~1 back', 'pay ~1 me ~1 back', 'my ~1 share', 'your ~1 share', 'chip ~1 in', 'chipping ~1 in', 'paid ~1 for ~2 tickets|groceries|gas'],
      dampens: ['paying-favours', 'selling', 'pitch-language'],
      factor: 0.2,
      why: 'Reimbursing shared costs is bookkeeping between friends, not pricing a favour.',
    },
    {
      id: 'own-job-news',
      phrases: [
        "i've|ive|i have ~1 joined", "i'm|im|i am ~1 joining", 'started|starting ~1 a ~1 new ~1 position|role|job', 'new ~1 job|role|position', 'first ~1 day ~1 at', 'accepted ~1 an|a ~1 offer', 'promoted ~1 to',
      ],
      dampens: ['recruiting', 'selling', 'pitch-language'],
      factor: 0.5,
      why: 'Announcing your own new job is news about you, not an offer.',
    },
  ],
};
