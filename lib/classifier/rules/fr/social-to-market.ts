import type { RuleFamily } from '../types';

const base = { kind: 'signal', lang: 'fr', direction: 'social-to-market' } as const;

export const socialToMarket: RuleFamily[] = [
  {
    ...base,
    category: 'selling',
    rules: [
      {
        id: 'selling.fr-offer',
        severity: 'high',
        phrases: [
          'je ~1 vends',
          'a ~1 vendre',
          'seulement|que ~1 <money>',
          '<money> ~1 piece|la ~1 piece|pot|bouteille',
          'disponible ~1 maintenant',
        ],
        note: 'Un prix ou un « je vends » fait de vos lecteurs des clients : entre proches, on attend des cadeaux, pas des ventes.',
        suggestion: 'Racontez ce que vous faites sans le prix ; ceux qui veulent acheter vous écriront.',
        examples: {
          flag: ['Je vends mes bougies maison, seulement 12€ !'],
          pass: ['Le vide-grenier était génial'],
        },
      },
      {
        id: 'selling.fr-shop',
        severity: 'high',
        // prettier-ignore
        phrases: [
          'ma|notre ~1 boutique|collection|marque',
        ],
        note: 'Mettre en avant votre boutique ou votre marque fait de la publication une vitrine, et de vos lecteurs des clients.',
        suggestion: 'Racontez ce qui vous plaît dans votre boutique sans inviter à acheter ; qui le souhaite vous demandera.',
        examples: { flag: ['Découvrez ma boutique'] },
      },
    ],
  },
  {
    ...base,
    category: 'calls-to-action',
    rules: [
      {
        id: 'calls-to-action.fr-buy-now',
        severity: 'high',
        phrases: [
          "achetez|commandez|reservez ~2 maintenant|aujourd'hui|vite",
          'lien ~1 en ~1 bio',
          'ecris|envoie|contacte|ecrivez|envoyez ~2 moi|nous ~3 pour ~2 commander|acheter|reserver|prix|tarifs',
        ],
        note: 'Demander à vos lecteurs d’acheter (« commandez ») les traite en clients et change la nature de votre lien.',
        suggestion: 'Retirez l’appel à l’achat et partagez ce dont vous êtes fier.',
        examples: { flag: ['Commandez maintenant, lien en bio !', 'Écris-moi pour commander'], pass: ['Écris-moi quand tu arrives'] },
      },
    ],
  },
  {
    ...base,
    category: 'promo-codes',
    rules: [
      {
        id: 'promo-codes.fr-code',
        severity: 'high',
        phrases: [
          'code ~1 promo|reduction|remise',
          'avec ~1 le|mon ~1 code',
          '<percent> ~1 de ~1 reduction|remise',
          'livraison ~1 gratuite|offerte',
        ],
        note: 'Un code promo fait de la publication une publicité.',
        suggestion: 'Dites avec vos mots pourquoi vous aimez le produit ; si le code vous rapporte, commencez par « Pub : ».',
        examples: { flag: ['Avec mon code JULIE15 vous avez 15% de réduction'], pass: ['Le code de la porte est 1234'] },
      },
    ],
  },
  {
    ...base,
    category: 'urgency',
    rules: [
      {
        id: 'urgency.fr-limited',
        severity: 'medium',
        phrases: [
          'offre ~1 limitee',
          'plus ~1 que <num>',
          'derniere ~1 chance',
          'dans ~1 la ~1 limite ~1 des ~1 stocks',
          "aujourd'hui ~1 seulement",
          'ne ~1 ratez ~1 pas',
        ],
        note: 'L’urgence et la rareté (« offre limitée », « dernière chance ») sont des techniques de vente ; elles mettent la pression sur vos lecteurs.',
        suggestion: 'Enlevez la pression et laissez chacun décider à son rythme.',
        examples: { flag: ['Plus que 3 places, dernière chance !'], pass: ['On se voit à 8h'] },
      },
    ],
  },
  {
    ...base,
    category: 'recruiting',
    rules: [
      {
        id: 'recruiting.fr-opportunity',
        severity: 'high',
        phrases: [
          "opportunite ~1 d'affaires",
          'revenus ~1 passifs|complementaires',
          'liberte ~1 financiere',
          'sois|soyez ~1 ton|votre ~1 propre ~1 patron|patronne',
          'rejoins|rejoignez ~1 mon ~1 equipe',
          'travailler ~1 de ~1 chez ~1 toi|vous|soi',
        ],
        note: 'Recruter des gens dans une affaire utilise votre lien avec eux comme canal de vente.',
        suggestion: 'Parlez de ce que vous aimez dans votre travail ; les curieux poseront la question.',
        examples: {
          flag: ['Rejoins mon équipe et deviens ton propre patron, revenus passifs garantis'],
          pass: ['Mon équipe a gagné le match'],
        },
      },
    ],
  },
];
