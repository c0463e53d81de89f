import { teardown } from './leak-check.mjs';
export default teardown;
