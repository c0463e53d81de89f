// shadow/action.yml runs this file; src/index.ts runs the shadow command for it.
import './index.js';
