import dev.cloudtest.it.LocalAwsControl
import groovy.json.JsonSlurper

def aws = LocalAwsControl.at(localAwsEndpoint)
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
def log = new File(basedir, 'build.log').text

assert log.contains("CodeBuild project 'it-missing-role-project' does not exist, and creating it needs a service role")
assert log.contains('-Dcloudtest.serviceRole=')
assert aws.count('it-missing-role', 'UpdatePipeline') == 0
assert aws.count('it-missing-role-project', 'CreateProject') == 0
def result = json('target/run/pipeline-result.json')
assert result.outcome == 'failed'
assert result.awsWriteCalls == 0
assert result.error.contains('cloudtest.serviceRole')
true
