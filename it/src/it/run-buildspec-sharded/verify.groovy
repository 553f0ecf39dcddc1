// The second of two shards ran one IT file (sorted: OrdersIT, RefundsIT -> RefundsIT) and its report was gated.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('codebuild-tests-run (local): shard 2 of 2 runs 1 of 2 file(s)')
assert log.contains('Phase complete: BUILD State: SUCCEEDED')

def result = new JsonSlurper().parse(new File(basedir, 'target/cloudtest/run-buildspec-result.json'))
assert result.succeeded == true
def group = result.reportGroups.find { it.name == 'integration-tests' }
assert group.files == ['TEST-it.RefundsIT.xml']
assert group.counts.tests == 1
