// The social sites the content script runs on out of the box (issue 3). Match
// patterns in the WebExtension format; `*.` also matches the bare domain.
export const SUPPORTED_SITES: readonly { name: string; matches: string[] }[] = [
  { name: 'Facebook', matches: ['https://*.facebook.com/*'] },
  { name: 'X (Twitter)', matches: ['https://*.x.com/*', 'https://*.twitter.com/*'] },
  { name: 'Instagram', matches: ['https://*.instagram.com/*'] },
  { name: 'Threads', matches: ['https://*.threads.net/*', 'https://*.threads.com/*'] },
  { name: 'LinkedIn', matches: ['https://*.linkedin.com/*'] },
  { name: 'TikTok', matches: ['https://*.tiktok.com/*'] },
  { name: 'YouTube', matches: ['https://*.youtube.com/*'] },
  { name: 'Reddit', matches: ['https://*.reddit.com/*'] },
  { name: 'Bluesky', matches: ['https://bsky.app/*'] },
  { name: 'Mastodon (mastodon.social)', matches: ['https://mastodon.social/*'] },
  { name: 'WhatsApp Web', matches: ['https://web.whatsapp.com/*'] },
  { name: 'Pinterest', matches: ['https://*.pinterest.com/*', 'https://*.pinterest.co.uk/*'] },
];

export const SUPPORTED_MATCHES: string[] = SUPPORTED_SITES.flatMap((s) => s.matches);
