// Builds elements from data without ever parsing data as HTML: text goes through textContent only.

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'style') {
      // through the CSSOM: the content security policy forbids inline style attributes
      for (const [property, setting] of Object.entries(value)) element.style.setProperty(property, setting);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of the element (or the element with that id). */
export function fill(target, ...children) {
  const element = typeof target === 'string' ? document.getElementById(target) : target;
  element.replaceChildren();
  append(element, children);
  return element;
}

/** A status line for screen readers and eyes alike (the element is an aria-live region). */
export function announce(message, kind = 'info') {
  const status = document.getElementById('status');
  status.dataset.kind = kind;
  status.textContent = message;
}

export function formatTime(iso, locale) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  }).format(new Date(iso));
}

export function formatDate(iso, locale) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' }).format(new Date(iso));
}

/** Saves a blob as a file the way a download link would. */
export function saveBlob(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
