// A web-test-runner reporter that counts every test result and writes the
// totals where scripts/test.mjs can add them to the closing line.
import {writeFileSync} from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function countingReporter() {
  return {
    stop({sessions}) {
      const totals = {passed: 0, failed: 0, skipped: 0};

      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);

        // A file that failed to load ran no test: count it as a failure
        // so it cannot pass unnoticed.
        if (!session.passed && (session.errors ?? []).length > 0) {
          totals.failed += 1;
        }
      }

      const out = process.env.WTR_COUNTS_FILE;
      if (out) writeFileSync(out, JSON.stringify(totals));
      else {
        process.once('exit', () => {
          console.log(
            `${totals.passed} passed, ${totals.failed} failed, ` +
              `${totals.skipped} skipped`
          );
        });
      }
    },
  };
}
