// Every mistake is reported as file:line: rule-id: message — fix, and the errors fail the build.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
[
    'buildspec.yml:4: env-secret: ',
    'buildspec.yml:8: obsolete-runtime: java: openjdk11',
    'buildspec.yml:9: unquoted-version: python: 3.10 is read as the number 3.1',
    'buildspec.yml:12: command-not-string: ',
    'buildspec.yml:14: on-failure: ',
    'buildspec.yml:15: report-auto-discover: ',
    'buildspec.yml:18: report-glob-too-wide: ',
    'buildspec.yml:20: file-format: ',
    'buildspec.yml:23: cache-m2-settings: ',
].each { assert log.contains(it) : "missing finding: $it" }
assert log.contains(' — quote the whole command')
assert log.contains('Validated buildspec.yml: 3 error(s), 6 warning(s). Fix the errors listed above.')

def result = new JsonSlurper().parse(new File(basedir, 'target/cloudtest/validate-buildspec.json'))
assert result.errors == 3
assert result.warnings == 6
assert result.findings*.rule == ['env-secret', 'obsolete-runtime', 'unquoted-version', 'command-not-string',
                                 'on-failure', 'report-auto-discover', 'report-glob-too-wide', 'file-format',
                                 'cache-m2-settings']
true
