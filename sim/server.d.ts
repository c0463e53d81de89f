// Types of sim/server.js: see index.d.ts.
export * from './index.js';
