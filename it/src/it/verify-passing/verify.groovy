// Passing unit and integration tests: the gate passes and says what it counted.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Tests: 3, Failures: 0, Errors: 0, Skipped: 0, Flaky: 0 (from 2 files)')
assert !log.contains('Failing tests')
assert log.contains('BUILD SUCCESS')

def json = new JsonSlurper().parse(new File(basedir, 'target/cloudtest/test-summary.json'))
assert json.passed == true
assert json.reasons.isEmpty()
assert json.summary.totals.tests == 3
assert new File(basedir, 'target/cloudtest/test-summary.md').text.startsWith('## Test results: passed')
true
