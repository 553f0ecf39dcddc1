// A failing report left by an earlier run (no `clean`): an hour old.
def dir = new File(basedir, 'target/failsafe-reports')
dir.mkdirs()
def stale = new File(dir, 'TEST-com.example.OldIT.xml')
stale.text = '<testsuite name="com.example.OldIT" tests="1" failures="1"><testcase classname="com.example.OldIT"' +
        ' name="brokeYesterday"><failure message="old failure"/></testcase></testsuite>'
stale.setLastModified(System.currentTimeMillis() - 3_600_000L)
true
