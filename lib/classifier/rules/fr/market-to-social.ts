import type { RuleFamily } from '../types';

const base = { kind: 'signal', lang: 'fr', direction: 'market-to-social' } as const;

export const marketToSocial: RuleFamily[] = [
  {
    ...base,
    category: 'private-data',
    rules: [
      {
        id: 'private-data.fr-other-accounts',
        severity: 'high',
        phrases: [
          'vu ~3 sur ~1 ton|votre ~1 instagram|facebook|tiktok',
          'visite ~3 notre ~2 page|site|tarifs',
          "votre|ton ~1 historique ~1 d'achat|d'achats|de ~1 navigation",
        ],
        note: 'Citer ce que quelqu’un a partagé avec ses amis sur Instagram ou Facebook ressemble à de la surveillance dans une relation commerciale.',
        suggestion: 'Tenez-vous-en à ce que la personne vous a dit ici, ou demandez-lui directement.',
        examples: { flag: ['J’ai vu sur votre Instagram que vous rentrez de Rome'], pass: ['J’ai vu votre présentation hier'] },
      },
    ],
  },
  {
    ...base,
    category: 'pet-names',
    weights: { market: 1, hybrid: 0.7, social: 0.05 },
    rules: [
      {
        id: 'pet-names.fr-endearment',
        severity: 'high',
        // Rule data keeps one phrase per line, even where the list would fit on one.
        // prettier-ignore
        phrases: [
          'ma ~1 cherie|belle|puce',
          'mon ~1 cheri|chou|coeur|ange',
          'bisous',
        ],
        note: 'Les petits noms comme « ma chérie » ou « mon cœur » supposent une intimité qu’un client ou un collègue n’a pas offerte.',
        suggestion: 'Utilisez son prénom.',
        examples: { flag: ['Merci ma chérie, je vous envoie la facture'], pass: ['Merci Claire, je vous envoie la facture'] },
      },
    ],
  },
];
