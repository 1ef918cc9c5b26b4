import * as assert from 'node:assert/strict';
import { maxHoverMarkdown, withPicture } from '../../../src/core/language/hoverPicture';

// src/core/language/hoverPicture.ts (kept with the viewer's tests: the picture comes from the viewer).
const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const hover = '**Figure 1** (p. 1): Overview of the retrieval pipeline.\n\n[Show in paper](command:paperReview.revealInPaper)';

describe('a figure\'s picture above its hover text', () => {
  it('puts the image, sized as VS Code\'s hover reads `|width=,height=`, above the text', () => {
    assert.equal(
      withPicture(hover, { dataUri: png, width: 480, height: 276 }, 'Figure 1: Overview of the retrieval pipeline.'),
      `![Figure 1: Overview of the retrieval pipeline.](${png}|width=480,height=276)\n\n${hover}`,
    );
  });

  it('rounds the size to whole pixels, and stands alone without text', () => {
    assert.equal(withPicture('', { dataUri: png, width: 299.6, height: 88.2 }, 'Table 1'), `![Table 1](${png}|width=300,height=88)`);
  });

  it('leaves the text alone without a picture, or with one that is not a PNG data URI or has no size', () => {
    assert.equal(withPicture(hover, undefined, 'Figure 1'), hover);
    for (const dataUri of ['data:image/svg+xml;base64,PHN2Zz4=', 'https://example.com/f.png', 'file:///f.png', `${png}) [x](command:evil`, `${png} "title"`]) {
      assert.equal(withPicture(hover, { dataUri, width: 480, height: 276 }, 'Figure 1'), hover, dataUri);
    }
    for (const [width, height] of [[0, 276], [480, Number.NaN], [-3, 10], [480, Infinity]]) {
      assert.equal(withPicture(hover, { dataUri: png, width: width!, height: height! }, 'Figure 1'), hover, `${width}×${height}`);
    }
  });

  it('escapes the alt text so it cannot end the image: brackets escaped, one line, no backslashes', () => {
    assert.equal(
      withPicture('', { dataUri: png, width: 10, height: 10 }, 'Figure 2: Results [see\n  Table 3] \\ and ](https://x)'),
      `![Figure 2: Results \\[see Table 3\\] and \\](https://x)](${png}|width=10,height=10)`,
    );
    const long = withPicture('', { dataUri: png, width: 10, height: 10 }, `Figure 3: ${'word '.repeat(200)}`);
    assert.equal(long.indexOf('](data:'), 2 + 300, 'a long caption is shortened to 300 characters');
    assert.ok(long.startsWith('![Figure 3: word word') && long.includes('word…](data:'));
  });

  it('leaves the picture out when the hover would be longer than VS Code shows (it cuts the Markdown, breaking the image)', () => {
    const big = `data:image/png;base64,${'A'.repeat(maxHoverMarkdown - 60)}`;
    assert.ok(withPicture(hover, { dataUri: big, width: 480, height: 276 }, 'Figure 1') === hover, 'the caption alone');
    const fits = `data:image/png;base64,${'A'.repeat(maxHoverMarkdown - hover.length - 100)}`;
    const out = withPicture(hover, { dataUri: fits, width: 480, height: 276 }, 'Figure 1');
    assert.ok(out.length <= 100_000 && out.endsWith(hover) && out.startsWith('![Figure 1]('));
  });
});
