// PLACEHOLDER: not implemented yet; raises nothing.
import { defineDetector } from './detector';

export default defineDetector({
  id: 'school-identifier',
  description: 'not implemented yet',
  compile: () => null,
  detect: () => [],
});
