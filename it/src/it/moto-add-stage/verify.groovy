// add-stage on the real moto: the stage is in the pipeline moto stores, and the project moto created has the
// buildspec and the CODEPIPELINE source and artifacts the stage needs.
import dev.cloudtest.it.MotoSeed
import groovy.json.JsonSlurper

def moto = MotoSeed.at(motoEndpoint)
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains("Pipeline 'it-moto-add' is now at version 2 with stage 'IntegrationTest'")

def stored = new JsonSlurper().parseText(moto.getPipeline('it-moto-add')).pipeline
assert stored.stages*.name == ['Source', 'Build', 'Deploy', 'IntegrationTest']
def action = stored.stages[3].actions[0]
assert action.actionTypeId.provider == 'CodeBuild'
assert action.configuration.ProjectName == 'it-moto-add-project'
assert new JsonSlurper().parseText(action.configuration.EnvironmentVariables) ==
        [[name: 'ENV_STACK_NAME', value: 'it-moto-stack', type: 'PLAINTEXT']]

def project = new JsonSlurper().parseText(moto.batchGetProjects('it-moto-add-project')).projects[0]
assert project.source.type == 'CODEPIPELINE'
assert project.source.buildspec == 'integration_buildspec.yml'
assert project.artifacts.type == 'CODEPIPELINE'

def result = new JsonSlurper().parse(new File(basedir, 'target/cloudtest/pipeline-result.json'))
assert result.outcome == 'applied'
true
