export * from './ids.js';
export * from './http.js';
export * from './case-commands.js';
export * from './case-view.js';
export * from './live.js';
