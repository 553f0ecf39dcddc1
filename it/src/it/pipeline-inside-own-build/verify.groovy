import dev.cloudtest.it.LocalAwsControl

// Run from a build of the very pipeline it would update (which would cancel that run): refused, nothing written.
def aws = LocalAwsControl.at(localAwsEndpoint)
def log = new File(basedir, 'build.log').text
assert log.contains("This build runs inside pipeline 'it-inside' (CODEBUILD_INITIATOR=codepipeline/it-inside)")
assert log.contains('-Dcloudtest.force=true')
assert aws.count('it-inside', 'UpdatePipeline') == 0
assert aws.count('it-inside-project', 'CreateProject') == 0
true
