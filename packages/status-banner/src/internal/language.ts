/** Which language an element writes in. */

import type {Language} from '../content/format-time.js';

/**
 * `language` when it names one we write, else the nearest `lang` above
 * the element (crossing shadow roots), else English. Only the primary
 * subtag counts: `es-US` is Spanish.
 */
export function resolveLanguage(
  element: Element,
  language: string | null | undefined
): Language {
  const asked = asLanguage(language);
  if (asked !== null) {
    return asked;
  }

  let node: Node | null = element;
  while (node !== null) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return asLanguage(node.getAttribute('lang')) ?? 'en';
    }
    node =
      node.parentNode instanceof ShadowRoot
        ? node.parentNode.host
        : node.parentNode;
  }

  return 'en';
}

function asLanguage(value: string | null | undefined): Language | null {
  const primary = value?.trim().toLowerCase().split('-')[0];
  return primary === 'en' || primary === 'es' ? primary : null;
}
