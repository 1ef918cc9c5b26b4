import * as assert from 'node:assert/strict';
import { createReviewLanguageService, hoverMarkdown } from '../../../../src/core/language';
import type { AnchorIndex } from '../../../../src/core/paperIndex/types';
import { at, InMemoryWorkspace, review, truthIndex } from './inMemoryWorkspace';

// A long paper still being indexed by the host: its first five pages read (long.truth.json: Figures 1–3 on pages 1, 3
// and 4, Figure 8 on page 11, 17 pages), the whole index not there yet.
describe('language service: a paper whose index is still being built', () => {
  const whole = truthIndex('long');
  const firstPages: AnchorIndex = { ...whole, anchors: whole.anchors.filter((a) => a.page <= 5), unreadPages: [6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] };
  const text = '---\npaper: paper.pdf\n---\nFigure 2 is clear; Figure 8 is not.\n';
  let finish: (index: AnchorIndex) => void = () => undefined;
  const service = createReviewLanguageService({
    workspace: new InMemoryWorkspace({ 'paper.pdf': 'long' }),
    getAnchorIndex: () => new Promise<AnchorIndex>((resolve) => { finish = resolve; }),
    getPartialAnchorIndex: async () => firstPages,
  });

  it('hover and Ctrl+click answer from the pages read so far, without waiting for the last page', async () => {
    const hover = (await service.getHover(review(text), at(text, 'Figure 2', 3)))!;
    assert.equal(hoverMarkdown(hover, 'command:show'), '**Figure 2** · page 3\n\nMeasurements collected in study part 2 over all sites\n\n[Show in paper](command:show)');
    const definition = await service.getDefinition(review(text), at(text, 'Figure 2', 3));
    assert.equal(definition?.kind === 'anchor' && definition.anchor.page, 3);
  });

  it('a figure on a page not read yet waits for the whole index, rather than being called missing', async () => {
    let done: (index: AnchorIndex) => void = () => undefined;
    const reading = createReviewLanguageService({
      workspace: new InMemoryWorkspace({ 'paper.pdf': 'long' }),
      getAnchorIndex: () => new Promise<AnchorIndex>((resolve) => { done = resolve; }),
      getPartialAnchorIndex: async () => firstPages,
    });
    const answered: string[] = [];
    const hover = reading.getHover(review(text), at(text, 'Figure 8', 3)).then((h) => { answered.push('hover'); return h; });
    const definition = reading.getDefinition(review(text), at(text, 'Figure 8', 3)).then((d) => { answered.push('definition'); return d; });
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(answered, [], 'the first five pages do not answer for Figure 8 (page 11)');
    done(whole);
    const h = (await hover)!;
    assert.equal(h.kind === 'anchor' && `${h.anchor.label} p${h.anchor.page}`, '8 p11');
    const d = (await definition)!;
    assert.equal(d.kind === 'anchor' && d.anchor.page, 11);
  });

  it('a supplement not read yet: "Supplementary Figure 2" waits for it, rather than taking the main paper\'s Figure 2', async () => {
    // contents.truth.json: Figure 2 on page 4, the supplement's Figure 2 on page 8 (of 8).
    const paper = truthIndex('contents');
    const mainPages: AnchorIndex = { ...paper, anchors: paper.anchors.filter((a) => a.page <= 5), unreadPages: [6, 7, 8] };
    let done: (index: AnchorIndex) => void = () => undefined;
    const reading = createReviewLanguageService({
      workspace: new InMemoryWorkspace({ 'paper.pdf': 'contents' }),
      getAnchorIndex: () => new Promise<AnchorIndex>((resolve) => { done = resolve; }),
      getPartialAnchorIndex: async () => mainPages,
    });
    const supplementary = '---\npaper: paper.pdf\n---\nSupplementary Figure 2 is noisy.\n';
    let answered = false;
    const hover = reading.getHover(review(supplementary), at(supplementary, 'Figure 2', 3)).then((h) => { answered = true; return h; });
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(answered, false);
    done(paper);
    const h = (await hover)!;
    assert.equal(h.kind === 'anchor' && `${h.anchor.part ?? 'main'} p${h.anchor.page}`, 'supplement p8');
  });

  it('completion offers the figures read so far', async () => {
    const typing = '---\npaper: paper.pdf\n---\nSee Figure ';
    const items = (await service.getCompletions(review(typing, 'c.review.md'), typing.length))!;
    assert.deepEqual(items.items.map((i) => i.label), ['1', '2', '3']);
  });

  it('diagnostics wait for the whole index, then judge against it', async () => {
    const pending = service.computeDiagnostics(review(text));
    finish(whole);
    const codes = (await pending)!.diagnostics.filter((d) => d.code === 'unknown-reference');
    assert.deepEqual(codes, []);
    const hover = (await service.getHover(review(text), at(text, 'Figure 8', 3)))!;
    assert.equal(hover.kind, 'anchor', 'once the whole index is there, Figure 8 is found');
  });
});
