// Unit tests render components under WXT's fake browser, which has no i18n: it answers from en.yml.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { enGetMessage } from '../../scripts/i18n/en-get-message';

fakeBrowser.i18n.getMessage = (await enGetMessage()) as typeof fakeBrowser.i18n.getMessage;
