import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../src/define-vads.js';
import '../src/define.js';
import type {VaAuthAlternateMethods} from '../src/va-auth-alternate-methods.js';
import type {VaAuthStatusProvider} from '../src/va-auth-status-provider.js';

async function methodsElement(markup: ReturnType<typeof html>) {
  const element = await fixture<VaAuthAlternateMethods>(markup);
  const items = [...element.shadowRoot!.querySelectorAll('li')];
  return {element, items};
}

describe('<va-auth-alternate-methods>', () => {
  it('lists the chosen lines in order with TTY and hours', async () => {
    const {element, items} = await methodsElement(html`
      <va-auth-alternate-methods methods="benefits-hotline myva411">
      </va-auth-alternate-methods>
    `);

    expect(items).to.have.length(2);
    expect(items[0]!.textContent).to.include('VA benefits hotline');
    expect(items[0]!.textContent).to.include(
      'Monday through Friday, 8:00 a.m. to 9:00 p.m. ET'
    );
    const [phone, tty] = [...items[0]!.querySelectorAll('va-telephone')];
    await waitUntil(() => tty!.shadowRoot?.querySelector('a'));
    expect(phone!.shadowRoot!.textContent).to.include('800-827-1000');
    expect(tty!.shadowRoot!.textContent).to.include('TTY: 711');
    expect(items[1]!.textContent).to.include('24/7');
    await expect(element).to.be.accessible();
  });

  it('shows every method by default, in Spanish when asked', async () => {
    const {items} = await methodsElement(html`
      <va-auth-alternate-methods language="es"></va-auth-alternate-methods>
    `);

    expect(items.length).to.be.greaterThan(5);
    expect(items.map((item) => item.textContent).join(' ')).to.include(
      'De lunes a viernes'
    );
  });

  it('links a method that has a web page instead of a number', async () => {
    const {items} = await methodsElement(html`
      <va-auth-alternate-methods methods="health-facility">
      </va-auth-alternate-methods>
    `);

    expect(items[0]!.querySelector('a')!.getAttribute('href')).to.equal(
      'https://www.va.gov/find-locations/?facilityType=health'
    );
  });
});

describe('<va-auth-status-provider>', () => {
  it('reads its sources from attributes, Statuspage pages included', async () => {
    const provider = await fixture<VaAuthStatusProvider>(html`
      <va-auth-status-provider
        backend-src="/v0/backend_statuses"
        notices-src="/notices.json"
        statuspage="logingov=https://status.login.gov/api/v2/summary.json"
      ></va-auth-status-provider>
    `);

    expect(provider.sourceDescriptors).to.deep.equal([
      {kind: 'backend-statuses', url: '/v0/backend_statuses'},
      {kind: 'notices', url: '/notices.json'},
      {
        kind: 'statuspage',
        url: 'https://status.login.gov/api/v2/summary.json',
        mapping: {page: 'logingov'},
      },
    ]);
    expect(provider.client).not.to.equal(undefined);
  });

  it('stops its client when it leaves the page', async () => {
    const provider = await fixture<VaAuthStatusProvider>(html`
      <va-auth-status-provider backend-src="/x"></va-auth-status-provider>
    `);

    provider.remove();

    expect(provider.client).to.equal(undefined);
  });
});
