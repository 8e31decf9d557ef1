// Sign-in for the web pages. With Keycloak configured: the authorisation code flow with PKCE (S256) against the
// page's public client; tokens live in memory only (a reload signs in again, silently while the Keycloak session
// lasts). Without Keycloak: the development realm's demo users over HTTP Basic, typed into a form.
import { Api, ApiError, publicApi } from './api.js';
import { h, fill } from './dom.js';

const PENDING = 'consent-gateway.sign-in';

/**
 * Resolves to a signed-in Api, or never (while the browser is sent to Keycloak).
 * @param page 'console' or 'portal': which public client of the realm
 * @param form where the development sign-in form goes
 * @param text the page's translations: text(key)
 */
export async function signIn({ page, form, text }) {
  const options = await publicApi.get('/api/v1/login-options');
  if (options.mode === 'keycloak') {
    const api = await keycloakSignIn(options, options.clients[page]);
    api.session = await api.get('/api/v1/session');
    return api;
  }
  return developmentSignIn(form, text);
}

async function keycloakSignIn(options, clientId) {
  const redirectUri = location.origin + location.pathname;
  const query = new URLSearchParams(location.search);
  if (!query.has('code')) {
    await sendToKeycloak(options, clientId, redirectUri);
    return new Promise(() => {});
  }
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  if (!pending || pending.state !== query.get('state')) {
    // a stale or forged callback: start over rather than trust it
    history.replaceState(null, '', redirectUri);
    await sendToKeycloak(options, clientId, redirectUri);
    return new Promise(() => {});
  }
  let tokens = await tokenRequest(options.tokenEndpoint, {
    grant_type: 'authorization_code',
    code: query.get('code'),
    redirect_uri: redirectUri,
    client_id: clientId,
    code_verifier: pending.verifier,
  });
  history.replaceState(null, '', redirectUri + pending.hash);

  const authorization = async () => {
    if (Date.now() > tokens.expiresAt - 30_000) {
      tokens = await tokenRequest(options.tokenEndpoint, {
        grant_type: 'refresh_token',
        refresh_token: tokens.refreshToken,
        client_id: clientId,
      }).catch(() => {
        sendToKeycloak(options, clientId, redirectUri);
        return new Promise(() => {});
      });
    }
    return 'Bearer ' + tokens.accessToken;
  };
  const api = new Api(authorization, () => sendToKeycloak(options, clientId, redirectUri));
  api.signOut = () => {
    const logout = new URLSearchParams({
      client_id: clientId,
      post_logout_redirect_uri: redirectUri,
      id_token_hint: tokens.idToken,
    });
    location.assign(options.endSessionEndpoint + '?' + logout);
  };
  return api;
}

async function sendToKeycloak(options, clientId, redirectUri) {
  const verifier = randomText(32);
  const state = randomText(16);
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, hash: location.hash }));
  const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const query = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    scope: 'openid',
    redirect_uri: redirectUri,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ui_locales: document.documentElement.lang,
  });
  location.assign(options.authorizationEndpoint + '?' + query);
}

async function tokenRequest(endpoint, form) {
  const response = await fetch(endpoint, {
    method: 'POST',
    body: new URLSearchParams(form),
    credentials: 'omit',
  });
  if (!response.ok) throw new ApiError(response.status, { title: 'Sign-in failed' });
  const token = await response.json();
  return {
    accessToken: token.access_token,
    refreshToken: token.refresh_token,
    idToken: token.id_token,
    expiresAt: Date.now() + token.expires_in * 1000,
  };
}

function developmentSignIn(form, text) {
  return new Promise((resolve) => {
    const username = h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true });
    const password = h('input', {
      id: 'password',
      name: 'password',
      type: 'password',
      autocomplete: 'current-password',
      required: true,
    });
    const error = h('p', { class: 'error', role: 'alert' });
    const submit = async (event) => {
      event.preventDefault();
      const header = 'Basic ' + btoa(String.fromCharCode(...new TextEncoder().encode(`${username.value}:${password.value}`)));
      const api = new Api(async () => header);
      try {
        api.session = await api.get('/api/v1/session');
      } catch (failure) {
        error.textContent = failure.status === 401 ? text('signIn.wrong') : failure.message;
        password.select();
        return;
      }
      api.onSignedOut = () => location.reload();
      api.signOut = () => location.reload();
      fill(form);
      form.hidden = true;
      resolve(api);
    };
    form.hidden = false;
    fill(
      form,
      h(
        'form',
        { class: 'card sign-in', onsubmit: submit },
        h('h2', {}, text('signIn.title')),
        h('p', { class: 'hint' }, text('signIn.development')),
        h('label', { for: 'username' }, text('signIn.username')),
        username,
        h('label', { for: 'password' }, text('signIn.password')),
        password,
        error,
        h('button', { type: 'submit', class: 'primary' }, text('signIn.submit')),
      ),
    );
    username.focus();
  });
}

function randomText(bytes) {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64Url(buffer) {
  return btoa(String.fromCharCode(...new Uint8Array(buffer)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
