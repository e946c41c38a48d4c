import type { RuleFamily } from '../types';

const base = { kind: 'signal', lang: 'es', direction: 'market-to-social' } as const;

export const marketToSocial: RuleFamily[] = [
  {
    ...base,
    category: 'private-data',
    rules: [
      {
        id: 'private-data.es-other-accounts',
        severity: 'high',
        phrases: [
          'vi|visto|note ~4 en ~1 tu ~1 instagram|facebook|tiktok|perfil',
          'visitaste|viste|miraste ~3 nuestra|nuestro ~2 pagina|web|precios|tienda',
          'tu ~1 historial ~1 de ~1 compras|navegacion|busqueda',
        ],
        note: 'Citar lo que alguien compartió con sus amigos en otra red parece vigilancia en una relación comercial.',
        suggestion: 'Limítate a lo que te contó en esta relación, o pregúntale directamente.',
        examples: { flag: ['Vi en tu Instagram que acabas de volver de México'], pass: ['Vi tu charla en la conferencia'] },
      },
    ],
  },
  {
    ...base,
    category: 'pet-names',
    weights: { market: 1, hybrid: 0.7, social: 0.05 },
    rules: [
      {
        id: 'pet-names.es-endearment',
        severity: 'high',
        // Rule data keeps one phrase per line, even where the list would fit on one.
        // prettier-ignore
        phrases: [
          'cariño|carino|cielo|corazon|guapa|guapo|preciosa',
          'mi ~1 amor|vida|reina',
        ],
        note: 'Los apodos cariñosos suponen una intimidad que un cliente o colega no ha ofrecido.',
        suggestion: 'Usa su nombre.',
        examples: { flag: ['Gracias cariño, te mando la factura'], pass: ['Gracias María, te mando la factura'] },
      },
    ],
  },
];
