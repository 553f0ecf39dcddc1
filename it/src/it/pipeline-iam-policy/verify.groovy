import dev.cloudtest.it.LocalAwsControl
import groovy.json.JsonSlurper

def aws = LocalAwsControl.at(localAwsEndpoint)
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
def log = new File(basedir, 'build.log').text

def policies = json('target/cloudtest/iam-policy.json')
def caller = policies.callerPolicy
assert caller.Version == '2012-10-17'
def bySid = caller.Statement.collectEntries { [(it.Sid): it] }
assert bySid.Pipeline.Resource == 'arn:aws:codepipeline:eu-west-1:111122223333:shop'
assert bySid.Project.Resource == 'arn:aws:codebuild:eu-west-1:111122223333:project/ShopIT'
assert bySid.PassBuildRole.Resource == 'arn:aws:iam::111122223333:role/shop-it'
assert bySid.StackOutputs.Resource == 'arn:aws:cloudformation:eu-west-1:111122223333:stack/shop-stack/*'
def role = policies.codeBuildServiceRolePolicy.Statement.collectEntries { [(it.Sid): it] }
assert role.TestReports.Resource == 'arn:aws:codebuild:eu-west-1:111122223333:report-group/ShopIT-*'
assert role.TestReports.Action.contains('codebuild:BatchPutTestCases')
assert json('target/cloudtest/iam-caller-policy.json') == caller
assert log.contains('Policy for the principal that runs cloudtest')
assert log.contains('PIPELINE_SERVICE_ROLE')  // unknown without the pipeline file: a visible placeholder
true
