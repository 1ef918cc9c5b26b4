// Writes README's pictures into media/: runs the demo's UI test (test/ui/demoReview.test.mjs), which takes each
// picture after checking that it shows what README says it does. `npm run build` first.
import Mocha from 'mocha';
import { join } from 'node:path';
import { root } from '../test/runners/harness.mjs';

process.env.PICTURES_DIR = 'media';
const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 60_000 });
mocha.addFile(join(root, 'test/ui/demoReview.test.mjs'));
await mocha.loadFilesAsync();
mocha.run((failures) => { process.exitCode = failures ? 1 : 0; });
