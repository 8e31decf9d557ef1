// Two languages: Simplified Chinese (the default) and English, remembered per browser.

const STORE = 'consent-gateway.lang';
export const LANGUAGES = ['zh-CN', 'en'];

export function currentLanguage() {
  const saved = localStorage.getItem(STORE);
  return LANGUAGES.includes(saved) ? saved : 'zh-CN';
}

export function setLanguage(lang) {
  localStorage.setItem(STORE, lang);
  document.documentElement.lang = lang;
}

/** text(key, values) in the current language; {name} placeholders filled from values; the key if missing. */
export function translator(messages) {
  return (key, values = {}) => {
    const table = messages[currentLanguage()] || {};
    const template = table[key] ?? messages.en?.[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (_, name) => (name in values ? values[name] : `{${name}}`));
  };
}

/** A LocalizedText of the API ({"zh-CN": ..., "en": ...}) in the current language. */
export function localized(text) {
  if (!text) return '';
  return text[currentLanguage()] ?? text['zh-CN'] ?? text.en ?? '';
}

/** Fills every [data-text] element of the static page with its translation. */
export function translateStatic(text) {
  document.documentElement.lang = currentLanguage();
  for (const element of document.querySelectorAll('[data-text]')) {
    element.textContent = text(element.dataset.text);
  }
}
