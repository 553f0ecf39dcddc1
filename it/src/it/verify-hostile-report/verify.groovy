// Empty, truncated, entity-bomb and non-JUnit files: each is named with its reason, the good file still counts.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def reports = new File(basedir, 'reports').canonicalPath
assert log.contains("Cannot read test report ${reports}/TEST-com.example.CrashedIT.xml: the file is empty (0 bytes)")
assert log.contains("Cannot read test report ${reports}/TEST-com.example.CutIT.xml: not well-formed XML")
assert log.contains("Cannot read test report ${reports}/TEST-lolz.xml: it has a DOCTYPE declaration")
assert log.contains("Cannot read test report ${reports}/TEST-other-format.xml: not a JUnit XML report: the root element <suites>")
assert log.contains('4 test reports could not be read')
assert log.contains('-Dcloudtest.failOnUnreadableReports=false')
assert log.contains('Tests: 2, Failures: 0, Errors: 0, Skipped: 0, Flaky: 0 (from 1 file)')
assert !log.contains('failsafe-summary.xml')
assert !log.contains('lollol')

def json = new JsonSlurper().parse(new File(basedir, 'target/cloudtest/test-summary.json'))
assert json.passed == false
assert json.summary.totals.tests == 2
assert json.summary.unreadable.size() == 4
true
