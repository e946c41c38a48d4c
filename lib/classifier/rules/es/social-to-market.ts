import type { RuleFamily } from '../types';

const base = { kind: 'signal', lang: 'es', direction: 'social-to-market' } as const;

export const socialToMarket: RuleFamily[] = [
  {
    ...base,
    category: 'selling',
    rules: [
      {
        id: 'selling.es-offer',
        severity: 'high',
        phrases: [
          'vendo',
          'estoy ~1 vendiendo',
          'pongo|puse|tengo|esta|estan ~2 a ~1 la ~1 venta',
          'solo|solamente ~1 <money>',
          'por ~1 solo ~1 <money>',
          'precio ~2 <money>',
          '<money> cada ~1 uno|una',
        ],
        note: 'Un precio o un «vendo» convierte a quien te lee en cliente: entre conocidos se esperan regalos y favores, no ventas.',
        suggestion: 'Cuenta lo que haces sin precio; quien quiera comprar te escribirá.',
        examples: {
          flag: ['Vendo velas artesanales, solo $10 cada una'],
          pass: ['Fuimos a la venta de garaje de mi tía'],
        },
      },
      {
        id: 'selling.es-shop',
        severity: 'high',
        // prettier-ignore
        phrases: [
          'mi|nuestra ~1 tienda|marca|coleccion',
          'hago ~1 envios',
        ],
        note: 'Anunciar tu tienda o tu marca convierte la publicación en un escaparate, y a quien te lee en cliente.',
        suggestion: 'Cuenta lo que te ilusiona de tu tienda sin invitar a comprar; quien quiera, preguntará.',
        examples: { flag: ['Estoy vendiendo ropa de mi tienda'] },
      },
    ],
  },
  {
    ...base,
    category: 'calls-to-action',
    rules: [
      {
        id: 'calls-to-action.es-buy-now',
        severity: 'high',
        phrases: [
          'compra|compralo|compralos|pide|pidelo|reserva ~1 ya|ahora|hoy',
          'escribeme|escribenos|mandame|dm|mensaje|whatsapp ~3 para ~1 pedir|comprar|reservar|pedidos|precios',
          'link|enlace ~1 en ~2 bio',
          'haz ~1 tu ~1 pedido',
        ],
        note: 'Pedir a quien te lee que compre («compra ya») le trata como cliente y cambia lo que sois el uno para el otro.',
        suggestion: 'Quita la llamada a comprar; comparte lo que te enorgullece.',
        examples: { flag: ['¡Escríbeme para pedir el tuyo!', 'Compra ya, enlace en mi bio'], pass: ['Escríbeme cuando llegues'] },
      },
    ],
  },
  {
    ...base,
    category: 'promo-codes',
    rules: [
      {
        id: 'promo-codes.es-code',
        severity: 'high',
        phrases: [
          'codigo|cupon ~2 descuento|promocional',
          'usa|usad|aplica ~2 codigo|cupon',
          '<percent> ~1 de ~1 descuento',
          'descuento ~2 <percent>',
          'envio ~1 gratis',
        ],
        note: 'Un código de descuento convierte la publicación en un anuncio.',
        suggestion: 'Si te gusta el producto, di por qué con tus palabras; si ganas con el código, empieza con "Publicidad:".',
        examples: { flag: ['Usa mi código ANA15 y tienes 15% de descuento'], pass: ['No entiendo el código del ejercicio'] },
      },
    ],
  },
  {
    ...base,
    category: 'urgency',
    rules: [
      {
        id: 'urgency.es-limited',
        severity: 'medium',
        phrases: [
          'por ~1 tiempo ~1 limitado',
          'oferta ~3 termina|acaba|valida ~1 hasta|hoy',
          'solo ~1 quedan',
          'quedan ~1 pocas|pocos|solo',
          'ultimas ~1 unidades|plazas',
          'no ~1 te ~1 lo ~1 pierdas',
        ],
        note: 'Las prisas y "quedan pocas" son técnicas de venta; quien te lee las siente como presión.',
        suggestion: 'Quita la presión y deja que cada cual decida a su ritmo.',
        examples: { flag: ['¡Solo quedan 3, no te lo pierdas!'], pass: ['Quedamos a las 8'] },
      },
    ],
  },
  {
    ...base,
    category: 'recruiting',
    rules: [
      {
        id: 'recruiting.es-opportunity',
        severity: 'high',
        phrases: [
          'oportunidad ~1 de ~1 negocio',
          'unete ~1 a ~1 mi ~1 equipo',
          'trabaja|trabajar ~1 desde ~1 casa',
          'ingresos ~1 extra|pasivos|residuales',
          'libertad ~1 financiera',
          'se ~1 tu ~1 propio|propia ~1 jefe|jefa',
        ],
        note: 'Reclutar a la gente para un negocio usa tu relación con ella como canal de ventas.',
        suggestion: 'Habla de lo que te gusta de tu trabajo; si alguien tiene curiosidad, preguntará.',
        examples: { flag: ['Únete a mi equipo y consigue libertad financiera'], pass: ['Mi equipo ganó el partido'] },
      },
    ],
  },
];
