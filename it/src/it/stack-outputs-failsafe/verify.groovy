// Stack outputs reach a Failsafe integration test; exports are filtered by the stack name; values are not logged.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Stack it-stack-fs-1 (CREATE_COMPLETE): 3 output(s) [ApiUrl, QueueUrl, TableName]')
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('BUILD SUCCESS')
assert !log.contains('api.it-stack-fs-1.example') : 'output values must not be logged'

def result = new JsonSlurper().parse(new File(basedir, 'target/cloudtest/stack-outputs.json'))
assert result.stackName == 'it-stack-fs-1'
assert result.exports.keySet() == ['queue-url-it-stack-fs-1', 'table-name-it-stack-fs-1'] as Set
assert result.resources == [OrdersTable: 'it-stack-fs-1-OrdersTable-1X2Y']
assert result.awsCalls['CloudFormation.DescribeStacks'] == 1

def props = new Properties()
new File(basedir, 'target/cloudtest/stack.properties').withInputStream { props.load(it) }
assert props['cloudtest.output.ApiUrl'] == 'https://api.it-stack-fs-1.example/prod?a=1&b=2'
assert !props.containsKey('cloudtest.export.table-name-it-stack-fs-2')

def env = new File(basedir, 'target/cloudtest/stack.env').readLines()
assert env.contains("CLOUDTEST_OUTPUT_API_URL='https://api.it-stack-fs-1.example/prod?a=1&b=2'")
assert env.contains("CLOUDTEST_RESOURCE_ORDERS_TABLE='it-stack-fs-1-OrdersTable-1X2Y'")
true
