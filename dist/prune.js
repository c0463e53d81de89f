// prune/action.yml runs this file; src/index.ts runs the prune command for it.
import './index.js';
