// share/action.yml runs this file; src/index.ts runs the share command for it.
import './index.js';
