export * from './site-origin';
