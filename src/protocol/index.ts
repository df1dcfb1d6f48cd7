export * from './ids.js';
export * from './http.js';
