// The leaderboard's small parts: escaping, pooling the retention curve.
import { describe, expect, it } from 'vitest';
import { escapeHtml, markdownCell } from '../../src/text/markup.js';
import { binRetention } from '../../src/trajectory/retention-bins.js';

describe('escapeHtml', () => {
  it('turns markup into text, safe in text and quoted attributes', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });
});

describe('markdownCell', () => {
  it('keeps a cell one line and inert: no raw HTML, no cell break, no formatting', () => {
    expect(markdownCell('a|b\n<img src=x>*c*_d_ [e](f)')).toBe('a\\|b &lt;img src=x&gt;\\*c\\*\\_d\\_ \\[e\\](f)');
  });
});

describe('binRetention', () => {
  it('leaves a short curve alone', () => {
    const curve = [0, 1, 2].map((storiesAfter) => ({ storiesAfter, passed: 1, total: 2 }));
    expect(binRetention(curve).map((b) => [b.storiesAfter, b.passed, b.total])).toEqual([
      [0, 1, 2],
      [1, 1, 2],
      [2, 1, 2],
    ]);
  });

  it('pools a long curve into at most 15 bins without losing a question', () => {
    const curve = Array.from({ length: 100 }, (_, storiesAfter) => ({ storiesAfter, passed: storiesAfter % 2, total: 1 }));
    const bins = binRetention(curve);
    expect(bins.length).toBeLessThanOrEqual(15);
    expect(bins.reduce((n, b) => n + b.total, 0)).toBe(100);
    expect(bins.reduce((n, b) => n + b.passed, 0)).toBe(50);
    expect(bins[0]).toMatchObject({ from: 0, to: 6, storiesAfter: 3 });
  });
});
