// A real Failsafe IT fails: cloudtest:verify fails the build and shows the assertion without scrolling.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] Failing tests (1):')
assert log.contains('[ERROR]   com.example.CalculatorIT.addsSmallNumbers: 2 + 2 should make five in this broken test ==> expected: <5> but was: <4>')
assert log.contains('at com.example.CalculatorIT.addsSmallNumbers(CalculatorIT.java:')
// one passing unit test (surefire-reports) + two ITs, one failing (failsafe-reports)
assert log.contains('[ERROR] Tests: 3, Failures: 1, Errors: 0, Skipped: 0, Flaky: 0 (from 2 files)')
assert log.contains('There are test failures: 1 failed, 0 errored')
assert log.contains('-Dcloudtest.testFailureIgnore=true')
assert !log.contains('chatty output that the gate never shows') || log.indexOf('chatty output') < log.indexOf('Failing tests')
// the totals come after the failing test
assert log.indexOf('Failing tests (1):') < log.indexOf('Tests: 3, Failures: 1')

def json = new JsonSlurper().parse(new File(basedir, 'target/cloudtest/test-summary.json'))
assert json.passed == false
assert json.summary.totals.tests == 3
assert json.summary.totals.failures == 1
assert json.summary.filesRead == 2
assert json.summary.failing.size() == 1
assert json.summary.failing[0].kind == 'FAILURE'
assert json.summary.failing[0].test.className == 'com.example.CalculatorIT'
assert json.summary.failing[0].test.name == 'addsSmallNumbers'
assert json.summary.failing[0].file.endsWith('TEST-com.example.CalculatorIT.xml')
def md = new File(basedir, 'target/cloudtest/test-summary.md').text
assert md.startsWith('## Test results: failed')
assert md.contains('<code>com.example.CalculatorIT.addsSmallNumbers</code>')
true
