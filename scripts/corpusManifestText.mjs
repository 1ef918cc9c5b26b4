// The text of test/corpus/MANIFEST.md, made from the truth files (scripts/corpusManifest.mjs writes it).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

function rows(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.truth.json')).sort().map((f) => {
    const truth = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const s = truth.source;
    const count = (kind) => truth.anchors.filter((a) => a.kind === kind).length;
    return `| ${f.replace(/\.truth\.json$/, '')} | ${cell(s.venue)} | ${truth.pages} | ${count('figure')} / ${count('table')} / ${count('section')} | `
      + `${cell(s.repo)} @ ${s.commit.slice(0, 12)}: \`${cell(s.path)}\` | ${cell(s.licence)} | ${s.redistribute ? 'yes' : 'no'} |`;
  });
}

export function corpusManifest(dir) {
  const header = '| id | venue | pages | figures / tables / sections | source (repository @ commit: path) | licence | PDF committed |\n|---|---|---|---|---|---|---|';
  return `# The corpus of real papers

Published papers nobody on this project wrote, each in \`papers/\` with a truth file (\`<id>.truth.json\`) listing every numbered
figure and table caption and every numbered section heading, appendices and supplements included, with its page and
whole title. Each truth file says in \`checked\` how it was checked by hand (poppler's text per page, the PDF's fonts and
positions, the LaTeX source where the repository has it, rendered pages where in doubt), independently of the index.

\`npm run eval:index\` scores the index on these papers; \`test/unit/corpus\` holds it to 99% (figures, tables) and 97%
(sections) on the PDFs committed here. A PDF whose licence does not allow redistribution is not committed
(\`.gitignore\`): get it from its repository at the commit and path below (\`git show <commit>:<path>\`) and put it
in \`papers/\` as \`<id>.pdf\`, and the eval and the test use it. \`heldout/\` holds papers the index was not tuned on, to check
that its rules carry over: \`npm run eval:index -- --corpus test/corpus/heldout\`.

This file is written by \`node scripts/corpusManifest.mjs\` from the truth files.

## Development papers

${header}
${rows(join(dir, 'papers')).join('\n')}

## Held-out papers

${header}
${rows(join(dir, 'heldout')).join('\n')}
`;
}
