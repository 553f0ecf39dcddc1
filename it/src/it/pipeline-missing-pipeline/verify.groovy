import dev.cloudtest.it.LocalAwsControl
import groovy.json.JsonSlurper

def aws = LocalAwsControl.at(localAwsEndpoint)
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
def log = new File(basedir, 'build.log').text

assert log.contains("Pipeline 'it-no-such-pipeline' does not exist")
assert log.contains('cloudtest.region')
assert aws.count('it-no-such-pipeline', 'UpdatePipeline') == 0
true
