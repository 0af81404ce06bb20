// Error classes thrown by the client. Every error the SDK throws is an instance of `SmitheryError`.

/** Base class of every error thrown by this SDK. */
export class SmitheryError extends Error {
  constructor(message?: string, options?: { cause?: unknown }) {
    super(message, options);
    // `error.name` names the concrete class (e.g. "NotFoundError") in stack traces and logs.
    this.name = new.target.name;
  }
}

/**
 * The runtime's other files are copied verbatim into every SDK and cannot spell `SmitheryError`;
 * they import the base class under this stable alias.
 * @internal
 */
export { SmitheryError as SDKError };

/**
 * An error response from the API (`status` and `headers` set), or a request that never got one
 * (`APIConnectionError`, `APIUserAbortError`: both undefined). `TError` is the type of the response body: the
 * documented one where a method names it (`NotFoundError<RegistryError>`), else `unknown`.
 */
export class APIError<
  TStatus extends number | undefined = number | undefined,
  THeaders extends Headers | undefined = Headers | undefined,
  TError = unknown,
> extends SmitheryError {
  // `declare`: set by the constructor, so the class body need not define them first.
  /** HTTP status of the response. */
  declare readonly status: TStatus;
  /** Headers of the response. */
  declare readonly headers: THeaders;
  /** The response body: parsed JSON when it was JSON, else its text (undefined when empty). */
  declare readonly error: TError;

  constructor(status: TStatus, error: TError, message: string | undefined, headers: THeaders) {
    super(describe(status, error, message));
    this.status = status;
    this.headers = headers;
    this.error = error;
  }

  /** Builds the error class that matches `status` (e.g. `NotFoundError` for 404). */
  static generate(
    status: number | undefined,
    error: unknown,
    message: string | undefined,
    headers: Headers | undefined,
  ): APIError {
    if (!status || !headers) {
      return new APIConnectionError({ message, cause: error });
    }
    const ErrorClass =
      status === 400
        ? BadRequestError
        : status === 401
          ? AuthenticationError
          : status === 403
            ? PermissionDeniedError
            : status === 404
              ? NotFoundError
              : status === 409
                ? ConflictError
                : status === 422
                  ? UnprocessableEntityError
                  : status === 429
                    ? RateLimitError
                    : status >= 500
                      ? InternalServerError
                      : APIError;
    return new ErrorClass(status, error, message, headers);
  }
}

/**
 * "404 Server not found": the status, then the body's `message` (or `error`, or `error.message`) when it has
 * one, else the body itself as JSON, else the fallback message.
 */
function describe(status: number | undefined, body: unknown, fallback: string | undefined): string {
  let text = fallback;
  if (body && typeof body === 'object') {
    const { message, error } = body as { message?: unknown; error?: unknown };
    const nested = error && typeof error === 'object' ? (error as { message?: unknown }).message : error;
    text = typeof message === 'string' ? message : typeof nested === 'string' ? nested : JSON.stringify(body);
  } else if (body !== undefined && body !== '') {
    text = String(body);
  }
  return status ? `${status} ${text ?? 'status code (no body)'}` : (text ?? 'Connection error.');
}

// Generic over the body, so that a method's documented error body types the `error` of the class it is thrown as.
export class BadRequestError<TError = unknown> extends APIError<400, Headers, TError> {}
export class AuthenticationError<TError = unknown> extends APIError<401, Headers, TError> {}
export class PermissionDeniedError<TError = unknown> extends APIError<403, Headers, TError> {}
export class NotFoundError<TError = unknown> extends APIError<404, Headers, TError> {}
export class ConflictError<TError = unknown> extends APIError<409, Headers, TError> {}
export class UnprocessableEntityError<TError = unknown> extends APIError<422, Headers, TError> {}
export class RateLimitError<TError = unknown> extends APIError<429, Headers, TError> {}
export class InternalServerError<TError = unknown> extends APIError<number, Headers, TError> {}

/**
 * An error response of any status, as its shape rather than its class. The standalone functions' error unions hold
 * it for the statuses a method does not document, beside the classes of the ones it does
 * (`NotFoundError<RegistryError> | … | APIErrorResponse`): were it the `APIError` class, `instanceof NotFoundError`
 * would narrow to `NotFoundError<any>` as well, and the documented body type would be lost.
 */
export type APIErrorResponse<TError = unknown> = Omit<APIError<number, Headers, TError>, never>;

/** The request could not be sent or its response could not be received (DNS, refused, reset…). */
export class APIConnectionError extends APIError<undefined, undefined, undefined> {
  constructor({ message, cause }: { message?: string | undefined; cause?: unknown } = {}) {
    // Without a message, `describe` says "Connection error.".
    super(undefined, undefined, message, undefined);
    if (cause !== undefined) this.cause = cause;
  }
}

/** No response arrived within the `timeout` (after all retries). */
export class APIConnectionTimeoutError extends APIConnectionError {
  constructor({ message }: { message?: string | undefined } = {}) {
    super({ message: message ?? 'Request timed out.' });
  }
}

/** The caller aborted the request through its `signal`. Never retried. */
export class APIUserAbortError extends APIError<undefined, undefined, undefined> {
  constructor({ message }: { message?: string | undefined } = {}) {
    super(undefined, undefined, message ?? 'Request was aborted.', undefined);
  }
}
