// stack-outputs on the real moto: outputs, the stack's own export by default, the queue's physical ID.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('api.it-moto.example') : 'output values must not be logged'

def result = new JsonSlurper().parse(new File(basedir, 'target/cloudtest/stack-outputs.json'))
assert result.stackName == 'it-moto-stack'
assert result.exports.keySet() == ['it-moto-orders-queue-url'] as Set
assert result.resources.OrdersQueue.contains('it-moto-orders')

def props = new Properties()
new File(basedir, 'target/cloudtest/stack.properties').withInputStream { props.load(it) }
assert props['cloudtest.output.ApiUrl'] == 'https://api.it-moto.example/prod'
assert props['cloudtest.export.it-moto-orders-queue-url'] == props['cloudtest.output.QueueUrl']
assert props['cloudtest.output.QueueUrl'].contains('it-moto-orders')
true
