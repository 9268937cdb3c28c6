import { defineBackground } from '#imports';

// PLACEHOLDER: the compose-box issue wires the engine here.
export default defineBackground(() => {});
