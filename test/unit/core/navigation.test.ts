// "Go to Next Incomplete Section" in the core: which stops exist, in which order, and that stepping visits each once
// and wraps around. Expected values are read off the review by hand.
import * as assert from 'node:assert/strict';
import { analyzeReview } from '../../../src/core/review/analysis';
import { incompleteStops, nextIncompleteStop } from '../../../src/core/checks/navigation';

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
// ICLR: Summary done; Soundness unanswered; Strengths empty; Rating holds a TODO; six sections missing.
const text = ['---', 'template: iclr-2025', '---', '## Summary', '', words(45), '', '## Soundness', '', '- [ ] 4: excellent', '- [ ] 3: good', '',
  '## Strengths', '', '', '## Rating', '', 'TODO decide', ''].join('\n');

describe('Go to Next Incomplete Section (core)', () => {
  const stops = incompleteStops(analyzeReview(text));

  it('lists every incomplete section, missing ones at the place they belong, in document order', () => {
    assert.deepEqual(stops.map((s) => `${s.title}${s.missing ? ' (missing)' : ''}`), [
      'Soundness', 'Presentation (missing)', 'Contribution (missing)', 'Strengths',
      'Weaknesses (missing)', 'Questions (missing)', 'Flag for ethics review (missing)', 'Rating', 'Confidence (missing)',
    ]);
  });

  it('lands on the first option, the empty line under a heading, the placeholder itself, or where a missing section goes', () => {
    const at = (title: string) => stops.find((s) => s.title === title)!.range;
    assert.deepEqual(at('Soundness'), { start: text.indexOf('- [ ] 4'), end: text.indexOf('- [ ] 4') });
    assert.deepEqual(at('Strengths'), { start: text.indexOf('## Strengths\n') + '## Strengths\n'.length, end: text.indexOf('## Strengths\n') + '## Strengths\n'.length });
    assert.deepEqual(at('Rating'), { start: text.indexOf('TODO'), end: text.indexOf('TODO') + 4 });
    assert.deepEqual(at('Presentation'), { start: text.indexOf('## Strengths'), end: text.indexOf('## Strengths') });
    assert.deepEqual(at('Confidence'), { start: text.length, end: text.length });
  });

  it('pressed again and again from the top, it visits all nine once and then wraps around', () => {
    const visited: string[] = [];
    let cursor = 0;
    let previous: string | undefined;
    for (let i = 0; i < 10; i++) {
      const stop = nextIncompleteStop(stops, cursor, previous)!;
      visited.push(stop.title);
      cursor = stop.range.start;
      previous = stop.sectionId;
    }
    assert.deepEqual(visited, ['Soundness', 'Presentation', 'Contribution', 'Strengths', 'Weaknesses', 'Questions', 'Flag for ethics review', 'Rating', 'Confidence', 'Soundness']);
  });

  it('after the cursor moved, it goes to the first stop after it', () => {
    assert.equal(nextIncompleteStop(stops, text.indexOf('## Rating'))!.title, 'Rating');
    assert.equal(nextIncompleteStop(stops, text.length)!.title, 'Soundness');
  });

  it('a complete review has no stops', () => {
    assert.equal(nextIncompleteStop([], 0), undefined);
  });
});
