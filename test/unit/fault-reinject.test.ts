import { describe, expect, test } from 'vitest';
import { coachedPatterns, tabsToReinject } from '@/lib/permissions/reinject';

describe('tabs the coach starts in again after an update', () => {
  const tabs = [
    { id: 1, url: 'https://x.com/home' },
    { id: 2, url: 'https://blog.example.org/post/1' },
    { id: 3, url: 'https://news.example.com/' },
    { id: 4, url: 'chrome://extensions/' },
    { id: 5 },
    { url: 'https://x.com/i/chat/1' },
    { id: 6, url: 'not a url' },
  ];

  test('built-in networks in the top frame, granted sites with their frames, nothing else', () => {
    expect(tabsToReinject(tabs, ['https://blog.example.org'])).toEqual([
      { tabId: 1, allFrames: false },
      { tabId: 2, allFrames: true },
    ]);
  });

  test('a site not granted gets no coach', () => {
    expect(tabsToReinject(tabs, [])).toEqual([{ tabId: 1, allFrames: false }]);
  });

  test('the patterns cover the built-in networks and each granted site', () => {
    const patterns = coachedPatterns(['https://blog.example.org']);
    expect(patterns).toContain('https://blog.example.org/*');
    expect(patterns.some((p) => p.includes('x.com'))).toBe(true);
  });
});
