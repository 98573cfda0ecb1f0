/**
 * Runs generate on the project at argv[2], killed with SIGKILL at the change numbered argv[3] (before or
 * after it, argv[4]), or, when argv[3] is 0, whenever the parent kills it: it says "ready" just before the
 * run starts. Prints "completed" if it was not killed.
 */
import { faultyFileSystem } from '../support/faulty-file-system.js';
import { generateIn } from './scenario.js';

const [projectDir, killAtText, killWhen] = process.argv.slice(2);
const killAt = Number(killAtText);
const fileSystem = faultyFileSystem(killAt > 0 ? { killAt, killWhen: killWhen === 'after' ? 'after' : 'before' } : {});
process.stdout.write('ready\n');
await generateIn(projectDir!, { fileSystem });
process.stdout.write('completed\n');
