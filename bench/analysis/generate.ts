import { findBuiltinTemplate } from '../../src/core/templates';
import { sectionHeading } from '../../src/core/snippets';

/** A deterministic pseudo-random source, so every run benchmarks the same text. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const words = ['the', 'method', 'proposed', 'baseline', 'results', 'ablation', 'we', 'authors', 'claim', 'evidence', 'unclear', 'convincing',
  'training', 'dataset', 'improves', 'compared', 'with', 'prior', 'work', 'significant', 'however', 'experiments', 'variance', 'reported'];
const refs = ['Figure 3', 'Table 2', 'Section 4.2', 'Eq. (5)', 'Fig. 2(b)', 'Tables 1 and 4', '§3.1', 'Appendix B', 'p. 7', '[Goy+22]'];

/** A realistic course-form review of about `targetBytes`: prose with references, lists, sub-headings and a code block. */
export function generateReview(targetBytes: number, seed = 1): string {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const sentence = () => {
    const n = 8 + Math.floor(random() * 14);
    const ws = Array.from({ length: n }, () => (random() < 0.08 ? pick(refs) : pick(words)));
    return ws.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(random() * 4) }, sentence).join(' ');
  const course = findBuiltinTemplate('course')!;
  const perSection = Math.max(200, Math.floor(targetBytes / course.sections.length));
  let text = '---\ntemplate: course\npaper: paper.pdf\n---\n# Review\n\n';
  course.sections.forEach((section, i) => {
    text += `${sectionHeading(section, i + 1)}\n\n`;
    if (section.score) { text += `${1 + Math.floor(random() * 5)}\n\n`; return; }
    let body = '';
    let k = 0;
    while (body.length < perSection) {
      const r = random();
      if (r < 0.1) body += `### Point ${++k}\n\n`;
      else if (r < 0.25) body += Array.from({ length: 3 }, () => `- ${sentence()}`).join('\n') + '\n\n';
      else if (r < 0.28) body += '```python\nloss = model(x)  # Figure 9 in code is not a reference\n```\n\n';
      else body += paragraph() + '\n\n';
    }
    text += body;
  });
  return text;
}
