import { setup } from './leak-check.mjs';
export default setup;
