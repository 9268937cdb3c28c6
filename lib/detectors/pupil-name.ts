// PLACEHOLDER: not implemented yet; raises nothing.
import { defineDetector } from './detector';

export default defineDetector({
  id: 'pupil-name',
  description: 'not implemented yet',
  compile: () => null,
  detect: () => [],
});
