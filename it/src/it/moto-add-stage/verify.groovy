// add-stage against the real moto server: project created, stage inserted, read back.
import dev.cloudtest.it.MotoSeed
import groovy.json.JsonSlurper

def moto = MotoSeed.at(motoEndpoint)
def log = new File(basedir, 'build.log').text
assert log.contains("Pipeline 'it-moto-add' is now at version 2 with stage 'IntegrationTest'")
assert log.contains('BUILD SUCCESS')

def stored = new JsonSlurper().parseText(moto.pipeline('it-moto-add')).pipeline
assert stored.stages*.name == ['Source', 'Build', 'Deploy', 'IntegrationTest']
def action = stored.stages[3].actions[0]
assert action.actionTypeId.provider == 'CodeBuild'
assert action.configuration.ProjectName == 'it-moto-add-project'
assert new JsonSlurper().parseText(action.configuration.EnvironmentVariables) ==
        [[name: 'ENV_STACK_NAME', value: 'it-moto-stack', type: 'PLAINTEXT']]

def project = new JsonSlurper().parseText(moto.project('it-moto-add-project')).projects[0]
assert project.source.type == 'CODEPIPELINE'
assert project.artifacts.type == 'CODEPIPELINE'
assert project.serviceRole == 'arn:aws:iam::123456789012:role/it-moto-role'

def result = new JsonSlurper().parse(new File(basedir, 'target/cloudtest/pipeline-result.json'))
assert result.outcome == 'applied'
assert result.project == 'CREATE'
true
