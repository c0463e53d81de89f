// status/action.yml runs this file; src/index.ts runs the status command for it.
import './index.js';
