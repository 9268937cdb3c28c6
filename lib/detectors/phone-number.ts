// PLACEHOLDER: not implemented yet; raises nothing.
import { defineDetector } from './detector';

export default defineDetector({
  id: 'phone-number',
  description: 'not implemented yet',
  compile: () => null,
  detect: () => [],
});
