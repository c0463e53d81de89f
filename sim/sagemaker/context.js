/**
 * The context handed to every AWS operation handler (SageMaker, ECR, Secrets Manager).
 * @typedef {object} OpContext
 * @property {any} input the validated request body
 * @property {string} region from the request's SigV4 credential scope
 * @property {string} account the caller's account (accounts.js): the request's credentials select it
 * @property {import('../accounts.js').Caller} caller the caller's account, principal and role
 * @property {string} [operation] the operation being run (set by the SageMaker service for cross-account checks)
 * @property {import('../state.js').RegionData} data state of this account and region
 * @property {number} now virtual epoch milliseconds at the start of the request
 * @property {{packageDelayMs: number, searchDelayMs?: number, ecrProxyEndpoint: string|null, ecrPassword: string, ecrScanDelayMs: number,
 *   endpointCreateMs: number, fleetCreateMs: number, trafficShiftMs: number, deleteMs: number}} config
 * @property {import('../faults.js').Faults} faults
 * @property {(account: string, region?: string) => any} store state of another account (ECR registry) in this or another region
 * @property {() => void} changed record a mutation (persists the state)
 * @property {(pkg: any) => void} [packageChanged] a version was created or its approval or stage changed: EventBridge's
 *   "SageMaker Model Package State Change" (events/sagemaker-event.js, events/delivery.js)
 * @property {() => number} nextSeq creation sequence number (stable tie-break for sorting)
 */
export {};
