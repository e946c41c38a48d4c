export * from './fingerprint';
export * from './match';
export * from './recipient-key';
export * from './apply-outreach';
export { MIN_SHARED, MIN_WORDS, SIGNATURE_SIZE } from './tuning';
