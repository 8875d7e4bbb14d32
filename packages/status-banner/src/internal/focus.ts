/**
 * Where focus goes when a banner is dismissed. VA's accessibility
 * guidance: "to the next logical spot, such as the next heading … or the
 * main heading h1". The close button is gone, so leaving focus where it
 * was would drop it on the body.
 */

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), ' +
  'select:not([disabled]), textarea:not([disabled]), ' +
  '[tabindex]:not([tabindex="-1"])';
const HEADING = 'h1, h2, h3, h4, h5, h6';

/**
 * The element to focus after `host` hides: the host's `dismiss-focus`
 * target when it names one, else the first heading or focusable element
 * after the host in document order, else the page's first `h1`.
 */
export function dismissFocusTarget(
  host: Element,
  selector: string | null
): HTMLElement | null {
  const root = host.getRootNode() as Document | ShadowRoot;

  if (selector) {
    const named = safeQuery(root, selector);
    if (named) {
      return named;
    }
  }

  const candidates = root.querySelectorAll<HTMLElement>(
    `${HEADING}, ${FOCUSABLE}`
  );
  for (const candidate of candidates) {
    const after =
      host.compareDocumentPosition(candidate) &
      Node.DOCUMENT_POSITION_FOLLOWING;
    if (after && !host.contains(candidate) && isShown(candidate)) {
      return candidate;
    }
  }

  return safeQuery(root, 'h1');
}

/** Focuses `target`, making a heading focusable for this one move. */
export function moveFocus(target: HTMLElement): void {
  if (!target.matches(FOCUSABLE) && !target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1');
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), {
      once: true,
    });
  }
  target.focus();
}

function safeQuery(
  root: Document | ShadowRoot,
  selector: string
): HTMLElement | null {
  try {
    return root.querySelector<HTMLElement>(selector);
  } catch {
    // An invalid selector from markup: fall back to our own choice.
    return null;
  }
}

function isShown(element: HTMLElement): boolean {
  return element.getClientRects().length > 0;
}
