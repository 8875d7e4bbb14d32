// A node:test reporter that writes only the totals, as JSON.
export default async function* countingReporter(source) {
  const totals = {passed: 0, failed: 0, skipped: 0};

  for await (const event of source) {
    // Suites report too; count leaf tests only.
    if (event.data?.details?.type === 'suite') continue;
    if (event.type === 'test:pass') {
      if (event.data.skip || event.data.todo) totals.skipped += 1;
      else totals.passed += 1;
    } else if (event.type === 'test:fail') {
      totals.failed += 1;
    }
  }

  yield JSON.stringify(totals);
}
