// What both pages do around their content: the language switch and the signed-in header.
import { announce } from './dom.js';
import { currentLanguage, setLanguage, translateStatic } from './i18n.js';
import { signIn } from './signin.js';

/** Translates the static page and wires the language buttons; onChange redraws what the script drew. */
export function languageSwitch(text, onChange) {
  const buttons = document.querySelectorAll('[data-lang]');
  const mark = () => {
    for (const button of buttons) {
      button.setAttribute('aria-pressed', String(button.dataset.lang === currentLanguage()));
    }
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      setLanguage(button.dataset.lang);
      translateStatic(text);
      mark();
      onChange();
    });
  }
  translateStatic(text);
  mark();
}

/**
 * Signs in, shows who and a sign-out button; resolves to the Api, or to null (with a message saying why) when the
 * account lacks the permission the page is for. The gateway checks every call anyway; this only spares the user
 * a page of refusals.
 */
export async function signInToPage({ page, text, permission, refusal }) {
  const api = await signIn({ page, form: document.getElementById('sign-in'), text });
  document.getElementById('who').textContent = api.session.username;
  const signOut = document.getElementById('sign-out');
  signOut.hidden = false;
  signOut.addEventListener('click', () => api.signOut());
  if (!api.session.permissions.includes(permission)) {
    announce(text(refusal), 'error');
    return null;
  }
  return api;
}
