import * as assert from 'node:assert/strict';
import { firstSentence, joinLines } from '../../../src/core/paperIndex/lines';

// Titles as readers read them; the cases and expected titles come from captions of the corpus papers (their truth files).
describe('caption and heading lines joined into titles', () => {
  it('undoes a hyphen that breaks a word, keeps one that belongs to it', () => {
    assert.equal(joinLines('Inter-annotator agreement (IAA) measure-', 'ments.'), 'Inter-annotator agreement (IAA) measurements.');
    assert.equal(joinLines('using spaCy’s transition-', 'based parser'), 'using spaCy’s transition-based parser');
    assert.equal(joinLines('compared with state-of-the-', 'art catalogs.'), 'compared with state-of-the-art catalogs.');
    assert.equal(joinLines('the sub pairs from Landmark-', 'RxR.'), 'the sub pairs from Landmark-RxR.');
    assert.equal(joinLines('ablations on PENN TREE-', 'BANK.'), 'ablations on PENN TREEBANK.');
  });

  it('lets the page decide when it prints the word whole elsewhere', () => {
    assert.equal(joinLines('GCN, GIN, Graph-', 'SAGE, and GatedGCN', new Set(['graphsage'])), 'GCN, GIN, GraphSAGE, and GatedGCN');
    assert.equal(joinLines('models are pre-', 'trained on', new Set(['pre-trained'])), 'models are pre-trained on');
  });

  it('a caption title ends at its first real sentence end', () => {
    assert.equal(firstSentence('Fitting a data distribution in x and y using Eq. (20). The fit is good.'), 'Fitting a data distribution in x and y using Eq. (20).');
    assert.equal(firstSentence('Maximum path lengths for different layer types. n is the sequence length.'), 'Maximum path lengths for different layer types.');
    assert.equal(firstSentence('(Top) Our model is state-of-the-art (error computed on the UCF test dataset.) (Bottom) Our e2e model is simple.'),
      '(Top) Our model is state-of-the-art (error computed on the UCF test dataset.)');
    assert.equal(firstSentence('The emission matrix as a set of blocks O1, . . . , O4 with fixed number of states k. Next.'),
      'The emission matrix as a set of blocks O1, . . . , O4 with fixed number of states k.');
    assert.equal(firstSentence('The “swiss roll” dataset. a) The euclidean distance of two points.'), 'The “swiss roll” dataset.');
    assert.equal(firstSentence('Results with BERT. VIB: Paranjape et al.'), 'Results with BERT.');
  });
});
