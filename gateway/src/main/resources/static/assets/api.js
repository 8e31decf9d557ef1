// The public REST API, called with the signed-in user's credentials. No cookies: every call carries its own
// Authorization header, and credentials 'omit' keeps the browser from prompting for HTTP Basic on a 401.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.title = problem.title;
    this.field = problem.field;
    this.requestId = problem.requestId;
  }
}

export class Api {
  /** @param authorization async () => the Authorization header value */
  constructor(authorization, onSignedOut) {
    this.authorization = authorization;
    this.onSignedOut = onSignedOut;
  }

  get(path) {
    return this.request('GET', path).then((response) => response.json());
  }

  post(path, body) {
    return this.request('POST', path, body).then((response) =>
      response.status === 204 ? null : response.json(),
    );
  }

  blob(path) {
    return this.request('GET', path).then((response) => response.blob());
  }

  async request(method, path, body) {
    const headers = { Accept: 'application/json, application/problem+json, */*' };
    const authorization = await this.authorization();
    if (authorization) headers.Authorization = authorization;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
    });
    if (response.ok) return response;
    const problem = await response.json().catch(() => ({}));
    if (response.status === 401 && this.onSignedOut) this.onSignedOut();
    throw new ApiError(response.status, problem);
  }
}

/** Calls that need no sign-in (the notice, the purposes, how to sign in). */
export const publicApi = new Api(async () => null);
