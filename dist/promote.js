// promote/action.yml runs this file; src/index.ts runs the promote command for it.
import './index.js';
