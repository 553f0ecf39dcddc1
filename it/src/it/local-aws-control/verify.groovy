// The seeded state is readable back, verbatim, through the control API from a script.
import dev.cloudtest.it.LocalAwsControl
import groovy.json.JsonSlurper

def aws = LocalAwsControl.at(localAwsEndpoint)
def stored = new JsonSlurper().parseText(aws.pipelineJson('it-control'))
assert stored.pipeline.name == 'it-control'
assert stored.pipeline.version == 2
assert stored.pipeline.futureField.kept == true
assert stored.metadata.pipelineArn == 'arn:aws:codepipeline:us-east-1:123456789012:it-control'
assert new JsonSlurper().parseText(aws.pipelineJson('it-control', 1)).pipeline.version == 1
assert aws.pipelineJson('it-control-never-seeded') == null
assert aws.operations('it-control') == []
true
