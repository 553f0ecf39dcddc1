// run-buildspec ran the generated file's mvn verify and gated its report group.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Running command mvn -B -ntp verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false')
// skipUnitTests: Surefire ran no test, Failsafe's IT still ran.
assert !new File(basedir, 'target/surefire-reports/TEST-it.OrdersTest.xml').exists()
assert log.contains('Phase complete: BUILD State: SUCCEEDED')
assert log.contains('Report group integration-tests: 1 tests, 0 failures, 0 errors, 0 skipped from 1 file(s)')

def result = new JsonSlurper().parse(new File(basedir, 'target/cloudtest/run-buildspec-result.json'))
assert result.succeeded == true
assert result.phases*.phase == ['INSTALL', 'BUILD']
assert result.phases*.status == ['SUCCEEDED', 'SUCCEEDED']
def group = result.reportGroups.find { it.name == 'integration-tests' }
assert group.files == ['TEST-it.OrdersIT.xml']
assert group.counts.tests == 1
