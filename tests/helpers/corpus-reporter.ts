// Prints the one line that says which suites did not run because the full corpus is absent:
//   corpus: not found at PATH; skipped N suites: NAMES (set NUTSHELL_CORPUS)
// It reads what vitest actually skipped (suites named by describeCorpus()), so the line cannot
// drift from the tests. Nothing is printed when the corpus is there or no such suite was collected.
import type { Reporter, TestModule } from 'vitest/node';
import { CORPUS_ROOT, CORPUS_SUITE_PREFIX, HAS_CORPUS } from './corpus';

export default class CorpusReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    if (HAS_CORPUS) return;
    const skipped = modules.flatMap((module) =>
      [...module.children.allSuites()]
        .filter((suite) => suite.name.startsWith(CORPUS_SUITE_PREFIX) && suite.state() === 'skipped')
        .map((suite) => suite.name.slice(CORPUS_SUITE_PREFIX.length)),
    );
    if (!skipped.length) return;
    console.log(`corpus: not found at ${CORPUS_ROOT}; skipped ${skipped.length} suites: ${skipped.join(', ')} (set NUTSHELL_CORPUS)`);
  }
}
