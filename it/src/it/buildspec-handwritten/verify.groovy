// Six real-world shapes, no finding at all (the build also ran with failOnWarning=true).
import groovy.json.JsonSlurper

def result = new JsonSlurper().parse(new File(basedir, 'target/cloudtest/validate-buildspec.json'))
assert result.files == ['buildspec.yml', 'ci/gradle.yml', 'ci/powershell.yml', 'ci/pytest.yml',
                        'ci/five-report-groups.yml', 'ci/block-scalars.yml']
assert result.findings == []
assert result.errors == 0 && result.warnings == 0
true
