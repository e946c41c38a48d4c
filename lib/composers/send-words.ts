// What a send button says, in the languages Tact speaks (first word of its label or text). Used only
// where a site names nothing for us (the generic adapter's typeless buttons): a toolbar's "Bold",
// "Insert emoji" or "Attach file" starts with none of these. Lowercase, accents kept.
export const SEND_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['send', 'post', 'reply', 'publish', 'comment', 'submit', 'share'],
  es: ['enviar', 'publicar', 'responder', 'comentar'],
  de: ['senden', 'absenden', 'abschicken', 'posten', 'veröffentlichen', 'antworten', 'kommentieren'],
  fr: ['envoyer', 'publier', 'poster', 'répondre', 'commenter'],
};
