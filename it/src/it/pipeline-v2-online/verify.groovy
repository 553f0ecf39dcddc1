import dev.cloudtest.it.LocalAwsControl
import groovy.json.JsonSlurper

def aws = LocalAwsControl.at(localAwsEndpoint)
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
def log = new File(basedir, 'build.log').text

def original = new JsonSlurper().parse(new File(basedir, 'pipeline.json')).pipeline
def stored = new JsonSlurper().parseText(aws.pipelineJson('it-v2-online')).pipeline
assert stored.stages*.name == ['Source', 'Build', 'Deploy', 'IntegrationTest']
stored.stages.remove(3)
stored.remove('version')
original.remove('version')
original.name = 'it-v2-online'
assert stored == original
assert log.contains('the bundled AWS SDK does not model')
true
