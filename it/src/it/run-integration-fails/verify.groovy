// The integration stage fails: its failing assertion and the build's log link are printed, and the build fails.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('IntegrationTest / Integration failed: Build terminated with state: FAILED')
assert log.contains('Failing tests (2):')
assert log.contains('com.example.RegistrationIT.redirectsAfterRegistration: expected: </register_user> but was: </dashboard>')
assert log.contains('com.example.DashboardIT.dashboardLoads: [error] java.net.ConnectException: Connection refused')
assert log.find(/\[ERROR\] Log: https?:\/\/\S+/)
assert log.contains('ended Failed at stage IntegrationTest (Failed): 2 test(s) failed in IntegrationTest (listed above).')
assert log.contains('BUILD FAILURE')

def run = new JsonSlurper().parse(new File(basedir, 'target/cloudtest/pipeline-run.json'))
assert run.succeeded == false
assert run.status == 'Failed'
def build = run.integrationBuilds[0]
assert build.buildId.startsWith('it-run-fails-tests:')
assert build.failingTotal == 2
assert build.failedTests*.name == ['redirectsAfterRegistration', 'dashboardLoads']
assert build.reports[0].total == 3
true
