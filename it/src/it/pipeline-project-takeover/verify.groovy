// add-stage refuses to take over a project it did not create: each difference and the opt-in named, nothing written.
import dev.cloudtest.it.LocalAwsControl
import groovy.json.JsonSlurper

def aws = LocalAwsControl.at(localAwsEndpoint)
def log = new File(basedir, 'build.log').text
assert log.contains("CodeBuild project 'it-takeover-build-project' exists, was not created by cloudtest")
assert log.contains('its source type is GITHUB, the stage needs CODEPIPELINE')
assert log.contains("it runs the buildspec 'buildspec.yml (the default)', the stage needs 'integration_buildspec.yml'")
assert log.contains('-Dcloudtest.project.takeOver=true')
assert aws.count('it-takeover', 'UpdatePipeline') == 0
assert aws.count('it-takeover-build-project', 'UpdateProject') == 0
def project = new JsonSlurper().parseText(aws.projectJson('it-takeover-build-project'))
assert project.source.type == 'GITHUB'
true
