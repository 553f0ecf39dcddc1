import dev.cloudtest.it.LocalAwsControl
import groovy.json.JsonSlurper

def aws = LocalAwsControl.at(localAwsEndpoint)
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
def log = new File(basedir, 'build.log').text

def original = new JsonSlurper().parse(new File(basedir, 'pipeline.json')).pipeline
def stored = new JsonSlurper().parseText(aws.pipelineJson('it-remove')).pipeline
assert stored.version == 3
stored.remove('version')
original.remove('version')
original.name = 'it-remove'
assert stored == original
assert aws.projectJson('it-remove-project') == null
def result = json('target/remove/pipeline-result.json')
assert result.kind == 'REMOVE'
assert result.projectDeleted == true
true
