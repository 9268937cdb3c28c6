// PLACEHOLDER: not implemented yet; raises nothing.
import { defineDetector } from './detector';

export default defineDetector({
  id: 'parent-contact',
  description: 'not implemented yet',
  compile: () => null,
  detect: () => [],
});
