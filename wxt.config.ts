import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Before You Post',
    description:
      'Warns school staff, before they post, when a social media post names a pupil, identifies the school or gives out contact details. Nothing leaves your browser.',
    permissions: ['storage', 'alarms'],
  },
});
