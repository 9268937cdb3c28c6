// PLACEHOLDER: not implemented yet; raises nothing.
import { defineDetector } from './detector';

export default defineDetector({
  id: 'child-reference',
  description: 'not implemented yet',
  compile: () => null,
  detect: () => [],
});
