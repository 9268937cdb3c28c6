// PLACEHOLDER: not implemented yet; raises nothing.
import { defineDetector } from './detector';

export default defineDetector({
  id: 'email-address',
  description: 'not implemented yet',
  compile: () => null,
  detect: () => [],
});
