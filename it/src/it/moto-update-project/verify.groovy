// moto lacks UpdateProject: one clear message naming it, and the pipeline is left as it was.
import dev.cloudtest.it.MotoSeed
import groovy.json.JsonSlurper

def moto = MotoSeed.at(motoEndpoint)
def log = new File(basedir, 'build.log').text
assert log.contains('The endpoint answered HTTP 500 without an AWS error while')
assert log.contains('may not implement this operation (CodeBuild UpdateProject')
assert !log.contains('NullPointerException')
def stored = new JsonSlurper().parseText(moto.getPipeline('it-moto-upd')).pipeline
assert stored.stages*.name == ['Source', 'Build', 'Deploy'] : 'the pipeline was not touched'
true
