// The one way screens talk to the service.
//
// - Bearer JWT from the mini-program API (/api/mp/v1/auth/...), kept in localStorage so a
//   reload stays logged in; refreshed through /auth/refresh before it expires and once more
//   when the server answers 401 (the refresh token rotates: each one works once, so one
//   refresh runs at a time and every waiting request reuses its result).
// - Every failure becomes an ApiError carrying the server's error model
//   {code, message, details, request_id} (core/errors.py); `message` is the Chinese text the
//   server chose, which is what the screens show (ui.js showError). A network failure is an
//   ApiError with status 0 and code "network".
// - Paths: "assessment/filing" means /api/mp/v1/assessment/filing; a path starting with "/"
//   is used as it is (e.g. "/api/bff/v1/exam/home").

const MP = '/api/mp/v1/';
const STORE = 'huiyi.h5.tokens';
const EARLY_MS = 30_000; // refresh this long before the access token expires

export class ApiError extends Error {
  constructor({status = 0, code = 'network', message = '网络连接失败，请检查网络后重试', details = {}, request_id = null} = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details || {};
    this.request_id = request_id;
  }
  // Field errors of a 422 (core.http.validate: details.errors[] with path and message) by path.
  get fieldErrors() {
    const out = {};
    for (const e of (this.details && this.details.errors) || []) {
      const key = String(e.path ?? e.field ?? '');
      if (!(key in out)) out[key] = e.message || '格式不正确';
    }
    return out;
  }
}

const listeners = new Set();

/** Called with the ApiError that ended the session (expired, replaced, revoked). */
export function onLoggedOut(fn) { listeners.add(fn); return () => listeners.delete(fn); }

function readTokens() {
  try { return JSON.parse(localStorage.getItem(STORE) || 'null'); } catch { return null; }
}

export function setTokens(pair) {
  if (!pair) { localStorage.removeItem(STORE); return; }
  localStorage.setItem(STORE, JSON.stringify({
    access_token: pair.access_token, refresh_token: pair.refresh_token,
    expires_at: Date.now() + (pair.expires_in || 900) * 1000, account_id: pair.account_id,
  }));
}

export function loggedIn() { return !!readTokens(); }

export function logout(reason) {
  setTokens(null);
  for (const fn of listeners) fn(reason || null);
}

function url(path) { return path.startsWith('/') ? path : MP + path; }

async function send(method, path, {body, form, token, headers = {}} = {}) {
  const init = {method, headers: {...headers}, credentials: 'same-origin'};
  if (token) init.headers.Authorization = 'Bearer ' + token;
  if (form) init.body = form;
  else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let res;
  try { res = await fetch(url(path), init); } catch { throw new ApiError(); }
  const type = res.headers.get('content-type') || '';
  let data = null;
  if (type.includes('application/json')) {
    try { data = await res.json(); } catch { data = null; }
  }
  if (!res.ok) {
    if (data && data.code) throw new ApiError({status: res.status, ...data});
    throw new ApiError({status: res.status, code: 'http.' + res.status, message: `服务暂时不可用（${res.status}），请稍后重试`});
  }
  return data !== null ? data : res;
}

let refreshing = null;

async function refresh() {
  if (!refreshing) {
    const t = readTokens();
    refreshing = (async () => {
      if (!t || !t.refresh_token) throw new ApiError({status: 401, code: 'auth.unauthenticated', message: '请先登录'});
      try {
        const pair = await send('POST', 'auth/refresh', {body: {refresh_token: t.refresh_token}});
        setTokens(pair);
        return pair.access_token;
      } catch (err) {
        if (err.status === 401 || err.status === 403) logout(err); // the session is over (expired, reused, disabled)
        throw err;
      }
    })().finally(() => { refreshing = null; });
  }
  return refreshing;
}

/** A valid access token (refreshed when about to expire), or null when logged out: for the realtime
    socket's first frame (the token never goes into an address). */
export async function accessToken() {
  const t = readTokens();
  if (!t) return null;
  if (Date.now() > t.expires_at - EARLY_MS) return refresh();
  return t.access_token;
}

// A 401 about the token itself (auth.token_expired, auth.token_invalid, ...), as opposed to
// a 401 a screen asked for (a wrong bind password answers 401 assessment.bind_failed).
const sessionRefused = (err) => err.status === 401 && String(err.code).startsWith('auth.');

async function call(method, path, opts = {}) {
  const token = await accessToken();
  try {
    return await send(method, path, {...opts, token});
  } catch (err) {
    if (sessionRefused(err) && token && readTokens()) {
      // Expired or revoked early: one refresh, one retry; a second refusal ends the session.
      const fresh = await refresh();
      try {
        return await send(method, path, {...opts, token: fresh});
      } catch (again) {
        if (sessionRefused(again)) logout(again);
        throw again;
      }
    }
    throw err;
  }
}

export const api = {
  get: (path) => call('GET', path),
  post: (path, body) => call('POST', path, {body: body ?? {}}),
  put: (path, body) => call('PUT', path, {body: body ?? {}}),
  del: (path, body) => call('DELETE', path, body === undefined ? {} : {body}),
  upload: (path, formData) => call('POST', path, {form: formData}),
  // Without a token (login screens, development endpoints).
  anon: {
    get: (path) => send('GET', path),
    post: (path, body) => send('POST', path, {body: body ?? {}}),
  },
};

/** Log in with a WeChat web-authorisation code (real or minted by the offline WeChat). */
export async function webLogin(code) {
  const pair = await send('POST', 'auth/wx-web-login', {body: {code}});
  setTokens(pair);
  return pair;
}
