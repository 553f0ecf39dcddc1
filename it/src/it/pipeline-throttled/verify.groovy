import dev.cloudtest.it.LocalAwsControl
import groovy.json.JsonSlurper

def aws = LocalAwsControl.at(localAwsEndpoint)
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
def log = new File(basedir, 'build.log').text

def stored = new JsonSlurper().parseText(aws.pipelineJson('it-throttled')).pipeline
assert stored.stages*.name == ['Source', 'Build', 'Deploy', 'IntegrationTest']
assert aws.projectJson('it-throttled-project') != null
def ops = aws.operations('it-throttled')
assert ops.count { it == 'UpdatePipeline' } >= 2   // one throttled, one stored
assert log.contains('CodeBuild cannot assume')      // the IAM-propagation refusal was retried
assert json('target/run/pipeline-result.json').outcome == 'applied'
true
