// approval-events/action.yml runs this file; src/index.ts runs the approval-events command for it.
import './index.js';
