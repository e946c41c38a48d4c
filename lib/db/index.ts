export * from './types';
export * from './schema';
export * from './contacts';
export * from './coaching';
export * from './summary';
export * from './send-outcomes';
export * from './send-fingerprints';
export { normalizeHandle, normalizeProfileUrl, handleKey, urlKey, words, fold } from './normalize';
export { withDerived, keysForHandles, matchKeysFor, normalizeTags } from './derive';
