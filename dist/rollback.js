// rollback/action.yml runs this file; src/index.ts runs the rollback command for it.
import './index.js';
