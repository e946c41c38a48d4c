import type { RuleFamily } from '../types';

// Remarks on looks or romantic hints recast a professional contact as a personal pursuit.
export const romance: RuleFamily = {
  kind: 'signal',
  category: 'romance',
  lang: 'en',
  direction: 'market-to-social',
  weights: { market: 1, hybrid: 0.8, social: 0.1 },
  rules: [
    {
      id: 'romance.appearance',
      severity: 'high',
      phrases: [
        'you ~1 look|looked|looking ~2 beautiful|gorgeous|stunning|hot|sexy|cute|pretty|handsome|ravishing', "you're|youre|you are ~2 beautiful|gorgeous|stunning|hot|sexy|cute|pretty|handsome",
        'your ~2 beautiful|gorgeous|stunning|pretty|lovely|sexy ~1 smile|eyes|face|hair|legs|body|lips|figure', 'profile ~1 pic|picture|photo ~4 beautiful|gorgeous|stunning|cute|hot|sexy|pretty',
        'beautiful|gorgeous|pretty ~1 lady|woman|girl', 'hottie', 'sexy', 'such [a] beautiful|gorgeous|pretty|lovely ~1 smile|face|eyes|legs|lips', 'your ~1 wife|husband|girlfriend|boyfriend|daughter ~2 is|looks|looked ~1 stunning|gorgeous|hot|sexy|beautiful', 'works ~1 on ~1 you', 'most ~1 beautiful|gorgeous|attractive|handsome|stunning', 'beautiful|gorgeous|attractive|handsome|hot|sexy|stunning|cute ~1 ceo|cfo|cto|boss|colleague|client|lawyer|doctor|banker|recruiter|manager|founder|coworker|intern|vendor|supplier|accountant', 'looking ~1 sharp|fine|hot|sexy|gorgeous|snatched', 'suit|dress|outfit|jeans ~3 on ~1 you', 'cuter|hotter|prettier|sexier|prettiest|cutest|sexiest|hottest', 'your ~1 smile ~2 lit|lights|made|makes', 'looking|look ~2 fit|toned|slim|hot ~1 lately|these', 'nice|cute|hot ~1 pics|photos|pictures',
      ],
      note: 'Comments on someone\'s looks turn a working relationship into a personal one they did not ask for.',
      suggestion: 'Keep to the work: their expertise, the project, the offer.',
      examples: { flag: ['You look stunning in your profile picture', 'Such a beautiful smile!'], pass: ['Your presentation looked great'] },
    },
    {
      id: 'romance.advances',
      severity: 'high',
      phrases: [
        'are ~1 you ~1 single', 'go ~1 out ~1 with ~1 me', 'ask ~1 you ~1 out', 'date ~1 with ~1 me', 'just the two of us', 'just ~1 you ~1 and ~1 me',
        "can't|cant ~1 stop ~1 thinking ~1 about ~1 you", 'thinking ~1 about ~1 you ~1 all', 'miss ~1 your ~1 face|smile|voice', 'kiss|kisses', 'xoxo', 'over ~1 drinks ~1 sometime', 'anyone ~1 ever ~1 tell ~1 you', 'drinks ~2 tonight ~2 just',
      ],
      note: 'A romantic advance inside a professional conversation changes what the other person thought the relationship was.',
      suggestion: 'Leave it out of business messages.',
      examples: { flag: ['Are you single by any chance?', 'Maybe dinner, just the two of us?'], pass: ['Would you like to join the team dinner on Friday?'] },
    },
  ],
};
