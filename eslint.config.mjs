export {default} from '@va-auth-status/eslint-config';
