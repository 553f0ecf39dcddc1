// moto lacks UpdateProject: its HTML 500 ends the build at once with a message that says so.
import dev.cloudtest.it.MotoSeed
import groovy.json.JsonSlurper

def moto = MotoSeed.at(motoEndpoint)
def log = new File(basedir, 'build.log').text
assert log.contains("The endpoint answered HTTP 500 without an AWS error while updating CodeBuild project"
        + " 'it-moto-upd-project'")
assert log.contains('may not implement this operation')
assert !log.contains('NullPointerException')
def stored = new JsonSlurper().parseText(moto.pipeline('it-moto-upd')).pipeline
assert stored.stages*.name == ['Source', 'Build', 'Deploy'] : 'the pipeline is left alone'
true
