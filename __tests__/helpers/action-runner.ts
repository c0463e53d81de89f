/** The end-to-end tests run the bundled action through the same runner as the demo and the benchmark. */
export * from '../../scripts/run-action.mjs';
