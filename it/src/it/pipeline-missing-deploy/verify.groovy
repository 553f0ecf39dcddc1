import dev.cloudtest.it.LocalAwsControl
import groovy.json.JsonSlurper

def aws = LocalAwsControl.at(localAwsEndpoint)
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
def log = new File(basedir, 'build.log').text

assert log.contains("Pipeline 'it-no-deploy' has no stage 'Deploy' to put 'IntegrationTest' after. Its stages are: Source, Build.")
assert log.contains('-Dcloudtest.after=')
assert aws.count('it-no-deploy', 'UpdatePipeline') == 0
assert aws.projectJson('it-no-deploy-project') == null
def result = json('target/run/pipeline-result.json')
assert result.outcome == 'failed'
assert result.awsWriteCalls == 0
assert result.error.contains("has no stage 'Deploy'")
true
