// stack-outputs against the real moto server: outputs, the stack's own export without a filter, physical IDs.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('it-moto-orders') : 'output values must not be logged'

def result = new JsonSlurper().parse(new File(basedir, 'target/cloudtest/stack-outputs.json'))
assert result.stackName == 'it-moto-stack'
assert result.exports.keySet() == ['queue-url-it-moto-stack'] as Set : 'only the stack\'s own export'
assert result.resources.keySet() == ['OrdersQueue'] as Set
assert result.resources.OrdersQueue.endsWith('/it-moto-orders')

def props = new Properties()
new File(basedir, 'target/cloudtest/stack.properties').withInputStream { props.load(it) }
assert props['cloudtest.output.QueueName'] == 'it-moto-orders'
assert props['cloudtest.export.queue-url-it-moto-stack'].endsWith('/it-moto-orders')
true
