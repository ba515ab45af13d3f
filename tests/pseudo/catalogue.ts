// The catalogue of the pseudo-language (tests/pseudo/pseudo.ts), which `#catalogue` names in its build.
import type { Messages } from '../../src/lib/messages.ts';
import { catalogue as english } from '../../src/lib/messages/en.ts';
import { pseudoCatalogue } from './pseudo.ts';

export const catalogue: Messages = pseudoCatalogue(english);
