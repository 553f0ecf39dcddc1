// stack-outputs against moto: ListStackResources in one page (no NextToken), statuses all CREATE_COMPLETE.
import dev.cloudtest.it.LocalAwsControl
import groovy.json.JsonSlurper

def aws = LocalAwsControl.at(localAwsEndpoint)
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('api.it-compat-moto.example') : 'output values must not be logged'

def result = new JsonSlurper().parse(new File(basedir, 'target/cloudtest/stack-outputs.json'))
assert result.stackName == 'it-compat-moto-stack'
assert result.exports.keySet() == ['table-name-it-compat-moto-stack'] as Set
// Queue119 is past AWS's first page of 100: found in moto's single page.
assert result.resources == [OrdersTable: 'it-compat-moto-OrdersTable-1', Queue119: 'it-compat-moto-q-119']
assert aws.count('it-compat-moto-stack', 'ListStackResources') == 1
assert new JsonSlurper().parseText(aws.calls('it-compat-moto-stack')).every { it.status == 200 }

def props = new Properties()
new File(basedir, 'target/cloudtest/stack.properties').withInputStream { props.load(it) }
assert props['cloudtest.output.ApiUrl'] == 'https://api.it-compat-moto.example/prod'
assert props['cloudtest.resource.Queue119'] == 'it-compat-moto-q-119'
true
