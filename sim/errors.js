/** An AWS error answered to the client: HTTP status, error code (`__type`) and message. */
export class AwsError extends Error {
  /**
   * @param {string} code e.g. ValidationException
   * @param {string} message
   * @param {number} [status] HTTP status (default 400)
   */
  constructor(code, message, status = 400) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

/** @param {string} message */
export const validationError = (message) => new AwsError('ValidationException', message);
