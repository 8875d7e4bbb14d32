import {expect} from '@open-wc/testing';
import {SIGN_IN_SERVICES, servicesForPath} from '../src/catalogue.js';

describe('catalogue', () => {
  it('leaves SSOe out of the Sign-in Service path', () => {
    const ids = servicesForPath('sis').map((service) => service.id);
    expect(ids).to.not.include('ssoe');
    expect(ids).to.include('logingov');
    expect(SIGN_IN_SERVICES.length).to.equal(8);
  });
});
