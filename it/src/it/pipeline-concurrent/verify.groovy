import dev.cloudtest.it.LocalAwsControl
import groovy.json.JsonSlurper

def aws = LocalAwsControl.at(localAwsEndpoint)
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
def log = new File(basedir, 'build.log').text

def stored = new JsonSlurper().parseText(aws.pipelineJson('it-concurrent')).pipeline
// Exactly one new stage, and the other writer's edit (version 2) survived.
assert stored.stages*.name == ['Source', 'Build', 'Deploy', 'IntegrationTest']
assert stored.stages[0].actions[0].namespace == 'ForeignEdit2'
assert stored.version == 4
def result = json('target/run/pipeline-result.json')
assert result.foreignWritesDetected == 1
assert result.pipelineWrites == 2
assert log.contains('Another writer changed pipeline')
true
