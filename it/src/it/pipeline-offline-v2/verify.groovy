import dev.cloudtest.it.LocalAwsControl
import groovy.json.JsonSlurper

def aws = LocalAwsControl.at(localAwsEndpoint)
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
def log = new File(basedir, 'build.log').text

def original = json('get-pipeline.json').pipeline
def updated = json('target/cloudtest/it-offline-v2.updated.json')
assert updated.keySet() == ['pipeline'] as Set          // ready for update-pipeline --cli-input-json
def pipeline = updated.pipeline
assert pipeline.stages*.name == ['Source', 'Build', 'Deploy', 'IntegrationTest']
def added = pipeline.stages.remove(3)
assert added.actions[0].outputArtifacts == []
assert pipeline == original                              // every other field, unknown ones included
assert pipeline.futurePipelineField.threshold == 1.0E-7
assert pipeline.stages[2].futureStageField.nested == [1, 2.50, true, null]
assert json('target/cloudtest/pipeline-plan.json').kind == 'INSERT'
assert json('target/cloudtest/pipeline-result.json').awsCallsTotal == 0
assert aws.calls('it-offline-v2') == '[]'               // no AWS call at all
assert log.contains('aws codepipeline update-pipeline --cli-input-json file://')
true
